using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Battles named by a noun (issue #6): "fighting/clashes between A and B" is A fighting B and B fighting A, whatever the
/// verb after the phrase; the dead are the battle's, not a side's victims. Skipped when the models are absent.
/// </summary>
public sealed class BattleNounTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    private static bool Fights(Event e, string source, string target) => e.Source == source && e.Target == target && e.Code == "190";

    [Theory]
    [InlineData("Fighting between the Malian army and Tuareg rebels near Kidal has killed at least 14 people since Tuesday.", "MLIMIL", "MLIREB")]
    [InlineData("Clashes between Nigerien troops and Boko Haram fighters killed 19 people.", "NERMIL", "NGAREB")]
    [InlineData("Heavy fighting broke out on Sunday between Chadian soldiers and Sudanese rebels near Abeche.", "TCDMIL", "SDNREB")]
    [InlineData("Skirmishes between Ugandan and Kenyan police were reported along the border.", "UGACOP", "KENCOP")]
    [InlineData("Clashes between Eritrea and Djibouti along the border killed 12 soldiers.", "ERI", "DJI")]
    public void A_battle_between_two_sides_is_each_fighting_the_other(string sentence, string a, string b)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => Fights(e, a, b));
        Assert.Contains(events, e => Fights(e, b, a));
    }

    [Theory]
    [InlineData("Fighting between the Malian army and Tuareg rebels has killed 14 people.")]
    [InlineData("Clashes between the Burundian army and FNL rebels killed 12 villagers.")]
    public void The_dead_of_a_battle_are_no_sides_victims(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.EndsWith("CVL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_side_owning_clashes_with_another_fights_it_and_is_fought()
    {
        if (Code("The Ugandan army's clashes with Congolese rebels left six dead.") is not { } events) return;
        Assert.Contains(events, e => Fights(e, "UGAMIL", "CODREB"));
        Assert.Contains(events, e => Fights(e, "CODREB", "UGAMIL"));
    }

    [Theory]
    [InlineData("A clash between Honda and Toyota over prices looms.")]
    [InlineData("Fighting between the ruling party and the opposition over the budget intensified.")]
    [InlineData("The trade battle between Kenya and Tanzania deepened.")]
    [InlineData("A clash between Kenya and Tanzania over tariffs looms.")]
    [InlineData("Uganda condemned the fighting with Rwanda.")]
    [InlineData("Diplomats worked to prevent clashes between Ugandan troops and Congolese rebels.")]
    public void A_quarrel_or_a_battle_averted_is_no_fight(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "190");
    }

    [Theory]
    [InlineData("Zambian troops were locked in heavy fighting with Angolan rebels near Mongu.", "ZMBMIL", "AGOREB")]
    [InlineData("Three Kenyan soldiers were killed in clashes with Somali militants.", "KENMIL", "SOMINS")]
    public void The_subject_of_a_clause_holding_a_fight_with_a_side_fights_it(string sentence, string a, string b)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => Fights(e, a, b));
        Assert.Contains(events, e => Fights(e, b, a));
    }

    [Fact]
    public void No_fighting_between_two_sides_is_no_fight()
    {
        if (Code("There has been no fighting between Eritrean and Ethiopian troops since June.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "190");
    }

    [Fact]
    public void Unnamed_people_fight_no_country_the_article_names_elsewhere()
    {
        if (Code("Eritrea's president arrived in Kenya on Monday. His government has faced clashes between protesters and police.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "190" && e.Source.Length == 6 && e.Target.Length == 6
                                            && !e.Source.StartsWith("---", StringComparison.Ordinal) && e.Source[..3] != e.Target[..3]);
    }

    [Fact]
    public void A_battle_that_would_happen_is_hypothetical()
    {
        if (Code("Fighting between Eritrea and Djibouti would be catastrophic.") is not { } events) return;
        Assert.All(events.Where(e => e.Code == "190"), e => Assert.Equal(Modality.Hypothetical, e.Modality));
    }

    [Fact]
    public void A_country_s_police_and_a_people_are_no_two_states()
    {
        if (Code("Dozens were reported killed in clashes between Kenyan police and ethnic Somalis.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "190" && e.Source == "KEN" && e.Target == "SOM");
    }

    [Fact]
    public void The_army_fighting_rebels_of_the_place_is_that_country_s_both_ways()
    {
        if (Code("Fighting between the army and Tuareg rebels in Gao killed nine people.") is not { } events) return;
        Assert.Contains(events, e => Fights(e, "MLIMIL", "MLIREB"));
        Assert.Contains(events, e => Fights(e, "MLIREB", "MLIMIL"));
        Assert.DoesNotContain(events, e => e.Source == "---MIL" || e.Target == "---MIL");
    }

    [Fact]
    public void A_sentence_opening_fighting_before_its_verb_is_a_battle()
    {
        if (Code("Fighting resumed in the eastern town of Beni on Friday, leaving eight soldiers dead.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "190" && e.Target == "CODMIL" && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void The_victims_of_clashes_in_towns_of_a_country_named_by_its_adjective_are_its_people()
    {
        if (Code("Clashes erupted in two Nigerian villages, leaving 15 civilians dead.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "190" && e.Target == "NGACVL");
    }
}
