using System.Runtime.InteropServices;
using Sitrep.Core.Model;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Trains <see cref="BoundaryModel"/>: an averaged perceptron over the candidate gaps of documents
/// rebuilt from UD treebanks (<see cref="UdDocuments"/>). Gaps are cut exactly as at run time
/// (paragraphs, our tokenizer, glued closers), and a gap is positive when a gold sentence ends there.
/// Deterministic for a given seed, so the committed model can be reproduced bit for bit.
/// </summary>
public static class BoundaryTrainer
{
    public sealed record Result(BoundaryModel Model, int Documents, int Examples, int Positives, IReadOnlyList<double> EpochAccuracy);

    public static Result Train(IEnumerable<UdDocument> documents, int epochs = 8, int seed = 17)
    {
        var examples = new List<(int[] Features, bool Boundary)>();
        var tokens = new List<Token>();
        var hashes = new TokenHashes();
        Span<int> f = stackalloc int[64];
        int docs = 0, positives = 0;
        foreach (var doc in documents)
        {
            docs++;
            var ends = doc.SentenceEnds.ToHashSet();
            foreach (var p in ParagraphStage.Split(doc.Text, []))
            {
                tokens.Clear();
                EnglishTokenizer.Tokenize(doc.Text, p.Span.Start, p.Span.End, tokens);
                hashes.Reset(tokens.Count);
                var span = CollectionsMarshal.AsSpan(tokens);
                int first = 0;
                for (int i = 0; i < tokens.Count - 1; i++)
                {
                    int last = SentenceRules.AbsorbClosers(doc.Text, span, i, tokens.Count);
                    if (last >= tokens.Count - 1) break;
                    var verdict = SentenceRules.Decide(doc.Text, span, i, last + 1, tokens.Count);
                    bool gold = ends.Contains(tokens[last].Span.End);
                    if (BoundaryModel.IsCandidate(doc.Text, span, last, verdict))
                    {
                        int n = BoundaryModel.Features(doc.Text, span, i, last, first, verdict, hashes, f);
                        examples.Add((f[..n].ToArray(), gold));
                        if (gold) positives++;
                    }
                    // Teacher forcing: the "sentence so far" features follow the gold boundaries.
                    if (gold) first = last + 1;
                    i = last;
                }
            }
        }

        int size = 1 << BoundaryModel.Bits;
        var w = new float[size];
        var u = new double[size];
        long c = 1;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new Random(seed);
        var accuracy = new List<double>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            int right = 0;
            foreach (var k in order)
            {
                var (feats, y) = examples[k];
                float score = 0;
                foreach (var x in feats) score += w[x];
                if ((score > 0) == y) right++;
                else
                {
                    float d = y ? 1 : -1;
                    foreach (var x in feats) { w[x] += d; u[x] += c * d; }
                }
                c++;
            }
            accuracy.Add((double)right / Math.Max(1, examples.Count));
        }
        var averaged = new float[size];
        for (int k = 0; k < size; k++) averaged[k] = (float)(w[k] - u[k] / c);
        return new Result(new BoundaryModel(averaged), docs, examples.Count, positives, accuracy);
    }
}
