using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The ninth precision round on unlabelled news: invented sentences for each general rule (what one act makes
/// possible, a body's own gatherings, words of titles and split noun phrases the parser took for verbs). Skipped when
/// the models are absent.
/// </summary>
public sealed class TitlesAndOwnActsTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("The Brazilian government lifted the ban on imports last week, allowing Chinese firms to sell steel in Brazil.")]
    [InlineData("Kenya's government has asked France to lift the ban on Kenyan beef, allowing Kenyan farmers to sell meat in Europe.")]
    public void What_an_act_makes_possible_is_no_yielding(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("08", StringComparison.Ordinal));
        if (Code("Syria is allowing France to open a consulate in Aleppo.") is not { } allowed) return;
        Assert.Contains(allowed, e => e.Source == "SYR" && e.Target == "FRA" && e.Code.StartsWith("08", StringComparison.Ordinal));
    }

    [Fact]
    public void Bodies_holding_their_own_meetings_meet_no_one()
    {
        if (Code("The Arab League and the African Union held their annual meetings in Cairo last week.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.StartsWith("IGO", StringComparison.Ordinal) && e.Target.StartsWith("IGO", StringComparison.Ordinal));
        if (Code("Kenya and Uganda held their meeting in Kampala.") is not { } one) return;
        Assert.Contains(one, e => e.Source == "KEN" && e.Target == "UGA" && e.Code.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalised_word_of_a_title_is_no_act()
    {
        if (Code("The French Embassy's Kidnapping Alert in Bamako is hard to follow.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("18", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deed_split_from_its_noun_phrase_is_not_the_subjects()
    {
        if (Code("Police in Kenya questioned two men over the sniper slaying of a judge in Nairobi.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void What_is_to_replace_another_is_no_party_to_the_appeal()
    {
        if (Code("Libya called for the replacement of French troops in Mali with African Union troops.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.StartsWith("IGO", StringComparison.Ordinal));
    }

    [Fact]
    public void People_of_a_region_of_a_country_are_that_countrys()
    {
        if (Code("Kenyan officials met in Nairobi on Monday. In northern Uganda, hundreds of children marched against the government.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.StartsWith("KEN", StringComparison.Ordinal) && e.Code.StartsWith("14", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source == "UGACVL" && e.Code.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenyan officials met in Nairobi on Monday. Two bombs exploded outside French embassies in Mali and Niger on Friday, killing at least 40 people.")]
    [InlineData("Kenyan officials met in Nairobi on Monday. The attacks at the embassies in Bamako, Mali, and Niamey, Niger, killed 40 people.")]
    public void Victims_in_two_countries_are_each_countrys(string text)
    {
        if (Code(text) is not { } events) return;
        // one event for the people of each country, none for the article's other country
        Assert.Contains(events, e => e.Target == "MLICVL");
        Assert.Contains(events, e => e.Target == "NERCVL");
        Assert.DoesNotContain(events, e => e.Target == "KENCVL");
    }

    [Theory]
    [InlineData("Two bombs exploded outside French embassies in Mali and Niger on Friday, killing at least 40 people.", "Mali", "Niger")]
    [InlineData("Senegal condemned on Friday the blasts which killed 40 people outside the embassies in Bamako, Mali, and Niamey, Niger.", "Bamako", "Niamey")]
    public void Victims_in_two_countries_are_each_struck_in_their_own(string text, string mali, string niger)
    {
        if (Code(text) is not { } events) return;
        // each country's people where the sentence names them, not all in the place nearest the words (nor in Senegal, which spoke)
        Assert.Contains(events, e => e.Target == "MLICVL" && e.Where == mali);
        Assert.Contains(events, e => e.Target == "NERCVL" && e.Where == niger);
    }
}
