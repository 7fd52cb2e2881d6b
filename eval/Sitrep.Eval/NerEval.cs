using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Entities;
using Sitrep.Knowledge;

namespace Sitrep.Eval;

/// <summary>
/// Named entities: micro P/R/F1 of exact spans (label and both ends) on each ner-train *-dev.jsonl,
/// the news-like ones pooled, and MEANTIME (ner-dev) with exact and overlap matching. The tagger runs
/// on the gold files' own tokens (they are space-joined), so tokenisation differences do not count.
/// </summary>
public sealed class NerEval : IEvalTask
{
    public const string MeantimePath = "ner-dev/meantime-en-ner.jsonl";
    public string Name => "ner";
    public string Description => "named-entity exact-span F1 on ner-train dev files and MEANTIME";
    public IReadOnlyList<string> Requires => ["ner-train/PROVENANCE.md"];

    public IReadOnlyDictionary<string, double> Run(DataDirectory data, TextWriter output, EvalOptions options)
    {
        var scores = new Dictionary<string, double>();
        var path = EntityStage.ModelPath(data);
        if (path is null)
        {
            output.WriteLine("eval ner: skipped: no model (models/ner.bin.gz); run `sitrep train ner` first.");
            return scores;
        }
        var model = NerModel.Load(path);
        output.WriteLine($"ner eval: model {path} ({model.FeatureCount} feature rows); tokens: the gold files' own (space-separated)");
        if (options.File is not null)
        {
            var prf = Score(model, NerCorpus.Read(options.File, out _), options, output, null);
            output.WriteLine($"  {Path.GetFileName(options.File),-28} {prf.Exact}");
            scores["f1"] = prf.Exact.F1;
            return scores;
        }
        var dir = Path.GetDirectoryName(data.FindData("ner-train/PROVENANCE.md")!)!;
        var newsExact = new Prf();
        var byLabel = new Dictionary<EntityLabel, Prf>();
        foreach (var file in Directory.GetFiles(dir, "*-dev.jsonl").Order(StringComparer.Ordinal))
        {
            var set = Path.GetFileName(file)[..^"-dev.jsonl".Length];
            bool news = NerTrainer.NewsLike.Contains(set);
            var r = Score(model, NerCorpus.Read(file, out _), options, output, news ? byLabel : null);
            output.WriteLine($"  {set,-20}{(news ? " (news)" : "       ")} {r.Exact}");
            scores[$"{set}_f1"] = r.Exact.F1;
            if (news) newsExact.Add(r.Exact.TruePositives, r.Exact.FalsePositives, r.Exact.FalseNegatives);
        }
        output.WriteLine($"  news-like pooled (wikigold, crossner-politics, re3d, gum)  {newsExact}");
        foreach (var (label, prf) in byLabel.OrderBy(kv => kv.Key))
            output.WriteLine($"    {label,-4} {prf}");
        scores["news_f1"] = newsExact.F1;
        if (data.FindData(MeantimePath) is { } meantime)
        {
            var r = Score(model, NerCorpus.Read(meantime, out _), options, output, null);
            output.WriteLine($"  MEANTIME (ner-dev) exact    {r.Exact}");
            output.WriteLine($"  MEANTIME (ner-dev) overlap  {r.Overlap}");
            scores["meantime_exact_f1"] = r.Exact.F1;
            scores["meantime_overlap_f1"] = r.Overlap.F1;
        }
        Seed(data, output, scores, options.Verbose);
        return scores;
    }

    /// <summary>
    /// The seed article through the whole pipeline (our tokens, the tagger, coreference and its lexicon rules): each
    /// gold person must be named somewhere as PER with exactly those words, each gold organisation as ORG; every
    /// PER/ORG name we give that is not one of theirs (nor a shorter form: "Kerry") is listed as extra.
    /// </summary>
    private static void Seed(DataDirectory data, TextWriter output, Dictionary<string, double> scores, bool verbose)
    {
        var seed = SeedArticle.Load(data);
        if (seed is null) return;
        var doc = PipelineFactory.Create(data, cleaning: true).Run(new ArticleDocument(seed.Text) { Published = seed.Published });
        var named = doc.Entities.Where(e => e.Type is null).Select(e => (Text: doc.Slice(e.Span), e.Label)).ToHashSet();
        var people = seed.Gold.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        var orgs = seed.Gold.GetProperty("organizations").EnumerateArray().Select(o => o.GetString()!).ToList();
        var missed = people.Where(p => !named.Contains((p, EntityLabel.PER))).Select(p => "PER " + p)
            .Concat(orgs.Where(o => !named.Contains((o, EntityLabel.ORG)) && !named.Contains((Initials(o), EntityLabel.ORG))).Select(o => "ORG " + o)).ToList();
        var gold = people.Concat(orgs).ToList();
        var extra = named.Where(n => n.Label is EntityLabel.PER or EntityLabel.ORG)
            .Where(n => !gold.Any(g => g.Split(' ').Contains(n.Text) || g == n.Text || Initials(g) == n.Text))
            .Select(n => $"{n.Label} {n.Text}").Order(StringComparer.Ordinal).ToList();
        int found = gold.Count - missed.Count;
        output.WriteLine($"  seed article (our tokens, whole pipeline): people and organisations named with the right label {found}/{gold.Count}; other PER/ORG names {extra.Count}");
        if (verbose || missed.Count > 0) output.WriteLine($"    missed: {string.Join(", ", missed)}");
        if (verbose) output.WriteLine($"    other: {string.Join(", ", extra)}");
        scores["seed_names"] = (double)found / Math.Max(1, gold.Count);

        // The gold writes organisations out ("United Nations"); the article may use the initials ("UN").
        static string Initials(string name) => string.Concat(name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
    }

    private sealed record Result(Prf Exact, Prf Overlap);

    private static Result Score(NerModel model, List<NerSentence> sentences, EvalOptions options, TextWriter output, Dictionary<EntityLabel, Prf>? byLabel)
    {
        var exact = new Prf();
        var overlap = new Prf();
        int n = 0;
        foreach (var s in sentences)
        {
            if (options.Limit is { } lim && n++ >= lim) break;
            var pred = model.TagSentence(s.Text, s.Tokens);
            var gold = s.Entities.ToList();
            exact.AddSets(gold, pred);
            if (byLabel is not null)
                foreach (var label in Enum.GetValues<EntityLabel>())
                {
                    if (!byLabel.TryGetValue(label, out var prf)) byLabel[label] = prf = new Prf();
                    prf.AddSets(gold.Where(g => g.Label == label), pred.Where(p => p.Label == label));
                }
            // Overlap: a prediction counts when it overlaps a gold name of the same label (each gold used once).
            var used = new bool[gold.Count];
            long tp = 0;
            foreach (var p in pred)
            {
                for (int g = 0; g < gold.Count; g++)
                    if (!used[g] && gold[g].Label == p.Label && gold[g].Span.Overlaps(p.Span)) { used[g] = true; tp++; break; }
            }
            overlap.Add(tp, pred.Count - tp, gold.Count - tp);
            if (options.Verbose)
            {
                var missed = gold.Where(g => !pred.Contains(g)).Select(g => $"-{g.Label}:{g.Span.Of(s.Text)}");
                var wrong = pred.Where(p => !gold.Contains(p)).Select(p => $"+{p.Label}:{p.Span.Of(s.Text)}");
                var diff = missed.Concat(wrong).ToList();
                if (diff.Count > 0) output.WriteLine($"    {s.Id}: {string.Join("  ", diff)}");
            }
        }
        return new Result(exact, overlap);
    }
}
