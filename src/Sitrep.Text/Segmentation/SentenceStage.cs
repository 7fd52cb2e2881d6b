using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Sentence boundaries inside each paragraph; a paragraph end is always a boundary, so no sentence
/// crosses one. Each paragraph is tokenised and every gap between tokens is judged: by
/// <see cref="SentenceRules"/>, and, when a boundary model is given, by the model (which sees the
/// rules' verdict as one of its features). Holds only immutable knowledge; thread-safe.
/// </summary>
public sealed class SentenceStage(BoundaryModel? model = null) : Stage("sentences", Layer.Sentences, Layer.Paragraphs)
{
    [ThreadStatic] private static List<Token>? t_tokens;
    [ThreadStatic] private static TokenHashes? t_hashes;

    public BoundaryModel? Model { get; } = model;

    public override void Run(ArticleDocument document)
    {
        var text = document.Text;
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var tokens = t_tokens ??= new List<Token>(256);
        var all = ImmutableArray.CreateBuilder<Token>(Math.Max(16, text.Length / 5));
        foreach (var p in document.Paragraphs)
        {
            tokens.Clear();
            EnglishTokenizer.Tokenize(text, p.Span.Start, p.Span.End, tokens);
            Split(text, tokens, Model, result);
            all.AddRange(tokens);
        }
        document.Sentences = result.ToImmutable();
        // Hand the paragraph tokens to the token stage so the text is tokenised once, not twice.
        ParagraphTokens.Put(document, all.ToImmutable());
    }

    /// <summary>Appends the sentences of one paragraph, given its tokens.</summary>
    public static void Split(string text, List<Token> tokens, BoundaryModel? model, ImmutableArray<Sentence>.Builder output)
    {
        int n = tokens.Count;
        if (n == 0) return;
        int first = 0;
        var hashes = model is null ? null : t_hashes ??= new TokenHashes();
        hashes?.Reset(n);
        for (int i = 0; i < n - 1; i++)
        {
            int last = SentenceRules.AbsorbClosers(text, tokens, i, n);
            if (last >= n - 1) break;
            var verdict = SentenceRules.Decide(text, tokens, i, last + 1, n);
            bool boundary = model is null
                ? verdict == RuleVerdict.Break
                : model.IsBoundary(text, tokens, i, last, first, verdict, hashes!);
            if (!boundary)
            {
                // The gaps inside glued closers ('."') are never boundaries; go on after them.
                i = last;
                continue;
            }
            output.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[last].Span.End)));
            first = last + 1;
            i = last;
        }
        output.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[n - 1].Span.End)));
    }
}
