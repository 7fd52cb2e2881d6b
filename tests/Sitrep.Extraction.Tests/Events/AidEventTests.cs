namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Aid events as situation reports tell them (helper H's lexicon lines): looting aid is seizing property, stopping aid
/// deliveries is reducing humanitarian assistance. Invented sentences; skipped when the models are absent.
/// </summary>
public sealed class AidEventTests
{
    [Theory]
    [InlineData("The World Bank pledged $300 million to Kenya.", "IGOWBK", "KEN")]
    [InlineData("Japan pledged 200 million dollars to help Nepal.", "JPN", "NPL")]
    [InlineData("Qatar offered a $1 billion loan to help Egypt pay its debts.", "QAT", "EGY")]
    [InlineData("Britain promised 50 million pounds to support Ukraine.", "GBR", "UKR")]
    public void Money_pledged_even_to_help_someone_is_an_intent_to_give_aid_to_them(string sentence, string donor, string recipient)
    {
        if (EventCoderTests.Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((donor, recipient, "033"), (e.Source, e.Target, e.Code[..3]));
    }

    [Theory]
    [InlineData("Gunmen looted a WFP warehouse in Sudan.", "171")]
    [InlineData("Armed men looted 14 UNRWA trucks near the crossing on Monday.", "171")]
    [InlineData("WFP suspended food deliveries to Gaza on Monday.", "1623")]
    public void Looting_and_stopping_aid_are_coded_as_such(string sentence, string code)
    {
        if (EventCoderTests.Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == code);
    }

    [Theory]
    [InlineData("The United Nations appealed for $1.5 billion to help Somalia.")]
    [InlineData("The UN on Monday appealed for $900 million to help Chad.")]
    [InlineData("The UN called for $2 billion to assist Ethiopia.")]
    public void What_money_asked_for_would_do_is_not_done(string sentence)
    {
        if (EventCoderTests.Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("07", StringComparison.Ordinal) || e.Code.StartsWith("05", StringComparison.Ordinal));
    }

    [Fact]
    public void What_help_asked_for_would_do_is_not_done()
    {
        if (EventCoderTests.Code("Somalia asked Kenya for help to fight the insurgents.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal) && e.Modality == Sitrep.Core.Model.Modality.Asserted);
        Assert.Contains(events, e => e.Source == "SOM" && e.Target == "KEN" && e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void An_appeal_to_a_party_to_act_is_still_an_appeal()
    {
        if (EventCoderTests.Code("Kenya appealed to Uganda to release the prisoners.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void Rioters_looting_shops_still_riot()
    {
        if (EventCoderTests.Code("The protesters looted shops in Nairobi.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "171");
    }
}
