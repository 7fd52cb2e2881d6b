using Sitrep.Core.Model;

namespace Sitrep.Store.Merge;

/// <summary>A merged event the index already holds, as far as matching needs it.</summary>
public sealed record MergeCandidate(long Id, DateOnly? Day, EventPlace? Place);

/// <summary>
/// Where merged events live while merging: in memory (tests, one-off runs) or in the store's tables inside
/// the batch transaction. The merger decides; the index only looks up and records.
/// </summary>
public interface IMergeIndex
{
    /// <summary>Merged events with this key whose day is within one day of <paramref name="day"/> (or also unknown).</summary>
    IEnumerable<MergeCandidate> Candidates(MergeKey key, DateOnly? day);

    /// <summary>Merged events with this key that <paramref name="articleId"/> already reports.</summary>
    IEnumerable<long> EventsOfArticle(string articleId, MergeKey key);

    long Create(ArticleFacts article, EventFacts e);

    void Attach(long eventId, ArticleFacts article, EventFacts e, bool duplicate);
}

/// <summary>
/// Cross-article merge. Reports of one incident become one event when they share both actors' country and
/// role, the CAMEO root, the day (± 1, for overnight reports filed after midnight) and the place (same
/// admin1, or within 50 km). A near-duplicate article (syndicated copy) adds mentions and a source to the
/// events of the article it copies instead of creating events of its own.
/// </summary>
public static class EventMerger
{
    public const double MaxKm = 50;

    /// <param name="duplicateOf">Id of a stored article this one nearly duplicates, if any.</param>
    /// <returns>How many new merged events were created.</returns>
    public static int Add(ArticleFacts article, string? duplicateOf, IMergeIndex index)
    {
        int created = 0;
        // The body first: a headline reports the article's own news, so its event is the body's when one matches it.
        var mine = new List<(EventFacts Facts, long Id)>();
        foreach (var e in article.Events.Where(e => !e.Headline).Concat(article.Events.Where(e => e.Headline)))
        {
            if (!Mergeable(e.Event)) continue;
            var key = e.Key;
            long? target = e.Headline ? BodyEventOf(e, mine) : null;
            if (target is null && duplicateOf is not null)
                foreach (var id in index.EventsOfArticle(duplicateOf, key)) { target = id; break; }
            if (target is null)
                foreach (var c in index.Candidates(key, e.Day))
                    if (SameDay(c.Day, e.Day) && SamePlace(c.Place, e.Place)) { target = c.Id; break; }
            if (target is null) { target = index.Create(article, e); created++; }
            index.Attach(target.Value, article, e, duplicateOf is not null);
            mine.Add((e, target.Value));
        }
        return created;
    }

    /// <summary>
    /// The body's event a headline's event reports: the first of the article's events with the same root and threat,
    /// each side the same or unsaid in the headline ("Air strike on village kills 19" has no target; the lede's "killing
    /// 19 people, most of them children" has), at least one side said in both, in the same place, and on the same day
    /// unless the headline gives none (a headline speaks in the present of news the lede dates "on Monday").
    /// </summary>
    private static long? BodyEventOf(EventFacts headline, List<(EventFacts Facts, long Id)> body)
    {
        var h = headline.Key;
        foreach (var (b, id) in body)
        {
            var k = b.Key;
            if (k.Root != h.Root || k.Threat != h.Threat || k.Period != h.Period && headline.Event.When is not null) continue;
            bool source = Side(h.SourceCountry, h.SourceRole, k.SourceCountry, k.SourceRole, out var sourceSaid);
            bool target = Side(h.TargetCountry, h.TargetRole, k.TargetCountry, k.TargetRole, out var targetSaid);
            if (!source || !target || !sourceSaid && !targetSaid) continue;
            if (headline.Event.When is not null && !SameDay(b.Day, headline.Day)) continue;
            if (SamePlace(b.Place, headline.Place)) return id;
        }
        return null;
    }

    /// <summary>
    /// True when a headline's side fits the body's: unsaid; or the same country (or none, "---") with the same role or none.
    /// <paramref name="said"/>: the headline names the same country.
    /// </summary>
    private static bool Side(string country, string role, string bodyCountry, string bodyRole, out bool said)
    {
        bool noCountry = country.Length == 0 || country == "---";
        said = !noCountry && country == bodyCountry;
        return (noCountry || country == bodyCountry) && (role.Length == 0 || role == bodyRole);
    }

    /// <summary>Denied, hypothetical and negated events are kept in the article's layer but are not incidents.</summary>
    public static bool Mergeable(Event e) =>
        !e.Negated && e.Modality is Modality.Asserted or Modality.Threatened;

    public static bool SameDay(DateOnly? a, DateOnly? b) =>
        a is null || b is null ? a is null && b is null : Math.Abs(a.Value.DayNumber - b.Value.DayNumber) <= 1;

    /// <summary>An unknown place, or a country-level one in the same country, does not contradict a precise one.</summary>
    public static bool SamePlace(EventPlace? a, EventPlace? b)
    {
        if (a is null || b is null) return true;
        if (!string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase))
            return Geo.Km(a.Lat, a.Lon, b.Lat, b.Lon) <= MaxKm;
        if (a.Precision == PlacePrecision.Country || b.Precision == PlacePrecision.Country) return true;
        if (a.Admin1 is not null && a.Admin1 == b.Admin1) return true;
        return Geo.Km(a.Lat, a.Lon, b.Lat, b.Lon) <= MaxKm;
    }

    /// <summary>A stable id for a merged event from its first mention, below 2^53 so JavaScript keeps it exact.</summary>
    public static long IdOf(string articleId, int eventOrd)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in articleId) { h ^= c; h *= 1099511628211UL; }
        h ^= (ulong)eventOrd; h *= 1099511628211UL;
        h ^= h >> 29;
        return (long)(h & ((1UL << 53) - 1)) | 1;
    }
}

/// <summary>
/// Reconciles tolls that sources disagree on: low = the highest lower bound that is credible, high = the
/// highest upper bound; each with who reported it. A lower bound is not credible when it exceeds every
/// other source's upper bound (one outlier must not raise the floor), and a party's own claim ("the army
/// said 200 fighters were killed") yields to independent reports when there are any.
/// </summary>
public static class TollReconciler
{
    public static IReadOnlyList<TollRange> Reconcile(IEnumerable<FigureReport> reports)
    {
        var result = new List<TollRange>();
        foreach (var g in reports.GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            var all = g.ToList();
            var independent = all.Where(r => r.Claimant is null).ToList();
            var pool = independent.Count > 0 ? independent : all;

            long? high = null; string? highBy = null;
            foreach (var r in all)
            {
                var u = Upper(r);
                if (u is not null && (high is null || u > high)) { high = u; highBy = r.Outlet; }
            }
            // Caps are other outlets' real upper bounds (a bare "at least 12" is a floor, not a cap). A floor is credible when no
            // other outlet gives a cap or the highest of theirs reaches it: the two highest caps of different outlets answer
            // that for every report at once (a long report can give one event thousands of counts).
            (long Cap, string? Outlet) first = (long.MinValue, null), second = (long.MinValue, null);
            foreach (var o in pool)
            {
                if ((o.High ?? o.Best) is not long cap) continue;
                if (o.Outlet == first.Outlet) { if (cap > first.Cap) first.Cap = cap; }
                else if (cap > first.Cap) { second = first; first = (cap, o.Outlet); }
                else if (cap > second.Cap) second = (cap, o.Outlet);
            }
            long? low = null; string? lowBy = null;
            foreach (var r in pool)
            {
                var l = Lower(r);
                if (l is null) continue;
                var others = r.Outlet == first.Outlet ? second : first;
                bool credible = others.Outlet is null || others.Cap >= l;
                if (credible && (low is null || l > low)) { low = l; lowBy = r.Outlet; }
            }
            if (low is not null && high is not null && high < low) { high = low; highBy = lowBy; }
            result.Add(new TollRange(g.Key, low, lowBy, high, highBy, all.Count));
        }
        return result;
    }

    public static long? Lower(FigureReport r) => r.Low ?? r.Best;
    public static long? Upper(FigureReport r) => r.High ?? r.Best ?? r.Low;
}

/// <summary>Merged events held in memory; also the reference the SQL index is tested against.</summary>
public sealed class InMemoryMergeIndex : IMergeIndex
{
    private readonly Dictionary<long, (MergeKey Key, MergedEvent Event, List<Mention> Mentions, List<FigureReport> Figures)> _events = new();
    private readonly Dictionary<MergeKey, List<long>> _byKey = new();

    public IEnumerable<MergeCandidate> Candidates(MergeKey key, DateOnly? day) =>
        _byKey.TryGetValue(key, out var ids)
            ? ids.Select(id => new MergeCandidate(id, _events[id].Event.Day, _events[id].Event.Place)).ToList()
            : [];

    public IEnumerable<long> EventsOfArticle(string articleId, MergeKey key) =>
        _byKey.TryGetValue(key, out var ids) ? ids.Where(id => _events[id].Mentions.Any(m => m.ArticleId == articleId)).ToList() : [];

    public long Create(ArticleFacts article, EventFacts e)
    {
        var id = EventMerger.IdOf(article.Id, e.Ord);
        var ev = new MergedEvent
        {
            Id = id, Day = e.Day, DayPrecision = e.DayPrecision, Source = e.Event.Source, SourceName = e.SourceName, Target = e.Event.Target,
            TargetName = e.TargetName, Code = e.Event.Code, QuadClass = e.Event.QuadClass, Goldstein = e.Event.Goldstein,
            Plover = e.Event.Plover, Place = e.Place, FirstUrl = article.Url, FirstSource = article.Outlet, Evidence = e.SentenceText,
        };
        _events[id] = (e.Key, ev, new List<Mention>(), new List<FigureReport>());
        if (!_byKey.TryGetValue(e.Key, out var list)) _byKey[e.Key] = list = new List<long>();
        list.Add(id);
        return id;
    }

    public void Attach(long eventId, ArticleFacts article, EventFacts e, bool duplicate)
    {
        var (key, ev, mentions, figures) = _events[eventId];
        mentions.Add(MentionOf(eventId, article, e, duplicate));
        figures.AddRange(ReportsOf(article, e));
        ev = ev with
        {
            Place = ev.Place ?? e.Place,
            Day = ev.Day is null || (e.Day is not null && e.Day < ev.Day) ? e.Day ?? ev.Day : ev.Day,
            NumMentions = mentions.Count,
            NumArticles = mentions.Select(m => m.ArticleId).Distinct().Count(),
            NumSources = mentions.Select(m => m.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            Figures = figures.ToList(),
            Tolls = TollReconciler.Reconcile(figures),
        };
        _events[eventId] = (key, ev, mentions, figures);
    }

    public IReadOnlyList<MergedEvent> Events => _events.Values.Select(v => v.Event).OrderBy(e => e.Day).ThenBy(e => e.Id).ToList();
    public IReadOnlyList<Mention> MentionsOf(long id) => _events[id].Mentions;

    internal static Mention MentionOf(long eventId, ArticleFacts a, EventFacts e, bool duplicate) =>
        new(eventId, a.Id, e.Ord, a.Outlet, a.Url, a.Published, e.Event.Sentence.Start, e.Event.Sentence.End,
            e.Event.Span.Start, e.Event.Span.End, e.SentenceText, duplicate);

    internal static IEnumerable<FigureReport> ReportsOf(ArticleFacts a, EventFacts e) =>
        e.Figures.Select(f => new FigureReport(f.Figure.Kind, f.Figure.Count.Low, f.Figure.Count.Best, f.Figure.Count.High,
            f.Figure.Qualifier, f.Figure.Claimant, a.Id, a.Outlet, f.Figure.Span.Start, f.Figure.Span.End, f.Text));
}
