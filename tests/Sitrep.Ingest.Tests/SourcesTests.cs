using System.IO.Compression;
using System.Text;
using Sitrep.Text.Reading;

namespace Sitrep.Ingest.Tests;

/// <summary>Serves invented pages and feeds from memory; any other URL is unreachable.</summary>
internal sealed class FakeFetcher(Dictionary<string, string> pages) : IFetcher
{
    public List<string> Requested { get; } = new();

    public Task<Fetched> FetchAsync(string url, CancellationToken ct)
    {
        lock (Requested) Requested.Add(url);
        return Task.FromResult(pages.TryGetValue(url, out var body)
            ? new Fetched(url, body, url.EndsWith(".rss", StringComparison.Ordinal) ? "application/rss+xml" : "text/html", null)
            : new Fetched(url, null, null, "unreachable: Name or service not known"));
    }
}

internal static class Inputs
{
    public const string Story1 = "Flooding cuts off villages\nFloodwater cut the road to six hill villages on Sunday, district officials said, and rescue teams used boats to reach stranded families.";
    public const string Story2 = "Ceasefire talks resume\nNegotiators from both sides met again on Monday in the capital, mediators said, after a week in which the talks had stalled over prisoner lists.";
    public const string Story3 = "Clinic reopens after repairs\nA rural clinic that was damaged in last month's storm reopened on Tuesday, the health ministry said, with a new generator and two more nurses.";

    public const string PageHtml = "<!doctype html><html><head><title>Bridge reopens</title></head><body><article><p>The river bridge at the district town reopened to traffic on Thursday after engineers finished repairs, the transport office said. Lorries carrying grain crossed within the hour.</p></article></body></html>";

    public static string Rss(params (string Title, string Link, string Body)[] items)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Hill Country Wire</title><link>https://wire.example/</link><description>News</description>");
        foreach (var (t, l, b) in items)
            sb.Append($"<item><title>{t}</title><link>{l}</link><pubDate>Thu, 07 Mar 2024 10:00:00 GMT</pubDate><description>{System.Net.WebUtility.HtmlEncode(b)}</description></item>");
        return sb.Append("</channel></rss>").ToString();
    }

    public static async Task<List<ArticleReader.Result>> Read(Sources s, params string[] inputs)
    {
        var list = new List<ArticleReader.Result>();
        await foreach (var r in s.ReadAsync(inputs)) list.Add(r);
        return list;
    }
}

public sealed class SourcesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_directory_is_walked_recursively_through_text_jsonl_json_and_gzip_files()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "a", "b"));
        File.WriteAllText(Path.Combine(_dir, "a", "one.txt"), Inputs.Story1);
        File.WriteAllText(Path.Combine(_dir, "a", "b", "two.jsonl"), $"{{\"id\":\"x\",\"text\":{System.Text.Json.JsonSerializer.Serialize(Inputs.Story2)},\"date\":\"2024-03-04\"}}\n");
        File.WriteAllText(Path.Combine(_dir, "a", "dump.json"), $"[{{\"text\":{System.Text.Json.JsonSerializer.Serialize(Inputs.Story3)},\"source\":\"Valley Post\"}}]");
        using (var gz = new GZipStream(File.Create(Path.Combine(_dir, "a", "b", "three.txt.gz")), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes(Inputs.Story1 + " Updated."));
        File.WriteAllText(Path.Combine(_dir, "a", "notes.docx"), "ignored");

        var results = await Inputs.Read(new Sources(new FakeFetcher(new())), _dir);
        Assert.All(results, r => Assert.Null(r.Error));
        var texts = results.Select(r => r.Article!.Text).ToList();
        Assert.Equal(4, texts.Count);
        Assert.Contains(Inputs.Story1, texts);
        Assert.Contains(Inputs.Story2, texts);
        Assert.Contains(Inputs.Story1 + " Updated.", texts);
        Assert.Equal("Valley Post", results.Single(r => r.Article!.Text == Inputs.Story3).Article!.Source);
        Assert.Equal(new DateOnly(2024, 3, 4), results.Single(r => r.Article!.Text == Inputs.Story2).Article!.Published);
    }

    [Fact]
    public async Task A_sidecar_meta_file_dates_its_article_and_is_not_read_as_an_article()
    {
        File.WriteAllText(Path.Combine(_dir, "flood.txt"), Inputs.Story1);
        File.WriteAllText(Path.Combine(_dir, "flood.meta.json"), "{\"published\":\"2024-03-10\",\"source\":\"Hill Country Wire\"}");
        Directory.CreateDirectory(Path.Combine(_dir, ".cache"));
        File.WriteAllText(Path.Combine(_dir, ".cache", "old.txt"), Inputs.Story2);

        var results = await Inputs.Read(new Sources(new FakeFetcher(new())), _dir);

        var only = Assert.Single(results);
        Assert.Null(only.Error);
        Assert.Equal(new DateOnly(2024, 3, 10), only.Article!.Published);
        Assert.Equal("Hill Country Wire", only.Article.Source);
    }

    [Fact]
    public async Task A_feed_with_only_summaries_is_followed_to_its_pages()
    {
        var feed = Inputs.Rss(("Bridge reopens", "https://wire.example/bridge", "The bridge reopened."));
        var fetcher = new FakeFetcher(new() { ["https://wire.example/feed.rss"] = feed, ["https://wire.example/bridge"] = Inputs.PageHtml });
        var results = await Inputs.Read(new Sources(fetcher), "https://wire.example/feed.rss");
        var a = Assert.Single(results).Article!;
        Assert.Contains("https://wire.example/bridge", fetcher.Requested);
        Assert.Equal("https://wire.example/bridge", a.Url);
        Assert.Equal("Hill Country Wire", a.Source);
        Assert.Equal(new DateOnly(2024, 3, 7), a.Published);
        Assert.Contains("Lorries carrying grain", a.Text);
    }

    [Fact]
    public async Task A_feed_carrying_full_articles_needs_no_fetching()
    {
        var longBody = "<p>" + string.Join(" ", Enumerable.Repeat(Inputs.Story2, 6)) + "</p>";
        var path = Path.Combine(_dir, "full.rss");
        File.WriteAllText(path, Inputs.Rss(("Talks resume", "https://wire.example/talks", longBody)));
        var fetcher = new FakeFetcher(new());
        var a = Assert.Single(await Inputs.Read(new Sources(fetcher), path)).Article!;
        Assert.Empty(fetcher.Requested);
        Assert.Contains("prisoner lists", a.Text);
        Assert.Equal("https://wire.example/talks", a.Url);
    }

    [Fact]
    public async Task An_unreachable_url_is_one_error_and_reading_goes_on()
    {
        var path = Path.Combine(_dir, "one.txt");
        File.WriteAllText(path, Inputs.Story1);
        var results = await Inputs.Read(new Sources(new FakeFetcher(new())), "https://down.example/story", path);
        Assert.Equal("E_FETCH", results[0].Error!.Code);
        Assert.Contains("https://down.example/story", results[0].Error!.ToString());
        Assert.Equal(Inputs.Story1, results[1].Article!.Text);
    }

    [Fact]
    public async Task A_feed_that_is_not_xml_is_rejected_with_a_reason()
    {
        var path = Path.Combine(_dir, "broken.rss");
        File.WriteAllText(path, "this is not a feed at all");
        var r = Assert.Single(await Inputs.Read(new Sources(new FakeFetcher(new())), path));
        Assert.Equal("E_FEED", r.Error!.Code);
        Assert.Contains("not an RSS or Atom feed", r.Error.Reason);
    }

    [Fact]
    public async Task A_gzipped_article_takes_its_date_and_outlet_from_its_sidecar()
    {
        // samples/README.md: NAME.meta.json serves NAME.txt and NAME.txt.gz alike.
        using (var gz = new GZipStream(File.Create(Path.Combine(_dir, "flood.txt.gz")), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes(Inputs.Story1));
        File.WriteAllText(Path.Combine(_dir, "flood.meta.json"), "{\"published\":\"2024-03-10\",\"source\":\"Hill Country Wire\"}");

        foreach (var input in new[] { _dir, Path.Combine(_dir, "flood.txt.gz") })
        {
            var a = Assert.Single(await Inputs.Read(new Sources(new FakeFetcher(new())), input)).Article!;
            Assert.Equal(Inputs.Story1, a.Text);
            Assert.Equal(new DateOnly(2024, 3, 10), a.Published);
            Assert.Equal("Hill Country Wire", a.Source);
        }
    }

    [Fact]
    public async Task A_gzip_file_that_is_not_gzip_is_rejected()
    {
        var path = Path.Combine(_dir, "fake.txt.gz");
        File.WriteAllText(path, "plain text pretending");
        var r = Assert.Single(await Inputs.Read(new Sources(new FakeFetcher(new())), path));
        Assert.Equal("E_GZIP", r.Error!.Code);
    }

    [Fact]
    public async Task Stdin_may_carry_json_lines()
    {
        var stdin = new StringReader($"{{\"text\":{System.Text.Json.JsonSerializer.Serialize(Inputs.Story1)}}}\n{{\"text\":{System.Text.Json.JsonSerializer.Serialize(Inputs.Story2)}}}\n");
        var results = await Inputs.Read(new Sources(new FakeFetcher(new()), stdin), "-");
        Assert.Equal(2, results.Count(r => r.Article is not null));
    }

    [Fact]
    public async Task Stdin_past_the_article_size_limit_is_refused_without_reading_the_rest()
    {
        var endless = new EndlessText();
        var r = Assert.Single(await Inputs.Read(new Sources(new FakeFetcher(new()), endless), "-"));
        Assert.Equal("E_TOO_LARGE", r.Error!.Code);
        Assert.True(endless.Chars < ArticleReader.MaxFileBytes + 200_000, $"read {endless.Chars} chars");
    }

    [Fact]
    public async Task Json_lines_on_stdin_are_streamed_across_read_blocks()
    {
        // 300 lines of ~400 chars: the 64K head cuts a line in two, which must still parse.
        var lines = Enumerable.Range(0, 300).Select(i => $"{{\"text\":{System.Text.Json.JsonSerializer.Serialize($"Dispatch {i}\n" + Inputs.Story1 + " " + Inputs.Story2)}}}");
        var results = await Inputs.Read(new Sources(new FakeFetcher(new()), new StringReader(string.Join("\n", lines) + "\n")), "-");
        Assert.Equal(300, results.Count(x => x.Article is not null));
        Assert.All(results, x => Assert.Null(x.Error));
    }

    /// <summary>Stdin that never ends (`yes | sitrep ingest -`), counting what was read.</summary>
    private sealed class EndlessText : TextReader
    {
        public long Chars { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            for (int i = 0; i < count; i++) buffer[index + i] = (Chars + i) % 20 == 19 ? '\n' : 'x';
            Chars += count;
            return count;
        }

        public override int Read(Span<char> buffer)
        {
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (Chars + i) % 20 == 19 ? '\n' : 'x';
            Chars += buffer.Length;
            return buffer.Length;
        }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken ct = default) => ValueTask.FromResult(Read(buffer.Span));
    }
}
