using System.Globalization;

namespace Sitrep.Extraction.Times;

internal enum Gran : byte { Day, Week, Month, Quarter, Half, Season, Year, Decade, Century }

/// <summary>
/// A calendar point at some granularity, as TIMEX3 writes it: 2016-09-29, 2016-W38, 2016-09, 2016-Q3,
/// 2016-H1, 2016-SU, 2016, 201 (the 2010s), 20 (the 21st century). <see cref="Part"/> is the week,
/// quarter, half or season number.
/// </summary>
internal readonly record struct GDate(Gran G, int Year, int Month = 1, int Day = 1, int Part = 0)
{
    private static readonly string[] SeasonCodes = ["", "SP", "SU", "FA", "WI"];

    public static GDate OfDay(DateOnly d) => new(Gran.Day, d.Year, d.Month, d.Day);
    public static GDate OfMonth(DateOnly d) => new(Gran.Month, d.Year, d.Month);
    public static GDate OfYear(int y) => new(Gran.Year, y);
    public static GDate OfQuarter(DateOnly d) => new(Gran.Quarter, d.Year, Part: (d.Month - 1) / 3 + 1);

    public static GDate OfWeek(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return new GDate(Gran.Week, ISOWeek.GetYear(dt), Part: ISOWeek.GetWeekOfYear(dt));
    }

    public string Format()
    {
        // Days, weeks, months and years of four-digit years are most values: written digit by digit, the same text
        // as the format strings below give.
        if (Year is >= 0 and <= 9999 && (uint)Month < 100 && (uint)Day < 100)
        {
            switch (G)
            {
                case Gran.Day:
                    return string.Create(10, this, static (s, d) => { Digits(s, d.Year, 4); s[4] = '-'; Digits(s[5..], d.Month, 2); s[7] = '-'; Digits(s[8..], d.Day, 2); });
                case Gran.Week when (uint)Part < 100: // "last week", "this week"
                    return string.Create(8, this, static (s, d) => { Digits(s, d.Year, 4); s[4] = '-'; s[5] = 'W'; Digits(s[6..], d.Part, 2); });
                case Gran.Month:
                    return string.Create(7, this, static (s, d) => { Digits(s, d.Year, 4); s[4] = '-'; Digits(s[5..], d.Month, 2); });
                case Gran.Year:
                    return string.Create(4, this, static (s, d) => Digits(s, d.Year, 4));
            }
        }
        return FormatAny();
    }

    private static void Digits(Span<char> into, int value, int width)
    {
        for (int k = width - 1; k >= 0; k--)
        {
            into[k] = (char)('0' + value % 10);
            value /= 10;
        }
    }

    private string FormatAny() => G switch
    {
        Gran.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
        Gran.Week => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-W{Part:00}"),
        Gran.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        Gran.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Part}"),
        Gran.Half => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-H{Part}"),
        Gran.Season => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{SeasonCodes[Part]}"),
        Gran.Year => Year.ToString("0000", CultureInfo.InvariantCulture),
        Gran.Decade => (Year / 10).ToString("000", CultureInfo.InvariantCulture),
        _ => (Year / 100).ToString("00", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The first day a TIMEX3 date value covers (2016-W38 → its Monday, 2016-07 → 1 July, or 15 July with the
    /// MID modifier, 25 July with END), or null for values that are no calendar point (PAST_REF, P5Y).
    /// </summary>
    public static DateOnly? StartOf(string value, string? mod)
    {
        var v = value.AsSpan();
        if (v.Length < 4 || !int.TryParse(v[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y < 1) return null;
        try
        {
            if (v.Length == 4) return new DateOnly(y, 1, 1);
            if (v.Length >= 10 && v[4] == '-' && v[7] == '-' && int.TryParse(v.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) && int.TryParse(v.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d))
                return new DateOnly(y, m, d);
            if (v.Length == 8 && v[4] == '-' && v[5] == 'W' && int.TryParse(v.Slice(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int w))
                return DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday));
            if (v.Length == 7 && v[4] == '-' && int.TryParse(v.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int mo))
                return new DateOnly(y, mo, mod == "MID" ? 15 : mod == "END" ? 25 : 1);
        }
        catch (ArgumentOutOfRangeException) { }
        return null;
    }

    /// <summary>
    /// The last day a TIMEX3 date value of a year, month, ISO week or day covers (2016 → 31 December, 2016-02 → 29 February,
    /// 2016-W38 → its Sunday), or null for other values.
    /// </summary>
    public static DateOnly? EndOf(string value)
    {
        if (StartOf(value, null) is not { } start) return null;
        return value.Length switch
        {
            4 => new DateOnly(start.Year, 12, 31),
            7 => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
            8 => start.AddDays(6),
            10 => start,
            _ => null,
        };
    }

    /// <summary>The first day this point covers (weeks start on Monday, as ISO 8601 has it).</summary>
    public DateOnly Start => G switch
    {
        Gran.Day => new DateOnly(Year, Month, Day),
        Gran.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Part, DayOfWeek.Monday)),
        Gran.Month => new DateOnly(Year, Month, 1),
        Gran.Quarter => new DateOnly(Year, (Part - 1) * 3 + 1, 1),
        Gran.Half => new DateOnly(Year, Part == 1 ? 1 : 7, 1),
        Gran.Season => new DateOnly(Year, Part * 3, 1),
        Gran.Year => new DateOnly(Year, 1, 1),
        Gran.Decade => new DateOnly(Year / 10 * 10, 1, 1),
        _ => new DateOnly(Math.Max(1, Year / 100 * 100), 1, 1),
    };
}
