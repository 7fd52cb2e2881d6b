using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Who did it when the text names the doer only as the attack's claimant ("a bombing claimed by al-Shabaab killed ...")
/// or as the one at whose hands people died (session 26, helper E14). ACLED codes a claimed attack to its claimant; a
/// claim denied or one of no group names no one. Skipped when the models are absent.
/// </summary>
public sealed class ClaimedAttackTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("A bombing claimed by al-Shabaab killed 14 Kenyan soldiers in Mandera on Friday.", "SOMREB", "KENMIL")]
    [InlineData("The raids, also claimed by Boko Haram, have killed 14 Nigerian soldiers this month.", "NGAREB", "NGAMIL")]
    [InlineData("The ambush, for which Boko Haram claimed responsibility, killed 14 Nigerian soldiers.", "NGAREB", "NGAMIL")]
    // (the parser read "by" as a subordinator of "killed" and the name as its second subject: a parse repair, by the lead)
    [InlineData("A bombing claimed by Boko Haram killed 14 Nigerian soldiers in Maiduguri on Monday.", "NGAREB", "NGAMIL")]
    [InlineData("A car bombing claimed by Boko Haram killed nine civilians in Maiduguri on Monday.", "NGAREB", "NGACVL")]
    public void An_attack_a_clause_on_it_says_was_claimed_is_the_claimants(string text, string source, string target)
    {
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => (e.Source, e.Target) == (source, target) && string.CompareOrdinal(e.Code, "18") >= 0 && string.CompareOrdinal(e.Code, "21") < 0);
        Assert.DoesNotContain(events, e => e.Source == "" && e.Target == target);
    }

    [Fact]
    public void Victims_of_an_attack_named_in_an_in_phrase_and_claimed_are_the_claimants_victims()
    {
        if (Code("Six Kenyan police officers were killed in a raid claimed by al-Shabaab near Mandera.") is not { } events) return;
        Assert.Contains(events, e => (e.Source, e.Target) == ("SOMREB", "KENCOP") && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void An_attack_condemned_and_claimed_is_the_claimants()
    {
        if (Code("Kenya condemned the bombing in Garissa claimed by al-Shabaab.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "SOMREB" && e.Code.StartsWith("18", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The ambush, which no group has claimed, killed 14 Nigerian soldiers.")]
    [InlineData("The ambush, not yet claimed by any group, killed 14 Nigerian soldiers.")]
    public void An_attack_no_one_claimed_names_no_doer(string text)
    {
        if (Code(text) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.Length > 0 && e.Target == "NGAMIL");
    }

    [Fact]
    public void Those_who_died_at_someones_hands_were_killed_by_them()
    {
        if (Code("Dozens of Kenyan civilians died at the hands of Ugandan soldiers last year.") is not { } events) return;
        Assert.Contains(events, e => (e.Source, e.Target, e.Code) == ("UGAMIL", "KENCVL", "190"));
        // (dying of no one's hands is no one's act)
        if (Code("Dozens of Kenyan civilians died in the floods last year.") is not { } floods) return;
        Assert.DoesNotContain(floods, e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }
}
