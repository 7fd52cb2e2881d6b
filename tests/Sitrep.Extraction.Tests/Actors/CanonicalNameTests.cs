using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;

namespace Sitrep.Extraction.Tests.Actors;

public class CanonicalNameTests
{
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
        Assert.Equal(new TextSpan(41, 52), ActorStage.Canonical(cluster).Span);
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
        Assert.Equal(new TextSpan(30, 60), ActorStage.Canonical(cluster).Span);
    }
}
