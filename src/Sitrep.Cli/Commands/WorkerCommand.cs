using System.CommandLine;
using System.Runtime.InteropServices;
using Sitrep.Extraction;
using Sitrep.Ingest.Broker;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep worker`: takes articles that `ingest --broker` queued, extracts them and stores them; run as many as you like.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var broker = new Option<string>("--broker") { Description = "NATS JetStream server to take articles from: nats://HOST:PORT.", Required = true };
        var batch = new Option<int>("--batch") { Description = "Articles taken, extracted and committed together (default 50).", DefaultValueFactory = _ => 50 };
        var threads = new Option<int>("--threads") { Description = "Extraction threads in this worker (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var max = new Option<long?>("--max-articles") { Description = "Stop after taking this many articles." };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Stop when the queue is empty (default: wait for more until Ctrl-C)." };
        var cmd = new Command("worker", "Take queued articles from the broker, extract them and store them; acknowledged after the commit, so a killed worker loses nothing and redelivery never stores twice. Ctrl-C stops after the current batch.")
        {
            broker, IngestCommand.StoreOption, batch, threads, max, untilEmpty,
        };
        cmd.SetAction(p => Run(p, p.GetValue(broker)!, p.GetValue(IngestCommand.StoreOption), new WorkerOptions
        {
            BatchSize = p.GetValue(batch), Threads = Math.Max(1, p.GetValue(threads)), MaxArticles = p.GetValue(max), UntilEmpty = p.GetValue(untilEmpty),
        }));
        return cmd;
    }

    private static int Run(ParseResult p, string brokerUrl, string? storeSpec, WorkerOptions options)
    {
        if (options.BatchSize < 1) { CliRunner.Error("--batch must be at least 1."); return 2; }
        if (options.MaxArticles < 1) { CliRunner.Error("--max-articles must be at least 1."); return 2; }
        try { NatsArticleQueue.CheckUrl(brokerUrl); }
        catch (BrokerException e) { CliRunner.Error(e.ToString()); return 2; }

        IEventStore store;
        try { store = EventStores.Open(storeSpec); }
        catch (StoreException e) { CliRunner.Error(e.ToString()); return 1; }
        using var cts = new CancellationTokenSource();
        var ctrlC = IngestCommand.OnCtrlC(cts, "the current batch");
        // SIGTERM (systemd, docker stop, kill) stops a worker as Ctrl-C does; a second one ends it at once.
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            if (cts.IsCancellationRequested) return;
            c.Cancel = true;
            Console.Error.WriteLine("sitrep: stopping after the current batch (SIGTERM) ...");
            cts.Cancel();
        });
        NatsArticleQueue? queue = null;
        try
        {
            // The pipeline first (seconds of loading), so the worker takes no message it cannot yet work on.
            var pipeline = PipelineFactory.Create(GlobalOptions.DataDirectory(p));
            queue = NatsArticleQueue.ConnectAsync(brokerUrl).GetAwaiter().GetResult();
            var run = new BrokerWorker(pipeline, store, queue, options);
            var diagnostics = new IngestCommand.Diagnostics();
            run.Rejected += e => diagnostics.Report($"sitrep: rejected {e}");
            var work = run.RunAsync(cts.Token);
            var outcome = IngestCommand.WithProgress("worker", work, () => IngestCommand.Describe(run.Progress));
            diagnostics.Flush();
            Console.Error.WriteLine(IngestCommand.Summary(run.Progress, store.Location) + $" ← {queue.Location}");
            if (outcome.StoreError is { } se) { CliRunner.Error(se.ToString()); return 1; }
            if (outcome.BrokerError is { } be) { CliRunner.Error(be.ToString()); return 1; }
            // A stop is the normal end of a worker that waits for more; what is queued stays for the next one.
            return run.Progress.Rejected > 0 ? 1 : 0;
        }
        catch (BrokerException e) { CliRunner.Error(e.ToString()); return 1; }
        catch (StoreException e) { CliRunner.Error(e.ToString()); return 1; }
        finally
        {
            ctrlC.Dispose();
            queue?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
