using System.Text;
using Sitrep.Text.Reading;

namespace Sitrep.Cli;

/// <summary>Turns the CLI's PATH arguments (files, directories, "-" for stdin) into articles.</summary>
internal static class InputSource
{
    public static IEnumerable<ArticleReader.Result> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var stdin = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
                var content = stdin.ReadToEnd();
                var looksJsonl = content.TrimStart().StartsWith('{');
                var results = looksJsonl
                    ? ArticleReader.ReadJsonLines("<stdin>", content)
                    : [ArticleReader.Result.Ok(new Core.Model.RawArticle("<stdin>", content))];
                foreach (var r in results) yield return r;
            }
            else
            {
                foreach (var r in ArticleReader.ReadPaths([path])) yield return r;
            }
        }
    }
}
