using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Syntax;

namespace Sitrep.Eval;

/// <summary>
/// The parses shipped beside the events-dev gold (`parses/NAME.parses.jsonl`), laid over a document as its Pos
/// and Deps layers, so the event coder can be scored apart from our tagger and parser. Only CoNLL-U parses are
/// read (the PETRARCH-1 file ships phrase-structure trees). UD v1 relations are renamed to their UD v2 names,
/// which the coder speaks.
/// </summary>
internal static class GivenParses
{
    /// <summary>Record id → CoNLL-U text; empty when the file is missing or holds no CoNLL-U parse.</summary>
    public static Dictionary<string, string> Load(string? path)
    {
        var byId = new Dictionary<string, string>();
        if (path is null || !File.Exists(path)) return byId;
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            if (r.GetProperty("format").GetString() == "conllu") byId[r.GetProperty("id").GetString()!] = r.GetProperty("parse").GetString()!;
        }
        return byId;
    }

    private readonly record struct Row(string Form, string Upos, int Head, string Rel);

    /// <summary>Sets the document's Pos and Deps layers from <paramref name="conllu"/>; false when its words cannot be found in the text.</summary>
    public static bool Apply(ArticleDocument document, string conllu)
    {
        var rows = new List<Row>();
        foreach (var line in conllu.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 8 || f[0].Contains('-') || f[0].Contains('.')) continue;
            rows.Add(new Row(f[1], f[3], int.TryParse(f[6], out var h) ? h : 0, f[7]));
        }
        var text = document.Text;
        var spans = new TextSpan[rows.Count];
        int at = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            int len = Match(text, at, Unescape(rows[i].Form));
            if (len < 0) return false;
            spans[i] = new TextSpan(at, at + len);
            at += len;
        }
        // Words grouped by the sentence (of our segmenter) they start in; a head in another sentence becomes a root.
        var sentences = document.Sentences;
        var sentenceOf = new int[rows.Count];
        for (int i = 0, s = 0; i < rows.Count; i++)
        {
            while (s < sentences.Length - 1 && sentences[s].Span.End <= spans[i].Start) s++;
            sentenceOf[i] = sentences.Length == 0 ? -1 : s;
        }
        var ranges = new List<(int, int, int)>();
        for (int i = 0; i < rows.Count;)
        {
            int j = i;
            while (j < rows.Count && sentenceOf[j] == sentenceOf[i]) j++;
            ranges.Add((sentenceOf[i], i, j));
            i = j;
        }
        var tagSet = rows.Select(r => r.Upos).Distinct().ToList();
        var labels = new List<string>();
        var tags = new byte[rows.Count];
        var heads = new int[rows.Count];
        var rels = new byte[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            tags[i] = (byte)tagSet.IndexOf(rows[i].Upos);
            int h = rows[i].Head - 1;
            heads[i] = h >= 0 && h < rows.Count && sentenceOf[h] == sentenceOf[i] ? h : -1;
            var rel = V2(rows[i].Rel, h >= 0 && h < rows.Count ? rows[h].Upos : "");
            int k = labels.IndexOf(rel);
            if (k < 0) { k = labels.Count; labels.Add(rel); }
            rels[i] = (byte)k;
        }
        var words = SyntaxWords.FromSpans([.. spans], ranges);
        document.SetExtra(Layer.Pos, new PosTags(ImmutableArray.Create(tags), tagSet, words));
        document.SetExtra(Layer.Deps, new Dependencies(ImmutableArray.Create(heads), ImmutableArray.Create(rels), labels));
        return true;
    }

    /// <summary>Length of the text at <paramref name="at"/> that spells <paramref name="form"/> (quote marks of any kind match), or -1.</summary>
    private static int Match(string text, int at, string form)
    {
        if (string.CompareOrdinal(text, at, form, 0, form.Length) == 0) return form.Length;
        if (form is "\"" or "'" && at < text.Length && text[at] is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '`')
            return at + 1 < text.Length && text[at + 1] == text[at] && text[at] is '\'' or '`' ? 2 : 1;
        return -1;
    }

    private static string Unescape(string form) => form switch
    {
        "-LRB-" => "(", "-RRB-" => ")", "-LSB-" => "[", "-RSB-" => "]", "-LCB-" => "{", "-RCB-" => "}",
        "``" or "''" => "\"",
        _ => form,
    };

    /// <summary>UD v1 relation names (the UD-PETRARCH parses) as UD v2 names; v2 names pass through.</summary>
    private static string V2(string rel, string headUpos) => rel switch
    {
        "dobj" => "obj",
        "nsubjpass" => "nsubj:pass",
        "csubjpass" => "csubj:pass",
        "auxpass" => "aux:pass",
        "neg" => "advmod",
        "name" => "flat",
        "mwe" => "fixed",
        "nmod" or "nmod:tmod" or "nmod:npmod" when headUpos is "VERB" or "AUX" or "ADJ" => rel.Replace("nmod", "obl"),
        _ => rel,
    };
}
