using System.CommandLine;
using System.Text;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Core;
using Sitrep.Extraction;
using Sitrep.Extraction.Syntax;
using Sitrep.Text.Reading;

namespace Sitrep.Cli.Commands;

internal static class AnnotateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "JSONL input ({\"id\",\"text\",\"date\"} per line), or - for stdin.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "-" };
        var layers = new Option<string?>("--layers") { Description = $"Comma-separated layers to output: {string.Join(",", ContractMapper.AnnotationLayers)} (default: all), plus {string.Join(",", ContractMapper.OptionalAnnotationLayers)} (syntax; only when named)." };
        var cmd = new Command("annotate", "Annotate texts as given (no boilerplate removal); one JSON line out per line in.") { file, layers };
        cmd.SetAction(p => Run(p, p.GetValue(file)!, p.GetValue(layers)));
        return cmd;
    }

    private static int Run(ParseResult p, string file, string? layerList)
    {
        HashSet<string>? wanted = null;
        if (layerList is not null)
        {
            wanted = layerList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
            var unknown = wanted.Except(ContractMapper.AnnotationLayers).Except(ContractMapper.OptionalAnnotationLayers).ToList();
            if (unknown.Count > 0)
            {
                CliRunner.Error($"--layers: unknown layer '{string.Join("', '", unknown)}'; valid layers are {string.Join(", ", ContractMapper.AnnotationLayers.Concat(ContractMapper.OptionalAnnotationLayers))}.");
                return 2;
            }
        }
        string content;
        string name = file == "-" ? "<stdin>" : file;
        if (file == "-")
        {
            using var r = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
            content = r.ReadToEnd();
        }
        else
        {
            if (!File.Exists(file)) { CliRunner.Error($"{file}: no such file."); return 1; }
            content = File.ReadAllText(file, Encoding.UTF8);
        }

        var pipeline = PipelineFactory.Create(GlobalOptions.DataDirectory(p), cleaning: false);
        int rejected = 0;
        var articles = new List<RawArticle>();
        foreach (var r in ArticleReader.ReadJsonLines(name, content))
        {
            if (r.Warning is not null) Console.Error.WriteLine($"sitrep: warning: {r.Warning}");
            if (r.Error is not null) { rejected++; Console.Error.WriteLine($"sitrep: rejected {r.Error}"); continue; }
            articles.Add(r.Article!);
        }
        var docs = ExtractCommand.Process(pipeline, articles, p.GetValue(GlobalOptions.Verbose), ref rejected);
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        bool syntax = wanted?.Contains("syntax") == true;
        if (syntax && !pipeline.Provides.Contains(Layer.Deps))
            Console.Error.WriteLine("sitrep: syntax: no syntax models found (models/pos.bin.gz, models/parser.bin.gz); the layer is left out.");
        foreach (var d in docs)
        {
            var a = ContractMapper.ToAnnotation(d, wanted);
            if (syntax && d.GetExtra<PosTags>(Layer.Pos) is { } tags && d.GetExtra<Dependencies>(Layer.Deps) is { } tree)
                a.Syntax = Enumerable.Range(0, tags.Words.Count)
                    .Select(i => new WordJson(tags.Words.Spans[i].Start, tags.Words.Spans[i].End, tags[i], tree.Heads[i], tree.Label(i))).ToList();
            stdout.WriteLine(ContractMapper.Serialize(a));
        }
        return rejected > 0 ? 1 : 0;
    }
}
