using Sitrep.Core;

namespace Sitrep.Core.Tests;

public class TextSpanTests
{
    [Fact]
    public void A_span_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 4));
    }

    [Fact]
    public void End_is_exclusive_for_contains_and_overlaps()
    {
        var a = new TextSpan(2, 5);
        Assert.True(a.Contains(4));
        Assert.False(a.Contains(5));
        Assert.False(a.Overlaps(new TextSpan(5, 9)));
        Assert.True(a.Overlaps(new TextSpan(4, 9)));
        Assert.Equal(new TextSpan(2, 9), a.Union(new TextSpan(4, 9)));
    }

    [Fact]
    public void Of_returns_the_covered_text()
    {
        Assert.Equal("Kerry", new TextSpan(5, 10).Of("John Kerry said"));
    }
}
