using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Session 26, helper E13: events a careful coder finds in real news that the coder missed (a recall sample of TempEval-3
/// and MEANTIME sentences): what is asked of or demanded "from" a party, people named by a singular role noun (a
/// schoolgirl, a farmer, a trader), the written abbreviation "Gov." before a name, the plural "Talibans". Invented
/// sentences; skipped when the models are absent.
/// </summary>
public sealed class NewsRecallGapsTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("Ghana requested military aid from Nigeria.", "GHA", "NGA", "02")]
    [InlineData("Ghana sought emergency aid from Nigeria.", "GHA", "NGA", "02")]
    [InlineData("Ghana asked for help from Nigeria.", "GHA", "NGA", "02")]
    [InlineData("Ghana appealed for aid from Nigeria.", "GHA", "NGA", "02")]
    [InlineData("Ghana demanded compensation from Nigeria.", "GHA", "NGA", "10")]
    [InlineData("Ghana demanded an apology from Nigeria.", "GHA", "NGA", "10")]
    public void What_is_asked_or_demanded_from_a_party_is_asked_of_it(string text, string source, string target, string root)
    {
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => (e.Source, e.Target) == (source, target) && e.Code.StartsWith(root, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Villagers sought protection from the army.")]
    [InlineData("Thousands sought refuge from the fighting in Ghana.")]
    public void Protection_or_refuge_sought_from_someone_asks_nothing_of_them(string text)
    {
        if (Code(text) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Gunmen shot a schoolgirl in Maiduguri on Tuesday.", "NGAEDU")]
    [InlineData("Soldiers killed a farmer near Maiduguri.", "NGACVL")]
    [InlineData("Gunmen kidnapped a trader in Maiduguri.", "NGACVL")]
    [InlineData("Gunmen shot dead a villager in Maiduguri.", "NGACVL")]
    [InlineData("Gunmen shot campaigner Amina Musa in Maiduguri.", "NGAOPP")]
    public void One_person_named_by_a_singular_role_noun_is_the_target_of_force(string text, string target)
    {
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Target == target && (e.Code.StartsWith("18", StringComparison.Ordinal) || e.Code.StartsWith("19", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_plural_Talibans_is_the_Taliban()
    {
        if (Code("Talibans killed four police officers in Kunduz.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "AFGREB" && e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void The_abbreviation_Gov_before_a_name_is_a_governor()
    {
        if (Code("Gov. Mary Holloway criticized Russia over the sanctions.") is not { } events) return;
        Assert.Contains(events, e => e.Source.EndsWith("GOV", StringComparison.Ordinal) && e.Target == "RUS" && e.Code.StartsWith("11", StringComparison.Ordinal));
    }
}
