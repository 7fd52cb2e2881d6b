using System.Text.Json.Serialization;

namespace Sitrep.Core.Contract;

// The JSON shapes of CONTRACT.md. Field names are part of the contract: add, never rename.

public sealed record SpanJson(int Start, int End);

public sealed record BoilerplateJson(int Start, int End, string Kind, string Text);

public sealed record EntityJson(int Start, int End, string Label, string Text, int Cluster, string? Type);

public sealed record ActorJson(int Cluster, string Code, string Country, string Role, string Name,
    int Start, int End, int EvidenceStart, int EvidenceEnd, string Evidence);

public sealed record TimexJson(int Start, int End, string Type, string? Value, string Text, string? Mod);

public sealed record QuoteJson(int Start, int End, string Text, string? Speaker, int? SpeakerStart, int? SpeakerEnd,
    string? Cue, int? CueStart, int? CueEnd, string Kind);

public sealed record FigureJson(int Start, int End, string Text, string Kind, long? Low, long? Best, long? High,
    string Qualifier, string? Victims, string? When, string? Where, int? WhereStart, int? WhereEnd,
    bool Cumulative, string? Claimant, bool Negated, string? WhereBasis = null);

public sealed record PlaceJson(int Start, int End, string Text, string Name, long? Geonameid, double Lat, double Lon,
    string Country, string? Admin1, string? Feature, string Precision);

public sealed record EventJson(string Source, string Target, string Code, string Root, double Goldstein, int QuadClass,
    string Plover, bool Negated, string Modality, int Start, int End, string Text,
    int? SourceStart, int? SourceEnd, int? TargetStart, int? TargetEnd, int SentenceStart, int SentenceEnd,
    string? When, string? Where, string? WhereBasis = null);

/// <summary>
/// A syntactic word (tokens split at clitics: "Syria's" → "Syria" + "'s"): its span, UPOS tag, the index of its
/// head word in the same list (-1 for a sentence root) and its UD relation.
/// </summary>
public sealed record WordJson(int Start, int End, string Upos, int Head, string Deprel);

public sealed record DiagnosticJson(string Code, string Severity, string Message, int? Start, int? End);

/// <summary>`sitrep annotate` output line. Null layers are omitted (narrowed with --layers).</summary>
public sealed class AnnotationJson
{
    public string? Id { get; set; }
    public List<SpanJson>? Sentences { get; set; }
    public List<SpanJson>? Tokens { get; set; }
    /// <summary>Syntactic words with tag and dependency; only when asked for with `--layers syntax`.</summary>
    public List<WordJson>? Syntax { get; set; }
    public List<EntityJson>? Entities { get; set; }
    public List<ActorJson>? Actors { get; set; }
    public List<TimexJson>? Timexes { get; set; }
    public List<QuoteJson>? Quotes { get; set; }
    public List<FigureJson>? Figures { get; set; }
    public List<PlaceJson>? Places { get; set; }
    public List<EventJson>? Events { get; set; }
    public List<DiagnosticJson>? Diagnostics { get; set; }
}

/// <summary>`sitrep extract` output: schema sitrep/article@1.</summary>
public sealed class ArticleJson
{
    public string Schema { get; set; } = "sitrep/article@1";
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string? Title { get; set; }
    public string Text { get; set; } = "";
    public List<BoilerplateJson> Boilerplate { get; set; } = new();
    public List<SpanJson> Paragraphs { get; set; } = new();
    public List<SpanJson> Sentences { get; set; } = new();
    public List<EntityJson> Entities { get; set; } = new();
    public List<ActorJson> Actors { get; set; } = new();
    public List<TimexJson> Timexes { get; set; } = new();
    public List<QuoteJson> Quotes { get; set; } = new();
    public List<FigureJson> Figures { get; set; } = new();
    public List<PlaceJson> Places { get; set; } = new();
    public List<EventJson> Events { get; set; } = new();
    public List<DiagnosticJson> Diagnostics { get; set; } = new();
}

/// <summary>An input line of `annotate` (and of JSONL article dumps).</summary>
public sealed class InputLineJson
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public string? Date { get; set; }
    public string? Dct { get; set; }
    public string? Published { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
    public string? Title { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AnnotationJson))]
[JsonSerializable(typeof(ArticleJson))]
[JsonSerializable(typeof(InputLineJson))]
[JsonSerializable(typeof(List<ArticleJson>))]
public sealed partial class ContractJsonContext : JsonSerializerContext;

/// <summary>Like <see cref="ContractJsonContext"/> but keeps nulls: `extract` documents show every field.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ArticleJson))]
public sealed partial class ArticleJsonContext : JsonSerializerContext;
