using Sitrep.Core;
using Sitrep.Extraction.Entities;

namespace Sitrep.Extraction.Tests.Entities;

public sealed class NerDocumentTests
{
    private static (NerToken[] All, int[] Starts) Analyse(params string[] sentences)
    {
        var all = new List<NerToken>();
        var starts = new List<int>();
        foreach (var text in sentences)
        {
            var tokens = NerCorpus.SpaceTokens(text);
            var analysed = new NerToken[tokens.Length];
            NerFeatures.Analyse(text, tokens, NerLexicon.Empty, analysed);
            starts.Add(all.Count);
            all.AddRange(analysed);
        }
        starts.Add(all.Count);
        var array = all.ToArray();
        NerFeatures.LinkDocument(array, starts.ToArray());
        return (array, starts.ToArray());
    }

    [Fact]
    public void A_sentence_initial_name_learns_its_mid_sentence_mention()
    {
        var (t, _) = Analyse("Harwick said the talks failed .", "Officials met Harwick at dawn .");
        Assert.NotEqual(0, t[0].Doc & DocFlags.CapElsewhere);
        Assert.NotEqual(0, t[0].Doc & DocFlags.Initial);
        // The other mention's neighbours: "met" before it, "at" after it.
        Assert.Equal(NerHash.Folded("met"), t[0].DocM1);
        Assert.Equal(NerHash.Folded("at"), t[0].DocP1);
    }

    [Fact]
    public void A_capitalised_word_also_written_in_lower_case_is_marked_so()
    {
        var (t, _) = Analyse("Reports came late .", "The reports were wrong .");
        Assert.NotEqual(0, t[0].Doc & DocFlags.LowerElsewhere);
        Assert.Equal(0, t[0].Doc & DocFlags.CapElsewhere);
        Assert.Equal(0UL, t[0].DocM1);
        // Lower-case tokens get no document features.
        Assert.Equal(0, t[5].Doc);
    }

    [Fact]
    public void A_lone_mention_has_no_other_occurrence()
    {
        var (t, _) = Analyse("Talks resumed in Qarvel on Monday .");
        Assert.Equal(DocFlags.Capitalised, t[3].Doc);
        Assert.Equal(0UL, t[3].DocM1);
    }

    [Fact]
    public void Only_sets_with_real_documents_are_grouped()
    {
        var s = new[]
        {
            new NerSentence("a1", "d1", "One .", NerCorpus.SpaceTokens("One ."), []),
            new NerSentence("a2", "d1", "Two .", NerCorpus.SpaceTokens("Two ."), []),
            new NerSentence("a3", "d2", "Three .", NerCorpus.SpaceTokens("Three ."), []),
        };
        Assert.Equal([2, 1], NerCorpus.Documents(s, byDocument: true).Select(d => d.Count));
        Assert.Equal([1, 1, 1], NerCorpus.Documents(s, byDocument: false).Select(d => d.Count));
        Assert.True(NerCorpus.HasDocuments("gum"));
        Assert.False(NerCorpus.HasDocuments("crossner-politics"));
    }

    [Fact]
    public void Tagging_a_document_gives_one_list_per_sentence_with_spans_in_its_text()
    {
        var path = EntityStage.ModelPath(new Sitrep.Knowledge.DataDirectory());
        if (path is null) { Console.WriteLine("skipped: models/ner.bin.gz not found"); return; }
        var model = NerModel.Load(path);
        var text = "Foreign Minister Ilse Marten arrived in Vienna on Tuesday . Marten met the Austrian chancellor . No names here .";
        var tokens = NerCorpus.SpaceTokens(text);
        var sentences = new List<TextSpan[]>();
        int from = 0;
        for (int i = 0; i < tokens.Length; i++)
            if (text[tokens[i].Start] == '.') { sentences.Add(tokens[from..(i + 1)]); from = i + 1; }
        var result = model.TagDocument(text, sentences);
        Assert.Equal(3, result.Count);
        for (int k = 0; k < 3; k++)
            Assert.All(result[k], n => Assert.True(n.Span.Start >= sentences[k][0].Start && n.Span.End <= sentences[k][^1].End));
        var found = string.Join(" | ", result.SelectMany(r => r).Select(n => $"{n.Label}:{text[n.Span.Start..n.Span.End]}"));
        Assert.True(result[0].Any(n => text[n.Span.Start..n.Span.End].EndsWith("Marten", StringComparison.Ordinal) && n.Label == Sitrep.Core.Model.EntityLabel.PER), found);
        Assert.True(result[1].Any(n => text[n.Span.Start..n.Span.End] == "Marten" && n.Label == Sitrep.Core.Model.EntityLabel.PER), found);
    }
}
