using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Figures;
using Sitrep.Extraction.Times;
using Sitrep.Knowledge;

namespace Sitrep.Bench;

/// <summary>
/// `tfprof [ROUNDS]`: a quick look at what the time and figure stages add to the foundation, for a shared and
/// busy machine: each figure is the fastest of ROUNDS blocks of ten passes over the corpus, the modes taking
/// turns, so a preempted block does not count. "interleaved" runs the stages right after the foundation on
/// each article (what the pipeline does, with the caches the foundation leaves); "alone" runs them again and
/// again on documents the foundation made once. BenchmarkDotNet's TimeFigureBenchmarks is the reference.
/// </summary>
internal static class TimeFigureProfile
{
    private const int Block = 10;

    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0]) : 200;
        var articles = Corpus.Load(null);
        var foundation = PipelineFactory.CreateFoundation(new DataDirectory());
        var times = new TimeStage();
        var figures = new FigureStage();
        var documents = articles.Select(a => foundation.Run(a.ToDocument())).ToList();
        // The stages write their layers once per document: take them off again between passes.
        var field = typeof(ArticleDocument).GetField("_layers", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var layers = documents.Select(d => (Dictionary<Layer, object>)field.GetValue(d)!).ToArray();
        void Reset()
        {
            foreach (var l in layers) { l.Remove(Layer.Times); l.Remove(Layer.Figures); }
        }

        double bestFoundation = double.MaxValue, bestAll = double.MaxValue, bestTimes = double.MaxValue, bestBoth = double.MaxValue;
        var clock = new Stopwatch();
        for (int r = 0; r < rounds; r++)
        {
            clock.Restart();
            for (int b = 0; b < Block; b++) foreach (var a in articles) foundation.Run(a.ToDocument());
            bestFoundation = Math.Min(bestFoundation, clock.Elapsed.TotalMicroseconds / Block);
            clock.Restart();
            for (int b = 0; b < Block; b++)
                foreach (var a in articles)
                {
                    var d = foundation.Run(a.ToDocument());
                    times.Run(d);
                    figures.Run(d);
                }
            bestAll = Math.Min(bestAll, clock.Elapsed.TotalMicroseconds / Block);
            clock.Restart();
            for (int b = 0; b < Block; b++) { Reset(); foreach (var d in documents) times.Run(d); }
            bestTimes = Math.Min(bestTimes, clock.Elapsed.TotalMicroseconds / Block);
            clock.Restart();
            for (int b = 0; b < Block; b++) { Reset(); foreach (var d in documents) { times.Run(d); figures.Run(d); } }
            bestBoth = Math.Min(bestBoth, clock.Elapsed.TotalMicroseconds / Block);
        }
        Console.WriteLine($"{articles.Count} articles, {articles.Sum(a => a.Text.Length)} characters; µs per pass, fastest of {rounds} blocks");
        Console.WriteLine($"foundation {bestFoundation:F1}, foundation + times + figures {bestAll:F1}: ratio {bestAll / bestFoundation:F3}");
        Console.WriteLine($"alone: times {bestTimes:F1}, times + figures {bestBoth:F1}");
        return 0;
    }
}
