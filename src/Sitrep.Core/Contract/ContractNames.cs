using Sitrep.Core.Model;

namespace Sitrep.Core.Contract;

/// <summary>The contract's spelling of each enum value (snake_case, as CONTRACT.md lists them).</summary>
public static class ContractNames
{
    public static string Of(BoilerplateKind k) => k switch
    {
        BoilerplateKind.RelatedLink => "related_link",
        BoilerplateKind.Caption => "caption",
        BoilerplateKind.Duplicate => "duplicate",
        BoilerplateKind.SourceLine => "source_line",
        BoilerplateKind.Byline => "byline",
        _ => "other",
    };

    public static string Of(FigureKind k) => k switch
    {
        FigureKind.WithoutWater => "without_water",
        FigureKind.WithoutFood => "without_food",
        _ => k.ToString().ToLowerInvariant(),
    };

    public static string Of(Qualifier q) => q switch
    {
        Qualifier.AtLeast => "at_least",
        Qualifier.MoreThan => "more_than",
        Qualifier.LessThan => "less_than",
        Qualifier.UpTo => "up_to",
        _ => q.ToString().ToLowerInvariant(),
    };

    public static string Of(PlacePrecision p) => p switch
    {
        PlacePrecision.PartOfCity => "part_of_city",
        _ => p.ToString().ToLowerInvariant(),
    };

    public static string Of(QuoteKind k) => k == QuoteKind.Direct ? "direct" : "indirect";
    public static string Of(Modality m) => m.ToString().ToLowerInvariant();
    public static string Of(Severity s) => s.ToString().ToLowerInvariant();

    public static bool TryParseFigureKind(string s, out FigureKind kind)
    {
        foreach (var k in Enum.GetValues<FigureKind>())
            if (Of(k) == s) { kind = k; return true; }
        kind = FigureKind.Other;
        return false;
    }

    public static bool TryParseQualifier(string s, out Qualifier qualifier)
    {
        foreach (var q in Enum.GetValues<Qualifier>())
            if (Of(q) == s) { qualifier = q; return true; }
        qualifier = Qualifier.Exact;
        return false;
    }
}
