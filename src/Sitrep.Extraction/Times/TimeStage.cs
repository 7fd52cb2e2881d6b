using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extraction.Times;

/// <summary>
/// Time expressions (DATE, TIME, DURATION, SET) with TIMEX3 values resolved against
/// <see cref="ArticleDocument.Published"/> — never the clock. Without a publication date, relative
/// expressions keep a null value and the document gets a TIME001 diagnostic for each (at most 20);
/// impossible dates ("31 February") are dropped with TIME002. Reads only non-boilerplate sentences.
/// Holds no state between documents, so one instance serves every thread.
/// </summary>
public sealed class TimeStage() : Stage("times", Layer.Times, Layer.Sentences, Layer.Tokens)
{
    private const int MaxDiagnostics = 20;

    /// <summary>One thread's buffers (one thread-static read per document, not one per buffer).</summary>
    private sealed class Buffers
    {
        public readonly TimeScanner Scanner = new();
        public readonly List<Cand> Cands = new();
        public readonly List<TextSpan> Spans = new();
        /// <summary>The runs lexed onto the sheet: first token, end token, first mark, end mark.</summary>
        public readonly List<(int First, int End, int FirstMark, int EndMark)> Runs = new();
        // The tokens of the last document this thread read, for the figure stage (which reads the same sentences).
        public readonly TokenSheet Sheet = new();
        public ArticleDocument? SheetOf;
    }

    [ThreadStatic] private static Buffers? _buffers;

    /// <summary>
    /// The tokens this thread lexed for <paramref name="document"/> (its non-boilerplate sentences, in runs), or
    /// null when its last document was another; the caller takes them, so the document is not held after.
    /// </summary>
    internal static TokenSheet? TakeTokens(ArticleDocument document)
    {
        var buffers = _buffers;
        if (buffers is null || !ReferenceEquals(buffers.SheetOf, document)) return null;
        buffers.SheetOf = null;
        return buffers.Sheet;
    }

    /// <summary><see cref="ArticleDocument.IsBoilerplate"/> on the layer read once (its getter is a dictionary lookup).</summary>
    internal static bool InBoilerplate(ImmutableArray<Boilerplate> boilerplate, TextSpan span)
    {
        foreach (var b in boilerplate)
            if (b.Span.Overlaps(span)) return true;
        return false;
    }

    /// <summary>
    /// <see cref="InBoilerplate"/> for spans asked in text order (a document's sentences): the boilerplate stage writes whole
    /// lines in text order, so a cursor moves along them and each sentence tests one line, not every line (a page with many
    /// boilerplate lines cost sentences × lines). Lines out of order (or empty) fall back to the full test; so does a span
    /// that starts before the one asked last, from the first line.
    /// </summary>
    internal struct BoilerplateCursor
    {
        private readonly ImmutableArray<Boilerplate> _lines;
        private readonly bool _ordered;
        private int _next, _lastStart;

        public BoilerplateCursor(ImmutableArray<Boilerplate> lines)
        {
            _lines = lines;
            // each line non-empty and ending at or before the next one starts: then their ends rise as their starts do
            bool ordered = true;
            for (int i = 0; i < lines.Length && ordered; i++)
                ordered = lines[i].Span.Start < lines[i].Span.End && (i == 0 || lines[i].Span.Start >= lines[i - 1].Span.End);
            _ordered = ordered;
        }

        public bool Any => _lines.Length > 0;

        /// <summary>True when a boilerplate line overlaps <paramref name="span"/>.</summary>
        public bool Covers(TextSpan span)
        {
            if (!_ordered) return InBoilerplate(_lines, span);
            if (span.Start < _lastStart) _next = 0;
            _lastStart = span.Start;
            // the lines that end after the span starts are those from _next on; the first of them starts earliest
            while (_next < _lines.Length && _lines[_next].Span.End <= span.Start) _next++;
            return _next < _lines.Length && _lines[_next].Span.Start < span.End;
        }
    }

    public override void Run(ArticleDocument document) => document.Times = Find(document);

    internal static ImmutableArray<TimeRef> Find(ArticleDocument document)
    {
        var buffers = _buffers ??= new Buffers();
        var scanner = buffers.Scanner;
        var cands = buffers.Cands;
        var spans = buffers.Spans;
        var sheet = buffers.Sheet;
        sheet.Clear();
        buffers.SheetOf = null;
        cands.Clear();
        spans.Clear();
        var anchor = document.Published ?? Dateline(document, scanner, sheet, cands, spans);
        scanner.Reset(document.Text, anchor);
        var boilerplate = new BoilerplateCursor(document.Has(Layer.Boilerplate) ? document.Boilerplate : ImmutableArray<Boilerplate>.Empty);
        bool hasBoilerplate = boilerplate.Any;
        // Consecutive sentences of one paragraph are scanned as one run, so that a sentence split after an
        // abbreviation ("Aug. | 2") cannot cut a date in two; boilerplate sentences end a run and are skipped.
        var sentences = document.Sentences;
        var text = document.Text;
        // All runs are lexed first and then scanned, so that the lexer's loop and then the matchers each run
        // without the other's code in between (after the foundation, both start cold).
        var runs = buffers.Runs;
        runs.Clear();
        int runStart = -1, runEnd = -1;
        int lastEnd = 0;
        bool ordered = true; // the figure stage finds a sentence's tokens by offset, so they must be in text order
        foreach (var s in sentences)
        {
            bool skip = hasBoilerplate && boilerplate.Covers(s.Span);
            if (!skip) { ordered &= s.Span.Start >= lastEnd; lastEnd = s.Span.End; }
            if (runStart >= 0 && (skip || text.AsSpan(runEnd, Math.Max(0, s.Span.Start - runEnd)).Contains('\n')))
            {
                LexRun(sheet, text, runStart, runEnd, runs);
                runStart = -1;
            }
            if (skip) continue;
            if (runStart < 0) runStart = s.Span.Start;
            runEnd = s.Span.End;
        }
        if (runStart >= 0) LexRun(sheet, text, runStart, runEnd, runs);
        foreach (var run in runs) scanner.ScanLexed(sheet, run.First, run.End, run.FirstMark, run.EndMark, cands, spans);
        if (ordered) buffers.SheetOf = document;
        if (cands.Count == 0) return ImmutableArray<TimeRef>.Empty;
        var result = ImmutableArray.CreateBuilder<TimeRef>(cands.Count);
        int unresolved = 0;
        for (int k = 0; k < cands.Count; k++)
        {
            var c = cands[k];
            var span = spans[k];
            if (c.Invalid)
            {
                document.Report(new Diagnostic("TIME002", Severity.Warning,
                    $"'{span.Of(document.Text)}' at {span} is not a calendar date (no such day in that month); it is left out of the times.", span));
                continue;
            }
            if (c.Relative && anchor is null && c.Value is null && unresolved++ < MaxDiagnostics)
            {
                document.Report(new Diagnostic("TIME001", Severity.Warning,
                    $"'{span.Of(document.Text)}' at {span} is relative but the article has no publication date; its value is left empty. Give the date (--published, or \"date\" in JSONL).", span));
            }
            result.Add(new TimeRef(span, c.Type, c.Value, c.Mod));
        }
        return result.Count == result.Capacity ? result.MoveToImmutable() : result.ToImmutable(); // no copy when every candidate stayed
    }

    private static void LexRun(TokenSheet sheet, string text, int start, int end, List<(int, int, int, int)> runs)
    {
        int first = sheet.Count, firstMark = sheet.MarkedCount;
        Lexer.Lex(text, start, end, sheet);
        runs.Add((first, sheet.Count, firstMark, sheet.MarkedCount));
    }

    /// <summary>How far into an article its dateline may stand: the title, the date line and a little more.</summary>
    private const int DatelineReach = 3;

    /// <summary>
    /// An article with no publication date whose first lines give a full calendar date ("April 27, 2005" under
    /// the title, as wire copy and Wikinews write it) is dated by it: relative times resolve against that
    /// date, and a TIME003 note says so. Never the clock; nothing when no such date stands there.
    /// </summary>
    private static DateOnly? Dateline(ArticleDocument document, TimeScanner scanner, TokenSheet sheet, List<Cand> cands, List<TextSpan> spans)
    {
        var text = document.Text;
        int end = 0;
        for (int line = 0; line < DatelineReach && end < text.Length; line++)
        {
            int nl = text.IndexOf('\n', end);
            end = nl < 0 ? text.Length : nl + 1;
            while (end < text.Length && text[end] == '\n') end++;
        }
        if (end == 0) return null;
        scanner.Reset(text, null);
        foreach (var s in document.Sentences)
        {
            if (s.Span.Start >= end) break;
            scanner.Scan(sheet, new TextSpan(s.Span.Start, Math.Min(s.Span.End, end)), cands, spans);
        }
        DateOnly? found = null;
        for (int k = 0; k < cands.Count && found is null; k++)
        {
            var c = cands[k];
            if (c.Type == TimexType.DATE && !c.Relative && !c.Invalid && c.Point is { G: Gran.Day } day && OpensLine(text, spans[k].Start))
            {
                found = day.Start;
                document.Report(new Diagnostic("TIME003", Severity.Info,
                    $"no publication date; relative times are resolved against the dateline '{spans[k].Of(text)}' ({found:yyyy-MM-dd}).", spans[k]));
            }
        }
        cands.Clear();
        spans.Clear();
        sheet.Clear(); // the article's own pass lexes it again, in its runs
        return found;
    }

    /// <summary>True when at most two words stand before <paramref name="at"/> on its line ("KHARTOUM, March 3, 2005").</summary>
    private static bool OpensLine(string text, int at)
    {
        // (three words take more than 80 characters only in no real dateline: the line's start is not looked for further back)
        int lineStart = Sitrep.Extraction.Dateline.LineStart(text, at, 80);
        if (lineStart < 0) return false;
        int words = 0;
        bool inWord = false;
        for (int i = lineStart; i < at; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words <= 2;
    }
}
