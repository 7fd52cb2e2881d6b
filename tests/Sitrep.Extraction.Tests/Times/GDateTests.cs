using Sitrep.Extraction.Times;

namespace Sitrep.Extraction.Tests.Times;

public sealed class GDateTests
{
    [Theory]
    [InlineData((int)Gran.Day, 2016, 9, 29, 0, "2016-09-29")]
    [InlineData((int)Gran.Day, 987, 1, 5, 0, "0987-01-05")]
    [InlineData((int)Gran.Month, 2016, 12, 1, 0, "2016-12")]
    [InlineData((int)Gran.Month, 45, 3, 1, 0, "0045-03")]
    [InlineData((int)Gran.Year, 2016, 1, 1, 0, "2016")]
    [InlineData((int)Gran.Year, 7, 1, 1, 0, "0007")]
    [InlineData((int)Gran.Week, 2016, 1, 1, 38, "2016-W38")]
    [InlineData((int)Gran.Quarter, 2016, 1, 1, 3, "2016-Q3")]
    [InlineData((int)Gran.Decade, 1990, 1, 1, 0, "199")]
    [InlineData((int)Gran.Day, 12016, 9, 29, 0, "12016-09-29")]
    public void Writes_TIMEX3_values_with_padded_years_months_and_days(int g, int year, int month, int day, int part, string expected)
    {
        Assert.Equal(expected, new GDate((Gran)g, year, month, day, part).Format());
    }

    [Theory]
    [InlineData("2016", "2016-12-31")]
    [InlineData("2016-02", "2016-02-29")]
    [InlineData("2015-02", "2015-02-28")]
    [InlineData("2016-W38", "2016-09-25")]
    [InlineData("2016-09-21", "2016-09-21")]
    [InlineData("PAST_REF", null)]
    [InlineData("2016-Q3", null)]
    public void Gives_the_last_day_a_value_covers(string value, string? expected) =>
        Assert.Equal(expected, GDate.EndOf(value)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
