using Sitrep.Core;

namespace Sitrep.Extraction.Actors;

/// <summary>
/// A word (or one punctuation mark) of a phrase, as the actor lexicons see it: a span into the text
/// and a normalised form (lower case, dots dropped, curly apostrophes straightened, possessive 's cut).
/// </summary>
internal readonly record struct PhraseWord(int Start, int End, string Norm, bool IsPunct, bool Possessive, bool AllCaps, bool Capitalised)
{
    public TextSpan Span => new(Start, End);

    /// <summary>The form of an all-capital word as case-sensitive entries store it ("U.S." → "US").</summary>
    public string Upper => Norm.ToUpperInvariant();
}

/// <summary>
/// Splits text into <see cref="PhraseWord"/>s. The same routine normalises lexicon entries and article
/// text, so "Russia's", "Russia’s" and "RUSSIA'S" all meet the entry "Russia". Linear in the input.
/// </summary>
internal static class PhraseWords
{
    private static readonly HashSet<string> NameAbbreviations = new(StringComparer.Ordinal)
        { "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "brig", "cmdr", "dr", "mr", "mrs", "ms", "gov", "sen", "rep", "prof", "rev", "pres" };

    /// <summary>A title's or a saint's abbreviation written before a name ("gen", "gov", "st"), as normalised.</summary>
    internal static bool IsNameAbbreviation(string norm) => NameAbbreviations.Contains(norm);

    [ThreadStatic] private static System.Text.StringBuilder? _builder;

    // The ASCII characters as strings, for punctuation marks ("," is one string, not one a comma).
    private static readonly string[] Marks = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static List<PhraseWord> Split(string text, TextSpan span)
    {
        var words = new List<PhraseWord>();
        int i = span.Start, end = Math.Min(span.End, text.Length);
        // (the event coder splits every phrase it codes: one builder a thread, not one a phrase)
        var sb = _builder ??= new System.Text.StringBuilder();
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                words.Add(new PhraseWord(i, i + 1, c < Marks.Length ? Marks[c] : c.ToString(), true, false, false, false));
                i++;
                continue;
            }
            int start = i;
            bool possessive = false;
            sb.Clear();
            int letters = 0, uppers = 0;
            bool dotted = false;
            int segment = 0; // letters since the word start or the last dot of an abbreviation
            while (i < end)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) uppers++; }
                    sb.Append(char.ToLowerInvariant(c));
                    segment++;
                    i++;
                    continue;
                }
                bool nextIsWordChar = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
                if (c is '\'' or '’' or 'ʼ')
                {
                    // "Russia's" / "rebels'" are possessives; "d'Ivoire" keeps its apostrophe.
                    if (i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
                    {
                        possessive = true;
                        break;
                    }
                    if (!nextIsWordChar && sb.Length > 0 && sb[^1] == 's') { possessive = true; break; }
                    if (nextIsWordChar) { sb.Append('\''); i++; continue; }
                    break;
                }
                if (c == '-' && nextIsWordChar) { sb.Append('-'); i++; continue; }
                // "U.S." and "U.N.": single letters joined by dots form one word; "Iraq.Then" does not.
                if (c == '.' && nextIsWordChar && segment == 1) { dotted = true; segment = 0; i++; continue; }
                if (c == '.' && dotted) { i++; break; } // the final dot of "U.S." belongs to the word
                // A capital's initial before a name goes on ("George W. Bush" as "george w bush"): the dot is its own, so
                // the name is one phrase, in the text as in the lexicons.
                // So is the dot of a capitalised abbreviation of a title or a saint before a name ("Gen. Ali", "St. Petersburg").
                if (c == '.' && uppers == 1 && char.IsUpper(text[start]) && i + 2 < end && text[i + 1] == ' ' && char.IsUpper(text[i + 2])
                    && (letters == 1 || NameAbbreviations.Contains(sb.ToString()))) { i++; break; }
                break;
            }
            int wordEnd = i;
            if (possessive)
            {
                // Skip the apostrophe (and the s) but keep them out of the word's span: the span is the name.
                i++;
                if (i < end && text[i] is 's' or 'S') i++;
            }
            bool allCaps = letters >= 2 && uppers == letters;
            bool capitalised = char.IsUpper(text[start]);
            words.Add(new PhraseWord(start, wordEnd, sb.ToString(), false, possessive, allCaps, capitalised));
        }
        return words;
    }

    /// <summary>Normalised key of a lexicon entry or of text words i..j (inclusive); null when it has punctuation.</summary>
    public static string? Key(IReadOnlyList<PhraseWord> words, int i, int j)
    {
        if (i == j) return words[i].IsPunct ? null : words[i].Norm;
        var parts = new string[j - i + 1];
        for (int k = i; k <= j; k++)
        {
            if (words[k].IsPunct) return null;
            parts[k - i] = words[k].Norm;
        }
        return string.Join(' ', parts);
    }

    public static string? KeyOf(string phrase)
    {
        var w = Split(phrase, new TextSpan(0, phrase.Length));
        return w.Count == 0 ? null : Key(w, 0, w.Count - 1);
    }
}
