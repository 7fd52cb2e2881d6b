using System.Runtime.CompilerServices;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// 64-bit hashing of token text and of feature templates. Features are never strings: the tagger must
/// run at hundreds of thousands of tokens a second, so every feature is a hash of a template id and
/// the hashes of the token properties it joins. Changing anything here invalidates trained models
/// (bump <see cref="NerModel.FormatVersion"/>).
/// </summary>
internal static class NerHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a step over one UTF-16 unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong h, char c) => (h ^ c) * Prime;

    /// <summary>splitmix64 finaliser: spreads FNV's weak low bits before table indexing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a) => Mix(a + (ulong)template * 0x9E3779B97F4A7C15UL) | 1UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) =>
        Mix(Mix(a + (ulong)template * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL)) | 1UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) =>
        Mix(Mix(Mix(a + (ulong)template * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL)) ^ (c * 0x165667B19E3779F9UL)) | 1UL;

    /// <summary>
    /// The folded form words are compared in: lower case, digits as '0', typographic quotes and
    /// dashes as their ASCII forms (news text mixes ’ and ' freely).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128)
        {
            if (c is >= 'A' and <= 'Z') return (char)(c + 32);
            if (c is >= '0' and <= '9') return '0';
            return c;
        }
        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' => '\'',
            '\u201C' or '\u201D' => '"',
            '\u2013' or '\u2014' => '-',
            _ => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c),
        };
    }

    /// <summary>Hash of a token's folded form; the key for word features and lexicon look-ups.</summary>
    public static ulong Folded(ReadOnlySpan<char> token)
    {
        ulong h = Seed;
        foreach (var c in token) h = Step(h, Fold(c));
        return h;
    }

    /// <summary>Joins token hashes into a phrase key (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Phrase(ulong phrase, ulong token) => Mix(phrase * 31 + token) | 1UL;

    public const ulong PhraseStart = 0x5EED5EED5EED5EEDUL;
}
