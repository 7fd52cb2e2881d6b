using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Broker;
using Sitrep.Store.Sqlite;

namespace Sitrep.Ingest.Tests;

/// <summary>
/// `ingest --broker` and `sitrep worker` against a real local nats-server (one per test) and a temp SQLite store:
/// each article stored exactly once however often it is published, delivered or its worker killed.
/// </summary>
public sealed class BrokerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-broker-").FullName;
    private readonly NatsServer _nats = new();

    public void Dispose()
    {
        _nats.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private const string PoisonMark = "[[poison]]";

    /// <summary>No extraction, except that an article carrying <see cref="PoisonMark"/> makes the pipeline throw.</summary>
    private static readonly SitrepPipeline Pipeline = new PipelineBuilder().Add(new PoisonStage()).Build();

    private sealed class PoisonStage() : Stage("poison", Layer.Boilerplate)
    {
        public override void Run(ArticleDocument document)
        {
            if (document.Text.Contains(PoisonMark, StringComparison.Ordinal)) throw new InvalidOperationException("the stage cannot read this article");
        }
    }

    /// <summary>Short invented wire stories, each different (so each its own article id).</summary>
    internal static string Story(int i)
    {
        string[] towns = ["Varnholt", "Keldry", "Osmira", "Tallen Cross", "Brevik Lower"];
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
        return $"Protesters held in {towns[i % 5]}\nPolice in {towns[i % 5]} arrested {i + 3} protesters on {days[i / 5 % 5]} after a march on the governor's office, " +
               $"a police spokesman said. The opposition party condemned the arrests and demanded the release of all {i + 3} detainees.";
    }

    internal static string WriteStories(string root, int n, string folder = "in")
    {
        var dir = Directory.CreateDirectory(Path.Combine(root, folder)).FullName;
        for (int i = 0; i < n; i++) File.WriteAllText(Path.Combine(dir, $"story{i:D3}.txt"), Story(i));
        return dir;
    }

    private static async Task<BrokerProducer> Publish(IArticleQueue queue, params string[] inputs)
    {
        var run = new BrokerProducer(queue, new IngestOptions());
        var outcome = await run.RunAsync(new Sources(new FakeFetcher(new())).ReadAsync(inputs), default);
        Assert.Null(outcome.BrokerError);
        return run;
    }

    private static async Task<(BrokerWorker Run, WorkerOutcome Outcome, List<InputError> Rejected)> Work(IArticleQueue queue, SqliteEventStore store, int batch = 10)
    {
        var run = new BrokerWorker(Pipeline, store, queue, new WorkerOptions { BatchSize = batch, Threads = 2, UntilEmpty = true });
        var rejected = new List<InputError>();
        run.Rejected += e => { lock (rejected) rejected.Add(e); };
        var outcome = await run.RunAsync(default);
        Assert.Null(outcome.StoreError);
        Assert.Null(outcome.BrokerError);
        return (run, outcome, rejected);
    }

    [Fact]
    public async Task Articles_published_twice_are_queued_once_and_one_worker_stores_each_once()
    {
        if (_nats.Skip()) return;
        var input = WriteStories(_dir, 5);
        await using var queue = await NatsArticleQueue.ConnectAsync(_nats.Url);
        await using var store = new SqliteEventStore(Path.Combine(_dir, "s.db"));

        Assert.Equal(5, (await Publish(queue, input)).Progress.Queued);
        var again = await Publish(queue, input);
        Assert.Equal(0, again.Progress.Queued);
        Assert.Equal(5, again.Progress.AlreadyQueued);

        var (run, _, rejected) = await Work(queue, store);
        Assert.Empty(rejected);
        Assert.Equal(5, run.Progress.Stored);
        Assert.Equal(5, (await store.StatsAsync()).Articles);

        // After the worker took them: the broker still knows the ids, and a worker finds nothing more to do.
        Assert.Equal(5, (await Publish(queue, input)).Progress.AlreadyQueued);
        var (idle, _, _) = await Work(queue, store);
        Assert.Equal(0, idle.Progress.Read);
        Assert.Equal(5, (await store.StatsAsync()).Articles);
    }

    [Fact]
    public async Task Each_message_is_acknowledged_only_once_its_article_is_committed()
    {
        await using var store = new SqliteEventStore(Path.Combine(_dir, "s.db"));
        var queue = new FakeQueue(async id => await store.LoadArticleAsync(id) is not null);
        for (int i = 0; i < 7; i++)
        {
            var a = new RawArticle($"story{i}", Story(i));
            await queue.PublishAsync(a, a.ToDocument().Id);
        }
        var run = new BrokerWorker(Pipeline, store, queue, new WorkerOptions { BatchSize = 3, Threads = 2, UntilEmpty = true });

        var outcome = await run.RunAsync(default);

        Assert.Null(outcome.StoreError);
        Assert.Equal(7, queue.Acked.Count);
        Assert.Empty(queue.AckedBeforeStored);
        Assert.Empty(queue.Terminated);
    }

    [Fact]
    public async Task Articles_another_worker_stored_while_this_one_ran_are_acknowledged_without_being_extracted_again()
    {
        await using var store = new SqliteEventStore(Path.Combine(_dir, "s.db"));
        var queue = new FakeQueue(async id => await store.LoadArticleAsync(id) is not null);
        var articles = Enumerable.Range(0, 9).Select(i => new RawArticle($"story{i}", Story(i))).ToList();
        foreach (var a in articles) await queue.PublishAsync(a, a.ToDocument().Id);
        // Before the second batch is taken, another worker commits two of its articles (their messages redelivered here).
        queue.BeforeFetch = async n =>
        {
            if (n != 1) return;
            await using var other = new SqliteEventStore(Path.Combine(_dir, "s.db"));
            await other.WriteAsync([Pipeline.Run(articles[4].ToDocument()), Pipeline.Run(articles[5].ToDocument())]);
        };
        var run = new BrokerWorker(Pipeline, store, queue, new WorkerOptions { BatchSize = 3, Threads = 2, UntilEmpty = true });

        var outcome = await run.RunAsync(default);

        Assert.Null(outcome.StoreError);
        Assert.Equal(7, run.Progress.Extracted);
        Assert.Equal(2, run.Progress.Skipped);
        Assert.Equal(9, queue.Acked.Count);
        Assert.Empty(queue.AckedBeforeStored);
        Assert.Equal(9, (await store.StatsAsync()).Articles);
    }

    [Fact]
    public async Task A_poison_article_and_a_message_that_is_no_article_are_reported_and_terminated_and_the_rest_are_stored()
    {
        if (_nats.Skip()) return;
        var input = WriteStories(_dir, 4);
        var poison = Path.Combine(_dir, "poison.txt");
        File.WriteAllText(poison, $"Market reopens\nTraders returned to the central market on Saturday {PoisonMark} after a week of closures, the city council said.");
        await using var queue = await NatsArticleQueue.ConnectAsync(_nats.Url);
        await using var store = new SqliteEventStore(Path.Combine(_dir, "s.db"));
        await Publish(queue, poison, input);
        await using (var raw = new NatsConnection(new NatsOpts { Url = _nats.Url }))
        {
            var ack = await new NatsJSContext(raw).PublishAsync(NatsArticleQueue.Subject, Encoding.UTF8.GetBytes("not json at all"));
            ack.EnsureSuccess();
        }

        var (run, _, rejected) = await Work(queue, store, batch: 3);

        Assert.Equal(4, run.Progress.Stored);
        Assert.True(rejected.Count == 2, string.Join("; ", rejected));
        Assert.Contains(rejected, e => e.Code == "E_PIPELINE" && e.Input == poison && e.Reason.Contains("cannot read this article"));
        Assert.Contains(rejected, e => e.Code == "E_MESSAGE" && e.Input.StartsWith("message ", StringComparison.Ordinal));
        // Terminated, not waiting for redelivery: the queue is empty and a second worker gets nothing.
        Assert.True(await queue.IsDrainedAsync());
        var (second, _, _) = await Work(queue, store);
        Assert.Equal(0, second.Progress.Read);
    }

    [Fact]
    public async Task A_stop_finishes_the_batch_in_hand_and_leaves_the_rest_queued_for_the_next_worker()
    {
        if (_nats.Skip()) return;
        var input = WriteStories(_dir, 30);
        await using var queue = await NatsArticleQueue.ConnectAsync(_nats.Url);
        await using var store = new SqliteEventStore(Path.Combine(_dir, "s.db"));
        await Publish(queue, input);
        using var stop = new CancellationTokenSource();
        // Ctrl-C while the first batch is being extracted.
        var stopping = new PipelineBuilder().Add(new CallbackStage(stop.Cancel)).Build();
        var run = new BrokerWorker(stopping, store, queue, new WorkerOptions { BatchSize = 10, Threads = 1 });

        var outcome = await run.RunAsync(stop.Token);

        Assert.True(outcome.Cancelled);
        Assert.Equal(10, run.Progress.Stored);
        Assert.Equal(10, (await store.StatsAsync()).Articles);
        var (next, _, _) = await Work(queue, store);
        Assert.Equal(20, next.Progress.Read); // the stopped worker acknowledged its batch: nothing comes twice
        Assert.Equal(30, (await store.StatsAsync()).Articles);
    }

    private sealed class CallbackStage(Action callback) : Stage("callback", Layer.Boilerplate)
    {
        public override void Run(ArticleDocument document) => callback();
    }

    [Fact]
    public async Task An_article_over_the_brokers_message_limit_is_rejected_by_name_and_the_others_are_queued()
    {
        if (_nats.Skip()) return;
        var input = WriteStories(_dir, 2);
        var big = Path.Combine(_dir, "big.txt");
        File.WriteAllText(big, "Budget debate runs long\n" + string.Concat(Enumerable.Repeat("Deputies argued over the road budget for another hour, the speaker said. ", 20_000)));
        await using var queue = await NatsArticleQueue.ConnectAsync(_nats.Url);
        var rejected = new List<InputError>();
        var run = new BrokerProducer(queue, new IngestOptions());
        run.Rejected += rejected.Add;

        await run.RunAsync(new Sources(new FakeFetcher(new())).ReadAsync([big, input]), default);

        Assert.Equal(2, run.Progress.Queued);
        var e = Assert.Single(rejected);
        Assert.Equal((big, "E_TOO_LARGE"), (e.Input, e.Code));
        Assert.Contains("max_payload", e.Reason);
    }

    [Fact]
    public async Task A_worker_whose_broker_goes_away_stops_with_an_error_and_keeps_what_it_committed()
    {
        if (_nats.Skip()) return;
        var input = WriteStories(_dir, 3);
        await using var queue = await NatsArticleQueue.ConnectAsync(_nats.Url);
        await using var store = new SqliteEventStore(Path.Combine(_dir, "s.db"));
        await Publish(queue, input);
        var run = new BrokerWorker(Pipeline, store, queue, new WorkerOptions { BatchSize = 10 }); // waits for more: never ends by itself
        var work = run.RunAsync(default);
        var sw = Stopwatch.StartNew();
        while (run.Progress.Stored < 3 && sw.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(20);

        _nats.Kill();
        // A hang guard, not a speed check: the worker gives the server about ten seconds to come back.
        Assert.True(await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(120))) == work, "the worker did not notice the broker was gone");

        var outcome = await work;
        Assert.Equal("E_BROKER_LOST", outcome.BrokerError?.Code);
        Assert.Contains(_nats.Url, outcome.BrokerError!.Message);
        Assert.Equal(3, (await store.StatsAsync()).Articles);
    }

    [Fact]
    public void Two_worker_processes_store_each_article_once_and_the_same_events_as_a_plain_ingest()
    {
        if (_nats.Skip()) return;
        var cli = IngestPipelineTests.FindCli();
        if (cli is null) { Console.WriteLine("skipped: sitrep.dll not built next to the tests"); return; }
        const int total = 20;
        var input = WriteStories(_dir, total);
        var shared = Path.Combine(_dir, "workers.db");
        var plain = Path.Combine(_dir, "plain.db");

        var (code, err) = Cli.Run(cli, "ingest", input, "--broker", _nats.Url);
        Assert.True(code == 0, err);
        Assert.Contains($"{total} queued", err);
        using (var a = Cli.Start(cli, "worker", "--broker", _nats.Url, "--store", "sqlite:" + shared, "--batch", "3", "--threads", "1", "--until-empty"))
        using (var b = Cli.Start(cli, "worker", "--broker", _nats.Url, "--store", "sqlite:" + shared, "--batch", "3", "--threads", "1", "--until-empty"))
        {
            foreach (var worker in new[] { a, b })
            {
                Assert.True(worker.Process.WaitForExit(600_000), "a worker hung"); // a hang guard, not a speed check
                Assert.True(worker.Process.ExitCode == 0, worker.Stderr());
            }
        }
        (code, err) = Cli.Run(cli, "ingest", input, "--store", "sqlite:" + plain);
        Assert.True(code == 0, err);

        Assert.Equal(total, IngestPipelineTests.Count(shared));
        Assert.Equal((long)total, Convert.ToInt64(IngestPipelineTests.Scalar(shared, "SELECT COUNT(DISTINCT id) FROM articles")));
        using var p = Sqlite(plain);
        using var w = Sqlite(shared);
        var events = Events(p);
        Assert.NotEmpty(events);
        Assert.Equal(events, Events(w));
        Assert.Equal(Merged(p), Merged(w));
    }

    [Fact]
    public void A_worker_killed_mid_run_and_started_again_stores_every_article_exactly_once()
    {
        if (_nats.Skip()) return;
        var cli = IngestPipelineTests.FindCli();
        if (cli is null) { Console.WriteLine("skipped: sitrep.dll not built next to the tests"); return; }
        const int total = 250, batch = 10;
        var input = WriteStories(_dir, total);
        var db = Path.Combine(_dir, "crash.db");
        // The shared consumer, made here with a short acknowledgement wait, so that what the killed worker held
        // comes back in seconds rather than the default minute.
        using (var queue = new QueueHandle(_nats.Url, TimeSpan.FromSeconds(3))) { }
        var (code, err) = Cli.Run(cli, "ingest", input, "--broker", _nats.Url);
        Assert.True(code == 0, err);

        using (var w = Cli.Start(cli, "worker", "--broker", _nats.Url, "--store", "sqlite:" + db, "--batch", batch.ToString(), "--threads", "1"))
        {
            var sw = Stopwatch.StartNew();
            while (!w.Process.HasExited && IngestPipelineTests.Count(db) < 2 * batch && sw.Elapsed < TimeSpan.FromSeconds(300)) Thread.Sleep(10);
            Assert.False(w.Process.HasExited, "the worker ended before it could be killed: " + w.Stderr());
            w.Process.Kill(entireProcessTree: true); // SIGKILL: no final batch, no acknowledgements
            w.Process.WaitForExit();
        }
        var afterKill = IngestPipelineTests.Count(db);
        Assert.True(afterKill > 0 && afterKill < total, $"{afterKill} stored after the kill");
        Assert.Equal(0, afterKill % batch); // one transaction per batch: never part of one

        using (var again = Cli.Start(cli, "worker", "--broker", _nats.Url, "--store", "sqlite:" + db, "--batch", batch.ToString(), "--until-empty"))
        {
            Assert.True(again.Process.WaitForExit(900_000), "the restarted worker hung"); // a hang guard, not a speed check
            Assert.True(again.Process.ExitCode == 0, again.Stderr());
        }
        Assert.Equal(total, IngestPipelineTests.Count(db));
        Assert.Equal((long)total, Convert.ToInt64(IngestPipelineTests.Scalar(db, "SELECT COUNT(DISTINCT id) FROM articles")));
    }

    /// <summary>Connects once (creating the stream and the shared consumer) and disconnects.</summary>
    private sealed class QueueHandle : IDisposable
    {
        private readonly NatsArticleQueue _queue;
        public QueueHandle(string url, TimeSpan ackWait)
        {
            _queue = NatsArticleQueue.ConnectAsync(url, ackWait).GetAwaiter().GetResult();
            Assert.Equal(ackWait, _queue.AckWait);
            _queue.IsDrainedAsync().GetAwaiter().GetResult(); // creates the consumer
        }
        public void Dispose() => _queue.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    internal static System.Data.Common.DbConnection Sqlite(string db)
    {
        var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        return c;
    }

    /// <summary>Every stored event, by article id and position, as one comparable line each.</summary>
    internal static List<string> Events(System.Data.Common.DbConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT article_id, ord, span_start, span_end, source, target, code FROM events ORDER BY article_id, ord";
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return list;
    }

    /// <summary>
    /// The merged events as the articles each one gathers (sorted), independent of which article happened to create it:
    /// the same whatever order the workers stored the articles in, and different when two concurrent writers each
    /// created an event that one writer would have merged.
    /// </summary>
    internal static List<string> Merged(System.Data.Common.DbConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT merged_id, article_id FROM mentions";
        using var r = cmd.ExecuteReader();
        var byEvent = new Dictionary<long, SortedSet<string>>();
        while (r.Read())
        {
            var id = Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            if (!byEvent.TryGetValue(id, out var set)) byEvent[id] = set = new(StringComparer.Ordinal);
            set.Add(r.GetString(1));
        }
        return byEvent.Values.Select(s => string.Join(',', s)).Order(StringComparer.Ordinal).ToList();
    }
}

/// <summary>The real CLI as a child process, its stderr kept for messages.</summary>
internal sealed class Cli : IDisposable
{
    private readonly StringBuilder _stderr = new();
    public Process Process { get; }

    private Cli(string dll, string[] args)
    {
        var psi = new ProcessStartInfo("dotnet", [dll, .. args]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        Process = Process.Start(psi)!;
        Process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        Process.OutputDataReceived += (_, _) => { };
        Process.BeginErrorReadLine();
        Process.BeginOutputReadLine();
    }

    public static Cli Start(string dll, params string[] args) => new(dll, args);

    /// <summary>Runs to the end (a hang guard of ten minutes) and returns the exit code and stderr.</summary>
    public static (int Code, string Stderr) Run(string dll, params string[] args)
    {
        using var c = new Cli(dll, args);
        if (!c.Process.WaitForExit(600_000)) { c.Process.Kill(true); return (-1, "timed out: " + c.Stderr()); }
        c.Process.WaitForExit();
        return (c.Process.ExitCode, c.Stderr());
    }

    public string Stderr() { lock (_stderr) return _stderr.ToString(); }

    public void Dispose()
    {
        if (!Process.HasExited) { Process.Kill(true); Process.WaitForExit(); }
        Process.Dispose();
    }
}
