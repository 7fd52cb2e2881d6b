using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Actors;

/// <summary>
/// Actor codes that used to make events wrong: a role's country taken from the article where the text says none or
/// another, places standing as parties, and words that name no party. Invented countries and places throughout.
/// </summary>
public sealed class ActorContextTests
{
    private static readonly ActorCoder Coder = ActorCoder.Load(new DataDirectory(), phoenix: false);

    // Invented: Arnor (ARN), occupied 2003-2006 in the dictionary's way of writing it; Rhun (RHN); Gondor (GND).
    private static ActorCoder InventedCoder() => new(ActorLexiconLoader.FromLines(
        ["ARN\tArnor\tArnorian", "RHN\tRhun\tRhunic", "GND\tGondor\tGondorian"],
        ["insurgents\tINS", "guerrillas\tREB", "people\tCVL", "police\tCOP", "generals\tMIL"],
        [], [],
        [
            "ARNOR_", "+MINAS_TIRETH_", "+OSGILIATH_", "\t[ARN <20030320]", "\t[ARNOCC 20030320-20060520]", "\t[ARN >20060520]",
            "VELLIN_", "\t[RHN]",
            "NEW_VELLIN_", "\t[ARN]",
        ]));

    [Fact]
    public void A_place_dated_only_by_its_country_s_occupation_is_that_country_s_place_on_every_date()
    {
        var into = new List<(string, ActorEntry)>();
        ActorLexiconLoader.ReadPhoenix(["ARNOR_", "+MINAS_TIRETH_", "\t[ARN <20030320]", "\t[ARNOCC 20030320-20060520]", "\t[ARN >20060520]"], "test", into);
        Assert.All(into, e => Assert.Equal(EntryKind.Org, e.Item2.Kind));
        var roles = new HashSet<string> { "GOV" };
        Assert.All(into, e => Assert.Equal("ARN", e.Item2.CodeOn(new DateOnly(2004, 4, 9), roles)));
        // An office holder's dated codes still make a person.
        var person = new List<(string, ActorEntry)>();
        ActorLexiconLoader.ReadPhoenix(["MARA_VELLIN_", "\t[ARNGOV 030101-051031]", "\t[ARN]"], "test", person);
        Assert.Equal(EntryKind.Person, Assert.Single(person).Item2.Kind);
    }

    [Fact]
    public void Insurgents_in_an_article_set_in_an_occupied_country_s_towns_are_that_country_s()
    {
        var stage = new ActorStage(InventedCoder());
        const string text = "Fighting went on in Minas Tireth on Monday. Convoys headed to Osgiliath again. "
            + "Clerics described the insurgents as criminals. A ship once sailed for Rhun.";
        var doc = TestDocuments.Build(text, published: new DateOnly(2004, 4, 9));
        stage.Run(doc);
        Assert.Equal("ARNINS", doc.Actors.Single(a => a.Mention.Of(text) == "insurgents").Code);
    }

    [Fact]
    public void A_country_called_on_is_a_party_not_where_the_article_happens()
    {
        var stage = new ActorStage(InventedCoder());
        const string text = "Police found two people dead at a checkpoint on Tuesday. The war in Arnor is in its tenth year. "
            + "Envoys called on Rhun to rein in its allies. Traders also called on Rhun to reopen the border.";
        var doc = TestDocuments.Build(text, published: new DateOnly(2010, 1, 1));
        stage.Run(doc);
        var people = doc.Actors.Single(a => a.Mention.Of(text) == "people");
        Assert.Equal("ARNCVL", people.Code);
        // (only the article says whose they are: a place their event is set in may say better)
        Assert.True(people.CountryFromArticle);
    }

    [Theory]
    [InlineData("PELARGIR, Gondor (Meridian Wire) - Police found two people dead at a checkpoint on Tuesday.")]
    [InlineData("PELARGIR, Gondor (Meridian Wire) --\n\nPolice found two people dead at a checkpoint on Tuesday.")]
    public void A_datelines_country_is_where_the_article_happens(string lede)
    {
        var stage = new ActorStage(InventedCoder());
        string text = lede + "\n\nRhun denied any part in the deaths. Rhun closed its border.";
        var doc = TestDocuments.Build(text, published: new DateOnly(2010, 1, 1));
        stage.Run(doc);
        Assert.Equal("GNDCVL", doc.Actors.Single(a => a.Mention.Of(text) == "people").Code);
    }

    [Fact]
    public void Of_countries_named_as_often_the_one_named_first_is_where_the_article_happens()
    {
        var stage = new ActorStage(InventedCoder());
        const string text = "Police found two people dead at a checkpoint on Tuesday. Rhun blamed bandits. Gondor said nothing.";
        var doc = TestDocuments.Build(text, published: new DateOnly(2010, 1, 1));
        stage.Run(doc);
        Assert.Equal("RHNCVL", doc.Actors.Single(a => a.Mention.Of(text) == "people").Code);
    }

    [Fact]
    public void The_generals_with_nothing_saying_whose_are_the_articles_countrys()
    {
        var stage = new ActorStage(InventedCoder());
        const string text = "Fighting went on in Arnor on Monday. Envoys imposed sanctions on the generals.";
        var doc = TestDocuments.Build(text, published: new DateOnly(2010, 1, 1));
        stage.Run(doc);
        Assert.Equal("ARNMIL", doc.Actors.Single(a => a.Mention.Of(text) == "generals").Code);
    }

    [Fact]
    public void People_worldwide_take_no_country_from_the_article()
    {
        var stage = new ActorStage(InventedCoder());
        const string text = "Fighting went on in Arnor on Monday. Millions of people worldwide marched against the war. "
            + "Many people around the world wrote letters.";
        var doc = TestDocuments.Build(text, published: new DateOnly(2010, 1, 1));
        stage.Run(doc);
        var people = doc.Actors.Where(a => a.Mention.Of(text) == "people").ToList();
        Assert.Equal(2, people.Count);
        Assert.All(people, a => Assert.Equal("---CVL", a.Code));
    }

    [Fact]
    public void Guerrillas_in_a_town_the_lexicons_do_not_know_are_not_the_article_s_country_s()
    {
        var stage = new ActorStage(InventedCoder());
        const string text = "Talks were held in Rhun on Monday. Delegates flew to Rhun again. "
            + "In the eastern city of Dunharrow, guerrillas fired on a police station. "
            + "Insurgents fired on a convoy in the town of Bree in Arnor.";
        var doc = TestDocuments.Build(text, published: new DateOnly(2010, 1, 1));
        stage.Run(doc);
        Assert.Equal("---REB", doc.Actors.Single(a => a.Mention.Of(text) == "guerrillas").Code);
        // A country the sentence names still places its people.
        Assert.Equal("ARNINS", doc.Actors.Single(a => a.Mention.Of(text) == "Insurgents").Code);
    }

    [Fact]
    public void A_place_s_name_after_New_is_part_of_another_name()
    {
        var coder = InventedCoder();
        Assert.NotEqual("RHN", coder.Code("the Greater New Vellin Housing Center")?.Code);
        var stage = new ActorStage(coder);
        const string text = "The Greater New Vellin Housing Center filed a complaint. Vellin is far away.";
        var doc = TestDocuments.Build(text, [("Vellin Housing Center", EntityLabel.ORG, 0, 0)], new DateOnly(2010, 1, 1));
        stage.Run(doc);
        Assert.DoesNotContain(doc.Actors, a => a.Code == "RHN" && a.Mention.Start < text.IndexOf('.'));
    }

    [Fact]
    public void Militant_before_the_rest_of_its_phrase_is_an_adjective()
    {
        Assert.Null(Coder.Code("militant islamists"));
        Assert.NotEqual("---INS", Coder.Code("the militant Palestinian group")?.Code);
        Assert.Equal("---INS", Coder.Code("the militants")?.Code);
        Assert.Equal("SYRINS", Coder.Code("Syrian militants")?.Code);
    }

    [Fact]
    public void Business_and_intelligence_alone_name_an_activity_not_a_party()
    {
        var stage = new ActorStage(Coder);
        const string text = "Arnor is a node for the business which intelligence agencies conduct with each other. "
            + "Officials never provided actionable intelligence about the raid. Syrian intelligence said the talks failed.";
        var doc = TestDocuments.Build(text, published: new DateOnly(2010, 1, 1));
        stage.Run(doc);
        Assert.DoesNotContain(doc.Actors, a => a.Code.EndsWith("BUS", StringComparison.Ordinal));
        Assert.Equal("---SPY", doc.Actors.Single(a => a.Mention.Of(text) == "intelligence agencies").Code);
        Assert.DoesNotContain(doc.Actors, a => a.Mention.Of(text) == "intelligence");
        Assert.Equal("SYRSPY", doc.Actors.Single(a => a.Mention.Of(text) == "Syrian intelligence").Code);
    }

    [Fact]
    public void Named_militant_groups_and_political_forces_keep_what_they_are()
    {
        Assert.Equal("EGYREB", Coder.Code("Egyptian Islamic Jihad")?.Code);
        Assert.Equal("IRQPTY", Coder.Code("Iraqi political forces")?.Code);
        Assert.Equal("IRQMIL", Coder.Code("Iraqi forces")?.Code);
    }
}
