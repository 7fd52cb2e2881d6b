using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests;

public class PipelineTests
{
    private sealed class SentencesFromText() : Stage("s", Layer.Sentences)
    {
        public override void Run(ArticleDocument d) => d.Sentences = [new Sentence(new TextSpan(0, d.Text.Length))];
    }

    private sealed class TokensFromSentences() : Stage("t", Layer.Tokens, Layer.Sentences)
    {
        public override void Run(ArticleDocument d) => d.Tokens = d.Sentences.Select(s => new Token(s.Span, TokenKind.Word)).ToImmutableArray();
    }

    [Fact]
    public void Build_rejects_a_stage_whose_requirement_comes_later()
    {
        var b = new PipelineBuilder().Add(new TokensFromSentences()).Add(new SentencesFromText());
        var e = Assert.Throws<InvalidOperationException>(() => b.Build());
        Assert.Contains("requires Sentences", e.Message);
    }

    [Fact]
    public void Build_accepts_layers_the_input_already_has()
    {
        var p = new PipelineBuilder().Add(new TokensFromSentences()).Build(Layer.Sentences);
        Assert.Contains(Layer.Tokens, p.Provides);
    }

    [Fact]
    public void Stages_run_in_order_and_fill_their_layers()
    {
        var p = new PipelineBuilder().Add(new SentencesFromText()).Add(new TokensFromSentences()).Build();
        var d = p.Run(new ArticleDocument("Aleppo was bombed."));
        Assert.Single(d.Sentences);
        Assert.Equal(new TextSpan(0, 18), d.Tokens.Single().Span);
    }

    [Fact]
    public void A_layer_is_written_once()
    {
        var d = new ArticleDocument("x");
        d.Sentences = ImmutableArray<Sentence>.Empty;
        Assert.Throws<InvalidOperationException>(() => d.Sentences = ImmutableArray<Sentence>.Empty);
    }

    [Fact]
    public void Content_id_ignores_rewrapping_but_not_wording()
    {
        var a = ArticleDocument.ContentId("Forty people were killed\nin Aleppo.");
        var b = ArticleDocument.ContentId("Forty people  were killed in Aleppo.  ");
        var c = ArticleDocument.ContentId("Fifty people were killed in Aleppo.");
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(32, a.Length);
    }
}
