using System.CommandLine;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Ingest;
using Sitrep.Ingest.Broker;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class IngestCommand
{
    public static readonly Option<string?> StoreOption = new("--store")
    {
        Description = "Where the record lives: sqlite:PATH (default sitrep.db here) or postgres://user:password@host:port/db (default: SITREP_STORE).",
    };

    public static readonly Option<string?> BrokerOption = new("--broker")
    {
        Description = "NATS JetStream server, nats://HOST:PORT: with ingest, queue the articles for `sitrep worker` processes instead of extracting them here.",
    };

    public static Command Create()
    {
        var inputs = new Argument<string[]>("input") { Description = "Files, directories (recursive: .txt .html .json .jsonl .gz .rss .atom .xml), feed or page URLs, or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var batch = new Option<int>("--batch") { Description = "Articles per transaction (default 200).", DefaultValueFactory = _ => 200 };
        var workers = new Option<int>("--workers") { Description = "Extraction threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that do not carry one." };
        var source = new Option<string?>("--source") { Description = "Outlet name for inputs that do not carry one." };
        var every = new Option<string?>("--every")
        {
            Description = "Watch: read the inputs again every DURATION (30s, 15m, 1h) until Ctrl-C, storing what is new. A feed that has not changed costs one request; a feed link read in an earlier round is not fetched again.",
        };
        var cmd = new Command("ingest", "Extract articles and store them with their events in the record; idempotent, resumable, Ctrl-C stops after the current batch.")
        {
            inputs, StoreOption, batch, workers, published, source, BrokerOption, every,
        };
        cmd.SetAction(p =>
        {
            TimeSpan? interval = null;
            if (p.GetValue(every) is { } e)
            {
                if (ParseInterval(e) is not { } t) { CliRunner.Error($"--every: '{e}' is no duration; give seconds, minutes or hours, e.g. 30s, 15m, 1h."); return 2; }
                interval = t;
            }
            return p.GetValue(BrokerOption) is { } broker
                ? Publish(p, p.GetValue(inputs)!, broker, p.GetValue(published), p.GetValue(source),
                    extracting: p.GetResult(batch) is { Implicit: false } || p.GetResult(workers) is { Implicit: false }, interval)
                : Run(p, p.GetValue(inputs)!, p.GetValue(StoreOption), p.GetValue(batch), p.GetValue(workers), p.GetValue(published), p.GetValue(source), interval);
        });
        return cmd;
    }

    /// <summary>"30s", "15m", "2h" (at least a second, at most a week); null when it is none of these.</summary>
    internal static TimeSpan? ParseInterval(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length < 2 || !long.TryParse(t.AsSpan(0, t.Length - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return null;
        TimeSpan? span = t[^1] switch { 's' => TimeSpan.FromSeconds(n), 'm' => TimeSpan.FromMinutes(n), 'h' => TimeSpan.FromHours(n), _ => null };
        return span is { } s && s >= TimeSpan.FromSeconds(1) && s <= TimeSpan.FromDays(7) ? s : null;
    }

    /// <summary>
    /// Runs <paramref name="round"/> once and returns its exit code; or, watching, again every <paramref name="every"/>
    /// until Ctrl-C. A fatal round (the store or broker gone) ends a watch with its code; a watch stopped by Ctrl-C ends
    /// with 0: stopping is how watching ends, and each round has reported its own rejected inputs.
    /// </summary>
    private static int Rounds(TimeSpan? every, CancellationToken stop, Func<(int Code, bool Fatal)> round)
    {
        for (int n = 1; ; n++)
        {
            var (code, fatal) = round();
            if (every is not { } interval || fatal) return code;
            if (stop.IsCancellationRequested) break;
            Console.Error.WriteLine($"sitrep: round {n} done; the next at {DateTime.Now + interval:HH:mm:ss} (Ctrl-C stops).");
            if (stop.WaitHandle.WaitOne(interval)) break;
        }
        Console.Error.WriteLine("sitrep: stopped watching.");
        return 0;
    }

    /// <summary>Ctrl-C cancels the token (after which the command finishes its unit of work); a second Ctrl-C ends the process.</summary>
    internal static IDisposable OnCtrlC(CancellationTokenSource cts, string what)
    {
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (cts.IsCancellationRequested) return; // a second Ctrl-C ends the process at once
            e.Cancel = true;
            Console.Error.WriteLine($"sitrep: stopping after {what} (Ctrl-C again to abort) ...");
            cts.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        return new Unsubscribe(() => Console.CancelKeyPress -= onCancel);
    }

    private sealed class Unsubscribe(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    /// <summary>`ingest --broker`: read the inputs and queue each article for the workers; nothing is extracted or stored here.</summary>
    private static int Publish(ParseResult p, string[] inputs, string broker, string? publishedText, string? source, bool extracting, TimeSpan? every)
    {
        if (!CliRunner.TryParsePublished(publishedText, out var published)) return 2;
        if (p.GetValue(StoreOption) is not null)
        {
            CliRunner.Error("--store has no effect with --broker: the workers store the articles (sitrep worker --broker ... --store ...).");
            return 2;
        }
        if (extracting)
        {
            CliRunner.Error("--batch and --workers have no effect with --broker: each worker sets its own (sitrep worker --broker ... --batch N --threads N).");
            return 2;
        }
        using var cts = new CancellationTokenSource();
        using var _ = OnCtrlC(cts, "the current article");
        NatsArticleQueue queue;
        try { queue = NatsArticleQueue.ConnectAsync(broker).GetAwaiter().GetResult(); }
        catch (BrokerException e) { CliRunner.Error(e.ToString()); return e.Code == "E_BROKER_URL" ? 2 : 1; }
        try
        {
            using var fetcher = new HttpFetcher();
            var sources = new Sources(fetcher) { Watching = every is not null };
            return Rounds(every, cts.Token, () =>
            {
                var run = new BrokerProducer(queue, new IngestOptions { Published = published, Source = source });
                var diagnostics = new Diagnostics();
                run.Rejected += e => diagnostics.Report($"sitrep: rejected {e}");
                run.Warned += e => diagnostics.Report($"sitrep: warning: {e}");
                var g = run.Progress;
                var work = run.RunAsync(sources.ReadAsync(inputs, cts.Token), cts.Token);
                var outcome = WithProgress("ingest", work, () => $"read {g.Read}  queued {g.Queued}  already queued {g.AlreadyQueued}  rejected {g.Rejected}");
                diagnostics.Flush();
                sources.EndRound();
                Console.Error.WriteLine($"sitrep: {g.Queued} queued, {g.AlreadyQueued} already queued, {g.Rejected} rejected in {g.Clock.Elapsed.TotalSeconds:F1} s → {queue.Location} ({NatsArticleQueue.Subject})");
                if (outcome.BrokerError is { } be) { CliRunner.Error(be.ToString()); return (1, true); }
                if (outcome.Cancelled && every is null) Console.Error.WriteLine("sitrep: stopped; run the same command again to queue the rest (what is queued is not queued twice).");
                return (g.Rejected > 0 || outcome.Cancelled ? 1 : 0, false);
            });
        }
        finally { queue.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
    }

    private static int Run(ParseResult p, string[] inputs, string? storeSpec, int batch, int workers, string? publishedText, string? source, TimeSpan? every)
    {
        if (!CliRunner.TryParsePublished(publishedText, out var published)) return 2;
        if (batch < 1) { CliRunner.Error("--batch must be at least 1."); return 2; }

        IEventStore store;
        try { store = EventStores.Open(storeSpec); }
        catch (StoreException e) { CliRunner.Error(e.ToString()); return 1; }

        using var cts = new CancellationTokenSource();
        var ctrlC = OnCtrlC(cts, "the current batch");
        try
        {
            var pipeline = PipelineFactory.Create(GlobalOptions.DataDirectory(p));
            using var fetcher = new HttpFetcher();
            var sources = new Sources(fetcher) { Watching = every is not null };
            return Rounds(every, cts.Token, () =>
            {
                var run = new IngestPipeline(pipeline, store, new IngestOptions
                {
                    BatchSize = batch, Workers = Math.Max(1, workers), Published = published, Source = source,
                });
                var diagnostics = new Diagnostics();
                run.Rejected += e => diagnostics.Report($"sitrep: rejected {e}");
                run.Warned += e => diagnostics.Report($"sitrep: warning: {e}");
                int linksBefore = sources.LinksReadBefore;
                var work = run.RunAsync(sources.ReadAsync(inputs, cts.Token), cts.Token);
                var outcome = WithProgress("ingest", work, () => Describe(run.Progress));
                diagnostics.Flush();
                sources.EndRound();
                var notFetched = sources.LinksReadBefore - linksBefore;
                Console.Error.WriteLine(Summary(run.Progress, store.Location) + (notFetched > 0 ? $"; {notFetched} feed links read in an earlier round not fetched again" : ""));
                if (outcome.StoreError is { } se)
                {
                    CliRunner.Error(se.ToString());
                    return (1, true);
                }
                if (outcome.Cancelled && every is null) Console.Error.WriteLine("sitrep: stopped; run the same command again to continue where it stopped.");
                return (run.Progress.Rejected > 0 || outcome.Cancelled ? 1 : 0, false);
            });
        }
        catch (StoreException e)
        {
            CliRunner.Error(e.ToString());
            return 1;
        }
        finally
        {
            ctrlC.Dispose();
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    internal static string Describe(IngestProgress g) =>
        $"read {g.Read}  extracted {g.Extracted} ({g.ArticlesPerSecond:F0}/s)  stored {g.Stored}  already {g.Skipped + g.Duplicates}  rejected {g.Rejected}";

    internal static string Summary(IngestProgress g, string location) =>
        $"sitrep: {g.Stored} stored, {g.Skipped + g.Duplicates} already stored, {g.Rejected} rejected, {g.NearDuplicates} near-duplicates; " +
        $"{g.Events} events ({g.MergedEvents} new after merging) in {g.Clock.Elapsed.TotalSeconds:F1} s ({g.ArticlesPerSecond:F0} articles/s) → {location}";

    /// <summary>Waits for the work, showing <paramref name="describe"/> live on a terminal (nothing when stderr is redirected).</summary>
    internal static T WithProgress<T>(string name, Task<T> work, Func<string> describe)
    {
        if (Console.IsErrorRedirected) return work.GetAwaiter().GetResult();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(name, autoStart: true, maxValue: 1).IsIndeterminate();
                while (!work.IsCompleted)
                {
                    task.Description = describe();
                    ctx.Refresh();
                    work.Wait(250);
                }
                task.Value = 1;
            });
        return work.GetAwaiter().GetResult();
    }

    /// <summary>Diagnostic lines: printed at once, or held while a live progress display owns the terminal.</summary>
    internal sealed class Diagnostics
    {
        private readonly bool _live = !Console.IsErrorRedirected;
        private readonly List<string> _held = [];

        public void Report(string line)
        {
            if (_live) lock (_held) _held.Add(line);
            else Console.Error.WriteLine(line);
        }

        public void Flush()
        {
            lock (_held)
            {
                foreach (var line in _held) Console.Error.WriteLine(line);
                _held.Clear();
            }
        }
    }
}
