using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Hands the tokens the sentence stage made (the token layer, sentence-final periods already split
/// off) to the token stage, so each text is tokenised once. A pure cache: the token stage takes them
/// only for the same document, on the same thread, while the document still holds the very sentences
/// they were cut for; otherwise it tokenises each sentence itself with the same result. A pipeline
/// runs a document's stages one after another on one thread, so the hand-over nearly always hits.
/// One slot per thread (a weak table per document cost ~8% of segmentation time on short texts);
/// it holds at most the last segmented document of a thread until the token stage takes it.
/// </summary>
internal static class SentenceTokens
{
    [ThreadStatic] private static ArticleDocument? t_document;
    [ThreadStatic] private static ImmutableArray<Sentence> t_sentences;
    [ThreadStatic] private static ImmutableArray<Token> t_tokens;

    public static void Put(ArticleDocument document, ImmutableArray<Sentence> sentences, ImmutableArray<Token> tokens)
    {
        t_document = document;
        t_sentences = sentences;
        t_tokens = tokens;
    }

    /// <summary>
    /// The handed-over tokens (clearing the slot) when they were made for this document and for
    /// <paramref name="sentences"/> (the same array, not merely equal spans), or a default array.
    /// </summary>
    public static ImmutableArray<Token> Take(ArticleDocument document, ImmutableArray<Sentence> sentences)
    {
        var tokens = ReferenceEquals(t_document, document) && t_sentences == sentences ? t_tokens : default;
        if (ReferenceEquals(t_document, document))
        {
            t_document = null;
            t_sentences = default;
            t_tokens = default;
        }
        return tokens;
    }
}
