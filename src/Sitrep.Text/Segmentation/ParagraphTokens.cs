using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Sitrep.Core.Model;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Hands the sentence stage's paragraph tokens to the token stage for the same document, so each
/// text is tokenised once. A pure cache: the token stage gives the same tokens without it (it then
/// tokenises each sentence itself). Keyed weakly by document, so nothing outlives its article;
/// thread-safe because <see cref="ConditionalWeakTable{TKey,TValue}"/> is.
/// </summary>
internal static class ParagraphTokens
{
    private sealed class Box(ImmutableArray<Token> tokens)
    {
        public ImmutableArray<Token> Tokens { get; } = tokens;
    }

    private static readonly ConditionalWeakTable<ArticleDocument, Box> Table = new();

    public static void Put(ArticleDocument document, ImmutableArray<Token> tokens) => Table.AddOrUpdate(document, new Box(tokens));

    /// <summary>The cached tokens (removing them), or a default array when there are none.</summary>
    public static ImmutableArray<Token> Take(ArticleDocument document) =>
        Table.TryGetValue(document, out var box) && Table.Remove(document) ? box.Tokens : default;
}
