using System.Data.Common;
using Npgsql;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Postgres;

/// <summary>
/// The shared store for teams and workers. Same schema and code as SQLite; text search is a tsvector
/// column with a GIN index. Migrations take an advisory lock so concurrent workers do not race.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private readonly NpgsqlDataSource _source;
    private readonly string _display;

    public PostgresEventStore(string connectionString, TimeProvider? clock = null) : base(clock)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        _display = $"postgres://{b.Host}:{b.Port}/{b.Database}";
        _source = NpgsqlDataSource.Create(b.ConnectionString);
    }

    public override string Location => _display;

    protected override DbConnection Open() => _source.OpenConnection();

    protected override void LockForMigration(DbConnection c, DbTransaction tx) =>
        Db.Exec(c, tx, "SELECT pg_advisory_xact_lock(7071707)");

    protected override void LockForWrite(DbConnection c, DbTransaction tx) =>
        Db.Exec(c, tx, "SELECT pg_advisory_xact_lock(7071708)");

    protected override string RenderDdl(string ddl) => ddl
        .Replace("{TEXT}", "text").Replace("{INT}", "bigint").Replace("{REAL}", "double precision").Replace("{PATTERN}", "text_pattern_ops")
        .Replace("{GEO}", "CREATE INDEX merged_lat_lon ON merged_events(lat, lon)")
        .Replace("{TEXTKEY}", "ALTER TABLE merged_events ADD COLUMN search_key bigint")
        .Replace("{SEARCH}", "ALTER TABLE merged_events ADD COLUMN search tsvector; CREATE INDEX merged_search ON merged_events USING gin(search)");

    protected override string StartsWith(string column, string p, DbCommand cmd, string value)
    {
        Db.Add(cmd, p, value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        return $"{column} LIKE {p}";
    }

    protected override string TextIds(string p, DbCommand cmd, string text)
    {
        Db.Add(cmd, p, text);
        return $"SELECT id FROM merged_events WHERE search @@ plainto_tsquery('english', {p})";
    }

    protected override string[] SearchSql(bool fresh) => ["UPDATE merged_events SET search = to_tsvector('english', @p1) WHERE id = @p0"];

    protected override string AnalyzeSql => "ANALYZE merged_events";

    protected override StoreException? Translate(Exception e) => e switch
    {
        PostgresException { SqlState: "25006" } => new StoreException("E_STORE_READONLY", $"{_display} is read-only (a standby?); point --store at the primary.", e),
        PostgresException { SqlState: "3D000" } => new StoreException("E_STORE_OPEN", $"database does not exist at {_display}; create it first (createdb).", e),
        PostgresException { SqlState: "28P01" or "28000" } => new StoreException("E_STORE_AUTH", $"{_display} refused the credentials; check the user and password in --store / SITREP_STORE.", e),
        PostgresException { SqlState: var s } when s.StartsWith("57P", StringComparison.Ordinal) || s.StartsWith("08", StringComparison.Ordinal) =>
            new StoreException("E_STORE_UNAVAILABLE", $"PostgreSQL at {_display} went away ({e.Message.Split('\n')[0]}); nothing of the current batch was kept. Run the same command again to resume.", e),
        NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or IOException =>
            new StoreException("E_STORE_UNAVAILABLE", $"PostgreSQL at {_display} is unreachable or went away ({e.Message.Split('\n')[0]}); nothing of the current batch was kept. Run the same command again to resume.", e),
        _ => null,
    };

    public override async ValueTask DisposeAsync() => await _source.DisposeAsync();
}
