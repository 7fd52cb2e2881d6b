using Sitrep.Core.Model;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Tests.Quotes;

/// <summary>
/// Quotes in diplomacy reports (issue #5): verbs that are cues and deeds at once ("recalled", "pledged", "announced"),
/// and speakers named in a wire dateline. Invented sentences.
/// </summary>
public sealed class DiplomacyQuoteTests
{
    private static QuoteStage Stage => QuoteTesting.Stage;

    private static ArticleDocument Run(string text, params (string Mention, EntityLabel Label, int Cluster, int Occurrence)[] entities) =>
        QuoteTesting.Run(text, new DateOnly(2025, 3, 4), entities);

    [Theory]
    [InlineData("Chile recalled its ambassador from Madrid on Monday.")]
    [InlineData("Chile pledged $200 million in humanitarian aid to Sudan on Friday.")]
    [InlineData("Chile announced new sanctions on three Bolivian officials.")]
    [InlineData("Chile promised to deliver two more field hospitals to Sudan.")]
    public void A_cue_that_is_also_a_deed_reports_no_words_when_an_object_follows(string sentence)
    {
        var doc = Run(sentence, ("Chile", EntityLabel.LOC, 0, 0));
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void The_deeds_reporter_named_after_it_is_the_speaker()
    {
        const string text = "Chile recalled its ambassador from Madrid on Monday, the foreign ministry said.";
        var doc = Run(text, ("Chile", EntityLabel.LOC, 0, 0), ("Madrid", EntityLabel.LOC, 1, 0));
        var q = Assert.Single(doc.Quotes);
        Assert.NotEqual("Chile", q.Speaker);
        Assert.StartsWith("Chile recalled", doc.Text[q.Span.Start..q.Span.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maria Lozano vowed the talks would go on.", "the talks would go on")]
    [InlineData("Maria Lozano announced that the border would reopen.", "the border would reopen")]
    [InlineData("The border will reopen next week, Maria Lozano announced on Monday.", "The border will reopen next week")]
    [InlineData("Maria Lozano confirmed it received the letter from the envoy.", "it received the letter from the envoy")]
    [InlineData("Maria Lozano vowed they keep every promise to the farmers.", "they keep every promise to the farmers")]
    public void The_same_cue_before_a_clause_still_reports_it(string sentence, string said)
    {
        var doc = Run(sentence, ("Maria Lozano", EntityLabel.PER, 0, 0));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Maria Lozano", q.Speaker);
        Assert.Equal(said, doc.Text[q.Span.Start..q.Span.End]);
    }

    [Fact]
    public void A_speaker_is_named_as_the_text_writes_it_not_as_its_dateline()
    {
        const string text = "Chile rejects Bolivian proposal\n\nSANTIAGO, March 3 (Reuters) - Chile rejected the proposal on Monday.\n\nSantiago said the plan was unbalanced and unfair.";
        var doc = Run(text, ("SANTIAGO", EntityLabel.LOC, 0, 0), ("Santiago", EntityLabel.LOC, 0, 0), ("Chile", EntityLabel.LOC, 1, 0), ("Chile", EntityLabel.LOC, 1, 1));
        var q = Assert.Single(doc.Quotes, q => doc.Text[q.Span.Start..q.Span.End].Contains("unbalanced", StringComparison.Ordinal));
        Assert.Equal("Santiago", q.Speaker);
    }

    [Theory]
    [InlineData("Chile warned the United States against selling weapons to Bolivia.")]
    [InlineData("Chile warns Bolivia of grave consequences over the dam.")]
    [InlineData("Chile warned them against any further provocation on the border.")]
    public void Whom_one_warns_against_something_is_no_reported_speech(string sentence)
    {
        var doc = Run(sentence, ("Chile", EntityLabel.LOC, 0, 0));
        Assert.Empty(doc.Quotes);
        // (what one warns of, said as a clause, still is)
        var said = Run("Chile warned the talks could collapse within days.", ("Chile", EntityLabel.LOC, 0, 0));
        Assert.Single(said.Quotes);
    }

    [Fact]
    public void A_spokesman_named_by_his_principals_pronoun_speaks_not_the_principal()
    {
        const string text = "Maria Lozano spoke by telephone with the two prime ministers on Tuesday, his spokesman said.";
        var doc = Run(text, ("Maria Lozano", EntityLabel.PER, 0, 0), ("his", EntityLabel.PER, 0, 0));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("his spokesman", q.Speaker);
    }

    [Fact]
    public void A_dateline_is_no_speaker_of_the_ledes_participle()
    {
        const string text = "Chile rejects truce\n\nSANTIAGO (Reuters) - Chile's army on Thursday rejected the truce proposal, saying the rebels must first withdraw from the towns.";
        var doc = Run(text, ("SANTIAGO", EntityLabel.LOC, 0, 0), ("Chile", EntityLabel.LOC, 1, 0), ("Chile", EntityLabel.LOC, 1, 1));
        var q = Assert.Single(doc.Quotes, q => doc.Text[q.Span.Start..q.Span.End].Contains("withdraw", StringComparison.Ordinal));
        Assert.NotEqual("SANTIAGO", q.Speaker);
    }
}
