using System.Text;
using Npgsql;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store;

/// <summary>Opens the store a `--store` spec names: sqlite:PATH, a bare path, or postgres://user:pw@host:port/db.</summary>
public static class EventStores
{
    public const string DefaultFile = "sitrep.db";

    /// <summary>The spec given, else SITREP_STORE, else sitrep.db in the working directory.</summary>
    public static string Resolve(string? spec) =>
        !string.IsNullOrWhiteSpace(spec) ? spec.Trim()
        : Environment.GetEnvironmentVariable("SITREP_STORE") is { Length: > 0 } env ? env.Trim()
        : "sqlite:" + DefaultFile;

    /// <param name="existing">For readers (query, export): a SQLite file that is not there is an error, not a new empty
    /// record, so a mistyped path says so instead of answering "0 events" (and leaving an empty file behind).</param>
    public static IEventStore Open(string? spec, bool existing = false)
    {
        var s = Resolve(spec);
        if (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new PostgresEventStore(PostgresConnectionString(s));
        if (s.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase))
            return new PostgresEventStore(s["postgres:".Length..]);
        if (s.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase)) s = s["sqlite:".Length..];
        if (s.Length == 0) throw new StoreException("E_STORE_SPEC", "--store sqlite: needs a path, e.g. sqlite:data/sitrep.db.");
        if (s.Contains("://", StringComparison.Ordinal))
            throw new StoreException("E_STORE_SPEC", $"unknown store '{s}'; use sqlite:PATH or postgres://user:password@host:port/database.");
        if (existing && !File.Exists(s))
            throw new StoreException("E_STORE_MISSING", $"no record at {Path.GetFullPath(s)}; run 'sitrep ingest PATH --store sqlite:{s}' first, or check the path.");
        return new SqliteEventStore(s);
    }

    /// <summary>postgres://user:password@host:port/database?sslmode=require → an Npgsql connection string.</summary>
    public static string PostgresConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var u))
            throw new StoreException("E_STORE_SPEC", $"'{url}' is not a PostgreSQL URL; use postgres://user:password@host:port/database.");
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = u.Host.Length > 0 ? u.Host : "localhost",
            Port = u.Port > 0 ? u.Port : 5432,
            Database = u.AbsolutePath.Trim('/') is { Length: > 0 } db ? Uri.UnescapeDataString(db) : "postgres",
        };
        if (u.UserInfo.Length > 0)
        {
            var parts = u.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var kv in u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var p = kv.Split('=', 2);
            var key = Uri.UnescapeDataString(p[0]);
            var value = p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "";
            if (key == "host" && value.StartsWith('/')) b.Host = value; // unix socket directory
            else b[key] = value;
        }
        return b.ConnectionString;
    }

    /// <summary>A spec with the password hidden, for messages.</summary>
    public static string Describe(string spec)
    {
        if (!spec.Contains("://", StringComparison.Ordinal) || !Uri.TryCreate(spec, UriKind.Absolute, out var u) || !u.UserInfo.Contains(':')) return spec;
        var sb = new StringBuilder().Append(u.Scheme).Append("://").Append(u.UserInfo.Split(':')[0]).Append(":***@").Append(u.Authority.Split('@').Last()).Append(u.PathAndQuery);
        return sb.ToString();
    }
}
