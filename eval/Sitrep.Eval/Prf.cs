namespace Sitrep.Eval;

/// <summary>Precision/recall/F1 counts; mutable accumulator for one metric.</summary>
public sealed class Prf
{
    public long TruePositives { get; private set; }
    public long FalsePositives { get; private set; }
    public long FalseNegatives { get; private set; }

    public void Add(long tp, long fp, long fn) { TruePositives += tp; FalsePositives += fp; FalseNegatives += fn; }

    /// <summary>Scores two sets of items: matches are true positives.</summary>
    public void AddSets<T>(IEnumerable<T> gold, IEnumerable<T> predicted)
    {
        var g = gold.ToHashSet();
        var p = predicted.ToHashSet();
        long tp = p.Count(g.Contains);
        Add(tp, p.Count - tp, g.Count - tp);
    }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => $"P {Precision:F4}  R {Recall:F4}  F1 {F1:F4}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}
