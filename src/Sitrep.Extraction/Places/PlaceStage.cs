using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Finds the places an article names and geocodes them with the gazetteer, resolving ambiguous names
/// by the article's own evidence (see <see cref="PlaceResolver"/>). Uses the entity layer when an
/// earlier stage provided it; works from capitalisation and context alone otherwise.
/// </summary>
public sealed class PlaceStage(PlaceKnowledge knowledge) : Stage("places", Layer.Places, Layer.Sentences, Layer.Tokens)
{
    public const string NoGazetteer = "GEO001";

    public PlaceKnowledge Knowledge { get; } = knowledge;

    public override void Run(ArticleDocument document)
    {
        if (Knowledge.Gazetteer is null)
        {
            document.Report(new Diagnostic(NoGazetteer, Severity.Warning,
                $"places not geocoded: {Knowledge.Problem ?? "no gazetteer"}. Run scripts/setup.sh or pass --data with geo/ in it."));
            document.Places = ImmutableArray<Place>.Empty;
            return;
        }
        var resolved = new PlaceResolver(Knowledge, document).Resolve();
        document.Places = resolved.Where(p => !document.IsBoilerplate(p.Span)).ToImmutableArray();
    }
}
