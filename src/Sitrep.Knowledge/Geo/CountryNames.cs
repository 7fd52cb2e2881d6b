namespace Sitrep.Knowledge.Geo;

/// <summary>
/// Country names by ISO alpha-2 and alpha-3 code, from our own lexicons/geo-countries.tsv ("SD" and "SDN" → "Sudan").
/// Empty when the file is missing.
/// </summary>
public static class CountryNames
{
    /// <summary>The file's rows: alpha-2, alpha-3, name (none when the file is missing).</summary>
    public static IEnumerable<(string Iso2, string Iso3, string Name)> Rows(DataDirectory data)
    {
        foreach (var cols in LexiconRows(data, "geo-countries.tsv", "iso2"))
            if (cols.Length >= 3 && cols[0].Length == 2 && cols[1].Length == 3) yield return (cols[0], cols[1], cols[2]);
    }

    public static IReadOnlyDictionary<string, string> Read(DataDirectory data)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (iso2, iso3, name) in Rows(data)) { map[iso2] = name; map[iso3] = name; }
        return map;
    }

    /// <summary>A look-up for exporters: the name, or null for a code the file does not have.</summary>
    public static Func<string, string?> Load(DataDirectory data)
    {
        var map = Read(data);
        return code => map.GetValueOrDefault(code);
    }

    /// <summary>A country's name as the file writes it ("syria", any case) → its alpha-2 code; null for a name it does not have.</summary>
    public static Func<string, string?> Iso2ByName(DataDirectory data)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (iso2, _, name) in Rows(data)) map.TryAdd(name, iso2);
        return name => map.GetValueOrDefault(name.Trim());
    }

    /// <summary>A country's alpha-3 code ("SDN") from its alpha-2 code ("SD"); null for a code the file does not have.</summary>
    public static Func<string, string?> Iso3(DataDirectory data)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (iso2, iso3, _) in Rows(data)) map.TryAdd(iso2, iso3);
        return iso2 => map.GetValueOrDefault(iso2);
    }

    /// <summary>A country's ISO 3166 numeric code ("729") from its alpha-2 code (GeoNames countryInfo); null when unknown or none.</summary>
    public static Func<string, string?> IsoNumeric(DataDirectory data)
    {
        var map = IsoCodes(data).Where(c => c.Numeric.Length > 0).ToDictionary(c => c.Iso2, c => c.Numeric, StringComparer.Ordinal);
        return iso2 => map.GetValueOrDefault(iso2);
    }

    /// <summary>
    /// A first-level region's name from its country (alpha-2) and admin1 code as places carry them ("SD", "29" → "Northern
    /// Darfur"), from our lexicons/geo-admin1.tsv (the gazetteer's own admin1 table); null when the file or the code is missing.
    /// </summary>
    public static Func<string, string, string?> Admin1Names(DataDirectory data)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cols in LexiconRows(data, "geo-admin1.tsv", "country"))
            if (cols.Length >= 3 && cols[0].Length == 2 && cols[2].Length > 0) map.TryAdd(cols[0] + "." + cols[1], cols[2]);
        return (iso2, admin1) => map.GetValueOrDefault(iso2 + "." + admin1);
    }

    /// <summary>
    /// Country names as ACLED writes them ("CD", "COD" → "Democratic Republic of Congo"): <see cref="Load"/>'s names with
    /// our lexicons/acled-countries.tsv's in their place where ACLED's differ.
    /// </summary>
    public static Func<string, string?> AcledCountries(DataDirectory data)
    {
        var iso3 = Rows(data).ToDictionary(r => r.Iso2, r => r.Iso3, StringComparer.Ordinal);
        var map = new Dictionary<string, string>(Read(data), StringComparer.Ordinal);
        foreach (var cols in LexiconRows(data, "acled-countries.tsv", "iso2"))
        {
            if (cols.Length < 2 || cols[0].Length != 2) continue;
            map[cols[0]] = cols[1];
            if (iso3.TryGetValue(cols[0], out var a3)) map[a3] = cols[1];
        }
        return code => map.GetValueOrDefault(code);
    }

    /// <summary>
    /// The second-level region (district, county) a place lies in, by the place's GeoNames id ("Kharkiv" 706483 →
    /// "Kharkivskyi raion"): a town's from its admin2 code in the gazetteer's cities file, an admin2 unit's its own name;
    /// null for other places and when the data directory lacks the cities or GeoNames' admin2 table. Reads both files
    /// once (about a second): for exports, not for the pipeline.
    /// </summary>
    public static Func<long, string?> Admin2Names(DataDirectory data)
    {
        var sources = GazetteerSources.Find(data);
        if (sources.Admin2 is null || sources.Cities is null) return _ => null;
        // code ("UA.07.12345") country admin1 admin2 name asciiname geonameid ...
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var byId = new Dictionary<long, string>();
        foreach (var f in GazetteerBuilder.Tsv(sources.Admin2))
        {
            if (f.Length < 7 || f[4].Length == 0) continue;
            byCode.TryAdd(f[0], f[4]);
            if (long.TryParse(f[6], out var id)) byId.TryAdd(id, f[4]);
        }
        // the shared copy has a header and 15 columns, the npm package's none; both start with GeoNames' own columns
        bool header = sources.Cities.EndsWith(".gz", StringComparison.Ordinal);
        foreach (var f in GazetteerBuilder.Tsv(sources.Cities, header))
        {
            if (f.Length < 12 || f[11].Length == 0 || !long.TryParse(f[0], out var id)) continue;
            if (byCode.TryGetValue(f[8] + "." + f[10] + "." + f[11], out var name)) byId.TryAdd(id, name);
        }
        return id => byId.GetValueOrDefault(id);
    }

    /// <summary>
    /// ACLED's region of a country ("SD" → "Northern Africa"), from our lexicons/acled-regions.tsv (a region and its
    /// alpha-2 codes a row); null when the file or the code is missing.
    /// </summary>
    public static Func<string, string?> AcledRegions(DataDirectory data)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cols in LexiconRows(data, "acled-regions.tsv", "region"))
            if (cols.Length >= 2)
                foreach (var iso2 in cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)) map.TryAdd(iso2, cols[0]);
        return iso2 => map.GetValueOrDefault(iso2);
    }

    /// <summary>
    /// GeoNames' countryInfo rows: alpha-2, alpha-3, ISO 3166 numeric code (three digits, as Natural Earth's map ids
    /// write it) and name. The map is keyed by numeric code and our events by alpha-2: this joins them at run time.
    /// None when the file is missing.
    /// </summary>
    public static IEnumerable<(string Iso2, string Iso3, string Numeric, string Name)> IsoCodes(DataDirectory data)
    {
        if (data.FindData("geo/geonames_countryInfo.tsv") is not { } path) yield break;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length < 5 || cols[0].Length != 2 || cols[1].Length != 3) continue;
            // Kosovo (XK) has no ISO numeric code: GeoNames writes 0, given here as none.
            var numeric = cols[2].Length == 3 && cols[2].All(char.IsAsciiDigit) ? cols[2] : "";
            yield return (cols[0], cols[1], numeric, cols[4]);
        }
    }

    /// <summary>
    /// The rows of one of our lexicons/ files, split at tabs: none when the file is missing; comment lines ("#") and the
    /// header row (first column <paramref name="header"/>) left out.
    /// </summary>
    private static IEnumerable<string[]> LexiconRows(DataDirectory data, string file, string header)
    {
        if (data.FindProjectFile("lexicons/" + file) is not { } path) yield break;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols[0] != header) yield return cols;
        }
    }
}
