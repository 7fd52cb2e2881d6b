using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Actors;

public sealed class ActorStageTests
{
    private static readonly ActorStage Stage = new(ActorCoder.Load(new DataDirectory(), phoenix: false));

    // An invented report.
    private const string Report =
        "Chadian defence minister Daoud Yaya Brahim said on Monday that Sudanese rebels had crossed the border. " +
        "Brahim said Chadian and French troops were on alert in the east. " +
        "Amina Wali, a spokeswoman for the Chadian army, declined to comment. " +
        "Aid workers said hundreds of civilians had fled rebel-held villages of Sudan's Darfur region.";

    private static ArticleDocument Run()
    {
        var doc = TestDocuments.Build(Report,
        [
            ("Daoud Yaya Brahim", EntityLabel.PER, 0, 0),
            ("Brahim", EntityLabel.PER, 0, 1),
            ("Amina Wali", EntityLabel.PER, 1, 0),
            ("Darfur", EntityLabel.LOC, 2, 0),
        ], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        return doc;
    }

    [Fact]
    public void A_person_is_coded_from_the_title_before_the_name_and_named_by_the_longest_mention()
    {
        var a = Run().Actors.Single(x => x.Cluster == 0);
        Assert.Equal("TCDMIL", a.Code);
        Assert.Equal("Daoud Yaya Brahim", a.Name);
        Assert.Equal("Chadian defence minister", a.Evidence.Of(Report));
    }

    [Fact]
    public void General_as_an_adjective_or_opening_a_company_s_name_is_no_army()
    {
        const string text = "General Foundry bought a Chadian mill. Chad held a general election and the general manager resigned. The general said troops were on alert.";
        var doc = TestDocuments.Build(text, [("General Foundry", EntityLabel.ORG, 0, 0)], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.DoesNotContain(doc.Actors, a => a.Role == "MIL" && a.Mention.Of(text).Contains("General Foundry"));
        Assert.DoesNotContain(doc.Actors, a => a.Role == "MIL" && a.Mention.Of(text).Contains("election"));
        Assert.Contains(doc.Actors, a => a.Role == "BUS" && a.Mention.Of(text) == "general manager");
        // The rank as a noun is still the military.
        Assert.Contains(doc.Actors, a => a.Role == "MIL" && a.Mention.Of(text) == "general");
    }

    [Fact]
    public void A_role_before_a_word_for_one_who_harms_names_those_harmed_not_a_party()
    {
        const string text = "Kenyan police added the accused doctor killer to their list. The police killer was caught. Rebel kidnappers seized a nurse.";
        var doc = TestDocuments.Build(text, [], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.DoesNotContain(doc.Actors, a => a.Role is "HLH" && a.Mention.Of(text).Contains("doctor"));
        Assert.DoesNotContain(doc.Actors, a => a.Role is "COP" && a.Mention.Of(text).Contains("police killer"));
        // (an armed role still names the doers; the nurse is still a health worker)
        Assert.Contains(doc.Actors, a => a.Mention.Of(text) == "Rebel kidnappers");
        Assert.Contains(doc.Actors, a => a.Role == "HLH" && a.Mention.Of(text) == "nurse");
    }

    [Fact]
    public void A_countrys_air_defences_are_its_military()
    {
        const string text = "Latvian air defences shot down two drones over Riga. Air defense units were on alert.";
        var doc = TestDocuments.Build(text, [], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.Contains(doc.Actors, a => a.Code == "LVAMIL" && a.Mention.Of(text).Contains("air defences"));
    }

    [Fact]
    public void Water_named_after_a_country_or_town_is_no_actor_but_the_country_still_is()
    {
        const string text = "A tanker was seized in the Gulf of Oman and another in the Red Sea. Oman protested.";
        var doc = TestDocuments.Build(text, [("Gulf of Oman", EntityLabel.LOC, 0, 0), ("Red Sea", EntityLabel.LOC, 1, 0), ("Oman", EntityLabel.LOC, 2, 1)], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.DoesNotContain(doc.Actors, a => a.Cluster == 0);
        Assert.Contains(doc.Actors, a => a.Cluster == 2 && a.Code == "OMN");
    }

    [Fact]
    public void An_apposition_naming_the_post_a_title_is_held_at_still_codes_the_person()
    {
        const string text = "Omar Haddad, Iraq's ambassador to the United Nations, said the vote was unfair.";
        var doc = TestDocuments.Build(text, [("Omar Haddad", EntityLabel.PER, 0, 0), ("United Nations", EntityLabel.ORG, 1, 0)], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.Equal("IRQGOV", doc.Actors.Single(a => a.Cluster == 0).Code);
    }

    [Fact]
    public void A_place_filed_under_its_country_before_a_title_gives_the_country()
    {
        var data = new DataDirectory();
        if (data.FindData("cameo/Phoenix.Countries.actors.txt") is null)
        {
            Console.WriteLine("skipped: ../shared/data/cameo not present");
            return;
        }
        var stage = new ActorStage(ActorCoder.Load(data));
        const string text = "Louisiana Governor Kathleen Blanco said the levees had failed.";
        var doc = TestDocuments.Build(text, [("Kathleen Blanco", EntityLabel.PER, 0, 0)], new DateOnly(2005, 8, 31));
        stage.Run(doc);
        Assert.Equal("USAGOV", doc.Actors.Single(a => a.Cluster == 0).Code);
    }

    [Fact]
    public void A_name_after_a_title_and_a_preposition_is_not_the_title_holder()
    {
        const string text = "Peter Otieno, a spokesman for Omar Haddad, said the talks had failed.";
        var doc = TestDocuments.Build(text, [("Peter Otieno", EntityLabel.PER, 0, 0), ("Omar Haddad", EntityLabel.PER, 1, 0)], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.DoesNotContain(doc.Actors, a => a.Cluster == 1);
    }

    [Fact]
    public void A_name_before_an_armed_groups_noun_is_that_group_not_an_army()
    {
        const string text = "The Red Hill Army militia attacked a convoy, and the Red Hill Army later withdrew.";
        var doc = TestDocuments.Build(text, [("Red Hill Army", EntityLabel.ORG, 0, 0), ("Red Hill Army", EntityLabel.ORG, 1, 1)], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.Equal("REB", doc.Actors.Single(a => a.Cluster == 0).Role);
        Assert.Equal("MIL", doc.Actors.Single(a => a.Cluster == 1).Role); // no noun after it: the name's own word decides
    }

    [Fact]
    public void Federal_or_government_forces_named_without_a_country_are_the_articles_countrys()
    {
        const string text = "Chad says army repels attack\n\nThe fighting in Chad spread on Monday as federal forces clashed with rebels. Government troops later shelled the hills, and French troops stayed in their base.";
        var doc = TestDocuments.Build(text, [], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.Equal("TCDMIL", doc.Actors.Single(a => a.Mention.Of(text) == "forces").Code);
        Assert.Equal("TCDMIL", doc.Actors.Single(a => a.Mention.Of(text) == "Government troops").Code);
        Assert.Equal("FRAMIL", doc.Actors.Single(a => a.Mention.Of(text).EndsWith("troops", StringComparison.Ordinal) && a.Mention.Of(text).StartsWith("French", StringComparison.Ordinal)).Code);
    }

    [Fact]
    public void The_army_with_nothing_saying_whose_is_the_countrys_own_but_not_as_a_modifier()
    {
        const string text = "Clashes between the army and rebels near Abeche in Chad killed 12 people. The army's spokesman denied it, and the military action went on.";
        var doc = TestDocuments.Build(text, [], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.Equal("TCDMIL", doc.Actors.First(a => a.Mention.Of(text) == "army").Code);
        Assert.DoesNotContain(doc.Actors, a => a.Mention.Of(text) == "military" && a.Code == "TCDMIL");
    }

    [Fact]
    public void Bare_officers_after_the_police_are_policemen_and_army_officers_stay_soldiers()
    {
        const string text = "A police spokeswoman said officers had cleared the barricades by noon. Army officers said the bridge was closed.";
        var doc = TestDocuments.Build(text, [], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.Equal("COP", doc.Actors.Single(a => a.Mention.Of(text) == "officers").Role);
        Assert.Equal("MIL", doc.Actors.Single(a => a.Mention.Of(text) == "Army officers").Role);
    }

    [Fact]
    public void Company_officers_and_offices_named_with_general_are_no_military()
    {
        const string text = "Grace Mwangi, the chief executive officer, met the Attorney General on Monday.";
        var doc = TestDocuments.Build(text, [("Grace Mwangi", EntityLabel.PER, 0, 0)], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.DoesNotContain(doc.Actors, a => a.Role == "MIL");
        Assert.Contains(doc.Actors, a => a.Role == "GOV" && a.Mention.Of(text) == "Attorney General");
    }

    [Fact]
    public void A_person_is_coded_from_an_apposition_after_the_name()
    {
        var a = Run().Actors.Single(x => x.Cluster == 1);
        Assert.Equal("TCDMIL", a.Code);
        Assert.Equal("Amina Wali", a.Name);
    }

    [Fact]
    public void Bare_group_mentions_become_actors_without_a_cluster()
    {
        var bare = Run().Actors.Where(x => x.Cluster == -1).Select(x => x.Code).ToList();
        Assert.Contains("SDNREB", bare);
        Assert.Contains("TCDMIL", bare);
        Assert.Contains("FRAMIL", bare);
    }

    [Fact]
    public void A_rebel_held_place_takes_its_country_from_the_words_after_it()
    {
        var doc = Run();
        var reb = doc.Actors.Single(x => x.Cluster == -1 && x.Mention.Of(Report) == "rebel-held");
        Assert.Equal("SDNREB", reb.Code);
    }

    [Fact]
    public void A_title_before_a_name_is_not_also_a_bare_actor()
    {
        var doc = Run();
        Assert.DoesNotContain(doc.Actors, x => x.Cluster == -1 && x.Mention.Of(Report).Contains("defence minister"));
        Assert.DoesNotContain(doc.Actors, x => x.Cluster == -1 && x.Mention.Of(Report).Contains("spokeswoman"));
    }

    [Fact]
    public void Organisations_no_entity_covers_are_still_coded()
    {
        const string text = "The Kremlin rejected the plan, and NATO said it would respond.";
        var doc = TestDocuments.Build(text);
        Stage.Run(doc);
        var codes = doc.Actors.Select(a => a.Code).ToList();
        Assert.Contains("RUSGOV", codes);
        Assert.Contains("IGOWSTNAT", codes);   // the code event data (Phoenix) gives NATO
    }

    [Fact]
    public void A_country_name_after_in_is_a_place_not_an_actor()
    {
        const string text = "Fighting continued in Yemen while Oman offered to mediate.";
        var doc = TestDocuments.Build(text);
        Stage.Run(doc);
        Assert.Equal(["OMN"], doc.Actors.Select(a => a.Code).ToArray());
    }

    [Fact]
    public void Every_actor_points_at_its_words_in_the_text()
    {
        var doc = Run();
        Assert.All(doc.Actors, a =>
        {
            Assert.True(a.Evidence.End <= Report.Length && a.Mention.End <= Report.Length);
            Assert.False(string.IsNullOrWhiteSpace(a.Evidence.Of(Report)));
        });
    }

    [Fact]
    public void A_group_owned_by_a_coded_person_takes_that_persons_country()
    {
        const string text = "Chadian President Idriss Malloum said on Tuesday that Idriss Malloum’s government would not negotiate.";
        var doc = TestDocuments.Build(text, [("Idriss Malloum", EntityLabel.PER, 0, 0), ("Idriss Malloum", EntityLabel.PER, 0, 1)]);
        Stage.Run(doc);
        Assert.Equal("TCDGOV", doc.Actors.Single(a => a.Cluster == 0).Code);
        Assert.Equal("TCDGOV", doc.Actors.Single(a => a.Cluster == -1 && a.Mention.Of(text) == "government").Code);
    }

    [Fact]
    public void A_place_in_a_later_clause_does_not_give_residents_its_country()
    {
        const string text = "Shelling hit the outskirts of El Fasher in Sudan on Tuesday, residents said, as peace talks in Kenya stalled. Fighting continued in Sudan.";
        var doc = TestDocuments.Build(text);
        Stage.Run(doc);
        var residents = doc.Actors.Single(a => a.Mention.Of(text) == "residents");
        Assert.Equal("SDNCVL", residents.Code);
    }

    [Fact]
    public void People_of_no_named_country_take_the_one_country_their_sentence_places_them_in_before_the_articles()
    {
        const string text = "A car bomb exploded in Nairobi on Friday, Kenyan police said. Rescue teams in Kenya searched the rubble. " +
                            "Officials in Kenya said the attack was planned for weeks. " +
                            "Hours later, at least four people were killed in a second blast near a market in Uganda.";
        var doc = TestDocuments.Build(text);
        Stage.Run(doc);
        var people = doc.Actors.Single(a => a.Mention.Of(text) == "people");
        Assert.Equal("UGACVL", people.Code);
        // A country that only modifies a noun ("near the Uganda border post", "outside the U.S. embassy") places no one.
        const string modifier = "A car bomb exploded in Nairobi on Friday, Kenyan police said. Rescue teams in Kenya searched the rubble. " +
                                "Hours later, six people were killed near the Uganda border post.";
        var second = TestDocuments.Build(modifier);
        Stage.Run(second);
        Assert.Equal("KENCVL", second.Actors.Single(a => a.Mention.Of(modifier) == "people").Code);
    }

    [Fact]
    public void A_name_after_a_conjunction_does_not_take_the_other_name_as_its_title()
    {
        const string text = "The envoy said there was a growing rift between the Iranians and the Turks over the talks.";
        var doc = TestDocuments.Build(text,
        [
            ("Iranians", EntityLabel.MISC, 0, 0),
            ("Turks", EntityLabel.PER, 1, 0),
        ], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.Equal("TUR", doc.Actors.Single(x => x.Cluster == 1).Code);
        Assert.Equal("IRN", doc.Actors.Single(x => x.Cluster == 0).Code);
    }

    [Fact]
    public void A_country_tagged_as_an_organisation_still_owns_the_title_after_it()
    {
        // The tagger sometimes labels a country owning a title an organisation; the title is still the country's office.
        const string text = "Police stopped Malawi's foreign minister at the airport, and Zambia's president said Zambia's army was ready.";
        var doc = TestDocuments.Build(text,
        [
            ("Malawi", EntityLabel.ORG, 0, 0),
            ("Zambia", EntityLabel.ORG, 1, 0),
            ("Zambia", EntityLabel.LOC, 1, 1),
        ], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.Equal("MWIGOV", doc.Actors.Single(a => a.Mention.Of(text) == "Malawi's foreign minister").Code);
        Assert.Equal("ZMBGOV", doc.Actors.Single(a => a.Mention.Of(text) == "Zambia's president").Code);
        Assert.Equal("ZMBMIL", doc.Actors.Single(a => a.Mention.Of(text) == "Zambia's army").Code);
        // An organisation whose name only ends in the country is no owner: "the Bank of Malawi's governor" stays its own.
        const string bank = "Reporters asked the Bank of Malawi's governor about rates.";
        var second = TestDocuments.Build(bank, [("Bank of Malawi", EntityLabel.ORG, 0, 0)], new DateOnly(2024, 5, 6));
        Stage.Run(second);
        Assert.DoesNotContain(second.Actors, a => a.Cluster == -1 && a.Mention.Of(bank).Contains("governor"));
    }

    [Fact]
    public void A_group_s_name_on_an_aircraft_is_no_actor()
    {
        var stage = new ActorStage(new ActorCoder(ActorLexiconLoader.FromLines([], [], [], [], ["KESTREL_ [ARNREB]"])));
        const string text = "A Kestrel jet carrying the minister landed on Monday. Kestrel said it had attacked the town.";
        var doc = TestDocuments.Build(text, [("Kestrel", EntityLabel.ORG, 0, 0), ("Kestrel", EntityLabel.ORG, 1, 1)], new DateOnly(2024, 5, 6));
        stage.Run(doc);
        Assert.DoesNotContain(doc.Actors, a => a.Code == "ARNREB" && a.Mention.Start < text.IndexOf('.'));
        Assert.Contains(doc.Actors, a => a.Code == "ARNREB" && a.Mention.Start > text.IndexOf('.'));
    }

    [Fact]
    public void A_role_after_a_comma_and_an_article_is_not_the_country_before_them()
    {
        const string text = "Kenya welcomed talks with Somalia, the Kenyan foreign ministry said on Thursday.";
        var doc = TestDocuments.Build(text, [("Kenya", EntityLabel.LOC, 0, 0), ("Somalia", EntityLabel.LOC, 1, 0)], new DateOnly(2024, 5, 6));
        Stage.Run(doc);
        Assert.Contains(doc.Actors, a => a.Code == "KENGOV" && a.Evidence.Of(text) == "Kenyan foreign ministry");
        Assert.DoesNotContain(doc.Actors, a => a.Code == "SOMGOV");
        Assert.Single(doc.Actors, a => a.Code == "KENGOV");
    }

    [Theory]
    [InlineData("The United Nations envoy for Libya, Mireille Dufort, said the talks would resume.", "Mireille Dufort", "IGOUNO")]
    [InlineData("A UN spokeswoman, Hana Petrov, said the aid convoy had been turned back.", "Hana Petrov", "IGOUNO")]
    [InlineData("An army spokesman, Captain Joseph Mwangi, said three soldiers were wounded.", "Joseph Mwangi", "---MIL")]
    [InlineData("The rebel negotiator, Colonel Tesfaye Gebru, said the truce had collapsed.", "Tesfaye Gebru", "---REB")]
    public void A_title_set_off_before_the_name_codes_the_person(string text, string name, string code)
    {
        var doc = TestDocuments.Build(text, [(name, EntityLabel.PER, 0, 0)], new DateOnly(2025, 3, 4));
        Stage.Run(doc);
        Assert.Equal(code, doc.Actors.Single(a => a.Cluster == 0).Code);
    }

    [Fact]
    public void Names_listed_after_a_place_or_a_name_take_no_title_from_it()
    {
        const string text = "Delegates came from Kenya, Grace Otieno, and Peter Mwangi, said the organisers.";
        var doc = TestDocuments.Build(text, [("Grace Otieno", EntityLabel.PER, 0, 0), ("Peter Mwangi", EntityLabel.PER, 1, 0)], new DateOnly(2025, 3, 4));
        Stage.Run(doc);
        Assert.DoesNotContain(doc.Actors, a => a.Cluster is 0 or 1);
    }

    [Theory]
    [InlineData("Police Commissioner Musa Danjuma said the suspects were held overnight.", "Musa Danjuma", "---COP")]
    [InlineData("Protest leader Lilit Hovsepyan told supporters to return on Friday.", "Lilit Hovsepyan", "---OPP")]
    public void Police_commissioners_and_protest_leaders_are_police_and_opposition(string text, string name, string code)
    {
        var doc = TestDocuments.Build(text, [(name, EntityLabel.PER, 0, 0)], new DateOnly(2025, 3, 4));
        Stage.Run(doc);
        Assert.Equal(code, doc.Actors.Single(a => a.Cluster == 0).Code);
    }
}
