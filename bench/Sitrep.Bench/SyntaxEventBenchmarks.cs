using System.Collections.Immutable;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Syntax;
using Sitrep.Knowledge;

namespace Sitrep.Bench;

/// <summary>
/// Tagging + parsing + event coding, and event coding alone (given the parse), over the real-news and
/// unit-test sentences of ../shared/data/events-dev plus the bundled articles. Sentences/s = Sentences / mean.
/// Bars (issue 6): with parsing ≥ 5,000 sentences/s, coding alone ≥ 50,000 sentences/s, on one core.
/// </summary>
[MemoryDiagnoser]
public class SyntaxEventBenchmarks
{
    private List<(string Text, ImmutableArray<Sentence> Sentences, ImmutableArray<Token> Tokens)> _tokenised = new();
    private List<ArticleDocument> _parsed = new();
    private PosStage _pos = null!;
    private ParseStage _parse = null!;
    private EventStage _events = null!;
    private EventCoder _coder = null!;

    public int Sentences { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = new DataDirectory();
        var tagger = SyntaxModels.LoadTagger(data, out var e1) ?? throw new InvalidOperationException(e1);
        var parser = SyntaxModels.LoadParser(data, out var e2) ?? throw new InvalidOperationException(e2);
        _pos = new PosStage(tagger);
        _parse = new ParseStage(parser, tagger);
        _coder = EventStage.LoadCoder(data, new List<string>());
        _events = new EventStage(_coder);
        var foundation = PipelineFactory.CreateFoundation(data, cleaning: false);
        var texts = new List<string>();
        if (data.FindData("events-dev/petr2-gsr-validation.jsonl") is { } f)
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(f)!, "*.jsonl"))
                foreach (var line in File.ReadLines(file))
                    texts.Add(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);
        }
        texts.AddRange(Corpus.Load(null).Select(a => a.Text));
        foreach (var t in texts)
        {
            var d = foundation.Run(new ArticleDocument(t));
            _tokenised.Add((t, d.Sentences, d.Tokens));
            Sentences += d.Sentences.Length;
        }
        _parsed = Fresh().Select(d => { _pos.Run(d); _parse.Run(d); return d; }).ToList();
        // Sentences per second = this count / the mean time.
        Console.WriteLine($"// SyntaxEventBenchmarks: {Sentences} sentences per operation");
    }

    private IEnumerable<ArticleDocument> Fresh() =>
        _tokenised.Select(x => new ArticleDocument(x.Text) { }).Select((d, i) =>
        {
            d.Sentences = _tokenised[i].Sentences;
            d.Tokens = _tokenised[i].Tokens;
            return d;
        });

    [Benchmark(Baseline = true)]
    public int Tag_parse_and_code()
    {
        int n = 0;
        foreach (var d in Fresh())
        {
            _pos.Run(d); _parse.Run(d); _events.Run(d);
            n += d.Events.Length;
        }
        return n;
    }

    [Benchmark]
    public int Code_given_the_parse()
    {
        var output = new List<Event>();
        foreach (var d in _parsed)
        {
            var pos = d.GetExtra<PosTags>(Layer.Pos)!;
            var (mendedPos, mendedDeps) = ParseRepairs.Apply(pos, d.GetExtra<Dependencies>(Layer.Deps)!, d.Text);
            var parsed = EventCoder.Parsed.Of(d, mendedPos, mendedDeps);
            foreach (var (s, start, end) in pos.Words.Ranges)
                if (s >= 0) _coder.CodeSentence(parsed, s, start, end, output);
        }
        return output.Count;
    }
}
