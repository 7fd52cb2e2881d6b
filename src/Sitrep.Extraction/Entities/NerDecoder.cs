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
/// Decoding with BILOU constraints: greedy left to right (<see cref="Decode"/>), or a beam search
/// (<see cref="DecodeBeam"/>) over the same features. A beam rather than Viterbi because the previous-tag
/// features reach two tags back (T2T1) and are conjoined with the word (T1W0), so an exact lattice would
/// have 17 × 17 states per token; the beam keeps every feature and merges equal two-tag histories.
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

    /// <summary>Largest beam <see cref="DecodeBeam"/> accepts.</summary>
    public const int MaxBeam = 16;

    /// <summary>
    /// Beam search over BILOU sequences with the same features as <see cref="Decode"/>: the static scores of
    /// a position are computed once, the previous-tag features once per hypothesis (see <see cref="NerBeam"/>).
    /// </summary>
    public static void DecodeBeam<TL>(in TL lookup, float[] weights, ReadOnlySpan<NerToken> tokens, Span<byte> tags, int beam)
        where TL : struct, IRowLookup
    {
        int n = tokens.Length;
        if (n == 0) return;
        beam = Math.Clamp(beam, 1, MaxBeam);
        Span<ulong> feats = stackalloc ulong[NerFeatures.MaxStatic];
        Span<ulong> dyn = stackalloc ulong[NerFeatures.MaxDynamic];
        Span<float> stat = stackalloc float[Stride];
        Span<float> scores = stackalloc float[Stride];
        Span<double> state = stackalloc double[NerBeam.StateDoubles];
        Span<byte> tagState = stackalloc byte[NerBeam.StateBytes];
        int cells = n * beam;
        Span<byte> tagAt = cells <= 4096 ? stackalloc byte[cells] : new byte[cells];
        Span<byte> back = cells <= 4096 ? stackalloc byte[cells] : new byte[cells];
        var search = new NerBeam(beam, state, tagState, tagAt, back);
        for (int i = 0; i < n; i++)
        {
            stat.Clear();
            int fn = NerFeatures.Static(tokens, i, feats);
            for (int k = 0; k < fn; k++)
            {
                int r = lookup.Row(feats[k]);
                if (r >= 0) AddRow(weights, r, stat);
            }
            for (int h = 0; h < search.Size; h++)
            {
                stat.CopyTo(scores);
                int m = NerFeatures.Dynamic(tokens, i, search.Prev1(h), search.Prev2(h), dyn);
                for (int k = 0; k < m; k++)
                {
                    int r = lookup.Row(dyn[k]);
                    if (r >= 0) AddRow(weights, r, scores);
                }
                search.Extend(i, h, scores, i == n - 1);
            }
            search.Advance();
        }
        search.Best(tags);
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

/// <summary>
/// The bookkeeping of a beam search over BILOU tags: up to <c>beam</c> hypotheses, each a total score and
/// its last two tags. Hypotheses that agree on the last two tags are merged (the better one kept, as in
/// Viterbi), so equal histories never crowd the beam. Each step's tag and parent slot are kept for the backtrack.
/// A full beam gives a new hypothesis the slot of the worst one (the first of equals) when it scores higher.
/// </summary>
internal ref struct NerBeam
{
    public const int StateDoubles = 2 * NerDecoder.MaxBeam;
    public const int StateBytes = 4 * NerDecoder.MaxBeam + NerTags.Count * NerTags.Count;
    private readonly int _beam;
    private readonly Span<double> _score, _next;
    private readonly Span<byte> _t1, _t2, _n1, _n2;
    /// <summary>Next step's slot + 1 of each state (tag, previous tag); 0: none yet.</summary>
    private readonly Span<byte> _slotOf;
    private readonly Span<byte> _tagAt, _back;
    private int _size, _nextSize, _worst;

    /// <param name="state">At least <see cref="StateDoubles"/> doubles (path scores summed in double: long sentences would lose float precision).</param>
    /// <param name="tagState">At least <see cref="StateBytes"/> bytes.</param>
    /// <param name="tagAt">Tokens × beam bytes.</param>
    /// <param name="back">Tokens × beam bytes.</param>
    public NerBeam(int beam, Span<double> state, Span<byte> tagState, Span<byte> tagAt, Span<byte> back)
    {
        const int M = NerDecoder.MaxBeam;
        _beam = beam;
        _score = state[..M];
        _next = state.Slice(M, M);
        _t1 = tagState[..M];
        _t2 = tagState.Slice(M, M);
        _n1 = tagState.Slice(2 * M, M);
        _n2 = tagState.Slice(3 * M, M);
        _slotOf = tagState.Slice(4 * M, NerTags.Count * NerTags.Count);
        _slotOf.Clear();
        _tagAt = tagAt;
        _back = back;
        _size = 1;
        _score[0] = 0;
        _t1[0] = NerTags.O;
        _t2[0] = NerTags.O;
    }

    public readonly int Size => _size;
    public readonly int Prev1(int h) => _t1[h];
    public readonly int Prev2(int h) => _t2[h];

    /// <summary>Offers every tag allowed after hypothesis <paramref name="h"/> at token <paramref name="i"/>, with the tag scores of that hypothesis.</summary>
    public void Extend(int i, int h, ReadOnlySpan<float> scores, bool last)
    {
        int prev = _t1[h];
        double baseScore = _score[h];
        int row = i * _beam;
        foreach (int t in (last ? NerTags.FollowLast : NerTags.Follow)[prev])
        {
            double s = baseScore + scores[t];
            int state = t * NerTags.Count + prev;
            int slot = _slotOf[state] - 1;
            if (slot >= 0)
            {
                if (s <= _next[slot]) continue;
            }
            else if (_nextSize < _beam)
            {
                slot = _nextSize++;
                _slotOf[state] = (byte)(slot + 1);
                _n1[slot] = (byte)t;
                _n2[slot] = (byte)prev;
            }
            else
            {
                if (s <= _next[_worst]) continue;
                slot = _worst;
                _slotOf[_n1[slot] * NerTags.Count + _n2[slot]] = 0;
                _slotOf[state] = (byte)(slot + 1);
                _n1[slot] = (byte)t;
                _n2[slot] = (byte)prev;
            }
            _next[slot] = s;
            _tagAt[row + slot] = (byte)t;
            _back[row + slot] = (byte)h;
            if (_nextSize == _beam) FindWorst();
        }
    }

    private void FindWorst()
    {
        int worst = 0;
        for (int q = 1; q < _nextSize; q++)
            if (_next[q] < _next[worst]) worst = q;
        _worst = worst;
    }

    /// <summary>Makes the hypotheses offered since the last call the current ones.</summary>
    public void Advance()
    {
        for (int q = 0; q < _nextSize; q++)
        {
            _score[q] = _next[q];
            _t1[q] = _n1[q];
            _t2[q] = _n2[q];
            _slotOf[_n1[q] * NerTags.Count + _n2[q]] = 0;
        }
        _size = _nextSize;
        _nextSize = 0;
    }

    /// <summary>Writes the best hypothesis's tags, token by token, into <paramref name="tags"/>.</summary>
    public readonly void Best(Span<byte> tags)
    {
        int best = 0;
        for (int q = 1; q < _size; q++) if (_score[q] > _score[best]) best = q;
        for (int i = tags.Length - 1; i >= 0; i--)
        {
            tags[i] = _tagAt[i * _beam + best];
            best = _back[i * _beam + best];
        }
    }
}
