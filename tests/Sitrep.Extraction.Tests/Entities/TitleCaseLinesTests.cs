using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Entities;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>The tagger's copy of a Title Case headline: the words the article writes in lower case lowered, names kept.</summary>
public sealed class TitleCaseLinesTests
{
    private static string? Lowered(string text)
    {
        var tokens = new List<TextSpan>();
        for (int i = 0; i < text.Length;)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int j = i;
            if (char.IsLetterOrDigit(text[i])) while (j < text.Length && char.IsLetterOrDigit(text[j])) j++;
            else j++;
            tokens.Add(new TextSpan(i, j));
            i = j;
        }
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] != '\n') starts.Add(i + 1);
        return TitleCaseLines.Lowered(text, tokens.ToArray(), starts);
    }

    private static string Headline(string? lowered) => lowered is null ? "" : lowered[..lowered.IndexOf('\n')];

    [Fact]
    public void Words_the_article_writes_in_lower_case_are_lowered_in_its_headline()
    {
        const string text = "Gunmen Kill Nine Herders In Raid On Cattle Camp\n\nGunmen killed nine herders at a cattle camp near the river, police said.";
        var lowered = Lowered(text);
        Assert.Equal("Gunmen kill nine herders in Raid on cattle camp", Headline(lowered));
        Assert.Equal(text.Length, lowered!.Length);
        Assert.Equal(text[text.IndexOf('\n')..], lowered[lowered.IndexOf('\n')..]);
    }

    [Fact]
    public void A_name_the_article_capitalises_keeps_its_capitals()
    {
        const string text = "Rapid Support Forces Seize Camp Near River\n\nThe Rapid Support Forces seized a camp near the river, and support for the truce waned.";
        Assert.Equal("Rapid Support Forces seize camp near river", Headline(Lowered(text)));
    }

    [Theory]
    [InlineData("Gunmen kill nine herders in raid on cattle camp\n\nGunmen killed nine herders at a cattle camp.")]
    [InlineData("GAROWE, Somalia (Horn Dispatch) - Gunmen Killed Nine Herders\n\nGunmen killed nine herders at a cattle camp.")]
    [InlineData("Gunmen killed nine herders at a cattle camp.\n\nSpokesman Adan Nur Said Herders Were Killed\n\nherders said so.")]
    public void Only_a_first_line_in_title_case_is_a_headline(string text) => Assert.Null(Lowered(text));

    [Fact]
    public void The_tagger_no_longer_runs_a_title_case_headlines_names_into_its_words()
    {
        var data = new DataDirectory();
        if (EntityStage.ModelPath(data) is null) return; // no models/ner.bin.gz in this checkout
        const string text = "Car Bomb Kills Seven Near Kismayo Checkpoint\n\nA car bomb exploded near a police checkpoint in Kismayo on Thursday, killing seven people, police said.";
        var doc = PipelineFactory.Create(data, cleaning: false).Run(new ArticleDocument(text));
        int head = text.IndexOf('\n');
        var names = doc.Entities.Where(e => e.Span.End <= head).Select(e => doc.Slice(e.Span)).ToList();
        Assert.DoesNotContain("Kismayo Checkpoint", names);
        Assert.DoesNotContain(names, n => n.Contains("Bomb", StringComparison.Ordinal));
    }
}
