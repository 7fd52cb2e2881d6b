using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Knowledge;

namespace Sitrep.Eval;

/// <summary>Sentence boundaries and tokens against UD English EWT dev (gold offsets as JSONL).</summary>
public sealed class TokensEval : IEvalTask
{
    public const string GoldPath = "tokens-dev/ud-en-ewt-dev.jsonl";
    public string Name => "tokens";
    public string Description => "sentence-boundary and token P/R/F1 on UD English EWT dev";
    public IReadOnlyList<string> Requires => [GoldPath];

    public IReadOnlyDictionary<string, double> Run(DataDirectory data, TextWriter output, EvalOptions options)
    {
        var pipeline = PipelineFactory.Create(data, cleaning: false);
        var sentences = new Prf();
        var boundaries = new Prf();
        var tokens = new Prf();
        int docs = 0;
        foreach (var line in File.ReadLines(options.File ?? data.FindData(GoldPath)!))
        {
            if (options.Limit is { } lim && docs >= lim) break;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var goldSentences = Spans(root.GetProperty("sentences"));
            var goldTokens = Spans(root.GetProperty("tokens"));
            var doc = pipeline.Run(new ArticleDocument(text));
            var predSentences = doc.Sentences.Select(s => s.Span).ToList();
            sentences.AddSets(goldSentences, predSentences);
            // A boundary is a sentence end offset (the start of the next is implied); this is the usual SBD measure.
            boundaries.AddSets(goldSentences.Select(s => s.End), predSentences.Select(s => s.End));
            tokens.AddSets(goldTokens, doc.Tokens.Select(t => t.Span));
            if (options.Verbose) ShowErrors(output, text, goldSentences, predSentences, goldTokens, doc.Tokens.Select(t => t.Span).ToList());
            docs++;
        }
        output.WriteLine($"tokens eval over {docs} documents ({GoldPath})");
        output.WriteLine($"  sentence boundaries  {boundaries}");
        output.WriteLine($"  sentences (exact)    {sentences}");
        output.WriteLine($"  tokens               {tokens}");
        return new Dictionary<string, double>
        {
            ["boundary_f1"] = boundaries.F1,
            ["sentence_f1"] = sentences.F1,
            ["token_f1"] = tokens.F1,
        };
    }

    /// <summary>Prints each boundary and token disagreement with its context (for `eval tokens --verbose`).</summary>
    private static void ShowErrors(TextWriter output, string text, List<TextSpan> goldS, List<TextSpan> predS, List<TextSpan> goldT, List<TextSpan> predT)
    {
        string Ctx(int at) => text[Math.Max(0, at - 30)..at].Replace('\n', '⏎') + "|" + text[at..Math.Min(text.Length, at + 20)].Replace('\n', '⏎');
        var g = goldS.Select(s => s.End).ToHashSet();
        var p = predS.Select(s => s.End).ToHashSet();
        foreach (var e in p.Where(e => !g.Contains(e))) output.WriteLine($"  SENT-FP  {Ctx(e)}");
        foreach (var e in g.Where(e => !p.Contains(e))) output.WriteLine($"  SENT-FN  {Ctx(e)}");
        var gt = goldT.ToHashSet();
        var pt = predT.ToHashSet();
        foreach (var t in predT.Where(t => !gt.Contains(t))) output.WriteLine($"  TOK-FP   [{t.Of(text)}]  in  {Ctx(t.Start)}");
        foreach (var t in goldT.Where(t => !pt.Contains(t))) output.WriteLine($"  TOK-FN   [{t.Of(text)}]  in  {Ctx(t.Start)}");
    }

    private static List<TextSpan> Spans(JsonElement array) =>
        array.EnumerateArray().Select(e => new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())).ToList();
}
