using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Tests.Quotes;

public class MissedPeopleTests
{
    [Fact]
    public void A_surname_the_tagger_missed_joins_the_cluster_of_the_full_name_it_tagged()
    {
        // Tagger: "Nadia Okafor" (cluster 4) and "Lagos" (cluster 5); finder: "Nadia Okafor" and "Okafor" (its cluster 0).
        var tagged = new List<Entity>
        {
            new(new TextSpan(0, 12), EntityLabel.PER, 4),
            new(new TextSpan(30, 35), EntityLabel.LOC, 5),
        };
        var found = new List<Entity>
        {
            new(new TextSpan(0, 12), EntityLabel.PER, 0, "name-finder"),
            new(new TextSpan(60, 66), EntityLabel.PER, 0, "name-finder"),
        };

        QuoteStage.AddMissedPeople(tagged, found);

        Assert.Equal(3, tagged.Count);
        var added = tagged[2];
        Assert.Equal(new TextSpan(60, 66), added.Span);
        Assert.Equal(4, added.Cluster);
    }

    [Fact]
    public void A_new_person_gets_a_cluster_of_its_own_and_found_names_never_overwrite_tagged_ones()
    {
        var tagged = new List<Entity> { new(new TextSpan(0, 9), EntityLabel.ORG, 2) };
        var found = new List<Entity>
        {
            new(new TextSpan(0, 9), EntityLabel.PER, 0, "name-finder"),
            new(new TextSpan(20, 33), EntityLabel.PER, 1, "name-finder"),
            new(new TextSpan(40, 49), EntityLabel.ORG, 2, "name-finder"),
        };

        QuoteStage.AddMissedPeople(tagged, found);

        Assert.Equal(2, tagged.Count);
        Assert.Equal(EntityLabel.ORG, tagged[0].Label);
        Assert.Equal(new TextSpan(20, 33), tagged[1].Span);
        Assert.True(tagged[1].Cluster > 2);
    }
}
