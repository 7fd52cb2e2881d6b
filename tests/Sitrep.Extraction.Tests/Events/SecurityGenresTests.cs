using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Violence and security reports of genres earlier rounds had not tried (issue #6): incidents at sea, kidnappings,
/// crackdowns on protests. Invented sentences; skipped when the models are absent.
/// </summary>
public sealed class SecurityGenresTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("Haitian gang members attacked a police station in Mirebalais.", "HTICRM", "190", "HTICOP")]
    [InlineData("Mexican soldiers clashed with cartel members in Culiacan.", "MEXMIL", "190", "MEXCRM")]
    [InlineData("Bandits abducted 40 Nigerian pupils from a boarding school.", "", "181", "NGAEDU")]
    [InlineData("A Chinese coast guard ship rammed a Philippine navy vessel.", "CHNMIL", "190", "PHLMIL")]
    public void Gangs_cartels_pupils_and_coast_guards_are_actors(string sentence, string source, string code, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => (source.Length == 0 || e.Source == source) && e.Code == code && e.Target == target);
    }

    [Theory]
    [InlineData("Yemeni rebels seized a cargo ship in the Red Sea.", "YEMREB")]
    [InlineData("Somali pirates took 20 fishermen hostage off Eyl.", "SOMCRM")]
    [InlineData("Somali pirates held 20 sailors hostage for a month.", "SOMCRM")]
    [InlineData("Somali pirates hijacked a bulk carrier off Eyl.", "SOMCRM")]
    public void Ships_seized_and_people_taken_hostage_are_hijackings_with_or_without_a_named_victim(string sentence, string source)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == "181");
    }

    [Theory]
    [InlineData("Militia fighters shot civilians in their homes.")]
    [InlineData("Witnesses said gunmen shot villagers near the well and burned their huts.")]
    public void Shot_between_two_nouns_is_the_verb_not_a_compound(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "193" && e.Target.EndsWith("CVL", StringComparison.Ordinal));
        // the noun stays a noun where a verb follows: "the shot victims were taken to hospital"
        if (Code("Three shot victims were taken to hospital.") is { } other) Assert.DoesNotContain(other, e => e.Code == "193");
    }

    [Fact]
    public void Weapons_seized_stay_property_seized()
    {
        if (Code("Kenyan police seized Somali rifles in Mandera.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "181");
    }

    [Theory]
    [InlineData("Chinese coast guard vessels fired water cannon at a Philippine boat.", "CHNMIL", "PHL")]
    [InlineData("Kenyan police fired tear gas at protesters in Nairobi.", "KENCOP", "KENOPP")]
    [InlineData("Kenyan police teargassed protesters in Nairobi.", "KENCOP", "KENOPP")]
    [InlineData("Kenyan police tear-gassed protesters in Nairobi.", "KENCOP", "KENOPP")]
    [InlineData("Kenyan police tear-gas protesters in Nairobi", "KENCOP", "KENOPP")]
    public void Tear_gas_and_water_cannon_are_crowd_control_not_shooting(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == "175" && e.Target == target);
        Assert.DoesNotContain(events, e => e.Code is "190" or "193" or "194");
    }

    [Theory]
    [InlineData("Iranian commandos seized a Greek tanker in the Gulf of Oman.", "OMN")]
    [InlineData("Kenyan warships patrolled the Gulf of Aden on Monday.", "YEM")]
    [InlineData("Chinese ships fired water cannon at a boat in the South China Sea.", "CHN")]
    public void Water_named_after_a_country_or_town_is_no_party_of_it(string sentence, string country)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.StartsWith(country, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Mozambican government imposed a curfew in Maputo.", "MOZGOV", "1723", "MOZCVL")]
    [InlineData("Ethiopia declared a state of emergency on Friday.", "ETH", "1724", "ETHCVL")]
    [InlineData("Kenyan authorities restricted internet access in Nairobi.", "KENGOV", "1721", "KENCVL")]
    [InlineData("Bangladesh cut mobile internet services on Thursday.", "BGD", "1721", "BGDCVL")]
    public void Curfews_emergencies_and_internet_shutdowns_restrict_the_people_of_the_place_or_the_imposers_own(string sentence, string source, string code, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Code == code && e.Target == target);
    }

    [Theory]
    [InlineData("The Kenyan Senate ordered a quick solution to the crisis.")]
    [InlineData("Kenya ordered the confiscation of the farms.")]
    public void What_else_a_dictionary_reads_as_a_restriction_is_on_no_one_named(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("172", StringComparison.Ordinal));
    }

    [Fact]
    public void A_curfew_on_a_named_party_stays_on_it()
    {
        if (Code("Israel imposed a curfew on Palestinians in Hebron.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "ISR" && e.Code == "1723" && e.Target.StartsWith("PSE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pakistani troops opened fire with small arms and mortars on Indian posts in the Poonch sector.")]
    [InlineData("Pakistani troops opened fire with mortars on Indian posts.")]
    [InlineData("Pakistani troops fired with machine guns at Indian posts.")]
    public void The_weapons_one_fires_with_are_no_target_and_what_they_are_aimed_at_is(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "PAKMIL" && e.Target == "IND" && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_states_bodies_named_bare_in_a_report_filed_from_that_state_are_its_own()
    {
        const string report = "MAPUTO, Nov 7 (Reuters) - Mozambican opposition supporters marched in Maputo on Thursday. "
            + "The government imposed a curfew on Thursday. Authorities also restricted internet access across the country.";
        if (Code(report) is not { } events) return;
        Assert.Contains(events, e => e.Source == "MOZGOV" && e.Code == "1723");
        Assert.Contains(events, e => e.Source == "MOZGOV" && e.Code == "1721");
    }

    [Fact]
    public void Bodies_with_a_word_of_their_own_before_them_are_not_given_the_reports_country()
    {
        const string report = "MAPUTO, Nov 7 (Reuters) - Mozambican opposition supporters marched in Maputo on Thursday. "
            + "Rwandan officials said additional troops and rival authorities were sent to the north.";
        if (EventCoderTests.Pipeline.Value is not { } pipeline) return;
        var doc = pipeline.Run(new ArticleDocument(report));
        Assert.DoesNotContain(doc.Actors, a => a.Code is "MOZMIL" or "MOZGOV");
    }

    [Fact]
    public void Northern_Ireland_is_part_of_the_United_Kingdom()
    {
        if (Code("Northern Ireland police arrested two Irish men near Newry.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "GBRCOP" && e.Code == "173" && e.Target == "IRL");
    }

    [Theory]
    [InlineData("Myanmar rebels seized a town on the Chinese border.", "CHN")]
    [InlineData("Pakistani troops shelled Indian posts along the Chinese frontier.", "CHN")]
    [InlineData("Malian soldiers attacked a convoy near the border with Niger.", "NER")]
    public void A_country_whose_border_a_place_lies_on_is_no_party(string sentence, string neighbour)
    {
        if (Code(sentence) is not { } events) return;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Target.StartsWith(neighbour, StringComparison.Ordinal));
    }

    [Fact]
    public void The_border_itself_attacked_stays_its_countrys()
    {
        if (Code("Thai troops shelled the Cambodian border.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "THAMIL" && e.Target == "KHM");
    }

    [Theory]
    [InlineData("Hamas drones struck an Israeli tank near the fence.", "PSEREBHMS", "ISRMIL")]
    [InlineData("American warships shot down several Houthi drones.", "USAMIL", "YEMREB")]
    public void An_armed_groups_drones_are_its_own_not_a_product_of_its_name(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Target == target && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("American warships shot down several drones launched by the Houthis.")]
    [InlineData("American warships shot down a drone launched by Houthi rebels.")]
    public void Weapons_brought_down_are_those_of_the_launcher_their_clause_names(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "USAMIL" && e.Target == "YEMREB" && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_countrys_name_opening_a_sentence_still_makes_its_troops_its_army()
    {
        if (Code("U.S. troops attacked Houthi positions near Hodeidah.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "USAMIL" && e.Code == "190" && e.Target == "YEMREB");
    }
}
