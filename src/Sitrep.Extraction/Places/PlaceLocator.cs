using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Places;

/// <summary>Where a located place came from: the clause itself, its sentence, or the article's focus.</summary>
public enum PlaceBasis { Clause, Sentence, ArticleFocus }

/// <summary>A place for an event or figure, and whether the text placed it there or it is the article's focus.</summary>
public sealed record LocatedPlace(Place Place, PlaceBasis Basis);

/// <summary>
/// Answers "where" for the events and figures layers from the places layer (run the place stage
/// first). Pure functions of the document; thread-safe.
/// </summary>
public static class PlaceLocator
{
    /// <summary>
    /// The most precise place named inside <paramref name="clause"/>; else in the sentence that holds it;
    /// else the article's focus place. Null when the article names no place at all.
    /// </summary>
    public static LocatedPlace? Locate(ArticleDocument document, TextSpan clause)
    {
        var places = document.Places;
        if (places.IsEmpty) return null;
        var inClause = MostPrecise(places.Where(p => clause.Contains(p.Span)));
        if (inClause is not null) return new LocatedPlace(inClause, PlaceBasis.Clause);
        var sentence = document.Sentences.FirstOrDefault(s => s.Span.Overlaps(clause) || s.Span.Contains(clause));
        if (sentence is not null)
        {
            var inSentence = MostPrecise(places.Where(p => sentence.Span.Contains(p.Span)));
            if (inSentence is not null) return new LocatedPlace(inSentence, PlaceBasis.Sentence);
        }
        return Focus(document) is { } f ? new LocatedPlace(f, PlaceBasis.ArticleFocus) : null;
    }

    /// <summary>The article's first mention of the country <paramref name="country"/> itself (a place of country precision), or null.</summary>
    public static Place? FirstMentionOfCountry(ArticleDocument document, string country)
    {
        // (asked for events and figures all through a long article: each country's first mention is found once for the layer)
        var array = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(document.Places);
        if (array is null) return null;
        if (!ReferenceEquals(array, _firstMentionsOf))
        {
            var first = new Dictionary<string, Place>(StringComparer.Ordinal);
            foreach (var p in document.Places)
                if (p.Precision == PlacePrecision.Country) first.TryAdd(p.Country, p);
            _firstMentionsOf = array;
            _firstMentions = first;
        }
        return _firstMentions!.TryGetValue(country, out var place) ? place : null;
    }

    [ThreadStatic] private static Place[]? _firstMentionsOf;
    [ThreadStatic] private static Dictionary<string, Place>? _firstMentions;

    /// <summary>
    /// Where a whole war happened: "South Sudan's civil war ... killed an estimated 400,000 people" is the country's, not that
    /// of the town the article is about. The focus's country (its first mention) when the sentence names a war
    /// (<see cref="TextAround.WarWords"/>) and the focus lies below a country; else the focus.
    /// </summary>
    public static Place OfAWar(ArticleDocument document, Place focus, TextSpan sentence) =>
        focus.Precision != PlacePrecision.Country && TextAround.HasWord(document.Text, sentence, TextAround.WarWords)
        && FirstMentionOfCountry(document, focus.Country) is { } country ? country : focus;

    /// <summary>
    /// The place of the wire dateline the article opens with ("HAVANA (AP) --", "MOSCOW, March 3 (Reuters) -"): where the
    /// report was filed. Null when none of its first lines is such a dateline, or the gazetteer does not know the place.
    /// </summary>
    public static Place? Dateline(ArticleDocument document)
    {
        var text = document.Text;
        foreach (var p in document.Places)
        {
            // (a dateline opens the article: after at most a headline and a byline)
            if (p.Span.Start > DatelineReach) break;
            if (Sitrep.Extraction.Dateline.OfLine(text, p.Span) is { } d && d.Place.Contains(p.Span) && d.IsWire(text)) return p;
        }
        return null;
    }

    /// <summary>How far into an article its dateline is looked for.</summary>
    private const int DatelineReach = 400;

    /// <summary>
    /// The article's focus: the most-mentioned country (ties: the earlier), then, within it, the
    /// most-mentioned city-level place, which is returned when there is one (its first mention).
    /// </summary>
    public static Place? Focus(ArticleDocument document)
    {
        var places = document.Places;
        if (places.IsEmpty) return null;
        // (asked for each sentence of a long article: worked out once for the layer)
        var array = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(places);
        if (ReferenceEquals(array, _focusOf)) return _focus;
        var focus = FocusOf(places, Lede(document));
        _focusOf = array;
        _focus = focus;
        return focus;
    }

    [ThreadStatic] private static Place[]? _focusOf;
    [ThreadStatic] private static Place? _focus;

    /// <summary>Where the article's headline, dateline and first sentence end: the first three sentences (or the whole text).</summary>
    private static int Lede(ArticleDocument document)
    {
        var sentences = document.Has(Layer.Sentences) ? document.Sentences : [];
        return sentences.Length > 3 ? sentences[2].Span.End : document.Text.Length;
    }

    private static Place? FocusOf(ImmutableArray<Place> places, int lede)
    {
        var country = places.Where(p => p.Country.Length > 0)
            .GroupBy(p => p.Country)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Span.Start)
            .Select(g => g.Key)
            .FirstOrDefault();
        var local = places.Where(p => p.Country == country && p.Precision is PlacePrecision.City or PlacePrecision.PartOfCity or PlacePrecision.Admin2 or PlacePrecision.Admin1)
            .GroupBy(p => (p.GeonameId, Math.Round(p.Lat, 2), Math.Round(p.Lon, 2)))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Span.Start)
            // a town named once, deep in a story about the whole country ("Sudan: Humanitarian Situation Report", "In North
            // Darfur, ..." in its ninth line) is no focus; one named again, or in the headline, dateline or lede, is
            .Where(g => g.Count() > 1 || g.First().Span.Start < lede)
            .Select(g => g.First())
            .FirstOrDefault();
        // (else the country's first mention, or a region's: "southern Lebanon")
        return local ?? places.FirstOrDefault(p => p.Country == country && p.Precision is PlacePrecision.Country or PlacePrecision.Region)
            ?? places.FirstOrDefault(p => p.Country == country) ?? places[0];
    }

    private static Place? MostPrecise(IEnumerable<Place> places) =>
        places.OrderByDescending(p => Rank(p.Precision)).ThenBy(p => p.Span.Start).FirstOrDefault();

    private static int Rank(PlacePrecision p) => p switch
    {
        PlacePrecision.Facility => 6,
        PlacePrecision.PartOfCity => 5,
        PlacePrecision.City => 4,
        PlacePrecision.Admin2 => 3,
        PlacePrecision.Admin1 => 2,
        PlacePrecision.Region => 1,
        _ => 0,
    };
}
