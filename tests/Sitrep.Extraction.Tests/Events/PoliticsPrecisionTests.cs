using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The audit of politics and history text (issue #6, fourth corpus): invented sentences for each general rule (parties
/// our default reading took from words that name no party, or missed). Skipped when the models are absent.
/// </summary>
public sealed class PoliticsPrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Fact]
    public void A_country_in_the_name_of_an_election_or_a_war_is_no_party()
    {
        if (Code("He lost to candidates in the 2010 Kenyan general election who criticised the Ugandan government.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "KEN");
        if (Code("As agreed with the Allies at the Nairobi Conference in 1998, Uganda entered the war.") is not { } agreed) return;
        Assert.DoesNotContain(agreed, e => e.Target == "KEN");
        // (the host of a gathering attended is still visited)
        if (Code("The Ugandan president will attend the Nairobi Summit next week.") is not { } attended) return;
        Assert.Contains(attended, e => e.Source == "UGAGOV" && e.Target == "KEN");
        if (Code("The German invasion of Poland began the war.") is not { } invasion) return;
        Assert.Contains(invasion, e => e.Source == "DEU" && e.Target == "POL");
    }

    [Theory]
    [InlineData("Kenya and Uganda exchanged artillery fire on Tuesday.")]
    [InlineData("The rebels shelled the town with tank shells.")]
    public void A_weapon_that_says_what_kind_of_munition_is_fired_is_no_party(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "---MIL" || e.Target == "---MIL");
    }

    [Fact]
    public void Artillery_units_are_still_the_army()
    {
        if (Code("Ugandan artillery units shelled the rebels.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGAMIL");
    }

    [Fact]
    public void Coordinated_halves_of_a_countrys_name_are_two_countries()
    {
        if (Code("North and South Korea held talks at the border on Monday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "PRK" && e.Target == "KOR");
        Assert.Contains(events, e => e.Source == "KOR" && e.Target == "PRK");
    }

    [Fact]
    public void Declaring_war_on_a_state_is_an_act_of_war()
    {
        if (Code("Kenya declared war on Uganda in 1978.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Code == "190");
        if (Code("The president declared war on poverty.") is not { } poverty) return;
        Assert.Empty(poverty);
    }

    [Fact]
    public void Rights_organisations_are_non_governmental_organisations()
    {
        if (Code("Human rights organisations condemned the Ugandan government.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "---NGO" && e.Target == "UGAGOV" && e.Code.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void The_one_asked_to_do_something_is_the_object_of_the_asking()
    {
        if (Code("Uganda's President Yoweri Museveni had asked Federal Chancellor Angela Merkel to host a follow-up meeting.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGAGOV" && e.Target == "DEUGOV" && e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya tried to persuade Uganda to accept the Rwandan proposal.")]
    [InlineData("Kenya persuaded Uganda to accept the Rwandan proposal.")]
    public void What_one_is_persuaded_to_do_is_asked_of_one_not_done(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "UGA");
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_after_what_an_attack_hit_is_when_not_whom()
    {
        if (Code("The Kenyan government sent troops, following the invasion of Somalia by Ethiopia on 24 December 2006.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "ETH" && e.Target == "SOM" && e.Code == "192");
    }

    [Theory]
    [InlineData("Yesterday, Rwanda fired artillery rounds aimed at a radio mast in Uganda.")]
    [InlineData("Rwanda fired rockets aimed at Ugandan border posts.")]
    public void What_munitions_were_aimed_at_was_attacked(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "RWA" && e.Target == "UGA" && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void Opposition_expressed_is_a_stance_not_the_opposition_parties()
    {
        if (Code("Kenyan lawmakers expressed strong opposition to the new constitution.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.EndsWith("OPP", StringComparison.Ordinal));
        if (Code("Kenyan police arrested opposition leaders.") is not { } arrests) return;
        Assert.Contains(arrests, e => e.Source == "KENCOP" && e.Target == "KENOPP");
    }

    [Theory]
    [InlineData("The Kenyan government intends to hold two referendums with Ugandan observers.")]
    [InlineData("The party asked the regional government to ensure that the local administrations apply the ruling of the Supreme Court.")]
    public void Holding_a_referendum_or_applying_a_ruling_is_no_event(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void Applying_sanctions_is_still_coercion()
    {
        if (Code("Kenya applied sanctions against Uganda.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Code == "163");
    }
}
