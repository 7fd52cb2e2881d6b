using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Diplomacy reports (issue #6): talks, envoys, mediation, ultimatums, visits. Invented sentences for each general rule.
/// Skipped when the models are absent.
/// </summary>
public sealed class DiplomacyTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("Chile recalled its ambassador from Madrid on Monday.")]
    [InlineData("Chile recalled its ambassador to Spain for consultations.")]
    public void An_envoy_recalled_is_the_senders_own_and_the_country_he_leaves_is_the_target(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        var recall = Assert.Single(events, e => e.Code == "161");
        Assert.Equal("CHL", recall.Source);
        Assert.StartsWith("ESP", recall.Target, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Chile withdrew its ambassador from Madrid on Monday.")]
    [InlineData("Chile pulled out its ambassador from Spain after the row.")]
    public void An_envoy_withdrawn_reduces_relations_with_the_country_he_leaves(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        var recall = Assert.Single(events, e => e.Code == "161");
        Assert.Equal("CHL", recall.Source);
        Assert.StartsWith("ESP", recall.Target, StringComparison.Ordinal);
        Assert.DoesNotContain(events, e => e.Code == "0874");
    }

    [Theory]
    [InlineData("Chile threatened to withdraw its ambassador from Madrid.")]
    [InlineData("Chile threatened on Friday to recall its ambassador from Spain.")]
    public void A_threat_to_withdraw_an_envoy_threatens_relations_with_the_country_he_would_leave(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        var threat = Assert.Single(events, e => e.Code == "1313");
        Assert.Equal("CHL", threat.Source);
        Assert.StartsWith("ESP", threat.Target, StringComparison.Ordinal);
        Assert.Equal(Modality.Threatened, threat.Modality);
    }

    [Theory]
    [InlineData("Kenya and Uganda agreed to exchange prisoners on Tuesday.")]
    [InlineData("Kenya and Uganda have agreed to swap detainees held since the border clashes.")]
    public void An_agreed_exchange_of_captives_is_each_sides_release_to_the_other(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Code == "0841");
        Assert.Contains(events, e => e.Source == "UGA" && e.Target == "KEN" && e.Code == "0841");
    }

    [Fact]
    public void A_grip_of_the_doers_own_is_not_the_reporters_in_a_clause_that_dates_the_news()
    {
        if (Code("Twelve people died in the raid, the African Union said on Friday, the worst toll since militias tightened their grip on the province.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.StartsWith("IGO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chile ordered the closure of the Spanish consulate in Valparaiso on Monday.")]
    [InlineData("Chile shut the Spanish embassy in Santiago after the row.")]
    public void An_embassy_or_consulate_ordered_closed_reduces_relations_with_its_country(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "CHL" && e.Target.StartsWith("ESP", StringComparison.Ordinal) && e.Code == "161");
        Assert.DoesNotContain(events, e => e.Code == "100");
    }

    [Theory]
    [InlineData("Qatar offered to mediate between Kenya and Uganda.")]
    [InlineData("Qatar offered on Wednesday to mediate between Kenya and Uganda.")]
    public void An_offer_to_mediate_is_an_intent_to_mediate_however_far_the_infinitive(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith("QAT", StringComparison.Ordinal) && e.Target.StartsWith("KEN", StringComparison.Ordinal) && e.Code == "039");
        Assert.DoesNotContain(events, e => e.Code == "045");
    }

    [Fact]
    public void A_time_between_a_threat_and_its_infinitive_keeps_the_threat()
    {
        if (Code("Uganda threatened on Sunday to impose sanctions on Kenya.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGA" && e.Target == "KEN" && e.Code.StartsWith("13", StringComparison.Ordinal) && e.Modality == Modality.Threatened);
        Assert.DoesNotContain(events, e => e.Code == "163");
    }

    [Fact]
    public void Threatening_military_action_threatens_force()
    {
        if (Code("Israel threatened to take military action against Iran.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "ISR" && e.Target == "IRN" && e.Code == "138");
        Assert.DoesNotContain(events, e => e.Target == "---MIL");
    }

    [Theory]
    [InlineData("The Kenyan president arrived in Kampala on Tuesday for a two-day state visit.")]
    [InlineData("The Kenyan president arrived in Uganda on Tuesday.")]
    public void An_official_arriving_in_a_town_visits_its_country(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target.StartsWith("UGA", StringComparison.Ordinal) && e.Code == "042");
    }

    [Fact]
    public void An_official_landing_in_a_capital_visits_its_country()
    {
        if (Code("The Kenyan president landed in Kampala on Tuesday morning.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target.StartsWith("UGA", StringComparison.Ordinal) && e.Code == "042");
    }

    [Theory]
    [InlineData("The Kenyan foreign minister arrived in Kampala on Tuesday for talks with Ugandan officials.")]
    [InlineData("The Kenyan foreign minister arrived in Kampala on Tuesday for talks with Ugandan officials on the refugee crisis.")]
    public void Arriving_for_talks_is_a_visit_and_the_talks_with_whom_they_are_held(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target.StartsWith("UGA", StringComparison.Ordinal) && e.Code == "042");
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target == "UGAGOV" && e.Code == "040");
    }

    [Fact]
    public void Those_who_arrive_together_visit_no_one_of_their_number()
    {
        if (Code("Kenyan police and Ugandan soldiers have arrived in the border town.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "042" && e.Source.Length >= 3 && e.Target.Length >= 3 && e.Source[..3] != e.Target[..3]
            && (e.Source.StartsWith("KEN", StringComparison.Ordinal) || e.Source.StartsWith("UGA", StringComparison.Ordinal))
            && (e.Target.StartsWith("KEN", StringComparison.Ordinal) || e.Target.StartsWith("UGA", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("About 2,000 Sudanese refugees arrived in Uganda on Monday.")]
    [InlineData("The Kenyan president arrived back in Nairobi on Tuesday.")]
    public void Refugees_arriving_or_an_official_coming_home_visit_no_one(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "042");
    }

    [Fact]
    public void Greeting_a_visitor_is_hosting_him()
    {
        if (Code("The Ugandan president greeted the Kenyan foreign minister at the airport.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGAGOV" && e.Target == "KENGOV" && e.Code == "043");
        if (Code("Uganda greeted the decision with relief.") is not { } news) return;
        Assert.DoesNotContain(news, e => e.Code == "043");
    }

    [Theory]
    [InlineData("Kenya gave Uganda 48 hours to withdraw its troops from the border.", "UGA")]
    [InlineData("Kenya gave Uganda's military rulers one week to release the former president.", "UGAMIL")]
    public void Time_given_to_do_something_is_an_ultimatum_to_the_one_given_it(string sentence, string target)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal(("KEN", target, "139"), (e.Source, e.Target, e.Code));
    }

    [Fact]
    public void Time_given_for_nothing_to_do_is_no_ultimatum()
    {
        if (Code("Kenya gave Uganda food aid for three weeks.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "139");
    }

    [Theory]
    [InlineData("The bloc ECOWAS condemned Kenya.")]
    [InlineData("The West African bloc, ECOWAS, condemned Kenya.")]
    public void A_common_noun_naming_no_one_is_the_name_in_apposition(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "IGOWAF" && e.Target == "KEN" && e.Code == "111");
    }

    [Fact]
    public void Sanctions_targeting_officials_are_no_attack_on_them()
    {
        if (Code("The European Union imposed new sanctions on Belarus on Monday over its role in the war, targeting 25 officials and 10 companies.") is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith("IGOEUR", StringComparison.Ordinal) && e.Target == "BLR" && e.Code == "163");
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
        // (force that targets is still force)
        if (Code("The Ugandan army launched an offensive on Monday, targeting rebel positions.") is not { } offensive) return;
        Assert.Contains(offensive, e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_threat_on_a_condition_is_made_against_the_one_who_must_comply()
    {
        if (Code("Washington has threatened new sanctions if Iran refuses to return to talks.") is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal(("USA", "IRN", "1312"), (e.Source, e.Target, e.Code));
        Assert.NotEqual(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void Co_mediators_do_not_mediate_between_each_other()
    {
        if (Code("France and the United States, which brokered the agreement, will monitor the truce.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("045", StringComparison.Ordinal));
    }

    [Fact]
    public void A_past_tense_joined_to_an_infinitive_is_a_deed_of_its_own()
    {
        if (Code("The Kenyan president said Nairobi was ready to meet but accused Kampala of stoking violence.") is not { } events) return;
        var accusation = Assert.Single(events, e => e.Code.StartsWith("112", StringComparison.Ordinal));
        Assert.Equal(Modality.Asserted, accusation.Modality);
    }

    [Theory]
    [InlineData("Kenya and Uganda agreed to sign the deal.")]
    [InlineData("Kenya and Uganda agreed on Thursday to sign a peace treaty.")]
    public void Coordinated_parties_agreeing_to_sign_a_deal_intend_it_with_each_other(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Code == "037");
        Assert.Contains(events, e => e.Source == "UGA" && e.Target == "KEN" && e.Code == "037");
    }

    [Fact]
    public void Breaking_off_relations_reduces_them()
    {
        if (Code("Nicaragua broke off diplomatic relations with Taiwan on Thursday.") is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal(("NIC", "TWN", "161"), (e.Source, e.Target, e.Code));
    }

    [Theory]
    [InlineData("Azerbaijan on Monday demanded that Armenia withdraw its forces from the border.", "AZE", "ARM", "10")]
    [InlineData("China on Monday warned the United States against selling weapons to Taiwan.", "CHN", "USA", "13")]
    // the day hung on the subject, the verb beside it or reported by the attribution after it, "on" read as a subordinator
    [InlineData("Eritrea on Sunday released 40 Ethiopian prisoners as a goodwill gesture, Ethiopian officials said.", "ERI", "ETH", "084")]
    [InlineData("Ghana on Friday expelled a Nigerian diplomat accused of espionage, the foreign ministry said.", "GHA", "NGAGOV", "161")]
    [InlineData("Chad on Sunday freed 35 Sudanese prisoners as a goodwill gesture, officials said.", "TCD", "SDN", "084")]
    public void A_day_between_the_subject_and_its_verb_leaves_the_verb_the_main_one(string sentence, string source, string target, string root)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Target == target && e.Code.StartsWith(root, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Nigerian president sent his condolences to Ghana after the floods.", "NGAGOV", "GHA")]
    [InlineData("The Chilean foreign minister conveyed his condolences to Peru over the bus crash.", "CHLGOV", "PER")]
    public void Condolences_sent_or_conveyed_are_an_empathetic_comment_to_their_addressee(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((source, target, "018"), (e.Source, e.Target, e.Code));
    }

    [Theory]
    [InlineData("Israel said two rockets were fired at it from Lebanon on Friday, causing no damage.", "ISR", "LBN")]
    [InlineData("South Korea said artillery shells were fired at its border posts from North Korea.", "KOR", "PRK")]
    [InlineData("India said mortar shells were fired at its positions from Pakistan overnight.", "IND", "PAK")]
    public void A_side_saying_it_was_fired_at_from_anothers_ground_accuses_that_side(string sentence, string accuser, string accused)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((accuser, accused, "112"), (e.Source, e.Target, e.Code));
    }

    [Theory]
    [InlineData("Kenya alleged that Somalia was harbouring the militants.", "KEN", "SOM")]
    [InlineData("Ethiopia alleged that Egypt was behind the unrest in the Amhara region.", "ETH", "EGY")]
    public void An_allegation_whose_clause_codes_nothing_accuses_the_clauses_subject(string sentence, string accuser, string accused)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((accuser, accused, "11"), (e.Source, e.Target, e.Code[..2]));
    }

    [Theory]
    [InlineData("Uganda denies backing militia in Congo")]
    [InlineData("Burundi denies backing rebels in Congo")]
    public void A_headline_denial_before_a_gerund_denies_the_deed(string headline)
    {
        if (Code(headline) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal(("051", Modality.Denied), (e.Code, e.Modality));
    }

    [Theory]
    [InlineData("Kenya and Uganda held two days of talks in Nairobi.")]
    [InlineData("Kenya held three rounds of negotiations with Uganda.")]
    public void Days_or_rounds_of_talks_held_are_talks_both_ways(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Code == "046");
        Assert.Contains(events, e => e.Source == "UGA" && e.Target == "KEN" && e.Code == "046");
    }

    [Fact]
    public void Returning_to_negotiations_is_negotiating_not_a_return()
    {
        if (Code("Ethiopia returned to negotiations with Egypt over the dam.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "ETH" && e.Target == "EGY" && e.Code == "046");
        Assert.DoesNotContain(events, e => e.Code.StartsWith("08", StringComparison.Ordinal));
    }

    [Fact]
    public void An_appeal_to_return_to_negotiations_appeals_for_talks_not_for_a_release()
    {
        if (Code("The Kenyan president urged Ethiopia to return to negotiations with Egypt.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target == "ETH" && e.Code == "026");
        Assert.DoesNotContain(events, e => e.Code == "0253");
    }

    [Theory]
    [InlineData("The International Criminal Court issued an arrest warrant for Sudan's former interior minister.", "IGOICC", "SDN")]
    [InlineData("A Kenyan court issued an arrest warrant for a Ugandan opposition leader.", "KENJUD", "UGA")]
    public void A_court_issuing_an_arrest_warrant_acts_against_the_one_it_is_for(string sentence, string court, string wanted)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((court, "173"), (e.Source, e.Code));
        Assert.StartsWith(wanted, e.Target, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mali's junta gave Algeria an ultimatum to withdraw its ambassador.", "MLIGOV", "DZA")]
    [InlineData("Azerbaijan gave Armenia an ultimatum.", "AZE", "ARM")]
    public void An_ultimatum_given_is_one_to_whom_it_is_given(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((source, target, "139"), (e.Source, e.Target, e.Code));
    }

    [Fact]
    public void Backing_anothers_plan_endorses_it()
    {
        if (Code("Spain backed Morocco's autonomy plan.") is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal(("ESP", "MAR", "051"), (e.Source, e.Target, e.Code));
    }

    [Theory]
    [InlineData("Somalia accused Ethiopia of violating its sovereignty and demanded the withdrawal of Ethiopian troops.", "SOM", "ETHMIL", "1056")]
    [InlineData("Sudan accused Chad of backing the rebels and recalled its ambassador from Chad.", "SDN", "TCD", "161")]
    public void A_second_act_after_an_accusation_is_the_accusers_not_part_of_the_charge(string sentence, string source, string target, string code)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => (e.Source, e.Target, e.Code) == (source, target, code));
    }

    [Theory]
    [InlineData("The Kenyan president received the Jordanian king at State House.", "KENGOV", "JORGOV")]
    [InlineData("The Omani sultan welcomed the Qatari emir at the airport.", "OMNGOV", "QATGOV")]
    [InlineData("The Lebanese president hosted the pope in Beirut.", "LBNGOV", "VATREL")]
    public void A_ruler_or_the_pope_received_or_welcomed_is_a_visit_hosted(string sentence, string host, string guest)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((host, guest, "043"), (e.Source, e.Target, e.Code));
    }

    [Theory]
    [InlineData("EU lifts sanctions on Belarus", "IGOEUREEC", "BLR")]
    [InlineData("UN lifts arms embargo on Somalia", "IGOUNO", "SOM")]
    public void A_headline_lifting_sanctions_eases_them(string headline, string source, string target)
    {
        if (Code(headline) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((source, target, "085"), (e.Source, e.Target, e.Code));
    }

    [Theory]
    [InlineData("The Chinese premier made a brief stopover in Islamabad on Monday.", "CHNGOV", "PAK")]
    [InlineData("The Kenyan president stopped over in Addis Ababa on Tuesday.", "KENGOV", "ETH")]
    [InlineData("The Kenyan president made a two-day visit to Uganda.", "KENGOV", "UGA")]
    public void A_visit_or_stopover_made_is_a_visit_to_where_it_is_made(string sentence, string visitor, string visited)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((visitor, visited, "042"), (e.Source, e.Target, e.Code));
    }

    [Fact]
    public void Remarks_made_on_a_trip_are_no_visit_to_where_they_are_made()
    {
        if (Code("The UN chief made his remarks in Nairobi at the start of a regional trip.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "042");
    }

    [Theory]
    [InlineData("Britain called on Uganda to withdraw its troops and stop backing the rebels.", "GBR", "UGA")]
    [InlineData("The European Union called on Rwanda to pull back its forces and stop supporting the rebels.", "IGOEUREEC", "RWA")]
    public void A_second_thing_asked_of_the_one_called_on_is_part_of_the_appeal_not_the_callers_act(string sentence, string caller, string called)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((caller, called, "02"), (e.Source, e.Target, e.Code[..2]));
    }

    [Theory]
    [InlineData("French troops withdrew from a base in Mali.", "FRAMIL", "MLI")]
    [InlineData("UN peacekeepers withdrew from a camp in South Sudan on Monday.", "IGOUNO", "SSD")]
    public void Troops_withdrawing_from_a_place_in_a_country_withdraw_from_that_country(string sentence, string troops, string country)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((troops, country, "0874"), (e.Source, e.Target, e.Code));
    }

    [Theory]
    [InlineData("Kenya accused Somalia of fuelling the war by arming the militias.", "KEN", "SOM")]
    [InlineData("Venezuela accused Guyana of provoking a crisis by allowing foreign oil companies to drill.", "VEN", "GUY")]
    public void The_means_of_a_deed_alleged_is_part_of_the_accusation(string sentence, string accuser, string accused)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal((accuser, accused, "112"), (e.Source, e.Target, e.Code));
    }

    [Theory]
    [InlineData("Mali expelled the Algerian ambassador.", "161", Modality.Asserted)]
    [InlineData("Mali threatened to expel the Algerian ambassador.", "1313", Modality.Threatened)]
    [InlineData("Mali threatened to recall its ambassador from Algeria.", "1313", Modality.Threatened)]
    public void An_ambassador_expelled_or_recalled_reduces_relations_and_the_threat_of_it_threatens_them(string sentence, string code, Modality modality)
    {
        if (Code(sentence) is not { } events) return;
        var e = Assert.Single(events);
        Assert.Equal(("MLI", "DZA", code, modality), (e.Source, e.Target[..3], e.Code, e.Modality));
    }

    [Fact]
    public void A_body_calling_on_a_government_appeals_to_it_however_the_call_was_parsed()
    {
        if (Code("The members of the Security Council called on the Government of Uganda to swiftly investigate the attack.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "IGOUNO" && e.Target == "UGAGOV" && e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void Militants_based_in_a_country_are_that_countrys()
    {
        if (Code("Kenya blamed Somalia-based militants for the attack.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "SOMINS" && e.Code.StartsWith("112", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya said Uganda must withdraw its troops from the border.", "1056")]
    [InlineData("The Kenyan president said Uganda must first change its constitution.", "100")]
    public void What_a_speaker_says_another_must_do_is_demanded_of_it(string sentence, string code)
    {
        if (Code(sentence) is not { } events) return;
        var demand = Assert.Single(events);
        Assert.Equal(code, demand.Code);
        Assert.StartsWith("KEN", demand.Source, StringComparison.Ordinal);
        Assert.Equal("UGA", demand.Target);
    }

    [Fact]
    public void A_nationality_before_a_titled_subject_is_the_subjects_even_when_parsed_as_an_adverb()
    {
        if (Code("Turkish Foreign Minister Hakan Fidan held talks with the Syrian foreign minister in Damascus.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "TURGOV" && e.Target == "SYRGOV" && e.Code == "046");
    }

    [Fact]
    public void A_nationality_before_a_titled_subject_is_the_subjects_even_when_parsed_as_a_discourse_word()
    {
        if (Code("Turkish Foreign Minister Mehmet Kaya met the Iraqi prime minister.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "TURGOV" && e.Target == "IRQGOV" && e.Code == "040");
    }

    [Fact]
    public void The_one_met_to_discuss_something_is_the_one_met()
    {
        if (Code("U.S. Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday to discuss the war.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "USAGOV" && e.Target == "SAUGOV" && e.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_resolution_vetoed_is_one_object_however_parsed()
    {
        if (Code("China and Russia vetoed a draft UN Security Council resolution that would have imposed sanctions on Syria.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "RUS" && e.Target == "IGOUNO" && e.Code == "129");
        Assert.Contains(events, e => e.Source == "CHN" && e.Target == "IGOUNO" && e.Code == "129");
    }

    [Fact]
    public void A_day_before_what_is_agreed_is_no_party_to_it()
    {
        if (Code("Pakistan and Afghanistan agreed on Sunday to a ceasefire.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "PAK" && e.Target == "AFG" && e.Code == "0871");
        Assert.Contains(events, e => e.Source == "AFG" && e.Target == "PAK" && e.Code == "0871");
        // (a number is no day: what two parties bought is no deal between them)
        if (Code("British and Kenyan airline Safari Air has purchased six of these aeroplanes.") is not { } bought) return;
        Assert.DoesNotContain(bought, e => e.Source == "GBR" && e.Target == "KEN");
    }

    [Fact]
    public void The_guest_hosted_before_a_joint_signing_is_the_hosts_object()
    {
        if (Code("The Kenyan president hosted the Ugandan prime minister in Nairobi on Monday, and the two signed a trade agreement.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target == "UGAGOV" && e.Code == "043");
    }

    [Theory]
    [InlineData("China vetoed a draft resolution on Myanmar on Tuesday.")]
    [InlineData("The draft resolution on Yemen was vetoed by France.")]
    public void A_resolution_vetoed_with_no_party_named_is_rejected_at_the_UN(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "129" && e.Target == "IGOUNO");
    }

    [Fact]
    public void A_bill_vetoed_is_no_UN_matter()
    {
        if (Code("The governor vetoed a bill passed by the Kenyan parliament.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target == "IGOUNO");
    }

    [Theory]
    [InlineData("The Economic Community of West African States suspended Niger after the coup.")]
    [InlineData("Niger was suspended by the African Union on Friday.")]
    public void Suspending_a_member_reduces_relations(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code.StartsWith("16", StringComparison.Ordinal) && e.Target.StartsWith("NER", StringComparison.Ordinal));
    }

    [Fact]
    public void Countermeasures_promised_are_a_threat_not_a_seizure()
    {
        if (Code("Beijing said it would take countermeasures against Lithuania.") is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith("CHN", StringComparison.Ordinal) && e.Target.StartsWith("LTU", StringComparison.Ordinal) && e.Code.StartsWith("13", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Code == "171");
    }

    [Fact]
    public void Peacekeepers_deployed_abroad_are_peacekeeping()
    {
        if (Code("Rwanda deployed peacekeepers to the Central African Republic in March.") is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith("RWA", StringComparison.Ordinal) && e.Target.StartsWith("CAF", StringComparison.Ordinal) && e.Code == "074");
    }

    [Theory]
    [InlineData("The Indian foreign minister flew to Tokyo on Sunday.", "IND", "JPN")]
    [InlineData("Lavrov later flew to Ankara for talks with Erdogan.", "RUS", "TUR")]
    public void Flying_to_a_country_is_a_visit(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith(source, StringComparison.Ordinal) && e.Target.StartsWith(target, StringComparison.Ordinal) && e.Code == "042");
        Assert.DoesNotContain(events, e => e.Code == "036");
    }

    [Fact]
    public void Flying_aid_to_a_country_is_giving_it_not_a_visit()
    {
        if (Code("Qatar flew aid to Lebanon on Wednesday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "QAT" && e.Target.StartsWith("LBN", StringComparison.Ordinal) && e.Code == "073");
    }

    [Theory]
    [InlineData("Tehran said it would retaliate against Azerbaijan.", "IRN", "AZE")]
    [InlineData("The European Union said it would impose sanctions on Belarus.", "IGOEU", "BLR")]
    [InlineData("Beijing said it would take countermeasures against Lithuania.", "CHN", "LTU")]
    public void Force_or_coercion_a_doer_announces_for_itself_is_a_threat(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith(source, StringComparison.Ordinal) && e.Target.StartsWith(target, StringComparison.Ordinal)
            && e.Code.StartsWith("13", StringComparison.Ordinal) && e.Modality == Modality.Threatened);
    }

    [Theory]
    [InlineData("Analysts said Azerbaijan would attack Armenia.")]
    [InlineData("Tehran said it would strike Azerbaijan unless it expelled the advisers.")]
    public void Others_predictions_and_ultimatums_are_no_plain_threat(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "138");
    }

    [Fact]
    public void Both_countries_are_the_two_the_article_last_reported_acting_on_each_other()
    {
        if (Code("Sudanese troops clashed with South Sudanese forces near Abyei on Friday. Egypt urged both countries to show restraint.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "EGY" && e.Target == "SDN" && e.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source == "EGY" && e.Target == "SSD" && e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_sides_with_no_earlier_pair_name_no_one()
    {
        if (Code("Egypt urged both sides to show restraint.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "EGY");
    }

    [Fact]
    public void A_truce_brokered_with_no_party_named_is_between_the_two_last_reported_fighting()
    {
        if (Code("Azerbaijani troops shelled Armenian positions on Tuesday. A ceasefire was brokered by Russia the next day.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "RUS" && e.Target.StartsWith("ARM", StringComparison.Ordinal) && e.Code == "045");
        Assert.Contains(events, e => e.Source == "RUS" && e.Target.StartsWith("AZE", StringComparison.Ordinal) && e.Code == "045");
    }

    [Fact]
    public void Forces_deployed_abroad_for_a_security_mission_provide_peacekeeping()
    {
        if (Code("Chad deployed police officers to the Central African Republic to support a security mission.") is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith("TCD", StringComparison.Ordinal) && e.Target.StartsWith("CAF", StringComparison.Ordinal) && e.Code == "074");
    }

    [Fact]
    public void The_broker_of_talks_named_in_a_hyphened_participle_is_no_party_to_them()
    {
        if (Code("Armenia and Azerbaijan held US-mediated talks on Friday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "ARM" && e.Target == "AZE" && e.Code == "046");
        Assert.DoesNotContain(events, e => e.Source.StartsWith("USA", StringComparison.Ordinal) || e.Target.StartsWith("USA", StringComparison.Ordinal));
    }

    [Fact]
    public void Talks_held_under_a_hyphened_broker_are_held_by_the_parties_not_a_detention()
    {
        if (Code("Serbia and Kosovo held EU-brokered talks in Brussels on Thursday.") is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith("SRB", StringComparison.Ordinal) && e.Target.StartsWith("XKX", StringComparison.Ordinal) && e.Code == "046");
        Assert.DoesNotContain(events, e => e.Code == "170");
    }

    [Theory]
    [InlineData("Bangladesh lodged a strong protest with Myanmar over the shelling of two border villages.")]
    [InlineData("Peru lodged a formal diplomatic protest with Bolivia on Thursday.")]
    public void A_protest_lodged_with_a_state_is_an_official_complaint(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "114" && e.Target is "MMR" or "BOL");
        Assert.DoesNotContain(events, e => e.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_mention_of_a_titled_name_is_the_actor_its_title_made_it()
    {
        if (Code("Kenyan Foreign Minister Joseph Kamau arrived in Kampala on Monday. Kamau met the Ugandan president on Tuesday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target == "UGAGOV" && e.Code == "040");
    }

    [Fact]
    public void A_later_surname_takes_its_titled_name_over_a_dictionary_reading_of_it()
    {
        if (Code("Tanzanian President Samia Suluhu Hassan arrived in Nairobi on Saturday. Hassan is expected to visit Mombasa on Sunday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "TZAGOV" && e.Target.StartsWith("KEN", StringComparison.Ordinal) && e.Code == "042" && e.Modality == Modality.Future);
        Assert.DoesNotContain(events, e => e.Source == "JORELI");
    }

    [Theory]
    [InlineData("The Kenyan foreign minister talked by phone with Uganda's president.")]
    [InlineData("Kenya's president spoke by telephone with his Ugandan counterpart on Monday.")]
    public void Speaking_by_phone_is_a_telephone_discussion_both_ways_not_a_negotiation(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target.StartsWith("UGA", StringComparison.Ordinal) && e.Code == "041");
        Assert.Contains(events, e => e.Source.StartsWith("UGA", StringComparison.Ordinal) && e.Target == "KENGOV" && e.Code == "041");
        Assert.DoesNotContain(events, e => e.Code == "046");
    }

    [Theory]
    [InlineData("Kenya and Uganda signed the border accord at the White House on Friday.")]
    [InlineData("Kenya and Uganda held talks at the Elysee Palace on Monday.")]
    public void A_seat_of_power_where_parties_sign_or_talk_is_no_party_to_it(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Code.StartsWith("0", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source.StartsWith("USA", StringComparison.Ordinal) || e.Target.StartsWith("USA", StringComparison.Ordinal)
                                           || e.Source.StartsWith("FRA", StringComparison.Ordinal) || e.Target.StartsWith("FRA", StringComparison.Ordinal));
    }

    [Fact]
    public void Force_aimed_at_a_seat_of_power_is_aimed_at_its_government()
    {
        if (Code("Iran fired missiles at the Kremlin.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "IRN" && e.Target == "RUSGOV" && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Economic Community of West African States suspended Guinea on Friday. The bloc threatened to impose sanctions on Guinea.", "IGOWAFWAS", "1312", "GIN")]
    [InlineData("The Arab League met in Cairo on Sunday. The league's secretary-general condemned Israel.", "IGOARL", "111", "ISR")]
    public void The_bloc_or_the_last_word_of_a_body_s_name_is_the_body_named_before(string text, string body, string code, string target)
    {
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source == body && e.Code == code && e.Target == target);
    }

    [Theory]
    [InlineData("The European Union imposed a travel ban on five Venezuelan judges.")]
    [InlineData("Britain imposed an asset freeze and travel bans on three Venezuelan officials.")]
    public void A_travel_ban_or_an_asset_freeze_imposed_is_a_sanction(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "163" && e.Target.StartsWith("VEN", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Code == "170");
    }

    [Fact]
    public void Both_sides_are_the_parties_mediated_between_not_a_party_to_an_act_denied_since()
    {
        if (Code("Qatar mediated talks between Chad and Sudan in Doha on Wednesday. Egypt denied arming the Sudanese rebels. The African Union urged both sides to respect the truce.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "IGOAFU" && e.Target == "TCD" && e.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source == "IGOAFU" && e.Target == "SDN" && e.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source == "IGOAFU" && (e.Target == "EGY" || e.Target == "SDNREB"));
    }

    [Fact]
    public void A_deal_brokered_with_no_party_named_is_between_the_parties_mediated_before()
    {
        if (Code("Qatar mediated talks between Chad and Sudan in Doha on Wednesday. The Qatari foreign minister brokered a deal on Thursday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "QATGOV" && e.Target == "TCD" && e.Code == "045");
        Assert.Contains(events, e => e.Source == "QATGOV" && e.Target == "SDN" && e.Code == "045");
    }

    [Fact]
    public void Protesting_to_a_state_is_an_official_complaint_protesting_its_policy_is_dissent()
    {
        if (Code("Japan protested to North Korea after a missile landed in its waters.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "JPN" && e.Target == "PRK" && e.Code == "114");
        if (Code("Cuban exiles would continue to protest American policy toward Cuba.") is not { } dissent) return;
        Assert.DoesNotContain(dissent, e => e.Code == "114");
    }

    [Fact]
    public void Welcoming_an_agreement_with_no_party_named_endorses_the_sides_that_made_it_and_names_no_new_sides()
    {
        if (Code("Kenya and Uganda signed a border agreement on Monday. The African Union welcomed the agreement. Ethiopia urged both sides to implement the deal.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "IGOAFU" && e.Target == "KEN" && e.Code == "051");
        Assert.Contains(events, e => e.Source == "IGOAFU" && e.Target == "UGA" && e.Code == "051");
        Assert.DoesNotContain(events, e => e.Source == "ETH" && e.Target == "IGOAFU");
    }

    [Theory]
    [InlineData("The European Union called on Serbia and Kosovo to resume talks.")]
    [InlineData("The European Union called on Serbia to resume talks with Kosovo.")]
    [InlineData("The European Union asked Serbia to resume talks with Kosovo.")]
    public void Talks_one_is_asked_to_resume_are_an_appeal_not_talks_held(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "IGOEUREEC" && e.Target == "SRB" && e.Code == "026");
        Assert.DoesNotContain(events, e => e.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Iran reopened its embassy in Riyadh.", "IRN", "054", "SAUGOV")]
    [InlineData("Uganda reopened its border with Rwanda on Monday.", "UGA", "050", "RWA")]
    public void Reopening_an_embassy_or_a_border_restores_relations(string sentence, string source, string code, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == code && e.Target == target);
    }

    [Theory]
    [InlineData("Kenya lifted its ban on Tanzanian imports.", "085", "TZA")]
    [InlineData("China lifted its import ban on Japanese seafood.", "085", "JPN")]
    [InlineData("Kenya lifted the ban on opposition rallies.", "081", "KENOPP")]
    public void Lifting_a_ban_on_trade_eases_an_embargo_and_a_ban_on_rallies_an_administrative_sanction(string sentence, string code, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == code && e.Target == target);
    }

    [Fact]
    public void A_diplomatic_protest_filed_against_a_state_is_an_official_complaint()
    {
        if (Code("The Philippines filed a diplomatic protest against China.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "PHL" && e.Target == "CHN" && e.Code == "114");
    }

    [Theory]
    [InlineData("Egypt's president received the Sudanese army chief in Cairo.", "SDNMIL")]
    [InlineData("Egypt's president received the head of the African Union Commission.", "IGOAFU")]
    public void Receiving_a_chief_or_a_head_of_a_body_is_hosting_him(string sentence, string visitor)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "EGYGOV" && e.Target == visitor && e.Code == "043");
    }

    [Fact]
    public void A_refusal_to_negotiate_is_the_refusers_rejection_alone()
    {
        if (Code("Ethiopia said it would not negotiate with the Tigrayan rebels.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "ETH" && e.Target == "ETHREB" && e.Code.StartsWith("12", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source == "ETHREB" && e.Code.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void Military_talks_are_talks_about_military_matters_not_with_the_military()
    {
        if (Code("The United States and China resumed military talks after a two-year pause.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "USA" && e.Target == "CHN" && e.Code == "046");
        Assert.DoesNotContain(events, e => e.Source == "---MIL" || e.Target == "---MIL");
    }

    [Theory]
    [InlineData("Kenya and Somalia restored diplomatic relations on Monday. The two countries signed a security pact on Tuesday.", "KEN", "SOM")]
    [InlineData("Kenyan President William Ruto met Ugandan officials on Monday. The two leaders signed a trade deal.", "KENGOV", "UGAGOV")]
    public void The_two_countries_or_leaders_as_doers_are_the_two_sides_reported_before(string text, string one, string other)
    {
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source == one && e.Target == other && e.Code == "057");
        Assert.Contains(events, e => e.Source == other && e.Target == one && e.Code == "057");
    }

    [Fact]
    public void The_two_presidents_are_no_state_and_a_body_reported_before()
    {
        if (Code("Kenya and the African Union held talks on Monday. The two presidents signed a trade deal.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "057");
    }

    [Fact]
    public void A_phone_call_held_with_a_counterpart_is_a_telephone_discussion_not_coercion()
    {
        if (Code("Kenya held a telephone conversation with Uganda.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Code == "041");
        Assert.Contains(events, e => e.Source == "UGA" && e.Target == "KEN" && e.Code == "041");
        Assert.DoesNotContain(events, e => e.Code.StartsWith("17", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cambodia accused Thailand of violating the truce. Thailand denied the accusations on Monday.")]
    [InlineData("Thailand denied Cambodia's accusations.")]
    public void Denying_an_accusation_answers_the_accuser(string text)
    {
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source == "THA" && e.Target == "KHM" && e.Code == "016");
    }

    [Fact]
    public void Denying_an_accusation_made_against_another_answers_no_one()
    {
        if (Code("Kenya accused Uganda of arming rebels. Tanzania denied the allegations.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "TZA");
    }
}
