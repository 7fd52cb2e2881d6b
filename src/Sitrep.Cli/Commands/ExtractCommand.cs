using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Text.Reading;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Article files or directories (.txt, .html, .jsonl), or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that do not carry one." };
        var source = new Option<string?>("--source") { Description = "Source (outlet) name for inputs that do not carry one." };
        var format = new Option<string?>("--format") { Description = "json (indented; an array when there are several) or jsonl (one document a line). Default: json for one article, jsonl for several." };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var summary = new Option<bool>("--summary") { Description = "Print a summary table instead of the documents." };
        var foundation = new Option<bool>("--foundation") { Description = "Clean, segment and tokenise only (boilerplate, paragraphs, sentences); the later layers stay empty. For fast cleaning of large dumps." };
        var cmd = new Command("extract", "Run the whole pipeline on articles and print one document per article (CONTRACT.md).")
        {
            paths, published, source, format, summary, foundation,
        };
        cmd.SetAction(p => Run(p, p.GetValue(paths)!, p.GetValue(published), p.GetValue(source), p.GetValue(format), p.GetValue(summary), p.GetValue(foundation)));
        return cmd;
    }

    private static int Run(ParseResult p, string[] paths, string? publishedText, string? source, string? format, bool summary, bool foundation)
    {
        if (!CliRunner.TryParsePublished(publishedText, out var published)) return 2;

        var verbose = p.GetValue(GlobalOptions.Verbose);
        var data = GlobalOptions.DataDirectory(p);
        var pipeline = foundation ? PipelineFactory.CreateFoundation(data) : PipelineFactory.Create(data);
        var inputs = InputSource.Read(paths);
        int rejected = 0;
        var articles = new List<RawArticle>();
        foreach (var r in inputs)
        {
            if (r.Warning is not null) Console.Error.WriteLine($"sitrep: warning: {r.Warning}");
            if (r.Error is not null) { rejected++; Console.Error.WriteLine($"sitrep: rejected {r.Error}"); continue; }
            var a = r.Article!;
            if (published is not null && a.Published is null) a = a with { Published = published };
            if (source is not null && a.Source is null) a = a with { Source = source };
            articles.Add(a);
        }

        var sw = Stopwatch.StartNew();
        var docs = Process(pipeline, articles, verbose, ref rejected);
        sw.Stop();

        if (summary)
        {
            PrintSummary(docs, rejected, sw.Elapsed);
        }
        else
        {
            var fmt = format ?? (docs.Count == 1 ? "json" : "jsonl");
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            if (fmt == "jsonl")
            {
                // Serialising is a good part of the work for short documents: do it on all cores, write in order.
                var lines = new string[docs.Count];
                Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                    i => lines[i] = ContractMapper.Serialize(ContractMapper.ToArticle(docs[i])));
                foreach (var line in lines) stdout.WriteLine(line);
            }
            else
            {
                if (docs.Count != 1) stdout.WriteLine("[");
                for (int i = 0; i < docs.Count; i++)
                {
                    stdout.Write(ContractMapper.Serialize(ContractMapper.ToArticle(docs[i]), indented: true));
                    stdout.WriteLine(docs.Count != 1 && i < docs.Count - 1 ? "," : "");
                }
                if (docs.Count != 1) stdout.WriteLine("]");
            }
            stdout.Flush();
        }
        return rejected > 0 ? 1 : 0;
    }

    /// <summary>Runs the pipeline on all cores, keeping input order. A failing article is reported and skipped.</summary>
    internal static List<ArticleDocument> Process(SitrepPipeline pipeline, IReadOnlyList<RawArticle> articles, bool verbose, ref int rejected)
    {
        var results = new ArticleDocument?[articles.Count];
        var errors = new string?[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            try { results[i] = pipeline.Run(articles[i].ToDocument()); }
            catch (Exception e) { errors[i] = verbose ? e.ToString() : e.Message; }
        });
        var docs = new List<ArticleDocument>(articles.Count);
        for (int i = 0; i < articles.Count; i++)
        {
            if (errors[i] is not null) { rejected++; Console.Error.WriteLine($"sitrep: rejected {articles[i].Name}: pipeline failed: {errors[i]}"); }
            else docs.Add(results[i]!);
        }
        return docs;
    }

    private static void PrintSummary(List<ArticleDocument> docs, int rejected, TimeSpan elapsed)
    {
        var console = CliRunner.StdoutConsole();
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Sitrep: extracted articles[/]");
        foreach (var c in new[] { "Article", "Title", "Boiler", "Sent", "Entities", "Actors", "Times", "Quotes", "Figures", "Places", "Events" })
            table.AddColumn(c);
        foreach (var d in docs)
        {
            table.AddRow(
                Markup.Escape(Path.GetFileName(d.Name ?? d.Id)),
                Markup.Escape(Truncate(d.Title ?? "", 44)),
                d.Boilerplate.Length.ToString(), d.Sentences.Length.ToString(), d.Entities.Length.ToString(),
                d.Actors.Length.ToString(), d.Times.Length.ToString(), d.Quotes.Length.ToString(), d.Figures.Length.ToString(), d.Places.Length.ToString(), d.Events.Length.ToString());
        }
        console.Write(table);
        console.MarkupLine($"{docs.Count} articles extracted, {rejected} rejected, in {elapsed.TotalMilliseconds:F0} ms.");
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
