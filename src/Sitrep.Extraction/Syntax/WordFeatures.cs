using Sitrep.Core;

namespace Sitrep.Extraction.Syntax;

/// <summary>Per-token hashes computed once per sentence (lower-cased form, exact form, affixes, shape).</summary>
internal struct WordFeatures
{
    public ulong Lower, Exact, Suf1, Suf2, Suf3, Suf4, Suf5, Pre1, Pre2, Pre3, Shape;

    /// <summary>The part after the last hyphen of a hyphenated word ("rebel-held" → "held"); 0 when there is none.</summary>
    public ulong HyphenTail;

    /// <summary>Whether the word is letters written all in small letters ("departs", not "Libya", "®" or "71st").</summary>
    public bool Small;

    public static readonly WordFeatures Boundary = FromSpan("<s>");
    public static readonly WordFeatures EndBoundary = FromSpan("</s>");

    public static WordFeatures FromSpan(ReadOnlySpan<char> w)
    {
        var f = new WordFeatures
        {
            Lower = FeatureHash.OfLower(w),
            Exact = FeatureHash.Of(w),
            Suf1 = FeatureHash.OfLower(w[^Math.Min(1, w.Length)..]),
            Suf2 = FeatureHash.OfLower(w[^Math.Min(2, w.Length)..]),
            Suf3 = FeatureHash.OfLower(w[^Math.Min(3, w.Length)..]),
            Suf4 = FeatureHash.OfLower(w[^Math.Min(4, w.Length)..]),
            Suf5 = FeatureHash.OfLower(w[^Math.Min(5, w.Length)..]),
            Pre1 = FeatureHash.OfLower(w[..Math.Min(1, w.Length)]),
            Pre2 = FeatureHash.OfLower(w[..Math.Min(2, w.Length)]),
            Pre3 = FeatureHash.OfLower(w[..Math.Min(3, w.Length)]),
            Shape = ShapeHash(w),
        };
        f.Small = w.Length > 0;
        foreach (var c in w) if (!char.IsLower(c)) { f.Small = false; break; }
        int hyphen = w.LastIndexOf('-');
        if (hyphen > 0 && hyphen < w.Length - 1) f.HyphenTail = FeatureHash.OfLower(w[(hyphen + 1)..]);
        return f;
    }

    /// <summary>Word shape with runs of the same character class capped at two ("Xxx", "dd-dd").</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> w)
    {
        ulong h = 0xcbf29ce484222325UL;
        char prev = '\0'; int run = 0;
        int n = Math.Min(w.Length, 24);
        for (int i = 0; i < n; i++)
        {
            char c = w[i];
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = k == prev ? run + 1 : 1;
            prev = k;
            if (run > 2) continue;
            h ^= k; h *= 0x100000001b3UL;
        }
        if (w.Length > 24) { h ^= '+'; h *= 0x100000001b3UL; }
        return FeatureHash.Finish(h);
    }

    public static WordFeatures[] Of(IReadOnlyList<string> words)
    {
        var r = new WordFeatures[words.Count];
        for (int i = 0; i < r.Length; i++) r[i] = FromSpan(words[i]);
        return r;
    }

    public static WordFeatures[] Of(string text, ReadOnlySpan<TextSpan> tokens)
    {
        var r = new WordFeatures[tokens.Length];
        for (int i = 0; i < r.Length; i++) r[i] = FromSpan(tokens[i].SliceOf(text));
        return r;
    }
}
