using Sitrep.Text;

namespace Sitrep.Text.Tests;

public sealed class WordShapeFilterTests
{
    [Fact]
    public void Words_of_a_shape_no_list_word_has_are_ruled_out()
    {
        var filter = new WordShapeFilter(["killed", "wounded", "dead"]);
        Assert.True(filter.MayContain("killed"));
        Assert.True(filter.MayContain("KILLED"));     // case does not matter
        Assert.True(filter.MayContain("kinder"));     // same length and first two letters: the hash decides
        Assert.False(filter.MayContain("hospital"));
        Assert.False(filter.MayContain("kill"));
    }

    [Fact]
    public void Words_the_bits_cannot_describe_always_pass()
    {
        var filter = new WordShapeFilter(["killed"]);
        Assert.True(filter.MayContain("a"));
        Assert.True(filter.MayContain("internationalisation"));
        Assert.True(filter.MayContain("été"));
        // A list word the bits cannot describe lets everything through rather than hide it.
        Assert.True(new WordShapeFilter(["été"]).MayContain("hospital"));
    }
}
