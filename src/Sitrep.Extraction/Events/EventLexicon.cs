using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>One verb pattern: the lemma codes <see cref="Code"/> when one of <see cref="Needs"/> heads a dependent (or always, when empty).</summary>
/// <see cref="Overrides"/> (written "!" before the needs in the file): the pattern wins over the PETRARCH dictionary's patterns.
public sealed record VerbPattern(string Lemma, string Code, IReadOnlyList<string> Needs, bool Overrides = false);

/// <summary>
/// Our own CAMEO verb and noun lexicons (lexicons/events-verbs.tsv, events-nouns.tsv) and the built-in
/// actor words (events-actors.tsv). Lookups take spans, ignore case and allocate nothing. Immutable.
/// </summary>
public sealed class EventLexicon
{
    private readonly Dictionary<string, VerbPattern[]> _verbs;
    private readonly Dictionary<string, string> _nouns;
    private readonly Dictionary<string, string> _actors;
    private readonly Dictionary<string, VerbPattern[]>.AlternateLookup<ReadOnlySpan<char>> _verbLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nounLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _actorLookup;
    // Dictionary actors whose code depends on the article's date (a person's office), by phrase.
    private readonly Dictionary<string, ActorPhrase> _dated = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActorPhrase>.AlternateLookup<ReadOnlySpan<char>> _datedLookup;

    public EventLexicon(IEnumerable<VerbPattern> verbs, IEnumerable<(string Lemma, string Code)> nouns, IEnumerable<(string Phrase, string Code)> actors)
        : this(verbs, nouns, actors.Select(a => new ActorPhrase(a.Phrase, a.Code)))
    {
    }

    private EventLexicon(IEnumerable<VerbPattern> verbs, IEnumerable<(string Lemma, string Code)> nouns, IEnumerable<ActorPhrase> actors)
    {
        _verbs = verbs.GroupBy(v => v.Lemma, StringComparer.OrdinalIgnoreCase)
            // Patterns with `needs` are tried first; the bare entry is the fallback within the same verb only.
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.Needs.Count == 0 ? 1 : 0).ToArray(), StringComparer.OrdinalIgnoreCase);
        _nouns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (l, c) in nouns) _nouns[l] = c;
        _actors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in actors)
        {
            _actors[a.Phrase] = a.Code;
            if (a.Dated is not null) _dated[a.Phrase] = a;
            else _dated.Remove(a.Phrase);
        }
        _verbLookup = _verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        _nounLookup = _nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        _actorLookup = _actors.GetAlternateLookup<ReadOnlySpan<char>>();
        _datedLookup = _dated.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A lexicon of these actor phrases alone (a user's dictionary), no verbs or nouns.</summary>
    public static EventLexicon OfActors(IEnumerable<ActorPhrase> actors) => new([], Array.Empty<(string, string)>(), actors);

    /// <summary>The same lexicon with more actor phrases (e.g. PETRARCH dictionaries); built-in words win.</summary>
    public EventLexicon WithActors(IEnumerable<ActorPhrase> more)
    {
        var merged = more.Where(m => !_actors.ContainsKey(m.Phrase))
            .Concat(_actors.Select(kv => _dated.TryGetValue(kv.Key, out var d) ? d : new ActorPhrase(kv.Key, kv.Value)));
        return new EventLexicon(_verbs.Values.SelectMany(v => v), _nouns.Select(kv => (kv.Key, kv.Value)), merged);
    }

    public int VerbCount => _verbs.Count;
    public int NounCount => _nouns.Count;
    public int ActorWordCount => _actors.Count;
    public IEnumerable<string> Codes => _verbs.Values.SelectMany(v => v).Select(v => v.Code).Concat(_nouns.Values).Where(c => c != NoEvent).Distinct();

    /// <summary>The code of an entry that says its words make no event (PETRARCH's "[---]"); only with "!" needs.</summary>
    public const string NoEvent = "---";

    public bool TryVerb(ReadOnlySpan<char> lemma, out VerbPattern[] patterns) => _verbLookup.TryGetValue(lemma, out patterns!);
    public bool TryNoun(ReadOnlySpan<char> lemma, out string code) => _nounLookup.TryGetValue(lemma, out code!);
    /// <summary>The code of an actor phrase; a dictionary person's is the office held on <paramref name="date"/>.</summary>
    public bool TryActor(ReadOnlySpan<char> phrase, DateOnly? date, out string code)
    {
        if (!_actorLookup.TryGetValue(phrase, out code!)) return false;
        if (_dated.Count > 0 && _datedLookup.TryGetValue(phrase, out var dated)) code = dated.CodeOn(date);
        return true;
    }

    public const string VerbsPath = "lexicons/events-verbs.tsv";
    public const string NounsPath = "lexicons/events-nouns.tsv";
    public const string ActorsPath = "lexicons/events-actors.tsv";

    /// <summary>Loads the three lexicons; a missing file gives an empty part and a message in <paramref name="problems"/>.</summary>
    public static EventLexicon Load(DataDirectory data, List<string> problems)
    {
        var verbs = new List<VerbPattern>();
        foreach (var c in Rows(data, VerbsPath, problems))
        {
            bool overrides = c.Length > 2 && c[2].StartsWith('!');
            var needs = c.Length > 2 ? c[2].TrimStart('!') : "";
            verbs.Add(new VerbPattern(c[0], c[1], needs.Length > 0 ? needs.Split('|') : [], overrides && needs.Length > 0));
        }
        var nouns = Rows(data, NounsPath, problems).Select(c => (c[0], c[1])).ToList();
        var actors = Rows(data, ActorsPath, problems).Select(c => (c[0], c[1])).ToList();
        return new EventLexicon(verbs, nouns, actors);
    }

    private static IEnumerable<string[]> Rows(DataDirectory data, string relative, List<string> problems)
    {
        var path = data.FindProjectFile(relative);
        if (path is null) { problems.Add($"{relative} not found; the event coder runs without it."); yield break; }
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length < 2 || c[0].Length == 0 || c[1].Length == 0) { problems.Add($"{relative}:{n}: expected `word<TAB>code`, got '{line}'."); continue; }
            yield return c;
        }
    }
}
