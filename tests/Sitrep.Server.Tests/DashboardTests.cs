using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Knowledge;
using Sitrep.Store;

namespace Sitrep.Server.Tests;

public sealed class DashboardTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/index.html", "text/html")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task The_dashboard_files_are_served_with_their_types(string path, string type)
    {
        using var r = await server.Get(path);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(type, r.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_loads_only_its_own_files_so_it_works_offline()
    {
        var html = await (await server.Get("/")).Content.ReadAsStringAsync();
        var refs = Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("app.js", refs);
        Assert.Contains("app.css", refs);
        foreach (var file in new[] { "/", "/app.js", "/app.css" })
        {
            var text = await (await server.Get(file)).Content.ReadAsStringAsync();
            // The SVG namespace is a name, not a download; any other absolute URL would need the network.
            var urls = Regex.Matches(text, @"https?://[a-z0-9.-]+|(?:src|href)\s*=\s*[""']//[^""']*|url\(\s*[""']?//[^)]*", RegexOptions.IgnoreCase).Select(m => m.Value)
                .Where(u => u != "http://www.w3.org").ToList();
            Assert.True(urls.Count == 0, $"{file} refers to {string.Join(", ", urls)}");
        }
    }

    [Fact]
    public async Task An_unknown_file_is_404()
    {
        using var r = await server.Get("/nothing.js");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }

    [Fact]
    public async Task The_map_is_served_as_topojson_when_the_data_has_it()
    {
        using var r = await server.Get("/api/map");
        if (SitrepServer.FindMap(new DataDirectory()) is null)
        {
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var topo = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Topology", topo.GetProperty("type").GetString());
        Assert.True(topo.GetProperty("objects").TryGetProperty("countries", out _));
    }

    [Fact]
    public async Task Without_a_map_file_the_map_is_404_saying_where_it_was_looked_for_and_the_rest_still_works()
    {
        var empty = Directory.CreateTempSubdirectory("sitrep-nomap-").FullName;
        try
        {
            // A data directory and project root with nothing in them: no geo/map file, no node_modules.
            var data = new DataDirectory(empty, empty);
            await using var store = EventStores.Open("sqlite:" + Path.Combine(empty, "sitrep.db"));
            await using var app = SitrepServer.Build(new ServerOptions(store, "http://127.0.0.1:0", data));
            await app.StartAsync();
            var at = SitrepServer.Addresses(app).Single().TrimEnd('/');
            using var map = await server.Http.GetAsync(at + "/api/map");
            Assert.Equal(HttpStatusCode.NotFound, map.StatusCode);
            var error = JsonDocument.Parse(await map.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;
            Assert.Contains(SitrepServer.MapFile, error);
            Assert.Contains("works without the map", error);
            using var events = await server.Http.GetAsync(at + "/api/events");
            Assert.Equal(HttpStatusCode.OK, events.StatusCode);
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task A_store_that_fails_under_the_server_is_503_with_the_stores_one_line_message()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-broken-").FullName;
        try
        {
            var path = Path.Combine(dir, "sitrep.db");
            await using var store = EventStores.Open("sqlite:" + path);
            await store.StatsAsync();
            await using var app = SitrepServer.Build(new ServerOptions(store, "http://127.0.0.1:0", new DataDirectory(dir, dir)));
            await app.StartAsync();
            var at = SitrepServer.Addresses(app).Single().TrimEnd('/');
            // The file is damaged while the server runs (a disk fault, a copy over it).
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in Directory.GetFiles(dir)) File.WriteAllText(f, "not a database, not at all, long enough to be read as a header");
            using var r = await server.Http.GetAsync(at + "/api/events");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
            var body = await r.Content.ReadAsStringAsync();
            Assert.DoesNotContain('\n', body);
            Assert.Contains("E_STORE_", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
