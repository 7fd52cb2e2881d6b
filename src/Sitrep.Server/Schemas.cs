namespace Sitrep.Server;

// The shapes of the main answers, for /openapi.json only: the endpoints write their JSON with the exporters' writers
// (so the API says what `sitrep export` says), and these records describe it. Property names become snake_case in the
// document (SitrepServer.Build sets the naming policy); a test checks each against a real answer, so they cannot drift.

/// <summary>One page of GET /api/events.</summary>
internal sealed record EventsPage(int Offset, int Limit, int? Next, IReadOnlyList<EventSummary> Events);

/// <summary>A merged event as the JSONL export writes it, with its id.</summary>
internal record EventSummary(
    long Id, string? Date, string? DatePrecision, string? Source, string? SourceName, string? Target, string? TargetName,
    string Code, string Root, int QuadClass, double Goldstein, string? Plover, string? Place, string? Country, string? Admin1,
    double? Lat, double? Lon, string? Precision, int NumMentions, int NumSources, int NumArticles, string? FirstUrl,
    string? FirstSource, string Evidence, IReadOnlyList<TollSchema> Tolls);

/// <summary>One kind of toll across sources: the lowest and highest reported and who reported them.</summary>
internal sealed record TollSchema(string Kind, long? Low, string? LowBy, long? High, string? HighBy, int Reports);

/// <summary>GET /api/events/{id}: the event, every source's figures and every mention.</summary>
internal sealed record EventView(
    long Id, string? Date, string? DatePrecision, string? Source, string? SourceName, string? Target, string? TargetName,
    string Code, string Root, int QuadClass, double Goldstein, string? Plover, string? Place, string? Country, string? Admin1,
    double? Lat, double? Lon, string? Precision, int NumMentions, int NumSources, int NumArticles, string? FirstUrl,
    string? FirstSource, string Evidence, IReadOnlyList<TollSchema> Tolls, IReadOnlyList<FigureSchema> Figures,
    IReadOnlyList<MentionSchema> Mentions);

/// <summary>One source's figure: its kind, bounds, who claimed it, and its words (offsets into the article's text).</summary>
internal sealed record FigureSchema(
    string Kind, long? Low, long? Best, long? High, string? Qualifier, string? Claimant, string Outlet, string Article,
    int Start, int End, string Text);

/// <summary>One mention: the article, its outlet, and the evidence and sentence as offsets into the article's text.</summary>
internal sealed record MentionSchema(
    string Article, string Outlet, string? Url, string? Published, int Start, int End, int SentenceStart, int SentenceEnd,
    string Sentence, bool Duplicate);

/// <summary>GET /api/stats.</summary>
internal sealed record StatsSchema(
    long Articles, long ExtractedEvents, long MergedEvents, long Mentions, long Sources, long Matched,
    IReadOnlyList<CountSchema> ByDay, IReadOnlyList<CountSchema> ByRoot, IReadOnlyList<CountSchema> ByCountry);

/// <summary>A key (day, CAMEO root or country; "" unplaced) and how many events it has.</summary>
internal sealed record CountSchema(string Key, long Count);

/// <summary>A refused or failed request: one line.</summary>
internal sealed record ErrorSchema(string Error);

/// <summary>GET /api/countries.</summary>
internal sealed record CountriesSchema(IReadOnlyList<CountrySchema> Countries);

/// <summary>One ISO 3166 country: alpha-2 (as events give it), alpha-3, numeric (the map's ids) and GeoNames' name.</summary>
internal sealed record CountrySchema(string Code, string Iso3, string Numeric, string Name);
