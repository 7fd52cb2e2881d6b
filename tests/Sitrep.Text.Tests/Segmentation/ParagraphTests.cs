using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Text.Segmentation;

namespace Sitrep.Text.Tests.Segmentation;

public sealed class ParagraphTests
{
    private static string[] Paragraphs(string text, params TextSpan[] boilerplate) =>
        ParagraphStage.Split(text, boilerplate.Select(b => new Boilerplate(b, BoilerplateKind.Other)).ToImmutableArray())
            .Select(p => p.Span.Of(text)).ToArray();

    [Theory]
    [InlineData("One.\nTwo.", "One.|Two.")]
    [InlineData("One.\r\n\r\n  Two.  \r\n", "One.|Two.")]
    [InlineData("\n\n\u00A0One.\u00A0\n\t\n", "One.")]
    [InlineData("One.\u2029Two.\rThree.", "One.|Two.|Three.")]
    public void Each_line_is_a_paragraph_and_blank_lines_vanish(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Paragraphs(text));

    [Fact]
    public void Empty_text_has_no_paragraphs() => Assert.Empty(Paragraphs(""));

    [Fact]
    public void A_boilerplate_line_is_left_out()
    {
        const string text = "Shelling resumed.\nAdvertisement\nResidents fled.";
        int s = text.IndexOf("Advert", StringComparison.Ordinal);
        Assert.Equal(["Shelling resumed.", "Residents fled."], Paragraphs(text, new TextSpan(s, s + "Advertisement".Length)));
    }

    [Fact]
    public void Boilerplate_inside_a_line_cuts_the_line_around_it()
    {
        const string text = "Shelling resumed. Share this story Residents fled.";
        int s = text.IndexOf("Share", StringComparison.Ordinal);
        Assert.Equal(["Shelling resumed.", "Residents fled."], Paragraphs(text, new TextSpan(s, s + "Share this story".Length)));
    }

    [Fact]
    public void Boilerplate_spanning_several_lines_removes_them_all()
    {
        const string text = "Body one.\nRelated: A\nRelated: B\nBody two.";
        int s = text.IndexOf("Related", StringComparison.Ordinal);
        int e = text.LastIndexOf('\n');
        Assert.Equal(["Body one.", "Body two."], Paragraphs(text, new TextSpan(s, e)));
    }
}
