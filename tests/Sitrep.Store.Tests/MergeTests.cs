using Sitrep.Core.Model;
using Sitrep.Store.Merge;

namespace Sitrep.Store.Tests;

public sealed class SimHashTests
{
    [Fact]
    public void A_syndicated_copy_with_a_new_headline_is_within_the_near_duplicate_distance()
    {
        var a = SimHash.Of(TestDocs.LedgerText, out _);
        var b = SimHash.Of(TestDocs.WireCopy().Text, out _);
        Console.WriteLine($"distance {SimHash.Distance(a, b)}");
        Assert.True(SimHash.Distance(a, b) <= SimHash.MaxDistance, $"distance {SimHash.Distance(a, b)}");
    }

    [Fact]
    public void Different_reports_of_the_same_incident_are_not_near_duplicates()
    {
        var a = SimHash.Of(TestDocs.LedgerText, out _);
        var b = SimHash.Of(TestDocs.HeraldText, out _);
        Assert.True(SimHash.Distance(a, b) > 12, $"distance {SimHash.Distance(a, b)}");
    }
}
