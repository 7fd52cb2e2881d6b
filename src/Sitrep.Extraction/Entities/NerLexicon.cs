using System.Runtime.CompilerServices;

namespace Sitrep.Extraction.Entities;

/// <summary>What a lexicon entry is. Phrase kinds are matched longest-first over token runs; word kinds are per token.</summary>
[Flags]
internal enum LexKind : ushort
{
    None = 0,
    Country = 1,
    Demonym = 2,
    City = 4,
    Region = 8,
    Title = 16,
    Org = 32,
    // Phrase kinds end here (the low byte); word kinds follow.
    OrgWord = 256,      // "Ministry", "Party", "Brigade": heads of organisation names
    LocWord = 512,      // "River", "Province", "Street": heads of place names
    Honorific = 1024,   // "Mr", "Mrs", "Dr": a person name follows
    Lowerish = 2048,    // usually written in lower case inside a sentence (from the training text)
    FirstName = 4096,   // first word of person names in the training data
    Prefix = 0x8000,    // a proper prefix of some longer phrase: keep extending the match
}

/// <summary>
/// Phrase and word lexicon keyed by hashes of folded tokens (see <see cref="NerHash"/>), so it is
/// baked into the model file without its strings and needs no data directory at run time.
/// Immutable after construction; safe to share across threads.
/// </summary>
internal sealed class NerLexicon
{
    public const int MaxPhraseTokens = 6;
    public const LexKind PhraseKinds = (LexKind)0xFF;
    public const LexKind WordKinds = (LexKind)0x7F00;

    private readonly Dictionary<ulong, LexKind> _entries;

    public NerLexicon(Dictionary<ulong, LexKind> entries) => _entries = entries;

    public static NerLexicon Empty { get; } = new(new Dictionary<ulong, LexKind>());

    public int Count => _entries.Count;
    public IReadOnlyDictionary<ulong, LexKind> Entries => _entries;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LexKind Lookup(ulong key) => _entries.TryGetValue(key, out var k) ? k : LexKind.None;

    /// <summary>Word kinds of one token, by its folded hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LexKind Word(ulong folded) => Lookup(NerHash.Phrase(NerHash.PhraseStart, folded)) & WordKinds;

    /// <summary>
    /// Word class of one token, by its folded hash: the fine class + 1 in the low 10 bits, the coarse class + 1
    /// above them; 0 when the word has none. Class entries share the table with the lexicon under keys of
    /// their own (<see cref="ClusterStart"/>), so the model file format is unchanged: their value is the
    /// packed class, not <see cref="LexKind"/> flags.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort Cluster(ulong folded) => _entries.TryGetValue(NerHash.Phrase(ClusterStart, folded), out var k) ? (ushort)k : (ushort)0;

    public const ulong ClusterStart = 0xC1A55C1A55C1A55CUL;

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/>: its token count (0 if none) and kinds.
    /// <paramref name="folded"/> holds the folded hashes of the sentence's tokens.
    /// </summary>
    public int LongestPhrase(ReadOnlySpan<ulong> folded, int start, out LexKind kinds)
    {
        kinds = LexKind.None;
        int best = 0;
        ulong key = NerHash.PhraseStart;
        int max = Math.Min(MaxPhraseTokens, folded.Length - start);
        for (int n = 1; n <= max; n++)
        {
            key = NerHash.Phrase(key, folded[start + n - 1]);
            if (!_entries.TryGetValue(key, out var k)) break;
            if ((k & PhraseKinds) != 0) { best = n; kinds = k & PhraseKinds; }
            if ((k & LexKind.Prefix) == 0) break;
        }
        return best;
    }

    /// <summary>Mutable builder used by the trainer and by tests.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<ulong, LexKind> _entries = new();

        /// <summary>Adds a phrase given as its tokens (already split the way the tokenizer splits).</summary>
        public void Add(IReadOnlyList<string> tokens, LexKind kind)
        {
            if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens) return;
            ulong key = NerHash.PhraseStart;
            for (int i = 0; i < tokens.Count; i++)
            {
                key = NerHash.Phrase(key, NerHash.Folded(tokens[i]));
                var add = i == tokens.Count - 1 ? kind : LexKind.Prefix;
                _entries[key] = _entries.TryGetValue(key, out var k) ? k | add : add;
            }
        }

        /// <summary>Sets the packed word class (see <see cref="Cluster"/>) of a folded word.</summary>
        public void AddCluster(string foldedWord, ushort packed)
        {
            if (packed != 0) _entries[NerHash.Phrase(ClusterStart, NerHash.Folded(foldedWord))] = (LexKind)packed;
        }

        /// <summary>Adds a phrase written as text: split on spaces, with a trailing period kept on abbreviations.</summary>
        public void Add(string phrase, LexKind kind) => Add(Tokenize(phrase), kind);

        public NerLexicon Build() => new(new Dictionary<ulong, LexKind>(_entries));
    }

    /// <summary>Splits a lexicon phrase into tokens the way news tokenizers do: spaces, and "'s" apart.</summary>
    public static List<string> Tokenize(string phrase)
    {
        var result = new List<string>();
        foreach (var raw in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.Length > 2 && (raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("\u2019s", StringComparison.Ordinal)))
            {
                result.Add(raw[..^2]);
                result.Add("'s");
            }
            else result.Add(raw);
        }
        return result;
    }
}
