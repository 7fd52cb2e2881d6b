using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Segmentation;

/// <summary>Sentence boundaries inside each paragraph. (Placeholder: splits after . ! ? followed by a space.)</summary>
public sealed class SentenceStage() : Stage("sentences", Layer.Sentences, Layer.Paragraphs)
{
    public override void Run(ArticleDocument document)
    {
        var text = document.Text;
        var result = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var p in document.Paragraphs)
        {
            int start = p.Span.Start;
            for (int i = p.Span.Start; i < p.Span.End; i++)
            {
                if (text[i] is '.' or '!' or '?' && i + 1 < p.Span.End && text[i + 1] == ' ')
                {
                    result.Add(new Sentence(new TextSpan(start, i + 1)));
                    start = i + 2;
                }
            }
            if (start < p.Span.End) result.Add(new Sentence(new TextSpan(start, p.Span.End)));
        }
        document.Sentences = result.ToImmutable();
    }
}

/// <summary>Tokens with offsets. (Placeholder: whitespace and punctuation split.)</summary>
public sealed class TokenStage() : Stage("tokens", Layer.Tokens, Layer.Sentences)
{
    public override void Run(ArticleDocument document)
    {
        var text = document.Text;
        var result = ImmutableArray.CreateBuilder<Token>();
        foreach (var s in document.Sentences)
        {
            int i = s.Span.Start;
            while (i < s.Span.End)
            {
                if (char.IsWhiteSpace(text[i])) { i++; continue; }
                int j = i;
                if (char.IsLetterOrDigit(text[i])) { while (j < s.Span.End && char.IsLetterOrDigit(text[j])) j++; }
                else j++;
                result.Add(new Token(new TextSpan(i, j), char.IsDigit(text[i]) ? TokenKind.Number : char.IsLetter(text[i]) ? TokenKind.Word : TokenKind.Punctuation));
                i = j;
            }
        }
        document.Tokens = result.ToImmutable();
    }
}
