using System.CommandLine;
using Sitrep.Extraction.Entities;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep train ner`: trains the named-entity tagger from ner-train into models/ner.bin.gz.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var defaults = new NerTrainOptions();
        var output = new Option<string?>("--out") { Description = "Where to write the model (default: models/ner.bin.gz in the checkout)." };
        var epochs = new Option<int>("--epochs") { Description = $"Passes over the training data (default {defaults.Epochs}).", DefaultValueFactory = _ => defaults.Epochs };
        var social = new Option<double>("--social") { Description = $"Share of the social-media sets (WNUT-17, BTC) used, 0..1 (default {defaults.SocialShare}).", DefaultValueFactory = _ => defaults.SocialShare };
        var minCount = new Option<int>("--min-count") { Description = $"Drop features seen fewer times (default {defaults.MinCount}).", DefaultValueFactory = _ => defaults.MinCount };
        var seed = new Option<int>("--seed") { Description = $"Seed of the social-media sampling and the shuffles (default {defaults.Seed}).", DefaultValueFactory = _ => defaults.Seed };
        var models = new Option<int>("--models") { Description = $"Models trained on differently shuffled data and averaged (default {defaults.Models}).", DefaultValueFactory = _ => defaults.Models };
        var clusters = new Option<int>("--clusters") { Description = $"Word classes learned from the unlabeled text, 0 for none, at most 1000 (default {defaults.Clusters}).", DefaultValueFactory = _ => defaults.Clusters };
        var coarse = new Option<int>("--coarse-clusters") { Description = $"A second, coarser clustering, 0 for none, at most 62 (default {defaults.CoarseClusters}).", DefaultValueFactory = _ => defaults.CoarseClusters };
        var beam = new Option<int>("--beam") { Description = $"Beam of the structured decoder in training and tagging, 1 for greedy, at most {NerTrainOptions.MaxBeam} (default {defaults.Beam}).", DefaultValueFactory = _ => defaults.Beam };
        var cmd = new Command("ner", "Train the named-entity tagger (averaged perceptron) from ner-train in the data directory.") { output, epochs, social, minCount, seed, models, clusters, coarse, beam };
        cmd.SetAction(p =>
        {
            var data = GlobalOptions.DataDirectory(p);
            if (data.FindData("ner-train/PROVENANCE.md") is null)
            {
                CliRunner.Error("train ner: ner-train not found in the data directory; give --data DIR or put ../shared/data beside the checkout.");
                return 1;
            }
            var e = p.GetValue(epochs);
            var s = p.GetValue(social);
            if (e < 1 || s < 0 || s > 1)
            {
                CliRunner.Error($"train ner: --epochs must be at least 1 (got {e}) and --social between 0 and 1 (got {s}).");
                return 2;
            }
            var options = defaults with { Epochs = e, SocialShare = s, MinCount = Math.Max(1, p.GetValue(minCount)), Seed = p.GetValue(seed), Models = Math.Max(1, p.GetValue(models)),
                Clusters = Math.Clamp(p.GetValue(clusters), 0, 1000), CoarseClusters = Math.Clamp(p.GetValue(coarse), 0, 62), Beam = Math.Clamp(p.GetValue(beam), 1, NerTrainOptions.MaxBeam) };
            var path = p.GetValue(output) ?? Path.Combine(data.ProjectRoot ?? Directory.GetCurrentDirectory(), "models", "ner.bin.gz");
            Console.Out.WriteLine($"train ner: {options}");
            var model = NerTrainer.Train(data, options, Console.Out);
            model.Save(path);
            Console.Out.WriteLine($"train ner: wrote {path} ({new FileInfo(path).Length / 1024} KiB, {model.FeatureCount} feature rows)");
            return 0;
        });
        return cmd;
    }
}
