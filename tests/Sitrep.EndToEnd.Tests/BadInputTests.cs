using System.Text;
using System.Text.Json;

namespace Sitrep.EndToEnd.Tests;

/// <summary>
/// The bad-input bar of issue #3: a directory with an empty file, a binary file, a 100 MB file, invalid
/// UTF-8 and an HTML page without a body, next to good articles. Each bad one is named on stderr in one
/// line, the good ones come out, the exit code is 1, and no stack trace is printed.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-e2e-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_dir, name), bytes);
    private void Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    private void MakeMixedDirectory()
    {
        Write("good-wire.txt", "Army says it retook Kidal\n\nBAMAKO, Nov 14 (Meridian Wire) - Mali's army said on Tuesday it had retaken the northern town of Kidal.\n\nAdvertisement\n\nThe separatist alliance said its fighters had withdrawn.\n");
        Write("good-page.html", "<html><head><meta property=\"article:published_time\" content=\"2025-01-20\"></head><body><nav>Home</nav><article><h1>Shelling in Idlib</h1><p>Shelling killed five civilians in Ariha on Sunday, rescuers said.</p></article></body></html>");
        // Windows-1252 curly quotes and an e-acute: not valid UTF-8, still a readable article.
        Write("legacy-cp1252.txt", Encoding.ASCII.GetBytes("Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" owner killed in Goma\n\n")).Concat(new byte[] { 0x93 })
            .Concat(Encoding.ASCII.GetBytes("They shot him at the door,")).Concat(new byte[] { 0x94 }).Concat(Encoding.ASCII.GetBytes(" his brother said.\n")).ToArray());
        Write("empty.txt", "");
        Write("scan.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01 });
        Write("no-body.html", "<html><head><title>Loading</title><script>boot()</script></head><body></body></html>");
        using (var f = File.Create(Path.Combine(_dir, "huge.txt"))) f.SetLength(100L * 1024 * 1024); // sparse: instant, no disk
    }

    [Fact]
    public void Bad_inputs_are_named_on_stderr_and_good_ones_processed_with_exit_code_1()
    {
        MakeMixedDirectory();
        var r = Cli.Run("extract", _dir, "--format", "jsonl");

        Assert.Equal(1, r.ExitCode);
        var errLines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var bad in new[] { "empty.txt", "scan.jpg", "no-body.html", "huge.txt" })
        {
            var line = Assert.Single(errLines, l => l.Contains(bad));
            Assert.StartsWith("sitrep: rejected ", line);
        }
        Assert.Contains(errLines, l => l.Contains("huge.txt") && l.Contains("100 MB"));
        Assert.Contains(errLines, l => l.Contains("scan.jpg") && l.Contains("binary"));
        Assert.Contains(errLines, l => l.Contains("legacy-cp1252.txt") && l.Contains("Windows-1252") && l.StartsWith("sitrep: warning"));
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.DoesNotContain("Exception", r.Stderr);

        var docs = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, docs.Count);
        var titles = docs.Select(d => d.GetProperty("title").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { "Army says it retook Kidal", "Shelling in Idlib", "Café owner killed in Goma" }, titles);
        var wire = docs.Single(d => d.GetProperty("title").GetString() == "Army says it retook Kidal");
        var bp = Assert.Single(wire.GetProperty("boilerplate").EnumerateArray());
        Assert.Equal("Advertisement", bp.GetProperty("text").GetString());
    }

    [Fact]
    public void A_missing_path_is_named_and_the_others_still_run()
    {
        Write("good.txt", "Clashes near Malakal\n\nAt least 27 people were killed, the UN said.\n");
        var r = Cli.Run("extract", Path.Combine(_dir, "good.txt"), Path.Combine(_dir, "missing.txt"), "--format", "jsonl");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("missing.txt: no such file", r.Stderr);
        Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void All_good_inputs_give_exit_code_0()
    {
        Write("good.txt", "Clashes near Malakal\n\nAt least 27 people were killed, the UN said.\n");
        var r = Cli.Run("extract", Path.Combine(_dir, "good.txt"));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("Clashes near Malakal", doc.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void The_bundled_samples_all_extract_cleanly_with_dates_and_titles()
    {
        var root = Cli.ProjectRoot();
        if (root is null) return; // running outside the repository
        var r = Cli.Run("extract", Path.Combine(root, "samples"), "--format", "jsonl");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var docs = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(docs.Count >= 12);
        Assert.All(docs, d =>
        {
            Assert.False(string.IsNullOrEmpty(d.GetProperty("title").GetString()));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d.GetProperty("published").GetString()!);
            Assert.NotEqual(JsonValueKind.Null, d.GetProperty("source").ValueKind);
        });
    }

    [Fact]
    public void Foundation_only_extraction_cleans_and_segments_but_leaves_the_later_layers_empty()
    {
        var root = Cli.ProjectRoot();
        if (root is null) return; // running outside the repository
        var r = Cli.Run("extract", Path.Combine(root, "samples"), "--format", "jsonl", "--foundation");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var docs = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(docs.Count >= 12);
        Assert.All(docs, d =>
        {
            Assert.True(d.GetProperty("sentences").GetArrayLength() > 0);
            Assert.Equal(0, d.GetProperty("entities").GetArrayLength());
            Assert.Equal(0, d.GetProperty("events").GetArrayLength());
        });
        Assert.Contains(docs, d => d.GetProperty("boilerplate").GetArrayLength() > 0);
    }

    [Fact]
    public void Eval_names_a_missing_gold_file_in_one_line_with_a_usage_exit_code()
    {
        var missing = Path.Combine(_dir, "no-such-gold.jsonl");
        var r = Cli.Run("eval", "events", "--file", missing);

        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no-such-gold.jsonl", line);
        Assert.StartsWith("sitrep: error: ", line);
    }

    [Fact]
    public void Eval_names_a_gold_file_of_the_wrong_shape_with_a_readable_reason_and_no_stack_trace()
    {
        Write("figures-gold.jsonl", "{\"id\": \"a\", \"published\": \"2025-02-01\"}\nthis line is not JSON\n");
        var r = Cli.Run("eval", "events", "--file", Path.Combine(_dir, "figures-gold.jsonl"));

        Assert.Equal(1, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("sitrep: error: eval events: ") && l.Contains("figures-gold.jsonl"));
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.DoesNotContain("Unhandled exception", r.Stderr);
        // Messages are the runtime's sentences, not bare resource keys such as "Arg_KeyNotFound".
        Assert.DoesNotContain("Arg_", r.Stderr);
    }

    [Fact]
    public void A_usage_error_is_one_line_with_exit_code_2_not_the_help_text()
    {
        var r = Cli.Run("export", "--format", "shapefile");

        Assert.Equal(2, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("sitrep: error: ") && l.Contains("shapefile"));
        Assert.Contains(lines, l => l.Contains("sitrep export --help"));
        Assert.DoesNotContain("Options:", r.Stderr + r.Stdout);
    }

    [Theory]
    [InlineData("--batch", "50")]
    [InlineData("--workers", "4")]
    public void Extraction_options_with_broker_are_a_usage_error_before_any_connection(string option, string value)
    {
        // (no broker listens on port 1: the usage error comes first, without trying it)
        var r = Cli.Run("ingest", "samples", "--broker", "nats://127.0.0.1:1", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("have no effect with --broker", r.Stderr);
    }

    [Fact]
    public void Query_export_and_serve_of_a_store_that_is_not_there_say_so_and_create_nothing()
    {
        var typo = Path.Combine(_dir, "sitrpe.db");
        foreach (var args in new[] { new[] { "query", "--store", "sqlite:" + typo }, new[] { "export", "--format", "jsonl", "--store", "sqlite:" + typo },
                     new[] { "serve", "--store", "sqlite:" + typo, "--urls", "http://127.0.0.1:0" } })
        {
            var r = Cli.Run(args);

            Assert.Equal(1, r.ExitCode);
            var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("sitrep: error: no record at ", line);
            Assert.Contains("sitrpe.db", line);
            Assert.Equal("", r.Stdout);
            Assert.False(File.Exists(typo));
        }
    }

    [Fact]
    public void A_country_may_be_named_and_a_name_we_do_not_know_is_a_usage_error()
    {
        Write("strike.txt", "Drone strike kills nine near Timbuktu\n\nA drone strike killed nine civilians near Timbuktu in northern Mali on Sunday, local officials said.\n");
        var store = "sqlite:" + Path.Combine(_dir, "record.db");
        Assert.Equal(0, Cli.Run("ingest", Path.Combine(_dir, "strike.txt"), "--store", store, "--published", "2025-05-12").ExitCode);

        var byCode = Cli.Run("query", "--store", store, "--country", "ML", "--format", "json");
        var byName = Cli.Run("query", "--store", store, "--country", "mali", "--format", "json");
        Assert.Equal(0, byName.ExitCode);
        Assert.NotEqual(0, JsonDocument.Parse(byCode.Stdout).RootElement.GetArrayLength());
        Assert.Equal(byCode.Stdout, byName.Stdout);

        var typo = Cli.Run("query", "--store", store, "--country", "Malli");
        Assert.Equal(2, typo.ExitCode);
        Assert.StartsWith("sitrep: error: --country 'Malli' is no country we know", typo.Stderr);
    }

    [Theory]
    [InlineData("--quad", "four")]
    [InlineData("--plover", "19")]
    [InlineData("--code", "attack")]
    [InlineData("--root", "25")]
    [InlineData("--bbox", "42,37.5,35.5,32.5")]
    [InlineData("--bbox", "35.5,32.5,42,137.5")]
    [InlineData("--near", "36.2,37.1,-5")]
    [InlineData("--limit", "0")]
    public void A_filter_value_that_can_match_nothing_is_a_one_line_usage_error(string option, string value)
    {
        var r = Cli.Run("query", option, value, "--store", "sqlite:" + Path.Combine(_dir, "none.db"));

        Assert.Equal(2, r.ExitCode);
        var first = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
        Assert.StartsWith($"sitrep: error: {option} ", first);
        Assert.Contains(value, first);
        Assert.DoesNotContain("System.", r.Stderr);
    }

    [Fact]
    public void Export_writes_the_mentions_table_beside_any_format_and_refuses_a_directory_for_a_file()
    {
        Write("strike.txt", "Drone strike kills nine near Timbuktu\n\nA drone strike killed nine civilians near Timbuktu in northern Mali on Sunday, local officials said.\n");
        var store = "sqlite:" + Path.Combine(_dir, "record.db");
        Assert.Equal(0, Cli.Run("ingest", Path.Combine(_dir, "strike.txt"), "--store", store, "--published", "2025-05-12").ExitCode);

        var mentions = Path.Combine(_dir, "mentions.tsv");
        var r = Cli.Run("export", "--store", store, "--format", "geojson", "--mentions", mentions, "-o", Path.Combine(_dir, "events.geojson"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("drone strike killed nine", File.ReadAllText(mentions));

        var dir = Cli.Run("export", "--store", store, "--format", "jsonl", "-o", _dir);
        Assert.Equal(2, dir.ExitCode);
        Assert.Equal($"sitrep: error: -o '{_dir}' is a directory; name a file to write.", dir.Stderr.Trim());
    }

    [Fact]
    public void Extract_reads_a_feed_file_as_its_items_as_ingest_does()
    {
        // Items of full text (over Sources.SummaryChars), so no link is followed.
        const string body1 = "<p>Shelling killed two people in a village near Kherson on Monday, the regional governor said. A school and three houses were damaged, and power was cut to the district for several hours while repair crews waited for the shelling to stop. Residents said it was the third attack on the village this month, and that most families with children had already left for the regional capital.</p><p>The governor urged the remaining residents to leave, and said buses would run from the village square each morning. Aid groups said they had set up a kitchen in the regional capital for those who fled, and that more than 300 people had registered there since Friday.</p>";
        const string body2 = "<p>Floodwater cut the road to six hill villages on Sunday, district officials said, and rescue teams used boats to reach stranded families. The district office said about 400 people were sheltering in two schools on higher ground, and that the army had sent trucks with food and drinking water. The river was expected to stay high until the middle of the week, the weather office said.</p><p>Farmers said the water had covered most of the valley's rice fields two weeks before the harvest, and that seed stores in three villages were lost. The district office said it would ask the provincial government for emergency funds and for engineers to inspect two damaged bridges.</p>";
        Write("wire.rss", "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Steppe Wire</title><link>https://steppe.example/</link><description>News</description>" +
            $"<item><title>Shelling kills two near Kherson</title><link>https://steppe.example/1</link><pubDate>Mon, 10 Nov 2025 10:00:00 GMT</pubDate><description>{System.Net.WebUtility.HtmlEncode(body1)}</description></item>" +
            $"<item><title>Floods cut off hill villages</title><link>https://steppe.example/2</link><pubDate>Sun, 09 Nov 2025 10:00:00 GMT</pubDate><description>{System.Net.WebUtility.HtmlEncode(body2)}</description></item>" +
            "</channel></rss>");
        var r = Cli.Run("extract", Path.Combine(_dir, "wire.rss"), "--foundation", "--format", "jsonl");

        Assert.True(r.ExitCode == 0, r.Stderr);
        var docs = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["Shelling kills two near Kherson", "Floods cut off hill villages"], docs.Select(d => d.GetProperty("title").GetString()));
        Assert.Equal("Steppe Wire", docs[0].GetProperty("source").GetString());
        Assert.Equal("2025-11-10", docs[0].GetProperty("published").GetString());
        Assert.DoesNotContain("<item>", r.Stdout);
    }

    [Fact]
    public void A_data_directory_that_does_not_exist_is_warned_about()
    {
        Write("good.txt", "Shelling in Idlib\n\nShelling killed five civilians in Ariha on Sunday, rescuers said.\n");
        var r = Cli.Run("--data", Path.Combine(_dir, "no-such-data"), "extract", Path.Combine(_dir, "good.txt"), "--foundation");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("sitrep: warning: data directory", r.Stderr);
        Assert.Contains("no-such-data", r.Stderr);
    }
}
