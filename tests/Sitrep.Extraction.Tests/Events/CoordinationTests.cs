using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Coordinated names and roles as doers (the sixth unit-test round, issue #6): invented news sentences through
/// tokens → tags → parse → events. Skipped when the models are absent.
/// </summary>
public sealed class CoordinationTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Fact]
    public void A_speaker_parsed_as_one_more_conjunct_of_the_subjects_after_the_verb_did_not_do_it()
    {
        const string text = "Lawmakers, judges, and Kenya welcomed a resumption of formal diplomatic ties with Somalia after a 12-year rift, "
            + "the Kenyan foreign minister said on Thursday.";
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source == "---LEG" && e.Code == "050");
        Assert.DoesNotContain(events, e => e.SourceSpan is { } s && s.Of(text).Contains("minister", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Danish media and government criticised Russia on Monday.", "DNKMED", "DNKGOV")]
    [InlineData("Kenyan police and soldiers attacked the rebels.", "KENCOP", "KENMIL")]
    public void A_country_before_coordinated_bare_roles_qualifies_each_of_them(string sentence, string first, string second)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Contains(events, e => e.Source == first);
        Assert.Contains(events, e => e.Source == second);
        Assert.DoesNotContain(events, e => e.Source.StartsWith("---", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_before_troops_does_not_make_the_rebels_beside_them_its_own()
    {
        if (Code("Kenyan soldiers and rebels signed a truce with Somalia on Monday.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "KENREB" || e.Target == "KENREB");
    }

    [Theory]
    [InlineData("Neither Kenya nor Uganda attacked Somalia.")]
    [InlineData("Neither the Kenyan army nor the police attacked the protesters.")]
    public void What_neither_of_the_subjects_did_is_negated(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.Negated));
    }

    [Theory]
    [InlineData("Kenya and the government of Uganda warned their populations about al-Shabaab.", "al-Shabaab")]
    [InlineData("Kenya warned its citizens about Somalia.", "Somalia")]
    public void A_warning_to_the_doers_own_people_is_aimed_at_the_one_it_warns_of(string text, string warnedOf)
    {
        if (Code(text) is not { } events) return;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(warnedOf, e.TargetSpan?.Of(text)));
    }

    [Fact]
    public void A_country_and_the_government_of_another_are_two_parties()
    {
        if (Code("Kenya and the government of Uganda criticised Somalia.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "SOM");
        Assert.Contains(events, e => e.Source == "UGAGOV" && e.Target == "SOM");
        Assert.DoesNotContain(events, e => e.Source == "KENGOV");
    }
}
