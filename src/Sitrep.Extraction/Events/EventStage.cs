using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Syntax;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Codes CAMEO events sentence by sentence from the parse (Layer.Events). Uses the Actors layer when an
/// earlier stage provides it, else the built-in actor words. Sentences inside boilerplate are skipped.
/// </summary>
public sealed class EventStage : Stage
{
    private readonly EventCoder _coder;
    private readonly EventDiscards _discards;

    /// <param name="useActors">True when an earlier stage provides Layer.Actors (the standard pipeline).</param>
    /// <param name="discards">Text not to code (sports reports); none when null.</param>
    public EventStage(EventCoder coder, bool useActors = false, EventDiscards? discards = null)
        : base("events", Layer.Events, useActors ? [Layer.Sentences, Layer.Tokens, Layer.Pos, Layer.Deps, Layer.Actors] : [Layer.Sentences, Layer.Tokens, Layer.Pos, Layer.Deps])
    {
        _coder = coder;
        _discards = discards ?? EventDiscards.None;
    }

    /// <summary>Alpha-2 → alpha-3 country codes from our own lexicons/geo-countries.tsv (empty when it is missing).</summary>
    private static Dictionary<string, string> CountryCodes(DataDirectory data)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data.FindProjectFile("lexicons/geo-countries.tsv") is not { } path) return map;
        foreach (var line in File.ReadLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length > 1 && cols[0].Length == 2 && cols[1].Length == 3 && cols[0] != "iso2") map[cols[0]] = cols[1];
        }
        return map;
    }

    /// <summary>Where the PETRARCH verb dictionary is looked for in the data directory.</summary>
    public const string PetrarchVerbsPath = "cameo/CAMEO.2.0.txt";

    /// <param name="verbDictionary">A PETRARCH verb dictionary to use instead of the data directory's <see cref="PetrarchVerbsPath"/>.</param>
    public static EventCoder LoadCoder(DataDirectory data, List<string> problems, IReadOnlyList<ActorPhrase>? extraActors = null, string? verbDictionary = null)
    {
        var lexicon = EventLexicon.Load(data, problems);
        // Gold coded with other dictionaries (the PETRARCH unit tests' fictional countries) adds its actors here;
        // Phoenix's real-world dictionaries are the actor coder's business.
        if (extraActors is { Count: > 0 }) lexicon = lexicon.WithActors(extraActors);
        var cameo = CameoTable.Load(data);
        if (cameo.Count == 0) problems.Add("CAMEO code table not found (cameo/cameo-codes.tsv or lexicons/events-cameo.tsv); no events will be emitted.");
        IEventActorSource words = new LexiconActorSource(lexicon);
        var coder = Sitrep.Extraction.Actors.ActorCoder.Load(data);
        // PETRARCH's verb patterns widen the verbs when the data directory has them; our lexicon stands alone without.
        var verbsPath = verbDictionary ?? data.FindData(PetrarchVerbsPath);
        var petrarch = verbsPath is null ? null : PetrarchVerbs.Read(verbsPath, problems);
        IEventActorSource actors = new LayerActorSource(new CoderActorSource(coder, words));
        // A dictionary of actors given with the gold is the user's: its codes come first.
        if (extraActors is { Count: > 0 })
        {
            bool agents = extraActors.Any(a => a.Code.StartsWith('~') || a.Code.EndsWith('~'));
            actors = new GivenActorSource(new LexiconActorSource(EventLexicon.OfActors(extraActors), bareRoles: agents, anyCodeTakesRoles: agents), actors, givenRoles: agents);
        }
        // A verb dictionary given in place of CAMEO.2.0 is the user's PETRARCH codebook: its codes decide the verbs it
        // lists, and PETRARCH's own target fallbacks apply.
        return new EventCoder(lexicon, cameo, actors, petrarch, CountryCodes(data),
            dictionaryDecides: verbDictionary is not null);
    }

    public override void Run(ArticleDocument document)
    {
        var pos = document.GetExtra<PosTags>(Layer.Pos);
        var deps = document.GetExtra<Dependencies>(Layer.Deps);
        if (pos is null || deps is null || document.Tokens.Length == 0 || _discards.DiscardsArticle(document.Text))
        {
            document.Events = ImmutableArray<Event>.Empty;
            return;
        }
        var (mendedPos, mendedDeps) = ParseRepairs.Apply(pos, deps, document.Text);
        var parsed = EventCoder.Parsed.Of(document, mendedPos, mendedDeps);
        var events = new List<Event>();
        bool boiler = document.Has(Layer.Boilerplate) && document.Boilerplate.Length > 0;
        foreach (var (s, start, end) in pos.Words.Ranges)
        {
            if (s < 0) continue;
            if (boiler && document.IsBoilerplate(document.Sentences[s].Span)) continue;
            if (_discards.DiscardsSentence(document.Sentences[s].Span.SliceOf(document.Text))) continue;
            int before = events.Count;
            _coder.CodeSentence(parsed, s, start, end, events);
            if (events.Count > before)
            {
                Anchor(document, events, before, document.Sentences[s].Span, _coder.CountryCodes);
                // One side alone that is still no one's in particular ("---CVL" with no place to give it a country) says nothing.
                for (int i = events.Count - 1; i >= before; i--)
                    if (events[i] is var e && (e.Source.Length == 0 && e.Target.StartsWith("---", StringComparison.Ordinal)
                                               || e.Target.Length == 0 && e.Source.StartsWith("---", StringComparison.Ordinal)))
                        events.RemoveAt(i);
            }
        }
        if (document.Has(Layer.Actors)) CountriesInContext(document.Actors, events, document.Has(Layer.Places) ? document.Places : null);
        // Reading countries in context may make both sides one actor ("Ankara ... its border" → TURGOV, TURGOV): no event.
        events.RemoveAll(e => e.Source.Length > 0 && e.Source == e.Target);
        document.Events = events.ToImmutableArray();
    }

    /// <summary>
    /// Bare countries read in the light of the whole article. A country that does or suffers a political act (roots
    /// 01–17: statements, appeals, meetings, aid, demands, threats, sanctions ...) is its government when the
    /// article names that government's people or offices: in a report quoting the US secretary of state and
    /// Russia's deputy foreign minister, "Russia rejected US calls for a truce" is one government rejecting the
    /// other's call. A government or army using force (18–20) on a place of its own country ("the Syrian
    /// government's offensive to recapture Aleppo") fights that country's rebels when the article names them
    /// ("rebel-held areas"). Without such mentions the country stays bare: it may be its people, its army or
    /// the state at large.
    /// </summary>
    /// <param name="places">When given, only a side named as a country or by its capital ("the United States",
    /// "Baghdad"; not "Americans", who are its people) is read as its government.</param>
    internal static void CountriesInContext(ImmutableArray<Actor> actors, List<Event> events, ImmutableArray<Place>? places = null)
    {
        HashSet<string>? governed = null, rebels = null;
        foreach (var a in actors)
        {
            if (a.Country.Length != 3 || a.Role.Contains("FRM", StringComparison.Ordinal)) continue;
            if (a.Role.StartsWith("GOV", StringComparison.Ordinal)) (governed ??= new HashSet<string>(StringComparer.Ordinal)).Add(a.Country);
            else if (a.Role.StartsWith("REB", StringComparison.Ordinal)) (rebels ??= new HashSet<string>(StringComparer.Ordinal)).Add(a.Country);
        }
        var original = governed is null ? null : events.ToList();
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            string source = e.Source, target = e.Target;
            if (string.CompareOrdinal(e.Root, "18") < 0)
            {
                if (governed is not null && source.Length == 3 && governed.Contains(source) && NamedCountry(e.SourceSpan)) source += "GOV";
                if (governed is not null && target.Length == 3 && governed.Contains(target) && NamedCountry(e.TargetSpan)) target += "GOV";
                // Two countries acting together are read alike: "Brazil and the United States seek a partnership, a US
                // official said" is between the two countries (one event each way), not Brazil and the US government.
                if (source.Length != target.Length && (source.Length == 3 && target != e.Target || target.Length == 3 && source != e.Source)
                    && original!.Exists(o => o.Source == e.Target && o.Target == e.Source && o.Code == e.Code))
                    (source, target) = (e.Source, e.Target);
            }
            else if (rebels is not null && target.Length == 3 && rebels.Contains(target) && source.Length == 6
                     && source.StartsWith(target, StringComparison.Ordinal) && source.AsSpan(3) is "GOV" or "MIL")
                target += "REB";
            if (!ReferenceEquals(source, e.Source) || !ReferenceEquals(target, e.Target))
                events[i] = e with { Source = source, Target = target };
        }

        bool NamedCountry(TextSpan? span)
        {
            if (places is not { } ps || span is not { } sp) return places is null;
            // a country, or its capital standing for it ("Baghdad had placed the sites off-limits")
            foreach (var pl in ps)
                if ((pl.Precision == PlacePrecision.Country || pl.Feature == "PPLC") && pl.Span.Overlaps(sp)) return true;
            return false;
        }
    }

    /// <summary>
    /// `when`/`where` of each event from the time and place layers, within its sentence: the date nearest the
    /// event's words (a duration such as "for a week" is not a date), and the place nearest them that is not
    /// one of its actors ("US held Russia responsible" happened in neither country; "the assault on Aleppo"
    /// did happen in Aleppo, a city, so a city or smaller place named as the target still counts).
    /// </summary>
    private static void Anchor(ArticleDocument document, List<Event> events, int from, TextSpan sentence, IReadOnlyDictionary<string, string> iso3)
    {
        bool times = document.Has(Layer.Times), places = document.Has(Layer.Places);
        // "Russian and Syrian warplanes": a place that names any of the sentence's sources is an actor, not where.
        var sources = new List<TextSpan>();
        for (int i = from; i < events.Count; i++) if (events[i].SourceSpan is { } s) sources.Add(s);
        Place? focus = null;
        for (int i = from; i < events.Count; i++)
        {
            var e = events[i];
            string? when = null, where = null;
            Place? at = null;
            int best = int.MaxValue;
            if (times)
                foreach (var t in document.Times)
                {
                    if (!sentence.Contains(t.Span) || t.Value is null || t.Type is not (TimexType.DATE or TimexType.TIME)) continue;
                    int d = Distance(e.Span, t.Span);
                    if (d < best) { best = d; when = t.Value; }
                }
            best = int.MaxValue;
            if (places)
                foreach (var pl in document.Places)
                {
                    if (!sentence.Contains(pl.Span)) continue;
                    if (sources.Exists(ss => ss.Overlaps(pl.Span))) continue;
                    if (e.TargetSpan is { } ts && ts.Overlaps(pl.Span) && pl.Precision is PlacePrecision.Country or PlacePrecision.Admin1 or PlacePrecision.Region) continue;
                    // "attacked the convoy on the main road from Senegal": where it came from is not where it happened.
                    if (AfterFrom(document.Text, pl.Span.Start)) continue;
                    // "a UK-based group", "the Saudi-led coalition": a place inside a hyphenated modifier is no scene.
                    if (pl.Span.End < document.Text.Length && document.Text[pl.Span.End] == '-') continue;
                    int d = Distance(e.Span, pl.Span);
                    if (d < best) { best = d; where = pl.Name; at = pl; }
                }
            string? basis = where is null ? null : best == 0 ? WhereBases.Clause : WhereBases.Sentence;
            if (where is null && places && (focus ??= Places.PlaceLocator.Focus(document)) is { } f)
            {
                where = f.Name;
                basis = WhereBases.Article;
            }
            if (when is not null || where is not null) events[i] = e with { When = when, Where = where, WhereBasis = basis };
            // "killing six civilians" in an air strike on hospitals in Aleppo: force on people of no named country, in a
            // place of its sentence, is on that country's people (ACLED's "Civilians (Syria)"). Only for those who
            // belong where they are: civilians, police, rebels, insurgents, opposition, government, hospitals, schools; not soldiers or
            // refugees, who are often foreign. (The same for a claim of such force, 015.)
            if (at is not null && EventCoder.TakesPlaceCountry(e.Code) && at.Country is { Length: 2 } cc && iso3.TryGetValue(cc, out var country))
                events[i] = events[i] with { Source = Local(events[i].Source, country, source: true), Target = Local(events[i].Target, country, source: false) };
        }
    }

    /// <summary>A role with no country whose people belong where they are ("---CVL", "---COP", "---REB", hospitals, schools, parliaments, courts ...).</summary>
    internal static bool IsLocalRole(string code) =>
        code.StartsWith("---", StringComparison.Ordinal) && code.Length >= 6 && code.AsSpan(3, 3) is "CVL" or "COP" or "REB" or "INS" or "OPP" or "GOV" or "HLH" or "EDU" or "CRM" or "LEG" or "JUD";

    // Civilians, hospitals and schools are never the doers of force (a misread subject): those stay unqualified.
    private static string Local(string code, string country, bool source) =>
        IsLocalRole(code) && !(source && code.AsSpan(3, 3) is "CVL" or "HLH" or "EDU") ? country + code[3..] : code;

    private static bool AfterFrom(string text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i >= 4 && text.AsSpan(i - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)) { i -= 4; while (i > 0 && text[i - 1] == ' ') i--; }
        return i >= 4 && text.AsSpan(i - 4, 4).Equals("from", StringComparison.OrdinalIgnoreCase) && (i == 4 || !char.IsLetter(text[i - 5]));
    }

    private static int Distance(TextSpan a, TextSpan b) =>
        b.End <= a.Start ? a.Start - b.End : b.Start >= a.End ? b.Start - a.End : 0;
}
