using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The audit of weblogs and newsgroup posts (issue #6, fifth corpus): invented sentences for each general rule (events
/// our default reading coded that the text does not report, or reported in the wrong mood). Skipped when the models are
/// absent.
/// </summary>
public sealed class WeblogPrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Fact]
    public void Countries_round_a_country_are_its_geography()
    {
        if (Code("Kenya is surrounded by Uganda, Tanzania, Ethiopia and Somalia.") is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void A_share_of_an_economy_held_is_owned_not_seized()
    {
        if (Code("Kenya holds a large share of the Ugandan economy.") is not { } events) return;
        Assert.Empty(events);
    }

    [Theory]
    [InlineData("Should Kenya decide to attack Uganda, the region would suffer.")]
    [InlineData("If Kenya and Tanzania decide to fight the Ugandan army, the war will spread.")]
    public void A_condition_on_the_governing_verb_makes_its_complement_hypothetical(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        var attacks = events.Where(e => e.Code.StartsWith("19", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(attacks);
        Assert.All(attacks, e => Assert.Equal(Modality.Hypothetical, e.Modality));
    }

    [Fact]
    public void A_readiness_above_a_complement_reaches_the_complement_of_the_complement()
    {
        if (Code("Kenya was keen to help stabilise the Ugandan government.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_meeting_held_is_between_its_holders_not_with_the_host_or_the_occasion()
    {
        if (Code("The presidents of Kenya, Uganda and Tanzania held a meeting in Nairobi on the sidelines of the African Union summit.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGAGOV" && e.Target == "TZAGOV");
        Assert.DoesNotContain(events, e => e.Target == "KEN" || e.Source == "KEN");
        Assert.DoesNotContain(events, e => e.Target.StartsWith("IGO", StringComparison.Ordinal));
        // (a summit one attends is still a visit to its host)
        if (Code("The Kenyan president will attend a summit in Kampala.") is not { } attended) return;
        Assert.Contains(attended, e => e.Source == "KENGOV" && e.Target == "UGA");
    }

    [Fact]
    public void Calling_someones_bluff_is_no_call_and_no_appeal()
    {
        if (Code("The Ugandan president called Kenya's bluff on Tuesday.") is not { } events) return;
        Assert.Empty(events);
        if (Code("Kenya called Uganda's foreign minister on Monday.") is not { } called) return;
        Assert.Contains(called, e => e.Source == "KEN" && e.Target == "UGAGOV");
    }

    [Fact]
    public void What_one_avoids_doing_is_not_done()
    {
        if (Code("Kenya has avoided criticising the Ugandan government.") is not { } events) return;
        Assert.All(events, e => Assert.True(e.Negated));
    }

    [Fact]
    public void Dealing_with_a_problem_between_others_deals_with_no_one()
    {
        if (Code("The minister has to deal with the growing rivalry between Uganda and Rwanda.") is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void Attacks_held_off_are_not_made()
    {
        if (Code("The rebels will hold off on further attacks against the Ugandan army.") is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void Forces_pulled_back_leave_the_place_they_are_pulled_from()
    {
        if (Code("Kenya had to pull back its troops from Somalia in 2012.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "SOM" && e.Code.StartsWith("087", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Target.EndsWith("MIL", StringComparison.Ordinal));
    }

    [Fact]
    public void The_purpose_of_an_alleged_deed_is_part_of_the_accusation()
    {
        if (Code("Uganda accuses Kenya of using its embassy in Kampala to train rebels.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGA" && e.Target == "KEN" && e.Code == "112");
        Assert.DoesNotContain(events, e => e.Source == "KEN");
    }

    [Fact]
    public void What_someone_has_a_motive_to_do_is_not_done_yet()
    {
        if (Code("The change should provide increased motivation for Pakistan to help the return of Afghan rebels.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_race_one_aims_to_win_is_no_threat()
    {
        if (Code("Kenya aims to beat Uganda to the finish line.") is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void A_disaster_does_no_violence()
    {
        if (Code("A mine disaster killed 30 people in Kenya.") is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void What_media_report_is_no_statement_to_those_it_is_about()
    {
        if (Code("Kenyan media reported 40 people killed in the fighting.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "010");
    }

    [Fact]
    public void Promised_revenge_is_a_threat_of_force()
    {
        if (Code("Uganda's clerics promised revenge against the Kenyan soldiers.") is not { } events) return;
        Assert.Contains(events, e => e.Target == "KENMIL" && e.Code == "138");
        Assert.DoesNotContain(events, e => e.Code.StartsWith("03", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kenyan proposal met with the approval of the Ugandan government.")]
    [InlineData("Two Kenyan military pilots embarked on Uganda's first manned space flight.")]
    [InlineData("The Kenyan president kept flogging the Ugandan rebel issue.")]
    public void Senses_of_dictionary_verbs_that_are_no_event(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Empty(events);
    }
    [Fact]
    public void A_by_phrase_in_the_passive_names_no_one_acted_on()
    {
        if (Code("The network is largely financed by Kenya and by grants of Asian governments to various NGO's and by certain United Nations organizations.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.StartsWith("IGO", StringComparison.Ordinal) || e.Target == "NGO");
    }

    [Theory]
    [InlineData("The Ugandan general has decided to take seriously Kenya's frequent boasts.")]
    [InlineData("Kenyan officials hired a Ugandan firm to take the weapons to Somalia.")]
    public void Words_taken_seriously_and_goods_taken_somewhere_are_not_seized(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("17", StringComparison.Ordinal));
        // (a town taken is)
        if (Code("Ugandan troops took the Kenyan town of Busia.") is not { } town) return;
        Assert.Contains(town, e => e.Source == "UGAMIL" && e.Target == "KEN");
    }
    [Fact]
    public void One_warned_or_asked_is_the_target_also_as_an_indirect_object()
    {
        if (Code("Senior British diplomats and military officials had warned Iran also.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "GBRGOV" && e.Target.StartsWith("IRN", StringComparison.Ordinal) && e.Code.StartsWith("13", StringComparison.Ordinal));
        if (Code("The Kenyan rebels had asked Ugandan intelligence for technical help in making bombs.") is not { } asked) return;
        Assert.Contains(asked, e => e.Source == "KENREB" && e.Target == "UGASPY" && e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void A_demand_that_another_do_something_no_code_reads_is_made_of_that_other()
    {
        if (Code("The Ugandan president has demanded that Kenya leave all the land that it holds.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGAGOV" && e.Target == "KEN" && e.Code.StartsWith("10", StringComparison.Ordinal));
    }

    [Fact]
    public void A_visit_is_its_owners_to_whom_its_to_phrase_names()
    {
        if (Code("The deal was the heart of the Kenyan president's four-day visit to Uganda last week.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target == "UGA" && e.Code == "042" && e.Modality == Modality.Asserted);
        if (Code("Kenya cancelled the Ugandan president's visit to Tanzania.") is not { } cancelled) return;
        Assert.DoesNotContain(cancelled, e => e.Code == "042");
        if (Code("The Kenyan president's upcoming visit to Uganda was discussed.") is not { } upcoming) return;
        Assert.All(upcoming.Where(e => e.Code == "042"), e => Assert.Equal(Modality.Future, e.Modality));
    }
    [Fact]
    public void A_verb_made_of_an_adjective_and_a_noun_is_neither()
    {
        if (Code("The Kenyan government should strong-arm Uganda and Tanzania into a final settlement.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("06", StringComparison.Ordinal));
        if (Code("Ugandan troops launched a counter-attack against the Kenyan rebels.") is not { } counter) return;
        Assert.Contains(counter, e => e.Source == "UGAMIL" && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("These Somali rebels inspired by Kenya are dangerous.")]
    [InlineData("The health of Ugandan children affected by the Kenyan floods is poor.")]
    public void Those_inspired_or_affected_by_someone_are_not_acted_on(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Empty(events);
    }
    [Fact]
    public void Against_whom_one_sides_is_no_partner()
    {
        if (Code("Most Ugandan Muslims will side with their Hezbollah coreligionists against Israel.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.StartsWith("ISR", StringComparison.Ordinal) && e.Code.StartsWith("05", StringComparison.Ordinal));
        // (sanctions against someone are still against them)
        if (Code("Kenya imposed sanctions against Uganda.") is not { } sanctions) return;
        Assert.Contains(sanctions, e => e.Source == "KEN" && e.Target == "UGA");
    }

    [Theory]
    [InlineData("Any Kenyan attack on Uganda could be perceived by Tanzania as a threat.")]
    [InlineData("A Kenyan invasion of Uganda would destabilise the region.")]
    public void An_act_only_supposed_is_hypothetical(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Modality.Hypothetical, e.Modality));
    }
    [Theory]
    [InlineData("The Ugandan president did not invade Kenya and butcher his own people because of Tanzania.", "UGAGOV", "UGACVL")]
    [InlineData("The Kenyan army killed thousands of its own citizens in Uganda.", "KENMIL", "KENCVL")]
    public void The_doers_own_people_are_of_the_doers_country(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Target == target);
    }

    [Fact]
    public void Meeting_opposition_or_resistance_leaders_is_still_a_meeting()
    {
        if (Code("The Kenyan president met opposition leaders from Uganda.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code.StartsWith("04", StringComparison.Ordinal));
        if (Code("Kenya met the Ugandan resistance leaders.") is not { } resistance) return;
        Assert.Contains(resistance, e => e.Source == "KEN" && e.Code.StartsWith("04", StringComparison.Ordinal));
    }
    [Fact]
    public void A_promise_or_a_risk_above_an_aspect_or_an_act_is_of_what_may_come()
    {
        if (Code("Kenya pledged to continue assisting Uganda in this endeavor.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Modality == Modality.Future);
        if (Code("Kenya risks fighting the Ugandan army and the rebels simultaneously.") is not { } risk) return;
        Assert.NotEmpty(risk);
        Assert.All(risk, e => Assert.Equal(Modality.Hypothetical, e.Modality));
    }
}
