using Sitrep.Core;
using Sitrep.Text.Segmentation;

namespace Sitrep.Text.Tests.Segmentation;

public sealed class SyntacticWordsTests
{
    [Theory]
    [InlineData("don't", "do|n't")]
    [InlineData("can't", "ca|n't")]
    [InlineData("won’t", "wo|n’t")]
    [InlineData("cannot", "can|not")]
    [InlineData("gonna", "gon|na")]
    [InlineData("army's", "army|'s")]
    [InlineData("Russia’s", "Russia|’s")]
    [InlineData("they're", "they|'re")]
    [InlineData("we'll", "we|'ll")]
    [InlineData("I've", "I|'ve")]
    [InlineData("I'm", "I|'m")]
    [InlineData("soldiers'", "soldiers|'")]
    [InlineData("O'Neill", "O'Neill")]
    [InlineData("ceasefire", "ceasefire")]
    public void Clitics_split_into_EWT_syntactic_words(string token, string expected)
    {
        var text = $"x {token} y";
        var words = new List<TextSpan>();
        SyntacticWords.Split(text, new TextSpan(2, 2 + token.Length), words);
        Assert.Equal(expected.Split('|'), words.Select(w => w.Of(text)));
    }
}
