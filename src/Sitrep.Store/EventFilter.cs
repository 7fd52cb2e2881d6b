using System.Globalization;

namespace Sitrep.Store;

/// <summary>
/// The event filters of `sitrep query`, `export` and the HTTP API, read from text into an <see cref="EventQuery"/>.
/// One parser for every surface, so a filter means the same and a bad one gets the same one-line message everywhere;
/// only the way a filter is named differs ("--from" on the command line, "from" in a URL).
/// </summary>
public static class EventFilter
{
    /// <summary>The filters' names, without the CLI's dashes.</summary>
    public static readonly string[] Names = ["from", "to", "country", "actor", "code", "root", "quad", "plover", "bbox", "near", "text"];

    /// <param name="value">The text given for a filter (by its name in <see cref="Names"/>), null when not given.</param>
    /// <param name="display">How the surface names a filter in messages ("from" → "--from").</param>
    /// <param name="countryByName">A country's name → its ISO alpha-2 code, null when unknown.</param>
    /// <returns>The query, or a usage error naming the bad filter.</returns>
    public static (EventQuery? Query, string? Error) Parse(Func<string, string?> value, Func<string, string> display, int limit, int offset,
        Func<string, string?> countryByName)
    {
        DateOnly? Day(string name, out string? err)
        {
            err = null;
            var s = value(name);
            if (s is null) return null;
            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            err = $"{display(name)} '{s}' is not a date; use YYYY-MM-DD.";
            return null;
        }
        double[]? Numbers(string name, int n, out string? err)
        {
            err = null;
            var s = value(name);
            if (s is null) return null;
            var parts = s.Split(',');
            var xs = new double[parts.Length];
            if (parts.Length != n || parts.Where((t, i) => !double.TryParse(t.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out xs[i])).Any())
                err = $"{display(name)} '{s}' needs {n} comma-separated numbers.";
            return err is null ? xs : null;
        }
        var from = Day("from", out var e1); if (e1 is not null) return (null, e1);
        var to = Day("to", out var e2); if (e2 is not null) return (null, e2);
        var box = Numbers("bbox", 4, out var e3); if (e3 is not null) return (null, e3);
        var near = Numbers("near", 3, out var e4); if (e4 is not null) return (null, e4);
        // Coordinates off the globe, a box turned inside out or a radius of none can match nothing: say so, not "0 events".
        static bool Lon(double x) => x is >= -180 and <= 180;
        static bool Lat(double y) => y is >= -90 and <= 90;
        if (box is [var w, var s, var e, var n] && !(Lon(w) && Lon(e) && Lat(s) && Lat(n) && w <= e && s <= n))
            return (null, $"{display("bbox")} '{value("bbox")}' is no box; use minLon,minLat,maxLon,maxLat (west, south, east, north), e.g. 35.5,32.5,42,37.5.");
        if (near is [var lat, var lon, var km] && !(Lat(lat) && Lon(lon) && km > 0))
            return (null, $"{display("near")} '{value("near")}' is no circle; use lat,lon,km with a radius over 0, e.g. 36.2,37.1,50.");
        if (limit < 1) return (null, $"{display("limit")} {limit}: show at least 1 event.");
        if (offset < 0) return (null, $"{display("offset")} {offset}: skip 0 events or more.");
        var country = CountryCode(value("country")?.Trim(), display, countryByName, out var e5); if (e5 is not null) return (null, e5);
        int? quad = null;
        if (value("quad") is { } qs)
        {
            if (!int.TryParse(qs.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var qn) || qn is < 1 or > 4)
                return (null, $"{display("quad")} {qs} is not a QuadClass; use 1, 2, 3 or 4.");
            quad = qn;
        }
        // A PLOVER type is one word (ASSAULT, any case); anything else would match nothing and read as "0 events".
        if (value("plover") is { } pl && !(pl.Trim().Length > 0 && pl.Trim().All(ch => char.IsAsciiLetter(ch) || ch == '_')))
            return (null, $"{display("plover")} '{pl}' is not a PLOVER event type; use one word such as ASSAULT, PROTEST or AID.");
        // A code is digits: a word or a root past 20 would match nothing and answer "0 events" as if none happened.
        if (value("code") is { } code && !(code.Trim().Length is > 0 and <= 4 && code.Trim().All(char.IsAsciiDigit)))
            return (null, $"{display("code")} '{code}' is not a CAMEO event code; use 1 to 4 digits (19, 190, 1951).");
        if (value("root") is { } root && !(int.TryParse(root.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var rn) && rn is >= 1 and <= 20))
            return (null, $"{display("root")} '{root}' is not a CAMEO root code; use 01 to 20.");
        return (new EventQuery
        {
            From = from, To = to, Country = country, Actor = value("actor"), Code = value("code"), Root = value("root"),
            QuadClass = quad, Plover = value("plover")?.Trim().ToUpperInvariant(), BoundingBox = box is null ? null : (box[0], box[1], box[2], box[3]),
            Radius = near is null ? null : (near[0], near[1], near[2]), Text = value("text"), Limit = limit, Offset = offset,
        }, null);
    }

    /// <summary>
    /// A country as a code (passed on as given) or a country's name ("Ukraine" → UA, where it happened): a name used to
    /// match nothing and answer "0 events" as if the record had none there.
    /// </summary>
    private static string? CountryCode(string? s, Func<string, string> display, Func<string, string?> countryByName, out string? err)
    {
        err = null;
        if (string.IsNullOrEmpty(s) || (s.Length is 2 or 3 && s.All(char.IsAsciiLetter))) return s;
        if (countryByName(s) is { } iso2) return iso2;
        err = $"{display("country")} '{s}' is no country we know; use its name as in lexicons/geo-countries.tsv (Syria), ISO alpha-2 (SY) or CAMEO alpha-3 (SYR).";
        return null;
    }
}
