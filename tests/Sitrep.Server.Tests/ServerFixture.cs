using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Knowledge;
using Sitrep.Server;
using Sitrep.Store;

namespace Sitrep.Server.Tests;

/// <summary>
/// A temporary SQLite record filled by running the whole pipeline over three invented articles (two outlets on one air
/// strike in Sudan, one on shelling and a meeting in Ukraine), served on a free local port for the class's tests.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public static readonly RawArticle[] Articles =
    [
        new("sudan-wire", """
            Sudan: Army air strike on El Obeid market kills at least 14

            EL OBEID, Sudan, March 2 — Sudanese army warplanes bombed a crowded livestock market in El Obeid on Sunday, killing at least 14 civilians and wounding 30 others, local medics said.

            The Rapid Support Forces accused the army of targeting civilians. The army did not comment on the strike.
            """, "Savanna Wire", "https://savanna.example/sudan/el-obeid-market", new DateOnly(2026, 3, 2)),
        new("sudan-aid", """
            Air raid on Sudanese market leaves 18 dead, aid group says

            At least 18 people were killed when Sudanese army warplanes bombed a market in El Obeid on Sunday, a local aid group said on Monday.

            Volunteers said dozens of traders were wounded in the raid on the city in North Kordofan state.
            """, "Kordofan Monitor", "https://kordofan.example/2026/03/03/raid", new DateOnly(2026, 3, 3)),
        new("ukraine", """
            Russian shelling kills three in Kharkiv

            KYIV, March 5 — Russian forces shelled the Ukrainian city of Kharkiv on Wednesday, killing three people and wounding nine, the regional governor said.

            Ukraine's foreign minister met his Polish counterpart in Warsaw on Thursday to discuss air defence.
            """, "Dnipro Daily", "https://dnipro.example/kharkiv-shelling", new DateOnly(2026, 3, 5)),
    ];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-server-tests-" + Guid.NewGuid().ToString("N"));
    private IEventStore? _store;
    private WebApplication? _app;

    public HttpClient Http { get; } = new();
    public string Base { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "sitrep.db");
        var data = new DataDirectory();
        var pipeline = PipelineFactory.Create(data);
        await using (var writer = EventStores.Open("sqlite:" + path))
            await writer.WriteAsync(Articles.Select(a => pipeline.Run(a.ToDocument())).ToList());
        _store = EventStores.Open("sqlite:" + path, existing: true);
        _app = SitrepServer.Build(new ServerOptions(_store, "http://127.0.0.1:0", data));
        await _app.StartAsync();
        Base = SitrepServer.Addresses(_app).Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (_store is not null) await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    public Task<HttpResponseMessage> Get(string pathAndQuery) => Http.GetAsync(Base + pathAndQuery);

    public async Task<JsonElement> Json(string pathAndQuery)
    {
        using var r = await Get(pathAndQuery);
        Assert.True(r.IsSuccessStatusCode, $"{pathAndQuery}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every event of the record (one page holds them all here).</summary>
    public async Task<List<JsonElement>> AllEvents(string query = "")
    {
        var page = await Json("/api/events?limit=1000" + query);
        Assert.True(page.GetProperty("next").ValueKind == JsonValueKind.Null);
        return page.GetProperty("events").EnumerateArray().ToList();
    }
}
