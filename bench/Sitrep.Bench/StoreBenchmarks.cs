using System.Collections.Immutable;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Ingest;
using Sitrep.Knowledge;
using Sitrep.Store;
using Sitrep.Store.Sqlite;
using Sitrep.Text.Reading;

namespace Sitrep.Bench;

/// <summary>Synthetic but realistic-shaped documents and events for the store benchmarks (invented text).</summary>
internal static class StoreData
{
    private static readonly string[] Countries = ["SY", "IQ", "YE", "UA", "SD", "ML", "SO", "AF", "LY", "NG"];
    private static readonly string[] Iso3 = ["SYR", "IRQ", "YEM", "UKR", "SDN", "MLI", "SOM", "AFG", "LBY", "NGA"];
    private static readonly string[] Roles = ["MIL", "REB", "GOV", "CVL", "POL", "OPP"];
    private static readonly string[] Codes = ["190", "193", "194", "195", "180", "181", "183", "141", "145", "173", "036", "042", "057", "112", "130"];
    private static readonly string[] Words = ["shelling", "airstrike", "convoy", "checkpoint", "market", "hospital", "school", "bridge", "village", "protest", "ceasefire", "talks"];

    // Invented pseudo-words so that synthetic reports differ as much as real ones (no accidental near-duplicates).
    private static readonly string[] Vocabulary = Enumerable.Range(0, 2000).Select(i => "w" + (i * 7919 % 10007).ToString("x")).ToArray();

    /// <summary>Documents as the pipeline would leave them: text plus events, places and figures.</summary>
    public static List<ArticleDocument> Documents(int n, SitrepPipeline? foundation, int seed = 7)
    {
        var rng = new Random(seed);
        var docs = new List<ArticleDocument>(n);
        for (int i = 0; i < n; i++)
        {
            int c = rng.Next(Countries.Length);
            var w = Words[rng.Next(Words.Length)];
            var text = $"Report {i} on the {w}\nForces attacked the {w} near the town of Town{rng.Next(200)} on Monday, killing {rng.Next(1, 40)} people, officials said. " +
                       $"Residents described heavy damage around the {Words[rng.Next(Words.Length)]} and said families had fled. " +
                       $"Aid groups said {rng.Next(100, 5000)} people were displaced by the fighting, dispatch number {i}. " +
                       string.Join(" ", Enumerable.Range(0, 40).Select(_ => Vocabulary[rng.Next(Vocabulary.Length)])) + ".";
            var d = new ArticleDocument(text) { Source = $"Outlet {rng.Next(40)}", Url = $"https://news{rng.Next(40)}.example/{i}", Published = new DateOnly(2024, 1, 1).AddDays(rng.Next(365)) };
            if (foundation is not null) foundation.Run(d);
            int s1 = text.IndexOf('\n') + 1, e1 = text.IndexOf(". ", s1) + 1;
            var town = text.IndexOf("Town", s1);
            var kill = text.IndexOf("killing", s1);
            d.Places = [new Place(new TextSpan(town, text.IndexOf(' ', town)), "Town", 100 + i % 200, 30 + rng.NextDouble() * 10, 35 + rng.NextDouble() * 10, Countries[c], "0" + rng.Next(1, 9), "PPL", PlacePrecision.City)];
            d.Figures = [new Figure(new TextSpan(kill, text.IndexOf(" people", kill) + 7), FigureKind.Killed, Bounds.Exactly(rng.Next(1, 40)), Qualifier.Exact)];
            d.Events = [new Event(new TextSpan(s1, e1), $"{Iso3[c]}{Roles[rng.Next(2)]}", $"{Iso3[c]}{Roles[rng.Next(2, 4)]}", Codes[rng.Next(7)], -9, 4, "ASSAULT",
                false, Modality.Asserted, null, null, new TextSpan(s1, e1))];
            docs.Add(d);
        }
        return docs;
    }

    public static IEnumerable<MergedEvent> Events(int n, int seed = 11)
    {
        var rng = new Random(seed);
        var start = new DateOnly(2020, 1, 1);
        for (int i = 0; i < n; i++)
        {
            int c = rng.Next(Countries.Length);
            var code = Codes[rng.Next(Codes.Length)];
            var lat = 10 + c * 4 + rng.NextDouble() * 4;
            var lon = 20 + c * 3 + rng.NextDouble() * 3;
            yield return new MergedEvent
            {
                Id = i + 1, Day = start.AddDays(rng.Next(5 * 365)),
                Source = Iso3[c] + Roles[rng.Next(Roles.Length)], Target = Iso3[rng.Next(Iso3.Length)] + Roles[rng.Next(Roles.Length)],
                Code = code, QuadClass = code[0] == '1' && code[1] >= '8' ? 4 : code.StartsWith("14") || code.StartsWith("13") ? 3 : 1,
                Goldstein = -5, Plover = "ASSAULT",
                Place = new EventPlace($"Town{rng.Next(5000)}", Countries[c], "0" + rng.Next(1, 9), lat, lon, PlacePrecision.City, null),
                NumMentions = 1 + rng.Next(5), NumSources = 1, NumArticles = 1, FirstSource = "Outlet", FirstUrl = $"https://news.example/{i}",
                Evidence = $"Forces struck the {Words[rng.Next(Words.Length)]} near the {Words[rng.Next(Words.Length)]}, witnesses said ({i}).",
            };
        }
    }
}

/// <summary>
/// `dotnet run -c Release --project bench/Sitrep.Bench -- store [--articles N] [--pipeline-articles N] [--events N]
/// [--query-db PATH] [--runs N] [--only write,pipeline,query] [--explain]`, in one process:
/// (1) SQLite ingest of already-extracted documents (articles/s), (2) the full pipeline with SQLite ingest
/// next to extraction alone (their ratio near 1 means extraction, not storage, is the bottleneck) and
/// (3) filtered query latency (p50/p95/p99 per filter kind) over N stored events, at the query verb's
/// default limit. --query-db keeps the N-event database between runs (it is built once, then reused;
/// a newer build applies its migrations to it on open).
/// </summary>
internal static class StoreRunner
{
    private const int QueryVerbLimit = 50;

    public static int Run(string[] args)
    {
        int articles = 5000, pipelineArticles = 600, events = 1_000_000, runs = 40;
        string? queryDb = null;
        var only = new HashSet<string> { "write", "pipeline", "query" };
        bool explain = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--articles") articles = int.Parse(args[++i]);
            else if (args[i] == "--pipeline-articles") pipelineArticles = int.Parse(args[++i]);
            else if (args[i] == "--events") events = int.Parse(args[++i]);
            else if (args[i] == "--runs") runs = int.Parse(args[++i]);
            else if (args[i] == "--query-db") queryDb = args[++i];
            else if (args[i] == "--only") only = args[++i].Split(',').ToHashSet();
            else if (args[i] == "--explain") explain = true;
        }
        var dir = Directory.CreateTempSubdirectory("sitrep-bench-").FullName;
        try
        {
            var data = new DataDirectory();
            Console.WriteLine($"{Environment.ProcessorCount} cores; load average {LoadAverage()}; SQLite in {dir}");
            if (only.Contains("write")) Write(data, dir, articles);
            if (only.Contains("pipeline")) PipelineVsExtraction(data, dir, pipelineArticles);
            if (only.Contains("query")) Query(queryDb ?? Path.Combine(dir, "query.db"), events, runs, explain);
            Console.WriteLine($"load average at the end {LoadAverage()}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>Storage alone: documents already extracted (layers set), written in batches of 200 as ingest does.</summary>
    private static void Write(DataDirectory data, string dir, int articles)
    {
        var foundation = PipelineFactory.CreateFoundation(data);
        // Warm-up (JIT, SQLite pages) on its own store, so the timed run measures steady writing.
        var warm = new SqliteEventStore(Path.Combine(dir, "warm.db"));
        warm.WriteAsync(StoreData.Documents(200, foundation, seed: 99)).GetAwaiter().GetResult();
        var docs = StoreData.Documents(articles, foundation);
        var s = new SqliteEventStore(Path.Combine(dir, "write.db"));
        s.Migrate();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        foreach (var chunk in docs.Chunk(200)) s.WriteAsync(chunk).GetAwaiter().GetResult();
        var aps = articles / sw.Elapsed.TotalSeconds;
        // The writer is one thread; CPU time shows what it costs when the machine is shared.
        var cpuS = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"(a) SQLite ingest of extracted documents: {aps,8:F0} articles/s wall, {articles / cpuS,8:F0} articles per CPU-second  ({articles} articles with events, places, figures; {sw.ElapsedMilliseconds} ms)");
    }

    /// <summary>
    /// The full pipeline over distinct copies of the sample articles: extraction alone on all cores, then the
    /// same through the ingest pipeline (extract on all cores → SQLite in batches). Same process, same inputs.
    /// </summary>
    private static void PipelineVsExtraction(DataDirectory data, string dir, int n)
    {
        var raw = Corpus.Load(null);
        if (raw.Count == 0) { Console.WriteLine("(b) no sample articles found (samples/, ../shared/examples); pipeline comparison skipped"); return; }
        var full = PipelineFactory.Create(data);
        var inputs = Enumerable.Range(0, n).Select(i => raw[i % raw.Count] with { Text = $"Copy {i}.\n" + raw[i % raw.Count].Text, Name = $"copy{i}" }).ToList();
        Parallel.ForEach(inputs.Take(Math.Min(50, n)), a => full.Run(a.ToDocument()));
        // Alternating rounds (extraction alone, then ingest into a fresh store), best of each: the shared machine's
        // load drifts, and the first round still warms up.
        double extractOnly = 0, withStore = 0;
        StoreStats? stats = null;
        for (int round = 0; round < 2; round++)
        {
            var sw = Stopwatch.StartNew();
            Parallel.ForEach(inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, a => full.Run(a.ToDocument()));
            extractOnly = Math.Max(extractOnly, n / sw.Elapsed.TotalSeconds);
            var store = new SqliteEventStore(Path.Combine(dir, $"ingest{round}.db"));
            store.Migrate();
            var run = new IngestPipeline(full, store, new IngestOptions());
            sw.Restart();
            var outcome = run.RunAsync(Stream(inputs), CancellationToken.None).GetAwaiter().GetResult();
            withStore = Math.Max(withStore, n / sw.Elapsed.TotalSeconds);
            if (outcome.StoreError is { } e) Console.WriteLine($"(b) store error: {e.Message}");
            stats = store.StatsAsync().GetAwaiter().GetResult();
        }
        Console.WriteLine($"(b) full pipeline, extraction only:     {extractOnly,8:F1} articles/s  ({n} articles on {Environment.ProcessorCount} cores, best of 2 rounds)");
        Console.WriteLine($"(b) full pipeline + SQLite ingest:      {withStore,8:F1} articles/s  ({stats!.Articles} stored, {stats.MergedEvents} merged events; best of 2 rounds)");
        Console.WriteLine($"(b) ratio ingest / extraction alone:    {withStore / extractOnly,8:F2}  (near 1: extraction-bound, storage is not the bottleneck)");
    }

    private sealed record Kind(string Name, Func<Random, EventQuery> Make);

    private static readonly string[] Alpha2 = ["SY", "IQ", "YE", "UA", "SD", "ML", "SO", "AF", "LY", "NG"];
    private static readonly string[] Alpha3 = ["SYR", "IRQ", "YEM", "UKR", "SDN", "MLI", "SOM", "AFG", "LBY", "NGA"];
    private static readonly string[] Roles = ["MIL", "REB", "GOV", "CVL", "POL", "OPP"];
    private static readonly string[] Words = ["shelling", "airstrike", "convoy", "checkpoint", "market", "hospital", "school", "bridge", "village", "protest", "ceasefire", "talks"];

    private static DateOnly Day(Random r) => new DateOnly(2020, 1, 1).AddDays(r.Next(5 * 365 - 30));

    /// <summary>The filters analysts combine, alone and together (data: 10 countries, 5 years, 15 codes).</summary>
    private static readonly Kind[] Kinds =
    [
        new("date range + country", r => { var d = Day(r); return new EventQuery { Country = Alpha2[r.Next(10)], From = d, To = d.AddDays(r.Next(7, 365)) }; }),
        new("country (either actor, ISO3)", r => new EventQuery { Country = Alpha3[r.Next(10)] }),
        new("actor code", r => new EventQuery { Actor = r.Next(2) == 0 ? Alpha3[r.Next(10)] : Alpha3[r.Next(10)] + Roles[r.Next(6)] }),
        new("root code + date range", r => { var d = Day(r); return new EventQuery { Root = r.Next(2) == 0 ? "19" : "14", From = d, To = d.AddDays(r.Next(30, 400)) }; }),
        new("QuadClass", r => new EventQuery { QuadClass = 1 + r.Next(4) }),
        new("event code prefix + ISO3", r => new EventQuery { Code = r.Next(2) == 0 ? "195" : "18", Country = Alpha3[r.Next(10)] }),
        new("bounding box 1 degree", r => { double lat = 10 + r.NextDouble() * 40, lon = 20 + r.NextDouble() * 30; return new EventQuery { BoundingBox = (lon, lat, lon + 1, lat + 1) }; }),
        new("bounding box 10 degrees", r => { double lat = 5 + r.NextDouble() * 40, lon = 15 + r.NextDouble() * 30; return new EventQuery { BoundingBox = (lon, lat, lon + 10, lat + 10) }; }),
        new("radius 50 km", r => new EventQuery { Radius = (10 + r.NextDouble() * 40, 20 + r.NextDouble() * 30, 50) }),
        new("text, two words", r => new EventQuery { Text = $"{Words[r.Next(12)]} {Words[r.Next(12)]}" }),
        new("text, one word", r => new EventQuery { Text = Words[r.Next(12)] }),
        new("text + country + dates", r => { var d = Day(r); return new EventQuery { Text = Words[r.Next(12)], Country = Alpha2[r.Next(10)], From = d, To = d.AddDays(365) }; }),
        new("box + root + dates", r => { var d = Day(r); double lat = 10 + r.NextDouble() * 36, lon = 20 + r.NextDouble() * 26; return new EventQuery { BoundingBox = (lon, lat, lon + 4, lat + 4), Root = "19", From = d, To = d.AddDays(180) }; }),
        new("actor + QuadClass + dates", r => { var d = Day(r); return new EventQuery { Actor = Alpha3[r.Next(10)] + "MIL", QuadClass = 4, From = d, To = d.AddDays(90) }; }),
        new("no filter (newest)", r => new EventQuery()),
    ];

    private static void Query(string path, int events, int runs, bool explain)
    {
        var store = new SqliteEventStore(path);
        var sw = Stopwatch.StartNew();
        store.Migrate();
        var have = store.StatsAsync().GetAwaiter().GetResult().MergedEvents;
        if (have < events)
        {
            if (have > 0) { Console.WriteLine($"{path} holds {have} events, not {events}; build it again"); return; }
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var chunk in StoreData.Events(events).Chunk(100_000)) store.BulkInsertEventsAsync(chunk).GetAwaiter().GetResult();
            Console.WriteLine($"loaded {events} events in {sw.Elapsed.TotalSeconds:F0} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F0} CPU-s) into {path}");
        }
        else Console.WriteLine($"reusing {path} ({have} events; open + migrations {sw.Elapsed.TotalSeconds:F1} s)");

        var rng = new Random(3);
        // Warm the cache as a running server would be: one pass of every kind first.
        foreach (var k in Kinds) store.QueryAsync(k.Make(rng) with { Limit = QueryVerbLimit }).GetAwaiter().GetResult();
        var all = new List<double>();
        Console.WriteLine($"filtered queries over {events} events, limit {QueryVerbLimit} (the query verb's default), {runs} runs per kind, kinds interleaved:");
        var times = Kinds.Select(_ => new List<double>()).ToArray();
        var rows = new long[Kinds.Length];
        for (int i = 0; i < runs; i++)
            for (int k = 0; k < Kinds.Length; k++)
            {
                var q = Kinds[k].Make(rng) with { Limit = QueryVerbLimit };
                var t = Stopwatch.StartNew();
                rows[k] += store.QueryAsync(q).GetAwaiter().GetResult().Count;
                times[k].Add(t.Elapsed.TotalMilliseconds);
            }
        static double Pct(List<double> xs, double p) { var s = xs.Order().ToList(); return s[Math.Min(s.Count - 1, (int)Math.Ceiling(p * s.Count) - 1)]; }
        for (int k = 0; k < Kinds.Length; k++)
        {
            all.AddRange(times[k]);
            Console.WriteLine($"  {Kinds[k].Name,-30} p50 {Pct(times[k], 0.5),7:F1} ms  p95 {Pct(times[k], 0.95),7:F1} ms  p99 {Pct(times[k], 0.99),7:F1} ms  ({rows[k] / (double)runs:F0} rows avg){(Pct(times[k], 0.95) < 50 ? "" : "  OVER 50 ms")}");
        }
        Console.WriteLine($"  {"all kinds",-30} p50 {Pct(all, 0.5),7:F1} ms  p95 {Pct(all, 0.95),7:F1} ms  p99 {Pct(all, 0.99),7:F1} ms");
        if (explain)
            foreach (var k in Kinds)
                Console.WriteLine($"plan of {k.Name}:\n  " + store.Explain(k.Make(rng) with { Limit = QueryVerbLimit }).TrimEnd().Replace("\n", "\n  "));
    }

    private static async IAsyncEnumerable<ArticleReader.Result> Stream(List<RawArticle> inputs)
    {
        foreach (var a in inputs) yield return ArticleReader.Result.Ok(a);
        await Task.CompletedTask;
    }
}

/// <summary>BenchmarkDotNet: one batch of 200 extracted documents into a fresh SQLite store.</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private List<ArticleDocument> _docs = new();
    private string _dir = "";
    private int _n;

    [GlobalSetup]
    public void Setup()
    {
        _docs = StoreData.Documents(200, null);
        _dir = Directory.CreateTempSubdirectory("sitrep-bdn-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark]
    public int Sqlite_write_batch_of_200()
    {
        var store = new SqliteEventStore(Path.Combine(_dir, $"b{_n++}.db"));
        return store.WriteAsync(_docs).GetAwaiter().GetResult().Stored;
    }
}
