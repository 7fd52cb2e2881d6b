using System.Globalization;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Knowledge;

namespace Sitrep.Eval;

/// <summary>
/// Casualty figures against our hand-made gold (eval/gold/figures.jsonl: invented articles) and the seed
/// article's gold (../shared/examples). A prediction matches a gold figure when kind, low, best and high are
/// equal and the spans overlap (one-to-one); the qualifier score also needs the qualifier equal. The seed gold
/// writes "almost" for what CONTRACT.md calls less_than. Seed predictions inside the gold boilerplate lines are
/// not scored: removing those lines is the cleaning stage's job, not this one's.
/// </summary>
public sealed class FiguresEval : IEvalTask
{
    public const string GoldPath = "eval/gold/figures.jsonl";
    public string Name => "figures";
    public string Description => "figure P/R on (kind, low, best, high) and on qualifier, invented gold + seed article";
    public IReadOnlyList<string> Requires => [];

    private sealed record GoldFigure(TextSpan Span, string Kind, long? Low, long? Best, long? High, string Qualifier);

    public IReadOnlyDictionary<string, double> Run(DataDirectory data, TextWriter output, EvalOptions options)
    {
        var pipeline = PipelineFactory.Create(data, cleaning: false);
        var bounds = new Prf();
        var qualifier = new Prf();
        int docs = 0;
        var goldFile = options.File ?? data.FindProjectFile(GoldPath);
        if (goldFile is null) output.WriteLine($"figures: {GoldPath} not found; scoring the seed article only.");
        else
        {
            foreach (var line in File.ReadLines(goldFile))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                if (options.Limit is { } lim && docs >= lim) break;
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var text = root.GetProperty("text").GetString()!;
                DateOnly? date = root.TryGetProperty("date", out var d) && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dd) ? dd : null;
                var gold = root.GetProperty("figures").EnumerateArray().Select(e => new GoldFigure(
                    new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()), e.GetProperty("kind").GetString()!,
                    Num(e, "low"), Num(e, "best"), Num(e, "high"), e.GetProperty("qualifier").GetString()!)).ToList();
                var doc = pipeline.Run(new ArticleDocument(text) { Published = date });
                Score(root.GetProperty("id").GetString()!, text, gold, doc.Figures.ToList(), bounds, qualifier, output, options.Verbose);
                docs++;
            }
        }
        var seed = SeedGold(data, out var seedText, out var seedDate, out var boiler);
        if (seed is not null && seedText is not null)
        {
            var doc = pipeline.Run(new ArticleDocument(seedText) { Published = seedDate });
            var pred = doc.Figures.Where(f => !boiler.Any(b => b.Overlaps(f.Span))).ToList();
            Score("seed-article", seedText, seed, pred, bounds, qualifier, output, options.Verbose);
            docs++;
        }
        else output.WriteLine("figures: seed article gold not found (../shared/examples); scoring the invented gold only.");
        output.WriteLine($"figures eval over {docs} documents");
        output.WriteLine($"  kind+bounds   {bounds}");
        output.WriteLine($"  + qualifier   {qualifier}");
        return new Dictionary<string, double>
        {
            ["bounds_precision"] = bounds.Precision, ["bounds_recall"] = bounds.Recall,
            ["qualifier_precision"] = qualifier.Precision, ["qualifier_recall"] = qualifier.Recall,
        };
    }

    private static void Score(string id, string text, List<GoldFigure> gold, List<Figure> pred, Prf bounds, Prf qualifier, TextWriter output, bool verbose)
    {
        var used = new bool[pred.Count];
        var usedQ = new bool[pred.Count];
        int tp = 0, tpq = 0;
        foreach (var g in gold)
        {
            bool hit = false;
            for (int k = 0; k < pred.Count; k++)
            {
                var p = pred[k];
                if (used[k] || !p.Span.Overlaps(g.Span) || ContractNames.Of(p.Kind) != g.Kind || p.Count.Low != g.Low || p.Count.Best != g.Best || p.Count.High != g.High) continue;
                used[k] = true; tp++; hit = true;
                if (ContractNames.Of(p.Qualifier) == g.Qualifier) { usedQ[k] = true; tpq++; }
                else if (verbose) output.WriteLine($"  QUAL  {id} '{g.Span.Of(text)}' gold {g.Qualifier} got {ContractNames.Of(p.Qualifier)}");
                break;
            }
            if (!hit && verbose) output.WriteLine($"  MISS  {id} '{g.Span.Of(text)}' {g.Kind} {g.Low}/{g.Best}/{g.High} {g.Qualifier}");
        }
        if (verbose)
            for (int k = 0; k < pred.Count; k++)
                if (!used[k]) output.WriteLine($"  EXTRA {id} '{pred[k].Span.Of(text)}' {ContractNames.Of(pred[k].Kind)} {pred[k].Count.Low}/{pred[k].Count.Best}/{pred[k].Count.High} {ContractNames.Of(pred[k].Qualifier)}");
        bounds.Add(tp, pred.Count - tp, gold.Count - tp);
        qualifier.Add(tpq, pred.Count - tpq, gold.Count - tpq);
    }

    private static long? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    /// <summary>The seed gold gives figure texts, not offsets: each is found in the article outside the boilerplate lines.</summary>
    private static List<GoldFigure>? SeedGold(DataDirectory data, out string? text, out DateOnly? date, out List<TextSpan> boiler)
    {
        text = null; date = null; boiler = new();
        if (SeedArticle.Load(data) is not { } seed) return null;
        text = seed.Text; date = seed.Published;
        var root = seed.Gold;
        foreach (var line in root.GetProperty("boilerplate_lines").EnumerateArray())
        {
            var l = line.GetString()!;
            for (int at = text.IndexOf(l, StringComparison.Ordinal); at >= 0; at = text.IndexOf(l, at + 1, StringComparison.Ordinal))
                boiler.Add(new TextSpan(at, at + l.Length));
        }
        var result = new List<GoldFigure>();
        foreach (var f in root.GetProperty("figures").EnumerateArray())
        {
            var ft = f.GetProperty("text").GetString()!;
            int at = -1;
            for (int p = text.IndexOf(ft, StringComparison.Ordinal); p >= 0; p = text.IndexOf(ft, p + 1, StringComparison.Ordinal))
            {
                var s = new TextSpan(p, p + ft.Length);
                if (!boiler.Any(b => b.Overlaps(s))) { at = p; break; }
            }
            if (at < 0) continue;
            var q = f.GetProperty("qualifier").GetString()!;
            if (q is "almost" or "nearly") q = "less_than";
            result.Add(new GoldFigure(new TextSpan(at, at + ft.Length), f.GetProperty("kind").GetString()!, Num(f, "low"), Num(f, "best"), Num(f, "high"), q));
        }
        return result;
    }
}
