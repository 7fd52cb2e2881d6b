using System.CommandLine;
using Sitrep.Text.Segmentation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep train sentences`: trains the sentence-boundary model on UD English EWT train (plus the
/// CC-BY part of GUM train when present) from the data directory and writes models/sentences.bin.gz.
/// </summary>
internal static class TrainSentencesCommand
{
    public static Command Create()
    {
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 8 };
        var output = new Option<string?>("--out") { Description = $"Where to write the model (default: {BoundaryModel.RelativePath} under the project root)." };
        var cmd = new Command("sentences", "Train the sentence-boundary model (averaged perceptron) on UD treebanks.") { epochs, output };
        cmd.SetAction(p =>
        {
            var data = GlobalOptions.DataDirectory(p);
            var sources = new[] { "ud/en_ewt-ud-train.conllu", "ud/gum-cc-by-train.conllu" }
                .Select(data.FindData).OfType<string>().ToList();
            if (sources.Count == 0)
            {
                CliRunner.Error("train sentences: ud/en_ewt-ud-train.conllu not found; give --data DIR or put ../shared/data beside the checkout.");
                return 1;
            }
            var target = p.GetValue(output) ?? Path.Combine(data.ProjectRoot ?? Directory.GetCurrentDirectory(), BoundaryModel.RelativePath);
            var result = BoundaryTrainer.Train(sources.SelectMany(UdDocuments.Read), p.GetValue(epochs));
            result.Model.Save(target);
            Console.Out.WriteLine($"trained on {string.Join(", ", sources.Select(Path.GetFileName))}: {result.Documents} documents, " +
                $"{result.Examples} candidate gaps ({result.Positives} boundaries); training accuracy by epoch " +
                string.Join(" ", result.EpochAccuracy.Select(a => a.ToString("F4"))));
            Console.Out.WriteLine($"wrote {target} ({new FileInfo(target).Length / 1024} KiB)");
            return 0;
        });
        return cmd;
    }
}
