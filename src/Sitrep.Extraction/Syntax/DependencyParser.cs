namespace Sitrep.Extraction.Syntax;

/// <summary>
/// Greedy arc-eager transition parser with an averaged perceptron (Zhang &amp; Nivre style rich
/// features: stack/buffer words and tags, head and child words, labels, valency, label sets, distance),
/// trained with the Goldberg &amp; Nivre dynamic oracle. Classes: SHIFT, REDUCE, LEFT-l, RIGHT-l.
/// One root per sentence: only ROOT's first RIGHT arc may take the "root" label, and no other arc may.
/// Immutable once built; thread-safe.
/// </summary>
public sealed class DependencyParser
{
    internal const int MaxFeatures = 100;
    private const int Shift = 0, Reduce = 1;
    private readonly PerceptronModel _model;
    private readonly int _labelCount;
    private readonly int _rootLabel;
    private readonly int _fallbackLabel;

    public DependencyParser(PerceptronModel model)
    {
        _model = model;
        // Class names: "S", "D", then "L:label" / "R:label" pairs in label order.
        _labelCount = (model.ClassCount - 2) / 2;
        Labels = Enumerable.Range(0, _labelCount).Select(l => model.ClassNames[2 + 2 * l][2..]).ToArray();
        _rootLabel = Array.IndexOf(Labels, "root");
        _fallbackLabel = Array.IndexOf(Labels, "dep") is var d and >= 0 ? d : 0;
        _lexicon = model.Lexicon.Count > 0 ? model.Lexicon : null;
        _featureSet = _lexicon is null ? 0 : _lexicon.TryGetValue(FeatureSetKey, out var v) ? (int)v : 1;
    }

    // The feature set a model was trained with, kept in its lexicon under a key no word hashes to in practice:
    // 0 = no lexicon (the original Zhang & Nivre set), 1 = + tag sets of s0/n0/n1, 2 = + tag sets around them.
    private const ulong FeatureSetKey = 0;
    private const int CurrentFeatureSet = 2;
    private readonly int _featureSet;

    // Each frequent training word's set of gold tags (as the tagger's lexicon): lets the parser hedge
    // against a tagging error ("that" tagged PRON but seen as SCONJ too). Models without one skip those features.
    private readonly IReadOnlyDictionary<ulong, ulong>? _lexicon;

    public PerceptronModel Model => _model;
    public string[] Labels { get; }

    internal static string[] ClassNamesFor(string[] labels) =>
        new[] { "S", "D" }.Concat(labels.SelectMany(l => new[] { "L:" + l, "R:" + l })).ToArray();

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/> gets 1-based heads (0 = root), <paramref name="labels"/>
    /// label indices into <see cref="Labels"/>.
    /// </summary>
    internal void Parse(ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, Span<int> heads, Span<byte> labels)
    {
        var st = new State(words.Length, _labelCount);
        st.Load(words, tags, _lexicon, _featureSet);
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> scores = PerceptronModel.Aligned(stackalloc float[_model.DenseLength + 15], _model.DenseLength);
        int classes = _model.ClassCount;
        while (!st.Done)
        {
            int n = st.Features(feats);
            scores.Clear();
            _model.Score(feats[..n], scores);
            // Validity depends only on the transition kind (and, for arcs, whether the label is root), so it is
            // worked out once per step rather than once per class.
            st.ValidKinds(_rootLabel, out bool shift, out bool reduce, out bool left, out bool right, out bool rightRootOnly);
            int best = -1;
            float bestScore = float.NegativeInfinity;
            if (shift) { best = Shift; bestScore = scores[Shift]; }
            if (reduce && (best < 0 || scores[Reduce] > bestScore)) { best = Reduce; bestScore = scores[Reduce]; }
            for (int c = 2; c < classes; c++)
            {
                if (scores[c] <= bestScore && best >= 0) continue;
                bool isRoot = (c - 2) >> 1 == _rootLabel;
                if ((c & 1) == 0 ? left && !isRoot : right && isRoot == rightRootOnly) { best = c; bestScore = scores[c]; }
            }
            if (best < 0) break;
            st.Apply(best);
        }
        st.Finish(_rootLabel, _fallbackLabel);
        for (int i = 1; i <= words.Length; i++) { heads[i - 1] = st.Head[i]; labels[i - 1] = (byte)st.Label[i]; }
    }

    public (int[] Heads, string[] Labels) Parse(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        var w = words.Select(x => FeatureHash.OfLower(x)).ToArray();
        var t = tags.Select(FeatureHash.Of).ToArray();
        var h = new int[w.Length]; var l = new byte[w.Length];
        Parse(w, t, h, l);
        return (h, l.Select(x => Labels[x]).ToArray());
    }

    /// <summary>Trains on treebank sentences with the given tag sequences (gold or predicted), printing progress.</summary>
    public static DependencyParser Train(IReadOnlyList<TreebankSentence> sentences, IReadOnlyList<string[]> tags, int epochs, float prune, TextWriter log, int seed = 1, Action<int, DependencyParser>? afterEpoch = null)
    {
        var labelNames = sentences.SelectMany(s => s.Labels).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (labelNames.Length > 126) throw new InvalidOperationException($"{labelNames.Length} dependency labels; the parser supports at most 126.");
        var labelIndex = labelNames.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        int rootLabel = labelIndex.GetValueOrDefault("root", -1);
        var classNames = ClassNamesFor(labelNames);
        var trainer = new PerceptronTrainer(classNames);
        var tagIndex = sentences.SelectMany(s => s.Upos).Distinct().Order(StringComparer.Ordinal).Select((t, i) => (t, i)).ToDictionary(x => x.t, x => (byte)x.i);
        // Tag sets of words seen 3 times (the tagger keeps them from twice; here that gave no gain).
        var lexicon = PosTagger.BuildLexicon(sentences, tagIndex, minCount: 3);
        lexicon[FeatureSetKey] = CurrentFeatureSet;
        var data = sentences.Select((s, k) => (
            W: s.Forms.Select(x => FeatureHash.OfLower(x)).ToArray(),
            T: tags[k].Select(FeatureHash.Of).ToArray(),
            H: s.Heads,
            L: s.Labels.Select(l => labelIndex[l]).ToArray())).ToArray();
        var rng = new Random(seed);
        var order = Enumerable.Range(0, data.Length).ToArray();
        var feats = new ulong[MaxFeatures];
        var scores = new float[classNames.Length];
        var costs = new int[classNames.Length];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long steps = 0, correct = 0, arcs = 0, goodArcs = 0;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            foreach (var si in order)
            {
                var (w, t, gh, gl) = data[si];
                if (w.Length > 200) continue;
                var st = new State(w.Length, labelNames.Length);
                st.Load(w, t, lexicon, CurrentFeatureSet);
                while (!st.Done)
                {
                    int n = st.Features(feats);
                    Array.Clear(scores);
                    trainer.Score(feats.AsSpan(0, n), scores);
                    st.Costs(gh, gl, rootLabel, costs);
                    int pred = -1, gold = -1, minCost = int.MaxValue;
                    for (int c = 0; c < classNames.Length; c++)
                    {
                        if (costs[c] < 0) continue; // invalid
                        if (pred < 0 || scores[c] > scores[pred]) pred = c;
                        if (costs[c] < minCost || (costs[c] == minCost && scores[c] > scores[gold])) { minCost = costs[c]; gold = c; }
                    }
                    if (pred < 0) break;
                    trainer.Tick();
                    steps++;
                    if (costs[pred] == minCost) correct++;
                    else trainer.Update(feats.AsSpan(0, n), gold, pred);
                    // Explore the model's own mistakes after the first epoch (dynamic oracle).
                    int next = epoch > 0 && costs[pred] != minCost && rng.NextDouble() < 0.9 ? pred : (costs[pred] == minCost ? pred : gold);
                    st.Apply(next);
                }
                st.Finish(rootLabel, 0);
                for (int i = 1; i <= w.Length; i++) { arcs++; if (st.Head[i] == gh[i - 1]) goodArcs++; }
            }
            log.WriteLine($"  parser epoch {epoch + 1}/{epochs}: oracle-agreement {(double)correct / steps:F4}, train UAS {(double)goodArcs / arcs:F4} ({sw.Elapsed.TotalSeconds:F0}s, {trainer.Entries:N0} weights)");
            // Checkpoints: on a shared machine a long run can be stopped and still leave a usable model.
            if (afterEpoch is not null && epoch > 0 && epoch < epochs - 1) afterEpoch(epoch + 1, new DependencyParser(trainer.Average(prune, lexicon)));
        }
        return new DependencyParser(trainer.Average(prune, lexicon));
    }

    /// <summary>Parser configuration. Nodes are 0 (ROOT) and 1..n; -1 means none.</summary>
    private sealed class State
    {
        private readonly int _n, _labels;
        private readonly int[] _stack;
        private int _sp;
        private int _b;
        public readonly int[] Head, Label;
        private readonly int[] _lc1, _lc2, _rc1, _rc2, _nl, _nr;
        private readonly ulong[] _ls, _rs;
        private readonly ulong[] _w, _t, _a;
        private bool _rootUsed, _useAmb, _wideAmb;

        public State(int n, int labels)
        {
            _n = n; _labels = labels;
            _stack = new int[n + 1];
            Head = new int[n + 1]; Label = new int[n + 1];
            _lc1 = new int[n + 1]; _lc2 = new int[n + 1]; _rc1 = new int[n + 1]; _rc2 = new int[n + 1];
            _nl = new int[n + 1]; _nr = new int[n + 1]; _ls = new ulong[n + 1]; _rs = new ulong[n + 1];
            _w = new ulong[n + 1]; _t = new ulong[n + 1]; _a = new ulong[n + 1];
            for (int i = 0; i <= n; i++) { Head[i] = -1; Label[i] = -1; _lc1[i] = _lc2[i] = _rc1[i] = _rc2[i] = -1; }
            _stack[_sp++] = 0;
            _b = 1;
        }

        private static readonly ulong RootWord = FeatureHash.Of("<ROOT>");
        private static readonly ulong NoneHash = FeatureHash.Of("<NONE>");

        public void Load(ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, IReadOnlyDictionary<ulong, ulong>? lexicon, int featureSet)
        {
            _w[0] = RootWord; _t[0] = RootWord; _a[0] = RootWord;
            for (int i = 0; i < _n; i++) { _w[i + 1] = words[i]; _t[i + 1] = tags[i]; }
            _useAmb = lexicon is not null && featureSet >= 1;
            _wideAmb = _useAmb && featureSet >= 2;
            if (lexicon is not null)
                for (int i = 0; i < _n; i++) _a[i + 1] = lexicon.TryGetValue(words[i], out var a) ? a : 0;
        }

        public bool Done => _b > _n;

        public bool Valid(int c, int rootLabel)
        {
            if (_b > _n) return false;
            int s0 = _sp > 0 ? _stack[_sp - 1] : -1;
            if (c == Shift) return true;
            if (c == Reduce) return s0 > 0 && Head[s0] >= 0;
            int label = (c - 2) >> 1;
            bool left = ((c - 2) & 1) == 0;
            if (s0 < 0) return false;
            if (left) return s0 > 0 && Head[s0] < 0 && label != rootLabel;
            if (s0 == 0) return label == rootLabel && !_rootUsed;
            return label != rootLabel;
        }

        /// <summary>The same answers as <see cref="Valid"/>, by transition kind: RIGHT arcs from ROOT must be labelled root, others must not.</summary>
        public void ValidKinds(int rootLabel, out bool shift, out bool reduce, out bool left, out bool right, out bool rightRootOnly)
        {
            int s0 = _sp > 0 ? _stack[_sp - 1] : -1;
            bool open = _b <= _n;
            shift = open;
            reduce = open && s0 > 0 && Head[s0] >= 0;
            left = open && s0 > 0 && Head[s0] < 0;
            rightRootOnly = s0 == 0;
            right = open && s0 >= 0 && (s0 != 0 || (!_rootUsed && rootLabel >= 0));
        }

        public void Apply(int c)
        {
            int s0 = _stack[_sp - 1];
            if (c == Shift) { _stack[_sp++] = _b++; return; }
            if (c == Reduce) { _sp--; return; }
            int label = (c - 2) >> 1;
            if (((c - 2) & 1) == 0)
            {
                AddArc(_b, s0, label);
                _sp--;
            }
            else
            {
                AddArc(s0, _b, label);
                if (s0 == 0) _rootUsed = true;
                _stack[_sp++] = _b++;
            }
        }

        private void AddArc(int h, int d, int label)
        {
            Head[d] = h; Label[d] = label;
            ulong bit = 1UL << (label & 63);
            if (d < h)
            {
                _nl[h]++; _ls[h] |= bit;
                if (_lc1[h] < 0 || d < _lc1[h]) { _lc2[h] = _lc1[h]; _lc1[h] = d; }
                else if (_lc2[h] < 0 || d < _lc2[h]) _lc2[h] = d;
            }
            else
            {
                _nr[h]++; _rs[h] |= bit;
                if (d > _rc1[h]) { _rc2[h] = _rc1[h]; _rc1[h] = d; }
                else if (d > _rc2[h]) _rc2[h] = d;
            }
        }

        /// <summary>Words left without a head attach to the root word (or the first becomes the root).</summary>
        public void Finish(int rootLabel, int fallbackLabel)
        {
            int root = -1;
            for (int i = 1; i <= _n; i++) if (Head[i] == 0) { root = i; break; }
            for (int i = 1; i <= _n; i++)
            {
                if (Head[i] >= 0) continue;
                if (root < 0) { root = i; Head[i] = 0; Label[i] = Math.Max(0, rootLabel); }
                else { Head[i] = root; Label[i] = fallbackLabel; }
            }
        }

        /// <summary>Dynamic-oracle cost of each class (-1 = not allowed): gold arcs made unreachable, plus a wrong label.</summary>
        public void Costs(int[] gh, int[] gl, int rootLabel, int[] costs)
        {
            int s0 = _sp > 0 ? _stack[_sp - 1] : -1;
            int b0 = _b;
            // gold head of node x (1-based nodes; gh is 0-based by word)
            int G(int x) => x <= 0 ? -1 : gh[x - 1];
            int classes = costs.Length;
            for (int c = 0; c < classes; c++) costs[c] = Valid(c, rootLabel) ? 0 : -1;

            // SHIFT: b0 loses heads and dependents on the stack.
            if (costs[Shift] >= 0)
            {
                int cost = 0;
                int gb = G(b0);
                for (int i = 0; i < _sp; i++)
                {
                    int k = _stack[i];
                    if (k > 0 && Head[k] < 0 && G(k) == b0) cost++;
                    if (gb == k && (k != 0 || !_rootUsed)) cost++;
                }
                costs[Shift] = cost;
            }
            // REDUCE: s0 loses its dependents still in the buffer.
            if (costs[Reduce] >= 0)
            {
                int cost = 0;
                for (int k = b0; k <= _n; k++) if (G(k) == s0) cost++;
                costs[Reduce] = cost;
            }
            if (s0 < 0) return;
            // LEFT: s0 loses dependents in the buffer and a gold head in the buffer other than b0.
            int leftBase = 0;
            int gs = G(s0);
            if (s0 > 0)
            {
                for (int k = b0; k <= _n; k++) if (G(k) == s0) leftBase++;
                if (gs > b0) leftBase++;
                if (gs == 0 && !_rootUsed) leftBase++;
            }
            // RIGHT: b0 loses a gold head elsewhere (stack or buffer) and headless stack dependents.
            int rightBase = 0;
            int gb0 = G(b0);
            if (gb0 != s0)
            {
                if (gb0 > b0) rightBase++;
                else for (int i = 0; i < _sp - 1; i++) if (_stack[i] == gb0 && (gb0 != 0 || !_rootUsed)) { rightBase++; break; }
            }
            for (int i = 0; i < _sp; i++) { int k = _stack[i]; if (k > 0 && Head[k] < 0 && G(k) == b0) rightBase++; }
            for (int l = 0; l < _labels; l++)
            {
                int lc = 2 + 2 * l, rc = lc + 1;
                if (costs[lc] >= 0) costs[lc] = leftBase + (gs == b0 && gl[s0 - 1] != l ? 1 : 0);
                if (costs[rc] >= 0) costs[rc] = rightBase + (gb0 == s0 && gl[b0 - 1] != l ? 1 : 0);
            }
        }

        private ulong W(int x) => x < 0 ? NoneHash : _w[x];
        private ulong T(int x) => x < 0 ? NoneHash : _t[x];
        private ulong A(int x) => x < 0 ? NoneHash : _a[x];
        private ulong L(int x) => x < 0 || Label[x] < 0 ? NoneHash : (ulong)Label[x] + 7;
        private static int Nth(int x, int[] a) => x < 0 ? -1 : a[x];

        public int Features(Span<ulong> f)
        {
            int s0 = _sp > 0 ? _stack[_sp - 1] : -1;
            int s1 = _sp > 1 ? _stack[_sp - 2] : -1;
            int n0 = _b <= _n ? _b : -1;
            int n1 = _b + 1 <= _n ? _b + 1 : -1;
            int n2 = _b + 2 <= _n ? _b + 2 : -1;
            int s0h = s0 > 0 ? Head[s0] : -1;
            int s0h2 = s0h > 0 ? Head[s0h] : -1;
            int s0l = Nth(s0, _lc1), s0l2 = Nth(s0, _lc2), s0r = Nth(s0, _rc1), s0r2 = Nth(s0, _rc2);
            int n0l = Nth(n0, _lc1), n0l2 = Nth(n0, _lc2);
            ulong s0w = W(s0), s0p = T(s0), n0w = W(n0), n0p = T(n0), n1w = W(n1), n1p = T(n1), n2w = W(n2), n2p = T(n2);
            ulong s0wp = FeatureHash.Mix(s0w, s0p), n0wp = FeatureHash.Mix(n0w, n0p), n1wp = FeatureHash.Mix(n1w, n1p), n2wp = FeatureHash.Mix(n2w, n2p);
            ulong dist = s0 >= 0 && n0 >= 0 ? (ulong)Math.Min(n0 - s0, 6) + (ulong)(n0 - s0 > 10 ? 10 : 0) : 99;
            ulong s0vl = s0 >= 0 ? (ulong)_nl[s0] : 99, s0vr = s0 >= 0 ? (ulong)_nr[s0] : 99, n0vl = n0 >= 0 ? (ulong)_nl[n0] : 99;
            ulong s0sl = s0 >= 0 ? _ls[s0] : 0, s0sr = s0 >= 0 ? _rs[s0] : 0, n0sl = n0 >= 0 ? _ls[n0] : 0;
            int k = 0;
            f[k++] = FeatureHash.Key(100, 0);
            // single words
            f[k++] = FeatureHash.Key(1, s0wp); f[k++] = FeatureHash.Key(2, s0w); f[k++] = FeatureHash.Key(3, s0p);
            f[k++] = FeatureHash.Key(4, n0wp); f[k++] = FeatureHash.Key(5, n0w); f[k++] = FeatureHash.Key(6, n0p);
            f[k++] = FeatureHash.Key(7, n1wp); f[k++] = FeatureHash.Key(8, n1w); f[k++] = FeatureHash.Key(9, n1p);
            f[k++] = FeatureHash.Key(10, n2wp); f[k++] = FeatureHash.Key(11, n2w); f[k++] = FeatureHash.Key(12, n2p);
            // pairs
            f[k++] = FeatureHash.Key(13, s0wp, n0wp); f[k++] = FeatureHash.Key(14, s0wp, n0w); f[k++] = FeatureHash.Key(15, s0w, n0wp);
            f[k++] = FeatureHash.Key(16, s0wp, n0p); f[k++] = FeatureHash.Key(17, s0p, n0wp); f[k++] = FeatureHash.Key(18, s0w, n0w);
            f[k++] = FeatureHash.Key(19, s0p, n0p); f[k++] = FeatureHash.Key(20, n0p, n1p);
            // triples
            f[k++] = FeatureHash.Key(21, n0p, n1p, n2p); f[k++] = FeatureHash.Key(22, s0p, n0p, n1p);
            f[k++] = FeatureHash.Key(23, T(s0h), s0p, n0p); f[k++] = FeatureHash.Key(24, s0p, T(s0l), n0p);
            f[k++] = FeatureHash.Key(25, s0p, T(s0r), n0p); f[k++] = FeatureHash.Key(26, s0p, n0p, T(n0l));
            // distance
            f[k++] = FeatureHash.Key(27, s0w, dist); f[k++] = FeatureHash.Key(28, s0p, dist); f[k++] = FeatureHash.Key(29, n0w, dist);
            f[k++] = FeatureHash.Key(30, n0p, dist); f[k++] = FeatureHash.Key(31, FeatureHash.Mix(s0w, n0w), dist); f[k++] = FeatureHash.Key(32, FeatureHash.Mix(s0p, n0p), dist);
            // valency
            f[k++] = FeatureHash.Key(33, s0w, s0vr); f[k++] = FeatureHash.Key(34, s0p, s0vr); f[k++] = FeatureHash.Key(35, s0w, s0vl);
            f[k++] = FeatureHash.Key(36, s0p, s0vl); f[k++] = FeatureHash.Key(37, n0w, n0vl); f[k++] = FeatureHash.Key(38, n0p, n0vl);
            // unigrams: heads, children, labels
            f[k++] = FeatureHash.Key(39, W(s0h)); f[k++] = FeatureHash.Key(40, T(s0h)); f[k++] = FeatureHash.Key(41, L(s0));
            f[k++] = FeatureHash.Key(42, W(s0l)); f[k++] = FeatureHash.Key(43, T(s0l)); f[k++] = FeatureHash.Key(44, L(s0l));
            f[k++] = FeatureHash.Key(45, W(s0r)); f[k++] = FeatureHash.Key(46, T(s0r)); f[k++] = FeatureHash.Key(47, L(s0r));
            f[k++] = FeatureHash.Key(48, W(n0l)); f[k++] = FeatureHash.Key(49, T(n0l)); f[k++] = FeatureHash.Key(50, L(n0l));
            // third order
            f[k++] = FeatureHash.Key(51, W(s0h2)); f[k++] = FeatureHash.Key(52, T(s0h2)); f[k++] = FeatureHash.Key(53, L(s0h));
            f[k++] = FeatureHash.Key(54, W(s0l2)); f[k++] = FeatureHash.Key(55, T(s0l2)); f[k++] = FeatureHash.Key(56, L(s0l2));
            f[k++] = FeatureHash.Key(57, W(s0r2)); f[k++] = FeatureHash.Key(58, T(s0r2)); f[k++] = FeatureHash.Key(59, L(s0r2));
            f[k++] = FeatureHash.Key(60, W(n0l2)); f[k++] = FeatureHash.Key(61, T(n0l2)); f[k++] = FeatureHash.Key(62, L(n0l2));
            f[k++] = FeatureHash.Key(63, s0p, T(s0l), T(s0l2)); f[k++] = FeatureHash.Key(64, s0p, T(s0r), T(s0r2));
            f[k++] = FeatureHash.Key(65, s0p, T(s0h), T(s0h2)); f[k++] = FeatureHash.Key(66, n0p, T(n0l), T(n0l2));
            // label sets
            f[k++] = FeatureHash.Key(67, s0w, s0sr); f[k++] = FeatureHash.Key(68, s0p, s0sr); f[k++] = FeatureHash.Key(69, s0w, s0sl);
            f[k++] = FeatureHash.Key(70, s0p, s0sl); f[k++] = FeatureHash.Key(71, n0w, n0sl); f[k++] = FeatureHash.Key(72, n0p, n0sl);
            // second stack item
            f[k++] = FeatureHash.Key(73, T(s1)); f[k++] = FeatureHash.Key(74, W(s1)); f[k++] = FeatureHash.Key(75, T(s1), s0p, n0p);
            f[k++] = FeatureHash.Key(76, s0 >= 0 && Head[s0] >= 0 ? 1UL : 2UL, s0p, n0p);
            if (!_useAmb) return k;
            // tag sets of frequent words (0 = rare word), alone and with the predicted tags
            ulong s0a = A(s0), n0a = A(n0), n1a = A(n1);
            f[k++] = FeatureHash.Key(77, s0a); f[k++] = FeatureHash.Key(78, n0a); f[k++] = FeatureHash.Key(79, n1a);
            f[k++] = FeatureHash.Key(80, s0a, n0a); f[k++] = FeatureHash.Key(81, n0a, n1a);
            f[k++] = FeatureHash.Key(82, s0p, n0a); f[k++] = FeatureHash.Key(83, s0a, n0p);
            f[k++] = FeatureHash.Key(84, s0a, s0p, n0p); f[k++] = FeatureHash.Key(85, s0p, n0a, n0p);
            if (!_wideAmb) return k;
            ulong s1a = A(s1), n2a = A(n2);
            f[k++] = FeatureHash.Key(86, s1a); f[k++] = FeatureHash.Key(87, n2a); f[k++] = FeatureHash.Key(88, A(s0h));
            f[k++] = FeatureHash.Key(89, A(s0l)); f[k++] = FeatureHash.Key(90, A(s0r)); f[k++] = FeatureHash.Key(91, A(n0l));
            f[k++] = FeatureHash.Key(92, s1a, s0a, n0a); f[k++] = FeatureHash.Key(93, n0a, n1a, n2a); f[k++] = FeatureHash.Key(94, s0a, n0a, n1a);
            f[k++] = FeatureHash.Key(95, s0w, n0a); f[k++] = FeatureHash.Key(96, s0a, n0w);
            return k;
        }
    }
}
