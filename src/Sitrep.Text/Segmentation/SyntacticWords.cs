using Sitrep.Core;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Splits a surface token into the syntactic words EWT annotates (its multiword tokens): clitics
/// "'s 're 'll 've 'd 'm" (straight or curly apostrophe), "n't" ("don't" → do + n't, "can't" → ca + n't,
/// "won't" → wo + n't), "cannot" → can + not, "gonna/wanna/gotta" → gon + na, and the plural
/// possessive "soldiers'" → soldiers + '. Taggers and parsers trained on UD words want these; the
/// token layer keeps surface tokens, which is what EWT's token gold (and the text) has.
/// </summary>
public static class SyntacticWords
{
    /// <summary>Appends the word spans of <paramref name="token"/> (the token itself when it has no clitic).</summary>
    public static void Split(string text, TextSpan token, List<TextSpan> output)
    {
        var w = token.SliceOf(text);
        int s = token.Start;
        int cut = Cut(w);
        if (cut > 0 && cut < w.Length)
        {
            output.Add(new TextSpan(s, s + cut));
            output.Add(new TextSpan(s + cut, token.End));
        }
        else output.Add(token);
    }

    private static bool Apostrophe(char c) => c is '\'' or '’';

    /// <summary>Where the second word starts, or 0 when the token is one word.</summary>
    private static int Cut(ReadOnlySpan<char> w)
    {
        int n = w.Length;
        if (n < 3) return 0;
        if (w.Equals("cannot", StringComparison.OrdinalIgnoreCase)) return 3;
        if (n == 5 && (w.Equals("gonna", StringComparison.OrdinalIgnoreCase) || w.Equals("wanna", StringComparison.OrdinalIgnoreCase)
            || w.Equals("gotta", StringComparison.OrdinalIgnoreCase))) return 3;
        // n't: "don't", "can't" (ca + n't), "won't" (wo + n't).
        if (n >= 4 && (w[^1] is 't' or 'T') && Apostrophe(w[^2]) && (w[^3] is 'n' or 'N')) return n - 3;
        // 's 'm 'd, 're 've 'll.
        if (Apostrophe(w[^2]) && (w[^1] | 0x20) is 's' or 'm' or 'd') return n - 2;
        if (n >= 4 && Apostrophe(w[^3]))
        {
            var tail = w[^2..];
            if (tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)) return n - 3;
        }
        // Plural possessive.
        if (Apostrophe(w[^1]) && (w[^2] | 0x20) == 's') return n - 1;
        return 0;
    }
}
