using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Places;
using Sitrep.Knowledge;
using Sitrep.Knowledge.Geo;

namespace Sitrep.Eval;

/// <summary>
/// Toponym finding and geocoding against TUD-Loc-2013 (CC BY-NC-SA: measured only, never copied).
/// A gold toponym is found when a predicted place overlaps it. Accuracy@161 km is reported over the
/// gold toponyms with coordinates that were found, and end to end over all of them; country accuracy
/// compares the predicted country with the gold point's country (its GeoNames id when the gazetteer
/// has it, else the country of the nearest gazetteer city within 100 km).
/// </summary>
public sealed class GeoEval : IEvalTask
{
    public const string GoldPath = "geo-dev/tud-loc-2013.jsonl";
    public string Name => "geo";
    public string Description => "toponym P/R, accuracy@161km and country accuracy on TUD-Loc-2013";
    public IReadOnlyList<string> Requires => [GoldPath];

    private static readonly HashSet<string> Named = new(StringComparer.Ordinal) { "COUNTRY", "CITY", "UNIT", "REGION", "CONTINENT" };

    private sealed class Score
    {
        public int Gold, GoldNamed, Found, FoundNamed, Pred, PredHit, WithCoords, FoundWithCoords, Within, CountryTotal, CountryRight;
    }

    public IReadOnlyDictionary<string, double> Run(DataDirectory data, TextWriter output, EvalOptions options)
    {
        var pipeline = UpToPlaces(PipelineFactory.Create(data, cleaning: false));
        var gaz = PlaceKnowledge.Load(data).Gazetteer;
        if (gaz is null) { output.WriteLine("geo eval: no gazetteer (see sitrep doctor)"); return new Dictionary<string, double>(); }
        var countryOf = new GoldCountry(gaz);
        var bySplit = new Dictionary<string, Score>(StringComparer.Ordinal) { ["all"] = new() };
        int docs = 0;
        foreach (var line in File.ReadLines(options.File ?? data.FindData(GoldPath)!))
        {
            if (options.Limit is { } lim && docs >= lim) break;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var split = root.TryGetProperty("split", out var sp) ? sp.GetString() ?? "?" : "?";
            var doc = pipeline.Run(new ArticleDocument(text));
            var map = CodePointToUtf16(text);
            var gold = root.GetProperty("toponyms").EnumerateArray().Select(t => new
            {
                Span = new TextSpan(map[t.GetProperty("start").GetInt32()], map[t.GetProperty("end").GetInt32()]),
                Type = t.GetProperty("type").GetString() ?? "",
                Lat = t.GetProperty("lat").ValueKind == JsonValueKind.Number ? t.GetProperty("lat").GetDouble() : (double?)null,
                Lon = t.GetProperty("lon").ValueKind == JsonValueKind.Number ? t.GetProperty("lon").GetDouble() : (double?)null,
                GeonameId = t.TryGetProperty("geonameid", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetInt64() : (long?)null,
            }).ToList();
            if (!bySplit.TryGetValue(split, out var ss)) bySplit[split] = ss = new Score();
            foreach (var s in new[] { bySplit["all"], ss })
            {
                s.Pred += doc.Places.Length;
                s.PredHit += doc.Places.Count(p => gold.Any(gt => gt.Span.Overlaps(p.Span)));
                foreach (var gt in gold)
                {
                    bool named = Named.Contains(gt.Type);
                    s.Gold++;
                    if (named) s.GoldNamed++;
                    var pred = doc.Places.Where(p => p.Span.Overlaps(gt.Span)).OrderByDescending(p => Overlap(p.Span, gt.Span)).FirstOrDefault();
                    if (pred is not null) { s.Found++; if (named) s.FoundNamed++; }
                    if (gt.Lat is not { } lat || gt.Lon is not { } lon) continue;
                    s.WithCoords++;
                    if (pred is null)
                    {
                        if (options.Verbose && named && s == ss) output.WriteLine($"  MISS  {gt.Type,-9} {doc.Slice(gt.Span)}");
                        continue;
                    }
                    s.FoundWithCoords++;
                    var km = PlaceResolverKm(pred.Lat, pred.Lon, lat, lon);
                    if (km <= 161) s.Within++;
                    else if (options.Verbose && s == ss) output.WriteLine($"  FAR   {gt.Type,-9} {doc.Slice(gt.Span)} → {pred.Name} {pred.Country} ({km:F0} km)");
                    // Country accuracy is over answers that name a country: a continent or a sea has none.
                    if (gt.Type == "CONTINENT" || pred.Country.Length == 0) continue;
                    var gc = countryOf.Of(gt.GeonameId, lat, lon);
                    if (gc is null) continue;
                    s.CountryTotal++;
                    if (gc == pred.Country) s.CountryRight++;
                    else if (options.Verbose && s == ss) output.WriteLine($"  CTRY  {gt.Type,-9} {doc.Slice(gt.Span)} → {pred.Name} {pred.Country} (gold {gc}, {km:F0} km)");
                }
                if (options.Verbose && s == ss)
                    foreach (var p in doc.Places.Where(p => !gold.Any(gt => gt.Span.Overlaps(p.Span))))
                        output.WriteLine($"  FP    {doc.Slice(p.Span)} → {p.Name} {p.Country} {p.Precision}");
            }
            docs++;
        }
        output.WriteLine($"geo eval over {docs} documents ({GoldPath}; measured only, CC BY-NC-SA)");
        foreach (var (name, s) in bySplit.OrderBy(kv => kv.Key == "all" ? "" : kv.Key))
        {
            double p = Div(s.PredHit, s.Pred), r = Div(s.Found, s.Gold);
            output.WriteLine($"  [{name}] toponyms: P {p:F4}  R {r:F4}  F1 {Div(2 * p * r, p + r):F4}  (gold {s.Gold}, predicted {s.Pred}); " +
                             $"R over named types (country/city/unit/region/continent) {Div(s.FoundNamed, s.GoldNamed):F4}");
            output.WriteLine($"  [{name}] accuracy@161km over found {Div(s.Within, s.FoundWithCoords):F4} ({s.Within}/{s.FoundWithCoords}); " +
                             $"end to end {Div(s.Within, s.WithCoords):F4} ({s.Within}/{s.WithCoords}); " +
                             $"country accuracy {Div(s.CountryRight, s.CountryTotal):F4} ({s.CountryRight}/{s.CountryTotal})");
        }
        var a = bySplit["all"];
        double pa = Div(a.PredHit, a.Pred), ra = Div(a.Found, a.Gold);
        return new Dictionary<string, double>
        {
            ["toponym_precision"] = pa,
            ["toponym_recall"] = ra,
            ["accuracy_161km_found"] = Div(a.Within, a.FoundWithCoords),
            ["accuracy_161km_end_to_end"] = Div(a.Within, a.WithCoords),
            ["country_accuracy"] = Div(a.CountryRight, a.CountryTotal),
        };
    }

    /// <summary>The annotate pipeline's stages through the place stage: later stages never change places, and parsing is most of the time.</summary>
    private static SitrepPipeline UpToPlaces(SitrepPipeline full)
    {
        var b = new PipelineBuilder();
        foreach (var stage in full.Stages)
        {
            b.Add(stage);
            if (stage.Provides == Layer.Places) break;
        }
        return b.Build();
    }

    private static double PlaceResolverKm(double a, double b, double c, double d)
    {
        const double r = 6371.0088, k = Math.PI / 180;
        double h = Math.Pow(Math.Sin((c - a) * k / 2), 2) + Math.Cos(a * k) * Math.Cos(c * k) * Math.Pow(Math.Sin((d - b) * k / 2), 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
    private static double Div(double a, double b) => b == 0 ? 0 : a / b;

    /// <summary>The gold file's offsets count code points (Python); ours count UTF-16 units.</summary>
    private static int[] CodePointToUtf16(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        map.Add(text.Length);
        return map.ToArray();
    }

    /// <summary>The country of a gold point: by GeoNames id when the gazetteer has it, else the nearest city within 100 km.</summary>
    private sealed class GoldCountry
    {
        private readonly Gazetteer _g;
        private readonly Dictionary<long, string> _byId = new();
        private readonly Dictionary<(int, int), List<int>> _grid = new();

        public GoldCountry(Gazetteer g)
        {
            _g = g;
            for (int i = 0; i < g.Count; i++)
            {
                if (g.GeonameId(i) is { } id && g.Country(i).Length > 0) _byId.TryAdd(id, g.Country(i));
                if (g.Kind(i) != GeoKind.City) continue;
                var cell = ((int)Math.Floor(g.Lat(i)), (int)Math.Floor(g.Lon(i)));
                if (!_grid.TryGetValue(cell, out var l)) _grid[cell] = l = new List<int>();
                l.Add(i);
            }
        }

        public string? Of(long? geonameId, double lat, double lon)
        {
            if (geonameId is { } id && _byId.TryGetValue(id, out var c)) return c;
            int best = -1;
            double bestKm = 100;
            int la = (int)Math.Floor(lat), lo = (int)Math.Floor(lon);
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                {
                    if (!_grid.TryGetValue((la + dy, lo + dx), out var l)) continue;
                    foreach (var i in l)
                    {
                        var km = PlaceResolverKm(lat, lon, _g.Lat(i), _g.Lon(i));
                        if (km < bestKm) { bestKm = km; best = i; }
                    }
                }
            return best < 0 ? null : _g.Country(best);
        }
    }
}
