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
}
