using Sitrep.Extraction.Events;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>The PETRARCH verb-dictionary reader and pattern matcher, on a small dictionary written for the test.</summary>
public sealed class PetrarchVerbsTests
{
    // Our own miniature dictionary in PETRARCH's format: synsets, blocks, irregular forms, patterns.
    private const string Dictionary = """
        <!-- test dictionary -->
        &ARMAMENT
        +RIFLES
        +ANTI_TANK MISSILES

        ####### VERB PATTERNS #######

        ---  SHIP   [070]  ---
        SHIP {SHIPPED SHIPPING SHIPS }
        DELIVER
        AIRLIFT [0733]
        - * &ARMAMENT                     [072]   # SHIP
        - * &ARMAMENT (TO BORDER)         [154]   # SHIP
        - * GRAIN                         [0731:0731]   # DELIVER
        - * RUMOURS                       [---]   # DELIVER

        ---  LOITER   [---]  ---
        LOITER   # a verb with no code of its own
        - GUNBOATS *                      [150]   # LOITER

        ---  MEND   [050]  ---
        MEND
        PATCH {PATCHED PATCHING }
        - * TIES                          [064]   # jk 4/26/91
        - * ROADS                         [0741]  # PATCHED

        ---  EMBARK   [---]  ---
        EMBARK
        * (TO PONDER)                     [110]
        """;

    private static PetrarchVerbs Read(out List<string> problems)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, Dictionary);
        problems = new List<string>();
        var verbs = PetrarchVerbs.Read(path, problems);
        File.Delete(path);
        return verbs;
    }

    private static string? Code(string verb, string[] before, string[] after, out bool matched)
    {
        var verbs = Read(out _);
        Assert.True(verbs.TryVerb(verb, out var entry), verb);
        return PetrarchVerbs.CodeOf(entry, before, after, own: true, out matched);
    }

    [Fact]
    public void A_pattern_line_that_lost_its_dash_is_still_a_pattern()
    {
        // "* (TO PONDER) [110]" is no member verb (none starts with "*"): it codes "embarked to ponder".
        Assert.Equal("110", Code("embark", ["freedonia"], ["to", "ponder", "sylvania"], out bool matched));
        Assert.True(matched);
        Assert.False(Read(out _).TryVerb("*", out _));
    }

    [Fact]
    public void Members_and_their_irregular_forms_share_the_block()
    {
        var verbs = Read(out var problems);
        Assert.Empty(problems);
        Assert.True(verbs.TryVerb("shipped", out var a));
        Assert.True(verbs.TryVerb("DELIVER", out var b));
        Assert.Same(a.Block, b.Block);
        Assert.Equal("ship", a.Member);
        Assert.False(verbs.TryVerb("rifles", out _));
    }

    [Fact]
    public void The_longest_matching_pattern_decides()
    {
        Assert.Equal("154", Code("ship", [], ["anti-tank", "missiles", "to", "the", "border"], out var matched));
        Assert.True(matched);
        Assert.Equal("072", Code("ship", [], ["old", "rifles"], out _));
    }

    [Fact]
    public void A_pattern_signed_with_its_coders_initials_serves_every_member()
    {
        // Older dictionaries end patterns with "# initials date", not with the member verb they were written for.
        Assert.Equal("064", Code("mend", [], ["diplomatic", "ties"], out var matched));
        Assert.True(matched);
        Assert.Equal("064", Code("patch", [], ["ties"], out _));
        // A comment naming a member's form ("# PATCHED") is that member's: not used for "mend" with own patterns only.
        Assert.Equal("0741", Code("patched", [], ["roads"], out _));
        Assert.Equal("050", Code("mend", [], ["roads"], out var ownOnly));
        Assert.False(ownOnly);
    }

    [Fact]
    public void Pattern_words_must_come_in_order()
    {
        // "border ... missiles to" does not match "&ARMAMENT (TO BORDER)".
        Assert.Equal("072", Code("ship", [], ["border", "anti-tank", "missiles", "to"], out _));
    }

    [Fact]
    public void Two_way_codes_keep_both_directions()
    {
        Assert.Equal("0731:0731", Code("deliver", [], ["grain"], out _));
        Assert.Equal(("043", "042"), PetrarchVerbs.SplitCode("043:042"));
        Assert.Equal(("", "030"), PetrarchVerbs.SplitCode(":030"));
        Assert.Equal(("195", (string?)null), PetrarchVerbs.SplitCode("195"));
    }

    [Fact]
    public void Without_a_pattern_the_block_code_stands_and_says_so()
    {
        Assert.Equal("070", Code("deliver", [], ["food"], out var matched));
        Assert.False(matched);
    }

    [Fact]
    public void Dashes_mean_no_event()
    {
        Assert.Null(Code("deliver", [], ["rumours"], out var matched));
        Assert.True(matched);
    }

    [Fact]
    public void A_pattern_written_for_a_synonym_waits_unless_asked_for()
    {
        var verbs = Read(out _);
        Assert.True(verbs.TryVerb("airlift", out var airlift));
        // "# DELIVER" grain is not airlift's own pattern: its own code stands, until synonyms are allowed.
        Assert.Equal("0733", PetrarchVerbs.CodeOf(airlift, [], ["grain"], own: true, out var matched));
        Assert.False(matched);
        Assert.Equal("0731:0731", PetrarchVerbs.CodeOf(airlift, [], ["grain"], own: false, out matched));
        Assert.True(matched);
    }

    [Fact]
    public void Words_before_the_verb_match_the_subject_side()
    {
        Assert.Equal("150", Code("loiter", ["gunboats"], ["offshore"], out var matched));
        Assert.True(matched);
        Assert.Null(Code("loiter", ["fishermen"], ["offshore"], out _));
    }

    // Phrases: words joined by "_" stand side by side, a brace group lets the noun's other modifiers in before its
    // last two words, and "_" next to "*" joins words to the verb itself.
    private const string Phrases = """
        &PANELKIND
        +SOLAR
        +WIND_POWERED

        &BALK
        +DID N'T
        +WILL NOT

        ---  FUND   [070]  ---
        FUND
        - * &LATERKIND                    [0716]
        - SURELY_&BALK_EVER *             [0715]
        - * &PANELKIND_PANELS             [0711]
        - * {FRESH &PANELKIND PANELS}     [0712]
        - EAGERLY_*                       [0713]
        - *_OVERSEAS                      [0714]

        &LATERKIND
        +BURSARIES

        &GRANTS
        +PRIZES
        +STIPENDS

        &GRANDGRANTS
        +DOWRIES
        +ROYAL STIPENDS

        ---  ENDOW   [070]  ---
        ENDOW
        - * &GRANTS                       [0717]
        - * &GRANDGRANTS                  [0718]
        """;

    private static string? PhraseCode(string[] before, string[] after)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, Phrases);
        var problems = new List<string>();
        var verbs = PetrarchVerbs.Read(path, problems);
        File.Delete(path);
        Assert.Empty(problems);
        Assert.True(verbs.TryVerb("fund", out var entry));
        return PetrarchVerbs.CodeOf(entry, before, after, own: true, out _);
    }

    [Fact]
    public void Words_joined_by_an_underscore_stand_side_by_side()
    {
        Assert.Equal("0711", PhraseCode([], ["solar", "panels"]));
        Assert.Equal("0711", PhraseCode([], ["new", "wind-powered", "panels"]));
        Assert.Equal("070", PhraseCode([], ["solar", "roof", "panels"]));
    }

    [Fact]
    public void A_brace_group_keeps_its_last_two_words_together_and_lets_modifiers_in_before()
    {
        Assert.Equal("0712", PhraseCode([], ["fresh", "cheap", "solar", "panels"]));
        Assert.Equal("070", PhraseCode([], ["fresh", "solar", "glass", "panels"]));
    }

    [Fact]
    public void Words_joined_to_the_star_stand_right_next_to_the_verb()
    {
        Assert.Equal("0713", PhraseCode(["they", "eagerly"], ["schools"]));
        Assert.Equal("070", PhraseCode(["eagerly", "they"], ["schools"]));
        Assert.Equal("0714", PhraseCode(["they"], ["overseas", "schools"]));
        Assert.Equal("070", PhraseCode(["they"], ["schools", "overseas"]));
    }

    [Fact]
    public void A_phrase_that_holds_a_negation_spells_out_the_negated_act()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, Phrases);
        var verbs = PetrarchVerbs.Read(path, new List<string>());
        File.Delete(path);
        Assert.True(verbs.TryVerb("fund", out var entry));
        // "They surely didn't ever fund schools": "did" and "n't" are two words written together.
        const string text = "they surely didn't ever fund schools";
        Sitrep.Core.TextSpan[] words = [new(0, 4), new(5, 11), new(12, 15), new(15, 18), new(19, 23), new(29, 36)];
        var code = PetrarchVerbs.CodeOf(entry, text, words.AsSpan(0, 5), words.AsSpan(5), own: true, out var matched, out var pattern, verbAt: new(24, 28));
        Assert.Equal("0715", code);
        Assert.True(matched && pattern!.Negates);
    }

    [Fact]
    public void A_synset_may_follow_the_block_that_uses_it()
    {
        Assert.Equal("0716", PhraseCode([], ["bursaries"]));
    }

    [Fact]
    public void Of_patterns_as_long_the_one_that_reads_more_of_the_text_wins()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, Phrases);
        var verbs = PetrarchVerbs.Read(path, new List<string>());
        File.Delete(path);
        Assert.True(verbs.TryVerb("endow", out var entry));
        Assert.Equal("0718", PetrarchVerbs.CodeOf(entry, [], ["royal", "stipends"], own: true, out _));
        Assert.Equal("0717", PetrarchVerbs.CodeOf(entry, [], ["modest", "stipends"], own: true, out _));
    }
}
