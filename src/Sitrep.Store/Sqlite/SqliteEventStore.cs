using System.Data.Common;
using Microsoft.Data.Sqlite;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer), one transaction per
/// batch, synchronous=NORMAL (a crash loses at most the last committed batches, never consistency).
/// Text search uses an FTS5 table keyed by merged event id.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private readonly string _path;
    private readonly string _connectionString;

    /// <param name="busyTimeout">How long to wait for another process's lock before failing with E_STORE_LOCKED.</param>
    public SqliteEventStore(string path, TimeSpan? busyTimeout = null, TimeProvider? clock = null) : base(clock)
    {
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Max(1, (busyTimeout ?? TimeSpan.FromSeconds(30)).TotalSeconds),
        }.ToString();
        var dir = Path.GetDirectoryName(_path)!;
        if (!Directory.Exists(dir))
            throw new StoreException("E_STORE_PATH", $"cannot create database {_path}: directory {dir} does not exist; create it or choose another --store sqlite:PATH.");
    }

    public override string Location => "sqlite:" + _path;

    /// <summary>Queries may read a read-only file; writes are refused up front with what to do.</summary>
    protected override void BeforeWrite()
    {
        // Root ignores file modes, so a file deliberately marked read-only would still be written; honour the mode.
        if (File.Exists(_path) && !OperatingSystem.IsWindows() &&
            (File.GetUnixFileMode(_path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
            throw new StoreException("E_STORE_READONLY", $"database file {_path} is read-only; make it writable (chmod u+w) or choose another --store sqlite:PATH.");
    }

    protected override DbConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768; PRAGMA mmap_size=268435456;";
        cmd.ExecuteNonQuery();
        return c;
    }

    protected override string RenderDdl(string ddl) => ddl
        .Replace("{TEXT}", "TEXT").Replace("{INT}", "INTEGER").Replace("{REAL}", "REAL").Replace(" {PATTERN}", "")
        .Replace("{GEO}", "CREATE VIRTUAL TABLE events_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon)")
        .Replace("{TEXTKEY}", """
            ALTER TABLE merged_events ADD COLUMN search_key INTEGER;
            CREATE VIRTUAL TABLE events_text USING fts5(body, event_id UNINDEXED, tokenize = 'porter unicode61');
            UPDATE merged_events SET search_key = (COALESCE(day, 0) << 36) | (id & 68719476735);
            INSERT INTO events_text (rowid, body, event_id) SELECT m.search_key, f.body, m.id FROM events_fts f JOIN merged_events m ON m.id = f.rowid;
            DROP TABLE events_fts
            """)
        .Replace("{SEARCH}", "CREATE VIRTUAL TABLE events_fts USING fts5(body, tokenize = 'porter unicode61')");

    protected override string StartsWith(string column, string p, DbCommand cmd, string value)
    {
        // A range on the column (not LIKE, which is case-insensitive in SQLite and cannot use the index).
        Db.Add(cmd, p + "lo", value);
        Db.Add(cmd, p + "hi", value + "\uFFFF");
        return $"({column} >= {p}lo AND {column} < {p}hi)";
    }

    protected override string TextIds(string p, DbCommand cmd, string text)
    {
        // Each word becomes a quoted FTS5 term, so user input can never be FTS syntax (NEAR, column filters, "-").
        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(ch => char.IsLetterOrDigit(ch) || ch == '-' || ch == '\'').ToArray()))
            .Where(w => w.Length > 0).Select(w => "\"" + w.Replace("\"", "") + "\"");
        Db.Add(cmd, p, string.Join(" ", terms) is { Length: > 0 } q ? q : "\"\"");
        return $"SELECT event_id FROM events_text WHERE events_text MATCH {p}";
    }

    // Unary plus: SQLite's documented way to keep a term from choosing an index.
    protected override string NoIndex(string column) => "+" + column;

    // Checked by search key against the matches' rowids: no stored column of the text index is read.
    protected override string TextRowFilter(string textIds) => $"+m.search_key IN ({textIds.Replace("SELECT event_id FROM", "SELECT rowid FROM")})";

    // CROSS JOIN fixes the order: text matches outside (newest first by search key), each event looked up by id.
    protected override string? TextWalkSql(string columns, string match, string lowKey, string highKey, string where) =>
        $"SELECT {columns} FROM events_text f CROSS JOIN merged_events m WHERE events_text MATCH {match} AND f.rowid BETWEEN {lowKey} AND {highKey} " +
        $"AND m.id = f.event_id AND {where} ORDER BY f.rowid DESC";

    // A key taken by another event (ids sharing their low 36 bits on one day) moves to the next; the event keeps
    // the key it got, so the old row can be found when its text or day changes.
    private const string InsertText =
        "INSERT INTO events_text (rowid, body, event_id) VALUES (@p2 + (SELECT COUNT(*) FROM events_text WHERE rowid = @p2), @p1, @p0)";
    private const string KeepKey = "UPDATE merged_events SET search_key = last_insert_rowid() WHERE id = @p0";

    protected override string[] SearchSql(bool fresh) => fresh
        ? [InsertText, KeepKey]
        : ["DELETE FROM events_text WHERE rowid = (SELECT search_key FROM merged_events WHERE id = @p0)", InsertText, KeepKey];

    // An R*Tree finds the events in a box without scanning a lat range across the whole table.
    protected override string[] GeoSql => ["INSERT OR REPLACE INTO events_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (@p0, @p1, @p1, @p2, @p2)"];

    // The R*Tree stores 32-bit floats rounded outwards; a hair wider box keeps points on the edge (rows are checked exactly).
    protected override string BoxIds(string minLat, string maxLat, string minLon, string maxLon) =>
        $"SELECT id FROM events_geo WHERE min_lat >= {minLat} - 1e-4 AND max_lat <= {maxLat} + 1e-4 AND min_lon >= {minLon} - 1e-4 AND max_lon <= {maxLon} + 1e-4";

    protected override string AnalyzeSql => "PRAGMA optimize=0x10002";

    protected override string ExplainPrefix => "EXPLAIN QUERY PLAN ";

    protected override StoreException? Translate(Exception e) => e switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } => new StoreException("E_STORE_LOCKED",
            $"database {_path} is locked by another process (a running ingest?); wait for it to finish or use another --store.", e),
        SqliteException { SqliteErrorCode: 8 } => new StoreException("E_STORE_READONLY",
            $"database {_path} is read-only; make the file and its directory writable or choose another --store sqlite:PATH.", e),
        SqliteException { SqliteErrorCode: 14 } => new StoreException("E_STORE_OPEN",
            $"cannot open database {_path}; check that the directory exists and is writable.", e),
        SqliteException { SqliteErrorCode: 11 or 26 } => new StoreException("E_STORE_CORRUPT",
            $"{_path} is not a Sitrep database or is damaged; choose another --store sqlite:PATH.", e),
        SqliteException { SqliteErrorCode: 13 } => new StoreException("E_STORE_FULL", $"the disk holding {_path} is full.", e),
        _ => null,
    };

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
