using Sitrep.Core.Model;
using Sitrep.Extraction.Events;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The fourth precision round on unlabelled news: invented sentences for each general rule (events our default
/// reading coded that the text does not report). Skipped when the models are absent.
/// </summary>
public sealed class NewsPrecisionTests
{
    private static bool Dictionaries => EventCoderTests.Dictionaries;

    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("The minister met Ugandan officials to continue talks on their efforts to weaken and defeat the rebels.")]
    [InlineData("Kenya is working as part of the regional alliance to weaken and defeat al-Shabaab in Somalia.")]
    [InlineData("Uganda is working with its partners to weaken and defeat the rebels in Congo.")]
    public void Force_that_an_effort_or_work_is_aimed_at_is_not_done(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gerund_that_opens_the_sentence_names_an_undertaking()
    {
        if (Code("Defeating al-Shabaab will take years.") is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void Force_that_another_act_is_for_is_its_aim()
    {
        if (Code("Kenya stands by Uganda to defeat the rebels and end the violence.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
        if (Code("Kenyan troops crossed the border to attack al-Shabaab.") is not { } crossed) return;
        Assert.Contains(crossed, e => e.Source == "KENMIL" && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void Force_done_is_still_force()
    {
        if (Code("Kenyan troops defeated al-Shabaab in Somalia.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENMIL" && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void Facing_troops_at_a_border_is_no_meeting()
    {
        if (!Dictionaries || Code("Kenya's president, facing Ugandan troops at the border, sought talks with Tanzania.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("03", StringComparison.Ordinal) || e.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenyan police said the attack was planned in Kenya. A car bomb in Uganda killed ten people.")]
    [InlineData("Kenyan police said the attack was planned in Kenya. Six people were killed in a car bomb attack in the Ugandan capital.")]
    public void Victims_take_the_country_their_sentence_places_them_in_before_the_articles(string text)
    {
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Target == "UGACVL" && e.Code.StartsWith("18", StringComparison.Ordinal) || e.Target == "UGACVL" && e.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Target == "KENCVL");
    }

    [Theory]
    [InlineData("The Ugandan government condemned the terrorist attacks in Kenya.")]
    [InlineData("Terrorist bombings at Ugandan embassies in Kenya wrecked buildings.")]
    [InlineData("Be in no doubt, Kenya will destroy the terrorist scourge of al-Shabaab that threatens the lives of people in Kenya.")]
    public void The_word_for_the_kind_of_attack_names_no_attackers_of_the_place(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "KENINS" || e.Target == "KENINS");
    }

    [Fact]
    public void What_one_would_need_to_do_is_not_done()
    {
        if (Code("Kenya and Uganda would need to consult with Tanzania.") is not { } events) return;
        Assert.Contains(events, e => (e.Source, e.Target) == ("KEN", "TZA"));
        Assert.DoesNotContain(events, e => e.Modality == Modality.Asserted);
    }

    [Fact]
    public void Consulting_ones_own_government_involves_no_other_party()
    {
        if (Code("Ministers from Kenya, Uganda and Rwanda said they would need to consult with their national governments.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "---GOV" || e.Target == "---GOV");
    }

    [Theory]
    [InlineData("Citizens of all African countries, excluding Kenya and Uganda.")]
    [InlineData("Kenya contains 10 percent of the region's population.")]
    [InlineData("The hyperbole surrounding the work of Ugandan soldiers in Somalia makes them feel like heroes.")]
    public void Stative_senses_of_dictionary_verbs_are_no_events(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Empty(events);
    }

    [Theory]
    [InlineData("Kenyans coming to Uganda do not need a visa.")]
    [InlineData("Ugandans travelling to Kenya need no visa.")]
    [InlineData("Tanzanians who travel to Kenya need no visa.")]
    public void A_people_named_by_its_demonym_who_travel_make_no_visit(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void One_moved_by_anothers_decision_reacts_to_its_owner()
    {
        if (Code("Kenya was encouraged by Uganda's decision to reopen the border.") is not { } events) return;
        Assert.DoesNotContain(events, e => (e.Source, e.Target) == ("UGA", "KEN"));
        Assert.Contains(events, e => (e.Source, e.Target) == ("KEN", "UGA") && e.Code.StartsWith("05", StringComparison.Ordinal));
    }

    [Fact]
    public void A_thing_welcomed_is_praised_not_hosted()
    {
        if (!Dictionaries || Code("Kenya's foreign minister welcomed the unanimous adoption of the African Union resolution as a step towards bringing the parties in Somalia to the table.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code == "051");
    }

    [Theory]
    [InlineData("Kenya now controls 30 percent of Uganda's tea exports with its takeover of Uganda.")]
    [InlineData("Kenya holds 20 percent of the shares of Uganda Airlines.")]
    public void An_amount_held_is_no_seizure(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void An_event_word_that_says_what_kind_of_thing_something_is_is_no_event()
    {
        if (Code("Near Kismayo, two strikes destroyed three bunkers and two Taliban fighting positions.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "AFGREB");
        Assert.Contains(events, e => e.Target == "AFGREB" && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wish_to_see_how_things_turn_out_for_someone_is_no_intent()
    {
        if (Code("The Foreign Office, which does not want to see Uganda and Rwanda punished economically as a result of terrorist attacks, has lifted dire travel warnings.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("03", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ugandan workers struck for higher pay.")]
    [InlineData("Kenyan workers are less likely to strike than their Ugandan counterparts.")]
    public void Workers_who_strike_attack_no_one(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lower Ugandan corporate tax rates helped the company keep its costs flat.")]
    [InlineData("The Kenyan law also increases the amount of time people can spend overseas.")]
    [InlineData("Uganda's reluctance to connect citizens to the web is well known.")]
    public void A_countrys_things_do_nothing_as_that_country(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void A_country_that_hosts_tourists_hosts_no_visit_but_one_that_hosts_a_delegation_does()
    {
        if (Code("Last year Kenya hosted a total of 2 million Ugandan visitors.") is not { } tourists) return;
        Assert.DoesNotContain(tourists, e => e.Code.StartsWith("04", StringComparison.Ordinal));
        if (Code("Kenya received a Ugandan delegation on Monday.") is not { } delegation) return;
        Assert.Contains(delegation, e => (e.Source, e.Target) == ("KEN", "UGA") && e.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In Kampala, she laid a wreath next to the crater left by the embassy blast that killed 12 people.", "UGAGOV")]
    [InlineData("Protesters in Cairo attacked the embassy.", "EGYGOV")]
    public void An_embassy_of_no_named_country_is_not_the_hosts(string sentence, string host)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == host || e.Target == host);
    }

    [Fact]
    public void A_protest_whose_clause_names_its_object_is_not_against_the_place_it_is_held_in()
    {
        if (Code("Some 2,000 ethnic Somalis marched on Sunday in downtown Nairobi, burning Ethiopian flags to protest the killings of ethnic Somalis by Ethiopian police.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target == "KEN");
        Assert.Contains(events, e => e.Target == "ETH" && e.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void Contacting_a_party_is_consulting_it_but_news_outlets_that_reach_someone_gather_news()
    {
        if (Code("Kenya's foreign minister contacted Uganda's foreign minister on Monday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target.StartsWith("UGA", StringComparison.Ordinal) && e.Code == "040");
        if (Code("The Kenyan army was contacted by Reuters on Monday but gave no comment.") is not { } press) return;
        Assert.DoesNotContain(press, e => e.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void Fire_from_armed_men_is_their_attack_and_fire_from_lawmakers_is_criticism()
    {
        if (Code("Kenyan troops came under fire from al-Shabaab militants near Kismayo.") is not { } events) return;
        Assert.Contains(events, e => e.Target == "KENMIL" && e.Code == "190");
        Assert.DoesNotContain(events, e => e.Code == "111");
        if (Code("The Kenyan finance minister came under fire from Ugandan lawmakers over the budget.") is not { } words) return;
        Assert.Contains(words, e => e.Target == "KENGOV" && e.Code == "111");
    }

    [Fact]
    public void Giving_details_is_telling_not_a_gift()
    {
        if (Code("Ugandan officials gave details of the attack to Kenyan police.") is not { } events) return;
        Assert.Empty(events);
        if (Code("Uganda gave food aid to Kenya.") is not { } aid) return;
        Assert.Contains(aid, e => e.Source == "UGA" && e.Target == "KEN" && e.Code.StartsWith("07", StringComparison.Ordinal));
    }

    [Fact]
    public void Cooperation_one_calls_on_others_for_is_an_appeal_to_them_not_ones_own_cooperation()
    {
        if (Code("The Security Council called on Uganda to cooperate with Kenya.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "IGOUNO" && e.Target == "UGA" && e.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Code.StartsWith("06", StringComparison.Ordinal));
        if (Code("The Security Council called on all states to cooperate with Kenya.") is not { } all) return;
        Assert.DoesNotContain(all, e => e.Code.StartsWith("06", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Uganda stopped attacking Somalia in March.")]
    [InlineData("Kenya urged Uganda to stop attacking Somalia.")]
    public void What_one_stops_doing_is_not_done(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal) && !e.Negated);
    }

    [Theory]
    [InlineData("Tanzania condemned the bombing of the Kenyan embassy in Kampala.")]
    [InlineData("Tanzania deplored these senseless acts against the Ugandan embassy in Nairobi.")]
    public void Force_judged_with_no_doer_named_is_not_held_against_its_victims(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "TZA" && (e.Code.StartsWith("11", StringComparison.Ordinal) || e.Code.StartsWith("12", StringComparison.Ordinal)));
    }

    [Fact]
    public void Force_judged_is_held_against_its_doer()
    {
        if (Code("Tanzania condemned the attack on Kenyan police by al-Shabaab militants.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "TZA" && e.Code == "111" && e.Target != "KENCOP");
        Assert.DoesNotContain(events, e => e.Source == "TZA" && e.Target == "KENCOP");
    }

    [Fact]
    public void A_stance_one_professes_is_for_whom_it_names_not_its_holder()
    {
        if (Code("The Kenyan minister reiterated Tanzanian support for Uganda in the fight against the rebels.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target == "UGA" && e.Code == "051");
        Assert.DoesNotContain(events, e => e.Target == "TZA");
        if (Code("The Kenyan president sought to demonstrate Tanzanian support after the bombings in Kampala.") is not { } shown) return;
        Assert.DoesNotContain(shown, e => e.Target == "TZA");
        // one welcomed is praised: its holder is the target
        if (Code("The Kenyan minister welcomed Tanzanian support for the talks.") is not { } welcomed) return;
        Assert.Contains(welcomed, e => e.Source == "KENGOV" && e.Target == "TZA");
    }

    [Fact]
    public void Those_at_whose_hands_people_die_killed_them()
    {
        if (Code("Dozens of Kenyan civilians were killed at the hands of Ugandan soldiers.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGAMIL" && e.Target == "KENCVL");
        Assert.DoesNotContain(events, e => e.Target == "UGAMIL");
    }

    [Fact]
    public void Consulting_each_other_names_no_third_party()
    {
        if (Code("The two ministers pledged to consult each other regularly on relations with Tanzania.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target == "TZA");
        if (Code("Kenya and Uganda pledged to consult each other regularly on relations with Tanzania.") is not { } both) return;
        Assert.Contains(both, e => e.Source == "KEN" && e.Target == "UGA");
        Assert.DoesNotContain(both, e => e.Target == "TZA");
    }

    [Fact]
    public void Opposition_to_something_is_a_stance_not_the_opposition()
    {
        if (Code("The bishop defended the Kenyan church's opposition to the death penalty.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.EndsWith("OPP", StringComparison.Ordinal) || e.Target.EndsWith("OPP", StringComparison.Ordinal));
    }

    [Fact]
    public void Returning_somewhere_is_travel_and_returning_someone_is_a_return()
    {
        if (Code("The Kenyan ambassador is returning to Uganda after consultations in Nairobi.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("08", StringComparison.Ordinal));
        if (Code("Kenya returned the prisoners to Uganda.") is not { } returned) return;
        Assert.Contains(returned, e => e.Source == "KEN" && e.Target == "UGA" && e.Code.StartsWith("08", StringComparison.Ordinal));
    }

    [Fact]
    public void Liberating_a_town_is_taking_it_from_its_holder()
    {
        if (Code("Kenyan troops liberated the Somali town of Kismayo from al-Shabaab.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENMIL" && e.Code == "192" && e.Target != "SOM");
        Assert.DoesNotContain(events, e => e.Code.StartsWith("08", StringComparison.Ordinal));
    }

    [Fact]
    public void Footage_does_nothing()
    {
        if (Code("While state-run television broadcast footage of Kenyan exiles protesting in London against the deportation of the boy, the Kenyan government urged its people to stay calm.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void Insisting_that_something_is_so_demands_nothing()
    {
        if (Code("Ugandan exiles insist the majority of Kenyans don't understand life in Uganda.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("10", StringComparison.Ordinal));
        if (Code("Kenya insisted that Uganda withdraw its troops from the border.") is not { } demand) return;
        Assert.Contains(demand, e => e.Source == "KEN" && e.Target == "UGA" && e.Code.StartsWith("10", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_for_a_fight_against_a_party_is_not_that_party()
    {
        if (Code("The Kenyan foreign minister and the Kenyan defence minister will host foreign and defence ministers of the Regional Coalition to Counter al-Shabaab in Nairobi.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "SOMREB" || e.Target == "SOMREB");
    }

    [Fact]
    public void A_gathering_named_after_its_host_city_does_nothing_as_its_country()
    {
        if (Code("As the US envoy announced today at the Mombasa Dialogue, the United States will provide $10 million in new assistance to the Ugandan opposition.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "KEN");
    }

    [Fact]
    public void A_reason_cited_for_another_act_is_no_statement_to_whom_it_names()
    {
        if (Code("The boy's Ugandan relatives refused to return him to his father in Kenya, citing the harshness of the Kenyan government.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target == "KENGOV");
    }

    [Fact]
    public void Hosting_a_thing_makes_its_owner_no_guest()
    {
        if (Code("There are reports of U.S., German, and Canadian companies hosting Ugandan Government websites.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target == "UGAGOV");
        if (Code("Kenya hosted Ugandan refugees in Dadaab.") is not { } refugees) return;
        Assert.Contains(refugees, e => e.Source == "KEN" && e.Target == "UGAREF");
    }

    [Fact]
    public void Those_with_whose_aid_one_acts_are_helpers_not_targets()
    {
        if (Code("He was captured by a Kenyan army battalion with the aid of Ugandan intelligence officers in May 2006.") is not { } captured) return;
        Assert.DoesNotContain(captured, e => e.Target == "UGAMIL");
        if (Code("Kenyan troops fought al-Shabaab with the help of Ugandan soldiers.") is not { } fought) return;
        Assert.DoesNotContain(fought, e => e.Target == "UGAMIL");
    }

    [Fact]
    public void Joining_a_war_against_a_party_is_fighting_it()
    {
        if (Code("Kenya joined the war against al-Shabaab in 2011.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Code == "190");
        Assert.DoesNotContain(events, e => e.Code.StartsWith("06", StringComparison.Ordinal) || e.Code.StartsWith("05", StringComparison.Ordinal));
    }
}
