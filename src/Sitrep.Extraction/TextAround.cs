using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>Small readings of the raw text around an offset, shared by the stages that work on characters, not tokens.</summary>
internal static class TextAround
{
    /// <summary>The run of letters that ends right before <paramref name="at"/>, spaces skipped (empty when none).</summary>
    public static ReadOnlySpan<char> WordBefore(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text.AsSpan(start, end - start);
    }

    /// <summary>The run of letters that starts right after <paramref name="at"/>, spaces skipped (empty when none).</summary>
    public static ReadOnlySpan<char> WordAfter(string text, int at)
    {
        int start = at;
        while (start < text.Length && text[start] == ' ') start++;
        int end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text.AsSpan(start, end - start);
    }

    /// <summary>Words that make what a sentence counts or tells a whole war's: "the war", "the conflict", "the insurgency".</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WarWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "war", "conflict", "insurgency", "uprising", "invasion" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a run of letters inside <paramref name="span"/> is one of <paramref name="words"/>.</summary>
    public static bool HasWord(string text, TextSpan span, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        for (int i = span.Start; i < span.End;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int j = i;
            while (j < span.End && char.IsLetter(text[j])) j++;
            if (words.Contains(text.AsSpan(i, j - i))) return true;
            i = j;
        }
        return false;
    }

    /// <summary>
    /// The index of the item of <paramref name="items"/> (in text order) whose span (<paramref name="spanOf"/>) holds
    /// <paramref name="offset"/>, by halving; when none does, the complement of the index of the first item after it (as
    /// <see cref="List{T}.BinarySearch(T)"/> answers).
    /// </summary>
    public static int IndexHolding<T>(ReadOnlySpan<T> items, Func<T, TextSpan> spanOf, int offset)
    {
        int lo = 0, hi = items.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = spanOf(items[mid]);
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return ~lo;
    }
}
