using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Figures;
using Sitrep.Extraction.Times;
using Sitrep.Knowledge;

namespace Sitrep.Bench;

/// <summary>
/// `tfparts [ROUNDS]`: what each part of the time and figure stages adds to the foundation, each run right after
/// the foundation on every article (as the pipeline does), fastest of ROUNDS blocks, the modes taking turns:
/// the lexing alone (every sentence, one at a time), the time stage, both stages; and the bytes each allocates per pass.
/// TF_BLOCK sets the passes a block (10; 1 suits a busy machine best). `tfparts N loop` runs foundation + both
/// stages for N seconds (for a sampling profiler); `tfparts 1 stats` counts tokens, lexicon hits and marks;
/// `tfparts N warm` times lexing, the time stage and both stages alone on documents the foundation ran on before;
/// `tfparts N split` times each stage apart right after the foundation and then once more at once on the same document
/// (what the caches the foundation leaves cold cost each stage).
/// TF_CORPUS names another directory of articles than samples/ and the seed (for instance one JSONL of real news).
/// </summary>
internal static class TimeFigureParts
{
    private static readonly int Block = int.Parse(Environment.GetEnvironmentVariable("TF_BLOCK") ?? "10");

    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0]) : 100;
        var articles = Corpus.Load(Environment.GetEnvironmentVariable("TF_CORPUS"));
        var foundation = PipelineFactory.CreateFoundation(new DataDirectory());
        var times = new TimeStage();
        var figures = new FigureStage();
        if (args.Length > 1 && args[1] == "stats")
        {
            var dict = (Dictionary<string, int>)typeof(Lexicon).GetField("_slots", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
            Console.WriteLine($"vocab {dict.Count}; by length: " + string.Join(" ", dict.Keys.GroupBy(k => k.Length).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}")));
            Console.WriteLine("non-letter: " + string.Join(" ", dict.Keys.Where(k => !k.All(char.IsAsciiLetterLower))));
            var st = new TokenSheet();
            int words = 0, hits = 0, marked = 0, nums = 0, all = 0;
            foreach (var a in articles)
            {
                var d = foundation.Run(a.ToDocument());
                st.Clear();
                foreach (var s in d.Sentences) Lexer.Lex(d.Text, s.Span.Start, s.Span.End, st);
                all += st.Count; marked += st.MarkedCount;
                for (int k = 0; k < st.Count; k++) { if (st.Toks[k].Kind == TK.Word) { words++; if (st.Slots[k] >= 0) hits++; } else if (st.Toks[k].Kind == TK.Num) nums++; }
            }
            Console.WriteLine($"tokens {all}, words {words}, in lexicon {hits}, numbers {nums}, marked {marked}");
            Console.WriteLine($"articles without a date: {articles.Count(a => a.ToDocument().Published is null)}; sentences {articles.Sum(a => foundation.Run(a.ToDocument()).Sentences.Length)}");
            return 0;
        }
        if (args.Length > 1 && args[1] == "split")
        {
            // Each stage timed apart right after the foundation, then again at once (warm: the same document).
            var field = typeof(ArticleDocument).GetField("_layers", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
            void Reset(ArticleDocument d) { var l = (Dictionary<Layer, object>)field.GetValue(d)!; l.Remove(Layer.Times); l.Remove(Layer.Figures); }
            var split = new double[4];
            Array.Fill(split, double.MaxValue);
            for (int r = 0; r < rounds; r++)
            {
                var sum = new long[4];
                foreach (var a in articles)
                {
                    var d = foundation.Run(a.ToDocument());
                    long t0 = Stopwatch.GetTimestamp();
                    times.Run(d);
                    long t1 = Stopwatch.GetTimestamp();
                    figures.Run(d);
                    long t2 = Stopwatch.GetTimestamp();
                    Reset(d);
                    long t3 = Stopwatch.GetTimestamp();
                    times.Run(d);
                    long t4 = Stopwatch.GetTimestamp();
                    figures.Run(d);
                    long t5 = Stopwatch.GetTimestamp();
                    sum[0] += t1 - t0; sum[1] += t2 - t1; sum[2] += t4 - t3; sum[3] += t5 - t4;
                }
                for (int m = 0; m < 4; m++) split[m] = Math.Min(split[m], sum[m] * 1e6 / Stopwatch.Frequency);
            }
            Console.WriteLine($"after the foundation: times {split[0]:F1} figures {split[1]:F1}; again at once: times {split[2]:F1} figures {split[3]:F1}");
            return 0;
        }
        if (args.Length > 1 && args[1] == "loop")
        {
            // For a sampling profiler: foundation + times + figures, ROUNDS seconds.
            var until = Stopwatch.StartNew();
            while (until.Elapsed.TotalSeconds < rounds)
                foreach (var a in articles)
                {
                    var d = foundation.Run(a.ToDocument());
                    times.Run(d);
                    figures.Run(d);
                }
            return 0;
        }
        if (args.Length > 1 && args[1] == "warm")
        {
            // The parts on documents the foundation ran on before (warm caches): lexing, the time stage, the figure stage.
            var founded = articles.Select(a => foundation.Run(a.ToDocument())).ToList();
            var lexSheet = new TokenSheet();
            // The stages write their layers once per document: take them off again before each run.
            var field = typeof(ArticleDocument).GetField("_layers", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
            void Reset(ArticleDocument d) { var l = (Dictionary<Layer, object>)field.GetValue(d)!; l.Remove(Layer.Times); l.Remove(Layer.Figures); }
            var parts = new (string Name, Action<ArticleDocument> Run)[]
            {
                ("lex", d => { lexSheet.Clear(); foreach (var s in d.Sentences) Lexer.Lex(d.Text, s.Span.Start, s.Span.End, lexSheet); }),
                ("times", d => { Reset(d); times.Run(d); }),
                ("times + figures", d => { Reset(d); times.Run(d); figures.Run(d); }),
            };
            var fastest = new double[parts.Length];
            Array.Fill(fastest, double.MaxValue);
            var watch = new Stopwatch();
            for (int r = 0; r < rounds; r++)
                for (int m = 0; m < parts.Length; m++)
                {
                    watch.Restart();
                    for (int b = 0; b < Block; b++)
                        foreach (var d in founded) parts[m].Run(d);
                    fastest[m] = Math.Min(fastest[m], watch.Elapsed.TotalMicroseconds / Block);
                }
            Console.WriteLine($"{articles.Count} articles, warm; µs per pass, fastest of {rounds} blocks");
            for (int m = 0; m < parts.Length; m++) Console.WriteLine($"{parts[m].Name,-20} {fastest[m],8:F1}");
            return 0;
        }
        var sheet = new TokenSheet();
        void Lex(ArticleDocument d)
        {
            sheet.Clear();
            foreach (var s in d.Sentences) Lexer.Lex(d.Text, s.Span.Start, s.Span.End, sheet);
        }
        var modes = new (string Name, Action<ArticleDocument> After)[]
        {
            ("foundation", _ => { }),
            ("+ lex", Lex),
            ("+ times", d => times.Run(d)),
            ("+ times + figures", d => { times.Run(d); figures.Run(d); }),
        };
        var best = new double[modes.Length];
        Array.Fill(best, double.MaxValue);
        var clock = new Stopwatch();
        for (int r = 0; r < rounds; r++)
            for (int m = 0; m < modes.Length; m++)
            {
                var after = modes[m].After;
                clock.Restart();
                for (int b = 0; b < Block; b++)
                    foreach (var a in articles)
                    {
                        var d = foundation.Run(a.ToDocument());
                        after(d);
                    }
                best[m] = Math.Min(best[m], clock.Elapsed.TotalMicroseconds / Block);
            }
        Console.WriteLine($"{articles.Count} articles; µs per pass, fastest of {rounds} blocks");
        for (int m = 0; m < modes.Length; m++)
            Console.WriteLine($"{modes[m].Name,-20} {best[m],8:F1}  (+{best[m] - best[0],6:F1})");
        var docs = articles.Select(a => foundation.Run(a.ToDocument())).ToList();
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var d in docs) times.Run(d);
        long mid = GC.GetAllocatedBytesForCurrentThread();
        foreach (var d in docs) figures.Run(d);
        long after2 = GC.GetAllocatedBytesForCurrentThread();
        long start = GC.GetAllocatedBytesForCurrentThread();
        foreach (var a in articles) foundation.Run(a.ToDocument());
        long f = GC.GetAllocatedBytesForCurrentThread() - start;
        Console.WriteLine($"bytes per pass: foundation {f}, times {mid - before}, figures {after2 - mid}");
        return 0;
    }
}
