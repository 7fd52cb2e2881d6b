using System.Diagnostics;
using System.Text;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Knowledge;

namespace Sitrep.Bench;

/// <summary>
/// End-to-end throughput: the whole pipeline over a corpus, repeated until about N articles, on all
/// cores, after a warm-up pass. Prints articles/s, MB/s and peak memory, and the same figures for the
/// foundation pipeline (cleaning + segmentation + tokens) in the same process as the baseline ratio.
/// </summary>
internal static class EndToEnd
{
    public static int Run(string[] args)
    {
        string? dir = null;
        int target = 1000;
        // --places: only the with/without-places comparison; --without L1,L2: only the with/without comparison for
        // the stages that provide those layers (for instance times,figures).
        Layer[]? without = null;
        bool stagesOnly = false; // --stages: only each stage's time, one thread
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--articles" && i + 1 < args.Length) target = int.Parse(args[++i]);
            else if (args[i] == "--places") without = [Layer.Places];
            else if (args[i] == "--stages") stagesOnly = true;
            else if (args[i] == "--without" && i + 1 < args.Length)
                without = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(l => Enum.Parse<Layer>(l, ignoreCase: true)).ToArray();
            else dir = args[i];
        }
        var corpus = Corpus.Load(dir);
        if (corpus.Count == 0) { Console.Error.WriteLine("bench: no articles found"); return 1; }
        var articles = Enumerable.Range(0, (target + corpus.Count - 1) / corpus.Count).SelectMany(_ => corpus).Take(target).ToList();
        long bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        var data = new DataDirectory();

        Console.WriteLine($"corpus: {corpus.Count} distinct articles, run over {articles.Count} ({bytes / 1e6:F1} MB), {Environment.ProcessorCount} cores");
        var baseline = PipelineFactory.CreateFoundation(data);
        var full = PipelineFactory.Create(data);
        if (stagesOnly)
        {
            StageTimes(full, corpus);
            return 0;
        }
        if (without is not null)
        {
            StageCost(full, articles, bytes, without);
            if (without is [Layer.Places]) PlaceStageShare(full, articles.Take(Math.Min(articles.Count, 60)).ToList());
            return 0;
        }
        var b = Measure("foundation (clean+segment+tokens)", baseline, articles, bytes);
        var f = Measure("full pipeline", full, articles, bytes);
        Console.WriteLine($"full / foundation throughput ratio: {f / b:F3}");
        StageCost(full, articles, bytes, [Layer.Places]);
        PlaceStageShare(full, articles.Take(Math.Min(articles.Count, 60)).ToList());
        StageCost(full, articles, bytes, [Layer.Times, Layer.Figures]);
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        return 0;
    }

    /// <summary>
    /// What some stages cost end to end: the full pipeline with and without the stages that provide
    /// <paramref name="layers"/> (every other stage the same), timed in alternating rounds so that load from
    /// other processes hits both alike.
    /// </summary>
    private static void StageCost(SitrepPipeline full, List<RawArticle> articles, long bytes, Layer[] layers)
    {
        var b = new PipelineBuilder();
        foreach (var stage in full.Stages) if (!layers.Contains(stage.Provides)) b.Add(stage);
        var without = b.Build();
        string name = string.Join(" and ", layers.Select(l => l.ToString().ToLowerInvariant()));
        Parallel.ForEach(articles.Take(Math.Min(200, articles.Count)), a => without.Run(a.ToDocument()));
        Parallel.ForEach(articles.Take(Math.Min(200, articles.Count)), a => full.Run(a.ToDocument()));
        double bestWith = double.MaxValue, bestWithout = double.MaxValue;
        for (int rep = 0; rep < 5; rep++)
        {
            bestWithout = Math.Min(bestWithout, Time(without, articles));
            bestWith = Math.Min(bestWith, Time(full, articles));
        }
        double aWith = articles.Count / bestWith, aWithout = articles.Count / bestWithout;
        Console.WriteLine($"{"full pipeline without " + name,-40} {aWithout,10:F0} articles/s  {bytes / 1e6 / bestWithout,8:F1} MB/s  (best of 5: {bestWithout * 1000:F0} ms)");
        Console.WriteLine($"{"full pipeline with " + name,-40} {aWith,10:F0} articles/s  {bytes / 1e6 / bestWith,8:F1} MB/s  (best of 5: {bestWith * 1000:F0} ms)");
        Console.WriteLine($"with / without {name} throughput ratio: {aWith / aWithout:F3} ({name} add {(bestWith / bestWithout - 1) * 100:F1}% time per article)");
    }

    /// <summary>
    /// Each stage's own time, one thread: the corpus run stage by stage through the full pipeline, the clock read
    /// around every stage, the fastest of 30 passes kept per stage (after 10 warm-up passes; STAGE_PASSES sets the 40).
    /// </summary>
    private static void StageTimes(SitrepPipeline full, List<RawArticle> corpus)
    {
        var stages = full.Stages;
        var best = new double[stages.Count];
        Array.Fill(best, double.MaxValue);
        var pass = new double[stages.Count];
        var clock = new Stopwatch();
        // STAGE_PASSES (default 40, the first quarter warm-up): fewer for a corpus of a few huge articles
        int passes = int.TryParse(Environment.GetEnvironmentVariable("STAGE_PASSES"), out var sp) && sp > 0 ? sp : 40, warm = passes / 4;
        for (int rep = 0; rep < passes; rep++)
        {
            Array.Clear(pass);
            foreach (var a in corpus)
            {
                var d = a.ToDocument();
                for (int k = 0; k < stages.Count; k++)
                {
                    clock.Restart();
                    stages[k].Run(d);
                    pass[k] += clock.Elapsed.TotalMilliseconds;
                }
            }
            if (rep < warm) continue;
            for (int k = 0; k < stages.Count; k++) best[k] = Math.Min(best[k], pass[k]);
        }
        double total = best.Sum();
        Console.WriteLine($"stage times, one thread, fastest of {passes - warm} passes over {corpus.Count} articles (ms per article, share of the pipeline):");
        for (int k = 0; k < stages.Count; k++)
            Console.WriteLine($"  {stages[k].Name,-16} {best[k] / corpus.Count,9:F3}  {best[k] / total * 100,5:F1}%");
        Console.WriteLine($"  {"all",-16} {total / corpus.Count,9:F3}");
    }

    /// <summary>
    /// The place stage alone against the whole pipeline, one thread, on the same articles: a finer figure
    /// than the throughput ratio, whose noise on a loaded machine is larger than the stage.
    /// </summary>
    private static void PlaceStageShare(SitrepPipeline full, List<RawArticle> articles)
    {
        var places = full.Stages.FirstOrDefault(s => s.Provides == Layer.Places);
        if (places is null) return;
        var b = new PipelineBuilder();
        foreach (var stage in full.Stages) { if (stage == places) break; b.Add(stage); }
        var before = b.Build();
        var prepared = articles.Select(a => before.Run(a.ToDocument())).ToList();
        double bestStage = double.MaxValue, bestFull = double.MaxValue, bytesPerArticle = 0;
        for (int rep = 0; rep < 7; rep++)
        {
            var docs = prepared.Select(CopyForPlaces).ToList();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            foreach (var d in docs) places.Run(d);
            bestStage = Math.Min(bestStage, sw.Elapsed.TotalSeconds);
            bytesPerArticle = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)docs.Count;
            if (rep >= 3) continue;
            sw.Restart();
            foreach (var a in articles) full.Run(a.ToDocument());
            bestFull = Math.Min(bestFull, sw.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"place stage alone (1 thread): {bestStage * 1000 / articles.Count:F3} ms/article vs full pipeline {bestFull * 1000 / articles.Count:F2} ms/article " +
                          $"= {bestStage / (bestFull - bestStage) * 100:F2}% added time; {bytesPerArticle / 1024:F1} KB allocated per article");
    }

    /// <summary>A fresh document with the layers the place stage reads, so that it can run again.</summary>
    private static ArticleDocument CopyForPlaces(ArticleDocument d)
    {
        var c = new ArticleDocument(d.Text, d.Id) { Published = d.Published };
        c.Boilerplate = d.Boilerplate;
        c.Paragraphs = d.Paragraphs;
        c.Sentences = d.Sentences;
        c.Tokens = d.Tokens;
        if (d.Has(Layer.Entities)) c.Entities = d.Entities;
        if (d.Has(Layer.Times)) c.Times = d.Times;
        return c;
    }

    private static double Time(SitrepPipeline pipeline, List<RawArticle> articles)
    {
        var sw = Stopwatch.StartNew();
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, a => pipeline.Run(a.ToDocument()));
        return sw.Elapsed.TotalSeconds;
    }

    private static double Measure(string name, SitrepPipeline pipeline, List<RawArticle> articles, long bytes)
    {
        Parallel.ForEach(articles.Take(Math.Min(200, articles.Count)), a => pipeline.Run(a.ToDocument()));
        var best = double.MaxValue;
        for (int rep = 0; rep < 3; rep++)
        {
            var sw = Stopwatch.StartNew();
            Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, a => pipeline.Run(a.ToDocument()));
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        var aps = articles.Count / best;
        Console.WriteLine($"{name,-40} {aps,10:F0} articles/s  {bytes / 1e6 / best,8:F1} MB/s  (best of 3: {best * 1000:F0} ms)");
        return aps;
    }
}
