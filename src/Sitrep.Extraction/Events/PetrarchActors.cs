using Sitrep.Extraction.Actors;

namespace Sitrep.Extraction.Events;

/// <summary>An actor phrase from a dictionary with its code, and the codes it carries between dates when it has any.</summary>
public sealed record ActorPhrase(string Phrase, string Code, IReadOnlyList<DatedCode>? Dated = null)
{
    /// <summary>The code on the article's date (the last listed when there is no date).</summary>
    public string CodeOn(DateOnly? date) => Dated is null || date is null ? Code : DatedCode.Pick(Dated, date.Value) ?? Code;
}

/// <summary>
/// Reads PETRARCH/Phoenix actor and agent dictionaries (read at run time from the data directory, never
/// copied): `PHRASE_WORDS [CODE]`, `+SYNONYM` lines sharing the group's code, date-restricted
/// `[CODE yymmdd-yymmdd]`, `[CODE &gt;yymmdd]`, `[CODE &lt;yymmdd]` lines under a name (the role held on the
/// article's date; see <see cref="DatedCode.Pick"/>), agents as `NOUN [~ROLE]`.
/// Macros (`!PERSON!`) and plural braces are skipped. Returns lower-case phrases with their codes.
/// </summary>
public static class PetrarchActors
{
    public static List<ActorPhrase> Read(string path)
    {
        var result = new List<ActorPhrase>();
        var group = new List<string>();
        var dated = new List<DatedCode>();
        var plurals = new List<string>();
        string? code = null;
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal)) continue;
            if (line.Contains('!'))
            {
                // "!PERSON! = MAN, MEN, WOMAN": a macro; a phrase that uses it stands for each of its words
                // ("CONGRESS!PERSON!" → CONGRESSMAN, CONGRESSMEN ...; "!MINST!_OF_SILLY_WALKS").
                if (Macro(line) is var (name, words)) { macros[name] = words; continue; }
                foreach (var expanded in Expand(line, macros)) Line(expanded);
                continue;
            }
            Line(line);
        }
        Flush();
        return result;

        void Line(string line)
        {
            int brace = line.IndexOf('{');
            int close = line.IndexOf('}');
            // An agent's plurals: those in braces ("GOLDEN_GOOSE {GOLDEN_GEESE}", none for "{}"), else the regular one.
            string[]? forms = null;
            if (brace >= 0 && close > brace)
            {
                forms = line[(brace + 1)..close].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                line = (line[..brace] + line[(close + 1)..]).Trim();
            }
            if (line.Length == 0) return;
            if (line[0] == '+') { group.Add(Phrase(line[1..])); return; }
            int open = line.IndexOf('[');
            var before = open < 0 ? line : line[..open].Trim();
            if (before.Length > 0)
            {
                Flush();
                group.Add(Phrase(before));
                plurals = forms?.Select(Phrase).ToList() ?? [Plural(Phrase(before))];
            }
            if (open < 0) return;
            int end = line.IndexOf(']', open);
            if (end < 0) return;
            var inside = line[(open + 1)..end].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (inside.Length == 0) return;
            var (from, to) = ActorLexiconLoader.PhoenixRange(string.Concat(inside.AsSpan(1)));
            dated.Add(new DatedCode(inside[0].ToUpperInvariant(), from, to));
            // The code without a date: the last listed, the most recent role.
            code = inside[0].ToUpperInvariant();
        }

        void Flush()
        {
            if (code is not null && code != "---" && code != "~")
            {
                var ranges = dated.Exists(d => d.Bounded) ? dated.ToArray() : null;
                foreach (var p in group) if (p.Length > 0) result.Add(new ActorPhrase(p, code, ranges));
                // Agents ("[~GOV]", "[NGO~]") name people, who come in the plural too.
                if (code[0] == '~' || code[^1] == '~')
                    foreach (var p in plurals) if (p.Length > 0 && !group.Contains(p)) result.Add(new ActorPhrase(p, code, ranges));
            }
            group.Clear();
            plurals.Clear();
            dated.Clear();
            code = null;
        }
    }

    /// <summary>"!PERSON! = MAN, MEN, WOMAN" → ("!PERSON!", [MAN, MEN, WOMAN]); null for any other line.</summary>
    private static (string Name, string[] Words)? Macro(string line)
    {
        int eq = line.IndexOf('=');
        int open = line.IndexOf('[');
        if (eq < 0 || open >= 0 && open < eq) return null;
        var name = line[..eq].Trim();
        if (name.Length < 3 || name[0] != '!' || name[^1] != '!' || name.IndexOf('!', 1) != name.Length - 1) return null;
        return (name, line[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The line once per word of the first macro it uses (recursively for the others); none when one is unknown.</summary>
    private static IEnumerable<string> Expand(string line, Dictionary<string, string[]> macros)
    {
        int a = line.IndexOf('!');
        int b = a < 0 ? -1 : line.IndexOf('!', a + 1);
        if (b < 0)
        {
            yield return line;
            yield break;
        }
        if (!macros.TryGetValue(line[a..(b + 1)], out var words)) yield break;
        foreach (var w in words)
            foreach (var e in Expand(line[..a] + w + line[(b + 1)..], macros))
                yield return e;
    }

    /// <summary>"minister" → "ministers", "security" → "securities", "press" → "presses" (the last word of the phrase).</summary>
    private static string Plural(string phrase)
    {
        if (phrase.Length < 2) return "";
        if (phrase[^1] == 'y' && !"aeiou".Contains(phrase[^2])) return phrase[..^1] + "ies";
        if (phrase.EndsWith('s') || phrase.EndsWith('x') || phrase.EndsWith("ch", StringComparison.Ordinal) || phrase.EndsWith("sh", StringComparison.Ordinal)) return phrase + "es";
        return phrase + "s";
    }

    private static string Phrase(string s) => string.Join(' ', s.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
