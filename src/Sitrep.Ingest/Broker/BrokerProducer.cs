using Sitrep.Core.Model;
using Sitrep.Text.Reading;

namespace Sitrep.Ingest.Broker;

/// <summary>Live counters of a publishing run.</summary>
public sealed class PublishProgress
{
    private long _read, _queued, _already, _rejected;
    public long Read => Interlocked.Read(ref _read);
    public long Queued => Interlocked.Read(ref _queued);
    /// <summary>Already in the queue (same article id published before, within the broker's duplicate window).</summary>
    public long AlreadyQueued => Interlocked.Read(ref _already);
    public long Rejected => Interlocked.Read(ref _rejected);
    public System.Diagnostics.Stopwatch Clock { get; } = System.Diagnostics.Stopwatch.StartNew();

    internal void AddRead() => Interlocked.Increment(ref _read);
    internal void AddQueued() => Interlocked.Increment(ref _queued);
    internal void AddAlreadyQueued() => Interlocked.Increment(ref _already);
    internal void AddRejected() => Interlocked.Increment(ref _rejected);
}

/// <summary>How a publishing run ended: completed, stopped by the user, or cut off by the broker.</summary>
public sealed record PublishRunOutcome(bool Cancelled, BrokerException? BrokerError);

/// <summary>
/// `sitrep ingest --broker`: reads inputs as ingest does and queues each article for the workers instead of
/// extracting it here. The article id (content hash, or the id a JSONL line gives) is the message id, so
/// publishing the same inputs twice queues each article once.
/// </summary>
public sealed class BrokerProducer(IArticleQueue queue, IngestOptions options)
{
    public PublishProgress Progress { get; } = new();

    public event Action<InputError>? Rejected;
    public event Action<InputError>? Warned;

    public async Task<PublishRunOutcome> RunAsync(IAsyncEnumerable<ArticleReader.Result> inputs, CancellationToken stop)
    {
        try
        {
            await foreach (var r in inputs.WithCancellation(stop))
            {
                Progress.AddRead();
                if (r.Warning is { } w) Warned?.Invoke(w);
                if (r.Error is { } e) { Reject(e); continue; }
                var a = options.Defaults(r.Article!);
                var id = a.ToDocument().Id;
                // Not cancellable once sent: an article is queued or not, and the count says which.
                var p = await queue.PublishAsync(a, id, CancellationToken.None);
                switch (p.Outcome)
                {
                    case PublishOutcome.Queued: Progress.AddQueued(); break;
                    case PublishOutcome.AlreadyQueued: Progress.AddAlreadyQueued(); break;
                    default:
                        Reject(new InputError(a.Name, "E_TOO_LARGE",
                            $"the article is {Kb(p.Bytes)} as a message, over the broker's limit of {Kb(p.Limit)} (nats-server max_payload); raise max_payload or ingest it without --broker"));
                        break;
                }
            }
        }
        catch (OperationCanceledException) { }
        catch (BrokerException e) { return new PublishRunOutcome(stop.IsCancellationRequested, e); }
        return new PublishRunOutcome(stop.IsCancellationRequested, null);
    }

    private static string Kb(long bytes) => $"{(bytes + 1023) / 1024:N0} KB";

    private void Reject(InputError e)
    {
        Progress.AddRejected();
        Rejected?.Invoke(e);
    }
}
