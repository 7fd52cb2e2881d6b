using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// One referent of an article: every mention of it (names, "the secretary of state", "he"), the name
/// that stands for it, the titles and roles the article gives it, and the country or organisation it
/// belongs to when the words say so ("Russia's deputy foreign minister Sergei Ryabkov" → Russia).
/// <see cref="Id"/> equals <see cref="Entity.Cluster"/> of its mentions in the Entities layer.
/// </summary>
/// <param name="CanonicalName">The longest name mention ("John Kerry"), never a pronoun or a title.</param>
/// <param name="Mentions">All mention spans in text order (names first-class, nominal and pronoun ones too).</param>
/// <param name="Titles">Title or role phrases as written ("US Secretary of State", "deputy foreign minister"), with spans.</param>
/// <param name="Affiliation">The country or organisation named in a title ("US", "Russia", "State Department"), as written.</param>
public sealed record EntityCluster(
    int Id,
    string CanonicalName,
    EntityLabel Label,
    IReadOnlyList<TextSpan> Mentions,
    IReadOnlyList<(string Title, TextSpan Span)> Titles,
    string? Affiliation,
    TextSpan? AffiliationSpan)
{
    /// <summary>The span of the mention that gave <see cref="CanonicalName"/>.</summary>
    public TextSpan CanonicalSpan { get; init; }
}

/// <summary>Reads the clusters the entities stage attached to a document.</summary>
public static class EntityClusters
{
    /// <summary>The document's clusters ordered by id; empty when the entities stage has not run.</summary>
    public static IReadOnlyList<EntityCluster> Of(ArticleDocument document) =>
        document.GetExtra<EntityCluster[]>(Layer.Clusters) ?? [];

    /// <summary>The cluster with this id, or null (id -1 or unknown).</summary>
    public static EntityCluster? Find(ArticleDocument document, int id)
    {
        var all = Of(document);
        foreach (var c in all)
            if (c.Id == id) return c;
        return null;
    }

    internal static void Set(ArticleDocument document, EntityCluster[] clusters) => document.SetExtra(Layer.Clusters, clusters);
}
