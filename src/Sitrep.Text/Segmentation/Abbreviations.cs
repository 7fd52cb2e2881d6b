using System.Collections.Frozen;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Words that take a period without ending a sentence. Typed in by hand (English usage, not a copied
/// list). Lookups take spans so the hot path never allocates a string.
/// </summary>
public static class Abbreviations
{
    /// <summary>
    /// Abbreviations that stand before a name or number ("Gen. Smith", "No. 5", "St. Louis") and so
    /// almost never end a sentence. Compared case-sensitively: "No." starts a list number, "no." is a word.
    /// </summary>
    private static readonly FrozenSet<string> Prenominal = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "Rev", "Revs", "Hon", "Fr", "Msgr",
        "Gen", "Gens", "Lt", "Col", "Cols", "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt",
        "Spc", "Ens", "Lieut", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Pres", "Amb", "Atty", "Supt", "Insp",
        "Det", "Gov't", "Mt", "Ft", "St", "Ste", "No", "Nos", "Nr", "Vol", "Vols", "Fig", "Figs", "Art", "Arts",
        "Sec", "Ch", "Chap", "Pt", "pp", "vs", "cf", "viz", "approx", "ca", "Ph", "Mme", "Mlle", "Sra", "Sta",
    ]);

    /// <summary>
    /// Abbreviations that may end a sentence ("… of Acme Inc. The firm …") as well as sit inside one.
    /// Compared ignoring case ("Inc."/"inc.", "etc."/"Etc.").
    /// </summary>
    private static readonly FrozenSet<string> General = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Assoc", "Dept", "Univ", "Inst", "Govt", "Intl",
        "Jr", "Esq", "etc", "al", "eg", "ie", "ext", "est", "tel", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Apt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn",
        "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "min", "max", "hr", "hrs", "mins", "sec", "secs", "yr", "yrs",
        "mo", "mos", "wk", "wks", "no", "nos", "dist", "div", "gov", "jr", "sr", "mt", "op", "ed", "eds", "ref",
    ]);

    // Words that are also ordinary words: "Wash." / "Miss." / "Ill." / "Sun." end sentences far more
    // often than they abbreviate, so they count only when a capitalised word or a digit follows.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrenominalLookup = Prenominal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GeneralLookup = General.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prefixes that EWT keeps joined to the rest of a hyphenated word ("non-human", "e-mail", "anti-war").</summary>
    private static readonly FrozenSet<string> HyphenPrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "neo",
        "cross", "counter", "intra", "inter", "un", "arch", "psycho", "mis", "vice", "micro", "macro", "ultra",
        "trans", "pseudo", "quasi", "hyper", "infra", "extra", "meh", "uni", "bi", "tri", "geo", "socio", "mega",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixLookup = HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word (without its period) that takes an abbreviating period.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => PrenominalLookup.Contains(word) || GeneralLookup.Contains(word);

    /// <summary>True for a title or reference word that stands before a name or number ("Gen.", "No.").</summary>
    public static bool IsPrenominal(ReadOnlySpan<char> word) => PrenominalLookup.Contains(word);

    /// <summary>True when "word-..." stays one token (a bound prefix such as non-, anti-, e-).</summary>
    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => HyphenPrefixLookup.Contains(word);

    /// <summary>
    /// Dotted short forms whose segments are all one or two letters ("U.S", "a.m", "Ph.D", "W.H.S"):
    /// their final period belongs to them.
    /// </summary>
    public static bool IsDottedInitialism(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0) return false;
        int seg = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (seg == 0) return false;
                seg = 0;
                continue;
            }
            if (!char.IsLetter(c) || ++seg > 2) return false;
        }
        return seg > 0;
    }
}
