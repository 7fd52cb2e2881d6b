using System.Collections.Concurrent;
using System.IO.Compression;
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
    private const int MaxFeatures = 40;
    private const uint Magic = 0x53424D31; // "SBM1"

    private readonly float[] _weights;

    internal BoundaryModel(float[] weights)
    {
        if (weights.Length != 1 << Bits) throw new ArgumentException($"A boundary model has {1 << Bits} weights, not {weights.Length}.", nameof(weights));
        _weights = weights;
    }

    /// <summary>
    /// Gaps the model judges: after sentence-final punctuation, or before a token that does not start
    /// with a lower-case letter. Elsewhere (a lower-case word after a word) it never breaks, which keeps
    /// it off most gaps of running text.
    /// </summary>
    public static bool IsCandidate(string text, List<Token> tokens, int last, RuleVerdict verdict)
    {
        if (verdict == RuleVerdict.Never) return false;
        if (verdict != RuleVerdict.None) return true;
        char c = text[tokens[last + 1].Span.Start];
        // Nothing starts a sentence with a lower-case word after a plain word, nor with , ; . ) %:
        // skipping those gaps keeps the model off most of running text.
        if (char.IsLower(c) || c is ',' or ';' or '.' or ')' or ']' or '%' or '?' or '!' or '\'' or '’') return false;
        // Inside a run of capitalised words ("President Barack Obama") a boundary is rare and the model
        // rarely finds it; skipping these gaps keeps names, news text's commonest capitals, cheap.
        return !(char.IsUpper(c) && char.IsUpper(text[tokens[last].Span.Start]) && tokens[last].Kind == TokenKind.Word);
    }

    /// <summary>Decides the gap after token <paramref name="last"/> (which ends the closers after token <paramref name="i"/>).</summary>
    public bool IsBoundary(string text, List<Token> tokens, int i, int last, int sentenceStart, RuleVerdict verdict, TokenHashes hashes)
    {
        if (!IsCandidate(text, tokens, last, verdict)) return false;
        Span<int> f = stackalloc int[MaxFeatures];
        int n = Features(text, tokens, i, last, sentenceStart, verdict, hashes, f);
        float score = 0;
        foreach (var k in f[..n]) score += _weights[k];
        return score > 0;
    }

    /// <summary>Hashed feature indices of a gap; training and inference share this one function.</summary>
    internal static int Features(string text, List<Token> tokens, int i, int last, int sentenceStart, RuleVerdict verdict, TokenHashes h, Span<int> f)
    {
        int n = 0;
        int count = tokens.Count;
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
        uint starter = SentenceRules.IsStarter(next.Span.SliceOf(text)) ? 2u : 1u;

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

    private static int H(uint template, uint value) => (int)(Mix(template * 0x9E3779B1u, value) & Mask);

    private static uint Mix(uint a, uint b)
    {
        uint h = a ^ (b * 0x85EBCA6Bu);
        h ^= h >> 15;
        h *= 0xC2B2AE35u;
        h ^= h >> 13;
        return h;
    }

    /// <summary>FNV-1a of the lower-cased token (first 24 chars): the word's identity without a string.</summary>
    internal static uint Lower(string text, Token t)
    {
        uint h = 2166136261;
        int e = Math.Min(t.Span.End, t.Span.Start + 24);
        for (int k = t.Span.Start; k < e; k++)
        {
            char c = text[k];
            h ^= c < 128 ? (uint)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            h *= 16777619;
        }
        return h | 4;
    }

    /// <summary>Collapsed shape: runs of upper "X", lower "x", digit "d" merged, other chars kept ("Xx", "d:d", "X.X.").</summary>
    internal static uint Shape(string text, Token t)
    {
        uint h = 2166136261;
        char last = '\0';
        int e = Math.Min(t.Span.End, t.Span.Start + 16);
        for (int k = t.Span.Start; k < e; k++)
        {
            char c = text[k];
            char s = c < 128
                ? (c is >= 'A' and <= 'Z' ? 'X' : c is >= 'a' and <= 'z' ? 'x' : c is >= '0' and <= '9' ? 'd' : c)
                : char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last && s is 'X' or 'x' or 'd') continue;
            last = s;
            h ^= s;
            h *= 16777619;
        }
        h ^= (uint)Math.Min(t.Span.Length, 6);
        h *= 16777619;
        return h | 8;
    }

    // ---- persistence: sparse (index, weight) pairs, gzip-compressed ----

    public void Save(string path)
    {
        using var w = ModelFiles.CreateWriter(path);
        w.Write(Magic);
        w.Write(Bits);
        int nonZero = _weights.Count(x => x != 0);
        w.Write(nonZero);
        for (int k = 0; k < _weights.Length; k++)
        {
            if (_weights[k] == 0) continue;
            w.Write(k);
            w.Write(_weights[k]);
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
/// Per-paragraph memo of each token's word and shape hashes: a token takes part in up to four gaps'
/// features, so hashing it once saves most of the model's work. One per thread; reset per paragraph.
/// </summary>
public sealed class TokenHashes
{
    private uint[] _lower = new uint[256];
    private uint[] _shape = new uint[256];

    /// <summary>Clears the memo for a paragraph of <paramref name="count"/> tokens.</summary>
    public void Reset(int count)
    {
        if (_lower.Length < count)
        {
            _lower = new uint[Math.Max(count, _lower.Length * 2)];
            _shape = new uint[_lower.Length];
        }
        else
        {
            Array.Clear(_lower, 0, count);
            Array.Clear(_shape, 0, count);
        }
    }

    public uint Lower(string text, List<Token> tokens, int k)
    {
        uint v = _lower[k];
        return v != 0 ? v : _lower[k] = BoundaryModel.Lower(text, tokens[k]);
    }

    public uint Shape(string text, List<Token> tokens, int k)
    {
        uint v = _shape[k];
        return v != 0 ? v : _shape[k] = BoundaryModel.Shape(text, tokens[k]);
    }
}
