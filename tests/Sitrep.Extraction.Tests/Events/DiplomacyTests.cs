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
}
