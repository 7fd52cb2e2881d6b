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

    [ThreadStatic] private static TimeScanner? _scanner;
    [ThreadStatic] private static List<Cand>? _cands;
    [ThreadStatic] private static List<TextSpan>? _spans;
    // The tokens of the last document this thread read, for the figure stage (which reads the same sentences).
    [ThreadStatic] private static TokenSheet? _sheet;
    [ThreadStatic] private static ArticleDocument? _sheetOf;

    /// <summary>
    /// The tokens this thread lexed for <paramref name="document"/> (its non-boilerplate sentences, in runs), or
    /// null when its last document was another; the caller takes them, so the document is not held after.
    /// </summary>
    internal static TokenSheet? TakeTokens(ArticleDocument document)
    {
        if (!ReferenceEquals(_sheetOf, document)) return null;
        _sheetOf = null;
        return _sheet;
    }

    public override void Run(ArticleDocument document) => document.Times = Find(document);

    internal static ImmutableArray<TimeRef> Find(ArticleDocument document)
    {
        var scanner = _scanner ??= new TimeScanner();
        var cands = _cands ??= new List<Cand>();
        var spans = _spans ??= new List<TextSpan>();
        var sheet = _sheet ??= new TokenSheet();
        sheet.Clear();
        _sheetOf = null;
        cands.Clear();
        spans.Clear();
        scanner.Reset(document.Text, document.Published);
        bool hasBoilerplate = document.Has(Layer.Boilerplate) && document.Boilerplate.Length > 0;
        // Consecutive sentences of one paragraph are scanned as one run, so that a sentence split after an
        // abbreviation ("Aug. | 2") cannot cut a date in two; boilerplate sentences end a run and are skipped.
        var sentences = document.Sentences;
        var text = document.Text;
        int runStart = -1, runEnd = -1;
        int lastEnd = 0;
        bool ordered = true; // the figure stage finds a sentence's tokens by offset, so they must be in text order
        foreach (var s in sentences)
        {
            bool skip = hasBoilerplate && document.IsBoilerplate(s.Span);
            if (!skip) { ordered &= s.Span.Start >= lastEnd; lastEnd = s.Span.End; }
            if (runStart >= 0 && (skip || text.AsSpan(runEnd, Math.Max(0, s.Span.Start - runEnd)).Contains('\n')))
            {
                scanner.Scan(sheet, new TextSpan(runStart, runEnd), cands, spans);
                runStart = -1;
            }
            if (skip) continue;
            if (runStart < 0) runStart = s.Span.Start;
            runEnd = s.Span.End;
        }
        if (runStart >= 0) scanner.Scan(sheet, new TextSpan(runStart, runEnd), cands, spans);
        if (ordered) _sheetOf = document;
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
            if (c.Relative && document.Published is null && c.Value is null && unresolved++ < MaxDiagnostics)
            {
                document.Report(new Diagnostic("TIME001", Severity.Warning,
                    $"'{span.Of(document.Text)}' at {span} is relative but the article has no publication date; its value is left empty. Give the date (--published, or \"date\" in JSONL).", span));
            }
            result.Add(new TimeRef(span, c.Type, c.Value, c.Mod));
        }
        return result.ToImmutable();
    }
}
