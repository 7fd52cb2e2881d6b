using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The sixth precision round on unlabelled news: invented sentences for each general rule (events our default reading
/// coded between the wrong parties or the wrong way round). Skipped when the models are absent.
/// </summary>
public sealed class ReactionPrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("The Kenyan government has been outraged by the deaths of several Ugandan refugees in the camp.")]
    [InlineData("Kenyan officials were shocked by the execution of two Ugandan prisoners.")]
    public void Those_a_death_befell_are_not_whom_the_outrage_is_against(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("11", StringComparison.Ordinal) || e.Code == "012");
    }

    [Fact]
    public void Outrage_at_a_killing_is_against_whoever_did_it()
    {
        if (Code("Kenya was outraged by the killing of two Kenyan traders by Ugandan police.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Code == "110" && e.Target == "UGACOP");
        Assert.DoesNotContain(events, e => e.Code == "110" && e.Target.StartsWith("KEN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya was outraged by Uganda's decision to close the border.")]
    [InlineData("Kenya was outraged by Uganda's arrest of three Kenyan journalists.")]
    public void The_outraged_disapprove_of_the_deeds_owner(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Code == "110" && e.Target == "UGA");
        Assert.DoesNotContain(events, e => e.Source == "UGA" && e.Code == "110");
    }

    [Fact]
    public void Frustration_at_a_failure_is_the_frustrated_ones_reaction_to_whoever_failed()
    {
        if (Code("Kenyan officials are frustrated by Uganda's failure to reopen the border.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target == "UGA");
        Assert.DoesNotContain(events, e => e.Source == "UGA" && e.Target == "KENGOV");
    }

    /// <summary>The coreference joins "Mwangi" to the Kenyan president named first by the surname they share.</summary>
    [Fact]
    public void A_king_who_shares_a_presidents_surname_is_not_that_president()
    {
        if (Code("Kenyan President Daniel Mwangi rejected the plan. King Mwangi of Lesotho later accused Uganda of arming the rebels.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "KENGOV");
        Assert.Contains(events, e => e.Source == "LSOGOV" && e.Code == "112" && e.Target == "UGA");
        if (Code("Kenyan President Daniel Mwangi rejected the plan. King Mwangi later visited Uganda.") is not { } visit) return;
        Assert.DoesNotContain(visit, e => e.Source == "KENGOV");
    }

    /// <summary>The parser read "until Kenya" as a phrase and "complies" as the troops' complement.</summary>
    [Fact]
    public void What_troops_stay_until_is_the_other_sides_awaited_act()
    {
        if (Code("Ugandan troops in the region will remain until Kenya complies with the African Union resolutions on the border.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "UGAMIL");
        Assert.Contains(events, e => e.Source == "KEN" && e.Code == "030" && e.Target == "IGOAFU");
    }

    [Fact]
    public void A_claim_about_a_bodys_resolutions_is_made_against_no_one()
    {
        if (Code("Kenyan officials filed objections to the ruling in 2015, claiming African Union resolutions imposed on Sudan had overruled the treaty.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target == "IGOAFU");
        if (Code("Kenyan officials rejected the ruling, claiming Ugandan judges were biased.") is not { } judged) return;
        Assert.Contains(judged, e => e.Source == "KENGOV" && e.Target == "UGAJUD");
    }

    [Theory]
    [InlineData("The Kenyan defence minister defended the Ugandan army's exclusive consideration of Boeing.")]
    [InlineData("The Kenyan defence minister defended the army's exclusive consideration of Boeing, saying the process was fair.")]
    public void Defending_a_bodys_choice_defends_the_body_not_the_one_chosen(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "052");
        Assert.DoesNotContain(events, e => e.Target == "MNCUSA");
    }
}
