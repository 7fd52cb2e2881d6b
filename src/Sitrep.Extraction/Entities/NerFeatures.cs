using System.Runtime.CompilerServices;
using Sitrep.Core;

namespace Sitrep.Extraction.Entities;

/// <summary>What the tagger knows about one token, computed once per sentence from its characters.</summary>
internal struct NerToken
{
    public ulong Lower, Exact, Shape, Short;
    public ulong P1, P2, P3, P4, S1, S2, S3, S4;
    public LexKind Word;
    public LexKind Gaz;
    /// <summary>Position inside the lexicon phrase covering the token: 0 none, 1 B, 2 I, 3 L, 4 U.</summary>
    public byte GazPos;
    public byte Flags;
    /// <summary>Document evidence of a capitalised token (see <see cref="NerFeatures.LinkDocument"/>): <see cref="DocFlags"/> bits.</summary>
    public byte Doc;
    /// <summary>Folded words and shape around another capitalised, non-initial occurrence of the word in the document; 0 if none.</summary>
    public ulong DocM1, DocP1, DocShP1;
}

/// <summary>What the rest of the document says about a capitalised word.</summary>
internal static class DocFlags
{
    /// <summary>Capitalised away from a sentence start elsewhere (a name, not just a sentence-initial word).</summary>
    public const byte CapElsewhere = 1;
    /// <summary>Written in lower case elsewhere (an ordinary word).</summary>
    public const byte LowerElsewhere = 2;
    /// <summary>The token is at a sentence start.</summary>
    public const byte Initial = 4;
    /// <summary>The word is capitalised (only such tokens get document features).</summary>
    public const byte Capitalised = 8;
}

/// <summary>Orthographic flags of a token.</summary>
internal static class TokFlags
{
    public const byte InitCap = 1, AllCaps = 2, AllLower = 4, HasDigit = 8, HasHyphen = 16, HasPeriod = 32, NoAlnum = 64, MixedCase = 128;
}

/// <summary>
/// Feature extraction: token analysis (once per sentence) and the hashed features of one position.
/// Static features depend only on the tokens; dynamic ones on the two previous tags (greedy decoding).
/// </summary>
internal static class NerFeatures
{
    public const int MaxStatic = 64;
    public const int MaxDynamic = 4;

    // Template ids. Never renumber: they are part of every trained model's keys.
    private const int Bias = 1, W0 = 2, WX = 3, WM1 = 4, WP1 = 5, WM2 = 6, WP2 = 7, WM1W0 = 8, W0WP1 = 9,
        Sh0 = 10, ShM1 = 11, ShP1 = 12, ShM1Sh0 = 13, Sh0ShP1 = 14, Ss3 = 15,
        Pre1 = 16, Pre2 = 17, Pre3 = 18, Pre4 = 19, Suf1 = 20, Suf2 = 21, Suf3 = 22, Suf4 = 23,
        Fl0 = 24, FlM1Fl0 = 25, WM1Sh0 = 26, Sh0WP1 = 27, Gaz0 = 28, GazM1 = 29, GazP1 = 30,
        Wk0 = 31, WkM1 = 32, WkP1 = 33, Suf3M1 = 34, FlP1 = 35, WM2WM1 = 36,
        T1 = 40, T2T1 = 41, T1W0 = 42, T1Sh0 = 43,
        DocFl = 50, DocWM1 = 51, DocWP1 = 52, DocShP1 = 53, DocFlW0 = 54;

    private static readonly ulong Bos = NerHash.Mix(0xB05B05UL), Eos = NerHash.Mix(0xE05E05UL);

    /// <summary>Fills <paramref name="result"/> for the sentence's tokens (spans into <paramref name="text"/>).</summary>
    public static void Analyse(string text, ReadOnlySpan<TextSpan> tokens, NerLexicon lexicon, Span<NerToken> result)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            int end = Math.Min(t.End, text.Length);
            int start = Math.Min(t.Start, end);
            AnalyseToken(text.AsSpan(start, end - start), lexicon, ref result[i]);
        }
        Span<ulong> folded = tokens.Length <= 512 ? stackalloc ulong[tokens.Length] : new ulong[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) folded[i] = result[i].Lower;
        int k = 0;
        while (k < tokens.Length)
        {
            int n = lexicon.LongestPhrase(folded, k, out var kinds);
            if (n == 0) { k++; continue; }
            for (int j = 0; j < n; j++)
            {
                result[k + j].Gaz = kinds;
                result[k + j].GazPos = (byte)(n == 1 ? 4 : j == 0 ? 1 : j == n - 1 ? 3 : 2);
            }
            k += n;
        }
    }

    private static void AnalyseToken(ReadOnlySpan<char> s, NerLexicon lexicon, ref NerToken tok)
    {
        ulong lower = NerHash.Seed, exact = NerHash.Seed, shape = NerHash.Seed, shortShape = NerHash.Seed;
        int upper = 0, lowerCount = 0, digits = 0, alnum = 0, shapeLen = 0, run = 0;
        char lastCls = '\0';
        bool hyphen = false, period = false;
        tok.P1 = tok.P2 = tok.P3 = tok.P4 = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            char f = NerHash.Fold(c);
            lower = NerHash.Step(lower, f);
            exact = NerHash.Step(exact, c);
            if (i == 0) tok.P1 = lower;
            else if (i == 1) tok.P2 = lower;
            else if (i == 2) tok.P3 = lower;
            else if (i == 3) tok.P4 = lower;
            char cls;
            if (char.IsUpper(c)) { cls = 'X'; upper++; alnum++; }
            else if (char.IsLower(c)) { cls = 'x'; lowerCount++; alnum++; }
            else if (char.IsDigit(c)) { cls = 'd'; digits++; alnum++; }
            else if (char.IsLetter(c)) { cls = 'x'; lowerCount++; alnum++; }
            else { cls = f; if (c == '-') hyphen = true; else if (c == '.') period = true; }
            if (cls == lastCls) run++; else { run = 1; shortShape = NerHash.Step(shortShape, cls); }
            if (run <= 2 && shapeLen < 10) { shape = NerHash.Step(shape, cls); shapeLen++; }
            lastCls = cls;
        }
        // Suffixes hash from the end, on a different seed, so "ion" as a prefix and as a suffix differ.
        ulong suf = NerHash.Mix(NerHash.Seed);
        tok.S1 = tok.S2 = tok.S3 = tok.S4 = 0;
        for (int i = s.Length - 1, n = 1; i >= 0 && n <= 4; i--, n++)
        {
            suf = NerHash.Step(suf, NerHash.Fold(s[i]));
            if (n == 1) tok.S1 = suf; else if (n == 2) tok.S2 = suf; else if (n == 3) tok.S3 = suf; else tok.S4 = suf;
        }
        if (s.Length < 3) { tok.S2 = tok.S3 = tok.S4 = 0; tok.P2 = tok.P3 = tok.P4 = 0; }
        byte flags = 0;
        if (upper > 0 && s.Length > 0 && char.IsUpper(s[0])) flags |= TokFlags.InitCap;
        if (upper > 1 && lowerCount == 0) flags |= TokFlags.AllCaps;
        if (lowerCount > 0 && upper == 0) flags |= TokFlags.AllLower;
        if (digits > 0) flags |= TokFlags.HasDigit;
        if (hyphen) flags |= TokFlags.HasHyphen;
        if (period) flags |= TokFlags.HasPeriod;
        if (alnum == 0) flags |= TokFlags.NoAlnum;
        if (upper > 0 && lowerCount > 0 && (upper > 1 || !char.IsUpper(s[0]))) flags |= TokFlags.MixedCase;
        tok.Lower = lower;
        tok.Exact = exact;
        tok.Shape = shape;
        tok.Short = shortShape;
        tok.Flags = flags;
        tok.Word = lexicon.Word(lower);
        tok.Doc = 0;
        tok.DocM1 = tok.DocP1 = tok.DocShP1 = 0;
        tok.Gaz = LexKind.None;
        tok.GazPos = 0;
    }

    [ThreadStatic] private static Dictionary<ulong, (int First, int Second, bool Lower)>? _seen;

    /// <summary>
    /// Document evidence for capitalised tokens, over all the document's analysed tokens
    /// (<paramref name="starts"/>: each sentence's first index, then the token count; strictly increasing). A name is usually
    /// written the same way throughout an article, and its clearest mention ("at Harrow School",
    /// "the town of Reading") should inform the bare ones ("Harrow", a sentence-initial "Reading"):
    /// each capitalised token learns whether the word is capitalised mid-sentence or written in lower
    /// case elsewhere, and the neighbours of another capitalised mid-sentence occurrence.
    /// </summary>
    public static void LinkDocument(Span<NerToken> all, ReadOnlySpan<int> starts)
    {
        if (all.Length == 0) return;
        // Per folded word: first two capitalised non-initial occurrences, and whether seen in lower case.
        // One table per thread, reused: tagging a sentence must not allocate.
        var seen = _seen ??= new Dictionary<ulong, (int First, int Second, bool Lower)>();
        // Clearing costs the table's size: after a long article start a fresh one.
        if (seen.Count > 4096) _seen = seen = new Dictionary<ulong, (int First, int Second, bool Lower)>();
        else seen.Clear();
        int sentence = 0;
        for (int j = 0; j < all.Length; j++)
        {
            while (sentence + 1 < starts.Length && starts[sentence + 1] <= j) sentence++;
            ref readonly var t = ref all[j];
            bool lower = (t.Flags & TokFlags.AllLower) != 0;
            bool cap = (t.Flags & (TokFlags.InitCap | TokFlags.AllCaps)) != 0;
            if (!lower && !cap) continue;
            bool initial = j == starts[sentence];
            ref var e = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, t.Lower, out bool exists);
            if (!exists) e = (-1, -1, false);
            if (lower) e.Lower = true;
            else if (!initial && (t.Flags & TokFlags.InitCap) != 0)
            {
                if (e.First < 0) e.First = j;
                else if (e.Second < 0) e.Second = j;
            }
        }
        sentence = 0;
        for (int j = 0; j < all.Length; j++)
        {
            while (sentence + 1 < starts.Length && starts[sentence + 1] <= j) sentence++;
            ref var t = ref all[j];
            if ((t.Flags & (TokFlags.InitCap | TokFlags.AllCaps)) == 0 || (t.Flags & TokFlags.AllLower) != 0) continue;
            var e = seen[t.Lower];
            int other = e.First == j ? e.Second : e.First;
            int s0 = starts[sentence];
            byte doc = DocFlags.Capitalised;
            if (j == s0) doc |= DocFlags.Initial;
            if (e.Lower) doc |= DocFlags.LowerElsewhere;
            if (other >= 0)
            {
                doc |= DocFlags.CapElsewhere;
                // The other occurrence is never a sentence start, so other - 1 is in its sentence.
                int os = starts.BinarySearch(other);
                if (os < 0) os = ~os - 1;
                int oe = starts[os + 1];
                t.DocM1 = all[other - 1].Lower;
                t.DocP1 = other + 1 < oe ? all[other + 1].Lower : Eos;
                t.DocShP1 = other + 1 < oe ? all[other + 1].Shape : Eos;
            }
            t.Doc = doc;
        }
    }

    /// <summary>Writes the static features of position <paramref name="i"/>; returns how many.</summary>
    public static int Static(ReadOnlySpan<NerToken> t, int i, Span<ulong> f)
    {
        ref readonly var c = ref t[i];
        bool hasM1 = i > 0, hasM2 = i > 1, hasP1 = i + 1 < t.Length, hasP2 = i + 2 < t.Length;
        ulong lm1 = hasM1 ? t[i - 1].Lower : Bos, lm2 = hasM2 ? t[i - 2].Lower : Bos;
        ulong lp1 = hasP1 ? t[i + 1].Lower : Eos, lp2 = hasP2 ? t[i + 2].Lower : Eos;
        ulong sm1 = hasM1 ? t[i - 1].Shape : Bos, sp1 = hasP1 ? t[i + 1].Shape : Eos;
        ulong ssm1 = hasM1 ? t[i - 1].Short : Bos, ssp1 = hasP1 ? t[i + 1].Short : Eos;
        ulong flm1 = hasM1 ? t[i - 1].Flags : 256UL, flp1 = hasP1 ? t[i + 1].Flags : 512UL;
        int n = 0;
        f[n++] = NerHash.Feature(Bias, 0);
        f[n++] = NerHash.Feature(W0, c.Lower);
        f[n++] = NerHash.Feature(WX, c.Exact);
        f[n++] = NerHash.Feature(WM1, lm1);
        f[n++] = NerHash.Feature(WP1, lp1);
        f[n++] = NerHash.Feature(WM2, lm2);
        f[n++] = NerHash.Feature(WP2, lp2);
        f[n++] = NerHash.Feature(WM1W0, lm1, c.Lower);
        f[n++] = NerHash.Feature(W0WP1, c.Lower, lp1);
        f[n++] = NerHash.Feature(WM2WM1, lm2, lm1);
        f[n++] = NerHash.Feature(Sh0, c.Shape);
        f[n++] = NerHash.Feature(ShM1, sm1);
        f[n++] = NerHash.Feature(ShP1, sp1);
        f[n++] = NerHash.Feature(ShM1Sh0, sm1, c.Shape);
        f[n++] = NerHash.Feature(Sh0ShP1, c.Shape, sp1);
        f[n++] = NerHash.Feature(Ss3, ssm1, c.Short, ssp1);
        if (c.P1 != 0) f[n++] = NerHash.Feature(Pre1, c.P1);
        if (c.P2 != 0) f[n++] = NerHash.Feature(Pre2, c.P2);
        if (c.P3 != 0) f[n++] = NerHash.Feature(Pre3, c.P3);
        if (c.P4 != 0) f[n++] = NerHash.Feature(Pre4, c.P4);
        if (c.S1 != 0) f[n++] = NerHash.Feature(Suf1, c.S1);
        if (c.S2 != 0) f[n++] = NerHash.Feature(Suf2, c.S2);
        if (c.S3 != 0) f[n++] = NerHash.Feature(Suf3, c.S3);
        if (c.S4 != 0) f[n++] = NerHash.Feature(Suf4, c.S4);
        if (hasM1 && t[i - 1].S3 != 0) f[n++] = NerHash.Feature(Suf3M1, t[i - 1].S3);
        f[n++] = NerHash.Feature(Fl0, c.Flags, i == 0 ? 1UL : 0UL);
        f[n++] = NerHash.Feature(FlM1Fl0, flm1, c.Flags);
        f[n++] = NerHash.Feature(FlP1, c.Flags, flp1);
        f[n++] = NerHash.Feature(WM1Sh0, lm1, c.Shape);
        f[n++] = NerHash.Feature(Sh0WP1, c.Shape, lp1);
        ulong cap = (ulong)(c.Flags & TokFlags.InitCap);
        if (c.Gaz != 0)
        {
            for (int b = 0; b < 8; b++)
                if (((ushort)c.Gaz & (1 << b)) != 0) f[n++] = NerHash.Feature(Gaz0, (ulong)b, (ulong)c.GazPos * 2 + cap);
        }
        if (hasM1 && t[i - 1].Gaz != 0) f[n++] = NerHash.Feature(GazM1, (ulong)t[i - 1].Gaz, t[i - 1].GazPos);
        if (hasP1 && t[i + 1].Gaz != 0) f[n++] = NerHash.Feature(GazP1, (ulong)t[i + 1].Gaz, t[i + 1].GazPos);
        if (c.Word != 0) f[n++] = NerHash.Feature(Wk0, (ulong)c.Word, cap | (i == 0 ? 2UL : 0UL));
        if (hasM1 && t[i - 1].Word != 0) f[n++] = NerHash.Feature(WkM1, (ulong)t[i - 1].Word);
        if (hasP1 && t[i + 1].Word != 0) f[n++] = NerHash.Feature(WkP1, (ulong)t[i + 1].Word);
        if (c.Doc != 0)
        {
            f[n++] = NerHash.Feature(DocFl, c.Doc);
            f[n++] = NerHash.Feature(DocFlW0, c.Doc, c.Lower);
            if (c.DocM1 != 0)
            {
                f[n++] = NerHash.Feature(DocWM1, c.DocM1);
                f[n++] = NerHash.Feature(DocWP1, c.DocP1);
                f[n++] = NerHash.Feature(DocShP1, c.DocShP1);
            }
        }
        return n;
    }

    /// <summary>Features of the two previous tags (<see cref="NerTags.O"/> before the sentence start).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Dynamic(ReadOnlySpan<NerToken> t, int i, int prev1, int prev2, Span<ulong> f)
    {
        f[0] = NerHash.Feature(T1, (ulong)prev1);
        f[1] = NerHash.Feature(T2T1, (ulong)prev2, (ulong)prev1);
        f[2] = NerHash.Feature(T1W0, (ulong)prev1, t[i].Lower);
        f[3] = NerHash.Feature(T1Sh0, (ulong)prev1, t[i].Shape);
        return 4;
    }
}
