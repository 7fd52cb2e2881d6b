using System.Collections.Frozen;
using Sitrep.Knowledge;
using Sitrep.Knowledge.Geo;

namespace Sitrep.Extraction.Places;

/// <summary>What the place stage knows: the gazetteer and the capitalised common words that need more evidence. Immutable.</summary>
public sealed class PlaceKnowledge
{
    public PlaceKnowledge(Gazetteer? gazetteer, IEnumerable<string> commonWords, string? problem = null)
    {
        Gazetteer = gazetteer;
        Problem = problem;
        CommonWords = new HashSet<string>(commonWords, StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public Gazetteer? Gazetteer { get; }
    public string? Problem { get; }
    public System.Collections.Frozen.FrozenSet<string> CommonWords { get; }

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, PlaceKnowledge> Cache = new();

    /// <summary>Loads once per data directory layout and cache directory; shared by every pipeline of the process.</summary>
    public static PlaceKnowledge Load(DataDirectory data)
    {
        var key = $"{data.ExplicitDir}|{data.ProjectRoot}|{data.SharedData}|{data.CacheDir}";
        lock (Gate)
        {
            if (Cache.TryGetValue(key, out var k)) return k;
            var g = Gazetteer.Load(data, out var problem);
            var words = new List<string>();
            if (data.FindProjectFile("lexicons/geo-common-words.tsv") is { } p)
                words.AddRange(File.ReadLines(p).Skip(1).Where(l => l.Length > 0 && l[0] != '#' && l != "word").Select(l => l.Trim()));
            return Cache[key] = new PlaceKnowledge(g, words, problem);
        }
    }
}
