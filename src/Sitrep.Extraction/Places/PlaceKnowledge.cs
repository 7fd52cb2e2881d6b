using System.Collections.Frozen;
using Sitrep.Knowledge;
using Sitrep.Knowledge.Geo;

namespace Sitrep.Extraction.Places;

/// <summary>What the place stage knows: the gazetteer and the capitalised common words that need more evidence. Immutable.</summary>
public sealed class PlaceKnowledge
{
    public PlaceKnowledge(Gazetteer? gazetteer, IEnumerable<string> commonWords, string? problem = null,
        IReadOnlyDictionary<string, string>? continents = null)
    {
        Gazetteer = gazetteer;
        Problem = problem;
        CommonWords = new HashSet<string>(commonWords, StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _continents = (continents ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
    }

    private readonly FrozenDictionary<string, string> _continents;

    /// <summary>The continent code (AF, AS, EU, NA, OC, SA, AN) of a country's ISO2 code; null when unknown.</summary>
    public string? Continent(string iso2) => _continents.TryGetValue(iso2, out var c) ? c : null;

    public Gazetteer? Gazetteer { get; }
    public string? Problem { get; }
    public System.Collections.Frozen.FrozenSet<string> CommonWords { get; }

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, PlaceKnowledge> Cache = new();

    /// <summary>lexicons/geo-countries.tsv: iso2 (column 1) → continent (column 8).</summary>
    private static Dictionary<string, string> LoadContinents(DataDirectory data)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data.FindProjectFile("lexicons/geo-countries.tsv") is not { } p) return map;
        foreach (var line in File.ReadLines(p).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length > 7 && f[0].Length == 2 && f[7].Length == 2) map[f[0]] = f[7];
        }
        return map;
    }

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
            return Cache[key] = new PlaceKnowledge(g, words, problem, LoadContinents(data));
        }
    }
}
