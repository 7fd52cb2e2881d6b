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
    /// <summary>Packed word class (see <see cref="NerLexicon.Cluster"/>); 0 none.</summary>
    public ushort Cluster;
}

/// <summary>Orthographic flags of a token.</summary>
internal static class TokFlags
{
    public const byte InitCap = 1, AllCaps = 2, AllLower = 4, HasDigit = 8, HasHyphen = 16, HasPeriod = 32, NoAlnum = 64, MixedCase = 128;
}

/// <summary>
/// Feature extraction: token analysis (once per sentence) and the hashed features of one position.
/// Static features depend only on the tokens; dynamic ones on the two previous tags (read per hypothesis by the beam).
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
        ClF0 = 44, ClC0 = 45, ClFM1 = 46, ClFP1 = 47, ClCM1 = 48, ClCP1 = 49,
        ClCM1ClC0 = 51, ClC0ClCP1 = 52, ClFM2 = 53, ClFP2 = 54;

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
        tok.Cluster = lexicon.Cluster(lower);
        tok.Gaz = LexKind.None;
        tok.GazPos = 0;
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
        // Word classes of the token and its neighbours: fine (low 10 bits) and coarse (above).
        if (c.Cluster != 0)
        {
            f[n++] = NerHash.Feature(ClF0, c.Cluster & 1023UL);
            if (c.Cluster >> 10 != 0) f[n++] = NerHash.Feature(ClC0, (ulong)(c.Cluster >> 10));
        }
        // No class for the sentence edges: the word and flag features already mark them.
        ulong clm1 = hasM1 ? t[i - 1].Cluster : 0UL, clp1 = hasP1 ? t[i + 1].Cluster : 0UL;
        if (clm1 != 0)
        {
            f[n++] = NerHash.Feature(ClFM1, clm1 & 1023UL);
            if (clm1 >> 10 != 0) f[n++] = NerHash.Feature(ClCM1, clm1 >> 10);
        }
        if (clp1 != 0)
        {
            f[n++] = NerHash.Feature(ClFP1, clp1 & 1023UL);
            if (clp1 >> 10 != 0) f[n++] = NerHash.Feature(ClCP1, clp1 >> 10);
        }
        // Coarse class pairs; 0 stands for no class (a rare word or the sentence edge).
        f[n++] = NerHash.Feature(ClCM1ClC0, clm1 >> 10, (ulong)c.Cluster >> 10);
        f[n++] = NerHash.Feature(ClC0ClCP1, (ulong)c.Cluster >> 10, clp1 >> 10);
        if (i > 1 && t[i - 2].Cluster != 0) f[n++] = NerHash.Feature(ClFM2, t[i - 2].Cluster & 1023UL);
        if (i + 2 < t.Length && t[i + 2].Cluster != 0) f[n++] = NerHash.Feature(ClFP2, t[i + 2].Cluster & 1023UL);
        if (c.Word != 0) f[n++] = NerHash.Feature(Wk0, (ulong)c.Word, cap | (i == 0 ? 2UL : 0UL));
        if (hasM1 && t[i - 1].Word != 0) f[n++] = NerHash.Feature(WkM1, (ulong)t[i - 1].Word);
        if (hasP1 && t[i + 1].Word != 0) f[n++] = NerHash.Feature(WkP1, (ulong)t[i + 1].Word);
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

    /// <summary>The features of <see cref="Dynamic"/> that read only the previous tag (shared by beam hypotheses that end alike).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DynamicFirst(ReadOnlySpan<NerToken> t, int i, int prev1, Span<ulong> f)
    {
        f[0] = NerHash.Feature(T1, (ulong)prev1);
        f[1] = NerHash.Feature(T1W0, (ulong)prev1, t[i].Lower);
        f[2] = NerHash.Feature(T1Sh0, (ulong)prev1, t[i].Shape);
        return 3;
    }

    /// <summary>The feature of <see cref="Dynamic"/> that reads the two previous tags.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong DynamicSecond(int prev1, int prev2) => NerHash.Feature(T2T1, (ulong)prev2, (ulong)prev1);
}
