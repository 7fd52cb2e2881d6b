namespace Sitrep.Extraction.Syntax;

/// <summary>
/// 64-bit hashing for perceptron features. Features are never stored as strings: a template id and
/// the hashes of its parts are mixed into one key, so training and tagging allocate nothing per feature.
/// Key 0 is reserved (empty slot in the model's table), so every key has its low bit set.
/// </summary>
internal static class FeatureHash
{
    private const ulong Prime = 0x100000001b3UL;
    private const ulong Offset = 0xcbf29ce484222325UL;

    /// <remarks>
    /// Curly quotes and apostrophes hash as straight ones: news text writes "government’s" where the treebanks
    /// mostly write "government's", and the models should see one word.
    /// </remarks>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (var c in s) { h ^= Straight(c); h *= Prime; }
        return Finish(h);
    }

    /// <summary>Hash of the lower-cased characters, without allocating the lower-cased string.</summary>
    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (var c in s) { h ^= char.ToLowerInvariant(Straight(c)); h *= Prime; }
        return Finish(h);
    }

    private static char Straight(char c) => c switch
    {
        '\u2019' or '\u2018' => '\'',
        '\u201C' or '\u201D' => '"',
        _ => c,
    };

    public static ulong Of(string s) => Of(s.AsSpan());

    public static ulong Finish(ulong h)
    {
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53UL; h ^= h >> 33;
        return h;
    }

    public static ulong Mix(ulong a, ulong b) => Finish(a * 0x9E3779B97F4A7C15UL + b + 0x632BE59BD9B4E019UL);

    public static ulong Key(int template, ulong a) => Mix((ulong)template * 0xD6E8FEB86659FD93UL, a) | 1UL;
    public static ulong Key(int template, ulong a, ulong b) => Mix(Mix((ulong)template * 0xD6E8FEB86659FD93UL, a), b) | 1UL;
    public static ulong Key(int template, ulong a, ulong b, ulong c) => Mix(Mix(Mix((ulong)template * 0xD6E8FEB86659FD93UL, a), b), c) | 1UL;
}
