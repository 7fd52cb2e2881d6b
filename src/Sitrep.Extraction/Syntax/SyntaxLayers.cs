using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Syntax;

/// <summary>The Pos layer: one UPOS tag per document token (same index as <see cref="ArticleDocument.Tokens"/>).</summary>
public sealed record PosTags(ImmutableArray<byte> Tags, IReadOnlyList<string> TagSet)
{
    public string this[int token] => TagSet[Tags[token]];
}

/// <summary>
/// The Deps layer: for each document token, the index of its head token (-1 for a sentence root)
/// and its UD relation. Heads never cross sentence boundaries.
/// </summary>
public sealed record Dependencies(ImmutableArray<int> Heads, ImmutableArray<byte> Labels, IReadOnlyList<string> LabelSet)
{
    public string Label(int token) => LabelSet[Labels[token]];
}

/// <summary>Groups document tokens by sentence: [Start, End) token-index ranges, in order.</summary>
public static class SentenceTokens
{
    /// <summary>Longest run handed to the tagger and parser at once; longer "sentences" (tables, lists) are cut.</summary>
    public const int MaxLength = 160;

    public static List<(int Sentence, int Start, int End)> Ranges(ArticleDocument document)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var result = new List<(int, int, int)>(sentences.Length + 1);
        int t = 0;
        for (int s = 0; s < sentences.Length && t < tokens.Length; s++)
        {
            var span = sentences[s].Span;
            while (t < tokens.Length && tokens[t].Span.End <= span.Start) { result.Add((-1, t, t + 1)); t++; }
            int start = t;
            while (t < tokens.Length && tokens[t].Span.Start < span.End) t++;
            for (int a = start; a < t; a += MaxLength) result.Add((s, a, Math.Min(t, a + MaxLength)));
        }
        for (; t < tokens.Length; t++) result.Add((-1, t, t + 1));
        return result;
    }
}
