using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Sitrep.Server;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep serve`: the read-only HTTP API and the offline dashboard over the record, until Ctrl-C.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {DefaultUrls}; several separated by ';'; port 0 picks a free one).", DefaultValueFactory = _ => DefaultUrls };
        var cmd = new Command("serve", "Serve the record: HTTP API (/api, /openapi.json) and the web dashboard (/).") { IngestCommand.StoreOption, urls };
        cmd.SetAction(p => Run(p, p.GetValue(IngestCommand.StoreOption), p.GetValue(urls)!));
        return cmd;
    }

    private static int Run(ParseResult p, string? storeSpec, string urls)
    {
        IEventStore store;
        // A missing, unreachable or unreadable record is an error before anything listens (a missing file is `query`'s
        // error); the first read also applies any pending migration once, not in concurrent first requests.
        try
        {
            store = EventStores.Open(storeSpec, existing: true);
            try { store.StatsAsync().GetAwaiter().GetResult(); }
            catch (StoreException) { store.DisposeAsync().AsTask().GetAwaiter().GetResult(); throw; }
        }
        catch (StoreException e) { CliRunner.Error(e.ToString()); return 1; }
        try
        {
            var app = SitrepServer.Build(new ServerOptions(store, urls, GlobalOptions.DataDirectory(p)));
            try { app.Start(); }
            catch (IOException e)
            {
                // Kestrel's "address already in use" and the like.
                CliRunner.Error($"cannot listen on {urls}: {e.Message}; pick another with --urls, e.g. --urls http://127.0.0.1:5081.");
                return 1;
            }
            var at = string.Join(", ", SitrepServer.Addresses(app));
            Console.WriteLine($"sitrep: serving {store.Location} at {at} (dashboard /, API /api, OpenAPI /openapi.json); Ctrl-C stops.");
            // Ctrl-C (SIGINT) and SIGTERM end this wait through the host's console lifetime; requests in flight finish first.
            app.WaitForShutdown();
            Console.Error.WriteLine("sitrep: stopped.");
            return 0;
        }
        finally { store.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
    }
}
