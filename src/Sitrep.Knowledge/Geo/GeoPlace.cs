namespace Sitrep.Knowledge.Geo;

/// <summary>What a gazetteer entry is; decides its precision and its prior when a name is ambiguous.</summary>
public enum GeoKind : byte
{
    Continent,
    MacroRegion,
    Water,
    Country,
    Admin1,
    Admin2,
    /// <summary>A named region news uses that is no administrative unit (Donbas, Darfur, Golan Heights).</summary>
    Region,
    City,
    /// <summary>A section of a populated place (GeoNames PPLX): a district or quarter.</summary>
    Section,
    Other,
}

/// <summary>How a name reaches a place: its own name, an alternate, a demonym/adjective, or a case-exact abbreviation.</summary>
[Flags]
public enum NameFlags : byte
{
    None = 0,
    /// <summary>An alternate name (other language, transliteration, short form), not the place's main name.</summary>
    Alternate = 1,
    /// <summary>A demonym or adjective (Syrian, Kurdish): evidence for the place, a place only when it locates something.</summary>
    Demonym = 2,
    /// <summary>Must match with exactly this case (Calif., D.C., US).</summary>
    ExactCase = 4,
}

/// <summary>One gazetteer entry, materialised on request from the index's columns.</summary>
public readonly record struct GeoPlace(
    int Index,
    long? GeonameId,
    string Name,
    double Lat,
    double Lon,
    string Country,
    string? Admin1,
    string Feature,
    GeoKind Kind,
    long Population);

/// <summary>A name index hit: the place and how the name reached it.</summary>
public readonly record struct NameHit(int Place, NameFlags Flags);
