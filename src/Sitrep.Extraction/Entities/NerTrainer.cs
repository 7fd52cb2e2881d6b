using System.Diagnostics;
using System.IO.Compression;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Entities;

/// <summary>Settings of one training run; the defaults are what models/ner.bin.gz was trained with.</summary>
public sealed record NerTrainOptions
{
    public int Epochs { get; init; } = 9;
    /// <summary>Features seen fewer times than this in the training data get no weight.</summary>
    public int MinCount { get; init; } = 2;
    /// <summary>Share of each social-media set (WNUT-17, BTC) used: they are not news and are noisy.</summary>
    public double SocialShare { get; init; } = 0.5;
    /// <summary>Rows whose largest averaged weight is below this are dropped from the saved model.</summary>
    public float Prune { get; init; } = 0.02f;
    /// <summary>Minimum population of a GeoNames city for the city lexicon.</summary>
    public int CityPopulation { get; init; } = 15000;
    public int Seed { get; init; } = 1;
    /// <summary>Models trained on differently shuffled data whose averaged weights are averaged again.</summary>
    public int Models { get; init; } = 1;
    /// <summary>Fine word classes learned from the unlabeled text (0: no class features); at most 1,000.</summary>
    public int Clusters { get; init; } = 256;
    /// <summary>Coarse word classes, a second clustering (0: none); at most 62.</summary>
    public int CoarseClusters { get; init; } = 32;
    /// <summary>Beam of the structured decoder, in training and tagging; 1: greedy, trained token by token.</summary>
    public int Beam { get; init; } = 8;
    public const int MaxBeam = NerDecoder.MaxBeam;
}

/// <summary>
/// Trains the averaged-perceptron NER model from ../shared/data/ner-train (train files only; the
/// *-dev files are held out and only scored) and the geo tables, baking the lexicon into the model.
/// Single-threaded by design: the machines this runs on are shared.
/// </summary>
public static class NerTrainer
{
    /// <summary>Sets without MISC annotation: a MISC guess on their O tokens is not counted as an error.</summary>
    private static readonly HashSet<string> NoMisc = ["btc"];
    private static readonly HashSet<string> Social = ["btc", "wnut17"];
    /// <summary>The news-like held-out sets the bar is measured on.</summary>
    public static readonly string[] NewsLike = ["wikigold", "crossner-politics", "re3d", "gum"];

    private sealed class Sent
    {
        public required NerToken[] Tokens;
        public required byte[] Gold;
        public required bool NoMisc;
        public int[] Rows = [];
        public int[] Offsets = [];
    }

    private readonly struct DictLookup(Dictionary<ulong, int> index) : IRowLookup
    {
        public int Row(ulong key) => index.TryGetValue(key, out var r) ? r : -1;
    }

    public static NerModel Train(DataDirectory data, NerTrainOptions options, TextWriter log)
    {
        var sw = Stopwatch.StartNew();
        var dir = data.FindData("ner-train/PROVENANCE.md") is { } prov ? Path.GetDirectoryName(prov)! : null;
        if (dir is null) throw new FileNotFoundException("ner-train not found in the data directory; give --data DIR or put ../shared/data beside the checkout.");

        var rng = new Random(options.Seed);
        var train = new List<(string Set, NerSentence Sentence)>();
        foreach (var file in Directory.GetFiles(dir, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var set = Path.GetFileNameWithoutExtension(file);
            if (set.EndsWith("-dev", StringComparison.Ordinal)) continue;
            var sentences = NerCorpus.Read(file, out var rejected);
            int before = sentences.Count;
            if (Social.Contains(set)) sentences = sentences.Where(_ => rng.NextDouble() < options.SocialShare).ToList();
            log.WriteLine($"  {set,-20} {sentences.Count,6} sentences used of {before}{(rejected > 0 ? $" ({rejected} bad lines skipped)" : "")}");
            train.AddRange(sentences.Select(s => (set, s)));
        }
        var dev = new List<NerSentence>();
        foreach (var set in NewsLike)
            if (File.Exists(Path.Combine(dir, set + "-dev.jsonl"))) dev.AddRange(NerCorpus.Read(Path.Combine(dir, set + "-dev.jsonl"), out _));

        var lexicon = BuildLexicon(data, train.Select(t => t.Sentence).ToList(), options, log);
        log.WriteLine($"lexicon: {lexicon.Count} entries ({sw.Elapsed.TotalSeconds:F1}s)");

        var sents = new List<Sent>(train.Count);
        foreach (var (set, s) in train)
        {
            if (s.Tokens.Length == 0) continue;
            var toks = new NerToken[s.Tokens.Length];
            NerFeatures.Analyse(s.Text, s.Tokens, lexicon, toks);
            var gold = new byte[toks.Length];
            NerTags.Encode(s.TokenSpans(), gold);
            sents.Add(new Sent { Tokens = toks, Gold = gold, NoMisc = NoMisc.Contains(set) });
        }
        var devSents = dev.Where(d => d.Tokens.Length > 0).Select(d =>
        {
            var toks = new NerToken[d.Tokens.Length];
            NerFeatures.Analyse(d.Text, d.Tokens, lexicon, toks);
            return (Tokens: toks, Gold: d.TokenSpans());
        }).ToList();

        // Count features under gold history, keep the frequent ones.
        var counts = new Dictionary<ulong, int>();
        Span<ulong> f = stackalloc ulong[NerFeatures.MaxStatic];
        Span<ulong> dyn = stackalloc ulong[NerFeatures.MaxDynamic];
        foreach (var s in sents)
        {
            for (int i = 0; i < s.Tokens.Length; i++)
            {
                int n = NerFeatures.Static(s.Tokens, i, f);
                for (int k = 0; k < n; k++) counts[f[k]] = counts.GetValueOrDefault(f[k]) + 1;
                int m = NerFeatures.Dynamic(s.Tokens, i, i > 0 ? s.Gold[i - 1] : NerTags.O, i > 1 ? s.Gold[i - 2] : NerTags.O, dyn);
                for (int k = 0; k < m; k++) counts[dyn[k]] = counts.GetValueOrDefault(dyn[k]) + 1;
            }
        }
        var index = new Dictionary<ulong, int>();
        foreach (var (key, c) in counts)
            if (c >= options.MinCount) index[key] = index.Count;
        log.WriteLine($"features: {counts.Count} seen, {index.Count} kept (count >= {options.MinCount}) ({sw.Elapsed.TotalSeconds:F1}s)");
        counts = null!;
        long tokenCount = 0;
        foreach (var s in sents)
        {
            var rows = new List<int>(s.Tokens.Length * 40);
            var offsets = new int[s.Tokens.Length + 1];
            for (int i = 0; i < s.Tokens.Length; i++)
            {
                offsets[i] = rows.Count;
                int n = NerFeatures.Static(s.Tokens, i, f);
                for (int k = 0; k < n; k++)
                    if (index.TryGetValue(f[k], out var r)) rows.Add(r);
            }
            offsets[s.Tokens.Length] = rows.Count;
            s.Rows = rows.ToArray();
            s.Offsets = offsets;
            tokenCount += s.Tokens.Length;
        }
        log.WriteLine($"training on {sents.Count} sentences, {tokenCount} tokens");

        int nt = NerTags.Count;
        var lookup = new DictLookup(index);
        var final = new float[index.Count * nt];
        for (int m = 1; m <= options.Models; m++)
        {
            var one = TrainOne(sents, index.Count, lookup, devSents, options, rng, log, sw);
            for (int i = 0; i < final.Length; i++) final[i] += one[i] / options.Models;
        }
        if (options.Models > 1)
            log.WriteLine($"mean of {options.Models} models: news-like dev {Score(devSents, (toks, tags) => Tag(in lookup, final, toks, tags, options.Beam))}");
        // Prune: rows whose every weight is small carry little and cost file size and cache.
        var keptKeys = new List<ulong>();
        var keptWeights = new List<float>();
        foreach (var (key, row) in index)
        {
            float max = 0;
            for (int t = 0; t < nt; t++) max = Math.Max(max, Math.Abs(final[row * nt + t]));
            if (max < options.Prune) continue;
            keptKeys.Add(key);
            for (int t = 0; t < nt; t++) keptWeights.Add(final[row * nt + t]);
        }
        var model = new NerModel(lexicon, keptKeys.ToArray(), keptWeights.ToArray(), options.Beam);
        var table = new FeatureTable(model.Keys);
        var pruned = Score(devSents, (toks, tags) => Tag(in table, model.Weights, toks, tags, options.Beam));
        log.WriteLine($"model: {model.FeatureCount} rows after pruning (< {options.Prune}); news-like dev {pruned} ({sw.Elapsed.TotalSeconds:F0}s)");
        return model;
    }

    /// <summary>One averaged perceptron over the sentences, in an order shuffled by <paramref name="rng"/>.</summary>
    private static float[] TrainOne(List<Sent> sents, int rowCount, DictLookup lookup,
        List<(NerToken[] Tokens, List<(int Start, int End, EntityLabel Label)> Gold)> devSents,
        NerTrainOptions options, Random rng, TextWriter log, Stopwatch sw)
    {
        int nt = NerTags.Count;
        var w = new float[rowCount * nt];
        var acc = new float[rowCount * nt];
        long clock = 1;
        Span<ulong> dyn = stackalloc ulong[NerFeatures.MaxDynamic];
        Span<float> scores = stackalloc float[nt];
        Span<int> dynRows = stackalloc int[NerFeatures.MaxDynamic];
        var order = Enumerable.Range(0, sents.Count).ToArray();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            long errors = 0, seen = 0;
            foreach (var si in order)
            {
                var s = sents[si];
                if (options.Beam > 1)
                {
                    errors += TrainStructured(s, w, acc, lookup, options.Beam, clock);
                    seen += s.Tokens.Length;
                    clock += s.Tokens.Length;
                    continue;
                }
                int p1 = NerTags.O, p2 = NerTags.O;
                for (int i = 0; i < s.Tokens.Length; i++)
                {
                    scores.Clear();
                    for (int k = s.Offsets[i]; k < s.Offsets[i + 1]; k++) NerDecoder.AddRow(w, s.Rows[k], scores);
                    int m = NerFeatures.Dynamic(s.Tokens, i, p1, p2, dyn);
                    for (int k = 0; k < m; k++)
                    {
                        dynRows[k] = lookup.Row(dyn[k]);
                        if (dynRows[k] >= 0) NerDecoder.AddRow(w, dynRows[k], scores);
                    }
                    // Unconstrained argmax while training: under the BILOU mask a wrong history can make
                    // the gold tag unreachable, and the futile updates then inflate O's weights without bound.
                    int pred = ArgMax(scores);
                    int gold = s.Gold[i];
                    bool forgiven = s.NoMisc && gold == NerTags.O && pred != NerTags.O && NerTags.Label(pred) == EntityLabel.MISC;
                    if (pred != gold && !forgiven)
                    {
                        errors++;
                        for (int k = s.Offsets[i]; k < s.Offsets[i + 1]; k++) Update(w, acc, s.Rows[k], gold, pred, clock);
                        for (int k = 0; k < m; k++)
                            if (dynRows[k] >= 0) Update(w, acc, dynRows[k], gold, pred, clock);
                    }
                    seen++;
                    clock++;
                    p2 = p1;
                    p1 = pred;
                }
            }
            var avg = Average(w, acc, clock);
            var score = Score(devSents, (toks, tags) => Tag(in lookup, avg, toks, tags, options.Beam));
            log.WriteLine($"epoch {epoch,2}: train token error {(double)errors / seen:P2}; news-like dev {score} ({sw.Elapsed.TotalSeconds:F0}s)");
        }

        return Average(w, acc, clock);
    }

    private static void Tag<TL>(in TL lookup, float[] weights, ReadOnlySpan<NerToken> tokens, Span<byte> tags, int beam)
        where TL : struct, IRowLookup
    {
        if (beam > 1) NerDecoder.DecodeBeam(in lookup, weights, tokens, tags, beam);
        else NerDecoder.Decode(in lookup, weights, tokens, tags);
    }

    /// <summary>
    /// Collins' structured perceptron step: decode the whole sentence with the beam under the current
    /// weights and, where the best sequence is not the gold one, move every feature of the gold sequence
    /// towards its tags and every feature of the decoded one away from its tags. Returns the tokens tagged wrong.
    /// </summary>
    private static int TrainStructured(Sent s, float[] w, float[] acc, DictLookup lookup, int beam, long clock)
    {
        int n = s.Tokens.Length;
        var pred = new byte[n];
        NerDecoder.DecodeBeam(in lookup, w, s.Tokens, pred, beam);
        var gold = s.Gold;
        if (s.NoMisc)
        {
            // No MISC in this set: a MISC name decoded over gold O tokens is not an error, so it joins the gold.
            foreach (var (st, en, label) in NerTags.Decode(pred))
            {
                if (label != EntityLabel.MISC) continue;
                bool free = true;
                for (int k = st; k < en && free; k++) free = s.Gold[k] == NerTags.O;
                if (!free) continue;
                if (ReferenceEquals(gold, s.Gold)) gold = (byte[])s.Gold.Clone();
                for (int k = st; k < en; k++) gold[k] = pred[k];
            }
        }
        int wrong = 0;
        Span<ulong> dyn = stackalloc ulong[NerFeatures.MaxDynamic];
        for (int i = 0; i < n; i++)
        {
            int g = gold[i], p = pred[i];
            int g1 = i > 0 ? gold[i - 1] : NerTags.O, g2 = i > 1 ? gold[i - 2] : NerTags.O;
            int p1 = i > 0 ? pred[i - 1] : NerTags.O, p2 = i > 1 ? pred[i - 2] : NerTags.O;
            if (g == p && g1 == p1 && g2 == p2) continue;
            if (g != p)
            {
                wrong++;
                for (int k = s.Offsets[i]; k < s.Offsets[i + 1]; k++) Update(w, acc, s.Rows[k], g, p, clock);
            }
            int m = NerFeatures.Dynamic(s.Tokens, i, g1, g2, dyn);
            for (int k = 0; k < m; k++)
                if (lookup.Row(dyn[k]) is var r and >= 0) Add(w, acc, r, g, 1, clock);
            m = NerFeatures.Dynamic(s.Tokens, i, p1, p2, dyn);
            for (int k = 0; k < m; k++)
                if (lookup.Row(dyn[k]) is var r and >= 0) Add(w, acc, r, p, -1, clock);
        }
        return wrong;
    }

    private static void Add(float[] w, float[] acc, int row, int tag, float delta, long clock)
    {
        int b = row * NerTags.Count + tag;
        w[b] += delta;
        acc[b] += delta * clock;
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = NerTags.O;
        for (int t = 0; t < scores.Length; t++)
            if (scores[t] > scores[best]) best = t;
        return best;
    }

    private static void Update(float[] w, float[] acc, int row, int gold, int pred, long clock)
    {
        int b = row * NerTags.Count;
        w[b + gold] += 1;
        w[b + pred] -= 1;
        acc[b + gold] += clock;
        acc[b + pred] -= clock;
    }

    /// <summary>Averaged weights: w - acc / clock (the "sum of updates weighted by time" trick).</summary>
    private static float[] Average(float[] w, float[] acc, long clock)
    {
        var avg = new float[w.Length];
        for (int i = 0; i < w.Length; i++) avg[i] = w[i] - acc[i] / clock;
        return avg;
    }

    internal delegate void Tagger(ReadOnlySpan<NerToken> tokens, Span<byte> tags);

    private static string Score(List<(NerToken[] Tokens, List<(int Start, int End, EntityLabel Label)> Gold)> dev, Tagger tag)
    {
        long tp = 0, fp = 0, fn = 0;
        foreach (var (toks, gold) in dev)
        {
            var tags = new byte[toks.Length];
            tag(toks, tags);
            var pred = NerTags.Decode(tags).ToHashSet();
            var g = gold.ToHashSet();
            long hit = pred.Count(g.Contains);
            tp += hit; fp += pred.Count - hit; fn += g.Count - hit;
        }
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return $"P {p:F4} R {r:F4} F1 {(p + r == 0 ? 0 : 2 * p * r / (p + r)):F4}";
    }

    /// <summary>
    /// The lexicon: GeoNames countries, admin-1 regions and cities, demonyms, our own lexicons
    /// (lexicons/ner-*.tsv), and two word lists computed from the training text.
    /// </summary>
    internal static NerLexicon BuildLexicon(DataDirectory data, List<NerSentence> train, NerTrainOptions options, TextWriter log)
    {
        var b = new NerLexicon.Builder();
        int Add(string? path, Action<string[]> row, bool header = true)
        {
            if (path is null) return 0;
            int n = 0;
            using var reader = path.EndsWith(".gz", StringComparison.Ordinal)
                ? new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
                : new StreamReader(path);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (header) { header = false; continue; }
                if (line.Length == 0 || line[0] == '#') continue;
                row(line.Split('\t'));
                n++;
            }
            return n;
        }
        int countries = Add(data.FindData("geo/geonames_countryInfo.tsv"), c => { if (c.Length > 4) b.Add(c[4], LexKind.Country); });
        int demonyms = Add(data.FindData("geo/demonyms.tsv"), c =>
        {
            b.Add(c[0], LexKind.Demonym);
            if (c.Length > 4) b.Add(c[4], LexKind.Country);
        });
        int regions = Add(data.FindData("geo/geonames_admin1.tsv"), c =>
        {
            if (c.Length > 4) { b.Add(c[3], LexKind.Region); b.Add(c[4], LexKind.Region); }
        });
        int cities = Add(data.FindData("geo/geonames_cities500.tsv.gz"), c =>
        {
            if (c.Length > 12 && long.TryParse(c[12], out var pop) && pop >= options.CityPopulation)
            {
                b.Add(c[1], LexKind.City);
                b.Add(c[2], LexKind.City);
            }
        });
        int places = Add(data.FindProjectFile("lexicons/ner-places.tsv"), c =>
        {
            if (c.Length < 2) return;
            b.Add(c[0], c[1] switch { "country" => LexKind.Country, "city" => LexKind.City, _ => LexKind.Region });
        }, header: false);
        int titles = Add(data.FindProjectFile("lexicons/ner-titles.tsv"), c => b.Add(c[0], LexKind.Title), header: false);
        int orgs = Add(data.FindProjectFile("lexicons/ner-orgs.tsv"), c => b.Add(c[0], LexKind.Org), header: false);
        int words = Add(data.FindProjectFile("lexicons/ner-words.tsv"), c =>
        {
            if (c.Length < 2) return;
            b.Add([c[0]], c[1] switch { "org" => LexKind.OrgWord, "loc" => LexKind.LocWord, _ => LexKind.Honorific });
        }, header: false);

        // Word statistics of the training text: how often a word is written in lower case inside a
        // sentence (decides "The"/"However" at sentence start and all-caps headlines), and which words
        // begin multi-word person names.
        var lowerCounts = new Dictionary<string, (int Lower, int Upper)>(StringComparer.Ordinal);
        var firstNames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in train)
        {
            for (int i = 1; i < s.Tokens.Length; i++)
            {
                var tok = s.Tokens[i].SliceOf(s.Text);
                if (tok.Length == 0 || !char.IsLetter(tok[0])) continue;
                var key = tok.ToString().ToLowerInvariant();
                var (lo, up) = lowerCounts.GetValueOrDefault(key);
                lowerCounts[key] = char.IsLower(tok[0]) ? (lo + 1, up) : (lo, up + 1);
            }
            foreach (var (start, end, label) in s.TokenSpans())
            {
                if (label != EntityLabel.PER || end - start < 2) continue;
                var firstWord = s.Tokens[start].Of(s.Text);
                if (firstWord.Length > 1 && char.IsUpper(firstWord[0])) firstNames[firstWord] = firstNames.GetValueOrDefault(firstWord) + 1;
            }
        }
        int lowerish = 0, first = 0;
        foreach (var (word, (lo, up)) in lowerCounts)
            if (lo + up >= 2 && lo >= up) { b.Add([word], LexKind.Lowerish); lowerish++; }
        foreach (var (name, c) in firstNames)
            if (c >= 2) { b.Add([name], LexKind.FirstName); first++; }
        int clustered = 0;
        if (options.Clusters > 0 && data.FindData("ner-train/PROVENANCE.md") is { } prov)
        {
            var text = NerClusters.ReadText(data, Path.GetDirectoryName(prov)!);
            var fine = NerClusters.Learn(text, Math.Min(options.Clusters, 1000), log);
            var coarse = options.CoarseClusters > 0 ? NerClusters.Learn(text, Math.Min(options.CoarseClusters, 62), log) : null;
            foreach (var (word, c) in fine)
            {
                int packed = c + 1;
                if (coarse is not null && coarse.TryGetValue(word, out var cc)) packed |= (cc + 1) << 10;
                b.AddCluster(word, (ushort)packed);
                clustered++;
            }
        }
        log.WriteLine($"lexicon sources: countries {countries}, demonyms {demonyms}, regions {regions}, cities {cities} (pop >= {options.CityPopulation}), " +
                      $"ner-places {places}, ner-titles {titles}, ner-orgs {orgs}, ner-words {words}, lowerish words {lowerish}, first names {first}, word classes {clustered}");
        return b.Build();
    }
}
