namespace Sitrep.Extraction.Syntax;

/// <summary>
/// Greedy left-to-right part-of-speech tagger (UPOS) over an averaged perceptron with hashed
/// features: the word, its affixes and shape, two words either side and the two previous tags.
/// Immutable once built; thread-safe.
/// </summary>
public sealed class PosTagger
{
    internal const int FeatureCount = 48;
    private readonly PerceptronModel _model;
    private readonly ulong[] _tagHashes;

    // The feature set a model was trained with, kept in its lexicon under a key no word hashes to in practice:
    // 1 = the original 40 templates (models without the key), 2 = + longer affixes, hyphen tail, skip bigrams, shape pairs.
    internal const ulong FeatureSetKey = 0;
    internal const int CurrentFeatureSet = 2;
    private const int LexiconFolds = 10;
    // The tagger keeps tag sets for words seen twice (3 times: UPOS 0.9540 on EWT dev, twice: 0.9554, once: 0.9552).
    private const int LexiconMinCount = 2;
    private readonly int _featureSet;

    private readonly int _noun, _verb, _aux, _pron, _sconj, _propn, _det, _num;

    public PosTagger(PerceptronModel model)
    {
        _model = model;
        _tagHashes = model.ClassNames.Select(FeatureHash.Of).ToArray();
        _featureSet = model.Lexicon.TryGetValue(FeatureSetKey, out var set) ? (int)set : 1;
        _noun = Index("NOUN"); _verb = Index("VERB"); _aux = Index("AUX"); _pron = Index("PRON"); _sconj = Index("SCONJ"); _propn = Index("PROPN");
        _det = Index("DET"); _num = Index("NUM");
        int Index(string tag) { for (int i = 0; i < model.ClassNames.Length; i++) if (model.ClassNames[i] == tag) return i; return -1; }
    }

    // Forms of "be" before a progressive, and what may not follow one (the end of a clause).
    private static readonly HashSet<ulong> BeForms = new[] { "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "’s", "’re", "am", "'m" }.Select(w => FeatureHash.OfLower(w)).ToHashSet();
    private static readonly HashSet<ulong> ClauseEnds = new[] { ".", ",", ";", ":", "!", "?", ")", "\"", "'", "-", "--", "–", "—" }.Select(w => FeatureHash.OfLower(w)).ToHashSet();
    private static readonly ulong Ing = FeatureHash.OfLower("ing");
    private static readonly ulong S = FeatureHash.OfLower("s"), Colon = FeatureHash.OfLower(":");
    private static readonly HashSet<ulong> NotPluralEnds = new[] { "ss", "us", "is", "'s", "’s" }.Select(w => FeatureHash.OfLower(w)).ToHashSet();
    private static readonly HashSet<ulong> SentenceEnds = new[] { ".", "!", "?", "...", "…" }.Select(w => FeatureHash.OfLower(w)).ToHashSet();

    public PerceptronModel Model => _model;
    public IReadOnlyList<string> TagSet => _model.ClassNames;

    /// <summary>Tags a sentence; <paramref name="tags"/> receives class indices into <see cref="TagSet"/>.</summary>
    internal void Tag(ReadOnlySpan<WordFeatures> words, Span<byte> tags)
    {
        Span<ulong> feats = stackalloc ulong[FeatureCount];
        Span<float> scores = PerceptronModel.Aligned(stackalloc float[_model.DenseLength + 15], _model.DenseLength);
        int classes = _model.ClassCount;
        Span<ulong> amb = words.Length <= 256 ? stackalloc ulong[words.Length] : new ulong[words.Length];
        var lex = _model.Lexicon;
        for (int i = 0; i < words.Length; i++) amb[i] = lex.TryGetValue(words[i].Lower, out var a) ? a : 0;
        for (int i = 0; i < words.Length; i++)
        {
            int n = Extract(words, amb, i, tags, _tagHashes, _featureSet, feats);
            scores.Clear();
            _model.Score(feats[..n], scores);
            int best = 0;
            for (int c = 1; c < classes; c++) if (scores[c] > scores[best]) best = c;
            // "warplanes were bombing rebel-held areas": after the auxiliary "be", an -ing word that goes on to more
            // words is the progressive verb, not a noun (a frequent slip in news, whose -ing words the treebanks
            // mostly show as nouns).
            if (best == _noun && i > 0 && i + 1 < words.Length && tags[i - 1] == _aux && words[i].Suf3 == Ing
                && BeForms.Contains(words[i - 1].Lower) && !ClauseEnds.Contains(words[i + 1].Lower)) best = _verb;
            // "Ethiopia departs from Libya": a word written all in small letters is a name only where the treebank showed
            // it as one (the particles of names: "al-", "de", "bin"); else the best of the other classes.
            if (best == _propn && _propn >= 0 && i > 0 && tags[i - 1] == _propn && words[i - 1].Exact != words[i - 1].Lower
                && words[i].Small && (amb[i] & (1UL << _propn)) == 0)
            {
                // (among the classes the treebank showed the word with, where it saw the word often enough to say)
                ulong seen = amb[i] & ((1UL << classes) - 1);
                int other = -1;
                for (int c = 0; c < classes; c++)
                    if (c != _propn && (seen == 0 || (seen & (1UL << c)) != 0) && (other < 0 || scores[c] > scores[other])) other = c;
                if (other >= 0) best = other;
            }
            tags[i] = (byte)best;
        }
        int again = -1;
        if (HeadlinePluralSubject(words, amb, tags) is int h and >= 0) { tags[h] = (byte)_noun; again = h; }
        else if (ShotBetweenNouns(words, tags) is int shot and >= 0) { tags[shot] = (byte)_verb; again = shot; }
        if (again >= 0)
        {
            // Tag the rest again after the mended word, as the greedy pass would have had it.
            for (int i = again + 1; i < words.Length; i++)
            {
                int n = Extract(words, amb, i, tags, _tagHashes, _featureSet, feats);
                scores.Clear();
                _model.Score(feats[..n], scores);
                int best = 0;
                for (int c = 1; c < classes; c++) if (scores[c] > scores[best]) best = c;
                tags[i] = (byte)best;
            }
        }
    }

    /// <summary>
    /// "Clashes near Malakal kill 27, UN mission says", "South Sudan: Clashes near ...": a headline (no closing stop) opened,
    /// or opened after a short label and a colon, by a capitalised plural noun the tagger read as a finite verb, with a later
    /// verb that has no subject of its own before it. Returns the noun's index, or -1. A sentence cannot open on a verb in
    /// -s (imperatives take the base form, and informal subject drop — "Sounds like he left" — has a pronoun or conjunction
    /// before its next verb).
    /// </summary>
    private int HeadlinePluralSubject(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<ulong> amb, ReadOnlySpan<byte> tags)
    {
        if (words.Length < 3 || SentenceEnds.Contains(words[^1].Lower)) return -1;
        int h = 0;
        for (int j = 1; j < Math.Min(5, words.Length - 2); j++)
            if (words[j].Lower == Colon) { h = j + 1; break; }
        ref readonly var w = ref words[h];
        if (tags[h] != _verb || w.Suf1 != S || NotPluralEnds.Contains(w.Suf2) || w.Exact == w.Lower) return -1;
        if (amb[h] != 0 && (amb[h] & (1UL << _noun)) == 0) return -1;
        for (int j = h + 1; j < words.Length; j++)
        {
            if (tags[j] == _pron || tags[j] == _sconj || tags[j] == _aux || ClauseEnds.Contains(words[j].Lower)) return -1;
            if (tags[j] == _verb) return h;
        }
        return -1;
    }

    private static readonly ulong Shot = FeatureHash.OfLower("shot");
    private static readonly HashSet<ulong> Coordinators = new[] { "and", "or", "but" }.Select(w => FeatureHash.OfLower(w)).ToHashSet();

    /// <summary>
    /// "Fighters shot civilians in their homes", "Residents said gunmen shot villagers": "shot" between a noun and the noun,
    /// number or determiner after it, in a clause the tagger gave no verb, is the verb (the tagger reads a compound, "shot
    /// civilians"). Returns its index, or -1.
    /// </summary>
    private int ShotBetweenNouns(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<byte> tags)
    {
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (words[i].Lower != Shot || tags[i] != _noun || tags[i - 1] != _noun || words[i].Exact != words[i].Lower) continue;
            if (tags[i + 1] != _noun && tags[i + 1] != _det && tags[i + 1] != _num && tags[i + 1] != _pron && tags[i + 1] != _propn) continue;
            // (none of the clause's other words a verb: "the shot victims were taken to hospital" has one; a verb after "and"
            // is a second one of the same subject: "shot civilians in their homes and abducted 30 women")
            bool verb = false;
            for (int j = i + 1; j < words.Length && !ClauseEnds.Contains(words[j].Lower) && !Coordinators.Contains(words[j].Lower) && !verb; j++)
                verb = tags[j] == _verb || tags[j] == _aux;
            if (i >= 2 && tags[i - 2] == _det) continue; // "the shot victims"
            if (!verb) return i;
        }
        return -1;
    }

    public string[] Tag(IReadOnlyList<string> words)
    {
        var wf = WordFeatures.Of(words);
        var tags = new byte[wf.Length];
        Tag(wf, tags);
        return tags.Select(t => _model.ClassNames[t]).ToArray();
    }

    private static readonly ulong StartTag = FeatureHash.Of("<START>");

    internal static int Extract(ReadOnlySpan<WordFeatures> w, ReadOnlySpan<ulong> amb, int i, ReadOnlySpan<byte> tags, ulong[] tagHashes, int featureSet, Span<ulong> f)
    {
        // Ambiguity classes (the tags a frequent word was seen with) stand in for the tags to the right.
        ulong a0 = amb[i], ap1 = i >= 1 ? amb[i - 1] : 1UL << 62, an1 = i + 1 < w.Length ? amb[i + 1] : 1UL << 63, an2 = i + 2 < w.Length ? amb[i + 2] : 1UL << 63;
        ref readonly var cur = ref w[i];
        var p1 = i >= 1 ? w[i - 1] : WordFeatures.Boundary;
        var p2 = i >= 2 ? w[i - 2] : WordFeatures.Boundary;
        var n1 = i + 1 < w.Length ? w[i + 1] : WordFeatures.EndBoundary;
        var n2 = i + 2 < w.Length ? w[i + 2] : WordFeatures.EndBoundary;
        ulong t1 = i >= 1 ? tagHashes[tags[i - 1]] : StartTag;
        ulong t2 = i >= 2 ? tagHashes[tags[i - 2]] : StartTag;
        // Feature set 2 leaves out two word-trigram templates of set 1 that added little once the others were there (it pays for its own).
        bool old = featureSet < 2;
        int k = 0;
        f[k++] = FeatureHash.Key(0, 0);
        f[k++] = FeatureHash.Key(1, cur.Lower);
        f[k++] = FeatureHash.Key(2, cur.Suf1);
        f[k++] = FeatureHash.Key(3, cur.Suf2);
        f[k++] = FeatureHash.Key(4, cur.Suf3);
        f[k++] = FeatureHash.Key(5, cur.Suf4);
        f[k++] = FeatureHash.Key(6, cur.Pre1);
        f[k++] = FeatureHash.Key(7, cur.Pre2);
        f[k++] = FeatureHash.Key(8, cur.Shape);
        f[k++] = FeatureHash.Key(9, t1);
        f[k++] = FeatureHash.Key(10, t2, t1);
        f[k++] = FeatureHash.Key(11, t1, cur.Lower);
        f[k++] = FeatureHash.Key(12, p1.Lower);
        f[k++] = FeatureHash.Key(13, p2.Lower);
        f[k++] = FeatureHash.Key(14, n1.Lower);
        f[k++] = FeatureHash.Key(15, n2.Lower);
        f[k++] = FeatureHash.Key(16, p1.Suf3);
        f[k++] = FeatureHash.Key(17, n1.Suf3);
        f[k++] = FeatureHash.Key(18, n1.Shape);
        f[k++] = FeatureHash.Key(19, p1.Shape);
        f[k++] = FeatureHash.Key(20, p1.Lower, cur.Lower);
        f[k++] = FeatureHash.Key(21, cur.Lower, n1.Lower);
        f[k++] = FeatureHash.Key(22, i == 0 ? 1UL : 2UL, cur.Shape);
        f[k++] = FeatureHash.Key(23, t1, cur.Suf3);
        f[k++] = FeatureHash.Key(24, cur.Exact);
        f[k++] = FeatureHash.Key(25, t1, n1.Lower);
        f[k++] = FeatureHash.Key(26, n1.Suf2);
        if (old) f[k++] = FeatureHash.Key(27, p1.Lower, cur.Lower, n1.Lower);
        if (old) f[k++] = FeatureHash.Key(28, cur.Lower, n1.Lower, n2.Lower);
        f[k++] = FeatureHash.Key(29, t1, cur.Shape);
        f[k++] = FeatureHash.Key(30, a0);
        f[k++] = FeatureHash.Key(31, an1);
        f[k++] = FeatureHash.Key(32, a0, an1);
        f[k++] = FeatureHash.Key(33, t1, a0, an1);
        f[k++] = FeatureHash.Key(34, an1, an2);
        f[k++] = FeatureHash.Key(35, ap1, a0);
        f[k++] = FeatureHash.Key(36, cur.Lower, an1);
        f[k++] = FeatureHash.Key(37, a0, n1.Lower);
        f[k++] = FeatureHash.Key(38, a0, cur.Suf3);
        f[k++] = FeatureHash.Key(39, n2.Suf3);
        if (featureSet < 2) return k;
        f[k++] = FeatureHash.Key(40, cur.Suf5);
        f[k++] = FeatureHash.Key(41, cur.Pre3);
        f[k++] = FeatureHash.Key(42, cur.HyphenTail);
        f[k++] = FeatureHash.Key(43, t1, p1.Lower);
        f[k++] = FeatureHash.Key(44, t2, cur.Lower);
        f[k++] = FeatureHash.Key(45, cur.Lower, n2.Lower);
        f[k++] = FeatureHash.Key(46, p1.Lower, n1.Lower);
        f[k++] = FeatureHash.Key(47, cur.Suf3, an1);
        f[k++] = FeatureHash.Key(48, cur.Shape, n1.Shape);
        f[k++] = FeatureHash.Key(49, p1.Shape, cur.Shape);
        return k;
    }

    /// <summary>
    /// Trains from treebank sentences (gold UPOS), printing per-epoch progress. <paramref name="original"/> trains the
    /// first design instead (feature set 1, tag sets of words seen 3 times, taken from all the training data).
    /// </summary>
    public static PosTagger Train(IReadOnlyList<TreebankSentence> sentences, int epochs, float prune, TextWriter log, int seed = 1, bool original = false)
    {
        int featureSet = original ? 1 : CurrentFeatureSet, minCount = original ? 3 : LexiconMinCount, folds = original ? 1 : LexiconFolds;
        var tagNames = sentences.SelectMany(s => s.Upos).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = tagNames.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => (byte)x.i);
        var tagHashes = tagNames.Select(FeatureHash.Of).ToArray();
        var trainer = new PerceptronTrainer(tagNames);
        var lexicon = BuildLexicon(sentences, index, minCount);
        // Each sentence sees the tag sets from the other folds only, so that, as on new text, the sets miss some
        // of a word's uses and rarer words have none; otherwise the model learns to trust them too much.
        var foldLexicons = folds == 1 ? [lexicon] : Enumerable.Range(0, folds)
            .Select(f => BuildLexicon(sentences.Where((_, i) => i % folds != f).ToList(), index, minCount)).ToArray();
        var data = sentences.Select((s, si) =>
        {
            var w = WordFeatures.Of(s.Forms);
            var lex = foldLexicons[si % folds];
            return (W: w, A: w.Select(x => lex.TryGetValue(x.Lower, out var a) ? a : 0UL).ToArray(), Gold: s.Upos.Select(t => index[t]).ToArray());
        }).ToArray();
        var rng = new Random(seed);
        var feats = new ulong[FeatureCount];
        var scores = new float[tagNames.Length];
        var order = Enumerable.Range(0, data.Length).ToArray();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long correct = 0, total = 0;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            foreach (var si in order)
            {
                var (w, amb, gold) = data[si];
                var tags = new byte[w.Length];
                for (int i = 0; i < w.Length; i++)
                {
                    int n = Extract(w, amb, i, tags, tagHashes, featureSet, feats);
                    Array.Clear(scores);
                    trainer.Score(feats.AsSpan(0, n), scores);
                    int best = 0;
                    for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
                    trainer.Tick();
                    trainer.Update(feats.AsSpan(0, n), gold[i], best);
                    if (best == gold[i]) correct++;
                    total++;
                    // Condition on the predicted history, as at tagging time.
                    tags[i] = (byte)best;
                }
            }
            log.WriteLine($"  pos epoch {epoch + 1}/{epochs}: train accuracy {(double)correct / total:F4} ({sw.Elapsed.TotalSeconds:F0}s, {trainer.Entries:N0} weights)");
        }
        if (!original) lexicon[FeatureSetKey] = CurrentFeatureSet;
        return new PosTagger(trainer.Average(prune, lexicon));
    }

    /// <summary>
    /// Words seen at least <paramref name="minCount"/> times → bit set of the tags they carried at least 5% of the time
    /// (bit 61 marks "known", so an unambiguous known word differs from an unknown one).
    /// </summary>
    internal static Dictionary<ulong, ulong> BuildLexicon(IReadOnlyList<TreebankSentence> sentences, Dictionary<string, byte> index, int minCount)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var s in sentences)
            for (int i = 0; i < s.Length; i++)
            {
                var h = FeatureHash.OfLower(s.Forms[i]);
                if (!counts.TryGetValue(h, out var c)) counts[h] = c = new int[index.Count];
                c[index[s.Upos[i]]]++;
            }
        var lex = new Dictionary<ulong, ulong>();
        foreach (var (h, c) in counts)
        {
            int total = c.Sum();
            if (total < minCount) continue;
            ulong bits = 1UL << 61;
            for (int t = 0; t < c.Length; t++) if (c[t] * 20 >= total) bits |= 1UL << t;
            lex[h] = bits;
        }
        return lex;
    }
}
