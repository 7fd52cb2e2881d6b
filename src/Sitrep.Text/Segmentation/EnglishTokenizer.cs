using System.Runtime.CompilerServices;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Splits text into surface tokens following UD English EWT conventions (the gold we score against):
/// a token is what EWT calls a surface token, so "don't", "company's" and "cannot" stay whole (EWT
/// splits them only into syntactic words; <see cref="SyntacticWords"/> does that); "$5" is $ + 5,
/// "12%" is 12 + %, "1,700" and "2.5" are one token, hyphenated words split except after bound
/// prefixes ("non-human", "e-mail") and in phone numbers and ISO dates; URLs and e-mail addresses are
/// one token each. Pure and allocation-free apart from the output list; thread-safe.
/// </summary>
public static class EnglishTokenizer
{
    /// <summary>Appends the tokens of text[start..end) to <paramref name="output"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> output)
    {
        // A span ending at `end` lets the JIT drop the per-char bounds checks of the scans below.
        var s = text.AsSpan(0, end);
        int i = start;
        while ((uint)i < (uint)s.Length)
        {
            char c = s[i];
            if (IsSpace(c)) { i++; continue; }
            // One pass finds the chunk's end and whether it holds an '@' (only then can it be an e-mail).
            int ce = i + 1;
            bool at = c == '@';
            while ((uint)ce < (uint)s.Length)
            {
                char d = s[ce];
                if (d <= ' ' ? ((AsciiSpaces >> d) & 1) != 0 : d > '\u007f' && IsNonAsciiSpace(d)) break;
                at |= d == '@';
                ce++;
            }
            if (at) TokenizeChunk(text, i, ce, output);
            else Pieces(text, i, ce, output);
            i = ce;
        }
    }

    // Bit c set for the ASCII control and space characters that count as white space (c <= ' ').
    private const ulong AsciiSpaces = (1UL << ' ') | (1UL << '\n') | (1UL << '\r') | (1UL << '\t') | (1UL << '\f') | (1UL << '\v') | 1UL;

    /// <summary>Whitespace for token purposes: Unicode white space (incl. U+00A0) plus zero-width space and BOM.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' ' ? ((AsciiSpaces >> c) & 1) != 0 : c > '\u007f' && IsNonAsciiSpace(c);

    private static bool IsNonAsciiSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static void TokenizeChunk(string text, int cs, int ce, List<Token> output)
    {
        // E-mail addresses first: their local part may hold dots and dashes ("franz371...@gmail.com")
        // that the ordinary rules would split.
        int at = text.AsSpan(cs, ce - cs).IndexOf('@');
        if (at >= 0 && TryEmail(text, cs, ce, cs + at, out var es, out var ee))
        {
            if (es > cs) Pieces(text, cs, es, output);
            output.Add(new Token(new TextSpan(es, ee), TokenKind.Email));
            if (ee < ce) TokenizeChunk(text, ee, ce, output);
            return;
        }
        Pieces(text, cs, ce, output);
    }

    private static bool IsEmailLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';
    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';

    private static bool TryEmail(string text, int cs, int ce, int at, out int start, out int end)
    {
        start = at;
        while (start > cs && IsEmailLocal(text[start - 1])) start--;
        while (start < at && !char.IsAsciiLetterOrDigit(text[start])) start++;
        end = at + 1;
        while (end < ce && IsDomainChar(text[end])) end++;
        while (end > at + 1 && text[end - 1] is '.' or '-' or '_') end--;
        if (end == at + 1) return false;
        bool dotted = text.AsSpan(at + 1, end - at - 1).IndexOf('.') >= 0;
        // "@paulhastings.com" (no local part) is still an address; "@user" alone is not.
        return start < at || dotted;
    }

    /// <summary>Tokens of a whitespace-free stretch that holds no e-mail address.</summary>
    private static void Pieces(string text, int p, int ce, List<Token> output)
    {
        while (p < ce)
        {
            char c = text[p];
            if (IsWordChar(c))
            {
                if (IsUrlStart(text, p, ce))
                {
                    int ue = UrlEnd(text, p, ce);
                    output.Add(new Token(new TextSpan(p, ue), TokenKind.Url));
                    p = ue;
                    continue;
                }
                p = Word(text, p, ce, output);
                continue;
            }
            int q = p + 1;
            var kind = TokenKind.Punctuation;
            switch (c)
            {
                case '.' or '!' or '?':
                    while (q < ce && text[q] is '.' or '!' or '?') q++;
                    break;
                case '-' or '=':
                    if (c == '=' && Emoticon(text, p, ce) is > 0 and var e1) { q = p + e1; kind = TokenKind.Symbol; break; }
                    while (q < ce && text[q] is '-' or '=') q++;
                    break;
                case ':' or ';':
                    if (Emoticon(text, p, ce) is > 0 and var e2) { q = p + e2; kind = TokenKind.Symbol; }
                    break;
                case '…' or '_' or '*' or '~' or '$' or '<' or '>' or '+' or '^' or '|' or '#' or '/' or '\\':
                    if (c == '#' && q < ce && char.IsLetter(text[q]))
                    {
                        // A hashtag is one token ("#audiobooks").
                        var chunk = text.AsSpan(0, ce);
            while ((uint)q < (uint)chunk.Length && IsWordChar(chunk[q])) q++;
                        kind = TokenKind.Other;
                        break;
                    }
                    while (q < ce && text[q] == c) q++;
                    kind = c is '…' or '/' or '\\' ? TokenKind.Punctuation : TokenKind.Symbol;
                    break;
                default:
                    if (char.IsHighSurrogate(c) && q < ce && char.IsLowSurrogate(text[q])) { q++; kind = TokenKind.Symbol; }
                    else if (IsSymbolChar(c)) kind = TokenKind.Symbol;
                    break;
            }
            output.Add(new Token(new TextSpan(p, q), kind));
            p = q;
        }
    }

    private static bool IsSymbolChar(char c) => c is '%' or '&' or '@' or '£' or '€' or '¥' or '©' or '®' or '°' or '§' or '¢'
        || (c > '\u007f' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.MathSymbol
            or System.Globalization.UnicodeCategory.CurrencySymbol or System.Globalization.UnicodeCategory.OtherSymbol
            or System.Globalization.UnicodeCategory.ModifierSymbol);

    /// <summary>Length of an emoticon at p (":)", ":-(", ";)", ":D", "=)"), or 0.</summary>
    private static int Emoticon(string text, int p, int ce)
    {
        int q = p + 1;
        if (q < ce && text[q] is '-' or '\'' or 'o') q++;
        if (q >= ce) return 0;
        char m = text[q];
        if (m is ')' or '(' or ']' or '[' or '|' or '/' or '\\' or '*' or '@') { }
        else if (m is 'D' or 'P' or 'p' or 'O' or 'S' or 'o' or 'x' or 'X' or '3')
        {
            // ":P" is a face only when nothing word-like follows ("Note:Please" is not).
            if (q + 1 < ce && char.IsLetterOrDigit(text[q + 1])) return 0;
        }
        else return 0;
        q++;
        // ":/" inside "http://" is handled by the URL rule; ":((" and ":)))" repeat the mouth.
        while (q < ce && text[q] == m && m is ')' or '(') q++;
        return q - p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsUrlStart(string text, int p, int ce)
    {
        // Cheap first-letter test: this runs for every word.
        if (ce - p < 5 || (text[p] | 0x20) is not ('h' or 'f' or 'w')) return false;
        var s = text.AsSpan(p, ce - p);
        return s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 5);
    }

    private static int UrlEnd(string text, int p, int ce)
    {
        int e = ce;
        // Trailing sentence punctuation and closing quotes belong to the sentence, not the address;
        // a closing bracket stays only when the URL opened one (Wikipedia-style links).
        while (e > p + 1)
        {
            char c = text[e - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '”' or '’' or '>' or '»') { e--; continue; }
            if (c is ')' or ']' && text.AsSpan(p, e - p).IndexOf(c == ')' ? '(' : '[') < 0) { e--; continue; }
            break;
        }
        return e;
    }

    /// <summary>Scans a word (letters, digits and the joiners EWT keeps inside tokens) from p; returns its end.</summary>
    private static int Word(string text, int p, int ce, List<Token> output)
    {
        int q = p;
        int segStart = p;          // start of the current alphanumeric segment
        bool joined = false;       // whether any joiner was taken (affects kind and the period rule)
        bool dateLike = false;
        while (true)
        {
            var chunk = text.AsSpan(0, ce);
            while ((uint)q < (uint)chunk.Length && IsWordChar(chunk[q])) q++;
            if (segStart == p && char.IsAsciiDigit(text[p]) && q > p + 1 && UnitSuffix(text, p, q) is > 0 and var digitsEnd)
            {
                // "375mm", "2pm", "39K": EWT splits a number from a unit; "4th" and "1990s" stay whole.
                q = digitsEnd;
                break;
            }
            if (q + 1 >= ce)
            {
                // Plural possessive: "soldiers' home" keeps its apostrophe (EWT surface token).
                if (q + 1 == ce && text[q] is '\'' or '’' && text[q - 1] is 's' && (p == 0 || text[p - 1] is not ('\'' or '‘'))) q++;
                break;
            }
            char j = text[q], next = text[q + 1];
            bool take = false;
            switch (j)
            {
                case '\'' or '’':
                    // Contractions and possessives stay in one surface token ("don't", "company's", "O'Neill").
                    take = char.IsLetter(next);
                    break;
                case '.':
                    take = char.IsLetterOrDigit(next) && (char.IsDigit(next) == char.IsDigit(text[q - 1]) || IsDottedNumberContext(text, segStart, q));
                    break;
                case ',':
                    // Thousands separator: digit, comma, exactly three digits.
                    take = char.IsAsciiDigit(text[q - 1]) && ThreeDigits(text, q + 1, ce);
                    break;
                case ':':
                    take = char.IsAsciiDigit(text[q - 1]) && char.IsAsciiDigit(next) && AllDigits(text, segStart, q);
                    break;
                case '/':
                    if (char.IsAsciiDigit(text[q - 1]) && char.IsAsciiDigit(next) && AllDigits(text, segStart, q)) { take = true; dateLike = true; }
                    // Short letter pairs are one token in EWT ("b/c", "w/o", "I/C"); longer ones split ("and/or").
                    else if (char.IsLetter(text[q - 1]) && char.IsLetter(next) && q - segStart <= 1 && SegmentLength(text, q + 1, ce) <= 2) take = true;
                    break;
                case '-':
                    if (char.IsAsciiDigit(next) && !joined && AllDigits(text, p, q))
                    {
                        int e = NumberWithHyphens(text, p, ce, out bool isDate);
                        if (e > 0) { q = e; dateLike = isDate; joined = true; goto done; }
                    }
                    else if (char.IsLetter(next) && segStart == p && Abbreviations.IsHyphenPrefix(text.AsSpan(p, q - p))) take = true;
                    break;
                case '&':
                    take = char.IsUpper(text[q - 1]) && char.IsUpper(next) && q - segStart <= 3;
                    break;
                case '_':
                    take = IsWordChar(next);
                    break;
            }
            if (!take) break;
            joined = true;
            q++;
            segStart = q;
        }
    done:
        // A period belongs to an abbreviation ("Gen.", "Inc."), an initial ("F.") or a dotted initialism ("U.S.").
        // "Inc.." is the abbreviation plus a full stop; "etc..." is a word plus an ellipsis.
        if (q < ce && text[q] == '.' && !(q + 2 < ce && text[q + 1] == '.' && text[q + 2] == '.'))
        {
            var w = text.AsSpan(p, q - p);
            if ((w.Length == 1 && char.IsLetter(w[0])) || Abbreviations.IsAbbreviation(w) || Abbreviations.IsDottedInitialism(w))
                q++;
        }
        var kind = char.IsAsciiDigit(text[p]) || (char.IsDigit(text[p])) ? (dateLike ? TokenKind.Date : TokenKind.Number) : TokenKind.Word;
        output.Add(new Token(new TextSpan(p, q), kind));
        return q;
    }

    /// <summary>For a word from p to q starting with digits: where the digits end when a unit follows, else 0.</summary>
    private static int UnitSuffix(string text, int p, int q)
    {
        int d = p;
        while (d < q && char.IsAsciiDigit(text[d])) d++;
        if (d == q || !char.IsLetter(text[d])) return 0;
        for (int k = d; k < q; k++) if (!char.IsLetter(text[k])) return 0;
        var suffix = text.AsSpan(d, q - d);
        if (suffix.Equals("th", StringComparison.OrdinalIgnoreCase) || suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("s", StringComparison.Ordinal)) return 0;
        return d;
    }

    // "1.5" and "v2.0": a period between digits; "U.S" and "alt.animals": between letters. A period
    // between a letter and a digit joins only in version-like words already holding a digit ("rev1.2").
    private static bool IsDottedNumberContext(string text, int segStart, int q)
    {
        for (int k = segStart; k < q; k++) if (char.IsDigit(text[k])) return true;
        return false;
    }

    private static bool ThreeDigits(string text, int k, int ce) =>
        k + 3 <= ce && char.IsAsciiDigit(text[k]) && char.IsAsciiDigit(text[k + 1]) && char.IsAsciiDigit(text[k + 2])
        && (k + 3 == ce || !char.IsAsciiDigit(text[k + 3]));

    private static bool AllDigits(string text, int s, int e)
    {
        for (int k = s; k < e; k++) if (!char.IsAsciiDigit(text[k])) return false;
        return e > s;
    }

    private static int SegmentLength(string text, int s, int ce)
    {
        int k = s;
        while (k < ce && char.IsLetterOrDigit(text[k])) k++;
        return k - s;
    }

    /// <summary>
    /// Digit groups joined by hyphens from p. EWT keeps phone numbers ("713-853-3989", "345-9945"),
    /// ZIP+4 codes and dates ("2016-09-28", "11-20-2000") whole but splits ranges ("3-4", "1969-1970").
    /// Returns the end of the kept token, or 0 when the hyphen splits.
    /// </summary>
    private static int NumberWithHyphens(string text, int p, int ce, out bool isDate)
    {
        isDate = false;
        Span<int> lengths = stackalloc int[6];
        int n = 0, k = p;
        while (true)
        {
            int s = k;
            while (k < ce && char.IsAsciiDigit(text[k])) k++;
            if (n == lengths.Length) return 0;
            lengths[n++] = k - s;
            if (k - s == 0) return 0;
            if (k + 1 < ce && text[k] == '-' && char.IsAsciiDigit(text[k + 1])) { k++; continue; }
            break;
        }
        // A letter glued to the last group ("5-year") means a compound, which EWT splits.
        if (k < ce && char.IsLetter(text[k])) return 0;
        if (n == 3 && lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) { isDate = true; return k; }
        if (n == 3 && lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4) { isDate = true; return k; }
        if (lengths[n - 1] == 4 && n >= 2)
        {
            bool phone = true;
            for (int g = 0; g < n - 1; g++) if (lengths[g] is not (1 or 3 or 5)) phone = false;
            if (phone) return k;
        }
        return 0;
    }
}
