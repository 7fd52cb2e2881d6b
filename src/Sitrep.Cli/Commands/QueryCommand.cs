using System.CommandLine;
using System.Globalization;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Store;
using Sitrep.Store.Export;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>The event filters shared by `query` and `export`.</summary>
internal sealed class EventFilters
{
    public readonly Option<string?> From = new("--from") { Description = "First day (YYYY-MM-DD)." };
    public readonly Option<string?> To = new("--to") { Description = "Last day (YYYY-MM-DD)." };
    public readonly Option<string?> Country = new("--country") { Description = "Where it happened (ISO alpha-2, e.g. SY, or the country's name, e.g. Syria) or either actor's country (CAMEO alpha-3, e.g. SYR)." };
    public readonly Option<string?> Actor = new("--actor") { Description = "Actor code prefix on either side (SYR, SYRMIL, IGOUNO)." };
    public readonly Option<string?> Code = new("--code") { Description = "CAMEO event code prefix (19, 190, 1951)." };
    public readonly Option<string?> Root = new("--root") { Description = "CAMEO root code (01-20)." };
    // Read as text so that a word gets our one-line message, not the parser's ('as expected type System.Nullable`1[System.Int32]').
    public readonly Option<string?> Quad = new("--quad") { Description = "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict." };
    public readonly Option<string?> Bbox = new("--bbox") { Description = "Bounding box: minLon,minLat,maxLon,maxLat." };
    public readonly Option<string?> Near = new("--near") { Description = "Within a radius: lat,lon,km (e.g. 36.2,37.1,50)." };
    public readonly Option<string?> Text = new("--text") { Description = "Words in the evidence sentences, actors or place (all must occur)." };

    public void AddTo(Command c)
    {
        foreach (var o in new Option[] { From, To, Country, Actor, Code, Root, Quad, Bbox, Near, Text }) c.Options.Add(o);
    }

    /// <summary>The query, or a usage error naming the bad option.</summary>
    public (EventQuery? Query, string? Error) Parse(ParseResult p, int limit)
    {
        DateOnly? Day(Option<string?> o, out string? err)
        {
            err = null;
            var s = p.GetValue(o);
            if (s is null) return null;
            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            err = $"{o.Name} '{s}' is not a date; use YYYY-MM-DD.";
            return null;
        }
        double[]? Numbers(Option<string?> o, int n, out string? err)
        {
            err = null;
            var s = p.GetValue(o);
            if (s is null) return null;
            var parts = s.Split(',');
            var xs = new double[parts.Length];
            if (parts.Length != n || parts.Where((t, i) => !double.TryParse(t.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out xs[i])).Any())
                err = $"{o.Name} '{s}' needs {n} comma-separated numbers.";
            return err is null ? xs : null;
        }
        var from = Day(From, out var e1); if (e1 is not null) return (null, e1);
        var to = Day(To, out var e2); if (e2 is not null) return (null, e2);
        var box = Numbers(Bbox, 4, out var e3); if (e3 is not null) return (null, e3);
        var near = Numbers(Near, 3, out var e4); if (e4 is not null) return (null, e4);
        // Coordinates off the globe, a box turned inside out or a radius of none can match nothing: say so, not "0 events".
        static bool Lon(double x) => x is >= -180 and <= 180;
        static bool Lat(double y) => y is >= -90 and <= 90;
        if (box is [var w, var s, var e, var n] && !(Lon(w) && Lon(e) && Lat(s) && Lat(n) && w <= e && s <= n))
            return (null, $"--bbox '{p.GetValue(Bbox)}' is no box; use minLon,minLat,maxLon,maxLat (west, south, east, north), e.g. 35.5,32.5,42,37.5.");
        if (near is [var lat, var lon, var km] && !(Lat(lat) && Lon(lon) && km > 0))
            return (null, $"--near '{p.GetValue(Near)}' is no circle; use lat,lon,km with a radius over 0, e.g. 36.2,37.1,50.");
        if (limit < 1) return (null, $"--limit {limit}: show at least 1 event.");
        var country = CountryCode(p, out var e5); if (e5 is not null) return (null, e5);
        int? quad = null;
        if (p.GetValue(Quad) is { } qs)
        {
            if (!int.TryParse(qs.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var qn) || qn is < 1 or > 4)
                return (null, $"--quad {qs} is not a QuadClass; use 1, 2, 3 or 4.");
            quad = qn;
        }
        // A code is digits: a word or a root past 20 would match nothing and answer "0 events" as if none happened.
        if (p.GetValue(Code) is { } code && !(code.Trim().Length is > 0 and <= 4 && code.Trim().All(char.IsAsciiDigit)))
            return (null, $"--code '{code}' is not a CAMEO event code; use 1 to 4 digits (19, 190, 1951).");
        if (p.GetValue(Root) is { } root && !(int.TryParse(root.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var rn) && rn is >= 1 and <= 20))
            return (null, $"--root '{root}' is not a CAMEO root code; use 01 to 20.");
        return (new EventQuery
        {
            From = from, To = to, Country = country, Actor = p.GetValue(Actor), Code = p.GetValue(Code), Root = p.GetValue(Root),
            QuadClass = quad, BoundingBox = box is null ? null : (box[0], box[1], box[2], box[3]),
            Radius = near is null ? null : (near[0], near[1], near[2]), Text = p.GetValue(Text), Limit = limit,
        }, null);
    }

    /// <summary>
    /// --country as a code (passed on as given) or a country's name ("Ukraine" → UA, where it happened): a name used to
    /// match nothing and answer "0 events" as if the record had none there.
    /// </summary>
    private string? CountryCode(ParseResult p, out string? err)
    {
        err = null;
        var s = p.GetValue(Country)?.Trim();
        if (string.IsNullOrEmpty(s) || (s.Length is 2 or 3 && s.All(char.IsAsciiLetter))) return s;
        foreach (var (iso2, _, name) in Sitrep.Knowledge.Geo.CountryNames.Rows(GlobalOptions.DataDirectory(p)))
            if (string.Equals(name, s, StringComparison.OrdinalIgnoreCase)) return iso2;
        err = $"--country '{s}' is no country we know; use its name as in lexicons/geo-countries.tsv (Syria), ISO alpha-2 (SY) or CAMEO alpha-3 (SYR).";
        return null;
    }
}

internal static class QueryCommand
{
    public static Command Create()
    {
        var filters = new EventFilters();
        var limit = new Option<int>("--limit") { Description = "Most events to show (default 50), newest first.", DefaultValueFactory = _ => 50 };
        var format = new Option<string>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var cmd = new Command("query", "Find merged events in the record.") { IngestCommand.StoreOption, limit, format };
        filters.AddTo(cmd);
        cmd.SetAction(p => Run(p, filters, p.GetValue(IngestCommand.StoreOption), p.GetValue(limit), p.GetValue(format)!));
        return cmd;
    }

    private static int Run(ParseResult p, EventFilters filters, string? storeSpec, int limit, string format)
    {
        var (query, error) = filters.Parse(p, limit);
        if (query is null) { CliRunner.Error(error!); return 2; }
        try
        {
            var store = EventStores.Open(storeSpec, existing: true);
            try
            {
                var events = store.QueryAsync(query).GetAwaiter().GetResult();
                if (format == "json")
                {
                    using var stdout = Console.OpenStandardOutput();
                    ExportCommand.WriteJsonArray(stdout, events);
                    return 0;
                }
                var console = CliRunner.StdoutConsole();
                var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{events.Count} events[/] ({Markup.Escape(store.Location)})");
                foreach (var c in new[] { "Date", "Source", "Code", "Target", "Place", "Killed", "Men/Src/Art", "Evidence" }) table.AddColumn(c);
                foreach (var e in events)
                {
                    var k = e.Toll(FigureKind.Killed);
                    var killed = k is null ? "" : k.Low == k.High ? $"{k.Low}" : $"{k.Low}–{k.High}";
                    table.AddRow(Markup.Escape(DateText(e)), Markup.Escape(e.Source), e.Code, Markup.Escape(e.Target),
                        Markup.Escape(e.Place is { } pl ? $"{pl.Name} ({pl.Country})" : ""), killed,
                        $"{e.NumMentions}/{e.NumSources}/{e.NumArticles}", Markup.Escape(Truncate(e.Evidence, 70)));
                }
                console.Write(table);
                return 0;
            }
            finally { store.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
        }
        catch (StoreException e) { CliRunner.Error(e.ToString()); return 1; }
    }

    private static string Truncate(string s, int n)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= n ? s : s[..(n - 1)] + "…";
    }

    /// <summary>The day as much as the text gave it: "2025-03-12", "2022-09" (a month), "2013" (a year), "2025-03-24 (week)".</summary>
    internal static string DateText(MergedEvent e) => e.Day is not { } d ? "?" : e.DayPrecision switch
    {
        null => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "year" => d.ToString("yyyy", CultureInfo.InvariantCulture),
        "month" => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        var p => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + p + ")",
    };
}
