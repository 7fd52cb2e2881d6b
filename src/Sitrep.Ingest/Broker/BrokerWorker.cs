using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store;

namespace Sitrep.Ingest.Broker;

public sealed record WorkerOptions
{
    /// <summary>Articles fetched, extracted and committed together (one store transaction).</summary>
    public int BatchSize { get; init; } = 50;
    /// <summary>Extraction threads in this worker process.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Stop after taking this many messages (null: no limit).</summary>
    public long? MaxArticles { get; init; }
    /// <summary>Stop when the queue is empty and nothing delivered awaits an acknowledgement (else wait for more).</summary>
    public bool UntilEmpty { get; init; }
}

/// <summary>How a worker run ended: completed or stopped by the user after a committed batch, or failed at the store or broker.</summary>
public sealed record WorkerOutcome(bool Cancelled, StoreException? StoreError, BrokerException? BrokerError);

/// <summary>
/// `sitrep worker`: fetch a batch from the queue → extract (all threads) → commit to the store in one transaction →
/// acknowledge. A message is acknowledged only after its article is committed, so a worker killed at any point leaves
/// it queued for the next; stored article ids are skipped (asked of the store a batch at a time) and the store skips
/// them again on writing, so a redelivery never stores twice. An article the
/// pipeline cannot process (or a message that is no article) is reported and terminated: never delivered again, and
/// the rest go on. Cancellation is checked between batches: a stop finishes, commits and acknowledges the batch in hand.
/// </summary>
public sealed class BrokerWorker(SitrepPipeline pipeline, IEventStore store, IArticleQueue queue, WorkerOptions options)
{
    public IngestProgress Progress { get; } = new();

    /// <summary>Messages that could not be processed, as they happen (each is terminated).</summary>
    public event Action<InputError>? Rejected;

    public async Task<WorkerOutcome> RunAsync(CancellationToken stop)
    {
        try
        {
            await store.StoredIdsAsync([], CancellationToken.None); // a broken store fails here, before anything is taken
            long taken = 0;
            while (!stop.IsCancellationRequested)
            {
                var left = options.MaxArticles is { } max ? max - taken : long.MaxValue;
                if (left <= 0) break;
                var batch = await queue.FetchAsync((int)Math.Min(options.BatchSize, left), CancellationToken.None);
                if (batch.Count == 0)
                {
                    if (options.UntilEmpty && await queue.IsDrainedAsync(CancellationToken.None)) break;
                    continue;
                }
                taken += batch.Count;
                await ProcessAsync(batch);
            }
            return new WorkerOutcome(stop.IsCancellationRequested, null, null);
        }
        catch (StoreException e) { return new WorkerOutcome(stop.IsCancellationRequested, e, null); }
        catch (BrokerException e) { return new WorkerOutcome(stop.IsCancellationRequested, null, e); }
    }

    private async Task ProcessAsync(IReadOnlyList<IDelivery> batch)
    {
        var read = new List<(IDelivery Delivery, ArticleDocument Doc)>(batch.Count);
        foreach (var d in batch)
        {
            Progress.AddRead();
            if (d.Article is { } a) read.Add((d, a.ToDocument()));
            else await Terminate(d, d.Error!);
        }
        // Stored before, by this worker or another (a redelivery, or a re-publish after the broker's duplicate window):
        // done already. The store is asked for this batch's ids only, so a worker's memory does not grow with the record.
        var stored = await store.StoredIdsAsync(read.Select(r => r.Doc.Id).ToList(), CancellationToken.None);
        var work = new List<(IDelivery Delivery, ArticleDocument Doc)>(read.Count);
        foreach (var r in read)
        {
            if (stored.Contains(r.Doc.Id)) { Progress.AddSkipped(); await r.Delivery.AckAsync(); }
            else work.Add(r);
        }
        if (work.Count == 0) return;

        using var keepAlive = new CancellationTokenSource();
        var beat = KeepAliveAsync(work.Select(w => w.Delivery).ToList(), keepAlive.Token);
        var failed = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        try
        {
            await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, (w, _) =>
            {
                try { pipeline.Run(w.Doc); Progress.AddExtracted(); }
                catch (Exception ex) when (ex is not OperationCanceledException) { failed[w.Doc.Id] = ex.Message; }
                return ValueTask.CompletedTask;
            });
            var ok = work.Where(w => !failed.ContainsKey(w.Doc.Id)).ToList();
            if (ok.Count > 0)
            {
                Progress.Add(await store.WriteAsync(ok.Select(w => w.Doc).ToList(), CancellationToken.None));
            }
            keepAlive.Cancel();
            await beat;
            // After the commit only: an acknowledgement lost here means a redelivery, which the store skips.
            foreach (var w in ok) await w.Delivery.AckAsync();
            foreach (var w in work.Where(w => failed.ContainsKey(w.Doc.Id)))
                await Terminate(w.Delivery, new InputError(w.Doc.Name ?? w.Doc.Id, "E_PIPELINE", $"pipeline failed: {failed[w.Doc.Id]}"));
        }
        finally
        {
            keepAlive.Cancel();
            await beat;
        }
    }

    /// <summary>Tells the broker the batch is still being worked on, a few times per acknowledgement wait, until cancelled.</summary>
    private async Task KeepAliveAsync(IReadOnlyList<IDelivery> deliveries, CancellationToken ct)
    {
        var every = queue.AckWait / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, ct);
                foreach (var d in deliveries) await d.InProgressAsync(ct);
            }
        }
        catch (OperationCanceledException) { }
        catch (BrokerException) { } // the fetch or the acknowledgements after the commit report a lost broker
    }

    private async Task Terminate(IDelivery d, InputError e)
    {
        Progress.AddRejected();
        Rejected?.Invoke(e);
        await d.TerminateAsync();
    }
}
