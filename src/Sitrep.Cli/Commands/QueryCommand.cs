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
    public readonly Option<string?> Plover = new("--plover") { Description = "PLOVER event type: ASSAULT, COERCE, PROTEST, AID, ... (any case)." };
    public readonly Option<string?> Bbox = new("--bbox") { Description = "Bounding box: minLon,minLat,maxLon,maxLat." };
    public readonly Option<string?> Near = new("--near") { Description = "Within a radius: lat,lon,km (e.g. 36.2,37.1,50)." };
    public readonly Option<string?> Text = new("--text") { Description = "Words in the evidence sentences, actors or place (all must occur)." };

    public void AddTo(Command c)
    {
        foreach (var o in new Option[] { From, To, Country, Actor, Code, Root, Quad, Plover, Bbox, Near, Text }) c.Options.Add(o);
    }

    /// <summary>The query, or a usage error naming the bad option (the parser is shared with the HTTP API).</summary>
    public (EventQuery? Query, string? Error) Parse(ParseResult p, int limit)
    {
        var options = new Option<string?>[] { From, To, Country, Actor, Code, Root, Quad, Plover, Bbox, Near, Text }.ToDictionary(o => o.Name[2..]);
        // The countries file is read only when a country is given by name.
        return EventFilter.Parse(name => p.GetValue(options[name]), name => "--" + name, limit, 0,
            name => Sitrep.Knowledge.Geo.CountryNames.Iso2ByName(GlobalOptions.DataDirectory(p))(name));
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

    /// <summary>The day as much as the text gave it: "2025-03-12", "2022-09" (a month), "2013" (a year), "1970s", "from 2013-01-01" (a war retold with its running total), "2025-03-24 (week)".</summary>
    internal static string DateText(MergedEvent e) => e.Day is not { } d ? "?" : e.DayPrecision switch
    {
        null => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "year" => d.ToString("yyyy", CultureInfo.InvariantCulture),
        "month" => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        "decade" => (d.Year / 10 * 10).ToString(CultureInfo.InvariantCulture) + "s",
        "century" => (d.Year / 100 * 100).ToString(CultureInfo.InvariantCulture) + "s",
        "span" => "from " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var p => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + p + ")",
    };
}
