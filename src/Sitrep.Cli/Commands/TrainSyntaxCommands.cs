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
        var cmd = new Command("pos", "Train the part-of-speech tagger (UPOS) on UD English EWT + GUM train.") { epochs, prune, output };
        cmd.SetAction(p =>
        {
            var data = GlobalOptions.DataDirectory(p);
            if (!TryReadTrain(data, out var sentences)) return 1;
            var sw = Stopwatch.StartNew();
            var tagger = PosTagger.Train(sentences, p.GetValue(epochs), p.GetValue(prune), Console.Out);
            var path = OutputPath(data, p.GetValue(output), SyntaxModels.PosPath);
            tagger.Model.Save(path, Meta(p.GetValue(epochs)));
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
        var cmd = new Command("parser", "Train the arc-eager dependency parser on UD English EWT + GUM train.") { epochs, prune, folds, tagEpochs, output, reprune };
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
                    var tagger = PosTagger.Train(rest, p.GetValue(tagEpochs), 0.02f, Console.Out, seed: fold + 1);
                    for (int i = fold; i < sentences.Count; i += k) tags[i] = tagger.Tag(sentences[i].Forms);
                }
            }
            var path = OutputPath(data, p.GetValue(output), SyntaxModels.ParserPath);
            var meta = Meta(p.GetValue(epochs));
            meta["jackknife"] = k.ToString();
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
            Save(p.GetValue(epochs), parser);
            return 0;
        });
        return cmd;
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
