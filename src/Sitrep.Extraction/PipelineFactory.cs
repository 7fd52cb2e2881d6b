using Sitrep.Core;
using Sitrep.Core.Pipeline;
using Sitrep.Knowledge;
using Sitrep.Text.Cleaning;
using Sitrep.Text.Segmentation;

namespace Sitrep.Extraction;

/// <summary>
/// Builds the standard pipeline. Knowledge (lexicons, models, gazetteer) is loaded once here and
/// shared by the stages, so one built pipeline serves every thread.
/// </summary>
public static class PipelineFactory
{
    /// <param name="cleaning">False for `annotate`: the text is taken as given, no boilerplate removal.</param>
    public static SitrepPipeline Create(DataDirectory data, bool cleaning = true)
    {
        var b = Foundation(cleaning);
        // Later stages (entities, actors, quotes, times, figures, places, events) are added here.
        Syntax(b, data);
        return b.Build();
    }

    /// <summary>Tagging, parsing and event coding, when the committed syntax models are found.</summary>
    /// <summary>For evaluation against gold coded with other actor dictionaries: the annotate pipeline whose event coder also knows <paramref name="actors"/>.</summary>
    public static SitrepPipeline CreateWithExtraActors(DataDirectory data, IReadOnlyList<(string Phrase, string Code)> actors)
    {
        var b = Foundation(false);
        Syntax(b, data, actors);
        return b.Build();
    }

    private static void Syntax(PipelineBuilder b, DataDirectory data, IReadOnlyList<(string Phrase, string Code)>? extraActors = null)
    {
        var tagger = Sitrep.Extraction.Syntax.SyntaxModels.LoadTagger(data, out _);
        var parser = Sitrep.Extraction.Syntax.SyntaxModels.LoadParser(data, out _);
        if (tagger is null || parser is null) return;
        b.Add(new Sitrep.Extraction.Syntax.PosStage(tagger)).Add(new Sitrep.Extraction.Syntax.ParseStage(parser, tagger));
        b.Add(new Sitrep.Extraction.Events.EventStage(Sitrep.Extraction.Events.EventStage.LoadCoder(data, new List<string>(), extraActors)));
    }

    /// <summary>Cleaning, paragraphs, sentences and tokens only: the baseline of the end-to-end benchmark.</summary>
    public static SitrepPipeline CreateFoundation(DataDirectory data, bool cleaning = true) => Foundation(cleaning).Build();

    private static PipelineBuilder Foundation(bool cleaning) => new PipelineBuilder()
        .Add(cleaning ? new BoilerplateStage() : new NoBoilerplateStage())
        .Add(new ParagraphStage())
        .Add(new SentenceStage())
        .Add(new TokenStage());

    private sealed class NoBoilerplateStage() : Stage("no-boilerplate", Layer.Boilerplate)
    {
        public override void Run(Core.Model.ArticleDocument document) =>
            document.Boilerplate = System.Collections.Immutable.ImmutableArray<Core.Model.Boilerplate>.Empty;
    }
}
