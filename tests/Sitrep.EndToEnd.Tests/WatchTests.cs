using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Sitrep.EndToEnd.Tests;

/// <summary>`sitrep ingest --every`: rounds until Ctrl-C, each storing only what is new.</summary>
public sealed class WatchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-watch-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private const string First = "Checkpoint attacked near Varnholt\nGunmen attacked a police checkpoint near Varnholt on Monday, killing two officers, a police spokesman said.";
    private const string Second = "Protest in Keldry\nHundreds of traders marched in Keldry on Tuesday against new market fees, organisers said.";

    [Fact]
    public void A_watch_stores_what_appears_between_rounds_once_and_ctrl_c_ends_it_with_exit_code_0()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_dir, "inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "a.txt"), First);
        var db = Path.Combine(_dir, "w.db");
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet")
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "ingest", inbox, "--store", "sqlite:" + db, "--every", "1s" })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = new StringBuilder();
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (err) err.AppendLine(e.Data); };
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        string Err() { lock (err) return err.ToString(); }
        bool WaitFor(Func<string, bool> seen)
        {
            var sw = Stopwatch.StartNew(); // a hang guard, not a speed check
            while (!seen(Err()) && !p.HasExited && sw.Elapsed < TimeSpan.FromMinutes(3)) Thread.Sleep(50);
            return seen(Err());
        }

        Assert.True(WaitFor(e => e.Contains("round 1 done")), Err());
        Assert.Contains("1 stored, 0 already stored", Err());
        File.WriteAllText(Path.Combine(inbox, "b.txt"), Second);
        Assert.True(WaitFor(e => e.Contains("1 stored, 1 already stored")), Err());
        Assert.True(WaitFor(e => e.Contains("0 stored, 2 already stored")), Err());

        Process.Start("kill", ["-INT", p.Id.ToString()])!.WaitForExit();
        Assert.True(p.WaitForExit(60_000), Err());
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        Assert.Contains("stopped watching", Err());
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM articles";
        Assert.Equal(2L, Convert.ToInt64(cmd.ExecuteScalar()));
    }

    [Fact]
    public void An_interval_that_is_no_duration_is_a_usage_error()
    {
        var r = Cli.Run("ingest", _dir, "--store", "sqlite:" + Path.Combine(_dir, "x.db"), "--every", "soon");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--every: 'soon' is no duration", r.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "x.db")));
    }
}
