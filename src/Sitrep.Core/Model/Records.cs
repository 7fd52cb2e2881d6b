namespace Sitrep.Core.Model;

public enum BoilerplateKind { RelatedLink, Caption, Duplicate, SourceLine, Byline, Other }

/// <summary>A stretch of the input that is not article body (navigation, captions, "Source:" lines).</summary>
public sealed record Boilerplate(TextSpan Span, BoilerplateKind Kind);

/// <summary>A paragraph of body text; sentence boundaries never cross one.</summary>
public sealed record Paragraph(TextSpan Span);

public sealed record Sentence(TextSpan Span);

public enum TokenKind : byte { Word, Number, Punctuation, Symbol, Url, Email, Date, Other }

/// <summary>A token is a view on the text: its span and a coarse kind, never a copied string.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);

public enum EntityLabel { PER, ORG, LOC, MISC }

/// <summary>A named mention. Mentions of the same referent share <see cref="Cluster"/>.</summary>
public sealed record Entity(TextSpan Span, EntityLabel Label, int Cluster, string? Type = null);

/// <summary>
/// A CAMEO actor coding of an entity cluster (or of a bare mention such as "Russian warplanes").
/// <see cref="Evidence"/> is the words that decided the code (a title, an adjective, a name).
/// </summary>
public sealed record Actor(int Cluster, string Code, string Country, string Role, string Name, TextSpan Evidence, TextSpan Mention)
{
    /// <summary>
    /// The country is the article's main country, given to people of no named country ("killing 12 civilians") because
    /// neither the phrase nor its sentence names one; a place the event is placed in may say better whose they are.
    /// </summary>
    public bool CountryFromArticle { get; init; }
}

public enum QuoteKind { Direct, Indirect }

public sealed record Quote(
    TextSpan Span,
    QuoteKind Kind,
    string? Speaker,
    TextSpan? SpeakerSpan,
    int? SpeakerCluster,
    TextSpan? Cue);

public enum TimexType { DATE, TIME, DURATION, SET }

/// <summary>A time expression with a TIMEX3-style value resolved against the document date.</summary>
public sealed record TimeRef(TextSpan Span, TimexType Type, string? Value, string? Mod = null);

public enum FigureKind
{
    Killed, Wounded, Displaced, Refugees, Trapped, Missing, Detained, Kidnapped, Besieged,
    WithoutWater, WithoutFood, Affected, Other,
}

public enum Qualifier { Exact, AtLeast, MoreThan, LessThan, UpTo, Approx, Estimated, Range }

/// <summary>How many: bounds as UCDP codes them (low/best/high), each possibly unknown.</summary>
public readonly record struct Bounds(long? Low, long? Best, long? High)
{
    public static Bounds Exactly(long n) => new(n, n, n);
}

public sealed record Figure(
    TextSpan Span,
    FigureKind Kind,
    Bounds Count,
    Qualifier Qualifier,
    string? Victims = null,
    string? When = null,
    TextSpan? Where = null,
    bool Cumulative = false,
    string? Claimant = null,
    bool Negated = false,
    string? WhereBasis = null);

/// <summary>
/// How an event or figure got its place (<c>WhereBasis</c>): "clause" (named in its own words), "sentence"
/// (named elsewhere in its sentence), "paragraph" (a figure's sentence names none; its paragraph did before it),
/// "victims" (a running total of a country's people: "400,000 Syrians"; the article's mention of that country),
/// "article" (the article's focus place: nothing nearer names one).
/// </summary>
public static class WhereBases
{
    public const string Clause = "clause", Sentence = "sentence", Paragraph = "paragraph", Victims = "victims", Article = "article";
}

public enum PlacePrecision { Country, Admin1, Admin2, Region, City, PartOfCity, Facility }

public sealed record Place(
    TextSpan Span,
    string Name,
    long? GeonameId,
    double Lat,
    double Lon,
    string Country,
    string? Admin1,
    string? Feature,
    PlacePrecision Precision);

public enum Modality { Asserted, Threatened, Hypothetical, Denied, Future, Question }

public sealed record Event(
    TextSpan Span,
    string Source,
    string Target,
    string Code,
    double Goldstein,
    int QuadClass,
    string Plover,
    bool Negated,
    Modality Modality,
    TextSpan? SourceSpan,
    TextSpan? TargetSpan,
    TextSpan Sentence,
    string? When = null,
    string? Where = null,
    string? WhereBasis = null)
{
    public string Root => Code.Length >= 2 ? Code[..2] : Code;
}

public enum Severity { Info, Warning, Error }

/// <summary>
/// An expected problem with an input, as a value: a stable code, what was wrong and what to do.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, TextSpan? Span = null);
