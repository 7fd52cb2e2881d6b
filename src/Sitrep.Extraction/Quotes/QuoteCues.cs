using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Speech cues (said, told, according to, …) from lexicons/quotes-cues.tsv: each phrase and whether it
/// can introduce reported speech without quotation marks. Immutable; shared across threads.
/// </summary>
public sealed class QuoteCues
{
    public const string CuesFile = "lexicons/quotes-cues.tsv";

    // Used only when the lexicon file is missing (a diagnostic says so): the commonest cues.
    private static readonly string[] Fallback = ["said\tyes", "says\tyes", "told\tyes", "added\tyes", "according to\tyes"];

    private readonly FrozenDictionary<string, bool> _cues;
    private readonly FrozenSet<string> _clauseOnly;

    public int MaxWords { get; }
    public IReadOnlyList<Diagnostic> LoadDiagnostics { get; }

    private QuoteCues(IEnumerable<string> lines, IReadOnlyList<Diagnostic> diagnostics)
    {
        var d = new Dictionary<string, bool>(StringComparer.Ordinal);
        var clauseOnly = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            var phrase = cols[0].Trim().ToLowerInvariant();
            if (phrase.Length == 0) continue;
            d[phrase] = cols.Length < 2 || cols[1].Trim() != "no";
            if (cols.Length >= 3 && cols[2].Trim() == "clause") clauseOnly.Add(phrase);
        }
        _cues = d.ToFrozenDictionary(StringComparer.Ordinal);
        _clauseOnly = clauseOnly.ToFrozenSet(StringComparer.Ordinal);
        MaxWords = d.Count == 0 ? 1 : d.Keys.Max(k => k.Split(' ').Length);
        LoadDiagnostics = diagnostics;
    }

    public static QuoteCues Load(DataDirectory data)
    {
        var path = data.FindProjectFile(CuesFile);
        if (path is null)
            return new QuoteCues(Fallback, [new Diagnostic("QUOTE010", Severity.Warning, $"Quote cue lexicon {CuesFile} not found; only a few common cues (said, told, according to) are used.")]);
        return new QuoteCues(File.ReadLines(path), []);
    }

    public static QuoteCues FromLines(IEnumerable<string> lines) => new(lines, []);

    /// <summary>True (and whether it can introduce indirect speech) when the phrase is a cue.</summary>
    public bool TryGet(string phrase, out bool indirect) => _cues.TryGetValue(phrase, out indirect);

    /// <summary>
    /// True when the cue is also a verb of deeds with an object ("recalled its ambassador", "pledged $500 million",
    /// "announced new sanctions"): it reports speech after it only when a clause follows.
    /// </summary>
    public bool ReportsOnlyClauses(string phrase) => _clauseOnly.Contains(phrase);
}
