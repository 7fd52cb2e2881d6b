using Sitrep.Knowledge;
using Sitrep.Knowledge.Geo;

namespace Sitrep.Knowledge.Tests.Geo;

/// <summary>The gazetteer compiled from small hand-made sources (in the npm cities500 layout) and its binary cache.</summary>
public sealed class GazetteerTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-geo-test-" + Guid.NewGuid().ToString("N"));

    public GazetteerTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(P("countries.tsv"),
            "iso2\tiso3\tname\tlat\tlon\tgeonameid\tpopulation\tcontinent\tcapital\tpoint\n" +
            "SY\tSYR\tSyria\t35\t38\t163843\t22000000\tAS\tDamascus\tgeonames_pcli\n" +
            "US\tUSA\tUnited States\t40\t-99\t6252001\t327000000\tNA\tWashington\tgeonames_pcli\n");
        File.WriteAllText(P("admin1.tsv"),
            "country\tadmin1\tname\tasciiname\tgeonameid\tlat\tlon\tpoint\tiso3166_2\tother_name\n" +
            "SY\t09\tAleppo Governorate\tAleppo Governorate\t170062\t36.15\t37.39\tdr5hn\tSY-HL\t\n" +
            "US\tCA\tCalifornia\tCalifornia\t5332921\t\t\t\tUS-CA\t\n");
        // The npm layout: 19 GeoNames columns, no header.
        File.WriteAllText(P("cities500.txt"),
            "170063\tAleppo\tAleppo\tAlep,Halab,Ḩalab,ALP,حلب\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t390\tAsia/Damascus\t2020-01-01\n" +
            "5350937\tFresno\tFresno\t\t36.74773\t-119.77237\tP\tPPLA2\tUS\t\tCA\t019\t\t\t520052\t\t96\tAmerica/Los_Angeles\t2020-01-01\n" +
            "5391959\tSan Francisco\tSan Francisco\tSF\t37.77493\t-122.41942\tP\tPPLA2\tUS\t\tCA\t075\t\t\t864816\t\t16\tAmerica/Los_Angeles\t2020-01-01\n");
        File.WriteAllText(P("regions.tsv"), "name\talternate_names\tkind\tcountry\tlat\tlon\nMiddle East\tMideast\tmacro_region\t\t29\t41\n");
        File.WriteAllText(P("aliases.tsv"), "alias\ttarget\tmatch\nCalif.\tUS.CA\texact\nU.S.\tUS\texact\n");
        File.WriteAllText(P("adjectives.tsv"), "adjective\ttarget\nSyrian\tSY\n");
    }

    public void Dispose()
    {
        Gazetteer.ClearLoaded();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string P(string name) => Path.Combine(_dir, name);
    private string Cache => Path.Combine(_dir, "cache");

    private GazetteerSources Sources() => new(P("cities500.txt"), P("countries.tsv"), P("admin1.tsv"), null, null, null,
        P("regions.tsv"), P("aliases.tsv"), P("adjectives.tsv"));

    private Gazetteer Load()
    {
        Gazetteer.ClearLoaded();
        var g = Gazetteer.Load(Sources(), Cache, out var problem);
        Assert.Null(problem);
        return g!;
    }

    [Fact]
    public void Alternate_names_with_accents_reach_the_city()
    {
        var g = Load();
        foreach (var name in new[] { "Aleppo", "Alep", "Halab", "Ḩalab", "ḩalab" })
        {
            var hits = g.Find(name);
            Assert.Contains(hits, h => g.Name(h.Place) == "Aleppo" && g.Country(h.Place) == "SY" && g.Kind(h.Place) == GeoKind.City);
        }
    }

    [Fact]
    public void Airport_codes_and_other_scripts_are_not_indexed()
    {
        var g = Load();
        Assert.Empty(g.Find("ALP"));
        Assert.Empty(g.Find("حلب"));
    }

    [Fact]
    public void Regions_drop_their_unit_word_and_keep_their_point()
    {
        var g = Load();
        var hit = Assert.Single(g.Find("Aleppo"), h => g.Kind(h.Place) == GeoKind.Admin1);
        Assert.Equal(36.15, g.Lat(hit.Place), 2);
        Assert.Equal("09", g.Admin1(hit.Place));
    }

    [Fact]
    public void A_region_without_a_point_gets_the_mean_of_its_cities_not_zero()
    {
        var g = Load();
        var ca = g.Admin1Place("US", "CA");
        Assert.True(ca >= 0);
        Assert.InRange(g.Lat(ca), 36.7, 37.8);
        Assert.InRange(g.Lon(ca), -122.5, -119.7);
    }

    [Fact]
    public void Abbreviations_and_demonyms_carry_their_flags()
    {
        var g = Load();
        var calif = Assert.Single(g.Find("Calif."));
        Assert.True(calif.Flags.HasFlag(NameFlags.ExactCase));
        Assert.Equal(g.Admin1Place("US", "CA"), calif.Place);
        var syrian = Assert.Single(g.Find("Syrian"));
        Assert.True(syrian.Flags.HasFlag(NameFlags.Demonym));
        Assert.Equal(g.CountryPlace("SY"), syrian.Place);
        Assert.Contains(g.Find("Syrians"), h => h.Place == g.CountryPlace("SY"));
    }

    [Fact]
    public void The_index_is_cached_and_read_back_identically()
    {
        var built = Load();
        Assert.StartsWith("built", built.Origin);
        var read = Load();
        Assert.StartsWith("cache", read.Origin);
        Assert.Equal(built.Count, read.Count);
        Assert.Equal(built.KeyCount, read.KeyCount);
        for (int i = 0; i < built.Count; i++) Assert.Equal(built.Get(i), read.Get(i));
    }

    [Fact]
    public void Changing_a_source_rebuilds_the_index()
    {
        Load();
        Assert.Empty(Load().Find("Mosul"));
        File.AppendAllText(P("cities500.txt"),
            "99072\tMosul\tMosul\tAl Mawsil\t36.335\t43.11889\tP\tPPLA\tIQ\t\t15\t\t\t\t1739800\t\t223\tAsia/Baghdad\t2020-01-01\n");
        var g = Load();
        Assert.StartsWith("built", g.Origin);
        Assert.NotEmpty(g.Find("Mosul"));
        Assert.Equal(2, Directory.GetFiles(Cache, "gazetteer-*.bin").Length);
    }

    [Fact]
    public void A_damaged_cache_is_rebuilt_not_trusted()
    {
        Load();
        var file = Assert.Single(Directory.GetFiles(Cache, "gazetteer-*.bin"));
        File.WriteAllBytes(file, new byte[] { 1, 2, 3 });
        var g = Load();
        Assert.StartsWith("built", g.Origin);
        Assert.NotEmpty(g.Find("Aleppo"));
    }

    [Fact]
    public void No_sources_is_a_problem_not_a_crash()
    {
        var g = Gazetteer.Load(new GazetteerSources(null, null, null, null, null, null, null, null, null), Cache, out var problem);
        Assert.Null(g);
        Assert.Contains("setup", problem);
    }

    [Fact]
    public void Folding_ignores_case_accents_hyphens_and_curly_apostrophes()
    {
        Assert.Equal(GeoText.Key("Deir ez-Zor"), GeoText.Key("deir ez zor"));
        Assert.Equal(GeoText.Key("Sana’a"), GeoText.Key("Sana'a"));
        Assert.Equal("alep", GeoText.Key("Alép"));
    }

    [Fact]
    public void The_shared_gazetteer_has_countries_regions_and_named_regions_when_present()
    {
        var data = new DataDirectory();
        var sources = GazetteerSources.Find(data);
        if (sources.Cities is null) { Console.WriteLine("skipped: no ../shared/data/geo and no node_modules"); return; }
        var g = Gazetteer.Load(data, out _)!;
        Assert.True(g.Count > 150_000);
        Assert.Contains(g.Find("Donbas"), h => g.Country(h.Place) == "UA");
        Assert.Contains(g.Find("Middle East"), h => g.Kind(h.Place) == GeoKind.MacroRegion);
        Assert.Contains(g.Find("W.Va."), h => g.Admin1(h.Place) == "WV");
        Assert.Contains(g.Find("Emirati"), h => g.Country(h.Place) == "AE");
        var syria = g.CountryPlace("SY");
        Assert.InRange(g.Lat(syria), 34, 36);
    }

    [Fact]
    public void Every_country_of_our_lexicon_has_an_acled_region()
    {
        var data = new DataDirectory();
        var region = CountryNames.AcledRegions(data);
        var rows = CountryNames.Rows(data).ToList();
        Assert.True(rows.Count > 200);
        Assert.All(rows, r => Assert.False(region(r.Iso2) is null, $"{r.Iso2} ({r.Name}) has no ACLED region"));
        // ACLED's own choices where the UN's sub-regions differ, and codes that are no country
        Assert.Equal(("Northern Africa", "Southern Africa", "Middle East", "Caucasus and Central Asia", "Central America"),
            (region("SD"), region("MZ"), region("TR"), region("GE"), region("MX")));
        Assert.Null(region("ZZ"));
        Assert.Null(region("SDN"));
    }

    [Fact]
    public void Acled_country_names_are_acleds_where_they_differ_from_geonames()
    {
        var name = CountryNames.AcledCountries(new DataDirectory());
        Assert.Equal(("Democratic Republic of Congo", "Democratic Republic of Congo", "Palestine", "Sudan", "Syria"),
            (name("CD"), name("COD"), name("PS"), name("SD"), name("SYR")));
        Assert.Null(name("ZZ"));
    }

    [Fact]
    public void A_towns_district_comes_from_its_admin2_code_when_the_data_directory_has_the_tables()
    {
        var data = new DataDirectory();
        if (GazetteerSources.Find(data) is not { Admin2: not null, Cities: not null }) { Console.WriteLine("skipped: no ../shared/data/geo"); return; }
        var district = CountryNames.Admin2Names(data);
        // Ariha (GeoNames 172994), a town of Idlib governorate, lies in Ariha District (8537261), which names itself
        Assert.Equal(("Ariha District", "Ariha District"), (district(172994), district(8537261)));
        Assert.Null(district(163843)); // Syria, a country
        Assert.Null(district(-5));
    }
}
