using Sitrep.Core;
using Sitrep.Text.Numbers;

namespace Sitrep.Text.Tests.Numbers;

public sealed class NumberReaderTests
{
    // (text, expected span text, low, high, kind): the reader starts at the first character.
    public static TheoryData<string, string, double, double, NumberKind> Rows => new()
    {
        { "1,700 wounded", "1,700", 1700, 1700, NumberKind.Cardinal },
        { "250,000 people", "250,000", 250000, 250000, NumberKind.Cardinal },
        { "2.5 million refugees", "2.5 million", 2_500_000, 2_500_000, NumberKind.Cardinal },
        { "two million civilians", "two million", 2_000_000, 2_000_000, NumberKind.Cardinal },
        { "eleven soldiers", "eleven", 11, 11, NumberKind.Cardinal },
        { "twenty-six fighters", "twenty-six", 26, 26, NumberKind.Cardinal },
        { "two hundred and fifty families", "two hundred and fifty", 250, 250, NumberKind.Cardinal },
        { "a dozen villagers", "a dozen", 12, 12, NumberKind.Cardinal },
        { "a hundred people", "a hundred", 100, 100, NumberKind.Cardinal },
        { "half a million residents", "half a million", 500_000, 500_000, NumberKind.Cardinal },
        { "a quarter of a million people", "a quarter of a million", 250_000, 250_000, NumberKind.Cardinal },
        { "A quarter of a million people", "A quarter of a million", 250_000, 250_000, NumberKind.Cardinal },
        { "dozens of people", "dozens", 24, 99, NumberKind.Vague },
        { "hundreds of families", "hundreds", 200, 999, NumberKind.Vague },
        { "thousands fled", "thousands", 2000, 9999, NumberKind.Vague },
        { "tens of thousands of people", "tens of thousands", 20_000, 99_999, NumberKind.Vague },
        { "tens of people were hurt", "tens", 20, 99, NumberKind.Vague }, // some tens, as "dozens of people"
        { "hundreds of thousands fled", "hundreds of thousands", 200_000, 999_999, NumberKind.Vague },
        { "several hundred protesters", "several hundred", 300, 999, NumberKind.Vague },
        { "half the population", "half", 0.5, 0.5, NumberKind.Fraction },
        { "third attack", "third", 3, 3, NumberKind.Ordinal },
        { "23rd day", "23rd", 23, 23, NumberKind.Ordinal },
        { "twenty-first century", "twenty-first", 21, 21, NumberKind.Ordinal },
        { "30 to 40 people", "30 to 40", 30, 40, NumberKind.Range },
        { "30-40 people", "30-40", 30, 40, NumberKind.Range },
        { "between 30 and 40 people", "between 30 and 40", 30, 40, NumberKind.Range },
        { "two to three million people", "two to three million", 2_000_000, 3_000_000, NumberKind.Range },
        // a scale glued on: "1.2m", "300k"
        { "1.2m people", "1.2m", 1_200_000, 1_200_000, NumberKind.Cardinal },
        { "300k displaced", "300k", 300_000, 300_000, NumberKind.Cardinal },
        // South Asian scales: a lakh is 100,000, a crore 10 million
        { "1.5 lakh people", "1.5 lakh", 150_000, 150_000, NumberKind.Cardinal },
        { "2 crore people", "2 crore", 20_000_000, 20_000_000, NumberKind.Cardinal },
        { "lakhs of people", "lakhs", 200_000, 999_999, NumberKind.Vague },
        // Number words in any case, each of its three lists (units and tens, ordinals, scales) among them.
        { "Twenty-Six fighters", "Twenty-Six", 26, 26, NumberKind.Cardinal },
        { "TWO HUNDRED AND FIFTY families", "TWO HUNDRED AND FIFTY", 250, 250, NumberKind.Cardinal },
        { "Seventeenth day", "Seventeenth", 17, 17, NumberKind.Ordinal },
        { "Several Thousand protesters", "Several Thousand", 3000, 9999, NumberKind.Vague },
        { "Three Million Refugees", "Three Million", 3_000_000, 3_000_000, NumberKind.Cardinal },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reads_the_number_and_its_span(string text, string spanText, double low, double high, NumberKind kind)
    {
        Assert.True(NumberReader.TryRead(text, 0, text.Length, out var r), $"no number read in '{text}'");
        Assert.Equal(spanText, r.Span.Of(text));
        Assert.Equal(low, r.Low, 6);
        Assert.Equal(high, r.High, 6);
        Assert.Equal(kind, r.Kind);
    }

    [Theory]
    [InlineData("M10 hospital")]
    [InlineData("tens")]
    [InlineData("tens, not hundreds")]
    [InlineData("the report")]
    [InlineData("G20 summit")]
    [InlineData("twelvefold increase")]
    [InlineData("tenths of a second")]
    [InlineData("zwölf Menschen")]
    [InlineData("internationally recognised")]
    [InlineData("3D printing")]
    [InlineData("10km road")]
    [InlineData("4m2 plots")]
    [InlineData("1bn to vulnerable and displaced people")]
    public void Reads_nothing_where_there_is_no_number(string text) =>
        Assert.False(NumberReader.TryRead(text, 0, text.Length, out _));

    [Fact]
    public void A_sentence_full_stop_is_not_a_decimal_point()
    {
        const string text = "They counted 12. Then more came.";
        var all = new List<NumberReading>();
        NumberReader.FindAll(text, new TextSpan(0, text.Length), all);
        Assert.Single(all);
        Assert.Equal(12, all[0].Value);
        Assert.Equal("12", all[0].Span.Of(text));
    }

    [Fact]
    public void Finds_every_number_left_to_right_with_offsets()
    {
        const string text = "It left more than 400 people dead and at least 1,700 wounded.";
        var all = new List<NumberReading>();
        NumberReader.FindAll(text, new TextSpan(0, text.Length), all);
        Assert.Equal(new[] { "400", "1,700" }, all.Select(r => r.Span.Of(text)));
        Assert.Equal(new[] { 400.0, 1700.0 }, all.Select(r => r.Value));
    }

    [Fact]
    public void A_huge_scale_is_read_as_given_so_callers_can_reject_it()
    {
        const string text = "10 trillion";
        Assert.True(NumberReader.TryRead(text, 0, text.Length, out var r));
        Assert.Equal(1e13, r.Value);
    }
}
