using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Text.Segmentation;

namespace Sitrep.Text.Tests.Segmentation;

/// <summary>Sentence boundaries on invented news sentences: rules alone and with the committed model.</summary>
public sealed class SentenceTests
{
    internal static ArticleDocument Segment(string text, BoundaryModel? model, params TextSpan[] boilerplate)
    {
        var d = new ArticleDocument(text, "test");
        d.Boilerplate = boilerplate.Select(s => new Boilerplate(s, BoilerplateKind.Other)).ToImmutableArray();
        new ParagraphStage().Run(d);
        new SentenceStage(model).Run(d);
        new TokenStage().Run(d);
        return d;
    }

    private static string[] Sentences(string text, BoundaryModel? model) =>
        Segment(text, model).Sentences.Select(s => s.Span.Of(text)).ToArray();

    /// <summary>The committed model, found by walking up from the test binary; null when models/ is absent.</summary>
    internal static BoundaryModel? CommittedModel()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, BoundaryModel.RelativePath);
            if (File.Exists(path)) return BoundaryModel.Shared(path);
        }
        return null;
    }

    public static TheoryData<string, string> NewsRows => new()
    {
        { "Gen. Ali Omar said the army had withdrawn. Fighting resumed on Monday.", "Gen. Ali Omar said the army had withdrawn.‖Fighting resumed on Monday." },
        { "Lt. Col. Sara Haddad and Mr. Jones met Dr. Patel in St. Louis on Jan. 5.", "Lt. Col. Sara Haddad and Mr. Jones met Dr. Patel in St. Louis on Jan. 5." },
        { "The aid reached the U.S. Embassy late. The convoy left at dawn.", "The aid reached the U.S. Embassy late.‖The convoy left at dawn." },
        { "The plan was drafted in the U.S. The next round starts in Geneva.", "The plan was drafted in the U.S.‖The next round starts in Geneva." },
        { "The U.N. envoy arrived. He met officials.", "The U.N. envoy arrived.‖He met officials." },
        { "President John F. Kennedy spoke. A. Noel Kramer replied.", "President John F. Kennedy spoke.‖A. Noel Kramer replied." },
        { "The toll rose to 1,700 on Tuesday. About 2.5 million fled.", "The toll rose to 1,700 on Tuesday.‖About 2.5 million fled." },
        { "“We will not stop.” The minister left the room.", "“We will not stop.”‖The minister left the room." },
        { "\"Is this a truce?\" he asked. Nobody answered.", "\"Is this a truce?\" he asked.‖Nobody answered." },
        { "The strikes continued (at least 12 were counted.) Residents fled.", "The strikes continued (at least 12 were counted.)‖Residents fled." },
        { "Talks stalled. “It is over,” said one envoy. Others disagreed!", "Talks stalled.‖“It is over,” said one envoy.‖Others disagreed!" },
        { "Shares of Acme Corp. fell 3% at 10 a.m. local time.", "Shares of Acme Corp. fell 3% at 10 a.m. local time." },
        { "See No. 10 on the list, i.e. the second bridge.", "See No. 10 on the list, i.e. the second bridge." },
        { "Rebels seized the town. Why? Nobody knows.", "Rebels seized the town.‖Why?‖Nobody knows." },
        // a date's day number ends the sentence ("on August 5. The ..."), whatever the model makes of the month
        { "The ruler fled abroad on August 5. The interim government took over.", "The ruler fled abroad on August 5.‖The interim government took over." },
        { "Clashes broke out on October 1. The toll rose.", "Clashes broke out on October 1.‖The toll rose." },
    };

    [Theory]
    [MemberData(nameof(NewsRows))]
    [InlineData("Shelling resumed... Then the guns fell silent.", "Shelling resumed...‖Then the guns fell silent.")]
    [InlineData("“We will ... hold the line,” he said.", "“We will ... hold the line,” he said.")]
    public void Rules_split_news_sentences(string text, string expected) =>
        Assert.Equal(expected.Split('‖'), Sentences(text, null));

    [Theory]
    [MemberData(nameof(NewsRows))]
    public void The_committed_model_splits_news_sentences_too(string text, string expected)
    {
        var model = CommittedModel();
        if (model is null)
        {
            Console.WriteLine($"skipped: {BoundaryModel.RelativePath} not found");
            return;
        }
        Assert.Equal(expected.Split('‖'), Sentences(text, model));
    }

    [Theory]
    [InlineData("Syrian troops launch ground assault\nThe offensive began at dawn.")]
    [InlineData("Talks to resume in Geneva\r\n\r\nDiplomats said on Friday that talks would resume")]
    [InlineData("He said the talks were \"over\nand done\" on Friday.")]
    [InlineData("Kerry spoke to Gen.\nSmith on Thursday.")]
    public void No_sentence_crosses_a_paragraph_break(string text)
    {
        foreach (var model in new[] { null, CommittedModel() })
        {
            var d = Segment(text, model);
            Assert.All(d.Sentences, s => Assert.DoesNotContain('\n', s.Span.Of(text)));
            Assert.All(d.Sentences, s => Assert.Contains(d.Paragraphs, p => p.Span.Contains(s.Span)));
        }
    }

    [Fact]
    public void A_headline_without_final_punctuation_is_its_own_sentence()
    {
        const string text = "Ceasefire collapses in the north\nFighting resumed on Monday, officials said.";
        Assert.Equal(["Ceasefire collapses in the north", "Fighting resumed on Monday, officials said."], Sentences(text, null));
    }

    [Fact]
    public void List_lines_are_sentences_of_their_own()
    {
        const string text = "The council demanded:\n- an immediate ceasefire\n- access for aid convoys";
        Assert.Equal(["The council demanded:", "- an immediate ceasefire", "- access for aid convoys"], Sentences(text, null));
    }

    [Fact]
    public void Sentences_and_tokens_never_reach_into_boilerplate()
    {
        const string text = "Shelling hit the market. READ MORE: Talks fail again\nResidents fled.";
        int bs = text.IndexOf("READ", StringComparison.Ordinal);
        var bp = new TextSpan(bs, text.IndexOf('\n'));
        var d = Segment(text, CommittedModel(), bp);
        Assert.All(d.Sentences, s => Assert.False(s.Span.Overlaps(bp)));
        Assert.All(d.Tokens, t => Assert.False(t.Span.Overlaps(bp)));
        Assert.Equal(["Shelling hit the market.", "Residents fled."], d.Sentences.Select(s => s.Span.Of(text)));
    }

    [Fact]
    public void A_sentence_final_abbreviation_gives_its_period_to_the_sentence()
    {
        const string text = "The envoy flew to the U.S. He returned on Friday.";
        var d = Segment(text, null);
        var tokens = d.Tokens.Select(t => t.Span.Of(text)).ToArray();
        Assert.Equal(["The", "envoy", "flew", "to", "the", "U.S", ".", "He", "returned", "on", "Friday", "."], tokens);
    }

    [Fact]
    public void Tokens_are_the_same_whether_or_not_the_sentence_stage_handed_them_over()
    {
        const string text = "Mr. Haddad said: “We can't wait.” The U.S. envoy didn't reply.\nAid — 1,700 tonnes — arrived at 9 a.m. on 2016-09-28.";
        var d = Segment(text, CommittedModel());
        var fresh = new List<Token>();
        foreach (var s in d.Sentences) TokenStage.Tokenize(text, s.Span, fresh);
        Assert.NotEmpty(fresh);
        Assert.Equal(fresh, d.Tokens.ToArray());
    }

    [Fact]
    public void The_token_stage_never_takes_tokens_made_for_another_document()
    {
        const string first = "Shelling hit the market. Residents fled.";
        const string second = "Aid arrived at 9 a.m. on Friday.";
        var a = new ArticleDocument(first, "a") { Boilerplate = [] };
        var b = new ArticleDocument(second, "b") { Boilerplate = [] };
        new ParagraphStage().Run(a);
        new ParagraphStage().Run(b);
        new SentenceStage().Run(a);
        new SentenceStage().Run(b);
        // b's sentence stage ran last; a's token stage must tokenise a itself, not take b's tokens.
        new TokenStage().Run(a);
        new TokenStage().Run(b);
        Assert.Equal(["Shelling", "hit", "the", "market", ".", "Residents", "fled", "."], a.Tokens.Select(t => t.Span.Of(first)));
        Assert.Equal(["Aid", "arrived", "at", "9", "a.m.", "on", "Friday", "."], b.Tokens.Select(t => t.Span.Of(second)));
    }

    [Theory]
    [InlineData("The", true)]
    [InlineData("Nevertheless", true)]
    [InlineData("A", true)]
    [InlineData("the", false)]
    [InlineData("THE", false)]
    [InlineData("Theatre", false)]
    [InlineData("Neverthelesss", false)]
    [InlineData("1990", false)]
    [InlineData("", false)]
    public void Sentence_starter_words_are_recognised_exactly(string word, bool starter) =>
        Assert.Equal(starter, SentenceRules.IsStarter(word));
}
