using System.Diagnostics;
using System.Text;
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
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--articles" && i + 1 < args.Length) target = int.Parse(args[++i]);
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
        var b = Measure("foundation (clean+segment+tokens)", baseline, articles, bytes);
        var f = Measure("full pipeline", full, articles, bytes);
        Console.WriteLine($"full / foundation throughput ratio: {f / b:F3}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        return 0;
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
