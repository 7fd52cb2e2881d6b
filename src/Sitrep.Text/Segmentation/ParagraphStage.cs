using System.Buffers;
using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Paragraphs of body text. News text puts one paragraph on a line, so every line break (LF, CR,
/// CRLF, U+2028, U+2029) ends a paragraph and blank lines are skipped. Boilerplate is cut out: a line
/// that a boilerplate span overlaps keeps only its pieces outside the span, so no paragraph (and hence
/// no sentence or token) ever reaches into boilerplate. Spans are trimmed of white space (incl. U+00A0).
/// </summary>
public sealed class ParagraphStage() : Stage("paragraphs", Layer.Paragraphs, Layer.Boilerplate)
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    public override void Run(ArticleDocument document) => document.Paragraphs = Split(document.Text, document.Boilerplate);

    /// <summary>The paragraphs of <paramref name="text"/> outside <paramref name="boilerplate"/>, in text order.</summary>
    public static ImmutableArray<Paragraph> Split(string text, ImmutableArray<Boilerplate> boilerplate)
    {
        var result = ImmutableArray.CreateBuilder<Paragraph>();
        // Sorted copy of the boilerplate spans so each line looks only at the spans that can touch it.
        var cuts = boilerplate.IsDefaultOrEmpty ? [] : boilerplate.Select(b => b.Span).Where(s => !s.IsEmpty).OrderBy(s => s.Start).ToArray();
        int next = 0;
        int i = 0;
        while (i < text.Length)
        {
            int rel = text.AsSpan(i).IndexOfAny(LineBreaks);
            int lineEnd = rel < 0 ? text.Length : i + rel;
            int s = i;
            // Skip spans that end before this line; they can't touch later lines either.
            while (next < cuts.Length && cuts[next].End <= s) next++;
            for (int k = next; k < cuts.Length && cuts[k].Start < lineEnd; k++)
            {
                if (cuts[k].End <= s) continue;
                Add(text, s, Math.Min(cuts[k].Start, lineEnd), result);
                s = Math.Max(s, cuts[k].End);
                if (s >= lineEnd) break;
            }
            if (s < lineEnd) Add(text, s, lineEnd, result);
            i = lineEnd + 1;
        }
        return result.ToImmutable();
    }

    private static void Add(string text, int s, int e, ImmutableArray<Paragraph>.Builder result)
    {
        while (s < e && EnglishTokenizer.IsSpace(text[s])) s++;
        while (e > s && EnglishTokenizer.IsSpace(text[e - 1])) e--;
        if (e > s) result.Add(new Paragraph(new TextSpan(s, e)));
    }
}
