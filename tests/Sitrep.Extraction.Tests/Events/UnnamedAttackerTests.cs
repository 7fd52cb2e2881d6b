using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Attackers the text names only by what they do (a suicide bomber) are armed men, as gunmen are: the attack is coded with
/// them as its source (issue #6; ACLED's "Unidentified Armed Group"). Snipers are not: they are as often a state's soldiers
/// ("American snipers"). Skipped when the models are absent.
/// </summary>
public sealed class UnnamedAttackerTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Fact]
    public void A_suicide_bomber_who_blows_himself_up_among_people_sets_off_a_suicide_bomb()
    {
        if (Code("A suicide bomber blew himself up at a wedding hall in Garissa, killing 14 guests.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "1831" && e.Source.EndsWith("INS", StringComparison.Ordinal));
    }

    // An attack told in a relative clause or as the subject of another verb is coded with whom the clause strikes, its
    // doer no one named unless a claim names one (ACLED's "Unidentified Armed Group" needs every deadly incident).

    [Fact]
    public void An_attack_whose_relative_clause_kills_is_coded_against_the_killed()
    {
        if (Code("The attack that killed 14 Ugandan soldiers was the worst this year.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "" && e.Target == "UGAMIL" && e.Code.StartsWith("19", StringComparison.Ordinal));
        if (Code("The bombing that killed 30 people in Kampala was not claimed by any group.") is not { } unclaimed) return;
        Assert.Contains(unclaimed, e => e.Source == "" && e.Target == "UGACVL" && e.Code.StartsWith("183", StringComparison.Ordinal));
    }

    [Fact]
    public void An_attack_claimed_in_either_voice_is_the_claimants_against_whom_its_relative_clause_kills()
    {
        if (Code("Boko Haram claimed the raid that killed nine Nigerian soldiers.") is not { } active) return;
        Assert.Contains(active, e => (e.Source, e.Target) == ("NGAREB", "NGAMIL") && e.Code.StartsWith("19", StringComparison.Ordinal));
        if (Code("The ambush, which killed nine Nigerian soldiers, was claimed by Boko Haram.") is not { } passive) return;
        Assert.Contains(passive, e => (e.Source, e.Target) == ("NGAREB", "NGAMIL") && e.Code.StartsWith("19", StringComparison.Ordinal));
        // (an attack a group denies claiming is not made its own)
        if (Code("The Taliban did not claim the bombing that killed 30 people in Kabul.") is not { } denied) return;
        Assert.DoesNotContain(denied, e => e.Source == "AFGREB" && e.Code.StartsWith("183", StringComparison.Ordinal));
        Assert.Contains(denied, e => e.Source == "" && e.Target == "AFGCVL" && e.Code.StartsWith("183", StringComparison.Ordinal));
    }

    [Fact]
    public void The_killing_or_murder_of_named_victims_is_a_killing_by_assault()
    {
        if (Code("The killing of 14 Ugandan soldiers shocked the country.") is not { } killing) return;
        Assert.Contains(killing, e => (e.Source, e.Target, e.Code) == ("", "UGAMIL", "1823"));
        if (Code("The murder of two Ugandan police officers by the rebels shocked the region.") is not { } murder) return;
        Assert.Contains(murder, e => e.Target == "UGACOP" && e.Code == "1823");
    }

    [Theory]
    [InlineData("At least 14 Ugandan soldiers died in the attack.")]
    [InlineData("Two Ugandan soldiers lost their lives in the raid.")]
    [InlineData("The ambush claimed the lives of nine Ugandan soldiers.")]
    [InlineData("The raid, in which nine Ugandan soldiers died, was the worst this year.")]
    [InlineData("Three Ugandan soldiers died when their truck hit a landmine.")]
    [InlineData("The five Ugandan soldiers who died in the ambush were buried on Monday.")]
    public void Those_who_die_in_an_attack_or_whose_lives_it_claims_are_its_victims(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => (e.Source, e.Target) == ("", "UGAMIL") && string.CompareOrdinal(e.Code, "18") >= 0);
    }

    [Fact]
    public void Those_who_die_in_clashes_with_a_side_were_fought_by_it()
    {
        if (Code("Four Ugandan soldiers died in clashes with Congolese troops.") is not { } events) return;
        Assert.Contains(events, e => (e.Source, e.Target) == ("CODMIL", "UGAMIL") && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void An_accident_that_kills_is_still_no_attack()
    {
        if (Code("The crash that killed 40 Kenyan soldiers was blamed on bad weather.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("1", StringComparison.Ordinal) && string.CompareOrdinal(e.Code, "18") >= 0);
        // (the verb of killing names no attack, though the noun "killing" does)
        if (Code("Four Ugandan soldiers died in a road accident near Gulu.") is not { } road) return;
        Assert.DoesNotContain(road, e => string.CompareOrdinal(e.Code, "18") >= 0 && string.CompareOrdinal(e.Code, "21") < 0);
        if (Code("Four Ugandan patients died when the hospital lost power.") is not { } power) return;
        Assert.DoesNotContain(power, e => string.CompareOrdinal(e.Code, "18") >= 0 && string.CompareOrdinal(e.Code, "21") < 0);
        if (Code("The bus overturned near Jinja, killing 12 Ugandan soldiers on board.") is not { } bus) return;
        Assert.DoesNotContain(bus, e => e.Source == "" && string.CompareOrdinal(e.Code, "18") >= 0 && string.CompareOrdinal(e.Code, "21") < 0);
    }

    [Theory]
    [InlineData("Gunmen shot dead a village chief in Kananga on Monday.")]
    [InlineData("Gunmen killed an imam outside his mosque in Kananga.")]
    [InlineData("Armed men shot a shopkeeper in Kananga on Monday.")]
    public void Gunmen_who_kill_someone_no_actor_names_still_attacked(string text)
    {
        if (Code(text) is not { } events) return;
        // (the victim names no actor; the attack by the place's armed men is recorded, one-sided, as ACLED records it)
        Assert.Contains(events, e => e.Source == "CODINS" && string.CompareOrdinal(e.Code, "18") >= 0);
    }
}
