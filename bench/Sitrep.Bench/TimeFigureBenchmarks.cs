using System.Text;
using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Figures;
using Sitrep.Extraction.Times;
using Sitrep.Knowledge;
using Sitrep.Extraction;

namespace Sitrep.Bench;

/// <summary>
/// The time and figure stages alone, on documents already segmented by the foundation pipeline, so the
/// numbers isolate their cost. MB/s = CorpusBytes / mean time.
/// </summary>
[MemoryDiagnoser]
public class TimeFigureBenchmarks
{
    private List<RawArticle> _articles = new();
    private SitrepPipeline _foundation = null!;
    private readonly TimeStage _times = new();
    private readonly FigureStage _figures = new();

    public long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = Corpus.Load(null);
        CorpusBytes = _articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        _foundation = PipelineFactory.CreateFoundation(new DataDirectory());
    }

    [Benchmark(Baseline = true)]
    public int Perf_Foundation() => _articles.Sum(a => _foundation.Run(a.ToDocument()).Tokens.Length);

    [Benchmark]
    public int Perf_Foundation_Times_Figures()
    {
        int n = 0;
        foreach (var a in _articles)
        {
            var d = _foundation.Run(a.ToDocument());
            _times.Run(d);
            _figures.Run(d);
            n += d.Times.Length + d.Figures.Length;
        }
        return n;
    }
}
