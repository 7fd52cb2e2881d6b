using Sitrep.Core.Model;
using Sitrep.Text;

namespace Sitrep.Extraction.Figures;

/// <summary>
/// The figure vocabulary (our own word lists; facts of English, typed in). Lookups are by span, case-insensitive,
/// without allocating.
/// </summary>
internal static class FigureWords
{
    /// <summary>Words after a count that say what happened to the people counted ("six civilians were killed").</summary>
    private static readonly Dictionary<string, FigureKind> _after = Make(new()
    {
        [FigureKind.Killed] = ["killed", "dead", "died", "die", "deaths", "death", "fatalities", "slain", "massacred", "executed", "perished", "murdered", "bodies", "lives",
            "drowned", "killings", "slayings", // "five people drowned", "12 killings in the camp"
            "hanged", "beheaded", "lynched", // "at least four people were hanged in public"
            "buried", // "Village chief says 40 buried after raid" (not "buried under the rubble", FigureStage)
            "neutralised", "neutralized"], // armies' word for enemies killed: "30 terrorists were neutralised"
        [FigureKind.Wounded] = ["wounded", "injured", "hurt", "injuries", "maimed",
            "wounds", // "had treated 28 people for gunshot wounds"
            "hospitalised", "hospitalized"], // "Another eight people were hospitalised" (after a blast or a strike)
        [FigureKind.Displaced] = ["displaced", "uprooted", "homeless", "evacuated", "fled", "flee", "fleeing", "IDPs", // "1 million IDPs"
            "relocated"], // "some 4,000 people were relocated" (moved by the authorities, as evacuated)
        [FigureKind.Refugees] = ["refugees"],
        [FigureKind.Other] = ["casualties"], // killed and wounded together: "caused more than 300 casualties"
        [FigureKind.Trapped] = ["trapped", "stranded"],
        [FigureKind.Besieged] = ["besieged"],
        // hunger as a sitrep counts it: "300,000 children suffer from severe acute malnutrition", "638,000 people face famine"
        [FigureKind.WithoutFood] = ["famine", "starvation", "malnutrition", "malnourished", "hunger"],
        [FigureKind.Missing] = ["missing", "unaccounted"],
        [FigureKind.Detained] = ["detained", "arrested", "jailed", "imprisoned", "detainees", "prisoners", "prisoner", "captured", "rounded"],
        [FigureKind.Kidnapped] = ["kidnapped", "abducted", "hostages", "hostage",
            "captive", "captives"], // "the 251 people taken captive in the attack"
        [FigureKind.Affected] = ["affected", "live", "living", "reside", "remain", "need", "needs", "needed", "needing",
            "require", "requires", "required", "requiring"], // "24.6 million people require humanitarian assistance"
    });

    /// <summary>Verbs and nouns before a count ("killing 12", "the death toll rose to 52").</summary>
    private static readonly Dictionary<string, FigureKind> _before = Make(new()
    {
        [FigureKind.Killed] = ["killing", "killed", "kills", "kill", "toll", "massacring", "executing", "executed", "bodies",
            "hanged", "hanging", "beheaded", "beheading", "lynched", // "Iran hanged 12 men", "beheading 11 villagers"
            "buried", // "We buried 40 people today"
            "neutralised", "neutralized", "neutralising", "neutralizing", // "the army said it neutralised 30 terrorists"
            "death", "deaths", "execution", "executions", "massacre", "murder", "murders", "slaughter", // "the execution of about 22,000"
            "dead", // "the dead included four children"
            "killings", "slayings", "slaying"], // "the slayings of 14 women over five years"
        [FigureKind.Wounded] = ["injuring", "wounding", "injured", "wounded", "injures", "wounds",
            "injure", // headlines' present: "Bombings kill 40, injure 120"
            "injuries"], // "the death of two peacekeepers and injuries to four others"
        [FigureKind.Displaced] = ["displacing", "uprooting", "displaced", "evacuating", "evacuated", // "evacuated 2,400 civilians"
            "uprooted", // "The fighting uprooted an estimated 50,000 people"
            "displace", "displaces"], // headlines' present: "Floods displace 1.2m people"
        [FigureKind.Detained] = ["arresting", "arrested", "detaining", "detained", "arrests", "rounding",
            "arrest", "detain", "detains", // headlines' present: "Police arrest 40 protesters"
            "captured", "capturing"], // "captured four others" (people only: FigureStage)
        [FigureKind.Kidnapped] = ["kidnapping", "kidnapped", "abducting", "abducted", "seizing",
            "seized", // "Gunmen seized at least 287 pupils" (a count of things after it is none: "seized 12 vehicles")
            "kidnap", "kidnaps", "abduct", "abducts"], // "Gunmen abduct 20 passengers in Zamfara"
        [FigureKind.Affected] = ["affecting", "affected"], // "the floods affected more than 1.1 million"
        [FigureKind.Other] = ["lost"], // an army's losses, killed and wounded: "Russia had lost 1,040 troops" (people only: FigureStage)
    });

    /// <summary>Nouns that count things, never people: a count of them is no casualty figure.</summary>
    private static readonly HashSet<string> _things = new(StringComparer.OrdinalIgnoreCase)
    {
        "hospital", "hospitals", "building", "buildings", "home", "homes", "house", "houses", "school", "schools", "vehicle", "vehicles",
        "car", "cars", "truck", "trucks", "tank", "tanks", "aircraft", "plane", "planes", "jets", "helicopters", "missile", "missiles",
        "rocket", "rockets", "shell", "shells", "bomb", "bombs", "strike", "strikes", "airstrikes", "raids", "attacks", "villages",
        "towns", "cities", "districts", "neighbourhoods", "neighborhoods", "facilities", "clinics", "mosques", "churches", "bridges",
        "percent", "per", "km", "kilometres", "kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars", "euros", "pounds",
        "points", "seats", "votes", "times", "hours", "days", "weeks", "months", "years", "minutes", "incidents", "cases", "sites",
        "countries", "nations", "resolution", "ceasefires", "truces", "checkpoints", "positions", "barrels", "litres",
        "shares", "feet", "foot", "inches", "yards", "explosions", "blasts", "bombings", "shots", "grenades", "drones", "mortars",
        "stations", "crosses", "monuments", "statues", "guns", "weapons", "rifles", "atrocity", "atrocities", "attempts", "coffins",
        "nationalities", "services", "sides", // "the two sides traded blame"
        "boats", "ships", "vessels", "buses", "trains", "convoys", "flights", // "Two boats carrying Rohingya refugees sank"
        "bullets", "cartridges",
        // land: "famine was confirmed in five areas including a camp for displaced people"
        "areas", "regions", "provinces", "governorates", "counties", "localities", "municipalities", "camps", "settlements",
        "townships", "communes", "wards", "prefectures", "states", // "17 million people across 57 townships were affected"
        // animals: a count of them is no casualty figure ("poachers killed 11 elephants")
        "animals", "elephants", "rhinos", "sharks", "whales", "dolphins", "lions", "cattle", "cows", "sheep", "goats", "camels",
        "horses", "donkeys", "dogs", "birds", "chickens", "pigs", "livestock",
    };

    /// <summary>Words that end a clause: a kind word beyond one belongs to another figure or event.</summary>
    private static readonly HashSet<string> _clauseEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "while", "whereas", "although", "though", "because", "after", "before", "when", "since", "which", "whose", "as", "whom",
    };

    /// <summary>Words a figure's place phrase opens with ("in Aleppo", "near the border town"); the lexicon marks them <see cref="Times.Cue.PlaceLead"/>.</summary>
    internal static readonly string[] PlaceLeads = ["in", "across", "near", "outside", "inside", "around", "from", "into", // "crossed into eastern Chad"
        "off"]; // "seized a ship off the coast of Somalia"

    /// <summary>The first words of the phrases that make a figure a running total ("since the start", "so far", "years on"); <see cref="Times.Cue.TotalLead"/>.</summary>
    internal static readonly string[] TotalLeads = ["since", "years", "year", "months", "month", "in", "to", "so", "throughout", "this",
        "war", "conflict", "insurgency", "which", "that",
        "overall"]; // "pushing the overall death toll past 70,000" // "a war that has killed", "the conflict, which has displaced", "The war has killed"

    /// <summary>
    /// One person, named by a noun after "a"/"an": "a soldier was killed", "killing a child" (a count of one). Lower case only:
    /// "a Marine" is read by the plural counts' rules, not these.
    /// </summary>
    internal static readonly string[] SingularPeople =
    [
        "soldier", "civilian", "child", "boy", "girl", "man", "woman", "policeman", "policewoman", "officer", "journalist", "reporter",
        "photographer", "cameraman", "worker", "farmer", "student", "teacher", "doctor", "nurse", "medic", "paramedic", "guard",
        "fighter", "militant", "rebel", "insurgent", "protester", "demonstrator", "pedestrian", "resident", "villager", "driver",
        "pilot", "peacekeeper", "teenager", "baby", "toddler", "infant", "detainee", "hostage", "commander", "trader", "shepherd",
        "fisherman", "priest", "imam", "judge", "lawyer", "activist", "conscript", "volunteer", "refugee", "migrant", "tourist",
        "passenger", "official", "settler", "gunman", "bystander", "father", "mother", "son", "daughter",
        "member", "crewman", "sailor", "seaman", "miner", "contractor", // "killing a crew member" ("a member of" is no one)
        "general", "colonel", "captain", "lieutenant", "sergeant", "corporal", // ranks: "120 soldiers and a senior general were killed"
        "national", "citizen", "employee", "escort", "bodyguard", "diplomat", "engineer", "aide", // "two Dutch nationals and a Belgian national"
    ];

    /// <summary>Places people are held in: "361 journalists are in prison", "8,000 remain in Russian captivity" (detained).</summary>
    internal static readonly string[] Confinement = ["prison", "prisons", "jail", "jails", "detention", "custody", "captivity"];

    /// <summary>Words that end the noun phrase of the people counted ("12 civilians | were killed"); <see cref="Times.Cue.Stop"/>.</summary>
    internal static readonly string[] Stops =
    [
        "were", "was", "have", "has", "had", "are", "is", "and", "or", "in", "on", "at", "from", "to", "of", "who", "that", "still", "over",
        "by", "with", "since", "as", "for", "the", "including", "without", "under", "reportedly", "also", "been", "being", "after", "when", "during",
        "face", "faced", "facing", // "some 17 million face acute food insecurity"
    ];

    private static readonly Dictionary<string, FigureKind>.AlternateLookup<ReadOnlySpan<char>> _afterL = _after.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, FigureKind>.AlternateLookup<ReadOnlySpan<char>> _beforeL = _before.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _thingsL = _things.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseEndL = _clauseEnd.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _singularL = new HashSet<string>(SingularPeople, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every word of the four lists (for <see cref="Times.Lexicon"/>, which reads each one's class once).</summary>
    internal static IEnumerable<string> AllWords => _after.Keys.Concat(_before.Keys).Concat(_things).Concat(_clauseEnd).Concat(Confinement).Concat(SingularPeople);

    public static FigureKind? After(ReadOnlySpan<char> w) => _afterShapes.MayContain(w) && _afterL.TryGetValue(w, out var k) ? k : null;
    public static FigureKind? Before(ReadOnlySpan<char> w) => _beforeShapes.MayContain(w) && _beforeL.TryGetValue(w, out var k) ? k : null;
    public static bool IsSingularPerson(ReadOnlySpan<char> w) => _singularL.Contains(w);

    /// <summary>The plural of a <see cref="SingularPeople"/> word, in lower case: "pilots", "men", "policemen", "children", "babies".</summary>
    public static bool IsPluralPerson(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || !char.IsLower(w[0])) return false;
        if (w.EndsWith("men")) return w.Length == 3 ? true : _singularL.Contains(string.Concat(w[..^3], "man"));
        if (w.SequenceEqual("children") || w.SequenceEqual("babies")) return true;
        return w[^1] == 's' && _singularL.Contains(w[..^1]);
    }
    public static bool IsThing(ReadOnlySpan<char> w) => _thingShapes.MayContain(w) && _thingsL.Contains(w);
    public static bool EndsClause(ReadOnlySpan<char> w) => _clauseEndShapes.MayContain(w) && _clauseEndL.Contains(w);

    // These run on most words of a sentence with a number. A word whose (length, first two letters) no list word
    // has cannot be in the list: one bit rules it out before the case-insensitive hash. Other words (non-ASCII,
    // one letter, long) always go to the hash.
    private static readonly WordShapeFilter _afterShapes = new(_after.Keys);
    private static readonly WordShapeFilter _beforeShapes = new(_before.Keys);
    private static readonly WordShapeFilter _thingShapes = new(_things);
    private static readonly WordShapeFilter _clauseEndShapes = new(_clauseEnd);

    private static Dictionary<string, FigureKind> Make(Dictionary<FigureKind, string[]> byKind)
    {
        var d = new Dictionary<string, FigureKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, words) in byKind)
            foreach (var w in words) d[w] = k;
        return d;
    }
}
