using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Store.Merge;

namespace Sitrep.Store.Sql;

/// <summary>
/// The store over ADO.NET, shared by SQLite and PostgreSQL; a dialect supplies connections, DDL types,
/// text search and error translation. Work is synchronous under the hood (one writer, local database);
/// the Task surface lets other stores be asynchronous.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly TimeProvider _clock;
    private bool _migrated;

    protected SqlEventStore(TimeProvider? clock) => _clock = clock ?? TimeProvider.System;

    public abstract string Location { get; }

    protected abstract DbConnection Open();
    protected abstract string RenderDdl(string ddl);
    protected virtual void LockForMigration(DbConnection c, DbTransaction tx) { }
    /// <summary>
    /// Makes concurrent writers (several `sitrep worker` processes) take turns: a batch merges its events against
    /// what is committed, so two batches written side by side would each create the event the other should have
    /// joined, and a redelivered article written twice at once would collide on its id. SQLite's write transactions
    /// already take turns (BEGIN IMMEDIATE); extraction, the slow part, still runs in parallel.
    /// </summary>
    protected virtual void LockForWrite(DbConnection c, DbTransaction tx) { }
    /// <summary>SQL that keeps rows whose column starts with the value of parameter <paramref name="p"/>.</summary>
    protected abstract string StartsWith(string column, string p, DbCommand cmd, string value);
    /// <summary>A subquery of the ids of merged events whose search text matches (its parameter added to <paramref name="cmd"/>).</summary>
    protected abstract string TextIds(string p, DbCommand cmd, string text);
    /// <summary>A row condition that keeps events whose id is in the text match <paramref name="textIds"/>.</summary>
    protected virtual string TextRowFilter(string textIds) => $"m.id IN ({textIds})";
    /// <summary>A subquery of the ids of events in the box (may hold a few more: rows are checked exactly as well).</summary>
    protected virtual string BoxIds(string minLat, string maxLat, string minLon, string maxLon) =>
        $"SELECT id FROM merged_events WHERE lat BETWEEN {minLat} AND {maxLat} AND lon BETWEEN {minLon} AND {maxLon}";
    /// <summary>The column, written so that the planner does not choose an index for this condition.</summary>
    protected virtual string NoIndex(string column) => column;
    /// <summary>
    /// Statements that set a merged event's search text: @p0 = id, @p1 = text, @p2 = its newest-first search key
    /// (<see cref="SearchKey"/>). <paramref name="fresh"/>: the event is new.
    /// </summary>
    protected abstract string[] SearchSql(bool fresh);

    /// <summary>
    /// A key that sorts by day: the day number above 36 bits, the id's low 36 bits below (ids are hashes, so they
    /// rarely collide). A text index keyed by it returns matches newest first, so a broad text query stops after
    /// LIMIT matches (ties within a day are ordered afterwards).
    /// </summary>
    internal static long SearchKey(long? dayNumber, long id) => ((dayNumber ?? 0) << 36) | (id & KeyMask);

    private const long KeyMask = (1L << 36) - 1;

    /// <summary>
    /// SQL that walks the text matches newest first, joined to their events, with the given row filters and search
    /// key range (@-parameters named); null where the dialect's text index has no such order.
    /// </summary>
    protected virtual string? TextWalkSql(string columns, string match, string lowKey, string highKey, string where) => null;
    /// <summary>Statements that index a merged event's point: @p0 = id, @p1 = lat, @p2 = lon. Empty when the table's own columns serve.</summary>
    protected virtual string[] GeoSql => [];
    /// <summary>Refreshes planner statistics after a bulk load.</summary>
    protected abstract string AnalyzeSql { get; }
    /// <summary>Turns an expected failure (locked, read-only, unreachable) into a StoreException; null for bugs.</summary>
    protected abstract StoreException? Translate(Exception e);

    /// <summary>Called before anything is written; a dialect refuses here what it knows will fail.</summary>
    protected virtual void BeforeWrite() { }

    protected T Guard<T>(Func<T> work)
    {
        try { return work(); }
        catch (Exception e) when (e is not StoreException && Translate(e) is { } se) { throw se; }
    }

    /// <summary>Creates or upgrades the schema; runs each missing migration in its own transaction.</summary>
    public int Migrate() => Guard(() =>
    {
        using var c = Open();
        // Under the migration lock too: two workers opening a new PostgreSQL record at once raced on this table's creation
        // ("duplicate key value violates unique constraint pg_type_typname_nsp_index"; IF NOT EXISTS does not guard it).
        using (var first = c.BeginTransaction())
        {
            LockForMigration(c, first);
            Db.Exec(c, first, RenderDdl("CREATE TABLE IF NOT EXISTS schema_migrations (version {INT} PRIMARY KEY, name {TEXT} NOT NULL, applied_at {TEXT} NOT NULL)"));
            first.Commit();
        }
        int current = 0;
        foreach (var m in Schema.All)
        {
            using var tx = c.BeginTransaction();
            LockForMigration(c, tx);
            var done = Db.Scalar(c, tx, "SELECT COUNT(*) FROM schema_migrations WHERE version = @p0", (long)m.Version);
            if (Convert.ToInt64(done) == 0)
            {
                foreach (var stmt in RenderDdl(m.Ddl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    Db.Exec(c, tx, stmt);
                Db.Exec(c, tx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@p0, @p1, @p2)",
                    (long)m.Version, m.Name, _clock.GetUtcNow().ToString("O"));
            }
            tx.Commit();
            current = m.Version;
        }
        _migrated = true;
        return current;
    });

    private DbConnection Connect()
    {
        if (!_migrated) Migrate();
        return Open();
    }

    public Task<HashSet<string>> StoredIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Task.FromResult(Guard(() =>
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        using var c = Connect(); // even for no ids: a caller checks the store this way before its first batch
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT id FROM articles WHERE id IN ({Db.InList(cmd, chunk)})";
            using var r = cmd.ExecuteReader();
            while (r.Read()) stored.Add(r.GetString(0));
        }
        return stored;
    }));

    public Task<BatchResult> WriteAsync(IReadOnlyList<ArticleDocument> batch, CancellationToken ct = default) => Task.FromResult(Guard(() =>
    {
        BeforeWrite();
        if (batch.Count == 0) return BatchResult.Empty;
        using var c = Connect();
        using var tx = c.BeginTransaction();
        LockForWrite(c, tx);
        using var w = new BatchWriter(this, c, tx, _clock.GetUtcNow());
        var result = BatchResult.Empty;
        foreach (var d in batch) result = result.Add(w.Write(d));
        w.Flush();
        tx.Commit();
        return result;
    }));

    public Task<StoredArticle?> LoadArticleAsync(string id, CancellationToken ct = default) => Task.FromResult(Guard(() =>
    {
        using var c = Connect();
        return LoadArticle(c, id);
    }));

    public Task<IReadOnlyList<ArticleSummary>> ArticlesAsync(ArticleQuery q, CancellationToken ct = default) => Task.FromResult(Guard(() =>
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        var where = new List<string>();
        int n = 0;
        string P(object? v) { var name = "@a" + n++; Db.Add(cmd, name, v); return name; }
        // published is ISO text, so text order is day order; undated articles come last in both dialects.
        if (q.From is { } from) where.Add($"a.published >= {P(Db.Iso(from))}");
        if (q.To is { } to) where.Add($"a.published <= {P(Db.Iso(to))}");
        if (!string.IsNullOrWhiteSpace(q.Source)) where.Add($"a.source = {P(q.Source.Trim())}");
        cmd.CommandText = "SELECT a.id, a.url, a.source, a.published, a.title, a.version, a.duplicate_of, a.fetched, " +
            "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) FROM articles a" +
            (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") +
            $" ORDER BY a.published IS NULL, a.published DESC, a.fetched DESC, a.id LIMIT {P((long)q.Limit)} OFFSET {P((long)q.Offset)}";
        using var r = cmd.ExecuteReader();
        var list = new List<ArticleSummary>();
        while (r.Read())
            list.Add(new ArticleSummary(r.GetString(0), r.S(1), r.S(2), Db.ParseIso(r.S(3)), r.S(4), r.I(5), r.S(6),
                DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture), r.I(8)));
        return (IReadOnlyList<ArticleSummary>)list;
    }));

    public Task<IReadOnlyList<StoredArticle>> VersionsAsync(string url, CancellationToken ct = default) => Task.FromResult(Guard(() =>
    {
        using var c = Connect();
        var ids = new List<string>();
        using (var cmd = Db.Command(c, null, "SELECT id FROM articles WHERE url = @p0 ORDER BY version", url))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) ids.Add(r.GetString(0));
        return (IReadOnlyList<StoredArticle>)ids.Select(id => LoadArticle(c, id)!).ToList();
    }));

    private const string EventColumns =
        "m.id, m.day, m.source, m.source_name, m.target, m.target_name, m.code, m.quad_class, m.goldstein, m.plover, " +
        "m.place_name, m.country, m.admin1, m.lat, m.lon, m.geo_precision, m.geonameid, " +
        "m.num_mentions, m.num_sources, m.num_articles, m.first_url, m.first_source, m.evidence, m.tolls, m.added, m.day_precision";

    /// <summary>The database's plan for a query (EXPLAIN QUERY PLAN / EXPLAIN), one step a line: to check that indexes serve it.</summary>
    public string Explain(EventQuery q) => Guard(() =>
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        BuildQuery(c, cmd, q);
        cmd.CommandText = ExplainPrefix + cmd.CommandText;
        using var r = cmd.ExecuteReader();
        var sb = new StringBuilder();
        while (r.Read()) sb.AppendLine(r.S(r.FieldCount - 1));
        return sb.ToString();
    });

    protected virtual string ExplainPrefix => "EXPLAIN ";

    public Task<IReadOnlyList<MergedEvent>> QueryAsync(EventQuery q, CancellationToken ct = default) => Task.FromResult(Guard(() =>
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        return BuildQuery(c, cmd, q) switch
        {
            { Limit: "walk" } => TextWalk(cmd, q),
            { } radius => QueryRadius(cmd, q, radius),
            null => (IReadOnlyList<MergedEvent>)Read(cmd, int.MaxValue),
        };
    }));

    public Task<IReadOnlyList<EventCount>> CountAsync(EventQuery q, CancellationToken ct = default) => Task.FromResult(Guard(() =>
    {
        var all = q with { Limit = int.MaxValue, Offset = 0 };
        using var c = Connect();
        using var cmd = c.CreateCommand();
        IReadOnlyList<MergedEvent> events;
        switch (BuildQuery(c, cmd, all))
        {
            case null:
                // Plain SQL: the database groups the selected rows, reading three columns instead of whole events
                // (about 20 times faster over 20,000 events than reading them).
                var select = $"SELECT {EventColumns} FROM merged_events m";
                if (!cmd.CommandText.StartsWith(select, StringComparison.Ordinal)) throw new InvalidOperationException("unexpected query shape: " + cmd.CommandText);
                cmd.CommandText = "SELECT s.day, s.root, s.country, COUNT(*) FROM (SELECT m.day, m.root, m.country FROM merged_events m" +
                    cmd.CommandText[select.Length..] + ") s GROUP BY s.day, s.root, s.country";
                var list = new List<EventCount>();
                using (var r = cmd.ExecuteReader())
                    while (r.Read()) list.Add(new EventCount(Db.Day(r.LN(0)), r.GetString(1), r.S(2), r.L(3)));
                return (IReadOnlyList<EventCount>)list;
            case { Limit: "walk" }: events = TextWalk(cmd, all); break;
            case { } radius: events = QueryRadius(cmd, all, radius); break;
        }
        return events.GroupBy(e => (e.Day, e.Root, e.Place?.Country)).Select(g => new EventCount(g.Key.Day, g.Key.Root, g.Key.Country, g.Count())).ToList();
    }));

    /// <summary>
    /// A filter that can produce the ids it keeps on its own (an index, the R*Tree, full text), and how many it
    /// found when counted up to <see cref="DriverLimit"/> + 1.
    /// </summary>
    private sealed record Driver(string Sql, DbCommand Probe, bool Exact);

    /// <summary>
    /// A filter that keeps at most this many events drives the query (its ids are fetched, then filtered and
    /// sorted); otherwise the newest-first covering index is walked and every filter checked in the index, which
    /// stops after LIMIT rows. Driving costs about one row read per match (~6 µs), walking about LIMIT × events /
    /// matches index entries (~0.4 µs each); they cross near sqrt(LIMIT × events / 15), about 1,800 for the query
    /// verb's 50 rows over a million events (measured with the store bench). Null: that rule; tests set it.
    /// </summary>
    internal int? DriverLimit { get; set; }

    private int DriverLimitFor(EventQuery q) =>
        DriverLimit ?? (int)Math.Clamp(Math.Sqrt((double)q.Offset + q.Limit) * 255, 500, 1_000_000);

    /// <summary>Sets the command's SQL and parameters; returns the radius when the rows still need the exact distance test.</summary>
    private (double Lat, double Lon, double Km, string Limit)? BuildQuery(DbConnection c, DbCommand cmd, EventQuery q)
    {
        // Row filters: every condition, checked on the row. The equalities that have a (column, day) index stay
        // open to the planner (they give the rows newest first); the rest are marked so that the planner does
        // not pick an unordered index for them, which would mean sorting every match.
        var where = new List<string>();
        var drivers = new List<Driver>();
        int n = 0;
        string P(object? v) { var name = "@q" + n++; Db.Add(cmd, name, v); return name; }
        string Name() => "@q" + n++;
        Driver NewDriver(string sql, DbCommand probe, bool exact = true) => new(sql, probe, exact);
        DbCommand Scratch() { var x = c.CreateCommand(); return x; }
        string PS(DbCommand x, object? v) { var name = "@q" + n++; Db.Add(x, name, v); return name; }

        // Equalities with a (column, day) index; whether the planner may use those is decided once the rest is known.
        var equalities = new List<(string Column, string Param)>();
        if (q.From is not null) where.Add($"m.day >= {P(Db.DayNumber(q.From))}");
        if (q.To is not null) where.Add($"m.day <= {P(Db.DayNumber(q.To))}");
        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            var cc = q.Country.Trim().ToUpperInvariant();
            if (cc.Length == 2) equalities.Add(("m.country", P(cc)));
            else
            {
                var p = P(cc);
                where.Add($"({NoIndex("m.source_country")} = {p} OR {NoIndex("m.target_country")} = {p})");
                var x = Scratch(); var xp = PS(x, cc);
                drivers.Add(NewDriver($"SELECT id FROM merged_events WHERE source_country = {xp} UNION ALL SELECT id FROM merged_events WHERE target_country = {xp}", x));
            }
        }
        if (!string.IsNullOrWhiteSpace(q.Actor))
        {
            var a = q.Actor.Trim().ToUpperInvariant();
            where.Add($"({StartsWith(NoIndex("m.source"), Name(), cmd, a)} OR {StartsWith(NoIndex("m.target"), Name(), cmd, a)})");
            var x = Scratch();
            drivers.Add(NewDriver($"SELECT id FROM merged_events WHERE {StartsWith("source", Name(), x, a)} UNION ALL " +
                                  $"SELECT id FROM merged_events WHERE {StartsWith("target", Name(), x, a)}", x));
        }
        if (!string.IsNullOrWhiteSpace(q.Code))
        {
            var code = q.Code.Trim();
            where.Add(StartsWith(NoIndex("m.code"), Name(), cmd, code));
            var x = Scratch();
            drivers.Add(NewDriver($"SELECT id FROM merged_events WHERE {StartsWith("code", Name(), x, code)}", x));
        }
        if (!string.IsNullOrWhiteSpace(q.Root)) equalities.Add(("m.root", P(q.Root.Trim().PadLeft(2, '0'))));
        if (q.QuadClass is not null) equalities.Add(("m.quad_class", P((long)q.QuadClass.Value)));
        // No (plover, day) index: a row test, as the code prefix is.
        if (!string.IsNullOrWhiteSpace(q.Plover)) where.Add($"{NoIndex("m.plover")} = {P(q.Plover.Trim().ToUpperInvariant())}");
        var box = q.BoundingBox;
        if (q.Radius is { } rad)
        {
            // Pre-filter on a box around the circle (an index range), then keep what is really within the radius.
            double dLat = rad.Km / 111.0, dLon = rad.Km / (111.0 * Math.Max(0.01, Math.Cos(rad.Lat * Math.PI / 180)));
            box = (rad.Lon - dLon, rad.Lat - dLat, rad.Lon + dLon, rad.Lat + dLat);
        }
        if (box is { } b)
        {
            where.Add($"{NoIndex("m.lat")} BETWEEN {P(b.MinLat)} AND {P(b.MaxLat)} AND {NoIndex("m.lon")} BETWEEN {P(b.MinLon)} AND {P(b.MaxLon)}");
            var x = Scratch();
            drivers.Add(NewDriver(BoxIds(PS(x, b.MinLat), PS(x, b.MaxLat), PS(x, b.MinLon), PS(x, b.MaxLon)), x, exact: false));
        }
        Driver? text = null;
        string textParam = "";
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var x = Scratch();
            textParam = Name();
            drivers.Add(text = NewDriver(TextIds(textParam, x, q.Text), x));
        }

        // The most selective driver under the threshold leads; counting stops at DriverLimit + 1 ids.
        Driver? lead = null; long leadCount = long.MaxValue;
        var driverLimit = DriverLimitFor(q);
        foreach (var d in drivers)
        {
            d.Probe.CommandText = $"SELECT COUNT(*) FROM ({d.Sql} LIMIT {driverLimit + 1}) ids";
            var count = Convert.ToInt64(d.Probe.ExecuteScalar());
            if (count <= driverLimit && count < leadCount) { lead = d; leadCount = count; }
        }
        foreach (var d in drivers)
        {
            if (d == lead || d == text)
                foreach (DbParameter prm in d.Probe.Parameters) Db.Add(cmd, prm.ParameterName, prm.Value);
            d.Probe.Dispose();
        }
        // With other filters to test (or a leading id set) the covering newest-first index beats a (column, day)
        // index, whose every entry costs a table read: keep the equalities off their indexes then.
        bool covering = lead is not null || drivers.Count > 0;
        foreach (var (column, param) in equalities) where.Add($"{(covering ? NoIndex(column) : column)} = {param}");
        if (lead is not null) where.Add($"m.id IN ({lead.Sql})");
        string lowKey = Name(), highKey = Name();
        if (text is not null && lead is null &&
            TextWalkSql(EventColumns, textParam, lowKey, highKey, where.Count > 0 ? string.Join(" AND ", where) : "1 = 1") is { } walk)
        {
            // Many text matches and no selective filter: walk the matches newest first and stop after LIMIT.
            Db.Add(cmd, lowKey, Db.DayNumber(q.From) is { } lo ? SearchKey(lo, 0) : long.MinValue);
            Db.Add(cmd, highKey, Db.DayNumber(q.To) is { } hi ? SearchKey(hi, KeyMask) : long.MaxValue);
            cmd.CommandText = walk;
            return (0, 0, -1, "walk");
        }
        // Text has no row-level test of its own in every dialect: it is checked against its id set (built once).
        if (text is not null && text != lead) where.Add(TextRowFilter(text.Sql));

        var sql = new StringBuilder($"SELECT {EventColumns} FROM merged_events m");
        if (where.Count > 0) sql.Append(" WHERE ").Append(string.Join(" AND ", where));
        sql.Append(" ORDER BY m.day DESC, m.id DESC");
        if (q.Radius is not { } rr)
        {
            sql.Append($" LIMIT {P((long)q.Limit)} OFFSET {P((long)q.Offset)}");
            cmd.CommandText = sql.ToString();
            return null;
        }
        // The box holds the circle's corners too: read pages of the box, growing, until enough are within the radius.
        long want = (long)q.Offset + q.Limit;
        var lim = "@q" + n++;
        Db.Add(cmd, lim, Math.Min(int.MaxValue, want * 2 + 64));
        sql.Append($" LIMIT {lim}");
        cmd.CommandText = sql.ToString();
        return (rr.Lat, rr.Lon, rr.Km, lim);
    }

    /// <summary>
    /// Reads text matches newest first (search key order is day order) until Offset + Limit pass the filters and
    /// the day changes, so ties on the last day are all seen; then orders exactly as every query does.
    /// </summary>
    private static IReadOnlyList<MergedEvent> TextWalk(DbCommand cmd, EventQuery q)
    {
        long want = (long)q.Offset + q.Limit;
        var list = new List<MergedEvent>();
        DateOnly? lastDay = null;
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var e = ReadEvent(r);
                if (q.Radius is { } rad && !(e.Place is { } pl && Geo.Km(rad.Lat, rad.Lon, pl.Lat, pl.Lon) <= rad.Km)) continue;
                if (list.Count >= want && e.Day != lastDay) break;
                list.Add(e);
                lastDay = e.Day;
            }
        return list.OrderByDescending(e => Db.DayNumber(e.Day) ?? long.MinValue).ThenByDescending(e => e.Id)
            .Skip(q.Offset).Take(q.Limit).ToList();
    }

    private static IReadOnlyList<MergedEvent> QueryRadius(DbCommand cmd, EventQuery q, (double Lat, double Lon, double Km, string Limit) rr)
    {
        long want = (long)q.Offset + q.Limit;
        var lim = rr.Limit;
        List<MergedEvent> list;
        while (true)
        {
            var page = Read(cmd, int.MaxValue);
            list = page.Where(e => e.Place is { } pl && Geo.Km(rr.Lat, rr.Lon, pl.Lat, pl.Lon) <= rr.Km).ToList();
            var asked = Convert.ToInt64(cmd.Parameters[lim].Value);
            if (list.Count >= want || page.Count < asked || asked >= int.MaxValue) break;
            cmd.Parameters[lim].Value = Math.Min(int.MaxValue, asked * 4);
        }
        return list.Skip(q.Offset).Take(q.Limit).ToList();
    }

    private static List<MergedEvent> Read(DbCommand cmd, int max)
    {
        var list = new List<MergedEvent>();
        using var r = cmd.ExecuteReader();
        while (r.Read() && list.Count < max) list.Add(ReadEvent(r));
        return list;
    }

    public Task<MergedEvent?> GetEventAsync(long id, CancellationToken ct = default) => Task.FromResult(Guard(() =>
    {
        using var c = Connect();
        MergedEvent? e;
        using (var cmd = Db.Command(c, null, $"SELECT {EventColumns} FROM merged_events m WHERE m.id = @p0", id))
        using (var r = cmd.ExecuteReader())
            e = r.Read() ? ReadEvent(r) : null;
        return e is null ? null : e with { Figures = LoadFigures(c, null, id) };
    }));

    private const string MentionColumns =
        "merged_id, article_id, event_ord, outlet, url, published, sentence_start, sentence_end, span_start, span_end, sentence, duplicate";

    private static Mention ReadMention(DbDataReader r) =>
        new(r.L(0), r.GetString(1), r.I(2), r.GetString(3), r.S(4), Db.ParseIso(r.S(5)), r.I(6), r.I(7), r.I(8), r.I(9), r.GetString(10), r.L(11) != 0);

    public Task<IReadOnlyList<Mention>> MentionsAsync(long eventId, CancellationToken ct = default) => Task.FromResult(Guard(() =>
    {
        using var c = Connect();
        using var cmd = Db.Command(c, null, $"SELECT {MentionColumns} FROM mentions WHERE merged_id = @p0 ORDER BY published, article_id, event_ord", eventId);
        using var r = cmd.ExecuteReader();
        var list = new List<Mention>();
        while (r.Read()) list.Add(ReadMention(r));
        return (IReadOnlyList<Mention>)list;
    }));

    public Task<IReadOnlyDictionary<long, IReadOnlyList<Mention>>> MentionsAsync(IReadOnlyCollection<long> eventIds, CancellationToken ct = default) =>
        Task.FromResult(Guard(() => ByEvent(eventIds, ids =>
            $"SELECT {MentionColumns} FROM mentions WHERE merged_id IN ({ids}) ORDER BY merged_id, published, article_id, event_ord", ReadMention, m => m.EventId)));

    public Task<IReadOnlyDictionary<long, IReadOnlyList<FigureReport>>> FiguresAsync(IReadOnlyCollection<long> eventIds, CancellationToken ct = default) =>
        Task.FromResult(Guard(() => ByEvent(eventIds, ids =>
            $"SELECT {FigureColumns}, merged_id FROM event_figures WHERE merged_id IN ({ids}) ORDER BY merged_id, article_id, figure_ord", ReadFigure, (r, _) => r.L(11))));

    /// <summary>Rows of many events in chunks of 500 ids (one statement per chunk, not one per event), grouped by event.</summary>
    private IReadOnlyDictionary<long, IReadOnlyList<T>> ByEvent<T>(IReadOnlyCollection<long> eventIds, Func<string, string> sql, Func<DbDataReader, T> read, Func<T, long> key) =>
        ByEvent(eventIds, sql, read, (_, row) => key(row));

    private IReadOnlyDictionary<long, IReadOnlyList<T>> ByEvent<T>(IReadOnlyCollection<long> eventIds, Func<string, string> sql, Func<DbDataReader, T> read, Func<DbDataReader, T, long> key)
    {
        var result = eventIds.Distinct().ToDictionary(id => id, _ => (IReadOnlyList<T>)new List<T>());
        if (result.Count == 0) return result;
        using var c = Connect();
        foreach (var chunk in result.Keys.Chunk(500))
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql(Db.InList(cmd, chunk));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var row = read(r);
                ((List<T>)result[key(r, row)]).Add(row);
            }
        }
        return result;
    }

    public Task<StoreStats> StatsAsync(CancellationToken ct = default) => Task.FromResult(Guard(() =>
    {
        using var c = Connect();
        long Count(string t) => Convert.ToInt64(Db.Scalar(c, null, $"SELECT COUNT(*) FROM {t}"));
        var v = Convert.ToInt32(Db.Scalar(c, null, "SELECT MAX(version) FROM schema_migrations"));
        return new StoreStats(Count("articles"), Count("events"), Count("merged_events"), Count("mentions"), Count("sources"), v);
    }));

    public Task BulkInsertEventsAsync(IEnumerable<MergedEvent> events, CancellationToken ct = default)
    {
        Guard(() =>
        {
            BeforeWrite();
            using var c = Connect();
            using var tx = c.BeginTransaction();
            using var ins = MergedInsert(c, tx);
            using var cache = new CommandCache(c, tx);
            var search = SearchSql(fresh: true);
            var now = _clock.GetUtcNow();
            foreach (var e in events)
            {
                var key = new MergeKey(MergedEvent.CountryOf(e.Source), MergedEvent.RoleOf(e.Source),
                    MergedEvent.CountryOf(e.Target), MergedEvent.RoleOf(e.Target), e.Root, false);
                if (RunMergedInsert(ins, e, key.ToString(), "bulk", now) == 0) continue;
                var body = SearchBody(e, [e.Evidence]);
                foreach (var sql in search) cache.Run(sql, e.Id, body, SearchKey(Db.DayNumber(e.Day), e.Id));
                if (e.Place is { } p) foreach (var sql in GeoSql) cache.Run(sql, e.Id, p.Lat, p.Lon);
            }
            tx.Commit();
            Db.Exec(c, null, AnalyzeSql);
            return 0;
        });
        return Task.CompletedTask;
    }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Commands prepared once per transaction and reused with new values (the hot paths of a batch).</summary>
    private sealed class CommandCache(DbConnection c, DbTransaction tx) : IDisposable
    {
        private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

        public DbCommand Get(string sql, params object?[] args)
        {
            if (!_commands.TryGetValue(sql, out var cmd))
            {
                cmd = c.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = sql;
                for (int i = 0; i < args.Length; i++)
                    if (sql.Contains("@p" + i, StringComparison.Ordinal)) Db.Add(cmd, "@p" + i, null);
                _commands[sql] = cmd;
            }
            int k = 0;
            for (int i = 0; i < args.Length; i++)
                if (k < cmd.Parameters.Count && cmd.Parameters[k].ParameterName == "@p" + i) cmd.Parameters[k++].Value = args[i] ?? DBNull.Value;
            return cmd;
        }

        public int Run(string sql, params object?[] args) => Get(sql, args).ExecuteNonQuery();

        public object? Scalar(string sql, params object?[] args) => Get(sql, args).ExecuteScalar() is var v && v is DBNull ? null : v;

        public void Dispose()
        {
            foreach (var cmd in _commands.Values) cmd.Dispose();
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------

    private static MergedEvent ReadEvent(DbDataReader r)
    {
        EventPlace? place = null;
        if (!r.IsDBNull(10) && !r.IsDBNull(13))
            place = new EventPlace(r.GetString(10), r.S(11) ?? "", r.S(12), r.D(13), r.D(14),
                Enum.TryParse<PlacePrecision>(r.S(15), out var pp) ? pp : PlacePrecision.City, r.LN(16));
        return new MergedEvent
        {
            Id = r.L(0), Day = Db.Day(r.LN(1)), Source = r.GetString(2), SourceName = r.S(3), Target = r.GetString(4),
            TargetName = r.S(5), Code = r.GetString(6), QuadClass = r.I(7), Goldstein = r.D(8), Plover = r.GetString(9),
            Place = place, NumMentions = r.I(17), NumSources = r.I(18), NumArticles = r.I(19), FirstUrl = r.S(20),
            FirstSource = r.S(21), Evidence = r.GetString(22),
            Tolls = JsonSerializer.Deserialize<List<TollRange>>(r.GetString(23), Json) ?? [],
            Added = DateTimeOffset.Parse(r.GetString(24), CultureInfo.InvariantCulture),
            DayPrecision = r.S(25),
        };
    }

    private const string FigureColumns = "kind, low, best, high, qualifier, claimant, article_id, outlet, span_start, span_end, text";

    private static FigureReport ReadFigure(DbDataReader r) =>
        new(Enum.Parse<FigureKind>(r.GetString(0)), r.LN(1), r.LN(2), r.LN(3), Enum.Parse<Qualifier>(r.GetString(4)), r.S(5),
            r.GetString(6), r.GetString(7), r.I(8), r.I(9), r.GetString(10));

    private static List<FigureReport> LoadFigures(DbConnection c, DbTransaction? tx, long id)
    {
        using var cmd = Db.Command(c, tx, $"SELECT {FigureColumns} FROM event_figures WHERE merged_id = @p0 ORDER BY article_id, figure_ord", id);
        using var r = cmd.ExecuteReader();
        var list = new List<FigureReport>();
        while (r.Read()) list.Add(ReadFigure(r));
        return list;
    }

    private static StoredArticle? LoadArticle(DbConnection c, string id)
    {
        ArticleDocument doc;
        int version; string? prev, dup; DateTimeOffset fetched; string layers;
        using (var cmd = Db.Command(c, null,
            "SELECT body, url, source, published, fetched, title, name, version, previous_id, duplicate_of, layers FROM articles WHERE id = @p0", id))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            doc = new ArticleDocument(r.GetString(0), id)
            {
                Url = r.S(1), Source = r.S(2), Published = Db.ParseIso(r.S(3)), Name = r.S(6), Title = r.S(5),
            };
            fetched = DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture);
            version = r.I(7); prev = r.S(8); dup = r.S(9); layers = r.GetString(10);
        }
        var has = layers.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Layer>).ToHashSet();
        List<T> Rows<T>(string table, string cols, Func<DbDataReader, T> read)
        {
            using var cmd = Db.Command(c, null, $"SELECT {cols} FROM {table} WHERE article_id = @p0 ORDER BY ord", id);
            using var r = cmd.ExecuteReader();
            var list = new List<T>();
            while (r.Read()) list.Add(read(r));
            return list;
        }
        static TextSpan Sp(DbDataReader r, int i) => new(r.I(i), r.I(i + 1));
        static TextSpan? SpN(DbDataReader r, int i) => r.IsDBNull(i) || r.IsDBNull(i + 1) ? null : new TextSpan(r.I(i), r.I(i + 1));

        if (has.Contains(Layer.Entities))
            doc.Entities = [.. Rows("entities", "span_start, span_end, label, cluster, type",
                r => new Entity(Sp(r, 0), Enum.Parse<EntityLabel>(r.GetString(2)), r.I(3), r.S(4)))];
        if (has.Contains(Layer.Actors))
            doc.Actors = [.. Rows("actors", "span_start, span_end, mention_start, mention_end, cluster, code, country, role, name",
                r => new Actor(r.I(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), Sp(r, 0), Sp(r, 2)))];
        if (has.Contains(Layer.Quotes))
            doc.Quotes = [.. Rows("quotes", "span_start, span_end, kind, speaker, speaker_start, speaker_end, speaker_cluster, cue_start, cue_end",
                r => new Quote(Sp(r, 0), Enum.Parse<QuoteKind>(r.GetString(2)), r.S(3), SpN(r, 4), r.IN(6), SpN(r, 7)))];
        if (has.Contains(Layer.Times))
            doc.Times = [.. Rows("timexes", "span_start, span_end, type, value, mod",
                r => new TimeRef(Sp(r, 0), Enum.Parse<TimexType>(r.GetString(2)), r.S(3), r.S(4)))];
        if (has.Contains(Layer.Figures))
            doc.Figures = [.. Rows("figures", "span_start, span_end, kind, low, best, high, qualifier, victims, when_value, where_start, where_end, cumulative, claimant, negated",
                r => new Figure(Sp(r, 0), Enum.Parse<FigureKind>(r.GetString(2)), new Bounds(r.LN(3), r.LN(4), r.LN(5)),
                    Enum.Parse<Qualifier>(r.GetString(6)), r.S(7), r.S(8), SpN(r, 9), r.L(11) != 0, r.S(12), r.L(13) != 0))];
        if (has.Contains(Layer.Places))
            doc.Places = [.. Rows("places", "span_start, span_end, name, geonameid, lat, lon, country, admin1, feature, geo_precision",
                r => new Place(Sp(r, 0), r.GetString(2), r.LN(3), r.D(4), r.D(5), r.GetString(6), r.S(7), r.S(8), Enum.Parse<PlacePrecision>(r.GetString(9))))];
        if (has.Contains(Layer.Events))
            doc.Events = [.. Rows("events", "span_start, span_end, sentence_start, sentence_end, source, target, code, goldstein, quad_class, plover, negated, modality, source_start, source_end, target_start, target_end, when_value, where_value",
                r => new Event(Sp(r, 0), r.GetString(4), r.GetString(5), r.GetString(6), r.D(7), r.I(8), r.GetString(9), r.L(10) != 0,
                    Enum.Parse<Modality>(r.GetString(11)), SpN(r, 12), SpN(r, 14), Sp(r, 2), r.S(16), r.S(17)))];
        return new StoredArticle(doc, version, prev, dup, fetched);
    }

    // ---- writing ---------------------------------------------------------------------------------------

    private static readonly string[] MergedColumns =
    [
        "id", "merge_key", "day", "source", "source_name", "source_country", "source_role", "target", "target_name",
        "target_country", "target_role", "code", "root", "quad_class", "goldstein", "plover", "place_name", "country", "admin1",
        "lat", "lon", "geo_precision", "geonameid", "num_mentions", "num_sources", "num_articles", "first_article", "first_url",
        "first_source", "evidence", "killed_low", "killed_high", "tolls", "added", "day_precision",
    ];

    private static Insert MergedInsert(DbConnection c, DbTransaction tx) => new(c, tx, "merged_events", "ON CONFLICT DO NOTHING", MergedColumns);

    private static int RunMergedInsert(Insert ins, MergedEvent e, string key, string firstArticle, DateTimeOffset added)
    {
        var killed = e.Toll(FigureKind.Killed);
        var p = e.Place;
        return ins.Run(e.Id, key, Db.DayNumber(e.Day), e.Source, e.SourceName, MergedEvent.CountryOf(e.Source), MergedEvent.RoleOf(e.Source),
            e.Target, e.TargetName, MergedEvent.CountryOf(e.Target), MergedEvent.RoleOf(e.Target), e.Code, e.Root, (long)e.QuadClass,
            e.Goldstein, e.Plover, p?.Name, p?.Country.ToUpperInvariant(), p?.Admin1, p?.Lat, p?.Lon, p?.Precision.ToString(), p?.GeonameId,
            (long)e.NumMentions, (long)e.NumSources, (long)e.NumArticles, firstArticle, e.FirstUrl, e.FirstSource, e.Evidence,
            killed?.Low, killed?.High, JsonSerializer.Serialize(e.Tolls, Json), added.ToString("O"), e.DayPrecision);
    }

    private static string SearchBody(MergedEvent e, IEnumerable<string> sentences)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences) { if (sb.Length > 4000) break; sb.Append(s).Append('\n'); }
        sb.Append(e.SourceName).Append(' ').Append(e.TargetName).Append(' ').Append(e.Place?.Name);
        return sb.ToString();
    }

    /// <summary>Writes one batch inside its transaction; also the store's side of the merge index.</summary>
    private sealed class BatchWriter : IMergeIndex, IDisposable
    {
        private readonly SqlEventStore _store;
        private readonly DbConnection _c;
        private readonly DbTransaction _tx;
        private readonly DateTimeOffset _now;
        private readonly string _nowText;
        private readonly HashSet<long> _touched = new();
        // Events created in this batch: their counts, tolls and search text are computed here, not re-read.
        private readonly Dictionary<long, (string? Names, List<Mention> Mentions, List<FigureReport> Figures)> _created = new();
        private readonly CommandCache _q;
        private readonly string[] _search, _freshSearch;
        private readonly Insert _article, _source, _entity, _actor, _quote, _timex, _figure, _place, _event, _merged, _mention, _eventFigure;

        public BatchWriter(SqlEventStore store, DbConnection c, DbTransaction tx, DateTimeOffset now)
        {
            _store = store; _c = c; _tx = tx; _now = now; _nowText = now.ToString("O");
            _q = new CommandCache(c, tx);
            _search = store.SearchSql(fresh: false);
            _freshSearch = store.SearchSql(fresh: true);
            const string skip = "ON CONFLICT DO NOTHING";
            _article = new(c, tx, "articles", skip, "id", "url", "source", "published", "fetched", "title", "name", "body", "version",
                "previous_id", "duplicate_of", "simhash", "words", "band0", "band1", "band2", "band3", "layers");
            _source = new(c, tx, "sources", skip, "name", "first_seen");
            _entity = new(c, tx, "entities", "", "article_id", "ord", "span_start", "span_end", "label", "cluster", "type");
            _actor = new(c, tx, "actors", "", "article_id", "ord", "span_start", "span_end", "mention_start", "mention_end", "cluster", "code", "country", "role", "name");
            _quote = new(c, tx, "quotes", "", "article_id", "ord", "span_start", "span_end", "kind", "speaker", "speaker_start", "speaker_end", "speaker_cluster", "cue_start", "cue_end");
            _timex = new(c, tx, "timexes", "", "article_id", "ord", "span_start", "span_end", "type", "value", "mod");
            _figure = new(c, tx, "figures", "", "article_id", "ord", "span_start", "span_end", "kind", "low", "best", "high", "qualifier", "victims",
                "when_value", "where_start", "where_end", "cumulative", "claimant", "negated");
            _place = new(c, tx, "places", "", "article_id", "ord", "span_start", "span_end", "name", "geonameid", "lat", "lon", "country", "admin1", "feature", "geo_precision");
            _event = new(c, tx, "events", "", "article_id", "ord", "span_start", "span_end", "sentence_start", "sentence_end", "source", "target", "code", "root",
                "goldstein", "quad_class", "plover", "negated", "modality", "source_start", "source_end", "target_start", "target_end", "when_value", "where_value");
            _merged = MergedInsert(c, tx);
            _mention = new(c, tx, "mentions", skip, "article_id", "event_ord", "merged_id", "outlet", "url", "published", "sentence_start", "sentence_end",
                "span_start", "span_end", "sentence", "duplicate");
            _eventFigure = new(c, tx, "event_figures", skip, "merged_id", "article_id", "figure_ord", "outlet", "kind", "low", "best", "high", "qualifier",
                "claimant", "span_start", "span_end", "text");
        }

        public BatchResult Write(ArticleDocument d)
        {
            if (_q.Scalar("SELECT 1 FROM articles WHERE id = @p0", d.Id) is not null)
                return new BatchResult(0, 1, 0, 0, 0, 0);

            string? previous = null; long version = 1;
            if (d.Url is not null)
            {
                var cmd = _q.Get("SELECT id, version FROM articles WHERE url = @p0 ORDER BY version DESC LIMIT 1", d.Url);
                using var r = cmd.ExecuteReader();
                if (r.Read()) { previous = r.GetString(0); version = r.L(1) + 1; }
            }
            var facts = ArticleFacts.From(d);
            var duplicateOf = facts.Words >= SimHash.MinWords ? NearDuplicate(d.Id, facts.SimHash) : null;
            var h = facts.SimHash;
            var layers = string.Join(",", Enum.GetValues<Layer>().Where(l => l != Layer.Text && d.Has(l)));
            _source.Run(facts.Outlet, _nowText);
            _article.Run(d.Id, d.Url, d.Source, Db.Iso(d.Published), _nowText, d.Title, d.Name, d.Text, version, previous, duplicateOf,
                unchecked((long)h), (long)facts.Words, (long)SimHash.Band(h, 0), (long)SimHash.Band(h, 1), (long)SimHash.Band(h, 2),
                (long)SimHash.Band(h, 3), layers);
            WriteLayers(d);
            int created = EventMerger.Add(facts, duplicateOf, this);
            return new BatchResult(1, 0, previous is null ? 0 : 1, duplicateOf is null ? 0 : 1, d.Events.Length, created);
        }

        private string? NearDuplicate(string id, ulong hash)
        {
            var cmd = _q.Get(
                "SELECT id, simhash FROM articles WHERE (band0 = @p0 OR band1 = @p1 OR band2 = @p2 OR band3 = @p3) AND words >= @p4 AND id <> @p5 LIMIT 50",
                (long)SimHash.Band(hash, 0), (long)SimHash.Band(hash, 1), (long)SimHash.Band(hash, 2), (long)SimHash.Band(hash, 3),
                (long)SimHash.MinWords, id);
            using var r = cmd.ExecuteReader();
            string? best = null; int bestDistance = int.MaxValue;
            while (r.Read())
            {
                var dist = SimHash.Distance(hash, unchecked((ulong)r.L(1)));
                if (dist <= SimHash.MaxDistance && dist < bestDistance) { best = r.GetString(0); bestDistance = dist; }
            }
            return best;
        }

        private void WriteLayers(ArticleDocument d)
        {
            var id = d.Id;
            for (int i = 0; i < d.Entities.Length; i++)
            {
                var e = d.Entities[i];
                _entity.Run(id, (long)i, (long)e.Span.Start, (long)e.Span.End, e.Label.ToString(), (long)e.Cluster, e.Type);
            }
            for (int i = 0; i < d.Actors.Length; i++)
            {
                var a = d.Actors[i];
                _actor.Run(id, (long)i, (long)a.Evidence.Start, (long)a.Evidence.End, (long)a.Mention.Start, (long)a.Mention.End,
                    (long)a.Cluster, a.Code, a.Country, a.Role, a.Name);
            }
            for (int i = 0; i < d.Quotes.Length; i++)
            {
                var q = d.Quotes[i];
                _quote.Run(id, (long)i, (long)q.Span.Start, (long)q.Span.End, q.Kind.ToString(), q.Speaker,
                    (long?)q.SpeakerSpan?.Start, (long?)q.SpeakerSpan?.End, (long?)q.SpeakerCluster, (long?)q.Cue?.Start, (long?)q.Cue?.End);
            }
            for (int i = 0; i < d.Times.Length; i++)
            {
                var t = d.Times[i];
                _timex.Run(id, (long)i, (long)t.Span.Start, (long)t.Span.End, t.Type.ToString(), t.Value, t.Mod);
            }
            for (int i = 0; i < d.Figures.Length; i++)
            {
                var f = d.Figures[i];
                _figure.Run(id, (long)i, (long)f.Span.Start, (long)f.Span.End, f.Kind.ToString(), f.Count.Low, f.Count.Best, f.Count.High,
                    f.Qualifier.ToString(), f.Victims, f.When, (long?)f.Where?.Start, (long?)f.Where?.End, f.Cumulative ? 1L : 0L, f.Claimant, f.Negated ? 1L : 0L);
            }
            for (int i = 0; i < d.Places.Length; i++)
            {
                var p = d.Places[i];
                _place.Run(id, (long)i, (long)p.Span.Start, (long)p.Span.End, p.Name, p.GeonameId, p.Lat, p.Lon, p.Country, p.Admin1, p.Feature, p.Precision.ToString());
            }
            for (int i = 0; i < d.Events.Length; i++)
            {
                var e = d.Events[i];
                _event.Run(id, (long)i, (long)e.Span.Start, (long)e.Span.End, (long)e.Sentence.Start, (long)e.Sentence.End, e.Source, e.Target,
                    e.Code, e.Root, e.Goldstein, (long)e.QuadClass, e.Plover, e.Negated ? 1L : 0L, e.Modality.ToString(),
                    (long?)e.SourceSpan?.Start, (long?)e.SourceSpan?.End, (long?)e.TargetSpan?.Start, (long?)e.TargetSpan?.End, e.When, e.Where);
            }
        }

        public IEnumerable<MergeCandidate> Candidates(MergeKey key, DateOnly? day)
        {
            var cmd = day is { } d
                ? _q.Get("SELECT id, day, place_name, country, admin1, lat, lon, geo_precision, geonameid FROM merged_events WHERE merge_key = @p0 AND day BETWEEN @p1 AND @p2 ORDER BY id",
                    key.ToString(), Db.DayNumber(d.AddDays(-1)), Db.DayNumber(d.AddDays(1)))
                : _q.Get("SELECT id, day, place_name, country, admin1, lat, lon, geo_precision, geonameid FROM merged_events WHERE merge_key = @p0 AND day IS NULL ORDER BY id",
                    key.ToString());
            using var r = cmd.ExecuteReader();
            var list = new List<MergeCandidate>();
            while (r.Read())
            {
                EventPlace? p = r.IsDBNull(2) || r.IsDBNull(5) ? null
                    : new EventPlace(r.GetString(2), r.S(3) ?? "", r.S(4), r.D(5), r.D(6), Enum.Parse<PlacePrecision>(r.GetString(7)), r.LN(8));
                list.Add(new MergeCandidate(r.L(0), Db.Day(r.LN(1)), p));
            }
            return list;
        }

        public IEnumerable<long> EventsOfArticle(string articleId, MergeKey key)
        {
            var cmd = _q.Get(
                "SELECT DISTINCT m.id FROM mentions n JOIN merged_events m ON m.id = n.merged_id WHERE n.article_id = @p0 AND m.merge_key = @p1 ORDER BY m.id",
                articleId, key.ToString());
            using var r = cmd.ExecuteReader();
            var list = new List<long>();
            while (r.Read()) list.Add(r.L(0));
            return list;
        }

        public long Create(ArticleFacts a, EventFacts e)
        {
            var ev = new MergedEvent
            {
                Id = EventMerger.IdOf(a.Id, e.Ord), Day = e.Day, DayPrecision = e.DayPrecision, Source = e.Event.Source, SourceName = e.SourceName, Target = e.Event.Target,
                TargetName = e.TargetName, Code = e.Event.Code, QuadClass = e.Event.QuadClass, Goldstein = e.Event.Goldstein,
                Plover = e.Event.Plover, Place = e.Place, FirstUrl = a.Url, FirstSource = a.Outlet, Evidence = e.SentenceText,
            };
            if (RunMergedInsert(_merged, ev, e.Key.ToString(), a.Id, _now) > 0)
                _created[ev.Id] = ($"{e.SourceName} {e.TargetName} {e.Place?.Name}", new List<Mention>(), new List<FigureReport>());
            if (e.Place is { } p) foreach (var sql in _store.GeoSql) _q.Run(sql, ev.Id, p.Lat, p.Lon);
            return ev.Id;
        }

        public void Attach(long eventId, ArticleFacts a, EventFacts e, bool duplicate)
        {
            var ev = e.Event;
            if (_created.TryGetValue(eventId, out var fresh))
            {
                fresh.Mentions.Add(InMemoryMergeIndex.MentionOf(eventId, a, e, duplicate));
                fresh.Figures.AddRange(InMemoryMergeIndex.ReportsOf(a, e));
            }
            _mention.Run(a.Id, (long)e.Ord, eventId, a.Outlet, a.Url, Db.Iso(a.Published), (long)ev.Sentence.Start, (long)ev.Sentence.End,
                (long)ev.Span.Start, (long)ev.Span.End, e.SentenceText, duplicate ? 1L : 0L);
            foreach (var f in InMemoryMergeIndex.ReportsOf(a, e).Zip(e.Figures))
                _eventFigure.Run(eventId, a.Id, (long)f.Second.Ord, a.Outlet, f.First.Kind.ToString(), f.First.Low, f.First.Best, f.First.High,
                    f.First.Qualifier.ToString(), f.First.Claimant, (long)f.First.Start, (long)f.First.End, f.First.Text);
            if (e.Place is { } p && _q.Run("UPDATE merged_events SET place_name = @p1, country = @p2, admin1 = @p3, lat = @p4, lon = @p5, geo_precision = @p6, geonameid = @p7 WHERE id = @p0 AND lat IS NULL",
                    eventId, p.Name, p.Country.ToUpperInvariant(), p.Admin1, p.Lat, p.Lon, p.Precision.ToString(), p.GeonameId) > 0)
                foreach (var sql in _store.GeoSql) _q.Run(sql, eventId, p.Lat, p.Lon);
            if (e.Day is { } day)
                _q.Run("UPDATE merged_events SET day = @p1 WHERE id = @p0 AND day > @p1", eventId, Db.DayNumber(day));
            if (fresh.Mentions is null) _touched.Add(eventId);
        }

        /// <summary>Recomputes counts, reconciled tolls and search text of every event this batch touched.</summary>
        public void Flush()
        {
            foreach (var (id, (names, mentions, figures)) in _created)
            {
                var tolls = TollReconciler.Reconcile(figures);
                var killed = tolls.FirstOrDefault(t => t.Kind == FigureKind.Killed);
                _q.Run("UPDATE merged_events SET num_mentions = @p1, num_articles = @p2, num_sources = @p3, tolls = @p4, killed_low = @p5, killed_high = @p6 WHERE id = @p0",
                    id, (long)mentions.Count, (long)mentions.Select(m => m.ArticleId).Distinct().Count(),
                    (long)mentions.Select(m => m.Outlet.ToLowerInvariant()).Distinct().Count(), JsonSerializer.Serialize(tolls, Json), killed?.Low, killed?.High);
                var body = string.Join("\n", mentions.Select(m => m.Sentence).Distinct().Take(8)) + "\n" + names;
                // The day may have moved earlier while this batch attached reports: key by the stored day.
                var day = _q.Scalar("SELECT day FROM merged_events WHERE id = @p0", id);
                foreach (var sql in _freshSearch) _q.Run(sql, id, body, SearchKey(day is null ? null : Convert.ToInt64(day), id));
            }
            _created.Clear();
            foreach (var id in _touched)
            {
                long mentions, articles, sources;
                using (var r = _q.Get("SELECT COUNT(*), COUNT(DISTINCT article_id), COUNT(DISTINCT lower(outlet)) FROM mentions WHERE merged_id = @p0", id).ExecuteReader())
                { r.Read(); mentions = r.L(0); articles = r.L(1); sources = r.L(2); }
                var tolls = TollReconciler.Reconcile(LoadFigures(_c, _tx, id));
                var killed = tolls.FirstOrDefault(t => t.Kind == FigureKind.Killed);
                _q.Run("UPDATE merged_events SET num_mentions = @p1, num_articles = @p2, num_sources = @p3, tolls = @p4, killed_low = @p5, killed_high = @p6 WHERE id = @p0",
                    id, mentions, articles, sources, JsonSerializer.Serialize(tolls, Json), killed?.Low, killed?.High);
                var sentences = new List<string>();
                using (var r = _q.Get("SELECT DISTINCT sentence FROM mentions WHERE merged_id = @p0 LIMIT 8", id).ExecuteReader())
                    while (r.Read()) sentences.Add(r.GetString(0));
                string body;
                long key;
                using (var r = _q.Get("SELECT source_name, target_name, place_name, day FROM merged_events WHERE id = @p0", id).ExecuteReader())
                { r.Read(); body = string.Join("\n", sentences) + $"\n{r.S(0)} {r.S(1)} {r.S(2)}"; key = SearchKey(r.LN(3), id); }
                foreach (var sql in _search) _q.Run(sql, id, body, key);
            }
            _touched.Clear();
        }

        public void Dispose()
        {
            _q.Dispose();
            foreach (var i in new[] { _article, _source, _entity, _actor, _quote, _timex, _figure, _place, _event, _merged, _mention, _eventFigure })
                i.Dispose();
        }
    }
}
