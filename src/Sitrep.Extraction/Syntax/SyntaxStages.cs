using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Syntax;

/// <summary>Tags every syntactic word with its UPOS tag, sentence by sentence (Layer.Pos, a <see cref="PosTags"/>).</summary>
public sealed class PosStage(PosTagger tagger) : Stage("pos", Layer.Pos, Layer.Tokens, Layer.Sentences)
{
    public override void Run(ArticleDocument document)
    {
        var text = document.Text;
        var words = SyntaxWords.Of(document);
        var tags = new byte[words.Count];
        var spans = words.Spans.AsSpan();
        foreach (var (_, start, end) in words.Ranges)
            tagger.Tag(WordFeatures.Of(text, spans[start..end]), tags.AsSpan(start, end - start));
        document.SetExtra(Layer.Pos, new PosTags(ImmutableArray.Create(tags), tagger.TagSet, words));
    }
}

/// <summary>Parses every sentence into a dependency tree over the Pos layer's words (Layer.Deps, a <see cref="Dependencies"/>).</summary>
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
        var words = pos?.Words ?? SyntaxWords.Of(document);
        var spans = words.Spans;
        var heads = new int[words.Count];
        var labels = new byte[words.Count];
        var w = new ulong[SentenceTokens.MaxLength];
        var t = new ulong[SentenceTokens.MaxLength];
        var h = new int[SentenceTokens.MaxLength];
        foreach (var (_, start, end) in words.Ranges)
        {
            int n = end - start;
            for (int i = 0; i < n; i++)
            {
                w[i] = FeatureHash.OfLower(spans[start + i].SliceOf(text));
                t[i] = pos is null ? 0 : _tagHashes[pos.Tags[start + i]];
            }
            _parser.Parse(w.AsSpan(0, n), t.AsSpan(0, n), h.AsSpan(0, n), labels.AsSpan(start, n));
            for (int i = 0; i < n; i++) heads[start + i] = h[i] == 0 ? -1 : start + h[i] - 1;
        }
        document.SetExtra(Layer.Deps, new Dependencies(ImmutableArray.Create(heads), ImmutableArray.Create(labels), _parser.Labels));
    }
}
