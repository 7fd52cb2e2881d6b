using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Syntax;

/// <summary>Tags every token with its UPOS tag, sentence by sentence (Layer.Pos, a <see cref="PosTags"/>).</summary>
public sealed class PosStage(PosTagger tagger) : Stage("pos", Layer.Pos, Layer.Tokens, Layer.Sentences)
{
    public override void Run(ArticleDocument document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var tags = new byte[tokens.Length];
        var spans = new TextSpan[SentenceTokens.MaxLength];
        foreach (var (_, start, end) in SentenceTokens.Ranges(document))
        {
            int n = end - start;
            for (int i = 0; i < n; i++) spans[i] = tokens[start + i].Span;
            var words = WordFeatures.Of(text, spans.AsSpan(0, n));
            tagger.Tag(words, tags.AsSpan(start, n));
        }
        document.SetExtra(Layer.Pos, new PosTags(ImmutableArray.Create(tags), tagger.TagSet));
    }
}

/// <summary>Parses every sentence into a dependency tree (Layer.Deps, a <see cref="Dependencies"/>).</summary>
public sealed class ParseStage : Stage
{
    private readonly DependencyParser _parser;
    private readonly ulong[] _tagHashes;

    public ParseStage(DependencyParser parser, PosTagger tagger) : base("parse", Layer.Deps, Layer.Pos, Layer.Tokens, Layer.Sentences)
    {
        _parser = parser;
        _tagHashes = tagger.TagSet.Select(FeatureHash.Of).ToArray();
    }

    public override void Run(ArticleDocument document)
    {
        var pos = document.GetExtra<PosTags>(Layer.Pos);
        var text = document.Text;
        var tokens = document.Tokens;
        var heads = new int[tokens.Length];
        var labels = new byte[tokens.Length];
        var w = new ulong[SentenceTokens.MaxLength];
        var t = new ulong[SentenceTokens.MaxLength];
        var h = new int[SentenceTokens.MaxLength];
        foreach (var (_, start, end) in SentenceTokens.Ranges(document))
        {
            int n = end - start;
            for (int i = 0; i < n; i++)
            {
                w[i] = FeatureHash.OfLower(tokens[start + i].Span.SliceOf(text));
                t[i] = pos is null ? 0 : _tagHashes[pos.Tags[start + i]];
            }
            _parser.Parse(w.AsSpan(0, n), t.AsSpan(0, n), h.AsSpan(0, n), labels.AsSpan(start, n));
            for (int i = 0; i < n; i++) heads[start + i] = h[i] == 0 ? -1 : start + h[i] - 1;
        }
        document.SetExtra(Layer.Deps, new Dependencies(ImmutableArray.Create(heads), ImmutableArray.Create(labels), _parser.Labels));
    }
}
