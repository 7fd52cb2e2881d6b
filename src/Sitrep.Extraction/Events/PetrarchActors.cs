namespace Sitrep.Extraction.Events;

/// <summary>
/// Reads PETRARCH/Phoenix actor and agent dictionaries (read at run time from the data directory, never
/// copied): `PHRASE_WORDS [CODE]`, `+SYNONYM` lines sharing the group's code, date-restricted
/// `[CODE yymmdd-yymmdd]` lines under a name (the last one listed wins), agents as `NOUN [~ROLE]`.
/// Macros (`!PERSON!`) and plural braces are skipped. Returns (lower-case phrase, code) pairs.
/// </summary>
public static class PetrarchActors
{
    public static List<(string Phrase, string Code)> Read(string path)
    {
        var result = new List<(string, string)>();
        var group = new List<string>();
        string? code = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal) || line.Contains('!')) continue;
            int brace = line.IndexOf('{');
            int close = line.IndexOf('}');
            if (brace >= 0 && close > brace) line = (line[..brace] + line[(close + 1)..]).Trim();
            if (line.Length == 0) continue;
            if (line[0] == '+') { group.Add(Phrase(line[1..])); continue; }
            int open = line.IndexOf('[');
            var before = open < 0 ? line : line[..open].Trim();
            if (before.Length > 0) { Flush(); group.Add(Phrase(before)); }
            if (open < 0) continue;
            int end = line.IndexOf(']', open);
            if (end < 0) continue;
            var inside = line[(open + 1)..end].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (inside.Length > 0 && !(inside.Length > 1 && inside[1].StartsWith('<'))) code = inside[0].ToUpperInvariant();
        }
        Flush();
        return result;

        void Flush()
        {
            if (code is not null && code != "---" && code != "~")
                foreach (var p in group) if (p.Length > 0) result.Add((p, code));
            group.Clear();
            code = null;
        }
    }

    private static string Phrase(string s) => string.Join(' ', s.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
