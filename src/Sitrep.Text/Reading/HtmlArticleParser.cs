using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Text.Reading;

/// <summary>What an HTML page gave: the article as plain text (title line first, one block a paragraph) and its metadata.</summary>
public sealed record HtmlExtraction(
    string Text,
    string? Title,
    DateOnly? Published,
    string? Url,
    string? Source,
    IReadOnlyList<(int TextOffset, int HtmlOffset)> Map,
    int BodyBlocks);

/// <summary>
/// HTML page → article text with AngleSharp. Finds the main content (articleBody, the biggest
/// &lt;article&gt;, &lt;main&gt;, else the element holding the most paragraph text), drops chrome (script, style,
/// nav, footer, aside, figures, forms, share/related/comment widgets, link-only blocks) and writes each
/// block element as its own paragraph, separated by a blank line like a plain-text article, so the
/// same boilerplate and segmentation stages serve both. Each block's start is mapped back to the
/// offset of its element in the page (coarse, per block: enough to highlight evidence in the source).
/// </summary>
public static class HtmlArticleParser
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "input",
        "select", "textarea", "iframe", "svg", "canvas", "video", "audio", "figure", "figcaption", "picture",
        "img", "object", "embed", "dialog", "menu", "head", "title", "link", "meta",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "caption", "address", "hr", "br",
        "body", "center", "details", "summary",
    };

    // Class/id words of page furniture. Whole words only (split on - _ space), so "header" or "shadow" never match "ad".
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "related", "share", "sharing", "social", "comment", "comments", "newsletter", "promo", "advert",
        "advertisement", "ad", "ads", "sponsored", "sidebar", "breadcrumb", "breadcrumbs", "cookie", "cookies",
        "subscribe", "subscription", "signup", "footer", "nav", "navbar", "navigation", "menu", "masthead",
        "tags", "kicker", "eyebrow", "outbrain", "taboola", "recommended", "trending", "popular", "paywall", "modal", "popup",
    };

    private static readonly string[] ChromeRoles = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog"];

    [ThreadStatic]
    private static HtmlParser? t_parser;

    public static HtmlExtraction Parse(string html)
    {
        var page = ParseOnce(html);
        // HTML reads everything after a <title> left unclosed as the title's text, so such a page has no body at all. Read
        // again with that start tag blanked (same length: offsets into the page stay right); its words then open the body.
        if (page.BodyBlocks == 0 && UnclosedTitleTag(html) is var (start, end))
            return ParseOnce(string.Concat(html.AsSpan(0, start), new string(' ', end - start), html.AsSpan(end)));
        return page;
    }

    /// <summary>The start tag of a &lt;title&gt; with no &lt;/title&gt; after it and markup inside, as [start, end).</summary>
    private static (int Start, int End)? UnclosedTitleTag(string html)
    {
        int start = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        if (start < 0) return null;
        int end = html.IndexOf('>', start);
        if (end < 0 || html.IndexOf("</title", end, StringComparison.OrdinalIgnoreCase) >= 0 || html.IndexOf('<', end) < 0) return null;
        return (start, end + 1);
    }

    private static HtmlExtraction ParseOnce(string html)
    {
        // One parser per thread: building its browsing context costs about a fifth of a small page's parse.
        var parser = t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var doc = parser.ParseDocument(html);

        var meta = ReadMeta(doc);
        var chrome = new ChromeMemo();
        var h1 = doc.Body?.GetElementsByTagName("h1").FirstOrDefault(e => !chrome.InChrome(e) && Normalise(e.TextContent).Length > 0);
        var title = meta.Title ?? (h1 is not null ? Normalise(h1.TextContent) : null) ?? PageTitle(doc, meta.Source);

        var builder = new BlockWriter();
        if (h1 is not null) builder.WriteBlock(Normalise(h1.TextContent), Offset(h1));
        else if (title is not null) builder.WriteBlock(title, Offset(doc.QuerySelector("title")));
        int titleBlocks = builder.Blocks;

        var root = MainRoot(doc, chrome);
        if (root is not null) builder.Walk(root, skip: h1, isRoot: true);
        builder.Flush();

        return new HtmlExtraction(builder.Text, title, meta.Published, meta.Url, meta.Source, builder.Map, builder.Blocks - titleBlocks);
    }

    private static int Offset(IElement? e) => e?.SourceReference?.Position.Position ?? 0;

    private static string Normalise(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f') { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsChrome(IElement e)
    {
        var name = e.LocalName;
        if (Dropped.Contains(name)) return true;
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
        var role = e.GetAttribute("role");
        if (role is not null && ChromeRoles.Contains(role, StringComparer.OrdinalIgnoreCase)) return true;
        if (name is "html" or "body" or "main" or "article") return false;
        return HasChromeWord(e.GetAttribute("class")) || HasChromeWord(e.GetAttribute("id"));
    }

    private static bool HasChromeWord(string? attr)
    {
        if (string.IsNullOrEmpty(attr)) return false;
        foreach (var w in attr.Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries))
            if (ChromeWords.Contains(w)) return true;
        return false;
    }

    /// <summary>The element whose blocks are the article: explicit markup first, then where the paragraphs are.</summary>
    private static IElement? MainRoot(IDocument doc, ChromeMemo chrome)
    {
        var body = doc.Body;
        if (body is null) return null;
        var explicitBody = body.QuerySelector("[itemprop~=articleBody]");
        if (explicitBody is not null) return explicitBody;
        IElement? article = null;
        int best = 0;
        foreach (var a in body.GetElementsByTagName("article"))
        {
            if (chrome.InChrome(a)) continue;
            int len = ParagraphTextLength(a, chrome);
            if (len > best) (article, best) = (a, len);
        }
        if (article is not null) return article;
        var main = body.QuerySelector("main, [role=main]");
        if (main is not null) return main;

        // Readability-style vote: each paragraph credits its parent fully and its grandparent by half.
        var score = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p"))
        {
            if (chrome.InChrome(p)) continue;
            int len = Normalise(p.TextContent).Length;
            if (len < 25) continue;
            if (p.ParentElement is { } parent)
            {
                score[parent] = score.GetValueOrDefault(parent) + len;
                if (parent.ParentElement is { } grand) score[grand] = score.GetValueOrDefault(grand) + len / 2.0;
            }
        }
        return score.Count > 0 ? score.MaxBy(kv => kv.Value).Key : body;
    }

    /// <summary>Whether an element is chrome or sits inside chrome; memoised per page, as many paragraphs share ancestors.</summary>
    private sealed class ChromeMemo
    {
        private readonly Dictionary<IElement, bool> _seen = new();

        public bool InChrome(IElement e)
        {
            // Iterative: hostile pages nest deeper than the stack would allow recursion.
            var path = new List<IElement>();
            bool result = false;
            for (var x = e; x is not null; x = x.ParentElement)
            {
                if (_seen.TryGetValue(x, out var known)) { result = known; break; }
                path.Add(x);
                if (IsChrome(x)) { result = true; break; }
            }
            // Everything below a chrome element is chrome; below a clean one, each element's own test decided.
            for (int i = path.Count - 1; i >= 0; i--)
            {
                if (!result && IsChrome(path[i])) result = true;
                _seen[path[i]] = result;
            }
            return result;
        }
    }

    private static int ParagraphTextLength(IElement e, ChromeMemo chrome) =>
        e.QuerySelectorAll("p").Where(p => !chrome.InChrome(p)).Sum(p => Normalise(p.TextContent).Length);

    private static string? PageTitle(IDocument doc, string? site)
    {
        var t = doc.QuerySelector("title")?.TextContent;
        if (t is null) return null;
        t = Normalise(t);
        // "Headline | Site" or "Headline - Site": drop the site part when we know the site or it is short.
        foreach (var sep in new[] { " | ", " - ", " – ", " — " })
        {
            int i = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 0)
            {
                var tail = t[(i + sep.Length)..];
                if (site is not null && tail.Equals(site, StringComparison.OrdinalIgnoreCase) || tail.Split(' ').Length <= 3)
                    return t[..i];
            }
        }
        return t.Length > 0 ? t : null;
    }

    private sealed record Meta(string? Title, DateOnly? Published, string? Url, string? Source);

    private static Meta ReadMeta(IDocument doc)
    {
        // One pass over the <meta> tags (a page may have hundreds), keyed by property, name or itemprop; first wins.
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.GetElementsByTagName("meta"))
        {
            var content = m.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content)) continue;
            foreach (var key in new[] { m.GetAttribute("property"), m.GetAttribute("name"), m.GetAttribute("itemprop") })
                if (!string.IsNullOrEmpty(key)) tags.TryAdd(key, content);
        }
        string? Tag(params string[] keys)
        {
            foreach (var k in keys)
                if (tags.TryGetValue(k, out var v)) return v;
            return null;
        }

        string? ldDate = null, ldSource = null, ldTitle = null;
        foreach (var script in doc.GetElementsByTagName("script"))
            if (string.Equals(script.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                ReadJsonLd(script.TextContent, ref ldDate, ref ldSource, ref ldTitle);

        var dateText = Tag("article:published_time", "datePublished")
            ?? ldDate
            ?? Tag("date", "pubdate", "publishdate", "DC.date.issued", "dc.date", "citation_publication_date")
            ?? doc.QuerySelector("time[itemprop~=datePublished], time[pubdate]")?.GetAttribute("datetime")
            ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime");

        var url = doc.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")?.Trim() ?? Tag("og:url");
        var source = Tag("og:site_name") ?? ldSource ?? Tag("application-name");
        var title = Tag("og:title") ?? ldTitle;
        return new Meta(title is null ? null : Normalise(title), ParseDate(dateText), string.IsNullOrEmpty(url) ? null : url, source);
    }

    /// <summary>Reads a publication date from ISO forms ("2024-03-04T10:00Z", "2024-03-04") and common written ones.</summary>
    public static DateOnly? ParseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto)) return DateOnly.FromDateTime(dto.DateTime);
        return null;
    }

    private static void ReadJsonLd(string json, ref string? date, ref string? source, ref string? title)
    {
        try
        {
            using var j = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            Visit(j.RootElement, ref date, ref source, ref title, 0);
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the page's <meta> tags are the fallback.
        }
    }

    private static void Visit(JsonElement e, ref string? date, ref string? source, ref string? title, int depth)
    {
        if (depth > 8) return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) Visit(x, ref date, ref source, ref title, depth + 1);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object) return;
        foreach (var p in e.EnumerateObject())
        {
            if (p.NameEquals("datePublished") && p.Value.ValueKind == JsonValueKind.String) date ??= p.Value.GetString();
            else if (p.NameEquals("headline") && p.Value.ValueKind == JsonValueKind.String) title ??= p.Value.GetString();
            else if (p.NameEquals("publisher") && p.Value.ValueKind == JsonValueKind.Object
                     && p.Value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) source ??= n.GetString();
            else if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) Visit(p.Value, ref date, ref source, ref title, depth + 1);
        }
    }

    /// <summary>Accumulates inline text into blocks; writes each non-empty block as a paragraph.</summary>
    private sealed class BlockWriter
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _block = new();
        private readonly List<(int, int)> _map = new();
        private int _blockHtmlOffset;
        private int _linkChars;
        private int _linkDepth;
        private bool _pendingSpace;

        public int Blocks { get; private set; }
        public string Text => _text.ToString();
        public IReadOnlyList<(int TextOffset, int HtmlOffset)> Map => _map;

        public void WriteBlock(string s, int htmlOffset)
        {
            Flush();
            _blockHtmlOffset = htmlOffset;
            _block.Append(s);
            Flush();
        }

        public void Walk(INode node, IElement? skip, bool isRoot = false, int depth = 0)
        {
            // Depth cap: hostile pages nest thousands of divs; deeper content is rare and not worth a stack overflow.
            if (depth > 200) return;
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    Append(t.Data);
                    continue;
                }
                if (child is not IElement e || ReferenceEquals(e, skip)) continue;
                if (IsChrome(e)) continue;
                var name = e.LocalName;
                bool block = BlockTags.Contains(name);
                if (block) { Flush(); _blockHtmlOffset = Offset(e); }
                bool link = name == "a";
                if (link) _linkDepth++;
                if (name == "pre") AppendRaw(e.TextContent);
                else Walk(e, skip, false, depth + 1);
                if (link) _linkDepth--;
                if (block) Flush();
            }
            if (isRoot) Flush();
        }

        private void Append(string s)
        {
            foreach (var c in s)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f') { _pendingSpace = _block.Length > 0; continue; }
                if (_pendingSpace) { _block.Append(' '); _pendingSpace = false; if (_linkDepth > 0) _linkChars++; }
                _block.Append(c);
                if (_linkDepth > 0) _linkChars++;
            }
        }

        private void AppendRaw(string s)
        {
            foreach (var line in s.Split('\n'))
            {
                Append(line);
                Flush();
            }
        }

        public void Flush()
        {
            _pendingSpace = false;
            int len = _block.Length;
            // Link-only short blocks are lists of other stories ("Read more: …" teasers), not this article.
            bool linkOnly = len > 0 && len < 300 && _linkChars >= len * 0.8;
            if (len > 0 && !linkOnly)
            {
                if (_text.Length > 0) _text.Append("\n\n");
                _map.Add((_text.Length, _blockHtmlOffset));
                _text.Append(_block);
                Blocks++;
            }
            _block.Clear();
            _linkChars = 0;
        }
    }
}
