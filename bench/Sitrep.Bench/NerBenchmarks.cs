using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Entities;
using Sitrep.Knowledge;

namespace Sitrep.Bench;

/// <summary>
/// NER speed on one core. The corpus (samples/ and ../shared/examples, plus invented news sentences so
/// it is never empty) is segmented and tokenised once in setup; tokens/s = <see cref="TokenCount"/> / mean.
/// Bar: at least 300,000 tokens/s for <see cref="Tagger"/>.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private NerModel _model = null!;
    private EntityStage _stage = null!;
    private List<(string Text, TextSpan[][] Sentences, ArticleDocument Doc)> _docs = new();
    private (string Text, TextSpan[] Tokens) _pathological;
    private readonly List<(string Text, TextSpan[] Tokens)> _dev = new();

    public long TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = new DataDirectory();
        var path = EntityStage.ModelPath(data) ?? throw new InvalidOperationException("models/ner.bin.gz not found; run `sitrep train ner`.");
        _model = NerModel.Load(path);
        _stage = EntityStage.Create(data);
        var foundation = PipelineFactory.CreateFoundation(data, cleaning: false);
        var texts = Corpus.Load(null).Select(a => a.Text).ToList();
        texts.Add(string.Join(" ", Enumerable.Repeat(
            "US Secretary of State John Kerry met Russia's deputy foreign minister Sergei Ryabkov in Geneva on Friday. " +
            "Kerry said the United Nations must act, and the secretary of state added that he was hopeful. " +
            "Rebels in Aleppo said Syrian government forces had shelled the eastern districts overnight.", 20)));
        foreach (var text in texts)
        {
            var d = foundation.Run(new ArticleDocument(text));
            var sentences = d.Sentences.Select(s => d.Tokens.Where(t => s.Span.Contains(t.Span)).Select(t => t.Span).ToArray()).ToArray();
            _docs.Add((text, sentences, d));
            TokenCount += d.Tokens.Length;
        }
        // Real sentences in bulk: the held-out NER dev files, on their own tokens, when the data directory has them.
        foreach (var set in new[] { "wikigold", "crossner-politics", "re3d", "gum" })
        {
            if (data.FindData($"ner-train/{set}-dev.jsonl") is not { } file) continue;
            foreach (var s in NerCorpus.Read(file, out _))
            {
                _dev.Add((s.Text, s.Tokens));
                TokenCount += s.Tokens.Length;
            }
        }
        // Hostile input: one 20,000-token all-caps "sentence" with no punctuation.
        var caps = string.Join(" ", Enumerable.Repeat("REBELS SHELLED ALEPPO AND DAMASCUS SAID", 3400));
        _pathological = (caps, NerCorpus.SpaceTokens(caps));
        Console.WriteLine($"NerBenchmarks: {_docs.Count} documents + {_dev.Count} dev sentences, {TokenCount} tokens; pathological {_pathological.Tokens.Length} tokens");
        // On a shared machine wall time says more about the neighbours than about us: also report the
        // tagger's speed per second of this process's CPU time (one thread), after a warm-up.
        var proc = System.Diagnostics.Process.GetCurrentProcess();
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 3) Tagger();
        proc.Refresh();
        var cpu0 = proc.TotalProcessorTime;
        for (int i = 0; i < 10; i++) Tagger();
        proc.Refresh();
        var cpu = (proc.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"NerBenchmarks: tagger {10 * TokenCount / cpu:F0} tokens per CPU-second (one thread; bar 300,000)");
    }

    /// <summary>The statistical tagger alone over every sentence of the corpus.</summary>
    [Benchmark(Baseline = true)]
    public int Tagger()
    {
        int n = 0;
        foreach (var (text, sentences, _) in _docs)
            foreach (var s in sentences) n += _model.TagSentence(text, s).Count;
        foreach (var (text, tokens) in _dev) n += _model.TagSentence(text, tokens).Count;
        return n;
    }

    /// <summary>The whole stage (tagging, title peeling, coreference) on documents that already carry tokens.</summary>
    [Benchmark]
    public int Stage_with_coreference()
    {
        int n = 0;
        foreach (var (_, _, doc) in _docs)
        {
            var d = new ArticleDocument(doc.Text) { };
            d.Sentences = doc.Sentences;
            d.Tokens = doc.Tokens;
            d.Boilerplate = doc.Boilerplate;
            _stage.Run(d);
            n += d.Entities.Length;
        }
        return n;
    }

    /// <summary>Bounded time on a 20,000-token all-caps run-on line (the stage windows it at 400 tokens).</summary>
    [Benchmark]
    public int Pathological_all_caps_run_on()
    {
        int n = 0;
        var (text, tokens) = _pathological;
        for (int i = 0; i < tokens.Length; i += 400)
            n += _model.TagSentence(text, tokens.AsSpan(i, Math.Min(400, tokens.Length - i))).Count;
        return n;
    }
}
