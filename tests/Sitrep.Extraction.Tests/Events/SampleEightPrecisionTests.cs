using Sitrep.Core.Model;
using Sitrep.Extraction.Events;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Session 26, helper E12: wrong events of a sample of real news (seed 260), one invented sentence or more for each general
/// rule. Skipped when the models are absent.
/// </summary>
public sealed class SampleEightPrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("The colonel was taken prisoner by Ukrainian troops near the river.")]
    [InlineData("A Russian major was taken prisoner by Ukrainian troops after the crash.")]
    public void Taken_prisoner_is_detained_not_abducted(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == "UKRMIL" && e.Code == "173");
        Assert.DoesNotContain(events, e => e.Code == "181");
    }

    [Theory]
    [InlineData("The European Union remains committed to supporting Ukraine.")]
    [InlineData("Japan remains committed to assisting the Philippine coast guard.")]
    public void A_commitment_to_an_act_is_its_intent(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Modality.Future, e.Modality));
    }

    [Fact]
    public void A_bombing_of_a_place_listed_with_its_state_that_killed_is_a_bombing()
    {
        if (Code("The suspect has been on the run since the March 2003 bombing of a Dayton, Ohio, health clinic that killed a police officer and injured a nurse.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "183" && e.Target.EndsWith("COP", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Code == "190");
    }

    [Theory]
    [InlineData("The European Union said it would not give more aid to Malawi unless the government holds elections.")]
    [InlineData("Japan said it would not provide further loans to Laos unless the dam project is halted.")]
    public void An_ultimatum_to_withhold_aid_is_a_threat_made(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Code == "1311" && e.Modality == Modality.Threatened && !e.Negated);
        Assert.DoesNotContain(events, e => e.Code.StartsWith("13", StringComparison.Ordinal) && e.Negated);
    }
}
