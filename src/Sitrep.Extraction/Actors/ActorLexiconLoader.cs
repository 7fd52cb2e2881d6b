using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Actors;

/// <summary>
/// Reads our own actor lexicons (lexicons/actors-*.tsv) and, optionally, the Phoenix actor dictionaries
/// (cameo/Phoenix.*.actors.txt in the data directory). Bad lines become diagnostics, never exceptions.
/// </summary>
internal static class ActorLexiconLoader
{
    public const string CountriesFile = "lexicons/actors-countries.tsv";
    public const string RolesFile = "lexicons/actors-roles.tsv";
    public const string OrgsFile = "lexicons/actors-orgs.tsv";
    public const string PeopleFile = "lexicons/actors-people.tsv";

    public static readonly string[] PhoenixFiles =
    [
        "cameo/Phoenix.Countries.actors.txt",
        "cameo/Phoenix.International.actors.txt",
        "cameo/Phoenix.MilNonState.actors.txt",
    ];

    // Three-letter codes that are sectors, not roots: a Phoenix line "[ELI]" alone names no country.
    private static readonly HashSet<string> SectorCodes = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "REB", "OPP", "INS", "CVL", "MED", "HLH", "REF", "JUD", "LEG", "BUS", "SPY", "COP",
        "ELI", "PTY", "EDU", "LAB", "REL", "CRM", "AGR", "DEV", "ENV", "HRI", "MOD", "RAD", "UAF", "SEP",
    };

    public static ActorLexicon Load(DataDirectory data, bool phoenix)
    {
        var diags = new List<Diagnostic>();
        var own = new List<(string, ActorEntry)>();
        ReadCountries(Read(data.FindProjectFile(CountriesFile), CountriesFile, diags), own);
        ReadRoles(Read(data.FindProjectFile(RolesFile), RolesFile, diags), own, diags);
        ReadOrgs(Read(data.FindProjectFile(OrgsFile), OrgsFile, diags), own, diags);
        ReadPeople(Read(data.FindProjectFile(PeopleFile), PeopleFile, diags), own, diags);
        var ph = new List<(string, ActorEntry)>();
        if (phoenix)
            foreach (var f in PhoenixFiles)
                if (data.FindData(f) is { } path) ReadPhoenix(File.ReadLines(path), Path.GetFileName(path), ph);
        return new ActorLexicon(own, ph, diags);
    }

    /// <summary>For tests: a lexicon from lines given in memory, in the formats of the files.</summary>
    public static ActorLexicon FromLines(IEnumerable<string> countries, IEnumerable<string> roles, IEnumerable<string> orgs,
        IEnumerable<string> people, IEnumerable<string>? phoenix = null)
    {
        var diags = new List<Diagnostic>();
        var own = new List<(string, ActorEntry)>();
        ReadCountries(Numbered(countries), own);
        ReadRoles(Numbered(roles), own, diags);
        ReadOrgs(Numbered(orgs), own, diags);
        ReadPeople(Numbered(people), own, diags);
        var ph = new List<(string, ActorEntry)>();
        if (phoenix is not null) ReadPhoenix(phoenix, "phoenix", ph);
        return new ActorLexicon(own, ph, diags);
    }

    private static IEnumerable<(int, string)> Numbered(IEnumerable<string> lines) => lines.Select((l, i) => (i + 1, l));

    private static IEnumerable<(int, string)> Read(string? path, string name, List<Diagnostic> diags)
    {
        if (path is null)
        {
            diags.Add(new Diagnostic("ACTOR001", Severity.Warning, $"Actor lexicon {name} not found; actors it would code stay uncoded. Run from a checkout or give --data."));
            return [];
        }
        return Numbered(File.ReadAllLines(path));
    }

    private static IEnumerable<string[]> Rows(IEnumerable<(int Line, string Text)> lines)
    {
        foreach (var (_, text) in lines)
        {
            if (text.Length == 0 || text[0] == '#') continue;
            yield return text.Split('\t');
        }
    }

    private static void ReadCountries(IEnumerable<(int, string)> lines, List<(string, ActorEntry)> own)
    {
        foreach (var cols in Rows(lines))
        {
            if (cols.Length < 2 || cols[0].Length != 3) continue;
            var iso = cols[0];
            foreach (var n in cols[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                own.Add((n, new ActorEntry(EntryKind.CountryName, iso, null, "lexicon")));
            if (cols.Length > 2)
                foreach (var a in cols[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    own.Add((a, new ActorEntry(EntryKind.CountryAdjective, iso, null, "lexicon")));
        }
    }

    private static void ReadRoles(IEnumerable<(int, string)> lines, List<(string, ActorEntry)> own, List<Diagnostic> diags)
    {
        foreach (var cols in Rows(lines))
        {
            if (cols.Length < 2) { diags.Add(new Diagnostic("ACTOR002", Severity.Warning, $"{RolesFile}: line '{cols[0]}' has no code column; expected phrase<TAB>code.")); continue; }
            var code = cols[1].Trim();
            var phrase = cols[0].Trim();
            if (code == "~") { own.Add((phrase, new ActorEntry(EntryKind.Modifier, "", null, "lexicon"))); continue; }
            var entry = new ActorEntry(EntryKind.Role, code, null, "lexicon");
            own.Add((phrase, entry));
            // Regular plurals come for free ("official" → "officials"); irregular ones are listed.
            if (Plural(phrase) is { } plural) own.Add((plural, entry));
        }
    }

    internal static string? Plural(string phrase)
    {
        if (phrase.EndsWith("ss", StringComparison.Ordinal)) return phrase + "es"; // witness → witnesses
        if (phrase.Length < 3 || phrase.EndsWith('s') || phrase.EndsWith("men", StringComparison.Ordinal) || phrase.EndsWith("-held", StringComparison.Ordinal)
            || phrase.EndsWith("-controlled", StringComparison.Ordinal) || phrase.EndsWith("ry", StringComparison.Ordinal) && phrase.EndsWith("military", StringComparison.Ordinal))
            return null;
        if (phrase.EndsWith('y') && !"aeiou".Contains(phrase[^2])) return phrase[..^1] + "ies";
        if (phrase.EndsWith("sh", StringComparison.Ordinal) || phrase.EndsWith("ch", StringComparison.Ordinal) || phrase.EndsWith('x')) return phrase + "es";
        if (phrase.EndsWith("man", StringComparison.Ordinal)) return phrase[..^3] + "men";
        return phrase + "s";
    }

    private static void ReadOrgs(IEnumerable<(int, string)> lines, List<(string, ActorEntry)> own, List<Diagnostic> diags)
    {
        foreach (var cols in Rows(lines))
        {
            if (cols.Length < 2) { diags.Add(new Diagnostic("ACTOR002", Severity.Warning, $"{OrgsFile}: line '{cols[0]}' has no code column; expected names<TAB>code.")); continue; }
            var entry = new ActorEntry(EntryKind.Org, cols[1].Trim(), null, "lexicon");
            foreach (var n in cols[0].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                own.Add((n, entry));
        }
    }

    private static void ReadPeople(IEnumerable<(int, string)> lines, List<(string, ActorEntry)> own, List<Diagnostic> diags)
    {
        // One person may have several rows (several offices); gather each name's ranges in file order.
        var byName = new Dictionary<string, List<DatedCode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var cols in Rows(lines))
        {
            if (cols.Length < 2) { diags.Add(new Diagnostic("ACTOR002", Severity.Warning, $"{PeopleFile}: line '{cols[0]}' has no code column; expected names<TAB>code<TAB>from<TAB>to.")); continue; }
            var from = cols.Length > 2 ? ParseIso(cols[2]) : null;
            var to = cols.Length > 3 ? ParseIso(cols[3]) : null;
            var dc = new DatedCode(cols[1].Trim(), from, to);
            foreach (var n in cols[0].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!byName.TryGetValue(n, out var list)) { byName[n] = list = new List<DatedCode>(); order.Add(n); }
                list.Add(dc);
            }
        }
        foreach (var n in order)
            own.Add((n, new ActorEntry(EntryKind.Person, byName[n][^1].Code, byName[n], "lexicon")));
    }

    private static DateOnly? ParseIso(string s) =>
        DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>
    /// Phoenix/TABARI actor format: a primary phrase line (WORD_WORD_ [CODE]), synonym lines starting
    /// with '+', and code lines starting with whitespace ([CODE], [CODE yymmdd-yymmdd], [CODE &gt;yymmdd],
    /// [CODE &lt;yymmdd]). A block ends at the next primary line. Comments start with '#'.
    /// </summary>
    internal static void ReadPhoenix(IEnumerable<string> lines, string origin, List<(string, ActorEntry)> into)
    {
        var phrases = new List<string>();
        var codes = new List<DatedCode>();
        void Flush()
        {
            if (phrases.Count > 0 && codes.Count > 0)
            {
                // Dated codes mark office holders (people); undated ones name places and bodies. A country's places
                // dated only through its occupation ("Baghdad": IRQ, IRQOCC 2003-2006, IRQ) are that country's places on
                // every date: the occupation is the country's state, no party ("Zawahiri travelled to Baghdad" is no
                // visit to an occupying force).
                if (codes.Count > 1 && codes.Exists(c => c.Code != Unoccupied(c.Code)) && codes.TrueForAll(c => Unoccupied(c.Code) == codes[0].Code))
                {
                    var country = codes[0].Code;
                    codes.Clear();
                    codes.Add(new DatedCode(country, null, null));
                }
                var kind = codes.Any(c => c.From is not null || c.To is not null) ? EntryKind.Person : EntryKind.Org;
                var entry = new ActorEntry(kind, codes[^1].Code, codes.ToArray(), "phoenix:" + origin);
                foreach (var p in phrases) into.Add((p, entry));
            }
            phrases.Clear();
            codes.Clear();
        }
        foreach (var raw in lines)
        {
            var hash = raw.IndexOf('#');
            var line = hash >= 0 ? raw[..hash] : raw;
            if (line.Trim().Length == 0) continue;
            bool indented = char.IsWhiteSpace(line[0]);
            var trimmed = line.Trim();
            if (!indented && trimmed[0] != '+' && trimmed[0] != '[') Flush();
            int bracket = trimmed.IndexOf('[');
            var phrasePart = bracket >= 0 ? trimmed[..bracket] : trimmed;
            foreach (var p in phrasePart.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var phrase = p.Replace(' ', '_').Replace('_', ' ').Trim();
                if (phrase.Length > 1) phrases.Add(phrase);
            }
            while (bracket >= 0)
            {
                int close = trimmed.IndexOf(']', bracket);
                if (close < 0) break;
                if (ParsePhoenixCode(trimmed[(bracket + 1)..close]) is { } dc) codes.Add(dc);
                bracket = trimmed.IndexOf('[', close);
            }
        }
        Flush();
    }

    /// <summary>"IRQOCC" → "IRQ": a country's code with the occupation mark taken off; any other code as it is.</summary>
    private static string Unoccupied(string code) =>
        code.Length == 6 && code.EndsWith("OCC", StringComparison.Ordinal) ? code[..3] : code;

    private static DatedCode? ParsePhoenixCode(string body)
    {
        var parts = body.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        var code = parts[0].Trim();
        if (code.Length < 3 || code.StartsWith('~') || !code.All(char.IsAsciiLetterUpper)) return null;
        if (code.Length == 3 && SectorCodes.Contains(code)) return null;
        var (from, to) = PhoenixRange(string.Concat(parts.AsSpan(1)));
        return new DatedCode(code, from, to);
    }

    /// <summary>
    /// The date range after a code, spaces already removed: "&gt;yymmdd" (from that day), "&lt;yymmdd" (before it),
    /// "yymmdd-yymmdd" (both days included); both bounds null when there is none. The dictionaries also write "[EGYGOV &gt; 140608]" and
    /// "[HOBGOV 19950601 - 19990815]", so the caller joins the parts first.
    /// </summary>
    internal static (DateOnly? From, DateOnly? To) PhoenixRange(string range)
    {
        if (range.StartsWith('>')) return (PhoenixDate(range[1..]), null);
        if (range.StartsWith('<')) return (null, PhoenixDate(range[1..]));
        var dash = range.IndexOf('-');
        // "yymmdd-yymmdd" holds both its days (the last one too: To is the day after it).
        if (dash > 0) return (PhoenixDate(range[..dash]), PhoenixDate(range[(dash + 1)..])?.AddDays(1));
        return (null, null);
    }

    /// <summary>yymmdd (years below 30 are 20xx) or yyyymmdd; anything else is an open bound.</summary>
    private static DateOnly? PhoenixDate(string s)
    {
        s = s.Trim();
        if (!s.All(char.IsAsciiDigit)) return null;
        int y, m, d;
        if (s.Length == 6) { y = int.Parse(s[..2], CultureInfo.InvariantCulture); y += y < 30 ? 2000 : 1900; m = int.Parse(s[2..4], CultureInfo.InvariantCulture); d = int.Parse(s[4..6], CultureInfo.InvariantCulture); }
        else if (s.Length == 8) { y = int.Parse(s[..4], CultureInfo.InvariantCulture); m = int.Parse(s[4..6], CultureInfo.InvariantCulture); d = int.Parse(s[6..8], CultureInfo.InvariantCulture); }
        else return null;
        if (m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }
}
