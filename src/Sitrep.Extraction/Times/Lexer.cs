using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Extraction.Times;

internal enum TK : byte { Word, Num, Punct }

/// <summary>
/// A word, number or punctuation mark inside one sentence. Times and figures use their own light
/// lexing because they need hyphens and dots as separate marks ("mid-July", "Sept. 30", "two-day")
/// whatever the shared tokeniser decides; offsets are into the article text.
/// </summary>
internal readonly record struct Tok(int Start, int End, TK Kind, int DigitsEnd)
{
    public int Length => End - Start;
}

/// <summary>
/// Tokens in text order with each one's <see cref="Lexicon"/> slot and time meaning, so the grammars never look a
/// word up twice (a word test reads the slot's key, <see cref="Lexicon.Key"/>: no reference is stored per token,
/// which would cost a GC write barrier each). One buffer per thread, reused.
/// <para>The tokens a grammar can start at or needs (<see cref="Lexicon.Marked"/> words, numbers, words with
/// digits, apostrophes) are also listed by index in <see cref="Marked"/>, so the grammars visit those alone,
/// not every word of the sentence.</para>
/// </summary>
internal sealed class TokenSheet
{
    public Tok[] Toks = new Tok[256];
    public int[] Slots = new int[256];
    public int Count;
    public int[] Marked = new int[64];
    public int MarkedCount;
    /// <summary>The tokens that are words a figure can take its kind from (<see cref="Lexicon.GivesKind"/>), by index, in text order.</summary>
    public int[] Kinds = new int[64];
    public int KindCount;

    public void Clear() => Count = MarkedCount = KindCount = 0;

    /// <summary>Adds a token with its lexicon slot; <paramref name="flags"/> are <see cref="Lexicon.Flags"/>' bits that list it in <see cref="Marked"/> and <see cref="Kinds"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(in Tok tok, int slot, int flags)
    {
        if (Count == Toks.Length) Grow();
        // Written always and counted only when marked: whether a word is marked follows no pattern a branch could learn.
        if (MarkedCount == Marked.Length) Array.Resize(ref Marked, Marked.Length * 2);
        Marked[MarkedCount] = Count;
        MarkedCount += flags & Lexicon.MarkedFlag;
        if ((flags & Lexicon.KindFlag) != 0)
        {
            if (KindCount == Kinds.Length) Array.Resize(ref Kinds, Kinds.Length * 2);
            Kinds[KindCount++] = Count;
        }
        Toks[Count] = tok;
        Slots[Count] = slot;
        Count++;
    }

    /// <summary>Makes room for <paramref name="more"/> tokens (and marks) after those there are, for <see cref="Put"/>.</summary>
    public void Reserve(int more)
    {
        if (Toks.Length - Count < more)
        {
            int size = Math.Max(Toks.Length * 2, Count + more);
            Array.Resize(ref Toks, size);
            Array.Resize(ref Slots, size);
        }
        if (Marked.Length - MarkedCount < more) Array.Resize(ref Marked, Math.Max(Marked.Length * 2, MarkedCount + more));
        if (Kinds.Length - KindCount < more) Array.Resize(ref Kinds, Math.Max(Kinds.Length * 2, KindCount + more));
    }

    /// <summary><see cref="Add"/> where <see cref="Reserve"/> has made room: no test of the arrays' lengths.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Put(in Tok tok, int slot, int flags)
    {
        int n = Count;
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Marked), MarkedCount) = n;
        MarkedCount += flags & Lexicon.MarkedFlag;
        if ((flags & Lexicon.KindFlag) != 0) Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Kinds), KindCount++) = n; // few words are: a branch seldom taken
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Toks), n) = tok;
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Slots), n) = slot;
        Count = n + 1;
    }

    /// <summary>The first entry of <see cref="Marked"/> at or after token <paramref name="token"/>, searching from <paramref name="from"/>.</summary>
    public int MarkAtOrAfter(int token, int from)
    {
        while (from < MarkedCount && Marked[from] < token) from++;
        return from;
    }

    private void Grow()
    {
        Array.Resize(ref Toks, Toks.Length * 2);
        Array.Resize(ref Slots, Toks.Length);
    }
}

internal static class Lexer
{
    private const byte Space = 1, Digit = 2, Letter = 3;

    /// <summary>What each ASCII character is, as char.IsWhiteSpace/IsDigit/IsLetter say (so the fast path agrees with them).</summary>
    private static readonly byte[] _ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var t = new byte[128];
        for (int c = 0; c < 128; c++)
            t[c] = char.IsWhiteSpace((char)c) ? Space : char.IsDigit((char)c) ? Digit : char.IsLetter((char)c) ? Letter : (byte)0;
        return t;
    }

    private static bool IsLetter(char c) => c < 128 ? _ascii[c] == Letter : char.IsLetter(c);

    /// <summary>The block step packs a word's lexicon key with two bit extractions instead of a loop over its letters.</summary>
    private static readonly bool _packInBlock = Bmi2.X64.IsSupported;

    /// <summary>
    /// <see cref="Lexicon.Pack"/> over the word of <paramref name="length"/> ASCII letters (one to twelve) at
    /// <paramref name="at"/>, read sixteen characters at a time (the caller makes sure the text holds them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PackAt(ref ushort chars, int at, int length)
    {
        var v = (Vector256.LoadUnsafe(ref chars, (nuint)at) | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)('a' - 1));
        var letters = Vector128.Narrow(v.GetLower(), v.GetUpper()).AsUInt64(); // 'a' is 1 ... 'z' 26, one a byte
        const ulong fiveBits = 0x1F1F1F1F1F1F1F1FUL;
        ulong first = Bmi2.X64.ZeroHighBits(letters.ToScalar(), (ulong)(8 * length)); // eight or fewer letters
        ulong rest = Bmi2.X64.ZeroHighBits(letters.GetElement(1), (ulong)Math.Max(0, 8 * length - 64));
        return Bmi2.X64.ParallelBitExtract(first, fiveBits) | Bmi2.X64.ParallelBitExtract(rest, fiveBits) << 40;
    }

    /// <summary>Where sixteen characters are ASCII letters, spaces (' ') and marks (printable ASCII other than letters and digits), one bit each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(Vector256<ushort> v, out uint letters, out uint spaces, out uint marks)
    {
        letters = Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26)).ExtractMostSignificantBits();
        spaces = Vector256.Equals(v, Vector256.Create((ushort)' ')).ExtractMostSignificantBits();
        uint printable = Vector256.LessThan(v - Vector256.Create((ushort)'!'), Vector256.Create((ushort)('~' - '!' + 1))).ExtractMostSignificantBits();
        uint digits = Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10)).ExtractMostSignificantBits();
        marks = printable & ~letters & ~digits;
    }

    /// <summary>Lexes [start, end) and appends its tokens to <paramref name="into"/>, each with its lexicon slot.</summary>
    public static void Lex(string text, int start, int end, TokenSheet into)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            LexScalar(text, start, end, into);
            return;
        }
        // Thirty-two characters at a time (sixteen where the text holds no more; fewer counted at the end of the
        // range): where they are ASCII letters, spaces and marks only (most of a sentence), the words are the runs
        // of letters and each mark a token, found from bit masks without a branch per character. A word is taken
        // there only when a space or a mark inside the block ends it; anything else (a digit, a character outside
        // ASCII or a control character, a word running on past the block or to the end of the range) goes to the
        // character-by-character step, one token at a time, so the tokens are those LexScalar gives.
        int i = start;
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        while (i < end)
        {
            int room = text.Length - i;
            if (room >= 16)
            {
                int width = Math.Min(end - i, room >= 32 ? 32 : 16);
                Classify(Vector256.LoadUnsafe(ref chars, (nuint)i), out uint l0, out uint s0, out uint m0);
                ulong letters = l0, spaces = s0, marks = m0;
                if (width > 16)
                {
                    Classify(Vector256.LoadUnsafe(ref chars, (nuint)(i + 16)), out uint l1, out uint s1, out uint m1);
                    letters |= (ulong)l1 << 16;
                    spaces |= (ulong)s1 << 16;
                    marks |= (ulong)m1 << 16;
                }
                // Only the plain prefix counts: up to the first other character (the block's width when there is none).
                int plain = BitOperations.TrailingZeroCount(~(letters | spaces | marks) | (1UL << width));
                ulong within = (1UL << plain) - 1;
                letters &= within;
                spaces &= within;
                marks &= within;
                // A word's last letter is followed by a space or a mark inside the plain prefix.
                ulong ends = letters & ((spaces | marks) >> 1);
                ulong starts = letters & ~(letters << 1);
                int next = i + plain;
                into.Reserve(plain); // the block's tokens, a character each at least
                for (ulong tokens = starts | marks; tokens != 0; tokens &= tokens - 1)
                {
                    int s = BitOperations.TrailingZeroCount(tokens);
                    if ((marks & (1UL << s)) != 0)
                    {
                        char c = text[i + s];
                        into.Put(new Tok(i + s, i + s + 1, TK.Punct, i + s), c == '-' ? Lexicon.Dash : Lexicon.NoSlot, c == '\'' ? Lexicon.MarkedFlag : 0);
                        continue;
                    }
                    ulong endsFrom = ends & ~((1UL << s) - 1);
                    if (endsFrom == 0) { next = i + s; break; } // the last word may run on: the step reads it
                    int e = BitOperations.TrailingZeroCount(endsFrom) + 1;
                    int slot = _packInBlock && e - s <= Lexicon.MaxPacked && i + s + 16 <= text.Length
                        ? Lexicon.FindKey(PackAt(ref chars, i + s, e - s))
                        : Lexicon.FindAscii(text.AsSpan(i + s, e - s));
                    into.Put(new Tok(i + s, i + e, TK.Word, i + e), slot, Lexicon.Flags(slot));
                }
                if (next > i) { i = next; continue; }
            }
            i = Step(text, i, end, into);
        }
    }

    /// <summary>Lexes [start, end) one character at a time (what <see cref="Lex"/> does where it cannot take a block).</summary>
    internal static void LexScalar(string text, int start, int end, TokenSheet into)
    {
        int i = start;
        while (i < end) i = Step(text, i, end, into);
    }

    /// <summary>The token (or the space) at <paramref name="i"/>, a token boundary; returns where the next one starts.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // kept out of Lex's block loop, which then holds its masks in registers
    private static int Step(string text, int i, int end, TokenSheet into)
    {
        // The common characters (ASCII spaces, letters and marks) are handled here; digits and the rest of
        // Unicode in Other.
        char c = text[i];
        if (c < 128)
        {
            byte kind = _ascii[c];
            if (kind == Space) return i + 1;
            if (kind == Letter) return Word(text, i, end, into);
            if (kind != Digit)
            {
                into.Add(new Tok(i, i + 1, TK.Punct, i), c == '-' ? Lexicon.Dash : Lexicon.NoSlot, c == '\'' ? Lexicon.MarkedFlag : 0);
                return i + 1;
            }
        }
        return Other(text, i, end, into);
    }

    /// <summary>A word that starts with a letter at <paramref name="i"/>; returns where it ends.</summary>
    private static int Word(string text, int i, int end, TokenSheet into)
    {
        // The lexicon key of the letters, packed as they are read (ASCII words; others are looked up whole).
        var ascii = _ascii;
        int j = i;
        ulong packed = 0;
        bool plain = true;
        while (j < end)
        {
            char d = text[j];
            if (d < 128)
            {
                if (ascii[d] != Letter) break;
                if (j - i < Lexicon.MaxPacked) packed |= Lexicon.Pack(d, j - i);
            }
            else if (char.IsLetter(d)) plain = false;
            else break;
            j++;
        }
        bool mixed = false;
        while (j < end && char.IsLetterOrDigit(text[j])) { j++; mixed = true; }
        var word = text.AsSpan(i, j - i);
        int slot = plain && !mixed ? Lexicon.FindPacked(word, packed) : Lexicon.Find(word);
        into.Add(new Tok(i, j, TK.Word, mixed ? i : j), slot, Lexicon.Flags(slot) | (mixed ? Lexicon.MarkedFlag : 0));
        return j;
    }

    /// <summary>The token at <paramref name="i"/> when it starts with a digit or a character outside ASCII; returns where it ends.</summary>
    private static int Other(string text, int i, int end, TokenSheet into)
    {
        char c = text[i];
        if (char.IsWhiteSpace(c)) return i + 1;
        if (char.IsDigit(c))
        {
            int j = i;
            while (j < end)
            {
                if (char.IsDigit(text[j])) { j++; continue; }
                // Internal separators of one number: 1,700  2.5  10:30
                if ((text[j] == ',' || text[j] == '.' || text[j] == ':') && j + 1 < end && char.IsDigit(text[j + 1])
                    && !(text[j] == ',' && !ThreeDigits(text, j + 1, end)))
                { j++; continue; }
                break;
            }
            int digitsEnd = j;
            int k = j;
            while (k < end && IsLetter(text[k])) k++;
            if (k > j && !NumberSuffix(text.AsSpan(j, k - j)))
            {
                // "M10"-like mixes are words: never numbers, never times.
                while (k < end && char.IsLetterOrDigit(text[k])) k++;
                int mixedSlot = Lexicon.Find(text.AsSpan(i, k - i));
                into.Add(new Tok(i, k, TK.Word, i), mixedSlot, Lexicon.Flags(mixedSlot) | Lexicon.MarkedFlag);
                return k;
            }
            into.Add(new Tok(i, k, TK.Num, digitsEnd), Lexicon.NoSlot, Lexicon.MarkedFlag);
            return k;
        }
        if (char.IsLetter(c)) return Word(text, i, end, into);
        // (a typographic apostrophe before digits opens a year written short, "in ’92", as a straight one does)
        bool yearMark = c == '\'' || c == '\u2019' && i + 1 < end && char.IsAsciiDigit(text[i + 1]);
        into.Add(new Tok(i, i + 1, TK.Punct, i), c == '-' ? Lexicon.Dash : Lexicon.NoSlot, yearMark ? Lexicon.MarkedFlag : 0);
        return i + 1;
    }

    private static bool ThreeDigits(string text, int i, int end) =>
        i + 3 <= end && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && (i + 3 == end || !char.IsDigit(text[i + 3]));

    private static bool NumberSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase)
        || s.Equals("am", StringComparison.OrdinalIgnoreCase) || s.Equals("pm", StringComparison.OrdinalIgnoreCase)
        || s.Equals("s", StringComparison.Ordinal)
        || s is "m" or "M" or "k" or "K"; // "1.2m people", "300k" (NumberReader.GluedScale)
}
