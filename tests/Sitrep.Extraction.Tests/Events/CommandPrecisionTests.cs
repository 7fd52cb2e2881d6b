using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The sixth precision round on unlabelled news: invented sentences for each general rule. Mostly a party and its own
/// side coded as two (a state ordering, wanting, visiting or alerting its own forces; a rally or a trip in one's own
/// country), and a few misread kinds (a bombing by no state's forces, a hospital where victims were counted, a truce
/// after a visit). Skipped when the models are absent.
/// </summary>
public sealed class CommandPrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("The Kenyan president ordered Kenyan troops to invade Somalia.")]
    [InlineData("The president was expected to authorize naval commanders to use force against the pirates.")]
    [InlineData("The jailed Kurdish rebel leader Abdi Karim on Thursday called for a ceasefire and ordered all his fighters to leave Turkey.")]
    public void A_state_or_leader_ordering_its_own_forces_demands_nothing_of_another_party(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        // (what the ordered forces do, "fighters to leave Turkey", is theirs)
        Assert.DoesNotContain(events, e => (e.Code.StartsWith("10", StringComparison.Ordinal) || e.Code.StartsWith("08", StringComparison.Ordinal))
                                           && (e.Source.EndsWith("GOV", StringComparison.Ordinal) || e.Source.StartsWith("---", StringComparison.Ordinal)));
    }

    [Fact]
    public void What_a_state_wants_of_its_own_forces_is_no_intent_towards_another_party()
    {
        if (Code("Kenya wants the soldiers to be tried at home.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.StartsWith("KEN", StringComparison.Ordinal) && e.Target.EndsWith("MIL", StringComparison.Ordinal));
        if (Code("Kenya wants Uganda to withdraw its troops.") is not { } demanded) return;
        Assert.Contains(demanded, e => e.Source == "KEN" && e.Target == "UGA");
    }

    [Fact]
    public void What_the_ordered_forces_do_is_still_coded()
    {
        if (Code("The Kenyan president ordered Kenyan troops to invade Somalia.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENMIL" && e.Code == "192" && e.Target == "SOM");
    }

    [Theory]
    [InlineData("The Kenyan president ordered Ugandan troops to leave Kenya.", "KENGOV", "UGAMIL")]
    [InlineData("The UN Security Council authorized the troops to use force.", "IGOUNO", "---MIL")]
    [InlineData("The jailed Kurdish rebel leader ordered Turkish troops to withdraw.", "---REB", "TURMIL")]
    public void Ordering_another_countrys_forces_or_an_IGO_authorising_troops_is_still_an_event(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Target == target);
    }

    [Theory]
    [InlineData("In Nairobi, hundreds of children marched around the central park chanting slogans.")]
    [InlineData("Each year the Kenyan people take to the streets of Mombasa in order to carry on the tradition.")]
    [InlineData("In Kenya, meanwhile, tens of thousands of people rallied in a seaside park on Friday night to demand his return.")]
    public void A_rally_in_the_protesters_own_country_is_not_against_that_country(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("14", StringComparison.Ordinal) && e.Target.StartsWith("KEN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenyan students protested against the government in Nairobi.", "KENGOV")]
    [InlineData("Kenyan activists staged a protest in Uganda on Friday.", "UGA")]
    public void A_protest_against_a_named_party_or_held_abroad_keeps_its_target(string sentence, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code.StartsWith("14", StringComparison.Ordinal) && e.Target == target);
    }

    [Theory]
    [InlineData("The US president plans to meet with the families on Monday when he travels to Ohio for a speech.")]
    [InlineData("Later in the day, the Kenyan defence minister flew to visit Kenyan service members at an airfield in Somalia.")]
    [InlineData("The decision was made after the Kenyan defence minister returned from a visit with military commanders in Somalia.")]
    [InlineData("The two soldiers were welcomed home by the Kenyan president.")]
    public void A_trip_within_ones_own_country_or_to_ones_own_forces_visits_no_one(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("04", StringComparison.Ordinal)
                                           && (e.Target.Length == 3 && e.Source.StartsWith(e.Target, StringComparison.Ordinal) || e.Target.EndsWith("MIL", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The Kenyan president will travel to Uganda next week.", "UGA")]
    [InlineData("The Kenyan president visited Ugandan troops.", "UGAMIL")]
    public void A_trip_abroad_or_to_another_countrys_forces_is_still_a_visit(string sentence, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code == "042" && e.Target == target);
    }

    [Theory]
    [InlineData("Kenya has continued to increase its armed forces.")]
    [InlineData("Uganda put its army on alert after Kenyan troops crossed the border.")]
    public void A_show_of_force_on_ones_own_forces_held_nowhere_shows_it_to_no_one(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("15", StringComparison.Ordinal) && e.Target.EndsWith("MIL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_show_of_force_against_a_named_party_is_still_coded()
    {
        if (Code("Kenya mobilized its army against Uganda.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Code.StartsWith("15", StringComparison.Ordinal) && e.Target == "UGA");
    }

    [Fact]
    public void A_truce_brokered_after_a_visit_is_not_between_the_guest_and_the_host()
    {
        if (Code("The Kenyan foreign minister visited Uganda. The truce was brokered by Tanzania.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("045", StringComparison.Ordinal));
        if (Code("Kenyan troops clashed with Ugandan troops on the border. The truce was brokered by Tanzania.") is not { } fought) return;
        Assert.Contains(fought, e => e.Source == "TZA" && e.Code.StartsWith("045", StringComparison.Ordinal) && e.Target == "KENMIL");
    }

    [Fact]
    public void Victims_counted_at_a_hospital_are_not_its_staff()
    {
        const string sentence = "In another incident on Friday, 12 were killed and more than 30 injured in a bombing when worshippers gathered to hear a cleric preach in Peshawar, the capital of the province, police and doctors at the Lady Reading hospital said.";
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.EndsWith("HLH", StringComparison.Ordinal));
        if (Code("Gunmen fired at the hospital in Peshawar.") is not { } fired) return;
        Assert.Contains(fired, e => e.Code.StartsWith("19", StringComparison.Ordinal) && e.Target == "PAKHLH");
    }

    [Theory]
    [InlineData("The embassy bombings on Friday killed 247 people in Nairobi.")]
    [InlineData("At least 30 people were killed in a bombing in Peshawar on Thursday.")]
    [InlineData("On Thursday evening, two coordinated explosions killed at least 50 people and injured more than 100 in Peshawar, police said.")]
    public void A_bombing_by_no_states_forces_or_a_blast_is_a_bomb_set_off(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "183");
        Assert.DoesNotContain(events, e => e.Code is "195" or "193");
    }

    [Fact]
    public void A_states_bombing_stays_aerial()
    {
        if (Code("The U.S. bombing of Afghanistan killed 20 civilians.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "USA" && e.Code == "195");
    }

    [Fact]
    public void A_states_caution_does_nothing_as_that_state()
    {
        if (Code("An expert at Nairobi University said the government's caution would be necessary to protect military facilities.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("07", StringComparison.Ordinal));
    }

    [Fact]
    public void The_families_of_fighters_are_civilians_of_their_country()
    {
        if (Code("The Iraqi leader gave money to the families of Palestinian fighters.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "IRQGOV" && e.Code.StartsWith("07", StringComparison.Ordinal) && e.Target == "PSECVL");
        // (soldiers killed, hung by the parser on their families, are still the soldiers)
        if (Code("The Kenyan government paid compensation to the families of the Ugandan soldiers killed in the attack.") is not { } killed) return;
        Assert.Contains(killed, e => e.Code.StartsWith("19", StringComparison.Ordinal) && e.Target == "UGAMIL");
    }
}
