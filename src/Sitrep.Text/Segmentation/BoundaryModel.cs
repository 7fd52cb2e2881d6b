using System.Collections.Concurrent;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// A linear sentence-boundary classifier (averaged perceptron, trained by <see cref="BoundaryTrainer"/>
/// on UD treebanks) over hashed features of the gap after a token: the words and shapes around it,
/// the rules' verdict, and how long the current sentence already is. Web and e-mail text end many
/// sentences without punctuation ("… 08:02 PM | All: …"), which rules cannot see; the model learns
/// them while the rules' verdict carries what punctuation says. Immutable once built; thread-safe.
/// </summary>
public sealed class BoundaryModel
{
    public const int Bits = 18;
    private const int Mask = (1 << Bits) - 1;
    private const uint Magic = 0x53424D31; // "SBM1"

    // The 2^18 hashed slots are ~92% zero. A dense float table (1 MB) does not fit a core's L2 cache,
    // so each of a gap's ~30 look-ups was a cache miss. Instead each block of 64 slots keeps a bit
    // mask of its non-zero slots and where they start in a packed value array: ~64 KB + 4 bytes per
    // non-zero weight, the same weights bit for bit (an absent slot reads the 0 at _values[0]).
    private readonly Block[] _blocks;
    private readonly float[] _values;

    private struct Block
    {
        public ulong Used;
        public int Base;
    }

    internal BoundaryModel(float[] weights)
    {
        if (weights.Length != 1 << Bits) throw new ArgumentException($"A boundary model has {1 << Bits} weights, not {weights.Length}.", nameof(weights));
        _blocks = new Block[weights.Length / 64];
        var values = new List<float> { 0f };
        for (int b = 0; b < _blocks.Length; b++)
        {
            _blocks[b].Base = values.Count;
            for (int k = 0; k < 64; k++)
            {
                float w = weights[b * 64 + k];
                if (w == 0) continue;
                _blocks[b].Used |= 1UL << k;
                values.Add(w);
            }
        }
        _values = values.ToArray();
    }

    /// <summary>Number of non-zero weights.</summary>
    internal int NonZero => _values.Length - 1;

    /// <summary>The weight of hashed slot <paramref name="k"/> (0 when the slot is empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal float Weight(int k)
    {
        var b = _blocks[k >> 6];
        int pos = k & 63;
        // Branch-free: whether a slot is used is a coin flip the CPU cannot predict. An empty slot's
        // index is masked to 0, where the packed array keeps a 0.
        int present = (int)(b.Used >> pos) & 1;
        int at = (b.Base + BitOperations.PopCount(b.Used & ((1UL << pos) - 1))) & -present;
        return _values[at];
    }

    /// <summary>
    /// Gaps the model judges: after sentence-final punctuation, or before a token that does not start
    /// with a lower-case letter. Elsewhere (a lower-case word after a word) it never breaks, which keeps
    /// it off most gaps of running text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCandidate(string text, ReadOnlySpan<Token> tokens, int last, RuleVerdict verdict)
    {
        if (verdict == RuleVerdict.Never) return false;
        if (verdict != RuleVerdict.None) return true;
        char c = text[tokens[last + 1].Span.Start];
        // Nothing starts a sentence with a lower-case word after a plain word, nor with , ; . ) %:
        // skipping those gaps keeps the model off most of running text.
        if (c is >= 'a' and <= 'z') return false;
        return IsCandidateSlow(text, tokens, last, c);
    }

    private static bool IsCandidateSlow(string text, ReadOnlySpan<Token> tokens, int last, char c)
    {
        if (char.IsLower(c) || c is ',' or ';' or '.' or ')' or ']' or '%' or '?' or '!' or '\'' or '’') return false;
        // Inside a run of capitalised words ("President Barack Obama") a boundary is rare and the model
        // rarely finds it; skipping these gaps keeps names, news text's commonest capitals, cheap.
        return !(char.IsUpper(c) && char.IsUpper(text[tokens[last].Span.Start]) && tokens[last].Kind == TokenKind.Word);
    }

    /// <summary>Decides the gap after token <paramref name="last"/> (which ends the closers after token <paramref name="i"/>).</summary>
    public bool IsBoundary(string text, ReadOnlySpan<Token> tokens, int i, int last, int sentenceStart, RuleVerdict verdict, TokenHashes hashes)
    {
        if (!IsCandidate(text, tokens, last, verdict)) return false;
        return Score(text, tokens, i, last, sentenceStart, verdict, hashes) > 0;
    }

    /// <summary>The linear score of a candidate gap: its features' weights summed in feature order.</summary>
    internal float Score(string text, ReadOnlySpan<Token> tokens, int i, int last, int sentenceStart, RuleVerdict verdict, TokenHashes hashes)
    {
        // Indices first, then the look-ups: all ~30 addresses are known at once, so the loads overlap,
        // and the running sum stays in a register.
        Span<int> f = stackalloc int[FeatureCount];
        int n = Features(text, tokens, i, last, sentenceStart, verdict, hashes, f);
        float score = 0;
        foreach (var k in f[..n]) score += Weight(k);
        return score;
    }

    /// <summary>How many features a gap has.</summary>
    internal const int FeatureCount = 30;

    /// <summary>
    /// Hashed feature indices of a gap written to <paramref name="f"/> (at least <see cref="FeatureCount"/>
    /// long); returns how many. Training and inference share this one function.
    /// </summary>
    internal static int Features(string text, ReadOnlySpan<Token> tokens, int i, int last, int sentenceStart, RuleVerdict verdict, TokenHashes h, Span<int> f)
    {
        int n = 0;
        int count = tokens.Length;
        var prev = tokens[i];
        var next = tokens[last + 1];
        uint pw = h.Lower(text, tokens, i), ps = h.Shape(text, tokens, i);
        uint nw = h.Lower(text, tokens, last + 1), ns = h.Shape(text, tokens, last + 1);
        uint p2w = i > 0 ? h.Lower(text, tokens, i - 1) : 1, p2s = i > 0 ? h.Shape(text, tokens, i - 1) : 1;
        uint n2w = last + 2 < count ? h.Lower(text, tokens, last + 2) : 1, n2s = last + 2 < count ? h.Shape(text, tokens, last + 2) : 1;
        uint closer = last > i ? h.Lower(text, tokens, last) : 0;
        uint v = (uint)verdict + 1;
        int len = i - sentenceStart + 1;
        uint lenBucket = len switch { 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, <= 14 => 6, <= 25 => 7, _ => 8 };
        uint toEnd = (count - last - 1) switch { 1 => 1, 2 => 2, <= 4 => 3, _ => 4 };
        bool spaced = next.Span.Start > prev.Span.End || last > i;
        uint gap = (uint)(next.Span.Start - tokens[last].Span.End) switch { 0 => 1, 1 => 2, _ => 3 };
        uint abbr = prev.Span.Length > 1 && text[prev.Span.End - 1] == '.' ? 2u : 1u;
        uint starter = h.Starter(text, tokens, last + 1);

        f[n++] = H(1, 0);
        f[n++] = H(2, v);
        f[n++] = H(3, pw);
        f[n++] = H(4, ps);
        f[n++] = H(5, nw);
        f[n++] = H(6, ns);
        f[n++] = H(7, p2w);
        f[n++] = H(8, p2s);
        f[n++] = H(9, n2s);
        f[n++] = H(10, closer);
        f[n++] = H(11, lenBucket);
        f[n++] = H(12, toEnd);
        f[n++] = H(13, gap);
        f[n++] = H(14, Mix(v, ns));
        f[n++] = H(15, Mix(v, nw));
        f[n++] = H(16, Mix(pw, ns));
        f[n++] = H(17, Mix(ps, ns));
        f[n++] = H(18, Mix(pw, nw));
        f[n++] = H(19, Mix(v, lenBucket));
        f[n++] = H(20, Mix(Mix(ps, ns), lenBucket));
        f[n++] = H(21, Mix(Mix(p2s, ps), ns));
        f[n++] = H(22, Mix(ps, Mix(ns, n2s)));
        f[n++] = H(23, Mix(abbr, Mix(starter, v)));
        f[n++] = H(24, Mix(closer, Mix(v, ns)));
        f[n++] = H(25, Mix(p2w, pw));
        f[n++] = H(26, Mix(nw, n2w));
        f[n++] = H(27, Mix(v, toEnd));
        f[n++] = H(28, Mix(spaced ? 2u : 1u, Mix(ps, ns)));
        f[n++] = H(29, Mix(pw, Mix(v, ns)));
        f[n++] = H(30, n2w);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int H(uint template, uint value) => (int)(Mix(template * 0x9E3779B1u, value) & Mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint a, uint b)
    {
        uint h = a ^ (b * 0x85EBCA6Bu);
        h ^= h >> 15;
        h *= 0xC2B2AE35u;
        h ^= h >> 13;
        return h;
    }

    private const uint FnvOffset = 2166136261, FnvPrime = 16777619;

    // Per ASCII char: its shape char (X upper, x lower, d digit, else the char itself) in the low 7
    // bits, bit 7 set for X, x and d (whose runs collapse). A table instead of a chain of range tests:
    // characters alternate between classes unpredictably, so the branches mispredicted.
    private static readonly byte[] AsciiShape = Enumerable.Range(0, 128).Select(c => (byte)(
        c is >= 'A' and <= 'Z' ? 'X' | 0x80 : c is >= 'a' and <= 'z' ? 'x' | 0x80 : c is >= '0' and <= '9' ? 'd' | 0x80 : c)).ToArray();

    /// <summary>
    /// A token's two identities, in one pass over its chars: <paramref name="lower"/>, FNV-1a of the
    /// lower-cased token (first 24 chars), and <paramref name="shape"/>, FNV-1a of its collapsed shape
    /// (first 16 chars; runs of upper "X", lower "x", digit "d" merged, other chars kept: "Xx", "d:d",
    /// "X.X.") and its length up to 6. No string is built. The committed model was trained on these
    /// exact values, so they must not change without retraining.
    /// </summary>
    internal static void WordHashes(string text, TextSpan token, out uint lower, out uint shape)
    {
        var w = text.AsSpan(token.Start, Math.Min(token.Length, 24));
        uint lo = FnvOffset, sh = FnvOffset, prev = 0;
        var table = AsciiShape;
        int n16 = Math.Min(w.Length, 16);
        for (int k = 0; k < n16; k++)
        {
            char c = w[k];
            uint l, s;
            bool run;
            if (c < 128)
            {
                l = c is >= 'A' and <= 'Z' ? c | 0x20u : c;
                uint e = table[c];
                s = e & 0x7F;
                run = e > 0x7F;
            }
            else
            {
                l = char.ToLowerInvariant(c);
                s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
                run = s is 'X' or 'x' or 'd';
            }
            lo = (lo ^ l) * FnvPrime;
            // Inside a run of one class the shape does not grow; prev == s either way afterwards.
            uint next = (sh ^ s) * FnvPrime;
            sh = run && s == prev ? sh : next;
            prev = s;
        }
        for (int k = n16; k < w.Length; k++)
        {
            char c = w[k];
            lo = (lo ^ (c < 128 ? (c is >= 'A' and <= 'Z' ? c | 0x20u : c) : char.ToLowerInvariant(c))) * FnvPrime;
        }
        sh = (sh ^ (uint)Math.Min(token.Length, 6)) * FnvPrime;
        lower = lo | 4;
        shape = sh | 8;
    }

    // ---- persistence: sparse (index, weight) pairs, gzip-compressed ----

    public void Save(string path)
    {
        using var w = ModelFiles.CreateWriter(path);
        w.Write(Magic);
        w.Write(Bits);
        w.Write(NonZero);
        for (int b = 0; b < _blocks.Length; b++)
        {
            for (ulong used = _blocks[b].Used; used != 0; used &= used - 1)
            {
                int k = b * 64 + BitOperations.TrailingZeroCount(used);
                w.Write(k);
                w.Write(Weight(k));
            }
        }
    }

    /// <summary>Reads a model file; null (and a reason) when it is missing or not a model of this version.</summary>
    public static BoundaryModel? TryLoad(string? path, out string? problem)
    {
        problem = null;
        if (path is null || !File.Exists(path)) { problem = "no sentence model file; using rules only"; return null; }
        try
        {
            using var r = ModelFiles.OpenReader(path);
            if (r.ReadUInt32() != Magic || r.ReadInt32() != Bits) { problem = $"{path} is not a sentence model of this version; retrain with `sitrep train sentences`"; return null; }
            var weights = new float[1 << Bits];
            int n = r.ReadInt32();
            for (int k = 0; k < n; k++)
            {
                int at = r.ReadInt32();
                float value = r.ReadSingle();
                if ((uint)at >= (uint)weights.Length) { problem = $"{path} is corrupt (weight index {at})"; return null; }
                weights[at] = value;
            }
            return new BoundaryModel(weights);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            problem = $"{path} could not be read ({e.Message}); using rules only";
            return null;
        }
    }

    private static readonly ConcurrentDictionary<string, Lazy<BoundaryModel?>> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The model at <paramref name="path"/>, loaded once per process however many pipelines ask
    /// (thread-safe); null when the path is null or the file is missing or unreadable (rules then apply).
    /// </summary>
    public static BoundaryModel? Shared(string? path) =>
        path is null ? null : Cache.GetOrAdd(Path.GetFullPath(path), p => new Lazy<BoundaryModel?>(() => TryLoad(p, out _), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Where the model lives under the project root.</summary>
    public const string RelativePath = "models/sentences.bin.gz";
}

/// <summary>
/// Per-paragraph memo of each token's word and shape hashes (and whether it is a sentence-starter
/// word): a token takes part in up to four gaps' features, so hashing it once saves most of the
/// model's work. One per thread; reset per paragraph.
/// </summary>
public sealed class TokenHashes
{
    private struct Entry
    {
        public uint Lower, Shape; // Lower is never 0 once computed (BoundaryModel.WordHashes sets a bit)
        public uint Starter;      // 0 = not yet known, 1 = no, 2 = yes
    }

    private Entry[] _entries = new Entry[256];

    /// <summary>Clears the memo for a paragraph of <paramref name="count"/> tokens.</summary>
    public void Reset(int count)
    {
        if (_entries.Length < count) _entries = new Entry[Math.Max(count, _entries.Length * 2)];
        else Array.Clear(_entries, 0, count);
    }

    private ref Entry Words(string text, ReadOnlySpan<Token> tokens, int k)
    {
        ref var e = ref _entries[k];
        if (e.Lower == 0) BoundaryModel.WordHashes(text, tokens[k].Span, out e.Lower, out e.Shape);
        return ref e;
    }

    public uint Lower(string text, ReadOnlySpan<Token> tokens, int k) => Words(text, tokens, k).Lower;

    public uint Shape(string text, ReadOnlySpan<Token> tokens, int k) => Words(text, tokens, k).Shape;

    /// <summary>2 when token k is a <see cref="SentenceRules.IsStarter"/> word, else 1.</summary>
    public uint Starter(string text, ReadOnlySpan<Token> tokens, int k)
    {
        ref var e = ref _entries[k];
        if (e.Starter == 0) e.Starter = SentenceRules.IsStarter(tokens[k].Span.SliceOf(text)) ? 2u : 1u;
        return e.Starter;
    }
}
