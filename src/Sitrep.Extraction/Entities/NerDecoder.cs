using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sitrep.Extraction.Entities;

/// <summary>Maps a feature key to its weight row, or -1 when the model has none.</summary>
internal interface IRowLookup
{
    int Row(ulong key);
}

/// <summary>
/// Greedy left-to-right decoding with BILOU constraints. Greedy rather than Viterbi because the
/// previous-tag features are conjoined with the word (T1W0), which a first-order lattice cannot
/// score cheaply; with the well-formedness mask, greedy loses little for NER.
/// </summary>
internal static class NerDecoder
{
    /// <summary>Row stride in the weight array: <see cref="NerTags.Count"/> rounded up so rows load as two 8-float vectors plus one.</summary>
    public const int Stride = NerTags.Count;

    public static void Decode<TL>(in TL lookup, float[] weights, ReadOnlySpan<NerToken> tokens, Span<byte> tags)
        where TL : struct, IRowLookup
    {
        Span<ulong> feats = stackalloc ulong[NerFeatures.MaxStatic];
        Span<ulong> dyn = stackalloc ulong[NerFeatures.MaxDynamic];
        Span<float> scores = stackalloc float[Stride];
        int p1 = NerTags.O, p2 = NerTags.O;
        for (int i = 0; i < tokens.Length; i++)
        {
            scores.Clear();
            int n = NerFeatures.Static(tokens, i, feats);
            for (int k = 0; k < n; k++)
            {
                int r = lookup.Row(feats[k]);
                if (r >= 0) AddRow(weights, r, scores);
            }
            int m = NerFeatures.Dynamic(tokens, i, p1, p2, dyn);
            for (int k = 0; k < m; k++)
            {
                int r = lookup.Row(dyn[k]);
                if (r >= 0) AddRow(weights, r, scores);
            }
            int best = Best(scores, p1, i == tokens.Length - 1);
            tags[i] = (byte)best;
            p2 = p1;
            p1 = best;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Best(ReadOnlySpan<float> scores, int prev, bool last)
    {
        int best = NerTags.O;
        float bestScore = float.NegativeInfinity;
        var allowed = NerTags.Allowed;
        for (int t = 0; t < NerTags.Count; t++)
        {
            if (!allowed[prev * NerTags.Count + t]) continue;
            if (last && !NerTags.AllowedLast(t)) continue;
            if (scores[t] > bestScore) { bestScore = scores[t]; best = t; }
        }
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddRow(float[] weights, int row, Span<float> scores)
    {
        ref float src = ref MemoryMarshal.GetArrayDataReference(weights);
        src = ref Unsafe.Add(ref src, (nint)row * Stride);
        ref float dst = ref MemoryMarshal.GetReference(scores);
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref dst) + Vector256.LoadUnsafe(ref src), ref dst);
            Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref dst, 8) + Vector256.LoadUnsafe(ref src, 8), ref dst, 8);
            Unsafe.Add(ref dst, 16) += Unsafe.Add(ref src, 16);
        }
        else
        {
            for (int k = 0; k < Stride; k++) Unsafe.Add(ref dst, k) += Unsafe.Add(ref src, k);
        }
    }
}
