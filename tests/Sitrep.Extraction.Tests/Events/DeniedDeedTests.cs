using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// A deed denied is the deed, negated ("denied bombing", issue #6), however the parser hangs the gerund, and a clause
/// joined to the denial is no part of what is denied. Skipped when the models are absent.
/// </summary>
public sealed class DeniedDeedTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("The army denied targeting civilians and said the strike hit a meeting of terrorist leaders in the area.")]
    [InlineData("The Sudanese army denied targeting civilians and said its jets struck \"a meeting of rebel commanders\" near the market.")]
    public void A_gerund_read_as_a_modifier_of_the_object_is_the_deed_denied(string text)
    {
        if (Code(text) is not { } events) return;
        // the force against the civilians, denied; not a rejection (12x) of the meeting the second clause names
        Assert.Contains(events, e => e.Target.EndsWith("CVL", StringComparison.Ordinal) && e.Code.StartsWith("19", StringComparison.Ordinal)
                                     && e.Negated && e.Modality == Modality.Denied);
        Assert.DoesNotContain(events, e => e.Code.StartsWith("12", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Target.EndsWith("CVL", StringComparison.Ordinal) && !e.Negated);
    }

    [Fact]
    public void A_participle_before_a_second_object_still_describes_the_people()
    {
        // "denied fleeing civilians entry": the civilians were refused entry; no one denied fleeing
        if (Code("Border guards denied fleeing civilians entry to the camp on Sunday.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Modality == Modality.Denied && e.Source.EndsWith("CVL", StringComparison.Ordinal));
    }
}
