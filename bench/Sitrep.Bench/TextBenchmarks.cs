using System.Text;
using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Knowledge;

namespace Sitrep.Bench;

/// <summary>Stage benchmarks over the bundled corpus. Throughput in MB/s = CorpusBytes / mean time.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private List<RawArticle> _articles = new();
    private SitrepPipeline _foundation = null!;

    public long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = Corpus.Load(null);
        CorpusBytes = _articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        _foundation = PipelineFactory.CreateFoundation(new DataDirectory());
    }

    [Benchmark(Baseline = true)]
    public int Foundation_pipeline()
    {
        int n = 0;
        foreach (var a in _articles) n += _foundation.Run(a.ToDocument()).Tokens.Length;
        return n;
    }
}
