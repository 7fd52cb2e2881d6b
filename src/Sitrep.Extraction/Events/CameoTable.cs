using System.Globalization;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>What every emitted CAMEO code carries: Goldstein score, GDELT QuadClass, PLOVER event.</summary>
public sealed record CameoInfo(string Code, double Goldstein, int QuadClass, string Plover);

/// <summary>
/// CAMEO code table. Read from ../shared/data/cameo (cameo-codes.tsv + cameo-to-plover.tsv) when present,
/// else from our typed copy lexicons/events-cameo.tsv. QuadClass follows GDELT (the `quadclass` column):
/// 1 verbal cooperation (roots 01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13),
/// 4 material conflict (14–20). Immutable.
/// </summary>
public sealed class CameoTable
{
    private readonly Dictionary<string, CameoInfo> _codes;

    private CameoTable(Dictionary<string, CameoInfo> codes, string origin)
    {
        _codes = codes;
        Origin = origin;
    }

    public string Origin { get; }
    public int Count => _codes.Count;

    public CameoInfo? this[string code] => _codes.GetValueOrDefault(code);

    /// <summary>
    /// A code the table does not list but a verb dictionary's own codebook uses ("174L", "903"): scored as its
    /// nearest listed parent ("174"), else neutral (Goldstein 0, QuadClass 0, no PLOVER event).
    /// </summary>
    public CameoInfo Unlisted(string code)
    {
        for (int n = code.Length - 1; n >= 2; n--)
            if (_codes.TryGetValue(code[..n], out var parent)) return parent with { Code = code };
        return new CameoInfo(code, 0, 0, "");
    }

    public static CameoTable Load(DataDirectory data)
    {
        var codes = data.FindData("cameo/cameo-codes.tsv");
        var plover = data.FindData("cameo/cameo-to-plover.tsv");
        if (codes is not null && plover is not null) return FromShared(codes, plover);
        var typed = data.FindProjectFile("lexicons/events-cameo.tsv");
        if (typed is not null) return FromTyped(typed);
        return new CameoTable(new Dictionary<string, CameoInfo>(), "none");
    }

    public static CameoTable FromTyped(string path)
    {
        var d = new Dictionary<string, CameoInfo>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length < 4) continue;
            d[c[0]] = new CameoInfo(c[0], Num(c[1]), int.Parse(c[2], CultureInfo.InvariantCulture), c[3]);
        }
        return new CameoTable(d, path);
    }

    private static CameoTable FromShared(string codesPath, string ploverPath)
    {
        var plover = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(ploverPath).Skip(1))
        {
            var c = line.Split('\t');
            // Root 08 has two rows (CONCEDE, RETREAT); the first stands for the root.
            if (c.Length >= 2 && c[1].Length > 0) plover.TryAdd(c[0], c[1]);
        }
        var header = File.ReadLines(codesPath).First().Split('\t');
        int iCode = Array.IndexOf(header, "code"), iG = Array.IndexOf(header, "goldstein"), iQ = Array.IndexOf(header, "quadclass"),
            iRoot = Array.IndexOf(header, "root"), iGp = Array.IndexOf(header, "goldstein_phoenix");
        var d = new Dictionary<string, CameoInfo>();
        foreach (var line in File.ReadLines(codesPath).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length <= Math.Max(iQ, iGp)) continue;
            var code = c[iCode];
            var g = c[iG].Length > 0 ? Num(c[iG]) : c[iGp].Length > 0 ? Num(c[iGp]) : d.TryGetValue(c[iRoot], out var r) ? r.Goldstein : 0;
            var p = plover.GetValueOrDefault(code) ?? (code.Length > 3 ? plover.GetValueOrDefault(code[..3]) : null) ?? plover.GetValueOrDefault(code[..2]) ?? "";
            d[code] = new CameoInfo(code, g, int.Parse(c[iQ], CultureInfo.InvariantCulture), p);
        }
        return new CameoTable(d, codesPath);
    }

    private static double Num(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
