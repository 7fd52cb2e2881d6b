namespace Sitrep.Knowledge.Geo;

/// <summary>
/// Folds a name to its index key: lower case, Latin diacritics removed (Alép → alep, Ḩalab → halab),
/// curly apostrophes made straight, hyphens and runs of spaces made one space. The index and the
/// matcher use the same function, so a key is found whatever accents or hyphens the article uses.
/// (String.Normalize is not available under invariant globalization, hence the tables.)
/// </summary>
public static class GeoText
{
    // Base letter of U+00C0..U+024F and U+1E00..U+1EFF ('\0' = not a letter we fold); from Unicode decompositions.
    private const string Latin1Ext = "aaaaaaaceeeeiiiidnooooo\0ouuuuytsaaaaaaaceeeeiiiidnooooo\0ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkkllllllllllnnnnnn\0nnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0f\0\0\0\0\0\0\0\0\0\0\0\0\0oo\0\0\0\0\0\0\0\0\0\0\0\0\0uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aaiioouuuuuuuuuu\0aaaa\0\0\0\0ggkkoooo\0\0j\0\0\0gg\0\0nnaa\0\0\0\0aaaaeeeeiiiioooorrrruuuusstt\0\0hh\0\0\0\0\0\0aaeeooooooooyy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
    private const string LatinAdditional = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\0\0\0\0\0\0aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\0\0\0\0\0\0";

    public const int MaxKeyLength = 96;

    /// <summary>The folded form of one character, or '\0' when it cannot be part of a name key.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            if (c >= 'A' && c <= 'Z') return (char)(c + 32);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '\'' || c == '&' || c == '(' || c == ')') return c;
            if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' || c == '/') return ' ';
            return '\0';
        }
        if (c >= 0xC0 && c < 0x250) return Latin1Ext[c - 0xC0];
        if (c >= 0x1E00 && c < 0x1F00) return LatinAdditional[c - 0x1E00];
        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '`' or '\u00B4' => '\'',
            '\u00A0' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => ' ',
            _ => char.IsLetter(c) ? char.ToLowerInvariant(c) : '\0',
        };
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="buffer"/>; returns its length, or -1 when the name has a character keys cannot hold or is too long.</summary>
    public static int Key(ReadOnlySpan<char> name, Span<char> buffer)
    {
        int n = 0;
        bool space = false;
        foreach (var c in name)
        {
            var f = Fold(c);
            if (f == '\0') return -1;
            if (f == ' ') { space = n > 0; continue; }
            if (space) { if (n >= buffer.Length) return -1; buffer[n++] = ' '; space = false; }
            if (n >= buffer.Length) return -1;
            buffer[n++] = f;
        }
        return n;
    }

    public static string? Key(string name)
    {
        Span<char> buf = stackalloc char[MaxKeyLength];
        int n = Key(name, buf);
        return n <= 0 ? null : new string(buf[..n]);
    }

    /// <summary>Stable FNV-1a hash of a key; the binary index stores slots by it, so it must never change without bumping the index version.</summary>
    public static uint Hash(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (var c in key) { h ^= c; h *= 16777619; }
        // Final avalanche (murmur3 fmix32): FNV's low bits cluster, and the table indexes by low bits.
        h ^= h >> 16; h *= 0x85ebca6b; h ^= h >> 13; h *= 0xc2b2ae35; h ^= h >> 16;
        return h;
    }
}
