using Sitrep.Knowledge;

namespace Sitrep.Extraction.Actors;

/// <summary>What the actor coder loads, for `sitrep doctor`.</summary>
internal static class ActorKnowledge
{
    public static IEnumerable<KnowledgeSource> Probes(DataDirectory d)
    {
        yield return KnowledgeProbes.ProjectProbe(d, "lexicon: actor countries", ActorLexiconLoader.CountriesFile);
        yield return KnowledgeProbes.ProjectProbe(d, "lexicon: actor roles", ActorLexiconLoader.RolesFile);
        yield return KnowledgeProbes.ProjectProbe(d, "lexicon: actor organisations", ActorLexiconLoader.OrgsFile);
        yield return KnowledgeProbes.ProjectProbe(d, "lexicon: actor office holders", ActorLexiconLoader.PeopleFile);
        foreach (var f in ActorLexiconLoader.PhoenixFiles)
            yield return KnowledgeProbes.Probe(d, "data: " + Path.GetFileName(f) + " (optional)", f);
    }
}
