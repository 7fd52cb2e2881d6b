using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Demonstrations with no party named: ACLED records a protest whether or not the text says whom it is against, so the
/// coder keeps a protest by people who take to the streets with one side only. Skipped when the models are absent.
/// </summary>
public sealed class ProtestTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("Thousands of people protested in Nairobi on Monday against the new finance bill.", "KENCVL")]
    [InlineData("About 2,000 protesters marched through Nairobi on Monday.", "KENOPP")]
    [InlineData("Hundreds of nurses demonstrated in Nairobi over unpaid wages.", "KENHLH")]
    [InlineData("Students held a rally in Nairobi on Monday.", "KENEDU")]
    [InlineData("Teachers went on strike in Nairobi on Monday.", "KENEDU")]
    public void A_protest_with_no_party_named_is_a_one_sided_event(string text, string protesters)
    {
        if (Code(text) is not { } events) return;
        // the protesters, with the country of the place they march in, and no one as the target (not the city's country)
        Assert.Contains(events, e => e.Source == protesters && e.Target.Length == 0 && e.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Target == "KEN");
    }

    [Theory]
    [InlineData("Protests erupted in Kisumu on Tuesday over the price of maize flour.", "KENOPP", "140")]
    [InlineData("Thousands took to the streets of Kisumu on Tuesday.", "KENOPP", "141")]
    [InlineData("Thousands of Kenyans took to the streets of Kisumu on Tuesday.", "KENCVL", "141")]
    public void Protests_that_name_no_protester_are_held_by_protesters_of_the_place(string text, string protesters, string code)
    {
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source == protesters && e.Target.Length == 0 && e.Code == code && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void Protests_that_may_come_are_hypothetical_and_a_state_is_no_crowd()
    {
        if (Code("Protests could erupt in Kisumu if the price of maize flour rises again.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("14", StringComparison.Ordinal) && e.Modality == Modality.Asserted);
        if (Code("Kenya protested on Tuesday.") is not { } state) return;
        Assert.DoesNotContain(state, e => e.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The army demonstrated its resolve in Nairobi on Monday.")]
    [InlineData("The president urged citizens in Nairobi to keep rallying behind the troops.")]
    [InlineData("Kenyan soldiers marched through Nairobi on Monday.")]
    [InlineData("Shares staged a rally in Nairobi on Monday.")]
    [InlineData("Nobody in Nairobi remembers the students who marched in 1990.")]
    public void Showing_calling_marching_troops_and_markets_are_no_protest(string text)
    {
        if (Code(text) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("14", StringComparison.Ordinal) && e.Target.Length == 0);
    }

    [Fact]
    public void A_protest_in_a_foreign_country_still_names_it()
    {
        if (Code("Kenyan activists staged a protest in Uganda on Monday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENOPP" && e.Target == "UGA" && e.Code.StartsWith("14", StringComparison.Ordinal));
    }
}
