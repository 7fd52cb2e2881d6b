using System.Text;
using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Knowledge;
using Sitrep.Text.Cleaning;
using Sitrep.Text.Reading;

namespace Sitrep.Bench;

/// <summary>
/// Cleaning over the bundled samples: byte decoding, HTML → text (AngleSharp + main-content walk) and the
/// boilerplate rules. Throughput in MB/s = the byte counts printed at set-up / mean time.
/// `dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*Cleaning*'`
/// </summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private readonly List<byte[]> _files = new();
    private readonly List<string> _pages = new();
    private readonly List<string> _texts = new();
    private readonly BoilerplateStage _boilerplate = new();

    [GlobalSetup]
    public void Setup()
    {
        var root = DataDirectory.FindProjectRoot() ?? Directory.GetCurrentDirectory();
        var samples = Path.Combine(root, "samples");
        foreach (var file in Directory.EnumerateFiles(samples).Where(f => ArticleReader.IsArticleFile(Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            _files.Add(bytes);
            if (file.EndsWith(".html", StringComparison.Ordinal)) _pages.Add(Encoding.UTF8.GetString(bytes));
        }
        _texts.AddRange(Corpus.Load(null).Select(a => a.Text));
        Console.WriteLine($"// cleaning corpus: {_files.Count} files, {_files.Sum(f => f.Length)} bytes; {_pages.Count} HTML pages, {_pages.Sum(p => Encoding.UTF8.GetByteCount(p))} bytes; {_texts.Count} texts, {_texts.Sum(t => Encoding.UTF8.GetByteCount(t))} bytes");
    }

    [Benchmark]
    public int Decode_files()
    {
        int n = 0;
        foreach (var f in _files) n += TextDecoder.Decode(f).Text?.Length ?? 0;
        return n;
    }

    [Benchmark]
    public int Html_to_text()
    {
        int n = 0;
        foreach (var p in _pages) n += HtmlArticleParser.Parse(p).Text.Length;
        return n;
    }

    [Benchmark(Baseline = true)]
    public int Boilerplate_rules()
    {
        int n = 0;
        foreach (var t in _texts)
        {
            var doc = new ArticleDocument(t, id: "bench");
            _boilerplate.Run(doc);
            n += doc.Boilerplate.Length;
        }
        return n;
    }
}
