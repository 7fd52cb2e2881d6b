namespace Sitrep.Text;

/// <summary>
/// One bit per (length, first letter, second letter) of a word list: a word whose shape no list word has cannot
/// be in the list, so hot paths rule most words out before a case-insensitive hash lookup. 1.4 KB, small enough
/// to stay in the cache. Words the bits cannot describe (one letter, longer than 15, not ASCII letters) always
/// pass; a list word the bits cannot describe lets every word pass. Immutable once built.
/// </summary>
public sealed class WordShapeFilter
{
    private const int MaxLength = 15;
    private readonly ulong[] _bits = new ulong[((MaxLength + 1) * 26 * 26 + 63) / 64];

    public WordShapeFilter(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            if (Bit(w) is not { } bit) { Array.Fill(_bits, ulong.MaxValue); break; }
            _bits[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>False only when no list word has this word's shape.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => Bit(word) is not { } bit || (_bits[bit >> 6] & (1UL << bit)) != 0;

    private static int? Bit(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > MaxLength) return null;
        int a = (w[0] | 0x20) - 'a', b = (w[1] | 0x20) - 'a';
        if ((uint)a >= 26 || (uint)b >= 26) return null;
        return (w.Length * 26 + a) * 26 + b;
    }
}
