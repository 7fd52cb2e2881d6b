using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Diplomacy reports (issue #6): talks, envoys, mediation, ultimatums, visits. Invented sentences for each general rule.
/// Skipped when the models are absent.
/// </summary>
public sealed class DiplomacyTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("Chile recalled its ambassador from Madrid on Monday.")]
    [InlineData("Chile recalled its ambassador to Spain for consultations.")]
    public void An_envoy_recalled_is_the_senders_own_and_the_country_he_leaves_is_the_target(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        var recall = Assert.Single(events, e => e.Code == "161");
        Assert.Equal("CHL", recall.Source);
        Assert.StartsWith("ESP", recall.Target, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Qatar offered to mediate between Kenya and Uganda.")]
    [InlineData("Qatar offered on Wednesday to mediate between Kenya and Uganda.")]
    public void An_offer_to_mediate_is_an_intent_to_mediate_however_far_the_infinitive(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith("QAT", StringComparison.Ordinal) && e.Target.StartsWith("KEN", StringComparison.Ordinal) && e.Code == "039");
        Assert.DoesNotContain(events, e => e.Code == "045");
    }

    [Fact]
    public void A_time_between_a_threat_and_its_infinitive_keeps_the_threat()
    {
        if (Code("Uganda threatened on Sunday to impose sanctions on Kenya.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGA" && e.Target == "KEN" && e.Code.StartsWith("13", StringComparison.Ordinal) && e.Modality == Modality.Threatened);
        Assert.DoesNotContain(events, e => e.Code == "163");
    }

    [Fact]
    public void Threatening_military_action_threatens_force()
    {
        if (Code("Israel threatened to take military action against Iran.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "ISR" && e.Target == "IRN" && e.Code == "138");
        Assert.DoesNotContain(events, e => e.Target == "---MIL");
    }
}
