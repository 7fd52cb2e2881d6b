using System.Text;

namespace Sitrep.Text.Reading;

/// <summary>What decoding a byte buffer gave: the text (or why there is none) and how it was read.</summary>
public readonly record struct Decoded(string? Text, string Encoding, string? ErrorCode, string? Reason, string? Warning)
{
    public bool Ok => Text is not null;

    internal static Decoded Fail(string code, string reason) => new(null, "", code, reason, null);
}

/// <summary>
/// Turns the bytes of an article file into text: UTF-8 (BOM or not), UTF-16 LE/BE (BOM, or the
/// tell-tale zero bytes of BOM-less ASCII-range UTF-16), and Windows-1252 when the bytes are not valid
/// UTF-8 (old CMS exports and Word-pasted pages). Binary files are refused rather than decoded into
/// noise that later stages would try to read as English.
/// </summary>
public static class TextDecoder
{
    // Windows-1252 differs from Latin-1 only in 0x80–0x9F; five of those bytes are unassigned (0).
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    ];

    /// <summary>How many leading bytes the binary sniffing looks at; enough for any header, cheap on big files.</summary>
    private const int SniffBytes = 8192;

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Utf8(bytes[3..], "utf-8-bom");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Utf16(bytes[2..], bigEndian: false, "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Utf16(bytes[2..], bigEndian: true, "utf-16be");

        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (head.IndexOf((byte)0) >= 0)
        {
            var bomless = GuessBomlessUtf16(head);
            if (bomless is { } bigEndian) return Utf16(bytes, bigEndian, bigEndian ? "utf-16be" : "utf-16le");
            return Decoded.Fail(InputCodes.Binary, $"binary file (NUL byte at offset {head.IndexOf((byte)0)}), not text");
        }
        if (LooksBinary(head, out var why)) return Decoded.Fail(InputCodes.Binary, why);
        return Utf8(bytes, "utf-8");
    }

    private static Decoded Utf8(ReadOnlySpan<byte> bytes, string name)
    {
        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status == System.Buffers.OperationStatus.Done)
            return new Decoded(new string(chars, 0, written), name, null, null, null);
        int at = read;
        var text = Windows1252(bytes, out int undefinedAt);
        if (text is null)
            return Decoded.Fail(InputCodes.Encoding,
                $"neither UTF-8 (invalid byte 0x{bytes[at]:X2} at offset {at}) nor Windows-1252 (unassigned byte 0x{bytes[undefinedAt]:X2} at offset {undefinedAt}); re-save the file as UTF-8");
        return new Decoded(text, "windows-1252", null, null,
            $"not valid UTF-8 (byte 0x{bytes[at]:X2} at offset {at}); read as Windows-1252");
    }

    private static Decoded Utf16(ReadOnlySpan<byte> bytes, bool bigEndian, string name)
    {
        var enc = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            var text = enc.GetString(bytes[..(bytes.Length & ~1)]);
            if (text.Contains('\0')) return Decoded.Fail(InputCodes.Binary, $"binary file (NUL character in {name} text), not text");
            return new Decoded(text, name, null, null, null);
        }
        catch (DecoderFallbackException e)
        {
            return Decoded.Fail(InputCodes.Encoding, $"invalid {name} (unpaired surrogate at byte {e.Index}); re-save the file as UTF-8");
        }
    }

    /// <summary>Decodes as Windows-1252; null when a byte is unassigned there (then it is not 1252 text either).</summary>
    public static string? Windows1252(ReadOnlySpan<byte> bytes, out int undefinedAt)
    {
        undefinedAt = -1;
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b is >= 0x80 and <= 0x9F)
            {
                char c = Cp1252High[b - 0x80];
                if (c == '\0') { undefinedAt = i; return null; }
                chars[i] = c;
            }
            else chars[i] = (char)b;
        }
        return new string(chars);
    }

    /// <summary>
    /// English text saved as UTF-16 without a BOM has a zero in every other byte. Returns the byte order
    /// when the head looks like that, else null (then the zeros mean binary).
    /// </summary>
    private static bool? GuessBomlessUtf16(ReadOnlySpan<byte> head)
    {
        int pairs = head.Length / 2;
        if (pairs < 4) return null;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenZero++;
            if (head[i + 1] == 0) oddZero++;
        }
        if (oddZero >= pairs * 9 / 10 && evenZero == 0) return false;
        if (evenZero >= pairs * 9 / 10 && oddZero == 0) return true;
        return null;
    }

    /// <summary>Control characters other than tab/newline/form feed are rare in text and common in binaries.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head, out string why)
    {
        why = "";
        if (head.StartsWith("%PDF-"u8)) { why = "PDF document, not text; convert it to text first"; return true; }
        if (head.StartsWith("PK\u0003\u0004"u8)) { why = "ZIP archive (or .docx/.xlsx), not text"; return true; }
        int control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C) || b == 0x7F) control++;
        if (head.Length > 0 && control * 20 > head.Length)
        {
            why = $"binary file ({control} control bytes in the first {head.Length}), not text";
            return true;
        }
        return false;
    }
}

/// <summary>Stable codes of input diagnostics; scripts may match on them.</summary>
public static class InputCodes
{
    public const string NotFound = "E_NOT_FOUND";
    public const string Unreadable = "E_UNREADABLE";
    public const string TooLarge = "E_TOO_LARGE";
    public const string Empty = "E_EMPTY";
    public const string Binary = "E_BINARY";
    public const string Encoding = "E_ENCODING";
    public const string Gzip = "E_GZIP";
    public const string Json = "E_JSON";
    public const string NoContent = "E_NO_CONTENT";
    public const string Meta = "W_META";
    public const string Fallback = "W_ENCODING";
}
