using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Core.Contract;

/// <summary>Maps an <see cref="ArticleDocument"/> to the JSON shapes of CONTRACT.md.</summary>
public static class ContractMapper
{
    /// <summary>The layer names `annotate --layers` accepts, in output order.</summary>
    public static readonly IReadOnlyList<string> AnnotationLayers =
        ["sentences", "tokens", "entities", "actors", "timexes", "quotes", "figures", "places", "events"];

    /// <summary>Layers `annotate` prints only when `--layers` names them (the syntax models fill them).</summary>
    public static readonly IReadOnlyList<string> OptionalAnnotationLayers = ["syntax"];

    public static ArticleJson ToArticle(ArticleDocument d)
    {
        var t = d.Text;
        return new ArticleJson
        {
            Id = d.Id,
            Name = d.Name,
            Source = d.Source,
            Url = d.Url,
            Published = d.Published?.ToString("yyyy-MM-dd"),
            Title = d.Title,
            Text = t,
            Boilerplate = d.Boilerplate.Select(b => new BoilerplateJson(b.Span.Start, b.Span.End, ContractNames.Of(b.Kind), b.Span.Of(t))).ToList(),
            Paragraphs = d.Paragraphs.Select(p => Span(p.Span)).ToList(),
            Sentences = d.Sentences.Select(s => Span(s.Span)).ToList(),
            Entities = Entities(d),
            Actors = Actors(d),
            Timexes = Timexes(d),
            Quotes = Quotes(d),
            Figures = Figures(d),
            Places = Places(d),
            Events = Events(d),
            Diagnostics = Diagnostics(d),
        };
    }

    public static AnnotationJson ToAnnotation(ArticleDocument d, IReadOnlySet<string>? layers = null)
    {
        bool want(string name) => layers is null || layers.Contains(name);
        return new AnnotationJson
        {
            Id = d.Name ?? d.Id,
            Sentences = want("sentences") ? d.Sentences.Select(s => Span(s.Span)).ToList() : null,
            Tokens = want("tokens") ? d.Tokens.Select(k => Span(k.Span)).ToList() : null,
            Entities = want("entities") ? Entities(d) : null,
            Actors = want("actors") ? Actors(d) : null,
            Timexes = want("timexes") ? Timexes(d) : null,
            Quotes = want("quotes") ? Quotes(d) : null,
            Figures = want("figures") ? Figures(d) : null,
            Places = want("places") ? Places(d) : null,
            Events = want("events") ? Events(d) : null,
            Diagnostics = d.Diagnostics.Count > 0 ? Diagnostics(d) : null,
        };
    }

    public static string Serialize(ArticleJson a, bool indented = false) =>
        JsonSerializer.Serialize(a, indented ? IndentedArticle.ArticleJson : ArticleJsonContext.Default.ArticleJson);

    public static string Serialize(AnnotationJson a) => JsonSerializer.Serialize(a, ContractJsonContext.Default.AnnotationJson);

    private static readonly ArticleJsonContext IndentedArticle = new(new JsonSerializerOptions(ArticleJsonContext.Default.Options) { WriteIndented = true });

    private static SpanJson Span(TextSpan s) => new(s.Start, s.End);

    private static List<EntityJson> Entities(ArticleDocument d) =>
        d.Entities.Select(e => new EntityJson(e.Span.Start, e.Span.End, e.Label.ToString(), e.Span.Of(d.Text), e.Cluster, e.Type)).ToList();

    private static List<ActorJson> Actors(ArticleDocument d) =>
        d.Actors.Select(a => new ActorJson(a.Cluster, a.Code, a.Country, a.Role, a.Name, a.Mention.Start, a.Mention.End,
            a.Evidence.Start, a.Evidence.End, a.Evidence.Of(d.Text))).ToList();

    private static List<TimexJson> Timexes(ArticleDocument d) =>
        d.Times.Select(x => new TimexJson(x.Span.Start, x.Span.End, x.Type.ToString(), x.Value, x.Span.Of(d.Text), x.Mod)).ToList();

    private static List<QuoteJson> Quotes(ArticleDocument d) =>
        d.Quotes.Select(q => new QuoteJson(q.Span.Start, q.Span.End, q.Span.Of(d.Text), q.Speaker,
            q.SpeakerSpan?.Start, q.SpeakerSpan?.End, q.Cue?.Of(d.Text), q.Cue?.Start, q.Cue?.End, ContractNames.Of(q.Kind))).ToList();

    private static List<FigureJson> Figures(ArticleDocument d) =>
        d.Figures.Select(f => new FigureJson(f.Span.Start, f.Span.End, f.Span.Of(d.Text), ContractNames.Of(f.Kind),
            f.Count.Low, f.Count.Best, f.Count.High, ContractNames.Of(f.Qualifier), f.Victims, f.When,
            f.Where?.Of(d.Text), f.Where?.Start, f.Where?.End, f.Cumulative, f.Claimant, f.Negated, f.WhereBasis)).ToList();

    private static List<PlaceJson> Places(ArticleDocument d) =>
        d.Places.Select(p => new PlaceJson(p.Span.Start, p.Span.End, p.Span.Of(d.Text), p.Name, p.GeonameId,
            Math.Round(p.Lat, 5), Math.Round(p.Lon, 5), p.Country, p.Admin1, p.Feature, ContractNames.Of(p.Precision))).ToList();

    private static List<EventJson> Events(ArticleDocument d) =>
        d.Events.Select(e => new EventJson(e.Source, e.Target, e.Code, e.Root, e.Goldstein, e.QuadClass, e.Plover,
            e.Negated, ContractNames.Of(e.Modality), e.Span.Start, e.Span.End, e.Span.Of(d.Text),
            e.SourceSpan?.Start, e.SourceSpan?.End, e.TargetSpan?.Start, e.TargetSpan?.End,
            e.Sentence.Start, e.Sentence.End, e.When, e.Where, e.WhereBasis)).ToList();

    private static List<DiagnosticJson> Diagnostics(ArticleDocument d) =>
        d.Diagnostics.Select(x => new DiagnosticJson(x.Code, ContractNames.Of(x.Severity), x.Message, x.Span?.Start, x.Span?.End)).ToList();
}
