using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>
/// A wire dateline opening a paragraph: the place in capitals, then at most a region or country, a date and the agency's
/// credit in parentheses, then a dash, a colon or the wire's "(AP)_" ("ALEPPO, Syria (Reuters) - ", "KYIV, Ukraine (AP) — ",
/// "GAZA CITY, Nov 24 (AFP) -", "BEIRUT — ", "KHARTOUM, Sudan, Nov. 3 (Reuters) -", "ISLAMABAD, April 22 (Xinhua) -- ").
/// <see cref="Span"/> runs from the place to where the lede's words begin (past the dash and its spaces); it is what the
/// report says of where and by whom it was filed, never part of what anyone said or of a figure's words.
/// </summary>
internal readonly record struct Dateline(TextSpan Span, TextSpan Place, TextSpan? Credit)
{
    /// <summary>
    /// A wire's dateline, not a transcript's speaker label ("MICHAEL MIKEL (co-creator, founder of ...): Our ..."): a short
    /// agency credit with no comma ("(AP)", "(Reuters)"), or a comma right after the place and a capital ("KYIV, Ukraine").
    /// </summary>
    public bool IsWire(string text)
    {
        if (Credit is { } credit && credit.Length <= 24 && AgencyName(text.AsSpan(credit.Start, credit.Length))) return true;
        int i = Place.End;
        return i + 2 < text.Length && text[i] == ',' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]);

        // "(AP)", "(Reuters)", "(Al Jazeera)": up to three words, each capitalised, no comma ("(co-creator)", "(Burning Man board
        // member)" are roles)
        static bool AgencyName(ReadOnlySpan<char> credit)
        {
            credit = credit.Trim("()");
            if (credit.IsEmpty || credit.Contains(',')) return false;
            int words = 0;
            foreach (var w in credit.Split(' '))
            {
                var word = credit[w];
                if (word.IsEmpty) continue;
                if (!char.IsUpper(word[0]) || ++words > 3) return false;
            }
            return words > 0;
        }
    }

    /// <summary>The longest dateline looked for (a place, a state and a country, a date and a credit).</summary>
    private const int Reach = 120;

    /// <summary>
    /// The dateline of the line that holds <paramref name="span"/>, or null; only the line's first <see cref="Reach"/>
    /// characters are read, so that asking for every name of a long text with few line breaks costs no more than its length.
    /// </summary>
    public static Dateline? OfLine(string text, TextSpan span)
    {
        int line = LineStart(text, span.Start, Reach);
        if (line < 0) return null;
        int window = Math.Min(text.Length, line + Reach + 1) - span.Start;
        int end = window > 0 ? text.IndexOf('\n', span.Start, window) : -1;
        return At(text, line, end < 0 ? text.Length : end);
    }

    /// <summary>Where the line holding <paramref name="at"/> starts, when that is at most <paramref name="within"/> characters back; else -1.</summary>
    public static int LineStart(string text, int at, int within)
    {
        if (at == 0) return 0;
        int from = Math.Max(0, at - within - 1);
        int nl = text.LastIndexOf('\n', at - 1, at - from);
        return nl >= 0 ? nl + 1 : at <= within ? 0 : -1;
    }

    /// <summary>
    /// The dateline that opens the paragraph at <paramref name="start"/> and ends before <paramref name="limit"/> (the end of its
    /// sentence), or null. Text that does not open a paragraph, or whose first word has a lower-case letter, has none.
    /// </summary>
    public static Dateline? At(string text, int start, int limit)
    {
        limit = Math.Min(Math.Min(limit, text.Length), start + Reach);
        while (start < limit && text[start] is ' ' or '\t') start++;
        if (start >= limit || !ParagraphStart(text, start)) return null;
        // the place: words in capitals ("ALEPPO", "GAZA CITY", "PORT-AU-PRINCE", "ST. PETERSBURG")
        int i = start, letters = 0, placeEnd = -1, words = 0;
        while (i < limit)
        {
            // (at most three words: "RIO DE JANEIRO"; a longer run in capitals is a headline, "FAMILY FANTASTIC IN MOROCCO: …")
            if (++words > 3) return null;
            int w = i;
            while (i < limit && (char.IsUpper(text[i]) || text[i] is '-' or '.' or '\'' or '\u2019')) { if (char.IsLetter(text[i])) letters++; i++; }
            if (i == w || i < limit && char.IsLetterOrDigit(text[i])) return placeEnd < 0 ? null : At(text, start, placeEnd, letters, limit);
            placeEnd = i;
            // another word of the place only when it is in capitals too ("GAZA CITY, …"; not "BEIRUT — A car …")
            if (i + 2 < limit && text[i] == ' ' && char.IsUpper(text[i + 1]) && (char.IsUpper(text[i + 2]) || text[i + 2] is '.' or '-')) { i++; continue; }
            break;
        }
        return placeEnd < 0 ? null : At(text, start, placeEnd, letters, limit);
    }

    private static Dateline? At(string text, int start, int placeEnd, int letters, int limit)
    {
        if (letters < 3) return null;
        TextSpan? credit = null;
        int i = placeEnd;
        while (i < limit)
        {
            char c = text[i];
            if (c is ' ' or ',') { i++; continue; }
            if (c == '(')
            {
                int close = text.IndexOf(')', i, limit - i);
                if (close < 0 || text.AsSpan(i, close - i).Contains('\n')) return null;
                credit = new TextSpan(i, close + 1);
                i = close + 1;
                // the wire's "(AP)_Gunmen …"
                if (i < limit && text[i] == '_') return Lede(text, start, placeEnd, credit, i + 1, limit);
                continue;
            }
            if (c is '-' or '\u2014' or '\u2013' or ':' or '_')
            {
                // a dash between spaces (or after the credit: "(Reuters)-"), "--", or a colon before a space; the wire's
                // underscore for a dash ("WASHINGTON _ The economy …")
                int d = i;
                while (d < limit && text[d] is '-' or '\u2014' or '\u2013' or '_') d++;
                if (c == ':') d = i + 1;
                bool before = i > 0 && (text[i - 1] == ' ' || text[i - 1] == ')' || c == ':');
                if (!before || d < limit && text[d] != ' ') return null;
                return Lede(text, start, placeEnd, credit, d, limit);
            }
            // a word of the region, country or date: capitalised ("Syria", "Nov.", "D.C.") or a number ("24", "2026")
            if (!char.IsUpper(c) && !char.IsDigit(c)) return null;
            while (i < limit && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '-' or '\'' or '\u2019')) i++;
        }
        return null;
    }

    /// <summary>The dateline up to the lede's first word after <paramref name="from"/>, which opens with a capital, a digit or a quotation mark.</summary>
    private static Dateline? Lede(string text, int start, int placeEnd, TextSpan? credit, int from, int limit)
    {
        while (from < limit && text[from] == ' ') from++;
        if (from < limit && !(char.IsUpper(text[from]) || char.IsDigit(text[from]) || text[from] is '"' or '\u201C' or '\'' or '\u2018')) return null;
        // the lede is in sentence case ("A car bomb …", "US forces …"), not more capitals ("… IN MOROCCO: HIDING AWAY …")
        int look = Math.Min(limit, from + 40);
        if (look - from >= 12 && !text.AsSpan(from, look - from).ContainsAnyInRange('a', 'z')) return null;
        return new Dateline(new TextSpan(start, from), new TextSpan(start, placeEnd), credit);
    }

    private static bool ParagraphStart(string text, int start)
    {
        int p = start - 1;
        while (p >= 0 && text[p] is ' ' or '\t' or '\r') p--;
        return p < 0 || text[p] == '\n';
    }
}
