using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Places;
using Sitrep.Knowledge;
using Sitrep.Knowledge.Geo;

namespace Sitrep.Bench;

/// <summary>
/// The gazetteer and the place stage: loading the compiled index from its cache (the allocated bytes
/// column is the index's memory), and geocoding the bundled corpus on top of the foundation pipeline
/// (compare with TimeFigureBenchmarks.Perf_Foundation). `-- --filter *GeoBenchmarks*`.
/// </summary>
[MemoryDiagnoser]
public class GeoBenchmarks
{
    private readonly DataDirectory _data = new();
    private List<RawArticle> _articles = new();
    private SitrepPipeline _foundation = null!;
    private PlaceStage _places = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = Corpus.Load(null);
        _foundation = PipelineFactory.CreateFoundation(_data);
        var knowledge = PlaceKnowledge.Load(_data);
        if (knowledge.Gazetteer is null) throw new InvalidOperationException($"no gazetteer: {knowledge.Problem}");
        _places = new PlaceStage(knowledge);
    }

    [Benchmark]
    public int Gazetteer_load_from_cache()
    {
        Gazetteer.ClearLoaded();
        return Gazetteer.Load(_data, out _)!.Count;
    }

    /// <summary>The baseline for <see cref="Foundation_plus_places"/>: BenchmarkDotNet's Ratio column is then the stage's cost.
    /// The end-to-end figure (the whole pipeline with and without the place stage) is `-- e2e --places`.</summary>
    [Benchmark(Baseline = true)]
    public int Foundation_only()
    {
        int n = 0;
        foreach (var a in _articles) n += _foundation.Run(a.ToDocument()).Tokens.Length;
        return n;
    }

    [Benchmark]
    public int Foundation_plus_places()
    {
        int n = 0;
        foreach (var a in _articles)
        {
            var doc = _foundation.Run(a.ToDocument());
            _places.Run(doc);
            n += doc.Places.Length;
        }
        return n;
    }
}
