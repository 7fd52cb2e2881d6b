using System.Text;
using Sitrep.Core.Model;
using Sitrep.Text.Cleaning;
using Sitrep.Text.Reading;

namespace Sitrep.Text.Tests.Cleaning;

/// <summary>Seeded random input through the decoder, the HTML parser and the boilerplate rules: no exception, valid spans.</summary>
public sealed class HostileInputTests
{
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div class=\"share\">", "</div>", "<h1>", "</h1>", "<script>", "</script>", "<!--", "-->", "<![CDATA[",
        "\n", "\n\n", "\r\n", " ", "\u00A0", "[Reuters]", "(Photo: A/B)", "READ MORE: ", "By ", "Source: ", "Advertisement",
        "Killed 40 in Goma.", "“", "”", "\uD83D\uDE00", "\uD800", "é", "\0", "&amp;", "&#x1F600;", "&#0;", ":", "<", ">",
    ];

    [Fact]
    public void Random_documents_never_throw_and_give_whole_line_spans_inside_the_text()
    {
        var rng = new Random(20250303);
        for (int round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            int n = rng.Next(0, 60);
            for (int i = 0; i < n; i++) sb.Append(Pieces[rng.Next(Pieces.Length)]);
            var text = sb.ToString();

            var page = HtmlArticleParser.Parse(text);
            foreach (var input in new[] { text, page.Text })
            {
                var doc = new ArticleDocument(input);
                new BoilerplateStage().Run(doc);
                foreach (var b in doc.Boilerplate)
                {
                    Assert.True(b.Span.End <= input.Length);
                    Assert.False(b.Span.IsEmpty);
                    Assert.False(char.IsWhiteSpace(input[b.Span.Start]));
                }
            }

            var bytes = new byte[rng.Next(0, 200)];
            rng.NextBytes(bytes);
            var decoded = TextDecoder.Decode(bytes);
            Assert.True(decoded.Ok ^ decoded.ErrorCode is not null);
        }
    }

    [Fact]
    public void A_binary_file_named_jsonl_is_refused_from_its_head()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllBytes(path, [0x7B, 0x00, 0x00, 0x01, 0xFF, 0x00, 0x22, 0x00, 0x10]);
            var e = ArticleReader.ReadFile(path).Single().Error!;
            Assert.Equal(InputCodes.Binary, e.Code);
        }
        finally { File.Delete(path); }
    }
}
