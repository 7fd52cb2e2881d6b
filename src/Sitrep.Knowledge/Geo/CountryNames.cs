namespace Sitrep.Knowledge.Geo;

/// <summary>
/// Country names by ISO alpha-2 and alpha-3 code, from our own lexicons/geo-countries.tsv ("SD" and "SDN" → "Sudan").
/// Empty when the file is missing.
/// </summary>
public static class CountryNames
{
    public static IReadOnlyDictionary<string, string> Read(DataDirectory data)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data.FindProjectFile("lexicons/geo-countries.tsv") is not { } path) return map;
        foreach (var line in File.ReadLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length < 3 || cols[0].Length != 2 || cols[1].Length != 3 || cols[0] == "iso2") continue;
            map[cols[0]] = cols[2];
            map[cols[1]] = cols[2];
        }
        return map;
    }

    /// <summary>A look-up for exporters: the name, or null for a code the file does not have.</summary>
    public static Func<string, string?> Load(DataDirectory data)
    {
        var map = Read(data);
        return code => map.GetValueOrDefault(code);
    }
}
