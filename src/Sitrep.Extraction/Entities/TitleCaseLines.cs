using Sitrep.Core;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Headlines in Title Case ("Russian Jets Bomb Market In Northern Syrian Town, Killing 12") capitalise every word, and the
/// tagger, trained on sentence case, reads capitals as names ("Russian Jets Bomb Market" an organisation). The tagger is
/// given a text's first line in Title Case with the words the article itself writes in lower case lowered ("Russian jets Bomb market in northern
/// Syrian town, killing 12"): the article is the evidence, so a name it writes with capitals anywhere but at a sentence's
/// start keeps them ("Rapid Support Forces"), and a word it never uses keeps its capital. The text itself is unchanged; only
/// the copy the tagger reads.
/// </summary>
internal static class TitleCaseLines
{
    /// <summary>Short words headlines capitalise that are never names on their own.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "in", "on", "at", "of", "for", "to", "by", "with", "from", "near", "after", "over", "as", "into", "amid",
        "and", "or", "but", "says", "say", "said", "is", "are", "was", "were", "has", "have", "its", "their", "his", "her",
    };

    /// <summary>
    /// The text with the lowerable words of its Title Case headline lowered (same length, same offsets), or null when it
    /// opens with no such line. <paramref name="sentenceStarts"/> are where sentences begin: a capital there says nothing.
    /// </summary>
    public static string? Lowered(string text, ReadOnlySpan<TextSpan> tokens, IReadOnlyList<int> sentenceStarts)
    {
        // the headline: the text's first line (a signature's "President The Reserve Fund" further down is no headline; nor is
        // a dateline on a line of its own, "CAPE TOWN, South Africa (AP) --")
        int head = 0;
        while (head < text.Length && char.IsWhiteSpace(text[head])) head++;
        int headEnd = text.IndexOf('\n', head);
        if (headEnd < 0 || !IsTitleCase(text, head, headEnd) || Dateline.At(text, head, headEnd) is not null) return null;

        // the article's evidence, outside the headline: words written in lower case, and words capitalised not at a sentence's start
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var capital = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var starts = new HashSet<int>(sentenceStarts);
        // (the lede's first word after a dateline starts its sentence too: "ALEPPO (Wire) - Gunmen killed …")
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (Dateline.At(text, start, end) is { } d) starts.Add(d.Span.End);
            start = end + 1;
        }
        foreach (var t in tokens)
        {
            if (t.Start < headEnd) continue;
            if (t.Length == 0 || !char.IsLetter(text[t.Start])) continue;
            var w = text.Substring(t.Start, t.Length);
            if (char.IsLower(w[0])) lower.Add(Stem(w));
            else if (!starts.Contains(t.Start) && !AfterOpening(text, t.Start, starts)) capital.Add(Stem(w.ToLowerInvariant()));
        }

        var chars = text.ToCharArray();
        bool changed = false, opening = true;
        foreach (var t in tokens)
        {
            if (t.Start < head) continue;
            if (t.Start >= headEnd) break;
            if (opening) { opening = false; continue; } // a headline's first word is capitalised as any sentence's is
            if (!TitleCased(text, t)) continue;
            var lowered = text.Substring(t.Start, t.Length).ToLowerInvariant();
            if (!(FunctionWords.Contains(lowered) || lower.Contains(Stem(lowered)) && !capital.Contains(Stem(lowered)))) continue;
            chars[t.Start] = char.ToLowerInvariant(chars[t.Start]);
            changed = true;
        }
        return changed ? new string(chars) : null;
    }

    /// <summary>
    /// A line of at least three words of four or more letters, all of them capitalised and not all in capitals, of at most
    /// 25 words and with no full stop closing it (a headline, not a sentence of names or a list).
    /// </summary>
    private static bool IsTitleCase(string text, int start, int end)
    {
        int words = 0, longWords = 0, capitalised = 0, shouted = 0;
        int last = end - 1;
        while (last >= start && char.IsWhiteSpace(text[last])) last--;
        if (last < start || text[last] is '.' or '!' or '?' && !(last > start && char.IsUpper(text[last - 1]))) return false;
        for (int i = start; i < end;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int w = i, upper = 0;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019' or '-')) { if (char.IsUpper(text[i])) upper++; i++; }
            words++;
            if (i - w < 4) continue;
            longWords++;
            if (char.IsUpper(text[w])) capitalised++;
            if (upper == i - w) shouted++;
        }
        return words <= 25 && longWords >= 3 && capitalised == longWords && shouted < longWords;
    }

    /// <summary>
    /// A rough stem, so that a headline's "Kills" and "Bomb" find the article's "killed" and "bombing": a final "ing", "ed"
    /// or "s", then "e", off a word long enough to leave a stem. Both sides are cut alike; a stem that misses only keeps a capital.
    /// </summary>
    private static string Stem(string w)
    {
        if (w.Length >= 6 && w.EndsWith("ing", StringComparison.Ordinal)) w = w[..^3];
        else if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal)) w = w[..^2];
        else if (w.Length >= 4 && w[^1] == 's' && w[^2] != 's') w = w[..^1];
        // ("seize", "seized", "seizes": one stem)
        return w.Length >= 4 && w[^1] == 'e' ? w[..^1] : w;
    }

    /// <summary>A word of letters with its first one a capital and no other capital ("Jets", not "UN" or "McAllister").</summary>
    private static bool TitleCased(string text, TextSpan t)
    {
        if (t.Length < 2 || !char.IsUpper(text[t.Start])) return false;
        for (int i = t.Start + 1; i < t.End; i++)
            if (!char.IsLower(text[i])) return false;
        return true;
    }

    /// <summary>True when only a quotation mark or bracket stands between a sentence's start and <paramref name="at"/>.</summary>
    private static bool AfterOpening(string text, int at, HashSet<int> starts)
    {
        int i = at - 1;
        while (i >= 0 && text[i] is '"' or '\u201C' or '\'' or '\u2018' or '(' or '[') i--;
        return i < at - 1 && starts.Contains(i + 1);
    }
}
