using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;

namespace Sitrep.Extraction.Tests.Actors;

public class CanonicalNameTests
{
    private static readonly string Blank = new(' ', 100);

    [Fact]
    public void A_place_is_named_as_the_text_writes_it_not_as_its_dateline()
    {
        const string text = "LIMA, March 3 (Reuters) - Peru rejected the plan.\n\nLima said it was unfair.";
        var cluster = new List<Entity>
        {
            new(new TextSpan(0, 4), EntityLabel.LOC, 3),
            new(new TextSpan(text.IndexOf("Lima", StringComparison.Ordinal), text.IndexOf("Lima", StringComparison.Ordinal) + 4), EntityLabel.LOC, 3),
        };
        Assert.Equal("Lima", ActorStage.Canonical(cluster, text).Span.Of(text));
    }

    [Fact]
    public void A_cluster_is_named_by_its_name_not_by_a_longer_description_or_pronoun()
    {
        // "the Kenyan minister of foreign affairs Amina Yusuf ... Yusuf ... she"
        var cluster = new List<Entity>
        {
            new(new TextSpan(0, 40), EntityLabel.PER, 7, "nominal"),
            new(new TextSpan(41, 52), EntityLabel.PER, 7),
            new(new TextSpan(80, 85), EntityLabel.PER, 7),
            new(new TextSpan(90, 93), EntityLabel.PER, 7, "pronoun"),
        };
        Assert.Equal(new TextSpan(41, 52), ActorStage.Canonical(cluster, Blank).Span);
    }

    [Fact]
    public void A_cluster_of_descriptions_only_keeps_the_longest_description()
    {
        var cluster = new List<Entity>
        {
            new(new TextSpan(0, 14), EntityLabel.PER, 2, "nominal"),
            new(new TextSpan(30, 60), EntityLabel.PER, 2, "nominal"),
            new(new TextSpan(70, 72), EntityLabel.PER, 2, "pronoun"),
        };
        Assert.Equal(new TextSpan(30, 60), ActorStage.Canonical(cluster, Blank).Span);
    }
}
