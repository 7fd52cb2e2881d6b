using System.IO.Compression;
using System.Text;

namespace Sitrep.Extraction.Syntax;

/// <summary>
/// A frozen averaged-perceptron model: feature key → a short sparse row of (class, weight).
/// Rows are sparse because most features were only ever updated for a few classes; this keeps the
/// parser's 100-odd transition classes affordable. Immutable and thread-safe once loaded.
/// </summary>
public sealed class PerceptronModel
{
    // One slot holds key, start and count together, and one weight holds class and value together, so
    // scoring a feature costs two cache misses rather than five (the parser's speed is memory-bound).
    private struct Slot { public ulong Key; public int Start; public int Count; }
    private struct Weight { public float Value; public int Class; }

    private readonly Slot[] _slots;     // open addressing, power-of-two capacity, Key 0 = empty
    private readonly Weight[] _weights;
    private readonly int _mask;

    public PerceptronModel(string[] classNames, IReadOnlyList<(ulong Key, (byte Class, float Weight)[] Row)> rows, IReadOnlyDictionary<ulong, ulong>? lexicon = null)
    {
        ClassNames = classNames;
        Lexicon = lexicon ?? new Dictionary<ulong, ulong>();
        int cap = 16;
        while (cap < rows.Count * 2) cap <<= 1;
        _slots = new Slot[cap]; _mask = cap - 1;
        int total = rows.Sum(r => r.Row.Length);
        _weights = new Weight[total];
        int at = 0;
        foreach (var (key, row) in rows)
        {
            int slot = (int)(key >> 20) & _mask;
            while (_slots[slot].Key != 0) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Key = key, Start = at, Count = row.Length };
            foreach (var (c, w) in row) _weights[at++] = new Weight { Value = w, Class = c };
        }
        FeatureCount = rows.Count;
        WeightCount = total;
    }

    public string[] ClassNames { get; }
    public int ClassCount => ClassNames.Length;

    /// <summary>A word-hash → value table stored with the model (the tagger keeps each frequent word's set of tags here).</summary>
    public IReadOnlyDictionary<ulong, ulong> Lexicon { get; }
    public int FeatureCount { get; }
    public int WeightCount { get; }

    /// <summary>Adds each feature's row into <paramref name="scores"/> (which the caller zeroes).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots; var ws = _weights;
        // Two passes: find every feature's slot first (independent loads the CPU can overlap), then add rows.
        Span<int> found = stackalloc int[Math.Min(features.Length, 256)];
        int n = 0;
        for (int i = 0; i < features.Length && n < found.Length; i++)
        {
            ulong f = features[i];
            int slot = (int)(f >> 20) & _mask;
            ulong k;
            while ((k = slots[slot].Key) != 0 && k != f) slot = (slot + 1) & _mask;
            if (k != 0) found[n++] = slot;
        }
        for (int i = 0; i < n; i++)
        {
            ref readonly var sl = ref slots[found[i]];
            int e = sl.Start + sl.Count;
            for (int j = sl.Start; j < e; j++) scores[ws[j].Class] += ws[j].Value;
        }
    }

    /// <summary>The same model without weights smaller than <paramref name="prune"/> (features left empty go too).</summary>
    public PerceptronModel Pruned(float prune)
    {
        var rows = new List<(ulong, (byte, float)[])>();
        foreach (var sl in _slots)
        {
            if (sl.Key == 0) continue;
            var row = new List<(byte, float)>();
            for (int j = sl.Start; j < sl.Start + sl.Count; j++)
                if (Math.Abs(_weights[j].Value) >= prune) row.Add(((byte)_weights[j].Class, _weights[j].Value));
            if (row.Count > 0) rows.Add((sl.Key, row.ToArray()));
        }
        return new PerceptronModel(ClassNames, rows, Lexicon);
    }

    private const int Magic = 0x4D505253; // "SRPM"

    public void Save(string path, IReadOnlyDictionary<string, string>? meta = null)
    {
        using var w = Sitrep.Text.ModelFiles.CreateWriter(path);
        w.Write(Magic); w.Write(1);
        w.Write(meta?.Count ?? 0);
        if (meta is not null) foreach (var (k, v) in meta) { w.Write(k); w.Write(v); }
        w.Write(ClassNames.Length);
        foreach (var c in ClassNames) w.Write(c);
        w.Write(FeatureCount);
        // Sorted by key so the file is deterministic for the same training run.
        foreach (var sl in _slots.Where(x => x.Key != 0).OrderBy(x => x.Key))
        {
            w.Write(sl.Key); w.Write((ushort)sl.Count);
            for (int j = sl.Start; j < sl.Start + sl.Count; j++) { w.Write((byte)_weights[j].Class); w.Write((Half)_weights[j].Value); }
        }
        w.Write(Lexicon.Count);
        foreach (var (k, v) in Lexicon.OrderBy(x => x.Key)) { w.Write(k); w.Write(v); }
    }

    /// <summary>Loads a model written by <see cref="Save"/>; null with a reason when the file is not one.</summary>
    public static PerceptronModel? Load(string path, out string? error, out Dictionary<string, string> meta)
    {
        meta = new Dictionary<string, string>();
        error = null;
        try
        {
            using var r = Sitrep.Text.ModelFiles.OpenReader(path);
            if (r.ReadInt32() != Magic) { error = $"{path}: not a Sitrep perceptron model (bad magic number)."; return null; }
            int version = r.ReadInt32();
            if (version != 1) { error = $"{path}: model format version {version} is not supported (expected 1); retrain it."; return null; }
            int nm = r.ReadInt32();
            for (int i = 0; i < nm; i++) { var k = r.ReadString(); meta[k] = r.ReadString(); }
            var names = new string[r.ReadInt32()];
            for (int i = 0; i < names.Length; i++) names[i] = r.ReadString();
            int n = r.ReadInt32();
            var rows = new List<(ulong, (byte, float)[])>(n);
            for (int i = 0; i < n; i++)
            {
                ulong key = r.ReadUInt64(); int c = r.ReadUInt16();
                var row = new (byte, float)[c];
                for (int j = 0; j < c; j++) { var cl = r.ReadByte(); row[j] = (cl, (float)r.ReadHalf()); }
                rows.Add((key, row));
            }
            int nl = r.ReadInt32();
            var lexicon = new Dictionary<ulong, ulong>(nl);
            for (int i = 0; i < nl; i++) { var k = r.ReadUInt64(); lexicon[k] = r.ReadUInt64(); }
            return new PerceptronModel(names, rows, lexicon);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            error = $"{path}: cannot read model ({e.Message}); retrain it with `sitrep train`.";
            return null;
        }
    }
}

/// <summary>
/// Averaged perceptron under training. Each feature owns a small contiguous row of entries
/// (class, weight, running total, last-change time), so memory grows with what was updated, not with
/// features × classes, and scoring a feature reads one cache-friendly array. Averaging uses the usual
/// lazy timestamp trick.
/// </summary>
internal sealed class PerceptronTrainer
{
    private struct Entry
    {
        public int Class;
        public float Weight;
        public int Stamp;
        public double Total;
    }

    private sealed class Row
    {
        public Entry[] Items = new Entry[2];
        public int Count;
    }

    private readonly Dictionary<ulong, Row> _rows = new();
    private int _time;
    private long _entries;

    public PerceptronTrainer(string[] classNames) => ClassNames = classNames;

    public string[] ClassNames { get; }
    public long Entries => _entries;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) continue;
            var items = row.Items;
            for (int i = 0; i < row.Count; i++) scores[items[i].Class] += items[i].Weight;
        }
    }

    /// <summary>One example seen: counts time for averaging even when no update happens.</summary>
    public void Tick() => _time++;

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) _rows[f] = row = new Row();
            Bump(row, truth, 1f);
            Bump(row, guess, -1f);
        }
    }

    private void Bump(Row row, int c, float delta)
    {
        var items = row.Items;
        for (int i = 0; i < row.Count; i++)
        {
            ref var e = ref items[i];
            if (e.Class != c) continue;
            e.Total += (double)(_time - e.Stamp) * e.Weight;
            e.Stamp = _time;
            e.Weight += delta;
            return;
        }
        if (row.Count == items.Length) Array.Resize(ref row.Items, items.Length * 2);
        row.Items[row.Count++] = new Entry { Class = c, Weight = delta, Stamp = _time, Total = 0 };
        _entries++;
    }

    /// <summary>The averaged model, dropping weights whose magnitude is below <paramref name="prune"/>.</summary>
    public PerceptronModel Average(float prune, IReadOnlyDictionary<ulong, ulong>? lexicon = null)
    {
        var rows = new List<(ulong, (byte, float)[])>(_rows.Count);
        var kept = new List<(byte, float)>();
        double t = Math.Max(1, _time);
        foreach (var (key, row) in _rows)
        {
            kept.Clear();
            for (int i = 0; i < row.Count; i++)
            {
                var e = row.Items[i];
                double total = e.Total + (double)(_time - e.Stamp) * e.Weight;
                var avg = (float)(total / t);
                if (Math.Abs(avg) >= prune) kept.Add(((byte)e.Class, avg));
            }
            if (kept.Count > 0) rows.Add((key, kept.OrderBy(x => x.Item1).ToArray()));
        }
        return new PerceptronModel(ClassNames, rows, lexicon);
    }
}
