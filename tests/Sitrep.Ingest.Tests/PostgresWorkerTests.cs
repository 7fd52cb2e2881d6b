using Npgsql;
using Sitrep.Store.Tests;

namespace Sitrep.Ingest.Tests;

/// <summary>Workers as the architecture runs them: several processes writing one PostgreSQL record.</summary>
[Collection("postgres")]
public sealed class PostgresWorkerTests(PostgresServer pg) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-broker-pg-").FullName;
    private readonly NatsServer _nats = new();

    public void Dispose()
    {
        _nats.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Three_workers_writing_one_postgres_record_store_each_article_once_and_merge_as_one_ingest_does()
    {
        if (pg.Skip() || _nats.Skip()) return;
        var cli = IngestPipelineTests.FindCli();
        if (cli is null) { Console.WriteLine("skipped: sitrep.dll not built next to the tests"); return; }
        const int total = 20;
        var input = BrokerTests.WriteStories(_dir, total);
        var workers = pg.NewDatabase();
        var plain = pg.NewDatabase();

        var (code, err) = Cli.Run(cli, "ingest", input, "--broker", _nats.Url);
        Assert.True(code == 0, err);
        // One article a batch: the most concurrent commits, where writers that did not wait for each other would
        // each create an event the other's article should have joined.
        var running = Enumerable.Range(0, 3)
            .Select(_ => Cli.Start(cli, "worker", "--broker", _nats.Url, "--store", "postgres:" + workers, "--batch", "1", "--threads", "1", "--until-empty"))
            .ToList();
        foreach (var w in running)
        {
            Assert.True(w.Process.WaitForExit(600_000), "a worker hung"); // a hang guard, not a speed check
            Assert.True(w.Process.ExitCode == 0, w.Stderr());
            w.Dispose();
        }
        (code, err) = Cli.Run(cli, "ingest", input, "--store", "postgres:" + plain);
        Assert.True(code == 0, err);

        using var p = new NpgsqlConnection(plain);
        using var w2 = new NpgsqlConnection(workers);
        p.Open();
        w2.Open();
        using (var cmd = new NpgsqlCommand("SELECT COUNT(*) FROM articles", w2))
            Assert.Equal((long)total, (long)cmd.ExecuteScalar()!);
        var events = BrokerTests.Events(p);
        Assert.NotEmpty(events);
        Assert.Equal(events, BrokerTests.Events(w2));
        Assert.Equal(BrokerTests.Merged(p), BrokerTests.Merged(w2));
    }
}
