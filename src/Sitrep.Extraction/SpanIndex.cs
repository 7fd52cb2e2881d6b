using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>
/// A layer's items by where their span starts, for the items of one stretch of text: a stage that asks about every
/// sentence or phrase of a long article would otherwise read the whole layer each time, and take time that grows with
/// the square of the article's length. The index of the layer last asked about is kept per thread (an article is read
/// on one thread); a short layer is simply read through.
/// </summary>
internal static class SpanIndex<T>
{
    private const int IndexFrom = 32;

    [ThreadStatic] private static T[]? _indexed;
    [ThreadStatic] private static int[]? _byStart;
    [ThreadStatic] private static int[]? _starts;
    [ThreadStatic] private static int _longest;

    /// <summary>
    /// Indices of the items whose span (<paramref name="spanOf"/>) starts at or after <paramref name="from"/> and at or
    /// before <paramref name="to"/>, in the layer's own order, into <paramref name="into"/> (cleared first).
    /// </summary>
    public static void Starting(ImmutableArray<T> items, Func<T, TextSpan> spanOf, int from, int to, List<int> into)
    {
        into.Clear();
        if (items.Length < IndexFrom)
        {
            for (int i = 0; i < items.Length; i++)
                if (spanOf(items[i]).Start is var s && s >= from && s <= to) into.Add(i);
            return;
        }
        Index(items, spanOf);
        Range(from, to, into);
    }

    /// <summary>
    /// Indices, in the layer's order, of the items that may hold all of <paramref name="span"/>: at least those that do
    /// (the caller tests each). A short layer: all of them.
    /// </summary>
    public static void Covering(ImmutableArray<T> items, Func<T, TextSpan> spanOf, TextSpan span, List<int> into)
    {
        into.Clear();
        if (items.Length < IndexFrom)
        {
            for (int i = 0; i < items.Length; i++) into.Add(i);
            return;
        }
        Index(items, spanOf);
        Range(span.End - _longest, span.Start, into);
    }

    private static void Index(ImmutableArray<T> items, Func<T, TextSpan> spanOf)
    {
        var array = ImmutableCollectionsMarshal.AsArray(items)!;
        if (ReferenceEquals(array, _indexed)) return;
        var order = new int[array.Length];
        var starts = new int[array.Length];
        int longest = 0;
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
            var sp = spanOf(array[i]);
            starts[i] = sp.Start;
            longest = Math.Max(longest, sp.Length);
        }
        Array.Sort(starts, order); // by start; equal starts keep no promised order, hence the sort of each answer
        _byStart = order; _starts = starts; _longest = longest; _indexed = array;
    }

    private static void Range(int from, int to, List<int> into)
    {
        var byStart = _byStart!; var at = _starts!;
        int lo = 0, hi = at.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (at[mid] >= from) hi = mid; else lo = mid + 1;
        }
        for (int k = lo; k < at.Length && at[k] <= to; k++) into.Add(byStart[k]);
        into.Sort();
    }
}
