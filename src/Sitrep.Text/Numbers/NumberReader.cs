using Sitrep.Core;

namespace Sitrep.Text.Numbers;

public enum NumberKind : byte
{
    /// <summary>An exact count: "1,700", "2.5 million", "twenty-six", "a dozen".</summary>
    Cardinal,
    /// <summary>"first", "23rd", "twenty-first": a position, never a count.</summary>
    Ordinal,
    /// <summary>A vague magnitude with documented bounds ("dozens" → 24..99; see <see cref="NumberReader"/>).</summary>
    Vague,
    /// <summary>"30 to 40", "30-40", "between 30 and 40".</summary>
    Range,
    /// <summary>"half" (0.5) with no quantity after it.</summary>
    Fraction,
}

/// <summary>
/// A number expression read from the text: its span and its value as bounds. For a cardinal or ordinal
/// <see cref="Low"/> == <see cref="High"/>; a range or vague magnitude has Low &lt; High.
/// </summary>
public readonly record struct NumberReading(TextSpan Span, double Low, double High, NumberKind Kind)
{
    public double Value => Low;
    public bool IsExact => Kind is NumberKind.Cardinal or NumberKind.Ordinal or NumberKind.Fraction;
}

/// <summary>
/// Reads English number expressions in place, without copying the text: digits with thousands
/// separators and decimals, scale words ("2.5 million"), number words ("two hundred and fifty",
/// "twenty-six"), "a dozen", "half a million", ordinals, ranges, and vague magnitudes.
/// <para>Vague magnitudes and their bounds (a plural scale is at least two of it, and below the next scale):
/// "dozens" 24..99 · "scores" 40..99 · "hundreds" 200..999 · "thousands" 2,000..9,999 ·
/// "tens of thousands" 20,000..99,999 · "hundreds of thousands" 200,000..999,999 ·
/// "millions" 2,000,000..9,999,999 · "several" 3..9 · "a few" 2..5 · "several hundred" 300..999 ·
/// "a few thousand" 2,000..5,000 (several/a few times any scale word).</para>
/// Thread-safe and allocation-free: all state is on the stack.
/// </summary>
public static class NumberReader
{
    /// <summary>
    /// True when a number expression can start with this word (a number word, "a", "several", "between"...).
    /// One hash lookup: callers use it to skip the reader on ordinary words.
    /// </summary>
    public static bool CanStartWith(ReadOnlySpan<char> word) =>
        word.Length > 0 && StartShapes.MayContain(word) && (Pack(word, out ulong key) ? Words.TryGetValue(key, out var known) && known.Start : StartWordsLookup.Contains(word));


    /// <summary>Every word <see cref="CanStartWith"/> accepts (lower case; matching ignores case).</summary>
    public static IReadOnlyCollection<string> StartWordList => StartWords;

    /// <summary>Reads the number expression that starts exactly at <paramref name="start"/> (a word start).</summary>
    public static bool TryRead(string text, int start, int limit, out NumberReading reading)
    {
        reading = default;
        if ((uint)start >= (uint)text.Length || start >= limit) return false;
        if (start > 0 && char.IsLetterOrDigit(text[start - 1])) return false;

        // "between 30 and 40"
        if (WordAt(text, start, limit, out int wEnd) && Is(text, start, wEnd, "between"))
        {
            int p = SkipSpaces(text, wEnd, limit);
            if (TryReadSimple(text, p, limit, out var a, out int aEnd, out _, out _) && a.Kind == NumberKind.Cardinal)
            {
                int q = SkipSpaces(text, aEnd, limit);
                if (WordAt(text, q, limit, out int andEnd) && Is(text, q, andEnd, "and"))
                {
                    int r = SkipSpaces(text, andEnd, limit);
                    if (TryReadSimple(text, r, limit, out var b, out int bEnd, out double bBase, out double bScale) && b.Kind == NumberKind.Cardinal)
                    {
                        double low = ScaleLow(a.Low, bBase, bScale, a);
                        if (b.Low > low)
                        {
                            reading = new NumberReading(new TextSpan(start, bEnd), low, b.Low, NumberKind.Range);
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        if (!TryReadSimple(text, start, limit, out var first, out int end, out _, out _)) return false;
        reading = first;
        if (first.Kind != NumberKind.Cardinal) return true;

        // "30-40", "30–40" (no spaces), "30 to 40"
        int k = end;
        if (k < limit && (text[k] == '-' || text[k] == '–') && k + 1 < limit && char.IsDigit(text[k + 1]) && char.IsDigit(text[k - 1]))
        {
            if (TryReadSimple(text, k + 1, limit, out var hi, out int hiEnd, out double hb, out double hs) && hi.Kind == NumberKind.Cardinal)
            {
                double low = ScaleLow(first.Low, hb, hs, first);
                if (hi.Low > low) reading = new NumberReading(new TextSpan(start, hiEnd), low, hi.Low, NumberKind.Range);
            }
            return true;
        }
        int s = SkipSpaces(text, k, limit);
        if (s > k && WordAt(text, s, limit, out int toEnd) && Is(text, s, toEnd, "to"))
        {
            int r = SkipSpaces(text, toEnd, limit);
            if (r > toEnd && TryReadSimple(text, r, limit, out var hi, out int hiEnd, out double hb, out double hs) && hi.Kind == NumberKind.Cardinal)
            {
                double low = ScaleLow(first.Low, hb, hs, first);
                if (hi.Low > low) reading = new NumberReading(new TextSpan(start, hiEnd), low, hi.Low, NumberKind.Range);
            }
        }
        return true;
    }

    /// <summary>All number expressions in <paramref name="within"/>, left to right, not overlapping.</summary>
    public static void FindAll(string text, TextSpan within, List<NumberReading> into)
    {
        int i = within.Start;
        while (i < within.End)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                if (TryRead(text, i, within.End, out var r)) { into.Add(r); i = r.Span.End; continue; }
            }
            i++;
        }
    }

    // "two to three million": the low end borrows the high end's scale when it is smaller than its base.
    private static double ScaleLow(double low, double highBase, double highScale, NumberReading lowReading) =>
        highScale > 1 && lowReading.Span.Length > 0 && low < highBase && low < 1000 ? low * highScale : low;

    /// <summary>One number without range handling. Base and scale are for range borrowing.</summary>
    private static bool TryReadSimple(string text, int start, int limit, out NumberReading reading, out int end, out double baseValue, out double scale)
    {
        reading = default; end = start; baseValue = 0; scale = 1;
        if (start >= limit) return false;
        char c = text[start];
        if (char.IsDigit(c)) return TryReadDigits(text, start, limit, out reading, out end, out baseValue, out scale);
        if (!char.IsLetter(c)) return false;
        return TryReadWords(text, start, limit, out reading, out end, out baseValue, out scale);
    }

    private static bool TryReadDigits(string text, int start, int limit, out NumberReading reading, out int end, out double baseValue, out double scale)
    {
        reading = default; scale = 1;
        int i = start;
        double v = 0;
        int groupDigits = 0;
        bool sawComma = false;
        while (i < limit)
        {
            char c = text[i];
            if (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); groupDigits++; i++; continue; }
            // A thousands separator is a comma followed by exactly three digits.
            if (c == ',' && i + 3 < limit + 1 && i + 3 <= text.Length && Digits3(text, i + 1, limit) && (sawComma ? groupDigits == 3 : groupDigits <= 3))
            {
                sawComma = true; groupDigits = 0; i++; continue;
            }
            break;
        }
        if (sawComma && groupDigits != 3) { end = i; baseValue = v; reading = default; return false; }
        // Decimal part: "2.5 million"; a dot ending a sentence is not a decimal point.
        if (!sawComma && i + 1 < limit && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            double f = 0.1;
            i++;
            while (i < limit && char.IsDigit(text[i])) { v += (text[i] - '0') * f; f /= 10; i++; }
        }
        end = i;
        baseValue = v;
        // Ordinal suffixes: 1st 2nd 3rd 4th.
        if (i + 2 <= limit && i + 2 <= text.Length && char.IsLetter(text[i]))
        {
            var suf = text.AsSpan(i, 2);
            if ((suf.Equals("st", StringComparison.OrdinalIgnoreCase) || suf.Equals("nd", StringComparison.OrdinalIgnoreCase)
                 || suf.Equals("rd", StringComparison.OrdinalIgnoreCase) || suf.Equals("th", StringComparison.OrdinalIgnoreCase))
                && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                end = i + 2;
                reading = new NumberReading(new TextSpan(start, end), v, v, NumberKind.Ordinal);
                return true;
            }
        }
        // "1.2m people", "300k": a scale glued on, as British and wire copy write it
        if (i < limit && char.IsLetter(text[i]) && GluedScale(text, i, limit, out int scaleEnd) is double glued)
        {
            scale = glued; end = scaleEnd;
            reading = new NumberReading(new TextSpan(start, end), v * glued, v * glued, NumberKind.Cardinal);
            return true;
        }
        if (i < text.Length && char.IsLetter(text[i])) { reading = default; return false; } // "M10", "3D", "4x4"
        // Scale word after digits: "2.5 million", "40 billion".
        int s = SkipSpaces(text, i, limit);
        if (s > i && WordAt(text, s, limit, out int wEnd) && ScaleOf(text, s, wEnd) is double sc && sc >= 1000)
        {
            scale = sc; end = wEnd;
            v *= sc;
        }
        reading = new NumberReading(new TextSpan(start, end), v, v, NumberKind.Cardinal);
        return true;
    }

    /// <summary>
    /// The scale of a suffix glued to digits at <paramref name="i"/> ("m" or "M" million, "k" or "K" thousand) when the letters end
    /// there; null for any other letters ("3D", "10km", and "2bn", which counts money, not people).
    /// </summary>
    public static double? GluedScale(string text, int i, int limit, out int end)
    {
        end = i;
        while (end < limit && char.IsLetter(text[end])) end++;
        if (end < text.Length && char.IsDigit(text[end])) return null;
        var suffix = text.AsSpan(i, end - i);
        return suffix is "m" or "M" ? 1e6 : suffix is "k" or "K" ? 1e3 : null;
    }

    private static bool Digits3(string text, int i, int limit) =>
        i + 3 <= limit && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
        && (i + 3 >= text.Length || !char.IsDigit(text[i + 3]));

    private static bool TryReadWords(string text, int start, int limit, out NumberReading reading, out int end, out double baseValue, out double scale)
    {
        reading = default; end = start; baseValue = 0; scale = 1;
        if (!WordAt(text, start, limit, out int wEnd)) return false;
        // Hot path: most words start no number; one hash lookup rules them out.
        if (!CanStartWith(text.AsSpan(start, wEnd - start))) return false;

        // Vague quantifiers: "several", "a few" (+ optional scale word).
        bool several = Is(text, start, wEnd, "several");
        bool aFew = false;
        int afterQuant = wEnd;
        if (!several && (Is(text, start, wEnd, "a") || Is(text, start, wEnd, "an")))
        {
            int p = SkipSpaces(text, wEnd, limit);
            if (p > wEnd && WordAt(text, p, limit, out int e2))
            {
                if (Is(text, p, e2, "few")) { aFew = true; afterQuant = e2; }
                else if (Is(text, p, e2, "dozen")) { reading = Card(start, e2, 12); end = e2; baseValue = 12; return true; }
                else if (ScaleOf(text, p, e2) is double sc1 && sc1 >= 100) return ReadWordNumber(text, start, p, limit, out reading, out end, out baseValue, out scale);
                else if (Is(text, p, e2, "couple")) { reading = Card(start, e2, 2); end = e2; baseValue = 2; return true; }
                // "a quarter of a million" (0.25 of the scale)
                else if (QuarterOf(text, wEnd, limit, out int qEnd, out double qScale))
                { end = qEnd; baseValue = 0.25; scale = qScale; reading = Card(start, qEnd, 0.25 * qScale); return true; }
            }
            if (!aFew) return false;
        }
        if (several || aFew)
        {
            double lo = several ? 3 : 2, hi = several ? 9 : 5;
            int p = SkipSpaces(text, afterQuant, limit);
            if (p > afterQuant && WordAt(text, p, limit, out int e3) && ScaleOf(text, p, e3) is double sc2 && sc2 >= 12 && !IsPluralScale(text, p, e3))
            {
                end = e3;
                reading = new NumberReading(new TextSpan(start, e3), lo * sc2, hi * sc2 + (several ? sc2 - 1 : 0), NumberKind.Vague);
                return true;
            }
            end = afterQuant;
            reading = new NumberReading(new TextSpan(start, afterQuant), lo, hi, NumberKind.Vague);
            return true;
        }

        // Plural scale words: "dozens", "hundreds (of thousands)", "tens of thousands".
        if (IsPluralScale(text, start, wEnd) || Is(text, start, wEnd, "tens") || Is(text, start, wEnd, "scores"))
        {
            double unit = Is(text, start, wEnd, "tens") ? 10 : Is(text, start, wEnd, "scores") ? 20 : ScaleOf(text, start, wEnd - 1) ?? 0;
            if (unit == 0) return false;
            end = wEnd;
            // "... of thousands/millions" multiplies.
            int p = SkipSpaces(text, wEnd, limit);
            bool ofWord = false; // "tens of people": "of" and a word that is no scale
            if (p > wEnd && WordAt(text, p, limit, out int ofEnd) && Is(text, p, ofEnd, "of"))
            {
                int q = SkipSpaces(text, ofEnd, limit);
                if (q > ofEnd && WordAt(text, q, limit, out int e4) && IsPluralScale(text, q, e4) && ScaleOf(text, q, e4 - 1) is double big && big > unit)
                {
                    unit *= big; end = e4;
                }
                else ofWord = q > ofEnd && WordAt(text, q, limit, out _);
            }
            // "tens" alone is not a magnitude ("in the tens"); "tens of people" is some tens, as "dozens of people" is dozens
            if (Is(text, start, wEnd, "tens") && unit < 100 && !ofWord) return false;
            double low = unit == 12 ? 24 : unit == 20 ? 40 : 2 * unit;
            double high = unit == 12 ? 99 : unit == 20 ? 99 : unit * 10 - 1;
            if (Is(text, start, wEnd, "tens")) { low = unit * 2; high = unit * 10 - 1; }
            reading = new NumberReading(new TextSpan(start, end), low, high, NumberKind.Vague);
            return true;
        }

        // "half a million"; "half" alone is a fraction.
        if (Is(text, start, wEnd, "half"))
        {
            int p = SkipSpaces(text, wEnd, limit);
            if (p > wEnd && WordAt(text, p, limit, out int aEnd) && (Is(text, p, aEnd, "a") || Is(text, p, aEnd, "an")))
            {
                int q = SkipSpaces(text, aEnd, limit);
                if (q > aEnd && WordAt(text, q, limit, out int sEnd) && ScaleOf(text, q, sEnd) is double sc3 && sc3 >= 12)
                {
                    end = sEnd; baseValue = 0.5; scale = sc3;
                    reading = Card(start, sEnd, 0.5 * sc3);
                    return true;
                }
            }
            end = wEnd;
            reading = new NumberReading(new TextSpan(start, wEnd), 0.5, 0.5, NumberKind.Fraction);
            return true;
        }

        return ReadWordNumber(text, start, start, limit, out reading, out end, out baseValue, out scale);
    }

    /// <summary>" quarter of a million" after "a" at <paramref name="at"/>: the end and the scale, else false.</summary>
    private static bool QuarterOf(string text, int at, int limit, out int end, out double scale)
    {
        end = at; scale = 0;
        int p = SkipSpaces(text, at, limit);
        if (p == at || !WordAt(text, p, limit, out int w1) || !Is(text, p, w1, "quarter")) return false;
        int q = SkipSpaces(text, w1, limit);
        if (q == w1 || !WordAt(text, q, limit, out int w2) || !Is(text, q, w2, "of")) return false;
        int r = SkipSpaces(text, w2, limit);
        if (r == w2 || !WordAt(text, r, limit, out int w3) || !(Is(text, r, w3, "a") || Is(text, r, w3, "an"))) return false;
        int t = SkipSpaces(text, w3, limit);
        if (t == w3 || !WordAt(text, t, limit, out int w4) || ScaleOf(text, t, w4) is not double sc || sc < 1000) return false;
        end = w4; scale = sc;
        return true;
    }

    /// <summary>"two hundred and fifty thousand", "twenty-six", "eleven", "twenty-first"; <paramref name="from"/> may skip a leading "a".</summary>
    private static bool ReadWordNumber(string text, int start, int from, int limit, out NumberReading reading, out int end, out double baseValue, out double scale)
    {
        reading = default; end = start; baseValue = 0; scale = 1;
        double total = 0, current = 0;
        bool any = from > start; // a leading "a" counts as one
        if (any) current = 1;
        bool ordinal = false;
        int i = from;
        int lastEnd = start;
        double lastScale = 1;
        while (i < limit)
        {
            if (!WordAt(text, i, limit, out int wEnd)) break;
            if (Is(text, i, wEnd, "and") && any && current > 0)
            {
                // "two hundred and fifty": "and" only continues a number after hundred.
                int p = SkipSpaces(text, wEnd, limit);
                if (p > wEnd && WordAt(text, p, limit, out int nEnd) && UnitOf(text, p, nEnd) is > 0 && lastScale == 100)
                { i = p; continue; }
                break;
            }
            if (UnitOf(text, i, wEnd) is int u)
            {
                current += u; any = true; lastEnd = wEnd; lastScale = 1;
            }
            else if (OrdinalOf(text, i, wEnd) is int o)
            {
                current += o; any = true; lastEnd = wEnd; ordinal = true;
                break;
            }
            else if (ScaleOf(text, i, wEnd) is double sc && sc >= 100 && any && !IsPluralScale(text, i, wEnd))
            {
                if (sc == 100) current = (current == 0 ? 1 : current) * 100;
                else { total += (current == 0 ? 1 : current) * sc; current = 0; }
                lastEnd = wEnd; lastScale = sc; scale = sc;
            }
            else if (Is(text, i, wEnd, "dozen") && any)
            {
                current = (current == 0 ? 1 : current) * 12; lastEnd = wEnd;
            }
            else break;
            // Hyphenated compounds: "twenty-six", "twenty-first".
            if (wEnd < limit && text[wEnd] == '-' && wEnd + 1 < limit && char.IsLetter(text[wEnd + 1])) { i = wEnd + 1; continue; }
            int next = SkipSpaces(text, wEnd, limit);
            if (next == wEnd) break;
            i = next;
        }
        if (!any || lastEnd == start) return false;
        end = lastEnd;
        double value = total + current;
        baseValue = scale > 1 ? value / scale : value;
        reading = new NumberReading(new TextSpan(start, end), value, value, ordinal ? NumberKind.Ordinal : NumberKind.Cardinal);
        return true;
    }

    private static NumberReading Card(int start, int end, double v) => new(new TextSpan(start, end), v, v, NumberKind.Cardinal);

    private static int SkipSpaces(string text, int i, int limit)
    {
        while (i < limit && (text[i] == ' ' || text[i] == '\u00A0' || text[i] == '\t')) i++;
        return i;
    }

    private static bool WordAt(string text, int i, int limit, out int end)
    {
        end = i;
        while (end < limit && char.IsLetter(text[end])) end++;
        return end > i;
    }

    private static bool Is(string text, int start, int end, string word) =>
        end - start == word.Length && text.AsSpan(start, end - start).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsPluralScale(string text, int start, int end) =>
        end - start > 1 && (text[end - 1] == 's' || text[end - 1] == 'S') && ScaleOf(text, start, end - 1) is not null;

    private static HashSet<string> BuildStartWords()
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "a", "an", "several", "half", "between", "tens", "scores", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "billions", "trillion", "trillions", "hundredth",
            "lakh", "lakhs", "crore", "crores", // South Asian scales: "1.5 lakh people" (150,000), "lakhs of people"
        };
        foreach (var w in Units) set.Add(w);
        foreach (var w in Tens) if (w.Length > 0) set.Add(w);
        foreach (var w in Ordinals) set.Add(w);
        foreach (var w in TensOrdinals) if (w.Length > 0) set.Add(w);
        return set;
    }

    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Ordinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly string[] TensOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    // Declared after the word arrays: static initialisers run in text order.
    /// <summary>Every word a number expression can start with.</summary>
    private static readonly HashSet<string> StartWords = BuildStartWords();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartWordsLookup = StartWords.GetAlternateLookup<ReadOnlySpan<char>>();
    // Rules most words out by their shape before the case-insensitive hash.
    private static readonly WordShapeFilter StartShapes = new(StartWords);


    /// <summary>The scale words <see cref="ScaleOf"/> knows, with their values.</summary>
    private static readonly (string Word, double Scale)[] Scales =
        [("dozen", 12), ("score", 20), ("hundred", 100), ("thousand", 1e3), ("lakh", 1e5), ("million", 1e6), ("crore", 1e7), ("billion", 1e9), ("trillion", 1e12)];

    private static readonly int ShortestScale = Scales.Min(s => s.Word.Length), LongestScale = Scales.Max(s => s.Word.Length);

    /// <summary>
    /// What a number word is to the reader: the value as a unit or tens word (-1 for none), as an ordinal (0 for
    /// none), as a scale word (0 for none), and whether a number can start with it.
    /// </summary>
    private readonly record struct NumberWord(int Unit, int Ordinal, double Scale, bool Start);

    /// <summary>
    /// The number words by their key (<see cref="Pack"/>): a word of ASCII letters finds what it is to the reader
    /// in one lookup, where the lists would take a case-insensitive comparison with each of their words. The
    /// lists answer for other words (letters outside ASCII, which case folding may still match).
    /// </summary>
    private static readonly Dictionary<ulong, NumberWord> Words = BuildWords();

    /// <summary>The longest word <see cref="Pack"/> packs.</summary>
    private const int MaxPacked = 12;

    /// <summary>
    /// A word of one to <see cref="MaxPacked"/> ASCII letters as a number, five bits a letter, case aside: two such
    /// words have the same key exactly when they are equal ignoring case. False for any other word.
    /// </summary>
    private static bool Pack(ReadOnlySpan<char> word, out ulong key)
    {
        key = 0;
        if (word.Length == 0 || word.Length > MaxPacked) return false;
        for (int i = 0; i < word.Length; i++)
        {
            uint letter = (uint)((word[i] | 0x20) - 'a');
            if (letter >= 26 || word[i] > 0x7F) return false;
            key |= (ulong)(letter + 1) << (5 * i);
        }
        return true;
    }

    private static Dictionary<ulong, NumberWord> BuildWords()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        void Set(string w, Func<NumberWord, NumberWord> change) =>
            words[w] = change(words.TryGetValue(w, out var had) ? had : new NumberWord(-1, 0, 0, false));
        foreach (var w in StartWords) Set(w.ToLowerInvariant(), n => n with { Start = true });
        for (int k = 0; k < Units.Length; k++) Set(Units[k], n => n with { Unit = k });
        for (int k = 2; k < Tens.Length; k++) Set(Tens[k], n => n with { Unit = k * 10 });
        for (int k = 1; k < Ordinals.Length; k++) Set(Ordinals[k], n => n with { Ordinal = k });
        for (int k = 2; k < TensOrdinals.Length; k++) Set(TensOrdinals[k], n => n with { Ordinal = k * 10 });
        Set("hundredth", n => n with { Ordinal = 100 });
        foreach (var (w, scale) in Scales) Set(w, n => n with { Scale = scale });
        var byKey = new Dictionary<ulong, NumberWord>();
        foreach (var (w, n) in words)
        {
            if (!Pack(w, out ulong key)) throw new InvalidOperationException($"Number words are short ASCII words; '{w}' is not.");
            byKey.Add(key, n);
        }
        return byKey;
    }

    private static int? UnitOf(string text, int start, int end)
    {
        var w = text.AsSpan(start, end - start);
        if (w.Length < 3 || w.Length > 9) return null;
        if (Pack(w, out ulong key)) return Words.TryGetValue(key, out var known) && known.Unit >= 0 ? known.Unit : null;
        for (int k = 0; k < Units.Length; k++) if (w.Equals(Units[k], StringComparison.OrdinalIgnoreCase)) return k;
        for (int k = 2; k < Tens.Length; k++) if (w.Equals(Tens[k], StringComparison.OrdinalIgnoreCase)) return k * 10;
        return null;
    }

    private static int? OrdinalOf(string text, int start, int end)
    {
        var w = text.AsSpan(start, end - start);
        if (w.Length < 4 || w.Length > 11) return null;
        if (Pack(w, out ulong key)) return Words.TryGetValue(key, out var known) && known.Ordinal > 0 ? known.Ordinal : null;
        for (int k = 1; k < Ordinals.Length; k++) if (w.Equals(Ordinals[k], StringComparison.OrdinalIgnoreCase)) return k;
        for (int k = 2; k < TensOrdinals.Length; k++) if (w.Equals(TensOrdinals[k], StringComparison.OrdinalIgnoreCase)) return k * 10;
        if (w.Equals("hundredth", StringComparison.OrdinalIgnoreCase)) return 100;
        return null;
    }

    private static double? ScaleOf(string text, int start, int end)
    {
        var w = text.AsSpan(start, end - start);
        if (w.Length < ShortestScale || w.Length > LongestScale) return null; // most words are shorter or longer than any scale word
        if (Pack(w, out ulong key)) return Words.TryGetValue(key, out var known) && known.Scale > 0 ? known.Scale : null;
        foreach (var (word, scale) in Scales) if (w.Equals(word, StringComparison.OrdinalIgnoreCase)) return scale;
        return null;
    }
}
