using System.CommandLine;
using System.Diagnostics;
using Sitrep.Extraction.Syntax;
using Sitrep.Knowledge;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep train pos` and `sitrep train parser`: our own tagger and parser from UD English (EWT + GUM CC BY).</summary>
internal static class TrainSyntaxCommands
{
    private static readonly string[] TrainFiles = ["ud/en_ewt-ud-train.conllu", "ud/gum-cc-by-train.conllu"];

    public static Command Pos()
    {
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 8 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this (keeps the model small).", DefaultValueFactory = _ => 0.02f };
        var output = new Option<string?>("--out") { Description = $"Where to write the model (default: {SyntaxModels.PosPath} in the checkout)." };
        var seeds = new Option<int>("--seeds") { Description = "Train this many taggers on differently shuffled data and save their mean (no slower to run).", DefaultValueFactory = _ => 1 };
        var cmd = new Command("pos", "Train the part-of-speech tagger (UPOS) on UD English EWT + GUM train.") { epochs, prune, seeds, output };
        cmd.SetAction(p =>
        {
            var data = GlobalOptions.DataDirectory(p);
            if (!TryReadTrain(data, out var sentences)) return 1;
            var sw = Stopwatch.StartNew();
            var tagger = TrainTagger(sentences, p.GetValue(epochs), p.GetValue(prune), p.GetValue(seeds), firstSeed: 1);
            var path = OutputPath(data, p.GetValue(output), SyntaxModels.PosPath);
            var meta = Meta(p.GetValue(epochs));
            meta["seeds"] = p.GetValue(seeds).ToString();
            tagger.Model.Save(path, meta);
            Report(path, tagger.Model, sw);
            if (data.FindData("ud/en_ewt-ud-dev.conllu") is { } dev)
            {
                long right = 0, total = 0;
                foreach (var s in ConlluReader.Read(dev))
                {
                    var tags = tagger.Tag(s.Forms);
                    for (int i = 0; i < tags.Length; i++) { total++; if (tags[i] == s.Upos[i]) right++; }
                }
                Console.Out.WriteLine($"dev UPOS accuracy {(double)right / total:F4} (before saving with half-precision weights)");
            }
            return 0;
        });
        return cmd;
    }

    public static Command Parser()
    {
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 10 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this (keeps the model small).", DefaultValueFactory = _ => 0.05f };
        var folds = new Option<int>("--jackknife") { Description = "Train on tags predicted by taggers trained on the other K folds (0 = gold tags).", DefaultValueFactory = _ => 4 };
        var tagEpochs = new Option<int>("--tagger-epochs") { Description = "Epochs for each jackknife tagger.", DefaultValueFactory = _ => 5 };
        var output = new Option<string?>("--out") { Description = $"Where to write the model (default: {SyntaxModels.ParserPath} in the checkout)." };
        var reprune = new Option<bool>("--reprune") { Description = "Do not train: re-save the existing model, dropping weights below --prune (to shrink it)." };
        var originalTaggers = new Option<bool>("--original-taggers") { Description = "Jackknife with taggers of the first design (feature set 1, tag sets from all their data)." };
        var seeds = new Option<int>("--seeds") { Description = "Train this many parsers on differently shuffled data and save their mean (no slower to run; checkpoints come from the first).", DefaultValueFactory = _ => 1 };
        var merge = new Option<string[]>("--merge") { Description = "Do not train: save the mean of these parser models (trained alike, e.g. with other jackknife taggers), dropping weights below --prune.", AllowMultipleArgumentsPerToken = true };
        var cmd = new Command("parser", "Train the arc-eager dependency parser on UD English EWT + GUM train.") { epochs, prune, folds, tagEpochs, originalTaggers, seeds, output, reprune, merge };
        cmd.SetAction(p =>
        {
            var data = GlobalOptions.DataDirectory(p);
            if (p.GetValue(reprune))
            {
                var target = OutputPath(data, p.GetValue(output), SyntaxModels.ParserPath);
                var old = PerceptronModel.Load(target, out var err, out var oldMeta);
                if (old is null) { CliRunner.Error(err!); return 1; }
                var smaller = old.Pruned(p.GetValue(prune));
                oldMeta["prune"] = p.GetValue(prune).ToString(System.Globalization.CultureInfo.InvariantCulture);
                smaller.Save(target, oldMeta);
                Report(target, smaller, Stopwatch.StartNew());
                return 0;
            }
            if (p.GetValue(merge) is { Length: > 0 } parts)
            {
                var models = new List<PerceptronModel>();
                Dictionary<string, string>? firstMeta = null;
                foreach (var part in parts)
                {
                    var m = PerceptronModel.Load(part, out var err, out var partMeta);
                    if (m is null) { CliRunner.Error(err!); return 1; }
                    models.Add(m);
                    firstMeta ??= partMeta;
                }
                var target = OutputPath(data, p.GetValue(output), SyntaxModels.ParserPath);
                var mean = PerceptronModel.Mean(models, p.GetValue(prune));
                firstMeta!["merged"] = string.Join(" + ", parts.Select(Path.GetFileName));
                firstMeta["prune"] = p.GetValue(prune).ToString(System.Globalization.CultureInfo.InvariantCulture);
                mean.Save(target, firstMeta);
                Report(target, mean, Stopwatch.StartNew());
                return 0;
            }
            if (!TryReadTrain(data, out var sentences)) return 1;
            var sw = Stopwatch.StartNew();
            int k = p.GetValue(folds);
            var tags = sentences.Select(s => s.Upos).ToArray();
            if (k > 1)
            {
                // Jackknifing: the parser learns from tags as noisy as the ones it will see.
                for (int fold = 0; fold < k; fold++)
                {
                    Console.Out.WriteLine($"jackknife fold {fold + 1}/{k}");
                    var rest = sentences.Where((_, i) => i % k != fold).ToList();
                    var tagger = PosTagger.Train(rest, p.GetValue(tagEpochs), 0.02f, Console.Out, seed: fold + 1, original: p.GetValue(originalTaggers));
                    for (int i = fold; i < sentences.Count; i += k) tags[i] = tagger.Tag(sentences[i].Forms);
                }
            }
            var path = OutputPath(data, p.GetValue(output), SyntaxModels.ParserPath);
            var meta = Meta(p.GetValue(epochs));
            meta["jackknife"] = k.ToString();
            if (p.GetValue(originalTaggers)) meta["jackknife-taggers"] = "original";
            var dev = data.FindData("ud/en_ewt-ud-dev.conllu") is { } devPath ? ConlluReader.Read(devPath).ToList() : null;
            void Save(int epoch, DependencyParser model)
            {
                meta["epochs"] = epoch.ToString();
                model.Model.Save(path, meta);
                Report(path, model.Model, sw);
                if (dev is null) return;
                long total = 0, right = 0, labelled = 0;
                foreach (var s in dev)
                {
                    var (h, l) = model.Parse(s.Forms, s.Upos);
                    for (int i = 0; i < h.Length; i++) { total++; if (h[i] == s.Heads[i]) { right++; if (l[i] == s.Labels[i]) labelled++; } }
                }
                Console.Out.WriteLine($"  after epoch {epoch}: dev UAS {(double)right / total:F4}, LAS {(double)labelled / total:F4} (gold tags; `sitrep eval parse` uses predicted tags)");
            }
            var parser = DependencyParser.Train(sentences, tags, p.GetValue(epochs), p.GetValue(prune), Console.Out, afterEpoch: Save);
            if (p.GetValue(seeds) > 1)
            {
                Save(p.GetValue(epochs), parser);
                var models = new List<PerceptronModel> { parser.Model };
                for (int s = 1; s < p.GetValue(seeds); s++)
                {
                    Console.Out.WriteLine($"parser {s + 1}/{p.GetValue(seeds)}");
                    models.Add(DependencyParser.Train(sentences, tags, p.GetValue(epochs), p.GetValue(prune), Console.Out, seed: 1 + 1000 * s).Model);
                }
                meta["seeds"] = p.GetValue(seeds).ToString();
                parser = new DependencyParser(PerceptronModel.Mean(models, p.GetValue(prune)));
            }
            Save(p.GetValue(epochs), parser);
            return 0;
        });
        return cmd;
    }

    /// <summary>One tagger, or the mean of <paramref name="seeds"/> taggers trained on differently shuffled data.</summary>
    private static PosTagger TrainTagger(IReadOnlyList<TreebankSentence> sentences, int epochs, float prune, int seeds, int firstSeed)
    {
        if (seeds <= 1) return PosTagger.Train(sentences, epochs, prune, Console.Out, seed: firstSeed);
        var models = new List<PerceptronModel>();
        for (int s = 0; s < seeds; s++)
        {
            Console.Out.WriteLine($"tagger {s + 1}/{seeds}");
            models.Add(PosTagger.Train(sentences, epochs, 0f, Console.Out, seed: firstSeed + 1000 * s).Model);
        }
        return new PosTagger(PerceptronModel.Mean(models, prune));
    }

    private static bool TryReadTrain(DataDirectory data, out List<TreebankSentence> sentences)
    {
        sentences = new List<TreebankSentence>();
        foreach (var f in TrainFiles)
        {
            var path = data.FindData(f);
            if (path is null)
            {
                CliRunner.Error($"train: {f} not found in the data directory; give --data DIR or put ../shared/data beside the checkout.");
                return false;
            }
            int before = sentences.Count;
            sentences.AddRange(ConlluReader.Read(path));
            Console.Out.WriteLine($"read {sentences.Count - before:N0} sentences from {f}");
        }
        return true;
    }

    private static string OutputPath(DataDirectory data, string? given, string relative)
    {
        var path = given ?? Path.Combine(data.ProjectRoot ?? Directory.GetCurrentDirectory(), relative);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return path;
    }

    private static Dictionary<string, string> Meta(int epochs) => new()
    {
        ["data"] = string.Join(" + ", TrainFiles),
        ["epochs"] = epochs.ToString(),
    };

    private static void Report(string path, PerceptronModel model, Stopwatch sw) =>
        Console.Out.WriteLine($"wrote {path}: {model.FeatureCount:N0} features, {model.WeightCount:N0} weights, {new FileInfo(path).Length / 1e6:F1} MB ({sw.Elapsed.TotalSeconds:F0}s)");
}
