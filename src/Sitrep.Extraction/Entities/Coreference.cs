using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>Within-article coreference of names, titles and pronouns (placeholder: one cluster per name).</summary>
internal sealed class Coreference(NerLexicon lexicon)
{
    private readonly NerLexicon _lexicon = lexicon;

    public (ImmutableArray<Entity> Entities, EntityCluster[] Clusters) Resolve(ArticleDocument document, List<(TextSpan Span, EntityLabel Label)> names)
    {
        var entities = ImmutableArray.CreateBuilder<Entity>();
        var clusters = new List<EntityCluster>();
        foreach (var (span, label) in names)
        {
            entities.Add(new Entity(span, label, clusters.Count));
            clusters.Add(new EntityCluster(clusters.Count, span.Of(document.Text), label, [span], [], null, null) { CanonicalSpan = span });
        }
        _ = _lexicon;
        return (entities.ToImmutable(), clusters.ToArray());
    }
}
