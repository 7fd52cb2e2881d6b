using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sitrep.Ingest.Tests;

/// <summary>
/// A throwaway NATS server with JetStream for one test: `nats-server -js -sd TMPDIR` on a free loopback port, killed
/// (and its directory deleted) on Dispose. Each test gets its own, so no queue state leaks between tests (it starts
/// in well under a second). Without nats-server the broker tests fail when CI=true (CI installs it:
/// scripts/setup.sh --tests) and are skipped with a message otherwise, as the PostgreSQL tests are.
/// </summary>
public sealed class NatsServer : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-nats-" + Guid.NewGuid().ToString("N")[..12]);
    private Process? _process;

    public NatsServer()
    {
        var exe = new[] { "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server" }.FirstOrDefault(File.Exists);
        if (exe is null)
        {
            Unavailable = "nats-server not found (install: scripts/setup.sh --tests, or apt-get install nats-server)";
            return;
        }
        try
        {
            Directory.CreateDirectory(_dir);
            Port = FreePort();
            var psi = new ProcessStartInfo(exe, ["-js", "-sd", _dir, "-a", "127.0.0.1", "-p", Port.ToString()])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            _process = Process.Start(psi)!;
            _process.OutputDataReceived += (_, _) => { };
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            WaitUntilListening();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException or TimeoutException)
        {
            Unavailable = "could not start a throwaway nats-server: " + e.Message;
        }
    }

    public string? Unavailable { get; }
    public int Port { get; }
    public string Url => $"nats://127.0.0.1:{Port}";

    /// <summary>True when the calling test should return early; throws under CI, where nats-server must be there.</summary>
    public bool Skip()
    {
        if (Unavailable is null) return false;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException($"broker tests cannot run: {Unavailable}.");
        Console.WriteLine($"skipped: {Unavailable}");
        return true;
    }

    /// <summary>Kills the server at once (SIGKILL), as a crash or a lost network looks to its clients.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill();
            p.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        try { if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private void WaitUntilListening()
    {
        var sw = Stopwatch.StartNew();
        while (true)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"nats-server exited at start (code {_process.ExitCode})");
            try
            {
                using var c = new TcpClient();
                c.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (sw.Elapsed < TimeSpan.FromSeconds(20)) { Thread.Sleep(50); }
            catch (SocketException e) { throw new TimeoutException($"nats-server did not listen on port {Port} within 20 s: {e.Message}"); }
        }
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
