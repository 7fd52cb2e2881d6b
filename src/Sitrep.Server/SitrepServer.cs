using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sitrep.Core.Contract;
using Sitrep.Knowledge;
using Sitrep.Knowledge.Geo;
using Sitrep.Store;
using Sitrep.Store.Export;

namespace Sitrep.Server;

/// <summary>What `sitrep serve` serves: the record (an open store), the address and the data directory (map, country names).</summary>
public sealed record ServerOptions(IEventStore Store, string Urls, DataDirectory Data);

/// <summary>
/// The read-only HTTP API over <see cref="IEventStore"/> and the offline dashboard. Presentation only: filters are
/// parsed by <see cref="EventFilter"/> (as `sitrep query`), events written by the exporters' JSON writer, articles by
/// the contract mapper, so the API says what the CLI says.
/// </summary>
public static class SitrepServer
{
    /// <summary>Events on one page of /api/events at most (a bigger set: /api/export).</summary>
    public const int MaxPage = 1000;
    /// <summary>Where the world map is looked for in the data directory, then in the world-atlas npm package.</summary>
    public const string MapFile = "geo/map/countries-110m.json";

    public static WebApplication Build(ServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        // The answers are written by hand in snake_case; the documented shapes (Schemas.cs) are named the same way.
        // Numbers are documented as numbers only (the web default would also allow strings, which the answers never are).
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sitrep API";
            doc.Info.Description = "Read-only access to the record: merged events with their sourced evidence, articles, figures, counts and exports.";
            return Task.CompletedTask;
        }));
        var app = builder.Build();
        app.Use(OneLineErrors);
        Api.Map(app, options);
        app.MapOpenApi("/openapi.json");
        Dashboard.Map(app);
        return app;
    }

    /// <summary>The addresses the server listens on once started (port 0 resolved to the port it got).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <summary>A store failure (locked, unreachable) is 503 and any other failure 500, each one line of JSON, never a stack trace.</summary>
    private static async Task OneLineErrors(HttpContext ctx, Func<Task> next)
    {
        try { await next(); }
        catch (StoreException e) when (!ctx.Response.HasStarted)
        {
            await Error(StatusCodes.Status503ServiceUnavailable, e.ToString()).ExecuteAsync(ctx);
        }
        catch (Exception e) when (!ctx.Response.HasStarted && e is not OperationCanceledException)
        {
            ctx.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sitrep.Server").LogError(e, "{Path}", ctx.Request.Path);
            await Error(StatusCodes.Status500InternalServerError, $"internal error: {e.Message}").ExecuteAsync(ctx);
        }
    }

    internal static IResult Error(int status, string message) =>
        Json(j => { j.WriteStartObject(); j.WriteString("error", message); j.WriteEndObject(); }, status);

    /// <summary>A JSON response written with <see cref="Utf8JsonWriter"/> (the exporters' writers take one).</summary>
    internal static IResult Json(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        using var ms = new MemoryStream();
        // Relaxed escaping keeps "'" and non-ASCII names readable in curl; the body is JSON, never inlined into HTML.
        using (var j = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })) write(j);
        return Results.Text(Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length), "application/json; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>Lets an exporter that writes synchronously stream its output into the response.</summary>
    internal static void AllowSynchronousWrites(HttpContext ctx)
    {
        if (ctx.Features.Get<IHttpBodyControlFeature>() is { } f) f.AllowSynchronousIO = true;
    }

    internal static string? FindMap(DataDirectory data) =>
        data.FindData(MapFile) ?? data.FindPackageFile("world-atlas", "countries-110m.json");

    internal static string ArticleJson(StoredArticle a) => ContractMapper.Serialize(ContractMapper.ToArticle(a.Document));

    internal static Func<string, string?> CountryByName(DataDirectory data) => CountryNames.Iso2ByName(data);

    /// <summary>The names the ACLED CSV writes for codes (countries as ACLED names them, ISO numeric codes, first-level regions, ACLED's
    /// regions, districts), read once.</summary>
    public static Sitrep.Store.Export.AcledNames AcledNames(DataDirectory data) =>
        new(CountryNames.AcledCountries(data), CountryNames.IsoNumeric(data), CountryNames.Admin1Names(data), CountryNames.AcledRegions(data),
            CountryNames.Admin2Names(data), CountryNames.Iso3(data));
}
