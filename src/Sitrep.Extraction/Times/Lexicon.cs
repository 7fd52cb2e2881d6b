using Sitrep.Core.Model;
using Sitrep.Extraction.Figures;
using Sitrep.Text.Numbers;

namespace Sitrep.Extraction.Times;

/// <summary>What a word is to the figure grammar, read once per word instead of once per test.</summary>
[Flags]
internal enum Cue : byte
{
    None = 0,
    /// <summary>A number expression can start with it (<see cref="NumberReader.CanStartWith"/>).</summary>
    NumberStart = 1,
    /// <summary>It lets a sentence hold a figure without a digit: a number word of three letters or more, "no", "none", "nobody".</summary>
    FigureWord = 2,
    /// <summary>A thing counted, never people (<see cref="FigureWords.IsThing"/>).</summary>
    Thing = 4,
    /// <summary>It ends a clause (<see cref="FigureWords.EndsClause"/>).</summary>
    ClauseEnd = 8,
}

/// <summary>
/// Every word the time and figure grammars know, in one table: the time words with their meaning, the words
/// the grammars test one by one (<see cref="TimeWords.Tested"/>), the words a number can start with and the
/// figure word lists. A token is looked up once, when it is lexed; its slot then answers every question the
/// grammars ask of it, and its key (the vocabulary's interned instance of the word) makes a word test one
/// reference comparison. Matching ignores case as <see cref="StringComparison.OrdinalIgnoreCase"/> does, so
/// answers are those of the lists themselves. Immutable once built; shared by all threads.
/// </summary>
internal static class Lexicon
{
    /// <summary>The slot of a word not in the table.</summary>
    public const int NoSlot = -1;

    // The common case (an ASCII word) takes an open-addressing table keyed by a cheap hash of the lower-cased
    // letters; other words take the case-insensitive dictionary. Every word of the text is looked up, after the
    // foundation's stages have filled the caches with their own data, so the arrays a miss reads are small: the
    // shape bits (2.7 KB), then lengths and hashes (10 KB); keys and meanings are read on a hit only.
    private const int TableBits = 11;
    private const int TableSize = 1 << TableBits; // over twice the vocabulary
    private static readonly byte[] _lengths = new byte[TableSize]; // 0: empty slot
    private static readonly uint[] _hashes = new uint[TableSize];
    private static readonly string?[] _keys = new string?[TableSize];
    private static readonly WordInfo[] _infos = new WordInfo[TableSize];
    private static readonly Cue[] _cues = new Cue[TableSize];
    private static readonly bool[] _marked = new bool[TableSize];
    private static readonly sbyte[] _after = new sbyte[TableSize]; // a FigureKind, or -1
    private static readonly sbyte[] _before = new sbyte[TableSize];
    private static readonly ulong[] _shapes = new ulong[(32 * 26 * 26 + 63) / 64]; // one bit per (length, first, second letter)
    private static readonly Dictionary<string, int> _slots = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _slotLookup = _slots.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int _maxLength = Fill();

    /// <summary>The slot of the hyphen, the one mark the grammars test as a word ("mid-July" reads "-").</summary>
    public static readonly int Dash = _slots["-"];

    /// <summary>The word's slot, or <see cref="NoSlot"/>.</summary>
    public static int Find(ReadOnlySpan<char> word)
    {
        uint h = 0;
        for (int i = 0; i < word.Length; i++)
        {
            int c = word[i];
            if (c > 0x7F) return _slotLookup.TryGetValue(word, out int slow) ? slow : NoSlot; // rare: the dictionary's own case folding
            if ((uint)(c - 'A') <= 'Z' - 'A') c |= 0x20;
            h = h * 31 + (uint)c;
        }
        return FindHashed(word, h);
    }

    /// <summary><see cref="Find"/> for a word of ASCII letters; the hash is taken only when the shape bits let the word through.</summary>
    public static int FindAscii(ReadOnlySpan<char> word)
    {
        if (!MayBeListed(word)) return NoSlot;
        uint h = 0;
        foreach (char c in word) h = h * 31 + (uint)(c | 0x20);
        return Probe(word, h);
    }

    /// <summary>
    /// <see cref="Find"/> for an ASCII word whose hash the caller took as it read it: h = h * 31 + c over its
    /// characters, upper-case letters lowered.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int FindHashed(ReadOnlySpan<char> word, uint h) => MayBeListed(word) ? Probe(word, h) : NoSlot;

    /// <summary>
    /// False when the word cannot be in the table: its length is out of range, or (most words) no table word shares
    /// its (length, first letter, second letter), which one bit says.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeListed(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n == 0 || n > _maxLength) return false;
        if (n > 1)
        {
            uint a = (uint)((word[0] | 0x20) - 'a'), b = (uint)((word[1] | 0x20) - 'a');
            if (a < 26 && b < 26)
            {
                int bit = (n * 26 + (int)a) * 26 + (int)b;
                if ((_shapes[bit >> 6] & (1UL << bit)) == 0) return false;
            }
        }
        return true;
    }

    private static int Probe(ReadOnlySpan<char> word, uint h)
    {
        int n = word.Length;
        for (int slot = SlotOf(h); ; slot = (slot + 1) & (TableSize - 1))
        {
            int len = _lengths[slot];
            if (len == 0) return NoSlot;
            if (len == n && _hashes[slot] == h && SameLower(word, _keys[slot]!)) return slot;
        }
    }

    private static int SlotOf(uint h) => (int)((h * 0x9E3779B1u) >> (32 - TableBits));

    public static string? Key(int slot) => slot >= 0 ? _keys[slot] : null;
    public static WordInfo Info(int slot) => slot >= 0 ? _infos[slot] : default;
    public static Cue Cues(int slot) => slot >= 0 ? _cues[slot] : Cue.None;

    /// <summary>
    /// True for a word a grammar can start at or looks for in a whole sentence: one a time expression can open
    /// (<see cref="WordInfo.Starts"/>) or must hold (<see cref="WordInfo.Core"/>), one a number can start with, a
    /// figure word, "no"/"none"/"nobody". The scanners visit only these (and numbers), from <see cref="TokenSheet.Marked"/>.
    /// </summary>
    public static bool Marked(int slot) => slot >= 0 && _marked[slot];
    public static FigureKind? After(int slot) => slot >= 0 && _after[slot] >= 0 ? (FigureKind)_after[slot] : null;
    public static FigureKind? Before(int slot) => slot >= 0 && _before[slot] >= 0 ? (FigureKind)_before[slot] : null;

    /// <summary>True when the ASCII word equals the lower-case key, ignoring case.</summary>
    private static bool SameLower(ReadOnlySpan<char> word, string key)
    {
        for (int i = 0; i < key.Length; i++)
        {
            int c = word[i];
            if ((uint)(c - 'A') <= 'Z' - 'A') c |= 0x20;
            if (c != key[i]) return false;
        }
        return true;
    }

    private static int Shape(int length, int first, int second) => (length * 26 + first - 'a') * 26 + second - 'a';

    private static int Fill()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in TimeWords.Meanings.Keys) words.Add(w);
        foreach (var w in TimeWords.Tested) words.Add(w);
        foreach (var w in NumberReader.StartWordList) words.Add(w);
        foreach (var w in FigureWords.AllWords) words.Add(w);
        foreach (var w in new[] { "no", "none", "nobody" }) words.Add(w);
        if (words.Count > TableSize / 2) throw new InvalidOperationException("The lexicon table is over half full; make it larger.");
        int max = 0;
        foreach (var w0 in words)
        {
            // The interned instance: the literal a grammar passes to its word test is this very string.
            var w = string.Intern(w0.ToLowerInvariant());
            if (w.Any(c => c > 0x7F) || w.Length >= 32) throw new InvalidOperationException($"Lexicon words are short ASCII words; '{w}' is not.");
            if (w.Length > 1 && char.IsAsciiLetterLower(w[0]) && char.IsAsciiLetterLower(w[1]))
            {
                int bit = Shape(w.Length, w[0], w[1]);
                _shapes[bit >> 6] |= 1UL << bit;
            }
            else if (w.Length > 1) Array.Fill(_shapes, ulong.MaxValue); // a shape the bits cannot describe lets every word through
            uint h = 0;
            foreach (char c in w) h = h * 31 + c;
            int slot = SlotOf(h);
            while (_lengths[slot] != 0) slot = (slot + 1) & (TableSize - 1);
            _lengths[slot] = (byte)w.Length;
            _hashes[slot] = h;
            _keys[slot] = w;
            _infos[slot] = TimeWords.Meanings.TryGetValue(w, out var info) ? info : default;
            var cue = Cue.None;
            if (NumberReader.CanStartWith(w)) cue |= Cue.NumberStart;
            if (w.Length > 2 ? NumberReader.CanStartWith(w) || w is "none" or "nobody" : w is "no" or "ten") cue |= Cue.FigureWord;
            if (FigureWords.IsThing(w)) cue |= Cue.Thing;
            if (FigureWords.EndsClause(w)) cue |= Cue.ClauseEnd;
            _cues[slot] = cue;
            var meaning = _infos[slot];
            _marked[slot] = meaning.Starts || meaning.Core || (cue & (Cue.NumberStart | Cue.FigureWord)) != 0 || w is "no" or "none" or "nobody";
            _after[slot] = FigureWords.After(w) is { } after ? (sbyte)after : (sbyte)-1;
            _before[slot] = FigureWords.Before(w) is { } before ? (sbyte)before : (sbyte)-1;
            _slots[w] = slot;
            max = Math.Max(max, w.Length);
        }
        return max;
    }
}
