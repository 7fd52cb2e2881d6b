using System.Net;

namespace Sitrep.Ingest;

/// <summary>A fetched resource, or why it could not be fetched (as a value: one bad URL never stops a run).</summary>
public sealed record Fetched(string Url, string? Body, string? ContentType, string? Error);

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

    public async Task<Fetched> FetchAsync(string url, CancellationToken ct)
    {
        try
        {
            using var resp = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!resp.IsSuccessStatusCode)
                return new Fetched(url, null, null, $"the server answered {(int)resp.StatusCode} {resp.ReasonPhrase}");
            if (resp.Content.Headers.ContentLength > MaxBytes)
                return new Fetched(url, null, null, $"the page is {resp.Content.Headers.ContentLength / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB");
            var body = await resp.Content.ReadAsStringAsync(ct);
            return new Fetched(url, body, resp.Content.Headers.ContentType?.MediaType, null);
        }
        catch (HttpRequestException e) { return new Fetched(url, null, null, $"unreachable: {e.Message}"); }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested) { return new Fetched(url, null, null, "timed out"); }
        catch (InvalidOperationException e) { return new Fetched(url, null, null, e.Message); }
    }

    public void Dispose() => _http.Dispose();
}
