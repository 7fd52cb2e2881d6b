using Sitrep.Knowledge;
using Sitrep.Knowledge.Geo;

namespace Sitrep.Extraction.Places;

/// <summary>`sitrep doctor` lines for the gazetteer: each source, and the compiled index (loading it if needed).</summary>
internal static class GeoProbe
{
    public static IEnumerable<KnowledgeSource> Describe(DataDirectory data)
    {
        var sources = GazetteerSources.Find(data);
        foreach (var (role, path) in sources.All())
            yield return new KnowledgeSource($"geo: {role}", path, path is null ? "-" : Origin(data, path));
        var k = PlaceKnowledge.Load(data);
        var g = k.Gazetteer;
        yield return g is null
            ? new KnowledgeSource("geo: gazetteer index", null, "-", k.Problem)
            : new KnowledgeSource("geo: gazetteer index", data.CacheDir, "cache",
                $"{g.Count:N0} places, {g.KeyCount:N0} names, {g.Origin}, {g.LoadTime.TotalMilliseconds:F0} ms");
    }

    private static string Origin(DataDirectory data, string path) =>
        path.Contains("node_modules", StringComparison.Ordinal) ? "npm package"
        : data.ProjectRoot is not null && path.StartsWith(Path.Combine(data.ProjectRoot, "lexicons"), StringComparison.Ordinal) ? "project"
        : "data directory";
}
