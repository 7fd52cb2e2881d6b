using System.Diagnostics;
using Sitrep.Extraction.Syntax;
using Sitrep.Knowledge;

namespace Sitrep.Eval;

/// <summary>UPOS accuracy of our tagger on UD English EWT dev (gold tokenisation).</summary>
public sealed class PosEval : IEvalTask
{
    public const string DevPath = "ud/en_ewt-ud-dev.conllu";
    public string Name => "pos";
    public string Description => "UPOS accuracy on UD English EWT dev (gold tokens)";
    public IReadOnlyList<string> Requires => [DevPath];

    public IReadOnlyDictionary<string, double> Run(DataDirectory data, TextWriter output, EvalOptions options)
    {
        var tagger = SyntaxModels.LoadTagger(data, out var error);
        if (tagger is null) { output.WriteLine($"eval pos: skipped: {error}"); return new Dictionary<string, double>(); }
        var gold = ConlluReader.Read(options.File ?? data.FindData(DevPath)!).Take(options.Limit ?? int.MaxValue).ToList();
        long right = 0, total = 0;
        var sw = Stopwatch.StartNew();
        foreach (var s in gold)
        {
            var tags = tagger.Tag(s.Forms);
            for (int i = 0; i < tags.Length; i++) { total++; if (tags[i] == s.Upos[i]) right++; }
        }
        double acc = (double)right / Math.Max(1, total);
        // Second pass for speed, after the JIT has warmed up; CPU time, because the machine may be shared.
        var cpu = CpuClock.Start();
        foreach (var s in gold) tagger.Tag(s.Forms);
        var seconds = cpu.Seconds;
        output.WriteLine($"pos eval over {gold.Count} sentences, {total} words ({options.File ?? DevPath})");
        output.WriteLine($"  UPOS accuracy  {acc:F4}   ({gold.Count / seconds:F0} sentences/s per CPU-second)");
        return new Dictionary<string, double> { ["upos"] = acc };
    }
}

/// <summary>UAS/LAS of our parser on UD English EWT dev, over predicted tags (gold tokenisation, punctuation included).</summary>
public sealed class ParseEval : IEvalTask
{
    public string Name => "parse";
    public string Description => "dependency UAS/LAS on UD English EWT dev (gold tokens, predicted tags)";
    public IReadOnlyList<string> Requires => [PosEval.DevPath];

    public IReadOnlyDictionary<string, double> Run(DataDirectory data, TextWriter output, EvalOptions options)
    {
        var tagger = SyntaxModels.LoadTagger(data, out var e1);
        var parser = SyntaxModels.LoadParser(data, out var e2);
        if (tagger is null || parser is null) { output.WriteLine($"eval parse: skipped: {e1 ?? e2}"); return new Dictionary<string, double>(); }
        var gold = ConlluReader.Read(options.File ?? data.FindData(PosEval.DevPath)!).Take(options.Limit ?? int.MaxValue).ToList();
        long total = 0, uas = 0, las = 0, lasUniversal = 0;
        var sw = Stopwatch.StartNew();
        foreach (var s in gold)
        {
            var tags = tagger.Tag(s.Forms);
            var (heads, labels) = parser.Parse(s.Forms, tags);
            for (int i = 0; i < heads.Length; i++)
            {
                if (options.Verbose && i == 0 && gold.Count < 5) output.WriteLine(string.Join(" ", s.Forms.Select((f, j) => $"{f}/{tags[j]}/{heads[j]}/{labels[j]}")));
                total++;
                if (heads[i] != s.Heads[i]) continue;
                uas++;
                if (labels[i] == s.Labels[i]) las++;
                if (Universal(labels[i]) == Universal(s.Labels[i])) lasUniversal++;
            }
        }
        double t = Math.Max(1, total);
        var cpu = CpuClock.Start();
        foreach (var s in gold) parser.Parse(s.Forms, tagger.Tag(s.Forms));
        var seconds = cpu.Seconds;
        output.WriteLine($"parse eval over {gold.Count} sentences, {total} words ({options.File ?? PosEval.DevPath}), tags from our tagger");
        output.WriteLine($"  UAS {uas / t:F4}   LAS {las / t:F4} (full relation)   LAS {lasUniversal / t:F4} (universal relation, as CoNLL 2018)");
        output.WriteLine($"  tag+parse speed {gold.Count / seconds:F0} sentences/s per CPU-second (one thread, including string hashing)");
        return new Dictionary<string, double> { ["uas"] = uas / t, ["las"] = las / t, ["las_universal"] = lasUniversal / t };
    }

    private static string Universal(string label) => label.IndexOf(':') is var c and > 0 ? label[..c] : label;
}

/// <summary>Process CPU time, so speed figures mean something on a shared machine (the evals run on one thread).</summary>
internal readonly struct CpuClock
{
    private readonly TimeSpan _start;
    private CpuClock(TimeSpan start) => _start = start;
    public static CpuClock Start() => new(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime);
    public double Seconds => Math.Max(1e-6, (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _start).TotalSeconds);
}
