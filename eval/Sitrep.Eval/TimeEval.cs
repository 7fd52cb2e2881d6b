using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Knowledge;

namespace Sitrep.Eval;

/// <summary>
/// Time expressions against TempEval-3 (TimeBank + AQUAINT) and MEANTIME, with the TempEval-3 measures:
/// strict span P/R/F1 (same offsets), relaxed span P/R/F1 (overlap, one-to-one), type accuracy over the
/// relaxed matches, and value P/R/F1 (a relaxed match whose value is equal counts; precision over all
/// predicted, recall over all gold). The document date (`dct`) is the publication date.
/// </summary>
public sealed class TimeEval : IEvalTask
{
    public static readonly string[] GoldPaths = ["time-dev/tempeval3-tbaq.jsonl", "time-dev/meantime-en-timex.jsonl"];
    public string Name => "time";
    public string Description => "timex strict/relaxed span F1, type accuracy, value F1 on TempEval-3 + MEANTIME";
    public IReadOnlyList<string> Requires => GoldPaths;

    private sealed record Gold(TextSpan Span, string Type, string Value, string Text);

    public IReadOnlyDictionary<string, double> Run(DataDirectory data, TextWriter output, EvalOptions options)
    {
        // Only the layers the time stage reads: the later stages cannot change its output and cost 20x more.
        var pipeline = PipelineFactory.CreateUpToTimes(data, cleaning: false);
        var files = options.File is not null ? [options.File] : GoldPaths.Select(p => data.FindData(p)!).ToArray();
        var strict = new Prf();
        var relaxed = new Prf();
        var value = new Prf();
        int typeOk = 0, matched = 0, docs = 0;
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (options.Limit is { } lim && docs >= lim) break;
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var text = root.GetProperty("text").GetString()!;
                // One MEANTIME document writes its date day first ("03-02-2009"); its gold values read it as 3 February.
                DateOnly? dct = root.TryGetProperty("dct", out var d) && DateOnly.TryParseExact(d.GetString(), ["yyyy-MM-dd", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dd) ? dd : null;
                var gold = root.GetProperty("timexes").EnumerateArray().Select(e => new Gold(
                    new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()),
                    e.GetProperty("type").GetString()!, e.GetProperty("value").GetString() ?? "", e.GetProperty("text").GetString()!)).ToList();
                var doc = pipeline.Run(new ArticleDocument(text) { Published = dct });
                var pred = doc.Times;
                // MEANTIME annotates only the title, the dateline and the first four sentences (lines 0-5 of
                // its text); predictions past that are not scored, as the corpus has no gold there.
                var id = root.TryGetProperty("id", out var idEl) ? idEl.GetString() ?? "" : "";
                if (id.StartsWith("meantime", StringComparison.Ordinal))
                {
                    int cut = 0;
                    for (int ln = 0; ln < 6 && cut >= 0; ln++) cut = text.IndexOf('\n', cut) is int nl && nl >= 0 ? nl + 1 : -1;
                    if (cut > 0) pred = pred.Where(p => p.Span.End <= cut).ToImmutableArray();
                    // Line 1 is the dateline, the document's creation time: the corpus removed that TIMEX from
                    // the gold list when it gave the date as `dct`, so a prediction there is neither right nor wrong.
                    int a = text.IndexOf('\n');
                    int b = a < 0 ? -1 : text.IndexOf('\n', a + 1);
                    if (dct is not null && a >= 0 && b > a) pred = pred.Where(p => p.Span.End <= a || p.Span.Start > b).ToImmutableArray();
                }
                docs++;

                strict.AddSets(gold.Select(g => g.Span), pred.Select(p => p.Span));
                // One-to-one relaxed matching: each gold takes the first unused overlapping prediction.
                var used = new bool[pred.Length];
                int rtp = 0, vtp = 0;
                var goldHit = new bool[gold.Count];
                for (int gi = 0; gi < gold.Count; gi++)
                {
                    var g = gold[gi];
                    for (int k = 0; k < pred.Length; k++)
                    {
                        if (used[k] || !pred[k].Span.Overlaps(g.Span)) continue;
                        used[k] = true; goldHit[gi] = true; rtp++; matched++;
                        var p = pred[k];
                        if (p.Type.ToString() == g.Type) typeOk++;
                        if (p.Value == g.Value) vtp++;
                        else if (options.Verbose) output.WriteLine($"  VALUE {root.GetProperty("id").GetString()} dct {dct:yyyy-MM-dd} '{g.Text}' gold {g.Type} {g.Value} | got '{p.Span.Of(text)}' {p.Type} {p.Value} {p.Mod}  …{Context(text, g.Span)}…");
                        break;
                    }
                }
                relaxed.Add(rtp, pred.Length - rtp, gold.Count - rtp);
                value.Add(vtp, pred.Length - vtp, gold.Count - vtp);
                if (options.Verbose)
                {
                    for (int gi = 0; gi < gold.Count; gi++)
                        if (!goldHit[gi]) output.WriteLine($"  MISS  '{gold[gi].Text}' {gold[gi].Type} {gold[gi].Value}  …{Context(text, gold[gi].Span)}…");
                    for (int k = 0; k < pred.Length; k++)
                        if (!used[k]) output.WriteLine($"  EXTRA '{pred[k].Span.Of(text)}' {pred[k].Type} {pred[k].Value}  …{Context(text, pred[k].Span)}…");
                }
            }
        }
        double typeAcc = matched == 0 ? 0 : (double)typeOk / matched;
        output.WriteLine($"time eval over {docs} documents ({string.Join(", ", files.Select(Path.GetFileName))})");
        output.WriteLine($"  strict span   {strict}");
        output.WriteLine($"  relaxed span  {relaxed}");
        output.WriteLine($"  type accuracy {typeAcc:F4} (over {matched} relaxed matches)");
        output.WriteLine($"  value         {value}");
        return new Dictionary<string, double>
        {
            ["strict_f1"] = strict.F1,
            ["relaxed_f1"] = relaxed.F1,
            ["type_accuracy"] = typeAcc,
            ["value_f1"] = value.F1,
        };
    }

    private static string Context(string text, TextSpan s)
    {
        int a = Math.Max(0, s.Start - 40), b = Math.Min(text.Length, s.End + 40);
        return text[a..b].Replace('\n', ' ');
    }
}
