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
    public static SitrepPipeline Create(DataDirectory data, bool cleaning = true) => Assemble(data, cleaning, null, null);

    /// <summary>Every stage before tagging, parsing and event coding: for scoring the coder on parses given from outside.</summary>
    public static SitrepPipeline CreateBeforeSyntax(DataDirectory data, bool cleaning = true) => Assemble(data, cleaning, null, null, syntax: false);

    private static SitrepPipeline Assemble(DataDirectory data, bool cleaning, IReadOnlyList<Sitrep.Extraction.Events.ActorPhrase>? extraActors, string? verbDictionary, bool syntax = true,
        string? discards = null)
    {
        var b = Foundation(data, cleaning);
        // Later stages (entities, actors, quotes, times, figures, places, events) are added here.
        b.Add(new Times.TimeStage());
        b.Add(Entities.EntityStage.Create(data));
        b.Add(new Extraction.Actors.ActorStage(Extraction.Actors.ActorCoder.Load(data)));
        b.Add(new Places.PlaceStage(Places.PlaceKnowledge.Load(data))); // after the entity stage when there is one
        b.Add(new Figures.FigureStage());
        b.Add(new Extraction.Quotes.QuoteStage(Extraction.Quotes.QuoteCues.Load(data), Extraction.Actors.ActorCoder.Load(data)));
        if (syntax) Syntax(b, data, extraActors, verbDictionary, discards);
        return b.Build();
    }

    /// <summary>
    /// For evaluation against gold coded with other dictionaries: the annotate pipeline whose event coder also
    /// knows <paramref name="actors"/> and reads its PETRARCH verb patterns from <paramref name="verbDictionary"/>
    /// (instead of the data directory's CAMEO.2.0.txt) when given, and leaves out what the PETRARCH discard file
    /// <paramref name="discards"/> lists beside our own discards.
    /// </summary>
    public static SitrepPipeline CreateWithExtraActors(DataDirectory data, IReadOnlyList<Sitrep.Extraction.Events.ActorPhrase> actors, string? verbDictionary = null,
        string? discards = null)
        => Assemble(data, false, actors, verbDictionary, discards: discards);

    /// <summary>Tagging, parsing and event coding, when the committed syntax models are found.</summary>
    private static void Syntax(PipelineBuilder b, DataDirectory data, IReadOnlyList<Sitrep.Extraction.Events.ActorPhrase>? extraActors, string? verbDictionary,
        string? discards = null)
    {
        var tagger = Sitrep.Extraction.Syntax.SyntaxModels.LoadTagger(data, out _);
        var parser = Sitrep.Extraction.Syntax.SyntaxModels.LoadParser(data, out _);
        if (tagger is null || parser is null) return;
        b.Add(new Sitrep.Extraction.Syntax.PosStage(tagger)).Add(new Sitrep.Extraction.Syntax.ParseStage(parser, tagger));
        b.Add(new Sitrep.Extraction.Events.EventStage(Sitrep.Extraction.Events.EventStage.LoadCoder(data, new List<string>(), extraActors, verbDictionary), useActors: true,
            Sitrep.Extraction.Events.EventDiscards.Load(data, new List<string>()).With(discards)));
    }

    /// <summary>Cleaning, paragraphs, sentences and tokens only: the baseline of the end-to-end benchmark.</summary>
    public static SitrepPipeline CreateFoundation(DataDirectory data, bool cleaning = true) => Foundation(data, cleaning).Build();

    /// <summary>The foundation plus the time stage: what the time evaluation needs, nothing slower.</summary>
    public static SitrepPipeline CreateUpToTimes(DataDirectory data, bool cleaning = true) => Foundation(data, cleaning).Add(new Times.TimeStage()).Build();

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
