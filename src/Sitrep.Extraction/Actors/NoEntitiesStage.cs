using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Actors;

/// <summary>
/// TEMPORARY placeholder (branch `quotes`): provides an empty Entities layer so the actor and quote
/// stages can run before the entity stage of branch `ner` is merged. Remove it, and its line in
/// PipelineFactory.Create, when the real entity stage lands.
/// </summary>
internal sealed class NoEntitiesStage() : Stage("no-entities (placeholder)", Layer.Entities, Layer.Tokens)
{
    public override void Run(ArticleDocument document) => document.Entities = ImmutableArray<Entity>.Empty;
}
