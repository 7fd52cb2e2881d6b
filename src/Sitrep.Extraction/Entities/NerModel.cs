using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// A trained NER model: averaged-perceptron weights over hashed features, and the lexicon the
/// features read (countries, demonyms, cities, titles, organisations, word statistics), baked in so a
/// machine without the data directory tags the same. Immutable; one instance serves all threads.
/// </summary>
public sealed class NerModel
{
    internal const int FormatVersion = 1;
    private static ReadOnlySpan<byte> Magic => "SRNER"u8;

    private readonly FeatureTable _table;
    private readonly float[] _weights;

    internal NerModel(NerLexicon lexicon, ulong[] keys, float[] weights)
    {
        if (weights.Length != keys.Length * NerDecoder.Stride) throw new ArgumentException("weights do not match keys");
        Lexicon = lexicon;
        Keys = keys;
        _weights = weights;
        _table = new FeatureTable(keys);
    }

    internal NerLexicon Lexicon { get; }
    internal ulong[] Keys { get; }
    internal float[] Weights => _weights;

    /// <summary>Number of weight rows (features kept after pruning).</summary>
    public int FeatureCount => Keys.Length;

    /// <summary>Tags one sentence; <paramref name="tags"/> receives BILOU tag indices (see <see cref="NerTags"/>).</summary>
    internal void Tag(string text, ReadOnlySpan<TextSpan> tokens, Span<byte> tags)
    {
        if (tokens.Length == 0) return;
        Span<NerToken> analysed = tokens.Length <= 128 ? stackalloc NerToken[tokens.Length] : new NerToken[tokens.Length];
        NerFeatures.Analyse(text, tokens, Lexicon, analysed);
        NerDecoder.Decode(in _table, _weights, analysed, tags);
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
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(NerTags.Count);
        var lex = Lexicon.Entries.OrderBy(kv => kv.Key).ToArray();
        w.Write(lex.Length);
        foreach (var kv in lex) w.Write(kv.Key);
        foreach (var kv in lex) w.Write((ushort)kv.Value);
        w.Write(Keys.Length);
        w.Write(MemoryMarshal.AsBytes(Keys.AsSpan()));
        // 16-bit weights with one scale: pruning has already removed the weights this would round to 0.
        float max = 0;
        foreach (var x in _weights) max = Math.Max(max, Math.Abs(x));
        float scale = max == 0 ? 1 : max / 32767f;
        w.Write(scale);
        var q = new short[_weights.Length];
        for (int i = 0; i < q.Length; i++) q[i] = (short)Math.Round(_weights[i] / scale);
        w.Write(MemoryMarshal.AsBytes(q.AsSpan()));
    }

    /// <summary>Loads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> on a foreign or damaged file.</summary>
    public static NerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var r = new BinaryReader(gz);
        Span<byte> magic = stackalloc byte[5];
        r.BaseStream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic)) throw new InvalidDataException($"{path} is not a Sitrep NER model (bad magic).");
        int version = r.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"{path} has NER model format {version}; this build reads {FormatVersion}. Retrain with `sitrep train ner`.");
        if (r.ReadInt32() != NerTags.Count) throw new InvalidDataException($"{path} has a different tag set.");
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
        return new NerModel(new NerLexicon(dict), keys, weights);
    }
}
