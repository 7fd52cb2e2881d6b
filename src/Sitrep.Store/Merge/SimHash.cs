using System.Numerics;

namespace Sitrep.Store.Merge;

/// <summary>
/// 64-bit SimHash over word 3-shingles. Syndicated wire copy with a changed headline, dateline or a few
/// edited words lands within a few bits of the original, while unrelated articles differ in ~32 bits.
/// </summary>
public static class SimHash
{
    /// <summary>
    /// Copies within this many differing bits are near-duplicates. Up to 3 is always found by the band index;
    /// 4 or 5 when one of the four bands survives intact, which is most of the time.
    /// </summary>
    public const int MaxDistance = 5;

    /// <summary>Shorter texts give unstable hashes (a few words swing many bits), so they are never matched.</summary>
    public const int MinWords = 40;

    public static ulong Of(string text, out int words)
    {
        // Syndicators retitle wire copy, so a short first line (the headline) is left out of the hash.
        int nl = text.IndexOf('\n');
        var tokens = Words(nl > 0 && nl < 200 && nl < text.Length - 1 ? text[(nl + 1)..] : text);
        words = tokens.Count;
        Span<int> v = stackalloc int[64];
        for (int i = 0; i + 2 < tokens.Count; i++)
        {
            var h = Fnv(tokens[i], Fnv(tokens[i + 1], Fnv(tokens[i + 2], 14695981039346656037UL)));
            for (int b = 0; b < 64; b++) v[b] += ((h >> b) & 1) == 1 ? 1 : -1;
        }
        ulong r = 0;
        for (int b = 0; b < 64; b++) if (v[b] > 0) r |= 1UL << b;
        return r;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>
    /// Four 16-bit bands. Two hashes within <see cref="MaxDistance"/> bits share at least one band
    /// (pigeonhole), so an index on the bands finds every candidate.
    /// </summary>
    public static int Band(ulong hash, int i) => (int)((hash >> (16 * i)) & 0xFFFF);

    private static List<string> Words(string text)
    {
        var list = new List<string>(text.Length / 6);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int s = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i > s) list.Add(text.Substring(s, i - s).ToLowerInvariant());
        }
        return list;
    }

    private static ulong Fnv(string s, ulong h)
    {
        foreach (var c in s) { h ^= c; h *= 1099511628211UL; }
        h ^= 0x20; h *= 1099511628211UL;
        // Final mix so that neighbouring shingles spread over all 64 bits.
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33;
        return h;
    }
}
