using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The sixth random sample of the audit corpora's events (issue #6, helper E6, seed 131): invented sentences for each
/// general rule (the munition fired naming the attack, chemical weapons used, ...). Skipped when the models are absent.
/// </summary>
public sealed class SampleSixPrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("Kenya and Somalia exchanged artillery fire on Monday.", "194")]
    [InlineData("Kenyan troops exchanged mortar fire with the rebels near the border.", "194")]
    [InlineData("Kenyan troops fired artillery rounds at the rebel camp.", "194")]
    [InlineData("The Kenyan army fired tank shells at the rebel positions.", "194")]
    [InlineData("The rebels fired a missile at the Kenyan army base overnight.", "195")]
    public void The_munition_fired_or_traded_names_the_attack(string sentence, string code)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == code);
        Assert.DoesNotContain(events, e => e.Code is "190" or "193");
    }

    [Fact]
    public void Drones_shot_down_are_no_air_attack_by_the_shooter()
    {
        if (Code("Ukraine said it shot down 30 Russian drones overnight.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.StartsWith("UKR", StringComparison.Ordinal) && e.Code == "195");
    }

    [Fact]
    public void Gunfire_exchanged_stays_shooting()
    {
        if (Code("Kenyan troops exchanged gunfire with the rebels near the border.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "193");
    }

    [Theory]
    [InlineData("Investigators concluded that the Ugandan army used chemical weapons against the rebels in 2019.")]
    [InlineData("The Ugandan army used chlorine gas against the rebels, the report said.")]
    public void Chemical_weapons_used_are_a_chemical_attack(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGAMIL" && e.Code == "2041");
    }

    [Fact]
    public void Tear_gas_used_stays_crowd_control()
    {
        if (Code("Ugandan police used tear gas against the protesters in Kampala.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGACOP" && e.Code == "175");
    }

    [Theory]
    [InlineData("Kenya condemned on Monday the bomb blasts which killed 30 people at a market in Mogadishu.")]
    [InlineData("Police arrested a man over the bombings of two hotels and a bank in Nairobi and Mombasa last year that killed 60 people.")]
    public void A_bomb_a_relative_clause_of_killing_describes_is_a_bomb_set_off(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "183" && e.Target.EndsWith("CVL", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Code is "190" or "193");
    }

    [Theory]
    [InlineData("Several armed groups that opposed Uganda in its war with Kenya have since disarmed.", "UGA")]
    [InlineData("Most rebel groups opposed Uganda during the war.", "UGA")]
    public void Opposing_a_side_is_disapproval_not_a_protest(string sentence, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "110" && e.Target.StartsWith(target, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenyan President Ruto fails reporter's pop quiz on world leaders")]
    [InlineData("The Kenyan president failed the army's fitness test.")]
    [InlineData("Two Ugandan ministers failed a police background check last year.")]
    public void Failing_a_test_rejects_no_one(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void Failing_to_act_stays_a_denied_act()
    {
        if (Code("Kenya failed to attack Uganda.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Code == "190" && e.Negated);
    }

    [Theory]
    [InlineData("The militant group Hamas fired rockets at Israel.", "PSEREBHMS")]
    [InlineData("The Somali militant group al-Shabab attacked a Kenyan army base.", "SOMREB")]
    [InlineData("The Islamist militant group Hamas attacked an Israeli army base.", "PSEREBHMS")]
    public void A_group_named_after_its_description_is_the_subject(string sentence, string source)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_noun_before_a_name_is_no_description_of_it()
    {
        if (Code("And perhaps someday Kerry will release more of his military records as well.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("084", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lebanese officials spoke about the Shebaa Farms, a Syrian enclave that Israel annexed after the 1967 war.")]
    [InlineData("Lebanese officials spoke about the Shebaa Farms, Syrian land that Israel annexed after the 1967 war.")]
    public void An_apposition_naming_a_country_is_what_a_relative_clause_acts_on(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "ISR" && e.Code == "192" && e.Target == "SYR");
        Assert.DoesNotContain(events, e => e.Target == "LBN");
    }

    [Fact]
    public void A_person_and_the_title_in_apposition_are_one_party()
    {
        if (Code("The Kenyan minister praised Museveni, Uganda's president, whom he met on Monday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target == "UGAGOV");
    }

    [Theory]
    [InlineData("Uganda's foreign minister met his Kenyan counterpart in Kampala on Monday.", "UGAGOV", "KENGOV")]
    [InlineData("The Ugandan defence minister met his Kenyan counterpart on Monday.", "UGAMIL", "KENMIL")]
    [InlineData("The Ugandan president called his Kenyan counterpart on Monday.", "UGAGOV", "KENGOV")]
    public void A_counterpart_holds_the_other_sides_office(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Target == target);
        Assert.DoesNotContain(events, e => e.Target == "KEN" || e.Source == "KEN");
    }

    [Fact]
    public void A_country_that_is_no_counterpart_stays_the_country()
    {
        if (Code("Uganda met Kenya on Monday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGA" && e.Target == "KEN");
    }

    [Fact]
    public void A_threat_posed_is_no_act_but_a_threat_made_is()
    {
        if (Code("Uganda poses a real threat to Kenya, the minister said.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "UGA");
        if (Code("Uganda threatened Kenya.") is not { } threatened) return;
        Assert.Contains(threatened, e => e.Source == "UGA" && e.Code == "130" && e.Target == "KEN");
    }

    [Theory]
    [InlineData("Kenya criticised the army's killing of Ugandan civilians.", "---MIL")]
    [InlineData("Kenya condemned the Ugandan army's killing of Kenyan civilians.", "UGAMIL")]
    public void Condemning_someones_killing_of_people_condemns_the_killer(string sentence, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Code == "111" && e.Target == target);
        Assert.DoesNotContain(events, e => e.Target.EndsWith("CVL", StringComparison.Ordinal));
    }

    [Fact]
    public void Condemning_a_deed_of_a_name_we_cannot_code_condemns_no_victim()
    {
        if (Code("Ugandan lawmakers on Tuesday condemned Smith's murder of the Kenyan activist.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.StartsWith("KEN", StringComparison.Ordinal));
        if (Code("Kenya condemned Russia's annexation of four Ukrainian regions.") is not { } annexed) return;
        Assert.Contains(annexed, e => e.Source == "KEN" && e.Code == "111" && e.Target == "RUS");
    }

    [Fact]
    public void Those_an_attack_was_aimed_at_are_not_its_doers()
    {
        if (Code("A series of precision Kenyan airstrikes against rebel fighters this week in southern Somalia killed more than 20 militants.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.EndsWith("REB", StringComparison.Ordinal));
        if (Code("A wave of attacks on Ugandan troops by al-Shabab killed 20 soldiers.") is not { } wave) return;
        Assert.Contains(wave, e => e.Source == "SOMREB" && e.Target == "UGAMIL");
    }

    [Theory]
    [InlineData("Ugandan troops fought al-Shabab.", "UGAMIL", "SOMREB")]
    [InlineData("Kenyan troops attacked al-Shabaab on Monday.", "KENMIL", "SOMREB")]
    [InlineData("Iraqi troops attacked al-Qaeda in Mosul.", "IRQMIL", "IMGMUSALQ")]
    public void A_name_with_an_arabic_article_after_a_verb_is_its_object(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == "190" && e.Target == target);
    }

    [Fact]
    public void A_name_with_an_arabic_article_that_is_a_subject_stays_one()
    {
        if (Code("Kenya said al-Shabaab attacked the base.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "SOMREB" && e.Code == "190");
        Assert.DoesNotContain(events, e => e.Target == "SOMREB");
    }

    [Theory]
    [InlineData("The coalition carried out air strikes on Houthi positions.", "---MIL")]
    [InlineData("The Saudi-led coalition carried out air strikes on Houthi positions in Sanaa.", "SAUMIL")]
    public void Out_after_carry_is_its_particle_and_the_attack_its_object(string sentence, string source)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == "195" && e.Target == "YEMREB");
    }

    [Theory]
    [InlineData("Kenyan police fired tear gas to disperse opposition supporters in Kisumu.", "KENOPP")]
    [InlineData("Kenyan police dispersed the students with tear gas.", "KENEDU")]
    public void People_dispersed_are_the_target_of_crowd_control(string sentence, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENCOP" && e.Code == "175" && e.Target == target);
    }

    [Fact]
    public void A_land_mine_hit_is_a_bomb_set_off()
    {
        if (Code("Two Kenyan soldiers were killed when their vehicle hit a land mine.") is not { } events) return;
        Assert.Contains(events, e => e.Code.StartsWith("183", StringComparison.Ordinal) && e.Target == "KENMIL");
        Assert.DoesNotContain(events, e => e.Code is "190" or "193");
    }

    [Theory]
    [InlineData("Thousands of Sudanese refugees fled into Chad.")]
    [InlineData("Somali refugees have fled across the border into Kenya.")]
    public void Refugees_fleeing_into_a_country_grant_no_asylum(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "075");
    }

    [Fact]
    public void Asylum_granted_stays_asylum()
    {
        if (Code("Chad granted asylum to Sudanese refugees.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "TCD" && e.Code == "075" && e.Target == "SDNREF");
    }

    [Fact]
    public void A_drone_attack_claimed_is_the_claimants()
    {
        if (Code("The Houthis claimed responsibility for the drone attack on the Saudi tanker.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "YEMREB" && e.Code == "195" && e.Target == "SAU");
        Assert.DoesNotContain(events, e => e.Source == "---MIL");
    }
}
