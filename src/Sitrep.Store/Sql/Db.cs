using System.Data.Common;

namespace Sitrep.Store.Sql;

/// <summary>Small ADO.NET helpers shared by both dialects (named parameters "@p0", nulls as DBNull).</summary>
internal static class Db
{
    public static DbCommand Command(DbConnection c, DbTransaction? tx, string sql, params object?[] args)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (int i = 0; i < args.Length; i++) Add(cmd, "@p" + i, args[i]);
        return cmd;
    }

    public static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    /// <summary>Binds the values as @p0, @p1, ... and returns their placeholders for an IN list ("@p0, @p1").</summary>
    public static string InList<T>(DbCommand cmd, IReadOnlyList<T> values)
    {
        for (int i = 0; i < values.Count; i++) Add(cmd, "@p" + i, values[i]);
        return string.Join(", ", Enumerable.Range(0, values.Count).Select(i => "@p" + i));
    }

    public static int Exec(DbConnection c, DbTransaction? tx, string sql, params object?[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        return cmd.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection c, DbTransaction? tx, string sql, params object?[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public static string? S(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i));
    public static long L(this DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i));
    public static long? LN(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i));
    public static int I(this DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i));
    public static int? IN(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i));
    public static double D(this DbDataReader r, int i) => Convert.ToDouble(r.GetValue(i));
    public static double? DN(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i));

    public static long? DayNumber(DateOnly? d) => d is { } x ? x.Year * 10000L + x.Month * 100 + x.Day : null;

    public static DateOnly? Day(long? n) => n is { } v ? new DateOnly((int)(v / 10000), (int)(v / 100 % 100), (int)(v % 100)) : null;

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd");

    public static DateOnly? ParseIso(string? s) => s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d) ? d : null;
}

/// <summary>An INSERT prepared once per transaction and run with positional values.</summary>
internal sealed class Insert : IDisposable
{
    private readonly DbCommand _cmd;

    public Insert(DbConnection c, DbTransaction tx, string table, string conflict, params string[] columns)
    {
        var ps = string.Join(", ", columns.Select((_, i) => "@p" + i));
        _cmd = c.CreateCommand();
        _cmd.Transaction = tx;
        _cmd.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({ps}) {conflict}";
        for (int i = 0; i < columns.Length; i++) Db.Add(_cmd, "@p" + i, null);
    }

    public int Run(params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) _cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return _cmd.ExecuteNonQuery();
    }

    public void Dispose() => _cmd.Dispose();
}
