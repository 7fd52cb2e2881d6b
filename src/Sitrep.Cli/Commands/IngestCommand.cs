using System.CommandLine;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Ingest;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class IngestCommand
{
    public static readonly Option<string?> StoreOption = new("--store")
    {
        Description = "Where the record lives: sqlite:PATH (default sitrep.db here) or postgres://user:password@host:port/db (default: SITREP_STORE).",
    };

    public static Command Create()
    {
        var inputs = new Argument<string[]>("input") { Description = "Files, directories (recursive: .txt .html .json .jsonl .gz .rss .atom .xml), feed or page URLs, or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var batch = new Option<int>("--batch") { Description = "Articles per transaction (default 200).", DefaultValueFactory = _ => 200 };
        var workers = new Option<int>("--workers") { Description = "Extraction threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that do not carry one." };
        var source = new Option<string?>("--source") { Description = "Outlet name for inputs that do not carry one." };
        var cmd = new Command("ingest", "Extract articles and store them with their events in the record; idempotent, resumable, Ctrl-C stops after the current batch.")
        {
            inputs, StoreOption, batch, workers, published, source,
        };
        cmd.SetAction(p => Run(p, p.GetValue(inputs)!, p.GetValue(StoreOption), p.GetValue(batch), p.GetValue(workers), p.GetValue(published), p.GetValue(source)));
        return cmd;
    }

    private static int Run(ParseResult p, string[] inputs, string? storeSpec, int batch, int workers, string? publishedText, string? source)
    {
        if (!CliRunner.TryParsePublished(publishedText, out var published)) return 2;
        if (batch < 1) { CliRunner.Error("--batch must be at least 1."); return 2; }

        IEventStore store;
        try { store = EventStores.Open(storeSpec); }
        catch (StoreException e) { CliRunner.Error(e.ToString()); return 1; }

        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (cts.IsCancellationRequested) return; // a second Ctrl-C ends the process at once
            e.Cancel = true;
            Console.Error.WriteLine("sitrep: stopping after the current batch (Ctrl-C again to abort) ...");
            cts.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var pipeline = PipelineFactory.Create(GlobalOptions.DataDirectory(p));
            using var fetcher = new HttpFetcher();
            var run = new IngestPipeline(pipeline, store, new IngestOptions
            {
                BatchSize = batch, Workers = Math.Max(1, workers), Published = published, Source = source,
            });
            var live = !Console.IsErrorRedirected;
            // Under the live progress display, diagnostics wait until it is gone.
            var diagnostics = new List<string>();
            void Report(string line)
            {
                if (live) lock (diagnostics) diagnostics.Add(line);
                else Console.Error.WriteLine(line);
            }
            run.Rejected += e => Report($"sitrep: rejected {e}");
            run.Warned += e => Report($"sitrep: warning: {e}");
            var work = run.RunAsync(new Sources(fetcher).ReadAsync(inputs, cts.Token), cts.Token);
            IngestOutcome outcome;
            if (live) outcome = ShowProgress(run.Progress, work);
            else outcome = work.GetAwaiter().GetResult();
            foreach (var line in diagnostics) Console.Error.WriteLine(line);

            var g = run.Progress;
            Console.Error.WriteLine(
                $"sitrep: {g.Stored} stored, {g.Skipped + g.Duplicates} already stored, {g.Rejected} rejected, {g.NearDuplicates} near-duplicates; " +
                $"{g.Events} events ({g.MergedEvents} new after merging) in {g.Clock.Elapsed.TotalSeconds:F1} s ({g.ArticlesPerSecond:F0} articles/s) → {store.Location}");
            if (outcome.StoreError is { } se)
            {
                CliRunner.Error(se.ToString());
                return 1;
            }
            if (outcome.Cancelled) Console.Error.WriteLine("sitrep: stopped; run the same command again to continue where it stopped.");
            return g.Rejected > 0 || outcome.Cancelled ? 1 : 0;
        }
        catch (StoreException e)
        {
            CliRunner.Error(e.ToString());
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static IngestOutcome ShowProgress(IngestProgress g, Task<IngestOutcome> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingest", autoStart: true, maxValue: 1).IsIndeterminate();
                while (!work.IsCompleted)
                {
                    task.Description = $"read {g.Read}  extracted {g.Extracted} ({g.ArticlesPerSecond:F0}/s)  stored {g.Stored}  already {g.Skipped + g.Duplicates}  rejected {g.Rejected}";
                    ctx.Refresh();
                    work.Wait(250);
                }
                task.Value = 1;
            });
        return work.GetAwaiter().GetResult();
    }
}
