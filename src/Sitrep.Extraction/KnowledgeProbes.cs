using Sitrep.Knowledge;

namespace Sitrep.Extraction;

/// <summary>Registers each knowledge source's probe with <see cref="KnowledgeRegistry"/> (for `doctor`).</summary>
public static class KnowledgeProbes
{
    private static int _done;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1) return;
        KnowledgeRegistry.Register(d => new[]
        {
            Probe(d, "data: CAMEO code table", "cameo/cameo-codes.tsv"),
            Probe(d, "data: PETRARCH verb dictionary (optional; widens event verbs)", Events.EventStage.PetrarchVerbsPath),
            Probe(d, "data: UD English EWT dev (tokens)", "tokens-dev/ud-en-ewt-dev.jsonl"),
        });
        // Each stage's knowledge adds its probe here.
        KnowledgeRegistry.Register(Actors.ActorKnowledge.Probes);
        KnowledgeRegistry.Register(Places.GeoProbe.Describe);
        KnowledgeRegistry.Register(d =>
        {
            var path = d.FindProjectFile(Sitrep.Text.Segmentation.BoundaryModel.RelativePath);
            var model = Sitrep.Text.Segmentation.BoundaryModel.TryLoad(path, out var problem);
            return [new KnowledgeSource("model: sentence boundaries", model is null ? null : path, model is null ? "-" : "project",
                model is null ? $"{problem} (run `sitrep train sentences`)" : "averaged perceptron; rules decide when absent")];
        });
        KnowledgeRegistry.Register(d => new[] { ProjectProbe(d, "model: NER tagger (entities)", Entities.EntityStage.RelativeModelPath) });
        KnowledgeRegistry.Register(d => new[]
        {
            ProjectProbe(d, "model: POS tagger", Syntax.SyntaxModels.PosPath),
            ProjectProbe(d, "model: dependency parser", Syntax.SyntaxModels.ParserPath),
            ProjectProbe(d, "lexicon: event verbs", Events.EventLexicon.VerbsPath),
            ProjectProbe(d, "lexicon: event nouns", Events.EventLexicon.NounsPath),
            ProjectProbe(d, "lexicon: CAMEO table (typed fallback)", "lexicons/events-cameo.tsv"),
        });
    }

    public static KnowledgeSource Probe(DataDirectory d, string name, string relative)
    {
        var p = d.FindData(relative);
        return new KnowledgeSource(name, p, p is null ? "-" : "data directory");
    }

    public static KnowledgeSource ProjectProbe(DataDirectory d, string name, string relative)
    {
        var p = d.FindProjectFile(relative);
        return new KnowledgeSource(name, p, p is null ? "-" : "project");
    }
}
