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
/// `dotnet run -c Release --project bench/Sitrep.Bench -- store [--articles N] [--events N]`: storage
/// throughput of already-extracted documents, the full ingest next to extraction alone (is storage the
/// bottleneck?), and filtered query latency over N stored events.
/// </summary>
internal static class StoreRunner
{
    public static int Run(string[] args)
    {
        int articles = 5000, events = 1_000_000;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--articles") articles = int.Parse(args[++i]);
            else if (args[i] == "--events") events = int.Parse(args[++i]);
        }
        var dir = Directory.CreateTempSubdirectory("sitrep-bench-").FullName;
        try
        {
            var data = new DataDirectory();
            var foundation = PipelineFactory.CreateFoundation(data);
            Console.WriteLine($"{Environment.ProcessorCount} cores; SQLite in {dir}");

            // 1. Storage alone: documents already extracted (layers set), written in batches of 200.
            var docs = StoreData.Documents(articles, foundation);
            {
                var s = new SqliteEventStore(Path.Combine(dir, "write.db"));
                s.Migrate();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                foreach (var chunk in docs.Chunk(200)) s.WriteAsync(chunk).GetAwaiter().GetResult();
                var aps = articles / sw.Elapsed.TotalSeconds;
                // The writer is one thread; CPU time shows what it costs when the machine is shared.
                var cpuS = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                Console.WriteLine($"store (SQLite) of extracted documents: {aps,10:F0} articles/s wall, {articles / cpuS,8:F0} articles per CPU-second  ({articles} articles with events, places, figures; {sw.ElapsedMilliseconds} ms)");
            }

            // 2. Full pipeline: extraction alone vs extraction + storage through the ingest pipeline.
            var raw = Corpus.Load(null);
            if (raw.Count > 0)
            {
                var full = PipelineFactory.Create(data);
                int n = Math.Min(articles, 2000);
                var inputs = Enumerable.Range(0, n).Select(i => raw[i % raw.Count] with { Text = $"Copy {i}.\n" + raw[i % raw.Count].Text, Name = $"copy{i}" }).ToList();
                Parallel.ForEach(inputs.Take(50), a => full.Run(a.ToDocument()));
                var sw = Stopwatch.StartNew();
                Parallel.ForEach(inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, a => full.Run(a.ToDocument()));
                var extractOnly = n / sw.Elapsed.TotalSeconds;
                var store = new SqliteEventStore(Path.Combine(dir, "ingest.db"));
                store.Migrate();
                var run = new IngestPipeline(full, store, new IngestOptions());
                sw.Restart();
                run.RunAsync(Stream(inputs), CancellationToken.None).GetAwaiter().GetResult();
                var withStore = n / sw.Elapsed.TotalSeconds;
                Console.WriteLine($"full pipeline, extraction only:       {extractOnly,10:F0} articles/s");
                Console.WriteLine($"full pipeline + SQLite ingest:         {withStore,10:F0} articles/s  (ratio {withStore / extractOnly:F2}; ~1 means extraction-bound)");
            }

            // 3. Query latency over many stored events.
            var qstore = new SqliteEventStore(Path.Combine(dir, "query.db"));
            qstore.Migrate();
            var load = Stopwatch.StartNew();
            var loadCpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var chunk in StoreData.Events(events).Chunk(100_000)) qstore.BulkInsertEventsAsync(chunk).GetAwaiter().GetResult();
            Console.WriteLine($"loaded {events} events in {load.Elapsed.TotalSeconds:F0} s ({(Process.GetCurrentProcess().TotalProcessorTime - loadCpu).TotalSeconds:F0} CPU-s)");
            var rng = new Random(3);
            string[] countries = ["SY", "IQ", "YE", "UA", "SD"];
            var queries = new Func<EventQuery>[]
            {
                () => new EventQuery { Country = countries[rng.Next(5)], From = new DateOnly(2021, rng.Next(1, 12), 1), To = new DateOnly(2021, 12, 31) },
                () => new EventQuery { Root = "19", From = new DateOnly(2022, rng.Next(1, 12), 1), To = new DateOnly(2022, 12, 31) },
                () => new EventQuery { Actor = "SYRMIL", QuadClass = 4 },
                () => new EventQuery { Code = "195", Country = "YEM" },
                () => new EventQuery { BoundingBox = (20 + rng.NextDouble() * 10, 10 + rng.NextDouble() * 20, 32, 34) },
                () => new EventQuery { Radius = (12 + rng.NextDouble() * 4, 21 + rng.NextDouble() * 2, 50) },
                () => new EventQuery { Text = "hospital convoy", From = new DateOnly(2023, 1, 1) },
                () => new EventQuery { Country = "UA", Root = "18", From = new DateOnly(2020, 6, 1), To = new DateOnly(2024, 6, 1) },
            };
            foreach (var q in queries) qstore.QueryAsync(q()).GetAwaiter().GetResult();
            var times = new List<double>();
            var perKind = new double[queries.Length];
            for (int i = 0; i < 400; i++)
            {
                var k = i % queries.Length;
                var q = queries[k]();
                var sw = Stopwatch.StartNew();
                var r = qstore.QueryAsync(q).GetAwaiter().GetResult();
                var ms = sw.Elapsed.TotalMilliseconds;

                times.Add(ms);
                perKind[k] = Math.Max(perKind[k], ms);
            }
            times.Sort();
            Console.WriteLine($"filtered query over {events} events (limit 100, 400 runs, 8 filter kinds): p50 {times[times.Count / 2]:F1} ms  p95 {times[(int)(times.Count * 0.95)]:F1} ms  max {times[^1]:F1} ms");
            Console.WriteLine("  worst per kind (ms): " + string.Join("  ", perKind.Select((t, i) => $"q{i + 1} {t:F1}")));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
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
