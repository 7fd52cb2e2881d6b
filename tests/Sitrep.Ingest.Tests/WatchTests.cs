using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sitrep.Ingest.Tests;

/// <summary>`ingest --every`: what a watcher fetches again from one round to the next.</summary>
public sealed class WatchTests
{
    private static string Page(string title, string body) =>
        $"<!doctype html><html><head><title>{title}</title></head><body><article><p>{body}</p></article></body></html>";

    private static readonly (string Title, string Link, string Body) Bridge =
        ("Bridge reopens", "https://wire.example/bridge", "Short.");
    private static readonly (string Title, string Link, string Body) Ferry =
        ("Ferry resumes", "https://wire.example/ferry", "Short.");
    private static readonly (string Title, string Link, string Body) Market =
        ("Market burns", "https://wire.example/market", "Short.");

    [Fact]
    public async Task A_watcher_fetches_a_feeds_links_once_and_forgets_those_the_feed_no_longer_lists()
    {
        var pages = new Dictionary<string, string>
        {
            [Bridge.Link] = Page("Bridge reopens", "The river bridge at the district town reopened to traffic on Thursday after engineers finished repairs, the transport office said."),
            [Ferry.Link] = Page("Ferry resumes", "The lake ferry resumed its crossings on Friday after a week of storms kept it in port, the harbour master said."),
            [Market.Link] = Page("Market burns", "A fire destroyed forty stalls at the central market before dawn on Saturday, the fire brigade said; no one was hurt."),
        };
        var fetcher = new FakeFetcher(pages);
        var sources = new Sources(fetcher) { Watching = true };
        const string feed = "https://wire.example/feed.rss";

        async Task<List<string?>> Round(params (string, string, string)[] items)
        {
            pages[feed] = Inputs.Rss(items);
            fetcher.Requested.Clear();
            var read = await Inputs.Read(sources, feed);
            sources.EndRound();
            return read.Select(r => r.Article?.Url).ToList();
        }

        Assert.Equal([Bridge.Link, Ferry.Link], await Round(Bridge, Ferry));
        // The feed gains an item: only its page is fetched; the two read before are not asked for again.
        Assert.Equal([Market.Link], await Round(Bridge, Ferry, Market));
        Assert.Equal([feed, Market.Link], fetcher.Requested);
        Assert.Equal(2, sources.LinksReadBefore);
        // The bridge leaves the feed and comes back later: forgotten in between, so it is read again.
        Assert.Empty(await Round(Ferry, Market));
        Assert.Equal([Bridge.Link], await Round(Bridge, Ferry, Market));
    }

    [Fact]
    public async Task A_link_that_failed_is_fetched_again_next_round()
    {
        var pages = new Dictionary<string, string> { ["https://wire.example/feed.rss"] = Inputs.Rss(Bridge) };
        var sources = new Sources(new FakeFetcher(pages)) { Watching = true };
        Assert.Null(Assert.Single(await Inputs.Read(sources, "https://wire.example/feed.rss")).Article);
        sources.EndRound();
        pages[Bridge.Link] = Page("Bridge reopens", "The river bridge at the district town reopened to traffic on Thursday after engineers finished repairs, the transport office said.");
        Assert.Equal(Bridge.Link, Assert.Single(await Inputs.Read(sources, "https://wire.example/feed.rss")).Article?.Url);
    }

    [Fact]
    public async Task The_http_fetcher_asks_again_with_the_feeds_validators_and_an_unchanged_feed_is_not_modified()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var seen = new List<string>();
        var server = Task.Run(async () =>
        {
            for (int i = 0; i < 2; i++)
            {
                using var client = await listener.AcceptTcpClientAsync();
                using var stream = client.GetStream();
                var request = new StringBuilder();
                var buffer = new byte[4096];
                while (!request.ToString().Contains("\r\n\r\n"))
                {
                    int n = await stream.ReadAsync(buffer);
                    if (n == 0) break;
                    request.Append(Encoding.ASCII.GetString(buffer, 0, n));
                }
                lock (seen) seen.Add(request.ToString());
                var body = Encoding.UTF8.GetBytes(Inputs.Rss(Bridge));
                var head = request.ToString().Contains("If-None-Match: \"v1\"", StringComparison.OrdinalIgnoreCase)
                    ? "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\nConnection: close\r\n\r\n"
                    : $"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: \"v1\"\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
                if (head.StartsWith("HTTP/1.1 200", StringComparison.Ordinal)) await stream.WriteAsync(body);
            }
        });
        using var fetcher = new HttpFetcher(TimeSpan.FromSeconds(20));
        var url = $"http://127.0.0.1:{port}/feed.rss";

        var first = await fetcher.FetchAsync(url, default);
        var second = await fetcher.FetchAsync(url, default);
        await server;

        Assert.NotNull(first.Body);
        Assert.False(first.NotModified);
        Assert.True(second.NotModified);
        Assert.Null(second.Error);
        Assert.DoesNotContain("If-None-Match", seen[0], StringComparison.OrdinalIgnoreCase);
        // and a reader given the unchanged feed reads nothing from it, with no error
        var sources = new Sources(new NotModifiedFetcher()) { Watching = true };
        Assert.Empty(await Inputs.Read(sources, url));
    }

    private sealed class NotModifiedFetcher : IFetcher
    {
        public Task<Fetched> FetchAsync(string url, CancellationToken ct) => Task.FromResult(new Fetched(url, null, null, null) { NotModified = true });
    }
}
