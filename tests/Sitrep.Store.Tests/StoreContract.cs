using Sitrep.Core.Model;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>The behaviour every IEventStore must have; run against SQLite and PostgreSQL.</summary>
public abstract class StoreContract
{
    /// <summary>A fresh, empty store; null when this backend is unavailable here (the test then returns).</summary>
    protected abstract IEventStore? NewStore();

    /// <summary>A second handle on the same record as <paramref name="store"/> (another worker process's).</summary>
    protected abstract IEventStore OpenAgain(IEventStore store);

    [Fact]
    public async Task Two_writers_at_once_merge_their_reports_as_one_writer_would()
    {
        await using var first = NewStore();
        if (first is null) return;
        await using var second = OpenAgain(first);
        // The Ledger's report opens a long batch; the Herald's closes a short one that starts at the same time, so it
        // is written while the Ledger's batch is still open. Writers that did not take turns would each create the event.
        var fillers = Enumerable.Range(0, 300).Select(i => new DocBuilder($"Council notes {i}\nThe district council met on Monday to discuss road repairs, item {i}.").Build()).ToList();
        await first.StatsAsync(); // both open (and the schema made) before the race
        await second.StatsAsync();
        using var start = new Barrier(2);
        var a = Task.Run(() => { start.SignalAndWait(); return first.WriteAsync([TestDocs.Ledger(), .. fillers[20..]]); });
        var b = Task.Run(() => { start.SignalAndWait(); return second.WriteAsync([.. fillers[..20], TestDocs.Herald()]); });
        await Task.WhenAll(a, b);

        var e = Assert.Single(await first.QueryAsync(new EventQuery { Root = "19" }));
        Assert.Equal(2, e.NumArticles);
        Assert.Equal(302, (await first.StatsAsync()).Articles);
    }

    [Fact]
    public async Task Every_layer_is_stored_with_its_spans_and_loads_back_unchanged()
    {
        await using var store = NewStore();
        if (store is null) return;
        var doc = TestDocs.Ledger();
        await store.WriteAsync([doc]);

        var back = (await store.LoadArticleAsync(doc.Id))!.Document;
        Assert.Equal(doc.Text, back.Text);
        Assert.Equal(doc.Url, back.Url);
        Assert.Equal(doc.Published, back.Published);
        Assert.Equal(doc.Entities.ToArray(), back.Entities.ToArray());
        Assert.Equal(doc.Actors.ToArray(), back.Actors.ToArray());
        Assert.Equal(doc.Quotes.ToArray(), back.Quotes.ToArray());
        Assert.Equal(doc.Times.ToArray(), back.Times.ToArray());
        Assert.Equal(doc.Figures.ToArray(), back.Figures.ToArray());
        Assert.Equal(doc.Places.ToArray(), back.Places.ToArray());
        Assert.Equal(doc.Events.ToArray(), back.Events.ToArray());
        Assert.Equal("at least 12 civilians", back.Slice(back.Figures[0].Span));
    }

    [Fact]
    public async Task An_events_day_precision_is_stored_and_queried_back()
    {
        await using var store = NewStore();
        if (store is null) return;
        var doc = new DocBuilder("Rebels shell town\nRebels shelled the town of Marat in September 2022, killing nine people.")
            { Outlet = "Daily Ledger", Published = new DateOnly(2024, 3, 5) }
            .Event("shelled the town of Marat", "SYRREB", "SYRCVL", "194", when: "2022-09").Build();
        await store.WriteAsync([doc]);
        var e = Assert.Single(await store.QueryAsync(new EventQuery()));
        Assert.Equal(new DateOnly(2022, 9, 1), e.Day);
        Assert.Equal("month", e.DayPrecision);
    }

    [Fact]
    public async Task Layers_a_document_lacks_stay_absent_after_loading()
    {
        await using var store = NewStore();
        if (store is null) return;
        var doc = new ArticleDocument("Only text, no layers yet.") { Source = "Plain Post" };
        await store.WriteAsync([doc]);
        var back = (await store.LoadArticleAsync(doc.Id))!.Document;
        Assert.False(back.Has(Core.Layer.Events));
        Assert.False(back.Has(Core.Layer.Figures));
    }

    [Fact]
    public async Task Storing_the_same_article_twice_is_a_no_op()
    {
        await using var store = NewStore();
        if (store is null) return;
        var first = await store.WriteAsync([TestDocs.Ledger()]);
        var again = await store.WriteAsync([TestDocs.Ledger(), TestDocs.Ledger()]);
        Assert.Equal(1, first.Stored);
        Assert.Equal(0, again.Stored);
        Assert.Equal(2, again.Duplicates);
        var stats = await store.StatsAsync();
        Assert.Equal(1, stats.Articles);
        Assert.Equal(1, stats.MergedEvents);
        Assert.Equal(1, stats.Mentions);
    }

    [Fact]
    public async Task Asked_which_ids_it_holds_a_store_names_exactly_the_stored_ones_however_many_are_asked()
    {
        await using var store = NewStore();
        if (store is null) return;
        await store.WriteAsync([TestDocs.Ledger(), TestDocs.Herald()]);
        // More than one statement's worth of unknown ids around the two stored ones, and one of them asked twice.
        var asked = Enumerable.Range(0, 1200).Select(i => $"unknown{i:D4}").ToList();
        asked.Insert(700, TestDocs.Herald().Id);
        asked.Insert(3, TestDocs.Ledger().Id);
        asked.Add(TestDocs.Ledger().Id);

        var stored = await store.StoredIdsAsync(asked);

        Assert.Equal(new[] { TestDocs.Herald().Id, TestDocs.Ledger().Id }.Order(), stored.Order());
        Assert.Empty(await store.StoredIdsAsync([TestDocs.Protest().Id]));
        await using var other = OpenAgain(store);
        Assert.Equal(2, (await other.StoredIdsAsync(asked)).Count);
    }

    [Fact]
    public async Task Changed_text_under_the_same_url_is_a_new_version_linked_to_the_old()
    {
        await using var store = NewStore();
        if (store is null) return;
        var v1 = TestDocs.Ledger();
        var v2 = TestDocs.Ledger(TestDocs.LedgerText + " Updated: the toll rose overnight.");
        await store.WriteAsync([v1]);
        var r = await store.WriteAsync([v2]);
        Assert.Equal(1, r.NewVersions);
        var versions = await store.VersionsAsync(v1.Url!);
        Assert.Equal([v1.Id, v2.Id], versions.Select(v => v.Document.Id));
        Assert.Equal(2, versions[1].Version);
        Assert.Equal(v1.Id, versions[1].PreviousId);
    }

    [Fact]
    public async Task Reports_of_one_shelling_from_two_outlets_merge_into_one_event()
    {
        await using var store = NewStore();
        if (store is null) return;
        await store.WriteAsync([TestDocs.Ledger(), TestDocs.Herald(), TestDocs.Protest()]);
        var events = await store.QueryAsync(new EventQuery { Root = "19" });
        var e = Assert.Single(events);
        Assert.Equal(2, e.NumMentions);
        Assert.Equal(2, e.NumSources);
        Assert.Equal(2, e.NumArticles);
        Assert.Equal(TestDocs.Tuesday, e.Day);
        Assert.Equal("Marat", e.Place!.Name);
        Assert.Equal("https://ledger.example/marat", e.FirstUrl);
        var mentions = await store.MentionsAsync(e.Id);
        Assert.Equal(["Daily Ledger", "Evening Herald"], mentions.Select(m => m.Outlet).Order());
        Assert.All(mentions, m => Assert.Contains("Marat", m.Sentence));
    }

    [Fact]
    public async Task Disagreeing_tolls_become_a_range_with_who_said_what()
    {
        await using var store = NewStore();
        if (store is null) return;
        await store.WriteAsync([TestDocs.Ledger(), TestDocs.Herald()]);
        var e = (await store.QueryAsync(new EventQuery { Root = "19" })).Single();
        var full = (await store.GetEventAsync(e.Id))!;
        var killed = full.Toll(FigureKind.Killed)!;
        Assert.Equal(15, killed.Low);
        Assert.Equal("Evening Herald", killed.LowBy);
        Assert.Equal(15, killed.High);
        Assert.Equal(2, full.Figures.Count);
        Assert.Contains(full.Figures, f => f.Outlet == "Daily Ledger" && f.Low == 12 && f.Text == "at least 12 civilians");
    }

    [Fact]
    public async Task A_syndicated_copy_adds_a_mention_and_a_source_but_no_event()
    {
        await using var store = NewStore();
        if (store is null) return;
        await store.WriteAsync([TestDocs.Ledger()]);
        var r = await store.WriteAsync([TestDocs.WireCopy()]);
        Assert.Equal(1, r.NearDuplicates);
        Assert.Equal(0, r.NewMergedEvents);
        var e = Assert.Single(await store.QueryAsync(new EventQuery()));
        Assert.Equal(2, e.NumSources);
        Assert.Equal(2, e.NumArticles);
        Assert.Contains(await store.MentionsAsync(e.Id), m => m.Duplicate && m.Outlet == "Coastal Gazette");
    }

    [Fact]
    public async Task Query_filters_by_date_country_actor_code_quad_class_place_and_text()
    {
        await using var store = NewStore();
        if (store is null) return;
        await store.WriteAsync([TestDocs.Ledger(), TestDocs.Protest()]);
        async Task<string[]> Codes(EventQuery q) => (await store.QueryAsync(q)).Select(e => e.Code).Order().ToArray();

        Assert.Equal(["141", "194"], await Codes(new EventQuery()));
        Assert.Equal(["141"], await Codes(new EventQuery { From = new DateOnly(2024, 4, 1) }));
        Assert.Equal(["194"], await Codes(new EventQuery { To = new DateOnly(2024, 3, 31) }));
        Assert.Equal(["194"], await Codes(new EventQuery { Country = "SY" }));
        Assert.Equal(["141"], await Codes(new EventQuery { Country = "DEU" }));
        Assert.Equal(["194"], await Codes(new EventQuery { Actor = "SYRMIL" }));
        Assert.Equal(["141"], await Codes(new EventQuery { Actor = "DEUGOV" }));
        Assert.Equal(["141"], await Codes(new EventQuery { Code = "14" }));
        Assert.Equal(["194"], await Codes(new EventQuery { Root = "19" }));
        Assert.Equal(["141"], await Codes(new EventQuery { QuadClass = 3 }));
        Assert.Equal(["194"], await Codes(new EventQuery { Plover = "ASSAULT" }));
        Assert.Equal(["141"], await Codes(new EventQuery { Plover = "protest" }));
        Assert.Empty(await Codes(new EventQuery { Plover = "AID" }));
        Assert.Equal(["194"], await Codes(new EventQuery { BoundingBox = (36.0, 35.0, 38.0, 37.0) }));
        Assert.Equal(["141"], await Codes(new EventQuery { Radius = (48.2, 11.6, 20) }));
        Assert.Empty(await Codes(new EventQuery { Radius = (48.2, 14.0, 20) }));
        Assert.Equal(["141"], await Codes(new EventQuery { Text = "journalists" }));
        Assert.Equal(["194"], await Codes(new EventQuery { Text = "shelled town" }));
        Assert.Empty(await Codes(new EventQuery { Text = "NEAR(\"x\" -" }));
        Assert.Single(await Codes(new EventQuery { Limit = 1 }));
    }

    [Fact]
    public async Task A_failing_batch_leaves_no_rows_at_all()
    {
        await using var store = NewStore();
        if (store is null) return;
        var good = TestDocs.Protest();
        var bad = new DocBuilder("Broken actor row.").Build();
        bad = new ArticleDocument(bad.Text) { Source = "X" };
        bad.Actors = [new Actor(1, "SYRMIL", "SYR", "MIL", null!, new Core.TextSpan(0, 6), new Core.TextSpan(0, 6))];
        await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync([good, bad]));
        var stats = await store.StatsAsync();
        Assert.Equal(0, stats.Articles);
        Assert.Equal(0, stats.MergedEvents);
        Assert.Equal(1, (await store.WriteAsync([good])).Stored);
    }

    [Fact]
    public async Task The_schema_version_is_recorded_and_reopening_does_not_migrate_again()
    {
        await using var store = NewStore();
        if (store is null) return;
        var s = (Sql.SqlEventStore)store;
        var latest = Sql.Schema.All[^1].Version;
        Assert.Equal(latest, s.Migrate());
        Assert.Equal(latest, s.Migrate());
        Assert.Equal(latest, (await store.StatsAsync()).SchemaVersion);
    }

    [Fact]
    public async Task Counts_by_day_root_and_country_add_up_to_every_event_the_query_selects_ignoring_its_limit()
    {
        await using var store = NewStore();
        if (store is null) return;
        await store.BulkInsertEventsAsync(Enumerable.Range(0, 40).Select(i => new MergedEvent
        {
            Id = i + 1, Day = i % 10 == 9 ? null : new DateOnly(2024, 1, 1).AddDays(i % 4), Source = "SYRMIL", Target = "SYRREB",
            Code = i % 3 == 0 ? "190" : "141", QuadClass = i % 3 == 0 ? 4 : 3, Evidence = $"Invented report {i} of shelling near the ridge.",
            Place = i % 2 == 0 ? new EventPlace("Marat", "SY", null, 36.2 + i * 0.001, 37.1, PlacePrecision.City, null) : null,
            NumMentions = 1, NumSources = 1, NumArticles = 1,
        }));
        // Plain filters are grouped by the database; text and radius filters are counted from the events they select.
        foreach (var q in new[] { new EventQuery { Limit = 3 }, new EventQuery { Root = "19", Limit = 1 }, new EventQuery { Country = "SY" },
                     new EventQuery { Text = "shelling", Limit = 2 }, new EventQuery { Radius = (36.2, 37.1, 30) } })
        {
            var all = await store.QueryAsync(q with { Limit = 1000 });
            var counts = await store.CountAsync(q);
            Assert.Equal(all.Count, counts.Sum(c => c.Count));
            foreach (var g in all.GroupBy(e => (e.Day, e.Root, e.Place?.Country)))
                Assert.Equal(g.Count(), counts.Single(c => c.Day == g.Key.Day && c.Root == g.Key.Root && c.Country == g.Key.Country).Count);
        }
    }

    [Fact]
    public async Task Articles_are_listed_newest_first_without_text_and_filtered_by_date_and_outlet()
    {
        await using var store = NewStore();
        if (store is null) return;
        var ledger = TestDocs.Ledger();
        var protest = TestDocs.Protest();
        await store.WriteAsync([ledger, protest]);
        var all = await store.ArticlesAsync(new ArticleQuery());
        Assert.Equal(2, all.Count);
        Assert.True(all[0].Published >= all[1].Published);
        Assert.Equal(ledger.Events.Length, all.Single(a => a.Id == ledger.Id).Events);
        Assert.Equal([ledger.Id], (await store.ArticlesAsync(new ArticleQuery { Source = ledger.Source })).Select(a => a.Id));
        Assert.Equal([protest.Id], (await store.ArticlesAsync(new ArticleQuery { From = protest.Published })).Select(a => a.Id));
        Assert.Single(await store.ArticlesAsync(new ArticleQuery { Limit = 1, Offset = 1 }));
    }

    [Fact]
    public async Task Bulk_loaded_events_can_be_queried()
    {
        await using var store = NewStore();
        if (store is null) return;
        var events = Enumerable.Range(0, 50).Select(i => new MergedEvent
        {
            Id = i + 1, Day = new DateOnly(2024, 1, 1).AddDays(i), Source = "SYRMIL", Target = "SYRREB", Code = i % 2 == 0 ? "190" : "141",
            QuadClass = i % 2 == 0 ? 4 : 3, Evidence = $"Invented sentence number {i}.", NumMentions = 1, NumSources = 1, NumArticles = 1,
        });
        await store.BulkInsertEventsAsync(events);
        var hits = await store.QueryAsync(new EventQuery { Root = "19", From = new DateOnly(2024, 1, 10), Limit = 5 });
        Assert.Equal(5, hits.Count);
        Assert.True(hits.SequenceEqual(hits.OrderByDescending(h => h.Day)));
    }

    [Fact]
    public async Task A_selective_filter_leading_the_query_gives_the_same_events_as_walking_newest_first()
    {
        await using var store = NewStore();
        if (store is null) return;
        string[] iso3 = ["SYR", "UKR", "SDN"], iso2 = ["SY", "UA", "SD"], roles = ["MIL", "REB", "GOV"], codes = ["190", "195", "141", "057"];
        string[] words = ["convoy", "market", "hospital", "bridge"];
        await store.BulkInsertEventsAsync(Enumerable.Range(0, 240).Select(i => new MergedEvent
        {
            Id = 1000 + i * 7, Day = new DateOnly(2023, 1, 1).AddDays(i * 37 % 400), Source = iso3[i % 3] + roles[i % 3], Target = iso3[(i + 1) % 3] + roles[(i / 3) % 3],
            Code = codes[i % 4], QuadClass = codes[i % 4][0] == '1' && codes[i % 4][1] == '9' ? 4 : codes[i % 4] == "141" ? 3 : 1,
            Place = new EventPlace($"Village {i}", iso2[i % 3], null, 30 + i % 17 * 0.5, 36 + i % 11 * 0.5, PlacePrecision.City, null),
            Evidence = $"Gunmen attacked the {words[i % 4]} near the {words[(i / 4) % 4]}, an invented witness said.", NumMentions = 1, NumSources = 1, NumArticles = 1,
        }));
        var s = (Sql.SqlEventStore)store;
        EventQuery[] queries =
        [
            new() { Country = "UA", From = new DateOnly(2023, 3, 1) },
            new() { Country = "SYR" },
            new() { Actor = "SDNGOV", QuadClass = 4 },
            new() { Code = "19", Country = "UKR", To = new DateOnly(2023, 12, 31) },
            new() { BoundingBox = (36.0, 31.0, 38.5, 35.0) },
            new() { Radius = (33.0, 38.0, 80), Root = "19" },
            new() { Text = "hospital convoy" },
            new() { Text = "market", Country = "SD", Actor = "SDN" },
            new() { Text = "bridge", BoundingBox = (36.0, 30.0, 40.0, 33.0), Limit = 7, Offset = 3 },
        ];
        foreach (var q in queries)
        {
            s.DriverLimit = 0; // no filter may lead: the newest-first index is walked
            var walked = (await store.QueryAsync(q)).Select(e => e.Id).ToList();
            s.DriverLimit = 1_000_000; // any filter with its own index leads
            var led = (await store.QueryAsync(q)).Select(e => e.Id).ToList();
            Assert.NotEmpty(walked);
            Assert.Equal(walked, led);
        }
    }

    [Fact]
    public async Task An_event_whose_day_moves_earlier_is_found_by_text_on_its_new_day()
    {
        await using var store = NewStore();
        if (store is null) return;
        static ArticleDocument Report(string outlet, DateOnly published) =>
            new DocBuilder($"Rebels attack checkpoint\nRebel fighters attacked an army checkpoint outside Sarif, killing four soldiers, officials said. Reported by {outlet}.")
                { Outlet = outlet, Url = $"https://{outlet.Replace(" ", "").ToLowerInvariant()}.example/1", Published = published }
                .Place("Sarif", 34.10, 40.20, "SY", "05")
                .Event("attacked an army checkpoint", "SYRREB", "SYRMIL", "193", where: "Sarif")
                .Build();
        var monday = new DateOnly(2024, 5, 6);
        await store.WriteAsync([Report("South Daily", monday.AddDays(1))]);
        Assert.Equal(monday.AddDays(1), Assert.Single(await store.QueryAsync(new EventQuery())).Day);
        await store.WriteAsync([Report("North Wire", monday)]);
        ((Sql.SqlEventStore)store).DriverLimit = 0; // walk the text index in its newest-first order
        var e = Assert.Single(await store.QueryAsync(new EventQuery { Text = "checkpoint", To = monday }));
        Assert.Equal(monday, e.Day);
        Assert.Single(await store.QueryAsync(new EventQuery { Text = "checkpoint" }));
        Assert.Empty(await store.QueryAsync(new EventQuery { Text = "checkpoint", From = monday.AddDays(1) }));
    }

    [Fact]
    public async Task Mentions_and_figures_of_many_events_come_back_in_one_call_as_they_do_one_by_one()
    {
        await using var store = NewStore();
        if (store is null) return;
        await store.WriteAsync([TestDocs.Ledger(), TestDocs.Herald(), TestDocs.Protest()]);
        var events = await store.QueryAsync(new EventQuery());
        var ids = events.Select(e => e.Id).Append(424242).ToList();
        var mentions = await store.MentionsAsync(ids);
        var figures = await store.FiguresAsync(ids);
        Assert.Empty(mentions[424242]);
        foreach (var e in events)
        {
            Assert.Equal(await store.MentionsAsync(e.Id), mentions[e.Id]);
            Assert.Equal((await store.GetEventAsync(e.Id))!.Figures, figures[e.Id]);
        }
        Assert.Contains(figures.Values, f => f.Count > 0);
    }
}

public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-store-").FullName;
    private int _n;

    private readonly Dictionary<IEventStore, string> _paths = new();

    protected override IEventStore NewStore()
    {
        var path = Path.Combine(_dir, $"s{_n++}.db");
        var store = new SqliteEventStore(path);
        _paths[store] = path;
        return store;
    }

    protected override IEventStore OpenAgain(IEventStore store) => new SqliteEventStore(_paths[store]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

[Collection("postgres")]
public sealed class PostgresStoreTests(PostgresServer server) : StoreContract
{
    private readonly Dictionary<IEventStore, string> _databases = new();

    protected override IEventStore? NewStore()
    {
        if (server.Skip()) return null;
        var db = server.NewDatabase();
        var store = new PostgresEventStore(db);
        _databases[store] = db;
        return store;
    }

    protected override IEventStore OpenAgain(IEventStore store) => new PostgresEventStore(_databases[store]);
}
