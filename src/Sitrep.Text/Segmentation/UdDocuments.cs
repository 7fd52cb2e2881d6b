namespace Sitrep.Text.Segmentation;

/// <summary>A document rebuilt from a CoNLL-U file: its text and where its sentences end.</summary>
public sealed record UdDocument(string Id, string Text, IReadOnlyList<int> SentenceEnds);

/// <summary>
/// Rebuilds running text from CoNLL-U treebanks the way our EWT dev gold was built: each sentence's
/// "# text" line, sentences joined by a space, paragraphs ("# newpar") by a blank line, documents at
/// "# newdoc". Used to train the sentence-boundary model; the treebank itself stays in ../shared/data.
/// </summary>
public static class UdDocuments
{
    public static IEnumerable<UdDocument> Read(string path)
    {
        var sb = new System.Text.StringBuilder();
        var ends = new List<int>();
        string id = Path.GetFileName(path);
        bool newPar = false;
        int docNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                if (sb.Length > 0) yield return new UdDocument(id, sb.ToString(), ends.ToArray());
                sb.Clear();
                ends.Clear();
                int eq = line.IndexOf('=');
                id = eq > 0 ? line[(eq + 1)..].Trim() : $"{Path.GetFileName(path)}#{++docNo}";
                newPar = false;
            }
            else if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal))
                newPar = true;
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                var sentence = line[9..].Trim();
                if (sentence.Length == 0) continue;
                if (sb.Length > 0) sb.Append(newPar ? "\n\n" : " ");
                sb.Append(sentence);
                ends.Add(sb.Length);
                newPar = false;
            }
        }
        if (sb.Length > 0) yield return new UdDocument(id, sb.ToString(), ends.ToArray());
    }
}
