using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The fifth random sample of the audit corpora's events (issue #6, helper E5): invented sentences for each general
/// rule (deaths a bomb caused read as fighting of no kind, ...). Skipped when the models are absent.
/// </summary>
public sealed class SampleFivePrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("A powerful blast damaged the embassy in Nairobi, killing 40 people.", "183")]
    [InlineData("The bomb went off near a market in Kabul, killing 30 people and wounding 50 others.", "183")]
    [InlineData("She laid a wreath near the crater left by the embassy blast that killed 10 people in Nairobi.", "183")]
    [InlineData("More than 50 people have been killed in the blasts near the two embassies in Nairobi.", "183")]
    [InlineData("Five people were killed in Kabul when a bomb exploded outside a mosque.", "183")]
    [InlineData("At least 12 Kenyan soldiers were killed when their truck struck a roadside bomb.", "1833")]
    [InlineData("At least 12 Kenyan soldiers were killed when their convoy hit an improvised explosive device.", "183")]
    [InlineData("Rebels planted explosives under a bridge in Kabul, killing four soldiers.", "183")]
    [InlineData("Rebels detonated a car bomb outside a police station in Kabul, killing several people.", "1832")]
    [InlineData("The car bomb attack at the hotel in Nairobi killed 25 people.", "183")]
    [InlineData("Six people were also killed and at least 58 injured in a car bomb attack outside the hotel in Nairobi.", "183")]
    [InlineData("More than 100 people have been killed and more than 1,000 others wounded in the blasts in Nairobi.", "183")]
    [InlineData("A man was arrested over the bombings of two hotels in Kenya last year that killed 60 people.", "183")]
    [InlineData("In the latest attack, six Kenyan soldiers were killed when their truck hit a roadside bomb.", "1833")]
    [InlineData("He has been on the run since the bombing of a clinic in Atlanta that killed a police officer.", "183")]
    public void Deaths_a_bomb_caused_are_a_bomb_set_off_not_fighting_of_no_kind(string sentence, string code)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == code);
        Assert.DoesNotContain(events, e => e.Code is "190" or "193");
    }

    [Fact]
    public void An_accidents_blast_a_killing_hangs_on_is_no_assault_and_gunfire_stays_fighting()
    {
        if (Code("A gas explosion ripped through a factory in Nairobi, killing 20 workers.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("18", StringComparison.Ordinal) || e.Code.StartsWith("19", StringComparison.Ordinal));
        if (Code("Kenyan troops fired at protesters in Nairobi, killing two people.") is not { } fired) return;
        Assert.Contains(fired, e => e.Source == "KENMIL" && e.Code == "190");
    }

    [Fact]
    public void A_relative_clause_of_killing_on_a_group_or_an_attack_of_no_kind_keeps_its_code()
    {
        if (Code("Al-Shabab claimed two attacks in the market area of Mandera which killed at least 28 people.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "190" && e.Target == "KENCVL");
        if (Code("Kenyan police arrested two gunmen from a Somali group that killed 20 villagers in Mandera.") is not { } group) return;
        Assert.Contains(group, e => e.Source == "SOM" && e.Code == "190");
    }

    [Theory]
    [InlineData("The release came as Israel announced it would free over 150 Palestinian prisoners by the end of August.", Modality.Future)]
    [InlineData("Israel must free the Palestinian prisoners, the group said.", Modality.Asserted)]
    public void Free_after_a_modal_is_the_verb_not_an_adjective(string sentence, Modality modality)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "ISR" && e.Code == "0841" && e.Target.StartsWith("PSE", StringComparison.Ordinal) && e.Modality == modality);
    }

    [Fact]
    public void Free_with_its_copula_stays_an_adjective()
    {
        if (Code("The Palestinian prisoners would be free by Friday, Israel said.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("084", StringComparison.Ordinal));
    }

    [Fact]
    public void Papers_submitted_are_no_yielding_but_submitting_to_a_force_is()
    {
        if (Code("The Kenyan government has started to submit reports to the United Nations committees.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("08", StringComparison.Ordinal));
        if (Code("The rebels finally submitted to the Ugandan army.") is not { } yielded) return;
        Assert.Contains(yielded, e => e.Code == "080" && e.Target == "UGAMIL");
    }

    [Fact]
    public void Armed_men_driven_out_are_fought_and_villagers_driven_out_expelled()
    {
        if (Code("Kenyan troops drove the rebels out of the town.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENMIL" && e.Code == "190" && e.Target.EndsWith("REB", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Code == "201");
        if (Code("The militia drove thousands of Kenyan villagers out of the region.") is not { } expelled) return;
        Assert.Contains(expelled, e => e.Code == "201" && e.Target == "KENCVL");
    }

    [Fact]
    public void A_country_before_coordinated_roles_qualifies_one_named_by_its_body_too()
    {
        if (Code("Senior Kenyan diplomats and military officials have warned Uganda.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENMIL" && e.Code == "130" && e.Target == "UGA");
        Assert.DoesNotContain(events, e => e.Source.StartsWith("---", StringComparison.Ordinal));
        if (Code("Kenyan police and foreign soldiers attacked the rebels.") is not { } foreign) return;
        Assert.DoesNotContain(foreign, e => e.Source == "KENMIL");
    }

    [Fact]
    public void A_maker_named_by_its_trade_is_a_business_and_a_guard_corps_armed_forces()
    {
        if (Code("Boeing has entered into an agreement with Russian manufacturer Sukhoi.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "057" && e.Target == "RUSBUS");
        if (Code("Kenyan troops have not yet engaged Uganda's vaunted Republican Guard.") is not { } guard) return;
        Assert.Contains(guard, e => e.Source == "KENMIL" && e.Target == "UGAMIL");
    }

    [Fact]
    public void A_product_unveiled_is_no_event()
    {
        if (Code("Aircraft manufacturer Airbus have unveiled their new A350 jet at their Toulouse factory near Blagnac, in France.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("05", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalised_name_is_no_common_word_written_in_lower_case()
    {
        if (Code("The Kenyan government offered amnesty to the rebels.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.StartsWith("NGO", StringComparison.Ordinal));
        if (Code("Lions, tigers and Kenya welcomed the new ties with Uganda.") is not { } tigers) return;
        Assert.DoesNotContain(tigers, e => e.Source == "LKAREB");
        if (Code("Colombo held six rounds of talks with the Tigers.") is not { } named) return;
        Assert.Contains(named, e => e.Target == "LKAREB");
        if (Code("The pope met the Kenyan president.") is not { } pope) return;
        Assert.Contains(pope, e => e.Source == "VATREL");
    }

    [Theory]
    [InlineData("The Kenyan president attacked Uganda in a television interview on Monday.")]
    [InlineData("The Kenyan minister launched an attack on Uganda in the press.")]
    public void An_attack_made_through_an_interview_or_the_press_is_criticism(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code == "111" && e.Target == "UGA");
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void The_medium_of_an_attack_in_words_is_no_target_and_troops_attacking_still_fight()
    {
        if (Code("The Kenyan foreign minister and the defence minister have been engaging in shrill public attacks over the media.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.EndsWith("MED", StringComparison.Ordinal) || e.Code.StartsWith("19", StringComparison.Ordinal));
        if (Code("Kenyan troops attacked the rebels on Monday.") is not { } fought) return;
        Assert.Contains(fought, e => e.Source == "KENMIL" && e.Code == "190");
    }

    [Fact]
    public void A_people_called_by_a_name_makes_no_call()
    {
        if (Code("It was a land of farmers, a people called Ugandans.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "041");
        if (Code("A Kenyan minister called his Ugandan counterpart on Monday, officials said.") is not { } called) return;
        Assert.Contains(called, e => e.Source == "KENGOV" && e.Code == "041");
    }
}
