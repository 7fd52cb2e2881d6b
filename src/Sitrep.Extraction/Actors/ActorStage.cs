using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Actors;

/// <summary>
/// Codes the article's actors: one <see cref="Actor"/> per entity cluster the lexicons can code (people
/// through their titles and appositions, "US secretary of state John Kerry" → USAGOV; organisations and
/// places through their names), plus bare group mentions in sentences that no entity covers ("Russian
/// and Syrian warplanes" → RUSMIL and SYRMIL; "rebel-held areas" → REB, with the country taken from
/// the sentence or the article). Bare mentions carry cluster -1.
/// </summary>
public sealed class ActorStage : Stage
{
    // Roles of people who live in a place rather than serve a state: their country comes from context.
    private static readonly HashSet<string> ContextRoles = new(StringComparer.Ordinal) { "REB", "INS", "OPP", "CVL", "REF" };
    // Prepositions before a country name that make it a place ("in Syria"), not an actor. Not "on": before a country it
    // marks the target of a call, a strike or a sanction ("called on Moscow", "sanctions on Iran"), hardly ever where.
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
        { "in", "inside", "across", "throughout", "from", "near", "of", "into", "to", "within", "around", "over", "outside" };
    private const int TitleWindow = 160;
    private const int MaxTitleWords = 10;

    private readonly ActorCoder _coder;

    public ActorStage(ActorCoder coder) : base("actors", Layer.Actors, Layer.Entities, Layer.Sentences, Layer.Tokens) => _coder = coder;

    public override void Run(ArticleDocument document)
    {
        var text = document.Text;
        var on = document.Published;
        var result = ImmutableArray.CreateBuilder<Actor>();
        var entities = document.Entities.Where(e => !document.IsBoilerplate(e.Span)).OrderBy(e => e.Span.Start).ToList();
        var sentences = document.Sentences.Where(s => !document.IsBoilerplate(s.Span)).ToList();

        // Pass 1: match every sentence once; the article's main country is where most of it happens.
        var scanned = new List<(Sentence Sentence, List<PhraseWord> Words, List<LexMatch> Matches)>(sentences.Count);
        var countryWeight = new Dictionary<string, (int Weight, int First)>(StringComparer.Ordinal);
        string? datelineCountry = null;
        foreach (var s in sentences)
        {
            var words = PhraseWords.Split(text, s.Span);
            var matches = _coder.Lexicon.Match(words, 0, words.Count);
            scanned.Add((s, words, matches));
            int dateline = DatelineEnd(text, s.Span, words);
            foreach (var m in matches)
            {
                var iso = PlaceCountry(m.Entry);
                if (iso is null || ActorCoder.PartOfNewName(words, m.First)) continue;
                if (m.Last < dateline) datelineCountry ??= iso;
                // "ALEPPO, Syria (Reuters) -": the dateline says where the report is from, as "in Syria" would.
                bool locative = m.First > 0 && Locatives.Contains(words[m.First - 1].Norm) || m.Last < dateline;
                var (weight, first) = countryWeight.GetValueOrDefault(iso, (0, words[m.First].Start));
                countryWeight[iso] = (weight + (locative ? 3 : 1), first);
            }
        }
        // (the most weight; among equals, the one named first: the lede's)
        var mainCountry = countryWeight.Count == 0 ? null
            : countryWeight.OrderByDescending(p => p.Value.Weight).ThenBy(p => p.Value.First).First().Key;

        // Entity clusters.
        var byCluster = new Dictionary<int, Actor>();
        foreach (var cluster in Clusters(entities))
        {
            var actor = CodeCluster(document, cluster, sentences, on);
            if (actor is null) continue;
            // "BOGOTA (Andes Wire) - ... President Gustavo Petro": a head of government of no named country, whom the
            // lexicons do not know, in a report filed from the country it is mostly about, is that country's.
            if (actor.Country.Length == 0 && actor.Role == "GOV" && datelineCountry is not null && datelineCountry == mainCountry
                && actor.Evidence.SliceOf(text) is var title && (title.Equals("President", StringComparison.OrdinalIgnoreCase) || title.Equals("Prime Minister", StringComparison.OrdinalIgnoreCase)))
                actor = actor with { Code = mainCountry + actor.Role, Country = mainCountry };
            result.Add(actor);
            if (actor.Cluster >= 0) byCluster.TryAdd(actor.Cluster, actor);
        }

        // Bare group mentions and names no entity covers.
        var held = new Held(result);
        foreach (var (sentence, words, matches) in scanned)
        {
            BareMentions(document, words, matches, entities, byCluster, mainCountry, on, result, held,
                homeCountry: datelineCountry is not null && datelineCountry == mainCountry ? mainCountry : null);
            SharedNames(text, words, matches, on, result);
        }
        GroupsNamedBefore(text, scanned, entities, byCluster, result);
        BodiesNamedBefore(text, scanned, entities, byCluster, result);

        document.Actors = result.ToImmutable();
    }

    // Roles of a group that an article goes on calling "the group" once it has named it.
    private static readonly HashSet<string> GroupRoles = new(StringComparer.Ordinal) { "REB", "INS", "UAF", "CRM", "OPP", "NGO", "SEP", "RAD" };

    /// <summary>
    /// "Fighters from the National Liberation Army kidnapped two soldiers ... after the group attacked a military base":
    /// "the group" (or "the armed group", "the militant group"), not a name, is the non-state group the article last
    /// named (an organisation's name coded as a rebel, insurgent, criminal, opposition or non-governmental group), given
    /// that group's code. An unnamed group mentioned in between ("a human rights group said") is the one meant, and
    /// with no name for it the phrase stays uncoded.
    /// </summary>
    private static void GroupsNamedBefore(string text, List<(Sentence Sentence, List<PhraseWord> Words, List<LexMatch> Matches)> scanned,
        List<Entity> entities, Dictionary<int, Actor> byCluster, ImmutableArray<Actor>.Builder result)
    {
        // The named groups' mentions, in text order: every mention of a coded organisation cluster, and the names no
        // entity covers that the lexicons coded.
        var named = new List<(int Start, int End, Actor Actor)>();
        foreach (var e in entities)
            if (e.Label == EntityLabel.ORG && byCluster.TryGetValue(e.Cluster, out var a) && GroupRoles.Contains(a.Role) && a.Country.Length > 0)
                named.Add((e.Span.Start, e.Span.End, a));
        foreach (var a in result)
            if (a.Cluster < 0 && GroupRoles.Contains(a.Role) && a.Country.Length > 0 && a.Mention.Length > 0 && char.IsUpper(text[a.Mention.Start]))
                named.Add((a.Mention.Start, a.Mention.End, a));
        if (named.Count == 0) return;
        named.Sort((x, y) => x.Start.CompareTo(y.Start));
        // Where the last group that no name or "the" points back to was mentioned ("a human rights group said").
        int lastNewGroup = -1;
        foreach (var (_, words, _) in scanned)
            for (int g = 0; g < words.Count; g++)
            {
                if (words[g].Norm != "group") continue;
                // "the group", "the armed group": the article, at most two lower-case words between, no name.
                int the = g - 1;
                while (the >= 0 && the >= g - 3 && words[the].Norm != "the" && !words[the].IsPunct && !words[the].Capitalised) the--;
                bool definite = the >= 0 && the >= g - 3 && words[the].Norm == "the";
                // (the name's own word: "the Islamic State group")
                bool ownWord = named.Exists(n => n.End <= words[g].Start && NamesGroup(text, n.End, words[g].Start));
                // ("the Group of Seven", "the group of protesters": a group the phrase itself names)
                bool ofPhrase = g + 1 < words.Count && words[g + 1].Norm == "of";
                if (!definite || ownWord || ofPhrase || Overlaps(entities, new TextSpan(words[the].Start, words[g].End)))
                {
                    if (!ownWord) lastNewGroup = words[g].Start;
                    continue;
                }
                // The last name before, unless a group with no name came after it (the one meant).
                int k = named.FindLastIndex(n => n.End <= words[the].Start);
                if (k < 0 || lastNewGroup > named[k].End) continue;
                var phrase = new TextSpan(words[the + 1].Start, words[g].End);
                var antecedent = named[k].Actor;
                result.Add(new Actor(-1, antecedent.Code, antecedent.Country, antecedent.Role, phrase.Of(text), phrase, phrase));
            }
    }

    /// <summary>
    /// "The Economic Community of West African States called on Niger ... The bloc threatened to impose sanctions", "The
    /// Arab League condemned ... The league's secretary-general accused Israel": "the bloc", or "the" with the last word
    /// of the name ("the league", "the council", "the agency"), is the intergovernmental body the article last named
    /// (coded IGO), given its code. (Not "the bloc of", "the council's own X" aside: a phrase that names its own body.)
    /// </summary>
    private static void BodiesNamedBefore(string text, List<(Sentence Sentence, List<PhraseWord> Words, List<LexMatch> Matches)> scanned,
        List<Entity> entities, Dictionary<int, Actor> byCluster, ImmutableArray<Actor>.Builder result)
    {
        var named = new List<(int Start, int End, Actor Actor)>();
        foreach (var e in entities)
            if (e.Label == EntityLabel.ORG && byCluster.TryGetValue(e.Cluster, out var a) && a.Code.StartsWith("IGO", StringComparison.Ordinal))
                named.Add((e.Span.Start, e.Span.End, a));
        if (named.Count == 0) return;
        named.Sort((x, y) => x.Start.CompareTo(y.Start));
        foreach (var (_, words, _) in scanned)
            for (int g = 1; g < words.Count; g++)
            {
                if (words[g - 1].Norm != "the" || words[g].IsPunct || words[g].AllCaps) continue;
                if (g + 1 < words.Count && words[g + 1].Norm == "of") continue;
                int k = named.FindLastIndex(n => n.End <= words[g - 1].Start);
                if (k < 0 || Overlaps(entities, words[g].Span)) continue;
                var noun = words[g].Norm;
                if (noun != "bloc" && !LastWordIs(text, named[k].Start, named[k].End, noun)) continue;
                var antecedent = named[k].Actor;
                result.Add(new Actor(-1, antecedent.Code, antecedent.Country, antecedent.Role, words[g].Span.Of(text), words[g].Span, words[g].Span));
            }

        // (a common noun: "Arab League" ends in "league"; "NATO" ends in no common noun)
        static bool LastWordIs(string text, int start, int end, string noun)
        {
            int k = end;
            while (k > start && char.IsLetter(text[k - 1])) k--;
            return end - k == noun.Length && k > start && text.AsSpan(k, end - k).Equals(noun, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>True when the group word at <paramref name="groupWord"/> follows the name ending at <paramref name="nameEnd"/> ("Islamic State group").</summary>
    private static bool NamesGroup(string text, int nameEnd, int groupWord) =>
        groupWord - nameEnd <= 1 && text.AsSpan(nameEnd, groupWord - nameEnd).IsWhiteSpace();

    /// <summary>The last actor of <paramref name="role"/> mentioned before <paramref name="at"/> whose country its own words gave, or null.</summary>
    private static Actor? NamedBefore(ImmutableArray<Actor>.Builder actors, string role, int at)
    {
        Actor? last = null;
        foreach (var a in actors)
            if (a.Role == role && a.Country.Length == 3 && a.Country is not ("INT" or "IGO") && !a.CountryFromArticle && a.Mention.End <= at
                && (last is null || a.Mention.Start > last.Mention.Start)) last = a;
        return last;
    }

    private static IEnumerable<List<Entity>> Clusters(List<Entity> entities)
    {
        var byCluster = new Dictionary<int, List<Entity>>();
        var order = new List<List<Entity>>();
        foreach (var e in entities)
        {
            if (e.Cluster < 0) { order.Add([e]); continue; }
            if (!byCluster.TryGetValue(e.Cluster, out var list)) { byCluster[e.Cluster] = list = new List<Entity>(); order.Add(list); }
            list.Add(e);
        }
        return order;
    }

    /// <summary>The cluster's canonical name: its longest mention of the cluster's main label.</summary>
    internal static Entity Canonical(IReadOnlyList<Entity> cluster, string text)
    {
        var label = cluster.GroupBy(e => e.Label).OrderByDescending(g => g.Count()).First().Key;
        if (cluster.Any(e => e.Label == EntityLabel.PER)) label = EntityLabel.PER;
        // A name beats a description: coreference puts nominal mentions ("the US secretary of state",
        // Type "nominal") and pronouns in the cluster, and those are often longer than the name itself.
        var pool = cluster.Where(e => e.Label == label).ToList();
        if (pool.Any(e => e.Type is null)) pool = pool.Where(e => e.Type is null).ToList();
        // "MOSCOW (Reuters) - ... Moscow said it was ready": a dateline's place in capitals tells where the report was
        // filed; the name is as the text writes it elsewhere ("Moscow", not "MOSCOW"). (A person is never a dateline's
        // place: "JERRY JAMES (co-creator): ..." opening an interview's answer is his name.)
        if (label != EntityLabel.PER && pool.Count > 1 && pool.FindAll(e => !InDateline(text, e.Span)) is { Count: > 0 } written) pool = written;
        return pool.OrderByDescending(e => e.Span.Length).ThenBy(e => e.Span.Start).First();
    }

    private static bool InDateline(string text, TextSpan span) => Dateline.OfLine(text, span) is { } d && d.Place.Contains(span);

    private Actor? CodeCluster(ArticleDocument document, List<Entity> cluster, List<Sentence> sentences, DateOnly? on)
    {
        var text = document.Text;
        var canonical = Canonical(cluster, text);
        var name = canonical.Span.Of(text);
        int id = cluster[0].Cluster;

        if (canonical.Label == EntityLabel.PER)
        {
            // Titles and appositions the article gives ("US secretary of state John Kerry",
            // "Sergei Ryabkov, Russia's deputy foreign minister") decide first; the name lexicons fill gaps.
            ActorCoding? title = null;
            Entity? titled = null;
            foreach (var m in cluster.Where(e => e.Label == EntityLabel.PER))
            {
                var sentence = SentenceOf(sentences, m.Span.Start);
                var t = TitleBefore(text, sentence, m.Span) ?? TitleAfter(text, sentence, m.Span, on);
                // "The rebel envoy, Colonel Dawit Alemu, said": the post set off before the name says more than a bare
                // rank or no title at all; one with no country yields to a country the title by the name gives.
                if (TitleApposedBefore(text, sentence, m.Span) is { } apposed && (t is null || t.Country.Length == 0)) t = apposed;
                if (t is null) continue;
                if (title is null || (title.Country.Length == 0 && t.Country.Length > 0) || (title.Role.Length == 0 && t.Role.Length > 0 && t.Country.Length > 0))
                {
                    title = t; titled = m;
                }
                if (title.Country.Length > 0 && title.Role.Length > 0) break;
            }
            ActorCoding? byName = null;
            Entity? named = null;
            // (names only: "the president", a nominal mention, is a title, no name the lexicons could know)
            foreach (var m in cluster.Where(e => e.Label == EntityLabel.PER && e.Type is null).OrderByDescending(e => e.Span.Length))
            {
                byName = _coder.CodeName(text, m.Span, on) ?? CodeWithTitle(text, SentenceOf(sentences, m.Span.Start), m.Span, on);
                if (byName is not null) { named = m; break; }
            }
            // With no title by a name, a nominal mention ("the president", "Foreign Secretary" opening a lede) is the
            // title: alone, or with a state the name lexicons give ("Philip Hammond" → GBR); a body's code stays as the
            // lexicons have it (a nominal joined by the lede rule may be another person's).
            if (title is null && (byName is null || _coder.Lexicon.CountryCodes.Contains(byName.Country)))
                foreach (var m in cluster.Where(e => e.Type == Entities.Coreference.Nominal))
                    if (_coder.Code(text, m.Span, on) is { } t) { title = t; titled = m; break; }
            var coding = Merge(title, byName);
            if (coding is null || coding.Code.Length == 0) return null;
            var mention = coding == byName ? named!.Span : titled?.Span ?? canonical.Span;
            return new Actor(id, coding.Code, coding.Country, coding.Role, name, coding.Evidence, mention);
        }

        foreach (var m in cluster.OrderByDescending(e => e.Span.Length))
        {
            // ("Falcon" in "a Falcon jet landed": the plane, not the group of that name)
            if (_coder.NamesProductAfter(text, m.Span)) continue;
            // ("the Vienna convention": the treaty, not Austria)
            if (_coder.NamesTreatyAfter(text, m.Span)) continue;
            // ("US$ 30 billion": the currency)
            if (Currency.SignAfter(text, m.Span.End)) continue;
            // ("in the Gulf of Oman", "the South China Sea": water named after a country or town is no party of it)
            if (m.Label == EntityLabel.LOC && NamesWater(text, m.Span)) continue;
            var c = _coder.CodeName(text, m.Span, on) ?? _coder.Code(text, ArmedGroupPhrase(text, m), on);
            if (c is not null && m.Label == EntityLabel.ORG && RankOpensName(text, m.Span, c.Evidence)) continue;
            // ("Greater New Orleans Fair Housing Action Center" tagged from "Orleans" on: a French city's name in another's)
            if (c is not null && c.Evidence.Start == FirstContent(text, m.Span) && NewBefore(text, m.Span.Start) && _coder.IsPlaceName(text, c.Evidence)) continue;
            // ("Dera Ismail Khan": a person's name that a place's name goes on from is the place's namesake, no actor)
            // (a name of several words: the dictionaries list a city alone, "Baku", as a country's)
            if (c is not null && m.Label == EntityLabel.LOC && c.Evidence.Start > FirstContent(text, m.Span) && c.Evidence.SliceOf(text).Contains(' ')
                && _coder.IsPersonName(text, c.Evidence)) continue;
            if (c is not null && c.Code.Length > 0)
                return new Actor(id, c.Code, c.Country, c.Role, name, c.Evidence, m.Span);
        }
        return null;
    }

    /// <summary>Words that can follow a noun phrase's last word (so that word is its head): conjunctions, verbs of saying and being, prepositions.</summary>
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "has", "had", "have", "is", "was", "were", "are", "said", "says", "say", "to", "of", "in", "on", "at", "near",
        "with", "from", "for", "that", "which", "who", "would", "will", "also", "later", "then", "after", "before", "against", "by",
    };

    /// <summary>A state's bodies as a report from that state names them bare (see BareMentions).</summary>
    private static readonly HashSet<string> HomeBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "government", "authorities", "police", "policemen", "army", "troops", "soldiers", "security forces",
        "junta", "regime", "cabinet", "navy", "coast guard",
    };

    private static readonly HashSet<string> OpeningWords = new(StringComparer.Ordinal)
        { "the", "and", "or", "but", "that", "said", "says", "as", "while", "when", "after", "before", "where", "because", "since", "if" };

    /// <summary>Nothing but "the", a conjunction, a verb of saying or a punctuation mark stands before word <paramref name="left"/>
    /// ("the government", "Police tear-gassed", "said troops rescued"; not "additional troops", "rival authorities").</summary>
    private static bool BareBefore(List<PhraseWord> words, int left) =>
        left == 0 || words[left - 1].IsPunct || OpeningWords.Contains(words[left - 1].Norm);

    /// <summary>Words that make armed men or police the state's own: "federal forces", "government troops", "regime soldiers".</summary>
    private static readonly HashSet<string> HomeWords = new(StringComparer.Ordinal) { "federal", "government", "regime", "national", "junta" };

    /// <summary>
    /// True for a country's own forces named without the country ("federal forces", "government troops"): like rebels and
    /// civilians, they are the article's country's (foreign troops are named as such: "US troops", "foreign forces").
    /// </summary>
    private static bool HomeForces(List<PhraseWord> words, int left, int last, string role)
    {
        if (role is not ("MIL" or "COP")) return false;
        // "fighting between the army and the White Army militia": the army, with nothing saying whose, is the country's own
        // (the noun itself: not "the army chief", "the military action", "the police station")
        // ("imposed sanctions on the generals" in a report on Myanmar: its generals)
        if (left == last && words[left].Norm is "army" or "military" or "police" or "generals" && left > 0 && words[left - 1].Norm == "the"
            && (last + 1 >= words.Count || words[last + 1].IsPunct || PhraseEnds.Contains(words[last + 1].Norm))) return true;
        // (the phrase may start after the adjective, which no lexicon lists: "federal | forces")
        for (int x = Math.Max(0, left - 1); x < last; x++)
            if (HomeWords.Contains(words[x].Norm)) return true;
        // "the RSF said army warplanes had bombed its positions": the army's aircraft, like the army, are the country's own
        // (not its officers or commanders, often a foreign force's in a report from where it is deployed)
        return last > left && words[last - 1].Norm == "army" && ActorCoder.Aircraft.Contains(words[last].Norm);
    }

    /// <summary>Nouns for an armed group that a name before them belongs to ("the White Army militia").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArmedGroupNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "militia", "militias", "militiamen", "rebels", "insurgents", "guerrillas", "fighters", "gunmen" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The organisation's mention, with the noun after it when that noun names an armed group: "the White Army militia" is
    /// a militia, not an army, and "the Lord's Army fighters" are fighters (the noun decides the role).
    /// </summary>
    /// <summary>
    /// The actors found so far, by code, evidence and mention, to ask whether one is there already in constant time (a
    /// long document's thousands of actors, read through for each phrase, took time growing with the square of its length).
    /// </summary>
    private sealed class Held(ImmutableArray<Actor>.Builder actors)
    {
        private readonly HashSet<(string Code, TextSpan Evidence, TextSpan Mention)> _seen = new();
        private int _count;

        public bool Holds(ActorCoding coding, TextSpan mention)
        {
            for (; _count < actors.Count; _count++) _seen.Add((actors[_count].Code, actors[_count].Evidence, actors[_count].Mention));
            return _seen.Contains((coding.Code, coding.Evidence, mention));
        }
    }

    private static TextSpan ArmedGroupPhrase(string text, Entity m)
    {
        if (m.Label != EntityLabel.ORG) return m.Span;
        int a = m.Span.End;
        if (a >= text.Length || text[a] != ' ') return m.Span;
        int e = a + 1;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return e > a + 1 && ArmedGroupNouns.Contains(text.AsSpan(a + 1, e - a - 1)) ? new TextSpan(m.Span.Start, e) : m.Span;
    }

    /// <summary>
    /// "General Motors", "General Dynamics", "Admiral Insurance": a military rank that opens an organisation's name, with
    /// more of the name after it, is part of the name (a rank before a person's name makes a person, not an
    /// organisation): it gives the organisation no military role.
    /// </summary>
    private static bool RankOpensName(string text, TextSpan entity, TextSpan evidence)
    {
        var words = PhraseWords.Split(text, entity);
        int first = 0;
        while (first < words.Count && (words[first].IsPunct || words[first].Norm == "the")) first++;
        return first + 1 < words.Count && Ranks.Contains(words[first].Norm)
            && evidence.Start == words[first].Start && evidence.End == words[first].End;
    }

    private static readonly HashSet<string> WaterWords = new(StringComparer.OrdinalIgnoreCase)
        { "Gulf", "Bay", "Sea", "Ocean", "Strait", "Straits", "Channel" };

    /// <summary>
    /// A name of a body of water: one that opens with a water word and "of" ("Gulf of Aden", "Strait of Hormuz") or ends
    /// with one ("South China Sea").
    /// </summary>
    internal static bool NamesWater(string text, TextSpan mention)
    {
        var words = mention.SliceOf(text)[(FirstContent(text, mention) - mention.Start)..].ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && (WaterWords.Contains(words[^1]) || WaterWords.Contains(words[0]) && words[1] == "of");
    }

    /// <summary>Where the mention's first word after a leading "the" starts.</summary>
    private static int FirstContent(string text, TextSpan mention)
    {
        var words = PhraseWords.Split(text, mention);
        int i = 0;
        while (i < words.Count && (words[i].IsPunct || words[i].Norm == "the")) i++;
        return i < words.Count ? words[i].Start : mention.Start;
    }

    /// <summary>A capitalised "New" right before <paramref name="start"/>, on the same line.</summary>
    private static bool NewBefore(string text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] is ' ' or '\u00a0') i--;
        return i >= 3 && i < start && string.CompareOrdinal(text, i - 3, "New", 0, 3) == 0 && (i == 3 || !char.IsLetterOrDigit(text[i - 4]));
    }

    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal)
        { "general", "admiral", "colonel", "major", "captain", "commander", "marshal", "lieutenant", "brigadier", "sergeant", "commodore" };

    /// <summary>
    /// The name with the capitalised title words right before it, as the lexicons may list it ("President Bush" when
    /// the name is "Bush": coreference keeps titles out of names).
    /// </summary>
    private ActorCoding? CodeWithTitle(string text, TextSpan sentence, TextSpan mention, DateOnly? on)
    {
        int from = Math.Max(sentence.Start, mention.Start - 40);
        if (from >= mention.Start) return null;
        var words = PhraseWords.Split(text, new TextSpan(from, mention.Start));
        for (int k = words.Count - 1; k >= 0 && words.Count - k <= 2; k--)
        {
            var w = words[k];
            if (w.IsPunct || !w.Capitalised || !_coder.Lexicon.IsTitleWord(w)) break;
            if (_coder.CodeName(text, new TextSpan(w.Start, mention.End), on) is { } c) return c;
        }
        return null;
    }

    /// <summary>A title from the text joined with what the name lexicons know ("President" + Obama → USAGOV).</summary>
    private static ActorCoding? Merge(ActorCoding? title, ActorCoding? byName)
    {
        if (title is null) return byName;
        if (byName is null) return title;
        if (title.Country.Length > 0 && title.Role.Length > 0) return title;
        if (title.Country.Length == 0 && byName.Country.Length > 0 && byName.Country != ActorCoding.UnknownCountry)
        {
            var role = title.Role.Length > 0 ? title.Role : byName.Role;
            return new ActorCoding(byName.Country + role, byName.Country, role, title.Evidence, byName.Source);
        }
        if (title.Role.Length == 0 && byName.Country == title.Country) return byName;
        return title;
    }

    private static TextSpan SentenceOf(List<Sentence> sentences, int offset) =>
        TextAround.IndexHolding(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentences), static s => s.Span, offset) is var at && at >= 0
            ? sentences[at].Span : new TextSpan(Math.Max(0, offset - TitleWindow), offset);

    /// <summary>
    /// The title right before a name: the run of lexicon words ending at the name ("US secretary of state",
    /// "Al Jazeera's Diplomatic Editor", "President"). Any other word or a punctuation mark ends it.
    /// </summary>
    internal ActorCoding? TitleBefore(string text, TextSpan sentence, TextSpan mention)
    {
        int from = Math.Max(sentence.Start, mention.Start - TitleWindow);
        if (from >= mention.Start) return null;
        var words = PhraseWords.Split(text, new TextSpan(from, mention.Start));
        int k = words.Count - 1, first = words.Count;
        List<LexMatch>? places = null;
        while (k >= 0 && words.Count - k <= MaxTitleWords)
        {
            var w = words[k];
            // "Gov. Jane Doe", "Sen. John Doe": the dot of a title's abbreviation right before the name ends no title (the
            // split stops at the name, so the dot stands alone here); "Gov." is the governor's title (not a role word of
            // its own: "gov" is as often a web address's, "state.gov").
            if (k == words.Count - 1 && w.Norm == "." && k > 0 && words[k - 1].End == w.Start && words[k - 1].Capitalised
                && PhraseWords.IsNameAbbreviation(words[k - 1].Norm))
            {
                if (words[k - 1].Norm == "gov") words[k - 1] = words[k - 1] with { Norm = "governor" };
                k--;
                continue;
            }
            // A conjunction ends the title: in "the Russians and the Americans" the words before
            // "Americans" name another actor, not its title.
            if (w.IsPunct || ActorCoder.IsConjunction(w.Norm)) break;
            if (!_coder.Lexicon.IsTitleWord(w))
            {
                // "Louisiana Governor Kathleen Blanco", "Baghdad police chief": a place the dictionaries file under its
                // country, right before a title, is the title's owner.
                if (first == words.Count || !w.Capitalised) break;
                places ??= _coder.Lexicon.Match(words, Math.Max(0, k - 4), first);
                var place = places.FindLast(m => m.Last == k && PlaceCountry(m.Entry) is { } iso && _coder.Lexicon.CountryCodes.Contains(iso));
                if (place.Entry is null) break;
                first = place.First;
                k = place.First - 1;
                break;
            }
            first = k--;
        }
        // A possessive right before the name is its owner ("Al Jazeera's Rory Challands").
        while (first < words.Count && ActorCoder.IsDeterminer(words[first].Norm)) first++;
        if (first >= words.Count) return null;
        // "a spokesman for Sistani", "the ambassador to Iraq": a name after a preposition is the title's complement, not its holder.
        if (words[^1].Norm is "for" or "of" or "to") return null;
        var codings = _coder.CodeWords(words, first, words.Count, null);
        return codings.Count == 0 ? null : codings[^1];
    }

    /// <summary>
    /// A title set off by commas before the name, opening the sentence or a clause: "The United Nations envoy for Sudan,
    /// Ramtane Okafor, said", "A military spokesman, Major Rahul Verma, said". The phrase must end in a role noun (with
    /// at most a "for"/"to" complement naming where the post is held), so a list of names or places is no title.
    /// </summary>
    internal ActorCoding? TitleApposedBefore(string text, TextSpan sentence, TextSpan mention)
    {
        int after = mention.End;
        while (after < sentence.End && text[after] is ' ' or '\u00a0') after++;
        if (after >= sentence.End || text[after] != ',') return null;
        int from = Math.Max(sentence.Start, mention.Start - TitleWindow);
        if (from >= mention.Start) return null;
        var words = PhraseWords.Split(text, new TextSpan(from, mention.Start));
        int end = words.Count;
        // (a rank the entity leaves out of the name: ", Major Rahul Verma,")
        while (end > 0 && words[end - 1].Capitalised && Ranks.Contains(words[end - 1].Norm)) end--;
        if (end < 2 || words[end - 1].Norm != ",") return null;
        end--;
        // The phrase opens the sentence or follows a comma, and is title words with a determiner first.
        int first = end;
        while (first > 0 && !words[first - 1].IsPunct && end - first < MaxTitleWords) first--;
        if (first > 0 && !(words[first - 1].Norm is "," or ";" or ":") || from > sentence.Start && first == 0) return null;
        while (first < end && ActorCoder.IsDeterminer(words[first].Norm)) first++;
        // "envoy for Sudan", "ambassador to the United Nations": the post's place follows the role noun.
        int head = end;
        for (int k = first + 1; k < end; k++)
            if (words[k].Norm is "for" or "to") { head = k; break; }
        if (head <= first) return null;
        for (int k = first; k < head; k++)
            if (!_coder.Lexicon.IsTitleWord(words[k])) return null;
        var matches = _coder.Lexicon.Match(words, first, head);
        if (matches.Count == 0 || matches[^1].Last != head - 1 || matches[^1].Entry.Kind != EntryKind.Role) return null;
        var codings = _coder.CodeWords(words, first, head, null);
        return codings.Count == 0 || codings[^1].Role.Length == 0 ? null : codings[^1];
    }

    /// <summary>An apposition after a name: ", Russia's deputy foreign minister," / ", the State Department spokesperson".</summary>
    internal ActorCoding? TitleAfter(string text, TextSpan sentence, TextSpan mention, DateOnly? on)
    {
        int i = mention.End;
        int end = Math.Min(sentence.End, mention.End + TitleWindow);
        while (i < end && text[i] is ' ' or '\u00a0') i++;
        if (i >= end || text[i] != ',') return null;
        var words = PhraseWords.Split(text, new TextSpan(i + 1, end));
        int k = 0;
        bool posted = false;
        while (k < words.Count && k < MaxTitleWords)
        {
            var w = words[k];
            if (w.IsPunct) break;
            // ", Iraq's ambassador to the U.N.,": the title ends where the post it is held at begins.
            if (w.Norm == "to" && k > 0 && !ActorCoder.IsDeterminer(words[k - 1].Norm)) { posted = true; break; }
            if (!_coder.Lexicon.IsTitleWord(w) && !ActorCoder.IsDeterminer(w.Norm)) return null;
            k++;
        }
        if (k == 0 || (!posted && k < words.Count && !(words[k].Norm is "," or "." or ";" or ")" or "–" or "—"))) return null;
        int first = 0;
        while (first < k && ActorCoder.IsDeterminer(words[first].Norm)) first++;
        if (first >= k) return null;
        var codings = _coder.CodeWords(words, first, k, on);
        return codings.Count == 0 ? null : codings[^1];
    }

    private void BareMentions(ArticleDocument document, List<PhraseWord> words, List<LexMatch> matches,
        List<Entity> entities, Dictionary<int, Actor> byCluster, string? mainCountry, DateOnly? on, ImmutableArray<Actor>.Builder result, Held held,
        string? homeCountry = null)
    {
        var text = document.Text;
        var used = new bool[words.Count];
        for (int k = 0; k < matches.Count; k++)
        {
            var head = matches[k];
            if (head.Entry.Kind != EntryKind.Role) continue;
            // Noun compounds: "government troops" is headed by "troops".
            if (k + 1 < matches.Count && matches[k + 1].First == head.Last + 1 && matches[k + 1].Entry.Kind == EntryKind.Role && !words[head.Last].Possessive)
                continue;
            // ("the accused doctor killer": the doctors are whom he killed)
            if (head.Last + 1 < words.Count && ActorCoder.NamesHarmed(head.Entry, words[head.Last + 1])) continue;
            var headSpan = new TextSpan(words[head.First].Start, words[head.Last].End);
            if (Covered(entities, headSpan)) continue;
            if (IsTitleOfName(text, words, head.Last, entities)) continue;

            // Extend left over owners, modifiers, determiners and conjunctions between countries.
            int left = head.First;
            int q = k - 1;
            int w = head.First - 1;
            while (w >= 0)
            {
                if (q >= 0 && matches[q].Last == w && matches[q].Entry.Kind != EntryKind.Person)
                {
                    left = matches[q].First; w = matches[q].First - 1; q--;
                    continue;
                }
                // (not over one an article follows: "Kenya and the government of Uganda", "Somalia, the Kenyan
                // foreign ministry said" begin another phrase)
                if (ActorCoder.IsConjunction(words[w].Norm) && q >= 0 && matches[q].Last == w - 1
                    && matches[q].Entry.Kind is EntryKind.CountryAdjective or EntryKind.CountryName && words[w + 1].Norm is not ("the" or "a" or "an"))
                {
                    w--;
                    continue;
                }
                if (ActorCoder.IsDeterminer(words[w].Norm) && !words[w].IsPunct) { w--; continue; }
                break;
            }
            // The phrase starts at its first content word: "of the Syrian army" → "Syrian army".
            while (left < head.First && (ActorCoder.IsDeterminer(words[left].Norm) || words[left].Norm is "of" or "for" or "and" or "or" || words[left].IsPunct))
                left++;
            if (IsAppositionOfName(text, words, left, entities)) continue;
            var phrase = new TextSpan(words[left].Start, words[head.Last].End);
            // ("U.S. troops" with "U.S." tagged an organisation at the start of a sentence: a country's name is the
            // phrase's country, as it is when tagged a place)
            int countryEnd = -1;
            foreach (var m in matches)
                if (m.First == left && m.Last < head.First && m.Entry.Kind is EntryKind.CountryName or EntryKind.CountryAdjective) countryEnd = words[m.Last].End;
            if (Covered(entities, phrase, Math.Max(OwnerEnd(words, left, head.First), countryEnd))) continue;
            // "the business which …", "actionable intelligence": the activity or the knowledge, no party, where no owner says whose.
            if (left == head.First && head.First == head.Last && MassRoles.Contains(words[head.First].Norm)) continue;
            foreach (var c in _coder.CodeWords(words, left, head.Last + 1, on))
            {
                var coding = c;
                bool fromArticle = false;
                // "Police spokesman X said officers had retaken the road": bare officers after the police are policemen.
                if (coding.Role == "MIL" && left == head.First && head.First == head.Last && words[left].Norm is "officer" or "officers"
                    && PoliceBefore(words, left))
                    coding = ActorCoding.Of(coding.Country, "COP", coding.Evidence, coding.Source);
                // "Barack Obama's government", "the Assad government": the owner is the entity before the phrase.
                if (coding.Country.Length == 0 && left > 0 && OwnerBefore(words[left - 1], entities, byCluster) is { } owner)
                    coding = new ActorCoding(owner.Country + coding.Role, owner.Country, coding.Role, coding.Evidence, "entity");
                if (coding.Country.Length == 0 && (ContextRoles.Contains(coding.Role) || HomeForces(words, left, head.Last, coding.Role))
                    && !Worldwide(words, head.Last + 1))
                {
                    bool several = false;
                    // ("Kenya's parliament allowed the army to deploy in Somalia": the state's own army, that the sentence
                    // named a body of before it, not the army of where it goes)
                    var ctx = BasedIn(text, words, left, on) ?? CountryAfter(words, matches, k + 1)
                              ?? (coding.Role is "MIL" or "COP" ? StateBefore(result, words[0].Start, phrase.Start) : null)
                              ?? PlaceOfSentence(words, matches, out several);
                    if (ctx is null && !several && !UnknownTownOfSentence(words, matches)) { ctx = mainCountry; fromArticle = ctx is not null; }
                    // "Rwanda deployed troops to Mozambique's Cabo Delgado to fight insurgents ... The insurgents have attacked
                    // several towns": with "the", the role names again the one of that role the article last named with its
                    // country in its own words (Mozambique's, not the dateline's Rwanda).
                    // (armed men and the opposition only: "the people" is rarely anyone named before)
                    if ((ctx is null || fromArticle) && coding.Role is "REB" or "INS" or "OPP" or "MIL" or "COP" && left > 0 && words[left - 1].Norm == "the"
                        && NamedBefore(result, coding.Role, phrase.Start) is { } earlier)
                    { ctx = earlier.Country; fromArticle = false; }
                    if (ctx is not null) coding = coding.WithCountry(ctx);
                }
                // "NAIROBI (Reuters) - ... authorities shut down internet access", "the government imposed a curfew": the
                // state's own bodies named bare, with no word before them, in a report filed from the country it is mostly
                // about, are that country's (not by a sentence's place: "the army shelled Mariupol" names no Ukrainian army).
                // (State bodies only: officials, spokesmen and weapons may be anyone's.)
                else if (coding.Country.Length == 0 && homeCountry is not null && left == head.First && coding.Role is "GOV" or "COP" or "MIL"
                         && HomeBodies.Contains(phrase.Of(text)) && BareBefore(words, left) && !Worldwide(words, head.Last + 1))
                {
                    coding = coding.WithCountry(homeCountry);
                    fromArticle = true;
                }
                // (once: "Libya, the US ambassador" cut at the article may leave the title an entity's rule coded already)
                if (held.Holds(coding, phrase)) continue;
                result.Add(new Actor(-1, coding.Code, coding.Country, coding.Role, phrase.Of(text), coding.Evidence, phrase) { CountryFromArticle = fromArticle });
            }
            for (int x = left; x <= head.Last; x++) used[x] = true;
        }

        // Organisations and country names (as actors, not places) that no entity or phrase covers.
        foreach (var m in matches)
        {
            if (m.Entry.Kind is not (EntryKind.Org or EntryKind.CountryName)) continue;
            if (used[m.First]) continue;
            var span = new TextSpan(words[m.First].Start, words[m.Last].End);
            if (Overlaps(entities, span)) continue;
            int before = m.First - 1;
            if (before >= 0 && words[before].Norm == "the") before--;
            if (before >= 0 && Locatives.Contains(words[before].Norm)) continue;
            if (m.Entry.Kind == EntryKind.Org && m.Entry.Origin != "lexicon" && m.Entry.Code.Length == 3) continue; // a Phoenix place name
            if (m.Last + 1 < words.Count && _coder.NamesProduct(m.Entry, words[m.Last], words[m.Last + 1])) continue;
            var c = _coder.CodeName(text, span, on);
            if (c is null || c.Code.Length == 0) continue;
            result.Add(new Actor(-1, c.Code, c.Country, c.Role, span.Of(text), c.Evidence, span));
        }
    }

    /// <summary>
    /// "North and South Korea", "East and West Germany": a word coordinated with the first word of a country's name that
    /// the rest of the name completes is that other country ("North" → North Korea), its evidence the word itself.
    /// </summary>
    private void SharedNames(string text, List<PhraseWord> words, List<LexMatch> matches, DateOnly? on, ImmutableArray<Actor>.Builder result)
    {
        for (int k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            int first = m.First - 2;
            if (m.Entry.Kind != EntryKind.CountryName || m.Last == m.First || first < 0) continue;
            var own = words[first];
            if (!own.Capitalised || own.IsPunct || !ActorCoder.IsConjunction(words[m.First - 1].Norm)) continue;
            if (k > 0 && matches[k - 1].Last >= first) continue;
            var rest = new TextSpan(words[m.First + 1].Start, words[m.Last].End);
            var c = _coder.Code(own.Span.Of(text) + " " + rest.Of(text), on);
            var named = _coder.Code(text, new TextSpan(words[m.First].Start, words[m.Last].End), on);
            if (c is null || c.Country.Length != 3 || c.Country == ActorCoding.UnknownCountry || named is null || c.Country == named.Country) continue;
            var phrase = new TextSpan(own.Start, words[m.Last].End);
            result.Add(new Actor(-1, c.Code, c.Country, c.Role, phrase.Of(text), own.Span, phrase));
        }
    }

    private static Actor? OwnerBefore(PhraseWord before, List<Entity> entities, Dictionary<int, Actor> byCluster)
    {
        if (before.IsPunct) return null;
        foreach (var e in Near(entities, before.Span))
            if (e.Span.End == before.End && e.Label is EntityLabel.PER or EntityLabel.ORG
                && byCluster.TryGetValue(e.Cluster, out var a) && a.Country.Length == 3 && a.Country != ActorCoding.UnknownCountry
                && a.Country is not ("IGO" or "NGO" or "IMG"))
                return a;
        return null;
    }

    /// <summary>
    /// The number of words the sentence's opening wire dateline takes (<see cref="Dateline"/>: "ALEPPO, Syria (Reuters) -",
    /// "BEIRUT (AFP) -", or one alone on its line, "BUFFALO, N.Y. (AP) --"), 0 when it opens with none.
    /// </summary>
    private static int DatelineEnd(string text, TextSpan sentence, List<PhraseWord> words)
    {
        if (words.Count == 0 || !words[0].AllCaps || Dateline.At(text, sentence.Start, sentence.End) is not { } d) return 0;
        int n = 0;
        while (n < words.Count && words[n].End <= d.Span.End) n++;
        return n;
    }

    /// <summary>"rebel-held areas of Syria's second city": a country named after the phrase, after "of"/"in".</summary>
    private static string? CountryAfter(List<PhraseWord> words, List<LexMatch> matches, int from)
    {
        int headEnd = from > 0 ? matches[from - 1].Last : 0;
        for (int k = from; k < matches.Count && k < from + 4; k++)
        {
            var m = matches[k];
            // Only the phrase's own complement counts: "rebel-held areas of Syria", "dissidents from Cuba", not "…,
            // residents said, as talks in Nairobi".
            if (m.First - headEnd > 6) break;
            // (nor a clause on it: "the army to deploy in Somalia" goes there)
            bool punct = false;
            for (int w = headEnd + 1; w < m.First && !punct; w++) punct = words[w].IsPunct || words[w].Norm == "to";
            if (punct) break;
            // (another role's phrase begins: "the army had attacked rebels in Congo" names where the rebels were)
            if (m.Entry.Kind == EntryKind.Role) break;
            var iso = PlaceCountry(m.Entry);
            if (iso is null) continue;
            int before = m.First - 1;
            // ("from military-ruled Cuba", "of war-torn Syria": over a modifier or two)
            for (int skip = 0; skip < 2 && before > headEnd && !words[before].IsPunct && !words[before].Capitalised
                 && words[before].Norm is not ("of" or "in" or "from" or "across" or "inside" or "throughout"); skip++) before--;
            if (before >= 0 && words[before].Norm == "the") before--;
            if (before >= 0 && words[before].Norm is "of" or "in" or "from" or "across" or "inside" or "throughout") return iso;
        }
        return null;
    }

    /// <summary>
    /// "Pakistan-based militants", "Yemen-based fighters": the country a group is based in, written before it with
    /// "-based", is the group's (not the article's, nor the sentence's place); null when the word names no country.
    /// </summary>
    private string? BasedIn(string text, List<PhraseWord> words, int left, DateOnly? on)
    {
        const string Based = "-based";
        if (left == 0 || !words[left - 1].Norm.EndsWith(Based, StringComparison.Ordinal) || words[left - 1].End - words[left - 1].Start <= Based.Length) return null;
        var name = new TextSpan(words[left - 1].Start, words[left - 1].End - Based.Length);
        return _coder.CodeName(text, name, on) is { Country.Length: 3 } c && c.Role.Length == 0 ? c.Country : null;
    }

    private static bool PoliceBefore(List<PhraseWord> words, int end)
    {
        for (int x = 0; x < end; x++)
            if (words[x].Norm is "police" or "policemen" or "gendarmes" or "gendarmerie") return true;
        return false;
    }

    /// <summary>The country of a state's government or legislature (of a named country) coded in the sentence from
    /// <paramref name="sentenceStart"/> up to <paramref name="before"/>, or null.</summary>
    private static string? StateBefore(ImmutableArray<Actor>.Builder result, int sentenceStart, int before)
    {
        for (int i = result.Count - 1; i >= 0; i--)
            if (result[i] is { Role: "GOV" or "LEG", Country.Length: 3 } a && a.Mention.Start >= sentenceStart && a.Mention.End <= before
                && a.Country is not ("IGO" or "NGO" or "IMG" or "MNC"))
                return a.Country;
        return null;
    }

    /// <summary>
    /// The one country the sentence names as a place ("in Dar es Salaam", "of Tanzania"), or null when it names none or
    /// several: "four people were killed near the embassy in Dar es Salaam" are Tanzania's people even in an article
    /// mostly about Kenya.
    /// </summary>
    /// <param name="several">Set when the sentence joins places of more than one country ("bombings in Kenya and
    /// Tanzania"): its people are of neither one, nor of the article's country.</param>
    private static string? PlaceOfSentence(List<PhraseWord> words, List<LexMatch> matches, out bool several)
    {
        string? found = null;
        several = false;
        int lastPlace = -2;
        string? lastIso = null;
        bool conflict = false;
        foreach (var m in matches)
        {
            // ("in the Tanzanian capital": a country's adjective before a word for a place of it)
            var iso = PlaceCountry(m.Entry)
                ?? (m.Entry.Kind == EntryKind.CountryAdjective && m.Last + 1 < words.Count && PlaceNouns.Contains(words[m.Last + 1].Norm) ? m.Entry.Code : null);
            if (iso is null) continue;
            int before = m.First - 1;
            // ("in northern Uganda", "in Old Havana": over a word of where in it)
            if (before >= 0 && PlaceModifiers.Contains(words[before].Norm)) before--;
            if (before >= 0 && words[before].Norm == "the") before--;
            // ("in Kenya and Tanzania", "in Nairobi, Kenya, and Dar es Salaam": a place joined to one just taken)
            bool joined = before >= 0 && words[before].Norm is "and" or "or" && (before - 1 == lastPlace || before - 2 == lastPlace && words[before - 1].IsPunct);
            if (!joined && (before < 0 || !Locatives.Contains(words[before].Norm))) continue;
            // ("outside the U.S. embassy", "near the Uganda border post": a country that modifies a noun is no place; one
            // followed by a verb or a function word is: "a car bombing in Tanzania killed ten people", "in Kenya last year")
            if (m.Last + 1 < words.Count && words[m.Last + 1] is { IsPunct: false, Capitalised: false } next && !EndsPhrase(next.Norm) && !PlaceNouns.Contains(next.Norm)) continue;
            lastPlace = m.Last;
            // (", Kenya," after a town of it: the same country)
            if (m.Last + 2 < words.Count && words[m.Last + 1].IsPunct && matches.FindIndex(n => n.First == m.Last + 2) is var a and >= 0
                && matches[a] is var apposed && PlaceCountry(apposed.Entry) == iso)
                lastPlace = apposed.Last + (apposed.Last + 1 < words.Count && words[apposed.Last + 1].IsPunct ? 1 : 0);
            if (joined && lastIso != iso) several = true;
            lastIso = iso;
            if (found is not null && found != iso) conflict = true;
            found = iso;
        }
        return conflict ? null : found;
    }

    private static readonly HashSet<string> PlaceModifiers = new(StringComparer.Ordinal)
    {
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "rural", "remote", "old",
    };

    // Role nouns that also name an activity or a knowledge ("the business of war", "actionable intelligence").
    private static readonly HashSet<string> MassRoles = new(StringComparer.Ordinal) { "business", "intelligence" };

    /// <summary>"people worldwide", "protesters around the world": the phrase says its people are of no one country.</summary>
    private static bool Worldwide(List<PhraseWord> words, int at)
    {
        if (at >= words.Count) return false;
        if (words[at].Norm is "worldwide" or "globally" or "everywhere") return true;
        int k = at;
        if (words[k].Norm is "all" && k + 1 < words.Count) k++;
        return k + 2 < words.Count && words[k].Norm is "around" or "across" or "over" or "throughout"
            && words[k + 1].Norm == "the" && words[k + 2].Norm is "world" or "globe";
    }

    /// <summary>
    /// "In the eastern city of Baqubah, guerrillas …": the sentence names a town, village or province the lexicons do
    /// not know; its people are that place's, of a country not known here, not the article's main country's (the
    /// event stage gives the place's country from the gazetteer). Not where the sentence names a country or a known place.
    /// </summary>
    private static bool UnknownTownOfSentence(List<PhraseWord> words, List<LexMatch> matches)
    {
        // ("South Korea evacuated 80 people in the town of Yeoncheon": a country the sentence names says whose the town is)
        if (matches.Exists(m => m.Entry.Kind is EntryKind.CountryName or EntryKind.CountryAdjective || PlaceCountry(m.Entry) is not null)) return false;
        for (int i = 2; i < words.Count; i++)
        {
            var w = words[i];
            if (w.IsPunct || !w.Capitalised || w.AllCaps || words[i - 1].Norm != "of" || !PlaceNouns.Contains(words[i - 2].Norm)) continue;
            if (words[i - 2].Norm is "capital" or "state" or "coast" or "region") continue;
            if (!matches.Exists(m => m.First <= i && m.Last >= i)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
        { "capital", "city", "town", "village", "port", "province", "region", "district", "countryside", "coast", "island", "state" };

    private static bool EndsPhrase(string word) =>
        FunctionWords.Contains(word) || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);

    // Words that follow a place rather than a noun it modifies: conjunctions, prepositions, times, and verbs of news.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "nor", "on", "in", "at", "for", "to", "with", "by", "from", "of", "since", "until", "during", "after",
        "before", "when", "while", "where", "which", "who", "that", "as", "than", "last", "this", "next", "yesterday", "today",
        "tonight", "earlier", "later", "early", "late", "overnight", "recently", "hit", "struck", "were", "was", "is", "are",
        "has", "have", "had", "will", "would", "said", "says", "say",
    };

    /// <summary>The country a match names as a place: a country name, or a Phoenix place synonym (Aleppo → SYR).</summary>
    private static string? PlaceCountry(ActorEntry e) => e.Kind switch
    {
        EntryKind.CountryName => e.Code,
        EntryKind.Org when e.Origin != "lexicon" && e.Code.Length == 3 => e.Code,
        _ => null,
    };

    // Entities are sorted by start and short: the ones that can touch a span start at most this far before it.
    private const int MaxEntityChars = 300;

    /// <summary>Entities starting near the span (binary search, then a walk); keeps long articles linear.</summary>
    private static IEnumerable<Entity> Near(List<Entity> entities, TextSpan span)
    {
        int lo = 0, hi = entities.Count, from = span.Start - MaxEntityChars;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (entities[mid].Span.Start < from) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < entities.Count && entities[i].Span.Start <= span.End; i++)
            yield return entities[i];
    }

    private static bool Covered(List<Entity> entities, TextSpan span, int ownerEnd = -1)
    {
        foreach (var e in Near(entities, span))
            if (e.Label is EntityLabel.PER or EntityLabel.ORG && e.Span.Overlaps(span)
                && !(e.Span.Start >= span.Start && e.Span.End <= ownerEnd)) return true;
        return false;
    }

    /// <summary>
    /// Where the phrase's owner ends ("Uganda's president": the start of "president"), or -1 when no possessive
    /// precedes the head. An entity wholly inside the owner names the owner, not the phrase: "Uganda" tagged as an
    /// organisation leaves "Uganda's president" a phrase of its own.
    /// </summary>
    private static int OwnerEnd(List<PhraseWord> words, int left, int head)
    {
        for (int x = head - 1; x >= left; x--)
            if (words[x].Possessive) return words[x + 1].Start;
        return -1;
    }

    private static bool Overlaps(List<Entity> entities, TextSpan span)
    {
        foreach (var e in Near(entities, span))
            if (e.Span.Overlaps(span)) return true;
        return false;
    }

    /// <summary>"secretary of state John Kerry": a role right before a person's name is that person's title.</summary>
    private bool IsTitleOfName(string text, List<PhraseWord> words, int last, List<Entity> entities)
    {
        if (last + 1 >= words.Count) return false;
        var next = words[last + 1];
        if (next.IsPunct) return false;
        foreach (var e in Near(entities, next.Span))
            if (e.Label == EntityLabel.PER && e.Span.Start == next.Start) return true;
        // Without a tagger: a capitalised word the lexicons do not know is taken for a name.
        return entities.Count == 0 && next.Capitalised && !_coder.Lexicon.IsTitleWord(next) && !next.AllCaps;
    }

    /// <summary>", Russia's deputy foreign minister," right after a person's name describes that person.</summary>
    private static bool IsAppositionOfName(string text, List<PhraseWord> words, int left, List<Entity> entities)
    {
        int k = left - 1;
        while (k >= 0 && ActorCoder.IsDeterminer(words[k].Norm)) k--;
        if (k < 1 || words[k].Norm != ",") return false;
        var before = words[k - 1];
        foreach (var e in Near(entities, before.Span))
            if (e.Label == EntityLabel.PER && e.Span.End == before.End) return true;
        return false;
    }
}
