using System.Diagnostics;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Distributional word classes learned without labels: exchange clustering (Martin, Liermann and Ney's
/// algorithm with the two-sided predictive class-bigram objective) over folded words. A word's class
/// says which words it keeps company with, so a name never seen tagged ("Mosul") can borrow the weights
/// of its class ("Aleppo", "Homs"). Deterministic: the start assignment and the visiting order follow
/// the word frequencies, ties broken by the word's text.
/// </summary>
internal static class NerClusters
{
    /// <summary>Words seen fewer times in the unlabeled text get no class.</summary>
    public const int MinCount = 3;
    private const int MaxIterations = 12;

    /// <summary>
    /// The sentences (tokens as written) of the unlabeled text: the text of the ner-train training files
    /// (not the *-dev files; all of the social-media sets, their labels unread) and of the UD English-EWT
    /// training treebank. Sets that are measured elsewhere (MEANTIME, the event and geo gold) are left out.
    /// </summary>
    public static List<string[]> ReadText(DataDirectory data, string nerTrainDir)
    {
        var result = new List<string[]>();
        foreach (var file in Directory.GetFiles(nerTrainDir, "*.jsonl").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileNameWithoutExtension(file).EndsWith("-dev", StringComparison.Ordinal)) continue;
            foreach (var s in NerCorpus.Read(file, out _))
                result.Add(s.Tokens.Select(t => s.Text[t.Start..t.End]).ToArray());
        }
        if (data.FindData("ud/en_ewt-ud-train.conllu") is { } ewt)
        {
            var sentence = new List<string>();
            foreach (var line in File.ReadLines(ewt))
            {
                if (line.Length == 0)
                {
                    if (sentence.Count > 0) result.Add(sentence.ToArray());
                    sentence.Clear();
                    continue;
                }
                if (line[0] == '#') continue;
                var cols = line.Split('\t');
                // Word lines only: multiword-token ranges ("3-4") and empty nodes ("3.1") are skipped.
                if (cols.Length < 2 || !int.TryParse(cols[0], out _)) continue;
                sentence.Add(cols[1]);
            }
            if (sentence.Count > 0) result.Add(sentence.ToArray());
        }
        return result;
    }

    /// <summary>
    /// Classes of the folded words seen at least <see cref="MinCount"/> times: for each word (folded text)
    /// its class, 0 .. <paramref name="classes"/> - 1.
    /// </summary>
    public static Dictionary<string, int> Learn(List<string[]> sentences, int classes, TextWriter log)
    {
        var sw = Stopwatch.StartNew();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var folded = new List<string[]>(sentences.Count);
        var buffer = new System.Text.StringBuilder();
        foreach (var s in sentences)
        {
            var f = new string[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                buffer.Clear();
                foreach (var c in s[i]) buffer.Append(NerHash.Fold(c));
                f[i] = buffer.ToString();
                counts[f[i]] = counts.GetValueOrDefault(f[i]) + 1;
            }
            folded.Add(f);
        }
        var words = counts.Where(kv => kv.Value >= MinCount).Select(kv => kv.Key)
            .OrderByDescending(w => counts[w]).ThenBy(w => w, StringComparer.Ordinal).ToArray();
        int v = words.Length;
        var id = new Dictionary<string, int>(v, StringComparer.Ordinal);
        for (int i = 0; i < v; i++) id[words[i]] = i;
        // Context ids: the clustered words, then one for all rarer words, then the sentence boundary.
        int rare = v, edge = v + 1, contexts = v + 2;
        // Class ids: 0 .. classes-1 for clustered words; the rare words and the boundary keep their own.
        int rareClass = classes, edgeClass = classes + 1, width = classes + 2;

        var pairs = new Dictionary<long, int>();
        long tokens = 0;
        foreach (var f in folded)
        {
            int prev = edge;
            for (int i = 0; i <= f.Length; i++)
            {
                int cur = i == f.Length ? edge : id.TryGetValue(f[i], out var x) ? x : rare;
                pairs[(long)prev * contexts + cur] = pairs.GetValueOrDefault((long)prev * contexts + cur) + 1;
                prev = cur;
                tokens++;
            }
        }
        // Per context id: its successors and predecessors with counts (CSR).
        var (succStart, succId, succN) = Adjacency(pairs, contexts, forward: true);
        var (predStart, predId, predN) = Adjacency(pairs, contexts, forward: false);
        var unigram = new long[contexts];
        for (int w = 0; w < contexts; w++)
            for (int k = predStart[w]; k < predStart[w + 1]; k++) unigram[w] += predN[k];

        var cls = new int[contexts];
        for (int w = 0; w < v; w++) cls[w] = w % classes;
        cls[rare] = rareClass;
        cls[edge] = edgeClass;
        // left[u, c]: how often u is followed by a word of class c; right[u, c]: how often u follows one.
        var left = new int[contexts * width];
        var right = new int[contexts * width];
        var classCount = new long[width];
        foreach (var (key, n) in pairs)
        {
            int a = (int)(key / contexts), b = (int)(key % contexts);
            left[a * width + cls[b]] += n;
            right[b * width + cls[a]] += n;
        }
        for (int w = 0; w < contexts; w++) classCount[cls[w]] += unigram[w];
        // x ln x for every count that can occur in the class-pair tables.
        long maxCount = Math.Max(tokens, 1) + 1;
        var xlx = new double[maxCount + 1];
        for (long x = 2; x <= maxCount; x++) xlx[x] = x * Math.Log(x);
        double XLogX(long x) => x <= maxCount ? xlx[x] : x * Math.Log(x);

        var delta = new double[classes];
        for (int iter = 1; iter <= MaxIterations; iter++)
        {
            int moves = 0;
            for (int w = 0; w < v; w++)
            {
                int from = cls[w];
                long n = unigram[w];
                // Take w out of its class.
                Move(w, from, -1);
                classCount[from] -= n;
                Array.Clear(delta);
                for (int k = predStart[w]; k < predStart[w + 1]; k++)
                {
                    int row = predId[k] * width, c = predN[k];
                    for (int b = 0; b < classes; b++) { int x = left[row + b]; delta[b] += xlx[x + c] - xlx[x]; }
                }
                for (int k = succStart[w]; k < succStart[w + 1]; k++)
                {
                    int row = succId[k] * width, c = succN[k];
                    for (int b = 0; b < classes; b++) { int x = right[row + b]; delta[b] += xlx[x + c] - xlx[x]; }
                }
                int best = from;
                double bestGain = double.NegativeInfinity;
                for (int b = 0; b < classes; b++)
                {
                    double gain = delta[b] - 2 * (XLogX(classCount[b] + n) - XLogX(classCount[b]));
                    if (gain > bestGain + 1e-9 || (b == from && gain >= bestGain - 1e-9)) { bestGain = gain; best = b; }
                }
                Move(w, best, +1);
                classCount[best] += n;
                cls[w] = best;
                if (best != from) moves++;
            }
            log.WriteLine($"  clusters ({classes}): iteration {iter}, {moves} of {v} words moved ({sw.Elapsed.TotalSeconds:F0}s)");
            if (moves < v / 500) break;
        }
        log.WriteLine($"clusters: {v} words (seen >= {MinCount} times in {tokens} tokens) in {classes} classes ({sw.Elapsed.TotalSeconds:F1}s)");
        var result = new Dictionary<string, int>(v, StringComparer.Ordinal);
        for (int w = 0; w < v; w++) result[words[w]] = cls[w];
        return result;

        // Adds (sign +1) or removes (-1) word w's bigrams from the class-pair tables as a member of class c.
        void Move(int w, int c, int sign)
        {
            for (int k = predStart[w]; k < predStart[w + 1]; k++) left[predId[k] * width + c] += sign * predN[k];
            for (int k = succStart[w]; k < succStart[w + 1]; k++) right[succId[k] * width + c] += sign * succN[k];
        }
    }

    private static (int[] Start, int[] Id, int[] N) Adjacency(Dictionary<long, int> pairs, int contexts, bool forward)
    {
        var start = new int[contexts + 1];
        foreach (var key in pairs.Keys) start[(forward ? key / contexts : key % contexts) + 1]++;
        for (int i = 0; i < contexts; i++) start[i + 1] += start[i];
        var fill = start[..^1].ToArray();
        var ids = new int[pairs.Count];
        var ns = new int[pairs.Count];
        foreach (var (key, n) in pairs.OrderBy(kv => kv.Key))
        {
            int a = (int)(key / contexts), b = (int)(key % contexts);
            int owner = forward ? a : b, other = forward ? b : a;
            ids[fill[owner]] = other;
            ns[fill[owner]++] = n;
        }
        return (start, ids, ns);
    }
}
