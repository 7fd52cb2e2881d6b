using Sitrep.Core;

namespace Sitrep.Extraction.Tests;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("GAROWE, Somalia (Horn Dispatch) - Gunmen attacked a checkpoint.", "GAROWE", "Gunmen")]
    [InlineData("PORT SUDAN, Sudan, Nov. 3 (Horn Dispatch) \u2014 Shelling hit a market.", "PORT SUDAN", "Shelling")]
    [InlineData("GAROWE, Oct 9 (Wire) -- A car bomb exploded.", "GAROWE", "A car")]
    [InlineData("HARGEISA \u2014 US forces said.", "HARGEISA", "US forces")]
    [InlineData("HARGEISA, Somaliland (Wire)_Gunmen attacked a checkpoint.", "HARGEISA", "Gunmen")]
    [InlineData("Headline here\nPORT-AU-PRINCE, Haiti - Gangs attacked a police station.", "PORT-AU-PRINCE", "Gangs")]
    [InlineData("GAROWE _ A car bomb exploded near the market.", "GAROWE", "A car")]
    [InlineData("NEW YORK _ A woman was killed in a robbery.", "NEW YORK", "A woman")]
    public void A_wire_dateline_ends_where_the_ledes_words_begin(string text, string place, string lede)
    {
        int line = text.IndexOf('\n') + 1;
        var d = Dateline.At(text, line, text.Length);
        Assert.NotNull(d);
        Assert.Equal(place, d.Value.Place.Of(text));
        Assert.StartsWith(lede, text[d.Value.Span.End..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gunmen attacked a checkpoint - police said.")]
    [InlineData("UN - Officials met.")]
    [InlineData("SAID_TO_BE a file name.")]
    [InlineData("FAMILY FANTASTIC IN MOROCCO: HIDING AWAY IN THE 'PIRATE CASTLE' AT THE BEACH")]
    [InlineData("NATO said the talks - which began in March - had stalled.")]
    [InlineData("Headline here and GAROWE - Gunmen attacked a checkpoint.")]
    public void Other_openings_are_no_dateline(string text) => Assert.Null(Dateline.At(text, 0, text.Length));

    [Fact]
    public void A_names_line_dateline_is_found_from_the_lines_first_characters_only()
    {
        string lede = "GAROWE, Somalia (Wire) - Gunmen attacked a checkpoint near Garowe. ";
        string text = "Headline here\n\n" + lede + string.Concat(Enumerable.Repeat("Elders in Garowe met the governor. ", 2000));
        int place = text.IndexOf("GAROWE", StringComparison.Ordinal);
        Assert.Equal("GAROWE", Dateline.OfLine(text, new TextSpan(place, place + 6))!.Value.Place.Of(text));
        // a name far along the same line is no dateline's, and its line start is out of reach
        int far = text.LastIndexOf("Garowe", StringComparison.Ordinal);
        Assert.Null(Dateline.OfLine(text, new TextSpan(far, far + 6)));
        Assert.Equal(-1, Dateline.LineStart(text, far, 120));
        Assert.Equal(place, Dateline.LineStart(text, place + 3, 3));
        Assert.Equal(-1, Dateline.LineStart(text, place + 4, 3));
        Assert.Equal(0, Dateline.LineStart(text, 5, 5));
        Assert.Equal(-1, Dateline.LineStart(text, 6, 5));
    }
}
