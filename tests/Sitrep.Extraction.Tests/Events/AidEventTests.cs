namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Aid events as situation reports tell them (helper H's lexicon lines): looting aid is seizing property, stopping aid
/// deliveries is reducing humanitarian assistance. Invented sentences; skipped when the models are absent.
/// </summary>
public sealed class AidEventTests
{
    [Theory]
    [InlineData("Gunmen looted a WFP warehouse in Sudan.", "171")]
    [InlineData("Armed men looted 14 UNRWA trucks near the crossing on Monday.", "171")]
    [InlineData("WFP suspended food deliveries to Gaza on Monday.", "1623")]
    public void Looting_and_stopping_aid_are_coded_as_such(string sentence, string code)
    {
        if (EventCoderTests.Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == code);
    }

    [Fact]
    public void Rioters_looting_shops_still_riot()
    {
        if (EventCoderTests.Code("The protesters looted shops in Nairobi.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "171");
    }
}
