using System.Collections.Concurrent;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Actors;

/// <summary>
/// One CAMEO actor coding of a phrase. <see cref="Country"/> is the code's root: an ISO3 country, or a
/// non-state root (IGO, NGO, IMG) for international bodies; empty when the phrase names no country
/// ("rebels" → Code "---REB", Country "", Role "REB"). <see cref="Role"/> is the rest of the code
/// (GOV, MIL, REB, …; "UNO" for IGOUNO), empty when the phrase says no role ("Russia" → "RUS").
/// <see cref="Evidence"/> covers the words that decided the code; <see cref="Source"/> says which
/// lexicon decided it ("lexicon", "phoenix:FILE", "context" when the country came from the article).
/// </summary>
public sealed record ActorCoding(string Code, string Country, string Role, TextSpan Evidence, string Source)
{
    /// <summary>The code CAMEO writes for an actor of unknown country with a known role.</summary>
    public const string UnknownCountry = "---";

    internal static ActorCoding Of(string country, string role, TextSpan evidence, string source)
    {
        var code = (country.Length == 0 ? (role.Length == 0 ? "" : UnknownCountry) : country) + role;
        return new ActorCoding(code, country, role, evidence, source);
    }

    internal static ActorCoding OfCode(string code, TextSpan evidence, string source) =>
        new(code, code.Length >= 3 ? code[..3] : code, code.Length > 3 ? code[3..] : "", evidence, source);

    /// <summary>This coding with a country from the article's context (for "rebels" with no country).</summary>
    public ActorCoding WithCountry(string country) =>
        Country.Length > 0 ? this : new ActorCoding(country + Role, country, Role, Evidence, "context");
}

/// <summary>
/// Codes noun phrases and names into CAMEO actor codes from what the words say: country names,
/// adjectives and possessives ("Russian warplanes" → RUSMIL, "Syria's UN ambassador" → SYRGOV), role
/// nouns ("troops" → MIL), organisations and metonyms ("the Kremlin" → RUSGOV, "UN" → IGOUNO) and
/// office holders on the article's date ("President Barack Obama" → USAGOV in 2016).
/// Loaded once from lexicons/ (and the Phoenix dictionaries when the data directory has them); immutable
/// and thread-safe. Unknown roles stay empty rather than guessed.
/// </summary>
public sealed class ActorCoder
{
    private static readonly ConcurrentDictionary<string, Lazy<ActorCoder>> Cache = new();

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "or", "&", ",", "as well as" };
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "their", "his", "her", "pro-government", "government-backed", "state-run" };

    private readonly ActorLexicon _lexicon;

    internal ActorCoder(ActorLexicon lexicon) => _lexicon = lexicon;

    internal ActorLexicon Lexicon => _lexicon;

    /// <summary>Problems met while loading (a missing lexicon file); empty when all loaded.</summary>
    public IReadOnlyList<Diagnostic> LoadDiagnostics => _lexicon.LoadDiagnostics;

    /// <summary>Number of Phoenix phrases loaded (0 when the data directory has none or they were not asked for).</summary>
    public int PhoenixPhrases => _lexicon.PhoenixCount;

    /// <summary>
    /// The coder for a data directory, loaded once per process and shared (loading Phoenix takes a
    /// fraction of a second). <paramref name="phoenix"/> false gives the built-in lexicons alone.
    /// </summary>
    public static ActorCoder Load(DataDirectory data, bool phoenix = true)
    {
        var key = $"{data.ExplicitDir}|{data.ProjectRoot}|{data.SharedData}|{phoenix}";
        return Cache.GetOrAdd(key, _ => new Lazy<ActorCoder>(() => new ActorCoder(ActorLexiconLoader.Load(data, phoenix)))).Value;
    }

    /// <summary>
    /// The best single coding of the phrase <paramref name="span"/> of <paramref name="text"/>, or null
    /// when no word of it is in the lexicons. <paramref name="on"/> is the article's date, for offices
    /// held between dates.
    /// </summary>
    public ActorCoding? Code(string text, TextSpan span, DateOnly? on = null)
    {
        var all = CodeAll(text, span, on);
        return all.Count == 0 ? null : all[^1];
    }

    /// <summary>Codes a phrase given as a string (tests, the REPL): offsets are into the phrase.</summary>
    public ActorCoding? Code(string phrase, DateOnly? on = null) => Code(phrase, new TextSpan(0, phrase.Length), on);

    /// <summary>
    /// Every actor a phrase names: coordinated owners sharing one head give one coding each
    /// ("Russian and Syrian warplanes" → RUSMIL with evidence "Russian", SYRMIL with "Syrian warplanes").
    /// </summary>
    public IReadOnlyList<ActorCoding> CodeAll(string text, TextSpan span, DateOnly? on = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span.End > text.Length || Currency.SignAfter(text, span.End)) return [];
        var words = PhraseWords.Split(text, span);
        // (the word after the phrase too: "six new Boeing" may end a phrase the parser cut before "787 airliners")
        return CodeWords(words, 0, words.Count, on, WordAfter(text, span.End));
    }

    /// <summary>
    /// Codes a name as a whole (an entity mention: "Barack Obama", "Hezbollah", "Syria"); null when the
    /// lexicons do not know the name. A leading "the" is ignored.
    /// </summary>
    public ActorCoding? CodeName(string text, TextSpan span, DateOnly? on = null)
    {
        if (span.End > text.Length || Currency.SignAfter(text, span.End)) return null;
        var words = PhraseWords.Split(text, span);
        int i = 0, j = words.Count - 1;
        while (i <= j && (words[i].IsPunct || words[i].Norm == "the")) i++;
        while (j >= i && words[j].IsPunct) j--;
        if (i > j) return null;
        var e = _lexicon.Exact(words, i, j);
        if (e is null || e.Kind is EntryKind.Modifier) return null;
        var ev = new TextSpan(words[i].Start, words[j].End);
        return e.Kind switch
        {
            EntryKind.CountryName or EntryKind.CountryAdjective => ActorCoding.Of(e.Code, "", ev, e.Origin),
            EntryKind.Role => ActorCoding.Of("", e.Code, ev, e.Origin),
            _ => CodeOfEntry(e, on, ev),
        };
    }

    /// <summary>The ISO3 country a place or country name or adjective stands for ("Syria's" → SYR), else null.</summary>
    public string? CountryOf(string text, TextSpan span)
    {
        var words = PhraseWords.Split(text, span);
        foreach (var m in _lexicon.Match(words, 0, words.Count))
            if (m.Entry.Kind is EntryKind.CountryName or EntryKind.CountryAdjective) return m.Entry.Code;
        return null;
    }

    private ActorCoding? CodeOfEntry(ActorEntry e, DateOnly? on, TextSpan ev)
    {
        var code = e.CodeOn(on, _lexicon.RoleCodes);
        return code.Length == 0 ? null : ActorCoding.OfCode(code, ev, e.Origin);
    }

    private static readonly HashSet<string> HarmDoers = new(StringComparer.OrdinalIgnoreCase)
    {
        "killer", "killers", "murderer", "murderers", "assassin", "assassins", "abuser", "abusers", "kidnapper", "kidnappers",
        "attacker", "attackers", "molester", "molesters", "slayer", "slayers",
    };

    /// <summary>
    /// A role noun right before a noun for one who harms ("doctor killer", "police killer") names those harmed, not the
    /// phrase's role; an armed or criminal role still names the doers ("rebel kidnappers").
    /// </summary>
    internal static bool NamesHarmed(ActorEntry role, PhraseWord next) =>
        HarmDoers.Contains(next.Norm) && role.Code is not ("REB" or "INS" or "CRM" or "MIL" or "UAF" or "SPY");

    internal IReadOnlyList<ActorCoding> CodeWords(List<PhraseWord> words, int from, int to, DateOnly? on, PhraseWord? after = null)
    {
        var matches = _lexicon.Match(words, from, to);
        // (most phrases name no actor: nothing to sift, and none of the closures below made for them)
        return matches.Count == 0 ? [] : CodeMatches(words, from, to, on, after, matches);
    }

    private IReadOnlyList<ActorCoding> CodeMatches(List<PhraseWord> words, int from, int to, DateOnly? on, PhraseWord? after, List<LexMatch> matches)
    {
        // "a Falcon jet": a product's name, not the group of that name.
        matches.RemoveAll(m => m.Last + 1 < to ? NamesProduct(m.Entry, words[m.Last], words[m.Last + 1])
            : after is { } next && NamesProduct(m.Entry, words[m.Last], next));
        // "the Vienna convention": a treaty named after a city, not a party of that place.
        matches.RemoveAll(m => IsPlace(m.Entry) && !words[m.Last].Possessive
            && (m.Last + 1 < to ? Treaties.Contains(words[m.Last + 1].Norm) : after is { } treaty && Treaties.Contains(treaty.Norm)));
        // "the State Department of Traffic in Rio": a body's name that goes on with "of" and a name, not a country's, is
        // another body's name ("the Ministry of Defence of Russia" goes on with a country: still the ministry).
        matches.RemoveAll(m => m.Entry.Kind == EntryKind.Org && m.Last + 2 < to && words[m.Last + 1].Norm == "of"
            && words[m.Last + 2].Capitalised && !words[m.Last + 2].IsPunct
            && !matches.Exists(o => o.First == m.Last + 2 && o.Entry.Kind == EntryKind.CountryName));
        // "Sheikh Hassan Al-Lihabi": a known person's name that a capitalised word the lexicons do not know goes on from is
        // part of another person's (or a place's) name.
        matches.RemoveAll(m => m.Entry.Kind == EntryKind.Person && !IsPlace(m.Entry) && !words[m.Last].Possessive && m.Last + 1 < to
            && words[m.Last + 1] is { IsPunct: false, Capitalised: true } next && next.Norm.Any(char.IsLetter)
            && !matches.Exists(o => o.First == m.Last + 1));
        // "a general softening", "in general": the adjective, not the rank.
        matches.RemoveAll(m => m.Entry.Kind == EntryKind.Role && m.First == m.Last && IsAdjectiveRank(words, m.First, to, after));
        // "militant islamists", "the militant Palestinian group Hamas": the adjective, no militant of its own.
        var roleStarts = matches.Where(m => m.Entry.Kind == EntryKind.Role).Select(m => m.First).ToHashSet();
        matches.RemoveAll(m => m.Entry.Kind == EntryKind.Role && m.First == m.Last && IsAdjectiveMilitant(words, m.First, after, roleStarts.Contains));
        // "the accused doctor killer", "a police killer": a role noun before a noun for one who harms names those harmed,
        // not the phrase's role ("rebel kidnappers", "militant attackers" are still rebels and militants).
        matches.RemoveAll(m => m.Entry.Kind == EntryKind.Role && (m.Last + 1 < to ? NamesHarmed(m.Entry, words[m.Last + 1]) : after is { } next && NamesHarmed(m.Entry, next)));
        // "Greater New Orleans": a place's name after "New" is part of another place's name.
        matches.RemoveAll(m => IsPlace(m.Entry) && PartOfNewName(words, m.First));
        if (matches.Count == 0) return [];
        // The head is the last role noun ("Syrian government troops" → troops); a role followed by "of"
        // keeps its place ("minister of defence" is read as written, by the multi-word entries).
        int head = -1;
        for (int k = matches.Count - 1; k >= 0; k--)
            if (matches[k].Entry.Kind == EntryKind.Role) { head = k; break; }
        // An earlier role can say whose the head is: "army spokesman" is MIL, "rebel commander" REB,
        // "opposition negotiator" OPP; but "government troops" stays MIL.
        for (int k = head - 1; k >= 0; k--)
        {
            if (matches[k].Entry.Kind != EntryKind.Role) continue;
            var early = matches[k].Entry.Code;
            var late = matches[head].Entry.Code;
            if ((late == "GOV" && early != "GOV") || (late == "MIL" && early is "REB" or "INS" or "OPP")) head = k;
            break;
        }
        var owners = new List<int>();
        for (int k = 0; k < matches.Count; k++)
            if (matches[k].Entry.Kind is EntryKind.CountryName or EntryKind.CountryAdjective or EntryKind.Org or EntryKind.Person)
                owners.Add(k);
        TextSpan SpanOf(LexMatch m) => new(words[m.First].Start, words[m.Last].End);

        if (owners.Count == 0)
            return head < 0 ? [] : [ActorCoding.Of("", matches[head].Entry.Code, SpanOf(matches[head]), matches[head].Entry.Origin)];

        // The owner: a possessive one ("Syria's UN ambassador" → Syria), else the first.
        int owner = owners[0];
        foreach (var k in owners)
            if (words[matches[k].Last].Possessive) { owner = k; break; }
        // "Egypt's Muslim Brotherhood": with no role noun to own, a country's possessive only places the
        // organisation that follows; the organisation is the actor.
        if (head < 0 && words[matches[owner].Last].Possessive && matches[owner].Entry.Kind is EntryKind.CountryName or EntryKind.CountryAdjective)
            foreach (var k in owners)
                if (k > owner && matches[k].Entry.Kind is EntryKind.Org) owner = k;

        // "Kenya and the government of Uganda", "Somalia, the Kenyan foreign ministry said": a conjunction or comma and
        // an article begin another phrase; each side is coded apart (the country before them owns none of the roles after).
        if (head >= 0 && matches[owner].Last < matches[head].First && ArticleAfterConjunction(words, matches[owner].Last + 1, matches[head].First) is var split && split > 0)
            return [.. CodeWords(words, from, split, on, words[split]), .. CodeWords(words, split + 1, to, on, after)];

        // Coordinated country owners sharing the head: "Russian and Syrian warplanes".
        var group = new List<int> { owner };
        if (matches[owner].Entry.Kind is EntryKind.CountryAdjective or EntryKind.CountryName && !words[matches[owner].Last].Possessive)
        {
            for (int q = owners.IndexOf(owner) + 1; q < owners.Count; q++)
            {
                var prev = matches[group[^1]];
                var next = matches[owners[q]];
                if (next.Entry.Kind is not (EntryKind.CountryAdjective or EntryKind.CountryName)) break;
                if (!OnlyConjunctionsBetween(words, prev.Last + 1, next.First)) break;
                group.Add(owners[q]);
            }
        }

        var result = new List<ActorCoding>(group.Count);
        for (int g = 0; g < group.Count; g++)
        {
            var om = matches[group[g]];
            bool last = g == group.Count - 1;
            var ev = SpanOf(om);
            LexMatch? hm = head >= 0 ? matches[head] : null;
            if (hm is { } h && last) ev = ev.Union(SpanOf(h));
            var coding = Compose(om, hm, ev, on);
            if (coding is not null) result.Add(coding);
        }
        return result;
    }

    private ActorCoding? Compose(LexMatch owner, LexMatch? head, TextSpan evidence, DateOnly? on)
    {
        var e = owner.Entry;
        var role = head?.Entry.Code ?? "";
        switch (e.Kind)
        {
            case EntryKind.CountryName:
            case EntryKind.CountryAdjective:
                return ActorCoding.Of(e.Code, role, evidence, head is null ? e.Origin : head.Value.Entry.Origin);
            case EntryKind.Person:
            {
                // "Assad's forces": the person gives the country, the head noun the role.
                var code = e.CodeOn(on, _lexicon.RoleCodes);
                if (code.Length == 0) return role.Length == 0 ? null : ActorCoding.Of("", role, evidence, e.Origin);
                var root = code[..3];
                if (role.Length > 0 && _lexicon.CountryCodes.Contains(root)) return ActorCoding.Of(root, role, evidence, e.Origin);
                return ActorCoding.OfCode(code, evidence, e.Origin);
            }
            default:
            {
                // An organisation keeps its own role ("Kremlin spokesman" → RUSGOV, "Hezbollah fighters" →
                // LBNREB); a bare root takes the head's ("SYR" + troops).
                var code = e.CodeOn(on, _lexicon.RoleCodes);
                if (code.Length == 0) return role.Length == 0 ? null : ActorCoding.Of("", role, evidence, e.Origin);
                if (code.Length == 3 && role.Length > 0 && _lexicon.CountryCodes.Contains(code)) return ActorCoding.Of(code, role, evidence, e.Origin);
                return ActorCoding.OfCode(code, evidence, e.Origin);
            }
        }
    }

    /// <summary>
    /// A group's name (not a company's) followed by a model ("Falcon 7X") or by a word for an aircraft ("a Falcon jet")
    /// names a product: the Phoenix group of that name is not meant. Not a possessive, not a country or a state body
    /// ("NATO jets", "Air Force planes" are theirs in action), not a company, which is a party to the sale of its products.
    /// </summary>
    internal bool NamesProduct(ActorEntry entry, in PhraseWord name, in PhraseWord next)
    {
        if (entry.Kind != EntryKind.Org || name.Possessive || next.IsPunct || IsCompany(entry)) return false;
        var code = entry.Code;
        if (code.Length <= 3 || code.StartsWith("IGO", StringComparison.Ordinal) || _lexicon.CountryCodes.Contains(code)) return false;
        bool armed = false;
        for (int at = 3; at + 3 <= code.Length; at += 3)
        {
            if (code.AsSpan(at, 3) is "GOV" or "MIL" or "COP" or "SPY" or "LEG" or "JUD") return false;
            armed |= code.AsSpan(at, 3) is "REB" or "INS";
        }
        // (an armed group flies drones of its own: "Houthi drones", "Hamas drones" are the group's, no maker's product)
        if (armed && next.Norm is "drone" or "drones") return false;
        return IsModel(next.Norm) || Aircraft.Contains(next.Norm);
    }

    /// <summary>A business: a maker is a party to the sale of its products ("agreed to purchase 60 Boeing 787s" is a deal with Boeing).</summary>
    private static bool IsCompany(ActorEntry e) =>
        e.Kind == EntryKind.Org && (e.Code.StartsWith("MNC", StringComparison.Ordinal) || e.Code.EndsWith("BUS", StringComparison.Ordinal));

    /// <summary>After a name, "737", "787s", "A330-200F", "747-400ERF": a model's designation (not a year, "Boeing 2008").</summary>
    internal static bool IsModel(string w)
    {
        if (w.Length == 0 || w.Length > 12 || !w.Any(char.IsAsciiDigit)) return false;
        if (w.Length == 4 && w.All(char.IsAsciiDigit) && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal))) return false;
        return w.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    /// <summary>Text after the name <paramref name="name"/> opening with a model or an aircraft word.</summary>
    internal bool NamesProductAfter(string text, TextSpan name)
    {
        // (the word after first: most names are followed by no model or aircraft word, and need no lexicon match)
        if (WordAfter(text, name.End) is not { } next || !(IsModel(next.Norm) || Aircraft.Contains(next.Norm))) return false;
        var words = PhraseWords.Split(text, name);
        if (words.Count == 0) return false;
        var matches = _lexicon.Match(words, 0, words.Count);
        return matches.Count > 0 && matches[^1].Last == words.Count - 1 && NamesProduct(matches[^1].Entry, words[^1], next);
    }

    /// <summary>
    /// A city's name followed by a word for a treaty ("the Vienna convention", "the Minsk agreements", "the Oslo accords")
    /// names the treaty, signed there: no party of that place. A country's or a body's name is a party ("the Iran
    /// agreement", "the EU treaty").
    /// </summary>
    internal bool NamesTreatyAfter(string text, TextSpan name)
    {
        if (WordAfter(text, name.End) is not { } next || !Treaties.Contains(next.Norm)) return false;
        var words = PhraseWords.Split(text, name);
        int i = 0;
        while (i < words.Count && words[i].Norm == "the") i++;
        if (i >= words.Count || words[^1].Possessive) return false;
        return _lexicon.Exact(words, i, words.Count - 1) is not { } e || IsPlace(e);
    }

    /// <summary>A place's entry (a city or region coded with its country, as Phoenix lists them): not a country, a body or a group.</summary>
    /// (Our own lexicon lists countries' names; the dictionary's entries with a bare country code are its places, some
    /// dated as people are: "Minsk" was Soviet before 1991.)
    private static bool IsPlace(ActorEntry e) =>
        e.Code.Length == 3 && e.Kind is EntryKind.Org or EntryKind.Person && e.Origin.StartsWith("phoenix:", StringComparison.Ordinal);

    private static readonly HashSet<string> Treaties = new(StringComparer.OrdinalIgnoreCase)
    {
        "convention", "conventions", "accord", "accords", "agreement", "agreements", "protocol", "protocols", "treaty", "statute",
        "pact", "pacts",
    };

    /// <summary>
    /// A rank that is also an adjective ("general"), in lower case, before a noun ("a general softening", "the general
    /// atmosphere") or after "in" ("in general"): the adjective. Before a verb, a function word or a mark it stays the rank
    /// ("the general said", "the general who", "a brigadier general,").
    /// </summary>
    private static bool IsAdjectiveRank(List<PhraseWord> words, int i, int to, PhraseWord? after)
    {
        var w = words[i];
        if (w.Capitalised || w.AllCaps || !AdjectiveRanks.Contains(w.Norm)) return false;
        if (i > 0 && words[i - 1].Norm == "in") return true;
        PhraseWord? next = i + 1 < to ? words[i + 1] : i + 1 == to ? after : null;
        if (next is not { IsPunct: false, Capitalised: false, AllCaps: false } n || !n.Norm.All(char.IsLetter)) return false;
        return !AfterRank.Contains(n.Norm) && !(n.Norm.Length > 4 && n.Norm.EndsWith("ed", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> AdjectiveRanks = new(StringComparer.Ordinal) { "general", "major" };

    /// <summary>
    /// "militant" in lower case before a word that goes on the phrase ("militant islamists", "the militant Palestinian
    /// group") is the adjective: it says what the group is like, no militant of its own. Before a role noun ("militant
    /// leaders"), a verb, a function word or a mark it stays the noun ("the militants said", "a militant, who").
    /// </summary>
    private static bool IsAdjectiveMilitant(List<PhraseWord> words, int i, PhraseWord? after, Func<int, bool> roleAt)
    {
        var w = words[i];
        if (w.Capitalised || w.AllCaps || w.Norm != "militant") return false;
        PhraseWord? next = i + 1 < words.Count ? words[i + 1] : after;
        if (next is not { IsPunct: false } n || !n.Norm.All(c => char.IsLetter(c) || c == '-')) return false;
        if (i + 1 < words.Count && roleAt(i + 1)) return false;
        return !AfterRank.Contains(n.Norm) && !(n.Norm.Length > 4 && n.Norm.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>A place's name (a city or region the dictionaries file under its country) as the whole of <paramref name="span"/>.</summary>
    internal bool IsPlaceName(string text, TextSpan span)
    {
        var words = PhraseWords.Split(text, span);
        return words.Count > 0 && _lexicon.Exact(words, 0, words.Count - 1) is { } e && IsPlace(e);
    }

    /// <summary>True when the words of <paramref name="span"/> are exactly a person's name the lexicons list ("Ismail Khan").</summary>
    internal bool IsPersonName(string text, TextSpan span)
    {
        var words = PhraseWords.Split(text, span);
        return words.Count > 0 && _lexicon.Exact(words, 0, words.Count - 1) is { Kind: EntryKind.Person };
    }

    /// <summary>"New Orleans", "New Hampshire": a capitalised "New" right before a place's name makes another name.</summary>
    internal static bool PartOfNewName(List<PhraseWord> words, int first) =>
        first > 0 && words[first - 1] is { Capitalised: true, IsPunct: false, Norm: "new" };

    // Words that follow a rank used as a noun: verbs of news, auxiliaries, relatives, conjunctions and prepositions.
    private static readonly HashSet<string> AfterRank = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "added", "has", "had", "have", "was", "were", "is", "are", "will", "would", "can",
        "could", "may", "might", "must", "should", "who", "whom", "whose", "that", "which", "and", "or", "but", "of", "in", "on",
        "at", "to", "for", "with", "from", "by", "as", "himself", "herself", "also", "then", "now", "later", "did", "does",
    };

    /// <summary>The first word after <paramref name="end"/>, or null.</summary>
    private static PhraseWord? WordAfter(string text, int end)
    {
        var after = PhraseWords.Split(text, new TextSpan(end, Math.Min(text.Length, end + 24)));
        return after.Count > 0 ? after[0] : null;
    }

    /// <summary>Words for an aircraft: after a name they make it a product's; the event coder keeps aircraft out of non-force acts.</summary>
    internal static readonly HashSet<string> Aircraft = new(StringComparer.OrdinalIgnoreCase)
    {
        "aircraft", "jet", "jets", "jetliner", "jetliners", "airliner", "airliners", "plane", "planes", "airplane", "airplanes",
        "warplane", "warplanes", "helicopter", "helicopters", "drone", "drones",
    };

    /// <summary>The conjunction (or comma) in [from, to) that an article follows, or -1.</summary>
    private static int ArticleAfterConjunction(List<PhraseWord> words, int from, int to)
    {
        for (int k = from; k + 1 < to; k++)
            if (Conjunctions.Contains(words[k].Norm) && words[k + 1].Norm is "the" or "a" or "an") return k;
        return -1;
    }

    private static bool OnlyConjunctionsBetween(List<PhraseWord> words, int from, int to)
    {
        if (from >= to) return false;
        bool any = false;
        for (int k = from; k < to; k++)
        {
            if (!Conjunctions.Contains(words[k].Norm)) return false;
            any = true;
        }
        return any;
    }

    internal static bool IsDeterminer(string norm) => Determiners.Contains(norm);
    internal static bool IsConjunction(string norm) => Conjunctions.Contains(norm);
}
