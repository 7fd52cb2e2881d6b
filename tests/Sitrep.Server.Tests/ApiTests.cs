using System.Net;
using System.Text.Json;
using Sitrep.Store.Export;

namespace Sitrep.Server.Tests;

public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static string? S(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [Fact]
    public async Task Events_come_newest_first_and_a_country_filter_keeps_only_that_country()
    {
        var all = await server.AllEvents();
        Assert.Contains(all, e => S(e, "country") == "SD");
        Assert.Contains(all, e => S(e, "country") == "UA");
        var dates = all.Select(e => S(e, "date") ?? "").ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);

        var ukraine = await server.AllEvents("&country=UA");
        Assert.NotEmpty(ukraine);
        Assert.All(ukraine, e => Assert.Equal("UA", S(e, "country")));
        // A country's name means the same as its code, as on the command line.
        var byName = await server.AllEvents("&country=Ukraine");
        Assert.Equal(ukraine.Select(e => e.GetProperty("id").GetInt64()), byName.Select(e => e.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Dates_root_and_text_filters_narrow_the_events()
    {
        var all = await server.AllEvents();
        var march4On = await server.AllEvents("&from=2026-03-04");
        Assert.NotEmpty(march4On);
        Assert.True(march4On.Count < all.Count);
        Assert.All(march4On, e => Assert.True(string.CompareOrdinal(S(e, "date"), "2026-03-04") >= 0));

        var fights = await server.AllEvents("&root=19");
        Assert.NotEmpty(fights);
        Assert.All(fights, e => Assert.Equal("19", S(e, "root")));

        // PLOVER's types, in any case: the strikes are ASSAULT, and only they.
        var assaults = await server.AllEvents("&plover=assault");
        Assert.NotEmpty(assaults);
        Assert.True(assaults.Count < all.Count);
        Assert.All(assaults, e => Assert.Equal("ASSAULT", S(e, "plover")));
        Assert.Equal(all.Count(e => S(e, "plover") == "ASSAULT"), assaults.Count);

        var bombed = await server.AllEvents("&text=warplanes");
        Assert.NotEmpty(bombed);
        Assert.All(bombed, e => Assert.Contains("warplanes", S(e, "evidence")!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pages_of_one_event_walk_the_whole_list_once()
    {
        var all = (await server.AllEvents()).Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.True(all.Count > 2);
        var seen = new List<long>();
        int? offset = 0;
        while (offset is { } o)
        {
            var page = await server.Json($"/api/events?limit=1&offset={o}");
            seen.AddRange(page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
            offset = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetInt32();
        }
        Assert.Equal(all, seen);
    }

    [Theory]
    [InlineData("/api/events?from=2026-13-01", "from '2026-13-01' is not a date; use YYYY-MM-DD.")]
    [InlineData("/api/events?quad=5", "quad 5 is not a QuadClass; use 1, 2, 3 or 4.")]
    [InlineData("/api/events?plover=19", "plover '19' is not a PLOVER event type; use one word such as ASSAULT, PROTEST or AID.")]
    [InlineData("/api/events?bbox=1,2,3", "bbox '1,2,3' needs 4 comma-separated numbers.")]
    [InlineData("/api/events?country=Atlantis", "country 'Atlantis' is no country we know;")]
    [InlineData("/api/events?limit=ten", "limit 'ten' is not a whole number.")]
    [InlineData("/api/events?limit=5000", "limit 5000: at most 1000 events a page")]
    [InlineData("/api/events/twelve", "'twelve' is not an event id")]
    [InlineData("/api/export?format=xml", "format 'xml' is not an export format; use jsonl, gdelt, acled, geojson.")]
    [InlineData("/api/figures?kind=eaten", "kind 'eaten' is not a figure kind")]
    [InlineData("/api/articles?to=yesterday", "to 'yesterday' is not a date; use YYYY-MM-DD.")]
    public async Task A_bad_filter_is_400_with_one_line_in_the_users_terms(string url, string message)
    {
        using var r = await server.Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var body = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain('\n', body);
        Assert.StartsWith(message, JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("/api/events/12345")]
    [InlineData("/api/articles/0000feedbeef")]
    [InlineData("/api/nothing-here")]
    public async Task An_unknown_id_is_404_with_a_message(string url)
    {
        using var r = await server.Get(url);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task The_event_view_points_each_mention_at_its_evidence_words_in_the_article_text()
    {
        var strike = (await server.AllEvents("&text=warplanes")).First();
        var view = await server.Json($"/api/events/{strike.GetProperty("id").GetInt64()}");
        var mentions = view.GetProperty("mentions").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        foreach (var m in mentions)
        {
            var article = await server.Json($"/api/articles/{S(m, "article")}");
            var text = S(article, "text")!;
            int ss = m.GetProperty("sentence_start").GetInt32(), se = m.GetProperty("sentence_end").GetInt32();
            int start = m.GetProperty("start").GetInt32(), end = m.GetProperty("end").GetInt32();
            Assert.Equal(S(m, "sentence"), text[ss..se]);
            Assert.InRange(start, ss, end);
            Assert.InRange(end, start, se);
            Assert.Contains("bombed", text[start..end], StringComparison.Ordinal);
        }
        // Every source's figures, each with who reported it and words that are really in that article.
        var figures = view.GetProperty("figures").EnumerateArray().ToList();
        Assert.Contains(figures, f => S(f, "kind") == "killed");
        foreach (var f in figures)
        {
            var text = S(await server.Json($"/api/articles/{S(f, "article")}"), "text")!;
            Assert.Equal(S(f, "text"), text[f.GetProperty("start").GetInt32()..f.GetProperty("end").GetInt32()]);
            Assert.False(string.IsNullOrEmpty(S(f, "outlet")));
        }
    }

    [Fact]
    public async Task Articles_list_newest_first_and_open_with_their_layers()
    {
        var list = (await server.Json("/api/articles")).GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(ServerFixture.Articles.Length, list.Count);
        var published = list.Select(a => S(a, "published")).ToList();
        Assert.Equal(published.OrderByDescending(d => d, StringComparer.Ordinal), published);
        var monitor = Assert.Single((await server.Json("/api/articles?source=Kordofan%20Monitor")).GetProperty("articles").EnumerateArray());
        var article = await server.Json($"/api/articles/{S(monitor, "id")}");
        Assert.Equal("sitrep/article@1", S(article, "schema"));
        Assert.StartsWith("Air raid on Sudanese market", S(article, "text"));
        Assert.NotEqual(0, article.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Figures_list_each_reported_toll_with_its_outlet_and_can_keep_one_kind()
    {
        var killed = (await server.Json("/api/figures?kind=killed")).GetProperty("figures").EnumerateArray().ToList();
        Assert.NotEmpty(killed);
        Assert.All(killed, f => Assert.Equal("killed", S(f, "kind")));
        Assert.Contains(killed, f => S(f, "outlet") == "Savanna Wire");
        Assert.Contains(killed, f => S(f, "outlet") == "Kordofan Monitor");
    }

    [Fact]
    public async Task Stats_count_the_selected_events_by_day_root_and_country()
    {
        var all = await server.AllEvents();
        var stats = await server.Json("/api/stats");
        Assert.Equal(ServerFixture.Articles.Length, stats.GetProperty("articles").GetInt64());
        Assert.Equal(all.Count, stats.GetProperty("matched").GetInt32());
        int Sum(string by) => stats.GetProperty(by).EnumerateArray().Sum(g => g.GetProperty("count").GetInt32());
        Assert.Equal(all.Count, Sum("by_root"));
        Assert.Equal(all.Count, Sum("by_country"));
        Assert.Equal(all.Count(e => S(e, "date") is not null), Sum("by_day"));
        var sudan = await server.Json("/api/stats?country=SD");
        Assert.Equal("SD", Assert.Single(sudan.GetProperty("by_country").EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task Every_export_format_parses_back_to_the_selected_events()
    {
        var ids = (await server.AllEvents()).Select(e => e.GetProperty("id").GetInt64()).ToHashSet();

        var jsonl = (await Text("jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ids, jsonl.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt64()).ToHashSet());
        Assert.All(jsonl, l => Assert.NotEqual(0, JsonDocument.Parse(l).RootElement.GetProperty("mentions").GetArrayLength()));

        var geo = JsonDocument.Parse(await Text("geojson")).RootElement;
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        Assert.Equal(ids, geo.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()).ToHashSet());

        var gdelt = (await Text("gdelt", "&header=true")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(GdeltExporter.Columns, gdelt[0].Split('\t'));
        Assert.Equal(ids, gdelt.Skip(1).Select(l => long.Parse(l.Split('\t')[0])).ToHashSet());
        Assert.All(gdelt, l => Assert.Equal(GdeltExporter.Columns.Length, l.Split('\t').Length));

        var acled = (await Text("acled")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', AcledExporter.Columns), acled[0]);
        // (ACLED codes no statements or meetings: the CSV has a row for each event with an ACLED type)
        var acledTypes = (await server.AllEvents()).Count(e => AcledTypes.Of(e.GetProperty("code").GetString()!, "", "") is not null);
        Assert.InRange(acledTypes, 1, ids.Count - 1);
        Assert.Equal(acledTypes, acled.Length - 1);

        // The filters apply to exports too.
        var ukraine = (await Text("jsonl", "&country=UA")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(ukraine);
        Assert.All(ukraine, l => Assert.Equal("UA", JsonDocument.Parse(l).RootElement.GetProperty("country").GetString()));
    }

    private async Task<string> Text(string format, string query = "")
    {
        using var r = await server.Get($"/api/export?format={format}{query}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await r.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_and_the_event_filters()
    {
        var doc = await server.Json("/openapi.json");
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}", "/api/figures", "/api/stats", "/api/export", "/api/map" })
            Assert.True(paths.TryGetProperty(p, out _), p);
        var parameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(x => S(x, "name")).ToHashSet();
        foreach (var name in Sitrep.Store.EventFilter.Names.Append("limit").Append("offset")) Assert.Contains(name, parameters);
    }

    [Fact]
    public async Task Countries_join_the_maps_numeric_ids_to_the_events_alpha2_codes()
    {
        var list = (await server.Json("/api/countries")).GetProperty("countries").EnumerateArray().ToList();
        var sudan = Assert.Single(list, c => S(c, "code") == "SD");
        Assert.Equal(("SDN", "729", "Sudan"), (S(sudan, "iso3"), S(sudan, "numeric"), S(sudan, "name")));
        // Three digits as Natural Earth writes its ids ("004", not "4").
        Assert.Equal("004", S(Assert.Single(list, c => S(c, "code") == "AF"), "numeric"));
        // Kosovo is a GeoNames country with no ISO numeric code: listed, its numeric empty (not GeoNames' "0").
        Assert.Equal(("XKX", ""), (S(Assert.Single(list, c => S(c, "code") == "XK"), "iso3"), S(Assert.Single(list, c => S(c, "code") == "XK"), "numeric")));
    }

    /// <summary>The 200 answer's schema of a path, $refs followed.</summary>
    private static JsonElement Resolve(JsonElement doc, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var r))
            schema = doc.GetProperty("components").GetProperty("schemas").GetProperty(r.GetString()!.Split('/').Last());
        return schema;
    }

    /// <summary>Every property of the real answer is documented, and every documented one is in the answer, at every depth.</summary>
    private static void Matches(JsonElement doc, JsonElement schema, JsonElement answer, string where)
    {
        schema = Resolve(doc, schema);
        if (answer.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in answer.EnumerateArray()) Matches(doc, schema.GetProperty("items"), item, where + "[]");
            return;
        }
        if (answer.ValueKind == JsonValueKind.Number)
        {
            var types = schema.GetProperty("type");
            Assert.True(types.ValueKind == JsonValueKind.String ? types.GetString() is "integer" or "number"
                : types.EnumerateArray().All(t => t.GetString() is "integer" or "number" or "null"), $"{where}: {types}");
        }
        if (answer.ValueKind != JsonValueKind.Object) return;
        var props = schema.GetProperty("properties");
        Assert.Equal(answer.EnumerateObject().Select(p => p.Name).Order(), props.EnumerateObject().Select(p => p.Name).Order());
        foreach (var p in answer.EnumerateObject()) Matches(doc, props.GetProperty(p.Name), p.Value, where + "." + p.Name);
    }

    [Theory]
    [InlineData("/api/events", "/api/events?limit=2")]
    [InlineData("/api/events/{id}", "/api/events/{id}")]
    [InlineData("/api/stats", "/api/stats")]
    [InlineData("/api/countries", "/api/countries")]
    public async Task The_openapi_document_gives_the_shape_of_the_main_answers_as_they_are(string path, string url)
    {
        var doc = await server.Json("/openapi.json");
        var first = (await server.AllEvents()).First(e => e.GetProperty("tolls").GetArrayLength() > 0).GetProperty("id").GetInt64();
        var answer = await server.Json(url.Replace("{id}", first.ToString()));
        if (path == "/api/events/{id}") Assert.True(answer.GetProperty("figures").GetArrayLength() > 0 && answer.GetProperty("mentions").GetArrayLength() > 0);
        var ok = doc.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200");
        Matches(doc, ok.GetProperty("content").GetProperty("application/json").GetProperty("schema"), answer, path);
        if (path == "/api/countries") return; // takes nothing that could be refused
        var bad = doc.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("400");
        Assert.True(Resolve(doc, bad.GetProperty("content").GetProperty("application/json").GetProperty("schema")).GetProperty("properties").TryGetProperty("error", out _));
    }
}
