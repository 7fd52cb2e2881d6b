using System.Numerics;
using System.Runtime.Intrinsics;
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
    /// <summary>One of <see cref="FigureWords.PlaceLeads"/>.</summary>
    PlaceLead = 16,
    /// <summary>One of <see cref="FigureWords.TotalLeads"/>.</summary>
    TotalLead = 32,
    /// <summary>One of <see cref="FigureWords.Stops"/>.</summary>
    Stop = 64,
    /// <summary>One of <see cref="TimeWords.FutureLeads"/>.</summary>
    FutureLead = 128,
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

    // The common case (an ASCII word of up to twelve letters) takes a table keyed by the word itself, packed five
    // bits a letter into a 64-bit number (<see cref="Pack"/>): a word can only be in one bucket of four rows, so a
    // lookup reads the four and compares, with no branch on what it finds (whether a word is listed follows no
    // pattern a branch predictor could learn, and it meets every word of the text). Other words take the
    // case-insensitive dictionary, behind the shape bits (2.7 KB). A word test reads a slot's key (<see cref="Key"/>).
    private const int BucketBits = 10;
    /// <summary>Rows a bucket holds: four rows of sixteen bytes, one cache line.</summary>
    private const int BucketRows = 4;
    private const int TableSize = BucketRows << BucketBits; // over three times the vocabulary
    /// <summary>The longest word <see cref="Pack"/> packs.</summary>
    public const int MaxPacked = 12;
    /// <summary>The packed key of a slot that holds a word too long to pack (found by the dictionary); no packed word is this.</summary>
    private const ulong Unpacked = ulong.MaxValue;
    // The rows, two 8-byte words each (the packed key, 0 when empty: no word packs to 0; then the entry), four to a
    // bucket of one 64-byte cache line, the buckets from _at on, on a line boundary (the array is pinned). Slot s is
    // row s; the word before row 0 stays 0, the entry NoSlot reads (so a read needs no test). A word's row is in
    // the bucket its key hashes to, so a lookup reads one cache line, and a hit finds its entry in it (after the
    // foundation the table is out of the nearest cache: one miss a lookup).
    private static readonly ulong[] _table = GC.AllocateArray<ulong>(2 * TableSize + 16, pinned: true);
    private static readonly int _at = AlignedStart(_table);
    private static ulong _multiplier; // the bucket hash's, chosen so that no bucket overflows
    private static readonly string?[] _keys = new string?[TableSize + 1]; // indexed by slot + 1
    private static readonly ulong[] _sets = new ulong[TableSize + 1]; // indexed by slot + 1: one bit for each word set (Set) the word is in
    private static int _setCount;
    private static readonly ulong[] _shapes = new ulong[(32 * 26 * 26 + 63) / 64]; // one bit per (length, first, second letter)
    private static readonly Dictionary<string, int> _slots = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _slotLookup = _slots.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int _maxLength = Fill();

    /// <summary>
    /// What a slot's word is to the grammars, in eight bytes (a hit reads one cache line of them); Flags are <see cref="Flags"/>'s,
    /// After and Before a FigureKind + 1, 0 for none.
    /// </summary>
    private readonly record struct Entry(WordInfo Info, Cue Cues, byte Flags, byte After, byte Before);

    /// <summary>The bit of <see cref="Flags"/> that says the word is <see cref="Marked"/>.</summary>
    public const byte MarkedFlag = 1;
    /// <summary>The bit of <see cref="Flags"/> that says the word <see cref="GivesKind"/>.</summary>
    public const byte KindFlag = 2;

    /// <summary>The slot of the hyphen, the one mark the grammars test as a word ("mid-July" reads "-").</summary>
    public static readonly int Dash = _slots["-"];

    /// <summary>The word's slot, or <see cref="NoSlot"/>.</summary>
    public static int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return NoSlot;
        if (word.Length <= MaxPacked)
        {
            ulong p = 0;
            int i = 0;
            for (; i < word.Length; i++)
            {
                uint letter = (uint)((word[i] | 0x20) - 'a');
                if (letter >= 26 || word[i] > 0x7F) break;
                p |= (ulong)(letter + 1) << (5 * i);
            }
            if (i == word.Length) return FindPacked(word, p);
        }
        // Longer words, marks, digits and letters outside ASCII: the dictionary's own case folding.
        return _slotLookup.TryGetValue(word, out int slot) ? slot : NoSlot;
    }

    /// <summary><see cref="Find"/> for a word of one or more ASCII letters.</summary>
    public static int FindAscii(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxPacked) return FindLong(word);
        ulong p = 0;
        for (int i = 0; i < word.Length; i++) p |= (ulong)(((word[i] | 0x20) - 'a') + 1) << (5 * i);
        return FindKey(p);
    }

    /// <summary>
    /// <see cref="Find"/> for a word of one or more ASCII letters whose key the caller packed as it read it (<see cref="Pack"/>;
    /// any value for a word longer than <see cref="MaxPacked"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int FindPacked(ReadOnlySpan<char> word, ulong packed) => word.Length <= MaxPacked ? FindKey(packed) : FindLong(word);

    /// <summary>The slot of the word of one to twelve ASCII letters whose key is <paramref name="packed"/>, or <see cref="NoSlot"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int FindKey(ulong packed)
    {
        int first = Bucket(packed) * BucketRows; // the bucket's first slot
        ref ulong row = ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_table), _at + 2 * first);
        if (Vector512.IsHardwareAccelerated)
        {
            // The bucket's line in one comparison: its keys are the even lanes, at most one of them the word's.
            uint hits = (uint)Vector512.Equals(Vector512.LoadUnsafe(ref row), Vector512.Create(packed)).ExtractMostSignificantBits() & 0x55;
            int found = (int)((hits | (0u - hits)) >> 31); // 1 when a row holds it
            return (first + 1 + BitOperations.TrailingZeroCount(hits) / 2) * found - 1;
        }
        // At most one of the four rows holds the word: the sum of the tests weighted by row is its row.
        int in0 = System.Runtime.CompilerServices.Unsafe.BitCast<bool, byte>(row == packed);
        int in1 = System.Runtime.CompilerServices.Unsafe.BitCast<bool, byte>(System.Runtime.CompilerServices.Unsafe.Add(ref row, 2) == packed);
        int in2 = System.Runtime.CompilerServices.Unsafe.BitCast<bool, byte>(System.Runtime.CompilerServices.Unsafe.Add(ref row, 4) == packed);
        int in3 = System.Runtime.CompilerServices.Unsafe.BitCast<bool, byte>(System.Runtime.CompilerServices.Unsafe.Add(ref row, 6) == packed);
        return (first + 1 + in1 + 2 * in2 + 3 * in3) * (in0 | in1 | in2 | in3) - 1;
    }

    /// <summary>
    /// The packed key of the ASCII letter at <paramref name="index"/> of a word (index below <see cref="MaxPacked"/>):
    /// a word's key is the sum over its letters, so two words of up to twelve letters have the same key exactly when
    /// they are the same word, case aside.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(char letter, int index) => (ulong)(((letter | 0x20) - 'a') + 1) << (5 * index);

    private static int FindLong(ReadOnlySpan<char> word) => MayBeListed(word) && _slotLookup.TryGetValue(word, out int slot) ? slot : NoSlot;

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

    private static int Bucket(ulong packed) => (int)((packed * _multiplier) >> (64 - BucketBits));

    private static unsafe int AlignedStart(ulong[] pinned)
    {
        // The first line boundary at least a word past the start (that word is NoSlot's entry).
        fixed (ulong* p = pinned) return (int)((64 - ((nint)p & 63)) & 63) / sizeof(ulong) is var at and > 0 ? at : 64 / sizeof(ulong);
    }

    private static Entry EntryOf(int slot) =>
        System.Runtime.CompilerServices.Unsafe.As<ulong, Entry>(ref _table[_at + 2 * slot + 1]);

    public static string? Key(int slot) => _keys[slot + 1];
    public static WordInfo Info(int slot) => EntryOf(slot).Info;
    public static Cue Cues(int slot) => EntryOf(slot).Cues;

    /// <summary>
    /// True for a word a figure can take its kind from: one of <see cref="FigureWords"/>' words after or before a count,
    /// or "casualties", "water", "food", "siege", "sheltering", "crossed", "homes", a place of confinement ("no casualties", "without water",
    /// "under siege", "sheltering in evacuation centres", "driven from their homes", "in prison"). A sentence
    /// without one holds no figure.
    /// </summary>
    public static bool GivesKind(int slot) => (EntryOf(slot).Flags & KindFlag) != 0;

    /// <summary><see cref="MarkedFlag"/> and <see cref="KindFlag"/> for the slot's word, as the lexer lists its tokens.</summary>
    public static byte Flags(int slot) => EntryOf(slot).Flags;

    /// <summary>
    /// True for a word a grammar can start at or looks for in a whole sentence: one a time expression can open
    /// (<see cref="WordInfo.Starts"/>) or must hold (<see cref="WordInfo.Core"/>), one a number can start with, a
    /// figure word, "no"/"none"/"nobody", "period". The scanners visit only these (and numbers), from <see cref="TokenSheet.Marked"/>.
    /// </summary>
    public static bool Marked(int slot) => (EntryOf(slot).Flags & MarkedFlag) != 0;
    public static FigureKind? After(int slot) => EntryOf(slot).After is > 0 and var a ? (FigureKind)(a - 1) : null;
    public static FigureKind? Before(int slot) => EntryOf(slot).Before is > 0 and var b ? (FigureKind)(b - 1) : null;

    /// <summary>
    /// Makes the words (lexicon words all, as <see cref="TimeWords.Tested"/> lists them) one set and returns its bit, for
    /// <see cref="In"/>: a grammar asks whether a word is one of a list in one test, not one comparison a word. At most 64 sets.
    /// </summary>
    public static ulong Set(params string[] words)
    {
        lock (_sets)
        {
            if (_setCount == 64) throw new InvalidOperationException("The lexicon holds 64 word sets at most.");
            ulong bit = 1UL << _setCount++;
            foreach (var w in words)
            {
                if (!_slots.TryGetValue(w, out int slot)) throw new InvalidOperationException($"'{w}' is not a lexicon word; add it to TimeWords.Tested.");
                _sets[slot + 1] |= bit;
            }
            return bit;
        }
    }

    /// <summary>True when the slot's word is in one of the sets <paramref name="sets"/> (bits from <see cref="Set"/>); false for <see cref="NoSlot"/>.</summary>
    public static bool In(int slot, ulong sets) => (_sets[slot + 1] & sets) != 0;

    private static int Shape(int length, int first, int second) => (length * 26 + first - 'a') * 26 + second - 'a';

    private static int Fill()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in TimeWords.Meanings.Keys) words.Add(w);
        foreach (var w in TimeWords.Tested) words.Add(w);
        foreach (var w in NumberReader.StartWordList) words.Add(w);
        foreach (var w in FigureWords.AllWords) words.Add(w);
        foreach (var w in new[] { "no", "none", "nobody" }) words.Add(w);
        foreach (var w in FigureWords.PlaceLeads.Concat(FigureWords.TotalLeads).Concat(FigureWords.Stops).Concat(TimeWords.FutureLeads)) words.Add(w);
        if (words.Count > TableSize / 3) throw new InvalidOperationException($"The lexicon table is over a third full ({words.Count} words); make it larger.");
        // The interned instance: the literal a grammar passes to its word test is this very string.
        var list = words.Select(w => string.Intern(w.ToLowerInvariant())).Order(StringComparer.Ordinal).ToArray();
        var keys = new ulong[list.Length];
        var owner = new int[TableSize];
        Array.Fill(owner, -1);
        int max = 0;
        for (int n = 0; n < list.Length; n++)
        {
            var w = list[n];
            if (w.Any(c => c > 0x7F) || w.Length >= 32) throw new InvalidOperationException($"Lexicon words are short ASCII words; '{w}' is not.");
            if (w.Length > 1 && char.IsAsciiLetterLower(w[0]) && char.IsAsciiLetterLower(w[1]))
            {
                int bit = Shape(w.Length, w[0], w[1]);
                _shapes[bit >> 6] |= 1UL << bit;
            }
            else if (w.Length > 1) Array.Fill(_shapes, ulong.MaxValue); // a shape the bits cannot describe lets every word through
            max = Math.Max(max, w.Length);
            if (w.Length > MaxPacked || !w.All(char.IsAsciiLetterLower)) { keys[n] = Unpacked; continue; }
            for (int i = 0; i < w.Length; i++) keys[n] |= Pack(w[i], i);
        }
        // The first multiplier (of a fixed sequence) that puts no more than four packed words in a bucket; each word
        // then takes the first free row of its bucket.
        var load = new int[1 << BucketBits];
        for (_multiplier = 0x9E3779B97F4A7C15UL; ; _multiplier += 0x6A09E667F3BCC908UL) // odd plus even: odd
        {
            Array.Clear(load);
            bool fits = true;
            foreach (ulong key in keys)
                if (key != Unpacked && ++load[Bucket(key)] > BucketRows) { fits = false; break; }
            if (fits) break;
        }
        for (int n = 0; n < list.Length; n++)
        {
            if (keys[n] == Unpacked) continue;
            int slot = Bucket(keys[n]) * BucketRows;
            while (owner[slot] >= 0) slot++;
            owner[slot] = n;
        }
        // Words that do not pack ("-", the longest) take any free slot: only the dictionary finds them.
        int free = 0;
        for (int n = 0; n < list.Length; n++)
            if (keys[n] == Unpacked)
            {
                while (owner[free] >= 0) free++;
                owner[free] = n;
            }
        for (int slot = 0; slot < TableSize; slot++)
        {
            if (owner[slot] < 0) continue;
            var w = list[owner[slot]];
            _keys[slot + 1] = w;
            var meaning = TimeWords.Meanings.TryGetValue(w, out var info) ? info : default;
            var cue = Cue.None;
            if (NumberReader.CanStartWith(w)) cue |= Cue.NumberStart;
            if (w.Length > 2 ? NumberReader.CanStartWith(w) || w is "none" or "nobody" or "both" : w is "no" or "ten") cue |= Cue.FigureWord; // "Both pilots were killed"
            if (FigureWords.IsThing(w)) cue |= Cue.Thing;
            if (FigureWords.EndsClause(w)) cue |= Cue.ClauseEnd;
            if (FigureWords.PlaceLeads.Contains(w)) cue |= Cue.PlaceLead;
            if (FigureWords.TotalLeads.Contains(w)) cue |= Cue.TotalLead;
            if (FigureWords.Stops.Contains(w)) cue |= Cue.Stop;
            if (TimeWords.FutureLeads.Contains(w)) cue |= Cue.FutureLead;
            _table[_at + 2 * slot] = keys[owner[slot]];
            _table[_at + 2 * slot + 1] = System.Runtime.CompilerServices.Unsafe.BitCast<Entry, ulong>(new Entry(meaning, cue,
                // "period": a quarter reading looks for it in the whole run (TimeScanner.QuarterWords), from the marks.
                Flags: (byte)((meaning.Starts || meaning.Core || (cue & (Cue.NumberStart | Cue.FigureWord)) != 0 || w is "no" or "none" or "nobody" or "period" ? MarkedFlag : 0)
                    | (FigureWords.After(w) is not null || FigureWords.Before(w) is not null || w is "casualties" or "water" or "food" or "siege" or "sheltering" or "shelters" or "camps" or "centres" or "centers" or "staying" or "crossed" or "homes" or "safer" or "safety" or "survived" or "refuge" or "shelter" or "losses" or "arrivals" or "arrived" or "aid" or "assistance" or "access"
                       || Array.IndexOf(FigureWords.Confinement, w) >= 0 ? KindFlag : 0)),
                After: FigureWords.After(w) is { } after ? checked((byte)((int)after + 1)) : (byte)0,
                Before: FigureWords.Before(w) is { } before ? checked((byte)((int)before + 1)) : (byte)0));
            _slots[w] = slot;
        }
        return max;
    }
}
