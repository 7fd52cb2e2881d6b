using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Store.Merge;

/// <summary>One event of an article with what merging needs: its day, its place and the figures about it.</summary>
public sealed record EventFacts(int Ord, Event Event, DateOnly? Day, EventPlace? Place, string SentenceText,
    string? SourceName, string? TargetName, IReadOnlyList<(int Ord, Figure Figure, string Text)> Figures)
{
    /// <summary>How much of <see cref="Day"/> the text gave (<see cref="MergedEvent.DayPrecision"/>).</summary>
    public string? DayPrecision { get; init; }

    /// <summary>True when the event's words are in the article's title line (its headline).</summary>
    public bool Headline { get; init; }

    public MergeKey Key => MergeKey.Of(Event, DayPrecision);
}

/// <summary>
/// The merge key: both actors' country and role, and the CAMEO root. Day and place are compared, not keyed,
/// because they match within a tolerance (± 1 day, same admin1 or 50 km).
/// </summary>
public readonly record struct MergeKey(string SourceCountry, string SourceRole, string TargetCountry, string TargetRole, string Root, bool Threat,
    string? Period = null)
{
    /// <summary>The key; <paramref name="period"/> (a date coarser than a day) keeps such events apart from dated ones.</summary>
    public static MergeKey Of(Event e, string? period = null) => new(
        MergedEvent.CountryOf(e.Source), MergedEvent.RoleOf(e.Source),
        MergedEvent.CountryOf(e.Target), MergedEvent.RoleOf(e.Target), e.Root, e.Modality == Modality.Threatened, period);

    public override string ToString() =>
        $"{SourceCountry}.{SourceRole}|{TargetCountry}.{TargetRole}|{Root}{(Threat ? "|T" : "")}{(Period is null ? "" : "|" + Period)}";
}

/// <summary>What the merger reads from a document: outlet, date, near-duplicate hash and the events.</summary>
public sealed record ArticleFacts(string Id, string Outlet, string? Url, DateOnly? Published, ulong SimHash, int Words,
    IReadOnlyList<EventFacts> Events)
{
    /// <summary>Outlet name for counting sources: the source field, else the URL's host, else "unknown".</summary>
    public static string OutletOf(ArticleDocument d)
    {
        if (!string.IsNullOrWhiteSpace(d.Source)) return d.Source.Trim();
        if (d.Url is not null && Uri.TryCreate(d.Url, UriKind.Absolute, out var u) && u.Host.Length > 0)
            return u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host;
        return "unknown";
    }

    public static ArticleFacts From(ArticleDocument d)
    {
        var hash = Merge.SimHash.Of(d.Text, out var words);
        var events = new List<EventFacts>();
        var figures = d.Figures;
        var used = new bool[figures.Length];
        int firstViolent = -1, firstSiege = -1;
        var headline = Headline(d);
        // the figures by where they start, so that each event reads only its sentence's (a long report has thousands of both)
        var figuresByStart = new ByStart(figures.Length, f => figures[f].Span.Start);
        var inSentence = new List<int>();
        var sentenceEvents = d.Events.GroupBy(x => x.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var lookup = new Lookup(d);
        for (int i = 0; i < d.Events.Length; i++)
        {
            var e = d.Events[i];
            var figs = new List<(int, Figure, string)>();
            figuresByStart.Within(e.Sentence.Start, e.Sentence.End, inSentence);
            inSentence.Sort();
            foreach (int f in inSentence)
            {
                if (figures[f].Negated || !e.Sentence.Contains(figures[f].Span) || !TollOf(e, figures[f], sentenceEvents[e.Sentence])) continue;
                figs.Add((f, figures[f], d.Slice(figures[f].Span)));
                used[f] = true;
            }
            if (firstViolent < 0 && e.QuadClass == 4) firstViolent = events.Count;
            if (firstSiege < 0 && e.Code.StartsWith("191", StringComparison.Ordinal) && !e.Negated) firstSiege = events.Count;
            var (day, precision) = Dated(e, d.Published);
            // "South Sudan's civil war, which broke out in 2013, killed an estimated 400,000 people before a 2018 peace deal":
            // an event with no time of its own whose toll is a running total that ended before the report is history, filed
            // on that stretch's first day, not on the day it was retold
            if (e.When is null && figs.FirstOrDefault(x => x.Item2.Cumulative && x.Item2.Kind == FigureKind.Killed).Item2?.When is { } stretch
                && Stretch(stretch) is var (from, until) && d.Published is { } published && until < published)
                (day, precision) = (from, "span");
            events.Add(new EventFacts(i, e, day, lookup.PlaceOf(e), d.Slice(e.Sentence),
                lookup.ActorName(e.Source, e.SourceSpan), lookup.ActorName(e.Target, e.TargetSpan), figs)
                { DayPrecision = precision, Headline = headline is { } h && h.Contains(e.Span) });
        }
        // People trapped, besieged or cut off from food or water are the state a siege holds them in, wherever the article
        // counts them ("More than 270,000 people are trapped in Djibo", a lede before the blockade is told).
        if (firstSiege >= 0) Sweep(firstSiege, f => IsState(f.Kind));
        // A toll often sits in its own sentence ("The death toll rose to 12"); it belongs to the article's
        // first material-conflict event rather than to none. Not a war's running total ("the civil war, which broke
        // out in 2013, killed an estimated 400,000"), nor a count of another time ("in 2019, 40 were killed"), and only
        // in the headline or the few sentences after the event's: further on, or before it, an article's counts are of
        // other attacks ("In another incident Thursday, 21 were killed"), of the country ("Nationwide, more than 2
        // million people have been displaced") or of its history.
        if (firstViolent >= 0)
        {
            var lede = events[firstViolent].Event.Sentence;
            int until = EndOfSentencesAfter(d, lede, TollSentences);
            Sweep(firstViolent, f => headline is { } h && h.Contains(f.Span) || f.Span.Start >= lede.Start && f.Span.Start < until);
        }
        void Sweep(int to, Func<Figure, bool> near)
        {
            var day = events[to].Day;
            var extra = new List<(int, Figure, string)>(events[to].Figures);
            for (int f = 0; f < figures.Length; f++)
                if (!used[f] && !figures[f].Negated && !figures[f].Cumulative && Covers(figures[f].When, day) && near(figures[f]))
                {
                    extra.Add((f, figures[f], d.Slice(figures[f].Span)));
                    used[f] = true;
                }
            events[to] = events[to] with { Figures = extra };
        }
        return new ArticleFacts(d.Id, OutletOf(d), d.Url, d.Published, hash, words, events);
    }

    private static bool IsState(FigureKind k) => k is FigureKind.Trapped or FigureKind.Besieged or FigureKind.WithoutFood or FigureKind.WithoutWater;

    /// <summary>How many sentences after an article's first violent event's a toll of its own may stand and still be its toll.</summary>
    private const int TollSentences = 3;

    /// <summary>
    /// Where the <paramref name="count"/>th sentence after <paramref name="sentence"/> ends (the text's end when fewer
    /// follow, or when the article has no sentence layer).
    /// </summary>
    internal static int EndOfSentencesAfter(ArticleDocument d, TextSpan sentence, int count)
    {
        var sentences = d.Sentences;
        if (sentences.IsDefaultOrEmpty) return d.Text.Length;
        int lo = 0, hi = sentences.Length - 1, first = sentences.Length;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.Start >= sentence.End) { first = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        int last = first + count - 1;
        return last < sentences.Length ? sentences[last].Span.End : d.Text.Length;
    }

    /// <summary>
    /// Whether a figure of the event's sentence counts the event's toll. The dead and wounded are a toll of force only
    /// (an attack, a battle: QuadClass 4), not of a statement or a visit in the same sentence; a sentence with no such
    /// event leaves them to the article's first one. Civilians killed or wounded are not the toll of a fight between
    /// armed sides when other force in the sentence can have hit them ("a drone strike hit a market, killing 26
    /// civilians, as fighting between the army and the militia intensified": 26 for the strike, none for the fighting),
    /// so that summing an export's fatalities does not count them twice. Other figures (displaced, detained ...) go to
    /// every event of the sentence, as before.
    /// </summary>
    /// <param name="events">The events of the event's sentence (others are skipped).</param>
    internal static bool TollOf(Event e, Figure f, IReadOnlyList<Event> events)
    {
        if (f.Kind is not (FigureKind.Killed or FigureKind.Wounded)) return true;
        if (e.QuadClass != 4) return false;
        if (!CivilianVictims(f.Victims) || !ArmedRoles.Contains(MergedEvent.RoleOf(e.Target))) return true;
        foreach (var other in events)
            if (other.QuadClass == 4 && other.Sentence == e.Sentence && !ArmedRoles.Contains(MergedEvent.RoleOf(other.Target))) return false;
        return true;
    }

    /// <summary>Roles of armed sides: an event against one is a fight, whose victims are not the civilians.</summary>
    private static readonly HashSet<string> ArmedRoles = ["MIL", "REB", "INS", "COP", "UAF", "SPY"];

    private static readonly HashSet<string> Civilians = new(StringComparer.OrdinalIgnoreCase)
    {
        "civilians", "civilian", "children", "child", "women", "residents", "villagers", "worshippers", "passengers",
        "shoppers", "pupils", "students", "patients", "farmers",
    };

    /// <summary>
    /// A figure's victims are said to be civilians: the last word of its victims phrase ("Syrian civilians", "children").
    /// Not "people": the dead of "clashes between police and protesters killed 51 people" are the clash's.
    /// </summary>
    private static bool CivilianVictims(string? victims) =>
        victims is { Length: > 0 } v && Civilians.Contains(v[(v.LastIndexOf(' ') + 1)..]);

    /// <summary>
    /// The title line when it reads as a headline: short, with no closing stop ("Air strike on village kills 19, residents
    /// say"). A text's first line that is a sentence of the report ("Fighters continue to join the SDF.") is none.
    /// </summary>
    internal static TextSpan? Headline(ArticleDocument d) =>
        d.TitleSpan is { } t && ArticleDocument.ReadsAsHeadline(d.Text.AsSpan(t.Start, t.Length)) ? t : null;

    /// <summary>
    /// True when a figure's time (a day, or a week, month, season or year, as the figure stage writes it) takes in
    /// <paramref name="day"/>, a day either side allowed (a night's toll reported the next morning); true when either is
    /// unknown.
    /// </summary>
    internal static bool Covers(string? when, DateOnly? day)
    {
        if (when is null || day is not { } d) return true;
        if (when.Length >= 10 && DateOnly.TryParseExact(when[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var w))
            return Math.Abs(w.DayNumber - d.DayNumber) <= 1;
        if (Period(when) is var (start, end, _)) return d >= start && d <= end;
        return true;
    }

    /// <summary>
    /// The event's day and how much of it the text gave: its own date; else, when its time is a week, month, season or
    /// year that the publication date is not in ("in September 2022", "the war, which broke out in 2013"), that period's
    /// first day with the period's name, so that history is not filed on the day it was retold; else the publication date.
    /// </summary>
    internal static (DateOnly? Day, string? Precision) Dated(Event e, DateOnly? published)
    {
        if (e.When is not { } w) return (published, null);
        if (w.Length >= 10 && DateOnly.TryParseExact(w[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return (d, null);
        if (Period(w) is not var (start, end, name)) return (published, null);
        return published is { } p && p >= start && p <= end ? (published, null) : (start, name);
    }

    /// <summary>The first and last day of a figure's stretch of time ("2013-01-01/2018-12-31"), or null.</summary>
    internal static (DateOnly From, DateOnly Until)? Stretch(string when)
    {
        int slash = when.IndexOf('/');
        return slash == 10 && when.Length == 21
            && DateOnly.TryParseExact(when.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(when.AsSpan(11), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until)
            ? (from, until) : null;
    }

    /// <summary>
    /// First and last day of a TIMEX3 week ("2025-W13"), month ("2022-09"), season ("2024-SU"), year, decade ("197", the
    /// 1970s) or century ("19") value.
    /// </summary>
    internal static (DateOnly Start, DateOnly End, string Name)? Period(string value)
    {
        // "the deaths of as many as 1.7 million Cambodians ... in the late 1970s": a decade is no unknown time
        if (value.Length is 2 or 3 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var lead) && lead > 0)
        {
            int span = value.Length == 3 ? 10 : 100;
            return (new DateOnly(lead * span, 1, 1), new DateOnly(lead * span + span - 1, 12, 31), value.Length == 3 ? "decade" : "century");
        }
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1) return null;
        if (value.Length == 4) return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), "year");
        if (value.Length is not (7 or 8) || value[4] != '-') return null;
        var rest = value.AsSpan(5);
        if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            return (new DateOnly(y, m, 1), new DateOnly(y, m, 1).AddMonths(1).AddDays(-1), "month");
        if (rest[0] == 'W' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var wk) && wk is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, Math.Min(wk, ISOWeek.GetWeeksInYear(y)), DayOfWeek.Monday));
            return (monday, monday.AddDays(6), "week");
        }
        // Northern seasons, as TIMEX3 writes them: spring from March, summer June, autumn September, winter December.
        int? first = rest switch { "SP" => 3, "SU" => 6, "FA" => 9, "WI" => 12, _ => null };
        if (first is not int f) return null;
        var s = new DateOnly(y, f, 1);
        return (s, s.AddMonths(3).AddDays(-1), "season");
    }

    /// <summary>
    /// An article's places and actors looked up by what an event asks of them, each answer the first in the layer's order
    /// that fits, as a pass over the layer gives it; built once an article, so that a long report (hundreds of thousands of
    /// events, places and actors) is not read through once an event.
    /// </summary>
    private sealed class Lookup
    {
        private readonly ArticleDocument _d;
        private readonly Dictionary<long, int> _byId = new();
        private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _actorByCode = new(StringComparer.Ordinal);
        private readonly ByStart _placesByStart, _actorsByStart;
        private readonly List<int> _near = new();
        private readonly int _longestMention;

        public Lookup(ArticleDocument d)
        {
            _d = d;
            var places = d.Places;
            for (int i = 0; i < places.Length; i++)
            {
                if (places[i].GeonameId is long id && id != 0) _byId.TryAdd(id, i);
                _byName.TryAdd(places[i].Name, i);
                _byName.TryAdd(d.Slice(places[i].Span), i);
            }
            _placesByStart = new ByStart(places.Length, i => places[i].Span.Start);
            var actors = d.Actors;
            for (int i = 0; i < actors.Length; i++) _actorByCode.TryAdd(actors[i].Code, i);
            _actorsByStart = new ByStart(actors.Length, i => actors[i].Mention.Start);
            foreach (var a in actors) _longestMention = Math.Max(_longestMention, a.Mention.Length);
        }

        /// <summary>The event's place: the one its Where names (geonameid or name), else the first in its sentence.</summary>
        public EventPlace? PlaceOf(Event e)
        {
            var places = _d.Places;
            int found = -1;
            if (!string.IsNullOrWhiteSpace(e.Where))
            {
                long.TryParse(e.Where, NumberStyles.None, CultureInfo.InvariantCulture, out var gid);
                if (gid != 0 && _byId.TryGetValue(gid, out var byId)) found = byId;
                if (_byName.TryGetValue(e.Where, out var byName) && (found < 0 || byName < found)) found = byName;
            }
            if (found < 0)
            {
                _placesByStart.Within(e.Sentence.Start, e.Sentence.End, _near);
                foreach (int i in _near)
                    if (e.Sentence.Contains(places[i].Span) && (found < 0 || i < found)) found = i;
            }
            if (found < 0) return null;
            var p = places[found];
            return new EventPlace(p.Name, p.Country, p.Admin1, p.Lat, p.Lon, p.Precision, p.GeonameId);
        }

        public string? ActorName(string code, TextSpan? span)
        {
            if (code.Length == 0) return null;
            var actors = _d.Actors;
            int found = -1;
            if (span is { } s)
            {
                _actorsByStart.Within(s.Start - _longestMention, s.End, _near);
                foreach (int i in _near)
                    if (actors[i].Mention.Overlaps(s) && (found < 0 || i < found)) found = i;
            }
            if (found < 0 && _actorByCode.TryGetValue(code, out var byCode)) found = byCode;
            return (found >= 0 ? actors[found].Name : null) ?? (span is { } sp ? _d.Slice(sp) : null);
        }
    }

    /// <summary>A layer's indices sorted by where their items start, to find those that start in a stretch by halving.</summary>
    private sealed class ByStart
    {
        private readonly int[] _starts, _order;

        public ByStart(int count, Func<int, int> startOf)
        {
            _order = new int[count];
            _starts = new int[count];
            for (int i = 0; i < count; i++) { _order[i] = i; _starts[i] = startOf(i); }
            Array.Sort(_starts, _order);
        }

        /// <summary>The indices (in no set order) of the items that start at or after <paramref name="from"/> and at or before <paramref name="to"/>.</summary>
        public void Within(int from, int to, List<int> into)
        {
            into.Clear();
            int lo = 0, hi = _starts.Length;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (_starts[mid] < from) lo = mid + 1; else hi = mid; }
            for (int k = lo; k < _starts.Length && _starts[k] <= to; k++) into.Add(_order[k]);
        }
    }
}
