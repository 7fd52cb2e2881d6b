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
/// Tokens in text order with each one's <see cref="Lexicon"/> slot and key (the vocabulary's instance of its
/// word, else null), so the grammars never look a word up twice. One buffer per thread, reused.
/// </summary>
internal sealed class TokenSheet
{
    public Tok[] Toks = new Tok[256];
    public int[] Slots = new int[256];
    public string?[] Keys = new string?[256];
    public WordInfo[] Infos = new WordInfo[256];
    public int Count;

    public void Clear() => Count = 0;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(in Tok tok, int slot)
    {
        if (Count == Toks.Length) Grow();
        Toks[Count] = tok;
        Slots[Count] = slot;
        Keys[Count] = Lexicon.Key(slot);
        Infos[Count] = Lexicon.Info(slot);
        Count++;
    }

    private void Grow()
    {
        Array.Resize(ref Toks, Toks.Length * 2);
        Array.Resize(ref Slots, Toks.Length);
        Array.Resize(ref Keys, Toks.Length);
        Array.Resize(ref Infos, Toks.Length);
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

    /// <summary>Lexes [start, end) and appends its tokens to <paramref name="into"/>, each with its lexicon slot.</summary>
    public static void Lex(string text, int start, int end, TokenSheet into)
    {
        // The common characters (ASCII spaces, letters and marks) are handled here; digits and the rest of
        // Unicode in Other, which keeps this loop small enough for the registers.
        var ascii = _ascii;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c < 128)
            {
                byte kind = ascii[c];
                if (kind == Space) { i++; continue; }
                if (kind == Letter) { i = Word(text, i, end, into); continue; }
                if (kind != Digit)
                {
                    into.Add(new Tok(i, i + 1, TK.Punct, i), c == '-' ? Lexicon.Dash : Lexicon.NoSlot);
                    i++;
                    continue;
                }
            }
            i = Other(text, i, end, into);
        }
    }

    /// <summary>A word that starts with a letter at <paramref name="i"/>; returns where it ends.</summary>
    private static int Word(string text, int i, int end, TokenSheet into)
    {
        // The lexicon hash of the lower-cased letters, taken as they are read (ASCII words; others are looked up whole).
        var ascii = _ascii;
        int j = i;
        uint h = 0;
        bool plain = true;
        while (j < end)
        {
            char d = text[j];
            if (d < 128)
            {
                if (ascii[d] != Letter) break;
                h = h * 31 + (uint)(d | 0x20);
            }
            else if (char.IsLetter(d)) plain = false;
            else break;
            j++;
        }
        bool mixed = false;
        while (j < end && char.IsLetterOrDigit(text[j])) { j++; mixed = true; }
        var word = text.AsSpan(i, j - i);
        into.Add(new Tok(i, j, TK.Word, mixed ? i : j), plain && !mixed ? Lexicon.FindHashed(word, h) : Lexicon.Find(word));
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
                into.Add(new Tok(i, k, TK.Word, i), Lexicon.Find(text.AsSpan(i, k - i)));
                return k;
            }
            into.Add(new Tok(i, k, TK.Num, digitsEnd), Lexicon.NoSlot);
            return k;
        }
        if (char.IsLetter(c)) return Word(text, i, end, into);
        into.Add(new Tok(i, i + 1, TK.Punct, i), c == '-' ? Lexicon.Dash : Lexicon.NoSlot);
        return i + 1;
    }

    private static bool ThreeDigits(string text, int i, int end) =>
        i + 3 <= end && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && (i + 3 == end || !char.IsDigit(text[i + 3]));

    private static bool NumberSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase)
        || s.Equals("am", StringComparison.OrdinalIgnoreCase) || s.Equals("pm", StringComparison.OrdinalIgnoreCase)
        || s.Equals("s", StringComparison.Ordinal);
}
