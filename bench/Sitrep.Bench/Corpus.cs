using Sitrep.Core.Model;
using Sitrep.Knowledge;
using Sitrep.Text.Reading;

namespace Sitrep.Bench;

/// <summary>The articles a benchmark runs on: a directory given, else ../shared/examples plus samples/.</summary>
internal static class Corpus
{
    public static List<RawArticle> Load(string? dir)
    {
        var root = DataDirectory.FindProjectRoot() ?? Directory.GetCurrentDirectory();
        var dirs = dir is not null
            ? new[] { dir }
            : new[] { Path.Combine(root, "samples"), Path.Combine(root, "..", "shared", "examples") }.Where(Directory.Exists).ToArray();
        return ArticleReader.ReadPaths(dirs)
            .Where(r => r.Article is not null && !r.Article.Name.EndsWith(".json", StringComparison.Ordinal))
            .Select(r => r.Article!)
            .ToList();
    }
}
