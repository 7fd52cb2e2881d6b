using Sitrep.Core.Model;
using Sitrep.Text.Segmentation;

namespace Sitrep.Text.Tests.Segmentation;

/// <summary>Tokenisation follows UD English EWT surface tokens; rows are invented sentences.</summary>
public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var list = new List<Token>();
        EnglishTokenizer.Tokenize(text, 0, text.Length, list);
        return list.Select(t => t.Span.Of(text)).ToArray();
    }

    private static Token[] Raw(string text)
    {
        var list = new List<Token>();
        EnglishTokenizer.Tokenize(text, 0, text.Length, list);
        return list.ToArray();
    }

    [Theory]
    // Clitics stay inside the surface token (EWT splits them only into syntactic words).
    [InlineData("They don't know.", "They|don't|know|.")]
    [InlineData("The army’s convoy can't move", "The|army’s|convoy|can't|move")]
    [InlineData("We cannot confirm it", "We|cannot|confirm|it")]
    [InlineData("the soldiers' families", "the|soldiers'|families")]
    // Numbers with separators are one token; currency and percent signs are their own.
    [InlineData("at least 1,700 wounded", "at|least|1,700|wounded")]
    [InlineData("a 2.5 percent rise", "a|2.5|percent|rise")]
    [InlineData("aid worth $5 million", "aid|worth|$|5|million")]
    [InlineData("turnout of 12% in Homs", "turnout|of|12|%|in|Homs")]
    [InlineData("around 250,000 people", "around|250,000|people")]
    // Units split from numbers, ordinals and decades do not.
    [InlineData("a 155mm shell on the 4th day of the 1990s", "a|155|mm|shell|on|the|4th|day|of|the|1990s")]
    // Dates, times and phone numbers are one token; numeric ranges split.
    [InlineData("on 2016-09-28 at 08:30", "on|2016-09-28|at|08:30")]
    [InlineData("call 713-555-0199 today", "call|713-555-0199|today")]
    [InlineData("between 30-40 fighters", "between|30|-|40|fighters")]
    [InlineData("dated 09/28/2016", "dated|09/28/2016")]
    // Hyphenated compounds split, except after bound prefixes.
    [InlineData("a well-known cease-fire", "a|well|-|known|cease|-|fire")]
    [InlineData("non-lethal aid by e-mail", "non-lethal|aid|by|e-mail")]
    [InlineData("rebel-held anti-aircraft guns", "rebel|-|held|anti-aircraft|guns")]
    // Abbreviations, initials and dotted initialisms keep their periods.
    [InlineData("Gen. Ali met Lt. Col. Omar", "Gen.|Ali|met|Lt.|Col.|Omar")]
    [InlineData("John F. Kennedy and the U.S. Navy", "John|F.|Kennedy|and|the|U.S.|Navy")]
    [InlineData("at 10 a.m. local time", "at|10|a.m.|local|time")]
    [InlineData("Acme Inc.. Then", "Acme|Inc.|.|Then")]
    // URLs and e-mail addresses are one token, without trailing sentence punctuation.
    [InlineData("See https://example.org/report?id=7&x=1.", "See|https://example.org/report?id=7&x=1|.")]
    [InlineData("(www.example.com)", "(|www.example.com|)")]
    [InlineData("Write to press.office@example.org, now", "Write|to|press.office@example.org|,|now")]
    // Dashes, ellipses, quotes and emoticons.
    [InlineData("Aleppo -- again", "Aleppo|--|again")]
    [InlineData("Aleppo – again—", "Aleppo|–|again|—")]
    [InlineData("wait... what?!", "wait|...|what|?!")]
    [InlineData("“On the verge,” he said", "“|On|the|verge|,|”|he|said")]
    [InlineData("great news :-) really", "great|news|:-)|really")]
    [InlineData("it's #breaking", "it's|#breaking")]
    public void Splits_text_into_EWT_surface_tokens(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void No_break_spaces_and_zero_width_spaces_separate_tokens()
    {
        Assert.Equal(["since", "last", "week", "[", "Reuters", "]"], Tokens("since last\u00A0week\u00A0[Reuters]"));
        Assert.Equal(["two", "hospitals"], Tokens("two\u200Bhospitals"));
    }

    [Fact]
    public void Offsets_point_into_the_text_as_received()
    {
        const string text = "  Talks\u00A0collapsed,\tofficials said. ";
        var tokens = Raw(text);
        Assert.All(tokens, t => Assert.False(string.IsNullOrWhiteSpace(t.Span.Of(text))));
        Assert.Equal(2, tokens[0].Span.Start);
        Assert.Equal(text.Length - 1, tokens[^1].Span.End);
        // Tokens are in order and never overlap.
        for (int k = 1; k < tokens.Length; k++) Assert.True(tokens[k].Span.Start >= tokens[k - 1].Span.End);
    }

    [Theory]
    [InlineData("killed 40", TokenKind.Number)]
    [InlineData("on 2016-09-28", TokenKind.Date)]
    [InlineData("at http://example.org", TokenKind.Url)]
    [InlineData("to desk@example.org", TokenKind.Email)]
    [InlineData("for $", TokenKind.Symbol)]
    [InlineData("it ended .", TokenKind.Punctuation)]
    [InlineData("the Kremlin", TokenKind.Word)]
    public void The_last_token_has_the_expected_kind(string text, TokenKind kind) =>
        Assert.Equal(kind, Raw(text)[^1].Kind);

    [Fact]
    public void Hostile_input_yields_tokens_without_throwing()
    {
        var junk = string.Concat(Enumerable.Repeat("\uD83D\uDE00@@..--'’\u0000\uFFFF:):-(http://@x.", 200)) + "\uD800";
        var tokens = Raw(junk);
        Assert.NotEmpty(tokens);
        Assert.All(tokens, t => Assert.True(t.Span.Length > 0 && t.Span.End <= junk.Length));
    }
}
