using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Ingest.Broker;

/// <summary>
/// The work queue between `sitrep ingest --broker` (producer) and `sitrep worker` (consumers): articles go in
/// whole (text and metadata, not a path another machine cannot read), deduplicated by article id; each is
/// delivered to one worker at a time and comes back if that worker does not acknowledge it. Implementation:
/// <see cref="NatsArticleQueue"/> (NATS JetStream).
/// </summary>
public interface IArticleQueue : IAsyncDisposable
{
    /// <summary>Where the queue lives, for messages ("nats://127.0.0.1:4222").</summary>
    string Location { get; }

    /// <summary>Queues an article under its id; an id already queued is not queued again.</summary>
    Task<PublishResult> PublishAsync(RawArticle article, string id, CancellationToken ct = default);

    /// <summary>Up to <paramref name="max"/> deliveries, waiting a moment for the first; empty when none came.</summary>
    Task<IReadOnlyList<IDelivery>> FetchAsync(int max, CancellationToken ct = default);

    /// <summary>True when nothing is left to deliver and nothing delivered waits for an acknowledgement.</summary>
    Task<bool> IsDrainedAsync(CancellationToken ct = default);

    /// <summary>How long a delivery may go unacknowledged before the queue gives it to another worker.</summary>
    TimeSpan AckWait { get; }
}

public enum PublishOutcome { Queued, AlreadyQueued, TooLarge }

/// <param name="Bytes">Size of the message; with <see cref="PublishOutcome.TooLarge"/>, <paramref name="Limit"/> is the broker's maximum.</param>
public sealed record PublishResult(PublishOutcome Outcome, long Bytes, long Limit = 0);

/// <summary>One delivery of a queued article to this worker.</summary>
public interface IDelivery
{
    /// <summary>The article, or null when the message is not one (<see cref="Error"/> says why).</summary>
    RawArticle? Article { get; }
    InputError? Error { get; }

    /// <summary>Done: the article is committed to the store. Never before, so a crash before the commit redelivers it.</summary>
    Task AckAsync(CancellationToken ct = default);

    /// <summary>Never deliver it again: it cannot be processed (a poison message).</summary>
    Task TerminateAsync(CancellationToken ct = default);

    /// <summary>Still working on it: restarts the acknowledgement clock so a long batch is not redelivered meanwhile.</summary>
    Task InProgressAsync(CancellationToken ct = default);
}

/// <summary>An expected broker failure (unreachable, lost, misconfigured), with a stable code and what to do.</summary>
public sealed class BrokerException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
    public override string ToString() => $"{Message} [{Code}]";
}

/// <summary>The wire form of an article: JSON of its text and what the source said about it.</summary>
internal static class ArticleMessage
{
    private sealed record Wire(string Name, string Text, string? Source, string? Url, DateOnly? Published, string? Title, string? Id);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Encode(RawArticle a) =>
        JsonSerializer.SerializeToUtf8Bytes(new Wire(a.Name, a.Text, a.Source, a.Url, a.Published, a.Title, a.Id), Json);

    /// <summary>The article, or an error naming the message when its bytes are not one (a foreign publisher, a damaged message).</summary>
    public static (RawArticle? Article, InputError? Error) Decode(ReadOnlySpan<byte> data, string label)
    {
        try
        {
            var w = JsonSerializer.Deserialize<Wire>(data, Json);
            if (w is null || w.Text is null) return (null, new InputError(label, "E_MESSAGE", "not a sitrep article message (no \"text\")"));
            return (new RawArticle(w.Name ?? label, w.Text, w.Source, w.Url, w.Published, w.Title, w.Id), null);
        }
        catch (JsonException e)
        {
            return (null, new InputError(label, "E_MESSAGE", $"not a sitrep article message: {e.Message}"));
        }
    }
}
