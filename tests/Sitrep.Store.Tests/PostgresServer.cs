using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Sitrep.Store.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: initdb in a temp directory, started on a free port, torn
/// down (and deleted) when the test run ends. Runs the server as the `postgres` user when we are root,
/// because PostgreSQL refuses to run as root. Without PostgreSQL binaries the Postgres tests fail when
/// CI=true (CI installs them: scripts/setup.sh --tests) and are skipped with a message otherwise.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _bin;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private int _databases;

    public PostgresServer()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;
        if (_bin is null)
        {
            Unavailable = "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (install: scripts/setup.sh --tests)";
            return;
        }
        try
        {
            Directory.CreateDirectory(_dir);
            if (IsRoot) Run("chown", $"postgres:postgres {_dir}");
            Port = FreePort();
            AsPostgres("initdb", $"-D {_dir}/data -A trust -U postgres -E UTF8 --locale=C --no-sync");
            Start();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
        }
        catch (Exception e)
        {
            Unavailable = "could not start a throwaway PostgreSQL cluster: " + e.Message;
        }
    }

    public string? Unavailable { get; }
    public int Port { get; }

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>True when the calling test should return early; throws under CI, where PostgreSQL must be there.</summary>
    public bool Skip()
    {
        if (Unavailable is null) return false;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException($"PostgreSQL tests cannot run: {Unavailable}.");
        Console.WriteLine($"skipped: {Unavailable}");
        return true;
    }

    public string NewDatabase()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..6]}";
        using var c = new NpgsqlConnection(ConnectionString("postgres"));
        c.Open();
        using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
        cmd.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public string ConnectionString(string db) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={db};Pooling=false;Timeout=5";

    public void Start() => AsPostgres("pg_ctl",
        $"-D {_dir}/data -l {_dir}/log -w -o \"-p {Port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start");

    /// <summary>Stops the server at once, as a crash or a lost connection would look to the client.</summary>
    public void Stop() => AsPostgres("pg_ctl", $"-D {_dir}/data -m immediate -w stop", check: false);

    public void Dispose()
    {
        if (_bin is null || !Directory.Exists(_dir)) return;
        try { Stop(); } catch (Exception) { /* already gone */ }
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private void AsPostgres(string tool, string args, bool check = true)
    {
        var exe = Path.Combine(_bin!, tool);
        if (IsRoot) Run("runuser", $"-u postgres -- {exe} {args}", check);
        else Run(exe, args, check);
    }

    private static void Run(string file, string args, bool check = true)
    {
        var psi = new ProcessStartInfo("/bin/sh", ["-c", $"{file} {args}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (check && p.ExitCode != 0) throw new InvalidOperationException($"{file} {args} failed ({p.ExitCode}): {err.Result}{output}");
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}

[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>;
