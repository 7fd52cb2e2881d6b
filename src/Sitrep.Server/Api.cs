using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Knowledge.Geo;
using Sitrep.Store;
using Sitrep.Store.Export;

namespace Sitrep.Server;

/// <summary>The /api endpoints. Every answer is JSON (exports in their own format); a bad filter is 400, an unknown id 404.</summary>
internal static class Api
{
    private static readonly Dictionary<string, (string ContentType, string Extension)> ExportTypes = new()
    {
        ["jsonl"] = ("application/x-ndjson; charset=utf-8", "jsonl"),
        ["gdelt"] = ("text/tab-separated-values; charset=utf-8", "tsv"),
        ["acled"] = ("text/csv; charset=utf-8", "csv"),
        ["geojson"] = ("application/geo+json; charset=utf-8", "geojson"),
    };

    /// <summary>
    /// One page of a list: offset, limit, next (the next page's offset, or null when <paramref name="items"/>, fetched one
    /// past the limit, holds no more) and the items, each an object <paramref name="write"/> fills.
    /// </summary>
    private static IResult Page<T>(string name, IReadOnlyList<T> items, int offset, int limit, Action<Utf8JsonWriter, T> write) =>
        SitrepServer.Json(j =>
        {
            j.WriteStartObject();
            j.WriteNumber("offset", offset); j.WriteNumber("limit", limit);
            if (items.Count > limit) j.WriteNumber("next", offset + limit); else j.WriteNull("next");
            j.WriteStartArray(name);
            foreach (var item in items.Take(limit))
            {
                j.WriteStartObject();
                write(j, item);
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteEndObject();
        });

    public static void Map(IEndpointRouteBuilder app, ServerOptions o)
    {
        var store = o.Store;
        // Country names are read once: a filter by name ("Sudan") is answered from memory on every request.
        var byName = SitrepServer.CountryByName(o.Data);
        var acledNames = new Lazy<AcledNames>(() => SitrepServer.AcledNames(o.Data)); // read on the first ACLED export
        var api = app.MapGroup("/api");

        api.MapGet("/events", async ([AsParameters] EventFilterArgs f, CancellationToken ct) =>
        {
            var (q, error) = f.Parse(byName, 50, SitrepServer.MaxPage);
            if (q is null) return SitrepServer.Error(400, error!);
            // One more than asked tells whether there is a next page without counting every match.
            var events = await store.QueryAsync(q with { Limit = q.Limit + 1 }, ct);
            return Page("events", events, q.Offset, q.Limit, (j, e) =>
            {
                j.WriteNumber("id", e.Id);
                JsonlExporter.WriteEventProperties(j, e);
            });
        }).Produces<EventsPage>().Produces<ErrorSchema>(400)
        .WithSummary("Merged events, newest first, with `sitrep query`'s filters; page with limit (default 50, at most 1000) and offset; next is the offset of the next page or null.");

        api.MapGet("/events/{id}", async (string id, CancellationToken ct) =>
        {
            if (!long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                return SitrepServer.Error(400, $"'{id}' is not an event id; use the number in /api/events.");
            if (await store.GetEventAsync(n, ct) is not { } e) return SitrepServer.Error(404, $"no event {id} in the record.");
            var mentions = await store.MentionsAsync(n, ct);
            return SitrepServer.Json(j => JsonlExporter.WriteRow(j, new ExportRow(e, mentions)));
        }).Produces<EventView>().Produces<ErrorSchema>(400).Produces<ErrorSchema>(404)
        .WithSummary("One merged event with every source's figures and every mention: its article, sentence and evidence span (offsets into the article's text).");

        api.MapGet("/articles", async ([AsParameters] ArticleArgs f, CancellationToken ct) =>
        {
            var (q, error) = f.Parse(50, SitrepServer.MaxPage);
            if (q is null) return SitrepServer.Error(400, error!);
            var list = await store.ArticlesAsync(q with { Limit = q.Limit + 1 }, ct);
            return Page("articles", list, q.Offset, q.Limit, (j, a) =>
            {
                j.WriteString("id", a.Id); j.WriteString("url", a.Url); j.WriteString("source", a.Source);
                j.WriteString("published", a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                j.WriteString("title", a.Title); j.WriteNumber("version", a.Version); j.WriteString("duplicate_of", a.DuplicateOf);
                j.WriteString("fetched", a.Fetched.ToString("O", CultureInfo.InvariantCulture)); j.WriteNumber("events", a.Events);
            });
        }).WithSummary("Stored articles, newest published first (from, to, source; limit and offset), without their text.");

        api.MapGet("/articles/{id}", async (string id, CancellationToken ct) =>
            await store.LoadArticleAsync(id, ct) is { } a
                ? Results.Text(SitrepServer.ArticleJson(a), "application/json; charset=utf-8", Encoding.UTF8)
                : SitrepServer.Error(404, $"no article {id} in the record."))
            .WithSummary("One article as `sitrep extract` writes it (sitrep/article@1): its text and every stored layer, spans as offsets into the text.");

        api.MapGet("/figures", async ([AsParameters] EventFilterArgs f, string? kind, CancellationToken ct) =>
        {
            FigureKind? want = null;
            if (!string.IsNullOrWhiteSpace(kind))
            {
                if (!ContractNames.TryParseFigureKind(kind.Trim(), out var k))
                    return SitrepServer.Error(400, $"kind '{kind}' is not a figure kind; use killed, wounded, displaced, refugees, trapped, missing, detained, kidnapped, besieged, without_water, without_food, affected or other.");
                want = k;
            }
            var (q, error) = f.Parse(byName, 50, SitrepServer.MaxPage);
            if (q is null) return SitrepServer.Error(400, error!);
            var events = await store.QueryAsync(q, ct);
            var figures = await store.FiguresAsync(events.Select(e => e.Id).ToList(), ct);
            return SitrepServer.Json(j =>
            {
                j.WriteStartObject();
                j.WriteStartArray("figures");
                foreach (var e in events)
                    foreach (var r in figures[e.Id].Where(r => want is null || r.Kind == want))
                    {
                        j.WriteStartObject();
                        j.WriteNumber("event", e.Id);
                        j.WriteString("date", e.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        j.WriteString("place", e.Place?.Name); j.WriteString("country", e.Place?.Country);
                        j.WriteString("kind", ContractNames.Of(r.Kind));
                        Nullable(j, "low", r.Low); Nullable(j, "best", r.Best); Nullable(j, "high", r.High);
                        j.WriteString("qualifier", ContractNames.Of(r.Qualifier)); j.WriteString("claimant", r.Claimant);
                        j.WriteString("outlet", r.Outlet); j.WriteString("article", r.ArticleId);
                        j.WriteNumber("start", r.Start); j.WriteNumber("end", r.End); j.WriteString("text", r.Text);
                        j.WriteEndObject();
                    }
                j.WriteEndArray();
                j.WriteEndObject();
            });
        }).WithSummary("Every source's figures (tolls) of the events the filters select (limit counts events), optionally of one kind; each with who reported it and its words.");

        api.MapGet("/stats", async ([AsParameters] EventFilterArgs f, CancellationToken ct) =>
        {
            // Paging does not apply: every selected event is counted.
            var (q, error) = f.Parse(byName, 1, int.MaxValue);
            if (q is null) return SitrepServer.Error(400, error!);
            var totals = await store.StatsAsync(ct);
            var counts = await store.CountAsync(q, ct);
            return SitrepServer.Json(j =>
            {
                j.WriteStartObject();
                j.WriteNumber("articles", totals.Articles); j.WriteNumber("extracted_events", totals.Events);
                j.WriteNumber("merged_events", totals.MergedEvents); j.WriteNumber("mentions", totals.Mentions);
                j.WriteNumber("sources", totals.Sources);
                j.WriteNumber("matched", counts.Sum(c => c.Count));
                Counts(j, "by_day", counts.Where(c => c.Day is not null), c => c.Day!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), byKey: true);
                Counts(j, "by_root", counts, c => c.Root, byKey: true);
                Counts(j, "by_country", counts, c => c.Country ?? "", byKey: false);
                j.WriteEndObject();
            });
        }).Produces<StatsSchema>().Produces<ErrorSchema>(400)
        .WithSummary("Totals of the record, and the events the filters select counted by day, CAMEO root and country (where it happened; \"\" unplaced).");

        api.MapGet("/export", async (HttpContext ctx, [AsParameters] EventFilterArgs f, string? format, string? header, CancellationToken ct) =>
        {
            if (format is null || !ExportTypes.TryGetValue(format.Trim(), out var type))
                return SitrepServer.Error(400, $"format '{format}' is not an export format; use {string.Join(", ", ExportFormats.All)}.");
            var (q, error) = f.Parse(byName, int.MaxValue, int.MaxValue);
            if (q is null) return SitrepServer.Error(400, error!);
            var rows = await ExportRows(store, q, format, ct);
            var names = format == "acled" ? acledNames.Value : null;
            SitrepServer.AllowSynchronousWrites(ctx);
            ctx.Response.ContentType = type.ContentType;
            ctx.Response.Headers.ContentDisposition = $"attachment; filename=\"sitrep-events.{type.Extension}\"";
            ExportFormats.Write(format, ctx.Response.Body, rows, header is "true" or "1", names);
            return Results.Empty;
        }).WithSummary("The events the filters select (all of them unless limit is given) as jsonl, gdelt (header=true adds GDELT's column names), acled or geojson, as `sitrep export` writes them.");

        api.MapGet("/map", () => SitrepServer.FindMap(o.Data) is { } path
                ? Results.File(path, "application/json")
                : SitrepServer.Error(404, $"no world map: {SitrepServer.MapFile} is not in the data directory (--data) and the world-atlas npm package is not installed (scripts/setup.sh); the dashboard works without the map."))
            .WithSummary("Natural Earth countries (TopoJSON, 1:110m) for the dashboard's map.");

        // Read once: the dashboard joins the map (ISO numeric ids) to the events (alpha-2) with it.
        var countries = CountryNames.IsoCodes(o.Data).ToList();
        api.MapGet("/countries", () => SitrepServer.Json(j =>
            {
                j.WriteStartObject();
                j.WriteStartArray("countries");
                foreach (var (iso2, iso3, numeric, name) in countries)
                {
                    j.WriteStartObject();
                    j.WriteString("code", iso2); j.WriteString("iso3", iso3); j.WriteString("numeric", numeric); j.WriteString("name", name);
                    j.WriteEndObject();
                }
                j.WriteEndArray();
                j.WriteEndObject();
            }))
            .Produces<CountriesSchema>()
            .WithSummary("ISO 3166 countries (GeoNames countryInfo): alpha-2 code as events give it, alpha-3, numeric (the map's ids; empty for Kosovo, which has none) and name; empty without the file.");

        api.MapGet("/{**rest}", (string rest) => SitrepServer.Error(404, $"no endpoint /api/{rest}; see /openapi.json."))
            .ExcludeFromDescription();
    }

    /// <summary>Mentions and figures of every event in a few batched queries (as `sitrep export` loads them).</summary>
    private static async Task<List<ExportRow>> ExportRows(IEventStore store, EventQuery q, string format, CancellationToken ct)
    {
        var events = await store.QueryAsync(q, ct);
        var ids = events.Select(e => e.Id).ToList();
        var mentions = format != "geojson" ? await store.MentionsAsync(ids, ct) : null;
        var figures = format == "jsonl" ? await store.FiguresAsync(ids, ct) : null;
        return events.Select(e => new ExportRow(figures is not null ? e with { Figures = figures[e.Id] } : e,
            mentions is not null ? mentions[e.Id] : [])).ToList();
    }

    /// <summary>[{"key": k, "count": n}, ...]: by key (days in order) or by count, largest first.</summary>
    private static void Counts(Utf8JsonWriter j, string name, IEnumerable<EventCount> counts, Func<EventCount, string> key, bool byKey)
    {
        var list = counts.GroupBy(key).Select(g => (g.Key, Count: g.Sum(c => c.Count)));
        list = byKey ? list.OrderBy(g => g.Key, StringComparer.Ordinal) : list.OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal);
        j.WriteStartArray(name);
        foreach (var (k, count) in list)
        {
            j.WriteStartObject();
            j.WriteString("key", k); j.WriteNumber("count", count);
            j.WriteEndObject();
        }
        j.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter j, string name, long? v)
    {
        if (v is { } x) j.WriteNumber(name, x); else j.WriteNull(name);
    }
}
