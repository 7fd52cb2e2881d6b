using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Extraction;

namespace Sitrep.Extraction.Tests;

public sealed class SpanIndexTests
{
    // Spans out of order, some sharing a start, some long: what a layer written by several rules looks like.
    private static ImmutableArray<TextSpan> Layer(int count)
    {
        var random = new Random(7);
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        for (int i = 0; i < count; i++)
        {
            int start = random.Next(0, 2000);
            spans.Add(new TextSpan(start, start + 1 + random.Next(0, i % 9 == 0 ? 120 : 15)));
        }
        return spans.ToImmutable();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(500)]
    public void Starting_gives_the_items_that_start_in_the_stretch_in_the_layers_order(int count)
    {
        var layer = Layer(count);
        var found = new List<int>();
        foreach (var (from, to) in new[] { (0, 2000), (100, 180), (950, 950), (1990, 2500), (300, 200) })
        {
            SpanIndex<TextSpan>.Starting(layer, s => s, from, to, found);
            var expected = Enumerable.Range(0, layer.Length).Where(i => layer[i].Start >= from && layer[i].Start <= to).ToList();
            Assert.Equal(expected, found);
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(500)]
    public void Covering_keeps_every_item_that_holds_the_span_in_the_layers_order(int count)
    {
        var layer = Layer(count);
        var found = new List<int>();
        foreach (var span in new[] { new TextSpan(500, 503), new TextSpan(1200, 1201), new TextSpan(40, 90), new TextSpan(1999, 2001) })
        {
            SpanIndex<TextSpan>.Covering(layer, s => s, span, found);
            var expected = Enumerable.Range(0, layer.Length).Where(i => layer[i].Contains(span)).ToList();
            Assert.Equal(expected, found.Where(i => layer[i].Contains(span)).ToList());
            Assert.Equal(found.OrderBy(i => i), found);
        }
    }
}
