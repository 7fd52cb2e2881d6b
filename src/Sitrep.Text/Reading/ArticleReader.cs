using System.Text;
using System.Text.Json;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;

namespace Sitrep.Text.Reading;

/// <summary>
/// Reads article files (.txt, .html, .jsonl) into <see cref="RawArticle"/>s. Bad inputs become
/// <see cref="InputError"/>s naming the input; reading goes on with the rest.
/// </summary>
public static class ArticleReader
{
    public const long MaxFileBytes = 50L * 1024 * 1024;

    public static IEnumerable<Result> ReadPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    foreach (var r in ReadFile(file)) yield return r;
            }
            else
            {
                foreach (var r in ReadFile(path)) yield return r;
            }
        }
    }

    public static IEnumerable<Result> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            yield return Result.Fail(new InputError(path, "E_NOT_FOUND", "no such file or directory"));
            yield break;
        }
        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes)
        {
            yield return Result.Fail(new InputError(path, "E_TOO_LARGE", $"file is {info.Length / (1024 * 1024)} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB per article file"));
            yield break;
        }
        var bytes = File.ReadAllBytes(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson")
        {
            foreach (var r in ReadJsonLines(path, Encoding.UTF8.GetString(bytes))) yield return r;
            yield break;
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (text.Trim().Length == 0)
        {
            yield return Result.Fail(new InputError(path, "E_EMPTY", "file is empty"));
            yield break;
        }
        yield return Result.Ok(new RawArticle(path, text));
    }

    public static IEnumerable<Result> ReadJsonLines(string name, string content)
    {
        int lineNo = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            InputLineJson? row = null;
            string? error = null;
            try { row = JsonSerializer.Deserialize(line, ContractJsonContext.Default.InputLineJson); }
            catch (JsonException e) { error = e.Message; }
            var where = $"{name}:{lineNo}";
            if (row is null || row.Text is null)
            {
                yield return Result.Fail(new InputError(where, "E_JSON", error is null ? "line has no \"text\" field" : $"not a JSON object: {error}"));
                continue;
            }
            DateOnly? date = null;
            var ds = row.Date ?? row.Dct ?? row.Published;
            if (ds is not null && DateOnly.TryParse(ds.Length >= 10 ? ds[..10] : ds, out var d)) date = d;
            yield return Result.Ok(new RawArticle(row.Id ?? where, row.Text, row.Source, row.Url, date, row.Title, null));
        }
    }

    public readonly record struct Result(RawArticle? Article, InputError? Error)
    {
        public static Result Ok(RawArticle a) => new(a, null);
        public static Result Fail(InputError e) => new(null, e);
    }
}
