using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Events;
using Sitrep.Knowledge;

namespace Sitrep.Eval;

/// <summary>
/// CAMEO event coding against ../shared/data/events-dev: per origin file, P/R/F1 of exact (source, target, code)
/// triples and of (source country, target country, root), and the share of records coded exactly right.
/// Only asserted and threatened, non-negated events count (the gold codes what happened or was threatened).
/// Records that use the fictional PETRARCH validation dictionaries are coded with those actors added.
/// </summary>
public sealed class EventsEval : IEvalTask
{
    public const string Dir = "events-dev";
    private static readonly string[] Files = ["petr2-gsr-validation.jsonl", "petr1-unittest.jsonl", "ud-petr-unittest.jsonl", "petr-pytests.jsonl"];
    public string Name => "events";
    public string Description => "CAMEO event triples P/R/F1 per origin file on events-dev";
    public IReadOnlyList<string> Requires => [$"{Dir}/petr2-gsr-validation.jsonl"];

    public IReadOnlyDictionary<string, double> Run(DataDirectory data, TextWriter output, EvalOptions options)
    {
        var scores = new Dictionary<string, double>();
        var basePipeline = PipelineFactory.Create(data, cleaning: false);
        if (!basePipeline.Provides.Contains(Sitrep.Core.Layer.Events))
        {
            output.WriteLine("eval events: skipped: the pipeline has no event stage (syntax models missing? run `sitrep train pos` and `sitrep train parser`).");
            return scores;
        }
        var files = options.File is not null ? [options.File] : Files.Select(f => data.FindData($"{Dir}/{f}")).Where(f => f is not null).Cast<string>().ToArray();
        foreach (var file in files)
        {
            var pipeline = basePipeline;
            var name = Path.GetFileNameWithoutExtension(file);
            if (name.Contains("unittest")) pipeline = WithValidationActors(data, name.StartsWith("ud") ? "cameo/validate/ud" : "cameo/validate") ?? basePipeline;
            var triples = new Prf(); var countries = new Prf();
            int records = 0, exact = 0;
            foreach (var line in File.ReadLines(file))
            {
                if (options.Limit is { } lim && records >= lim) break;
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var text = root.GetProperty("text").GetString()!;
                var gold = root.GetProperty("events").EnumerateArray()
                    .Select(e => (S: e.GetProperty("source").GetString() ?? "", T: e.GetProperty("target").GetString() ?? "", C: e.GetProperty("code").GetString() ?? ""))
                    .ToHashSet();
                DateOnly? date = root.TryGetProperty("date", out var d) && DateOnly.TryParse(d.GetString(), out var dd) ? dd : null;
                var doc = pipeline.Run(new ArticleDocument(text) { Published = date });
                var pred = doc.Events.Where(e => !e.Negated && e.Modality is Modality.Asserted or Modality.Threatened)
                    .Select(e => (S: e.Source, T: e.Target, C: e.Code)).ToHashSet();
                triples.AddSets(gold, pred);
                countries.AddSets(gold.Select(Coarse), pred.Select(Coarse));
                records++;
                if (gold.SetEquals(pred)) exact++;
                else if (options.Verbose)
                    output.WriteLine($"  {root.GetProperty("id").GetString()}: gold [{string.Join("; ", gold)}] got [{string.Join("; ", pred)}]  {text}");
            }
            output.WriteLine($"events eval: {name} ({records} records)");
            output.WriteLine($"  triples (source, target, code)       {triples}");
            output.WriteLine($"  countries+root                       {countries}");
            output.WriteLine($"  records exactly right                {exact}/{records} = {(double)exact / Math.Max(1, records):F3}");
            scores[$"{name}.triple_p"] = triples.Precision;
            scores[$"{name}.triple_r"] = triples.Recall;
            scores[$"{name}.triple_f1"] = triples.F1;
            scores[$"{name}.country_root_f1"] = countries.F1;
            scores[$"{name}.exact_records"] = (double)exact / Math.Max(1, records);
        }
        return scores;
    }

    private static (string, string, string) Coarse((string S, string T, string C) e) =>
        (e.S.Length >= 3 ? e.S[..3] : e.S, e.T.Length >= 3 ? e.T[..3] : e.T, e.C.Length >= 2 ? e.C[..2] : e.C);

    /// <summary>The standard pipeline, but the event coder also knows the fictional actors of the PETRARCH unit tests.</summary>
    private static SitrepPipeline? WithValidationActors(DataDirectory data, string dir)
    {
        var actors = data.FindData($"{dir}/PETR.Validate.actors.txt") ?? data.FindData("cameo/validate/PETR.Validate.actors.txt");
        var agents = data.FindData("cameo/validate/PETR.Validate.agents.txt");
        if (actors is null) return null;
        var extra = PetrarchActors.Read(actors).Concat(agents is null ? [] : PetrarchActors.Read(agents)).ToList();
        return PipelineFactory.CreateWithExtraActors(data, extra);
    }
}
