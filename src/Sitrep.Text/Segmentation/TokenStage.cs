using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        // The sentence stage made these tokens while it cut these very sentences: nothing to redo.
        var handed = SentenceTokens.Take(document, document.Sentences);
        if (!handed.IsDefault)
        {
            document.Tokens = handed;
            return;
        }
        var text = document.Text;
        var scratch = t_tokens ??= new List<Token>(256);
        var result = ImmutableArray.CreateBuilder<Token>(Math.Max(16, text.Length / 5));
        foreach (var s in document.Sentences)
        {
            scratch.Clear();
            Tokenize(text, s.Span, scratch);
            result.AddRange(CollectionsMarshal.AsSpan(scratch));
        }
        document.Tokens = result.DrainToImmutable();
    }

    /// <summary>Tokens of one sentence (appended to <paramref name="output"/>), with the sentence-final period rule.</summary>
    public static void Tokenize(string text, TextSpan sentence, List<Token> output)
    {
        int from = output.Count;
        EnglishTokenizer.Tokenize(text, sentence.Start, sentence.End, output);
        SplitFinalPeriod(text, output, from);
    }

    /// <summary>Splits the period off a sentence-final abbreviation among output[from..] (the sentence's tokens).</summary>
    internal static void SplitFinalPeriod(string text, List<Token> output, int from)
    {
        if (!NeedsFinalSplit(text, output, from, out int k)) return;
        var last = output[k];
        output[k] = new Token(new TextSpan(last.Span.Start, last.Span.End - 1), TokenKind.Word);
        output.Insert(k + 1, new Token(new TextSpan(last.Span.End - 1, last.Span.End), TokenKind.Punctuation));
    }

    /// <summary>Whether the sentence in tokens[from..] ends with an abbreviation's period (at index k), glued closers aside.</summary>
    private static bool NeedsFinalSplit(string text, List<Token> tokens, int from, out int k)
    {
        k = tokens.Count - 1;
        while (k > from && tokens[k].Span.Length == 1 && SentenceRules.IsCloser(text[tokens[k].Span.Start])
               && tokens[k].Span.Start == tokens[k - 1].Span.End) k--;
        if (k < from) return false;
        var last = tokens[k];
        return last.Kind == TokenKind.Word && last.Span.Length > 1 && text[last.Span.End - 1] == '.';
    }
}
