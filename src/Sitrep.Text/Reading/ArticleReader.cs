using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;

namespace Sitrep.Text.Reading;

/// <summary>
/// Reads article files into <see cref="RawArticle"/>s. Bad inputs become <see cref="InputError"/>s
/// naming the input with a one-line reason (stable codes in <see cref="InputCodes"/>); reading goes on
/// with the rest. Exceptions are for bugs only.
/// <list type="bullet">
/// <item>.txt (and any other name): decoded by <see cref="TextDecoder"/>; the first non-empty line is the
/// title. Publication date, source and URL come from a sidecar <c>NAME.meta.json</c>
/// (<c>{"published": "2024-03-04", "source": "Meridian Wire", "url": "https://…"}</c>) when one sits next
/// to <c>NAME.txt</c>.</item>
/// <item>.html / .htm / .xhtml, or any file that starts like an HTML page: <see cref="HtmlArticleParser"/>.</item>
/// <item>.jsonl / .ndjson: one <c>{"id","text","date","source","url","title"}</c> object a line, streamed.</item>
/// <item>NAME.EXT.gz: decompressed (with the same size cap on the result), then read as NAME.EXT.</item>
/// </list>
/// In a directory, hidden files, <c>*.json</c> (sidecars, gold) and <c>*.md</c> are not articles and are skipped.
/// </summary>
public static class ArticleReader
{
    /// <summary>One article file (or decompressed .gz) may be at most this big; bigger is not an article.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>JSONL dumps are streamed, so they may be big; one line (one article) may not.</summary>
    public const long MaxJsonlBytes = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// <see cref="ReadPaths(IEnumerable{string})"/> with the files of each directory read and decoded on all
    /// cores (HTML conversion is the costly part); results keep the same order.
    /// </summary>
    public static IEnumerable<Result> ReadPathsParallel(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!Directory.Exists(path)) { foreach (var r in ReadFile(path)) yield return r; continue; }
            var files = ListArticleFiles(path, out var error);
            if (error is not null) yield return Result.Fail(error);
            var results = new List<Result>[files.Count];
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => results[i] = ReadFile(files[i]).ToList());
            foreach (var list in results) foreach (var r in list) yield return r;
        }
    }

    public static IEnumerable<Result> ReadPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = ListArticleFiles(path, out var error);
                if (error is not null) yield return Result.Fail(error);
                foreach (var file in files)
                    foreach (var r in ReadFile(file)) yield return r;
            }
            else
            {
                foreach (var r in ReadFile(path)) yield return r;
            }
        }
    }

    /// <summary>The article files under a directory, in ordinal order; an unlistable directory gives an error.</summary>
    private static List<string> ListArticleFiles(string dir, out InputError? error)
    {
        error = null;
        try
        {
            return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => IsArticleFile(Path.GetRelativePath(dir, f)))
                .Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new InputError(dir, InputCodes.Unreadable, $"cannot list directory: {OneLine(e.Message)}");
            return [];
        }
    }

    /// <summary>Whether a file found while walking a directory is an article (named files are always read).</summary>
    /// <summary>True for NAME.meta.json sidecars and files under hidden folders: never articles themselves.</summary>
    public static bool IsSidecarOrHidden(string relativePath)
    {
        foreach (var part in relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
            if (part.StartsWith('.')) return true;
        return relativePath.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsArticleFile(string relativePath)
    {
        foreach (var part in relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
            if (part.StartsWith('.')) return false;
        var name = Path.GetFileName(relativePath);
        return !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<Result> ReadFile(string path)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
                return [Result.Fail(new InputError(path, InputCodes.NotFound, Directory.Exists(path) ? "is a directory" : "no such file or directory"))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return [Result.Fail(new InputError(path, InputCodes.Unreadable, $"cannot read: {e.Message}"))];
        }

        var name = info.Name;
        bool gz = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var inner = gz ? name[..^3] : name;
        var ext = Path.GetExtension(inner).ToLowerInvariant();
        bool jsonl = ext is ".jsonl" or ".ndjson";

        // Checked before reading a byte, so a 100 MB mistake is refused at once.
        long cap = jsonl ? MaxJsonlBytes : MaxFileBytes;
        if (info.Length > cap)
            return [Result.Fail(new InputError(path, InputCodes.TooLarge, $"file is {Mb(info.Length)}; an article file may be at most {Mb(cap)} (split it, or use .jsonl with one article a line)"))];
        if (info.Length == 0)
            return [Result.Fail(new InputError(path, InputCodes.Empty, "file is empty (0 bytes)"))];

        if (jsonl)
        {
            // A dump is streamed, but a binary file misnamed .jsonl would be one giant "line": sniff its head first.
            if (!gz && SniffBinary(path) is { } why) return [Result.Fail(new InputError(path, InputCodes.Binary, why))];
            return ReadJsonLinesFile(path, gz);
        }

        byte[] bytes;
        try
        {
            bytes = gz ? Gunzip(path) : File.ReadAllBytes(path);
        }
        catch (InvalidDataException e)
        {
            return [Result.Fail(new InputError(path, InputCodes.Gzip, e.Message))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Result.Fail(new InputError(path, InputCodes.Unreadable, $"cannot read: {OneLine(e.Message)}"))];
        }
        // Unnamed gzip (a .txt that is really compressed) is read too: its magic bytes say so.
        if (!gz && bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            try { bytes = GunzipBytes(bytes); }
            catch (InvalidDataException e) { return [Result.Fail(new InputError(path, InputCodes.Gzip, e.Message))]; }
        }
        if (gz && bytes.Length == 0)
            return [Result.Fail(new InputError(path, InputCodes.Gzip, "gzip archive is empty or truncated"))];
        var meta = ReadSidecar(path, inner, out var metaWarning);
        var result = FromBytes(path, bytes, ext, meta);
        if (metaWarning is not null && result.Article is not null) result = result with { Warning = metaWarning };
        return [result];
    }

    /// <summary>Reads an article from raw bytes (a file's or stdin's). <paramref name="ext"/> hints the format (".html").</summary>
    public static Result FromBytes(string name, ReadOnlySpan<byte> bytes, string ext, InputLineJson? meta = null)
    {
        if (bytes.Length == 0) return Result.Fail(new InputError(name, InputCodes.Empty, "input is empty (0 bytes)"));
        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Ok) return Result.Fail(new InputError(name, decoded.ErrorCode!, decoded.Reason!));
        var warning = decoded.Warning is null ? null : new InputError(name, InputCodes.Fallback, decoded.Warning);
        var text = decoded.Text!;
        if (text.AsSpan().Trim().IsEmpty)
            return Result.Fail(new InputError(name, InputCodes.Empty, $"no text ({bytes.Length} bytes of whitespace)"));

        if (ext is ".html" or ".htm" or ".xhtml" || (ext is not ".txt" and not ".text" && LooksLikeHtml(text)))
        {
            var page = HtmlArticleParser.Parse(text);
            if (page.BodyBlocks == 0)
                return Result.Fail(new InputError(name, InputCodes.NoContent, "HTML page has no article text (no <body> or <article> content)"));
            var article = new RawArticle(name, page.Text,
                meta?.Source ?? page.Source, meta?.Url ?? page.Url, ParseMetaDate(meta) ?? page.Published, meta?.Title ?? page.Title)
            { HtmlMap = page.Map };
            return new Result(article, null) { Warning = warning };
        }
        return new Result(new RawArticle(name, text, meta?.Source, meta?.Url, ParseMetaDate(meta), meta?.Title), null) { Warning = warning };
    }

    /// <summary>Reads a stream (stdin) with the same cap and decoding as a file; JSONL when it starts with '{'.</summary>
    public static IEnumerable<Result> ReadStream(string name, Stream stream)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > MaxFileBytes)
                return [Result.Fail(new InputError(name, InputCodes.TooLarge, $"input exceeds {Mb(MaxFileBytes)}; an article may be at most that (use a .jsonl file for many articles)"))];
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var trimmed = bytes.TrimStart(" \t\r\n\uFEFF"u8);
        if (trimmed.Length > 0 && trimmed[0] == (byte)'{')
        {
            var decoded = TextDecoder.Decode(bytes);
            if (!decoded.Ok) return [Result.Fail(new InputError(name, decoded.ErrorCode!, decoded.Reason!))];
            return ReadJsonLines(name, decoded.Text!);
        }
        return [FromBytes(name, bytes, "")];
    }

    public static IEnumerable<Result> ReadJsonLines(string name, string content) =>
        ReadJsonLines(name, new StringReader(content));

    /// <summary>
    /// Why a line is no article, in the user's terms: the serializer's own message names .NET types and byte positions
    /// ("could not be converted to System.String. Path: $.date | LineNumber: 0 | BytePositionInLine: 86").
    /// </summary>
    private static string JsonLineError(JsonException e) =>
        e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) && e.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"\"{path[2..].Split('[')[0]}\" must be a string (in quotes)"
            : $"not JSON (invalid at column {(e.BytePositionInLine ?? 0) + 1})";

    public static IEnumerable<Result> ReadJsonLines(string name, TextReader reader)
    {
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.AsSpan().Trim().IsEmpty) continue;
            var where = $"{name}:{lineNo}";
            if (line.Length > MaxFileBytes / 2)
            {
                yield return Result.Fail(new InputError(where, InputCodes.TooLarge, $"line is {Mb(line.Length * 2L)}; one article may be at most {Mb(MaxFileBytes)}"));
                continue;
            }
            InputLineJson? row = null;
            string? error = null;
            try { row = JsonSerializer.Deserialize(line, ContractJsonContext.Default.InputLineJson); }
            catch (JsonException e) { error = JsonLineError(e); }
            if (row is null || row.Text is null)
            {
                yield return Result.Fail(new InputError(where, InputCodes.Json, error ?? "line has no \"text\" field"));
                continue;
            }
            if (row.Text.AsSpan().Trim().IsEmpty)
            {
                yield return Result.Fail(new InputError(where, InputCodes.Empty, "\"text\" is empty"));
                continue;
            }
            yield return Result.Ok(new RawArticle(row.Id ?? where, row.Text, row.Source, row.Url, ParseMetaDate(row), row.Title, null))
                with { Warning = BadDate(where, row) };
        }
    }

    private static IEnumerable<Result> ReadJsonLinesFile(string path, bool gz)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
            if (gz) stream = new GZipStream(stream, CompressionMode.Decompress);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Result.Fail(new InputError(path, InputCodes.Unreadable, $"cannot read: {OneLine(e.Message)}"))];
        }
        return Stream(path, stream);

        static IEnumerable<Result> Stream(string path, Stream stream)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var e = ReadJsonLines(path, reader).GetEnumerator();
            while (true)
            {
                Result next;
                bool broken = false;
                try
                {
                    if (!e.MoveNext()) yield break;
                    next = e.Current;
                }
                catch (InvalidDataException ex)
                {
                    next = Result.Fail(new InputError(path, InputCodes.Gzip, OneLine(ex.Message)));
                    broken = true;
                }
                yield return next;
                if (broken) yield break;
            }
        }
    }

    private static string? SniffBinary(string path)
    {
        try
        {
            using var f = File.OpenRead(path);
            var head = new byte[4096];
            int n = f.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var d = TextDecoder.Decode(head.AsSpan(0, n));
            return d.ErrorCode == InputCodes.Binary ? d.Reason : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the streaming read reports it
        }
    }

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        return GunzipStream(file);
    }

    private static byte[] GunzipBytes(byte[] bytes)
    {
        using var ms = new MemoryStream(bytes);
        return GunzipStream(ms);
    }

    /// <summary>Decompresses with the article cap applied to the output: a small .gz must not inflate to gigabytes.</summary>
    private static byte[] GunzipStream(Stream compressed)
    {
        using var gz = new GZipStream(compressed, CompressionMode.Decompress);
        var output = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = gz.Read(chunk, 0, chunk.Length)) > 0)
        {
            output.Write(chunk, 0, n);
            if (output.Length > MaxFileBytes)
                throw new InvalidDataException($"decompresses to more than {Mb(MaxFileBytes)}; an article may be at most that");
        }
        return output.ToArray();
    }

    /// <summary>NAME.meta.json next to NAME.txt (or NAME.txt.gz): publication date, source, URL, title.</summary>
    private static InputLineJson? ReadSidecar(string path, string innerName, out InputError? warning)
    {
        warning = null;
        var dir = Path.GetDirectoryName(path);
        var stem = Path.GetFileNameWithoutExtension(innerName);
        var sidecar = Path.Combine(string.IsNullOrEmpty(dir) ? "." : dir, stem + ".meta.json");
        if (!File.Exists(sidecar)) return null;
        try
        {
            var meta = JsonSerializer.Deserialize(File.ReadAllText(sidecar), ContractJsonContext.Default.InputLineJson);
            warning = BadDate(sidecar, meta);
            return meta;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            warning = new InputError(sidecar, InputCodes.Meta, $"sidecar ignored: {OneLine(e.Message)}");
            return null;
        }
    }

    /// <summary>A publication date that is given but is no date ("2025-02-31", "yesterday"): ignored, so relative times stay unresolved.</summary>
    private static InputError? BadDate(string where, InputLineJson? row) =>
        row is not null && (row.Published ?? row.Date ?? row.Dct) is { } d && ParseMetaDate(row) is null
            ? new InputError(where, InputCodes.Meta, $"publication date '{d}' is not a date (YYYY-MM-DD); ignored, so relative times stay unresolved")
            : null;

    private static DateOnly? ParseMetaDate(InputLineJson? row) =>
        row is null ? null : HtmlArticleParser.ParseDate(row.Published ?? row.Date ?? row.Dct);

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<") && head.IndexOf("<body", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    private static string Mb(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} KB";

    private static string OneLine(string s)
    {
        int i = s.IndexOfAny(['\r', '\n']);
        return i < 0 ? s : s[..i];
    }

    /// <summary>An article or why there is none; <see cref="Warning"/> notes a recoverable problem (e.g. Windows-1252 fallback).</summary>
    public readonly record struct Result(RawArticle? Article, InputError? Error)
    {
        public InputError? Warning { get; init; }
        public static Result Ok(RawArticle a) => new(a, null);
        public static Result Fail(InputError e) => new(null, e);
    }
}
