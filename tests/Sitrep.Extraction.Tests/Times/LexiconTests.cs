using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Extraction.Figures;
using Sitrep.Extraction.Times;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Times;

public sealed partial class LexiconTests
{
    [Fact]
    public void Every_word_the_grammars_test_is_a_lower_case_lexicon_key()
    {
        // Word tests compare a token's lexicon key with the literal by reference: a literal missing from
        // TimeWords.Tested, or written with a capital, would never match.
        var root = DataDirectory.FindProjectRoot();
        Assert.NotNull(root);
        int seen = 0;
        foreach (var file in new[] { "src/Sitrep.Extraction/Times/TimeScanner.cs", "src/Sitrep.Extraction/Figures/FigureStage.cs" })
        {
            var source = File.ReadAllText(Path.Combine(root, file));
            foreach (Match call in WordTest().Matches(source))
                foreach (Match literal in Literal().Matches(call.Groups["args"].Value))
                {
                    var w = literal.Groups[1].Value;
                    Assert.True(w == w.ToLowerInvariant(), $"{file}: '{w}' has a capital");
                    Assert.Contains(w, TimeWords.Tested);
                    Assert.Same(w == "-" ? "-" : string.Intern(w), Lexicon.Key(Lexicon.Find(w)));
                    seen++;
                }
        }
        Assert.True(seen > 300, $"only {seen} word tests found; has the call syntax changed?");
    }

    [Theory]
    [InlineData("the"), InlineData("The"), InlineData("THE"), InlineData("killed"), InlineData("Killed"), InlineData("December"), InlineData("dozens")]
    public void Finds_a_word_whatever_its_case(string word)
    {
        int slot = Lexicon.Find(word);
        Assert.NotEqual(Lexicon.NoSlot, slot);
        Assert.Equal(word.ToLowerInvariant(), Lexicon.Key(slot));
    }

    [Theory]
    [InlineData("ministry"), InlineData("Aleppo"), InlineData("thee"), InlineData("killedx"), InlineData(""), InlineData("supercalifragilistic")]
    public void Answers_no_slot_for_words_it_does_not_hold(string word)
    {
        Assert.Equal(Lexicon.NoSlot, Lexicon.Find(word));
    }

    [Fact]
    public void Agrees_with_the_lists_it_gathers_for_words_in_and_out_of_them()
    {
        string[] words = ["killed", "KILLING", "toll", "hospitals", "but", "Several", "dozen", "a", "no", "none", "nobody", "ten", "on", "the", "March", "Eid", "ſix", "ſeven", "İn", "In", "FROM", "near", "since", "Years", "were", "during", "so", "Will", "LL", "re", "would"];
        foreach (var w in words)
        {
            int slot = Lexicon.Find(w);
            Assert.Equal(FigureWords.After(w), Lexicon.After(slot));
            Assert.Equal(FigureWords.Before(w), Lexicon.Before(slot));
            Assert.Equal(FigureWords.IsThing(w), (Lexicon.Cues(slot) & Cue.Thing) != 0);
            Assert.Equal(FigureWords.EndsClause(w), (Lexicon.Cues(slot) & Cue.ClauseEnd) != 0);
            Assert.Equal(Sitrep.Text.Numbers.NumberReader.CanStartWith(w), (Lexicon.Cues(slot) & Cue.NumberStart) != 0);
            Assert.Equal(FigureWords.PlaceLeads.Contains(w, StringComparer.OrdinalIgnoreCase), (Lexicon.Cues(slot) & Cue.PlaceLead) != 0);
            Assert.Equal(FigureWords.TotalLeads.Contains(w, StringComparer.OrdinalIgnoreCase), (Lexicon.Cues(slot) & Cue.TotalLead) != 0);
            Assert.Equal(FigureWords.Stops.Contains(w, StringComparer.OrdinalIgnoreCase), (Lexicon.Cues(slot) & Cue.Stop) != 0);
            Assert.Equal(TimeWords.FutureLeads.Contains(w, StringComparer.OrdinalIgnoreCase), (Lexicon.Cues(slot) & Cue.FutureLead) != 0);
            // A word outside ASCII matches a key exactly when OrdinalIgnoreCase says they are equal.
            var key = Lexicon.Key(slot);
            Assert.Equal(key is not null, TimeWords.Tested.Concat(TimeWords.Meanings.Keys).Concat(FigureWords.AllWords)
                .Concat(Sitrep.Text.Numbers.NumberReader.StartWordList).Concat(["no", "none", "nobody"])
                .Any(k => k.Equals(w, StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public void Figures_are_the_same_with_or_without_the_time_stage_tokens_at_hand()
    {
        const string text = "At least 12 civilians were killed on Monday in Idlib, the health ministry said.\n"
            + "Nearly 3,000 families fled the town over the weekend; no one was hurt in the second strike.\n"
            + "Some 40 people remain missing, according to the Red Crescent.";
        var pipeline = PipelineFactory.CreateFoundation(new DataDirectory(), cleaning: false);
        var times = new TimeStage();
        var figures = new FigureStage();
        ArticleDocument Prepared() { var d = pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2024, 3, 6) }); times.Run(d); return d; }

        var shared = Prepared();
        figures.Run(shared);
        // The time stage's tokens on this thread belong to another document by now: the figure stage lexes its own.
        var alone = Prepared();
        times.Run(pipeline.Run(new ArticleDocument("Another text, from 2019.")));
        figures.Run(alone);

        Assert.Equal(4, shared.Figures.Length);
        Assert.Equal(shared.Figures.ToArray(), alone.Figures.ToArray());
    }

    [GeneratedRegex(@"\b(?:Is|Two|Three)\((?<args>[^;{}]*?""[^;{}]*?)\)")]
    private static partial Regex WordTest();

    [GeneratedRegex(@"""([^""]*)""")]
    private static partial Regex Literal();
}
