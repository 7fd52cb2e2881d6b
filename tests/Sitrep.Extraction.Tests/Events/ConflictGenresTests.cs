using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The event types conflict analysts code by hand (ACLED's battles, remote violence, violence against civilians, riots,
/// strategic developments), as wire reports tell them (issue #6). Invented sentences; skipped when the models are absent.
/// </summary>
public sealed class ConflictGenresTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("Russia's defence ministry said its forces had captured the village.", "RUSMIL", "192")]
    [InlineData("The Sudanese army said its troops had retaken the base.", "SDNMIL", "192")]
    public void Forces_a_reporter_calls_its_own_act_with_no_victim_named(string sentence, string source, string code)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == code && e.Target == "");
    }

    [Theory]
    // the participle phrase misparsed as the main clause ("armed" the root, "killed" a clause on "machetes")
    [InlineData("Gang members armed with automatic rifles and machetes killed at least 60 people in the town of Mirebalais.", "CRM")]
    // a weapon in the doers' description is no bombing (the dictionary's "&WEAPON * KILL" gave 183)
    [InlineData("Militants armed with guns killed 30 farmers near the border.", "INS")]
    public void Armed_doers_who_kill_are_fighting(string sentence, string role)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source.EndsWith(role, StringComparison.Ordinal) && e.Code == "190" && e.Target.EndsWith("CVL", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Code == "183");
    }

    [Fact]
    public void A_clause_after_after_with_its_subject_hung_on_the_object_has_that_subject()
    {
        if (Code("The government suspended peace talks with the ELN in January after the militia attacked a military base with explosives, killing nine soldiers.") is not { } events) return;
        Assert.Contains(events, e => e.Source.EndsWith("REB", StringComparison.Ordinal) && e.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source.EndsWith("GOV", StringComparison.Ordinal) && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rebels of the Allied Democratic Forces killed at least 40 villagers in an overnight attack in the Beni territory of eastern Congo, a local official said on Monday.", "CODREB", "CODCVL")]
    public void Rebels_of_a_named_group_who_did_something_before_an_attribution_did_it(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Target == target && e.Code.StartsWith("1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_group_is_the_armed_group_the_article_named_before()
    {
        const string text = "Fighters from the National Liberation Army kidnapped two soldiers in Arauca, Colombia's army said.\n\n"
            + "The government suspended talks in January after the group attacked a police station, killing nine officers.";
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source == "COLREB" && e.Code.StartsWith("19", StringComparison.Ordinal) && e.Target.EndsWith("COP", StringComparison.Ordinal));
    }

    [Fact]
    public void The_group_after_an_unnamed_group_is_that_one()
    {
        const string text = "Fighters from the National Liberation Army kidnapped two soldiers in Arauca, a Colombian human rights group said.\n\n"
            + "The group said the rebels attacked a police station.";
        if (EventCoderTests.Pipeline.Value is not { } p) return;
        var doc = p.Run(new ArticleDocument(text));
        Assert.DoesNotContain(doc.Actors, a => a.Name == "group" && a.Code == "COLREB");
    }

    [Fact]
    public void People_hit_where_the_words_name_a_country_are_its_people_not_the_article_countrys()
    {
        if (EventCoderTests.Pipeline.Value is not { } p || !p.Stages.Any(s => s.Provides == Sitrep.Core.Layer.Places)) return;
        const string text = "Russia fires drones at Ukraine\n\nMOSCOW, Russia, March 3 (AP) — Russia launched dozens of drones at Ukraine overnight, "
            + "wounding five people, Russian media said.\n\nRussia's defence ministry said Russia had hit military targets. Russia said its air defences "
            + "downed two Ukrainian drones over Russia.";
        var events = p.Run(new ArticleDocument(text)).Events;
        Assert.Contains(events, e => e.Source == "RUS" && e.Target == "UKRCVL");
        Assert.DoesNotContain(events, e => e.Source == "RUS" && e.Target == "RUSCVL");
    }

    [Fact]
    public void People_hit_in_a_town_no_gazetteer_knows_are_of_the_place_the_article_is_about_not_of_its_dateline()
    {
        if (EventCoderTests.Pipeline.Value is not { } p || !p.Stages.Any(s => s.Provides == Sitrep.Core.Layer.Places)) return;
        const string text = "Report accuses Eritrean troops of abuses in Tigray\n\nNAIROBI, Kenya, March 3 (AP) — Eritrean soldiers killed hundreds of civilians in "
            + "Ethiopia's Tigray region during the war, a rights group said on Monday.\n\nEritrean troops also looted homes and killed "
            + "civilians in the town of Qoraxlay, the report said.";
        var events = p.Run(new ArticleDocument(text)).Events;
        Assert.Contains(events, e => e.Source == "ERIMIL" && e.Target == "ETHCVL" && e.Span.Start >= text.IndexOf("Eritrean troops also", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Target == "KENCVL");
    }

    [Fact]
    public void An_airstrike_a_reporter_says_it_carried_out_is_the_reporters()
    {
        if (Code("The U.S. military said it carried out an airstrike against al-Shabaab.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "USAMIL" && e.Code == "195" && e.Target == "SOMREB");
    }

    [Theory]
    [InlineData("Niger's army said it had killed 20 militants in an air strike on the base.", "NERMIL", "195")]
    [InlineData("Government troops killed 12 rebels in a drone strike near the town.", "", "195")]
    public void Killing_in_an_attack_of_a_kind_has_that_attacks_code(string sentence, string source, string code)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => (source.Length == 0 || e.Source == source) && e.Code == code);
        Assert.DoesNotContain(events, e => e.Code == "190");
    }

    [Theory]
    [InlineData("Ukrainian drones struck an oil refinery in Russia's Samara region.", "UKRMIL", "195")]
    [InlineData("A Russian missile struck an apartment block in Dnipro.", "RUSMIL", "195")]
    [InlineData("Israeli shells hit a school in Gaza.", "ISRMIL", "194")]
    public void A_countrys_munitions_striking_are_its_forces_attack_of_that_kind(string sentence, string source, string code)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == code);
    }

    [Fact]
    public void An_offensive_on_the_brink_of_being_launched_is_not_launched()
    {
        if (Code("The rebels said they were on the brink of launching an offensive against government troops.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "190" && e.Modality == Modality.Asserted);
    }

    [Theory]
    [InlineData("The RSF said army warplanes had bombed its positions in Khartoum.", "SDNMIL", "195", "SDNREB")]
    [InlineData("Turkey said Kurdish rebels had attacked its border posts.", "TURREB", "190", "TUR")]
    public void What_its_names_in_a_civil_war_is_the_reporting_sides_own(string sentence, string source, string code, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == code && e.Target == target);
    }

    [Fact]
    public void A_missile_fired_by_a_group_strikes_as_that_group()
    {
        if (Code("A ballistic missile fired by Houthi rebels struck a residential neighborhood in Marib, killing three civilians.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "YEMREB" && e.Code == "195" && e.Target == "YEMCVL");
        Assert.DoesNotContain(events, e => e.Source == "" && e.Code == "195");
    }

    [Fact]
    public void The_launcher_of_a_rocket_is_not_also_what_it_hit()
    {
        if (Code("A rocket fired by Hamas militants hit a house in Sderot.") is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith("PSE", StringComparison.Ordinal) && e.Target == "");
        Assert.DoesNotContain(events, e => e.Source == "" && e.Target.StartsWith("PSE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_after_had_read_as_an_adjective_is_the_verb()
    {
        if (Code("The Arakan Army said its fighters had overrun several military outposts in Rakhine state.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "MMRREB" && e.Code == "192");
    }

    [Theory]
    [InlineData("Protesters looted shops and set cars on fire in Haiti's capital on Monday, demanding the resignation of the prime minister.", "HTIOPP", "HTI")]
    [InlineData("Rioters torched a police station in Kenya.", "KENOPP", "KENCOP")]
    [InlineData("Protesters looted shops in Port-au-Prince.", "", "HTI")]
    public void Property_looted_or_burned_by_protesters_or_rioters_is_a_riot(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => (source.Length == 0 || e.Source == source) && e.Code == "145" && e.Target == target);
    }

    [Fact]
    public void Homes_burned_by_soldiers_are_property_destroyed()
    {
        if (Code("Russian soldiers burned Ukrainian homes.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "RUSMIL" && e.Code == "1712" && e.Target == "UKR");
    }

    [Fact]
    public void Troops_of_a_named_army_killing_in_the_same_sentence_are_no_second_anonymous_doer()
    {
        const string text = "KHARTOUM, Sudan, March 3 (Reuters) — The Rapid Support Forces attacked an army base near El Fasher.\n\n"
            + "The army said its troops had repelled the attack, killing dozens of RSF fighters.";
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source == "SDNMIL" && e.Target == "SDNREB" && e.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source == "---MIL");
    }

    [Fact]
    public void Soldiers_a_countrys_rebels_capture_with_no_place_named_are_its_army()
    {
        const string text = "KHARTOUM, Sudan, March 3 (Reuters) — The paramilitary Rapid Support Forces attacked El Fasher on Monday.\n\n"
            + "The militia said it had captured 40 soldiers.";
        if (Code(text) is not { } events) return;
        // (soldiers a militia captures are abducted, 181: people taken, no ground)
        Assert.Contains(events, e => e.Source == "SDNREB" && e.Target == "SDNMIL" && e.Code == "181");
    }

    [Fact]
    public void The_attackers_named_again_open_fire_as_the_group_named_before()
    {
        const string text = "Ambush in Mali\n\nBAMAKO, Mali, March 3 (AP) — Suspected jihadists ambushed an army convoy near the town of Boni "
            + "in central Mali on Sunday, the army said.\n\nThe attackers opened fire on the convoy.";
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source == "MLIINS" && e.Code.StartsWith("19", StringComparison.Ordinal) && e.Span.Start > text.IndexOf("The attackers", StringComparison.Ordinal));
    }

    [Fact]
    public void Young_men_arrested_are_civilians()
    {
        const string text = "Unrest in Kenya\n\nNAIROBI, Kenya, March 3 (AP) — Police clashed with protesters in the town of Molo.\n\n"
            + "Residents said police arrested dozens of young men.";
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENCOP" && e.Code == "173" && e.Target == "KENCVL");
    }

    [Fact]
    public void The_insurgents_are_those_of_the_country_named_with_them_before_not_the_datelines()
    {
        const string text = "Rwanda deploys troops\n\nKIGALI, Rwanda, March 3 (Reuters) — Rwanda deployed 2,000 more troops to Mozambique's "
            + "Cabo Delgado province on Monday to fight insurgents, the Rwandan army said.\n\nThe insurgents have attacked several towns in recent weeks.";
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source == "MOZINS" && e.Code == "190" && e.Span.Start > text.IndexOf("The insurgents", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source == "RWAINS");
    }

    [Fact]
    public void A_second_deed_of_its_forces_is_still_the_reporters_forces()
    {
        if (Code("The Ethiopian government said its forces had recaptured the town and arrested dozens of militia members.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "ETHMIL" && e.Code == "173");
        Assert.DoesNotContain(events, e => e.Source == "---MIL");
    }

    [Fact]
    public void Inflicting_casualties_is_fighting_not_coercion()
    {
        if (Code("Myanmar's military said it had inflicted heavy casualties on Arakan Army fighters.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "MMRMIL" && e.Code == "190" && e.Target == "MMRREB");
        Assert.DoesNotContain(events, e => e.Code == "170");
    }
    [Theory]
    [InlineData("Russian missiles hit Odesa overnight, the regional governor said.", "RUSMIL", "195", "UKR")]
    [InlineData("Iranian missiles hit Israel on Saturday, the army said.", "IRNMIL", "195", "ISR")]
    public void A_munition_that_strikes_is_one_sides_strike_not_a_battle_both_ways(string sentence, string source, string code, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == code && e.Target == target);
        Assert.DoesNotContain(events, e => e.Source.StartsWith(target, StringComparison.Ordinal) && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Houthi rebels said they had captured 12 Saudi soldiers near the border.", "YEMREB", "181", "SAUMIL")]
    [InlineData("Ukraine's army said it had captured 30 Russian soldiers near Bakhmut.", "UKRMIL", "173", "RUSMIL")]
    public void People_captured_are_detained_or_by_an_armed_group_abducted_not_ground_taken(string sentence, string source, string code, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == code && e.Target == target);
        Assert.DoesNotContain(events, e => e.Code == "192");
    }

    [Theory]
    [InlineData("The RSF said it had seized an army base in North Darfur.", "SDNREB")]
    [InlineData("M23 rebels seized control of the main road to Goma.", "CODREB")]
    [InlineData("Sudanese troops took control of the town of Wad Madani on Friday.", "SDNMIL")]
    public void Ground_or_control_seized_or_taken_is_occupied(string sentence, string source)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == "192");
        Assert.DoesNotContain(events, e => e.Code == "171");
    }

    [Theory]
    [InlineData("Ukrainian forces pushed back Russian troops near Kupiansk.", "UKRMIL", "RUSMIL")]
    [InlineData("The rebels were pushed back by Congolese troops.", "CODMIL", "")]
    [InlineData("Kenyan troops pushed the Ugandan rebels back across the border.", "KENMIL", "UGAREB")]
    public void Armed_men_pushed_back_are_fought(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == "190" && (target.Length == 0 || e.Target == target));
    }

    [Fact]
    public void A_date_pushed_back_is_no_fight()
    {
        if (Code("Ukrainian officials pushed back the deadline for the prisoner exchange.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void Rioters_read_as_a_name_before_a_verb_read_as_an_adjective_still_riot()
    {
        if (Code("Rioters burned police stations and looted shops in the Nigerian city of Kano.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "NGAOPP" && e.Code == "145");
    }

    [Theory]
    [InlineData("Uganda's army took control of the town of Bunia on Monday.")]
    [InlineData("Uganda's army seized control of the airport on Monday, witnesses said.")]
    public void Control_taken_of_a_place_is_occupying_it(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGAMIL" && e.Code == "192");
    }

    [Fact]
    public void Control_seized_of_a_ship_is_a_hijacking()
    {
        if (Code("Somali pirates seized control of a cargo ship off the coast of Puntland on Sunday.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "181");
        Assert.DoesNotContain(events, e => e.Code == "192");
    }
}
