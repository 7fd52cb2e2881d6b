using System.Text;
using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Actors;
using Sitrep.Knowledge;

namespace Sitrep.Bench;

/// <summary>
/// Actors and quotes: the pipeline up to quotes over the bundled corpus against the foundation baseline,
/// the actor coder on single phrases, and hostile input (one 200 KB paragraph of unbalanced marks and
/// cue words; the same in capitals; the same in lower case) to show the stage stays linear.
/// `dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*QuoteActor*'`
/// </summary>
[MemoryDiagnoser]
public class QuoteActorBenchmarks
{
    private List<RawArticle> _articles = new();
    private SitrepPipeline _foundation = null!;
    private SitrepPipeline _full = null!;
    private ActorCoder _coder = null!;
    private string _hostile = "";

    private static readonly string[] Phrases =
    [
        "Russian and Syrian warplanes", "the State Department spokesperson", "Syria's UN ambassador", "rebel-held areas",
        "US secretary of state", "the Kremlin", "Hezbollah fighters", "a Chadian army spokesman", "Islamic State", "the weather",
    ];

    [GlobalSetup]
    public void Setup()
    {
        var data = new DataDirectory();
        _articles = Corpus.Load(null);
        _foundation = PipelineFactory.CreateFoundation(data);
        _full = PipelineFactory.Create(data);
        _coder = ActorCoder.Load(data);
        var sb = new StringBuilder();
        var rnd = new Random(7);
        string[] pieces = ["“", "”", "\"", "‘", "’", " said ", " he said ", " according to ", " Karim Benali ", ", ", " the minister ", " rebels ", " Syrian troops "];
        while (sb.Length < 200_000) sb.Append(pieces[rnd.Next(pieces.Length)]).Append("word ");
        _hostile = sb.ToString();
    }

    [Benchmark(Baseline = true)]
    public int Foundation_on_corpus()
    {
        int n = 0;
        foreach (var a in _articles) n += _foundation.Run(a.ToDocument()).Tokens.Length;
        return n;
    }

    [Benchmark]
    public int Pipeline_with_actors_and_quotes_on_corpus()
    {
        int n = 0;
        foreach (var a in _articles)
        {
            var d = _full.Run(a.ToDocument());
            n += d.Quotes.Length + d.Actors.Length;
        }
        return n;
    }

    [Benchmark]
    public int Actor_coder_ten_phrases()
    {
        int n = 0;
        foreach (var p in Phrases) n += _coder.Code(p)?.Code.Length ?? 0;
        return n;
    }

    [Benchmark]
    public int Hostile_200KB_paragraph() => _full.Run(new ArticleDocument(_hostile)).Quotes.Length;

    [Benchmark]
    public int Hostile_200KB_paragraph_all_capitals() => _full.Run(new ArticleDocument(_hostile.ToUpperInvariant())).Quotes.Length;

    [Benchmark]
    public int Hostile_200KB_paragraph_no_capitals() => _full.Run(new ArticleDocument(_hostile.ToLowerInvariant())).Quotes.Length;
}
