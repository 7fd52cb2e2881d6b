using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core.Model;

/// <summary>
/// One article: its text as received and the layers stages add to it. The text never changes;
/// each layer is set once, by the stage that provides it, and is immutable from then on.
/// This is the one mutable type of the model, and only stages write to it.
/// </summary>
public sealed class ArticleDocument
{
    private readonly Dictionary<Layer, object> _layers = new();
    private readonly List<Diagnostic> _diagnostics = new();

    public ArticleDocument(string text, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Id = id ?? ContentId(text);
    }

    /// <summary>Stable id: SHA-256 of the whitespace-normalised text, first 16 bytes as hex.</summary>
    public string Id { get; }
    public string Text { get; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string? Name { get; init; }

    /// <summary>Publication (document creation) date; relative times resolve against it, never the clock.</summary>
    public DateOnly? Published { get; init; }
    public string? Title { get; set; }
    public TextSpan? TitleSpan { get; set; }

    /// <summary>
    /// Whether a line reads as a headline: short (at most 200 characters), with no closing stop ("Air strike on village kills
    /// 19, residents say"; not "Fighters continue to join the SDF."). A question mark or a closing quotation mark may end one.
    /// </summary>
    public static bool ReadsAsHeadline(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length is > 0 and <= 200 && line[^1] is not ('.' or '!' or ';' or ':' or '…');
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;
    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public bool Has(Layer layer) => layer == Layer.Text || _layers.ContainsKey(layer);

    public ImmutableArray<Boilerplate> Boilerplate { get => Get<Boilerplate>(Layer.Boilerplate); set => Set(Layer.Boilerplate, value); }
    public ImmutableArray<Paragraph> Paragraphs { get => Get<Paragraph>(Layer.Paragraphs); set => Set(Layer.Paragraphs, value); }
    public ImmutableArray<Sentence> Sentences { get => Get<Sentence>(Layer.Sentences); set => Set(Layer.Sentences, value); }
    public ImmutableArray<Token> Tokens { get => Get<Token>(Layer.Tokens); set => Set(Layer.Tokens, value); }
    public ImmutableArray<Entity> Entities { get => Get<Entity>(Layer.Entities); set => Set(Layer.Entities, value); }
    public ImmutableArray<Actor> Actors { get => Get<Actor>(Layer.Actors); set => Set(Layer.Actors, value); }
    public ImmutableArray<Quote> Quotes { get => Get<Quote>(Layer.Quotes); set => Set(Layer.Quotes, value); }
    public ImmutableArray<TimeRef> Times { get => Get<TimeRef>(Layer.Times); set => Set(Layer.Times, value); }
    public ImmutableArray<Figure> Figures { get => Get<Figure>(Layer.Figures); set => Set(Layer.Figures, value); }
    public ImmutableArray<Place> Places { get => Get<Place>(Layer.Places); set => Set(Layer.Places, value); }
    public ImmutableArray<Event> Events { get => Get<Event>(Layer.Events); set => Set(Layer.Events, value); }

    /// <summary>Extra layers a stage may attach (POS tags, parses) keyed by layer.</summary>
    public T? GetExtra<T>(Layer layer) where T : class => _layers.TryGetValue(layer, out var v) ? v as T : null;

    public void SetExtra<T>(Layer layer, T value) where T : class
    {
        if (!_layers.TryAdd(layer, value))
            throw new InvalidOperationException($"Layer {layer} is already set on article {Id}; layers are written once.");
    }

    public string Slice(TextSpan span) => span.Of(Text);

    /// <summary>True when the span lies inside a boilerplate span (facts must never point there).</summary>
    public bool IsBoilerplate(TextSpan span)
    {
        foreach (var b in Boilerplate)
            if (b.Span.Overlaps(span)) return true;
        return false;
    }

    private ImmutableArray<T> Get<T>(Layer layer) =>
        _layers.TryGetValue(layer, out var v) ? (ImmutableArray<T>)v : ImmutableArray<T>.Empty;

    private void Set<T>(Layer layer, ImmutableArray<T> value)
    {
        if (value.IsDefault) throw new ArgumentException("A layer cannot be a default array; use Empty.", nameof(value));
        if (!_layers.TryAdd(layer, value))
            throw new InvalidOperationException($"Layer {layer} is already set on article {Id}; layers are written once.");
    }

    public static string ContentId(string text)
    {
        // Normalise runs of whitespace so that re-wrapped copies of the same text share an id.
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
