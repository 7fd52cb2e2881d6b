using System.Globalization;
using System.Text.Json;
using Sitrep.Knowledge;

namespace Sitrep.Eval;

/// <summary>
/// The hand-annotated sample article beside the data directory (../shared/examples/seed-article.txt, its
/// .gold.json and .meta.json): its text, publication date and gold. Null when the files are not there.
/// </summary>
internal sealed class SeedArticle
{
    public required string Text { get; init; }
    public DateOnly? Published { get; init; }
    public required JsonElement Gold { get; init; }

    public static SeedArticle? Load(DataDirectory data)
    {
        if (data.SharedData is null) return null;
        var dir = Path.GetFullPath(Path.Combine(data.SharedData, "..", "examples"));
        var txt = Path.Combine(dir, "seed-article.txt");
        var gold = Path.Combine(dir, "seed-article.gold.json");
        if (!File.Exists(txt) || !File.Exists(gold)) return null;
        DateOnly? date = null;
        var meta = Path.Combine(dir, "seed-article.meta.json");
        if (File.Exists(meta))
        {
            using var m = JsonDocument.Parse(File.ReadAllText(meta));
            if (m.RootElement.TryGetProperty("published", out var pub)
                && DateOnly.TryParseExact(pub.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var pd)) date = pd;
        }
        using var json = JsonDocument.Parse(File.ReadAllText(gold));
        return new SeedArticle { Text = File.ReadAllText(txt), Published = date, Gold = json.RootElement.Clone() };
    }
}
