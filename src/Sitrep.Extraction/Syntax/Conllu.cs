namespace Sitrep.Extraction.Syntax;

/// <summary>One sentence of a treebank: word forms with gold tags and a gold tree (heads are 1-based, 0 = root).</summary>
public sealed record TreebankSentence(string[] Forms, string[] Upos, string[] Xpos, int[] Heads, string[] Labels)
{
    public int Length => Forms.Length;
}

/// <summary>
/// Reads CoNLL-U. Multiword-token lines ("3-4") and empty nodes ("5.1") are skipped: we tag and parse
/// the syntactic words, as the UD evaluation does with gold tokenisation.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<TreebankSentence> Read(string path)
    {
        var forms = new List<string>(); var upos = new List<string>(); var xpos = new List<string>();
        var heads = new List<int>(); var labels = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0)
            {
                if (forms.Count > 0) yield return new TreebankSentence(forms.ToArray(), upos.ToArray(), xpos.ToArray(), heads.ToArray(), labels.ToArray());
                forms.Clear(); upos.Clear(); xpos.Clear(); heads.Clear(); labels.Clear();
                continue;
            }
            if (raw[0] == '#') continue;
            var cols = raw.Split('\t');
            if (cols.Length < 8) continue;
            if (cols[0].Contains('-') || cols[0].Contains('.')) continue;
            forms.Add(cols[1]); upos.Add(cols[3]); xpos.Add(cols[4]);
            heads.Add(int.TryParse(cols[6], out var h) ? h : 0);
            labels.Add(cols[7]);
        }
        if (forms.Count > 0) yield return new TreebankSentence(forms.ToArray(), upos.ToArray(), xpos.ToArray(), heads.ToArray(), labels.ToArray());
    }
}
