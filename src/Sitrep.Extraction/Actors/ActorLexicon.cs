using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Actors;

internal enum EntryKind : byte
{
    /// <summary>A country name ("Syria", "the US"): a country root, and a place.</summary>
    CountryName,
    /// <summary>An adjective or demonym ("Syrian", "Syrians"): a country root.</summary>
    CountryAdjective,
    /// <summary>A role noun ("troops" → MIL).</summary>
    Role,
    /// <summary>A word that may stand inside a title but decides nothing ("deputy", "foreign").</summary>
    Modifier,
    /// <summary>A named organisation or metonym with its full code ("the Kremlin" → RUSGOV).</summary>
    Org,
    /// <summary>A named person with date-restricted codes.</summary>
    Person,
}

/// <summary>One code a phrase may carry, valid between two dates (either open).</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool Bounded => From is not null || To is not null;

    public bool ValidOn(DateOnly d) => (From is null || d >= From) && (To is null || d < To);

    /// <summary>
    /// The code on a date, as PETRARCH's dictionaries mean their lists: the first range that holds the date (an
    /// earlier, narrower range listed first overrides a later one), else the entry's undated default code; null
    /// when the date is outside every range and there is no default.
    /// </summary>
    public static string? Pick(IReadOnlyList<DatedCode> codes, DateOnly date)
    {
        foreach (var c in codes)
            if (c.Bounded && c.ValidOn(date)) return c.Code;
        foreach (var c in codes)
            if (!c.Bounded) return c.Code;
        return null;
    }
}

/// <summary>A lexicon entry: what a phrase means to the actor coder, and where that came from.</summary>
internal sealed record ActorEntry(EntryKind Kind, string Code, IReadOnlyList<DatedCode>? Dated, string Origin)
{
    /// <summary>The code on a date: the range holding it; with no date, the last range listed (the most recent).</summary>
    public string CodeOn(DateOnly? date, IReadOnlySet<string> roleCodes)
    {
        if (Dated is null || Dated.Count == 0) return Code;
        if (date is null) return Dated[^1].Code;
        if (DatedCode.Pick(Dated, date.Value) is { } on) return on;
        // Outside every range: the person's country is still known, the role held that day is not.
        var root = Dated[^1].Code.Length >= 3 ? Dated[^1].Code[..3] : Dated[^1].Code;
        return roleCodes.Contains(root) ? "" : root;
    }
}

/// <summary>
/// The actor lexicons, loaded once and frozen: our hand-written lists under lexicons/ (countries, roles,
/// organisations, people) and, when the data directory has them, the Phoenix actor dictionaries.
/// Immutable after construction, so one instance serves every thread.
/// </summary>
internal sealed class ActorLexicon
{
    /// <summary>Longest phrase (in words) any entry may have; longer Phoenix entries are dropped.</summary>
    public const int MaxWords = 10;

    // Case-insensitive entries of our own lexicons, by normalised key.
    private readonly FrozenDictionary<string, ActorEntry[]> _entries;
    // Organisations our own lexicons write capitalised ("Amnesty", "Tigers"), matched only when the text's first word is
    // capitalised too: "offered amnesty to the rebels" names no Amnesty International.
    private readonly FrozenDictionary<string, ActorEntry[]> _names;
    // All-capital acronyms of our own lexicons ("US", "UN", "WHO"), matched only when written in capitals.
    private readonly FrozenDictionary<string, ActorEntry[]> _acronyms;
    // Phoenix phrases, matched only when the text's first word is capitalised (they are names).
    private readonly FrozenDictionary<string, ActorEntry> _phoenix;
    // Every word-prefix of every key, so matching stops as soon as no entry can continue.
    private readonly FrozenSet<string> _prefixes;
    // Every word of our own lexicons' keys: the words a title may be made of.
    private readonly FrozenSet<string> _titleWords;

    public IReadOnlySet<string> RoleCodes { get; }
    public IReadOnlySet<string> CountryCodes { get; }
    public int PhoenixCount => _phoenix.Count;
    public int EntryCount => _entries.Count + _names.Count + _acronyms.Count;
    public IReadOnlyList<Diagnostic> LoadDiagnostics { get; }

    public ActorLexicon(
        IEnumerable<(string Phrase, ActorEntry Entry)> own,
        IEnumerable<(string Phrase, ActorEntry Entry)> phoenix,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        var entries = new Dictionary<string, List<ActorEntry>>(StringComparer.Ordinal);
        var names = new Dictionary<string, List<ActorEntry>>(StringComparer.Ordinal);
        var acronyms = new Dictionary<string, List<ActorEntry>>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var titleWords = new HashSet<string>(StringComparer.Ordinal);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in own)
        {
            var words = PhraseWords.Split(phrase, new(0, phrase.Length));
            if (words.Count == 0 || words.Count > MaxWords || words.Any(w => w.IsPunct)) continue;
            bool acronym = words.All(w => w.AllCaps || (w.Norm.Length == 1 && char.IsUpper(phrase[w.Start])));
            var key = PhraseWords.Key(words, 0, words.Count - 1)!;
            var target = acronym ? acronyms : entry.Kind == EntryKind.Org && char.IsUpper(phrase[words[0].Start]) ? names : entries;
            var k = acronym ? key.ToUpperInvariant() : key;
            if (!target.TryGetValue(k, out var list)) target[k] = list = new List<ActorEntry>();
            list.Add(entry);
            AddPrefixes(prefixes, words);
            // People's names are not title words: "President Bashar al-Assad" has the title "President".
            if (entry.Kind != EntryKind.Person) foreach (var w in words) titleWords.Add(w.Norm);
            if (entry.Kind == EntryKind.Role) roles.Add(entry.Code);
            if (entry.Kind is EntryKind.CountryName or EntryKind.CountryAdjective) countries.Add(entry.Code);
        }
        var ph = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in phoenix)
        {
            var words = PhraseWords.Split(phrase, new(0, phrase.Length));
            if (words.Count == 0 || words.Count > MaxWords || words.Any(w => w.IsPunct)) continue;
            var key = PhraseWords.Key(words, 0, words.Count - 1)!;
            if (ph.TryAdd(key, entry)) AddPrefixes(prefixes, words);
            else if (Namesakes(ph[key], entry) is { } both) ph[key] = both;
        }
        _entries = entries.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _names = names.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _acronyms = acronyms.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _phoenix = ph.ToFrozenDictionary(StringComparer.Ordinal);
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal);
        _titleWords = titleWords.ToFrozenSet(StringComparer.Ordinal);
        RoleCodes = roles.ToFrozenSet(StringComparer.Ordinal);
        CountryCodes = countries.ToFrozenSet(StringComparer.Ordinal);
        LoadDiagnostics = diagnostics;
    }

    private static void AddPrefixes(HashSet<string> prefixes, List<PhraseWord> words)
    {
        var acc = "";
        for (int i = 0; i < words.Count; i++)
        {
            acc = i == 0 ? words[0].Norm : acc + " " + words[i].Norm;
            prefixes.Add(acc);
        }
    }

    /// <summary>True when the word can stand inside a title or an actor phrase of our own lexicons.</summary>
    public bool IsTitleWord(in PhraseWord w) => !w.IsPunct && _titleWords.Contains(w.Norm);

    /// <summary>
    /// Greedy longest-match of entries over words [from, to). At each position the longest phrase wins;
    /// at equal length our own lexicons beat Phoenix. Linear in the words (each start tries at most
    /// <see cref="MaxWords"/> extensions, cut short by the prefix set).
    /// </summary>
    public List<LexMatch> Match(IReadOnlyList<PhraseWord> words, int from, int to)
    {
        var result = new List<LexMatch>();
        int i = from;
        while (i < to)
        {
            if (words[i].IsPunct) { i++; continue; }
            var best = Longest(words, i, to);
            // "US$ 30 billion", "A$40": a country's letters before a dollar sign name its currency
            if (best is { } m && !(m.Last + 1 < words.Count && words[m.Last + 1].Norm == "$" && words[m.Last + 1].Start == words[m.Last].End))
            { result.Add(m); i = m.Last + 1; }
            else i = best is { } skipped ? skipped.Last + 1 : i + 1;
        }
        return result;
    }

    public LexMatch? Longest(IReadOnlyList<PhraseWord> words, int i, int to)
    {
        LexMatch? best = null;
        string key = "";
        bool allCaps = true;
        for (int j = i; j < to && j - i < MaxWords; j++)
        {
            var w = words[j];
            if (w.IsPunct) break;
            // A possessive ends a phrase: "Russia's deputy" is "Russia" + a title, never one name.
            key = j == i ? w.Norm : key + " " + w.Norm;
            allCaps &= w.AllCaps || (w.Norm.Length == 1 && w.Capitalised);
            if (!_prefixes.Contains(key)) break;
            ActorEntry? found = null;
            if (allCaps && _acronyms.TryGetValue(key.ToUpperInvariant(), out var acr)) found = acr[0];
            else if (Own(key, words[i].Capitalised || words[i].AllCaps) is { } own) found = own;
            else if (words[i].Capitalised && _phoenix.TryGetValue(key, out var p)) found = p;
            if (found is not null) best = new LexMatch(i, j, found);
            if (w.Possessive) break;
        }
        return best;
    }

    /// <summary>
    /// One phrase filed under two office holders ("President Bush" for father and son): the first entry, with the
    /// other's dated offices added, so that the date decides which of them is meant. Its default (undated or most
    /// recent) code stays the first's; entries other than people keep the first entry alone (null).
    /// </summary>
    internal static ActorEntry? Namesakes(ActorEntry first, ActorEntry other)
    {
        if (first.Kind != EntryKind.Person || other.Kind != EntryKind.Person || first.Dated is not { Count: > 0 } a
            || other.Dated is not { Count: > 0 } b || !b.Any(c => c.Bounded)) return null;
        var merged = new List<DatedCode>(a.Count + b.Count);
        merged.AddRange(a.Take(a.Count - 1));
        merged.AddRange(b.Where(c => c.Bounded && !a.Contains(c)));
        merged.Add(a[^1]);
        return first with { Dated = merged.ToArray() };
    }

    /// <summary>Entries of a whole phrase, exactly (for names: "Barack Obama", "Hezbollah").</summary>
    public ActorEntry? Exact(IReadOnlyList<PhraseWord> words, int i, int j)
    {
        var key = PhraseWords.Key(words, i, j);
        if (key is null) return null;
        bool allCaps = true;
        for (int k = i; k <= j; k++) allCaps &= words[k].AllCaps || (words[k].Norm.Length == 1 && words[k].Capitalised);
        if (allCaps && _acronyms.TryGetValue(key.ToUpperInvariant(), out var acr)) return acr[0];
        if (Own(key, words[i].Capitalised || words[i].AllCaps) is { } own) return own;
        if (_phoenix.TryGetValue(key, out var p)) return p;
        return null;
    }

    /// <summary>Our own lexicons' entry for a key: of any case, or, when the text is capitalised, a name's too.</summary>
    private ActorEntry? Own(string key, bool capitalised)
    {
        bool any = _entries.TryGetValue(key, out var own);
        if (capitalised && _names.TryGetValue(key, out var named)) return Pick(any ? [.. own!, .. named] : named);
        return any ? Pick(own!) : null;
    }

    // Where one phrase has several senses, names and organisations beat role nouns ("Congress"), and a
    // role beats a modifier ("state" is a modifier, "State Department" an organisation).
    private static ActorEntry Pick(ActorEntry[] list)
    {
        ActorEntry best = list[0];
        foreach (var e in list)
            if (Rank(e.Kind) < Rank(best.Kind)) best = e;
        return best;
    }

    private static int Rank(EntryKind k) => k switch
    {
        EntryKind.Person => 0,
        EntryKind.Org => 1,
        EntryKind.CountryName => 2,
        EntryKind.CountryAdjective => 3,
        EntryKind.Role => 4,
        _ => 5,
    };
}

/// <summary>Words [First, Last] of a phrase matched one entry.</summary>
internal readonly record struct LexMatch(int First, int Last, ActorEntry Entry);
