using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Text.Cleaning;
using Sitrep.Text.Reading;
using Xunit.Abstractions;

namespace Sitrep.Text.Tests.Cleaning;

/// <summary>Finds ../shared (the design docs and third-party examples) above the test binaries, if present.</summary>
internal static class Shared
{
    public static string? Examples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "examples"), Path.Combine(dir.FullName, "..", "shared", "examples") })
                if (File.Exists(Path.Combine(candidate, "seed-article.txt"))) return Path.GetFullPath(candidate);
        }
        return null;
    }
}

/// <summary>The bar of issue #3: the seed article's boilerplate equals its gold exactly. Reads ../shared; never copies it.</summary>
public sealed class SeedArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_article_boilerplate_equals_the_gold_lines_exactly()
    {
        var examples = Shared.Examples();
        if (examples is null) { output.WriteLine("../shared/examples absent; skipped."); return; }

        var read = ArticleReader.ReadFile(Path.Combine(examples, "seed-article.txt")).Single();
        Assert.NotNull(read.Article);
        var doc = read.Article!.ToDocument();
        new BoilerplateStage().Run(doc);

        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(examples, "seed-article.gold.json")));
        var goldNumbers = gold.RootElement.GetProperty("boilerplate_line_numbers").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var goldLines = gold.RootElement.GetProperty("boilerplate_lines").EnumerateArray().Select(e => e.GetString()!).ToHashSet();

        int LineNumber(int offset) => doc.Text.AsSpan(0, offset).Count('\n') + 1;
        var gotNumbers = doc.Boilerplate.Select(b => LineNumber(b.Span.Start)).ToArray();
        foreach (var b in doc.Boilerplate) output.WriteLine($"{LineNumber(b.Span.Start)} {b.Kind}: {doc.Slice(b.Span)}");

        Assert.Equal(goldNumbers, gotNumbers);
        Assert.Equal(goldLines, doc.Boilerplate.Select(b => doc.Slice(b.Span)).ToHashSet());
        // Whole lines: each span is its line, trimmed.
        foreach (var b in doc.Boilerplate)
        {
            Assert.True(b.Span.Start == 0 || doc.Text[b.Span.Start - 1] == '\n');
            Assert.True(b.Span.End == doc.Text.Length || doc.Text[b.Span.End] is '\n' or '\r');
        }
    }

    [Fact]
    public void Seed_article_title_is_its_first_line_and_its_date_comes_from_the_sidecar()
    {
        var examples = Shared.Examples();
        if (examples is null) { output.WriteLine("../shared/examples absent; skipped."); return; }

        var article = ArticleReader.ReadFile(Path.Combine(examples, "seed-article.txt")).Single().Article!;
        Assert.Equal(new DateOnly(2016, 9, 29), article.Published);
        var doc = article.ToDocument();
        new BoilerplateStage().Run(doc);
        Assert.NotNull(doc.TitleSpan);
        Assert.Equal(0, doc.TitleSpan!.Value.Start);
        Assert.Equal(doc.Title, doc.Slice(doc.TitleSpan.Value));
        Assert.DoesNotContain(doc.Boilerplate, b => b.Span.Overlaps(doc.TitleSpan.Value));
    }
}
