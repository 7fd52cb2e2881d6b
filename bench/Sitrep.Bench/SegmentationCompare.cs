using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Knowledge;
using Sitrep.Text.Segmentation;

namespace Sitrep.Bench;

/// <summary>
/// Same-process comparison of this checkout's paragraphs + sentences + tokens with another build of
/// Sitrep.Text (e.g. an older commit), loaded side by side: first checks that both give the same
/// sentences and tokens on every text, then times them in alternation (so machine load hits both
/// alike) and prints MB/s (UTF-8 bytes per CPU-second, the unit of <see cref="SegmentationBenchmarks"/>)
/// and the new/old ratio, with and without the boundary model.
/// Run: dotnet run -c Release --project bench/Sitrep.Bench -- segcompare OLD/Sitrep.Text.dll [SECONDS]
/// where OLD is e.g. `git archive OLDCOMMIT src Directory.* global.json | tar -x -C /tmp/old` then
/// `dotnet build /tmp/old/src/Sitrep.Text -c Release` (bin/Release/net10.0/Sitrep.Text.dll).
/// </summary>
internal static class SegmentationCompare
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("bench segcompare: give the path of an older Sitrep.Text.dll");
            return 1;
        }
        double seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 6;
        var data = new DataDirectory();
        var modelPath = data.FindProjectFile(BoundaryModel.RelativePath);
        // Sitrep.Core and everything else resolve to this process's copies; only Sitrep.Text is the old one.
        var old = new AssemblyLoadContext("old-sitrep-text").LoadFromAssemblyPath(Path.GetFullPath(args[0]));
        Type Old(string name) => old.GetType("Sitrep.Text.Segmentation." + name, throwOnError: true)!;
        var oldModel = Old("BoundaryModel").GetMethod("Shared")!.Invoke(null, [modelPath]);
        var oldStages = ((Stage)Activator.CreateInstance(Old("ParagraphStage"))!, (Stage)Activator.CreateInstance(Old("SentenceStage"), oldModel)!,
            (Stage)Activator.CreateInstance(Old("SentenceStage"), [null])!, (Stage)Activator.CreateInstance(Old("TokenStage"))!);
        var newStages = ((Stage)new ParagraphStage(), (Stage)new SentenceStage(BoundaryModel.Shared(modelPath)), (Stage)new SentenceStage(), (Stage)new TokenStage());
        Console.WriteLine($"model: {(oldModel is null ? "absent (rules only)" : modelPath)}; load average {File.ReadAllText("/proc/loadavg")[..14]}");

        var corpora = new List<(string Name, string[] Texts)> { ("news", Corpus.Load(null).Select(a => a.Text).ToArray()) };
        if (data.FindData("tokens-dev/ud-en-ewt-dev.jsonl") is { } gold)
            corpora.Add(("web", File.ReadLines(gold).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray()));

        foreach (var (name, texts) in corpora)
        {
            int differing = texts.Count(t => !Same(Segment(t, oldStages.Item1, oldStages.Item2, oldStages.Item4), Segment(t, newStages.Item1, newStages.Item2, newStages.Item4))
                                           || !Same(Segment(t, oldStages.Item1, oldStages.Item3, oldStages.Item4), Segment(t, newStages.Item1, newStages.Item3, newStages.Item4)));
            long bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
            Func<int> Job((Stage P, Stage M, Stage R, Stage T) s, bool model) => () =>
            {
                int n = 0;
                foreach (var t in texts) n += Segment(t, s.P, model ? s.M : s.R, s.T).Tokens.Length;
                return n;
            };
            var jobs = new (string Name, Func<int> Run)[] { ("old model", Job(oldStages, true)), ("new model", Job(newStages, true)), ("old rules", Job(oldStages, false)), ("new rules", Job(newStages, false)) };
            // Warm-up long enough for tiered JIT to settle on both builds (the first corpus would otherwise pay for it).
            for (int warm = 0; warm < 2; warm++)
                foreach (var j in jobs) PerCpuSecond(j.Run, 1);
            var rates = jobs.ToDictionary(j => j.Name, _ => new List<double>());
            for (int round = 0; round < 5; round++)
                foreach (var j in jobs) rates[j.Name].Add(PerCpuSecond(j.Run, seconds / 5 / jobs.Length) * bytes / 1e6);
            double Median(string k) => rates[k].Order().ElementAt(2);
            Console.WriteLine($"{name}: {texts.Length} texts, {bytes / 1e6:F3} MB UTF-8; outputs differing old vs new: {differing}; load average {File.ReadAllText("/proc/loadavg")[..14]}");
            foreach (var j in jobs) Console.WriteLine($"  {j.Name,-10} {Median(j.Name),6:F1} MB/s per CPU-second (median of 5)");
            Console.WriteLine($"  new/old: model {Median("new model") / Median("old model"):F2}x, rules only {Median("new rules") / Median("old rules"):F2}x");
        }
        return 0;
    }

    private static ArticleDocument Segment(string text, Stage paragraphs, Stage sentences, Stage tokens)
    {
        var d = new ArticleDocument(text, "bench") { Boilerplate = ImmutableArray<Boilerplate>.Empty };
        paragraphs.Run(d);
        sentences.Run(d);
        tokens.Run(d);
        return d;
    }

    private static bool Same(ArticleDocument a, ArticleDocument b) =>
        a.Sentences.Select(s => s.Span).SequenceEqual(b.Sentences.Select(s => s.Span)) && a.Tokens.SequenceEqual(b.Tokens);

    /// <summary>Runs per CPU-second of this process: contention on a shared machine inflates wall time far more.</summary>
    private static double PerCpuSecond(Func<int> run, double seconds)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        int runs = 0;
        while (wall.Elapsed.TotalSeconds < seconds) { run(); runs++; }
        process.Refresh();
        return runs / (process.TotalProcessorTime - cpu).TotalSeconds;
    }
}
