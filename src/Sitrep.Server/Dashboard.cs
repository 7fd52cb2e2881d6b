using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sitrep.Server;

/// <summary>
/// The dashboard's files (web/ at the checkout's root), embedded in this assembly: served from memory, with no CDN
/// and no build step, so `sitrep serve` works offline and from any directory.
/// </summary>
internal static class Dashboard
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".css"] = "text/css; charset=utf-8",
    };

    /// <summary>File name → (content type, bytes), read once.</summary>
    internal static readonly IReadOnlyDictionary<string, (string Type, byte[] Bytes)> Files = Load();

    private static Dictionary<string, (string, byte[])> Load()
    {
        var asm = typeof(Dashboard).Assembly;
        var files = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("web/", StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            files[name["web/".Length..]] = (Types.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream"), ms.ToArray());
        }
        return files;
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => File("index.html")).ExcludeFromDescription();
        app.MapGet("/{file}", (string file) => File(file)).ExcludeFromDescription();
    }

    private static IResult File(string name) =>
        Files.TryGetValue(name, out var f) ? Results.Bytes(f.Bytes, f.Type) : SitrepServer.Error(404, $"no file /{name}; the dashboard is at /.");
}
