using Sitrep.Core.Model;

namespace Sitrep.Store;

/// <summary>
/// The record: articles with every layer, merged events and their mentions. Writes are idempotent by
/// article id (content hash) and atomic per batch, so a killed ingest resumes without duplicates or
/// half-written rows. Implementations: SQLite (embedded default) and PostgreSQL; one test suite runs on both.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>Where the store lives, for messages ("sqlite:/data/sitrep.db").</summary>
    string Location { get; }

    /// <summary>
    /// Which of these article ids are stored, so an ingest or a worker can skip extracting them. Asked a batch at a
    /// time, so neither memory nor start-up grows with the record, and a worker sees what other workers stored since.
    /// Asking for no ids still opens the store (and migrates it), so a run can find a broken store before reading.
    /// </summary>
    Task<HashSet<string>> StoredIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Stores the batch in one transaction and merges its events into the record.</summary>
    Task<BatchResult> WriteAsync(IReadOnlyList<ArticleDocument> batch, CancellationToken ct = default);

    Task<StoredArticle?> LoadArticleAsync(string id, CancellationToken ct = default);

    /// <summary>Stored articles without their layers, newest published first: for browsing (the HTTP API).</summary>
    Task<IReadOnlyList<ArticleSummary>> ArticlesAsync(ArticleQuery query, CancellationToken ct = default);

    Task<IReadOnlyList<StoredArticle>> VersionsAsync(string url, CancellationToken ct = default);

    Task<IReadOnlyList<MergedEvent>> QueryAsync(EventQuery query, CancellationToken ct = default);

    /// <summary>How many events the query selects (its limit and offset ignored), per day, root code and country: for timelines.</summary>
    Task<IReadOnlyList<EventCount>> CountAsync(EventQuery query, CancellationToken ct = default);

    Task<MergedEvent?> GetEventAsync(long id, CancellationToken ct = default);

    Task<IReadOnlyList<Mention>> MentionsAsync(long eventId, CancellationToken ct = default);

    /// <summary>Mentions of many events (export), keyed by event id; fetched a few hundred events per query, not one by one.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<Mention>>> MentionsAsync(IReadOnlyCollection<long> eventIds, CancellationToken ct = default);

    /// <summary>Every source's figures of many events, keyed by event id; fetched a few hundred events per query.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<FigureReport>>> FiguresAsync(IReadOnlyCollection<long> eventIds, CancellationToken ct = default);

    Task<StoreStats> StatsAsync(CancellationToken ct = default);

    /// <summary>Bulk-loads already merged events (benchmarks, imports); one transaction per call.</summary>
    Task BulkInsertEventsAsync(IEnumerable<MergedEvent> events, CancellationToken ct = default);
}
