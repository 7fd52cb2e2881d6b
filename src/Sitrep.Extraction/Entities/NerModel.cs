using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>Open-addressing table from feature key to weight row; immutable after construction.</summary>
internal readonly struct FeatureTable : IRowLookup
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(ReadOnlySpan<ulong> keysInRowOrder)
    {
        int cap = 16;
        while (cap < keysInRowOrder.Length * 2) cap <<= 1;
        _keys = new ulong[cap];
        _rows = new int[cap];
        _mask = cap - 1;
        for (int r = 0; r < keysInRowOrder.Length; r++)
        {
            ulong k = keysInRowOrder[r];
            int i = (int)(k >> 20) & _mask;
            while (_keys[i] != 0 && _keys[i] != k) i = (i + 1) & _mask;
            _keys[i] = k;
            _rows[i] = r;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(ulong key)
    {
        // Keys are odd (NerHash sets bit 0), so 0 marks an empty slot.
        var keys = _keys;
        int i = (int)(key >> 20) & _mask;
        while (true)
        {
            ulong k = keys[i];
            if (k == key) return _rows[i];
            if (k == 0) return -1;
            i = (i + 1) & _mask;
        }
    }
}

/// <summary>
/// The run-time weight table: one 64-byte, cache-line-aligned slot per feature holding its key and its
/// 17 quantised weights, open addressing with linear probing. One feature costs one cache miss, not
/// three (key table, row index, weight row): tagging speed is bound by memory latency, not arithmetic.
/// Immutable after construction.
/// </summary>
internal sealed class SlotTable
{
    public const int SlotBytes = 64;
    private readonly byte[] _buffer;
    private readonly int _offset;
    private readonly int _mask;

    public SlotTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<short> weights)
    {
        int cap = 16;
        while (cap < keys.Length + keys.Length / 2) cap <<= 1;
        _buffer = GC.AllocateArray<byte>(cap * SlotBytes + SlotBytes, pinned: true);
        // The array is pinned, so its address is stable and the slots can start on a cache line.
        nint address = Marshal.UnsafeAddrOfPinnedArrayElement(_buffer, 0);
        _offset = (int)((SlotBytes - (address & (SlotBytes - 1))) & (SlotBytes - 1));
        _mask = cap - 1;
        for (int r = 0; r < keys.Length; r++)
        {
            ulong k = keys[r];
            int i = (int)(k >> 20) & _mask;
            while (true)
            {
                ulong there = BitConverter.ToUInt64(_buffer, _offset + i * SlotBytes);
                if (there == 0 || there == k) break;
                i = (i + 1) & _mask;
            }
            var slot = _buffer.AsSpan(_offset + i * SlotBytes, SlotBytes);
            BitConverter.TryWriteBytes(slot, k);
            MemoryMarshal.AsBytes(weights.Slice(r * NerTags.Count, NerTags.Count)).CopyTo(slot[8..]);
        }
    }

    /// <summary>
    /// Reads the key in the feature's home slot. Called for all of a token's features before adding any,
    /// so their cache misses overlap (independent loads) instead of queuing one after another.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Touch(ulong key)
    {
        ref byte b = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _offset);
        return Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, ((int)(key >> 20) & _mask) * SlotBytes));
    }

    /// <summary>Adds the feature's weights to the int accumulators; false when the model has no such feature.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(ulong key, ref Vector256<int> lo, ref Vector256<int> hi, ref int last)
    {
        ref byte b = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _offset);
        int i = (int)(key >> 20) & _mask;
        while (true)
        {
            ref byte slot = ref Unsafe.Add(ref b, i * SlotBytes);
            ulong k = Unsafe.ReadUnaligned<ulong>(ref slot);
            if (k == key)
            {
                var w = Vector256.LoadUnsafe(ref Unsafe.As<byte, short>(ref Unsafe.Add(ref slot, 8)));
                var (wl, wh) = Vector256.Widen(w);
                lo += wl;
                hi += wh;
                last += Unsafe.ReadUnaligned<short>(ref Unsafe.Add(ref slot, 8 + 32));
                return true;
            }
            if (k == 0) return false;
            i = (i + 1) & _mask;
        }
    }
}

/// <summary>
/// A trained NER model: averaged-perceptron weights over hashed features, and the lexicon the
/// features read (countries, demonyms, cities, titles, organisations, word statistics), baked in so a
/// machine without the data directory tags the same. Immutable; one instance serves all threads.
/// </summary>
public sealed class NerModel
{
    /// <summary>Version 2 records the decoder's beam; version 1 files (greedy) still load.</summary>
    internal const int FormatVersion = 2;
    private static ReadOnlySpan<byte> Magic => "SRNER"u8;

    private readonly float[] _weights;
    private readonly SlotTable _slots;
    // Keeps the JIT from dropping the touch loads as dead code; racy writes from threads are harmless.
    private static ulong _sink;

    internal NerModel(NerLexicon lexicon, ulong[] keys, float[] weights, int beam = 1)
    {
        Beam = Math.Clamp(beam, 1, NerDecoder.MaxBeam);
        if (weights.Length != keys.Length * NerDecoder.Stride) throw new ArgumentException("weights do not match keys");
        Lexicon = lexicon;
        Keys = keys;
        // 16-bit weights with one scale; integer sums rank the tags exactly as the scaled sums would.
        float max = 0;
        foreach (var x in weights) max = Math.Max(max, Math.Abs(x));
        Scale = max == 0 ? 1 : max / 32767f;
        var q = new short[weights.Length];
        for (int i = 0; i < q.Length; i++) q[i] = (short)Math.Round(weights[i] / Scale);
        Quantised = q;
        _weights = new float[q.Length];
        for (int i = 0; i < q.Length; i++) _weights[i] = q[i] * Scale;
        _slots = new SlotTable(keys, q);
    }

    internal NerLexicon Lexicon { get; }
    internal ulong[] Keys { get; }
    internal float[] Weights => _weights;
    internal short[] Quantised { get; }
    internal float Scale { get; }
    /// <summary>Beam of the decoder the model was trained with; 1 is greedy.</summary>
    internal int Beam { get; }

    /// <summary>Number of weight rows (features kept after pruning).</summary>
    public int FeatureCount => Keys.Length;

    /// <summary>Tags one sentence; <paramref name="tags"/> receives BILOU tag indices (see <see cref="NerTags"/>).</summary>
    internal void Tag(string text, ReadOnlySpan<TextSpan> tokens, Span<byte> tags)
    {
        if (tokens.Length == 0) return;
        Span<NerToken> analysed = tokens.Length <= 128 ? stackalloc NerToken[tokens.Length] : new NerToken[tokens.Length];
        NerFeatures.Analyse(text, tokens, Lexicon, analysed);
        if (Beam > 1) DecodeBeam(analysed, tags);
        else Decode(analysed, tags);
    }

    /// <summary>Static integer scores of token <paramref name="i"/> (features that do not read earlier tags).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void StaticScores(ReadOnlySpan<NerToken> tokens, int i, Span<ulong> feats, out Vector256<int> lo, out Vector256<int> hi, out int last)
    {
        lo = Vector256<int>.Zero;
        hi = Vector256<int>.Zero;
        last = 0;
        int n = NerFeatures.Static(tokens, i, feats);
        ulong touched = 0;
        for (int k = 0; k < n; k++) touched ^= _slots.Touch(feats[k]);
        _sink = touched;
        for (int k = 0; k < n; k++) _slots.Add(feats[k], ref lo, ref hi, ref last);
    }

    /// <summary>
    /// Beam search (as <see cref="NerDecoder.DecodeBeam"/>) over the slot table with integer scores. The
    /// features of the previous tag are looked up once per distinct previous tag, not once per hypothesis:
    /// the hypotheses of a beam mostly end in few tags.
    /// </summary>
    private void DecodeBeam(ReadOnlySpan<NerToken> tokens, Span<byte> tags)
    {
        int n = tokens.Length;
        Span<ulong> feats = stackalloc ulong[NerFeatures.MaxStatic];
        Span<ulong> dyn = stackalloc ulong[NerFeatures.MaxDynamic];
        Span<float> scores = stackalloc float[NerTags.Count];
        Span<double> state = stackalloc double[NerBeam.StateDoubles];
        Span<byte> tagState = stackalloc byte[NerBeam.StateBytes];
        Span<Vector256<int>> byPrevLo = stackalloc Vector256<int>[NerTags.Count];
        Span<Vector256<int>> byPrevHi = stackalloc Vector256<int>[NerTags.Count];
        Span<int> byPrevLast = stackalloc int[NerTags.Count];
        Span<int> byPrevAt = stackalloc int[NerTags.Count];
        byPrevAt.Fill(-1);
        int cells = n * Beam;
        Span<byte> tagAt = cells <= 4096 ? stackalloc byte[cells] : new byte[cells];
        Span<byte> back = cells <= 4096 ? stackalloc byte[cells] : new byte[cells];
        var search = new NerBeam(Beam, state, tagState, tagAt, back);
        for (int i = 0; i < n; i++)
        {
            StaticScores(tokens, i, feats, out var slo, out var shi, out var slast);
            // Start the cache misses of every hypothesis's previous-tag features before adding any.
            ulong touched = 0;
            for (int h = 0; h < search.Size; h++)
            {
                int m = NerFeatures.DynamicFirst(tokens, i, search.Prev1(h), dyn);
                for (int k = 0; k < m; k++) touched ^= _slots.Touch(dyn[k]);
            }
            _sink = touched;
            for (int h = 0; h < search.Size; h++)
            {
                int p1 = search.Prev1(h);
                if (byPrevAt[p1] != i)
                {
                    var plo = slo;
                    var phi = shi;
                    int plast = slast;
                    int m = NerFeatures.DynamicFirst(tokens, i, p1, dyn);
                    for (int k = 0; k < m; k++) _slots.Add(dyn[k], ref plo, ref phi, ref plast);
                    byPrevLo[p1] = plo;
                    byPrevHi[p1] = phi;
                    byPrevLast[p1] = plast;
                    byPrevAt[p1] = i;
                }
                var lo = byPrevLo[p1];
                var hi = byPrevHi[p1];
                int last = byPrevLast[p1];
                _slots.Add(NerFeatures.DynamicSecond(p1, search.Prev2(h)), ref lo, ref hi, ref last);
                Vector256.ConvertToSingle(lo).CopyTo(scores);
                Vector256.ConvertToSingle(hi).CopyTo(scores[8..]);
                scores[16] = last;
                search.Extend(i, h, scores, i == n - 1);
            }
            search.Advance();
        }
        search.Best(tags);
    }

    /// <summary>Greedy constrained decoding (as <see cref="NerDecoder"/>) over the slot table with integer scores.</summary>
    private void Decode(ReadOnlySpan<NerToken> tokens, Span<byte> tags)
    {
        Span<ulong> feats = stackalloc ulong[NerFeatures.MaxStatic];
        Span<ulong> dyn = stackalloc ulong[NerFeatures.MaxDynamic];
        Span<float> scores = stackalloc float[NerTags.Count];
        int p1 = NerTags.O, p2 = NerTags.O;
        for (int i = 0; i < tokens.Length; i++)
        {
            var lo = Vector256<int>.Zero;
            var hi = Vector256<int>.Zero;
            int last = 0;
            int n = NerFeatures.Static(tokens, i, feats);
            ulong touched = 0;
            for (int k = 0; k < n; k++) touched ^= _slots.Touch(feats[k]);
            _sink = touched;
            for (int k = 0; k < n; k++) _slots.Add(feats[k], ref lo, ref hi, ref last);
            int m = NerFeatures.Dynamic(tokens, i, p1, p2, dyn);
            for (int k = 0; k < m; k++) _slots.Add(dyn[k], ref lo, ref hi, ref last);
            for (int t = 0; t < 8; t++) { scores[t] = lo.GetElement(t); scores[t + 8] = hi.GetElement(t); }
            scores[16] = last;
            int best = NerDecoder.Best(scores, p1, i == tokens.Length - 1);
            tags[i] = (byte)best;
            p2 = p1;
            p1 = best;
        }
    }

    /// <summary>Names in one sentence: spans (from its first to its last token) and labels.</summary>
    public List<(TextSpan Span, EntityLabel Label)> TagSentence(string text, ReadOnlySpan<TextSpan> tokens)
    {
        var result = new List<(TextSpan, EntityLabel)>();
        if (tokens.Length == 0) return result;
        Span<byte> tags = tokens.Length <= 1024 ? stackalloc byte[tokens.Length] : new byte[tokens.Length];
        Tag(text, tokens, tags);
        foreach (var (s, e, label) in NerTags.Decode(tags))
            result.Add((new TextSpan(tokens[s].Start, tokens[e - 1].End), label));
        return result;
    }

    public void Save(string path)
    {
        using var w = Sitrep.Text.ModelFiles.CreateWriter(path);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(NerTags.Count);
        w.Write(Beam);
        var lex = Lexicon.Entries.OrderBy(kv => kv.Key).ToArray();
        w.Write(lex.Length);
        foreach (var kv in lex) w.Write(kv.Key);
        foreach (var kv in lex) w.Write((ushort)kv.Value);
        w.Write(Keys.Length);
        w.Write(MemoryMarshal.AsBytes(Keys.AsSpan()));
        // 16-bit weights with one scale: pruning has already removed the weights this would round to 0.
        w.Write(Scale);
        w.Write(MemoryMarshal.AsBytes(Quantised.AsSpan()));
    }

    /// <summary>Loads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> on a foreign or damaged file.</summary>
    public static NerModel Load(string path)
    {
        using var r = Sitrep.Text.ModelFiles.OpenReader(path);
        Span<byte> magic = stackalloc byte[5];
        r.BaseStream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic)) throw new InvalidDataException($"{path} is not a Sitrep NER model (bad magic).");
        int version = r.ReadInt32();
        if (version != FormatVersion && version != 1) throw new InvalidDataException($"{path} has NER model format {version}; this build reads {FormatVersion}. Retrain with `sitrep train ner`.");
        if (r.ReadInt32() != NerTags.Count) throw new InvalidDataException($"{path} has a different tag set.");
        int beam = version >= 2 ? r.ReadInt32() : 1;
        if (beam < 1 || beam > NerDecoder.MaxBeam) throw new InvalidDataException($"{path} has a bad beam ({beam}).");
        int nLex = r.ReadInt32();
        var lexKeys = new ulong[nLex];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(lexKeys.AsSpan()));
        var lexKinds = new ushort[nLex];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(lexKinds.AsSpan()));
        var dict = new Dictionary<ulong, LexKind>(nLex);
        for (int i = 0; i < nLex; i++) dict[lexKeys[i]] = (LexKind)lexKinds[i];
        int n = r.ReadInt32();
        var keys = new ulong[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        float scale = r.ReadSingle();
        var q = new short[n * NerDecoder.Stride];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(q.AsSpan()));
        var weights = new float[q.Length];
        for (int i = 0; i < q.Length; i++) weights[i] = q[i] * scale;
        return new NerModel(new NerLexicon(dict), keys, weights, beam);
    }
}
