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
        foreach (var (iso2, iso3, _) in Sitrep.Knowledge.Geo.CountryNames.Rows(data)) map[iso2] = iso3;
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
                Anchor(document, parsed, start, end, events, before, s, _coder.CountryCodes, _coder.CountryOfCode);
                SameSideBothWays(events, before);
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
    /// The parse of words <paramref name="start"/>..<paramref name="end"/> says whose clause a date or place is in: one
    /// in the event's own clause comes first, then one in a clause the event's clause hangs from ("said on Monday that
    /// rebels attacked": Monday; for a place, not across a report: "said in Baghdad that ..."), never one in another
    /// clause ("the court said in a judgment released on Thursday that agents tortured him": Thursday is the judgment's;
    /// "urged to consider a system pioneered in Portugal": Portugal is the system's); the nearest wins among equals.
    /// </summary>
    private static void Anchor(ArticleDocument document, EventCoder.Parsed p, int start, int end, List<Event> events, int from, int sentenceIndex,
        IReadOnlyDictionary<string, string> iso3, IReadOnlyDictionary<string, string> iso2)
    {
        var sentence = document.Sentences[sentenceIndex].Span;
        bool times = document.Has(Layer.Times), places = document.Has(Layer.Places);
        // "Russian and Syrian warplanes": a place that names any of the sentence's sources is an actor, not where.
        var sources = new List<TextSpan>();
        // "Turkey called on Moscow to halt the bombing": so is a city named as the party a call, demand or charge is made to
        // (but visits and meetings are held where their host is, protests and arrests where they are named, and "the
        // assault on Aleppo" in Aleppo).
        for (int i = from; i < events.Count; i++)
        {
            var ev = events[i];
            if (ev.SourceSpan is { } s) sources.Add(s);
            if (ev.TargetSpan is { } t && ev.Root != "04" && !PlacedByOwnWords(ev.Root)) sources.Add(t);
        }
        var clauses = new Clauses(p, start, end);
        Place? focus = null;
        // (only the times and places that start in the sentence can be its events')
        var docTimes = document.Times;
        var docPlaces = document.Places;
        var sentenceTimes = new List<int>();
        var sentencePlaces = new List<int>();
        if (times) SpanIndex<TimeRef>.Starting(docTimes, t => t.Span, sentence.Start, sentence.End - 1, sentenceTimes);
        if (places) SpanIndex<Place>.Starting(docPlaces, pl => pl.Span, sentence.Start, sentence.End - 1, sentencePlaces);
        List<Event>? others = null; // the same force on the people of another country joined in the sentence
        List<(string Country, Place At)>? joined = null; // the sentence's joined countries, worked out when first needed
        var otherClauses = new List<int>(); // the sentence's dates of clauses other than the event's
        string? narrativeYear = null; // the earlier year the sentence before is dated in ("" when none), worked out when first needed
        for (int i = from; i < events.Count; i++)
        {
            var e = events[i];
            string? when = null, where = null;
            Place? at = null;
            int predicate = clauses.Predicate(e);
            (int Tier, int Distance) best = (int.MaxValue, int.MaxValue);
            otherClauses.Clear();
            int chosen = -1;
            foreach (int ti in sentenceTimes)
                {
                    var t = docTimes[ti];
                    if (!sentence.Contains(t.Span) || t.Value is null || t.Type is not (TimexType.DATE or TimexType.TIME)) continue;
                    // "currently", "in the future": no day to file it on.
                    if (!char.IsAsciiDigit(t.Value[0])) continue;
                    // "plans to fund scholarships by 2015", "held until March", "the highest since April": a deadline, an end or
                    // a start is not when it happened.
                    // (and "killed 400,000 people before a 2018 peace deal": what happened came before it)
                    if (SignalBefore(document.Text, t.Span.Start) is "by" or "until" or "till" or "since" or "before") continue;
                    // "the fiscal year 2005 budget", "Wednesday's ruling": a date that modifies a noun is that thing's.
                    if (clauses.NounsDate(predicate, t.Span, e)) continue;
                    int tier = clauses.Tier(predicate, t.Span, place: false);
                    if (tier < 0) { if (!clauses.OfANoun(t.Span)) otherClauses.Add(ti); continue; }
                    var rank = (tier, Distance(e.Span, t.Span));
                    if (rank.CompareTo(best) < 0) { best = rank; when = t.Value; chosen = ti; }
                }
            // "He and Arafat meet Albright on Monday", "are meeting on Monday": a weekday of a verb in the present is the coming
            // one, what is planned, not the one gone by (a bare weekday is read as past, right for "met on Monday"). Only a
            // weekday of the event's own clause: "said Thursday that troops will remain until Iraq complies" is the report's.
            if (chosen >= 0 && best.Tier == 0 && PresentVerb(p, predicate) && ComingWeekday(document, docTimes[chosen]) is { } coming)
                when = coming;
            // "Bush ordered troops to invade Panama on December 20, 1989. US soldiers overwhelmed the Panama Defense Force": a
            // past-tense event with no date in its sentence, right after a sentence dated in an earlier year, goes on telling
            // that history; it is of that year, not news of the article's day.
            if (when is null && times && predicate >= 0 && !Dated(docTimes, sentenceTimes)
                && (narrativeYear ??= NarrativeYear(document, sentenceIndex) ?? "") is { Length: > 0 } year && PastVerb(p, predicate))
                when = year;
            // "when in 1997 Rwanda invaded it, it gave a boost to the rebels, who quickly captured the capital": a past-tense
            // event whose own clauses give no date, in a sentence that writes out an earlier year in another clause, is of that
            // year too (history, not news of the article's day); only the year, since the day was the other clause's. (Not a
            // noun's date, "rebels who signed the 2015 accord attacked" or "the group, founded in 1998, attacked", nor a deadline
            // or a start.)
            if (when is null && otherClauses.Count > 0 && PastVerb(p, predicate)
                && EarlierYear(document, sentence, otherClauses) is { } told)
                when = told;
            best = (int.MaxValue, int.MaxValue);
            var finer = best;
            Place? finest = null;
            foreach (int pi in sentencePlaces)
                {
                    var pl = docPlaces[pi];
                    if (!sentence.Contains(pl.Span)) continue;
                    if (sources.Exists(ss => ss.Overlaps(pl.Span)) && !WhereASideIs(document.Text, pl, sources)) continue;
                    // (a party of what is said or done is not where, a country or region that force struck is: "bombing rebel-held
                    // areas of Syria's second largest city" happened in Syria; so is the one visited: "arrived in Pakistan")
                    if (e.TargetSpan is { } ts && ts.Overlaps(pl.Span) && pl.Precision is PlacePrecision.Country or PlacePrecision.Admin1 or PlacePrecision.Region
                        && !PlacedByOwnWords(e.Root) && e.Code != "042") continue;
                    // "attacked the convoy on the main road from Senegal": where it came from is not where it happened.
                    if (AfterFrom(document.Text, pl.Span.Start)) continue;
                    // "a UK-based group", "the Saudi-led coalition": a place inside a hyphenated modifier is no scene.
                    if (pl.Span.End < document.Text.Length && document.Text[pl.Span.End] == '-') continue;
                    if (clauses.Whose(pl, document.Text) || clauses.OwnsSide(pl, e) || clauses.Agent(pl)) continue;
                    if (OwnsNextPlace(document.Text, pl, docPlaces, sentencePlaces)) continue;
                    // "Washington, D.C. - infoZine - The Department of State warns ... of travel to Algeria": a dateline is where
                    // the report comes from, and where what is said, agreed or sanctioned was; protests and force happen where their
                    // own words say, the dateline only when they name no place ("KYIV, Ukraine (AP) - A drone hit a block in
                    // Kharkiv": Kharkiv).
                    bool dated = Dateline(document.Text, sentence, pl.Span);
                    int tier = dated ? (PlacedByOwnWords(e.Root) ? 3 : 0)
                        : clauses.Tier(predicate, pl.Span, place: true);
                    if (tier < 0) continue;
                    // ("THE HAGUE, Netherlands (AP) -": a wire dateline's places stand as one, and the first, the town, wins over the
                    // country after it, which is nearer the words)
                    var rank = (tier, dated && Sitrep.Extraction.Dateline.At(document.Text, sentence.Start, sentence.End) is { } wire
                        && wire.Span.Contains(pl.Span) ? Distance(e.Span, wire.Span) : Distance(e.Span, pl.Span));
                    if (rank.CompareTo(best) < 0) { best = rank; where = pl.Name; at = pl; }
                    // (a town of its own clause or one it hangs from, nearest first, for a country chosen: see below)
                    if (pl.Precision is not (PlacePrecision.Country or PlacePrecision.Region) && rank.CompareTo(finer) < 0) { finer = rank; finest = pl; }
                }
            // "Sunni clerics in Tikrit threatened to attack the foreign troops in Iraq": a country named nearer the words is less
            // than a town (or province) of that country the sentence puts it in (GDELT and ACLED file it by the town)
            // ... and so is a part of a country or a province the town lies in ("a drone strike on a market in the northern
            // Burkina Faso town of Djibo": Djibo, not northern Burkina Faso)
            if (at is { Precision: PlacePrecision.Country or PlacePrecision.Region or PlacePrecision.Admin1 } country && finest is { } town
                && town.Country == country.Country && town.Country.Length > 0
                && (country.Precision != PlacePrecision.Admin1 || town.Admin1 is { } a1 && a1 == country.Admin1))
            {
                where = town.Name;
                at = town;
                best = finer;
            }
            string? basis = where is null ? null : best.Distance == 0 ? WhereBases.Clause : WhereBases.Sentence;
            if (where is null && places && (focus ??= Places.PlaceLocator.Focus(document)) is { } f)
            {
                // ("South Sudan's civil war ... killed an estimated 400,000 people": where the sentence's running total is, the
                // country, not the focus town)
                where = (WarTotalPlace(document, sentence) ?? HomeOfTheDateline(document, e, f, iso3) ?? HomeOfTheSource(document, e, f, iso3, iso2) ?? f).Name;
                basis = WhereBases.Article;
            }
            if (when is not null || where is not null) events[i] = e with { When = when, Where = where, WhereBasis = basis };
            // "killing six civilians" in an air strike on hospitals in Aleppo: force on people of no named country, in a
            // place of its sentence, is on that country's people (ACLED's "Civilians (Syria)"). Only for those who
            // belong where they are: civilians, police, rebels, insurgents, opposition, government, hospitals, schools; not soldiers or
            // refugees, who are often foreign. (The same for a claim of such force, 015.)
            // Where the sentence joins places of several countries ("bombings in Kenya and Tanzania", "in Nairobi, Kenya, and
            // Dar es Salaam, Tanzania"), the people of each were struck: one event for each country, in the order they are
            // named, even when the place nearest the words is another ("South Africa deplored the blasts which killed scores
            // outside embassies in Kenya and Tanzania").
            // (a protest or an arrest by the place of its own clause, or of the article: "Mexico has arrested the leader of its
            // teachers' union ... to pay for luxury homes in America" was not done in America)
            // (and protesters of no named country with no one they protest against, "protests erupted in Nairobi", are of the
            // sentence's place)
            if (EventCoder.TakesPlaceCountry(e.Code) || HomeAct(e.Code) && (basis is WhereBases.Clause or WhereBases.Article
                                                                            || e.Target.Length == 0 && e.Source.StartsWith("---", StringComparison.Ordinal)))
            {
                joined ??= JoinedCountries(document.Text, docPlaces, sentencePlaces);
                var before = events[i];
                IReadOnlyList<string> countries = joined.Count > 0 ? joined.Select(j => j.Country).Distinct().ToList() : at?.Country is { Length: 2 } cc ? [cc] : [];
                // People the actor stage gave the article's main country only because their sentence's words named none
                // ("Russian jets bombed a market in Marib, killing 12 civilians" in a report that names Russia more than
                // Yemen) are placed like people of no country, by the town or region of their sentence the gazetteer knows (a
                // country the words name, "in Syria", decided already; "the Indian peace keeping force" names no scene). A
                // country is their place only where the article's country made them the doer's own people ("Russia launched
                // drones at Ukraine, ... wounding five people" in a report naming Russia most: not Russia's people).
                if (countries.Count > 0 && document.Has(Layer.Actors) && Unplaced(document.Actors, before) is var unplaced
                    && (joined.Count > 0 || at!.Precision != PlacePrecision.Country || OwnPeopleOfTheDoer(before, unplaced)))
                    before = unplaced;
                // ... and, where the sentence names no place the gazetteer knows, by the place the article is about: "NAIROBI,
                // Kenya (AP) - ... in Ethiopia's Tigray region ... Eritrean troops killed civilians in the town of Adwa" are
                // Ethiopia's civilians, not Kenya's (the dateline weighed for Kenya as the article's country).
                // So are the police, courts, protesters and others of no named country in a protest or an arrest (roots 14
                // and 17) the sentence does not place: "BELGRADE ... Police arrested 30 protesters" is SRBCOP 175 SRBOPP.
                else if (countries.Count == 0 && basis == WhereBases.Article && focus?.Country is { Length: 2 } fc && iso3.TryGetValue(fc, out var f3)
                         && document.Has(Layer.Actors) && Unplaced(document.Actors, before) is var fromFocus
                         && (!ReferenceEquals(fromFocus, before) || HomeAct(e.Code) && (IsLocalRole(e.Source) || IsLocalRole(e.Target))))
                {
                    bool home = HomeAct(e.Code);
                    before = fromFocus;
                    events[i] = before with
                    {
                        Source = before.Source == e.Source && !home ? e.Source : Local(before.Source, f3, source: true),
                        Target = before.Target == e.Target && !home ? e.Target : Local(before.Target, f3, source: false),
                    };
                }
                // "The militia said it had captured 40 soldiers": soldiers of no named country whom a country's rebels or
                // insurgents strike, with no place named, are that country's army (as they are where a place of it is named).
                // (Soldiers or troops only: "militants were shooting at the Marines" in Fallujah are American.)
                if (countries.Count == 0 && events[i] is { Target: "---MIL", Source.Length: 6, TargetSpan: { } soldiers } struck
                    && struck.Source.AsSpan(3) is "REB" or "INS" && SoldiersWords.Contains(soldiers.SliceOf(document.Text).ToString()))
                    events[i] = struck with { Target = struck.Source[..3] + "MIL" };
                bool first = true;
                foreach (var c2 in countries)
                {
                    if (!iso3.TryGetValue(c2, out var c3)) continue;
                    var local = before with { Source = Local(before.Source, c3, source: true), Target = Local(before.Target, c3, source: false) };
                    // "jihadists killed 12 soldiers in northern Burkina Faso": soldiers of no named country that the country's
                    // own rebels or insurgents strike there are its army (foreign troops are named as such: "French soldiers");
                    // so are those struck there by no one named ("a car bomb exploded at an army base in Beledweyne, killing
                    // 15 soldiers"), unless the sentence names an army or a state whose they are ("the Israeli military said
                    // two soldiers were killed in an attack in southern Gaza": Israel's).
                    if (local.Target == "---MIL" && local.Source.Length == 0)
                        local = local with { Target = (ArmyOfSentence(document, sentence) ?? c3) + "MIL" };
                    else if (local.Target == "---MIL" && local.Source.Length == 6 && local.Source.StartsWith(c3, StringComparison.Ordinal)
                        && local.Source.AsSpan(3) is "REB" or "INS")
                        local = local with { Target = c3 + "MIL" };
                    // ... and each country's people were struck in that country: "bombs exploded outside embassies in Kenya and
                    // Tanzania" happened in Tanzania for Tanzania's people, not in Kenya, the place nearest the words (nor in South
                    // Africa, which "deplored the blasts")
                    if (joined.Count > 0 && JoinedPlaceOf(joined, local.Target, at, e.Span, iso3) is { } own)
                        local = local with { Where = own.Name, WhereBasis = WhereBases.Sentence };
                    if (first) events[i] = local;
                    // (a side the sentence gave a country already stays one event)
                    else if (local.Source != before.Source || local.Target != before.Target) (others ??= new List<Event>()).Add(local);
                    first = false;
                }
            }
        }
        if (others is not null) events.AddRange(others);
    }

    /// <summary>The clauses of one parsed run of words, for <see cref="Anchor"/>.</summary>
    private readonly struct Clauses(EventCoder.Parsed p, int start, int end)
    {
        /// <summary>
        /// The word that carries event <paramref name="e"/>: from its target (else its source) up the parse to the first
        /// word that is neither ("Saddam said he will begin withdrawing troops from Iranian territory": withdrawing). -1 when
        /// the parse does not say.
        /// </summary>
        public int Predicate(Event e)
        {
            // the deepest verb of the event's words over its target, else over its source ("charged Libyan agents in the
            // bombing that killed 259 people": killed)
            foreach (var side in new[] { e.TargetSpan, e.SourceSpan })
            {
                if (side is not { } sp || !Contains(sp) || Top(sp) is not (var t and >= 0)) continue;
                for (int w = p.Head(t), guard = 0; w >= start && w < end && guard < end - start; w = p.Head(w), guard++)
                    if (p.Tag(w) == "VERB" && e.Span.Overlaps(p.Words[w]) && !sp.Overlaps(p.Words[w])) return w;
            }
            // ... or the verb of a relative clause on it ("a nurse who was critically injured in the bombing")
            foreach (var side in new[] { e.TargetSpan, e.SourceSpan })
            {
                if (side is not { } sp || !Contains(sp)) continue;
                for (int w = start; w < end; w++)
                    if (p.Tag(w) is "VERB" or "ADJ" && Base(p.Label(w)) == "acl" && e.Span.Overlaps(p.Words[w]) && !sp.Overlaps(p.Words[w])
                        && p.Head(w) is var hw && hw >= 0 && sp.Overlaps(p.Words[hw])) return w;
            }
            // a noun's event ("attacks on doctors"): the first word above its sides
            var side0 = e.TargetSpan is { } ts && Contains(ts) ? ts : e.SourceSpan is { } ss && Contains(ss) ? ss : (TextSpan?)null;
            int x = side0 is { } s0 ? Top(s0) : -1;
            for (int guard = 0; x >= 0 && guard < end - start; guard++)
            {
                var ws = p.Words[x];
                if (!(e.TargetSpan is { } t && t.Overlaps(ws)) && !(e.SourceSpan is { } s && s.Overlaps(ws))) return e.Span.Overlaps(ws) ? x : -1;
                x = p.Head(x);
                if (x < start || x >= end) return -1;
            }
            return -1;
        }

        /// <summary>
        /// 0 when the words of <paramref name="span"/> are in the clause of <paramref name="predicate"/>, 1 in a clause it
        /// hangs from (for a place, not across a report: a complement or a parenthetical "..., he said"), 2 in a clause
        /// that hangs from it and says when or how it happened, 3 outside these words (a dateline parsed on its own),
        /// -1 in another clause. 0 for all when the parse does not say.
        /// </summary>
        public int Tier(int predicate, TextSpan span, bool place)
        {
            if (predicate < 0) return 0;
            int top = Top(span);
            if (top < 0) return 3;
            int own = Clause(top);
            int c0 = Clause(predicate);
            if (c0 == own) return 0;
            int c = c0;
            for (int guard = 0; guard < end - start && p.Head(c) is var h && h >= start && h < end; guard++)
            {
                if (place && Base(p.Label(c)) is "ccomp" or "parataxis" or "csubj") break;
                // "troops in the Gulf will remain until Iraq complies", "would strike Iraq unless it gave access": what a condition or
                // a limit says is no more where the main clause is than a report is
                if (place && Base(p.Label(c)) == "advcl" && Condition(c)) break;
                c = Clause(h);
                if (c == own) return 1;
            }
            // "were killed when air strikes hit hospitals in Aleppo", "exploded ..., killing 81 people", "attacked the town
            // and killed ...", "began withdrawing from X", "were killed in an explosion that took place in X"
            for (int o = own, guard = 0; guard < end - start && p.Head(o) is var h && h >= start && h < end
                                        && (Base(p.Label(o)) is "advcl" or "conj" or "xcomp" && SameTime(o) || Base(p.Label(o)) == "acl" && Base(p.Label(h)) == "obl"); guard++)
            {
                o = Clause(h);
                if (o == c0) return 2;
            }
            return -1;
        }

        /// <summary>A clause joined by "until", "unless" or "if".</summary>
        private bool Condition(int clause)
        {
            for (int m = p.FirstChild[clause]; m >= 0; m = p.NextSibling[m])
                if (p.Label(m) == "mark" && p.Word(m) is var w && (w.Equals("until", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("unless", StringComparison.OrdinalIgnoreCase) || w.Equals("if", StringComparison.OrdinalIgnoreCase)))
                    return true;
            return false;
        }

        /// <summary>A clause joined with no word that sets it apart in time or fact ("when", "as", "while"; not "after", "unless", "if").</summary>
        private bool SameTime(int clause)
        {
            // "tortured a German citizen, ... the court said in a judgment released on Thursday": a report joined as one
            // more verb is still the report
            if (Reporting(p.Word(clause))) return false;
            for (int m = p.FirstChild[clause]; m >= 0; m = p.NextSibling[m])
                if (p.Label(m) == "mark")
                    return p.Word(m) is var w && (w.Equals("when", StringComparison.OrdinalIgnoreCase) || w.Equals("as", StringComparison.OrdinalIgnoreCase)
                                                  || w.Equals("while", StringComparison.OrdinalIgnoreCase) || w.Equals("to", StringComparison.OrdinalIgnoreCase));
            return true;
        }

        /// <summary>A date that modifies a noun other than the event's own word ("the 1979 peace treaty", "Wednesday's ruling").</summary>
        public bool NounsDate(int predicate, TextSpan span, Event e)
        {
            int top = Top(span);
            if (top < 0 || p.Head(top) is not (var h and >= 0) || h == predicate) return false;
            // the deed or thing the event's verb tells of ("the Aug. 7 bombings killed 257 people", "signed the 1979 treaty", "the 1998
            // bombing of a clinic that killed a
            // police officer")
            if (predicate >= 0 && (p.Head(h) == predicate && Base(p.Label(h)) is "nsubj" or "obl" or "obj" || p.IsUnder(predicate, h))) return false;
            // (not a side's word: "last September police clashed" is parsed as one noun phrase)
            if (e.SourceSpan is { } ss && ss.Overlaps(p.Words[h]) || e.TargetSpan is { } ts && ts.Overlaps(p.Words[h])) return false;
            return p.Label(top) is "compound" or "nmod:poss" or "amod" or "nummod" && p.Tag(h) is "NOUN" or "PROPN";
        }

        /// <summary>Words in a clause that tells of a noun ("the group, which was founded in 1998", "a party formed in 2012").</summary>
        public bool OfANoun(TextSpan span) => Top(span) is var top and >= 0 && Base(p.Label(Clause(top))) == "acl";

        /// <summary>A country named as the owner of one of the event's sides ("Sudan's paramilitary Rapid Support Forces
        /// killed ...": whose the force is, not where it struck).</summary>
        public bool OwnsSide(Place pl, Event e)
        {
            if (pl.Precision != PlacePrecision.Country) return false;
            int top = Top(pl.Span);
            if (top < 0 || p.Label(top) != "nmod:poss" || p.Head(top) is not (var h and >= 0)) return false;
            return e.SourceSpan is { } ss && ss.Overlaps(p.Words[h]) || e.TargetSpan is { } ts && ts.Overlaps(p.Words[h]);
        }

        /// <summary>
        /// A country or capital that does what a passive verb says: "rebels backed by Uganda and Rwanda", "government forces,
        /// supported by Angola, Namibia and Zimbabwe" name parties, not where anything happened.
        /// </summary>
        public bool Agent(Place pl)
        {
            if (pl.Precision != PlacePrecision.Country && pl.Feature != "PPLC") return false;
            int top = Top(pl.Span);
            // (the later names of a list hang from the first)
            for (int guard = 0; top >= 0 && p.Label(top) == "conj" && guard < end - start; guard++) top = p.Head(top);
            return top >= 0 && p.Label(top) == "obl:agent";
        }

        /// <summary>
        /// A country named as whose something is rather than where: "U.S. embassies", "US troops", "King Hussein
        /// of Jordan", "the Iraqi ambassador to Venezuela".
        /// </summary>
        public bool Whose(Place pl, string text)
        {
            if (pl.Precision != PlacePrecision.Country && pl.Feature != "PPLC") return false;
            int top = Top(pl.Span);
            if (top < 0) return false;
            string label = p.Label(top);
            // ("several Kenyan towns", "a Malian village": the country of a place named by its kind is where, not whose)
            if (pl.Precision == PlacePrecision.Country && label is "compound" or "amod")
                return !(p.Head(top) is var town and >= 0 && Settlements.Contains(p.Word(town).ToString()));
            if (Base(label) != "nmod" || p.Head(top) is not (var h and >= 0)) return false;
            if (!(p.Tag(h) is "PROPN" or "NOUN")) return false;
            // "of Jordan" after a person or an office ("King Hussein", "ambassador"), who belongs to it
            return WordBefore(text, pl.Span.Start) is "of" or "to" && (p.Tag(h) == "PROPN" || Office(p.Word(h)));
        }

        // Places named by their kind, of a country an adjective names.
        private static readonly HashSet<string> Settlements = new(StringComparer.OrdinalIgnoreCase)
            { "town", "towns", "city", "cities", "village", "villages", "province", "provinces", "district", "districts", "region", "regions" };

        private static bool Office(ReadOnlySpan<char> w) =>
            w.Equals("ambassador", StringComparison.OrdinalIgnoreCase) || w.Equals("envoy", StringComparison.OrdinalIgnoreCase)
            || w.Equals("king", StringComparison.OrdinalIgnoreCase) || w.Equals("president", StringComparison.OrdinalIgnoreCase)
            || w.Equals("minister", StringComparison.OrdinalIgnoreCase) || w.Equals("consul", StringComparison.OrdinalIgnoreCase)
            || w.Equals("embassy", StringComparison.OrdinalIgnoreCase) || w.Equals("ambassadors", StringComparison.OrdinalIgnoreCase);

        private static bool Reporting(ReadOnlySpan<char> w)
        {
            foreach (var r in ReportVerbs) if (w.Equals(r, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private static readonly string[] ReportVerbs =
            ["said", "says", "say", "told", "tells", "reported", "reports", "announced", "added", "stated", "claimed", "confirmed", "wrote"];

        /// <summary>The word heading a clause: up from <paramref name="w"/> to the first that starts one (a verb's conjunct does too).</summary>
        private int Clause(int w)
        {
            for (int guard = 0; guard < end - start; guard++)
            {
                string l = Base(p.Label(w));
                if (l is "root" or "ccomp" or "advcl" or "acl" or "parataxis" or "csubj" or "xcomp" || l == "conj" && p.Tag(w) is "VERB" or "AUX") return w;
                int h = p.Head(w);
                if (h < start || h >= end) return w;
                w = h;
            }
            return w;
        }

        /// <summary>The word of <paramref name="span"/> whose head lies outside it, or -1 when none of these words is in it.</summary>
        private int Top(TextSpan span)
        {
            int first = -1;
            for (int w = start; w < end; w++)
            {
                if (!span.Overlaps(p.Words[w])) continue;
                if (first < 0) first = w;
                int h = p.Head(w);
                if (h < start || h >= end || !span.Overlaps(p.Words[h])) return w;
            }
            return first;
        }

        private bool Contains(TextSpan span) => start < end && p.Words[start].Start <= span.Start && span.End <= p.Words[end - 1].End;

        private static string Base(string label) => label.IndexOf(':') is var i and > 0 ? label[..i] : label;
    }

    /// <summary>A place opening its sentence (after other capitalised names and a comma) and followed by a comma or a dash
    /// ("BAGHDAD, Iraq -", "Washington, D.C. -").</summary>
    private static bool Dateline(string text, TextSpan sentence, TextSpan place)
    {
        // only capitalised words before it, the last followed by a comma ("Washington, D.C.")
        bool wordStart = true;
        int last = place.Start;
        while (last > sentence.Start && text[last - 1] == ' ') last--;
        if (last > sentence.Start && text[last - 1] != ',') last = sentence.Start;
        for (int i = sentence.Start; i < place.Start; i++)
        {
            char c = text[i];
            if (i >= last && !char.IsWhiteSpace(c) && c != ',') return false;
            if (wordStart && char.IsLower(c)) return false;
            wordStart = char.IsWhiteSpace(c);
        }
        int j = place.End;
        while (j < sentence.End && text[j] == ' ') j++;
        return j < sentence.End && text[j] is ',' or '-' or '—' or '–' or '_' or '(';
    }

    /// <summary>
    /// The place the figure stage gave a war's running total in <paramref name="sentence"/> when that is the whole country
    /// (<see cref="Places.PlaceLocator.OfAWar"/>), or null.
    /// </summary>
    private static Place? WarTotalPlace(ArticleDocument document, TextSpan sentence)
    {
        if (!document.Has(Layer.Figures)) return null;
        foreach (var fig in document.Figures)
            if (fig.Cumulative && fig.Where is { } w && sentence.Contains(fig.Span))
                foreach (var p in document.Places)
                    if (p.Span == w && p.Precision == PlacePrecision.Country) return p;
        return null;
    }

    /// <summary>Whether any of the sentence's times is a date or a time (a duration, "for seven days", dates nothing).</summary>
    private static bool Dated(ImmutableArray<TimeRef> docTimes, List<int> sentenceTimes)
    {
        foreach (int ti in sentenceTimes)
            if (docTimes[ti].Type is TimexType.DATE or TimexType.TIME) return true;
        return false;
    }

    /// <summary>
    /// The year of the last date of the sentence before sentence <paramref name="s"/> that writes its year out, where that year
    /// is before the article's own (history the article tells); null otherwise, or where the date is a deadline or a start
    /// ("since 1985", "by 2015"), which does not say when what follows happened.
    /// </summary>
    private static string? NarrativeYear(ArticleDocument document, int s)
    {
        if (s == 0) return null;
        var previous = document.Sentences[s - 1].Span;
        var times = _previousTimes ??= new List<int>();
        times.Clear();
        SpanIndex<TimeRef>.Starting(document.Times, t => t.Span, previous.Start, previous.End - 1, times);
        return EarlierYear(document, previous, times);
    }

    /// <summary>
    /// The year of the last date among <paramref name="times"/> (those starting in sentence <paramref name="sentence"/>) that
    /// writes its year out, where that year is before the article's own; null otherwise, or where the date is a deadline or a
    /// start, which does not say when anything else happened.
    /// </summary>
    private static string? EarlierYear(ArticleDocument document, TextSpan sentence, List<int> times)
    {
        if (document.Published is not { } published) return null;
        string? year = null;
        foreach (int ti in times)
        {
            var t = document.Times[ti];
            if (!sentence.Contains(t.Span) || t.Type != TimexType.DATE || t.Value is not { Length: >= 4 } v || !char.IsAsciiDigit(v[0])) continue;
            if (SignalBefore(document.Text, t.Span.Start) is "by" or "until" or "till" or "since" or "before" or "after") continue;
            // (a year the words write out: "last year" under a photo, or a weekday read against a wrong publication date, is
            // no history to go on with)
            if (!t.Span.SliceOf(document.Text).Contains(v.AsSpan(0, 4), StringComparison.Ordinal)) continue;
            year = v[..4];
        }
        return year is not null && int.TryParse(year, out int y) && y < published.Year ? year : null;
    }

    /// <summary>
    /// A verb in the simple past ("overwhelmed", "fought", "was taken"): no present, perfect, future or modal auxiliary
    /// ("has fought", "will take", "could seize" are not history).
    /// </summary>
    private static bool PastVerb(EventCoder.Parsed p, int v)
    {
        if (p.Tag(v) != "VERB") return false;
        bool pastAux = false;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "aux" or "aux:pass")
            {
                if (p.Word(c) is not ("was" or "were" or "Was" or "Were" or "had" or "Had" or "did" or "Did")) return false;
                pastAux = true;
            }
        var w = p.Word(v);
        return pastAux || w.Length > 3 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Lemmas.IsIrregularPast(w);
    }

    /// <summary>
    /// A verb in the simple present or the present progressive with its own subject ("they meet", "he meets", "they are
    /// meeting"): no other auxiliary, no past form, no infinitive ("forced to use tear gas"), and not a verb whose past is
    /// the same word ("air strikes hit two hospitals").
    /// </summary>
    private static bool PresentVerb(EventCoder.Parsed p, int v)
    {
        if (v < 0 || p.Tag(v) != "VERB") return false;
        var w = p.Word(v);
        if (SamePast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) return false;
        bool progressive = false, subject = false;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            if (p.Label(c) is "aux" or "aux:pass")
            {
                if (!(p.Word(c) is "is" or "are" or "am") || !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
                progressive = true;
            }
            else if (p.Label(c) == "nsubj") subject = true;
            else if (p.Label(c) == "mark" && p.Word(c) is "to") return false;
        }
        if (!subject) return false;
        if (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return progressive;
        return !w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("en", StringComparison.OrdinalIgnoreCase) && !Lemmas.IsIrregularPast(w);
    }

    // Verbs whose past is the present's own word.
    private static readonly HashSet<string> SamePast = new(StringComparer.OrdinalIgnoreCase)
        { "hit", "put", "set", "cut", "let", "shut", "beat", "cast", "cost", "hurt", "quit", "spread", "burst", "shed", "split", "read", "bid", "upset", "broadcast" };

    /// <summary>
    /// The same weekday a week on ("yyyy-MM-dd"), where <paramref name="t"/> is a bare weekday ("Monday", "on Monday"; not
    /// "last Monday") read as one of the six days before the article's.
    /// </summary>
    private static string? ComingWeekday(ArticleDocument document, TimeRef t)
    {
        if (document.Published is not { } published || !Enum.TryParse<DayOfWeek>(t.Span.SliceOf(document.Text), ignoreCase: false, out var day)
            || !Enum.IsDefined(day) || !DateOnly.TryParseExact(t.Value, "yyyy-MM-dd", out var date)) return null;
        if (SignalBefore(document.Text, t.Span.Start) is "last" or "past" || date >= published || date < published.AddDays(-6)) return null;
        return date.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The word just before <paramref name="at"/>, lower-cased ("" when none).</summary>
    private static string WordBefore(string text, int at) => TextAround.WordBefore(text, at).ToString().ToLowerInvariant();

    /// <summary>
    /// The word before <paramref name="at"/>, lower-cased; "before" also past an article ("before a 2018 peace deal"), where the
    /// date is the deal's but what happened came before it ("since the January 1998 bombing" stays "the": the bombing's date).
    /// </summary>
    private static string SignalBefore(string text, int at)
    {
        var w = TextAround.WordBefore(text, at);
        if (w is "a" or "an" or "the")
        {
            int end = at;
            while (end > 0 && text[end - 1] == ' ') end--;
            if (TextAround.WordBefore(text, end - w.Length).Equals("before", StringComparison.OrdinalIgnoreCase)) return "before";
        }
        return w.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// "Fighting between the army and RSF fighters in El Fasher": a battle coded both ways, whose side of no country was given
    /// one where it is struck (soldiers the country's rebels fight are its army), is that country's where it strikes too
    /// (SDNMIL both ways, not ---MIL 190 SDNREB and SDNREB 190 SDNMIL).
    /// </summary>
    private static void SameSideBothWays(List<Event> events, int from)
    {
        for (int i = from; i < events.Count; i++)
        {
            if (events[i] is not { Code: "190", SourceSpan: { } side } e || !e.Source.StartsWith("---", StringComparison.Ordinal) || e.Source.Length != 6) continue;
            for (int j = from; j < events.Count; j++)
                if (events[j] is { Code: "190" } m && m.Source == e.Target && m.TargetSpan == side && m.Target.Length == 6
                    && !m.Target.StartsWith("---", StringComparison.Ordinal) && m.Target.AsSpan(3).SequenceEqual(e.Source.AsSpan(3)))
                {
                    events[i] = e with { Source = m.Target };
                    break;
                }
        }
    }

    /// <summary>A role with no country whose people belong where they are ("---CVL", "---COP", "---REB", hospitals, schools, parliaments, courts ...).</summary>
    internal static bool IsLocalRole(string code) =>
        code.StartsWith("---", StringComparison.Ordinal) && code.Length >= 6 && code.AsSpan(3, 3) is "CVL" or "COP" or "REB" or "INS" or "OPP" or "GOV" or "HLH" or "EDU" or "CRM" or "LEG" or "JUD";

    /// <summary>An investigation, a protest or coercion (roots 09, 14 and 17: inquiries, arrests, repression): done at home, by
    /// and to people of the place.</summary>
    private static bool HomeAct(string code) => code.StartsWith("09", StringComparison.Ordinal) || code.StartsWith("14", StringComparison.Ordinal) || code.StartsWith("17", StringComparison.Ordinal);

    /// <summary>
    /// "HAVANA (AP) -- ... Castro said his government had shared its concerns with the U.S. State Department", in a report
    /// whose places are mostly Miami's: what a side of the dateline's own country says, meets on or agrees to where no place is
    /// named was done where the report was filed, not at the article's focus in another country. Null for protests and
    /// force, which happen where the story is (<see cref="PlacedByOwnWords"/>), and for a dateline in the focus's country.
    /// </summary>
    private static Place? HomeOfTheDateline(ArticleDocument document, Event e, Place focus, IReadOnlyDictionary<string, string> iso3)
    {
        if (PlacedByOwnWords(e.Root) || Places.PlaceLocator.Dateline(document) is not { } home || home.Country == focus.Country
            || !iso3.TryGetValue(home.Country, out var c3)) return null;
        return e.Source.StartsWith(c3, StringComparison.Ordinal) || e.Target.StartsWith(c3, StringComparison.Ordinal) ? home : null;
    }

    /// <summary>
    /// "The US State Department said John Kerry contacted Thailand's foreign minister", in a report about a boat off Aceh: what
    /// one country's side says, asks, meets on or agrees to where no place is named, with neither side of the focus's country,
    /// was done in its own country (the article's first mention of it), not at the focus. Null for protests and force
    /// (<see cref="PlacedByOwnWords"/>), for a side of no country, and where the article never names the source's country.
    /// </summary>
    private static Place? HomeOfTheSource(ArticleDocument document, Event e, Place focus, IReadOnlyDictionary<string, string> iso3,
        IReadOnlyDictionary<string, string> iso2)
    {
        if (PlacedByOwnWords(e.Root) || e.Source.Length < 3 || !iso3.TryGetValue(focus.Country, out var f3)
            || e.Source.StartsWith(f3, StringComparison.Ordinal) || e.Target.StartsWith(f3, StringComparison.Ordinal)) return null;
        return iso2.TryGetValue(e.Source[..3], out var c2) ? Places.PlaceLocator.FirstMentionOfCountry(document, c2) : null;
    }

    /// <summary>Protests, force postures, coercion and force (roots 14, 15, 17–20) happen where their own words say; what is
    /// said, asked, agreed or imposed, where it was said.</summary>
    private static bool PlacedByOwnWords(string root) => root is "14" or "15" or "17" or "18" or "19" or "20";

    /// <summary>The event with each side whose country is only the article's main country (<see cref="Actor.CountryFromArticle"/>)
    /// written as that role of no country; the event itself when it has none.</summary>
    private static Event Unplaced(ImmutableArray<Actor> actors, Event e)
    {
        // (civilians, hospitals and schools as doers stay as they are: they are not placed, see Local)
        string source = e.Source.Length == 6 && e.Source.AsSpan(3) is "CVL" or "HLH" or "EDU" ? e.Source : FromArticle(actors, e.Source, e.SourceSpan);
        string target = FromArticle(actors, e.Target, e.TargetSpan);
        return ReferenceEquals(source, e.Source) && ReferenceEquals(target, e.Target) ? e : e with { Source = source, Target = target };

        static string FromArticle(ImmutableArray<Actor> actors, string code, TextSpan? span)
        {
            // ("government forces", "federal troops": the state's own, wherever they fight)
            if (span is not { } sp || code.Length != 6 || code.AsSpan(3) is "MIL" or "COP") return code;
            var near = _evidenceHere ??= new List<int>();
            SpanIndex<Actor>.Starting(actors, a => a.Evidence, sp.Start, sp.Start, near);
            foreach (int i in near)
                if (actors[i] is { CountryFromArticle: true } a && a.Evidence == sp && a.Code == code) return "---" + code[3..];
            return code;
        }
    }

    [ThreadStatic] private static List<int>? _evidenceHere;
    [ThreadStatic] private static List<int>? _previousTimes;

    // Words for a country's own rank and file, with nothing of a foreign force's name ("Marines", "peacekeepers").
    private static readonly HashSet<string> SoldiersWords = new(StringComparer.OrdinalIgnoreCase) { "soldier", "soldiers", "troops" };

    /// <summary>True when <see cref="Unplaced"/> took from the victims (<paramref name="e"/>'s target) the doer's own country.</summary>
    private static bool OwnPeopleOfTheDoer(Event e, Event unplaced) =>
        unplaced.Target != e.Target && e.Source.Length >= 3 && e.Target.StartsWith(e.Source[..3], StringComparison.Ordinal);

    // Civilians, hospitals and schools are never the doers of force (a misread subject): those stay unqualified.
    private static string Local(string code, string country, bool source) =>
        IsLocalRole(code) && !(source && code.AsSpan(3, 3) is "CVL" or "HLH" or "EDU") ? country + code[3..] : code;

    /// <summary>
    /// Where the people of one of a sentence's joined countries (<paramref name="target"/>'s) were struck: the place chosen for
    /// the event when it is theirs, else the nearest of the joined places of their country, a town before the country; null to
    /// leave it as it is.
    /// </summary>
    private static Place? JoinedPlaceOf(List<(string Country, Place At)> joined, string target, Place? chosen, TextSpan words,
        IReadOnlyDictionary<string, string> iso3)
    {
        if (target.Length < 3) return null;
        bool Theirs(string country) => iso3.TryGetValue(country, out var c3) && target.StartsWith(c3, StringComparison.Ordinal);
        if (chosen is not null && Theirs(chosen.Country)) return null;
        // (a town before a country: "in Nairobi, Kenya, and Dar es Salaam, Tanzania" happened in Nairobi)
        Place? best = null;
        (bool, int) Rank(Place pl) => (pl.Precision == PlacePrecision.Country, Distance(words, pl.Span));
        foreach (var (country, at) in joined)
            if (Theirs(country) && (best is null || Rank(at).CompareTo(Rank(best)) < 0)) best = at;
        return best;
    }

    /// <summary>
    /// The countries of the sentence's places that are joined by "and" or "or" to a place of another country (a place
    /// set off after a town by a comma, "Nairobi, Kenya", goes with the town), in the order named, each with the place joined; empty when none are.
    /// </summary>
    private static List<(string Country, Place At)> JoinedCountries(string text, ImmutableArray<Place> places, List<int> sentencePlaces)
    {
        var countries = new List<(int Start, string Country, Place At)>();
        foreach (int ai in sentencePlaces)
        {
            var at = places[ai];
            if (at.Country.Length == 0) continue;
            int start = at.Span.Start, end = at.Span.End;
            foreach (int pi in sentencePlaces)
            {
                var pl = places[pi];
                if (pl.Span.Start >= end && pl.Country == at.Country && Gap(end, pl.Span.Start) is ",") end = pl.Span.End;
            }
            foreach (int pi in sentencePlaces)
            {
                var pl = places[pi];
                if (pl.Country == at.Country || pl.Country.Length == 0) continue;
                var gap = pl.Span.Start >= end ? Gap(end, pl.Span.Start) : pl.Span.End <= start ? Gap(pl.Span.End, start) : null;
                if (gap is "and" or "or" or ", and" or ", or" or "and the" or ", and the")
                {
                    countries.Add((at.Span.Start, at.Country, at));
                    countries.Add((pl.Span.Start, pl.Country, pl));
                }
            }
        }
        // (each place joined once, in the order named: "in Nairobi, Kenya, and Dar es Salaam, Tanzania" gives Nairobi and Dar es Salaam)
        return countries.OrderBy(c => c.Start).DistinctBy(c => c.Start).Select(c => (c.Country, c.At)).ToList();

        string? Gap(int from, int to) => to - from > 12 ? null : text[from..to].Trim();
    }

    /// <summary>
    /// "Sunni clerics in Tikrit threatened ...": a town after "in" inside a side's words is where that side is, and so where
    /// what it says or does happened (it went to Iraq, named later), not the side.
    /// </summary>
    private static bool WhereASideIs(string text, Place place, List<TextSpan> sides) =>
        place.Precision is PlacePrecision.City or PlacePrecision.PartOfCity or PlacePrecision.Facility
        && TextAround.WordBefore(text, place.Span.Start) is "in"
        && sides.Exists(s => s.Start < place.Span.Start && s.Contains(place.Span));

    private static bool AfterFrom(string text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i >= 4 && text.AsSpan(i - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)) { i -= 4; while (i > 0 && text[i - 1] == ' ') i--; }
        return i >= 4 && text.AsSpan(i - 4, 4).Equals("from", StringComparison.OrdinalIgnoreCase) && (i == 4 || !char.IsLetter(text[i - 5]));
    }

    /// <summary>The country of the first army or government the sentence names ("the Israeli military said ..."), or null.</summary>
    private static string? ArmyOfSentence(ArticleDocument document, TextSpan sentence)
    {
        if (!document.Has(Layer.Actors)) return null;
        var near = new List<int>();
        SpanIndex<Actor>.Starting(document.Actors, a => a.Evidence, sentence.Start, sentence.End - 1, near);
        foreach (int i in near)
            if (document.Actors[i] is { Country.Length: 3 } a && a.Role.StartsWith("MIL", StringComparison.Ordinal) | a.Role.StartsWith("GOV", StringComparison.Ordinal))
                return a.Country;
        return null;
    }

    /// <summary>A country that owns the next place named ("in Mali's Mopti region", "Nigeria's northeastern Borno state"):
    /// that place says where, more precisely.</summary>
    private static bool OwnsNextPlace(string text, Place pl, ImmutableArray<Place> places, List<int> candidates)
    {
        int end = pl.Span.End;
        if (pl.Precision != PlacePrecision.Country || end + 2 > text.Length || text[end] is not ('\'' or '\u2019') || text[end + 1] != 's') return false;
        foreach (int i in candidates)
            if (places[i] is var q && q.Span.Start > end && q.Span.Start - end <= 24 && q.Country == pl.Country && q.Precision != PlacePrecision.Country)
                return true;
        return false;
    }

    private static int Distance(TextSpan a, TextSpan b) =>
        b.End <= a.Start ? a.Start - b.End : b.Start >= a.End ? b.Start - a.End : 0;
}
