using Sitrep.Core.Model;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Tests.Quotes;

/// <summary>
/// Who is who behind a quote (issue #5): a lede's title and the person a later paragraph names, unnamed speakers set off
/// by a partitive, posts, statements and interviews. Invented sentences.
/// </summary>
public sealed class WhoIsWhoQuoteTests
{
    private static ArticleDocument Run(string text, params (string Mention, EntityLabel Label, int Cluster, int Occurrence)[] entities) =>
        QuoteTesting.Run(text, new DateOnly(2026, 3, 2), entities);

    private static Quote QuoteOf(ArticleDocument doc, string words) => QuoteTesting.QuoteOf(doc, words);

    [Fact]
    public void A_ledes_title_is_not_a_later_person_whose_post_before_the_name_is_another_countrys()
    {
        const string text = "Kenya's interior minister said on Tuesday that the country would send 600 more officers.\n\n"
            + "The officers will join a mission led by Kenya.\n\n"
            + "Haiti's prime minister, Jean Belfort, thanked Kenya in a post on X.";
        var doc = Run(text, ("Kenya", EntityLabel.LOC, 0, 0), ("Kenya", EntityLabel.LOC, 0, 1), ("Haiti", EntityLabel.LOC, 2, 0),
            ("Jean Belfort", EntityLabel.PER, 3, 0), ("Kenya", EntityLabel.LOC, 0, 2));
        Assert.Equal("Kenya's interior minister", QuoteOf(doc, "600 more officers").Speaker);
    }
}
