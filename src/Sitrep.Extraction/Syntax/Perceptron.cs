using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Sitrep.Extraction.Syntax;

/// <summary>
/// A frozen averaged-perceptron model: feature key → a short sparse row of (class, weight).
/// Rows are sparse because most features were only ever updated for a few classes; this keeps the
/// parser's 100-odd transition classes affordable. Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// Scoring is memory-bound (a parser transition looks up ~80 features in a table of ~10^6), so the
/// run-time layout is packed for the cache: a slot is one 8-byte word (32-bit key fingerprint, row
/// start, row length), a sparse weight is one 4-byte word (the class rides in the low 8 mantissa bits
/// of the float, which costs less precision than the file's half-precision weights), and rows that
/// cover at least half the classes are stored dense and added with SIMD. Full keys are kept apart, only
/// for saving and pruning.
/// </remarks>
public sealed class PerceptronModel
{
    private const int MaxStart = (1 << 24) - 1;
    private readonly ulong[] _slots;    // open addressing, power-of-two capacity; 0 = empty; fp << 32 | start << 8 | count (count 0 = dense row)
    private readonly ulong[] _keys;     // full key of each slot (cold: Save and Pruned only)
    private readonly uint[] _sparse;    // float bits with the class in the low byte
    private readonly float[] _dense;    // dense rows, each DenseLength long, DenseStride apart, the first at a 64-byte boundary
    private readonly int _mask;
    private readonly Dictionary<int, ulong> _longRows = new(); // slot → its sparse row, for the long rows scored dense (cold)

    public PerceptronModel(string[] classNames, IReadOnlyList<(ulong Key, (byte Class, float Weight)[] Row)> rows, IReadOnlyDictionary<ulong, ulong>? lexicon = null)
    {
        ClassNames = classNames;
        Lexicon = lexicon ?? new Dictionary<ulong, ulong>();
        if (classNames.Length > 255) throw new ArgumentException($"{classNames.Length} classes; a perceptron model holds at most 255.");
        DenseLength = (classNames.Length + 7) & ~7;
        // (Parser, 104 classes: rows of 17 classes and more, some 3 MB of dense rows that take over 4/5 of its scattered adds.)
        DenseFrom = classNames.Length < 8 ? int.MaxValue : Math.Max(6, classNames.Length / 6);
        int cap = 16;
        while (cap < rows.Count * 2) cap <<= 1;
        _slots = HugePages.Allocate<ulong>(cap); _keys = new ulong[cap]; _mask = cap - 1;
        int sparseTotal = 0, denseRows = 0, total = 0;
        foreach (var (_, row) in rows)
        {
            foreach (var (c, _) in row)
                if (c >= classNames.Length) throw new ArgumentException($"a weight for class {c}; the model has {classNames.Length} classes.");
            total += row.Length;
            if (IsDense(row.Length)) denseRows++;
            else { sparseTotal += row.Length; if (row.Length >= DenseFrom) denseRows++; }
        }
        // Dense rows start on 64-byte boundaries (a cache line, one 512-bit vector), so adding one never splits a load.
        int stride = (DenseLength + 15) & ~15;
        if (sparseTotal > MaxStart || (long)denseRows * stride + 16 > MaxStart)
            throw new ArgumentException($"model too large ({sparseTotal:N0} sparse weights, {denseRows:N0} dense rows): prune it harder.");
        _sparse = HugePages.Allocate<uint>(sparseTotal);
        _dense = GC.AllocateArray<float>(denseRows * stride + 16, pinned: true);
        int at = 0, denseAt = AlignedStart(_dense);
        foreach (var (key, row) in rows)
        {
            if (key == 0) continue;
            int slot = SlotOf(key);
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            ulong fp = (ulong)(uint)key << 32;
            if (IsDense(row.Length))
            {
                foreach (var (c, w) in row) _dense[denseAt + c] += w;
                _slots[slot] = fp | (ulong)denseAt << 8;
                denseAt += stride;
            }
            else
            {
                _slots[slot] = fp | (ulong)at << 8 | (uint)row.Length;
                foreach (var (c, w) in row) _sparse[at++] = Pack(c, w);
                if (row.Length >= DenseFrom)
                {
                    // A long sparse row is also laid out dense, with its sparse weights' values (a class it lacks adds 0,
                    // which leaves every sum as it was), and scored from there; the sparse copy stays for Rows().
                    _longRows[slot] = _slots[slot];
                    for (int j = at - row.Length; j < at; j++) _dense[denseAt + (int)(_sparse[j] & 0xFF)] += ValueOf(_sparse[j]);
                    _slots[slot] = fp | (ulong)denseAt << 8;
                    denseAt += stride;
                }
            }
            _keys[slot] = key;
        }
        FeatureCount = rows.Count;
        WeightCount = total;
    }

    // Keys always have their low bit set, so a fingerprint (the low 32 bits) is never 0; the slot index
    // comes from the high bits, independent of the fingerprint.
    private int SlotOf(ulong key) => (int)(key >> 40) & _mask;
    private bool IsDense(int rowLength) => rowLength * 2 >= ClassNames.Length && ClassNames.Length >= 8;
    private static unsafe int AlignedStart(float[] pinned)
    {
        fixed (float* p = pinned) return (int)((64 - ((nint)p & 63)) & 63) / sizeof(float);
    }

    private static uint Pack(byte c, float w) => ((uint)BitConverter.SingleToInt32Bits(w) & ~0xFFu) | c;
    private static float ValueOf(uint packed) => BitConverter.Int32BitsToSingle((int)(packed & ~0xFFu));

    public string[] ClassNames { get; }
    public int ClassCount => ClassNames.Length;

    /// <summary>Sparse rows at least this long are scored dense: one SIMD add of the row beats a scattered add per class.</summary>
    private int DenseFrom { get; }

    /// <summary>Length a score buffer should have for the fastest <see cref="Score"/>: <see cref="ClassCount"/> rounded up to a SIMD width.</summary>
    public int DenseLength { get; }

    /// <summary>
    /// A <see cref="DenseLength"/>-long score buffer cut from <paramref name="buffer"/> (<see cref="DenseLength"/> + 15 long,
    /// on the stack) where it starts on a 64-byte boundary: dense rows are then added without split loads. Any buffer
    /// scores the same; this one is faster.
    /// </summary>
    public static unsafe Span<float> Aligned(Span<float> buffer, int length)
    {
        nint address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(buffer));
        int skip = (int)((64 - (address & 63)) & 63) / sizeof(float);
        return skip + length <= buffer.Length ? buffer.Slice(skip, length) : buffer[..length];
    }

    /// <summary>A word-hash → value table stored with the model (the tagger keeps each frequent word's set of tags here).</summary>
    public IReadOnlyDictionary<ulong, ulong> Lexicon { get; }
    public int FeatureCount { get; }
    public int WeightCount { get; }

    /// <summary>Adds each feature's row into <paramref name="scores"/> (which the caller zeroes; at least <see cref="ClassCount"/> long).</summary>
    /// <remarks>
    /// Each class's score is the sum of its weights in feature order, as it always was (the order matters to the last
    /// bit of a float sum, and so to a near tie); the passes below only schedule the memory loads.
    /// </remarks>
    public static List<(PerceptronModel, ulong[])>? ScratchRecord;
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ScratchRecord?.Add((this, features.ToArray()));
        if (scores.Length < ClassNames.Length) throw new ArgumentException($"scores holds {scores.Length} classes; the model has {ClassNames.Length}.", nameof(scores));
        var slots = _slots;
        int m = Math.Min(features.Length, 256);
        // Three passes. (1) Every feature's home slot, with no branch on what comes back, so that the cache misses are
        // all in flight at once. (2) The few probes past it, and a prefetch of each sparse row found, so that those
        // misses overlap too (a long row keeps the CPU busy long enough that it would not reach the next row's load on
        // its own). (3) The rows, added in feature order.
        Span<ulong> found = stackalloc ulong[m];
        for (int i = 0; i < m; i++) found[i] = slots[SlotOf(features[i])];
        var sparse = _sparse; var dense = _dense;
        int n = 0;
        for (int i = 0; i < m; i++)
        {
            ulong f = features[i];
            uint fp = (uint)f;
            ulong s = found[i];
            if ((uint)(s >> 32) != fp && s != 0)
            {
                int slot = SlotOf(f);
                do slot = (slot + 1) & _mask; while ((s = slots[slot]) != 0 && (uint)(s >> 32) != fp);
            }
            if (s == 0) continue;
            found[n++] = s;
            int count = (int)(s & 0xFF);
            if (count != 0) Prefetch(sparse, (int)(s >> 8) & MaxStart, count);
        }
        bool simd = scores.Length >= DenseLength;
        ref float score0 = ref MemoryMarshal.GetReference(scores);
        ref uint sparse0 = ref MemoryMarshal.GetArrayDataReference(sparse);
        for (int i = 0; i < n; i++)
        {
            ulong s = found[i];
            int start = (int)(s >> 8) & MaxStart, count = (int)(s & 0xFF);
            if (count == 0)
            {
                if (simd)
                {
                    // The dense rows that come next in a row, added together (each class still in feature order).
                    int end = i + 1;
                    while (end < n && (found[end] & 0xFF) == 0) end++;
                    AddDense(dense, found[i..end], scores);
                    i = end - 1;
                    continue;
                }
                var row = dense.AsSpan(start, DenseLength);
                for (int c = 0; c < ClassNames.Length; c++) scores[c] += row[c];
                continue;
            }
            // Unchecked: the row lies inside _sparse (the constructor laid it out) and its classes are below
            // ClassCount (checked on load), which the scores are at least.
            ref uint row0 = ref Unsafe.Add(ref sparse0, start);
            for (int j = 0; j < count; j++)
            {
                uint p = Unsafe.Add(ref row0, j);
                Unsafe.Add(ref score0, (int)(p & 0xFF)) += ValueOf(p);
            }
        }
    }

    /// <summary>Asks for the cache lines of a sparse row ahead of use (x86; a no-op elsewhere).</summary>
    private static unsafe void Prefetch(uint[] sparse, int start, int count)
    {
        if (!Sse.IsSupported) return;
        fixed (uint* p = &sparse[start])
        {
            Sse.Prefetch0(p);
            Sse.Prefetch0(p + count - 1);
        }
    }

    /// <summary>Adds dense rows (slot words, in order) into the scores.</summary>
    /// <remarks>
    /// Not inlined: a method with 512-bit vectors has no usable ReadyToRun code on a CPU that has them, so inlined
    /// here it would take <see cref="Score"/> out of the CLI's precompiled code and its tiered recompilation
    /// (the CLI's `eval events` speed line measured slower that way).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddDense(float[] dense, ReadOnlySpan<ulong> rows, Span<float> scores)
    {
        ref float d = ref MemoryMarshal.GetArrayDataReference(dense);
        ref float s = ref MemoryMarshal.GetReference(scores);
        int length = DenseLength;
        if (Vector512.IsHardwareAccelerated && length <= 128)
        {
            // Every class's sum in a register at once (up to eight 512-bit vectors and a 256-bit one, as many as the
            // classes need), then the rows one after the other: the additions of a row are independent of each other,
            // and each class still gets one addition per row, in row order.
            int wide = length / 16;
            bool half = (length & 8) != 0;
            Vector512<float> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
            Vector256<float> h = default;
            if (wide > 0) a0 = Vector512.LoadUnsafe(ref s, 0);
            if (wide > 1) a1 = Vector512.LoadUnsafe(ref s, 16);
            if (wide > 2) a2 = Vector512.LoadUnsafe(ref s, 32);
            if (wide > 3) a3 = Vector512.LoadUnsafe(ref s, 48);
            if (wide > 4) a4 = Vector512.LoadUnsafe(ref s, 64);
            if (wide > 5) a5 = Vector512.LoadUnsafe(ref s, 80);
            if (wide > 6) a6 = Vector512.LoadUnsafe(ref s, 96);
            if (wide > 7) a7 = Vector512.LoadUnsafe(ref s, 112);
            if (half) h = Vector256.LoadUnsafe(ref s, (nuint)wide * 16);
            foreach (var row in rows)
            {
                ref float r = ref Unsafe.Add(ref d, (nint)((row >> 8) & MaxStart));
                if (wide > 0) a0 += Vector512.LoadUnsafe(ref r, 0);
                if (wide > 1) a1 += Vector512.LoadUnsafe(ref r, 16);
                if (wide > 2) a2 += Vector512.LoadUnsafe(ref r, 32);
                if (wide > 3) a3 += Vector512.LoadUnsafe(ref r, 48);
                if (wide > 4) a4 += Vector512.LoadUnsafe(ref r, 64);
                if (wide > 5) a5 += Vector512.LoadUnsafe(ref r, 80);
                if (wide > 6) a6 += Vector512.LoadUnsafe(ref r, 96);
                if (wide > 7) a7 += Vector512.LoadUnsafe(ref r, 112);
                if (half) h += Vector256.LoadUnsafe(ref r, (nuint)wide * 16);
            }
            if (wide > 0) a0.StoreUnsafe(ref s, 0);
            if (wide > 1) a1.StoreUnsafe(ref s, 16);
            if (wide > 2) a2.StoreUnsafe(ref s, 32);
            if (wide > 3) a3.StoreUnsafe(ref s, 48);
            if (wide > 4) a4.StoreUnsafe(ref s, 64);
            if (wide > 5) a5.StoreUnsafe(ref s, 80);
            if (wide > 6) a6.StoreUnsafe(ref s, 96);
            if (wide > 7) a7.StoreUnsafe(ref s, 112);
            if (half) h.StoreUnsafe(ref s, (nuint)wide * 16);
            return;
        }
        // Elsewhere 256-bit vectors (the JIT lowers them to two 128-bit halves where needed; DenseLength is a multiple
        // of 8), one vector of classes at a time across the rows.
        for (nuint i = 0; i < (nuint)length; i += 8)
        {
            var sum = Vector256.LoadUnsafe(ref s, i);
            foreach (var row in rows) sum += Vector256.LoadUnsafe(ref d, (nuint)((row >> 8) & MaxStart) + i);
            sum.StoreUnsafe(ref s, i);
        }
    }

    /// <summary>Every stored (key, row) pair, rows in class order.</summary>
    private IEnumerable<(ulong Key, (byte Class, float Weight)[] Row)> Rows()
    {
        for (int slot = 0; slot < _slots.Length; slot++)
        {
            ulong s = _slots[slot];
            if (s == 0) continue;
            if (_longRows.TryGetValue(slot, out var sparseRow)) s = sparseRow;
            int start = (int)(s >> 8) & MaxStart, count = (int)(s & 0xFF);
            (byte, float)[] row;
            if (count == 0)
            {
                var r = new List<(byte, float)>();
                for (int c = 0; c < ClassNames.Length; c++) if (_dense[start + c] != 0) r.Add(((byte)c, _dense[start + c]));
                row = r.ToArray();
            }
            else
            {
                row = new (byte, float)[count];
                for (int j = 0; j < count; j++) { uint p = _sparse[start + j]; row[j] = ((byte)(p & 0xFF), ValueOf(p)); }
            }
            yield return (_keys[slot], row);
        }
    }

    /// <summary>The same model without weights smaller than <paramref name="prune"/> (features left empty go too).</summary>
    public PerceptronModel Pruned(float prune)
    {
        var rows = new List<(ulong, (byte, float)[])>();
        foreach (var (key, row) in Rows())
        {
            var kept = row.Where(x => Math.Abs(x.Weight) >= prune).ToArray();
            if (kept.Length > 0) rows.Add((key, kept));
        }
        return new PerceptronModel(ClassNames, rows, Lexicon);
    }

    /// <summary>
    /// The mean of models trained alike on the same data (same classes and lexicon, other shuffling seeds): one
    /// model that votes like the ensemble at the cost of one. Weights smaller than <paramref name="prune"/> go.
    /// </summary>
    public static PerceptronModel Mean(IReadOnlyList<PerceptronModel> models, float prune)
    {
        if (models.Count == 0) throw new ArgumentException("no models to average.");
        var first = models[0];
        if (models.Any(m => !m.ClassNames.SequenceEqual(first.ClassNames)))
            throw new ArgumentException("models to average must have the same classes.");
        // Sparse sums: a parser's rows hold a few of its ~100 classes.
        var sums = new Dictionary<ulong, List<(byte Class, float Weight)>>();
        foreach (var m in models)
            foreach (var (key, row) in m.Rows())
            {
                if (!sums.TryGetValue(key, out var sum)) sums[key] = sum = new List<(byte, float)>(row.Length);
                sum.AddRange(row);
            }
        var rows = new List<(ulong, (byte, float)[])>(sums.Count);
        foreach (var (key, sum) in sums)
        {
            var kept = sum.GroupBy(x => x.Class)
                .Select(g => (Class: g.Key, Weight: g.Sum(x => x.Weight) / models.Count))
                .Where(x => x.Weight != 0 && Math.Abs(x.Weight) >= prune)
                .OrderBy(x => x.Class).ToArray();
            if (kept.Length > 0) rows.Add((key, kept));
        }
        return new PerceptronModel(first.ClassNames, rows, first.Lexicon);
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
        foreach (var (key, row) in Rows().OrderBy(x => x.Key))
        {
            w.Write(key); w.Write((ushort)row.Length);
            foreach (var (c, v) in row) { w.Write(c); w.Write((Half)v); }
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
