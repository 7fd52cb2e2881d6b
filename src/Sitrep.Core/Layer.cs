namespace Sitrep.Core;

/// <summary>The layers a stage can read or add. <see cref="Text"/> is always present.</summary>
public enum Layer
{
    Text,
    Boilerplate,
    Paragraphs,
    Sentences,
    Tokens,
    Pos,
    Deps,
    Entities,
    Actors,
    Quotes,
    Times,
    Figures,
    Places,
    Events,
    /// <summary>Entity clusters (canonical name, titles, affiliation): set by the entities stage via SetExtra.</summary>
    Clusters,
}
