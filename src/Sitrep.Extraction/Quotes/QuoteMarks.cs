using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// A quotation found by its marks. <see cref="Content"/> is inside the marks; <see cref="Outer"/>
/// includes them (when a mark is missing, Outer ends at the paragraph end). <see cref="Open"/> is true for
/// a quote left open at the end of its paragraph (news continues such quotes in the next paragraph).
/// </summary>
internal readonly record struct MarkedQuote(TextSpan Content, TextSpan Outer, int Paragraph, bool Open);

/// <summary>
/// Finds quotations by their marks, paragraph by paragraph, in one pass: curly “ ” and ‘ ’, straight
/// " and ', guillemets « », and the doubled marks of wire copy (``…'' and ''…'') and doubled single marks (‘’…’’, “…’’). Inner quotes (‘…’ inside “…”) stay inside the outer quote; an apostrophe
/// (it’s, Russia’s, rebels’) never closes a quote. Linear time, no recursion, so hostile input is safe.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Paragraphs: maximal runs of text between line breaks (blank lines or single newlines).</summary>
    public static List<TextSpan> Paragraphs(string text)
    {
        var result = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            int s = start, e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) result.Add(new TextSpan(s, e));
            start = i + 1;
        }
        return result;
    }

    public static List<MarkedQuote> Find(string text, IReadOnlyList<TextSpan> paragraphs, List<Diagnostic> diagnostics)
    {
        var result = new List<MarkedQuote>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            int found = result.Count, reported = diagnostics.Count;
            char left = ScanParagraph(text, paragraphs[p], p + 1 < paragraphs.Count ? paragraphs[p + 1] : null, p, result, diagnostics);
            if (ClosedOnLaterLine(text, paragraphs, p, left) is not { } last) continue;
            // Text with a sentence on each line (no blank lines) runs a quote of several sentences over several lines:
            // ``We are worried . / The decline has hit our order books , '' said a supplier . Scan those lines as one.
            result.RemoveRange(found, result.Count - found);
            diagnostics.RemoveRange(reported, diagnostics.Count - reported);
            ScanParagraph(text, new TextSpan(paragraphs[p].Start, paragraphs[last].End), last + 1 < paragraphs.Count ? paragraphs[last + 1] : null, p, result, diagnostics);
            for (int k = found; k < result.Count; k++)
                result[k] = result[k] with { Paragraph = LineOf(paragraphs, result[k].Outer.Start, p, last) };
            p = last;
        }
        return result;
    }

    private const int MaxQuoteLines = 4;

    /// <summary>
    /// When a double mark (`` or “) is left open at the end of paragraph <paramref name="p"/>, and the lines after it follow
    /// on single line breaks (no blank line between), the index of the first of them (at most <see cref="MaxQuoteLines"/> on)
    /// whose first double mark closes the quote; null when a mark opens first, a blank line comes, or none closes.
    /// </summary>
    private static int? ClosedOnLaterLine(string text, IReadOnlyList<TextSpan> paragraphs, int p, char open)
    {
        if (open is not ('`' or '“' or '„' or '«')) return null;
        for (int q = p + 1; q < paragraphs.Count && q - p <= MaxQuoteLines; q++)
        {
            int breaks = 0;
            for (int i = paragraphs[q - 1].End; i < paragraphs[q].Start; i++) if (text[i] == '\n') breaks++;
            if (breaks != 1) return null;
            var line = paragraphs[q];
            for (int i = line.Start; i < line.End; i++)
            {
                char c = text[i];
                bool doubled = i + 1 < line.End && text[i + 1] == c;
                if (open == '`')
                {
                    if (c == '`' && doubled || c is '“' or '"') return null;
                    if (c == '\'' && doubled) return q;
                }
                else
                {
                    if (c is '“' or '„' or '«' or '"' || c == '`' && doubled) return null;
                    if (c is '”' or '»') return q;
                }
            }
        }
        return null;
    }

    private static int LineOf(IReadOnlyList<TextSpan> paragraphs, int offset, int from, int to)
    {
        for (int q = to; q > from; q--) if (offset >= paragraphs[q].Start) return q;
        return from;
    }

    /// <summary>Scans one paragraph; returns the kind of double mark left open at its end ('`', '“', ...), or '\0'.</summary>
    private static char ScanParagraph(string text, TextSpan para, TextSpan? next, int p, List<MarkedQuote> result, List<Diagnostic> diagnostics)
    {
        int open = -1;        // index of the open double mark (outermost), -1 when none
        char openMark = '\0'; // '`' for ``, '\'' for a doubled '' that opened
        int openWidth = 1;    // characters of the open mark (2 for `` and '')
        int depth = 0;        // nested double marks inside the open one
        int single = -1;      // index of an open top-level single mark
        // text taken from a CSV field keeps its escaped marks spaced (" " iron fist " "): those pairs are the quotation
        // marks, and a single " only delimits the field
        bool escaped = EscapedDoubling(text, para);
        for (int i = para.Start; i < para.End; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '“' or '«' or '„':
                    if (open < 0) { open = i; openMark = c; openWidth = 1; single = KeptSingle(single, para); }
                    // '“ Tankers are the key , “ Caughlin said .': an opening mark typed for the closing one after a comma (a quote
                    // inside a quote takes ‘ ’; after a full stop, “ opens the next paragraph of a long quote whose paragraphs
                    // the text ran together)
                    else if (c == '“' && openMark == '“' && depth == 0 && AfterComma(text, i, open)) { Add(result, text, open, i, p, false, openWidth, 1); open = -1; }
                    else depth++;
                    break;
                case '”' or '»':
                    if (open >= 0)
                    {
                        if (depth > 0) depth--;
                        else { Add(result, text, open, i, p, false, openWidth, 1); open = -1; }
                    }
                    break;
                case '`' when i + 1 < para.End && text[i + 1] == '`':
                    // wire copy: ``Nationalists want ...,'' Adams said
                    if (open < 0) { open = i; openMark = '`'; openWidth = 2; single = KeptSingle(single, para); }
                    else if (openMark == '`') depth++;
                    i++;
                    break;
                case '\'' when i + 1 < para.End && text[i + 1] == '\'' && (open >= 0 ? openMark is '`' or '\'' : OpenerContext(text, i, para)):
                    // '' closes a `` quote; some wires open with it too (''I am talking about three days'' more or less)
                    if (open < 0) { open = i; openMark = '\''; openWidth = 2; single = -1; }
                    else if (depth > 0) depth--;
                    else { Add(result, text, open, i, p, false, openWidth, 2); open = -1; }
                    i++;
                    break;
                case '"' when escaped:
                    if (i + 2 >= para.End || text[i + 1] != ' ' || text[i + 2] != '"') break;
                    if (open < 0) { open = i; openMark = c; openWidth = 3; single = -1; }
                    else if (openMark == '"') { Add(result, text, open, i, p, false, openWidth, 3); open = -1; depth = 0; }
                    i += 2;
                    break;
                case '"':
                    if (open < 0)
                    {
                        if (OpenerContext(text, i, para)) { open = i; openMark = c; openWidth = 1; single = KeptSingle(single, para); }
                    }
                    else if (openMark != '"' && OpenerContext(text, i, para)) depth++;
                    else if (depth > 0 && openMark != '"') depth--;
                    else { Add(result, text, open, i, p, false, openWidth, 1); open = -1; depth = 0; }
                    break;
                case '‘' when i + 1 < para.End && text[i + 1] is '‘' or '’' && open < 0 && OpenerContext(text, i, para):
                    // two single marks typed for a double one (‘’Where are they?’’ he asked), as some South Asian papers print them
                    open = i; openMark = '‘'; openWidth = 2; single = KeptSingle(single, para);
                    i++;
                    break;
                case '‘':
                    if (open < 0 && single < 0) single = i;
                    break;
                case '’' when i + 1 < para.End && text[i + 1] == '’' && open >= 0 && openMark is '“' or '‘' && depth == 0:
                    // ’’ closes a quote opened by “ or by ‘’ (“We will win,’’ he said)
                    Add(result, text, open, i, p, false, openWidth, 2); open = -1;
                    i++;
                    break;
                case '\'':
                    if (open >= 0) break;
                    if (single < 0 && OpenerContext(text, i, para) && i + 1 < para.End && char.IsLetterOrDigit(text[i + 1]) && !Apostrophe(text, i, para)) single = i;
                    else if (single >= 0 && text[single] == '\'' && CloserContext(text, i, para) && !SplitPossessive(text, i, para)) { AddOuter(result, text, single, i, p); single = -1; }
                    break;
                case '’':
                    if (open >= 0 || single < 0) break;
                    // "it’s", "Russia’s": a letter on both sides is an apostrophe.
                    if (i + 1 < para.End && char.IsLetter(text[i + 1]) && i > para.Start && char.IsLetter(text[i - 1]) || SplitPossessive(text, i, para)) break;
                    if (CloserContext(text, i, para)) { AddOuter(result, text, single, i, p); single = -1; }
                    break;
            }
        }
        if (open >= 0)
        {
            // A quote opened at the start of a paragraph and not closed continues in the next paragraph
            // (news style); anywhere else the mark is unbalanced, and the quote is cut at the paragraph end.
            bool atStart = open == para.Start;
            Add(result, text, open, para.End, p, true, openWidth, 0);
            // Mid-paragraph is fine too when the next paragraph reopens the quote ("… hours.¶“Nobody …").
            bool reopened = next is { } n && n.Length > 0 && (text[n.Start] is '“' or '"' or '«' || n.Length > 1 && text[n.Start] is '`' or '\'' && text[n.Start + 1] == text[n.Start]
                || n.Length > 1 && text[n.Start] == '‘' && text[n.Start + 1] is '‘' or '’');
            if (!atStart && !reopened)
                diagnostics.Add(new Diagnostic("QUOTE001", Severity.Info,
                    "A quotation mark opens here and is not closed in its paragraph; the quote was taken to run to the paragraph end.",
                    new TextSpan(open, para.End)));
            return openMark;
        }
        return '\0';
    }

    /// <summary>
    /// A single mark that opens its paragraph stays open over a double-marked quote inside it: '‘He told us “leave now”, and
    /// they fired,’ the witness said' (the British order) is one quote, the witness's. Any other single mark is dropped when
    /// a double mark opens (an apostrophe taken for a mark must not swallow the quotes after it).
    /// </summary>
    private static int KeptSingle(int single, TextSpan para) => single == para.Start ? single : -1;

    /// <summary>Adds the single-marked quote from <paramref name="open"/> to <paramref name="close"/>, less the quotes found inside it.</summary>
    private static void AddOuter(List<MarkedQuote> result, string text, int open, int close, int p)
    {
        result.RemoveAll(q => q.Paragraph == p && q.Outer.Start > open && q.Outer.End <= close);
        Add(result, text, open, close, p, false, 1, 1);
    }

    private static void Add(List<MarkedQuote> result, string text, int open, int close, int p, bool isOpen, int openWidth, int closeWidth)
    {
        int s = open + openWidth, e = close;
        if (e <= s) return;
        bool letters = false;
        for (int k = s; k < e && !letters; k++) letters = char.IsLetter(text[k]);
        if (!letters) return; // "" or "?" quote nothing anyone said
        if (!isOpen && IsTitle(text, open, s, e)) return;
        result.Add(new MarkedQuote(new TextSpan(s, e), new TextSpan(open, close + closeWidth), p, isOpen));
    }

    private static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal) { "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by" };

    /// <summary>
    /// A title in quotation marks, not words anyone said: up to five words, each capitalised but for small words, after a
    /// word of the sentence ('speaking on ABC News' "This Week,"', 'the film "High Noon"').
    /// </summary>
    private static bool IsTitle(string text, int open, int s, int e)
    {
        int b = open - 1;
        while (b >= 0 && text[b] == ' ') b--;
        // a list of titles: 'include the titles "Norwegian Wood", "Kafka on the Shore" and "..."'
        if (b > 0 && text[b] == ',')
        {
            int c = b - 1;
            while (c >= 0 && text[c] == ' ') c--;
            if (c >= 0 && text[c] is '”' or '"' or '’' && c > 0 && text[c - 1] is not (',' or '.' or '!' or '?' or ' ')) b = c;
        }
        if (b < 0 || !(char.IsLetter(text[b]) || text[b] is '\'' or '’' or '”' or '"')) return false;
        int words = 0;
        for (int i = s; i < e;)
        {
            while (i < e && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= e) break;
            int j = i;
            while (j < e && (char.IsLetterOrDigit(text[j]) || text[j] is '\'' or '’' or '-')) j++;
            if (++words > 5) return false;
            if (!char.IsUpper(text[i]) && !char.IsDigit(text[i]) && !TitleSmallWords.Contains(text[i..j])) return false;
            i = j;
        }
        return words > 0 && text[s + (text[s] is ' ' ? 1 : 0)] is var first && (char.IsUpper(first) || char.IsDigit(first)); // (and "60 Minutes")
    }

    private const int MaxEscapedWords = 16;

    /// <summary>
    /// True when the paragraph holds a short phrase between two spaced pairs of straight marks (' " " iron fist " " '), with
    /// no other mark and no sentence's end inside: a CSV field's escaped quotation marks, not two quotes side by side
    /// ('… the grave . " " Thou art …').
    /// </summary>
    private static bool EscapedDoubling(string text, TextSpan para)
    {
        int i = text.IndexOf("\" \"", para.Start, para.Length, StringComparison.Ordinal);
        while (i >= 0)
        {
            int from = i + 3;
            int next = from < para.End ? text.IndexOf('"', from, para.End - from) : -1;
            if (next < 0) return false;
            if (next + 2 < para.End && text[next + 1] == ' ' && text[next + 2] == '"' && ShortPhrase(text, from, next)) return true;
            i = text.IndexOf("\" \"", next, para.End - next, StringComparison.Ordinal);
        }
        return false;
    }

    private static bool ShortPhrase(string text, int s, int e)
    {
        int words = 0;
        bool letters = false;
        for (int k = s; k < e; k++)
        {
            char c = text[k];
            if (c is '.' or '!' or '?' && (k + 1 >= e || text[k + 1] == ' ')) return false;
            letters |= char.IsLetter(c);
            if (char.IsLetterOrDigit(c) && (k == s || text[k - 1] == ' ') && ++words > MaxEscapedWords) return false;
        }
        return letters;
    }

    private static readonly string[] Clitics = ["s", "re", "ve", "ll", "m", "d", "t"];

    /// <summary>
    /// An apostrophe that tokenised text set off from its word: a clitic ("Apple 's", "we 're", "I 'm") or the apostrophe of
    /// a name after a single capital ("Al D 'Amato", "O 'Brien"), not an opening mark.
    /// </summary>
    private static bool Apostrophe(string text, int i, TextSpan para)
    {
        if (i >= para.Start + 2 && text[i - 1] == ' ' && char.IsUpper(text[i - 2]) && (i - 3 < para.Start || !char.IsLetter(text[i - 3]))) return true;
        int j = i + 1;
        while (j < para.End && char.IsLetter(text[j])) j++;
        if (j < para.End && char.IsDigit(text[j])) return false;
        var word = text.AsSpan(i + 1, j - i - 1);
        foreach (var c in Clitics)
            if (word.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"the Party' s candidate", "the country ’ s challenges": a possessive apostrophe spaced from its s, not a closing mark.</summary>
    private static bool SplitPossessive(string text, int i, TextSpan para) =>
        i + 2 < para.End && text[i + 1] == ' ' && text[i + 2] is 's' or 'S' && (i + 3 >= para.End || !char.IsLetterOrDigit(text[i + 3]));

    private static bool AfterComma(string text, int i, int open)
    {
        int b = i - 1;
        while (b > open && text[b] == ' ') b--;
        return b > open + 1 && text[b] == ',';
    }

    private static bool OpenerContext(string text, int i, TextSpan para)
    {
        if (i == para.Start) return true;
        char b = text[i - 1];
        return char.IsWhiteSpace(b) || b is '(' or '[' or '—' or '–' or '-' or ':' or '/' or '“' or '‘';
    }

    private static bool CloserContext(string text, int i, TextSpan para)
    {
        if (i + 1 >= para.End) return true;
        char a = text[i + 1];
        return !char.IsLetterOrDigit(a);
    }
}
