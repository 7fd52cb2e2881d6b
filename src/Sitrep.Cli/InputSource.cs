using Sitrep.Ingest;
using Sitrep.Text.Reading;

namespace Sitrep.Cli;

/// <summary>Turns the CLI's PATH arguments (files, directories, feeds, JSON dumps, "-" for stdin) into articles.</summary>
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
                foreach (var r in ArticleReader.ReadPathsParallel([path]))
                {
                    // A feed or a JSON dump is many articles, read as ingest reads them (it was one text of raw XML or JSON).
                    var file = r.Article?.Name ?? r.Error?.Input;
                    if (file is not null && Sources.IsContainer(file) && File.Exists(file))
                    {
                        using var fetcher = new HttpFetcher();
                        foreach (var x in new Sources(fetcher).ReadAsync([file]).ToBlockingEnumerable()) yield return x;
                    }
                    else yield return r;
                }
            }
        }
    }
}
