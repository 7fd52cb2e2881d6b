using System.CommandLine;
using System.Text;
using Sitrep.Store;
using Sitrep.Store.Export;

namespace Sitrep.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var filters = new EventFilters();
        var format = new Option<string>("--format") { Description = "jsonl, gdelt (GDELT 2.0 event table, tab-separated), acled (CSV) or geojson.", Required = true };
        format.AcceptOnlyFromAmong(ExportFormats.All);
        var mentions = new Option<string?>("--mentions") { Description = "Also write the mentions table (GDELT 2.0 mentions columns: one row per report, with its sentence) to this file." };
        var header = new Option<bool>("--header") { Description = "gdelt: write a header row (GDELT files have none)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout." };
        var cmd = new Command("export", "Export merged events: jsonl, gdelt, acled or geojson.") { IngestCommand.StoreOption, format, mentions, header, output };
        filters.AddTo(cmd);
        cmd.SetAction(p => Run(p, filters, p.GetValue(IngestCommand.StoreOption), p.GetValue(format)!, p.GetValue(mentions), p.GetValue(header), p.GetValue(output)));
        return cmd;
    }

    private static int Run(ParseResult p, EventFilters filters, string? storeSpec, string format, string? mentionsFile, bool header, string? outputFile)
    {
        var (query, error) = filters.Parse(p, int.MaxValue);
        if (query is null) { CliRunner.Error(error!); return 2; }
        foreach (var (option, file) in new[] { ("-o", outputFile), ("--mentions", mentionsFile) })
            if (file is not null && Directory.Exists(file)) { CliRunner.Error($"{option} '{file}' is a directory; name a file to write."); return 2; }
        try
        {
            var store = EventStores.Open(storeSpec, existing: true);
            try
            {
                var events = store.QueryAsync(query).GetAwaiter().GetResult();
                // (a mentions table asked for beside GeoJSON would otherwise be written empty)
                bool needMentions = format != "geojson" || mentionsFile is not null;
                // Mentions and figures of all events in a few batched queries, not two queries per event.
                var ids = events.Select(e => e.Id).ToList();
                var mentions = needMentions ? store.MentionsAsync(ids).GetAwaiter().GetResult() : null;
                var figures = format == "jsonl" ? store.FiguresAsync(ids).GetAwaiter().GetResult() : null;
                var rows = events.Select(e => new ExportRow(
                    figures is not null ? e with { Figures = figures[e.Id] } : e,
                    mentions is not null ? mentions[e.Id] : [])).ToList();
                using var stream = outputFile is null ? Console.OpenStandardOutput() : File.Create(outputFile);
                int leftOut = ExportFormats.Write(format, stream, rows, header, format == "acled" ? Sitrep.Server.SitrepServer.AcledNames(GlobalOptions.DataDirectory(p)) : null);
                if (mentionsFile is not null)
                {
                    using var mw = new StreamWriter(mentionsFile, false, new UTF8Encoding(false));
                    GdeltExporter.WriteMentions(mw, rows);
                }
                Console.Error.WriteLine(leftOut == 0 ? $"sitrep: exported {rows.Count} events as {format}."
                    : $"sitrep: exported {rows.Count - leftOut} events as {format}; {leftOut} more (statements, meetings, appeals, aid, a war's toll retold: no ACLED events) are in the jsonl and gdelt exports.");
                return 0;
            }
            finally { store.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
        }
        catch (StoreException e) { CliRunner.Error(e.ToString()); return 1; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { CliRunner.Error($"cannot write the export: {e.Message}"); return 1; }
    }

    internal static void WriteJsonArray(Stream output, IReadOnlyList<MergedEvent> events)
    {
        output.Write("["u8);
        for (int i = 0; i < events.Count; i++)
        {
            if (i > 0) output.Write(",\n"u8);
            using var ms = new MemoryStream();
            JsonlExporter.Write(ms, [new ExportRow(events[i], [])]);
            output.Write(ms.ToArray().AsSpan().TrimEnd((byte)'\n'));
        }
        output.Write("]\n"u8);
    }
}
