using Microsoft.Data.Sqlite;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

public sealed class SqliteFailureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-fail-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_database_locked_by_another_process_fails_with_a_clear_error_and_keeps_nothing()
    {
        var path = Path.Combine(_dir, "locked.db");
        await using (var s = new SqliteEventStore(path)) await s.StatsAsync();
        using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        other.Open();
        using (var cmd = other.CreateCommand()) { cmd.CommandText = "BEGIN EXCLUSIVE"; cmd.ExecuteNonQuery(); }

        await using var store = new SqliteEventStore(path, busyTimeout: TimeSpan.FromSeconds(1));
        var e = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync([TestDocs.Ledger()]));
        Assert.Equal("E_STORE_LOCKED", e.Code);
        Assert.Contains(path, e.Message);

        using (var cmd = other.CreateCommand()) { cmd.CommandText = "ROLLBACK"; cmd.ExecuteNonQuery(); }
        Assert.Equal(0, (await store.StatsAsync()).Articles);
    }

    [Fact]
    public async Task A_read_only_database_file_can_be_queried_but_writing_is_refused_with_what_to_do()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Path.Combine(_dir, "ro.db");
        await using (var s = new SqliteEventStore(path)) await s.WriteAsync([TestDocs.Ledger()]);
        SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        await using var store = new SqliteEventStore(path);
        Assert.Single(await store.QueryAsync(new EventQuery()));
        var e = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync([TestDocs.Protest()]));
        Assert.Equal("E_STORE_READONLY", e.Code);
        Assert.Contains("chmod", e.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_named_in_the_error()
    {
        var path = Path.Combine(_dir, "notes.db");
        File.WriteAllText(path, new string('x', 4096));
        await using var store = new SqliteEventStore(path);
        var e = await Assert.ThrowsAsync<StoreException>(() => store.StatsAsync());
        Assert.Equal("E_STORE_CORRUPT", e.Code);
    }

    [Fact]
    public void Store_specs_open_the_right_backend_and_reject_unknown_ones()
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(EventStores.PostgresConnectionString("postgres://sitrep:p%40ss@db.example:5433/events?sslmode=disable"));
        Assert.Equal(("db.example", 5433, "sitrep", "p@ss", "events", Npgsql.SslMode.Disable), (b.Host, b.Port, b.Username, b.Password, b.Database, b.SslMode));
        Assert.Equal("E_STORE_SPEC", Assert.Throws<StoreException>(() => EventStores.Open("mysql://x/y")).Code);
        Assert.Equal("postgres://sitrep:***@db.example:5433/events", EventStores.Describe("postgres://sitrep:secret@db.example:5433/events"));
    }
}

[Collection("postgres")]
public sealed class PostgresFailureTests(PostgresServer server)
{
    [Fact]
    public async Task A_server_that_goes_away_mid_run_gives_a_clear_error_no_partial_rows_and_the_run_resumes()
    {
        if (server.Skip()) return;
        var cs = server.NewDatabase();
        await using var store = new PostgresEventStore(cs);
        await store.WriteAsync([TestDocs.Ledger()]);
        server.Stop();
        try
        {
            var e = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync([TestDocs.Herald(), TestDocs.Protest()]));
            Assert.Equal("E_STORE_UNAVAILABLE", e.Code);
            Assert.Contains("again", e.Message);
        }
        finally { server.Start(); }
        NpgsqlConnectionClear();
        Assert.Equal(1, (await store.StatsAsync()).Articles);
        var r = await store.WriteAsync([TestDocs.Ledger(), TestDocs.Herald(), TestDocs.Protest()]);
        Assert.Equal((2, 1), (r.Stored, r.Duplicates));
        Assert.Equal(3, (await store.StatsAsync()).Articles);
    }

    [Fact]
    public async Task Stores_opening_a_new_record_at_once_all_migrate_it()
    {
        // (workers started together on an empty database raced on the migrations table's creation, one failing with a
        // duplicate pg_type key; each round is a new database, so every round races afresh)
        if (server.Skip()) return;
        for (int round = 0; round < 5; round++)
        {
            var cs = server.NewDatabase();
            var stores = Enumerable.Range(0, 6).Select(_ => new PostgresEventStore(cs)).ToList();
            var versions = await Task.WhenAll(stores.Select(s => Task.Run(s.Migrate)));
            Assert.All(versions, v => Assert.Equal(versions[0], v));
            foreach (var s in stores) await s.DisposeAsync();
        }
    }

    private static void NpgsqlConnectionClear() => Npgsql.NpgsqlConnection.ClearAllPools();
}
