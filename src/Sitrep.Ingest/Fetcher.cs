using System.Net;

namespace Sitrep.Ingest;

/// <summary>A fetched resource, or why it could not be fetched (as a value: one bad URL never stops a run).</summary>
public sealed record Fetched(string Url, string? Body, string? ContentType, string? Error)
{
    /// <summary>The server said the resource has not changed since this fetcher last read it (HTTP 304): nothing new.</summary>
    public bool NotModified { get; init; }
}

/// <summary>Fetches URLs. Behind an interface so tests serve invented pages without a network.</summary>
public interface IFetcher
{
    Task<Fetched> FetchAsync(string url, CancellationToken ct);
}

public sealed class HttpFetcher : IFetcher, IDisposable
{
    public const long MaxBytes = 20L * 1024 * 1024;
    private readonly HttpClient _http;

    public HttpFetcher(TimeSpan? timeout = null)
    {
        _http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, ConnectTimeout = TimeSpan.FromSeconds(10) })
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Sitrep/0.1 (+news event extraction)");
    }

    /// <summary>Each URL's validators from its last answer (ETag, Last-Modified), sent back so an unchanged feed costs a 304.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string? ETag, DateTimeOffset? Modified)> _validators = new();

    public async Task<Fetched> FetchAsync(string url, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (_validators.TryGetValue(url, out var v))
            {
                if (v.ETag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", v.ETag);
                if (v.Modified is { } m) request.Headers.IfModifiedSince = m;
            }
            using var resp = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (resp.StatusCode == HttpStatusCode.NotModified) return new Fetched(url, null, null, null) { NotModified = true };
            if (!resp.IsSuccessStatusCode)
                return new Fetched(url, null, null, $"the server answered {(int)resp.StatusCode} {resp.ReasonPhrase}");
            if (resp.Content.Headers.ContentLength > MaxBytes)
                return new Fetched(url, null, null, $"the page is {resp.Content.Headers.ContentLength / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB");
            var body = await resp.Content.ReadAsStringAsync(ct);
            if (resp.Headers.ETag?.ToString() is { } etag || resp.Content.Headers.LastModified is not null)
                _validators[url] = (resp.Headers.ETag?.ToString(), resp.Content.Headers.LastModified);
            return new Fetched(url, body, resp.Content.Headers.ContentType?.MediaType, null);
        }
        catch (HttpRequestException e) { return new Fetched(url, null, null, $"unreachable: {e.Message}"); }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested) { return new Fetched(url, null, null, "timed out"); }
        catch (InvalidOperationException e) { return new Fetched(url, null, null, e.Message); }
    }

    public void Dispose() => _http.Dispose();
}
