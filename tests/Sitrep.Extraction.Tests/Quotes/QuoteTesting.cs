using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Quotes;
using Sitrep.Extraction.Tests.Actors;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Quotes;

/// <summary>The quote stage as the quote tests run it: on a test document with the entities each test names, on a given date.</summary>
internal static class QuoteTesting
{
    public static readonly QuoteStage Stage = new(QuoteCues.Load(new DataDirectory()), ActorCoder.Load(new DataDirectory(), phoenix: false));

    public static ArticleDocument Run(string text, DateOnly published, params (string Mention, EntityLabel Label, int Cluster, int Occurrence)[] entities)
    {
        var doc = TestDocuments.Build(text, entities, published);
        Stage.Run(doc);
        return doc;
    }

    /// <summary>The one quote whose words hold <paramref name="words"/>.</summary>
    public static Quote QuoteOf(ArticleDocument doc, string words) =>
        doc.Quotes.Single(q => doc.Text.Substring(q.Span.Start, q.Span.Length).Contains(words, StringComparison.Ordinal));
}
