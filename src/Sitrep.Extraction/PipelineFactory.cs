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
        var b = Foundation(data, cleaning);
        // Later stages (entities, actors, quotes, times, figures, places, events) are added here.
        b.Add(new Times.TimeStage());
        b.Add(Entities.EntityStage.Create(data));
        b.Add(new Extraction.Actors.ActorStage(Extraction.Actors.ActorCoder.Load(data)));
        b.Add(new Places.PlaceStage(Places.PlaceKnowledge.Load(data))); // after the entity stage when there is one
        b.Add(new Figures.FigureStage());
        b.Add(new Extraction.Quotes.QuoteStage(Extraction.Quotes.QuoteCues.Load(data), Extraction.Actors.ActorCoder.Load(data)));
        return b.Build();
    }

    /// <summary>Cleaning, paragraphs, sentences and tokens only: the baseline of the end-to-end benchmark.</summary>
    public static SitrepPipeline CreateFoundation(DataDirectory data, bool cleaning = true) => Foundation(data, cleaning).Build();

    private static PipelineBuilder Foundation(DataDirectory data, bool cleaning) => new PipelineBuilder()
        .Add(cleaning ? new BoilerplateStage() : new NoBoilerplateStage())
        .Add(new ParagraphStage())
        // The trained boundary model when models/ has it (loaded once per process), else rules only.
        .Add(new SentenceStage(BoundaryModel.Shared(data.FindProjectFile(BoundaryModel.RelativePath))))
        .Add(new TokenStage());

    private sealed class NoBoilerplateStage() : Stage("no-boilerplate", Layer.Boilerplate)
    {
        public override void Run(Core.Model.ArticleDocument document) =>
            document.Boilerplate = System.Collections.Immutable.ImmutableArray<Core.Model.Boilerplate>.Empty;
    }
}
