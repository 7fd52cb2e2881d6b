using Sitrep.Core.Model;
using Sitrep.Ingest.Broker;

namespace Sitrep.Ingest.Tests;

/// <summary>
/// An in-memory article queue for the worker's ordering rules: delivers in order, and records each acknowledgement
/// with whether the article was already in the store at that moment (asked through <paramref name="isStored"/>).
/// </summary>
internal sealed class FakeQueue(Func<string, Task<bool>> isStored) : IArticleQueue
{
    private readonly Queue<(RawArticle Article, string Id)> _pending = new();
    private readonly Func<string, Task<bool>> _isStored = isStored;

    public List<string> Acked { get; } = [];
    public List<string> AckedBeforeStored { get; } = [];
    public List<string> Terminated { get; } = [];

    /// <summary>Runs before each fetch with the fetch's number (from 0): what other workers do in between.</summary>
    public Func<int, Task>? BeforeFetch { get; set; }
    private int _fetches;

    public string Location => "memory";
    public TimeSpan AckWait => TimeSpan.FromMinutes(1);

    public Task<PublishResult> PublishAsync(RawArticle article, string id, CancellationToken ct = default)
    {
        _pending.Enqueue((article, id));
        return Task.FromResult(new PublishResult(PublishOutcome.Queued, article.Text.Length));
    }

    public async Task<IReadOnlyList<IDelivery>> FetchAsync(int max, CancellationToken ct = default)
    {
        if (BeforeFetch is { } before) await before(_fetches);
        _fetches++;
        var list = new List<IDelivery>();
        while (list.Count < max && _pending.TryDequeue(out var p)) list.Add(new Delivery(p.Article, p.Id, this));
        return list;
    }

    public Task<bool> IsDrainedAsync(CancellationToken ct = default) => Task.FromResult(_pending.Count == 0);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Delivery(RawArticle article, string id, FakeQueue queue) : IDelivery
    {
        public RawArticle? Article => article;
        public InputError? Error => null;

        public async Task AckAsync(CancellationToken ct = default)
        {
            if (!await queue._isStored(id)) lock (queue) queue.AckedBeforeStored.Add(id);
            lock (queue) queue.Acked.Add(id);
        }

        public Task TerminateAsync(CancellationToken ct = default)
        {
            lock (queue) queue.Terminated.Add(id);
            return Task.CompletedTask;
        }

        public Task InProgressAsync(CancellationToken ct = default) => Task.CompletedTask;
    }
}
