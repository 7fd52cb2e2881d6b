using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Sitrep.Store;

namespace Sitrep.Server;

/// <summary>
/// The query string of the event endpoints: `sitrep query`'s filters, by the same names without dashes. Every value
/// is read as text and checked by <see cref="EventFilter"/>, so a bad one gets the CLI's one-line message (naming
/// "from", not "--from") rather than the framework's binding error.
/// </summary>
public sealed class EventFilterArgs
{
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "country")] public string? Country { get; init; }
    [FromQuery(Name = "actor")] public string? Actor { get; init; }
    [FromQuery(Name = "code")] public string? Code { get; init; }
    [FromQuery(Name = "root")] public string? Root { get; init; }
    [FromQuery(Name = "quad")] public string? Quad { get; init; }
    [FromQuery(Name = "plover")] public string? Plover { get; init; }
    [FromQuery(Name = "bbox")] public string? Bbox { get; init; }
    [FromQuery(Name = "near")] public string? Near { get; init; }
    [FromQuery(Name = "text")] public string? Text { get; init; }
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
    [FromQuery(Name = "offset")] public string? Offset { get; init; }

    internal string? Value(string name) => name switch
    {
        "from" => From, "to" => To, "country" => Country, "actor" => Actor, "code" => Code, "root" => Root,
        "quad" => Quad, "plover" => Plover, "bbox" => Bbox, "near" => Near, "text" => Text,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not an event filter"),
    };

    /// <summary>The query, or the one-line error for a 400. <paramref name="maxLimit"/> keeps one page of JSON bounded.</summary>
    internal (EventQuery? Query, string? Error) Parse(Func<string, string?> countryByName, int defaultLimit, int maxLimit)
    {
        if (!Whole("limit", Limit, defaultLimit, out var limit, out var e1)) return (null, e1);
        if (!Whole("offset", Offset, 0, out var offset, out var e2)) return (null, e2);
        if (limit > maxLimit) return (null, $"limit {limit}: at most {maxLimit} events a page; page on with offset.");
        // Blank values ("?country=&text=", as an HTML form sends them) mean "any", as an option left out does.
        return EventFilter.Parse(n => Value(n) is { } v && v.Trim().Length > 0 ? v : null, n => n, limit, offset, countryByName);
    }

    internal static bool Whole(string name, string? text, int fallback, out int value, out string? error)
    {
        error = null;
        value = fallback;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value)) return true;
        error = $"{name} '{text}' is not a whole number.";
        return false;
    }
}

/// <summary>The query string of /api/articles.</summary>
public sealed class ArticleArgs
{
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "source")] public string? Source { get; init; }
    [FromQuery(Name = "limit")] public string? Limit { get; init; }
    [FromQuery(Name = "offset")] public string? Offset { get; init; }

    internal (ArticleQuery? Query, string? Error) Parse(int defaultLimit, int maxLimit)
    {
        // The dates are read by the event filters' own rules, so both endpoints take and reject the same values.
        var (dates, error) = EventFilter.Parse(n => n switch { "from" => Blank(From), "to" => Blank(To), _ => null }, n => n, 1, 0, _ => null);
        if (dates is null) return (null, error);
        if (!EventFilterArgs.Whole("limit", Limit, defaultLimit, out var limit, out var e1)) return (null, e1);
        if (!EventFilterArgs.Whole("offset", Offset, 0, out var offset, out var e2)) return (null, e2);
        if (limit is < 1) return (null, $"limit {limit}: show at least 1 article.");
        if (limit > maxLimit) return (null, $"limit {limit}: at most {maxLimit} articles a page; page on with offset.");
        return (new ArticleQuery { From = dates.From, To = dates.To, Source = Blank(Source), Limit = limit, Offset = offset }, null);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
