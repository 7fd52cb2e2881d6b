using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The fourth random sample of the audit corpora's events (issue #6, helper E4): invented sentences for each general
/// rule (parties read twice from one phrase, force and coercion read as words). Skipped when the models are absent.
/// </summary>
public sealed class SampleFourPrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Fact]
    public void The_leader_of_a_party_is_that_partys_not_a_government()
    {
        if (Code("Kenyan police detained the leader of the opposition party on Monday.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.EndsWith("GOV", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source == "KENCOP" && e.Code == "173" && e.Target == "KENOPP");
    }

    [Fact]
    public void The_leader_of_a_country_is_still_its_government()
    {
        if (Code("The leader of Kenya met the Ugandan president in Kampala.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code == "040" && e.Target == "UGAGOV");
    }

    [Fact]
    public void A_union_named_by_its_members_is_one_party()
    {
        if (Code("Kenyan police detained the head of the nurses' union in Mombasa.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target.EndsWith("HLH", StringComparison.Ordinal) || e.Target.EndsWith("GOV", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Code == "173" && e.Target.EndsWith("LAB", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Some 5,000 Kenyan soldiers have massed on the border to defend Uganda.")]
    [InlineData("The Kenyan army will defend Uganda against any attack from the north.")]
    public void Armed_forces_that_defend_a_party_protect_it_by_arms(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "052");
        Assert.Contains(events, e => e.Source == "KENMIL" && e.Code == "074" && e.Target == "UGA");
    }

    [Fact]
    public void An_official_defending_a_party_still_defends_it_in_words()
    {
        if (Code("The Kenyan minister defended Uganda against the charges on Monday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code == "052" && e.Target == "UGA");
    }

    [Theory]
    [InlineData("The Kenyan minister welcomed the new sanctions on Uganda.")]
    [InlineData("The Kenyan president welcomed the air strikes against Somali militants.")]
    [InlineData("The Kenyan foreign minister welcomed the new Uganda sanctions package.")]
    public void Welcoming_force_or_coercion_praises_no_one_it_is_aimed_at(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("05", StringComparison.Ordinal) && (e.Target.StartsWith("UGA", StringComparison.Ordinal) || e.Target.StartsWith("SOM", StringComparison.Ordinal)));
    }

    [Fact]
    public void Welcoming_a_named_partys_sanctions_praises_that_party()
    {
        if (Code("The Kenyan president welcomed the new US sanctions against Uganda.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code == "051" && e.Target == "USA");
        Assert.DoesNotContain(events, e => e.Code == "051" && e.Target == "UGA");
    }

    [Theory]
    [InlineData("Kenya refused to return the two Kenyan soldiers on Monday.")]
    [InlineData("The Kenyan government changed its mind on returning two Kenyan sailors.")]
    public void Returning_ones_own_forces_to_no_one_named_is_no_dyad(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.StartsWith("KEN", StringComparison.Ordinal) && e.Target.StartsWith("KEN", StringComparison.Ordinal));
    }

    [Fact]
    public void Returning_another_countrys_prisoners_still_returns_them()
    {
        if (Code("Kenya returned two Ugandan prisoners on Monday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Code == "084" && e.Target.StartsWith("UGA", StringComparison.Ordinal));
    }

    [Fact]
    public void Forces_sent_to_back_up_their_own_side_are_the_senders_command()
    {
        if (Code("The Kenyan government will deploy 4,000 soldiers to the region to back up the Kenyan troops already there.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.StartsWith("KEN", StringComparison.Ordinal) && e.Target.StartsWith("KEN", StringComparison.Ordinal));
    }

    [Fact]
    public void Forces_sent_to_support_another_party_still_support_it()
    {
        if (Code("Kenya deployed troops to support Ugandan soldiers in the north.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Code == "051" && e.Target == "UGAMIL");
    }

    [Fact]
    public void A_state_moving_to_disband_forces_sends_no_one()
    {
        if (Code("Kenya moved to disband the regional forces in the north.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Code == "0873");
    }

    [Fact]
    public void An_army_a_state_sends_somewhere_is_that_states_not_the_places()
    {
        if (Code("Uganda's cabinet authorised the army to deploy in South Sudan.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.StartsWith("SSD", StringComparison.Ordinal) || e.Target.StartsWith("SSD", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_after_another_partys_phrase_is_where_that_party_is()
    {
        if (Code("The Ugandan government said the army had attacked rebels in Congo on Sunday.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGAMIL" && e.Code == "190" && e.Target == "CODREB");
    }

    [Theory]
    [InlineData("A gas explosion at a restaurant in Nairobi killed 20 people on Sunday.")]
    [InlineData("A boiler explosion killed four Kenyan workers at the factory.")]
    [InlineData("Twelve people were killed in a boiler explosion at a Kampala factory.")]
    public void An_accidental_explosion_is_no_assault(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("18", StringComparison.Ordinal) || e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bomb_blast_is_still_a_bombing()
    {
        if (Code("A bomb blast killed six people in a Kampala market.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "183" && e.Target == "UGACVL");
    }

    // "after fighting between A and B": the battle's two sides, not a fight of the clause's subject (the lead's probe story)
    [Theory]
    [InlineData("More than 12,000 Sudanese civilians have arrived in Tawila after fighting between the Sudanese army and the Rapid Support Forces spread across Darfur.")]
    [InlineData("Thousands of Sudanese villagers fled their homes after fighting between the Sudanese army and rebels reached the town.")]
    public void Those_who_flee_after_fighting_between_two_sides_fight_no_one(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.EndsWith("CVL", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source == "SDNMIL" && e.Code.StartsWith("19", StringComparison.Ordinal));
    }
}
