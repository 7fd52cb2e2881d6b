using Sitrep.Core.Model;

namespace Sitrep.Store;

/// <summary>What one batch write did. Every article of a batch is committed together or not at all.</summary>
public sealed record BatchResult(int Stored, int Duplicates, int NewVersions, int NearDuplicates, int Events, int NewMergedEvents)
{
    public static readonly BatchResult Empty = new(0, 0, 0, 0, 0, 0);

    public BatchResult Add(BatchResult o) => new(Stored + o.Stored, Duplicates + o.Duplicates, NewVersions + o.NewVersions,
        NearDuplicates + o.NearDuplicates, Events + o.Events, NewMergedEvents + o.NewMergedEvents);
}

/// <summary>An article as stored: its document (with every layer it was stored with) and its version history.</summary>
public sealed record StoredArticle(ArticleDocument Document, int Version, string? PreviousId, string? DuplicateOf, DateTimeOffset Fetched);

/// <summary>A stored article without its text and layers; <see cref="Events"/> is how many events were extracted from it.</summary>
public sealed record ArticleSummary(
    string Id, string? Url, string? Source, DateOnly? Published, string? Title, int Version, string? DuplicateOf, DateTimeOffset Fetched, int Events);

/// <summary>Filters for browsing articles; null means "any". <see cref="Source"/> is the outlet's name, exactly.</summary>
public sealed record ArticleQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Source { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}

/// <summary>Where a merged event happened, as the first report that placed it said.</summary>
public sealed record EventPlace(string Name, string Country, string? Admin1, double Lat, double Lon, PlacePrecision Precision, long? GeonameId);

/// <summary>One source's figure attached to a merged event: the numbers, who reported them and the words.</summary>
public sealed record FigureReport(
    FigureKind Kind, long? Low, long? Best, long? High, Qualifier Qualifier, string? Claimant,
    string ArticleId, string Outlet, int Start, int End, string Text);

/// <summary>
/// A reconciled toll: <see cref="Low"/> is the highest credible lower bound, <see cref="High"/> the highest
/// upper bound any source gave, each with the outlet that reported it.
/// </summary>
public sealed record TollRange(FigureKind Kind, long? Low, string? LowBy, long? High, string? HighBy, int Reports);

/// <summary>One report of a merged event: the article, its outlet and the words that say it happened.</summary>
public sealed record Mention(
    long EventId, string ArticleId, int EventOrd, string Outlet, string? Url, DateOnly? Published,
    int SentenceStart, int SentenceEnd, int Start, int End, string Sentence, bool Duplicate);

/// <summary>
/// An event as the record keeps it: reports of the same incident (same actors' country and role, root code,
/// day ± 1 and place) merged into one, with GDELT's counts: mentions (every report, repeats included),
/// sources (distinct outlets) and articles (distinct documents).
/// </summary>
public sealed record MergedEvent
{
    public required long Id { get; init; }
    public DateOnly? Day { get; init; }
    /// <summary>
    /// How much of <see cref="Day"/> the text gave: null for a day, else "week", "month", "season", "year", "decade", "century", or "span" (an event dated only by the stretch of
    /// its running total: a war retold) (the day is the
    /// period's first: "in September 2022" in a 2025 article is 2022-09-01, month), as ACLED's time_precision.
    /// </summary>
    public string? DayPrecision { get; init; }
    public required string Source { get; init; }
    public string? SourceName { get; init; }
    public required string Target { get; init; }
    public string? TargetName { get; init; }
    public required string Code { get; init; }
    public string Root => Code.Length >= 2 ? Code[..2] : Code;
    public int QuadClass { get; init; }
    public double Goldstein { get; init; }
    public string Plover { get; init; } = "";
    public EventPlace? Place { get; init; }
    public int NumMentions { get; init; }
    public int NumSources { get; init; }
    public int NumArticles { get; init; }
    public string? FirstUrl { get; init; }
    public string? FirstSource { get; init; }
    public required string Evidence { get; init; }
    public IReadOnlyList<TollRange> Tolls { get; init; } = [];
    public IReadOnlyList<FigureReport> Figures { get; init; } = [];
    public DateTimeOffset Added { get; init; }

    public TollRange? Toll(FigureKind kind) => Tolls.FirstOrDefault(t => t.Kind == kind);

    public static string CountryOf(string code) => code.Length >= 3 ? code[..3] : code;
    public static string RoleOf(string code) => code.Length > 3 ? code[3..Math.Min(6, code.Length)] : "";
}

/// <summary>Filters of `sitrep query` / `export`; null means "any".</summary>
public sealed record EventQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>ISO 3166 alpha-2 matches where it happened; alpha-3 (CAMEO) matches either actor's country.</summary>
    public string? Country { get; init; }
    /// <summary>Actor code prefix (SYR, SYRMIL) matched against source or target.</summary>
    public string? Actor { get; init; }
    /// <summary>CAMEO code prefix: "19" matches 190, 193, 1951.</summary>
    public string? Code { get; init; }
    public string? Root { get; init; }
    public int? QuadClass { get; init; }
    /// <summary>PLOVER event type (ASSAULT, PROTEST, AID), upper case: the newer ontology's coarse classes of an event.</summary>
    public string? Plover { get; init; }
    public (double MinLon, double MinLat, double MaxLon, double MaxLat)? BoundingBox { get; init; }
    public (double Lat, double Lon, double Km)? Radius { get; init; }
    public string? Text { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}

/// <summary>The number of selected events of one day (null: undated), CAMEO root code and country where it happened (null: unplaced).</summary>
public sealed record EventCount(DateOnly? Day, string Root, string? Country, long Count);

public sealed record StoreStats(long Articles, long Events, long MergedEvents, long Mentions, long Sources, int SchemaVersion);

/// <summary>An expected store failure (locked, read-only, unreachable) with a stable code and what to do.</summary>
public sealed class StoreException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
    public override string ToString() => $"{Message} [{Code}]";
}
