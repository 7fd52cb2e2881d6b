using Sitrep.Extraction.Times;

namespace Sitrep.Extraction.Tests.Times;

public sealed class LexerTests
{
    // Characters the block path and the character path treat differently: letters and spaces (the blocks),
    // marks, digits and separators, other whitespace, letters and digits outside ASCII.
    private const string Alphabet = "aaaaeeeiioustnrhldmKTSMA      -.,:'’()\"%$!?;/&*+<_[`{~\u007f\u001f\t\n0123456789éßİſ٣—";

    private static readonly string[] Words =
    [
        "the", "The", "killed", "July", "water", "Wounded", "mid", "two", "day", "years", "Tuesday", "a", "no", "none", "Sept", "ministry",
        "extraordinarily", "approximately", "Thanksgiving", "humanitarian", "ten", "NINE", "quarter", "early", "ago", "10th", "5pm", "M23", "1,700", "2.5", "10:30", "Ouédraogo",
    ];

    [Fact]
    public void Blocks_give_the_tokens_the_character_path_gives()
    {
        var random = new Random(20261126);
        for (int round = 0; round < 3000; round++)
        {
            var text = round % 2 == 0 ? RandomChars(random) : RandomWords(random);
            int start = random.Next(0, Math.Max(1, text.Length / 4));
            int end = random.Next(start, text.Length + 1);
            var fast = new TokenSheet();
            var slow = new TokenSheet();
            Lexer.Lex(text, start, end, fast);
            Lexer.LexScalar(text, start, end, slow);
            Assert.True(slow.Count == fast.Count, $"token count differs for [{start}, {end}) of \"{text}\"");
            for (int k = 0; k < slow.Count; k++)
            {
                Assert.Equal(slow.Toks[k], fast.Toks[k]);
                Assert.Equal(slow.Slots[k], fast.Slots[k]);
                Assert.Same(Lexicon.Key(slow.Slots[k]), Lexicon.Key(fast.Slots[k]));
            }
            Assert.Equal(slow.Marked.AsSpan(0, slow.MarkedCount).ToArray(), fast.Marked.AsSpan(0, fast.MarkedCount).ToArray());
            Assert.Equal(slow.Kinds.AsSpan(0, slow.KindCount).ToArray(), fast.Kinds.AsSpan(0, fast.KindCount).ToArray());
            // The kind list is the tokens whose words give a figure its kind, every one of them.
            Assert.Equal(Enumerable.Range(0, fast.Count).Where(k => Lexicon.GivesKind(fast.Slots[k])).ToArray(), fast.Kinds.AsSpan(0, fast.KindCount).ToArray());
        }
    }

    [Fact]
    public void Lists_the_words_a_figure_takes_its_kind_from()
    {
        const string text = "Two civilians were killed and 40 people displaced, with thousands still without water.";
        var sheet = new TokenSheet();
        Lexer.Lex(text, 0, text.Length, sheet);
        var kinds = sheet.Kinds.AsSpan(0, sheet.KindCount).ToArray().Select(k => text[sheet.Toks[k].Start..sheet.Toks[k].End]).ToArray();
        Assert.Equal(["killed", "displaced", "water"], kinds);
    }

    [Fact]
    public void Reads_a_plain_sentence_word_by_word_with_lexicon_slots()
    {
        const string text = "The convoy was stopped two days ago near the border crossing, officials said on Tuesday.";
        var sheet = new TokenSheet();
        Lexer.Lex(text, 0, text.Length, sheet);
        var words = Enumerable.Range(0, sheet.Count).Select(k => text[sheet.Toks[k].Start..sheet.Toks[k].End]).ToArray();
        Assert.Equal(["The", "convoy", "was", "stopped", "two", "days", "ago", "near", "the", "border", "crossing", ",", "officials", "said", "on", "Tuesday", "."], words);
        Assert.Same("the", Lexicon.Key(sheet.Slots[0]));
        Assert.Null(Lexicon.Key(sheet.Slots[1]));
        Assert.Equal(WC.Unit, Lexicon.Info(sheet.Slots[5]).Class);
        Assert.Equal(WC.Weekday, Lexicon.Info(sheet.Slots[15]).Class);
        // "The", "two", "days", "the", "Tuesday": the words a time or figure reading can start at or needs.
        Assert.Equal([0, 4, 5, 8, 15], sheet.Marked.AsSpan(0, sheet.MarkedCount).ToArray());
    }

    private static string RandomChars(Random random)
    {
        var chars = new char[random.Next(0, 80)];
        for (int k = 0; k < chars.Length; k++) chars[k] = Alphabet[random.Next(Alphabet.Length)];
        return new string(chars);
    }

    private static string RandomWords(Random random)
    {
        var parts = new List<string>();
        int n = random.Next(0, 25);
        for (int k = 0; k < n; k++)
        {
            parts.Add(Words[random.Next(Words.Length)]);
            parts.Add(random.Next(10) switch { 0 => ", ", 1 => "-", 2 => ". ", 3 => "  ", 4 => "\n", _ => " " });
        }
        return string.Concat(parts);
    }
}
