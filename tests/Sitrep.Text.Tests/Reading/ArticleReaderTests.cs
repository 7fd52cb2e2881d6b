using System.IO.Compression;
using System.Text;
using Sitrep.Text.Reading;

namespace Sitrep.Text.Tests.Reading;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-reader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private const string Article = "Rebels seize Rubaya mines\n\nM23 rebels took control of the Rubaya coltan mines on Tuesday, residents said.\n";

    [Fact]
    public void A_bad_json_line_says_what_is_wrong_in_the_users_terms()
    {
        var lines = "{\"text\": \"Troops shelled the town on Monday.\", \"date\": 20250512}\n" +
            "{\"text\": \"Troops shelled the town on Monday.\", \"source\": [\"Lakes Herald\"]}\n" +
            "not json at all\n" +
            "{\"text\": \"Troops shelled the town on Monday.\"\n";
        var reasons = ArticleReader.ReadJsonLines("dump.jsonl", lines).Select(r => r.Error!.Reason).ToList();

        Assert.Equal(
            [
                "\"date\" must be a string (in quotes)",
                "\"source\" must be a string (in quotes)",
                "not JSON (invalid at column 2)",
                "not JSON (invalid at column 46)",
            ], reasons);
    }

    [Fact]
    public void A_sidecar_meta_json_gives_the_date_source_and_url_of_a_text_file()
    {
        var path = Write("rubaya.txt", Article);
        Write("rubaya.meta.json", """{"published": "2024-05-02", "source": "Lakes Herald", "url": "https://lakesherald.example/rubaya"}""");
        var a = ArticleReader.ReadFile(path).Single().Article!;
        Assert.Equal(new DateOnly(2024, 5, 2), a.Published);
        Assert.Equal("Lakes Herald", a.Source);
        Assert.Equal("https://lakesherald.example/rubaya", a.Url);
        Assert.Equal(Article, a.Text);
    }

    [Fact]
    public void A_broken_sidecar_is_a_warning_and_the_article_is_still_read()
    {
        var path = Write("rubaya.txt", Article);
        Write("rubaya.meta.json", "{ not json");
        var r = ArticleReader.ReadFile(path).Single();
        Assert.NotNull(r.Article);
        Assert.Equal(InputCodes.Meta, r.Warning!.Code);
    }

    [Fact]
    public void Gzipped_text_is_decompressed_and_keeps_its_sidecar()
    {
        var path = Path.Combine(_dir, "rubaya.txt.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes(Article));
        Write("rubaya.meta.json", """{"published": "2024-05-02"}""");
        var a = ArticleReader.ReadFile(path).Single().Article!;
        Assert.Equal(Article, a.Text);
        Assert.Equal(new DateOnly(2024, 5, 2), a.Published);
    }

    [Fact]
    public void A_truncated_gzip_is_refused_not_thrown()
    {
        var path = Path.Combine(_dir, "broken.txt.gz");
        File.WriteAllBytes(path, [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02]);
        var e = ArticleReader.ReadFile(path).Single().Error!;
        Assert.Equal(InputCodes.Gzip, e.Code);
    }

    [Fact]
    public void An_empty_file_is_refused_with_a_reason()
    {
        var e = ArticleReader.ReadFile(Write("empty.txt", "")).Single().Error!;
        Assert.Equal(InputCodes.Empty, e.Code);
        Assert.EndsWith("empty.txt", e.Input);
    }

    [Fact]
    public void A_whitespace_only_file_is_refused_as_empty()
    {
        Assert.Equal(InputCodes.Empty, ArticleReader.ReadFile(Write("blank.txt", " \n\n\t ")).Single().Error!.Code);
    }

    [Fact]
    public void A_file_over_the_cap_is_refused_from_its_size_without_reading_it()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(ArticleReader.MaxFileBytes + 1); // sparse: nothing written
        var e = ArticleReader.ReadFile(path).Single().Error!;
        Assert.Equal(InputCodes.TooLarge, e.Code);
        Assert.Contains("50 MB", e.Reason);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var e = ArticleReader.ReadFile(Path.Combine(_dir, "nope.txt")).Single().Error!;
        Assert.Equal(InputCodes.NotFound, e.Code);
    }

    [Fact]
    public void Html_without_body_text_is_refused()
    {
        var e = ArticleReader.ReadFile(Write("shell.html", "<html><head><title>Live</title></head><body><div id=app></div></body></html>")).Single().Error!;
        Assert.Equal(InputCodes.NoContent, e.Code);
    }

    [Fact]
    public void A_text_file_that_is_really_html_is_read_as_html()
    {
        var a = ArticleReader.ReadFile(Write("page.dat", "<!doctype html><html><body><nav>Menu</nav><p>Shelling hit Avdiivka, officials said.</p></body></html>")).Single().Article!;
        Assert.DoesNotContain("Menu", a.Text);
        Assert.Contains("Avdiivka", a.Text);
        Assert.NotNull(a.HtmlMap);
    }

    [Fact]
    public void Jsonl_lines_become_articles_and_bad_lines_are_named_by_line_number()
    {
        var path = Write("feed.jsonl",
            """
            {"id": "a1", "text": "Clashes in Tripoli.", "date": "2025-05-14", "source": "Meridian Wire"}
            not json at all
            {"id": "a3", "title": "no text here"}

            {"id": "a5", "text": "Strike on Hodeidah.", "dct": "2025-07-09"}
            """);
        var results = ArticleReader.ReadFile(path).ToList();
        Assert.Equal(4, results.Count);
        Assert.Equal(new DateOnly(2025, 5, 14), results[0].Article!.Published);
        Assert.EndsWith("feed.jsonl:2", results[1].Error!.Input);
        Assert.Equal(InputCodes.Json, results[2].Error!.Code);
        Assert.Equal("a5", results[3].Article!.Name);
        Assert.Equal(new DateOnly(2025, 7, 9), results[3].Article!.Published);
    }

    [Fact]
    public void A_jsonl_date_that_is_no_date_is_a_warning_naming_the_line_and_the_article_is_kept_undated()
    {
        var path = Write("feed.jsonl",
            """
            {"id": "b1", "text": "Shelling in Kharkiv on Monday.", "date": "2025-02-31"}
            {"id": "b2", "text": "Talks in Doha on Tuesday.", "date": "2025-03-04"}
            """);
        var results = ArticleReader.ReadFile(path).ToList();
        Assert.Null(results[0].Article!.Published);
        Assert.Equal(InputCodes.Meta, results[0].Warning!.Code);
        Assert.EndsWith("feed.jsonl:1", results[0].Warning!.Input);
        Assert.Contains("2025-02-31", results[0].Warning!.ToString());
        Assert.Null(results[1].Warning);
    }

    [Fact]
    public void Directories_skip_sidecars_gold_files_readmes_and_hidden_files()
    {
        Write("a.txt", Article);
        Write("a.meta.json", "{}");
        Write("a.gold.json", "{}");
        Write("README.md", "# samples");
        Write(".DS_Store", "x");
        var results = ArticleReader.ReadPaths([_dir]).ToList();
        Assert.Single(results);
        Assert.EndsWith("a.txt", results[0].Article!.Name);
    }

    [Fact]
    public void Stdin_content_is_sniffed_as_jsonl_or_text()
    {
        var jsonl = ArticleReader.ReadStream("<stdin>", new MemoryStream(Encoding.UTF8.GetBytes("{\"id\":\"x\",\"text\":\"Fighting in Sennar.\"}\n"))).ToList();
        Assert.Equal("x", jsonl.Single().Article!.Name);
        var text = ArticleReader.ReadStream("<stdin>", new MemoryStream(Encoding.UTF8.GetBytes(Article))).Single();
        Assert.Equal(Article, text.Article!.Text);
    }
}
