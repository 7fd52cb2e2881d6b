using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Cleaning;

/// <summary>Splits the body into paragraphs at blank lines, leaving out boilerplate.</summary>
public sealed class ParagraphStage() : Stage("paragraphs", Layer.Paragraphs, Layer.Boilerplate)
{
    public override void Run(ArticleDocument document)
    {
        var text = document.Text;
        var result = ImmutableArray.CreateBuilder<Paragraph>();
        int i = 0;
        while (i < text.Length)
        {
            int lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0) lineEnd = text.Length;
            int s = i, e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                var span = new TextSpan(s, e);
                if (!document.IsBoilerplate(span)) result.Add(new Paragraph(span));
            }
            i = lineEnd + 1;
        }
        document.Paragraphs = result.ToImmutable();
    }
}
