using System.Diagnostics;
using System.Threading.Channels;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store;
using Sitrep.Text.Reading;

namespace Sitrep.Ingest;

/// <summary>Live counters of an ingest run (read by the progress display while the run goes on).</summary>
public sealed class IngestProgress
{
    private long _read, _rejected, _skipped, _extracted, _stored, _duplicates, _nearDuplicates, _events, _merged;
    public long Read => Interlocked.Read(ref _read);
    public long Rejected => Interlocked.Read(ref _rejected);
    /// <summary>Already in the store before this run (skipped before extraction).</summary>
    public long Skipped => Interlocked.Read(ref _skipped);
    public long Extracted => Interlocked.Read(ref _extracted);
    public long Stored => Interlocked.Read(ref _stored);
    public long Duplicates => Interlocked.Read(ref _duplicates);
    public long NearDuplicates => Interlocked.Read(ref _nearDuplicates);
    public long Events => Interlocked.Read(ref _events);
    public long MergedEvents => Interlocked.Read(ref _merged);
    public Stopwatch Clock { get; } = Stopwatch.StartNew();
    public double ArticlesPerSecond => Extracted / Math.Max(1e-3, Clock.Elapsed.TotalSeconds);

    internal void AddRead() => Interlocked.Increment(ref _read);
    internal void AddRejected() => Interlocked.Increment(ref _rejected);
    internal void AddSkipped() => Interlocked.Increment(ref _skipped);
    internal void AddExtracted() => Interlocked.Increment(ref _extracted);
    internal void Add(BatchResult r)
    {
        Interlocked.Add(ref _stored, r.Stored);
        Interlocked.Add(ref _duplicates, r.Duplicates);
        Interlocked.Add(ref _nearDuplicates, r.NearDuplicates);
        Interlocked.Add(ref _events, r.Events);
        Interlocked.Add(ref _merged, r.NewMergedEvents);
    }
}

public sealed record IngestOptions
{
    public int BatchSize { get; init; } = 200;
    public int Workers { get; init; } = Environment.ProcessorCount;
    public DateOnly? Published { get; init; }
    public string? Source { get; init; }

    /// <summary>The article with the run's publication date and source where it has none of its own.</summary>
    public RawArticle Defaults(RawArticle a)
    {
        if (Published is not null && a.Published is null) a = a with { Published = Published };
        if (Source is not null && a.Source is null) a = a with { Source = Source };
        return a;
    }
}

/// <summary>How a run ended: completed, stopped by the user after a committed batch, or failed at the store.</summary>
public sealed record IngestOutcome(bool Cancelled, StoreException? StoreError);

/// <summary>
/// read → extract (all cores) → write (batches, one transaction each), joined by bounded channels so a slow
/// stage holds the faster ones back instead of filling memory. Articles already stored are skipped before
/// extraction, which makes a rerun after a crash or Ctrl-C resume where it stopped. Cancellation stops
/// reading and extraction at once; whatever was extracted is still committed, so a stop never leaves a
/// half-written batch.
/// </summary>
public sealed class IngestPipeline(SitrepPipeline pipeline, IEventStore store, IngestOptions options)
{
    /// <summary>Most articles read before the store is asked which of them it holds.</summary>
    private const int LookupChunk = 64;

    public IngestProgress Progress { get; } = new();

    /// <summary>Inputs that could not be read or extracted, as they happen (the CLI prints each on stderr).</summary>
    public event Action<InputError>? Rejected;

    /// <summary>Inputs read with a recoverable problem (a publication date that is no date, a Windows-1252 fallback).</summary>
    public event Action<InputError>? Warned;

    public async Task<IngestOutcome> RunAsync(IAsyncEnumerable<ArticleReader.Result> inputs, CancellationToken stop)
    {
        await store.StoredIdsAsync([], CancellationToken.None); // a broken store fails here, before anything is read
        var raw = Channel.CreateBounded<ArticleDocument>(new BoundedChannelOptions(options.Workers * 16) { SingleWriter = true });
        var done = Channel.CreateBounded<ArticleDocument>(new BoundedChannelOptions(options.BatchSize * 2) { SingleReader = true });
        using var failed = new CancellationTokenSource();
        using var readStop = CancellationTokenSource.CreateLinkedTokenSource(stop, failed.Token);
        StoreException? storeError = null;

        var reader = Task.Run(async () =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new List<ArticleDocument>(LookupChunk);
            try
            {
                try
                {
                    await foreach (var r in inputs.WithCancellation(readStop.Token))
                    {
                        Progress.AddRead();
                        if (r.Warning is { } w) Warned?.Invoke(w);
                        if (r.Error is { } e) { Reject(e); continue; }
                        var doc = options.Defaults(r.Article!).ToDocument();
                        // Same text from two paths, a feed and a file: read once.
                        if (!seen.Add(doc.Id)) { Progress.AddSkipped(); continue; }
                        pending.Add(doc);
                        // A chunk at a time while the extractors have work queued; at once when they wait (a slow
                        // stream, `tail -f dump.jsonl | sitrep ingest -`, is not held back for 64 articles).
                        if (pending.Count == LookupChunk || raw.Reader.Count == 0) await Forward();
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Xml.XmlException or FormatException or NotSupportedException)
                {
                    // An input that breaks its reader ends reading, as a diagnostic; what was read is still stored.
                    Reject(new InputError("<input>", "E_READ", $"reading stopped: {e.Message}"));
                }
                await Forward();
            }
            catch (OperationCanceledException) { }
            catch (StoreException e)
            {
                // The store cannot say what it holds: stop reading; what was extracted is still offered to it.
                storeError ??= e;
                failed.Cancel();
            }
            finally { raw.Writer.Complete(); }

            // Stored by an earlier run: skipped before extraction. The store is asked a chunk of ids at a time, so
            // memory does not grow with the record.
            async Task Forward()
            {
                if (pending.Count == 0) return;
                var stored = await store.StoredIdsAsync(pending.Select(d => d.Id).ToList(), CancellationToken.None);
                foreach (var doc in pending)
                {
                    if (stored.Contains(doc.Id)) Progress.AddSkipped();
                    else await raw.Writer.WriteAsync(doc, readStop.Token);
                }
                pending.Clear();
            }
        });

        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Run(async () =>
        {
            try
            {
                await foreach (var doc in raw.Reader.ReadAllAsync(readStop.Token))
                {
                    try { pipeline.Run(doc); }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        Reject(new InputError(doc.Name ?? doc.Id, "E_PIPELINE", $"pipeline failed: {ex.Message}"));
                        continue;
                    }
                    Progress.AddExtracted();
                    await done.Writer.WriteAsync(doc, failed.Token);
                }
            }
            catch (OperationCanceledException) { }
        })).ToArray();
        var closer = Task.WhenAll(workers).ContinueWith(_ => done.Writer.Complete(), TaskScheduler.Default);

        var batch = new List<ArticleDocument>(options.BatchSize);
        try
        {
            await foreach (var doc in done.Reader.ReadAllAsync(CancellationToken.None))
            {
                batch.Add(doc);
                if (batch.Count >= options.BatchSize) await Flush();
            }
            await Flush();
        }
        catch (StoreException e)
        {
            storeError ??= e;
            failed.Cancel();
            // Drain so the workers and the reader can finish.
            while (done.Reader.TryRead(out _)) { }
        }
        await Task.WhenAll(reader, closer);
        return new IngestOutcome(stop.IsCancellationRequested, storeError);

        async Task Flush()
        {
            if (batch.Count == 0) return;
            // Not cancellable: a batch is committed whole or not at all.
            Progress.Add(await store.WriteAsync(batch, CancellationToken.None));
            batch.Clear();
        }
    }

    private void Reject(InputError e)
    {
        Progress.AddRejected();
        Rejected?.Invoke(e);
    }
}
