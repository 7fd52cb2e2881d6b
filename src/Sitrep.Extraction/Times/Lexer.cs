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
    public int Count;

    public void Clear() => Count = 0;

    public void Add(in Tok tok, int slot)
    {
        if (Count == Toks.Length) Grow();
        Toks[Count] = tok;
        Slots[Count] = slot;
        Keys[Count] = Lexicon.Key(slot);
        Count++;
    }

    private void Grow()
    {
        Array.Resize(ref Toks, Toks.Length * 2);
        Array.Resize(ref Slots, Toks.Length);
        Array.Resize(ref Keys, Toks.Length);
    }

    /// <summary>The first token that starts at or after <paramref name="offset"/> (tokens are in text order).</summary>
    public int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Toks[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

internal static class Lexer
{
    /// <summary>Lexes [start, end) and appends its tokens to <paramref name="into"/>, each with its lexicon slot.</summary>
    public static void Lex(string text, int start, int end, TokenSheet into)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
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
                while (k < end && char.IsLetter(text[k])) k++;
                if (k > j && !NumberSuffix(text.AsSpan(j, k - j)))
                {
                    // "M10"-like mixes are words: never numbers, never times.
                    while (k < end && char.IsLetterOrDigit(text[k])) k++;
                    into.Add(new Tok(i, k, TK.Word, i), Lexicon.Find(text.AsSpan(i, k - i)));
                    i = k;
                    continue;
                }
                into.Add(new Tok(i, k, TK.Num, digitsEnd), Lexicon.NoSlot);
                i = k;
                continue;
            }
            if (char.IsLetter(c))
            {
                int j = i;
                while (j < end && char.IsLetter(text[j])) j++;
                bool mixed = false;
                while (j < end && char.IsLetterOrDigit(text[j])) { j++; mixed = true; }
                into.Add(new Tok(i, j, TK.Word, mixed ? i : j), Lexicon.Find(text.AsSpan(i, j - i)));
                i = j;
                continue;
            }
            into.Add(new Tok(i, i + 1, TK.Punct, i), c == '-' ? Lexicon.Dash : Lexicon.NoSlot);
            i++;
        }
    }

    private static bool ThreeDigits(string text, int i, int end) =>
        i + 3 <= end && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && (i + 3 == end || !char.IsDigit(text[i + 3]));

    private static bool NumberSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase)
        || s.Equals("am", StringComparison.OrdinalIgnoreCase) || s.Equals("pm", StringComparison.OrdinalIgnoreCase)
        || s.Equals("s", StringComparison.Ordinal);
}
