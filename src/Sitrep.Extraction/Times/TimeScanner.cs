using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Text.Numbers;

namespace Sitrep.Extraction.Times;

/// <summary>A time expression found in a sentence, by token range (inclusive), before it becomes a <see cref="TimeRef"/>.</summary>
internal record struct Cand(int First, int Last, TimexType Type, string? Value, string? Mod = null, bool Relative = false, bool Invalid = false, GDate? Point = null);

/// <summary>
/// Finds time expressions in one sentence and resolves them against the document date. A scanner is
/// used by one thread for one document at a time (it reuses its buffers); the vocabulary it reads is
/// static and immutable.
/// <para>Resolution rules (why: news reports mostly look back):
/// weekday names resolve to the most recent such day on or before the document date, or the next one
/// on or after it when the sentence is in the future tense ("will", "next", "scheduled to"); months and
/// day-month dates without a year take the document's year unless that lands over 60 days in the future
/// (past tense) or over 60 days in the past (future tense). "since X" is X alone, with X's value, as
/// TimeML annotates it (the preposition is a signal, not part of the time; TempEval-3 gold never includes
/// it). "five years on" is the duration P5Y, as the issue defines it.</para>
/// </summary>
internal sealed class TimeScanner
{
    // The run being scanned: tokens [_o, _o + _n) of the document's sheet (arrays fetched after lexing, which may grow them).
    private Tok[] _tk = [];
    private int[] _slots = [];
    private int _o;
    private int[] _nextCore = new int[64];
    private string _s = "";
    private int _n;
    private DateOnly _d;
    private bool _hasDct;
    private GDate? _lastDay;
    private bool _lastDayNamed; // the day in focus is a calendar date written out ("JULY 11, 2022"), not one reckoned from the document's
    private int? _lastYear;
    private GDate? _lastPoint;
    private bool _quarterDoc;
    /// <summary>Where a composite expression starts ("9 a.m. Tuesday"), so its weekday reads the tense from there; -1 when none.</summary>
    private int _tenseFrom = -1;
    private bool _sentenceQuarter;
    /// <summary>
    /// The sentence compares a longer period ("the first nine months ... a year earlier"): no quarter reading.
    /// Worked out on first use (-1 until then): few runs ever ask.
    /// </summary>
    private sbyte _sentenceLonger;
    /// <summary>The last unit word of the run ("days", "year"), -1 when none: every duration, year-ago and anaphoric reading ends on or holds one.</summary>
    private int _lastUnit;
    /// <summary>The run holds a word a quarter, half or season reading needs (<see cref="QuarterWords"/>).</summary>
    private bool _quarterWords;

    public void Reset(string text, DateOnly? dct)
    {
        _s = text;
        // Outside these years calendar arithmetic could overflow; such a date is no usable anchor.
        _hasDct = dct is { Year: >= 1000 and <= 9000 };
        // Without a date, values are computed against a placeholder and then dropped (never shown).
        _d = _hasDct ? dct!.Value : new DateOnly(2000, 6, 15);
        _lastDay = null;
        _lastDayNamed = false;
        _lastYear = null;
        _lastPoint = null;
        _quarterDoc = false;
    }

    /// <summary>Lexes the run onto the end of <paramref name="sheet"/> and adds the time expressions it holds.</summary>
    public void Scan(TokenSheet sheet, TextSpan sentence, List<Cand> found, List<TextSpan> spans)
    {
        int first = sheet.Count, firstMark = sheet.MarkedCount;
        Lexer.Lex(_s, sentence.Start, sentence.End, sheet);
        ScanLexed(sheet, first, sheet.Count, firstMark, sheet.MarkedCount, found, spans);
    }

    /// <summary>
    /// Adds the time expressions of a run that <paramref name="sheet"/> holds lexed already: its tokens [first, end)
    /// and their marks, entries [firstMark, endMark) of <see cref="TokenSheet.Marked"/>.
    /// </summary>
    public void ScanLexed(TokenSheet sheet, int first, int end, int firstMark, int endMark, List<Cand> found, List<TextSpan> spans)
    {
        _o = first;
        _n = end - first;
        _tk = sheet.Toks;
        _slots = sheet.Slots;
        if (_nextCore.Length < _n) _nextCore = new int[Math.Max(_n, _nextCore.Length * 2)];
        // Only marked tokens (numbers, time and number words, "the", "at" and the like) can open a time
        // expression or be its core; the others are never visited. Marks are sheet indices, in text order.
        var marks = sheet.Marked.AsSpan(firstMark, endMark - firstMark);
        var slots = _slots.AsSpan(_o, _n);
        // Every time expression holds a core token (a digit, a time word, a number word): without one the
        // sentence has none, and most of them have none. The first core token at or after a token is needed
        // at a mark and (for a number) just after one: only those entries are written.
        bool anyCore = false, quarter = false, quarterWords = false;
        int next = int.MaxValue, lastUnit = -1;
        var nextCore = _nextCore.AsSpan(0, _n);
        for (int m = marks.Length - 1; m >= 0; m--)
        {
            int k = marks[m] - _o;
            if (k + 1 < _n) nextCore[k + 1] = next;
            var info = Lexicon.Info(slots[k]);
            if (_tk[_o + k].Kind == TK.Num || info.Core || PeriodToken(k)) { next = k; anyCore = true; }
            nextCore[k] = next;
            if (info.Class == WC.Unit)
            {
                if (lastUnit < 0) lastUnit = k;
                quarter |= info.Value == (int)Unit.Quarter;
            }
            // The words a quarter reading needs are all marked ("period" for this alone).
            quarterWords |= info.Class == WC.Season || Is(k, "half") || Is(k, "period");
        }
        if (!anyCore) return;

        _sentenceQuarter = quarter;
        _sentenceLonger = -1;
        _lastUnit = lastUnit;
        _quarterWords = quarter || quarterWords;
        int i = 0;
        foreach (int mark in marks)
        {
            int k = mark - _o;
            // Inside the last match, or a word no expression opens with ("term", "no").
            if (k < i || _tk[mark].Kind == TK.Word && !Lexicon.Info(slots[k]).Starts && !PeriodToken(k)) continue;
            var m = Matchers(k);
            // What the run holds rules some out before they are called: Duration, YearAgo and Anaphoric need a unit
            // word at or after their start (Anaphoric after it), Quarter a quarter, half, period or season word.
            if (k >= _lastUnit) m &= k > _lastUnit ? ~(M.Duration | M.YearAgo | M.Anaphoric) : ~M.Anaphoric;
            if (!_quarterWords) m &= ~M.Quarter;
            if (m != M.None && Match(k, m, out var c))
            {
                found.Add(c);
                spans.Add(new TextSpan(_tk[_o + c.First].Start, _tk[_o + c.Last].End));
                // (the day a stretch runs "since" is not the day the report is about: "Since 7 October, ... In overnight raids")
                // (a date left without a value, "Aug 24" in an undated article, has no year: it is no day to count from)
                if (c.Point is { G: Gran.Day } p && !c.Invalid && c.Value is not null && !Is(c.First - 1, "since")) { _lastDay = p; _lastDayNamed = !c.Relative; }
                if (c.Point is { G: not (Gran.Decade or Gran.Century) } py && !c.Invalid && c.Value is not null) { _lastYear = py.Year; _lastPoint = py; }
                i = c.Last + 1;
            }
            else i = k + 1;
        }
        // From here on "a year ago" in this document compares quarters.
        if (!_quarterDoc) _quarterDoc = quarter;
    }

    // ---------------------------------------------------------------- matching

    private bool Match(int i, M m, out Cand best)
    {
        // One candidate local, reused: a struct per matcher made every call zero a kilobyte of stack.
        best = default;
        bool any = false;
        Cand c;
        if ((m & M.Numeric) != 0 && Numeric(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.MonthDate) != 0 && MonthDate(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Year) != 0 && Year(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Deictic) != 0 && Deictic(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Weekday) != 0 && Weekday(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Relative) != 0 && Relative(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Quarter) != 0 && Quarter(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Duration) != 0 && Duration(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Reference) != 0 && Reference(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.SetExpr) != 0 && SetExpr(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.ClockTime) != 0 && ClockTime(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Positioned) != 0 && Positioned(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.DayPart) != 0 && DayPart(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Holiday) != 0 && Holiday(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Anaphoric) != 0 && Anaphoric(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.YearAgo) != 0 && YearAgo(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.YearEnd) != 0 && YearEnd(i, out c)) Keep(ref best, ref any, c);
        if ((m & M.Period) != 0 && Period(i, out c)) Keep(ref best, ref any, c);
        return any;
    }

    /// <summary>The longest candidate wins; of equally long ones, the first tried.</summary>
    private static void Keep(ref Cand best, ref bool any, in Cand c)
    {
        if (!any || c.Last > best.Last) { best = c; any = true; }
    }

    /// <summary>Matches at <paramref name="i"/> with only the point-like matchers (used after position words and "since").</summary>
    private bool MatchPoint(int i, out Cand best)
    {
        best = default;
        bool any = false;
        Cand c;
        if (MonthDate(i, out c) && Point(c)) Keep(ref best, ref any, c);
        if (Year(i, out c) && Point(c)) Keep(ref best, ref any, c);
        if (Deictic(i, out c) && Point(c)) Keep(ref best, ref any, c);
        if (Weekday(i, out c) && Point(c)) Keep(ref best, ref any, c);
        if (Relative(i, out c) && Point(c)) Keep(ref best, ref any, c);
        if (Quarter(i, out c) && Point(c)) Keep(ref best, ref any, c);
        if (Anaphoric(i, out c) && Point(c)) Keep(ref best, ref any, c);
        return any;

        static bool Point(in Cand c) => c.Type != TimexType.DURATION && c.Type != TimexType.SET;
    }

    [Flags]
    private enum M
    {
        None = 0, Numeric = 1, MonthDate = 1 << 1, Year = 1 << 2, Deictic = 1 << 3, Weekday = 1 << 4, Relative = 1 << 5, Quarter = 1 << 6,
        Duration = 1 << 7, Reference = 1 << 8, SetExpr = 1 << 9, ClockTime = 1 << 10, Positioned = 1 << 11, DayPart = 1 << 12,
        Holiday = 1 << 13, Anaphoric = 1 << 14, YearAgo = 1 << 15, YearEnd = 1 << 16, Period = 1 << 17, All = (1 << 18) - 1,
    }

    /// <summary>Farthest a core token can lie from the start of a match: "the" + "no more than" + "a" + unit.</summary>
    private const int MaxLead = 6;

    /// <summary>
    /// The matchers that can succeed at token <paramref name="i"/>, from what each one requires of its
    /// first token (so the result is the same as trying all of them, at a fraction of the cost).
    /// </summary>
    private M Matchers(int i)
    {
        var tk = _tk[_o + i];
        if (tk.Kind == TK.Num)
        {
            // A plain count ("12", "1,700": no suffix, no colon, not four digits, so no year, ordinal or clock reading)
            // is a time only with a unit or month close after it ("12 days", "12 March"), a date or range mark
            // ("12/9", "5-day") or a clock mark ("10 a.m."). Casualty counts mostly have none.
            if (tk.End == tk.DigitsEnd && Digits(i) != 4 && _s.AsSpan(tk.Start, tk.DigitsEnd - tk.Start).IndexOf(':') < 0
                && !(i + 1 < _n && (_nextCore[i + 1] - i <= MaxLead || IsP(i + 1, '-') || IsP(i + 1, '/')
                     || Is(i + 1, "a") || Is(i + 1, "p") || Is(i + 1, "am") || Is(i + 1, "pm")) || NextDay(i, out _)))
                return M.None;
            var forNumber = M.Numeric | M.MonthDate | M.Year | M.Quarter | M.Duration | M.ClockTime;
            // Numeric reads on only over a '-' or '/' next, MonthDate only over a month next or after "of"; Year takes
            // a number of four digits or one with letters after them ("1990s", "20th"); ClockTime one with a colon or
            // letters, or before "a.m.", "p.m.", "am", "pm" or "in the morning".
            if (!IsP(i + 1, '-') && !IsP(i + 1, '/')) forNumber &= ~M.Numeric;
            if (I(i + 1).Class != WC.Month && !(Is(i + 1, "of") && I(i + 2).Class == WC.Month) && !FirstDay(i, out _, out _) && !NextDay(i, out _)) forNumber &= ~M.MonthDate;
            bool letters = tk.End != tk.DigitsEnd;
            if (!letters && Digits(i) != 4) forNumber &= ~M.Year;
            if (!letters && _s.AsSpan(tk.Start, tk.DigitsEnd - tk.Start).IndexOf(':') < 0
                && !(Is(i + 1, "a") || Is(i + 1, "p") || Is(i + 1, "am") || Is(i + 1, "pm") || Is(i + 1, "in")
                     || Digits(i) == 4 && (Is(i + 1, "gmt") || Is(i + 1, "utc")))) // "1500 GMT"
                forNumber &= ~M.ClockTime;
            return forNumber;
        }
        // Only "'90s" starts at a mark; its digits must follow.
        if (tk.Kind == TK.Punct) return IsApos(i) && IsNum(i + 1) ? M.Year : M.None;
        var info = Lexicon.Info(_slots[_o + i]);
        if (PeriodToken(i)) return M.Period;
        switch (info.Class)
        {
            case WC.None:
                {
                    if (!info.Starts || _nextCore[i] - i > MaxLead) return M.None;
                    // A function or number word opens a match of Duration, or of a matcher whose first lines ask
                    // for that very word ("the" opens Year, "every" Weekday...): the others cannot succeed here.
                    if (Is(i, "the")) return AfterThe(i + 1) ? AfterTheMatchers(i + 1) : M.None;
                    // Year reads "two" and "nineteen" only as the start of a year in words ("two thousand", "nineteen ninety").
                    if (Is(i, "two")) return Is(i + 1, "thousand") ? M.Duration | M.Year : M.Duration;
                    if (Is(i, "nineteen")) return TensWord(i + 1) is not null ? M.Duration | M.Year : M.Duration;
                    if (Is(i, "fiscal")) return M.Duration | M.Year;
                    if (Is(i, "earlier") || Is(i, "later")) return M.Duration | M.Deictic | M.Relative;
                    if (Is(i, "every") || Is(i, "each")) return M.Duration | M.Weekday | M.SetExpr;
                    if (Is(i, "per")) return M.Duration | M.SetExpr;
                    if (Is(i, "first") || Is(i, "third") || Is(i, "fourth")) return M.Duration | M.Quarter;
                    if (Is(i, "recent") || Is(i, "these")) return M.Duration | M.Reference;
                    if (Is(i, "before")) return M.Duration | M.DayPart;
                    if (Is(i, "that")) return M.Duration | M.Anaphoric;
                    if (Is(i, "comparable") || Is(i, "corresponding")) return M.Duration | M.YearAgo;
                    return M.Duration;
                }
            case WC.Weekday: return M.MonthDate | M.Weekday;
            case WC.Month: return M.MonthDate;
            case WC.Unit: return Is(i, "year") ? M.Duration | M.YearAgo | M.YearEnd | M.Quarter : M.Duration | M.YearAgo | M.Quarter; // "second quarter": "second" is also a unit
            case WC.PartOfDay: return M.ClockTime | M.DayPart;
            case WC.Deictic: return M.Deictic;
            case WC.Ref: return M.Reference;
            case WC.SetWord: return M.SetExpr;
            case WC.Rel:
                {
                    // Weekday reads on only over a weekday, "every" or "each" ("last Friday"), Holiday over a holiday
                    // ("next Christmas"); of the relative words, Reference starts only at "current" and "coming".
                    var forRel = M.Relative | M.Quarter;
                    if (I(i + 1).Class == WC.Weekday || Is(i + 1, "every") || Is(i + 1, "each")) forRel |= M.Weekday;
                    if (I(i + 1).Class == WC.Holiday) forRel |= M.Holiday;
                    if (Is(i, "current") || Is(i, "coming")) forRel |= M.Reference;
                    return forRel;
                }
            case WC.Position: return M.Positioned;
            case WC.Holiday: return M.Holiday;
            case WC.Season: return M.Quarter; // a season alone is no match; "last spring" starts at "last", "winter 1994" here
            default: return M.All;
        }
    }

    /// <summary>
    /// False when the token after "the" stops every matcher "the" opens at their first test of it: each reads on
    /// only over a number, an apostrophe ("the '90s"), a word with digits, a marked word (a time, number or function
    /// word: "the past", "the first", "the same", "the year") or one of "latter", "near", "short", "long", "time"
    /// ("the latter half", "the near term", "the time being"). Most words after "the" are none of these.
    /// </summary>
    private bool AfterThe(int k)
    {
        if (k >= _n) return false;
        var tk = _tk[_o + k];
        if (tk.Kind == TK.Num) return true;
        if (tk.Kind == TK.Punct) return IsApos(k);
        return tk.DigitsEnd != tk.End || Lexicon.Marked(_slots[_o + k])
            || Is(k, "latter") || Is(k, "near") || Is(k, "short") || Is(k, "long") || Is(k, "time");
    }

    /// <summary>
    /// The matchers "the" opens that can read on over token <paramref name="t"/>, the next: Year over a number with
    /// letters ("the 1990s"), an apostrophe, "year" or a decade word; Relative over a season, unit or relative
    /// word; Positioned over a position word; Reference over "near", "short", "long", "time", a plural unit, "past",
    /// "future" or "present". Duration, Quarter, Anaphoric and YearAgo are left to the tests on the run (Scan).
    /// </summary>
    private M AfterTheMatchers(int t)
    {
        var m = M.Duration | M.Quarter | M.Anaphoric | M.YearAgo;
        var next = I(t);
        if (IsNum(t) && Suffix(t) != "" || IsApos(t) || Is(t, "year") || DecadeWord(t) is not null) m |= M.Year;
        if (next.Class is WC.Season or WC.Unit or WC.Rel || (Is(t, "first") || Is(t, "final")) && Is(t + 1, "week")) m |= M.Relative;
        if (next.Class == WC.Position) m |= M.Positioned;
        if (Is(t, "near") || Is(t, "short") || Is(t, "long") || Is(t, "time") || next.Class == WC.Unit && next.Plural
            || Is(t, "past") || Is(t, "future") || Is(t, "present"))
            m |= M.Reference;
        return m;
    }

    // 2016-09-29, 09/29/2016, 29/09/2016
    private bool Numeric(int i, out Cand c)
    {
        c = default;
        if (!IsNum(i)) return false;
        if (Digits(i) == 4 && IsP(i + 1, '-') && Adj(i) && Adj(i + 1) && IsNum(i + 2) && Digits(i + 2) == 2 && Adj(i + 2) && IsP(i + 3, '-') && Adj(i + 3) && IsNum(i + 4) && Digits(i + 4) == 2)
        {
            return MakeDay(i, i + 4, Int(i), Int(i + 2), Int(i + 4), out c);
        }
        if (Digits(i) <= 2 && IsP(i + 1, '/') && Adj(i) && Adj(i + 1) && IsNum(i + 2) && Digits(i + 2) <= 2 && Adj(i + 2) && IsP(i + 3, '/') && Adj(i + 3) && IsNum(i + 4) && Digits(i + 4) is 2 or 4)
        {
            int a = Int(i), b = Int(i + 2), y = Int(i + 4);
            if (y < 100) y += y < 50 ? 2000 : 1900;
            // US order unless the first part cannot be a month.
            return a > 12 ? MakeDay(i, i + 4, y, b, a, out c) : MakeDay(i, i + 4, y, a, b, out c);
        }
        return false;
    }

    private bool MakeDay(int first, int last, int y, int m, int d, out Cand c)
    {
        if (m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), m))
        {
            c = new Cand(first, last, TimexType.DATE, null, Invalid: true);
            return true;
        }
        var g = new GDate(Gran.Day, y, m, d);
        c = new Cand(first, last, TimexType.DATE, g.Format(), Point: g);
        return true;
    }

    // "Sept. 30, 2016", "30 September 2016", "March 2011", "July", "Friday, Sept. 30"
    private bool MonthDate(int i, out Cand c)
    {
        c = default;
        if (NextDay(i, out var next))
        {
            int nLast = NextDayEnd(i, ref next);
            c = new Cand(i, nLast, TimexType.DATE, next.Format(), Relative: nLast == i, Point: next);
            return true;
        }
        if (FirstDay(i, out int fm, out int fLast))
        {
            int fy = IsP(fLast + 1, ',') && IsYearNum(fLast + 2) ? Int(fLast + 2) : IsYearNum(fLast + 1) ? Int(fLast + 1) : 0;
            return Resolve(i, i, fy, fm, Int(i), out c);
        }
        int j = i;
        if (I(i).Class == WC.Weekday && !I(i).Plural)
        {
            j = i + 1;
            if (IsP(j, ',')) j++;
            if (I(j).Class != WC.Month && !IsDayNum(j)) return false;
        }
        if (IsMonth(j, out int m, out int mEnd))
        {
            int k = mEnd + 1;
            // "April 25: The court ..." is a date; only a clock time glued on ("25:30") is not.
            if (IsDayNum(k) && !(IsP(k + 1, ':') && Adj(k + 1) && IsNum(k + 2)))
            {
                int day = Int(k);
                int last = k;
                int year = 0;
                int y = k + 1;
                if (IsP(y, ',')) y++;
                if (IsYearNum(y)) { year = Int(y); last = y; }
                // "Feb. 3 and 4, 2025": the year after the other day is this one's too
                else if (NextDayYear(k) is int joined) year = joined;
                // "Oct. 7 last year", "March 3 of next year": that day in the year named relative to the document's
                else if (_hasDct && (Is(y, "of") ? y + 1 : y) is var ry0 && (Is(ry0, "last") || Is(ry0, "this") || Is(ry0, "next")) && Is(ry0 + 1, "year")
                         && day <= DateTime.DaysInMonth(2016, m) && !(m == 2 && day == 29))
                {
                    var gry = new GDate(Gran.Day, _d.Year + (Is(ry0, "last") ? -1 : Is(ry0, "next") ? 1 : 0), m, day);
                    c = new Cand(i, ry0 + 1, TimexType.DATE, gry.Format(), Relative: true, Point: gry);
                    return true;
                }
                return Resolve(i, last, year, m, day, out c);
            }
            int yk = k;
            if (IsP(yk, ',') || Is(yk, "of")) yk++;
            if (IsYearNum(yk) || SpokenYear(yk, out _, out _))
            {
                int yv0 = IsYearNum(yk) ? Int(yk) : 0, ylast = yk;
                if (yv0 == 0) SpokenYear(yk, out yv0, out ylast);
                var g = new GDate(Gran.Month, yv0, m);
                c = new Cand(i, ylast, TimexType.DATE, g.Format(), Point: g);
                return true;
            }
            // "died in March the same year", "in May of that year": the month of the year last named
            int sy0 = Is(k, "of") ? k + 1 : k;
            int syEnd = Is(sy0, "the") && Is(sy0 + 1, "same") && Is(sy0 + 2, "year") ? sy0 + 2
                : Is(sy0, "that") && Is(sy0 + 1, "same") && Is(sy0 + 2, "year") ? sy0 + 2 : Is(sy0, "that") && Is(sy0 + 1, "year") ? sy0 + 1 : -1;
            if (syEnd > 0 && _lastYear is int sameYear)
            {
                var gsy = new GDate(Gran.Month, sameYear, m);
                c = new Cand(i, syEnd, TimexType.DATE, gsy.Format(), Relative: true, Point: gsy);
                return true;
            }
            // "June last year", "January of next year"
            int ry = Is(k, "of") ? k + 1 : k;
            if ((Is(ry, "last") || Is(ry, "this") || Is(ry, "next")) && Is(ry + 1, "year"))
            {
                int yv = _d.Year + (Is(ry, "last") ? -1 : Is(ry, "next") ? 1 : 0);
                var gy = new GDate(Gran.Month, yv, m);
                c = new Cand(i, ry + 1, TimexType.DATE, _hasDct ? gy.Format() : null, Relative: true, Point: gy);
                return true;
            }
            if (j != i) return false;
            if (I(j).Abbrev) return false;
            // "may" and "march" are also a verb: only capitalised and in a date-like context.
            if (!Cap(j)) return false;
            if ((m == 5 || m == 3) && !(j > 0 && (Is(j - 1, "in") || Is(j - 1, "since") || Is(j - 1, "until") || Is(j - 1, "of") || Is(j - 1, "by")
                || Is(j - 1, "early") || Is(j - 1, "late") || Is(j - 1, "mid") || Is(j - 1, "last") || Is(j - 1, "next") || Is(j - 1, "from") || Is(j - 1, "through") || Is(j - 1, "-")
                || Is(j - 1, "between")
                // "between January and March", "from February to May": the other end of a span of months
                || (Is(j - 1, "and") || Is(j - 1, "to") || Is(j - 1, "or")) && IsMonth(j - 2, out _, out _))))
                return false;
            if (j > 0 && (Is(j - 1, "last") || Is(j - 1, "next") || Is(j - 1, "this"))) return false; // Relative() takes these
            // "from January to March 2024", "between May and June in 1981": the year the span's other end (or "in") names
            if (YearAfter(mEnd) is int named)
            {
                var gn = new GDate(Gran.Month, named, m);
                c = new Cand(i, mEnd, TimexType.DATE, gn.Format(), Point: gn);
                return true;
            }
            int month = m;
            int yr = _d.Year;
            // The nearest such month, looking back up to 8 months (past tense) or ahead up to 8 (future).
            int diff = month - _d.Month; // -11..11
            // Far from the document date, a future said further off in the sentence counts too.
            if (Future(i) || (diff > 4 || diff <= -4) && ClauseTense(i) > 0) { if (diff <= -4) yr++; }
            else if (diff > 4) yr--;
            // "fought a 12-day war in June" in a March article: a month three or more ahead, told in the past, was last year's
            // (one or two ahead may be a plan a past verb elsewhere in the sentence reports: "said talks would conclude by May")
            else if (diff >= 3 && ClauseTense(i) < 0) yr--;
            // ("who stepped down as head of the army's northern command and its reserve units in March" in a November
            // article: a past verb further back in the clause tells the past too, as it does for a day; not "repay the
            // loans by February", a deadline)
            else if (diff <= -8 && !Past(i) && !(Is(i - 1, "in") && ClauseTense(i) < 0)) yr++;
            // "since June", "fighting erupted in July": the start of a stretch up to the report, or what a past tense tells, lies before it
            if (AnchoredInPast(i) && (yr > _d.Year || yr == _d.Year && month > _d.Month)) yr = month > _d.Month ? _d.Year - 1 : _d.Year;
            var gm = new GDate(Gran.Month, yr, month);
            c = new Cand(i, mEnd, TimexType.DATE, _hasDct ? gm.Format() : null, Relative: true, Point: gm);
            return true;
        }
        if (IsDayNum(j))
        {
            int k = j + 1;
            if (Is(k, "of")) k++;
            if (IsMonth(k, out int m2, out int mEnd2))
            {
                int year = 0, last = mEnd2;
                int y = mEnd2 + 1;
                if (IsP(y, ',')) y++;
                if (IsYearNum(y)) { year = Int(y); last = y; }
                return Resolve(i, last, year, m2, Int(j), out c);
            }
        }
        return false;
    }

    /// <summary>
    /// "on April 24 and 25", "from March 3 to 5": a day number joined to the day of a month just named is a later day of that
    /// month (not "on March 3 and 25 people", "April 24 and 25 percent").
    /// </summary>
    private bool NextDay(int i, out GDate day)
    {
        day = default;
        if (!IsDayNum(i) || !JoinsDays(i - 1) || !IsDayNum(i - 2)) return false;
        int mk = IsP(i - 3, '.') ? i - 4 : i - 3;
        if (!IsMonth(mk, out int m, out int end) || end != i - 3) return false;
        if (_lastDay is not { G: Gran.Day } ld || ld.Month != m || ld.Day != Int(i - 2) || Int(i) <= ld.Day || Int(i) > DateTime.DaysInMonth(ld.Year, m)) return false;
        if (NounAfter(i) || I(i + 1).Class is WC.Unit or WC.Month) return false;
        day = new GDate(Gran.Day, ld.Year, m, Int(i));
        return true;
    }

    /// <summary>"and", "or", "to", "through" at token <paramref name="k"/>: a word that joins two day numbers ("24 and 25", "3 to 5").</summary>
    private bool JoinsDays(int k) => Is(k, "and") || Is(k, "or") || Is(k, "to") || Is(k, "through");

    /// <summary>The year written after a day joined to the day number <paramref name="k"/> ("3 and 4, 2025" gives 2025), else null.</summary>
    private int? NextDayYear(int k)
    {
        if (!JoinsDays(k + 1) || !IsDayNum(k + 2) || Int(k + 2) <= Int(k)) return null;
        int y = IsP(k + 3, ',') ? k + 4 : k + 3;
        return IsYearNum(y) ? Int(y) : null;
    }

    /// <summary>The token that ends a <see cref="NextDay"/> date: a year after it ("Feb. 3 and 4, 2025") is its own.</summary>
    private int NextDayEnd(int i, ref GDate day)
    {
        int y = IsP(i + 1, ',') ? i + 2 : i + 1;
        if (!IsYearNum(y) || day.Day > DateTime.DaysInMonth(Int(y), day.Month)) return i;
        day = day with { Year = Int(y) };
        return y;
    }

    /// <summary>"on 24 and 25 April", "from 3 to 5 March": a day number joined to a later day of a month named after it is a day of that month.</summary>
    private bool FirstDay(int i, out int month, out int monthEnd)
    {
        month = 0; monthEnd = i;
        return IsDayNum(i) && JoinsDays(i + 1) && IsDayNum(i + 2) && Int(i + 2) > Int(i)
            && IsMonth(i + 3, out month, out monthEnd);
    }

    /// <summary>True when token <paramref name="k"/> is the first of its line.</summary>
    private bool OpensLine(int k)
    {
        int at = _tk[_o + k].Start;
        while (at > 0 && _s[at - 1] is ' ' or '\t') at--;
        return at == 0 || _s[at - 1] == '\n';
    }

    /// <summary>True when token <paramref name="k"/> lies in the wire dateline that opens its paragraph.</summary>
    private bool InDateline(int k)
    {
        int at = _tk[_o + k].Start;
        // (the line's start looked for at most 60 characters back: a long line is not read back to its start for each token)
        if (Dateline.LineStart(_s, at, 60) < 0) return false;
        return Dateline.OfLine(_s, new TextSpan(at, at)) is { } d && d.Span.Contains(at);
    }

    private bool Resolve(int first, int last, int year, int month, int day, out Cand c)
    {
        if (year != 0) return MakeDay(first, last, year, month, day, out c);
        int y = _d.Year;
        if (day > DateTime.DaysInMonth(2016, month)) { c = new Cand(first, last, TimexType.DATE, null, Invalid: true); return true; }
        if (month == 2 && day == 29 && !DateTime.IsLeapYear(y)) y--;
        var date = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
        int gap = date.DayNumber - _d.DayNumber;
        // "KHARTOUM, Jan 8 (Reuters) -": a dateline's date is when the report was filed, never after it was published
        if (InDateline(first)) { if (gap > 1) y--; }
        else if (Future(first) || (gap > 122 || gap < -122) && ClauseTense(first) > 0) { if (gap < -122) y++; }
        else if (gap > 122) y--;
        // "The October 7 attacks shocked Israel" in a June article: a day months ahead in a clause told in the past was last year's
        else if (gap > 60 && ClauseTense(first) < 0) y--;
        // (a past verb further back in its clause tells the past too: "first surrounded the town of Djibo in the early hours of Feb. 17")
        // (but "created an office, effective Feb. 1" starts one to come)
        else if (gap < -243 && !Past(first) && (ClauseTense(first) >= 0 || Is(first - 1, "effective"))) y++;
        // "since 2 November", "were killed on 17 May": the start of a stretch up to the report, or what a past tense tells, lies before it
        // (a day or a few after the document date is more likely a late-dated document: "The editorial ran on Saturday, April 25")
        if (AnchoredInPast(first) && new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))).DayNumber - _d.DayNumber > 7) y--;
        if (month == 2 && day == 29 && !DateTime.IsLeapYear(y)) { c = new Cand(first, last, TimexType.DATE, null, Invalid: true); return true; }
        var g = new GDate(Gran.Day, y, month, day);
        c = new Cand(first, last, TimexType.DATE, _hasDct ? g.Format() : null, Relative: true, Point: g);
        return true;
    }

    // 2011, fiscal 1989, the 1990s, '90s, the 20th century
    private bool Year(int i, out Cand c)
    {
        c = default;
        int first = i;
        int k = i;
        if (Is(k, "fiscal")) k++;
        else if (Is(k, "the") && (IsNum(k + 1) && Suffix(k + 1) != "" || IsApos(k + 1))) k++;
        else if (Is(k, "the") && Is(k + 1, "year") && (IsYearNum(k + 2) || SpokenYear(k + 2, out _, out _))) k += 2;
        if (SpokenYear(k, out int sy, out int sLast))
        {
            var gs = GDate.OfYear(sy);
            c = new Cand(first, sLast, TimexType.DATE, gs.Format(), Point: gs);
            return true;
        }
        if (IsApos(k) && IsNum(k + 1) && Adj(k) && Suffix(k + 1) == "s" && Digits(k + 1) == 2)
        {
            int yy = Int(k + 1);
            var dd = new GDate(Gran.Decade, yy >= 30 ? 1900 + yy : 2000 + yy);
            c = new Cand(first, k + 1, TimexType.DATE, dd.Format(), Point: dd);
            return true;
        }
        // "since '82": a year written short after a preposition of time, the latest such year by the document date
        if (IsApos(k) && IsNum(k + 1) && Adj(k) && Suffix(k + 1) == "" && Digits(k + 1) == 2 && k == first
            && (Is(k - 1, "since") || Is(k - 1, "in") || Is(k - 1, "until") || Is(k - 1, "from") || Is(k - 1, "before") || Is(k - 1, "after")))
        {
            int yy = _d.Year / 100 * 100 + Int(k + 1);
            if (yy > _d.Year) yy -= 100;
            var gy = GDate.OfYear(yy);
            c = new Cand(first, k + 1, TimexType.DATE, gy.Format(), Point: gy);
            return true;
        }
        if (Is(i, "the") && DecadeWord(i + 1) is int dw)
        {
            var dd = new GDate(Gran.Decade, 1900 + dw);
            c = new Cand(first, i + 1, TimexType.DATE, dd.Format(), Point: dd);
            return true;
        }
        // "the 70s and 80s", "late 60s": a decade of the last century, written short
        if (IsNum(k) && Digits(k) == 2 && Suffix(k) == "s" && Int(k) % 10 == 0 && k > 0
            && (Is(k - 1, "the") || Is(k - 1, "and") || Is(k - 1, "early") || Is(k - 1, "mid") || Is(k - 1, "late") || IsP(k - 1, '-')))
        {
            var dd = new GDate(Gran.Decade, 1900 + Int(k));
            c = new Cand(first, k, TimexType.DATE, dd.Format(), Point: dd);
            return true;
        }
        if (!IsNum(k)) return false;
        if (Digits(k) == 4 && Suffix(k) == "s" && !HasSeparator(k))
        {
            var dd = new GDate(Gran.Decade, Int(k));
            c = new Cand(first, k, TimexType.DATE, dd.Format(), Point: dd);
            return true;
        }
        if ((Suffix(k) is "th" or "st" or "nd" or "rd") && Is(k + 1, "century"))
        {
            int n = Int(k);
            if (n < 1 || n > 22) return false;
            var cc = new GDate(Gran.Century, (n - 1) * 100);
            c = new Cand(first, k + 1, TimexType.DATE, cc.Format(), Point: cc);
            return true;
        }
        if (!IsYearNum(k)) return false;
        int y = Int(k);
        // Older bare numbers are rarely years in news, unless a preposition of time governs them ("independence in 1898").
        if (y < 1900 && first == k && !(y >= 1500 && (Is(k - 1, "in") || Is(k - 1, "since") || Is(k - 1, "until")))) return false;
        if (first == k && !YearContext(k)) return false;
        var g = GDate.OfYear(y);
        c = new Cand(first, k, TimexType.DATE, g.Format(), Point: g);
        return true;
    }

    /// <summary>The year after a season: "1994", "of 1994", "of nineteen ninety-four".</summary>
    private bool SeasonYear(int k, out int year, out int last)
    {
        if (Is(k, "of")) k++;
        if (IsYearNum(k)) { year = Int(k); last = k; return true; }
        return SpokenYear(k, out year, out last);
    }

    /// <summary>Years said in words, as broadcast transcripts write them: "nineteen ninety-six", "two thousand".</summary>
    private bool SpokenYear(int k, out int year, out int last)
    {
        year = 0; last = k;
        if (Is(k, "two") && Is(k + 1, "thousand"))
        {
            year = 2000; last = k + 1;
            int u = k + 2;
            if (Is(u, "and")) u++;
            if (UnitWord(u) is int uw and > 0) { year += uw; last = u; }
            return true;
        }
        if (!Is(k, "nineteen") || TensWord(k + 1) is not int tens) return false;
        year = 1900 + tens; last = k + 1;
        if (IsP(k + 2, '-') && Adj(k + 1) && Adj(k + 2) && UnitWord(k + 3) is int one and > 0) { year += one; last = k + 3; }
        return true;
    }

    private int? DecadeWord(int k) =>
        Is(k, "twenties") ? 20 : Is(k, "thirties") ? 30 : Is(k, "forties") ? 40 : Is(k, "fifties") ? 50 : Is(k, "sixties") ? 60
        : Is(k, "seventies") ? 70 : Is(k, "eighties") ? 80 : Is(k, "nineties") ? 90 : null;

    private int? TensWord(int k) =>
        Is(k, "twenty") ? 20 : Is(k, "thirty") ? 30 : Is(k, "forty") ? 40 : Is(k, "fifty") ? 50 : Is(k, "sixty") ? 60
        : Is(k, "seventy") ? 70 : Is(k, "eighty") ? 80 : Is(k, "ninety") ? 90 : null;

    private int? UnitWord(int k) =>
        Is(k, "one") ? 1 : Is(k, "two") ? 2 : Is(k, "three") ? 3 : Is(k, "four") ? 4 : Is(k, "five") ? 5 : Is(k, "six") ? 6
        : Is(k, "seven") ? 7 : Is(k, "eight") ? 8 : Is(k, "nine") ? 9 : null;

    private bool YearContext(int k)
    {
        if (k > 0)
        {
            var pt = _tk[_o + (k - 1)];
            if (pt.Kind == TK.Punct && _s[pt.Start] is '$' or '£' or '€' or '#' or '№') return false;
            if (pt.Kind == TK.Word)
            {
                if (Is(k - 1, "about") || Is(k - 1, "around") || Is(k - 1, "some") || Is(k - 1, "nearly") || Is(k - 1, "almost") || Is(k - 1, "than")
                    || Is(k - 1, "least") || Is(k - 1, "approximately") || Is(k - 1, "roughly") || Is(k - 1, "no") || Is(k - 1, "number") || Is(k - 1, "resolution")
                    || Is(k - 1, "flight") || Is(k - 1, "route") || Is(k - 1, "room") || Is(k - 1, "page") || Is(k - 1, "article"))
                    return false;
                // "Vision 2030", "Beijing 2008": a name before the number (a capital mid-sentence that is no date word).
                // A capital that opens a sentence ("That 1978 resolution", "A 1996 law") names nothing.
                if (Cap(k - 1) && !SentenceStart(k - 1) && I(k - 1).Class == WC.None && !Is(k - 1, "in") && !Is(k - 1, "since") && !Is(k - 1, "by")) return false;
            }
        }
        if (k + 1 < _n)
        {
            var nt = _tk[_o + (k + 1)];
            if (nt.Kind == TK.Punct && _s[nt.Start] == '%') return false;
            if (nt.Kind == TK.Word && char.IsLower(_s[nt.Start]))
            {
                var w = _s.AsSpan(nt.Start, nt.Length);
                if (w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss") && I(k + 1).Class == WC.None && !w.Equals("was", StringComparison.Ordinal) && !w.Equals("has", StringComparison.Ordinal)) return false;
                if (w is "people" or "police" or "children" or "personnel" or "staff" or "men" or "women" or "troops") return false;
            }
        }
        return true;
    }

    // today, yesterday morning, tonight, earlier today, late yesterday
    private bool Deictic(int i, out Cand c)
    {
        c = default;
        int first = i, k = i;
        if (Is(k, "earlier") || Is(k, "later")) k++;
        if (I(k).Class != WC.Deictic) return false;
        int v = I(k).Value;
        var day = _d.AddDays(v == 10 ? 0 : v);
        var g = GDate.OfDay(day);
        if (v == 10)
        {
            c = new Cand(first, k, TimexType.TIME, _hasDct ? g.Format() + "TNI" : null, Relative: true, Point: g);
            return true;
        }
        if (I(k + 1).Class == WC.PartOfDay && PartCode(I(k + 1).Value) is string pc)
        {
            c = new Cand(first, k + 1, TimexType.TIME, _hasDct ? g.Format() + pc : null, Relative: true, Point: g);
            return true;
        }
        // "today's vote" is still the day; "today's world", "today's youth" are the present age, not a day (a capital after it
        // says neither: "today's Israeli strikes")
        if (Is(k, "today") && IsApos(k + 1) && Is(k + 2, "s") && PresentAge(k + 3))
        {
            c = new Cand(first, k, TimexType.DATE, "PRESENT_REF");
            return true;
        }
        c = new Cand(first, k, TimexType.DATE, _hasDct ? g.Format() : null, Relative: true, Point: g);
        return true;
    }

    /// <summary>Token <paramref name="k"/> is a capitalised word that makes a weekday after it a named day ("Black", "Bloody", "Good", "Easter").</summary>
    private bool NamedDay(int k) =>
        k >= 0 && Cap(k) && (Is(k, "black") || Is(k, "bloody") || Is(k, "good") || Is(k, "super") || Is(k, "cyber") || Is(k, "ash") || Is(k, "palm")
            || Is(k, "easter") || Is(k, "holy") || Is(k, "maundy") || Is(k, "shrove") || Is(k, "blue"));

    private static string? PartCode(int v) => v switch { 1 => "TMO", 2 => "TAF", 3 => "TEV", 4 => "TNI", _ => null };

    // Monday, last Friday, next Tuesday, Monday night, Mondays
    private bool Weekday(int i, out Cand c)
    {
        c = default;
        int first = i, k = i;
        // "down 4% from the previous Friday", "The following Monday, troops withdrew": counted from the day last named (else
        // the document's), never that day itself; not "following Monday's protest" (after it)
        if ((Is(k, "previous") || Is(k, "preceding") || Is(k, "following")) && I(k + 1).Class == WC.Weekday && !I(k + 1).Plural && Cap(k + 1)
            && !(IsApos(k + 2) && Is(k + 3, "s")))
        {
            bool after = Is(k, "following");
            var from = _lastDay?.Start ?? _d;
            int fromDow = ((int)from.DayOfWeek + 6) % 7 + 1, named = I(k + 1).Value;
            int shift = after ? (named - fromDow + 7) % 7 : -((fromDow - named + 7) % 7);
            if (shift == 0) shift = after ? 7 : -7;
            var ga = GDate.OfDay(from.AddDays(shift));
            c = new Cand(first, k + 1, TimexType.DATE, _hasDct || _lastDay is not null ? ga.Format() : null, Relative: true, Point: ga);
            return true;
        }
        int rel = 9;
        if (I(k).Class == WC.Rel && (Is(k, "last") || Is(k, "next") || Is(k, "this") || Is(k, "past") || Is(k, "coming"))) { rel = I(k).Value; k++; }
        bool every = false;
        if (Is(k, "every") || Is(k, "each")) { every = true; k++; }
        if (I(k).Class != WC.Weekday) return false;
        if (k > 0 && !Cap(k) && !every) return false; // weekday names are capitalised in edited news
        int wd = I(k).Value; // 1 = Monday
        // "Black Monday", "Bloody Sunday", "Good Friday": a day with a name of its own, not the latest such weekday, so no
        // value; before a name ("the Good Friday Agreement") no time at all
        if (rel == 9 && !every && !I(k).Plural && NamedDay(k - 1))
        {
            if (k + 1 < _n && TokAt(k + 1).Kind == TK.Word && Cap(k + 1)) return false;
            c = new Cand(k - 1, k, TimexType.DATE, null);
            return true;
        }
        if (I(k).Plural || every)
        {
            c = new Cand(first, k, TimexType.SET, "XXXX-WXX-" + wd.ToString(CultureInfo.InvariantCulture));
            return true;
        }
        int dow = ((int)_d.DayOfWeek + 6) % 7 + 1;
        // ("this Sunday" is the coming one unless the clause is told in the past: "Talks collapsed this Tuesday")
        bool future = rel == 1 || (rel is 9 or 0 && (Future(first) || _tenseFrom >= 0 && Future(_tenseFrom)))
            || rel == 0 && !Past(first) && ClauseTense(first) >= 0;
        int delta;
        if (rel == -1) { delta = -((dow - wd + 7) % 7); if (delta == 0) delta = -7; }
        else if (rel == 1) { delta = (wd - dow + 7) % 7; if (delta == 0) delta = 7; }
        else if (future) delta = (wd - dow + 7) % 7;
        else delta = -((dow - wd + 7) % 7);
        var g = GDate.OfDay(_d.AddDays(delta));
        int last = k;
        string? suffix = null;
        if (I(k + 1).Class == WC.PartOfDay && PartCode(I(k + 1).Value) is string pc) { suffix = pc; last = k + 1; }
        c = new Cand(first, last, suffix is null ? TimexType.DATE : TimexType.TIME, _hasDct ? g.Format() + suffix : null, Relative: true, Point: g);
        return true;
    }

    // last week, this month, next year, earlier this year, the past week (duration), last night, this morning, last March
    private bool Relative(int i, out Cand c)
    {
        c = default;
        int first = i, k = i;
        bool the = false;
        if (Is(k, "earlier") || Is(k, "later")) k++;
        else if (Is(k, "the")) { the = true; k++; }
        // "over the summer", "in the fall": the latest such season begun by the document date (the next in future
        // tense); not "the fall of Aleppo", "the fall in prices", "the summer-long siege"
        // (nor "the Summer Palace", "the Winter Olympics": a capitalised season before a capitalised word opens a name)
        if (the && I(k).Class == WC.Season && !Is(k + 1, "of") && !Is(k + 1, "in") && !IsP(k + 1, '-') && !(Cap(k) && k + 1 < _n && TokAt(k + 1).Kind == TK.Word && Cap(k + 1))
            && (I(k).Value != 3 || Is(k, "autumn") || i > 0 && (Is(i - 1, "in") || Is(i - 1, "over") || Is(i - 1, "during") || Is(i - 1, "until") || Is(i - 1, "by") || Is(i - 1, "since") || Is(i - 1, "through") || Is(i - 1, "into"))))
        {
            int ss = I(k).Value;
            int sy = _d.Year;
            var starts = new DateOnly(sy, ss * 3, 1);
            if (Future(first)) { if (starts.AddMonths(3) <= _d) sy++; }
            else if (starts > _d) sy--;
            var gss = new GDate(Gran.Season, sy, Part: ss);
            c = new Cand(first, k, TimexType.DATE, _hasDct ? gss.Format() : null, Relative: true, Point: gss);
            return true;
        }
        if (the && I(k).Class == WC.Unit && !I(k).Plural && (I(k).Value == (int)Unit.Quarter || I(k).Value == (int)Unit.Weekend) && !IsP(k + 1, '-')) // not "the quarter-to-quarter comparison"
        {
            // "the quarter" (just closed), "the weekend" (the latest one, or the next in future tense)
            if (I(k).Value == (int)Unit.Quarter)
            {
                var gq = GDate.OfQuarter(_d.AddDays(-45));
                c = new Cand(first, k, TimexType.DATE, _hasDct ? gq.Format() : null, Relative: true, Point: gq);
                return true;
            }
            int dw = ((int)_d.DayOfWeek + 6) % 7 + 1;
            var sa = _d.AddDays(6 - dw);
            if (!Future(first) && dw < 6) sa = sa.AddDays(-7);
            var wk = GDate.OfWeek(sa);
            c = new Cand(first, k, TimexType.DATE, _hasDct ? wk.Format() + "-WE" : null, Relative: true, Point: wk);
            return true;
        }
        // "the last week of March", "the first week of May": the week that holds most of the month's last (first) seven days
        if (the && (Is(k, "last") || Is(k, "first") || Is(k, "final")) && Is(k + 1, "week") && Is(k + 2, "of") && I(k + 3).Class == WC.Month
            && MatchPoint(k + 3, out var mo) && mo.Point is { G: Gran.Month } mp && mo.Type == TimexType.DATE)
        {
            var ms = new DateOnly(mp.Year, mp.Month, 1);
            var wk = GDate.OfWeek(Is(k, "first") ? ms.AddDays(3) : ms.AddMonths(1).AddDays(-4));
            c = new Cand(first, mo.Last, TimexType.DATE, _hasDct || !mo.Relative ? wk.Format() : null, Relative: mo.Relative, Point: wk);
            return true;
        }
        if (I(k).Class != WC.Rel) return false;
        int rel = I(k).Value;
        // "the latest period" in a results report is the quarter just closed, as "the latest quarter" is.
        if (the && Is(k, "latest") && Is(k + 1, "period") && MentionsQuarter())
        {
            var gp = GDate.OfQuarter(_d.AddDays(-45));
            c = new Cand(first, k + 1, TimexType.DATE, _hasDct ? gp.Format() : null, Relative: true, Point: gp);
            return true;
        }
        bool past = Is(k, "past");
        // "the following year", "the previous month": counted from the time the text last named, not from the document date
        // "the next day", "the next morning" are the same: "tomorrow" is the word for the day after the report
        bool anaphoric = the && (Is(k, "following") || Is(k, "previous") || Is(k, "preceding")
            || Is(k, "next") && (Is(k + 1, "day") || I(k + 1).Class == WC.PartOfDay));
        k++;
        // "the current fiscal year", "next fiscal year"; "the latest fiscal year" is the one last closed, as the latest quarter is
        if (Is(k, "fiscal") && Is(k + 1, "year") && !anaphoric) { if (Is(k - 1, "latest")) rel = -1; k++; }
        var info = I(k);
        if (anaphoric && info.Class == WC.Unit && !info.Plural && _lastPoint is { } lp)
        {
            GDate? ga = (Unit)info.Value switch
            {
                Unit.Year => GDate.OfYear(lp.Year + rel),
                Unit.Month when lp.G is Gran.Month or Gran.Day => GDate.OfMonth(new DateOnly(lp.Year, lp.Month, 1).AddMonths(rel)),
                Unit.Day when lp.G == Gran.Day => GDate.OfDay(lp.Start.AddDays(rel)),
                // "Rebels took the town on Jan. 12. The following week, ..."
                Unit.Week when lp.G is Gran.Day or Gran.Week => GDate.OfWeek(lp.Start.AddDays(7 * rel)),
                _ => null,
            };
            if (ga is { } a)
            {
                c = new Cand(first, k, TimexType.DATE, a.Format(), Relative: true, Point: a);
                return true;
            }
        }
        // "By the following morning", "the previous evening": that part of the day after (before) the day the text last named
        if (anaphoric && info.Class == WC.PartOfDay && !info.Plural && _lastDay is { } named && PartCode(info.Value) is { } part && rel is -1 or 1)
        {
            var gn = GDate.OfDay(named.Start.AddDays(rel));
            c = new Cand(first, k, TimexType.TIME, gn.Format() + part, Relative: true, Point: gn);
            return true;
        }
        if (info.Class == WC.PartOfDay && !info.Plural && !the)
        {
            // last night, this morning
            string? pc = PartCode(info.Value);
            if (pc is null) return false;
            var day = rel == -1 ? _d.AddDays(-1) : rel == 1 ? _d.AddDays(1) : _d;
            if (rel == -1 && info.Value != 4) return false;
            var gd = GDate.OfDay(day);
            c = new Cand(first, k, TimexType.TIME, _hasDct ? gd.Format() + pc : null, Relative: true, Point: gd);
            return true;
        }
        if (info.Class == WC.Month && Cap(k) && !the)
        {
            int m = info.Value;
            int y = _d.Year;
            // "last Oct. 23", "next March 5": the latest (next) such day
            if (rel is -1 or 1 && IsMonth(k, out _, out int mEndRel) && IsDayNum(mEndRel + 1) && Int(mEndRel + 1) <= DateTime.DaysInMonth(2016, m))
            {
                int dd = Int(mEndRel + 1);
                if (m == 2 && dd == 29) return false;
                var on = new DateOnly(y, m, dd);
                if (rel == -1 && on >= _d) y--;
                else if (rel == 1 && on <= _d) y++;
                var gdRel = new GDate(Gran.Day, y, m, dd);
                c = new Cand(first, mEndRel + 1, TimexType.DATE, _hasDct ? gdRel.Format() : null, Relative: true, Point: gdRel);
                return true;
            }
            if (rel == -1) { if (m >= _d.Month) y--; }
            else if (rel == 1) { if (m <= _d.Month) y++; }
            var gm = new GDate(Gran.Month, y, m);
            c = new Cand(first, k, TimexType.DATE, _hasDct ? gm.Format() : null, Relative: true, Point: gm);
            return true;
        }
        if (info.Class == WC.Season && !the)
        {
            int s = info.Value;
            // A season of year y starts in month 3s (winter in December); "last fall" is the latest one begun before this one.
            int y = _d.Year;
            var begins = new DateOnly(y, s * 3, 1);
            if (rel == -1) { y = begins <= _d.AddMonths(-3) ? y : y - 1; }
            else if (rel == 1) { if (begins <= _d) y++; }
            else if (s == 4 && _d.Month <= 2) y--; // "this winter" in January began last December; "this summer" is this year's
            var gs = new GDate(Gran.Season, y, Part: s);
            c = new Cand(first, k, TimexType.DATE, _hasDct ? gs.Format() : null, Relative: true, Point: gs);
            return true;
        }
        if (info.Class != WC.Unit || info.Plural) return false;
        if (QuotedTitle(first, k)) return false; // ABC's "This Week"
        var u = (Unit)info.Value;
        if (u == Unit.Quarter && rel == 0)
        {
            // Results are reported after the quarter ends: "this/the latest quarter" is the one just closed;
            // "the current quarter" is the one under way.
            var gq = GDate.OfQuarter(Is(k - 1, "current") ? _d : _d.AddDays(-45));
            c = new Cand(first, k, TimexType.DATE, _hasDct ? gq.Format() : null, Relative: true, Point: gq);
            return true;
        }
        // "the past decade", "the past century": the ten (hundred) years up to the report, not the calendar decade before
        // this one ("over the past decade" in 2026 is not the 2010s); "the last decade" may be that, as "last year" is.
        if (past && u is Unit.Decade or Unit.Century)
        {
            c = new Cand(first, k, TimexType.DURATION, DurationCode(u, "1"));
            return true;
        }
        // "the past year", "the last decade", "the next month": both TempEval-3 and MEANTIME gold read these
        // as the previous (next) calendar unit, a DATE, not a duration.
        if (past) rel = -1;
        // "the last week of the campaign" is no week before the report (Duration reads it); "the past year of fighting" is
        if (the && rel == -1 && !past && PartOfSomethingElse(k)) return false;
        GDate g;
        switch (u)
        {
            case Unit.Day: if (!the) return false; g = GDate.OfDay(_d.AddDays(rel)); break;
            case Unit.Week: g = GDate.OfWeek(_d.AddDays(7 * rel)); break;
            case Unit.Weekend:
                {
                    // the weekend before (or after) the document date
                    int dow = ((int)_d.DayOfWeek + 6) % 7 + 1;
                    var sat = _d.AddDays(6 - dow);
                    // ("this weekend" from Wednesday on is the coming one unless a verb near it is past: "Talks resume this weekend")
                    if (rel == -1 || (rel == 0 && !Future(first) && dow < 6 && !(Is(first, "this") && dow >= 3 && !Past(first)))) sat = sat.AddDays(-7);
                    if (rel == 1 && dow >= 6) sat = sat.AddDays(7);
                    var w = GDate.OfWeek(sat);
                    c = new Cand(first, k, TimexType.DATE, _hasDct ? w.Format() + "-WE" : null, Relative: true, Point: w);
                    return true;
                }
            case Unit.Month: g = GDate.OfMonth(_d.AddMonths(rel)); break;
            case Unit.Quarter: g = GDate.OfQuarter(_d.AddMonths(3 * rel)); break;
            case Unit.Year: g = GDate.OfYear(_d.Year + rel); break;
            case Unit.Decade: g = new GDate(Gran.Decade, _d.Year + 10 * rel); break;
            case Unit.Century: g = new GDate(Gran.Century, _d.Year + 100 * rel); break;
            // "the past fortnight", "the next fortnight": no calendar unit, the two weeks up to (from) the document date
            case Unit.Fortnight: c = new Cand(first, k, TimexType.DURATION, "P2W"); return true;
            default: return false;
        }
        c = new Cand(first, k, TimexType.DATE, _hasDct ? g.Format() : null, Relative: true, Point: g);
        return true;
    }

    // the third quarter, third-quarter, the first quarter of 2016, the first half, the quarter
    private bool Quarter(int i, out Cand c)
    {
        c = default;
        if (!QuarterWords()) return false;
        int first = i, k = i;
        if (Is(k, "the")) k++;
        // A year in front: "this year's third quarter", "last year's quarter", "the 1988 second quarter".
        int? specYear = null;
        bool specRel = false;
        if ((Is(k, "this") || Is(k, "last") || Is(k, "next")) && Is(k + 1, "year") && IsApos(k + 2) && Is(k + 3, "s"))
        {
            specYear = _d.Year + (Is(k, "last") ? -1 : Is(k, "next") ? 1 : 0);
            specRel = true;
            k += 4;
        }
        else if (IsYearNum(k) && k > i)
        {
            specYear = Int(k);
            k++;
            if (IsApos(k) && Is(k + 1, "s")) k += 2;
        }
        if (specYear is int sy && (Is(k, "quarter") || Is(k, "period")))
        {
            // no ordinal: the quarter being reported (the latest one closed), in that year
            var gl = new GDate(Gran.Quarter, sy, Part: GDate.OfQuarter(_d.AddDays(-45)).Part);
            c = new Cand(first, k, TimexType.DATE, !specRel || _hasDct ? gl.Format() : null, Relative: true, Point: gl);
            return true;
        }
        if (specYear is null && I(k).Class == WC.Season && SeasonYear(k + 1, out int seasonYear, out int seasonLast))
        {
            var gsy = new GDate(Gran.Season, seasonYear, Part: I(k).Value);
            c = new Cand(first, seasonLast, TimexType.DATE, gsy.Format(), Point: gsy);
            return true;
        }
        if (specYear is not null && Is(k, "fiscal")) k++;
        int n;
        if (IsNum(k) && Suffix(k) is "st" or "nd" or "rd" or "th") n = Int(k);
        else if (Is(k, "first")) n = 1;
        else if (Is(k, "second")) n = 2;
        else if (Is(k, "third")) n = 3;
        else if (Is(k, "fourth") || Is(k, "final") && Is(k + 1, "quarter")) n = 4;
        else if ((Is(k, "last") || Is(k, "latter")) && Is(k + 1, "half") && k > i) n = 2;
        else return false;
        k++;
        if (IsP(k, '-') && Adj(k - 1)) k++;
        // "the first two quarters" is the first half, "the last two quarters" the second
        bool twoQuarters = n == 1 && Is(k, "two") && Is(k + 1, "quarters");
        if (twoQuarters) k++;
        bool half = Is(k, "half") || twoQuarters;
        if (!half && !Is(k, "quarter")) return false;
        if (Is(k - 1, "last") && !half) return false;
        if (half && n > 2 || n < 1 || n > 4) return false;
        int year;
        int last = k;
        bool rel = false;
        if (specYear is int sy2) { year = sy2; rel = specRel; }
        else if (Is(k + 1, "of") && IsYearNum(k + 2)) { year = Int(k + 2); last = k + 2; }
        else if (IsYearNum(k + 1)) { year = Int(k + 1); last = k + 1; }
        else if (Is(k + 1, "of") && (Is(k + 2, "last") || Is(k + 2, "this") || Is(k + 2, "next")) && Is(k + 3, "year"))
        {
            year = _d.Year + (Is(k + 2, "last") ? -1 : Is(k + 2, "next") ? 1 : 0);
            last = k + 3;
            rel = true;
        }
        else if (Is(k - 1, "last") || Is(k - 1, "latter")) return false; // "the last half of the '80s": no year to halve
        // "the second half of February", "the first half of the match", "the first quarter of the 19th century": a part of
        // something else than this year (the month, when one is named, is a time of its own); "of the (fiscal, financial)
        // year" is this year's, and "a loss for the third quarter of $226 million" the quarter's
        else if (Is(k + 1, "of") && (I(k + 2).Class == WC.Month || Is(k + 2, "the") && !(Is(k + 3, "year") || (Is(k + 3, "fiscal") || Is(k + 3, "financial")) && Is(k + 4, "year")))) return false;
        else
        {
            rel = true;
            // The latest such quarter (half) begun by the document date; in the future tense, one that has
            // not yet ended unless it closed under six months ago (results are announced after the close).
            year = PartYear(n, half, first);
        }
        var g = new GDate(half ? Gran.Half : Gran.Quarter, year, Part: n);
        c = new Cand(first, last, TimexType.DATE, !rel || _hasDct ? g.Format() : null, Relative: rel, Point: g);
        return true;
    }

    /// <summary>
    /// The year of the latest quarter (half) <paramref name="n"/> begun by the document date; in the future tense, one that has
    /// not yet ended unless it closed under six months ago (results are announced after the close).
    /// </summary>
    private int PartYear(int n, bool half, int first)
    {
        int cur = half ? (_d.Month <= 6 ? 1 : 2) : (_d.Month - 1) / 3 + 1;
        int per = half ? 6 : 3;
        int year = _d.Year;
        if (n > cur && !Future(first) && ClauseTense(first) <= 0) year--;
        if (Future(first) && year == _d.Year && (cur - n) * per >= 6) year++;
        return year;
    }

    /// <summary>
    /// Token <paramref name="k"/> is a word of letters then digits that names a period: "Q3", "H1", "FY2024", "FY24" (a capital
    /// letter or two and the digits, nothing else).
    /// </summary>
    private bool PeriodToken(int k)
    {
        ref Tok t = ref _tk[_o + k];
        if (t.Kind != TK.Word || t.DigitsEnd != t.Start || t.End - t.Start is < 2 or > 6) return false; // a mixed word's DigitsEnd is its start
        char a = _s[t.Start], b = _s[t.Start + 1];
        return a is 'Q' or 'H' && b is >= '1' and <= '4' && t.End - t.Start == 2 && (a == 'Q' || b <= '2')
            || a == 'F' && b == 'Y' && t.End - t.Start is 4 or 6 && char.IsAsciiDigit(_s[t.Start + 2]) && char.IsAsciiDigit(_s[t.End - 1]);
    }

    // Q3, Q3 2025, H1 2024, FY2024, FY24: a quarter, half or fiscal year written short
    private bool Period(int i, out Cand c)
    {
        c = default;
        if (!PeriodToken(i)) return false;
        int at = _tk[_o + i].Start, len = _tk[_o + i].End - at;
        if (_s[at] == 'F')
        {
            int y = int.Parse(_s.AsSpan(at + 2, len - 2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (len == 4) y += 2000;
            if (y is < 1000 or > 2099) return false;
            var gf = GDate.OfYear(y); // as "fiscal 2024" is read
            c = new Cand(i, i, TimexType.DATE, gf.Format(), Point: gf);
            return true;
        }
        bool half = _s[at] == 'H';
        int n = _s[at + 1] - '0';
        int last = i, year;
        bool rel = false;
        int yk = Is(i + 1, "of") || IsP(i + 1, '/') && Adj(i) ? i + 2 : i + 1;
        if (IsYearNum(yk)) { year = Int(yk); last = yk; }
        // with no year, only after a word that leads a time ("in Q3", "the Q3 results"; not "the drone, model Q3")
        else if (!(Is(i - 1, "in") || Is(i - 1, "during") || Is(i - 1, "for") || Is(i - 1, "by") || Is(i - 1, "since") || Is(i - 1, "until")
                   || Is(i - 1, "through") || Is(i - 1, "the") || Is(i - 1, "from") || Is(i - 1, "to") || Is(i - 1, "and") || Is(i - 1, "of") || Is(i - 1, "over")))
            return false;
        else { year = PartYear(n, half, i); rel = true; }
        var g = new GDate(half ? Gran.Half : Gran.Quarter, year, Part: n);
        c = new Cand(i, last, TimexType.DATE, !rel || _hasDct ? g.Format() : null, Relative: rel, Point: g);
        return true;
    }

    // five years, two-day, the past 24 hours, over five years, a year ago, five years on, for years, week-long
    private bool Duration(int i, out Cand c)
    {
        c = default;
        if (OrdinalDayToday(i, out c)) return true;
        int first = i, k = i;
        bool the = false;
        if (Is(k, "the")) { the = true; k++; }
        bool span = false;
        if (the && (Is(k, "past") || Is(k, "last") || Is(k, "next") || Is(k, "first") || Is(k, "coming") || Is(k, "previous") || Is(k, "final") || Is(k, "following")))
        { span = true; k++; }
        if (the && !span) first = k; // "the seven-day ceasefire": the article is not part of the time
        string? mod = null;
        int mk = ApproxMod(k, out mod);
        if (mk > k) k = mk;
        if (k > _lastUnit) return false; // no unit word at or after k: no duration

        // "week-long", "month-long"; "a decade-old conflict" (how long it has lasted, below)
        if (I(k).Class == WC.Unit && IsP(k + 1, '-') && Adj(k) && Adj(k + 1) && (Is(k + 2, "long") || Is(k + 2, "old") && LastingThing(k + 3)))
        {
            // "decades-long": an unknown number of them
            if (DurationCode((Unit)I(k).Value, I(k).Plural ? "X" : "1") is string wl) { c = new Cand(first, k + 2, TimexType.DURATION, wl, mod); return true; }
            return false;
        }

        // the quantity: digits, number words, a/an, several/a few/many
        string? q = null;
        int qEnd = -1;
        if (IsNum(k) && Suffix(k) == "" || _n > k && _tk[_o + k].Kind == TK.Word && I(k).Class == WC.None)
        {
            if (Is(k, "a") || Is(k, "an"))
            {
                if (Is(k + 1, "few")) { q = "X"; qEnd = k + 1; }
                else if (Is(k + 1, "hundred") || Is(k + 1, "thousand")) { q = Is(k + 1, "hundred") ? "100" : "1000"; qEnd = k + 1; } // "for almost a hundred years"
                else if (Is(k + 1, "couple") && Is(k + 2, "of")) { q = "2"; qEnd = k + 2; }
                else
                {
                    // "four flights a week", "$1.76 a year", "24 hours a day": a rate, not a time
                    if (k > 0 && !(Is(k + 2, "ago") || Is(k + 2, "earlier") || Is(k + 2, "later")) && (I(k - 1).Class == WC.Unit && I(k - 1).Plural || _tk[_o + (k - 1)].Kind == TK.Num || _tk[_o + (k - 1)].Kind == TK.Word && (NumberWordBefore(k - 1) || char.IsLower(_s[_tk[_o + (k - 1)].Start]) && _s[_tk[_o + (k - 1)].End - 1] == 's' && I(k - 1).Class == WC.None))) return false;
                    // "a second group", "a second round": the ordinal, not the unit
                    if (Is(k + 1, "second") && k + 2 < _n && _tk[_o + (k + 2)].Kind == TK.Word && !Is(k + 2, "ago") && !Is(k + 2, "later") && !Is(k + 2, "earlier")) return false;
                    q = "1"; qEnd = k;
                }
            }
            else if (Is(k, "several") || Is(k, "many") || Is(k, "few") || Is(k, "some") && mod is null) { q = "X"; qEnd = k; }
            else if (span && Is(k, "couple") && Is(k + 1, "of")) { q = "2"; qEnd = k + 1; } // "the next couple of years"
            else if (Is(k, "single") && IsP(k + 1, '-') && Adj(k)) { q = "1"; qEnd = k; } // "the worst single-day fall"
            // a range ("two to three weeks", "12 to 18 months") is written with its low end, as TempEval-3 gold does
            else if (MayStartNumber(k) && NumberReader.TryRead(_s, _tk[_o + k].Start, _tk[_o + (_n - 1)].End, out var r) && (r.Kind is NumberKind.Cardinal or NumberKind.Fraction || r.Kind == NumberKind.Range && Is(k + 1, "to")))
            {
                int e = TokenEnding(k, r.Span.End);
                if (e < 0) return false;
                if (r.Value is < 0 or > 100000) return false;
                // a year naming one, not a count of them: "for the 1973-1974 year"
                if (r.Span.Length == 4 && r.Value >= 1000 && I(e + 1).Class == WC.Unit && !I(e + 1).Plural) return false;
                // Below, a quantity makes a duration only with a unit, a range, a half or a counting word after
                // it: without one, say so before writing the number out.
                int t = e + 1;
                if (!(IsNum(t) || I(t).Class == WC.Unit || IsP(t, '-') || Is(t, "and") || Is(t, "to") || Is(t, "or") || Is(t, "straight")
                      || Is(t, "consecutive") || Is(t, "more") || Is(t, "trading") || Is(t, "additional") || Is(t, "successive"))) return false;
                q = r.Value == Math.Floor(r.Value) ? ((long)r.Value).ToString(CultureInfo.InvariantCulture) : r.Value.ToString("0.##", CultureInfo.InvariantCulture);
                qEnd = e;
            }
        }
        // "the first hours of the offensive", "the last weeks of the war", "the first week of the siege": how long a stretch of
        // it lasted (a day of it is a day: "the first day of the strike" is no duration)
        if (q is null && span && mod is null && (Is(k - 1, "first") || Is(k - 1, "last") || Is(k - 1, "final")) && I(k).Class == WC.Unit
            && (I(k).Plural || (Unit)I(k).Value is Unit.Week or Unit.Month or Unit.Year) && PartOfSomethingElse(k))
        {
            if (DurationCode((Unit)I(k).Value, I(k).Plural ? "X" : "1") is not string part) return false;
            c = new Cand(first, k, TimexType.DURATION, part);
            return true;
        }
        if (q is null)
        {
            // bare plural units: "for years", "within weeks", "the highest level in years."
            // "losing them in just minutes", but not "in months of talks"
            if (I(k).Class == WC.Unit && I(k).Plural && !span && mod is null && (Is(k - 1, "for") || Is(k - 1, "within") || Is(k - 1, "in") && IsEnd(k + 1)
                || (Is(k - 1, "in") || (Is(k - 1, "just") || Is(k - 1, "only")) && Is(k - 2, "in")) && !Is(k + 1, "of") && (Unit)I(k).Value is Unit.Minute or Unit.Hour))
            {
                var u0 = (Unit)I(k).Value;
                if (u0 is Unit.Weekend) return false;
                if (DurationCode(u0, "X") is string dx) { c = new Cand(k, k, TimexType.DURATION, dx); return true; }
            }
            return false;
        }
        // "2 1/2 years", "two and a half years"
        bool half = false;
        if (q is not "X" && !q.Contains('.'))
        {
            if (IsNum(qEnd + 1) && Int(qEnd + 1) == 1 && IsP(qEnd + 2, '/') && IsNum(qEnd + 3) && Int(qEnd + 3) == 2 && Adj(qEnd + 1) && Adj(qEnd + 2))
            { half = true; qEnd += 3; }
            else if (Is(qEnd + 1, "and") && Is(qEnd + 2, "a") && Is(qEnd + 3, "half")) { half = true; qEnd += 3; }
        }
        int uk = qEnd + 1;
        // "between 60 and 90 days", "two to six days": the first number takes the unit after the second
        if (!half && q is not "X" && (Is(uk, "and") || Is(uk, "to") || Is(uk, "or")) && (IsNum(uk + 1) && Suffix(uk + 1) == "" || UnitWord(uk + 1) is not null || TensWord(uk + 1) is not null)
            && I(uk + 2).Class == WC.Unit && I(uk + 2).Plural && DurationCode((Unit)I(uk + 2).Value, q) is string rangeFirst && (Unit)I(uk + 2).Value is not (Unit.Weekend or Unit.Quarter))
        {
            c = new Cand(first, qEnd, TimexType.DURATION, rangeFirst, mod);
            return true;
        }
        bool hyphen = false;
        // "six straight days", "two more weeks", "eight trading days"
        bool counted = false;
        if (Is(uk, "straight") || Is(uk, "consecutive") || Is(uk, "more") || Is(uk, "trading") || Is(uk, "additional") || Is(uk, "successive"))
        { uk++; counted = true; }
        else if (IsP(uk, '-') && Adj(qEnd) && Adj(uk)) { hyphen = true; uk++; }
        if (I(uk).Class != WC.Unit || QuotedTitle(first, uk)) return false; // CBS's "60 Minutes"
        var unit = (Unit)I(uk).Value;
        // "three quarters" is mostly a fraction; "several quarters" never is
        if (unit == Unit.Weekend || unit == Unit.Quarter && !span && !counted && q != "X") return false;
        int last = uk;
        // ages: "12-year-old", "12 years old"; but the age of a truce or a war is how long it has lasted ("the 8-month-old
        // truce", "a decade-old conflict")
        if (IsP(uk + 1, '-') && Is(uk + 2, "old") && hyphen && !I(uk).Plural && LastingThing(uk + 3) && DurationCode(unit, q) is string age)
        {
            c = new Cand(first, uk + 2, TimexType.DURATION, age, mod);
            return true;
        }
        if (IsP(uk + 1, '-') && Is(uk + 2, "old") || Is(uk + 1, "old")) return false;
        if (hyphen && I(uk).Plural) return false;
        if (IsP(uk + 1, '-') && Adj(uk) && (Is(uk + 2, "ago") || Is(uk + 2, "earlier"))) return false; // "a year-earlier profit"
        if (!hyphen && q == "1" && I(uk).Plural) return false;

        // "a day later", "two weeks later": counted from the day the text last named ("Boko Haram killed 40 farmers on Saturday
        // ... troops killed 22 insurgents a day later"); with no such day, "later than" (a comparison) or a clause to come
        // ("would be seven days later"), a duration as before
        if (!span && !hyphen && q != "X" && Is(uk + 1, "later") && !Is(uk + 2, "than") && unit is Unit.Day or Unit.Week && _lastDay is { } from && !Future(first))
        {
            var start = from.Start.AddDays((unit == Unit.Week ? 7 : 1) * (int)double.Parse(q, CultureInfo.InvariantCulture));
            var gl = unit == Unit.Week ? GDate.OfWeek(start) : GDate.OfDay(start);
            c = new Cand(first, uk + 1, TimexType.DATE, gl.Format(), mod, Relative: true, Point: gl);
            return true;
        }
        // "He founded the firm in 1976 ... One year later he was fired", "A month later": from the month or year the text last named
        if (!span && !hyphen && q != "X" && Is(uk + 1, "later") && !Is(uk + 2, "than") && _lastPoint is { } lp && !Future(first)
            && (unit == Unit.Year || unit == Unit.Month && lp.G is Gran.Month or Gran.Day) && int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out int by))
        {
            var gy = unit == Unit.Year ? GDate.OfYear(lp.Year + by) : GDate.OfMonth(new DateOnly(lp.Year, lp.Month, 1).AddMonths(by));
            // (not past the report, in a clause that tells no future: "nearly three years later all that has happened is ...",
            // after "the end of this year", is now)
            if (!_hasDct || gy.Start <= _d)
            {
                c = new Cand(first, uk + 1, TimexType.DATE, gy.Format(), mod, Relative: true, Point: gy);
                return true;
            }
        }
        // "a week or so ago": about a week ago
        int ago = uk + 1;
        if (Is(ago, "or") && Is(ago + 1, "so") && (Is(ago + 2, "ago") || Is(ago + 2, "earlier"))) { ago += 2; mod ??= "APPROX"; }
        // "Rebels took the town on Monday. Two days earlier, ...": counted back from the day the text last named, as "two days
        // later" counts on from it ("two days ago" counts from the report)
        if (!span && !hyphen && q != "X" && (Is(ago, "earlier") && !Is(ago + 1, "than") || Is(ago, "before") && IsEnd(ago + 1)) && unit is Unit.Day or Unit.Week or Unit.Hour
            && _lastDay is { } before && double.TryParse(q, NumberStyles.Float, CultureInfo.InvariantCulture, out double back) && back <= 1000)
        {
            int days = unit == Unit.Week ? 7 * (int)back : unit == Unit.Hour ? (int)(back / 24) : (int)back;
            var ge = unit == Unit.Week ? GDate.OfWeek(before.Start.AddDays(-days)) : GDate.OfDay(before.Start.AddDays(-days));
            c = new Cand(first, ago, TimexType.DATE, ge.Format(), mod, Relative: true, Point: ge);
            return true;
        }
        // ("two days earlier than planned" is a comparison, as "later than" is: a duration)
        if (!span && !hyphen && (Is(ago, "ago") || Is(ago, "earlier") && !Is(ago + 1, "than") || Is(ago, "before") && IsEnd(ago + 1)))
        {
            bool later = Is(ago, "later");
            if (q == "X")
            {
                c = new Cand(first, ago, TimexType.DATE, later ? "FUTURE_REF" : "PAST_REF", mod);
                return true;
            }
            double n = double.Parse(q, CultureInfo.InvariantCulture) * (later ? 1 : -1);
            var g = Shift(unit, n);
            // "a year ago" in results reporting compares quarters: the year-ago quarter.
            if (unit == Unit.Year && q == "1" && !later && MentionsQuarter()) g = GDate.OfQuarter(_d.AddDays(-45).AddYears(-1));
            if (g is null) return false;
            c = new Cand(first, ago, TimexType.DATE, _hasDct ? g.Value.Format() : null, mod, Relative: true, Point: g);
            return true;
        }
        // "Islam will one day be ...": some day to come, not a day's length
        if (unit == Unit.Day && Is(first, "one") && uk == first + 1 && (Is(first - 1, "will") || Is(first - 1, "would")))
        {
            c = new Cand(first, uk, TimexType.DATE, "FUTURE_REF");
            return true;
        }
        if (Is(uk + 1, "on") && (IsEnd(uk + 2) || IsP(uk + 2, ','))) last = uk + 1; // "five years on"
        if (!hyphen && IsP(uk + 1, '-') && Adj(uk) && Is(uk + 2, "long")) last = uk + 2; // "a week-long truce"
        // "a minute and a half"
        if (!half && !hyphen && q is not "X" && !q.Contains('.') && Is(uk + 1, "and") && Is(uk + 2, "a") && Is(uk + 3, "half")) { half = true; last = uk + 3; }
        var dv = half ? HalfCode(unit, q) : DurationCode(unit, q);
        if (dv is null) return false;
        c = new Cand(first, last, TimexType.DURATION, dv, mod);
        return true;
    }

    /// <summary>
    /// Unit word <paramref name="k"/> is followed by "of" and something that is no time ("the first week of the offensive", not
    /// "of March", "of 2024", "of the year", "of last year").
    /// </summary>
    private bool PartOfSomethingElse(int k)
    {
        // (a word in lower case: not "the last year of US$ 2.7 billion", a sum)
        if (!Is(k + 1, "of") || k + 2 >= _n || TokAt(k + 2).Kind != TK.Word || Cap(k + 2)) return false;
        int t = k + 2;
        if (IsNum(t) || IsApos(t) || I(t).Class is WC.Month or WC.Weekday or WC.Season or WC.Holiday or WC.Rel or WC.Deictic) return false;
        return !(Is(t, "the") && I(t + 1).Class is WC.Unit or WC.Rel or WC.Position or WC.Season || IsNum(t + 1));
    }

    /// <summary>
    /// "It's the second day of an offensive", "today is the eighth day of the siege", "is a third straight day": said in the
    /// present tense, the day counted is the day of the report. (Told otherwise, "on the fourth day of the siege", nothing
    /// says which day it was; "Friday is the fifth day" is Friday, a time of its own.)
    /// </summary>
    private bool OrdinalDayToday(int i, out Cand c)
    {
        c = default;
        if (!_hasDct || !(Is(i, "the") || Is(i, "a")) || !(Is(i - 1, "is") || Is(i - 1, "s") && IsApos(i - 2)) || Ordinal(i + 1) is null) return false;
        int k = i + 2;
        if (Is(k, "straight") || Is(k, "consecutive") || Is(k, "successive")) k++;
        if (!Is(k, "day") || IsP(k + 1, '-')) return false; // not "the third day-long meeting"
        int subject = Is(i - 1, "is") ? i - 2 : i - 3;
        if (I(subject).Class is WC.Weekday or WC.Month || IsNum(subject)) return false; // "Friday is the fifth day": Friday's
        var g = GDate.OfDay(_d);
        c = new Cand(i, k, TimexType.DATE, g.Format(), Relative: true, Point: g);
        return true;
    }

    /// <summary>Token <paramref name="k"/> names a state of affairs that lasts (a truce, a war, a siege), not a person or a thing.</summary>
    private bool LastingThing(int k) =>
        Is(k, "truce") || Is(k, "ceasefire") || Is(k, "war") || Is(k, "conflict") || Is(k, "siege") || Is(k, "blockade") || Is(k, "embargo")
        || Is(k, "insurgency") || Is(k, "uprising") || Is(k, "rebellion") || Is(k, "crisis") || Is(k, "offensive") || Is(k, "crackdown")
        || Is(k, "standoff") || Is(k, "dispute") || Is(k, "occupation") || Is(k, "strike") || Is(k, "protests");

    /// <summary>A noun that "today's" puts in the present age rather than on the day: "today's world", "in today's dollars".</summary>
    private bool PresentAge(int k) =>
        Is(k, "world") || Is(k, "youth") || Is(k, "society") || Is(k, "generation") || Is(k, "generations") || Is(k, "economy")
        || Is(k, "children") || Is(k, "standards") || Is(k, "dollars");

    private static string? Times(string q, int by) =>
        double.TryParse(q, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? (v * by).ToString("0.##", CultureInfo.InvariantCulture) : null;

    /// <summary>N and a half units, written with the next smaller unit as TIMEX3 does: P2Y6M, PT5H30M, PT1M30S.</summary>
    private static string? HalfCode(Unit u, string q) => u switch
    {
        Unit.Year => "P" + q + "Y6M",
        Unit.Hour => "PT" + q + "H30M",
        Unit.Minute => "PT" + q + "M30S",
        Unit.Day => "P" + q + "DT12H",
        _ => DurationCode(u, q + ".5"),
    };

    private int ApproxMod(int k, out string? mod)
    {
        mod = null;
        if ((uint)k >= (uint)_n || _slots[_o + k] < 0) return k; // each test below opens with a lexicon word
        if (Is(k, "more") && Is(k + 1, "than")) { mod = "MORE_THAN"; return k + 2; }
        if (Is(k, "less") && Is(k + 1, "than") || Is(k, "fewer") && Is(k + 1, "than")) { mod = "LESS_THAN"; return k + 2; }
        if (Is(k, "at") && Is(k + 1, "least")) { mod = "EQUAL_OR_MORE"; return k + 2; }
        if (Is(k, "up") && Is(k + 1, "to")) { mod = "EQUAL_OR_LESS"; return k + 2; }
        if (Is(k, "no") && Is(k + 1, "more") && Is(k + 2, "than")) { mod = "EQUAL_OR_LESS"; return k + 3; }
        if (Is(k, "over")) { mod = "MORE_THAN"; return k + 1; }
        if (Is(k, "nearly") || Is(k, "almost") || Is(k, "under")) { mod = "LESS_THAN"; return k + 1; }
        if (Is(k, "about") || Is(k, "around") || Is(k, "roughly") || Is(k, "approximately") || Is(k, "some")) { mod = "APPROX"; return k + 1; }
        return k;
    }

    private GDate? Shift(Unit u, double n)
    {
        if (Math.Abs(n) > 1000) return null;
        int whole = (int)Math.Round(n);
        return u switch
        {
            Unit.Day => GDate.OfDay(_d.AddDays(whole)),
            Unit.Week or Unit.Fortnight => GDate.OfWeek(_d.AddDays(7 * whole * (u == Unit.Fortnight ? 2 : 1))),
            Unit.Month => GDate.OfMonth(_d.AddMonths(whole)),
            Unit.Year => GDate.OfYear(_d.Year + whole),
            Unit.Decade => GDate.OfYear(_d.Year + 10 * whole),
            // "48 hours ago" is two days back; "12 hours earlier" stays on the document's day (its hour is unknown)
            Unit.Hour => GDate.OfDay(_d.AddDays((int)(n / 24))),
            Unit.Minute or Unit.Second => GDate.OfDay(_d),
            _ => null,
        };
    }

    private static string? DurationCode(Unit u, string q) => u switch
    {
        Unit.Second => "PT" + q + "S",
        Unit.Minute => "PT" + q + "M",
        Unit.Hour => "PT" + q + "H",
        Unit.Day => "P" + q + "D",
        Unit.Night => "P" + q + "D",
        Unit.Week => "P" + q + "W",
        Unit.Fortnight => q == "1" ? "P2W" : "P" + q + "W",
        Unit.Month => "P" + q + "M",
        Unit.Quarter => "P" + q + "Q",
        Unit.Year => "P" + q + "Y",
        // In years, as TempEval-3 gold writes them ("two decades" P20Y, "over a decade" P10Y, "decades-long" PXY).
        Unit.Decade => q == "X" ? "PXY" : Times(q, 10) is string d10 ? "P" + d10 + "Y" : null,
        // TempEval-3 gold writes an unknown number of centuries PXC (C for century, as E is decade and L millennium).
        Unit.Century => q == "X" ? "PXC" : Times(q, 100) is string d100 ? "P" + d100 + "Y" : null,
        _ => null,
    };

    // now, currently, recently, the past, the future, recent years
    private bool Reference(int i, out Cand c)
    {
        c = default;
        if (I(i).Class == WC.Ref)
        {
            int v = I(i).Value;
            c = new Cand(i, i, TimexType.DATE, v < 0 ? "PAST_REF" : v > 0 ? "FUTURE_REF" : "PRESENT_REF");
            return true;
        }
        if (Is(i, "current") && I(i + 1).Class != WC.Unit && !Is(i + 1, "fiscal") && !(i > 0 && Is(i - 1, "the") && I(i + 1).Class == WC.None && false))
        {
            c = new Cand(i, i, TimexType.DATE, "PRESENT_REF");
            return true;
        }
        if (Is(i, "recent") && I(i + 1).Class == WC.Unit && I(i + 1).Plural)
        {
            // "in recent months": an unknown number of units looking back (PXM); "recent years" reads as the recent
            // past itself, as TempEval-3 gold mostly annotates it (PAST_REF).
            var ru = (Unit)I(i + 1).Value;
            if (ru == Unit.Year)
            {
                c = new Cand(i, i + 1, TimexType.DATE, "PAST_REF");
                return true;
            }
            if (ru == Unit.Weekend || DurationCode(ru, "X") is not string rx) return false;
            c = new Cand(i, i + 1, TimexType.DURATION, rx);
            return true;
        }
        if (Is(i, "recent") && i + 1 < _n && _tk[_o + (i + 1)].Kind == TK.Word && I(i + 1).Class is WC.None)
        {
            // "the recent sale", "recent declines": the adjective itself refers to the recent past.
            c = new Cand(i, i, TimexType.DATE, "PAST_REF");
            return true;
        }
        // "the near future", "in the short term", "for the time being"
        if (Is(i, "the") && ((Is(i + 1, "near") || Is(i + 1, "short") || Is(i + 1, "long")) && (Is(i + 2, "term") || Is(i + 2, "future"))
            || Is(i + 1, "time") && Is(i + 2, "being")))
        {
            c = new Cand(i, i + 2, TimexType.DATE, Is(i + 1, "time") ? "PRESENT_REF" : "FUTURE_REF");
            return true;
        }
        // "in coming months", "over the coming years": an unknown number of units ahead
        if (Is(i, "coming") && I(i + 1).Class == WC.Unit && I(i + 1).Plural && (Unit)I(i + 1).Value != Unit.Weekend && DurationCode((Unit)I(i + 1).Value, "X") is string cx)
        {
            int cf = Is(i - 1, "the") ? i - 1 : i;
            c = new Cand(cf, i + 1, TimexType.DURATION, cx);
            return true;
        }
        // "these days": the present
        if (Is(i, "these") && Is(i + 1, "days"))
        {
            c = new Cand(i, i + 1, TimexType.DATE, "PRESENT_REF");
            return true;
        }
        // "in the weeks ahead": an unknown number of units ahead, as "the coming weeks"
        if (Is(i, "the") && I(i + 1).Class == WC.Unit && I(i + 1).Plural && Is(i + 2, "ahead") && (Unit)I(i + 1).Value != Unit.Weekend && DurationCode((Unit)I(i + 1).Value, "X") is string ax)
        {
            c = new Cand(i, i + 2, TimexType.DURATION, ax);
            return true;
        }
        // "over the years"
        if (Is(i, "the") && Is(i + 1, "years") && Is(i - 1, "over"))
        {
            c = new Cand(i, i + 1, TimexType.DURATION, "PXY");
            return true;
        }
        if (Is(i, "the") && (Is(i + 1, "past") || Is(i + 1, "future") || Is(i + 1, "present")))
        {
            var nx = I(i + 2);
            if (nx.Class != WC.None || IsNum(i + 2) || Is(i + 2, "few") || Is(i + 2, "several") || Is(i + 2, "two") || Is(i + 2, "three")) return false;
            if (i + 2 < _n && _tk[_o + (i + 2)].Kind == TK.Word && MayStartNumber(i + 2) && NumberReader.TryRead(_s, _tk[_o + (i + 2)].Start, _tk[_o + (_n - 1)].End, out _)) return false;
            c = new Cand(i, i + 1, TimexType.DATE, Is(i + 1, "past") ? "PAST_REF" : Is(i + 1, "future") ? "FUTURE_REF" : "PRESENT_REF");
            return true;
        }
        return false;
    }

    // daily, weekly, every day, each year
    private bool SetExpr(int i, out Cand c)
    {
        c = default;
        if (I(i).Class == WC.SetWord)
        {
            // a newspaper's name, not a rate: "THE DAILY STAR", "the Daily Mirror" (capitalised after a word)
            if (i > 0 && TokAt(i - 1).Kind == TK.Word && char.IsUpper(_s[TokAt(i).Start])) return false;
            var u = (Unit)I(i).Value;
            c = new Cand(i, i, TimexType.SET, u == Unit.Night ? "P1D" : DurationCode(u, "1"));
            return true;
        }
        if ((Is(i, "every") || Is(i, "each") || Is(i, "per")) && I(i + 1).Class == WC.Unit && !I(i + 1).Plural)
        {
            var u = (Unit)I(i + 1).Value;
            string? v = u == Unit.Weekend ? "XXXX-WXX-WE" : DurationCode(u, "1");
            if (v is null) return false;
            c = new Cand(i, i + 1, TimexType.SET, v);
            return true;
        }
        // "every night", "each morning": that part of every day
        if ((Is(i, "every") || Is(i, "each")) && I(i + 1).Class == WC.PartOfDay && PartCode(I(i + 1).Value) is string part && !NounAfter(i + 1))
        {
            c = new Cand(i, i + 1, TimexType.SET, "XXXX-XX-XX" + part);
            return true;
        }
        // "every two days", "every few hours": a count of units, over and over
        if (Is(i, "every") && I(i + 2).Class == WC.Unit && I(i + 2).Plural
            && (Is(i + 1, "few") ? "X" : IsNum(i + 1) && Suffix(i + 1) == "" && !HasSeparator(i + 1) && Digits(i + 1) <= 3 ? Int(i + 1).ToString(CultureInfo.InvariantCulture)
                : UnitWord(i + 1)?.ToString(CultureInfo.InvariantCulture)) is string every
            && DurationCode((Unit)I(i + 2).Value, every) is string period && (Unit)I(i + 2).Value is not Unit.Weekend)
        {
            c = new Cand(i, i + 2, TimexType.SET, period);
            return true;
        }
        // "each July": every year's July
        if ((Is(i, "every") || Is(i, "each")) && I(i + 1).Class == WC.Month && !IsNum(i + 2))
        {
            c = new Cand(i, i + 1, TimexType.SET, $"XXXX-{I(i + 1).Value:00}");
            return true;
        }
        return false;
    }

    // 10:30 a.m., 3pm, noon, midnight, 14:00 GMT
    private bool ClockTime(int i, out Cand c)
    {
        c = default;
        if (I(i).Class == WC.PartOfDay && (I(i).Value is 8 or 9))
        {
            if (Is(i - 1, "high")) return false; // "high noon", the film and the figure of speech
            // "Jazz After Midnight", "Chimes at Midnight", "a pub called the Midnight": a capital inside a sentence names something;
            // "an after-midnight jam session", "a pre-noon rally" describe one (not "open 8 p.m.-midnight")
            if (Cap(i) && !SentenceStart(i) || IsP(i - 1, '-') && Adj(i - 1) && (Is(i - 2, "after") || Is(i - 2, "pre") || Is(i - 2, "post"))) return false;
            string hm = I(i).Value == 8 ? "T12:00" : "T24:00";
            int zz = i + 1;
            if (Is(zz, "on")) zz++;
            _tenseFrom = i;
            bool dayAfter = MatchPoint(zz, out var dc);
            _tenseFrom = -1;
            if (dayAfter && dc.Point is { G: Gran.Day } dpp && dc.Type == TimexType.DATE)
            {
                // "shortly after midnight on Tuesday" is the start of Tuesday ("at midnight Friday", a deadline, its end)
                if (I(i).Value == 9 && Is(i - 1, "after")) hm = "T00:00";
                c = new Cand(i, dc.Last, TimexType.TIME, _hasDct || !dc.Relative ? dpp.Format() + hm : null, Relative: dc.Relative, Point: dpp);
                return true;
            }
            // "Shelling resumed at midnight": with no day named, a midnight told in the past is the one the report's day began
            // with, the end of the day before ("The truce expires at midnight" is the coming one)
            var gd = _lastDay ?? GDate.OfDay(I(i).Value == 9 && !Future(i) && ClauseTense(i) < 0 ? _d.AddDays(-1) : _d);
            c = new Cand(i, i, TimexType.TIME, _hasDct ? gd.Format() + hm : null, Relative: true);
            return true;
        }
        if (!IsNum(i)) return false;
        var digits = _s.AsSpan(_tk[_o + i].Start, _tk[_o + i].DigitsEnd - _tk[_o + i].Start);
        int h, mi = 0;
        int colon = digits.IndexOf(':');
        if (colon > 0)
        {
            if (!int.TryParse(digits[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out h) || !int.TryParse(digits[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out mi)) return false;
            if (digits.Length - colon != 3) return false;
        }
        else if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out h)) return false;
        // "(1500 GMT)", "0030 UTC": four digits before a named zone are a military-style clock time
        else if (digits.Length == 4 && Suffix(i) == "" && (Is(i + 1, "gmt") || Is(i + 1, "utc"))) { mi = h % 100; h /= 100; colon = 2; }
        if (h > 24 || mi > 59) return false;
        int last = i;
        string suf = Suffix(i);
        bool pm = false, ampm = false;
        if (suf is "am" or "pm" or "AM" or "PM") { ampm = true; pm = suf is "pm" or "PM"; }
        else if (suf != "") return false;
        else if ((Is(i + 1, "a") || Is(i + 1, "p")) && IsP(i + 2, '.') && Is(i + 3, "m"))
        {
            ampm = true; pm = Is(i + 1, "p"); last = i + 3;
            if (IsP(i + 4, '.') && Adj(i + 3) && !IsEnd(i + 5)) last = i + 4;
            else if (IsP(i + 4, '.') && Adj(i + 3)) last = i + 4;
        }
        else if (Is(i + 1, "am") || Is(i + 1, "pm")) { ampm = true; pm = Is(i + 1, "pm"); last = i + 1; }
        // "4 in the morning", "8 in the evening"
        // (after "at", "by", "until"..., so that "killed 4 in the morning raid" stays a count)
        else if (colon < 0 && Is(i + 1, "in") && Is(i + 2, "the") && I(i + 3).Class == WC.PartOfDay && I(i + 3).Value is >= 1 and <= 3
                 && (Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "around") || Is(i - 1, "about") || Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "from")))
        { ampm = true; pm = I(i + 3).Value >= 2; last = i + 3; }
        if (ampm)
        {
            if (h < 1 || h > 12) return false;
            if (pm && h < 12) h += 12;
            if (!pm && h == 12) h = 0;
        }
        else
        {
            if (colon < 0) return false;
            // a zone names a clock time anywhere: "14:00 GMT", a live blog's "09:12 CET"
            bool named = Is(i + 1, "gmt") || Is(i + 1, "utc") || Is(i + 1, "cet") || Is(i + 1, "est") || Is(i + 1, "edt") || Is(i + 1, "pst");
            bool zone = named || Is(i + 1, "local") || Is(i + 1, "hours") || Is(i + 1, "hrs");
            if (!zone && !(i > 0 && Is(i - 1, "at"))) return false;
            if (named) last = i + 1;
            else if (Is(i + 1, "local") && Is(i + 2, "time")) last = i + 2;
        }
        // (a live blog's stamp opening its line, "12:05 GMT - ...", is the publication day's, whatever weekday the entry before
        // named; a date written out before it still dates it: "JULY 11, 2022 ... 6:13 P.M. EDT")
        var day = _lastDay is { } ld && ld.G == Gran.Day && (_lastDayNamed || !OpensLine(i)) ? ld : GDate.OfDay(_d);
        // "10 p.m. Wednesday", "5 p.m. EST Nov. 9": the day after the clock time is its date.
        int z = last + 1;
        if (Is(z, "est") || Is(z, "edt") || Is(z, "gmt") || Is(z, "utc") || Is(z, "cet") || Is(z, "pst")) z++;
        else if (Is(z, "local") && Is(z + 1, "time")) z += 2;
        if (IsP(z, ',')) z++;
        if (Is(z, "on")) z++;
        // UTC and GMT clock times carry the TIMEX3 zone designator Z.
        string zoneMark = Is(last + 1, "utc") || Is(last + 1, "gmt") || Is(last, "utc") || Is(last, "gmt") ? "Z" : "";
        // "until 9 a.m. Tuesday": the tense around the clock time decides which Tuesday
        _tenseFrom = i;
        bool dayFollows = MatchPoint(z, out var dayCand);
        _tenseFrom = -1;
        // ("10pm on Wednesday night", "11 p.m. last night": a day with its part of the day names the day too)
        if (dayFollows && dayCand.Point is { G: Gran.Day } dp && (dayCand.Type == TimexType.DATE || dayCand.Type == TimexType.TIME && dayCand.Value is { Length: 13 }))
        {
            c = new Cand(i, dayCand.Last, TimexType.TIME, _hasDct || !dayCand.Relative ? AtClock(dp, h, mi, zoneMark) : null, Relative: dayCand.Relative, Point: dp);
            return true;
        }
        // "at 6 p.m. (1500 GMT) on Saturday": the day after the aside dates the clock time (the aside and the day stay times of
        // their own)
        if (IsP(z, '('))
        {
            int close = z + 1;
            while (close < _n && close <= z + 6 && !IsP(close, ')')) close++;
            int zd = close + 1;
            if (IsP(zd, ',')) zd++;
            if (Is(zd, "on")) zd++;
            _tenseFrom = i;
            bool dayBeyond = close < _n && IsP(close, ')') && MatchPoint(zd, out dayCand);
            _tenseFrom = -1;
            if (dayBeyond && dayCand.Point is { G: Gran.Day } dq && dayCand.Type == TimexType.DATE)
            {
                c = new Cand(i, last, TimexType.TIME, _hasDct || !dayCand.Relative ? AtClock(dq, h, mi, zoneMark) : null, Relative: dayCand.Relative, Point: dq);
                return true;
            }
        }
        c = new Cand(i, last, TimexType.TIME, _hasDct ? AtClock(day, h, mi, zoneMark) : null, Relative: true);
        return true;
    }

    // overnight, before dawn, at dawn
    private bool DayPart(int i, out Cand c)
    {
        c = default;
        int k = i;
        string? mod = null;
        if (Is(k, "before") && (Is(k + 1, "dawn") || Is(k + 1, "daybreak"))) { mod = "BEFORE"; k++; }
        if (I(k).Class != WC.PartOfDay) return false;
        int v = I(k).Value;
        // "the night of 11 to 12 May", "the night of 11-12 May 2025": the night that begins on the first day
        if (v == 4 && Is(k + 1, "of") && IsDayNum(k + 2) && (Is(k + 3, "to") || IsP(k + 3, '-') || IsP(k + 3, '–')) && IsDayNum(k + 4)
            && IsMonth(k + 5, out int nm, out int nmEnd) && Int(k + 2) < Int(k + 4))
        {
            int last = nmEnd, year = 0;
            if (IsYearNum(nmEnd + 1)) { year = Int(nmEnd + 1); last = nmEnd + 1; }
            int first = Is(i - 1, "the") ? i - 1 : i;
            if (!Resolve(first, last, year, nm, Int(k + 2), out c) || c.Invalid || c.Value is null) return c.Invalid;
            c = c with { Type = TimexType.TIME, Value = c.Value + "TNI" };
            return true;
        }
        var day = _lastDay ?? GDate.OfDay(_d);
        // "until dawn on Tuesday", "the morning of Friday", "overnight Tuesday": the weekday after it names the day
        if (_hasDct && (Is(k + 1, "on") || Is(k + 1, "of")) && Weekday(k + 2, out var named) && named.Type == TimexType.DATE && named.Point is { } on) day = on;
        else if (_hasDct && I(k + 1).Class == WC.Weekday && Weekday(k + 1, out var next) && next.Type == TimexType.DATE && next.Point is { } nextOn) day = nextOn;
        // "overnight into Friday": the night that ends on that day
        else if (_hasDct && v == 5 && Is(k + 1, "into") && Weekday(k + 2, out var into) && into.Type == TimexType.DATE && into.Point is { } morning) day = morning;
        if (v == 5) // overnight: the night before the day in focus
        {
            var prev = GDate.OfDay(day.Start.AddDays(-1));
            c = new Cand(i, k, TimexType.TIME, _hasDct || _lastDay is not null ? prev.Format() + "TNI" : null, Relative: true);
            return true;
        }
        // "in the morning": the morning of the day in focus (not "the morning of the attack", which names its own day)
        if (v is >= 1 and <= 3 && mod is null && Is(i - 1, "the") && Is(i - 2, "in") && !Is(k + 1, "of") && !NounAfter(k) && PartCode(v) is string pc)
        {
            c = new Cand(i - 1, k, TimexType.TIME, _hasDct || _lastDay is not null ? day.Format() + pc : null, Relative: true);
            return true;
        }
        // "Gunmen struck on Monday. That night, the army imposed a curfew": that part of the day last named (not "said that
        // night raids ...")
        if (v is >= 1 and <= 4 && mod is null && Is(i - 1, "that") && _lastDay is { } then && !NounAfter(k) && PartCode(v) is string tp)
        {
            c = new Cand(i - 1, k, TimexType.TIME, then.Format() + tp, Relative: true, Point: then);
            return true;
        }
        if (v == 6 && IsP(k - 1, '-') && Is(k - 2, "pre")) return false; // "a pre-dawn raid" describes the raid
        if (v is 6 or 7)
        {
            c = new Cand(i, k, TimexType.TIME, _hasDct || _lastDay is not null ? day.Format() + (v == 6 ? "TMO" : "TEV") : null, mod, Relative: true);
            return true;
        }
        return false;
    }

    /// <summary>A lower-case content word follows: the time word modifies it ("the morning session", "the evening news").</summary>
    private bool NounAfter(int k) =>
        k + 1 < _n && _tk[_o + (k + 1)].Kind == TK.Word && char.IsLower(_s[_tk[_o + (k + 1)].Start]) && I(k + 1).Class == WC.None
        && !(Is(k + 1, "to") || Is(k + 1, "and") || Is(k + 1, "on") || Is(k + 1, "as") || Is(k + 1, "before") || Is(k + 1, "after")
             || Is(k + 1, "at") || Is(k + 1, "in") || Is(k + 1, "with") || Is(k + 1, "until") || Is(k + 1, "when") || Is(k + 1, "that"));

    // Christmas (Day, Eve), Thanksgiving (Day) (the fourth Thursday of November), last/next Thanksgiving
    private bool Holiday(int i, out Cand c)
    {
        c = default;
        int k = i, rel = 0;
        if (Is(k, "last")) { rel = -1; k++; }
        else if (Is(k, "next")) { rel = 1; k++; }
        bool xmas = Is(k, "christmas"), thanks = Is(k, "thanksgiving");
        if (!(xmas || thanks) || !Cap(k)) return false;
        int last = k;
        bool eve = false;
        if (Is(k + 1, "day")) last = k + 1;
        else if (xmas && Is(k + 1, "eve")) { last = k + 1; eve = true; }
        else if (rel == 0 && !(Is(k - 1, "on") || Is(k - 1, "at") || Is(k - 1, "since") || Is(k - 1, "before") || Is(k - 1, "after") || Is(k - 1, "until") || Is(k - 1, "by"))) return false;
        DateOnly On(int year)
        {
            if (xmas) return new DateOnly(year, 12, eve ? 24 : 25);
            var nov1 = new DateOnly(year, 11, 1);
            return nov1.AddDays(((int)DayOfWeek.Thursday - (int)nov1.DayOfWeek + 7) % 7 + 21);
        }
        int y = _d.Year;
        if (rel == -1) { if (On(y) >= _d) y--; }
        else if (rel == 1) { if (On(y) <= _d) y++; }
        else if (!Future(i) && On(y) > _d) y--;
        var on = On(y);
        var g = new GDate(Gran.Day, y, on.Month, on.Day);
        c = new Cand(i, last, TimexType.DATE, _hasDct ? g.Format() : null, Relative: true, Point: g);
        return true;
    }

    // the day, the same day, that day, the year, that year, the week: the day (year, week) in focus
    private bool Anaphoric(int i, out Cand c)
    {
        c = default;
        bool that = Is(i, "that");
        if (!Is(i, "the") && !that || i >= _lastUnit) return false; // its unit word comes after i
        int k = i + 1;
        if (Is(k, "same")) k++;
        // "the full year", "the fiscal year", "the entire year"
        bool yearOnly = false;
        while (!that && (Is(k, "full") || Is(k, "fiscal") || Is(k, "entire") || Is(k, "whole") || Is(k, "calendar"))) { k++; yearOnly = true; }
        if (yearOnly && !Is(k, "year")) return false;
        if (I(k).Class != WC.Unit || I(k).Plural) return false;
        if (IsP(k + 1, '-') || IsApos(k + 1) && !Is(k + 2, "s")) return false; // "the day-long", "the year-ago quarter"
        switch ((Unit)I(k).Value)
        {
            case Unit.Day:
                {
                    // "the day before last Tuesday's hearing": that day, one day off; "the day after his death": the
                    // last date named, one day off; but "Oct. 12, the day before the crash" is Oct. 12 itself, and
                    // "late in the day after falling" the day itself.
                    if (!that && k == i + 1 && (Is(k + 1, "before") || Is(k + 1, "after")) && !IsP(i - 1, ',') && !Is(i - 1, "in"))
                    {
                        int shift = Is(k + 1, "before") ? -1 : 1;
                        if (MatchPoint(k + 2, out var on) && on.Point is { G: Gran.Day } op && on.Type == TimexType.DATE)
                        {
                            var dp = GDate.OfDay(op.Start.AddDays(shift));
                            c = new Cand(i, on.Last, TimexType.DATE, _hasDct || !on.Relative ? dp.Format() : null, Relative: on.Relative, Point: dp);
                            return true;
                        }
                        if (_lastDay is { } ld && !IsNum(k + 2) && I(k + 2).Class == WC.None)
                        {
                            var da = GDate.OfDay(ld.Start.AddDays(shift));
                            c = new Cand(i, k, TimexType.DATE, da.Format(), Relative: true, Point: da);
                            return true;
                        }
                        // "The bodies were found the day before.": with no day named, the day before the report's ("the day after"
                        // then says nothing: after what?)
                        if (_lastDay is null && _hasDct && shift < 0 && IsEnd(k + 2))
                        {
                            var dd = GDate.OfDay(_d.AddDays(shift));
                            c = new Cand(i, k, TimexType.DATE, dd.Format(), Relative: true, Point: dd);
                            return true;
                        }
                        // "The day before the liberation, 80,000 Germans left": a day off an event no date was given for, not the
                        // report's day: a time, with no value
                        if (_lastDay is null && !IsEnd(k + 2))
                        {
                            c = new Cand(i, k, TimexType.DATE, null);
                            return true;
                        }
                    }
                    // The last date the text named, else the document date ("ended the day down 31 points").
                    var d = _lastDay ?? GDate.OfDay(_d);
                    c = new Cand(i, k, TimexType.DATE, _hasDct || _lastDay is not null ? d.Format() : null, Relative: true, Point: d);
                    return true;
                }
            case Unit.Week:
                {
                    // "That week, the army lost 30 men": the week of the day last named, none without one (not "warned that week
                    // after week ...")
                    if (that)
                    {
                        if (Is(k + 1, "after") || _lastDay is not { } wd) return false;
                        var tw = GDate.OfWeek(wd.Start);
                        c = new Cand(i, k, TimexType.DATE, tw.Format(), Relative: true, Point: tw);
                        return true;
                    }
                    // "the week of March 6": the week that holds that day
                    if (k == i + 1 && Is(k + 1, "of") && MatchPoint(k + 2, out var of) && of.Point is { G: Gran.Day } od && of.Type == TimexType.DATE)
                    {
                        var wo = GDate.OfWeek(od.Start);
                        c = new Cand(i, of.Last, TimexType.DATE, _hasDct || !of.Relative ? wo.Format() : null, Relative: of.Relative, Point: wo);
                        return true;
                    }
                    // "the week before", "the week after" ending the clause: a week off the day last named (else the report's);
                    // "the week before the vote": a week off an event, no week the text has dated
                    int wShift = k == i + 1 && (Is(k + 1, "before") || Is(k + 1, "after")) ? (Is(k + 1, "before") ? -7 : 7) : 0;
                    if (wShift != 0 && !IsEnd(k + 2))
                    {
                        c = new Cand(i, k, TimexType.DATE, null);
                        return true;
                    }
                    var w = GDate.OfWeek((_lastDay ?? GDate.OfDay(_d)).Start.AddDays(wShift));
                    c = new Cand(i, wShift != 0 ? k + 1 : k, TimexType.DATE, _hasDct || _lastDay is not null ? w.Format() : null, Relative: true, Point: w);
                    return true;
                }
            case Unit.Year:
                {
                    // "the year ended March 31": a year-long period, not a calendar year.
                    if (!that && (Is(k + 1, "ended") || Is(k + 1, "ending") || Is(k + 1, "to")))
                    {
                        c = new Cand(i, k, TimexType.DURATION, "P1Y");
                        return true;
                    }
                    // "the year before", "the year previous": the year before the one last named (or the document's)
                    if (!that && k == i + 1 && (Is(k + 1, "before") || Is(k + 1, "previous")) && IsEnd(k + 2))
                    {
                        var gb = GDate.OfYear((_lastYear ?? _d.Year) - 1);
                        c = new Cand(i, k + 1, TimexType.DATE, _hasDct || _lastYear is not null ? gb.Format() : null, Relative: true, Point: gb);
                        return true;
                    }
                    // "the calendar year 2023", "the year 2019": the year named after it (not a fiscal year, which TimeML writes FY)
                    if (!that && IsYearNum(k + 1) && !Is(k - 1, "fiscal"))
                    {
                        var gy = GDate.OfYear(Int(k + 1));
                        c = new Cand(i, k + 1, TimexType.DATE, gy.Format(), Point: gy);
                        return true;
                    }
                    // "that year" is the year last named; "the year" is the document's.
                    int? y = that ? _lastYear : null;
                    var g = GDate.OfYear(y ?? _d.Year);
                    c = new Cand(i, k, TimexType.DATE, _hasDct || y is not null ? g.Format() : null, Relative: true, Point: g);
                    return true;
                }
            case Unit.Month:
                {
                    // "that month", "the same month": the month of the day or month last named ("the month" alone says no more
                    // than "this month" does, and is left alone)
                    // "the month before", "the month after" ending the clause: a month off the one last named
                    int mShift = !that && k == i + 1 && IsEnd(k + 2) ? (Is(k + 1, "before") ? -1 : Is(k + 1, "after") ? 1 : 0) : 0;
                    if (!that && !Is(i + 1, "same") && mShift == 0 || _lastPoint is not { G: Gran.Month or Gran.Day } lm || Is(k + 1, "after") && mShift == 0) return false;
                    var tm = GDate.OfMonth(new DateOnly(lm.Year, lm.Month, 1).AddMonths(mShift));
                    c = new Cand(i, mShift != 0 ? k + 1 : k, TimexType.DATE, tm.Format(), Relative: true, Point: tm);
                    return true;
                }
            default: return false;
        }
    }

    // year-end, by year end, year's end: the end of the document's year (a closing is reported ahead of it)
    private bool YearEnd(int i, out Cand c)
    {
        c = default;
        if (!Is(i, "year") || i == 0 || !(Is(i - 1, "by") || Is(i - 1, "since") || Is(i - 1, "around") || Is(i - 1, "at") || Is(i - 1, "before") || Is(i - 1, "until"))) return false;
        int last;
        if (IsP(i + 1, '-') && Adj(i) && Adj(i + 1) && Is(i + 2, "end")) last = i + 2;
        else if (Is(i + 1, "end")) last = i + 1;
        else if (IsApos(i + 1) && Is(i + 2, "s") && Is(i + 3, "end")) last = i + 3;
        else return false;
        var g = GDate.OfYear(_d.Year);
        c = new Cand(i, last, TimexType.DATE, _hasDct ? g.Format() : null, "END", Relative: true, Point: g);
        return true;
    }

    // the year-ago quarter, the comparable year-earlier period, year-ago results: results reporting compares the
    // latest quarter with the same quarter a year before
    private bool YearAgo(int i, out Cand c)
    {
        c = default;
        if (i > _lastUnit) return false; // "year" at or after i
        int k = i;
        if (Is(k, "the")) k++;
        if (SamePeriod(i, k, out c)) return true;
        if (Is(k, "comparable") || Is(k, "corresponding")) k++;
        if (!(Is(k, "year") && IsP(k + 1, '-') && Adj(k) && Adj(k + 1) && (Is(k + 2, "ago") || Is(k + 2, "earlier")))) return false;
        int last = k + 2, m = k + 3, first = i;
        var latest = _d.AddDays(-45);
        GDate g;
        if (Ordinal(m) is int n and >= 1 and <= 4 && (Is(m + 1, "quarter") || IsP(m + 1, '-') && Is(m + 2, "quarter")))
        {
            last = Is(m + 1, "quarter") ? m + 1 : m + 2;
            g = new GDate(Gran.Quarter, latest.Year - 1, Part: n);
        }
        else if (Is(m, "quarter") || Is(m, "period"))
        {
            last = m;
            g = GDate.OfQuarter(latest.AddYears(-1));
        }
        else
        {
            // the adjective alone ("year-ago results"): the quarter when the sentence is about quarters, else the year
            first = k;
            g = MentionsQuarter() ? GDate.OfQuarter(latest.AddYears(-1)) : GDate.OfYear(_d.Year - 1);
        }
        c = new Cand(first, last, TimexType.DATE, _hasDct ? g.Format() : null, Relative: true, Point: g);
        return true;
    }

    /// <summary>
    /// "the same period last year", "the corresponding quarter a year earlier", "the same month a year ago": the
    /// month, quarter or half the text last named, a year before; else the year-ago quarter in a results report,
    /// else last year (the month a year ago for "month").
    /// </summary>
    private bool SamePeriod(int i, int k, out Cand c)
    {
        c = default;
        if (!(Is(k, "same") || Is(k, "corresponding") || Is(k, "comparable"))) return false;
        bool month = Is(k + 1, "month");
        if (!(month || Is(k + 1, "period") || Is(k + 1, "quarter"))) return false;
        int last;
        if (Is(k + 2, "last") && Is(k + 3, "year")) last = k + 3;
        else if (Is(k + 2, "a") && Is(k + 3, "year") && (Is(k + 4, "ago") || Is(k + 4, "earlier"))) last = k + 4;
        else return false;
        GDate g;
        if (_lastPoint is { G: Gran.Month or Gran.Quarter or Gran.Half } lp && lp.Year == _d.Year && (!month || lp.G == Gran.Month))
            g = lp with { Year = lp.Year - 1 };
        else if (month) g = GDate.OfMonth(_d.AddYears(-1));
        else if (Is(k + 1, "quarter") || MentionsQuarter()) g = GDate.OfQuarter(_d.AddDays(-45).AddYears(-1));
        else g = GDate.OfYear(_d.Year - 1);
        c = new Cand(i, last, TimexType.DATE, _hasDct ? g.Format() : null, Relative: true, Point: g);
        return true;
    }

    private int? Ordinal(int k) =>
        IsNum(k) && Suffix(k) is "st" or "nd" or "rd" or "th" ? Int(k)
        : Is(k, "first") ? 1 : Is(k, "second") ? 2 : Is(k, "third") ? 3 : Is(k, "fourth") ? 4 : Is(k, "fifth") ? 5 : Is(k, "sixth") ? 6
        : Is(k, "seventh") ? 7 : Is(k, "eighth") ? 8 : Is(k, "ninth") ? 9 : Is(k, "tenth") ? 10 : null;

    // mid-July, early 2016, late last year, the end of 1990, the beginning of March
    private bool Positioned(int i, out Cand c)
    {
        c = default;
        int k = i;
        string mod;
        // "the early summer": the latest such season begun by the document date (the next in future tense)
        if (Is(k, "the") && (Is(k + 1, "early") || Is(k + 1, "late")) && I(k + 2).Class == WC.Season && !Is(k + 3, "of") && !IsP(k + 3, '-'))
        {
            int ss = I(k + 2).Value, sy = _d.Year;
            var starts = new DateOnly(sy, ss * 3, 1);
            if (Future(i)) { if (starts.AddMonths(3) <= _d) sy++; }
            else if (starts > _d) sy--;
            var gs = new GDate(Gran.Season, sy, Part: ss);
            c = new Cand(i, k + 2, TimexType.DATE, _hasDct ? gs.Format() : null, Is(k + 1, "early") ? "START" : "END", Relative: true, Point: gs);
            return true;
        }
        if (Is(k, "the") && I(k + 1).Class == WC.Position && Is(k + 2, "of") && !Is(k + 1, "early") && !Is(k + 1, "late") && !Is(k + 1, "mid"))
        {
            mod = I(k + 1).Value switch { 1 => "START", 2 => "MID", _ => "END" };
            k += 3;
        }
        else if (Is(k, "early") || Is(k, "late") || Is(k, "mid"))
        {
            mod = I(k).Value switch { 1 => "START", 2 => "MID", _ => "END" };
            k++;
            bool dash = IsP(k, '-') && Adj(k - 1);
            if (dash) k++;
            // "mid-afternoon", "late morning", "by mid afternoon yesterday": a part of the day named next, or in focus
            if (I(k).Class == WC.PartOfDay && !I(k).Plural && I(k).Value is >= 1 and <= 4 && PartCode(I(k).Value) is string pc)
            {
                int pl = k;
                GDate pd = _lastDay ?? GDate.OfDay(_d);
                bool known = _hasDct || _lastDay is not null;
                if (MatchPoint(k + 1, out var pt) && pt.Point is { G: Gran.Day } pdd && pt.Type == TimexType.DATE) { pd = pdd; pl = pt.Last; known = _hasDct || !pt.Relative; }
                // "mid-morning on Friday": the day named after "on" (a time of its own)
                else if (Is(k + 1, "on") && MatchPoint(k + 2, out var po) && po.Point is { G: Gran.Day } pod && po.Type == TimexType.DATE) { pd = pod; known = _hasDct || !po.Relative; }
                c = new Cand(i, pl, TimexType.TIME, known ? pd.Format() + pc : null, Relative: true, Point: pd);
                return true;
            }
            if (!dash && Is(i, "mid")) return false;
        }
        else return false;
        if (!MatchPoint(k, out var inner))
        {
            // "by the end of the month", "at the start of the week": the document's month (week), positioned
            if (mod is not null && Is(i, "the") && Is(k, "the") && I(k + 1).Class == WC.Unit && !I(k + 1).Plural && (Unit)I(k + 1).Value is Unit.Month or Unit.Week
                && !Is(k + 2, "of") && !IsP(k + 2, '-'))
            {
                // (in a clause told in the past, after a day the text named in another month, that day's: "The militants
                // surrounded the town on Feb. 17 ... The dead numbered at least 70 by the end of the month")
                var basis = _lastDay is { G: Gran.Day } named && named.Start < _d && (named.Year != _d.Year || named.Month != _d.Month)
                    && ClauseTense(i) < 0 && !Is(i - 1, "before") ? named.Start : _d; // ("be made before the end of the month": a deadline)
                var gu = (Unit)I(k + 1).Value == Unit.Month ? GDate.OfMonth(basis) : GDate.OfWeek(basis);
                c = new Cand(i, k + 1, TimexType.DATE, _hasDct ? gu.Format() : null, mod, Relative: true, Point: gu);
                return true;
            }
            return false;
        }
        if (inner.Type == TimexType.TIME) return false;
        c = inner with { First = i, Mod = mod };
        return true;
    }

    // ---------------------------------------------------------------- token helpers

    /// <summary>
    /// A day's value with its clock time, "2024-03-31T14:05" (and the zone mark): the hour and minute written digit by digit,
    /// the same text as the format "T{h:00}:{mi:00}" gives, in one string instead of three.
    /// </summary>
    private static string AtClock(GDate day, int h, int mi, string zone)
    {
        var date = day.Format();
        if ((uint)h >= 100 || (uint)mi >= 100) return date + string.Create(CultureInfo.InvariantCulture, $"T{h:00}:{mi:00}") + zone;
        return string.Create(date.Length + 6 + zone.Length, (date, h, mi, zone), static (s, a) =>
        {
            a.date.CopyTo(s);
            int p = a.date.Length;
            s[p] = 'T'; s[p + 1] = (char)('0' + a.h / 10); s[p + 2] = (char)('0' + a.h % 10);
            s[p + 3] = ':'; s[p + 4] = (char)('0' + a.mi / 10); s[p + 5] = (char)('0' + a.mi % 10);
            a.zone.CopyTo(s[(p + 6)..]);
        });
    }

    /// <summary>
    /// True when the words just before the expression (same clause, at most 8 tokens back) or right after
    /// it mark the future. A whole-sentence test misread "Friday" in "... will ... after talks on Friday".
    /// </summary>
    private bool Future(int upTo)
    {
        if (Is(upTo - 1, "since")) return false; // "on patrol since March"
        for (int k = upTo - 1; k >= 0 && k >= upTo - 8; k--)
        {
            if (_tk[_o + k].Kind == TK.Punct && _s[_tk[_o + k].Start] is '.' or ';' or '!' or '?' or '"' or '“' or '”') break;
            if (_tk[_o + k].Kind != TK.Word) continue;
            if ((Lexicon.Cues(_slots[_o + k]) & Cue.FutureLead) == 0) continue; // each test below opens with one (TimeWords.FutureLeads)
            if (Is(k, "will") || Is(k, "shall") || Is(k, "ll") || Is(k, "wo") && Is(k + 1, "n") || (Is(k, "plans") || Is(k, "plan") || Is(k, "planned") || Is(k, "planning")) && Is(k + 1, "to")
                || Is(k, "scheduled") && !Is(k - 1, "been") || Is(k, "until") && (k >= upTo - 2 || k == upTo - 3 && Is(k + 1, "at") && Is(k + 2, "least")) && !PastPerfectAfter(upTo) // "until at least Thursday"
                // reported future: "said he would be traveling ... Thursday", not "would have"
                || Is(k, "would") && !Is(k + 1, "have") && !Is(k + 1, "not") && !Is(k + 1, "n") && !Possessive(upTo) && !PastParticipleBetween(k + 1, upTo)
                // "as soon as Tuesday", "as early as next week"
                || Is(k, "as") && (Is(k + 1, "soon") || Is(k + 1, "early")) && Is(k + 2, "as")
                || (Is(k, "set") || Is(k, "going") || Is(k, "due") && !Is(k - 1, "been")) && Is(k + 1, "to")
                // "ahead of Sunday's vote"
                || Is(k, "ahead") && Is(k + 1, "of") && k + 2 == upTo
                // a deadline month or holiday: "said a deal was within reach by Christmas", "must be repaid by March" (not "By March,
                // the rebels held the city", "had fled by January"; nor a day: "was used a million times by Thursday night")
                || Is(k, "by") && k == upTo - 1 && k > 0 && _tk[_o + k - 1].Kind == TK.Word && I(upTo).Class is WC.Month or WC.Holiday && !HadBefore(k)
                // "should start falling by midday Friday", "must be repaid" (not "should have", "must have")
                || (Is(k, "should") || Is(k, "must")) && !Is(k + 1, "have") && !Is(k + 1, "not") && !Is(k + 1, "n")
                // "The curfew begins Friday", "parliament reconvenes on Monday", "expires at midnight Friday": a timetable, told in the present
                || k >= upTo - 3 && (Is(k, "begins") || Is(k, "starts") || Is(k, "opens") || Is(k, "reopens") || Is(k, "resumes") || Is(k, "meets")
                    || Is(k, "convenes") || Is(k, "expires") || Is(k, "ends")) && OnlyLeadsIn(k + 1, upTo)
                || (Is(k, "is") || Is(k, "are") || Is(k, "s") || Is(k, "re")) && (Is(k + 1, "to") || Is(k + 1, "scheduled") || Is(k + 1, "expected") || Is(k + 1, "due") || Is(k + 1, "set") || Is(k + 1, "planning")))
                return true;
        }
        // "talks on Monday will ...", but not "announced Friday that it will ...": stop at a new clause; nor "said Wednesday she
        // will not run": after a verb in the past tense the time is when that happened, and what follows is a clause it reports
        int from = upTo >= 1 && PastVerb(upTo - 1) || upTo >= 2 && (Is(upTo - 1, "on") || Is(upTo - 1, "late") || Is(upTo - 1, "early")) && PastVerb(upTo - 2) ? _n : upTo;
        for (int k = from; k < Math.Min(_n, upTo + 4); k++)
        {
            if (Is(k, "that") || Is(k, "who") || Is(k, "which") || Is(k, "when") || _tk[_o + k].Kind == TK.Punct && _s[_tk[_o + k].Start] is '.' or ';' or ',' or '"' or '“' or '”') break;
            if (Is(k, "will") || Is(k, "ll")) return true;
            // "on Saturday and were planning to drive", "Thursday is expected to bring"
            if ((Is(k, "planning") || Is(k, "plans") || Is(k, "plan") || Is(k, "expected") || Is(k, "scheduled") || Is(k, "due")) && Is(k + 1, "to")) return true;
        }
        return FrontedFuture(upTo);
    }

    /// <summary>Tokens [from, to) are only "on", "at", "midnight", "noon" or "next" (what may stand between a verb and its day).</summary>
    private bool OnlyLeadsIn(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!(Is(k, "on") || Is(k, "at") || Is(k, "midnight") || Is(k, "noon") || Is(k, "next"))) return false;
        return true;
    }

    /// <summary>
    /// "On Sunday, the army will begin evacuating the camp": a time that opens the sentence, set off by a comma, takes the
    /// tense of the clause after it, a future there before any verb in the past ("On Monday, the envoy said talks will resume"
    /// is Monday gone).
    /// </summary>
    private bool FrontedFuture(int upTo)
    {
        if (!(SentenceStart(upTo) || (Is(upTo - 1, "on") || Is(upTo - 1, "by")) && SentenceStart(upTo - 1))) return false;
        int comma = upTo + 1;
        while (comma < Math.Min(_n, upTo + 4) && !IsP(comma, ',')) comma++;
        if (!IsP(comma, ',')) return false;
        for (int k = comma + 1; k < Math.Min(_n, comma + 13); k++)
        {
            // (a relative clause is not the main one: "On Sunday, the army, which will soon withdraw, shelled the town")
            if (SentenceEnd(k) || PastVerb(k) || Is(k, "which") || Is(k, "who")) return false;
            if (FutureMark(k) && !Is(k, "would")) return true;
        }
        return false;
    }

    /// <summary>
    /// "Until Thursday, they had not called him a suspect": the clause goes on in the past perfect; "Until Wednesday, the
    /// country was the only one ...": one that "until" opens goes on in the past.
    /// </summary>
    private bool PastPerfectAfter(int at)
    {
        bool opens = Is(at - 1, "until") && SentenceStart(at - 1);
        for (int k = at; k < Math.Min(_n, at + 6); k++)
        {
            if (_tk[_o + k].Kind == TK.Punct && _s[_tk[_o + k].Start] is '.' or ';' or '!' or '?') break;
            if (Is(k, "had") || opens && PastVerb(k)) return true;
        }
        return false;
    }

    /// <summary>True when "had" stands among the eight words before token <paramref name="at"/> in its sentence ("had fled by Friday").</summary>
    private bool HadBefore(int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - 8; k--)
        {
            if (_tk[_o + k].Kind == TK.Punct && _s[_tk[_o + k].Start] is '.' or ';' or '!' or '?') break;
            if (Is(k, "had")) return true;
        }
        return false;
    }

    /// <summary>"Wednesday's ruling": a possessive time names something that already exists.</summary>
    private bool Possessive(int at)
    {
        for (int k = at + 1; k < Math.Min(_n, at + 3); k++)
            if (Is(k, "s") && k > 0 && _tk[_o + k - 1].Kind == TK.Punct && _s[_tk[_o + k - 1].Start] is '\'' or '’') return true;
        return false;
    }

    /// <summary>A lower-case -ed word between two tokens ("would appeal the decision, announced Wednesday").</summary>
    private bool PastParticipleBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_tk[_o + k].Kind != TK.Word) continue;
            var w = _s.AsSpan(_tk[_o + k].Start, _tk[_o + k].Length);
            if (w.Length >= 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the date at <paramref name="at"/> (with its "early", "mid-", "late") follows "since", or "in"/"on" right after a
    /// verb in the past tense ("erupted in July", "were killed on 17 May"): what it dates has begun or happened by the report.
    /// </summary>
    private bool AnchoredInPast(int at)
    {
        int p = at - 1;
        while (p >= 0 && (Is(p, "-") || Is(p, "early") || Is(p, "mid") || Is(p, "late"))) p--;
        if (Is(p, "since")) return true;
        if (!(Is(p, "in") || Is(p, "on")) || p < 1) return false;
        // (a particle or "again" may stand between: "fighting broke out in April", "clashes flared up again on 3 May")
        int v = p - 1;
        while (v > 0 && v >= p - 2 && (Is(v, "out") || Is(v, "up") || Is(v, "down") || Is(v, "off") || Is(v, "back") || Is(v, "again") || Is(v, "away"))) v--;
        return PastVerb(v);
    }

    /// <summary>
    /// True when a past-tense verb stands near the expression in its clause ("brought in a new chief in
    /// January"): then a month far ahead of the document date is this year's, not next year's.
    /// </summary>
    private bool Past(int at)
    {
        for (int k = Math.Max(0, at - 8); k < Math.Min(_n, at + 7); k++)
        {
            if (_tk[_o + k].Kind == TK.Punct && _s[_tk[_o + k].Start] is '.' or ';' or '!' or '?') { if (k < at) continue; break; }
            if (PastVerb(k)) return true;
        }
        return false;
    }

    /// <summary>Token <paramref name="k"/> is a verb in the past tense ("was", "bought", "announced").</summary>
    private bool PastVerb(int k)
    {
        if (_tk[_o + k].Kind != TK.Word || I(k).Class != WC.None) return false;
        if (_slots[_o + k] < 0) return PastInEd(k); // a word outside the lexicon is none of those named below
        if (Is(k, "was") || Is(k, "were") || Is(k, "had") || Is(k, "did") || Is(k, "said") || Is(k, "began") || Is(k, "took") || Is(k, "made") || Is(k, "came")) return true;
        // irregular past tenses that are no other form ("bought", not "hit" or "set")
        if (IrregularPast(k) && !(Is(k - 1, "be") || Is(k - 1, "to") || Is(k - 1, "will") || Is(k - 1, "the") || Is(k - 1, "a") || Is(k - 1, "an"))) return true;
        return PastInEd(k);
    }

    /// <summary>Token <paramref name="k"/>, a word, is a verb in -ed.</summary>
    private bool PastInEd(int k)
    {
        var w = _s.AsSpan(_tk[_o + k].Start, _tk[_o + k].Length);
        // a verb in -ed, not "succeed", not an adjective after an article ("the reduced dividend"), not a passive to come ("be paid")
        return w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal) && char.IsLower(w[0])
            && !w.StartsWith("un", StringComparison.Ordinal)
            && !(w is "expected" or "scheduled" or "planned" or "proposed" or "needed" or "based" or "intended" or "required")
            && !(Is(k - 1, "the") || Is(k - 1, "a") || Is(k - 1, "an") || Is(k - 1, "be") || Is(k - 1, "to") || Is(k - 1, "will")
                 // a passive in the present: "are invited", "is scheduled" ("are being invited")
                 || Is(k - 1, "is") || Is(k - 1, "are") || Is(k - 1, "being") || Is(k - 1, "am"));
    }

    /// <summary>
    /// The tense of the sentence around token <paramref name="at"/> when the words next to it say none (+1 future,
    /// -1 past, 0 unknown): the nearest future mark or past-tense verb before it in the sentence ("will be named
    /// commander of the shuttle for a mission in December"), else the first one after it. Read only where a
    /// month or date far from the document date needs it.
    /// </summary>
    private int ClauseTense(int at)
    {
        if (Is(at - 1, "since")) return 0; // "on patrol since March and scheduled to return"
        for (int k = at - 1; k >= 0; k--)
        {
            if (SentenceEnd(k)) break;
            if (FutureMark(k)) return 1;
            // "has announced": the present perfect says nothing of the time named
            if (PastVerb(k) && !(Is(k - 1, "has") || Is(k - 1, "have"))) return -1;
        }
        for (int k = at + 1; k < _n; k++)
        {
            if (SentenceEnd(k)) break;
            if (FutureMark(k)) return 1;
            if (PastVerb(k) && !(Is(k - 1, "has") || Is(k - 1, "have"))) return -1;
        }
        return 0;
    }

    /// <summary>
    /// Token <paramref name="k"/> ends a sentence (".", ";", "!", "?"), but for the point of an abbreviated month before its
    /// day ("The Oct. 7 attacks shocked Israel").
    /// </summary>
    private bool SentenceEnd(int k) =>
        _tk[_o + k].Kind == TK.Punct && _s[_tk[_o + k].Start] is '.' or ';' or '!' or '?'
        && !(k > 0 && I(k - 1).Class == WC.Month && _tk[_o + k - 1].Length <= 4 && k + 1 < _n && _tk[_o + k + 1].Kind == TK.Num)
        && !AbbreviationPoint(k);

    /// <summary>
    /// The point of an abbreviation inside a sentence: a comma or a lower-case word after it ("a clinic bombing in Birmingham,
    /// Ala., killed a guard"), or a title or "vs." before a name ("Gen. Smith", "Roe vs. Wade").
    /// </summary>
    private bool AbbreviationPoint(int k) =>
        _s[_tk[_o + k].Start] == '.' && k > 0 && _tk[_o + k - 1].Kind == TK.Word && Adj(k - 1) && k + 1 < _n
        && (IsP(k + 1, ',') || _tk[_o + k + 1].Kind == TK.Word && (char.IsLower(_s[_tk[_o + k + 1].Start]) || TitleAbbreviation(k - 1)));

    private bool TitleAbbreviation(int k) =>
        Is(k, "mr") || Is(k, "mrs") || Is(k, "dr") || Is(k, "gen") || Is(k, "sen") || Is(k, "rep") || Is(k, "gov") || Is(k, "lt")
        || Is(k, "col") || Is(k, "sgt") || Is(k, "capt") || Is(k, "maj") || Is(k, "adm") || Is(k, "prof") || Is(k, "vs");

    /// <summary>Token <paramref name="k"/> marks the future: "will", "would" (not "would have"), "plans to", "due to".</summary>
    private bool FutureMark(int k) =>
        Is(k, "will") || Is(k, "shall") || Is(k, "ll") || Is(k, "wo") && Is(k + 1, "n")
        || Is(k, "would") && !Is(k + 1, "have") && !Is(k + 1, "not") && !Is(k + 1, "n")
        || (Is(k, "plans") || Is(k, "plan") || Is(k, "planning") || Is(k, "going") || Is(k, "due") || Is(k, "set") || Is(k, "expected") || Is(k, "scheduled")) && Is(k + 1, "to");

    private bool IrregularPast(int k) =>
        Is(k, "bought") || Is(k, "brought") || Is(k, "sold") || Is(k, "told") || Is(k, "went") || Is(k, "gave") || Is(k, "got") || Is(k, "found")
        || Is(k, "held") || Is(k, "met") || Is(k, "won") || Is(k, "lost") || Is(k, "fell") || Is(k, "rose") || Is(k, "became") || Is(k, "saw")
        || Is(k, "knew") || Is(k, "thought") || Is(k, "sent") || Is(k, "spent") || Is(k, "paid") || Is(k, "struck") || Is(k, "shot") || Is(k, "fled")
        || Is(k, "left") || Is(k, "led") || Is(k, "wrote") || Is(k, "spoke") || Is(k, "chose") || Is(k, "grew") || Is(k, "ran") || Is(k, "quit")
        || Is(k, "fought") || Is(k, "began") || Is(k, "took") || Is(k, "withdrew")
        || Is(k, "broke") || Is(k, "blew") || Is(k, "flew") || Is(k, "swept") || Is(k, "threw") || Is(k, "shook") || Is(k, "drove");

    /// <summary>
    /// A capitalised unit word in an expression that opens a quotation names a programme or a title ("This Week",
    /// "60 Minutes"): edited news writes times in lower case.
    /// </summary>
    private bool QuotedTitle(int first, int unit) =>
        Cap(unit) && first > 0 && _tk[_o + (first - 1)].Kind == TK.Punct && _s[_tk[_o + (first - 1)].Start] is '"' or '“' or '\'' or '`';

    /// <summary>True when token <paramref name="k"/> opens a sentence (runs hold several sentences of a paragraph).</summary>
    private bool SentenceStart(int k)
    {
        int p = k - 1;
        if (p >= 0 && _tk[_o + p].Kind == TK.Punct && _s[_tk[_o + p].Start] is '"' or '“' or '\'' or '‘' or '`' or '(') p--;
        if (p >= 0 && _tk[_o + p].Kind == TK.Punct && _s[_tk[_o + p].Start] is '`' or '"' or '\'') p--;
        return p < 0 || _tk[_o + p].Kind == TK.Punct && _s[_tk[_o + p].Start] is '.' or '!' or '?' or ';' or ':';
    }

    /// <summary>True when this sentence or an earlier one talks of quarters: a results report.</summary>
    private bool MentionsQuarter() => _sentenceQuarter || _quarterDoc && !SentenceLonger();

    private bool SentenceLonger()
    {
        if (_sentenceLonger < 0)
        {
            _sentenceLonger = 0;
            for (int k = 0; k + 1 < _n; k++)
                if ((Is(k, "nine") || Is(k, "six")) && Is(k + 1, "months") || Is(k, "fiscal") && Is(k + 1, "year") || Is(k, "first") && Is(k + 1, "half"))
                { _sentenceLonger = 1; break; }
        }
        return _sentenceLonger > 0;
    }

    /// <summary>True when the run holds a quarter, "half", "period" or a season: a quarter reading needs one (found with the marks).</summary>
    private bool QuarterWords() => _quarterWords;

    private bool NumberWordBefore(int k) => Is(k, "million") || Is(k, "billion") || Is(k, "thousand") || Is(k, "hundred") || Is(k, "times") || Is(k, "once") || Is(k, "twice");

    private int TokenEnding(int from, int charEnd)
    {
        for (int k = from; k < _n; k++)
        {
            if (_tk[_o + k].End == charEnd) return k;
            if (_tk[_o + k].End > charEnd) return -1;
        }
        return -1;
    }

    /// <summary>
    /// False when token <paramref name="k"/> is a word of letters that no number starts with, where
    /// <see cref="NumberReader.TryRead"/> reads nothing: the lexicon has already said so.
    /// </summary>
    private bool MayStartNumber(int k)
    {
        var tk = _tk[_o + k];
        return tk.Kind != TK.Word || tk.DigitsEnd != tk.End || (Lexicon.Cues(_slots[_o + k]) & Cue.NumberStart) != 0;
    }

    private bool IsEnd(int k) => k >= _n || (_tk[_o + k].Kind == TK.Punct && _s[_tk[_o + k].Start] is '.' or '!' or '?' or ';' or ',' or ')' or '"' or '”');

    private WordInfo I(int k) => (uint)k < (uint)_n ? Lexicon.Info(SlotAt(k)) : default;

    // Token k of the run and its slot, for 0 <= k < _n.
    private ref Tok TokAt(int k) => ref _tk[_o + k];
    private int SlotAt(int k) => _slots[_o + k];

    /// <summary>True when token <paramref name="k"/> is the word <paramref name="w"/>, ignoring case (one of <see cref="TimeWords.Tested"/>).</summary>
    private bool Is(int k, string w)
    {
        System.Diagnostics.Debug.Assert(Array.IndexOf(TimeWords.Tested, w) >= 0, $"'{w}' is not in TimeWords.Tested");
        return (uint)k < (uint)_n && ReferenceEquals(Lexicon.Key(SlotAt(k)), w);
    }

    private bool IsApos(int k) => IsP(k, '\'') || IsP(k, '\u2019');

    private bool IsP(int k, char ch) => (uint)k < (uint)_n && TokAt(k).Kind == TK.Punct && _s[TokAt(k).Start] == ch;

    private bool Adj(int k) => k >= 0 && k + 1 < _n && TokAt(k).End == TokAt(k + 1).Start;

    private bool Cap(int k) => char.IsUpper(_s[_tk[_o + k].Start]);

    private bool IsNum(int k) => (uint)k < (uint)_n && TokAt(k).Kind == TK.Num;

    private int Digits(int k) => _tk[_o + k].DigitsEnd - _tk[_o + k].Start;

    private bool HasSeparator(int k) => _s.AsSpan(_tk[_o + k].Start, Digits(k)).IndexOfAny(",.:") >= 0;

    /// <summary>The letters after a number's digits ("th", "s", "pm"), without allocating for the ones the lexer allows in lower case.</summary>
    private string Suffix(int k)
    {
        var tk = _tk[_o + k];
        if (tk.End == tk.DigitsEnd) return "";
        var suffix = _s.AsSpan(tk.DigitsEnd, tk.End - tk.DigitsEnd);
        return suffix switch
        {
            "s" => "s", "st" => "st", "nd" => "nd", "rd" => "rd", "th" => "th", "am" => "am", "pm" => "pm", "AM" => "AM", "PM" => "PM",
            _ => suffix.ToString(),
        };
    }

    private int Int(int k)
    {
        int v = 0;
        for (int p = _tk[_o + k].Start; p < _tk[_o + k].DigitsEnd; p++)
        {
            char ch = _s[p];
            if (ch < '0' || ch > '9') return -1;
            v = v * 10 + (ch - '0');
            if (v > 100_000_000) return -1;
        }
        return v;
    }

    private bool IsDayNum(int k) => IsNum(k) && !HasSeparator(k) && Digits(k) <= 2 && Suffix(k) is "" or "st" or "nd" or "rd" or "th" && Int(k) is >= 1 and <= 31
        && !(k + 1 < _n && _tk[_o + (k + 1)].Kind == TK.Punct && _s[_tk[_o + (k + 1)].Start] == '%');

    /// <summary>
    /// The year named after a month that ends at <paramref name="mEnd"/> and names none itself: "in 1981" right after it
    /// ("June in 1981"), or after another month it is joined to ("May and June in 1981", "January to March 2024", "June and July
    /// of last year"); else null.
    /// </summary>
    private int? YearAfter(int mEnd)
    {
        int k = mEnd + 1;
        if ((Is(k, "and") || Is(k, "to") || Is(k, "or") || IsP(k, '-') || IsP(k, '–')) && IsMonth(k + 1, out _, out int end)) k = end + 1;
        if (IsP(k, ',')) k++;
        if (k > mEnd + 1 && IsYearNum(k)) return Int(k);
        if ((Is(k, "in") || Is(k, "of")) && IsYearNum(k + 1)) return Int(k + 1);
        // "in June and July of last year": the other month's relative year
        if (k > mEnd + 1 && _hasDct && Is(k, "of") && (Is(k + 1, "last") || Is(k + 1, "this") || Is(k + 1, "next")) && Is(k + 2, "year"))
            return _d.Year + (Is(k + 1, "last") ? -1 : Is(k + 1, "next") ? 1 : 0);
        return null;
    }

    private bool IsYearNum(int k) => IsNum(k) && !HasSeparator(k) && Digits(k) == 4 && Suffix(k) == "" && Int(k) is >= 1000 and <= 2099;

    private bool IsMonth(int k, out int month, out int end)
    {
        month = 0; end = k;
        var info = I(k);
        if (info.Class != WC.Month) return false;
        if (!Cap(k)) return false;
        month = info.Value;
        if (info.Abbrev && IsP(k + 1, '.') && Adj(k)) end = k + 1;
        return true;
    }
}
