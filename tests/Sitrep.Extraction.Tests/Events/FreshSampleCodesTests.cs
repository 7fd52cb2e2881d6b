using Sitrep.Core.Model;
using Sitrep.Extraction.Events;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Wrong codes found in a fresh sample of news events: invented sentences for each general rule. Skipped when the
/// models are absent.
/// </summary>
public sealed class FreshSampleCodesTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Fact]
    public void Condemning_a_named_authors_attack_condemns_the_author()
    {
        if (Code("Canada condemns in the strongest terms both the ISIL attack this morning at a market in Mosul, "
                 + "and the bomb attacks in Kirkuk on Monday, as well as other recent terrorist attacks against the Iraqi people.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "018");
        Assert.Contains(events, e => e.Source == "CAN" && e.Code == "111");
    }

    [Theory]
    [InlineData("A Swedish firm has sought Chinese approval to buy a stake in the steelmaker.")]
    [InlineData("The Norwegian company sought Kenyan consent to drill off the coast.")]
    public void Seeking_approval_is_an_appeal(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "020");
        Assert.DoesNotContain(events, e => e.Code.StartsWith("03", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Army units cleared the village of rebel fighters on Sunday.")]
    [InlineData("Kenyan troops have cleared half of the town of militants since the offensive began.")]
    [InlineData("Kenyan troops have cleared 30 to 40 percent of the town of militants since the offensive began.")]
    public void Clearing_a_place_of_fighters_is_fighting_them(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "190");
        Assert.DoesNotContain(events, e => e.Code == "174");
    }

    [Theory]
    [InlineData("Al-Shabaab likely targeted the hotel because of its foreign guests.")]
    [InlineData("Rebels in Goma probably shelled the camp to drive out its residents.")]
    public void A_guessed_deed_is_hypothetical(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Modality.Hypothetical, e.Modality));
    }

    [Theory]
    [InlineData("Ugandan traders engaged in smuggling with Kenyan gangs.")]
    [InlineData("Kenyan diplomats engaged with Ugandan officials on the border dispute.")]
    [InlineData("Kenyan pilots say they have engaged in a little cat and mouse with Somali warplanes.")]
    public void Engaging_in_no_fight_is_no_force(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => EventCoder.IsForce(e.Code));
    }

    [Fact]
    public void Engaging_in_a_battle_is_still_force()
    {
        if (Code("Police engaged in running battles with protesters in Nairobi.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENCOP" && e.Code == "190");
    }

    [Fact]
    public void Speaking_during_a_visit_reports_the_visit()
    {
        if (Code("Speaking during a visit to Nairobi, the Ugandan president said Uganda needed more aid.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "010");
        Assert.Contains(events, e => e.Source == "UGAGOV" && e.Target == "KEN" && e.Code == "042");
    }

    [Theory]
    [InlineData("The mayor, addressing police in Nairobi, praised their courage.")]
    [InlineData("The mayor addressed police officers in Nairobi on Monday.")]
    public void Addressing_police_speaks_to_them(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("15", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Target == "KENCOP" && e.Code == "010");
    }

    [Fact]
    public void A_launched_attack_is_coded_once_as_the_noun_names_it()
    {
        if (Code("Kenyan forces on Thursday launched cruise missile strikes against rebel camps in Somalia and a depot in Sudan.") is not { } events) return;
        var force = Assert.Single(events, e => EventCoder.IsForce(e.Code));
        Assert.Equal("195", force.Code);
    }
}
