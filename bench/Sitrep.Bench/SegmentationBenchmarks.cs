using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Knowledge;
using Sitrep.Text.Segmentation;

namespace Sitrep.Bench;

/// <summary>
/// Paragraphs + sentences + tokens on one core. Throughput in MB/s = the "MB" printed at setup
/// (UTF-8 bytes of the texts, 10^6 per MB) divided by the mean time. Corpora: "news" (bundled samples and ../shared/examples) and "web" (the
/// texts of UD EWT dev, ~1 MB, when ../shared/data is present). Boilerplate is given (empty) so the
/// figure is segmentation and tokenisation only.
/// Run: dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*SegmentationBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private string[] _texts = [];
    private readonly ParagraphStage _paragraphs = new();
    private SentenceStage _sentences = null!;
    private readonly SentenceStage _rulesOnly = new();
    private readonly TokenStage _tokens = new();
    private readonly List<Token> _scratch = new(4096);

    [Params("news", "web")]
    public string Corpus { get; set; } = "news";

    [GlobalSetup]
    public void Setup()
    {
        var data = new DataDirectory();
        _sentences = new SentenceStage(BoundaryModel.Shared(data.FindProjectFile(BoundaryModel.RelativePath)));
        if (Corpus == "web" && data.FindData("tokens-dev/ud-en-ewt-dev.jsonl") is { } gold)
            _texts = File.ReadLines(gold).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        else
            _texts = Sitrep.Bench.Corpus.Load(null).Select(a => a.Text).ToArray();
        long bytes = _texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        Console.WriteLine($"// corpus {Corpus}: {_texts.Length} texts, {bytes / 1e6:F3} MB, model {(_sentences.Model is null ? "absent (rules)" : "loaded")}");
        // This machine is often shared; CPU time (not wall time) of a self-timed loop gives a
        // throughput that contention does not distort much. Printed beside BenchmarkDotNet's table.
        foreach (var (name, run) in new (string, Func<int>)[]
                 { ("model", Paragraphs_sentences_tokens), ("rules", Paragraphs_sentences_tokens_rules_only), ("tokenizer", Tokenizer_only) })
        {
            for (int k = 0; k < 3; k++) run();
            var proc = System.Diagnostics.Process.GetCurrentProcess();
            var cpu0 = proc.TotalProcessorTime;
            var wall = System.Diagnostics.Stopwatch.StartNew();
            long done = 0;
            while (wall.Elapsed.TotalSeconds < 2) { run(); done += bytes; }
            proc.Refresh();
            var cpu = (proc.TotalProcessorTime - cpu0).TotalSeconds;
            Console.WriteLine($"// {Corpus} {name}: {done / 1e6 / cpu:F1} MB/s per CPU-second ({done / 1e6 / wall.Elapsed.TotalSeconds:F1} MB/s wall)");
        }
    }

    private static ArticleDocument Document(string text)
    {
        // A fixed id skips the content hash: it is not segmentation work.
        var d = new ArticleDocument(text, "bench");
        d.Boilerplate = ImmutableArray<Boilerplate>.Empty;
        return d;
    }

    [Benchmark(Baseline = true)]
    public int Paragraphs_sentences_tokens() => Segment(_sentences);

    [Benchmark]
    public int Paragraphs_sentences_tokens_rules_only() => Segment(_rulesOnly);

    private int Segment(SentenceStage sentences)
    {
        int n = 0;
        foreach (var t in _texts)
        {
            var d = Document(t);
            _paragraphs.Run(d);
            sentences.Run(d);
            _tokens.Run(d);
            n += d.Tokens.Length;
        }
        return n;
    }

    [Benchmark]
    public int Tokenizer_only()
    {
        int n = 0;
        foreach (var t in _texts)
        {
            _scratch.Clear();
            EnglishTokenizer.Tokenize(t, 0, t.Length, _scratch);
            n += _scratch.Count;
        }
        return n;
    }
}
