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
                // Same decoding, size cap and format sniffing (JSONL, HTML, text) as a file.
                using var stdin = Console.OpenStandardInput();
                foreach (var r in ArticleReader.ReadStream("<stdin>", stdin)) yield return r;
            }
            else
            {
                foreach (var r in ArticleReader.ReadPathsParallel([path])) yield return r;
            }
        }
    }
}
