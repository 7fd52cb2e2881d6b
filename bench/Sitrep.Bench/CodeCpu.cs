using System.Diagnostics;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Syntax;
using Sitrep.Knowledge;

namespace Sitrep.Bench;

/// <summary>
/// `codecpu [ROUNDS] [loop|types SECONDS]`: event coding given the parse, as `sitrep eval events` times it (the same
/// 650 sentences of events-dev, the event stage over fresh copies that keep the parse, 20 copies a round), in
/// process CPU time: best and median of ROUNDS after 2 s of warm-up, and the bytes allocated a sentence (which,
/// unlike the times, do not depend on the machine's load). `loop SECONDS` only codes for that long (for a profiler:
/// DOTNET_PerfMapEnabled=1 perf record -g); `types SECONDS` lists what the coder allocates, by type. Run an older
/// build the same way, alternately, to compare.
/// </summary>
public static class CodeCpu
{
    private static readonly string[] Files = ["petr2-gsr-validation.jsonl", "petr1-unittest.jsonl", "ud-petr-unittest.jsonl", "petr-pytests.jsonl"];

    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 10;
        string mode = args.Length > 1 ? args[1] : "";
        double loop = args.Length > 2 && double.TryParse(args[2], out var l) ? l : 10;
        var data = new DataDirectory();
        var tagger = SyntaxModels.LoadTagger(data, out var e1) ?? throw new InvalidOperationException(e1);
        var parser = SyntaxModels.LoadParser(data, out var e2) ?? throw new InvalidOperationException(e2);
        var pos = new PosStage(tagger);
        var parse = new ParseStage(parser, tagger);
        var stage = new EventStage(EventStage.LoadCoder(data, new List<string>()));
        var foundation = PipelineFactory.CreateFoundation(data, cleaning: false);
        var texts = Files.Select(f => data.FindData($"events-dev/{f}")).Where(f => f is not null)
            .SelectMany(f => File.ReadLines(f!)).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!).ToList();
        var parsed = texts.Select(t => { var d = foundation.Run(new ArticleDocument(t)); pos.Run(d); parse.Run(d); return d; }).ToList();
        int sentences = parsed.Sum(d => d.Sentences.Length);
        ArticleDocument WithParse(ArticleDocument d)
        {
            var c = new ArticleDocument(d.Text) { Sentences = d.Sentences, Tokens = d.Tokens };
            c.Boilerplate = d.Boilerplate;
            c.SetExtra(Layer.Pos, d.GetExtra<PosTags>(Layer.Pos)!);
            c.SetExtra(Layer.Deps, d.GetExtra<Dependencies>(Layer.Deps)!);
            return c;
        }
        const int reps = 20;
        List<ArticleDocument> Fresh() => Enumerable.Range(0, reps).SelectMany(_ => parsed.Select(WithParse)).ToList();
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < (mode == "loop" ? loop : 2)) foreach (var d in Fresh()) stage.Run(d);
        if (mode == "loop") return 0;
        if (mode == "types")
        {
            // What the coder allocates, by type: the runtime's allocation samples (one each 100 KB or so) while it codes.
            using var sampled = new AllocationSamples();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < loop) { var batch = Fresh(); sampled.On = true; foreach (var d in batch) stage.Run(d); sampled.On = false; }
            long all = sampled.Bytes.Values.Sum();
            foreach (var (type, bytes) in sampled.Bytes.OrderByDescending(kv => kv.Value).Take(30)) Console.WriteLine($"{100.0 * bytes / all,5:F1}% {type}");
            return 0;
        }
        var process = Process.GetCurrentProcess();
        var rates = new List<double>();
        long allocated = 0;
        for (int i = 0; i < rounds; i++)
        {
            var fresh = Fresh();
            process.Refresh();
            var before = process.TotalProcessorTime;
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            foreach (var d in fresh) stage.Run(d);
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
            process.Refresh();
            rates.Add(sentences * reps / (process.TotalProcessorTime - before).TotalSeconds);
        }
        rates.Sort();
        // (the bytes allocated do not depend on the machine's load, as the times do)
        Console.WriteLine($"code only, {sentences} sentences x {reps}, CPU time over {rounds} rounds: best {rates[^1]:N0} sentences/s, median {rates[rates.Count / 2]:N0}; {allocated / (sentences * reps):N0} bytes allocated a sentence");
        return 0;
    }
}
