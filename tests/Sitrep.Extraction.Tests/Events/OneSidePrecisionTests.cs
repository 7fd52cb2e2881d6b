using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The fifth precision round on unlabelled news: invented sentences for each general rule (events our default reading
/// coded between parties the text does not set against or beside each other). Skipped when the models are absent.
/// </summary>
public sealed class OneSidePrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    /// <summary>Bill Clinton is a US leader of no office on an undated page in the Phoenix actor dictionary (USAELI).</summary>
    [Fact]
    public void One_countrys_leaders_agreeing_together_are_no_dyad()
    {
        if (!EventCoderTests.Dictionaries || Code("Bill Clinton and the US secretary of state agreed that the embargo would stay.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "050");
    }

    [Fact]
    public void Two_countries_leaders_agreeing_together_still_agree_with_each_other()
    {
        if (Code("The Kenyan president and the Ugandan president agreed that the border would reopen.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code == "050" && e.Target.StartsWith("UGA", StringComparison.Ordinal));
    }

    [Fact]
    public void Relatives_named_by_their_town_are_its_people_not_its_state()
    {
        if (Code("Government lawyers moved to dismiss the Boston relatives' lawsuit.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target == "USA");
        Assert.Contains(events, e => e.Code == "120" && e.Target == "USACVL");
    }
}
