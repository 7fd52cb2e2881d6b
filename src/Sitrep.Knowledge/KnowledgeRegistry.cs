namespace Sitrep.Knowledge;

/// <summary>
/// Collects what each knowledge loader found, so `sitrep doctor` can list it. Loaders call
/// <see cref="Describe"/> from a static probe; nothing here loads data itself.
/// </summary>
public static class KnowledgeRegistry
{
    private static readonly List<Func<DataDirectory, IEnumerable<KnowledgeSource>>> Probes = new();

    public static void Register(Func<DataDirectory, IEnumerable<KnowledgeSource>> probe)
    {
        lock (Probes) Probes.Add(probe);
    }

    public static IReadOnlyList<KnowledgeSource> Describe(DataDirectory data)
    {
        Func<DataDirectory, IEnumerable<KnowledgeSource>>[] probes;
        lock (Probes) probes = Probes.ToArray();
        return probes.SelectMany(p => p(data)).ToList();
    }
}
