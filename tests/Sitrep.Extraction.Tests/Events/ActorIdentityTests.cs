using Sitrep.Extraction.Events;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Actor identities on real news (issue #5, #6): right events made wrong by whose an actor was taken to be. Invented
/// sentences for each general rule. Skipped when the models are absent.
/// </summary>
public sealed class ActorIdentityTests
{
    private static List<Sitrep.Core.Model.Event>? Code(string text) => EventCoderTests.Code(text);

    [Fact]
    public void Forces_stationed_in_a_country_are_not_its_own()
    {
        if (Code("Syria has increased its armed forces in Lebanon.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "SYR" && e.Code.StartsWith("15", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Target == "LBNMIL" || e.Target == "LBN");
    }

    [Theory]
    [InlineData("Soldiers from Jordan attacked the village.", "JORMIL", "")]
    [InlineData("Al-Shabaab has stepped up attacks on military bases in Somalia.", "SOMREB", "SOMMIL")]
    public void Forces_from_a_country_and_bases_in_it_are_still_its(string sentence, string source, string target)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == source && e.Target == target && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_an_envoy_is_posted_is_no_party()
    {
        if (Code("The French foreign ministry has called in the EU envoy to Nairobi.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.StartsWith("KEN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_word_after_a_names_particle_is_part_of_the_name()
    {
        if (Code("On Monday , Abu Omar al - Kuwaiti , a gang leader in Mosul was killed by a coalition airstrike .") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.StartsWith("KWT", StringComparison.Ordinal));
        if (Code("Kuwaiti troops attacked the town.") is not { } troops) return;
        Assert.Contains(troops, e => e.Source == "KWTMIL");
    }

    [Fact]
    public void A_known_name_inside_another_persons_name_is_not_that_person()
    {
        if (Code("Jordan freed Samira Mubarak Hadid on Friday.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.StartsWith("EGY", StringComparison.Ordinal));
    }

    [Fact]
    public void An_official_of_the_republic_of_a_country_is_that_countrys()
    {
        if (Code("Deputy Prime Minister of the Republic of Kazakhstan Amir Daulet welcomed the Georgian delegation.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KAZGOV");
        Assert.DoesNotContain(events, e => e.Source == "---GOV");
    }

    [Fact]
    public void Media_said_to_be_foreign_are_not_the_state_s_own()
    {
        if (Code("The Malian junta suspended two foreign broadcasters.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "MLIGOV" && e.Target == "---MED");
        if (Code("The Malian junta suspended two broadcasters.") is not { } home) return;
        Assert.Contains(home, e => e.Source == "MLIGOV" && e.Target == "MLIMED");
    }
}
