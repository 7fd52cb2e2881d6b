namespace Sitrep.Core.Model;

/// <summary>
/// An article as a source delivered it, before the pipeline: decoded text plus what the source said
/// about it. <see cref="Name"/> names the input (file path, line number, URL) in diagnostics.
/// </summary>
public sealed record RawArticle(
    string Name,
    string Text,
    string? Source = null,
    string? Url = null,
    DateOnly? Published = null,
    string? Title = null,
    string? Id = null)
{
    /// <summary>For HTML input: maps text offsets back to offsets in the page (optional).</summary>
    public IReadOnlyList<(int TextOffset, int HtmlOffset)>? HtmlMap { get; init; }

    public ArticleDocument ToDocument() => new(Text, Id)
    {
        Name = Name,
        Source = Source,
        Url = Url,
        Published = Published,
        Title = Title,
    };
}

/// <summary>An input that could not be read, as a value: which input, a stable code, and why.</summary>
public sealed record InputError(string Input, string Code, string Reason)
{
    public override string ToString() => $"{Input}: {Reason} [{Code}]";
}
