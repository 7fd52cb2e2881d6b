using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Tokens of every sentence, in text order, with offsets and a coarse kind (<see cref="EnglishTokenizer"/>
/// conventions). Tokens never cross a sentence and never lie outside one (so never in boilerplate).
/// A sentence-final abbreviation gives up its period to the sentence ("… in the U.S." → "U.S" + "."),
/// as EWT does: the period then does double duty and belongs to the sentence.
/// </summary>
public sealed class TokenStage() : Stage("tokens", Layer.Tokens, Layer.Sentences)
{
    [ThreadStatic] private static List<Token>? t_tokens;

    public override void Run(ArticleDocument document)
    {
        var text = document.Text;
        var scratch = t_tokens ??= new List<Token>(256);
        var result = ImmutableArray.CreateBuilder<Token>(Math.Max(16, text.Length / 5));
        foreach (var s in document.Sentences)
        {
            scratch.Clear();
            Tokenize(text, s.Span, scratch);
            foreach (var t in scratch) result.Add(t);
        }
        document.Tokens = result.ToImmutable();
    }

    /// <summary>Tokens of one sentence (appended to <paramref name="output"/>), with the sentence-final period rule.</summary>
    public static void Tokenize(string text, TextSpan sentence, List<Token> output)
    {
        int from = output.Count;
        EnglishTokenizer.Tokenize(text, sentence.Start, sentence.End, output);
        // Find the last token that is not a glued closing quote or bracket.
        int k = output.Count - 1;
        while (k > from && output[k].Span.Length == 1 && SentenceRules.IsCloser(text[output[k].Span.Start])
               && output[k].Span.Start == output[k - 1].Span.End) k--;
        if (k < from) return;
        var last = output[k];
        if (last.Kind == TokenKind.Word && last.Span.Length > 1 && text[last.Span.End - 1] == '.')
        {
            output[k] = new Token(new TextSpan(last.Span.Start, last.Span.End - 1), TokenKind.Word);
            output.Insert(k + 1, new Token(new TextSpan(last.Span.End - 1, last.Span.End), TokenKind.Punctuation));
        }
    }
}
