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
}
