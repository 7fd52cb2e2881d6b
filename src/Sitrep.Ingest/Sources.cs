using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Sitrep.Core.Model;
using Sitrep.Text.Reading;

namespace Sitrep.Ingest;

/// <summary>
/// Turns ingest arguments (files, directories, .gz, .json/.jsonl dumps, RSS/Atom feeds from a file or URL,
/// web pages, "-" for stdin) into articles. Text extraction from files and pages is ArticleReader's; this
/// class only finds inputs and unwraps containers. Every failure is an InputError and reading goes on.
/// </summary>
public sealed class Sources(IFetcher fetcher, TextReader? stdin = null)
{
    /// <summary>Extensions picked up when walking a directory.</summary>
    public static readonly string[] ArticleExtensions = [".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".gz", ".rss", ".atom", ".xml"];

    /// <summary>Feeds and JSON dumps, also gzipped: files of many articles, which ArticleReader alone would read as one text.</summary>
    public static bool IsContainer(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".gz") ext = Path.GetExtension(path[..^3]).ToLowerInvariant();
        return ext is ".json" or ".rss" or ".atom" or ".xml";
    }

    /// <summary>A feed item whose own text is shorter than this is a summary; its link is followed.</summary>
    public const int SummaryChars = 600;

    /// <summary>
    /// Watching (`ingest --every`): a feed item's link that this reader already fetched in an earlier round is not
    /// fetched again (a feed keeps listing an article for days; the store would skip it, but the outlet would serve
    /// it every round), and an input URL whose server says it has not changed gives nothing.
    /// </summary>
    public bool Watching { get; init; }

    /// <summary>Feed links not fetched again because an earlier round read them (<see cref="Watching"/>), so far.</summary>
    public int LinksReadBefore => _linksReadBefore;

    private readonly HashSet<string> _linksRead = new(StringComparer.Ordinal), _linksListed = new(StringComparer.Ordinal);
    private int _linksReadBefore;

    /// <summary>
    /// Ends a watching round: links no feed listed this round are forgotten (an item that left its feed does not come
    /// back), so a watcher's memory stays the size of its feeds, however long it runs.
    /// </summary>
    public void EndRound()
    {
        _linksRead.IntersectWith(_linksListed);
        _linksListed.Clear();
    }

    public async IAsyncEnumerable<ArticleReader.Result> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var input in inputs)
        {
            if (ct.IsCancellationRequested) yield break;
            if (input == "-")
            {
                foreach (var r in await FromStdinAsync(stdin ?? Console.In, ct)) yield return r;
            }
            else if (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                await foreach (var r in FromUrl(input, ct)) yield return r;
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => ArticleExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())
                        && !ArticleReader.IsSidecarOrHidden(Path.GetRelativePath(input, f)))
                    .Order(StringComparer.Ordinal);
                foreach (var f in files)
                {
                    if (ct.IsCancellationRequested) yield break;
                    await foreach (var r in FromFile(f, ct)) yield return r;
                }
            }
            else
            {
                await foreach (var r in FromFile(input, ct)) yield return r;
            }
        }
    }

    private async IAsyncEnumerable<ArticleReader.Result> FromFile(string path, [EnumeratorCancellation] CancellationToken ct)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (!File.Exists(path))
        {
            yield return Fail(path, "E_NOT_FOUND", "no such file or directory");
            yield break;
        }
        // A gzipped article or JSONL dump is ArticleReader's, like its plain file (sidecar, decoding, size caps);
        // only the containers it does not read (.json dumps, feeds) are unwrapped here.
        var innerExt = ext == ".gz" ? Path.GetExtension(path[..^3]).ToLowerInvariant() : "";
        if (ext == ".gz" && IsContainer(path))
        {
            string? content = null, error = null;
            try
            {
                using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var limited = new StreamReader(gz, Encoding.UTF8);
                var buffer = new char[ArticleReader.MaxFileBytes + 1];
                int n = await limited.ReadBlockAsync(buffer, ct);
                if (n > ArticleReader.MaxFileBytes) error = $"decompresses to more than {ArticleReader.MaxFileBytes / (1024 * 1024)} MB";
                else content = new string(buffer, 0, n);
            }
            catch (InvalidDataException e) { error = $"not a gzip file: {e.Message}"; }
            if (error is not null) { yield return Fail(path, "E_GZIP", error); yield break; }
            if (innerExt == ".json") { foreach (var r in FromJson(path, content!)) yield return r; }
            else await foreach (var r in FromFeed(path, content!, ct)) yield return r;
            yield break;
        }
        if (ext is ".rss" or ".atom" or ".xml" || (ext == ".json" && new FileInfo(path).Length <= ArticleReader.MaxFileBytes))
        {
            if (new FileInfo(path).Length > ArticleReader.MaxFileBytes)
            {
                yield return Fail(path, "E_TOO_LARGE", $"file is over {ArticleReader.MaxFileBytes / (1024 * 1024)} MB");
                yield break;
            }
            var content = await File.ReadAllTextAsync(path, ct);
            if (ext == ".json") { foreach (var r in FromJson(path, content)) yield return r; }
            else await foreach (var r in FromFeed(path, content, ct)) yield return r;
            yield break;
        }
        foreach (var r in ArticleReader.ReadFile(path)) yield return r;
    }

    /// <summary>
    /// Stdin: JSON lines are streamed (a dump may be any size); anything else is one article, read up to the
    /// article size limit and refused past it without reading (or holding) the rest.
    /// </summary>
    private async Task<IEnumerable<ArticleReader.Result>> FromStdinAsync(TextReader reader, CancellationToken ct)
    {
        const string name = "<stdin>";
        var buffer = new char[64 * 1024];
        var head = new StringBuilder();
        int n;
        while ((n = await reader.ReadAsync(buffer, ct)) > 0)
        {
            head.Append(buffer, 0, n);
            var first = FirstNonSpace(head);
            if (first == '{') return ArticleReader.ReadJsonLines(name, new PrefixedReader(head.ToString(), reader));
            if (first is not null && head.Length > ArticleReader.MaxFileBytes)
                return [Fail(name, "E_TOO_LARGE", $"input is over {ArticleReader.MaxFileBytes / (1024 * 1024)} MB; one article may be at most that (pipe JSON lines, one article a line, for more)")];
        }
        return FromContent(name, head.ToString());
    }

    private static char? FirstNonSpace(StringBuilder sb)
    {
        for (int i = 0; i < sb.Length; i++)
            if (!char.IsWhiteSpace(sb[i]) && sb[i] != '\uFEFF') return sb[i];
        return null;
    }

    /// <summary>Lines of an already-read head followed by the rest of the stream (the head's last line may be cut).</summary>
    private sealed class PrefixedReader(string head, TextReader rest) : TextReader
    {
        private StringReader? _head = new(head);

        public override string? ReadLine()
        {
            if (_head is not null)
            {
                var line = _head.ReadLine();
                if (_head.Peek() < 0)
                {
                    _head = null;
                    if (line is not null && !head.EndsWith('\n') && !head.EndsWith('\r')) line += rest.ReadLine();
                }
                if (line is not null) return line;
            }
            return rest.ReadLine();
        }
    }

    /// <summary>Stdin or decompressed content of unknown kind: JSON lines, a JSON dump, HTML or plain text.</summary>
    private IEnumerable<ArticleReader.Result> FromContent(string name, string content)
    {
        var t = content.TrimStart();
        if (t.StartsWith('[')) return FromJson(name, content);
        if (t.StartsWith('{')) return ArticleReader.ReadJsonLines(name, content);
        if (t.StartsWith('<') && LooksLikeHtml(t)) return [Html(name, content, null)];
        if (t.Length == 0) return [Fail(name, "E_EMPTY", "no text")];
        return [ArticleReader.Result.Ok(new RawArticle(name, content))];
    }

    /// <summary>A .json article dump: an array of article objects (or one object), as in a JSONL file.</summary>
    private static IEnumerable<ArticleReader.Result> FromJson(string name, string content)
    {
        List<string> lines = new();
        string? error = null;
        try
        {
            using var doc = JsonDocument.Parse(content);
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
                foreach (var el in doc.RootElement.EnumerateArray()) lines.Add(el.GetRawText().ReplaceLineEndings(" "));
            else lines.Add(doc.RootElement.GetRawText().ReplaceLineEndings(" "));
        }
        catch (JsonException e) { error = e.Message; }
        if (error is not null) return [Fail(name, "E_JSON", $"not JSON: {error}")];
        return ArticleReader.ReadJsonLines(name, string.Join("\n", lines));
    }

    private async IAsyncEnumerable<ArticleReader.Result> FromUrl(string url, [EnumeratorCancellation] CancellationToken ct)
    {
        var f = await fetcher.FetchAsync(url, ct);
        if (f.NotModified) yield break; // unchanged since the last round: nothing new to read
        if (f.Error is not null || f.Body is null)
        {
            yield return Fail(url, "E_FETCH", f.Error ?? "no content");
            yield break;
        }
        if (IsFeed(f.ContentType, f.Body))
        {
            await foreach (var r in FromFeed(url, f.Body, ct)) yield return r;
            yield break;
        }
        yield return Html(url, f.Body, url);
    }

    private static bool IsFeed(string? contentType, string body)
    {
        if (contentType is not null && (contentType.Contains("rss", StringComparison.OrdinalIgnoreCase) || contentType.Contains("atom", StringComparison.OrdinalIgnoreCase)))
            return true;
        var head = body.TrimStart()[..Math.Min(body.TrimStart().Length, 400)];
        return head.StartsWith("<?xml", StringComparison.Ordinal) && !head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase);
    }

    private static bool LooksLikeHtml(string t) =>
        t.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
        || t.Contains("<body", StringComparison.OrdinalIgnoreCase) || t.Contains("<p>", StringComparison.OrdinalIgnoreCase);

    private async IAsyncEnumerable<ArticleReader.Result> FromFeed(string name, string xml, [EnumeratorCancellation] CancellationToken ct)
    {
        SyndicationFeed? feed = null;
        string? error = null;
        try
        {
            using var xr = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            feed = SyndicationFeed.Load(xr);
        }
        // Position only: the runtime's XML messages can be bare resource keys (trimmed builds), which tell a user nothing.
        catch (XmlException e) { error = $"not an RSS or Atom feed: the XML is invalid at line {e.LineNumber}, column {e.LinePosition}"; }
        catch (InvalidOperationException e) { error = $"not an RSS or Atom feed ({e.Message})"; }
        catch (ArgumentException e) { error = $"not an RSS or Atom feed ({e.Message})"; }
        catch (NotSupportedException) { error = "not an RSS 2.0 or Atom 1.0 feed (unknown root element or version)"; }
        catch (FormatException e) { error = $"the feed has a malformed value ({e.Message})"; }
        if (feed is null)
        {
            yield return Fail(name, "E_FEED", error ?? "not an RSS or Atom feed");
            yield break;
        }
        var siteName = feed.Title?.Text;
        int i = 0;
        foreach (var item in feed.Items)
        {
            if (ct.IsCancellationRequested) yield break;
            i++;
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            DateOnly? date = published != default ? DateOnly.FromDateTime(published.UtcDateTime) : null;
            var html = (item.Content as TextSyndicationContent)?.Text ?? Encoded(item);
            var summary = item.Summary?.Text;
            var body = html ?? summary ?? "";
            var itemName = link ?? $"{name}#item{i}";
            ArticleReader.Result result;
            if (StripTags(body).Length < SummaryChars && link is not null)
            {
                if (Watching) _linksListed.Add(link);
                if (Watching && _linksRead.Contains(link)) { _linksReadBefore++; continue; }
                // Only a summary in the feed: the article is behind the link.
                var f = await fetcher.FetchAsync(link, ct);
                if (f.Body is not null && Watching) _linksRead.Add(link);
                result = f.Body is null
                    ? Fail(link, "E_FETCH", $"feed {name} item {i}: {f.Error ?? "no content"}")
                    : Html(link, f.Body, link);
            }
            else if (body.Length == 0) result = Fail(itemName, "E_FEED_ITEM", $"feed {name} item {i} has neither text nor a link");
            else result = Html(itemName, WrapHtml(item.Title?.Text, body), link);
            if (result.Article is { } a)
                result = ArticleReader.Result.Ok(a with
                {
                    Source = a.Source ?? siteName,
                    Published = a.Published ?? date,
                    Title = a.Title ?? item.Title?.Text,
                    Url = a.Url ?? link,
                });
            yield return result;
        }
    }

    /// <summary>RSS content:encoded (the full article some feeds carry next to a summary).</summary>
    private static string? Encoded(SyndicationItem item)
    {
        try { return item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").FirstOrDefault(); }
        catch (Exception e) when (e is XmlException or InvalidOperationException or System.Runtime.Serialization.SerializationException) { return null; }
    }

    private static string WrapHtml(string? title, string body) =>
        $"<html><head><title>{System.Net.WebUtility.HtmlEncode(title ?? "")}</title></head><body><article><h1>{System.Net.WebUtility.HtmlEncode(title ?? "")}</h1>{body}</article></body></html>";

    private static string StripTags(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool tag = false;
        foreach (var c in s) { if (c == '<') tag = true; else if (c == '>') tag = false; else if (!tag) sb.Append(c); }
        return sb.ToString().Trim();
    }

    /// <summary>
    /// HTML from the network or a feed goes through ArticleReader like an .html file (main content, meta
    /// date, canonical URL, site name), via a temporary file: ArticleReader reads files, and this keeps one
    /// HTML path for every source.
    /// </summary>
    private static ArticleReader.Result Html(string name, string html, string? url)
    {
        var tmp = Path.Combine(Path.GetTempPath(), $"sitrep-page-{Guid.NewGuid():N}.html");
        try
        {
            File.WriteAllText(tmp, html, new UTF8Encoding(false));
            var r = ArticleReader.ReadFile(tmp).FirstOrDefault();
            if (r.Error is { } e) return Fail(name, e.Code, e.Reason);
            if (r.Article is not { } a) return Fail(name, "E_NO_ARTICLE", "the page has no article text");
            if (a.Text.Trim().Length == 0) return Fail(name, "E_NO_ARTICLE", "the page has no article text");
            return ArticleReader.Result.Ok(a with { Name = name, Url = a.Url ?? url });
        }
        finally { try { File.Delete(tmp); } catch (IOException) { } }
    }

    private static ArticleReader.Result Fail(string input, string code, string reason) => ArticleReader.Result.Fail(new InputError(input, code, reason));
}
