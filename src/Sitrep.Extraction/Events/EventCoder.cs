using System.Runtime.InteropServices;
using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Syntax;

namespace Sitrep.Extraction.Events;

/// <summary>An actor found in an argument phrase: its CAMEO code and the words that decided it.</summary>
public readonly record struct ActorHit(string Code, TextSpan Span);

/// <summary>Finds the CAMEO actors named in a phrase (an inclusive range of the parse's words) of a document.</summary>
public interface IEventActorSource
{
    void Find(ArticleDocument document, ImmutableArray<TextSpan> words, int first, int last, int head, List<ActorHit> found);
}

/// <summary>
/// Codes events from a dependency parse: for each predicate the lexicon knows (a verb, or an event noun),
/// who did it (subject, passive agent, "by" phrase, or the subject inherited from a governing verb) to
/// whom (object, passive subject, oblique). Negation, refusal, denial, threats, conditions, questions and
/// plans set <see cref="Event.Negated"/> and <see cref="Event.Modality"/>. A predicate with no coded source
/// actor yields no event. Thread-safe: all state is per call.
/// </summary>
public sealed partial class EventCoder
{
    private readonly EventLexicon _lex;
    private readonly CameoTable _cameo;
    private readonly IEventActorSource _actors;
    private readonly PetrarchVerbs? _petrarch;

    // ISO 3166 alpha-2 → alpha-3 (the CAMEO country root), for places the gazetteer resolved.
    private readonly IReadOnlyDictionary<string, string> _iso3;

    /// <summary>Country codes alpha-2 → alpha-3 the coder was given (empty when none).</summary>
    internal IReadOnlyDictionary<string, string> CountryCodes => _iso3;
    /// <summary>Alpha-3 → alpha-2, the reverse of <see cref="CountryCodes"/>.</summary>
    internal IReadOnlyDictionary<string, string> CountryOfCode { get; }

    /// <param name="iso3">Country codes alpha-2 → alpha-3: a place hit by force with no actor named stands for its country.</param>
    /// <param name="dictionaryDecides">The verb dictionary is the user's codebook (given in place of CAMEO.2.0): a verb it
    /// lists takes its code, never our lexicon's.</param>
    public EventCoder(EventLexicon lexicon, CameoTable cameo, IEventActorSource actors, PetrarchVerbs? petrarch = null, IReadOnlyDictionary<string, string>? iso3 = null,
        bool dictionaryDecides = false)
    {
        _lex = lexicon; _cameo = cameo; _actors = actors; _petrarch = petrarch;
        _iso3 = iso3 ?? new Dictionary<string, string>();
        var iso2 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (c2, c3) in _iso3) iso2.TryAdd(c3, c2);
        CountryOfCode = iso2;
        _dictionaryDecides = dictionaryDecides && petrarch is not null;
    }

    private readonly bool _dictionaryDecides;

    // Governors that change what their complement means.
    private static readonly HashSet<string> Refusals = new(StringComparer.OrdinalIgnoreCase) { "refuse", "decline", "fail", "reject" };
    private static readonly HashSet<string> RefusalNouns = new(StringComparer.OrdinalIgnoreCase) { "refusal", "failure", "rejection" };
    private static readonly HashSet<string> Denials = new(StringComparer.OrdinalIgnoreCase) { "deny" };
    private static readonly HashSet<string> Threats = new(StringComparer.OrdinalIgnoreCase) { "threaten", "warn", "vow" };
    private static readonly HashSet<string> Intents = new(StringComparer.OrdinalIgnoreCase) { "agree", "pledge", "promise", "offer" };
    private static readonly HashSet<string> Needs = new(StringComparer.OrdinalIgnoreCase) { "need", "ought" };
    private static readonly HashSet<string> Plans = new(StringComparer.OrdinalIgnoreCase) { "plan", "prepare", "try", "attempt", "expect", "consider", "propose", "schedule" };
    // "wants to attack", "seeks to deepen ties": saying what one means to do is itself an event, CAMEO's
    // intent (03x) or, for force, a threat (13x); the act itself has not happened.
    private static readonly HashSet<string> Desires = new(StringComparer.OrdinalIgnoreCase) { "want", "seek", "hope", "wish", "aim", "intend", "strive", "desire" };
    // "urged Iran to free the sailors": an appeal to the object for what the complement says (02x). So is persuading
    // ("tried to persuade Russia to accept the withdrawal": Russia accepted nothing).
    private static readonly HashSet<string> Appeals = new(StringComparer.OrdinalIgnoreCase)
        { "urge", "ask", "call", "appeal", "press", "implore", "encourage", "request", "beg", "want", "wish", "persuade", "convince", "lobby", "exhort" };
    private static readonly HashSet<string> Demands = new(StringComparer.OrdinalIgnoreCase) { "demand", "insist" };
    private static readonly HashSet<string> Alleging = new(StringComparer.OrdinalIgnoreCase) { "allege" };
    // Verbs whose object does what their complement says ("forced Ukraine to withdraw", "helped rebels seize").
    private static readonly HashSet<string> ObjectControl = new(Appeals, StringComparer.OrdinalIgnoreCase)
        { "force", "order", "allow", "permit", "compel", "persuade", "tell", "help", "enable", "require", "invite", "pressure", "oblige", "instruct", "authorize", "authorise", "convince",
          // ("tapped a European company to provide a tanker", "hired contractors to guard the embassy": the one chosen does it)
          "hire", "tap", "choose", "select", "pick", "appoint", "commission", "recruit", "assign", "task", "employ" };
    // Nouns whose "on"/"over" phrase is a topic: "talks on Syria", "a resolution on Yemen".
    private static readonly HashSet<string> Topical = new(StringComparer.OrdinalIgnoreCase)
        { "talk", "talks", "discussion", "negotiation", "meeting", "summit", "conference", "agreement", "deal", "accord", "resolution", "report", "statement", "dialogue", "consultation", "debate", "vote" };
    // Nouns whose clause says what is threatened or intended: "the US threat to suspend talks", "a pledge to help".
    private static readonly HashSet<string> Possibilities = new(StringComparer.OrdinalIgnoreCase)
        { "risk", "possibility", "prospect", "fear", "danger", "likelihood", "spectre", "specter", "chance" };
    private static readonly HashSet<string> ThreatNouns = new(StringComparer.OrdinalIgnoreCase) { "threat", "warning", "ultimatum" };
    // Reported verdicts: "X said Y's move was illegal / constitutes 'an emotional breakdown'" is X criticising Y (111).
    private static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase) { "say", "tell", "add", "state", "declare", "insist", "argue" };
    private static readonly HashSet<string> Mentioning = new(StringComparer.OrdinalIgnoreCase) { "report", "mention", "define", "describe", "announce", "comment", "remark" };
    private static readonly HashSet<string> Verdicts = new(StringComparer.OrdinalIgnoreCase)
    {
        "unacceptable", "illegal", "illegitimate", "unlawful", "irresponsible", "reckless", "provocation", "provocative",
        "breakdown", "hysteria", "hysterical", "mistake", "blunder", "aggression", "crime", "violation", "absurd",
        "outrageous", "unjustified", "baseless", "groundless", "lie", "propaganda", "disgrace", "disgraceful",
        "shameful", "hypocritical", "hypocrisy", "blackmail", "interference", "meddling", "farce", "nonsense",
    };
    // The linking words between the thing judged and the verdict.
    private static readonly HashSet<string> Linking = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "constitutes", "constitute", "constituted", "represents", "represent",
        "represented", "amounts", "amounted", "amount",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkingLookup = Linking.GetAlternateLookup<ReadOnlySpan<char>>();

    // "the US is on the verge of suspending the discussion": about to act, which said of one's own side threatens or promises.
    // "police and protesters clashed": coordinated subjects of these verbs fight each other.
    private static readonly HashSet<string> Clashes = new(StringComparer.OrdinalIgnoreCase) { "clash", "skirmish", "fight", "battle" };
    // "he probably died": the subject of these suffers, it does nothing to anyone.
    private static readonly HashSet<string> Sufferings = new(StringComparer.OrdinalIgnoreCase) { "die", "perish", "drown", "starve" };
    private static readonly HashSet<string> Saying = new(StringComparer.OrdinalIgnoreCase) { "say" };
    // Verbs that report what someone will do: "said/announced/indicated it would ...".
    private static readonly HashSet<string> Announcing = new(StringComparer.OrdinalIgnoreCase)
        { "say", "tell", "state", "declare", "announce", "indicate", "confirm", "add", "report", "stress", "reiterate", "signal" };
    private static readonly HashSet<string> Facilities = new(StringComparer.OrdinalIgnoreCase)
    {
        "embassy", "consulate", "hospital", "clinic", "school", "market", "mosque", "church", "temple", "camp", "convoy",
        "village", "office", "station", "base", "airport", "port", "prison", "checkpoint", "hotel", "mall", "bus", "train",
        "refinery", "depot", "plant", "facility", "bridge", "dam", "warehouse", "barracks", "headquarters", "compound",
        "building", "ship", "vessel", "tanker", "pipeline", "substation", "terminal",
    };
    private static readonly HashSet<string> Targets = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "civilian", "man", "men", "woman", "women", "child", "children", "boy", "girl", "resident",
        "worker", "driver", "passenger", "villager", "farmer", "herder", "student", "pilgrim", "worshipper", "refugee",
        "town", "city", "suburb", "district", "area", "region", "neighbourhood", "neighborhood", "border", "position",
        "vehicle", "truck", "tanker", "ship", "vessel", "boat", "aircraft", "plane", "helicopter", "house", "home", "building",
        "target", "site", "facility", "stronghold", "outpost", "post", "barracks", "garrison", "patrol", "troop", "force",
        // where people live and work in a city hit from the air: "a missile struck an apartment block"
        "block", "apartment", "restaurant", "shop", "factory",
        // at sea and in kidnappings: "pirates hijacked a bulk carrier", "took 20 fishermen hostage"
        "carrier", "freighter", "trawler", "dhow", "airliner", "crew", "sailor", "fisherman", "fishermen", "hostage", "captive",
        // people gunmen single out: "gunmen shot dead a village chief", "killed two traders on the road"
        "chief", "elder", "teacher", "priest", "pastor", "imam", "trader", "shopkeeper", "motorist", "traveller", "traveler", "guard",
    };
    private static readonly HashSet<string> Weapons = new(StringComparer.OrdinalIgnoreCase)
    {
        "gunfire", "gunman", "gunmen", "shell", "shelling", "missile", "rocket", "bomb", "bombing", "mortar", "drone", "airstrike",
        "strike", "bullet", "explosion", "blast", "grenade", "artillery", "sniper", "ambush", "raid", "fire", "shooting", "gun",
        "explosive", "mine", "landmine", "bombardment", "attack", "assault", "offensive", "clash", "fighting",
    };
    /// <summary>Weapons held in the hand, with those of <see cref="Weapons"/> what one fights "with".</summary>
    private static readonly HashSet<string> HandArms = new(StringComparer.OrdinalIgnoreCase)
        { "arms", "weapon", "rifle", "knife", "machete", "axe", "cannon", "launcher" };
    private static readonly HashSet<string> Accidents = new(StringComparer.OrdinalIgnoreCase)
        { "crash", "collide", "capsize", "sink", "derail", "overturn", "plunge", "collapse", "flood" };
    private static readonly HashSet<string> Mishaps = new(StringComparer.OrdinalIgnoreCase)
    {
        "disaster", "accident", "crash", "collision", "derailment", "earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone",
        "tornado", "flood", "flooding", "tsunami", "landslide", "mudslide", "avalanche", "epidemic", "outbreak", "disease",
        "heatwave", "drought", "famine", "wildfire",
    };
    private static readonly HashSet<string> Claims = new(StringComparer.OrdinalIgnoreCase) { "claim", "admit", "acknowledge" };
    private static readonly HashSet<string> Allegations = new(StringComparer.OrdinalIgnoreCase) { "claim", "allege" };
    // Verbs whose "of"/"for" clause is the deed alleged: "accused X of firing", "blamed X for shelling".
    private static readonly HashSet<string> Accusations = new(StringComparer.OrdinalIgnoreCase) { "accuse", "suspect", "blame" };
    private static readonly HashSet<string> Guards = new(StringComparer.OrdinalIgnoreCase) { "escort", "guard", "protect", "accompany", "hold", "control", "occupy", "man" };
    private static readonly HashSet<string> Vetoing = new(StringComparer.OrdinalIgnoreCase) { "veto" };
    private static readonly HashSet<string> Resolutions = new(StringComparer.OrdinalIgnoreCase) { "resolution", "draft" };
    private static readonly HashSet<string> BrinkNouns = new(StringComparer.OrdinalIgnoreCase) { "verge", "brink", "edge", "point" };
    // Negotiations whose other party an article names once and then leaves implicit ("the talks", "the discussion").
    private static readonly HashSet<string> Negotiations = new(StringComparer.OrdinalIgnoreCase) { "talk", "talks", "discussion", "negotiation", "dialogue", "consultation" };
    private static readonly HashSet<string> Discussing = new(StringComparer.OrdinalIgnoreCase) { "discuss", "debate" };
    private static readonly HashSet<string> Meetings = new(StringComparer.OrdinalIgnoreCase) { "meet" };
    private static readonly HashSet<string> Gatherings = new(StringComparer.OrdinalIgnoreCase) { "summit", "conference", "meeting", "forum", "congress", "games", "olympics" };
    private static readonly HashSet<string> Permissions = new(StringComparer.OrdinalIgnoreCase)
        { "permission", "authorization", "authorisation", "approval", "mandate", "licence", "license", "clearance", "go-ahead" };
    private static readonly HashSet<string> Backing = new(StringComparer.OrdinalIgnoreCase) { "back" };
    private static readonly HashSet<string> ArmedBackers = new(StringComparer.OrdinalIgnoreCase)
    {
        "personnel", "force", "forces", "troops", "soldiers", "police", "policemen", "officers", "peacekeepers", "unit", "units",
        "contingent", "contingents", "marines", "paratroopers", "aircraft", "helicopters", "jets", "drones", "airstrikes", "tanks", "artillery",
    };
    private static readonly HashSet<string> Admitting = new(StringComparer.OrdinalIgnoreCase) { "admit" };
    private static readonly HashSet<string> Inviting = new(StringComparer.OrdinalIgnoreCase) { "invite" };
    private static readonly HashSet<string> Substitutions = new(StringComparer.OrdinalIgnoreCase) { "replacement", "substitution", "substitute" };
    private static readonly HashSet<string> Permitting = new(StringComparer.OrdinalIgnoreCase) { "allow", "permit", "authorize", "authorise" };
    private static readonly HashSet<string> IntentNouns = new(StringComparer.OrdinalIgnoreCase) { "pledge", "promise", "offer", "plan", "decision", "bid", "proposal" };
    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we" };
    private static readonly HashSet<string> Casualties = new(StringComparer.OrdinalIgnoreCase) { "kill", "wound", "injure", "maim" };
    private static readonly HashSet<string> Clearing = new(StringComparer.OrdinalIgnoreCase) { "clear", "rid", "purge" };
    private static readonly HashSet<string> Engaging = new(StringComparer.OrdinalIgnoreCase) { "engage" };
    /// <summary>Fights one is engaged in that the noun lexicon does not list as attacks (no "campaign": "engaged in a
    /// campaign of disinformation" is none).</summary>
    private static readonly HashSet<string> Combats = new(StringComparer.OrdinalIgnoreCase)
        { "combat", "battle", "hostilities", "firefight", "gunfight", "skirmish", "war", "warfare", "fighting", "fight", "clash", "shootout", "gunbattle" };
    private static readonly HashSet<string> JudgedDeeds = new(StringComparer.OrdinalIgnoreCase)
        { "annexation", "decision", "policy", "move", "action", "plan", "proposal", "crackdown", "treatment", "handling", "role", "involvement", "interference", "meddling", "conduct", "refusal", "use",
          // (what one fails or is slow to do is one's own deed too: "frustrated by Uganda's failure to reopen the border")
          "failure", "inability", "reluctance", "inaction", "delay", "response", "stance", "remarks", "comments", "behaviour", "behavior",
          // (and so is what one chooses: "defended the army's consideration of Boeing" defends the army, not Boeing)
          "consideration", "choice", "selection", "approval",
          // (and so is what one does to people: "condemned the army's killing of civilians" condemns the army)
          "murder", "killing", "execution", "detention", "imprisonment", "jailing", "release", "expulsion", "deportation" };
    private static readonly HashSet<string> AidNouns = new(StringComparer.OrdinalIgnoreCase) { "aid", "assistance", "relief", "support", "help", "funding", "loan", "loans", "grant", "grants" };
    private static readonly HashSet<string> Aspects = new(StringComparer.OrdinalIgnoreCase) { "continue", "keep", "begin", "start", "resume" };
    private static readonly HashSet<string> Ceasing = new(StringComparer.OrdinalIgnoreCase) { "stop", "cease", "halt", "quit" };
    private static readonly HashSet<string> PuttingOff = new(StringComparer.OrdinalIgnoreCase) { "hold", "put", "call" };
    private static readonly HashSet<string> Motives = new(StringComparer.OrdinalIgnoreCase)
        { "motivation", "motive", "incentive", "reason", "opportunity", "chance", "temptation", "pressure", "licence", "license" };
    private static readonly HashSet<string> Taking = new(StringComparer.OrdinalIgnoreCase) { "take" };
    private static readonly HashSet<string> UndoneVisits = new(StringComparer.OrdinalIgnoreCase)
        { "cancel", "postpone", "delay", "scrap", "suspend", "call", "plan", "propose", "schedule", "consider", "prepare", "expect", "seek", "want", "invite", "request", "offer", "refuse", "reject", "decline", "oppose", "announce", "arrange" };
    private static readonly HashSet<string> ComingVisits = new(StringComparer.OrdinalIgnoreCase)
        { "planned", "upcoming", "proposed", "expected", "scheduled", "possible", "forthcoming", "future", "intended", "potential", "next", "impending", "coming" };
    private static readonly HashSet<string> Influencing = new(StringComparer.OrdinalIgnoreCase)
        { "inspire", "affect", "influence", "motivate", "impress", "touch", "shape", "radicalize", "radicalise" };
    private static readonly HashSet<string> Risking = new(StringComparer.OrdinalIgnoreCase) { "risk" };
    private static readonly HashSet<string> Coping = new(StringComparer.OrdinalIgnoreCase) { "deal", "cope", "grapple", "contend" };
    private static readonly HashSet<string> Avoiding = new(StringComparer.OrdinalIgnoreCase) { "avoid", "refrain", "shun", "forgo", "forego" };
    // "Russia and Ukraine exchanged prisoners", "traded accusations": each side does it to the other.
    private static readonly HashSet<string> Exchanges = new(StringComparer.OrdinalIgnoreCase) { "exchange", "swap", "trade" };
    // "American and British troops assembled", "Kenyan and Ugandan protesters gathered": coming together in one place is
    // no consultation between those who come.
    // "sent an envoy", "deployed 5,000 troops": whom one sends, moves or keeps somewhere is one's own.
    private static readonly HashSet<string> Sending = new(StringComparer.OrdinalIgnoreCase) { "send", "dispatch", "despatch", "deploy", "redeploy", "move", "station", "maintain", "keep", "position", "post", "mobilize", "mobilise" };
    // (recalling one's own ambassador withdraws him: "recalled its ambassador from Paris" is aimed at France)
    private static readonly HashSet<string> Withdrawing = new(StringComparer.OrdinalIgnoreCase) { "withdraw", "pull", "recall" };
    private static readonly HashSet<string> Assembling = new(StringComparer.OrdinalIgnoreCase) { "gather", "assemble", "congregate", "converge", "mass", "crowd" };
    // Verbs that with "back" repel someone.
    private static readonly HashSet<string> Repelling = new(StringComparer.OrdinalIgnoreCase) { "push", "drive", "beat", "force", "throw" };
    // Armed men, whom one fights, captures or pushes back.
    private static readonly HashSet<string> Combatants = new(StringComparer.OrdinalIgnoreCase)
        { "fighter", "fighters", "troops", "soldier", "soldiers", "rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "militia",
          "militias", "militiaman", "militiamen", "jihadist", "jihadists", "gunmen", "force", "forces", "attacker", "attackers", "invader", "invaders", "enemy" };
    // Verbs of taking by force, and the people and the ground they take.
    private static readonly HashSet<string> Capturing = new(StringComparer.OrdinalIgnoreCase) { "capture", "seize" };
    private static readonly HashSet<string> Captives = new(StringComparer.OrdinalIgnoreCase)
        { "officer", "officers", "policeman", "policemen", "commander", "commanders", "pilot", "pilots", "sailor", "sailors", "mercenary",
          "mercenaries", "civilian", "civilians", "man", "men", "woman", "women", "people", "person", "member", "members", "journalist",
          "journalists", "worker", "workers", "prisoner", "prisoners", "hostage", "hostages" };
    private static readonly HashSet<string> Ground = new(StringComparer.OrdinalIgnoreCase)
        { "town", "towns", "city", "cities", "village", "villages", "base", "bases", "airport", "airports", "airbase", "territory", "area", "areas",
          "district", "districts", "province", "provinces", "region", "port", "ports", "crossing", "crossings", "hill", "hills", "headquarters",
          "garrison", "garrisons", "barracks", "outpost", "outposts", "position", "positions", "stronghold", "strongholds", "checkpoint", "checkpoints" };
    private static readonly HashSet<string> Impact = new(StringComparer.OrdinalIgnoreCase) { "hit", "strike", "target", "kill", "destroy", "damage", "pound", "level", "flatten", "wound", "injure", "rock", "raze", "struck", "leave", "left" };
    // Stretches of time: "called the minister a day after the vote" is a call, not a name.
    private static readonly HashSet<string> TimeStretches = new(StringComparer.OrdinalIgnoreCase) { "minute", "hour", "day", "night", "morning", "afternoon", "evening", "week", "weekend", "fortnight", "month", "year", "decade", "time", "while" };
    private static readonly HashSet<string> Launch = new(StringComparer.OrdinalIgnoreCase) { "launch", "carry", "conduct", "stage", "mount", "begin", "continue", "intensify", "step", "resume", "escalate", "hold" };

    /// <summary>Nouns that count deeds done together: "dozens of air strikes", "a wave of attacks", "a series of raids".</summary>
    private static readonly HashSet<string> DeedCounts = new(StringComparer.OrdinalIgnoreCase)
        { "dozen", "dozens", "hundreds", "scores", "series", "wave", "waves", "string", "number", "barrage", "spate", "round", "rounds", "volley", "flurry", "succession" };

    /// <summary>Verbs whose subject undergoes the force their object names ("civilians faced shelling by X").</summary>
    private static readonly HashSet<string> Undergo = new(StringComparer.OrdinalIgnoreCase) { "face", "suffer", "endure", "withstand", "sustain", "come" };

    /// <summary>A past or ongoing "faced", "were facing", "came under": "faces an attack" may be one still to come.</summary>
    private static bool Undergone(Parsed p, int v)
    {
        var w = p.Word(v);
        return w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || w.Equals("came", StringComparison.OrdinalIgnoreCase) || w.Equals("withstood", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> ComeWords = new(StringComparer.OrdinalIgnoreCase) { "come" };
    private static readonly HashSet<string> TargetCases = new(StringComparer.OrdinalIgnoreCase) { "with", "against", "on", "to", "into", "toward", "towards", "at", "upon", "over", "between" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TargetCaseLookup = TargetCases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A preposition that names a party to the event ("with", "against", "at" ...); with <paramref name="noTopics"/>,
    /// not "on"/"over"/"upon", which as often name a topic ("talks on Syria").
    /// </summary>
    private static bool IsTargetCase(ReadOnlySpan<char> cs, bool noTopics = false) => TargetCaseLookup.Contains(cs) && !(noTopics && IsTopicCase(cs));

    private static bool IsTopicCase(ReadOnlySpan<char> cs) =>
        cs.Equals("on", StringComparison.OrdinalIgnoreCase) || cs.Equals("over", StringComparison.OrdinalIgnoreCase) || cs.Equals("upon", StringComparison.OrdinalIgnoreCase);

    /// <summary>A parsed document: flattened arrays the coder walks.</summary>
    internal sealed class Parsed
    {
        public required ArticleDocument Document;
        public required string Text;
        /// <summary>The parse's words (syntactic words of the tokens), indexed like Pos and Deps.</summary>
        public required ImmutableArray<TextSpan> Words;
        public required PosTags Pos;
        public required Dependencies Deps;
        public required int[] FirstChild, NextSibling;

        /// <summary>Verb codes already worked out for a word (a verb is asked about from several places).</summary>
        internal (bool Done, bool Ok, Pick Pick)[]? VerbCodes;

        /// <summary>The latest other party named for negotiations ("talks on Syria with Russia"), for later mentions that name none.</summary>
        internal ActorHit[]? TalksParty;

        /// <summary>The two parties of the article's latest event between two countries, for a later "both sides".</summary>
        internal ActorHit[]? LastDyad;

        /// <summary>True when <see cref="LastDyad"/> came from a visit (a guest and a host: no two sides of a dispute).</summary>
        internal bool LastDyadVisited;

        /// <summary>The article's latest accusation (112x), for a later "denied the accusation" that names no accuser.</summary>
        internal Event? LastAccusation;

        /// <summary>Actors already found in a phrase (first word, last word, head).</summary>
        internal Dictionary<(int, int, int), ActorHit[]>? PhraseActors;

        public static Parsed Of(ArticleDocument d, PosTags pos, Dependencies deps)
        {
            int n = pos.Words.Count;
            var first = new int[n]; var next = new int[n];
            Array.Fill(first, -1); Array.Fill(next, -1);
            for (int i = n - 1; i >= 0; i--)
            {
                int h = deps.Heads[i];
                if (h < 0 || h >= n) continue;
                next[i] = first[h]; first[h] = i;
            }
            // Each parse run's words hang only from words of the same run (checked: a head outside its run makes every
            // word's run the whole document, as if no run were known).
            var runEnd = new int[n];
            Array.Fill(runEnd, n);
            bool inRuns = true;
            foreach (var (_, start, end) in pos.Words.Ranges)
                for (int i = start; i < end && i < n; i++)
                {
                    runEnd[i] = end;
                    int h = deps.Heads[i];
                    if (h >= 0 && (h < start || h >= end)) inRuns = false;
                }
            var spans = pos.Words.Spans;
            for (int i = 1; i < spans.Length && inRuns; i++) inRuns = spans[i].Start >= spans[i - 1].End && spans[i].Length > 0;
            if (n > 0 && spans[0].Length == 0) inRuns = false;
            if (!inRuns) Array.Fill(runEnd, n);
            return new Parsed { Document = d, Text = d.Text, Words = spans, Pos = pos, Deps = deps, FirstChild = first, NextSibling = next,
                RunEnd = runEnd, Ordered = inRuns };
        }

        /// <summary>For each word, the end (exclusive) of its parse run: no later word is in its subtree.</summary>
        public required int[] RunEnd;

        /// <summary>Words are in text order, none empty, none overlapping, and heads stay in their run (else <see cref="RunEnd"/> is the document's end).</summary>
        public required bool Ordered;

        /// <summary>
        /// The words that overlap <paramref name="span"/> lie in [<see cref="FirstAfter"/>(span.Start), first word starting at or
        /// after span.End): with ordered words, a binary search; otherwise the whole document (0).
        /// </summary>
        public int FirstAfter(int offset)
        {
            if (!Ordered) return 0;
            int lo = 0, hi = Words.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Words[mid].End > offset) hi = mid; else lo = mid + 1;
            }
            return lo;
        }

        /// <summary>True while word <paramref name="t"/> may still touch <paramref name="span"/> (see <see cref="FirstAfter"/>).</summary>
        public bool Before(int t, TextSpan span) => t < Words.Length && (!Ordered || Words[t].Start < span.End);

        public ReadOnlySpan<char> Word(int t) => Words[t].SliceOf(Text);

        /// <summary>Each word's candidate base forms (<see cref="Lemmas.Forms"/>), worked out when first asked for.</summary>
        private string[]?[]? _forms;

        public string[] Forms(int t) => (_forms ??= new string[]?[Words.Length])[t] ??= Lemmas.Forms(Word(t));

        /// <summary><see cref="Lemmas.Find"/> for word <paramref name="t"/>, over its forms worked out once.</summary>
        public bool FindLemma<T>(int t, Lemmas.TryLookup<T> tryOne, out T value)
        {
            foreach (var form in Forms(t)) if (tryOne(form, out value)) return true;
            value = default!;
            return false;
        }
        public string Tag(int t) => Pos[t];
        public string Label(int t) => Deps.Label(t);
        public int Head(int t) => Deps.Heads[t];

        /// <summary>Word <paramref name="t"/> is word <paramref name="top"/> or lies in its subtree.</summary>
        public bool IsUnder(int t, int top)
        {
            for (int h = t; h >= 0; h = Head(h)) if (h == top) return true;
            return false;
        }

        public int Child(int t, string label)
        {
            for (int c = FirstChild[t]; c >= 0; c = NextSibling[c]) if (Label(c) == label) return c;
            return -1;
        }

        public bool HasChildWord(int t, string label, params ReadOnlySpan<string> words)
        {
            for (int c = FirstChild[t]; c >= 0; c = NextSibling[c])
            {
                if (Label(c) != label) continue;
                foreach (var w in words) if (Word(c).Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        /// <summary>
        /// The first dependent of <paramref name="t"/> that is an oblique (with <paramref name="nominal"/>, also a nominal
        /// modifier) led by one of the prepositions <paramref name="cases"/>, or -1.
        /// </summary>
        public int PrepPhrase(int t, bool nominal, params ReadOnlySpan<string> cases)
        {
            for (int c = FirstChild[t]; c >= 0; c = NextSibling[c])
            {
                var l = Label(c);
                if (!(l.StartsWith("obl", StringComparison.Ordinal) || nominal && l.StartsWith("nmod", StringComparison.Ordinal))) continue;
                var cs = CaseOf(c);
                foreach (var w in cases) if (cs.Equals(w, StringComparison.OrdinalIgnoreCase)) return c;
            }
            return -1;
        }

        /// <summary>The preposition ("case" child) of a nominal, or empty.</summary>
        public ReadOnlySpan<char> CaseOf(int t)
        {
            int c = Child(t, "case");
            return c < 0 ? default : Word(c);
        }
    }

    /// <param name="Negation">The dictionary pattern that gave the code spells out the verb's negation ("didn't clash over"):
    /// the code is what the negated phrase means.</param>
    /// <param name="Together">The pattern was the dictionary's compound-actor one: the subject's actors do it to each other.</param>
    /// <param name="Slots">The dictionary pattern that gave the code, when it says which phrases name the target and source.</param>
    /// <param name="Patterned">A dictionary pattern gave the code (not the verb's or its block's bare code).</param>
    /// <param name="ReadsAfter">That pattern wants words after the verb.</param>
    internal readonly record struct Pick(string Code, int Needed, bool Negation = false, bool Together = false, PetrarchVerbs.Pattern? Slots = null, bool Patterned = false, bool ReadsAfter = false);

    internal void CodeSentence(Parsed p, int sentence, int start, int end, List<Event> output)
    {
        var sentenceSpan = p.Document.Sentences[sentence].Span;
        bool question = p.Text.AsSpan(sentenceSpan.Start, sentenceSpan.Length).TrimEnd().EndsWith("?");
        var consumed = new HashSet<int>();
        var srcHits = new List<ActorHit>(); var tgtHits = new List<ActorHit>();
        int before = output.Count;
        RememberTalksParty(p, start, end, srcHits);
        for (int v = start; v < end; v++)
        {
            if (consumed.Contains(v)) continue;
            var tag = p.Tag(v);
            if (tag == "VERB") CodeVerb(p, v, start, end, sentenceSpan, question, consumed, srcHits, tgtHits, output);
            // "the government's offensive" tagged as an adjective: a determiner or owner makes it a noun. (With the
            // user's PETRARCH codebook only verbs code events, as PETRARCH's do: a noun is a word its patterns read.)
            else if ((tag == "NOUN" || tag == "ADJ" && (p.Child(v, "nmod:poss") >= 0 || p.Child(v, "det") >= 0) && p.Child(v, "cop") < 0) && !_dictionaryDecides)
                CodeNoun(p, v, sentenceSpan, question, srcHits, tgtHits, output);
        }
        ReportedVerdicts(p, start, end, sentenceSpan, srcHits, tgtHits, output);
        CodeBattleNouns(p, start, end, sentenceSpan, question, before, output);
        DropRefined(output, before);
        DropRetold(output, before);
        // "tapped a European company to provide a tanker to the Air Force", "Norwegian expects to receive six new Boeing
        // airplanes": what a firm supplies to the military, or to anyone, is a sale, not military aid (072).
        if (!_dictionaryDecides)
            for (int i = output.Count - 1; i >= before; i--)
                if (output[i].Code == "072" && IsBusiness(output[i].Source)) output.RemoveAt(i);
        // Victims with no attacker named are force only where the sentence names an attack or a weapon: "the plane
        // crashed, killing all 228 people" is an accident.
        // "Boko Haram claimed responsibility for the attack on the army base": the attack is the claimant's.
        // (so is one a weapon word stood for: "claimed responsibility for the drone attack", "drone" read as armed men)
        // (not a claim denied: "the Taliban did not claim the bombing")
        if (output.FindIndex(before, e => e.Code == "015" && e.Source.Length > 0 && !e.Negated) is var claim && claim >= 0)
            for (int i = before; i < output.Count; i++)
                if ((output[i].Source.Length == 0 || output[i].Source == "---MIL" && output[i].SourceSpan is { } by && Projectiles.Contains(by.SliceOf(p.Text).ToString()))
                    && IsForce(output[i].Code) && output[i].Target != output[claim].Source)
                    output[i] = output[i] with { Source = output[claim].Source, SourceSpan = output[claim].SourceSpan };
        // Armed victims ("10 soldiers killed in Ukraine") are force whatever the sentence says.
        if (output.Count > before && output.FindIndex(before, e => e.Source.Length == 0) >= 0 && !NamesAttack(p, start, end))
            output.RemoveAll(e => e.Source.Length == 0 && e.Sentence == sentenceSpan && !IsArmed(e.Target));
        RememberDyad(p, output, before);
        for (int i = output.Count - 1; i >= before; i--)
            if (output[i] is { Source.Length: >= 3, Target.Length: >= 3, Negated: false, Modality: Modality.Asserted } e && e.Code.StartsWith("112", StringComparison.Ordinal))
            { p.LastAccusation = e; break; }
    }

    private static readonly HashSet<string> Missions = new(StringComparer.OrdinalIgnoreCase) { "mission", "operation", "force" };
    private static readonly HashSet<string> Peacekeeping = new(StringComparer.OrdinalIgnoreCase)
        { "security", "peacekeeping", "peace", "stabilization", "stabilisation", "protection" };

    /// <summary>A "to" purpose of <paramref name="v"/> whose object is a security or peacekeeping mission ("to lead a security mission").</summary>
    private static bool ForPeaceMission(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            if (p.Label(c) is not ("advcl" or "xcomp") || !p.HasChildWord(c, "mark", "to")) continue;
            for (int o = p.FirstChild[c]; o >= 0; o = p.NextSibling[o])
            {
                if (p.Label(o) is not ("obj" or "obl") || !IsLemma(p, o, Missions)) continue;
                for (int m = p.FirstChild[o]; m >= 0; m = p.NextSibling[m])
                    if (p.Label(m) is "compound" or "amod" && IsLemma(p, m, Peacekeeping)) return true;
            }
        }
        return false;
    }

    /// <summary>Keeps the two sides of the sentence's last event between parties of two countries (see <see cref="BothSides"/>).</summary>
    private static void RememberDyad(Parsed p, List<Event> output, int before)
    {
        for (int i = output.Count - 1; i >= before; i--)
        {
            var e = output[i];
            if (e.Source.Length < 3 || e.Target.Length < 3 || e.SourceSpan is not { } from || e.TargetSpan is not { } to
                || e.Source.AsSpan(0, 3).SequenceEqual(e.Target.AsSpan(0, 3))) continue;
            // ("Rwanda denied supporting the M23 rebels": an act denied or not done joins no two sides; "The United States
            // welcomed the agreement", its parties remembered from before, names no new ones)
            if (e.Negated || e.Modality == Modality.Denied || to.Start < e.Sentence.Start) continue;
            // "Qatar mediated talks between the Congolese government and M23 rebels": the two sides are the parties
            // mediated between, not the mediator and one of them.
            if (e.Code.StartsWith("045", StringComparison.Ordinal))
            {
                if (MediatedParties(output, before, e.Source) is { } parties) { p.LastDyad = parties; p.LastDyadVisited = false; return; }
                continue;
            }
            p.LastDyad = [new ActorHit(e.Source, from), new ActorHit(e.Target, to)];
            p.LastDyadVisited = e.Code is "042" or "043" or "044";
            return;
        }
    }

    /// <summary>The first two parties of the mediation by <paramref name="mediator"/> coded from <paramref name="before"/> on, or null.</summary>
    private static ActorHit[]? MediatedParties(List<Event> output, int before, string mediator)
    {
        ActorHit? first = null;
        for (int i = before; i < output.Count; i++)
        {
            var e = output[i];
            if (e.Source != mediator || !e.Code.StartsWith("045", StringComparison.Ordinal) || e.TargetSpan is not { } to || e.Target.Length < 3) continue;
            if (first is null) first = new ActorHit(e.Target, to);
            else if (first.Value.Code != e.Target) return [first.Value, new ActorHit(e.Target, to)];
        }
        return null;
    }

    private static readonly HashSet<string> Countries = new(StringComparer.OrdinalIgnoreCase) { "country", "countries", "nation", "nations", "neighbour", "neighbours", "neighbor", "neighbors" };
    private static readonly HashSet<string> Sides = new(StringComparer.OrdinalIgnoreCase) { "side", "sides", "country", "countries", "party", "parties", "nation", "nations", "neighbour", "neighbours", "neighbor", "neighbors",
        "leader", "leaders", "president", "presidents", "government", "governments", "delegation", "delegations" };

    /// <summary>
    /// "urged both countries to show restraint", "called on the two sides to talk": the phrase names no one, but means
    /// the two parties the article last reported acting on each other.
    /// </summary>
    private static bool BothSides(Parsed p, int t) =>
        t >= 0 && IsLemma(p, t, Sides) && (p.HasChildWord(t, "det", "both") || p.HasChildWord(t, "nummod", "two"));

    /// <summary>"the two leaders", "both countries" (not "two Shia parties", any two of them; nor "the two biggest parties",
    /// as often political parties as the sides to a conflict).</summary>
    private static bool TheTwo(Parsed p, int t) =>
        IsLemma(p, t, Sides) && !p.Word(t).StartsWith("part", StringComparison.OrdinalIgnoreCase)
        && (p.HasChildWord(t, "det", "both") || p.HasChildWord(t, "nummod", "two") && p.HasChildWord(t, "det", "the"));

    /// <summary>
    /// The two sides <paramref name="pair"/> as what the noun at <paramref name="t"/> calls them: "the two leaders" or
    /// "both governments" are the two states' governments, "both countries" the states; null when a side is no state
    /// ("the two presidents" after a dyad of Ukraine and NATO mean some other two).
    /// </summary>
    private static ActorHit[]? StatesOf(Parsed p, int t, ActorHit[] pair)
    {
        bool rulers = IsLemma(p, t, Rulers), countries = IsLemma(p, t, Countries);
        if (!rulers && !countries) return pair;
        var states = new ActorHit[pair.Length];
        for (int i = 0; i < pair.Length; i++)
        {
            var c = pair[i].Code;
            if (c.Length < 3 || c.StartsWith("---", StringComparison.Ordinal) || c[..3] is "IGO" or "NGO" or "IMG" or "MNC") return null;
            states[i] = pair[i] with { Code = rulers ? c[..3] + "GOV" : c[..3] };
        }
        return states;
    }

    private static readonly HashSet<string> Rulers = new(StringComparer.OrdinalIgnoreCase) { "leader", "leaders", "president", "presidents", "government", "governments" };

    /// <summary>A company's code: a multinational, or a business sector right after the country.</summary>
    private static bool IsBusiness(string code) =>
        code.StartsWith("MNC", StringComparison.Ordinal) || code.Length >= 6 && code.AsSpan(3, 3).SequenceEqual("BUS");

    /// <summary>An attack or a weapon named in the sentence ("when gunfire erupted", "shells struck the camp").</summary>
    private bool NamesAttack(Parsed p, int start, int end)
    {
        for (int t = start; t < end; t++)
            // (a verb of killing tells deaths, no attack: "the bus overturned, killing 12"; the noun, "the killing of 12 soldiers", does)
            if (IsLemma(p, t, Weapons) || p.Tag(t) is "NOUN" or "VERB" && NounCode(p, t, out var code) && IsForce(code) && !(p.Tag(t) == "VERB" && IsLemma(p, t, Killings))) return true;
        return false;
    }

    private static bool IsArmed(string code) =>
        code.Length >= 6 && code.AsSpan(3, 3) is "MIL" or "REB" or "INS" or "COP" or "SPY" or "UAF";

    /// <summary>
    /// Events the sentence already tells more fully, dropped: a bare-role target beside the same role of a named
    /// country; a one-sided event whose known side, or whose words, a two-sided use of force in the sentence also
    /// has ("the assault on Aleppo" inside "the government's assault on Aleppo"; gunmen "killing 38 people and
    /// setting homes on fire").
    /// </summary>
    /// <summary>
    /// Removes from <paramref name="output"/> (past <paramref name="from"/>) each event whose <paramref name="side"/> is a bare
    /// role ("---MIL") when another event has the same <paramref name="other"/> side, the same root and that role of a named
    /// country ("MLIMIL").
    /// </summary>
    private static void DropBareRole(List<Event> output, int from, Func<Event, string> side, Func<Event, string> other)
    {
        for (int i = output.Count - 1; i >= from; i--)
        {
            var e = output[i];
            var bare = side(e);
            if (!bare.StartsWith("---", StringComparison.Ordinal) || bare.Length <= 3) continue;
            for (int j = from; j < output.Count; j++)
            {
                var named = side(output[j]);
                if (j != i && other(output[j]) == other(e) && output[j].Root == e.Root && !named.StartsWith("---", StringComparison.Ordinal)
                    && named.Length > 3 && named.AsSpan(3).SequenceEqual(bare.AsSpan(3)))
                { output.RemoveAt(i); break; }
            }
        }
    }

    private static void DropRetold(List<Event> output, int from)
    {
        // "ambushed a convoy escorted by the Malian army, killing 31 soldiers": the soldiers (---MIL) are the army
        // the sentence names (MLIMIL), not a second event.
        DropBareRole(output, from, static e => e.Target, static e => e.Source);
        // ... and so is a bare-role doer beside the same role of a named country doing the same to the same ("the army said its
        // troops had repelled the attack, killing dozens of RSF fighters": the killing's troops are the army's, SDNMIL).
        DropBareRole(output, from, static e => e.Source, static e => e.Target);
        for (int i = output.Count - 1; i >= from; i--)
        {
            var e = output[i];
            if (e.Source.Length > 0 && e.Target.Length > 0) continue;
            for (int j = from; j < output.Count; j++)
            {
                var o = output[j];
                if (o.Source.Length == 0 || o.Target.Length == 0 || !IsForce(o.Code) || o.Negated != e.Negated) continue;
                if ((e.Source.Length > 0 ? o.Source == e.Source : o.Target == e.Target) || o.Span.Overlaps(e.Span)) { output.RemoveAt(i); break; }
            }
        }
        // "A rocket fired by Hamas militants hit a house": the doer of a one-sided attack is not also its victim over the same
        // words (a reading of the launcher's "by" phrase as the one hit).
        for (int i = output.Count - 1; i >= from; i--)
        {
            var e = output[i];
            if (e.Source.Length > 0 || e.Target.Length == 0 || !IsForce(e.Code)) continue;
            for (int j = from; j < output.Count; j++)
                if (j != i && output[j].Target.Length == 0 && output[j].Source == e.Target && output[j].Code == e.Code && output[j].Span.Overlaps(e.Span))
                { output.RemoveAt(i); break; }
        }
    }

    /// <summary>
    /// "Ryabkov said the US threat to suspend talks constitutes 'an emotional breakdown'", "the ministry said the
    /// Ugandan decision was illegal": a speaker judging another party's act with a word of condemnation criticises
    /// that party (111). Read off the words (such sentences are often misparsed): a reporting verb with a subject,
    /// then, in the reported words, a linking verb ("is", "constitutes", "amounts to") directly before the verdict
    /// (an article, quote marks and adjectives may stand between); the party is the first actor named after the
    /// reporting verb, before any preposition and the linking verb.
    /// </summary>
    private void ReportedVerdicts(Parsed p, int start, int end, TextSpan sentence, List<ActorHit> srcHits, List<ActorHit> tgtHits, List<Event> output)
    {
        for (int v = start; v < end; v++)
        {
            if (p.Tag(v) != "VERB" || !IsLemma(p, v, Reporting)) continue;
            int speaker = p.Child(v, "nsubj");
            if (speaker < 0 || speaker > v || IsPersonalPronoun(p, speaker)) continue;
            for (int link = v + 2; link < end - 1; link++)
            {
                if (!LinkingLookup.Contains(p.Word(link))) continue;
                int w = link + 1;
                if (w < end && p.Word(w).Equals("to", StringComparison.OrdinalIgnoreCase)) w++;
                while (w < end && p.Tag(w) is "DET" or "ADJ" or "PUNCT" or "ADV" && !IsLemma(p, w, Verdicts)) w++;
                // "an act of hysteria", "a form of blackmail"
                if (w + 2 < end && p.Tag(w) == "NOUN" && !IsLemma(p, w, Verdicts) && p.Word(w + 1).Equals("of", StringComparison.OrdinalIgnoreCase))
                    for (w += 2; w < end && p.Tag(w) is "DET" or "ADJ" && !IsLemma(p, w, Verdicts); w++) { }
                if (w >= end || !IsLemma(p, w, Verdicts)) continue;
                int party = -1;
                // ... named in the judged thing itself ("the US threat"), not in a phrase about it ("talks with Uganda",
                // "the attack on Kenya": the party there is not the one judged).
                for (int t = v + 1; t < link && party < 0 && p.Tag(t) != "ADP"; t++)
                    if (p.Tag(t) is "PROPN" or "NOUN" or "ADJ" && HasActor(p, t, tgtHits)) party = t;
                if (party < 0) break;
                int emitted = output.Count;
                Emit(p, "111", speaker, party, v, sentence, false, Modality.Asserted, srcHits, tgtHits, output);
                // The evidence runs to the verdict: the words that make it a criticism.
                for (int i = emitted; i < output.Count; i++) output[i] = output[i] with { Span = output[i].Span.Union(p.Words[w]) };
                break;
            }
        }
    }

    /// <summary>
    /// "staged a protest" coded from the verb (141) and from the noun (140): of two events between the same
    /// actors over overlapping words, where one code refines the other, only the finer stays; of two with the
    /// same code, the first. (A visit or hosting is no finer talks: the two are kept.)
    /// </summary>
    private static void DropRefined(List<Event> output, int from)
    {
        for (int i = output.Count - 1; i >= from; i--)
        {
            var e = output[i];
            for (int j = from; j < output.Count; j++)
            {
                var o = output[j];
                if (j == i || o.Source != e.Source || o.Target != e.Target || o.Negated != e.Negated || !o.Span.Overlaps(e.Span)) continue;
                // "Israeli air strikes killed 12": the noun and the verb of one event give it twice.
                // ("arrived in Cairo for talks with Egyptian officials": a visit made for talks is two acts, the trip and the talks)
                if (o.Code is "042" or "043" && e.Code == "040") continue;
                if (Refines(o.Code, e.Code) || (o.Code == e.Code && j < i)) { output.RemoveAt(i); break; }
            }
        }
    }

    /// <summary>True when <paramref name="fine"/> is a narrower code under <paramref name="coarse"/>: 1411 under 141, 141 under 140.</summary>
    internal static bool Refines(string fine, string coarse) =>
        fine != coarse && fine.Length >= coarse.Length
        && (fine.StartsWith(coarse, StringComparison.Ordinal)
            || (coarse.Length == 3 && coarse[2] == '0' && string.CompareOrdinal(fine, 0, coarse, 0, 2) == 0));

    /// <summary>
    /// The verb's code: a PETRARCH pattern written for this verb that matches the words it governs decides
    /// first (the most specific knowledge there is, "[---]" included); then our lexicon; then the patterns the
    /// dictionary wrote for the verb's synonyms; then the dictionary's code for the verb or its block.
    /// </summary>
    private bool TryVerbCode(Parsed p, int v, out Pick pick)
    {
        var memo = p.VerbCodes ??= new (bool, bool, Pick)[p.Words.Length];
        if (memo[v].Done) { pick = memo[v].Pick; return memo[v].Ok; }
        bool ok = WorkOutVerbCode(p, v, out pick);
        memo[v] = (true, ok, pick);
        return ok;
    }

    private bool WorkOutVerbCode(Parsed p, int v, out Pick pick)
    {
        pick = default;
        PetrarchVerbs.Verb? dict = null;
        var governed = GovernedWords ??= new List<TextSpan>(64);
        int split = 0;
        bool compound = false;
        // Our own patterns marked to override the dictionary ("convey" + "call": a telephone discussion) come first.
        bool own = p.FindLemma<VerbPattern[]>(v, _lex.TryVerb, out var patterns);
        // ... unless the dictionary is the user's own codebook and lists the verb: then it alone codes it.
        // A verb with its particle the dictionary lists ("cordoned off") is that verb, not the bare one.
        PetrarchVerbs.Verb? phrasal = null;
        if (_petrarch is not null && v + 1 < p.Words.Length && p.Tag(v + 1) is "ADP" or "ADV" or "PART" or "NOUN" && _petrarch.TryPhrasal(p.Word(v), p.Word(v + 1), out var pv)) phrasal = pv;
        if (own && _dictionaryDecides && (phrasal is not null || p.FindLemma<PetrarchVerbs.Verb>(v, _petrarch!.TryVerb, out _))) own = false;
        if (!_dictionaryDecides && Deadline(p, v) is var due && due >= 0) { pick = new Pick("139", due); return true; }
        // "pushed back the fighters", "drove back rebel troops": armed men pushed back are fought (190); "pushed back the
        // deadline" stays a date put off (the lexicon's no event).
        if (!_dictionaryDecides && IsLemma(p, v, Repelling) && (p.HasChildWord(v, "compound:prt", "back") || p.HasChildWord(v, "advmod", "back"))
            && Undergoer(p, v) is var pushedBack && IsLemma(p, pushedBack, Combatants)) { pick = new Pick("190", pushedBack); return true; }
        // "cleared the village of rebel fighters", "cleared 20 percent of the city of enemy forces": the fighters a place is
        // cleared of are fought (190), no residents expelled (the dictionary's 174 for a town cleared).
        if (!_dictionaryDecides && IsLemma(p, v, Clearing) && ClearedOf(p, v) is var clearedOf && clearedOf >= 0) { pick = new Pick("190", clearedOf); return true; }
        // "captured 40 soldiers", "seized two journalists": people taken are detained (173; by an armed group the event is
        // an abduction, 181), no ground occupied; "seized an army base" is ground occupied (192) as "captured a base" is,
        // no property seized (171). Only what is taken itself: "captured the town from the rebels" takes the town.
        if (!_dictionaryDecides && IsLemma(p, v, Capturing) && Undergoer(p, v) is var taken && taken >= 0 && p.Tag(taken) == "NOUN")
        {
            if (IsLemma(p, taken, Combatants) || IsLemma(p, taken, Captives)) { pick = new Pick("173", taken); return true; }
            if (IsLemma(p, taken, Ground)) { pick = new Pick("192", taken); return true; }
        }
        if (own)
            foreach (var pat in patterns)
                if (pat.Overrides && FindNeeded(p, v, pat.Needs) is var hit && hit >= 0)
                {
                    // "---": these words make it no event ("searching the rubble" is no investigation).
                    if (pat.Code == EventLexicon.NoEvent) { pick = default; return false; }
                    pick = new Pick(pat.Code, hit);
                    return true;
                }
        if (_petrarch is not null && (phrasal is not null || p.FindLemma<PetrarchVerbs.Verb>(v, _petrarch.TryVerb, out phrasal)) && phrasal is { } entry)
        {
            dict = entry;
            // Most blocks have no patterns: no need to collect the clause's words for them.
            if (entry.Block.Patterns.Length == 0) governed.Clear();
            else split = Governed(p, v, governed);
            var words = CollectionsMarshal.AsSpan(governed);
            // "Kenya and Uganda agree that ...": a subject of several actors, for the dictionary's compound-actor patterns.
            compound = p.Child(v, "nsubj") is var subject && subject >= 0 && p.Child(subject, "conj") >= 0;
            var code = PetrarchVerbs.CodeOf(entry, p.Text, words[..split], words[split..], own: true, out bool matched, out var pattern, compound, p.Words[v]);
            if (matched) return Picked(code, out pick, pattern!.Negates, pattern.Compound, pattern);
        }
        if (own)
            foreach (var pat in patterns)
            {
                // A bare "---" takes the dictionary's block default away from the verb: "led by", "governed by", "managed
                // the merger" run an organisation, no deed between actors (a dictionary pattern that matched has decided above).
                if (pat.Needs.Count == 0) { if (pat.Code == EventLexicon.NoEvent) { pick = default; return false; } pick = new Pick(pat.Code, -1); return true; }
                int found = FindNeeded(p, v, pat.Needs);
                if (found >= 0) { pick = new Pick(pat.Code, found); return true; }
            }
        if (dict is null) return false;
        var all = CollectionsMarshal.AsSpan(governed);
        var last = PetrarchVerbs.CodeOf(dict, p.Text, all[..split], all[split..], own: false, out bool patterned, out var synonyms, compound, p.Words[v]);
        // PETRARCH lets a block's verbs share the patterns written for one of them; on our own reading a pattern that
        // spells out nothing but a preposition, written for another member, is that verb's only: MEET's "(AT)" (036)
        // does not make "facing U.S. troops at the border" a meeting.
        // Nor, in the block of statements (010), is a pattern written for another verb: ANNOUNCE's "* AID" (0331) does not
        // make "commented on the delivery of aid" an announcement of aid.
        if (!_dictionaryDecides && patterned && synonyms is { Owner: not null } other && other.Owner != dict.Member && (BarePreposition(other) || dict.Block.Code == "010"))
        {
            last = dict.Code ?? dict.Block.Code;
            patterned = false;
            synonyms = null;
        }
        // Outside the user's own codebook, a block's bare root "consult" (040) codes no verb that none of its patterns
        // matched: those blocks gather verbs of moving, gathering, hearing, pondering and facing whose CAMEO sense only a
        // pattern gives ("leaving much of the north empty", "weighed the offer", "joined NATO", "facing U.S. troops").
        // So, with "make a statement" (010), do the blocks of perceiving and citing (IsPerceptionBlock).
        if (!patterned && !_dictionaryDecides && dict.Code is null && (last == "040" || last == "010" && IsPerceptionBlock(dict.Block.Name))) return false;
        return Picked(last, out pick, synonyms is { Negates: true }, synonyms is { Compound: true }, synonyms);

        static bool Picked(string? code, out Pick pick, bool negation = false, bool together = false, PetrarchVerbs.Pattern? slots = null)
        {
            pick = code is null ? default : new Pick(code, -1, negation, together, slots is { TargetCase: not null } or { SourceCase: not null } or { TargetRun: not null } or { SourceRun: not null } ? slots : null, slots is not null, slots is { After.Length: > 0 });
            return code is not null;
        }
    }

    /// <summary>
    /// "gave Niger's rulers one week to release the president", "gave Uganda 48 hours to withdraw its troops": a span of
    /// time given to do something is a deadline, an ultimatum (139); the word of time, or -1. (The dictionary's GIVE
    /// knows "hours" and "two weeks" only.)
    /// </summary>
    private static int Deadline(Parsed p, int v) => Deadline(p, v, out _);

    /// <summary>... and <paramref name="act"/>, the to-infinitive the deadline is for.</summary>
    private static int Deadline(Parsed p, int v, out int act)
    {
        act = -1;
        if (!IsLemma(p, v, Giving)) return -1;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            if (c < v || p.Label(c) is not ("obj" or "obl:unmarked" or "obl:tmod" or "obl")) continue;
            // ("gave the relatives until Tuesday to sign": a time one has until is a deadline too)
            bool until = p.Label(c) == "obl" && p.HasChildWord(c, "case", "until")
                && (IsDate(p, c) || IsLemma(p, c, TimeStretches) || IsLemma(p, c, ClockWords) || p.Child(c, "nummod") >= 0);
            if (!until && (!IsLemma(p, c, Deadlines) || p.Child(c, "nummod") < 0 && !p.HasChildWord(c, "det", "a", "an"))) continue;
            for (int d = p.FirstChild[c]; d >= 0 && act < 0; d = p.NextSibling[d])
                if (p.Label(d) == "acl" && p.HasChildWord(d, "mark", "to")) act = d;
            for (int d = p.FirstChild[v]; d >= 0 && act < 0; d = p.NextSibling[d])
                if (d > c && p.Label(d) is "advcl" or "xcomp" && p.HasChildWord(d, "mark", "to")) act = d;
            if (act >= 0) return c;
        }
        return -1;
    }

    private static readonly HashSet<string> Giving = new(StringComparer.OrdinalIgnoreCase) { "give", "grant" };
    private static readonly HashSet<string> ClockWords = new(StringComparer.OrdinalIgnoreCase) { "a.m.", "p.m.", "am", "pm", "noon", "midday", "midnight", "o'clock" };
    // (and the ultimatum itself: "gave France an ultimatum to withdraw its ambassador")
    private static readonly HashSet<string> Deadlines = new(StringComparer.OrdinalIgnoreCase) { "minute", "hour", "day", "week", "month", "ultimatum" };

    private static bool BarePreposition(PetrarchVerbs.Pattern pattern) =>
        pattern.Before.Length + pattern.After.Length == 1 && (pattern.Before.Length == 1 ? pattern.Before[0] : pattern.After[0]) is var words
        && Array.TrueForAll(words, w => TargetCases.Contains(w) || w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("by", StringComparison.OrdinalIgnoreCase)
                                         || w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("under", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// PETRARCH blocks whose bare default "make a statement" (010) gathers verbs of seeing, expecting, counting, copying,
    /// spreading and citing: on our own reading none of them, with none of its block's patterns matched, is a statement
    /// by its subject to its object ("children were watching television", "the paper quoted an officer", "sees no sign
    /// of progress", "the ministry totalled the losses").
    /// </summary>
    private static bool IsPerceptionBlock(string block) =>
        block is "OBSERVE" or "PREDICT" or "REPEAT" or "QUOTE" or "CIRCULATE" or "ESTIMATE";

    /// <summary>
    /// The lowercase words of the verb's own clause, before and after it, in text order: its dependents'
    /// subtrees, not descending into other clauses (complements, adverbial clauses, conjoined verbs).
    /// </summary>
    [ThreadStatic] private static List<TextSpan>? GovernedWords;
    [ThreadStatic] private static List<int>? GovernedPicked;
    [ThreadStatic] private static Stack<int>? GovernedStack;
    [ThreadStatic] private static List<ActorHit>? PassiveScratch;

    /// <summary>Fills <paramref name="words"/> with the clause's words in text order; returns how many come before the verb.</summary>
    private int Governed(Parsed p, int v, List<TextSpan> words)
    {
        var picked = GovernedPicked ??= new List<int>(64);
        var stack = GovernedStack ??= new Stack<int>(16);
        picked.Clear(); stack.Clear(); words.Clear();
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c]) stack.Push(c);
        while (stack.Count > 0 && picked.Count < 64)
        {
            int t = stack.Pop();
            var l = p.Label(t);
            // (a clause of its own hung on the verb, loosely or by coordination, is not the verb's phrase: "denied targeting
            // civilians and said the strike hit "a meeting of militants"" read with "hit" an unlabelled dependent of "denied"
            // is no denied meeting)
            if (l is "ccomp" or "parataxis" or "punct" || l == "advcl" && !PurposeInPhrase(p, t) || (l is "conj" or "dep" && p.Tag(t) == "VERB")) continue;
            // "called his counterpart on Tuesday": the verb's phrase of time is when, read by no pattern (not "CALL * (ON)").
            if (!_dictionaryDecides && l.StartsWith("obl", StringComparison.Ordinal) && p.Head(t) == v && (IsDate(p, t) || IsLemma(p, t, TimeStretches))) continue;
            // "begun to consider responses to the Assad government's assault": a deed with an owner of its own
            // (not a pronoun: "launched its offensive" is the subject's) is that owner's, never this verb's. (A thing
            // that is no deed stays: "renewing his gardener's license".)
            if (!l.StartsWith("nsubj", StringComparison.Ordinal) && HasNamedOwner(p, t) && NounCode(p, t, out _)) continue;
            picked.Add(t);
            for (int c = p.FirstChild[t]; c >= 0; c = p.NextSibling[c]) stack.Push(c);
        }
        // "indicated it would act now": a complement's governing verb is a word before it, as the sentence reads
        // ("- INDICATED WOULD * NOW").
        if (p.Label(v) is "ccomp" or "xcomp" && p.Head(v) is var governor && governor >= 0 && governor < v) picked.Add(governor);
        picked.Sort();
        if (PassiveAsActive(p, v, picked, words) is var moved && moved >= 0) return moved;
        // "the embargo the Council imposed on Somalia", "the sanctions that the UN imposed": a relative clause's gap is
        // the noun it describes, read as the object right after the verb ("- * EMBARGO").
        int gap = RelativeGap(p, v);
        int before = 0;
        foreach (var t in picked)
        {
            if (t > v && gap >= 0) { words.Add(p.Words[gap]); gap = -1; }
            if (t == gap) continue;
            words.Add(p.Words[t]);
            if (t < v) before++;
        }
        if (gap >= 0) words.Add(p.Words[gap]);
        return before;
    }

    /// <summary>
    /// The noun a relative clause on <paramref name="v"/> describes, when it stands for the verb's object: the clause has
    /// a subject of its own and no object but a relative pronoun. -1 otherwise.
    /// </summary>
    private static int RelativeGap(Parsed p, int v)
    {
        if (p.Label(v) != "acl:relcl" || p.Head(v) is not (>= 0 and var noun) || noun > v || p.Tag(noun) != "NOUN" || p.Child(v, "nsubj") < 0) return -1;
        // (an object of its own besides "that" makes "that" the complementizer: "the statement that X provides gas")
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "obj" && !IsRelativePronoun(p, c)) return -1;
        return noun;
    }

    /// <summary>
    /// A passive with its agent named reads as the active clause for the dictionary's patterns: "the building was
    /// demolished by a protestor" is "a protestor demolished the building" ("- PROTESTOR *" [145]), "the prisoners were
    /// released by Israel" is "Israel released the prisoners" ("- * PRISONERS" [0841]). The agent's words (without "by")
    /// come last before the verb, the passive subject's first after it (after a particle). Fills
    /// <paramref name="words"/> and returns how many come before the verb; -1 (nothing filled) for any other clause.
    /// </summary>
    private int PassiveAsActive(Parsed p, int v, List<int> picked, List<TextSpan> words)
    {
        int subj = p.Child(v, "nsubj:pass"), agent = subj < 0 ? -1 : Agent(p, v);
        if (subj < 0 || agent < 0 || subj > v || agent < v) return -1;
        // ... an agent that is itself an actor ("by the US", "by a Ukrainian protestor"); "strengthened by the growing
        // stream of reports of Iraqi destruction" is no one's act.
        var hits = PassiveScratch ??= new List<ActorHit>(4);
        hits.Clear();
        AddPhrase(p, agent, hits, false);
        bool acts = hits.Exists(h => h.Span.Start <= p.Words[agent].End);
        hits.Clear();
        if (!acts) return -1;
        int before = 0;
        foreach (var t in picked)
            if (t < v && !p.IsUnder(t, subj)) { words.Add(p.Words[t]); before++; }
        foreach (var t in picked)
            if (p.IsUnder(t, agent) && !(p.Head(t) == agent && p.Label(t) == "case")) { words.Add(p.Words[t]); before++; }
        foreach (var t in picked)
            if (t > v && p.Head(t) == v && p.Label(t) == "compound:prt") words.Add(p.Words[t]);
        foreach (var t in picked)
            if (p.IsUnder(t, subj)) words.Add(p.Words[t]);
        foreach (var t in picked)
            if (t > v && !p.IsUnder(t, agent) && !(p.Head(t) == v && p.Label(t) == "compound:prt")) words.Add(p.Words[t]);
        return before;
    }

    /// <summary>
    /// With the user's PETRARCH codebook, a to-infinitive after the verb ("vowed on Thursday to wage war on X", parsed
    /// as a clause of purpose) is part of the verb phrase PETRARCH matches its patterns in ("VOW * WAR").
    /// </summary>
    private bool PurposeInPhrase(Parsed p, int t) =>
        _dictionaryDecides && p.Label(t) == "advcl" && p.Tag(t) == "VERB" && p.Child(t, "nsubj") < 0 && p.Child(t, "mark") is var m && m >= 0 && m < t
        && p.Word(m).Equals("to", StringComparison.OrdinalIgnoreCase);

    private static bool HasNamedOwner(Parsed p, int t)
    {
        if (p.Tag(t) is not ("NOUN" or "PROPN")) return false;
        for (int c = p.FirstChild[t]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "nmod:poss" && p.Tag(c) is "NOUN" or "PROPN") return true;
        return false;
    }

    /// <summary>A dependent (or the preposition of an oblique dependent) whose word is one of <paramref name="needs"/>.</summary>
    private static int FindNeeded(Parsed p, int v, IReadOnlyList<string> needs)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            var l = p.Label(c);
            // (nor the verb's own infinitive marker: "would continue to protest American laws" protests to no one)
            if (l is "punct" or "nsubj" or "aux" or "cc" or "mark") continue;
            if (MatchesAt(p, c, needs)) return c;
            // (nor a phrase of time: "called his counterpart on Tuesday" calls on no one)
            if (l.StartsWith("obl", StringComparison.Ordinal) && (IsDate(p, c) || IsLemma(p, c, TimeStretches))) continue;
            if (l.StartsWith("obl", StringComparison.Ordinal) || l.StartsWith("obj", StringComparison.Ordinal) || l == "xcomp")
                for (int g = p.FirstChild[c]; g >= 0; g = p.NextSibling[g])
                {
                    var gl = p.Label(g);
                    if (gl is "case" or "compound" or "amod" or "compound:prt" && Matches(p.Word(g), needs)) return c;
                    // "rejected calls for a truce": the needed word one level further down.
                    if (gl.StartsWith("nmod", StringComparison.Ordinal) && (MatchesAt(p, g, needs) || Matches(p.CaseOf(g), needs))) return c;
                }
        }
        return -1;
    }

    /// <summary>
    /// The word at <paramref name="t"/> is one of <paramref name="needs"/>; a need written "military+option" is
    /// the word "option" with "military" among its modifiers ("consider military options", not "consider options").
    /// </summary>
    private static bool MatchesAt(Parsed p, int t, IReadOnlyList<string> needs)
    {
        // (indexed, not foreach: an enumerator of the interface is one more object for every word tried)
        for (int i = 0; i < needs.Count; i++)
        {
            var n = needs[i];
            int plus = n.IndexOf('+');
            if (plus < 0) { if (Matches(p.Word(t), n)) return true; continue; }
            if (!Matches(p.Word(t), n.AsSpan(plus + 1))) continue;
            for (int c = p.FirstChild[t]; c >= 0; c = p.NextSibling[c])
                if (p.Label(c) is "amod" or "compound" && Matches(p.Word(c), n.AsSpan(0, plus))) return true;
        }
        return false;
    }

    private static bool Matches(ReadOnlySpan<char> word, IReadOnlyList<string> needs)
    {
        for (int i = 0; i < needs.Count; i++)
            if (Matches(word, needs[i])) return true;
        return false;
    }

    private static bool Matches(ReadOnlySpan<char> word, ReadOnlySpan<char> n) =>
        word.Equals(n, StringComparison.OrdinalIgnoreCase)
        || (word.Length == n.Length + 1 && word.StartsWith(n, StringComparison.OrdinalIgnoreCase) && (word[^1] is 's' or 'S'))
        || (word.Length > n.Length && word.StartsWith(n, StringComparison.OrdinalIgnoreCase) && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    private static readonly HashSet<string> Crowds = new(StringComparer.OrdinalIgnoreCase) { "crowd" };

    private static bool IsLemma(Parsed p, int t, HashSet<string> set)
    {
        if (t < 0) return false;
        foreach (var form in p.Forms(t)) if (set.Contains(form)) return true;
        return false;
    }

    private void CodeVerb(Parsed p, int v, int start, int end, TextSpan sentence, bool question, HashSet<int> consumed,
        List<ActorHit> srcHits, List<ActorHit> tgtHits, List<Event> output)
    {
        // "four soldiers died when their vehicle hit a roadside bomb": those who die when an attack strikes are its victims,
        // as those killed then are (below); dying is otherwise no one's act.
        if (!_dictionaryDecides && IsLemma(p, v, Dying) && p.Child(v, "nsubj") is var died && died >= 0 && WhenAttack(p, v, out var diedCode) is var when && when >= 0)
        {
            Emit(p, diedCode, when, died, v, sentence, IsNegated(p, v), question ? Modality.Question : AuxModality(p, v), srcHits, tgtHits, output);
            return;
        }
        // "hundreds of civilians died at the hands of government forces": those who die at someone's hands are killed by
        // them (190, as those "killed at the hands of" them are).
        if (!_dictionaryDecides && IsLemma(p, v, Dying) && DyingSubject(p, v) is var slain && slain >= 0 && HandsOf(p, v) is var slayer && slayer >= 0)
        {
            Emit(p, "190", slayer, slain, v, sentence, IsNegated(p, v), question ? Modality.Question : AuxModality(p, v), srcHits, tgtHits, output);
            return;
        }
        if (!TryVerbCode(p, v, out var pick)) return;
        if (ReducedRelative(p, v)) return;
        // "Al-Qaeda-linked rebels", "Tehran-backed militias": a participle joined to a name by a hyphen is an adjective
        // (whatever the parser made of it), not an act.
        if (HyphenJoined(p, v)) return;
        if (IsPurpose(p, v)) return;
        if (!_dictionaryDecides && IsAimOfAppealForMeans(p, v)) return;
        if (!_dictionaryDecides && (IsDismissal(p, v) || IsEffort(p, v) || IsCaughtDoing(p, v) || IsContestWon(p, v) || IsTermOfContract(p, v))) return;
        // "the militant group that has seized parts of Iraq and Syria": a relative clause in the perfect describes the
        // noun by its past, background rather than the news the sentence reports.
        if (p.Label(v) == "acl:relcl" && IsBackground(p, v)) return;
        // "said", "told" as a bare statement (010): who said what is the quotes layer's; as an event it only codes
        // misparses ("the ministry said the dead included four children" → a statement to the children). "Say" is
        // never an event of its own: what is said is coded ("said in response to US missile attacks" took the
        // attacks for the speakers' own through a dictionary pattern of a synonym).
        // (With the user's PETRARCH codebook saying is coded, as PETRARCH codes it: see Emit for its target.)
        // ("media reported 54 people killed", "statements that mentioned Iraq", "the people the government defines as poor",
        // "a term it uses to describe the exiles", "announced the death of a soldier", "commented on the delivery of aid":
        // what is reported, mentioned, defined, described, announced or commented on is the statement's content, no one
        // it is made to)
        // (Not what is announced "against" someone: "announced asset freezes against four officers" names its party.)
        if ((pick.Code == "010" && (IsLemma(p, v, Reporting) || IsLemma(p, v, Mentioning) && p.PrepPhrase(v, nominal: false, "against") < 0) || IsLemma(p, v, Saying))
            && !_dictionaryDecides) return;
        // "officers backed by Kenyan personnel of the mission", "troops backed by helicopters": backing by armed men or their
        // weapons is their part in the operation, no endorsement (051), as the dictionary's BACK (BY &MILITARY) [---] has it
        // for the words its synset lists.
        if (!_dictionaryDecides && IsLemma(p, v, Backing) && Agent(p, v) is var backer && backer >= 0 && p.Label(backer) != "nmod"
            && IsLemma(p, backer, ArmedBackers)) return;
        // "has decided to admit Poland and Hungary", "admitted two new members": letting a party in admits no deed (015).
        if (!_dictionaryDecides && pick.Code == "015" && IsLemma(p, v, Admitting) && p.Child(v, "obj") is var admitted && admitted >= 0
            && HasActor(p, admitted, srcHits)) return;
        if (IsLemma(p, v, Sufferings)) return;
        // "refused to return him, citing the harshness of the regime": a reason given for another act is no statement to
        // whoever the reason names.
        if (!_dictionaryDecides && p.Label(v) == "advcl" && IsLemma(p, v, Citing) && p.Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return;
        // "imposed new sanctions on Belarus, targeting 25 officials": a bare participle of aiming after a clause that
        // tells no force says whom that act is aimed at, no attack of its own ("shelled the town, targeting the
        // market" and "launched an offensive, targeting rebel positions" still tell force).
        if (!_dictionaryDecides && p.Label(v) == "advcl" && BareParticiple(p, v) && IsLemma(p, v, Aiming) && p.Head(v) is var aimer && aimer >= 0
            && !(TryVerbCode(p, aimer, out var aimerPick) && IsForce(aimerPick.Code)) && !(ObjectOf(p, aimer) is var aimerObj && aimerObj >= 0 && IsAttackNoun(p, aimerObj)))
            return;
        // "lifted the ban, allowing foreign firms to bid", "the regime's fall was a bonus, allowing the birth of a new
        // government": a bare participle of permitting after a clause says what that act or state makes possible, no one's
        // yielding (080) to those it lets act.
        // (Also parsed as a conjunct with no "and": "asked the U.S. to enforce the embargo, allowing it to stop ships"; or
        // joined to another such participle: "ridding the country of its foe and allowing the birth of ...".)
        if (!_dictionaryDecides && p.Label(v) is "advcl" or "conj" && BareParticiple(p, v) && IsLemma(p, v, Permitting)
            && (p.Label(v) == "advcl" || p.Child(v, "cc") < 0 || p.Head(v) is var first && first >= 0 && BareParticiple(p, first)
                && (p.Label(first) == "advcl" || p.Label(first) == "conj" && p.Child(first, "cc") < 0))) return;
        // "the Embassy's Kidnapping Warning", "a Bombing Inquiry Report": a capitalised -ing word amid capitalised words is
        // a word of a title or name the parser took for a verb, no act.
        if (!_dictionaryDecides && v > start && v + 1 < end && InTitle(p, v)) return;
        // "questioned two men over the sniper slaying of a doctor": an -ing word with an "of" phrase right after a noun
        // the parser split from it ("the sniper" its oblique, "slaying" a clause of the verb) is that noun phrase's head,
        // a deed named, not done by the clause's subject.
        if (!_dictionaryDecides && IsSplitGerund(p, v)) return;
        // "12,000 people have arrived in Tawila after fighting between the army and the RSF spread": a battle word with
        // "between" right after it names the battle (the battle nouns code its two sides), no fight of the clause's subject
        // ("mediating between the two parties" is the subject's act: no battle word).
        if (!_dictionaryDecides && BattleLookup.Contains(p.Word(v)) && v + 1 < end
            && p.Word(v + 1).Equals("between", StringComparison.OrdinalIgnoreCase)) return;
        // "the plane crashed into the sea, killing all 228 people on board": an accident's toll is no one's attack.
        if (p.Head(v) is var mishap && mishap >= 0 && p.Label(v) is "advcl" or "conj" or "xcomp" && IsLemma(p, mishap, Accidents)) return;
        // A two-way dictionary code: "received envoys" [043:042] is a hosting by the subject and a visit by the
        // other party; "received assurances from X" [:030] is X's act only.
        var (code, reverse) = PetrarchVerbs.SplitCode(pick.Code);
        bool reverseOnly = code.Length == 0;
        if (reverseOnly) { code = reverse!; reverse = null; }
        if (!_dictionaryDecides && IsForce(code) && (IsAimedForce(p, v) || IsGerundSubject(p, v))) return;
        if (!_dictionaryDecides && IsStative(p, v)) return;
        // "decided to take seriously Colin Powell's boasts", "took the remarks personally": taking words seriously seizes
        // nothing; "to take the guns ... to Iraq": what is taken somewhere is carried there, no one's property seized.
        if (!_dictionaryDecides && p.Word(v).StartsWith("t", StringComparison.OrdinalIgnoreCase) && IsLemma(p, v, Taking)
            && (p.HasChildWord(v, "advmod", "seriously", "lightly", "literally", "personally")
                || code.StartsWith("171", StringComparison.Ordinal) && p.Child(v, "obj") is var carried && carried >= 0 && !HeadIsActor(p, carried)
                   && p.PrepPhrase(v, nominal: false, "to") is var carriedTo && carriedTo > carried)) return;
        // "has to deal with the rivalry between India and Pakistan": dealing with a problem copes with it, no one is bargained
        // with, whoever the problem's phrases name ("will deal with Iran directly" still is).
        if (!_dictionaryDecides && IsLemma(p, v, Coping) && p.PrepPhrase(v, nominal: false, "with") is var dealtWith && dealtWith >= 0
            && p.Tag(dealtWith) == "NOUN" && !HeadIsActor(p, dealtWith)) return;
        // ("Taliban fighting positions" with "fighting" a verb the parser made the noun's modifier)
        if (!_dictionaryDecides && p.Label(v) is "compound" or "amod" && p.Head(v) == v + 1 && ModifiesThing(p, v)) return;
        // "welcomed the unanimous adoption of the resolution as a step towards ... talks": a thing welcomed is praised
        // (051, our lexicon's reading), whatever "to" the dictionary's "(TO)" pattern found further down; a hosting
        // (043) welcomes someone.
        if (!_dictionaryDecides && code.StartsWith("04", StringComparison.Ordinal) && IsLemma(p, v, Welcoming) && p.Child(v, "obj") is var welcomed
            && welcomed >= 0 && p.Tag(welcomed) == "NOUN" && (IsDeed(p, welcomed) || IsLemma(p, welcomed, WelcomedThings)) && !HeadIsActor(p, welcomed))
        { code = "051"; reverse = null; }
        if ((code.StartsWith("04", StringComparison.Ordinal) || code.StartsWith("02", StringComparison.Ordinal)) && IsNaming(p, v)) return;
        // "America needs a full-time president", "the opposition wants a new president": a party wanted or needed, with no act
        // wanted of it ("wants Uganda to withdraw", "wants the soldiers tried"), is asked nothing and offered nothing.
        if (!_dictionaryDecides && IsLemma(p, v, Wanting) && p.Child(v, "obj") is var wanted && wanted >= 0 && p.Child(v, "xcomp") < 0
            && p.Child(v, "ccomp") < 0 && p.Child(wanted, "acl") < 0 && HeadIsActor(p, wanted)) return;
        // "exiles insist the majority of Americans don't understand": insisting that something is so says it (a statement,
        // not coded), it demands nothing ("insisted that Iraq withdraw" still does).
        // (... misparsed with the clause's subject the object and its verb a conjunct with no conjunction: "insist the
        // majority of Americans don't understand")
        if (!_dictionaryDecides && p.Word(v).StartsWith("insist", StringComparison.OrdinalIgnoreCase) && InsistedClause(p, v) is var insisted && insisted > v && IsIndicative(p, insisted)) return;
        // "joined the war against al-Shabaab", "arrived to join the fight against ISIL": joining a fight against a party is
        // fighting it, no cooperation with it (the dictionary's JOIN); joining another's fight ("the SDF's fight against
        // ISIL") stays cooperation with that other.
        if (!_dictionaryDecides && IsLemma(p, v, Joining) && p.Child(v, "obj") is var joined && joined >= 0 && p.Child(joined, "nmod:poss") < 0
            && IsLemma(p, joined, Fights) && (p.PrepPhrase(joined, nominal: true, "against") >= 0 || p.PrepPhrase(v, nominal: false, "against") > joined) && _cameo["190"] is not null)
        { code = "190"; reverse = null; reverseOnly = false; }
        // "is returning to Syria", "returned home after the talks": coming back is travel; nothing and no one is given
        // back (the dictionary's RELEASE reading, 084, wants someone or something returned).
        if (!_dictionaryDecides && code.StartsWith("084", StringComparison.Ordinal) && IsLemma(p, v, Returning) && p.Child(v, "obj") < 0
            && p.Child(v, "nsubj:pass") < 0 && p.Child(v, "aux:pass") < 0) return;
        // "met with the Syrian president": PETRARCH's "meet with" is one-way (its MEET_WITH [040]), the subject's act;
        // "met the Syrian president" and "X and Y met" stay meetings of both.
        if (reverse == code && code.StartsWith("04", StringComparison.Ordinal) && p.Word(v).StartsWith("me", StringComparison.OrdinalIgnoreCase)
            && IsLemma(p, v, Meetings) && p.Child(v, "obj") < 0 && p.PrepPhrase(v, nominal: false, "with") >= 0)
            reverse = null;
        // "Russian missiles hit Kyiv", "missiles struck the depot": the dictionary's weapons-battle pattern ("&WEAPON *",
        // both sides firing, [193:193]) read on a munition that strikes something is one side's strike; the one struck
        // fired nothing back.
        if (!_dictionaryDecides && reverse == code && IsForce(code) && IsLemma(p, v, Impact) && p.Child(v, "nsubj") is var munition
            && munition >= 0 && IsLemma(p, munition, Projectiles))
            reverse = null;
        // "Militants armed with guns killed 30 farmers": the dictionary's "&WEAPON * KILL" (a bombing, 183) read on a weapon in
        // the doers' own description; people who kill are fighting (190), a bomb that kills stays a bombing
        if (!_dictionaryDecides && code == "183" && IsLemma(p, v, Impact) && p.Child(v, "nsubj") is var killer && killer >= 0
            && !IsLemma(p, killer, Projectiles) && HasActor(p, killer, srcHits) && _cameo["190"] is not null)
            code = "190";
        // "The Philippines and France agree that disputes should go to arbitration": a shared position, not an intent.
        // (Unless the user's own codebook says what agreeing is.)
        if (code == "030" && !_dictionaryDecides && p.Child(v, "ccomp") >= 0 && p.Word(v).StartsWith("agree", StringComparison.OrdinalIgnoreCase)) code = "050";
        bool negated = IsNegated(p, v) && !pick.Negation, refused = false;
        // "did not oppose", "won't clash over the efforts": PETRARCH's coding ontology defines disapproval (110) as the
        // negation of diplomatic cooperation (050), so its negation is that cooperation.
        if (negated && code == "110") { code = "050"; negated = false; }
        var modality = question ? Modality.Question : AuxModality(p, v);
        // "Israel announced it would free 150 prisoners", "said it would send troops": "would" reported is the future
        // seen from the past, an announced act (unless a condition makes it hypothetical, below).
        bool reportedFuture = modality == Modality.Hypothetical && ReportedWould(p, v);
        if (reportedFuture) modality = Modality.Future;
        // "Moscow said it would retaliate against London", "said they would impose sanctions": coercion or force its doer
        // announces for itself is a threat (13x), not a future act (others' predictions keep the future: "officials said
        // Russia would attack").
        // ("said it would take countermeasures", a threat by its words, is threatened too; a condition is left to the
        // ultimatum reading below: "would strike unless ..." is 139)
        bool threatWords = code.StartsWith("13", StringComparison.Ordinal);
        if (!_dictionaryDecides && reportedFuture && (threatWords || string.CompareOrdinal(code, "16") >= 0) && p.Child(v, "nsubj") is var announcer && announcer >= 0
            && IsLemma(p, announcer, PersonalPronouns) && ConditionClauses(p, v).Count == 0)
        { if (!threatWords) code = ThreatCode(code); modality = Modality.Threatened; }
        // "deployed police to Haiti to lead a security mission": forces sent abroad to keep the peace provide
        // peacekeeping (074), not a show of force (15x).
        if (!_dictionaryDecides && code.StartsWith("15", StringComparison.Ordinal) && IsLemma(p, v, Sending) && ForPeaceMission(p, v)) code = "074";
        int predicate = v;

        // The complement decides: "threatened to end talks" → 134, "agreed to meet" → 036.
        // With the user's PETRARCH codebook, a bare statement (010) of a clause that is an event of its own ("noted that X
        // regretted Y's refusal") is that event said of its doer: the speaker's, at the clause's subject, with the
        // clause's code, as PETRARCH folds "a (b . Q) SAY" into one event; the clause is not coded apart.
        if (_dictionaryDecides && code == "010" && reverse is null && p.Child(v, "nsubj") is var sayer && sayer >= 0 && HasActor(p, sayer, srcHits)
            && p.Child(v, "ccomp") is var said && said > v && p.Tag(said) == "VERB"
            && p.Child(said, "nsubj") is var saidBy && saidBy >= 0 && HasActor(p, saidBy, srcHits) && TryVerbCode(p, said, out var saidPick)
            && PetrarchVerbs.SplitCode(saidPick.Code).Forward is { Length: > 0 } saidCode && saidCode != "010")
        { code = saidCode; consumed.Add(said); }
        // "gave Uganda 48 hours to withdraw": what the deadline is for is part of the ultimatum, not an act of the giver's.
        if (!_dictionaryDecides && code == "139" && Deadline(p, v, out var deadlineAct) >= 0) consumed.Add(deadlineAct);
        int x = p.Child(v, "xcomp");
        if (x < 0 && !_dictionaryDecides) x = AppealedInfinitive(p, v);
        // "does not want to see Kenya punished", "hopes to see Uganda prosper": a wish about how things turn out for
        // someone, no intent to act with them.
        if (!_dictionaryDecides && x >= 0 && IsLemma(p, v, Desires) && IsLemma(p, x, Seeing) && p.Child(x, "xcomp") >= 0) return;
        // "aims to beat the United States to the moon": a race one wants to win is no intent to use force.
        if (!_dictionaryDecides && x >= 0 && IsLemma(p, v, Desires) && IsContestWon(p, x)) return;
        if (x >= 0 && p.Tag(x) == "VERB" && TryVerbCode(p, x, out var innerPick) && PetrarchVerbs.SplitCode(innerPick.Code).Forward is { Length: > 0 } innerCode)
        {
            var inner = innerPick with { Code = innerCode };
            var own = code;
            if (IsLemma(p, v, Threats)) { code = ThreatCode(inner.Code); modality = Modality.Threatened; predicate = x; consumed.Add(x); }
            else if (IsLemma(p, v, Intents))
            {
                // "agreed to meet" → intent (03x). A material act promised ("agreed to lift the sanctions", "pledged to
                // expel the leaders") is coded as the act, announced for the future, as PETRARCH codes "will lift".
                // ("offered to" stays an offer.)
                if (IsPromisedAct(p, v, inner.Code)) { code = inner.Code; if (modality == Modality.Asserted) modality = Modality.Future; }
                else
                {
                    code = IsMaterialConflict(inner.Code) ? ThreatCode(inner.Code) : IntentCode(inner.Code);
                    if (code.StartsWith("13", StringComparison.Ordinal)) modality = Modality.Threatened;
                }
                predicate = x; consumed.Add(x);
            }
            else if (IsLemma(p, v, Refusals)) { code = inner.Code; negated = true; modality = Modality.Denied; refused = true; predicate = x; consumed.Add(x); }
            // (With the user's PETRARCH codebook the appeal verb's own code stands, as PETRARCH codes "urged X to respond".)
            else if (IsLemma(p, v, Appeals) && ObjectOf(p, v) >= 0) { if (!_dictionaryDecides) code = AppealCode(inner.Code); consumed.Add(x); }
            else if (IsLemma(p, v, Desires) && p.Child(v, "obj") < 0 && !inner.Code.StartsWith("03", StringComparison.Ordinal))
            {
                code = DesiredCode(inner.Code, ref modality);
                predicate = x; consumed.Add(x);
            }
            // The complement's code replaced the verb's own: its two-way reading no longer applies.
            if (!ReferenceEquals(code, own)) { reverse = null; reverseOnly = false; }
        }
        // "does not want to see Kenya punished", "hopes to finish the season": a wish for something that is no event is
        // no intent to cooperate with anyone its clause names.
        else if (x >= 0 && p.Tag(x) == "VERB" && IsLemma(p, v, Desires) && !_dictionaryDecides && !TryVerbCode(p, x, out _)) return;
        else if (IsLemma(p, v, Threats) && code.StartsWith("13", StringComparison.Ordinal) && p.Child(v, "obj") < 0 && (_dictionaryDecides || p.Child(v, "iobj") < 0) && x < 0
                 && p.PrepPhrase(v, nominal: false, "of", "about", "against") < 0
                 // (unless the user's codebook has a pattern that says whom: "warned at the X of Y", "- * (AT) ^ +")
                 && !(_dictionaryDecides && pick.Slots is { TargetRun: not null } or { TargetCase: not null }))
            return; // "warned that ..." alone is a statement, not a threat against anyone ("warned of X" is against X).
        // With the user's PETRARCH codebook, a verb whose to-infinitive is an event of its own ("will be hosting X to
        // celebrate the feast with Y") is that event's setting, not coded apart, as PETRARCH codes the clause under the
        // main verb (unless the verb's own pattern read words after it: "vowed to wage war", VOW * WAR).
        if (_dictionaryDecides && predicate == v && !pick.ReadsAfter && !IsLemma(p, v, Appeals) && CodedInfinitive(p, v)) return;

        // "called on Rwanda to withdraw its troops and stop supporting the rebels": what else the one called on is asked to
        // do is part of the appeal (coded on the first infinitive), no act of the caller's.
        if (!_dictionaryDecides && AlsoAppealedFor(p, v)) return;
        // Governors above: "refused to meet", "denied bombing", "planned to attack".
        var label = p.Label(v);
        int appealBy = -1, demanded = -1;
        bool undoneAim = false;
        int gov = p.Head(v);
        if (gov >= 0 && label is "xcomp" or "ccomp" or "advcl" or "obj")
        {
            // "will not try to attack", "did not decide to expel": what a negated verb governs is not done either.
            if (label == "xcomp" && p.Tag(gov) == "VERB" && IsNegated(p, gov)) negated = true;
            // "would not use drones to kill citizens", "did not send troops to attack the town": the purpose of what is
            // not done, or only might be, is not done either.
            // "Rome changed its mind on returning the marines": what one changes one's mind about is not done.
            if (!_dictionaryDecides && label == "advcl" && p.Word(gov).StartsWith("chang", StringComparison.OrdinalIgnoreCase) && p.Child(gov, "obj") is var mind
                && mind >= 0 && p.Word(mind).Equals("mind", StringComparison.OrdinalIgnoreCase) && (p.HasChildWord(v, "mark", "on", "about") || p.HasChildWord(v, "case", "on", "about")))
                negated = undoneAim = true;
            // ("the caution would be necessary to protect the bases": a predicate adjective's mood too)
            if (!_dictionaryDecides && label == "advcl" && p.Tag(gov) is "VERB" or "ADJ" && p.HasChildWord(v, "mark", "to"))
            {
                // (its own refusal is the governor's to code, if any: no 12x for it)
                if (IsNegated(p, gov)) negated = undoneAim = true;
                // (... or the mood the governor takes from above: "should China decide to retaliate to defend its deal")
                var purposeModality = AuxModality(p, gov);
                if (purposeModality == Modality.Asserted && p.Label(gov) == "xcomp") purposeModality = GovernorMood(p, gov);
                // ("the administration's plans to deploy Marines to back up the troops": the purpose of a plan's act is planned)
                if (purposeModality == Modality.Asserted && p.Label(gov) == "acl" && p.Head(gov) is var planned && planned >= 0 && IsLemma(p, planned, IntentNouns))
                    purposeModality = Modality.Future;
                // ("the United States remains committed to assisting the agency", "is determined to defend": a commitment to an
                // act is the intent, not the act done)
                if (purposeModality == Modality.Asserted && IsCommitment(p.Word(gov))) purposeModality = Modality.Future;
                if (modality == Modality.Asserted && purposeModality != Modality.Asserted) { modality = purposeModality; undoneAim = true; }
            }
            if (IsLemma(p, gov, Refusals) && label == "xcomp") { negated = true; modality = Modality.Denied; refused = true; }
            else if (IsLemma(p, gov, Denials)) { negated = true; modality = Modality.Denied; }
            else if (IsLemma(p, gov, Plans) && label == "xcomp") modality = Modality.Future;
            // "ordered security forces to rescue the students": what one is ordered to do is not done yet.
            else if (!_dictionaryDecides && IsLemma(p, gov, Orders) && (label == "xcomp" || label == "advcl" && p.HasChildWord(v, "mark", "to"))
                     && modality == Modality.Asserted) modality = Modality.Future;
            // "F-16s arrived in Jordan to join the fight against the militants": force a trip is made for is its aim, not
            // yet done (the arrival is what happened).
            else if (!_dictionaryDecides && label == "advcl" && IsLemma(p, gov, Trips) && p.HasChildWord(v, "mark", "to") && IsForce(code)
                     && modality == Modality.Asserted) modality = Modality.Future;
            // "stopped attacking the border posts", "urged Uganda to cease shelling": what one stops doing is not done.
            else if (!_dictionaryDecides && IsLemma(p, gov, Ceasing) && label == "xcomp") negated = true;
            // "has avoided criticising the president", "refrained from attacking": what one keeps from doing is not done.
            else if (!_dictionaryDecides && IsLemma(p, gov, Avoiding) && (label == "xcomp" || label == "advcl" && p.HasChildWord(v, "mark", "from"))) negated = true;
            // "warned Uganda against sending troops", "voted against deploying troops": what one is against is not done.
            else if (!_dictionaryDecides && label == "advcl" && p.HasChildWord(v, "mark", "against")) { if (modality == Modality.Asserted) modality = Modality.Hypothetical; }
            // "would need to consult their governments", "needs to sign": what must be done is not done yet.
            else if (IsLemma(p, gov, Needs) && label == "xcomp" && p.Tag(gov) == "VERB") { if (modality == Modality.Asserted) modality = Modality.Hypothetical; }
            // "would continue to support", "did not begin to withdraw": an aspect verb's tense, mood and negation are its
            // complement's.
            else if (label == "xcomp" && IsLemma(p, gov, Aspects))
            {
                if (AuxModality(p, gov) is var aspectModality && aspectModality != Modality.Asserted && modality == Modality.Asserted) modality = aspectModality;
                if (IsNegated(p, gov)) negated = true;
            }
            // "Russia is unlikely to attack", "ready to talk", "poised to sign": a likelihood or a readiness, not the act.
            else if (label == "xcomp" && p.Tag(gov) == "ADJ" && ModalAdjective(p.Word(gov)) is var (adjModality, adjNegated) && adjModality != Modality.Asserted)
            {
                modality = adjModality;
                if (adjNegated || IsNegated(p, gov)) negated = true;
            }
            else if (IsLemma(p, gov, Appeals) && (label == "xcomp" || !_dictionaryDecides && AppealedInfinitive(p, gov) == v) && ObjectOf(p, gov) >= 0)
            {
                // "wants Putin to attack Switzerland", "asked Obama to help Iran": an appeal by the governor's
                // subject to its object, not an act of either (a governor with its own code has coded it above).
                code = AppealCode(code);
                appealBy = gov;
                // (the act asked for is not done: its two-way reading, "resume talks" [046:046], does not apply)
                reverse = null; reverseOnly = false;
            }
            // "called on all states to cooperate with Kenya", "called on Uganda to stop attacking Somalia": with the one
            // asked an oblique ("on"), the same appeal, to the one called on (no event when that names no actor).
            else if (!_dictionaryDecides && IsLemma(p, gov, Appeals) && label is "advcl" or "xcomp" && p.HasChildWord(v, "mark", "to") && ObjectOf(p, gov) < 0
                     && p.PrepPhrase(gov, nominal: false, "on", "upon") is var calledOn && calledOn >= 0 && calledOn < v)
            {
                code = AppealCode(code);
                appealBy = gov;
                demanded = calledOn;
                reverse = null; reverseOnly = false;
            }
            else if (label == "ccomp" && IsLemma(p, gov, Demands) | IsLemma(p, gov, Appeals) && p.Child(v, "nsubj") is var told && told >= 0
                     && (_dictionaryDecides || !IsLemma(p, gov, Insisting) || !IsIndicative(p, v))
                     && !p.HasChildWord(v, "mark", "whether") && !p.HasChildWord(v, "mark", "if"))
            {
                // "Russia demanded that Ukraine withdraw its troops": a demand on the clause's subject (10x; "urged that"
                // an appeal, 02x), not a withdrawal that happened.
                code = IsLemma(p, gov, Demands) ? DemandCode(code) : AppealCode(code);
                appealBy = gov;
                demanded = told;
            }
            // "Aliyev said Armenia must first change its constitution": what a speaker says a named party must do is
            // demanded of that party (10x), no act that happened.
            else if (!_dictionaryDecides && label == "ccomp" && IsLemma(p, gov, Reporting) && p.HasChildWord(v, "aux", "must")
                     && p.Child(v, "nsubj") is var bound && bound >= 0 && p.Tag(bound) == "PROPN")
            {
                code = DemandCode(code);
                appealBy = gov;
                demanded = bound;
            }
            else if (IsLemma(p, gov, Desires) && label == "xcomp")
            {
                if (!code.StartsWith("03", StringComparison.Ordinal) && !code.StartsWith("13", StringComparison.Ordinal))
                    code = DesiredCode(code, ref modality);
            }
            else if (IsLemma(p, gov, Threats) && label == "xcomp") return; // coded by the governor
            // "signed an accord to supply Uganda with wheat": what was agreed is part of the agreement, not an act yet.
            else if (label is "advcl" or "xcomp" && AgreedClause(p, gov, p.Child(gov, "obj")) == v && TryVerbCode(p, gov, out _)) return;
            // "accused Hezbollah of firing rockets at Haifa", "blamed the rebels for shelling": what is alleged is the
            // accusation's content (coded 112 by the governor), not an attack the report states.
            else if (label == "advcl" && IsLemma(p, gov, Accusations) && (p.HasChildWord(v, "mark", "of") || p.HasChildWord(v, "mark", "for"))) return;
            // "seeking to deepen a partnership ... by promoting biofuels": the means is part of the governor's event.
            else if (label == "advcl" && p.HasChildWord(v, "mark", "by") && TryVerbCode(p, gov, out _)) return;
            else if (IsLemma(p, gov, Intents) && label == "xcomp" && TryVerbCode(p, gov, out _)) return;
            // "pledged $500 million to help Pakistan rebuild": the help is what the money pledged is for, coded with the
            // pledge (033, to the one helped), not help given already.
            else if (label == "advcl" && PledgedAidPurpose(p, gov) == v || label == "acl" && PledgedAidPurpose(p, p.Head(gov)) == v) return;
        }
        // "accuses New Delhi of using its consulates to train insurgents": the purpose of a deed alleged is alleged too, part
        // of the accusation the governor codes; so is its means ("accused Guyana of provoking a crisis by allowing US
        // companies to drill").
        if (!_dictionaryDecides && gov >= 0 && label == "advcl" && (p.HasChildWord(v, "mark", "to") || p.HasChildWord(v, "mark", "by")) && p.Label(gov) == "advcl"
            && (p.HasChildWord(gov, "mark", "of") || p.HasChildWord(gov, "mark", "for")) && IsLemma(p, p.Head(gov), Accusations)) return;
        // "should provide increased motivation for Pakistan to help the return of the Taliban", "gives Kenya an incentive to
        // sign": what someone has a motive or a chance to do is not done yet.
        if (!_dictionaryDecides && modality == Modality.Asserted && gov >= 0 && label == "acl" && p.HasChildWord(v, "mark", "to") && IsLemma(p, gov, Motives))
            modality = Modality.Hypothetical;
        // "Should China decide to retaliate against the US", "if Iran and Syria decide to engage with US forces", "is keen
        // to help stabilise Kabul": the condition or the mood of the verbs above, through their open complements, is the
        // act's too.
        if (!_dictionaryDecides && modality == Modality.Asserted && label == "xcomp") modality = GovernorMood(p, v);
        // "will begin withdrawing troops and release prisoners", "promised to withdraw and release the soldiers": a verb
        // joined to another with no subject or auxiliary of its own shares that verb's tense and mood.
        // ("is expected to visit early next year, making friends by backing India": a participle of the act, too.)
        if (!_dictionaryDecides && modality == Modality.Asserted && label is "conj" or "advcl" && gov >= 0) modality = ConjunctMood(p, v, gov);
        // "did not invade Kuwait, endanger Saudi Arabia and butcher his own people", "will not attack or threaten Uganda":
        // the negation of the auxiliary they share. (Not after "but", nor a past form: "did not attack but withdrew",
        // "did not attack and retreated".)
        if (!_dictionaryDecides && !negated && label == "conj" && gov >= 0 && SharesNegation(p, v, gov)) negated = true;
        // "invited the minister to visit Kampala", "was invited to attend": what one is invited to do is not done yet.
        if (!_dictionaryDecides && modality == Modality.Asserted && label == "xcomp" && gov >= 0 && IsLemma(p, gov, Inviting)) modality = Modality.Hypothetical;
        // "sanctions will remain until Uganda pays compensation", "plans to meet the families when he travels to Kampala": a
        // time clause of what is to come, or may come, is to come too.
        if (!_dictionaryDecides && modality == Modality.Asserted && label == "advcl" && gov >= 0 && p.Child(v, "aux") < 0
            && !p.Word(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && (p.HasChildWord(v, "mark", TimeMarks) || p.HasChildWord(v, "advmod", "when", "once")))
            modality = VerbMood(p, gov);

        // "bought equipment to try and track down its users": "try and" is "try to", an effort, not the deed done.
        if (!_dictionaryDecides && label == "conj" && gov >= 0 && gov + 2 == v && p.Word(gov).Equals("try", StringComparison.OrdinalIgnoreCase)
            && p.Word(gov + 1).Equals("and", StringComparison.OrdinalIgnoreCase) && modality == Modality.Asserted) modality = Modality.Future;
        // "Eriador's refusal to talk to Gondor", "the rejection of a plan to ...": what is refused is not done.
        // (... or hung on the verb whose object the refusal is: "regretted X's refusal to talk")
        if (gov >= 0 && p.HasChildWord(v, "mark", "to") && (label == "acl" && IsLemma(p, gov, RefusalNouns)
                || label == "advcl" && p.Child(gov, "obj") is var refusedAct && refusedAct >= 0 && refusedAct + 2 == v && IsLemma(p, refusedAct, RefusalNouns)))
        { negated = true; modality = Modality.Denied; }
        // "gave Kenya permission to help Uganda": what is permitted is the permitted party's to do, not done yet.
        // (... or misparsed, "to help" hung on the verb that gives the permission)
        if (gov >= 0 && p.HasChildWord(v, "mark", "to") && modality == Modality.Asserted
            && (label == "acl" && IsLemma(p, gov, Permissions) || label == "advcl" && p.Child(gov, "obj") is var given && given >= 0 && given < v && IsLemma(p, given, Permissions)
                // "Kenyan women were allowed to leave Uganda", "allowed them to return": permitted, not yet done.
                || label == "xcomp" && IsLemma(p, gov, Permitting)))
            modality = Modality.Hypothetical;
        // "the US threat to suspend talks": the act is threatened; "a pledge to send aid": intended.
        int threatBy = -1;
        if (label == "acl" && gov >= 0 && p.Label(gov) is not "obl" && IsLemma(p, gov, ThreatNouns) && !code.StartsWith("13", StringComparison.Ordinal))
        { code = ThreatCode(code); modality = Modality.Threatened; }
        // ... the same misparsed, "threat" the infinitive's subject or the object of the verb above, "to suspend" hung
        // elsewhere: "threat to" next to each other say it all; the threat's owner is the one who threatens.
        else if (label != "acl" && ThreatBefore(p, v) is var threatNoun && threatNoun >= 0 && !code.StartsWith("13", StringComparison.Ordinal))
        { code = ThreatCode(code); modality = Modality.Threatened; threatBy = threatNoun; }
        else if (label is "acl" or "advcl" && gov >= 0 && IsLemma(p, gov, BrinkNouns) && p.Child(gov, "cop") >= 0 && p.HasChildWord(v, "mark", "of")
            && !code.StartsWith("13", StringComparison.Ordinal) && !code.StartsWith("03", StringComparison.Ordinal))
        {
            code = IsMaterialConflict(code) ? ThreatCode(code) : IntentCode(code);
            modality = code.StartsWith("13", StringComparison.Ordinal) ? Modality.Threatened : Modality.Future;
        }
        else if (label == "acl" && gov >= 0 && IsLemma(p, gov, IntentNouns) && !code.StartsWith("03", StringComparison.Ordinal))
        { code = IsMaterialConflict(code) ? ThreatCode(code) : IntentCode(code); if (code.StartsWith("13", StringComparison.Ordinal)) modality = Modality.Threatened; }

        // "would end talks unless Russia halted the assault" → a threat (an ultimatum with "unless").
        bool conditional = false;
        int threatened = -1;
        foreach (int c in ConditionClauses(p, v))
        {
            conditional = true;
            if (p.HasChildWord(c, "mark", "unless") && modality is Modality.Hypothetical or Modality.Future && !code.StartsWith("13", StringComparison.Ordinal))
            {
                // ("would not give more aid to the firm unless ...": an ultimatum to withhold cooperation or aid is a threat made,
                // to stop aid (1311) or of no force (131), not a threat negated)
                if (!_dictionaryDecides && negated && string.CompareOrdinal(code, "03") >= 0 && string.CompareOrdinal(code, "08") < 0)
                { code = code.StartsWith("07", StringComparison.Ordinal) ? "1311" : "131"; negated = false; }
                else code = code.StartsWith("16", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) ? "139" : ThreatCode(code);
                modality = Modality.Threatened;
                // The one who must comply is the one threatened, when nothing else names a target.
                threatened = p.Child(c, "nsubj");
            }
            // "threatened new sanctions if Iran refuses to return to talks": so is a threat's, made now on a condition
            // (the threat is made, not hypothetical).
            else if (!_dictionaryDecides && code.StartsWith("13", StringComparison.Ordinal) && threatened < 0)
            {
                threatened = p.Child(c, "nsubj");
                conditional = false;
            }
        }
        if (conditional && (modality == Modality.Asserted || reportedFuture && modality == Modality.Future)) modality = Modality.Hypothetical;
        // "if Israel attacked Iran, Iran would raze Tel Aviv", "unless Russia halts the assault": the condition itself is
        // no deed the report states.
        if (modality == Modality.Asserted && p.HasChildWord(v, "mark", "if", "unless")) modality = Modality.Hypothetical;
        // "likely targeted the senators", "probably fired the shell": a guess at a deed is no deed the report states.
        if (!_dictionaryDecides && modality == Modality.Asserted && p.HasChildWord(v, "advmod", "likely", "probably", "possibly", "perhaps", "maybe"))
            modality = Modality.Hypothetical;

        // Arguments.
        bool passive = p.Child(v, "nsubj:pass") >= 0 || p.Child(v, "aux:pass") >= 0;
        // "10 Russian soldiers killed in Ukraine": a participle of force on a noun is done to that noun.
        bool reduced = !passive && label == "acl" && gov >= 0 && p.Tag(gov) is "NOUN" or "PROPN" && gov < v
            && p.Child(v, "nsubj") < 0 && p.Child(v, "obj") < 0
            && (IsForce(code) && p.Word(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || ReducedByAgent(p, v, gov, code));
        if (reduced) passive = true;
        // "UN peacekeeper killed in attack in northern Mali": a headline's participle of harm with a subject but no object
        // and no auxiliary is a passive whose auxiliary the headline dropped; its subject is the one harmed.
        int droppedAux = !_dictionaryDecides && !passive && label == "root" && IsLemma(p, v, HarmVerbs) && LonePastParticiple(p, v)
            && p.Child(v, "ccomp") < 0 && p.Child(v, "xcomp") < 0 ? p.Child(v, "nsubj") : -1;
        if (droppedAux >= 0) passive = true;
        // "Jihadists linked to al-Qaeda operate across the region" parsed with "linked" as the verb: a participle of ties
        // with no object and no auxiliary describes its noun; no one did anything.
        if (!_dictionaryDecides && label == "root" && IsLemma(p, v, Ties) && LonePastParticiple(p, v)) return;
        // "a people called Ugandans", "this breed called Americans" parsed as a clause ("people" its subject): a participle
        // of naming right after an indefinite or demonstrative noun, in no main clause and with no auxiliary, names the
        // noun; no one calls anyone ("The Kenyan president called Museveni" stays a call).
        if (!_dictionaryDecides && label != "root" && p.Child(v, "nsubj") is var namedOne && namedOne >= 0 && namedOne == v - 1 && p.Tag(namedOne) == "NOUN"
            && p.Child(v, "aux") < 0 && IsWord(p, v, "called", "named", "dubbed")
            && p.Child(namedOne, "det") is var article && article >= 0 && IsWord(p, article, "a", "an", "this", "these", "that", "those")) return;
        int subj = passive ? Agent(p, v) : p.Child(v, "nsubj");
        // "expressed concern over a decision by US officials not to prosecute the parents", with "to prosecute" hung on
        // "expressed": an infinitive right after a decision or a plan (past its "by" phrase) is what the decision's maker
        // decided, no act of the one who expresses anything about it (none when the maker is not named).
        if (!_dictionaryDecides && subj < 0 && !passive && label == "advcl" && gov >= 0 && p.HasChildWord(v, "mark", "to") && DecisionBefore(p, gov, v) is var decision && decision >= 0)
        {
            subj = p.PrepPhrase(decision, nominal: true, "by");
            if (subj < 0) subj = p.PrepPhrase(v, nominal: false, "by");
            if (subj < 0 && p.PrepPhrase(gov, nominal: false, "by") is var besideBy && besideBy > decision && besideBy < v) subj = besideBy;
            if (subj < 0) subj = p.Child(decision, "nmod:poss");
            if (subj < 0) return;
        }
        // "KHARTOUM, March 3 (Wire) - Sudan's army said": a dateline parsed as the subject, the real one its apposition.
        if (subj >= 0 && IsDateline(p, subj) && DatelineSubject(p, subj) is var named && named >= 0) subj = named;
        // "television broadcast footage of exiles protesting in Miami": pictures do nothing (nor does whoever made them
        // or shows them), and what they show is no news of the day the report can date.
        if (!_dictionaryDecides && subj >= 0 && !passive && p.Tag(subj) == "NOUN" && p.PrepPhrase(subj, nominal: true, "of") >= 0
            && IsLemma(p, subj, Depictions)) return;
        // "Israel said a mortar bomb was fired at it from the Gaza Strip": a side saying it was fired at from another's
        // ground accuses that side (112); who fired, the report does not say ("in the first such attack" names no doer).
        if (subj < 0 && passive && p.Child(v, "nsubj:pass") is var weapon && weapon >= 0 && !negated && IsForce(code) && label == "ccomp" && IsLemma(p, gov, Reporting) && IsLemma(p, weapon, Weapons)
            && p.Child(gov, "nsubj") is var speaker && speaker >= 0 && Oblique(p, v) is var firedAt && firedAt >= 0 && IsSpeakersOwn(p, firedAt)
            && (p.PrepPhrase(v, nominal: false, "from") is var fromPhrase && fromPhrase >= 0 ? fromPhrase : p.PrepPhrase(firedAt, nominal: true, "from")) is var ground
            && ground >= 0 && HasActor(p, ground, srcHits) && HasActor(p, speaker, srcHits))
        {
            Emit(p, "112", speaker, ground, gov, sentence, false, Modality.Asserted, srcHits, tgtHits, output);
            return;
        }
        // "four children were killed in Israeli tank shelling": with no "by", the attack named in an "in" phrase did it
        // (also one the harm joined to it names: "six were killed and 58 injured in a car bomb attack").
        int harmedIn = passive ? HarmedAlongside(p, v) : v;
        if (passive && subj < 0 && CausingAttack(p, harmedIn) is var attack && attack >= 0)
        {
            subj = attack;
            // the attack is the act, the killing or wounding its outcome ("wounded in a drone strike": 195)
            if (NounCode(p, attack, out var attackCode) && IsForce(attackCode) && IsForce(code)) code = attackCode;
            // ... of a kind the "when" clause tells, when the attack names none ("In the deadliest such attack, 35 civilians
            // were killed when a convoy struck a roadside bomb": 1833)
            if (!_dictionaryDecides && code == "190" && WhenAttack(p, v, out var whenCode) >= 0 && IsForce(whenCode)) code = whenCode;
            // ... and "in an air strike by government forces": the attack's "by" phrase did it.
            if (p.PrepPhrase(attack, nominal: true, "by") is var attacker && attacker >= 0) subj = attacker;
        }
        // "the army said it had killed 20 militants in an air strike": so is the killing a doer does by an attack of a kind
        // ("in a drone strike", "in shelling": 195, 194), not fighting of no kind (190).
        else if (!_dictionaryDecides && !passive && IsForce(code) && IsLemma(p, v, Casualties) && CausingAttack(p, v) is var means && means >= 0
                 && NounCode(p, means, out var meansCode) && IsForce(meansCode) && meansCode != "190")
            code = meansCode;
        // ("shells hit the market": a munition that strikes names the attack's kind, as does one fired: "exchanged
        // artillery fire")
        else if (!passive) code = FiredMunitionCode(p, v, StrikerCode(p, v, subj, code));
        // "were killed in an explosion near the embassy": a blast the harm was done in is a bomb set off (not an accident's: below).
        else if (!_dictionaryDecides && subj < 0 && code is "190" or "193" && p.PrepPhrase(harmedIn, nominal: false, "in") is var blastIn && blastIn >= 0
                 && IsLemma(p, blastIn, Blasts))
            code = "183";
        // "A gas explosion killed 20 people", "were killed in a boiler blast": an explosion of gas, fuel or a boiler is an
        // accident, no one's assault (a bomb is one, whatever it is made of: "a gas cylinder bomb").
        if (!_dictionaryDecides && IsForce(code) && (subj >= 0 ? AccidentalBlast(p, subj) : passive && p.PrepPhrase(harmedIn, nominal: false, "in") is var killedIn && killedIn >= 0 && AccidentalBlast(p, killedIn))) return;
        int obj = reduced ? gov : droppedAux >= 0 ? droppedAux : passive ? p.Child(v, "nsubj:pass") : p.Child(predicate, "obj");
        // "Al-Shabaab, the group that has fought Somalia's government": a relative pronoun stands for the noun the
        // clause describes (as subject, or as the one acted on in the passive: "the soldiers who were killed").
        if (label == "acl:relcl" && gov >= 0)
        {
            // ... or for the name that noun is in apposition to ("Al-Shabaab, the group that ..."), unless the noun is
            // the attack itself ("deplored Friday the bomb blasts which killed 40", "Friday" taken for what it describes)
            int described = p.Label(gov) == "appos" && p.Head(gov) >= 0 && !IsAttackNoun(p, gov) && !IsLemma(p, gov, Blasts) ? p.Head(gov) : gov;
            if (subj >= 0 && IsRelativePronoun(p, subj))
            {
                subj = described;
                if (!_dictionaryDecides && !passive && code is "190" or "193" && IsLemma(p, v, Casualties)) code = KillingAttackCode(p, described, code);
            }
            if (obj >= 0 && passive && IsRelativePronoun(p, obj)) obj = described;
        }
        // "a bombing claimed by al-Shabaab killed 12 soldiers", "the attacks, also claimed by the group, have killed dozens",
        // "were killed in a raid claimed by Boko Haram": an attack a clause on it says was claimed is the claimant's (as
        // ACLED codes a claimed attack to its claimant, and as "al-Shabaab claimed the bombing that killed 12" is).
        // (The attack stays the subject, so the event is the one its noun codes; the claimant is its source: below.)
        int claimedBy = !_dictionaryDecides && IsForce(code) && subj >= 0 && (IsAttackNoun(p, subj) || p.Tag(subj) == "NOUN" && IsLemma(p, subj, Blasts))
            ? Claimant(p, subj) : -1;
        // "warplanes were bombing rebel-held areas" parsed as a copula with "bombing" a modifier of "areas": the
        // copular noun is the object and its subject the doer.
        if (!passive && subj < 0 && obj < 0 && label is "compound" or "amod" && gov >= 0 && p.Tag(gov) == "NOUN" && p.Child(gov, "cop") >= 0
            && p.Child(gov, "nsubj") is var copSubj && copSubj >= 0 && copSubj < v && p.Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        { subj = copSubj; obj = gov; }
        if (appealBy >= 0)
        {
            subj = p.Child(appealBy, "nsubj");
            obj = demanded >= 0 ? demanded : ObjectOf(p, appealBy);
            if (subj < 0 && p.Child(appealBy, "nsubj:pass") < 0) subj = InheritedSubject(p, appealBy);
        }
        // "filed objections, claiming Security Council resolutions had overruled the treaty" (parsed with "resolutions" the
        // object and the rest a complement): what is claimed is the clause; its subject, a thing that names no party by
        // itself, is no one the claim is made against ("claiming Ugandan officials invented the figures" is).
        // (An attack claimed is the claimant's deed, whatever clause follows it: "claimed the attack that killed 12 soldiers".)
        if (!_dictionaryDecides && !passive && obj >= 0 && predicate == v && IsLemma(p, v, Allegations) && p.Tag(obj) == "NOUN" && !HeadIsActor(p, obj) && !IsAttackNoun(p, obj)
            && (p.Child(v, "xcomp") > obj || p.Child(v, "ccomp") > obj || p.Child(obj, "acl") > obj || p.Child(obj, "acl:relcl") > obj)) return;
        // "the Council members are encouraged by the decision of Iraq's president", "Kenya was angered by Uganda's move":
        // one moved by another's deed reacts to its doer (the deed's owner), not the other way round. (A code that reads
        // the verb the other way round already, "Kenya was outraged by Uganda's move" as OFFEND's Kenya disapproving of
        // Uganda, is turned round once, below.)
        if (!_dictionaryDecides && passive && subj >= 0 && obj >= 0 && !IsMaterialConflict(code) && IsLemma(p, v, Feelings)
            && p.Tag(subj) == "NOUN" && (IsDeed(p, subj) || IsLemma(p, subj, Befallings)))
        {
            // "Russia was outraged by the deaths of children adopted by US families": a death, a killing or an arrest befalls
            // the ones its "of" phrase names; the feeling is about whoever did it (the deed's owner or its "by" phrase), and
            // with no one named, about no party at all.
            if (IsLemma(p, subj, Befallings) && (subj = DeedOwner(p, subj)) < 0) return;
            if (!reverseOnly) (subj, obj) = (obj, subj);
        }
        // "pledged to consult each other regularly on their approaches to ...": the parties act on each other, whatever
        // the parser hung "each other" on and whoever the phrases after name.
        if (!_dictionaryDecides && !passive && !IsReciprocal(p, obj) && ReciprocalAfter(p, predicate) is var each && each >= 0) obj = each;
        if (obj < 0 && !passive && predicate != v) obj = ObjectOf(p, v);
        // "gave Uganda 48 hours to withdraw": the one given the deadline, not the time, is its target.
        if (!_dictionaryDecides && obj >= 0 && code == "139" && IsLemma(p, obj, Deadlines) && p.Child(v, "iobj") is var deadlineFor && deadlineFor >= 0) obj = deadlineFor;
        // "asked Kenya to release ...": the one asked (parsed as an indirect object) is the appeal's target.
        if (obj < 0 && !passive && predicate == v && p.Child(v, "xcomp") >= 0) obj = p.Child(v, "iobj");
        // "US diplomats have warned India also", "had asked Iraqi intelligence for assistance": the one warned or asked,
        // parsed as an indirect object with no object after it.
        if (!_dictionaryDecides && obj < 0 && !passive && predicate == v && (IsLemma(p, v, Threats) || IsLemma(p, v, Appeals) || IsLemma(p, v, Demands))) obj = p.Child(v, "iobj");
        // "Abbas has demanded that Israel leave all the land": a demand whose clause no code reads is made of the clause's
        // subject (a clause with a code of its own is coded as the demand, above). So is an allegation: "the report alleged
        // that France was aware of preparations for the genocide" is made against France.
        if (!_dictionaryDecides && obj < 0 && !passive && predicate == v && (IsLemma(p, v, Demands) || IsLemma(p, v, Appeals) || IsLemma(p, v, Alleging)) && !IsLemma(p, v, Insisting)
            && p.Child(v, "ccomp") is var asked && asked > v && !TryVerbCode(p, asked, out _) && !p.HasChildWord(asked, "mark", "whether", "if")
            && p.Child(asked, "nsubj") is var askedOf && askedOf >= 0 && !IsPersonalPronoun(p, askedOf)) obj = askedOf;
        if (obj < 0)
        {
            obj = Oblique(p, predicate, !_dictionaryDecides && IsCooperation(code), political: !_dictionaryDecides && Verbal(code));
            // ("killed at the hands of the militia", the doer found in the phrase: the doer is not also the one acted on)
            if (!_dictionaryDecides && obj >= 0 && subj >= 0 && subj != obj && p.IsUnder(subj, obj)) obj = -1;
        }
        if (!_dictionaryDecides && predicate == v && code.StartsWith("033", StringComparison.Ordinal) && (obj < 0 || !HasActor(p, obj, tgtHits))
            && PledgedAidPurpose(p, v) is var purpose && purpose >= 0 && p.Child(purpose, "obj") is var helped && helped >= 0) obj = helped;
        // "Uganda's president, whom the Kenyan minister met", "Museveni, with whom he met": the relative pronoun as the
        // one acted on stands for the noun the clause describes.
        // (the name the noun is in apposition to only when the noun's phrase names no party itself: "the Shebaa Farms, a
        // sliver of Syrian territory that Israel annexed" is Syria's, whatever country the name is filed under)
        if (label == "acl:relcl" && gov >= 0 && !passive && obj >= 0 && IsRelativePronoun(p, obj))
            obj = p.Label(gov) == "appos" && p.Head(gov) >= 0 && (_dictionaryDecides || !HeadIsActor(p, gov) && !HasActor(p, gov, new List<ActorHit>(2))) ? p.Head(gov) : gov;
        // The dictionary's pattern names the phrases: "celebrated Eid at X with Y" → Y ("(WITH +)"), "was freed from X" → X
        // did it ("(FROM $)").
        if (predicate == v && pick.Slots is { } slots)
        {
            if (slots.TargetCase is { } tc && SlotPhrase(p, v, obj, tc) is var slotTarget && slotTarget >= 0) obj = slotTarget;
            // (PETRARCH's actor skipping, with the user's codebook only)
            else if (_dictionaryDecides && slots.TargetRun is { } tr && ActorAlong(p, v, tr) is var runTarget && runTarget >= 0) obj = runTarget;
            // ("celebrate Tabaski with X next week at Y", "TABASKI ^ $": Y's act on the subject's)
            if (_dictionaryDecides && slots.SourceRun is { } sr && (slots.SourceCase is null || SlotPhrase(p, v, obj, slots.SourceCase) < 0) && ActorAlong(p, v, sr) is var runSource && runSource >= 0)
            {
                if (obj < 0 || !HasActor(p, obj, srcHits)) obj = subj >= 0 ? subj : InheritedSubject(p, v);
                subj = runSource;
            }
            if (slots.SourceCase is { } sc && SlotPhrase(p, v, obj, sc) is var slotSource && slotSource >= 0)
            {
                if (passive && obj < 0) obj = p.Child(v, "nsubj:pass");
                // ("- + * (IN) $": "X was seen to break in a Y parade" is Y's act on X)
                else if (slots.TargetBefore && !passive) obj = subj >= 0 ? subj : InheritedSubject(p, v);
                subj = slotSource;
            }
        }
        if (threatBy >= 0) subj = threatBy;
        // A passive clause with a subject of its own ("... and that 150 people had been taken to hospital") is done by
        // no one the clause beside it names.
        // Nor is a passive adverbial clause ("postponed the meeting after a stranger was reported at the pass").
        // Nor a passive conjunct of an active verb: the active verb's subject is the one the passive verb's act is done to
        // if anyone ("the Taliban has not commented on the attack, which came days after a girl was shot" parsed with
        // "was shot" a conjunct of "commented": the Taliban shot no one).
        bool passiveOfActive = passive && label == "conj" && gov >= 0 && p.Child(gov, "nsubj:pass") < 0 && p.Child(gov, "aux:pass") < 0 && p.Child(gov, "nsubj") >= 0;
        if (subj < 0 && !(passive && obj >= 0 && p.Label(v) == "conj") && !(passive && label == "advcl") && !(!_dictionaryDecides && passiveOfActive)
            && !SubjectlessSubordinate(p, v, label)) subj = InheritedSubject(p, v);
        if (subj < 0) subj = AdjacentSubject(p, v);
        // "the embassy blast that killed 10 people", "the bomb went off, killing 30": a blast the relative pronoun stands for,
        // or the subject of the clause the participle hangs on, does the harm as the verb's own subject does (above); an
        // accident's blast harms no one by assault.
        if (!passive && subj >= 0)
        {
            code = StrikerCode(p, v, subj, code);
            if (!_dictionaryDecides && IsForce(code) && AccidentalBlast(p, subj)) return;
            // ... and "rebels set off a car bomb outside the station, killing six": the bomb the clause set off killed them
            if (!_dictionaryDecides && code is "190" or "193" && label == "advcl" && gov >= 0 && IsLemma(p, v, Casualties)
                && p.Child(gov, "obj") is var setOff && setOff >= 0 && IsBombOrMine(p, setOff))
                code = BombCode(p, setOff);
        }
        // "engaged in smuggling", "engaged with Ugandan officials": engaging is force only on an enemy it takes as its
        // object or in a fight it is engaged in ("engaged in heavy fighting").
        if (!_dictionaryDecides && IsForce(code) && IsLemma(p, v, Engaging) && p.Child(v, "obj") < 0 && !EngagedInFight(p, v)) return;
        // "launched cruise missile strikes": an attack launched or carried out is coded as the noun names it (195), not as
        // the weapon a dictionary pattern found among the noun's modifiers (194): the noun's own event and this are one.
        if (!_dictionaryDecides && IsForce(code) && IsLemma(p, v, Launch) && p.Child(v, "obj") is var launchedNoun && launchedNoun >= 0
            && IsAttackNoun(p, launchedNoun) && NounCode(p, launchedNoun, out var nounCode) && nounCode != code && !Refines(code, nounCode)) code = nounCode;
        if (subj < 0 && passive && obj >= 0 && _dictionaryDecides) subj = PassiveSourceAfter(p, v, obj);
        if (subj < 0)
        {
            // "six civilians were killed when air strikes hit two hospitals": victims with no named attacker, killed by
            // the attack of the "when" clause (its code, when finer: air strikes are 195), whose owner, if any, did it.
            if (!passive || obj < 0 || !IsForce(code)) return;
                // "rockets were fired from Gaza at Sderot": weapons launched "from" a party's ground are that party's, at
            // whom the verb's "at/into" phrase names.
            if (IsLemma(p, obj, Weapons) && p.PrepPhrase(v, nominal: false, "from") is var launchedFrom && launchedFrom >= 0
                && HasActor(p, launchedFrom, srcHits) && Oblique(p, v) is var aimedAt && aimedAt >= 0)
            {
                Emit(p, code, launchedFrom, aimedAt, v, sentence, negated, modality, srcHits, tgtHits, output);
                return;
            }
            int cause = WhenAttack(p, v, out var causeCode);
            // (people wounded, 180, when an air strike hit: the strike's code, the force that did it)
            // (and killed, 190, when a bomb went off: 183, a bomb set off)
            if (cause >= 0 && (Refines(causeCode, code) || code == "180" && causeCode.StartsWith("19", StringComparison.Ordinal)
                || code is "190" or "193" && causeCode.StartsWith("183", StringComparison.Ordinal))) code = causeCode;
            Emit(p, code, cause, obj, v, sentence, negated, modality, srcHits, tgtHits, output);
            return;
        }
        // "Fighters linked to al-Qaeda attacked ...": fighters of no named side are the side they are linked to.
        if (gov >= 0 && subj == p.Child(gov, "nsubj") && ReducedRelative(p, gov) && AffiliatedWith(p, gov) is var side && side >= 0)
        {
            srcHits.Clear();
            AddPhrase(p, subj, srcHits, false);
            if (srcHits.TrueForAll(IsBareRole)) subj = side;
            srcHits.Clear();
        }
        // No verb makes an attack its doer ("the bombardment of Aleppo has left 400 people dead"; a headline's "air
        // strike on Sagaing village kills 19, residents say" parsed with the strike the subject of "say"): the noun
        // is coded on its own.
        if (!passive && p.Tag(subj) == "NOUN" && NounCode(p, subj, out var subjCode) && IsMaterialConflict(subjCode)) return;
        // "Al-Shabaab has stepped up attacks on army bases": the dictionary reads stepping up attacks as a threat (138),
        // but attacks stepped up are attacks made, and the noun is coded on its own.
        if (code.StartsWith("13", StringComparison.Ordinal) && modality == Modality.Asserted && !negated && obj >= 0 && IsLemma(p, v, Launch)
            && NounCode(p, obj, out var launched) && IsMaterialConflict(launched)) return;
        if (IsLightVerbForDeed(p, v, obj, code)) return;
        // "a mine disaster that killed 181 people", "the hurricane killed 54 people": a disaster, a storm or an accident does
        // no one's violence.
        if (!_dictionaryDecides && IsForce(code) && p.Tag(subj) is "NOUN" or "PROPN" && (IsLemma(p, subj, Mishaps) || p.Child(subj, "compound") is var kind && kind >= 0 && IsLemma(p, kind, Mishaps))) return;
        // "Obama said he would ...", "The US claimed that they had attacked": a pronoun no actor was found for
        // stands for the subject of the clause that reports it.
        if (IsPersonalPronoun(p, subj) && !HasActor(p, subj, srcHits))
        {
            int reporter = ReportingSubject(p, v);
            if (reporter >= 0) subj = reporter;
        }
        // "discussed the Iraq crisis with the British prime minister": what is discussed is the topic, whoever it names;
        // the other party is the one it is discussed with.
        if (obj >= 0 && p.Tag(obj) == "NOUN" && IsLemma(p, v, Discussing) && !_dictionaryDecides)
        {
            int with = p.PrepPhrase(obj, nominal: true, "with");
            obj = with >= 0 ? with : p.PrepPhrase(v, nominal: false, "with");
        }
        // "received weapons from the government": with a two-way code the other party may be named by "from".
        if ((reverseOnly || reverse is not null) && (obj < 0 || !HasActor(p, obj, srcHits)) && FromPhrase(p, v, obj) is var from && from >= 0) obj = from;
        // "demonstrators received weapons from the government" coded as the giving ([072]): the giver acts, on the receiver.
        else if (!reverseOnly && reverse is null && IsLemma(p, v, Receipts) && (obj < 0 || !HasActor(p, obj, srcHits)) && FromPhrase(p, v, obj) is var giver && giver >= 0)
        { reverseOnly = true; obj = giver; }
        // "Kenya requested military aid from the United States", "demanded an apology from Japan": what one asks for or
        // demands "from" someone is asked of them; they are the target. (Not what one seeks protection or refuge from.)
        if (!_dictionaryDecides && !passive && predicate == v && code.Length >= 2 && code[..2] is "02" or "10"
            && (IsLemma(p, v, Appeals) || IsLemma(p, v, Demands) || IsLemma(p, v, SeekingFrom))
            && (obj < 0 || !IsLemma(p, obj, Shelters) && !HasActor(p, obj, srcHits)) && AskedFrom(p, v, obj) is var askedFrom && askedFrom >= 0)
            obj = askedFrom;
        int emitted = output.Count;
        if (reverseOnly)
        {
            if (obj >= 0) Emit(p, code, obj, subj, v, sentence, negated, modality, srcHits, tgtHits, output, mutual: false);
            return;
        }
        int alternative = appealBy >= 0 ? -1 : Oblique(p, predicate, !_dictionaryDecides && IsCooperation(code), political: !_dictionaryDecides && Verbal(code));
        if (!_dictionaryDecides && alternative >= 0 && subj >= 0 && subj != alternative && p.IsUnder(subj, alternative)) alternative = -1;
        // "claimed responsibility for an attack on a mall in Kenya's capital", "expressed sorrow for the shootings in
        // South Carolina": the one the claim or the sorrow is about is whoever or wherever the deed struck.
        if (code is "015" or "018")
        {
            int deed = p.PrepPhrase(v, nominal: false, "for");
            if (deed < 0 && obj >= 0) deed = p.PrepPhrase(obj, nominal: true, "for");
            // ("claimed the attack that killed 12 soldiers": the deed is the object itself)
            if (deed < 0 && obj >= 0 && IsAttackNoun(p, obj)) deed = obj;
            if (deed >= 0 && DeedTarget(p, deed, srcHits) is var struck && struck >= 0) alternative = struck;
            // "condemns the ISIL attack on the market": the dictionary's sympathy (018) for condemning an attack is with
            // those it struck; when the object is the attack of a named author, the author is the one condemned (111).
            if (code == "018" && !_dictionaryDecides && obj >= 0 && IsAttackNoun(p, obj) && AttackAuthor(p, obj, srcHits) >= 0) code = "111";
        }
        // "Speaking during a visit to Nairobi, the Ugandan president said ...": what the clause tells of the host is the
        // visit (042), no statement made to it.
        if (!_dictionaryDecides && code == "010" && obj < 0 && SpokenOnVisit(p, v)) code = "042";
        if (alternative < 0) alternative = threatened;
        // "warned their populations about the Prince": the one warned of, when the warned name no one in particular
        if (IsLemma(p, v, Threats) && p.PrepPhrase(v, nominal: false, "of", "about", "against") is var warnedOf && warnedOf >= 0) alternative = warnedOf;
        // "had begun to consider responses ... to the Assad government's assault" with the "to" phrase hung on the
        // governor: a governor with no object of its own lends the complement its oblique.
        if (alternative < 0 && label == "xcomp" && gov >= 0 && p.Child(gov, "obj") < 0) alternative = Oblique(p, gov);
        // "The US, Russia, and Switzerland met" parsed with the verb as one more conjunct of the names: they are
        // its subjects too.
        int coSubject = label == "conj" && gov >= 0 && p.Tag(gov) is "PROPN" or "NOUN" && p.Child(v, "nsubj") >= 0 ? gov : -1;
        // ... or with two subjects ("Kenya, Uganda, and Tanzania met": "Tanzania" a second nsubj).
        if (coSubject < 0 && !passive)
            for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
                if (c != subj && p.Label(c) == "nsubj" && subj >= 0 && c < v && p.Child(v, "cc") is var and && and > Math.Min(subj, c) && and < Math.Max(subj, c))
                { coSubject = c; break; }
        int claimFrom = output.Count;
        Emit(p, code, subj, obj, v, sentence, negated, modality, srcHits, tgtHits, output, alternative: alternative, coSubject: coSubject, together: pick.Together);
        if (claimedBy >= 0) ClaimedAttackSource(p, claimedBy, output, claimFrom);
        // "The US claimed that ISIL had attacked Iraq and taken Mosul": a deed coordinated with one claimed is claimed too.
        int claimedClause = v, claimGov = gov;
        var claimLabel = label;
        if (label == "conj" && gov >= 0 && p.Label(gov) is "ccomp" or "xcomp" or "advcl" && p.Head(gov) is var above && above >= 0
            && (IsLemma(p, above, Claims) || IsLemma(p, above, Allegations)))
        { claimedClause = gov; claimLabel = p.Label(gov); claimGov = above; }
        // "The US claimed that they had attacked Iraq", "the group admitted carrying out the attack": the doer claims
        // responsibility (015) for what it did; the claim stands for the deed, as PETRARCH codes it ("Kenya claimed
        // that Uganda attacked" is no claim of Uganda's).
        if (IsForce(code) && !negated && claimGov >= 0 && claimLabel is "ccomp" or "xcomp" or "advcl" && IsLemma(p, claimGov, Claims) && _cameo["015"] is { } claimed
            && (p.Child(claimedClause, "nsubj") is var doer && (doer < 0 || IsPersonalPronoun(p, doer))))
        {
            int deeds = output.Count;
            bool owned = false;
            for (int i = emitted; i < deeds; i++)
            {
                if (output[i].Source.Length == 0) continue;
                owned = true;
                if (!output.Exists(o => o.Code == "015" && o.Source == output[i].Source && o.Target == output[i].Target))
                    output.Add(output[i] with { Code = "015", Goldstein = claimed.Goldstein, QuadClass = claimed.QuadClass, Plover = claimed.Plover });
            }
            if (owned) output.RemoveRange(emitted, deeds - emitted);
        }
        // ... and a deed coordinated with one alleged of another is part of the accusation coded for the first.
        else if (IsForce(code) && !negated && claimedClause != v && claimLabel == "ccomp" && IsLemma(p, claimGov, Allegations)
                 && p.Child(claimedClause, "nsubj") is var accusedFirst && accusedFirst >= 0 && !IsPersonalPronoun(p, accusedFirst) && p.Child(v, "nsubj") < 0)
            output.RemoveRange(emitted, output.Count - emitted);
        // "The US claimed that ISIL had attacked Iraq": claiming another did violence accuses it (112).
        else if (IsForce(code) && !negated && gov >= 0 && label == "ccomp" && IsLemma(p, gov, Allegations) && output.Count > emitted
                 && p.Child(v, "nsubj") is var accused && accused >= 0 && !IsPersonalPronoun(p, accused) && p.Child(gov, "nsubj") is var accuser && accuser >= 0)
        {
            int alleged = output.Count;
            Emit(p, "112", accuser, accused, gov, sentence, false, Modality.Asserted, srcHits, tgtHits, output);
            // The attack is what one side alleges, not a fact the report states: the accusation stands for it.
            if (output.Count > alleged) output.RemoveRange(emitted, alleged - emitted);
        }
        int ownEnd = output.Count;
        if (reverse is not null && output.Count > emitted && obj >= 0)
        {
            int forward = output.Count;
            Emit(p, reverse, obj, subj, v, sentence, negated, modality, srcHits, tgtHits, output, mutual: false);
            // "held talks with Suleiman": the other party came from the object's "with" phrase, not the object
            // itself, so the way back is the events just coded, turned round.
            // (Only for talks and meetings, the same act both ways: other two-way codes name the way back themselves.)
            if (output.Count == forward && reverse == code && code.StartsWith("04", StringComparison.Ordinal) && _cameo[reverse] is { } back)
                for (int i = emitted; i < forward; i++)
                    if (output[i] is { Source.Length: > 0, Target.Length: > 0 } e
                        && !output.Exists(o => o.Source == e.Target && o.Target == e.Source && o.Code == reverse))
                        output.Add(e with { Source = e.Target, Target = e.Source, SourceSpan = e.TargetSpan, TargetSpan = e.SourceSpan,
                            Code = reverse, Goldstein = back.Goldstein, QuadClass = back.QuadClass, Plover = back.Plover });
            else if (output.Count == forward && _dictionaryDecides) TurnedRound(reverse, emitted, output);
        }
        else if (reverse is not null && obj < 0 && _dictionaryDecides) TurnedRound(reverse, emitted, output);
        // "refused to meet", "would not provide support": a stated refusal of cooperation is itself an event,
        // CAMEO's rejection (12x), beside the negated act. ("did not attack" is no rejection of anything.) Only the
        // refuser's: "Ethiopia said it would not negotiate with the rebels" is no rejection by the rebels, whatever the
        // negated talks' way back says.
        if (negated && !undoneAim && (modality == Modality.Denied && refused || modality is Modality.Future or Modality.Hypothetical) && RefusalCode(code) is { } refusal)
            for (int i = emitted; i < ownEnd; i++)
            {
                var e = output[i];
                if (_cameo[refusal] is { } info)
                    output.Add(e with { Code = refusal, Goldstein = info.Goldstein, QuadClass = info.QuadClass, Plover = info.Plover, Negated = false, Modality = Modality.Asserted });
            }
    }

    /// <summary>
    /// "the club fired its coach", "the minister was sacked": to fire or sack a person is to dismiss them, no shot or
    /// raid ("fired a rocket", "fired on the crowd", "fired artillery at Syria" are force: no one is fired, or something
    /// is fired at someone).
    /// </summary>
    private bool IsDismissal(Parsed p, int v)
    {
        if (!IsLemma(p, v, Dismissals) || p.PrepPhrase(v, nominal: false, "at", "upon", "into", "toward", "towards") >= 0) return false;
        int who = p.Child(v, "obj");
        if (who < 0) who = p.Child(v, "nsubj:pass");
        if (who < 0) return false;
        var found = new List<ActorHit>(2);
        // ("fired shells on the Kurds": what is hit is named; "on Monday" names no one.)
        if (p.PrepPhrase(v, nominal: false, "on") is var on && on >= 0) AddPhrase(p, on, found, modifiersOnly: false);
        if (found.Count > 0) return false;
        // (The one fired is the phrase's head, "its finance minister", not a word before it: "artillery shells".)
        AddPhrase(p, who, found, modifiersOnly: false);
        return found.Exists(h => h.Span.Contains(p.Words[who])) && p.PrepPhrase(who, nominal: true, "at", "on", "upon", "into") < 0;
    }

    /// <summary>
    /// "the government has struggled to find partners", "scrambled to contain the damage": a struggle to do something is
    /// an effort, no fight (what is striven for is coded on its own).
    /// </summary>
    private static bool IsEffort(Parsed p, int v)
    {
        if (!IsLemma(p, v, Efforts)) return false;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "xcomp" or "advcl" && p.Tag(c) == "VERB" && p.HasChildWord(c, "mark", "to")) return true;
        return false;
    }

    /// <summary>
    /// "defeated its rival for the contract", "beat the incumbent in the election", "overtook Japan to become the
    /// largest exporter": a contest won (a tender, a vote, a ranking) is no blow struck.
    /// </summary>
    private static bool IsContestWon(Parsed p, int v)
    {
        if (!IsLemma(p, v, Victories)) return false;
        int obj = p.Child(v, "obj");
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            var l = p.Label(c);
            // (No preposition where the parser lost it to a bracket: "for a US$ 40 billion ( ... ) contract".)
            if (l.StartsWith("obl", StringComparison.Ordinal) && IsLemma(p, c, Contests) && p.CaseOf(c) is var cs
                && (cs.Equals("for", StringComparison.OrdinalIgnoreCase) || cs.Equals("in", StringComparison.OrdinalIgnoreCase) || cs.IsEmpty)) return true;
            if (l is "xcomp" or "advcl" && p.Word(c).StartsWith("becom", StringComparison.OrdinalIgnoreCase) && p.HasChildWord(c, "mark", "to")) return true;
            // "to beat the United States to the moon": a race won to a goal ("beaten to death" is violence).
            if (l.StartsWith("obl", StringComparison.Ordinal) && obj >= 0 && c > obj && p.CaseOf(c).Equals("to", StringComparison.OrdinalIgnoreCase)
                && p.Tag(c) == "NOUN" && !IsLemma(p, c, Harms)) return true;
        }
        // ("defeated Boeing for a contract" with the phrase hung on the object.)
        if (obj >= 0)
            for (int c = p.FirstChild[obj]; c >= 0; c = p.NextSibling[c])
                if (p.Label(c) == "nmod" && IsLemma(p, c, Contests) && p.CaseOf(c).Equals("for", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// "won a contract to supply the navy with tankers", "a tender to build the port": what a contract or tender is to
    /// do is its terms, a sale, not an act of aid or anything else done yet.
    /// </summary>
    private static bool IsTermOfContract(Parsed p, int v)
    {
        if (p.Label(v) is not ("acl" or "advcl") || p.Child(v, "mark") is var to && to < 1 || !p.Word(to).Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
        // (The parser may hang the clause on the verb: "won a contract to supply" read as winning in order to supply.)
        return IsLemma(p, p.Head(v), Contracts) || to - 1 != v && IsLemma(p, to - 1, Contracts) && p.Head(to - 1) == p.Head(v);
    }

    private static readonly HashSet<string> Contracts = new(StringComparer.OrdinalIgnoreCase) { "contract", "tender", "bid", "licence", "license" };

    private static readonly HashSet<string> Victories = new(StringComparer.OrdinalIgnoreCase)
        { "defeat", "beat", "overtake", "overtook", "overtaken", "outbid", "outpace", "trounce", "edge" };

    private static readonly HashSet<string> Contests = new(StringComparer.OrdinalIgnoreCase)
    {
        "contract", "tender", "bid", "order", "deal", "election", "vote", "poll", "ballot", "referendum", "race", "primary", "runoff",
        "run-off", "match", "game", "final", "contest", "competition", "award", "prize", "title", "championship", "tournament", "seat",
    };

    private static readonly HashSet<string> Harms = new(StringComparer.OrdinalIgnoreCase) { "death", "pulp", "unconsciousness", "ground", "submission" };
    private static readonly HashSet<string> Efforts = new(StringComparer.OrdinalIgnoreCase) { "struggle", "strive", "scramble" };

    /// <summary>
    /// "reaffirmed their commitment to defeating the militants", "efforts to degrade and destroy the group", "is working to
    /// defeat them", "remains committed to working with partners to ... destroy the organisation": force that a commitment,
    /// an effort, a campaign or one's work is aimed at is not done yet, and no threat either (a pledge or a plan to attack
    /// is coded as such elsewhere).
    /// </summary>
    private bool IsAimedForce(Parsed p, int v)
    {
        int u = v;
        for (int hop = 0; hop < 4 && u >= 0; hop++)
        {
            int to = -1;
            for (int c = p.FirstChild[u]; c >= 0; c = p.NextSibling[c])
                if (p.Label(c) == "mark" && p.Word(c).Equals("to", StringComparison.OrdinalIgnoreCase)) to = c;
            if (to >= 0)
            {
                // the aim right before the "to" ("commitment to defeating"), or the noun the clause hangs on ("efforts by
                // the coalition to defeat")
                if (to > 0 && IsLemma(p, to - 1, Aims)) return true;
                // ... or the verb the clause hangs on ("is working as part of the alliance to weaken and defeat")
                if (p.Label(u) is "acl" or "advcl" or "xcomp" && IsLemma(p, p.Head(u), Aims)) return true;
                // "stands by Uganda to defeat the rebels": a purpose, the aim of another act (not of one that makes its
                // object do it, "helped the army to attack", nor of force itself, "crossed the border to attack").
                int h = p.Head(u);
                return p.Label(u) == "advcl" && h >= 0 && p.Tag(h) == "VERB" && !IsLemma(p, h, ObjectControl) && !IsLemma(p, h, Moving)
                    && !(TryVerbCode(p, h, out var above) && IsForce(PetrarchVerbs.SplitCode(above.Code).Forward));
            }
            if (p.Label(u) != "conj") return false;
            int g = p.Head(u);
            // "working as part of the coalition to degrade and defeat ISIL" with "defeat" hung on "working": an aim word,
            // a "to" after it, and the force further on.
            if (g >= 0 && IsLemma(p, g, Aims))
                for (int k = g + 1; k < u; k++)
                    if (p.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase) && p.Tag(k) is "PART" or "ADP" or "SCONJ") return true;
            u = g;
        }
        return false;
    }

    /// <summary>
    /// Dictionary verbs in a stative sense: "excluding South Africa", "including Kenya" (a list's bounds, no exclusion);
    /// "contains 40 percent of the population", "controls 20 percent of the reserves" (an amount held, no containment or
    /// seizure); "the hype surrounding the soldiers"
    /// (what something is about, with no one doing any surrounding).
    /// </summary>
    private bool IsStative(Parsed p, int v)
    {
        var w = p.Word(v);
        bool bare = p.Child(v, "aux") < 0 && p.Child(v, "aux:pass") < 0;
        // (an "-ing" form with no auxiliary is no finite verb, whatever the parser hung on it)
        if (bare && (w.Equals("excluding", StringComparison.OrdinalIgnoreCase) || w.Equals("including", StringComparison.OrdinalIgnoreCase))) return true;
        // (not "held two days of talks", "held three rounds of negotiations": a stretch of time or a round, counted, holds
        // the talks, no amount)
        if (IsLemma(p, v, Holding) && p.Child(v, "obj") is var held && held >= 0 && !IsLemma(p, held, TimeStretches) && !p.Word(held).StartsWith("round", StringComparison.OrdinalIgnoreCase)
            && (p.Child(held, "nummod") >= 0 || p.Tag(held) == "NUM" || p.Word(held).Equals("percent", StringComparison.OrdinalIgnoreCase)
                || p.Word(held).Equals("%", StringComparison.Ordinal))) return true;
        // "China holds a large portion of the American economy", "the government holds dollar reserves", "companies that
        // control the voting technology market": a share of something, or a market's or an economy's goods, held is
        // owned, no one seized or contained.
        if (IsLemma(p, v, Holding) && p.Child(v, "obj") is var asset && asset >= 0 && p.Tag(asset) == "NOUN"
            && (IsLemma(p, asset, Portions) || IsLemma(p, asset, Things)) && !HeadIsActor(p, asset)) return true;
        // "Syria is surrounded by Turkey, Iraq, Jordan and Israel", "Iran is encircled by Afghanistan": countries round a
        // country are its geography, no one surrounds anyone (armed men do: "the town was surrounded by Iraqi troops").
        if (IsLemma(p, v, Surrounding))
        {
            int round = p.Child(v, "nsubj:pass") >= 0 || p.Child(v, "aux:pass") >= 0 ? Agent(p, v) : p.Child(v, "nsubj");
            if (round >= 0)
            {
                var countries = new List<ActorHit>(4);
                CollectActors(p, round, countries, nominalHead: false);
                if (countries.Count > 0 && countries.TrueForAll(h => h.Code.Length == 3 && !h.Code.StartsWith("---", StringComparison.Ordinal))) return true;
            }
        }
        if (bare && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && IsLemma(p, v, Surrounding))
        {
            int by = p.Child(v, "nsubj");
            if (by < 0 && p.Label(v) == "acl") by = p.Head(v);
            return by < 0 || !HasActor(p, by, new List<ActorHit>(2));
        }
        return false;
    }

    private static readonly HashSet<string> Things = new(StringComparer.OrdinalIgnoreCase)
    {
        "law", "rate", "tax", "investment", "industry", "economy", "market", "currency", "share", "stock", "export", "import",
        "price", "reluctance", "prosperity", "growth", "production", "output", "reserve", "budget", "debt", "revenue", "sale",
        "product", "brand", "software", "technology", "product", "tourism", "trade",
        // (a stance, as reluctance is: "the government's caution would be necessary to protect military facilities")
        "caution", "hesitation",
        // (a country's state of affairs: "Kenya's political turmoil has helped the opposition")
        "discord", "turmoil", "unrest", "instability", "chaos", "crisis", "recession", "inflation", "poverty", "situation",
    };

    private static readonly HashSet<string> Seeing = new(StringComparer.OrdinalIgnoreCase) { "see", "watch" };
    private static readonly HashSet<string> Regarding = new(StringComparer.OrdinalIgnoreCase)
        { "see", "view", "regard", "perceive", "describe", "portray", "depict", "paint", "characterize", "characterise", "brand" };

    private static readonly HashSet<string> Strikes = new(StringComparer.OrdinalIgnoreCase) { "strike", "struck" };

    private static readonly HashSet<string> Welcoming = new(StringComparer.OrdinalIgnoreCase) { "welcome" };
    private static readonly HashSet<string> WelcomedThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "adoption", "step", "news", "announcement", "report", "summary", "resolution", "agreement", "deal", "progress", "release",
        "liberation", "election", "vote", "initiative", "statement", "ruling", "verdict", "outcome", "result", "effort", "commitment",
        "listing", "sanction", "measure", "reform", "law", "change", "development", "signing", "approval", "launch", "conclusion",
    };

    private bool HeadIsActor(Parsed p, int t)
    {
        var scratch = new List<ActorHit>(2);
        AddPhrase(p, t, scratch, false);
        return scratch.Exists(h => h.Span.Overlaps(p.Words[t]));
    }

    private static readonly HashSet<string> Wanting = new(StringComparer.OrdinalIgnoreCase) { "want", "need", "require" };

    private static readonly HashSet<string> Feelings = new(StringComparer.OrdinalIgnoreCase)
    {
        "encourage", "hearten", "please", "delight", "satisfy", "reassure", "gratify", "anger", "alarm", "dismay", "disappoint",
        "concern", "trouble", "worry", "outrage", "shock", "upset", "frustrate", "irritate", "annoy", "disturb", "sadden", "surprise",
    };

    /// <summary>Deeds whose "of" phrase names the ones they befall ("the deaths of six children", "the arrest of two reporters").</summary>
    private static readonly HashSet<string> Befallings = new(StringComparer.OrdinalIgnoreCase)
    {
        "death", "killing", "murder", "execution", "shooting", "arrest", "detention", "imprisonment", "jailing", "abduction",
        "kidnapping", "disappearance", "torture", "treatment", "plight", "suffering", "loss", "expulsion", "deportation",
    };

    /// <summary>The one a deed noun names as its doer: its possessor ("Uganda's arrest of ...") or its "by" phrase; -1 when none.</summary>
    private static int DeedOwner(Parsed p, int deed) =>
        p.Child(deed, "nmod:poss") is var owner && owner >= 0 ? owner : p.PrepPhrase(deed, nominal: true, "by");

    private static readonly HashSet<string> Holding = new(StringComparer.OrdinalIgnoreCase) { "contain", "control", "hold", "own" };
    // What one keeps on others ("tightened their grip on", "its hold over").
    private static readonly HashSet<string> Holds = new(StringComparer.OrdinalIgnoreCase) { "grip", "hold", "stranglehold", "chokehold", "control", "dominance" };
    private static readonly HashSet<string> Portions = new(StringComparer.OrdinalIgnoreCase)
        { "portion", "share", "stake", "majority", "bulk", "fraction", "proportion", "percentage", "reserve", "asset", "saving" };

    private static readonly HashSet<string> Reaching = new(StringComparer.OrdinalIgnoreCase) { "contact", "reach", "approach", "interview" };
    private static readonly HashSet<string> Surrounding = new(StringComparer.OrdinalIgnoreCase) { "surround", "border", "encircle" };

    /// <summary>
    /// "Defeating the militants will take time": a gerund that opens the sentence as its subject names an undertaking, no
    /// act (also where the parser made its object the main verb's subject and the gerund an adverbial).
    /// </summary>
    private static bool IsGerundSubject(Parsed p, int v)
    {
        if (!p.Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || p.Child(v, "nsubj") >= 0 || p.Child(v, "mark") >= 0 || p.Child(v, "aux") >= 0) return false;
        int g = p.Head(v);
        if (g < 0 || v > 0 && !OpensSentence(p.Text, p.Words[v].Start)) return false;
        return p.Label(v) == "csubj" || p.Label(v) == "advcl" && p.Child(g, "nsubj") == v + 1 && p.Child(v, "obj") < 0;
    }

    private static readonly HashSet<string> Moving = new(StringComparer.OrdinalIgnoreCase)
        { "cross", "enter", "move", "advance", "march", "return", "come", "go", "arrive", "deploy", "send", "launch", "use", "mobilize", "mobilise", "gather", "mass" };

    private static readonly HashSet<string> Aims = new(StringComparer.OrdinalIgnoreCase)
    {
        "effort", "commitment", "commit", "determination", "determine", "resolve", "dedicate", "work", "campaign", "operation",
        "mission", "drive", "push", "goal", "aim", "objective", "ability", "capacity", "capability",
    };

    private static readonly HashSet<string> AskingFor = new(StringComparer.OrdinalIgnoreCase) { "appeal", "ask", "call", "request", "seek" };

    /// <summary>
    /// "The UN appealed for $2 billion to feed Yemenis": what the money or aid asked for would do is the appeal's aim, not
    /// yet done by anyone (a purpose clause "to ..." of an appeal whose "for" phrase comes before it).
    /// </summary>
    private static bool IsAimOfAppealForMeans(Parsed p, int v)
    {
        int gov = p.Head(v);
        // ("Kenya asked Uganda for help to fight the rebels": the purpose hung on the thing asked for)
        if (gov >= 0 && p.Tag(gov) == "NOUN" && p.Label(v) is "xcomp" or "acl" && p.HasChildWord(v, "mark", "to")
            && p.Head(gov) is var asker && asker >= 0 && IsLemma(p, asker, AskingFor) && (p.HasChildWord(gov, "mark", "for") || p.HasChildWord(gov, "case", "for")))
            return true;
        if (gov < 0 || p.Label(v) != "advcl" || !p.HasChildWord(v, "mark", "to") || !IsLemma(p, gov, AskingFor)) return false;
        for (int k = gov + 1; k < v; k++)
            if (p.Label(k) == "case" && p.Word(k).Equals("for", StringComparison.OrdinalIgnoreCase) && p.IsUnder(k, gov)) return true;
        return false;
    }

    /// <summary>
    /// "soldiers were caught sleeping on duty", "caught speeding": to be caught doing something is to be seen at it,
    /// no capture (a gerund says what they were found doing).
    /// </summary>
    private static bool IsCaughtDoing(Parsed p, int v)
    {
        if (!p.Word(v).StartsWith("caught", StringComparison.OrdinalIgnoreCase) && !p.Word(v).StartsWith("catch", StringComparison.OrdinalIgnoreCase)) return false;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "xcomp" && p.Tag(c) == "VERB" && p.Word(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly HashSet<string> Dismissals = new(StringComparer.OrdinalIgnoreCase) { "fire", "sack" };

    /// <summary>
    /// "in order to meet the standards", "so as to avoid a clash": what a clause so introduced names is the aim of
    /// another act, not done by anyone (and its subject, often the relative pronoun of a misparse, is no actor).
    /// </summary>
    private static bool IsPurpose(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            // "marks another step towards clearing the militants from the region", "working toward ending the war": a
            // deed one moves towards is an aim, not done.
            if (p.Label(c) is "mark" or "case" && p.Word(c) is var to && (to.Equals("towards", StringComparison.OrdinalIgnoreCase)
                || to.Equals("toward", StringComparison.OrdinalIgnoreCase)) && p.Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
            if (p.Label(c) != "mark") continue;
            int f = p.Child(c, "fixed");
            if (f < 0) continue;
            if (p.Word(c).Equals("in", StringComparison.OrdinalIgnoreCase) && p.Word(f).Equals("order", StringComparison.OrdinalIgnoreCase)
                || p.Word(c).Equals("so", StringComparison.OrdinalIgnoreCase) && p.Word(f).Equals("as", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>A decision or plan ("obj"/"obl" of <paramref name="gov"/>) whose phrase runs up to the infinitive <paramref name="v"/>, or -1.</summary>
    private static int DecisionBefore(Parsed p, int gov, int v)
    {
        for (int n = p.FirstChild[gov]; n >= 0; n = p.NextSibling[n])
        {
            if (n >= v || p.Label(n) is not ("obj" or "obl") || p.Tag(n) != "NOUN" || !IsLemma(p, n, IntentNouns)) continue;
            // (its "by" phrase may hang on the noun, on the infinitive or beside the noun on the verb above)
            int by = p.PrepPhrase(gov, nominal: false, "by");
            if (by < n || by > v) by = -1;
            bool adjoins = true;
            for (int k = n + 1; k < v && adjoins; k++) adjoins = p.IsUnder(k, n) || p.IsUnder(k, v) || by >= 0 && p.IsUnder(k, by);
            if (adjoins) return n;
        }
        return -1;
    }

    private static bool IsBackground(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "aux" && p.Word(c) is var w
                && (w.Equals("has", StringComparison.OrdinalIgnoreCase) || w.Equals("have", StringComparison.OrdinalIgnoreCase) || w.Equals("had", StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    private static bool BareParticiple(Parsed p, int v) =>
        p.Tag(v) == "VERB" && p.Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && p.Child(v, "nsubj") < 0 && p.Child(v, "mark") < 0 && p.Child(v, "aux") < 0;

    private static bool InTitle(Parsed p, int v)
    {
        var w = p.Word(v);
        if (w.Length < 5 || !char.IsUpper(w[0]) || !char.IsLower(w[1]) || !w.EndsWith("ing", StringComparison.Ordinal)) return false;
        var before = p.Word(v - 1);
        var after = p.Word(v + 1);
        return (before.Equals("'s", StringComparison.OrdinalIgnoreCase) || before.Equals("\u2019s", StringComparison.OrdinalIgnoreCase) || char.IsUpper(before[0]))
            && char.IsUpper(after[0]) && p.Tag(v + 1) is "PROPN" or "NOUN";
    }

    private static bool IsSplitGerund(Parsed p, int v)
    {
        if (v < 1 || p.Label(v) != "advcl" || !p.Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || p.Child(v, "nsubj") >= 0 || p.Child(v, "mark") >= 0
            || p.Child(v, "obj") >= 0) return false;
        int noun = v - 1;
        if (p.Tag(noun) != "NOUN" || p.Head(noun) == v || p.Label(noun) is not ("obl" or "obj" or "nmod") || p.Child(noun, "det") < 0) return false;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (c > v && p.Label(c) == "obl" && p.CaseOf(c).Equals("of", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool HyphenJoined(Parsed p, int v)
    {
        int at = p.Words[v].Start;
        // "should strong-arm India into a settlement": a verb made of an adjective and a noun means neither part ("arm"
        // here arms no one). (Not a prefix: "counter-attack", "re-arm".)
        if (at >= 2 && p.Text[at - 1] == '-' && v >= 2 && p.Words[v - 2].End == at - 1 && p.Tag(v - 2) == "ADJ"
            && p.Word(v - 2).Length > 3 && !p.Word(v - 2).Equals("counter", StringComparison.OrdinalIgnoreCase)) return true;
        if (at < 2 || p.Text[at - 1] != '-' || !char.IsLetterOrDigit(p.Text[at - 2]) || !p.Word(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        // (not "tear-gassed", the one verb "tear-gas": "police tear-gassed protesters")
        if (v >= 2 && p.Word(v - 2).Equals("tear", StringComparison.OrdinalIgnoreCase) && p.Head(v - 2) == v) return false;
        // (not a prefix: "re-elected", "co-chaired", "pre-approved")
        int from = at - 1;
        while (from > 0 && (char.IsLetterOrDigit(p.Text[from - 1]) || p.Text[from - 1] == '-')) from--;
        return at - 1 - from > 3 || char.IsUpper(p.Text[from]);
    }

    /// <summary>
    /// A promise ("agreed", "pledged", "promised"; not "offered") to do a material act (06x and up: aid, yielding,
    /// coercion, force), which is coded as the act itself.
    /// </summary>
    private static bool IsPromisedAct(Parsed p, int v, string inner) =>
        string.CompareOrdinal(inner, "06") >= 0 && !inner.StartsWith("13", StringComparison.Ordinal) && !p.Word(v).StartsWith("offer", StringComparison.OrdinalIgnoreCase);

    /// <summary>The last apposition of a dateline's place: "KHARTOUM, March 3 (Wire) - Sudan's army" → "army"; or -1.</summary>
    private static int DatelineSubject(Parsed p, int dateline)
    {
        int last = -1;
        for (int c = p.FirstChild[dateline]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "appos" && p.Tag(c) is "NOUN" or "PROPN") last = c;
        return last;
    }

    /// <summary>A word in capitals opening its line, followed by a comma: a dateline's place ("KHARTOUM,").</summary>
    private static bool IsDateline(Parsed p, int t)
    {
        if (t + 1 >= p.Words.Length || p.Word(t + 1) is not ",") return false;
        var w = p.Word(t);
        if (w.Length < 3) return false;
        foreach (var c in w) if (char.IsLower(c)) return false;
        for (int i = p.Words[t].Start - 1; i >= 0 && p.Text[i] != '\n'; i--)
            if (!char.IsWhiteSpace(p.Text[i])) return false;
        return true;
    }

    /// <summary>
    /// "Fighters linked to al-Qaeda attacked the convoy" parsed with "linked" as the main verb and "attacked" hung
    /// below it with no subject: the participle only describes its "subject"; the verb below is the event.
    /// </summary>
    private static bool ReducedRelative(Parsed p, int v)
    {
        var w = p.Word(v);
        if (!w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || p.Child(v, "nsubj") < 0 || p.Child(v, "obj") >= 0 || p.Child(v, "aux") >= 0) return false;
        if (p.PrepPhrase(v, nominal: false, "to", "by") < 0) return false;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (c > v && p.Tag(c) == "VERB" && p.Label(c) is "advcl" or "conj" or "parataxis" or "dep" && p.Child(c, "obj") >= 0
                && p.Child(c, "nsubj") < 0 && p.Child(c, "mark") < 0)
                return true;
        return false;
    }

    /// <summary>The "to"/"with" phrase of a participle of affiliation ("linked to al-Qaeda", "loyal to", "affiliated with"), or -1.</summary>
    private static int AffiliatedWith(Parsed p, int v) => p.PrepPhrase(v, nominal: false, "to", "with");

    private static readonly HashSet<string> SeekingFrom = new(StringComparer.OrdinalIgnoreCase) { "seek", "solicit" };
    // What one seeks "from" someone to be safe from them, not something they are asked to give.
    private static readonly HashSet<string> Shelters = new(StringComparer.OrdinalIgnoreCase)
        { "protection", "refuge", "shelter", "safety", "escape", "respite", "cover", "sanctuary", "asylum" };

    /// <summary>
    /// The "from" phrase naming whom something is asked of: on the verb, on its object ("requested aid from Kenya"), or
    /// on the noun of its "for" phrase ("asked for help from Kenya"); -1 if none.
    /// </summary>
    private static int AskedFrom(Parsed p, int v, int obj)
    {
        int from = FromPhrase(p, v, obj);
        if (from >= 0) return from;
        int wanted = p.PrepPhrase(v, nominal: false, "for");
        return wanted >= 0 && !IsLemma(p, wanted, Shelters) ? p.PrepPhrase(wanted, nominal: true, "from") : -1;
    }

    /// <summary>A "from" phrase on the verb or on its object ("received weapons from X"), or -1.</summary>
    private static int FromPhrase(Parsed p, int v, int obj)
    {
        int from = p.PrepPhrase(v, nominal: true, "from");
        return from >= 0 || obj < 0 ? from : p.PrepPhrase(obj, nominal: true, "from");
    }

    /// <summary>
    /// The CAMEO appeal (02x) for what the object is asked to do. Force asked of another ("wants Putin to attack
    /// Switzerland") is an appeal for material cooperation, 021, as the CAMEO.2.0 dictionary's transformation
    /// "a (b . ATTACK) WANT = a b 021" has it.
    /// </summary>
    internal static string AppealCode(string inner) => Asked("02", inner) ?? (IsForce(inner) ? "021" : "020");

    /// <summary>The CAMEO rejection (12x) of a refused act of cooperation, or null for acts that are not cooperation.</summary>
    internal static string? RefusalCode(string inner) => Asked("12", inner);

    /// <summary>The CAMEO intent (03x) that matches what is promised.</summary>
    internal static string IntentCode(string inner) => inner.StartsWith("03", StringComparison.Ordinal) ? inner : Asked("03", inner) ?? "030";

    /// <summary>The CAMEO demand (10x) for what the target is told to do.</summary>
    internal static string DemandCode(string inner) => Asked("10", inner) ?? "100";

    /// <summary>
    /// CAMEO's appeals (02x), intents (03x), demands (10x) and rejections (12x) each repeat the acts of cooperation and
    /// yielding in the same order, down to the four-digit codes: meeting (04x) → 026/036/106/125 (mediation, 045:
    /// 028/039/108/126), diplomatic cooperation (05x) → 022/032/102/120 and agreements (057) → 027/037/107/127, material cooperation (06x) → 021/031/101/121 (061
    /// economic → 0211/0311/1011/1211), aid (07x) → 023/033/103/122 (072 military → 0232/0332/1032/1222), political reform
    /// (083x) → 024/034/104/123, other yielding (08x) → 025/035/105/124 (084 release → 0253/0353/1053/1243; 085 sanctions
    /// → …4; 087 de-escalation → …6). Null for anything else, and where the family has no such code.
    /// </summary>
    internal static string? Asked(string family, string inner)
    {
        if (inner.Length < 3) return null;
        bool reject = family == "12";
        string? head = inner[..2] switch
        {
            // (mediation has codes of its own in each family: 028 appeal for, 039 intent to, 108 demand, 126 reject)
            "04" when inner == "045" => reject ? "126" : family + (family == "03" ? "9" : "8"),
            "04" => reject ? "125" : family + "6",
            "05" => inner[2] == '7' ? (reject ? "127" : family + "7") : (reject ? "120" : family + "2"),
            "06" => reject ? "121" : family + "1",
            "07" => reject ? "122" : family + "3",
            "08" when inner[2] == '3' => reject ? "123" : family + "4",
            "08" => reject ? "124" : family + "5",
            _ => null,
        };
        if (head is null) return null;
        // The kind of cooperation, aid or concession: CAMEO numbers the four-digit codes alike in every family.
        char sub = inner[..2] switch
        {
            "06" or "07" when inner[2] is >= '1' and <= '4' => inner[2],
            "08" when inner[2] == '3' && inner.Length == 4 && inner[3] is >= '1' and <= '4' => inner[3],
            "08" => inner[2] switch { '1' => '1', '2' => '2', '4' => '3', '5' => '4', '6' => '5', '7' => '6', _ => '\0' },
            _ => '\0',
        };
        // Rejections have no intelligence cooperation (1214): the three-digit code stands.
        if (sub == '\0' || reject && inner[..2] == "06" && sub == '4') return head;
        return head + sub;
    }

    /// <summary>
    /// The verb that tells whom a force noun, subject of <paramref name="head"/>, struck: the head itself when it is a verb of
    /// impact ("air strikes hit two hospitals"), or the "-ing" clause of a verb of outbreak (<see cref="Outbreaks"/>, which
    /// says nothing of whom it struck: "heavy fighting erupted in the town, leaving 14 people dead"); -1 when neither.
    /// </summary>
    private static int ImpactOf(Parsed p, int head)
    {
        if (IsLemma(p, head, Impact)) return head;
        if (!IsLemma(p, head, Outbreaks)) return -1;
        for (int c = p.FirstChild[head]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "advcl" && p.Tag(c) == "VERB" && p.Word(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && IsLemma(p, c, Impact)
                && p.Child(c, "nsubj") < 0 && p.Child(c, "obj") >= 0) return c;
        return -1;
    }

    private void CodeNoun(Parsed p, int n, TextSpan sentence, bool question, List<ActorHit> srcHits, List<ActorHit> tgtHits, List<Event> output)
    {
        if (!NounCode(p, n, out var code)) return;
        if (!_dictionaryDecides && ModifiesThing(p, n)) return;
        int head = p.Head(n);
        var label = p.Label(n);
        // "have carried out dozens of air strikes on Houthi targets", "launched a wave of attacks": through the count of the
        // deeds to the verb that did them.
        if (head >= 0 && label.StartsWith("nmod", StringComparison.Ordinal) && p.CaseOf(n).Equals("of", StringComparison.OrdinalIgnoreCase)
            && IsLemma(p, head, DeedCounts) && p.Label(head) == "obj" && p.Head(head) is var doer and >= 0 && IsLemma(p, doer, Launch))
            (head, label) = (doer, "obj");
        // "hold off on further attacks", "avoided clashes with the army": what one puts off or keeps from is not done.
        if (!_dictionaryDecides && head >= 0 && (IsLemma(p, head, Avoiding) || p.HasChildWord(head, "compound:prt", "off") && IsLemma(p, head, PuttingOff))) return;
        int subj = -1, obj = -1;
        // "the bombardment of Aleppo by Russian and Syrian warplanes"
        for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
        {
            if (!p.Label(c).StartsWith("nmod", StringComparison.Ordinal)) continue;
            var cs = p.CaseOf(c);
            if (cs.Equals("by", StringComparison.OrdinalIgnoreCase)) subj = c;
            // ("the invasion of Kuwait by Iraq on 2 August 1990": a date after what was hit is when, not whom)
            else if (obj >= 0 && IsDate(p, c)) continue;
            // ("a meeting on the sidelines of the UN General Assembly": the occasion, no party)
            else if (IsLemma(p, c, Settings)) continue;
            else if (cs.Equals("of", StringComparison.OrdinalIgnoreCase) || cs.Equals("on", StringComparison.OrdinalIgnoreCase) || cs.Equals("against", StringComparison.OrdinalIgnoreCase) || cs.Equals("with", StringComparison.OrdinalIgnoreCase)) obj = c;
        }
        bool negated = false;
        var modality = question ? Modality.Question : Modality.Asserted;
        int ownTarget = -1;
        // "the bombing claimed the lives of 60 people": the lives' owners are the ones it struck.
        if (!_dictionaryDecides && head >= 0 && label is "nsubj" && IsLemma(p, head, LifeTaking) && LivesOf(p, head) is var lost && lost >= 0)
        {
            if (subj < 0) subj = n;
            ownTarget = obj;
            obj = lost;
            negated = IsNegated(p, head);
            modality = question ? Modality.Question : AuxModality(p, head);
        }
        // "twelve soldiers died in the attack", "lost their lives in an ambush on the convoy": those who die in an attack
        // are its victims, as those killed in it are.
        else if (!_dictionaryDecides && head >= 0 && label == "obl" && IsForce(code) && (IsLemma(p, head, Dying) || IsLemma(p, head, Losing) && LivesOf(p, head) >= 0)
                 && p.CaseOf(n) is var diedIn && (diedIn.Equals("in", StringComparison.OrdinalIgnoreCase) || diedIn.Equals("during", StringComparison.OrdinalIgnoreCase))
                 && DyingSubject(p, head) is var dead && dead >= 0)
        {
            // ("died in clashes with al-Shabaab": the ones fought with killed them)
            if (subj < 0 && obj >= 0 && p.CaseOf(obj).Equals("with", StringComparison.OrdinalIgnoreCase)) { subj = obj; obj = -1; }
            if (subj < 0) subj = n;
            ownTarget = obj;
            obj = dead;
            negated = IsNegated(p, head);
            modality = question ? Modality.Question : AuxModality(p, head);
        }
        else if (head >= 0 && label is "nsubj" && ImpactOf(p, head) is var impact && impact >= 0)
        {
            // "air strikes hit two hospitals": the noun's own modifiers are the source, the verb's object the target;
            // the noun's own "on" phrase when the victims are no one's in particular ("a suicide attack on a Kenyan police
            // station killed four officers").
            if (subj < 0) subj = n;
            ownTarget = obj;
            obj = p.Child(impact, "obj");
            negated = IsNegated(p, head);
            modality = question ? Modality.Question : AuxModality(p, head);
        }
        else if (head >= 0 && label is "obj" && IsLemma(p, head, Launch))
        {
            // "the army launched an offensive on the town"
            if (subj < 0) subj = p.Child(head, "nsubj");
            if (subj < 0) subj = InheritedSubject(p, head);
            // ("the U.S. military said it carried out an airstrike against al-Shabaab": the pronoun is the reporter, as for verbs)
            if (subj >= 0 && IsPersonalPronoun(p, subj) && !HasActor(p, subj, srcHits) && ReportingSubject(p, head) is var reporter and >= 0) subj = reporter;
            if (obj < 0) obj = Oblique(p, head);
            negated = IsNegated(p, head);
            modality = question ? Modality.Question : AuxModality(p, head);
            // "denied carrying out the strike", "refused to launch an offensive"
            int above = p.Head(head);
            if (above >= 0 && p.Label(head) is "xcomp" or "ccomp" or "advcl" && (IsLemma(p, above, Denials) || IsLemma(p, above, Refusals)))
            { negated = true; modality = Modality.Denied; }
            // "agreed to hold talks", "plan to launch an offensive": the governor codes the promise or the plan.
            else if (above >= 0 && p.Label(head) == "xcomp" && TryVerbCode(p, head, out _)
                     && (IsLemma(p, above, Intents) || IsLemma(p, above, Desires) || IsLemma(p, above, Threats))) return;
            // "asked Serbia to resume talks with Kosovo", "called on Serbia to resume talks": talks asked for are not held;
            // the appeal codes them (026).
            else if (!_dictionaryDecides && above >= 0 && p.Label(head) is "xcomp" or "advcl" && p.HasChildWord(head, "mark", "to")
                     && TryVerbCode(p, head, out _) && IsLemma(p, above, Appeals)) return;
            // "on the brink of launching another offensive": as for verbs, force on the verge of being done is threatened.
            else if (above >= 0 && p.Label(head) is "acl" or "advcl" && IsLemma(p, above, BrinkNouns) && p.HasChildWord(head, "mark", "of") && IsMaterialConflict(code))
            { code = ThreatCode(code); modality = Modality.Threatened; }
        }
        else if (head >= 0 && IsMaterialConflict(code) && IsLemma(p, head, Undergo) && Undergone(p, head)
                 && (label == "obj" && !IsLemma(p, head, ComeWords) || label == "obl" && IsLemma(p, head, ComeWords) && p.CaseOf(n).Equals("under", StringComparison.OrdinalIgnoreCase)))
        {
            // "civilians are facing shelling and airstrikes by the regime", "the town came under fire from X": the
            // subject of the verb is the one the force was used on.
            if (subj < 0) subj = p.PrepPhrase(n, nominal: true, "from");
            if (subj < 0) subj = n;
            if (obj < 0) obj = p.Child(head, "nsubj");
            if (obj < 0) obj = InheritedSubject(p, head);
            negated = IsNegated(p, head);
            modality = question ? Modality.Question : AuxModality(p, head);
        }
        // "arrived in Cairo for talks with Egyptian officials", "flew to Doha for negotiations with the rebels": the talks one
        // travels for are the traveller's, with whom their "with" phrase names (the trip is the verb's own visit, 042).
        else if (!_dictionaryDecides && subj < 0 && head >= 0 && code.StartsWith("04", StringComparison.Ordinal) && label == "obl"
                 && p.CaseOf(n).Equals("for", StringComparison.OrdinalIgnoreCase) && IsLemma(p, head, Trips))
        {
            subj = p.Child(head, "nsubj");
            // (the party is the one they are held with, not their topic: "for talks with Egyptian officials on the war")
            if (p.PrepPhrase(n, nominal: true, "with") is var heldWith && heldWith >= 0) obj = heldWith;
            negated = IsNegated(p, head);
            modality = question ? Modality.Question : AuxModality(p, head);
        }
        // "the ambush was claimed by al-Shabaab", "Boko Haram claimed the raid": an attack claimed is the claimant's, whether
        // or not the dictionary reads the claim of that noun. (One no group claimed still happened: "was not claimed by any
        // group"; and "acknowledged the attack" may only recognise it.)
        else if (!_dictionaryDecides && subj < 0 && head >= 0 && IsMaterialConflict(code) && p.Word(head).StartsWith("claim", StringComparison.OrdinalIgnoreCase)
                 && !IsNegated(p, head) && (label == "nsubj:pass" ? Agent(p, head) : label == "obj" ? p.Child(head, "nsubj") : -1) is var claimant && claimant >= 0)
        {
            subj = claimant;
            // ("claimed attacks on army bases" with the "on" phrase hung on the verb)
            if (obj < 0) obj = p.PrepPhrase(head, nominal: false, "on", "against");
            modality = question ? Modality.Question : AuxModality(p, head);
        }
        else if (subj < 0 && string.CompareOrdinal(code, "14") >= 0 && !(head >= 0 && label != "nsubj" && TryVerbCode(p, head, out _) && !IsLemma(p, head, Claims)))
        {
            // "Russian air strikes on Aleppo": a nationality on a material-conflict noun is its source,
            // unless a coded verb governs the noun ("condemned the Russian raid" codes the condemnation); an attack
            // claimed is coded too ("the Pakistani Taliban claimed an attack on a police station": the claimant's).
            subj = n;
        }
        // "condemned the bombing in Baghdad claimed by the group", "the raid, which Boko Haram claimed, ...": a clause on the
        // attack that says who claimed it names its doer (as ACLED codes a claimed attack to its claimant).
        if (!_dictionaryDecides && (subj < 0 || subj == n) && IsMaterialConflict(code) && Claimant(p, n) is var nounClaimant && nounClaimant >= 0) subj = nounClaimant;
        // "the attack that killed 12 soldiers was the deadliest", "the ambush, which killed 12 soldiers, was claimed by X": a
        // relative clause of striking or killing says whom the attack struck, as "the attack killed 12 soldiers" does (the
        // attack's doer, when no phrase names one, is no one named: a claim in the sentence may give it one).
        if (!_dictionaryDecides && obj < 0 && IsMaterialConflict(code) && ClauseVictims(p, n, out var strikes) is var victims && strikes >= 0)
        {
            obj = victims;
            if (subj < 0) subj = n;
            negated |= IsNegated(p, strikes);
            if (modality == Modality.Asserted) modality = question ? Modality.Question : AuxModality(p, strikes);
        }
        // "Any US attack on Iran could be perceived as a threat", "an invasion would destabilise the region": an act any
        // of which is meant, or one a clause only supposes, is hypothetical.
        if (!_dictionaryDecides && modality == Modality.Asserted
            && (p.HasChildWord(n, "det", "any") || label is "nsubj" or "nsubj:pass" && head >= 0 && AuxModality(p, head) == Modality.Hypothetical))
            modality = Modality.Hypothetical;
        // "the threat of NATO air strikes against Belgrade": force threatened is a threat (13x), not done; "the risk of
        // a Ugandan attack", "fears of an invasion": force that may come is hypothetical.
        if (!_dictionaryDecides && modality == Modality.Asserted && head >= 0 && label.StartsWith("nmod", StringComparison.Ordinal)
            && p.CaseOf(n).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            if (IsLemma(p, head, ThreatNouns) && IsMaterialConflict(code)) { code = ThreatCode(code); modality = Modality.Threatened; }
            else if (IsLemma(p, head, Possibilities)) modality = Modality.Hypothetical;
        }
        // "President Kumaratunga's four-day visit to India", "a visit to Sri Lanka by the Norwegian foreign minister": a
        // visit is its owner's (or its "by" phrase's) to whom its "to" phrase names; one cancelled, put off or still planned
        // is not made, one upcoming or expected is to come.
        if (!_dictionaryDecides && code.StartsWith("042", StringComparison.Ordinal) && !question)
        {
            if (subj < 0) subj = p.Child(n, "nmod:poss");
            if (subj >= 0 && obj < 0) obj = p.PrepPhrase(n, nominal: true, "to");
            if (subj < 0 || obj < 0) return;
            if (head >= 0 && IsLemma(p, head, UndoneVisits)) return;
            for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
                if (p.Label(c) == "amod" && IsLemma(p, c, ComingVisits)) modality = Modality.Future;
        }
        if (subj < 0) return;
        // "called on Moscow to halt the bombing of civilian areas", "called for an end to the shelling": force one is asked to
        // stop is what is asked, not what the report tells (the appeal is coded; PETRARCH and ACLED code no such force).
        if (!_dictionaryDecides && IsMaterialConflict(code) && AskedToStop(p, n)) return;
        // "the government's offensive to recapture Aleppo": the purpose clause's object is what the event is against.
        if (obj < 0)
            for (int c = p.FirstChild[n]; c >= 0 && obj < 0; c = p.NextSibling[c])
                if (p.Label(c) is "acl" or "xcomp" && p.Tag(c) == "VERB" && p.HasChildWord(c, "mark", "to")) obj = p.Child(c, "obj");
        // "Russian missiles hit a power plant in Kharkiv ... Moscow denied carrying out the strike": force named again that one
        // denies doing is denied against whom the force the article last told struck.
        ActorHit? struck = null;
        if (!_dictionaryDecides && modality == Modality.Denied && obj < 0 && IsForce(code) && IsAnaphoricDeed(p, n))
            struck = EarlierForce(p, output, sentence, p.Words[n].Start, n, doer: false);
        Emit(p, code, subj, obj, n, sentence, negated, modality, srcHits, tgtHits, output, nominal: true, alternative: ownTarget, struck: struck);
    }

    private static readonly HashSet<string> Dying = new(StringComparer.OrdinalIgnoreCase) { "die", "perish" };
    private static readonly HashSet<string> Losing = new(StringComparer.OrdinalIgnoreCase) { "lose" };
    private static readonly HashSet<string> LifeTaking = new(StringComparer.OrdinalIgnoreCase) { "claim", "take" };
    private static readonly HashSet<string> Lives = new(StringComparer.OrdinalIgnoreCase) { "life", "lives" };

    /// <summary>The object of <paramref name="v"/> when it is lives ("claimed the lives of 60 people": the "of" phrase;
    /// "lost their lives": the object itself), or -1.</summary>
    private static int LivesOf(Parsed p, int v)
    {
        int o = p.Child(v, "obj");
        if (o < 0 || !IsLemma(p, o, Lives)) return -1;
        int of = p.PrepPhrase(o, nominal: true, "of");
        return of >= 0 ? of : o;
    }

    /// <summary>Who dies at <paramref name="v"/>: its subject, or the noun its clause describes ("the soldiers who died",
    /// "soldiers died in clashes" parsed as a clause on the noun), or -1.</summary>
    private static int DyingSubject(Parsed p, int v)
    {
        int dead = p.Child(v, "nsubj");
        if ((dead < 0 || IsRelativePronoun(p, dead)) && p.Label(v) is "acl" or "acl:relcl" && p.Head(v) is var noun && noun >= 0 && p.Tag(noun) == "NOUN") return noun;
        return dead;
    }

    /// <summary>
    /// The victims a relative clause on attack noun <paramref name="n"/> tells, or -1, with that clause (or -1): the object
    /// of one that strikes or kills ("the bombing that killed 60 people"), the subject of one that dies in it ("the attack,
    /// in which 12 soldiers died").
    /// </summary>
    private static int ClauseVictims(Parsed p, int n, out int clause)
    {
        clause = StrikingClause(p, n);
        if (clause >= 0) return p.Child(clause, "obj");
        for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
        {
            if (c < n || p.Label(c) != "acl:relcl" || !(IsLemma(p, c, Dying) || IsLemma(p, c, Losing) && LivesOf(p, c) >= 0)) continue;
            for (int w = p.FirstChild[c]; w >= 0; w = p.NextSibling[w])
                if (p.Label(w) == "obl" && IsRelativePronoun(p, w) && p.CaseOf(w) is var cs
                    && (cs.Equals("in", StringComparison.OrdinalIgnoreCase) || cs.Equals("during", StringComparison.OrdinalIgnoreCase)))
                { clause = c; return p.Child(c, "nsubj"); }
        }
        return -1;
    }

    /// <summary>An active relative clause on noun <paramref name="n"/> whose relative pronoun strikes or kills ("the bombing
    /// that killed 60 people", "the raid, which destroyed two homes"), or -1.</summary>
    private static int StrikingClause(Parsed p, int n)
    {
        for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
            if (c > n && p.Label(c) == "acl:relcl" && p.Tag(c) == "VERB" && IsLemma(p, c, Impact) && p.Child(c, "nsubj") is var which && which >= 0
                && IsRelativePronoun(p, which)) return c;
        return -1;
    }

    /// <summary>
    /// Noun <paramref name="n"/> is what an appeal or demand asks to be stopped: the object of "halt", "stop", "end" ...
    /// in the complement of "urge", "call on", "demand" ("urged the coalition to stop the bombing"), or the "to"/"of" phrase
    /// of an end or a halt called for ("called for an end to the violence", "demanded a halt to the shelling").
    /// </summary>
    private static bool AskedToStop(Parsed p, int n)
    {
        int stop = p.Head(n);
        if (stop < 0) return false;
        if (p.Tag(stop) == "VERB" && p.Label(n) == "obj" && (IsLemma(p, stop, Ceasing) || IsLemma(p, stop, Ending)))
            return p.Head(stop) is var asker && asker >= 0 && p.Label(stop) is "xcomp" or "advcl" or "ccomp" && IsAsking(p, asker);
        if (p.Tag(stop) == "NOUN" && p.Label(n).StartsWith("nmod", StringComparison.Ordinal) && IsLemma(p, stop, Ends)
            && p.CaseOf(n) is var cs && (cs.Equals("to", StringComparison.OrdinalIgnoreCase) || cs.Equals("of", StringComparison.OrdinalIgnoreCase)))
            return p.Head(stop) is var asker && asker >= 0 && IsAsking(p, asker);
        return false;

        static bool IsAsking(Parsed p, int w) => IsLemma(p, w, Appeals) || IsLemma(p, w, Demands) || IsLemma(p, w, AppealNouns);
    }

    private static readonly HashSet<string> Ending = new(StringComparer.OrdinalIgnoreCase) { "end", "suspend" };
    private static readonly HashSet<string> Ends = new(StringComparer.OrdinalIgnoreCase) { "end", "halt", "stop", "cessation", "suspension" };
    private static readonly HashSet<string> AppealNouns = new(StringComparer.OrdinalIgnoreCase) { "call", "appeal", "demand", "plea" };

    /// <summary>A phrase headed by a number or a day's or month's name ("on 2 August", "on Monday"), as the time lexicon knows them.</summary>
    private static bool IsDate(Parsed p, int t) => p.Tag(t) == "NUM" || Times.TimeWords.Of(p.Word(t)).Class is Times.WC.Month or Times.WC.Weekday;

    /// <summary>
    /// "persuaded Uganda to accept the proposal" parsed with "to accept" an adverbial clause: a to-infinitive after the
    /// object of an appeal is what is asked for, as its open complement would be; or -1.
    /// </summary>
    private static int AppealedInfinitive(Parsed p, int v)
    {
        if (!IsLemma(p, v, Appeals) || ObjectOf(p, v) is var asked && asked < 0) return -1;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (c > asked && p.Label(c) == "advcl" && p.Tag(c) == "VERB" && p.HasChildWord(c, "mark", "to") && p.Child(c, "nsubj") < 0) return c;
        return -1;
    }

    /// <summary>
    /// "two ISIL fighting positions", "terror attack planners", "attack helicopters", "combat troops": an event noun that
    /// modifies the noun after it says what kind of thing or person that is, no event ("a bombing campaign" still is).
    /// </summary>
    private bool ModifiesThing(Parsed p, int n)
    {
        int next = n + 1;
        if (next >= p.Words.Length || p.Tag(next) != "NOUN" || p.Words[next].Start > p.Words[n].End + 1) return false;
        if (p.Head(n) != next && !p.Word(n).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        return !NounCode(p, next, out _) && !IsLemma(p, next, EventFrames);
    }

    private static readonly HashSet<string> EventFrames = new(StringComparer.OrdinalIgnoreCase)
    {
        "campaign", "operation", "offensive", "raid", "spree", "wave", "series", "mission", "war", "incident", "activity",
        "blitz", "onslaught", "incursion", "push", "drive", "attempt", "plot", "threat", "run", "sortie",
    };

    private bool NounCode(Parsed p, int n, out string code)
    {
        // Two-word events first ("air strike", "car bomb").
        for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
        {
            // ("chemical attack": the adjective is parsed amod, not compound)
            if (p.Label(c) is not ("compound" or "amod") || c != n - 1) continue;
            var span = new TextSpan(p.Words[c].Start, p.Words[n].End);
            if (_lex.TryNoun(span.SliceOf(p.Text), out code)) return true;
        }
        return p.FindLemma<string>(n, _lex.TryNoun, out code);
    }

    /// <summary>
    /// "rebels backed by Uganda", "journalists imprisoned by North Korea": a participle on a noun that is itself an actor,
    /// with a "by" agent that names one, is the agent's act on that noun. Not for statements, meetings or the
    /// dictionary's managing and founding (01, 04, 06: "described by the EU", "a ceremony attended by leaders", "a
    /// party founded by activists", "a list issued by the government"), nor for a noun that only owns an actor ("land
    /// claimed by Palestinians" beside "Israeli occupation"), nor a deed done or doing it ("the Israeli occupation claimed by
    /// X", "aided by the empire's destruction of Y").
    /// </summary>
    private bool ReducedByAgent(Parsed p, int v, int noun, string code)
    {
        int agent = p.Child(v, "obl:agent");
        // ("militants inspired by Zawahiri", "children affected by the Chernobyl accident": one who inspires or affects
        // others does nothing to them by it)
        if (!_dictionaryDecides && IsLemma(p, v, Influencing)) return false;
        if (agent < 0 || code.StartsWith("01", StringComparison.Ordinal) || code.StartsWith("04", StringComparison.Ordinal)
            || code.StartsWith("06", StringComparison.Ordinal) || IsDeed(p, noun) || IsDeed(p, agent)) return false;
        return NamesActorItself(p, agent) && NamesActorItself(p, noun);
    }

    /// <summary>Whether the noun with its own name words and modifiers before it (not its phrases after) names an actor.</summary>
    private bool NamesActorItself(Parsed p, int noun)
    {
        int lo = noun, hi = noun;
        for (int c = p.FirstChild[noun]; c >= 0; c = p.NextSibling[c])
        {
            if (c < lo && p.Label(c) is "compound" or "amod" or "nmod:poss" or "flat" or "det") lo = c;
            if (c > hi && p.Label(c) is "flat" or "compound") hi = c;
        }
        var hits = new List<ActorHit>(2);
        _actors.Find(p.Document, p.Words, lo, hi, noun, hits);
        return hits.Count > 0;
    }

    private static int Agent(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "obl:agent" || (p.Label(c) == "obl" && p.CaseOf(c).Equals("by", StringComparison.OrdinalIgnoreCase))) return c;
        // "were killed at the hands of government troops": the hands' owner did it.
        if (HandsOf(p, v) is var owner && owner >= 0) return owner;
        // "were rounded up and held by Iraqi troops", "was seized and killed by soldiers": passives joined under one
        // subject, with nothing but the conjunction, a particle or an adverb between them, share the "by" phrase written
        // after the last of them ("arrested in X and welcomed by Y" does not).
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "conj" && p.Tag(c) == "VERB" && c > v && p.Child(c, "nsubj") < 0 && p.Child(c, "nsubj:pass") < 0
                && p.Child(c, "obj") < 0 && p.Child(c, "obl:agent") is var shared && shared >= 0 && OnlyJoinsBetween(p, v, c)) return shared;
        return -1;
    }

    /// <summary>The owner of an "at the hands of" phrase on <paramref name="v"/> ("killed at the hands of the militia",
    /// "died at the hands of government forces"), or -1.</summary>
    private static int HandsOf(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "obl" && p.CaseOf(c).Equals("at", StringComparison.OrdinalIgnoreCase) && p.Word(c) is "hands" or "hand"
                && p.PrepPhrase(c, nominal: true, "of") is var owner && owner >= 0 && p.Label(owner) == "nmod") return owner;
        return -1;
    }

    /// <summary>
    /// The claimant a clause on attack noun <paramref name="n"/> names: "a bombing claimed by al-Shabaab", "the raid, which
    /// Boko Haram claimed", "the attack, for which the group claimed responsibility"; -1 when there is none, or when the
    /// claim is denied ("not claimed by any group", "a blast no group has claimed") or is a claim that something is so
    /// ("the attack, which the army claimed was the rebels' work").
    /// </summary>
    private static int Claimant(Parsed p, int n)
    {
        for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
        {
            if (c < n || p.Label(c) is not ("acl" or "acl:relcl") || p.Tag(c) != "VERB" || !p.Word(c).StartsWith("claim", StringComparison.OrdinalIgnoreCase)
                || IsNegated(p, c) || p.Child(c, "ccomp") >= 0 || p.Child(c, "xcomp") >= 0) continue;
            int by = Agent(p, c);
            if (by < 0 && p.Child(c, "nsubj") is var who && who >= 0 && !IsRelativePronoun(p, who)) by = who;
            if (by >= 0 && !p.HasChildWord(by, "det", "no")) return by;
        }
        return -1;
    }

    /// <summary>The attack events from <paramref name="from"/> on that name no doer get the claimant's actor as their source.</summary>
    private void ClaimedAttackSource(Parsed p, int claimant, List<Event> output, int from)
    {
        var hits = new List<ActorHit>(2);
        CollectActors(p, claimant, hits, nominalHead: false);
        if (hits.Count == 0) return;
        for (int i = from; i < output.Count; i++)
            if (output[i].Source.Length == 0 && IsForce(output[i].Code) && output[i].Target != hits[0].Code)
                output[i] = output[i] with { Source = hits[0].Code, SourceSpan = hits[0].Span };
    }

    private static bool OnlyJoinsBetween(Parsed p, int v, int c)
    {
        for (int t = v + 1; t < c; t++)
            if (p.Label(t) is not ("cc" or "compound:prt" or "advmod" or "aux" or "aux:pass" or "punct")) return false;
        return true;
    }

    /// <summary>An "in"/"during" oblique of a passive verb that names an attack ("in an air strike"), or -1.</summary>
    private int CausingAttack(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            if (!p.Label(c).StartsWith("obl", StringComparison.Ordinal) || p.Tag(c) != "NOUN") continue;
            var cs = p.CaseOf(c);
            if (!(cs.Equals("in", StringComparison.OrdinalIgnoreCase) || cs.Equals("during", StringComparison.OrdinalIgnoreCase))) continue;
            if (NounCode(p, c, out var code) && IsMaterialConflict(code)) return c;
            // "killed in Israeli tank shelling" with "shelling" split off the noun as a verb: the word after it names the attack
            if (c + 1 < p.Words.Length && p.Head(c + 1) == v && p.Word(c + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && p.FindLemma<string>(c + 1, _lex.TryNoun, out var next) && IsMaterialConflict(next)) return c;
        }
        return -1;
    }

    /// <summary>
    /// "Ukrainian drones struck an oil refinery", "shells hit the market", "two explosions killed at least 60 people": a
    /// munition that strikes names the kind of attack, as it does in "when a missile hit the block" (195 aerial, 194
    /// artillery, a blast 183: a bomb set off), not fighting or shooting of no kind (190, 193).
    /// </summary>
    private string StrikerCode(Parsed p, int v, int subj, string code) =>
        _dictionaryDecides || code is not ("190" or "193") || subj < 0 || p.Tag(subj) != "NOUN" || !IsLemma(p, v, Impact) ? code
        : IsLemma(p, subj, AerialMunitions) ? "195" : IsLemma(p, subj, ArtilleryMunitions) ? "194" : IsLemma(p, subj, Blasts) ? "183"
        // ("a car bomb attack killed 25": an attack its noun names as a bombing)
        : NounCode(p, subj, out var named) && named.StartsWith("183", StringComparison.Ordinal) ? named : code;

    /// <summary>
    /// "exchanged artillery fire", "fired mortar rounds at the camp", "fired rockets into the town", "fired a missile at":
    /// the munition a doer fires or trades names the attack's kind (194 artillery, 195 missiles and drones), not
    /// fighting or shooting of no kind (190, 193); "exchanged fire", "fired shots" stay shooting.
    /// </summary>
    private string FiredMunitionCode(Parsed p, int v, string code)
    {
        if (_dictionaryDecides || code is not ("190" or "193") || !(IsLemma(p, v, Firing) || IsLemma(p, v, Exchanges))) return code;
        // (what is shot down is the other side's munition, not the shooter's: "shot down 30 drones")
        if (p.HasChildWord(v, "compound:prt", "down")) return code;
        int obj = p.Child(v, "obj");
        if (obj < 0) return code;
        if (IsLemma(p, obj, AerialMunitions)) return "195";
        if (IsLemma(p, obj, ArtilleryMunitions)) return "194";
        // ("artillery fire", "tank rounds", "mortar shells": the word before the munition says its kind)
        if (!IsLemma(p, obj, Munitions)) return code;
        return HasChildLemma(p, obj, AerialMunitions) ? "195" : HasChildLemma(p, obj, HeavyGuns) ? "194" : code;
    }

    private static readonly HashSet<string> HeavyGuns = new(StringComparer.OrdinalIgnoreCase) { "shell", "mortar", "rocket", "artillery", "tank", "howitzer" };

    /// <summary>
    /// The kind of attack a relative clause of killing or wounding tells of when the parser hung it on a place, a target
    /// or a time inside the attack's phrase ("the bombing of a clinic in Atlanta that killed a guard", "the bombings of
    /// two hotels last year that killed 60 people": a bomb set off, 183), the attack up to three phrases up or, for a
    /// time, just before it; <paramref name="code"/> when there is none, or when the noun is an attack or a weapon itself.
    /// </summary>
    private string KillingAttackCode(Parsed p, int n, string code)
    {
        if (IsAttackNoun(p, n) || IsLemma(p, n, Blasts) || IsLemma(p, n, Weapons)) return code;
        int attack = -1;
        // (a place of the attack's phrase may be one of a list: "the bombing of a Lagos, Nigeria, market that killed": the
        // market joined to Lagos, then the bombing)
        for (int up = n, hop = 0; hop < 3 && attack < 0 && p.Label(up) is "nmod" or "obl" or "conj" && p.Head(up) is var h && h >= 0; hop++, up = h)
            if (IsAttackNoun(p, h) || p.Tag(h) == "NOUN" && IsLemma(p, h, Blasts)) attack = h;
        // ("... of two hotels in Kenya last year that killed 60": a time hung elsewhere kills no one; the attack just before it
        // did, within the clause: "the bombings of U.S. embassies in Kenya and Tanzania last year that killed 224")
        if (attack < 0 && IsLemma(p, n, TimeNouns))
            for (int k = n - 1; k >= Math.Max(0, n - 12) && attack < 0 && p.Tag(k) != "VERB"; k--)
                if (IsAttackNoun(p, k) || p.Tag(k) == "NOUN" && IsLemma(p, k, Blasts)) attack = k;
        if (attack < 0) return code;
        if (IsLemma(p, attack, Blasts) || IsLemma(p, attack, Bombings) && !HasChildLemma(p, attack, AerialMarks)) return "183";
        return NounCode(p, attack, out var kind) && IsForce(kind) && kind != "190" ? kind : code;
    }

    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase) { "year", "month", "week", "day", "night", "weekend", "morning", "evening" };

    private static readonly HashSet<string> AttackWords = new(StringComparer.OrdinalIgnoreCase) { "attack", "attacks", "assault", "assaults" };
    private static readonly HashSet<string> Media = new(StringComparer.OrdinalIgnoreCase)
    {
        "interview", "interviews", "speech", "speeches", "statement", "statements", "article", "articles", "editorial", "editorials",
        "column", "columns", "newspaper", "newspapers", "press", "media", "television", "tv", "radio", "broadcast", "broadcasts",
        "tweet", "tweets", "twitter", "blog", "letter", "op-ed", "address", "remarks", "comments", "sermon", "podcast",
    };

    /// <summary>The attack noun verb <paramref name="v"/> makes its object or its "in" phrase ("launched an attack", "engaging in attacks"), or -1.</summary>
    private static int AttackNounOf(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "obj" or "obl" && p.Tag(c) == "NOUN" && IsLemma(p, c, AttackWords)) return c;
        return -1;
    }

    /// <summary>The "in"/"on"/"over"/"through"/"via" phrase naming a medium of words on word <paramref name="t"/> or the verb it is the object of, or -1.</summary>
    private static int MediumOf(Parsed p, int t)
    {
        foreach (int w in (ReadOnlySpan<int>)[t, p.Label(t) is "obj" or "obl" ? p.Head(t) : -1])
        {
            if (w < 0) continue;
            for (int c = p.FirstChild[w]; c >= 0; c = p.NextSibling[c])
                if (p.Label(c) is "obl" or "nmod" && p.CaseOf(c) is var cs && (cs.Equals("in", StringComparison.OrdinalIgnoreCase) || cs.Equals("on", StringComparison.OrdinalIgnoreCase)
                    || cs.Equals("over", StringComparison.OrdinalIgnoreCase) || cs.Equals("through", StringComparison.OrdinalIgnoreCase) || cs.Equals("via", StringComparison.OrdinalIgnoreCase))
                    && IsLemma(p, c, Media))
                    return c;
        }
        return -1;
    }

    /// <summary>
    /// The verb whose "in" phrase tells what did the harm of passive <paramref name="v"/>: <paramref name="v"/> itself, or,
    /// when it has no "in" phrase, a harm joined to it that has one ("were killed and 58 injured in a car bomb attack":
    /// the attack did both).
    /// </summary>
    private static int HarmedAlongside(Parsed p, int v)
    {
        if (p.PrepPhrase(v, nominal: false, "in") >= 0) return v;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (c > v && p.Label(c) == "conj" && IsLemma(p, c, Casualties) && p.Child(c, "obj") < 0) return c;
        return v;
    }

    /// <summary>The attack noun that is the subject of a "when"/"as"/"after" clause of <paramref name="v"/>, or -1.</summary>
    private int WhenAttack(Parsed p, int v, out string code)
    {
        code = "";
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            if (p.Label(c) != "advcl" || !(p.HasChildWord(c, "mark", "when") || p.HasChildWord(c, "advmod", "when")
                || p.HasChildWord(c, "mark", "as") || p.HasChildWord(c, "mark", "after"))) continue;
            // "when their convoy struck a roadside bomb", "when a bus hit a landmine": a bomb run into is a bomb set off
            if (IsLemma(p, c, Impact) && p.Child(c, "obj") is var hit && hit >= 0 && IsBombOrMine(p, hit))
            {
                code = BombCode(p, hit);
                return hit;
            }
            int n = p.Child(c, "nsubj");
            if (n < 0 || p.Tag(n) != "NOUN") continue;
            if (NounCode(p, n, out code) && IsForce(code)) return n;
            // "when a bomb went off outside the station" (not "when a gas cylinder exploded": an accident)
            if (IsLemma(p, n, Blasts) && !AccidentalBlast(p, n)) { code = "183"; return n; }
            // "when shells struck the camp", "when a missile hit the block": the munition names the attack
            if (IsLemma(p, n, ArtilleryMunitions)) { code = "194"; return n; }
            if (IsLemma(p, n, AerialMunitions)) { code = "195"; return n; }
        }
        code = "";
        return -1;
    }

    /// <summary>A verb in "-ed" with no object and no auxiliary, active or passive: a participle standing alone.</summary>
    private static bool LonePastParticiple(Parsed p, int v) =>
        p.Word(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && p.Child(v, "obj") < 0 && p.Child(v, "aux") < 0 && p.Child(v, "aux:pass") < 0;

    private static readonly HashSet<string> Blaming = new(StringComparer.OrdinalIgnoreCase) { "blame", "link", "attribute", "pin" };

    private static readonly HashSet<string> Ties = new(StringComparer.OrdinalIgnoreCase) { "link", "tie", "affiliate", "connect", "ally" };

    private static readonly HashSet<string> Orders = new(StringComparer.OrdinalIgnoreCase)
        { "order", "instruct", "direct", "command", "authorize", "authorise" };

    /// <summary>Verbs of harm done to someone, never without them: "killed", "wounded", "abducted" alone are passives.</summary>
    private static readonly HashSet<string> HarmVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "kill", "wound", "injure", "abduct", "kidnap", "murder", "execute", "behead", "massacre", "hurt" };

    private static readonly HashSet<string> Firing = new(StringComparer.OrdinalIgnoreCase)
        { "launch", "fire", "shoot", "lob", "hurl", "drop", "unleash" };
    private static readonly HashSet<string> Projectiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells", "mortar", "mortars", "bomb", "bombs",
        "grenade", "grenades", "projectile", "projectiles", "round", "rounds", "bullet", "bullets", "munition", "munitions",
    };

    private static readonly HashSet<string> ArtilleryMunitions = new(StringComparer.OrdinalIgnoreCase) { "shell", "mortar", "rocket", "artillery" };
    private static readonly HashSet<string> AerialMunitions = new(StringComparer.OrdinalIgnoreCase) { "missile", "drone" };

    private static readonly HashSet<string> Restrictions = new(StringComparer.OrdinalIgnoreCase)
        { "curfew", "emergency", "martial", "internet", "media" };

    /// <summary>The phrase of <paramref name="obj"/> names a curfew, an emergency or the internet ("a state of emergency",
    /// "mobile internet services"), not some other thing a dictionary pattern of the verb reads as a restriction.</summary>
    private static bool NamesRestriction(Parsed p, int obj)
    {
        if (obj < 0) return false;
        for (int t = obj; t < p.RunEnd[obj] && t <= obj + 6; t++)
            if (p.IsUnder(t, obj) && IsLemma(p, t, Restrictions)) return true;
        for (int t = Math.Max(0, obj - 4); t < obj; t++)
            if (p.IsUnder(t, obj) && IsLemma(p, t, Restrictions)) return true;
        return false;
    }

    /// <summary>An "in X" dependent (oblique or nominal modifier) of <paramref name="t"/>, or -1.</summary>
    private static int LocativeIn(Parsed p, int t) => p.PrepPhrase(t, nominal: true, "in");

    /// <summary>Intent to cooperate, diplomatic or material cooperation, or aid (03, 05, 06, 07).</summary>
    private static bool IsCooperation(string code) => code.Length >= 2 && code[0] == '0' && code[1] is '3' or '5' or '6' or '7';

    /// <param name="cooperation">The act is cooperation or aid: an "against" phrase names whom it is aimed at, not the
    /// partner ("will side with Hizbullah against Israel", "providing security to its nationals against rebels").</param>
    /// <param name="political">The act is a political one short of protest (<see cref="Verbal"/>), so a seat of power is where it was done (<see cref="Seats"/>).</param>
    private static int Oblique(Parsed p, int v, bool cooperation = false, bool political = false)
    {
        // "suspend talks on Syria" with the phrase on the verb: still the talks' topic.
        int obj = p.Child(v, "obj");
        bool topical = obj >= 0 && IsLemma(p, obj, Topical);
        int first = -1;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            if (!p.Label(c).StartsWith("obl", StringComparison.Ordinal)) continue;
            var cs = p.CaseOf(c);
            // "bans on travel to Kenya against four officers": "against" names whom the act is aimed at.
            if (cs.Equals("against", StringComparison.OrdinalIgnoreCase)) { if (cooperation) continue; return c; }
            // "captured by the battalion with the aid of intelligence officers": a helper, not one acted on.
            if (cs.Equals("with", StringComparison.OrdinalIgnoreCase) && IsLemma(p, c, AidNouns)) continue;
            // "opened fire with small arms and mortars on Indian posts": the weapons one acts with, not one acted on.
            if (cs.Equals("with", StringComparison.OrdinalIgnoreCase) && (IsLemma(p, c, Weapons) || IsLemma(p, c, HandArms))) continue;
            if (IsScene(p, v, c) || political && cs.Equals("at", StringComparison.OrdinalIgnoreCase) && IsLemma(p, c, Seats)) continue;
            // "is financed by Saudi Arabia ... and, to a smaller extent, by UN organizations" with the second "by" phrase
            // hung on the verb as a plain oblique: in the passive a "by" phrase names a doer, never the one acted on.
            if ((p.Child(v, "aux:pass") >= 0 || p.Child(v, "nsubj:pass") >= 0) && p.HasChildWord(c, "case", "by")) continue;
            if (first < 0 && IsTargetCase(cs, noTopics: topical)) first = c;
        }
        return first;
    }

    /// <summary>
    /// An "at" phrase that says where something happened, not to whom: put before the verb ("At the palace in
    /// Sylvania, the ministers signed ...", "At the checkpoint, soldiers stopped ..."), or naming a gathering or a
    /// venue ("decided at last year's summit", "spoke at a ceremony in Bree"), or on a death or an injury told of its
    /// victims ("more than 60 injured in a bombing ..., officials at the city hospital said": the victims are the
    /// verb's subject, the hospital where they were counted).
    /// </summary>
    private static bool IsScene(Parsed p, int v, int obl) =>
        p.CaseOf(obl).Equals("at", StringComparison.OrdinalIgnoreCase)
        && (obl < v || IsLemma(p, obl, Gatherings) || IsLemma(p, obl, Venues) || IsLemma(p, v, Casualties) && p.Child(v, "obj") < 0);

    private static readonly HashSet<string> Venues = new(StringComparer.OrdinalIgnoreCase)
    {
        "ceremony", "session", "rally", "event", "funeral", "reception", "banquet", "dinner", "library", "palace", "residence",
        "museum", "university", "hall", "auditorium", "stadium", "venue", "gathering", "convention", "meeting", "talks",
    };

    // A seat of power's building, whose name alone codes a government: where a political act was done ("signed the deal
    // at the White House", "held talks at the Kremlin"), no party to it; a protest or force aimed at it is aimed at that
    // government.
    private static readonly HashSet<string> Seats = new(StringComparer.OrdinalIgnoreCase) { "house", "palace", "kremlin", "elysee", "élysée" };

    /// <summary>Roots 01–13: statements, appeals, meetings, cooperation, aid, demands, disapproval, rejections, threats.</summary>
    private static bool Verbal(string code) => string.CompareOrdinal(code, "14") < 0;

    /// <summary>The direct object, or the indirect one ("asked Kenya to ...": the parser's iobj), or -1.</summary>
    private static int ObjectOf(Parsed p, int v)
    {
        int o = p.Child(v, "obj");
        return o >= 0 ? o : p.Child(v, "iobj");
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = PersonalPronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsPersonalPronoun(Parsed p, int t) => PronounLookup.Contains(p.Word(t));

    /// <summary>
    /// The purpose clause of a pledge or offer of aid ("pledged $500 million to help Pakistan rebuild"): a "to" clause
    /// of helping, with an object named, on an intent verb coded as an intent to give aid (033), or on what it pledges
    /// ("pledged 200 million dollars to help Nepal", the clause read as the money's); or -1.
    /// </summary>
    private int PledgedAidPurpose(Parsed p, int v)
    {
        if (v < 0 || !IsLemma(p, v, Intents) || !TryVerbCode(p, v, out var pledge) || !pledge.Code.StartsWith("033", StringComparison.Ordinal)) return -1;
        int money = p.Child(v, "obj");
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (c > v && p.Label(c) == "advcl" && IsHelpFor(c)) return c;
        if (money >= 0)
            for (int c = p.FirstChild[money]; c >= 0; c = p.NextSibling[c])
                if (c > money && p.Label(c) == "acl" && IsHelpFor(c)) return c;
        return -1;

        bool IsHelpFor(int c) => p.HasChildWord(c, "mark", "to") && IsLemma(p, c, Helping) && p.Child(c, "obj") >= 0;
    }

    private static readonly HashSet<string> Helping = new(StringComparer.OrdinalIgnoreCase) { "help", "aid", "assist", "support" };

    /// <summary>
    /// A clause coordinated, with no subject of its own, with a to-infinitive that an appeal asks of someone named ("called
    /// on Rwanda to withdraw and stop supporting the rebels": "stop", and "supporting" under it).
    /// </summary>
    private static bool AlsoAppealedFor(Parsed p, int v)
    {
        int c = v;
        if (p.Label(c) == "xcomp" && p.Head(c) is var up && up >= 0 && p.Label(up) == "conj") c = up;
        if (p.Label(c) != "conj" || p.Child(c, "nsubj") >= 0 || p.Head(c) is not (>= 0 and var first)) return false;
        if (p.Label(first) is not ("advcl" or "xcomp") || !p.HasChildWord(first, "mark", "to") || p.Head(first) is not (>= 0 and var appeal)) return false;
        return IsLemma(p, appeal, Appeals) && (ObjectOf(p, appeal) >= 0 || p.PrepPhrase(appeal, nominal: false, "on", "upon") >= 0);
    }

    /// <summary>"it", "them", or a noun of "its"/"their" ("at its northern border"): what the clause's reporter calls its own.</summary>
    private static bool IsSpeakersOwn(Parsed p, int t) =>
        p.Word(t) is "it" or "them" || p.Child(t, "nmod:poss") is var poss && poss >= 0 && p.Word(poss) is "its" or "their";

    private static bool IsWord(Parsed p, int t, params ReadOnlySpan<string> words)
    {
        foreach (var w in words) if (p.Word(t).Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsRelativePronoun(Parsed p, int t) =>
        p.Word(t) is "that" or "which" or "who" or "whom" or "That" or "Which" or "Who" or "Whom" && p.Tag(t) == "PRON";

    private static bool IsMaterialConflict(string code) => string.CompareOrdinal(code, "14") >= 0;

    /// <summary>
    /// "The minister called the decision a grave mistake", "called the vote illegal": calling something by a name or a
    /// quality is a description, not a telephone call (the dictionary's bare "call", 041); with its own dictionary
    /// pattern ("called him a liar") the verb still codes.
    /// </summary>
    private bool IsNaming(Parsed p, int v)
    {
        if (_dictionaryDecides || !p.Word(v).StartsWith("call", StringComparison.OrdinalIgnoreCase)) return false;
        int obj = p.Child(v, "obj");
        if (obj < 0) return false;
        // "called Colin Powell's bluff", "called the minister's claims lies": a thing of someone's called is no one rung up.
        if (p.Tag(obj) == "NOUN" && p.Child(obj, "nmod:poss") is var owner && owner >= 0 && p.Tag(owner) == "PROPN" && !HeadIsActor(p, obj)) return true;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            if (c <= obj || p.Label(c) is not ("obj" or "xcomp" or "obl:unmarked")) continue;
            if (p.Tag(c) == "ADJ") return true;
            if (p.Tag(c) == "NOUN" && IsIndefinite(p, p.Child(c, "det")) && !IsLemma(p, c, TimeStretches)) return true;
            // "called the government's lawsuit “political persecution”": a noun read as the object's predicate is what it
            // is called, with or without an article (a time of calling is no predicate: "called the minister Tuesday").
            if (p.Tag(c) == "NOUN" && p.Label(c) == "xcomp" && !IsLemma(p, c, TimeStretches) && !IsDate(p, c)) return true;
        }
        // A headline run on into the next sentence ("calls the siege in Kisumu a tragedy Commenting on ..."), the name
        // hung on a later verb: an indefinite noun straight after the object's phrase (and a place or time phrase of
        // the verb's), outside them.
        int next = obj + 1;
        while (next < p.Words.Length && (p.IsUnder(next, obj) || Branch(p, next, v) is var b && b >= 0 && p.Label(b) == "obl" && p.Child(b, "case") >= 0)) next++;
        return next < p.Words.Length && IsIndefinite(p, next) && p.Head(next) is var named && named > next
            && p.Tag(named) == "NOUN" && !p.IsUnder(named, obj) && !IsLemma(p, named, TimeStretches);

        static bool IsIndefinite(Parsed p, int d) => d >= 0 && p.Tag(d) == "DET" && p.Word(d) is "a" or "an" or "A" or "An";

        // The child of the verb that a word lies under, or -1.
        static int Branch(Parsed p, int t, int top)
        {
            for (int h = t; h >= 0; h = p.Head(h)) if (p.Head(h) == top) return h;
            return -1;
        }
    }

    /// <summary>
    /// "Forces conducted 34 strikes against the rebels", "the army carried out raids on the villages": a verb that only
    /// carries out the deed its object names does not do an act of its own; the dictionary's reading of the bare verb
    /// (conducting as managing, 060) is dropped, and the noun is coded on its own.
    /// </summary>
    private bool IsLightVerbForDeed(Parsed p, int v, int obj, string code) =>
        !_dictionaryDecides && obj >= 0 && !IsMaterialConflict(code) && IsLemma(p, v, Launch)
        && p.Tag(obj) == "NOUN" && NounCode(p, obj, out var deed) && IsMaterialConflict(deed);

    /// <summary>
    /// Whom or where a deed named by a noun struck: its "on"/"against" phrase, the object of a clause on it
    /// ("an attack targeting X"), else its "in"/"at" phrase, looked for down to three levels; -1 when none names an actor.
    /// </summary>
    private int DeedTarget(Parsed p, int deed, List<ActorHit> scratch)
    {
        int fallback = -1;
        Span<(int Node, int Depth)> queue = stackalloc (int, int)[24];
        int n = 0, head = 0;
        queue[n++] = (deed, 0);
        while (head < n)
        {
            var (node, depth) = queue[head++];
            for (int c = p.FirstChild[node]; c >= 0; c = p.NextSibling[c])
            {
                var l = p.Label(c);
                if (l.StartsWith("nmod", StringComparison.Ordinal) || l.StartsWith("obl", StringComparison.Ordinal))
                {
                    var cs = p.CaseOf(c);
                    if ((cs.Equals("on", StringComparison.OrdinalIgnoreCase) || cs.Equals("against", StringComparison.OrdinalIgnoreCase)) && HasActor(p, c, scratch)) return c;
                    if (fallback < 0 && (cs.Equals("in", StringComparison.OrdinalIgnoreCase) || cs.Equals("at", StringComparison.OrdinalIgnoreCase)) && HasActor(p, c, scratch)) fallback = c;
                }
                // ("the attack that killed 12 soldiers": whom its relative clause strikes)
                else if (l == "obj" && (p.Label(node) == "acl" || node == StrikingClause(p, p.Head(node))) && HasActor(p, c, scratch)) return c;
                if (depth < 3 && n < queue.Length && l is not "punct") queue[n++] = (c, depth + 1);
            }
        }
        return fallback;
    }

    /// <summary>True when <paramref name="v"/>'s "in" phrase is a fight or an attack ("engaged in heavy fighting").</summary>
    private bool EngagedInFight(Parsed p, int v) =>
        p.PrepPhrase(v, nominal: false, "in") is var fight && fight >= 0 && (IsAttackNoun(p, fight) || IsLemma(p, fight, Combats));

    /// <summary>True when <paramref name="v"/> has a "during/on/in" phrase that is a visit ("speaking during a visit to Paris").</summary>
    private static bool SpokenOnVisit(Parsed p, int v) =>
        p.PrepPhrase(v, nominal: false, "during", "on", "in") is var visit && visit >= 0 && IsLemma(p, visit, VisitNouns);

    /// <summary>The fighters a place is cleared "of", in the verb's own phrase or one under its object or oblique
    /// ("cleared half of the town of militants"), or -1.</summary>
    private static int ClearedOf(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "obl" && p.CaseOf(c).Equals("of", StringComparison.OrdinalIgnoreCase) && IsLemma(p, c, Combatants)) return c;
        // (the place cleared is the object, or an oblique where a number misparses: "cleared 15 to 20 percent of the city")
        for (int place = p.FirstChild[v]; place >= 0; place = p.NextSibling[place])
        {
            if (p.Label(place) is not ("obj" or "obl")) continue;
            for (int hop = 0, n = place; hop < 3 && n >= 0; hop++)
            {
                int next = -1;
                for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
                    if (p.Label(c) == "nmod" && p.CaseOf(c).Equals("of", StringComparison.OrdinalIgnoreCase))
                    {
                        if (IsLemma(p, c, Combatants)) return c;
                        next = c;
                    }
                n = next;
            }
        }
        return -1;
    }

    /// <summary>The author an attack noun names in front of it ("the ISIL attack", "the rebels' attack") or by a "by"
    /// phrase ("the attack by militants"), when that names an actor; -1 otherwise.</summary>
    private int AttackAuthor(Parsed p, int attack, List<ActorHit> scratch)
    {
        for (int c = p.FirstChild[attack]; c >= 0; c = p.NextSibling[c])
            if ((p.Label(c) is "compound" or "nmod:poss" && c < attack
                 || p.Label(c) == "nmod" && p.CaseOf(c).Equals("by", StringComparison.OrdinalIgnoreCase)) && HasActor(p, c, scratch)) return c;
        return -1;
    }

    /// <summary>A person, a group, a place or a facility: what force can be used on.</summary>
    private static bool Targetable(Parsed p, int t) =>
        p.Tag(t) == "PROPN" || IsLemma(p, t, Facilities) || IsLemma(p, t, Targets);

    /// <summary>Assault, fight, mass violence (18–20).</summary>
    internal static bool IsForce(string code) => string.CompareOrdinal(code, "18") >= 0;

    /// <summary>Force, a claim of it (015) or a riot (145): people of no named country it strikes, or who riot, are of the
    /// place where it happened ("Protesters set fire to the parliament building in Kakamega": KENOPP, KENLEG).</summary>
    internal static bool TakesPlaceCountry(string code) => IsForce(code) || code is "015" or "145";

    /// <summary>True when <paramref name="t"/>'s phrase names an actor (<paramref name="scratch"/> is used and cleared).</summary>
    private bool HasActor(Parsed p, int t, List<ActorHit> scratch)
    {
        scratch.Clear();
        AddPhrase(p, t, scratch, false);
        bool any = scratch.Count > 0;
        scratch.Clear();
        return any;
    }

    /// <summary>The subject (not itself a pronoun) of the nearest clause above <paramref name="v"/> that governs it, or -1.</summary>
    private static int ReportingSubject(Parsed p, int v)
    {
        for (int hop = 0; hop < 4; hop++)
        {
            var l = p.Label(v);
            int g = p.Head(v);
            // "... said that the US is on the verge of suspending": through the copular noun the clause hangs on.
            if (g >= 0 && l == "acl" && IsLemma(p, g, BrinkNouns)) { v = g; continue; }
            if (g < 0 || l is not ("ccomp" or "xcomp" or "conj" or "advcl" or "parataxis")) return -1;
            // "Dublin is a young city, he said, ... where he goes to meet French staff": a "he said" set into another
            // clause reports that clause; its subject reports nothing of the speaker's.
            if (l == "parataxis" && IsLemma(p, v, Reporting)) return -1;
            int s = p.Child(g, "nsubj");
            if (s >= 0 && IsDateline(p, s) && DatelineSubject(p, s) is var named && named >= 0) s = named;
            if (s >= 0 && !IsPersonalPronoun(p, s)) return s;
            v = g;
        }
        return -1;
    }

    /// <summary>Keeps the actors of the sentence's last "talks ... with X" phrase as the article's negotiating party.</summary>
    private void RememberTalksParty(Parsed p, int start, int end, List<ActorHit> scratch)
    {
        for (int n = start; n < end; n++)
        {
            if (p.Tag(n) != "NOUN" || !IsLemma(p, n, Negotiations)) continue;
            // "talks on Syria with Russia", "talks on the border with Togo" (the "with" phrase hung one lower), "held
            // talks ... with Togo" (hung on the verb)
            int with = p.PrepPhrase(n, nominal: true, "with");
            for (int c = p.FirstChild[n]; c >= 0 && with < 0; c = p.NextSibling[c])
                if (p.Label(c).StartsWith("nmod", StringComparison.Ordinal)) with = p.PrepPhrase(c, nominal: true, "with");
            if (with < 0 && p.Label(n) == "obj" && p.Head(n) >= 0) with = p.PrepPhrase(p.Head(n), nominal: true, "with");
            if (with < 0) continue;
            scratch.Clear();
            CollectActors(p, with, scratch, nominalHead: false);
            if (scratch.Count > 0) p.TalksParty = scratch.ToArray();
        }
        scratch.Clear();
    }

    /// <summary>The threat noun right before an infinitive ("the Kenyan threat to suspend"), or -1.</summary>
    private static int ThreatBefore(Parsed p, int v)
    {
        if (v < 2 || !p.Word(v - 1).Equals("to", StringComparison.OrdinalIgnoreCase) || !p.HasChildWord(v, "mark", "to")) return -1;
        return IsLemma(p, v - 2, ThreatNouns) ? v - 2 : -1;
    }

    /// <summary>
    /// The "unless"/"if" clauses that condition <paramref name="v"/>: its own, or one the parser hung lower in its
    /// object ("would end talks ..., as well as a pact that involved targeting ... unless Russia halted").
    /// </summary>
    private static List<int> ConditionClauses(Parsed p, int v)
    {
        // Asked for every coded verb: one list per thread, no closure.
        var found = ConditionFound ??= new List<int>(2);
        found.Clear();
        WalkConditions(p, v, v, 0, found);
        return found;
    }

    [ThreadStatic] private static List<int>? ConditionFound;

    private static void WalkConditions(Parsed p, int v, int node, int depth, List<int> found)
    {
        for (int c = p.FirstChild[node]; c >= 0; c = p.NextSibling[c])
        {
            var l = p.Label(c);
            if (l == "advcl" && (p.HasChildWord(c, "mark", "unless") || p.HasChildWord(c, "mark", "if"))) found.Add(c);
            else if (depth < 4 && (node == v ? l == "obj" || l == "conj" && p.Tag(c) == "NOUN" : l is "conj" or "acl" or "acl:relcl" or "nmod" or "xcomp"))
                WalkConditions(p, v, c, depth + 1, found);
        }
    }

    /// <summary>
    /// A verb with auxiliaries but no subject in the parse ("at a time when Russian and Syrian jets were shelling
    /// ...", the nouns hung on "time"): the noun just before the auxiliaries, when nothing marks it as a
    /// prepositional phrase, is its subject.
    /// </summary>
    private static int AdjacentSubject(Parsed p, int v)
    {
        if (p.Child(v, "aux") < 0 || p.Child(v, "obj") < 0) return -1;
        int k = v - 1;
        while (k >= 0 && (p.Tag(k) is "AUX" or "ADV" or "PART") && (p.Head(k) == v || p.Tag(k) == "AUX")) k--;
        if (k < 0 || k == v - 1 || p.Tag(k) is not ("NOUN" or "PROPN") || p.Child(k, "case") >= 0) return -1;
        return p.Label(k) is "dep" or "nmod" or "conj" or "root" or "parataxis" or "appos" ? k : -1;
    }

    /// <summary>"Kerry agreed to meet" / "troops entered and shelled": the subject of the governing verb.</summary>
    /// <summary>
    /// With the user's PETRARCH codebook, an adverbial clause led by a subordinator with no subject of its own ("after
    /// leaving Eriador", "while visiting X") is coded by no one: PETRARCH codes a verb with the actors of its own
    /// clause. (A to-infinitive's doer is still the governing verb's: "vowed to wage war".)
    /// </summary>
    private bool SubjectlessSubordinate(Parsed p, int v, string label) =>
        _dictionaryDecides && label == "advcl" && p.Child(v, "mark") is var mark && mark >= 0 && !p.Word(mark).Equals("to", StringComparison.OrdinalIgnoreCase);

    private static int InheritedSubject(Parsed p, int v)
    {
        for (int hop = 0; hop < 4; hop++)
        {
            var l = p.Label(v);
            int g = p.Head(v);
            // "jailed a student for helping militants", "accused Russia of shelling": the doer of the reason or
            // charge is the one jailed or accused.
            // ("warned Uganda against sending troops": the one warned would send them)
            if (g >= 0 && l is "advcl" or "acl" or "dep" && (p.HasChildWord(v, "mark", "for") || p.HasChildWord(v, "mark", "of") || p.HasChildWord(v, "mark", "against"))
                && p.Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && ObjectOf(p, g) is var o && o >= 0) return o;
            // "the opposition sees the constitution as boosting military powers": what one is seen or described as doing
            // is the object's, not the viewer's.
            if (g >= 0 && l is "advcl" or "acl" && p.HasChildWord(v, "mark", "as") && IsLemma(p, g, Regarding)
                && p.Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && ObjectOf(p, g) is var seen && seen >= 0 && seen < v) return seen;
            // "Kenya on Thursday signed a protocol" parsed as a modifier of Kenya: a clause with an object that
            // modifies a noun (and has no subject) is done by that noun, as "the roads leading into X" lead there.
            // (A noun's participle, "rebel-held areas", is not: only a name, a threat or pledge ("the Kenyan threat
            // to cut ties"), or a noun the parser could not attach the verb to at all, "jets were bombing ..." as an
            // unlabelled dependent.)
            // "... when Russian and Syrian warplanes were bombing rebel-held areas" with the noun and the verb both
            // left as unlabelled dependents of the same word: the noun just before the verb (past its auxiliaries) is its subject.
            if (g >= 0 && l == "dep" && p.Child(v, "obj") >= 0)
            {
                int k = v - 1;
                while (k >= 0 && p.Tag(k) is "AUX" or "ADV" or "PART") k--;
                if (k >= 0 && p.Head(k) == g && p.Label(k) == "dep" && p.Tag(k) is "NOUN" or "PROPN") return k;
            }
            // "the US is on the verge of suspending": the copular noun's subject acts.
            if (g >= 0 && l == "acl" && IsLemma(p, g, BrinkNouns) && p.Child(g, "nsubj") is var brinkSubj && brinkSubj >= 0) return brinkSubj;
            if (g >= 0 && p.Child(v, "obj") >= 0 && ((l == "acl" && (p.Tag(g) == "PROPN" || IsLemma(p, g, ThreatNouns) || IsLemma(p, g, IntentNouns))) || (l == "dep" && p.Tag(g) is "NOUN" or "PROPN"))) return g;
            if (g < 0 || l is not ("xcomp" or "conj" or "advcl")) return -1;
            // A finite adverbial clause ("when jets were shelling") has a subject of its own, if the parser lost it.
            if (l == "advcl" && AdjacentSubject(p, v) is var near && near >= 0) return near;
            // "forced Ukraine to withdraw": the complement of a verb with an object is done by the object (also when
            // the parser took the to-infinitive for a purpose clause, "helped Somali troops to attack" as advcl).
            if ((l == "xcomp" || (l == "advcl" && p.HasChildWord(v, "mark", "to"))) && IsLemma(p, g, ObjectControl) && ObjectOf(p, g) is var controller && controller >= 0) return controller;
            // "claiming the resolutions imposed on Libya", "found the town destroyed": a participle said of the object is
            // done to it, by someone the sentence does not name, not by whoever claims or finds.
            if (l == "xcomp" && p.Word(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && p.Child(v, "mark") < 0 && p.Child(v, "aux") < 0
                && p.Child(g, "obj") is var said && said >= 0 && said < v) return -1;
            // "..., a rights group said on Monday, as fighting with the army spread": what goes on as, while or when one
            // reports is the report's time, not the reporter's deed.
            if (l == "advcl" && IsLemma(p, g, Reporting) && p.HasChildWord(v, "mark", "as", "while", "when")) return -1;
            int s = p.Child(g, "nsubj");
            if (s >= 0) return s;
            // "is scheduled to attend", "was forced to withdraw": the passive governor's subject does the complement.
            // (Not a participle with no "to": "51 people were reported killed" were killed, by no one the clause names.)
            if (l == "xcomp" && p.Child(g, "nsubj:pass") is var passiveSubj && passiveSubj >= 0)
                return p.Child(v, "mark") < 0 && p.Word(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? -1 : passiveSubj;
            v = g;
        }
        return -1;
    }

    /// <summary>
    /// The mood a verb takes from the verbs it is the open complement of, nearest first: an "if"/"unless" clause, a modal
    /// auxiliary ("Should X decide to", "could decide to"), a likelihood or readiness ("keen to help"), a plan, a risk, or a
    /// promise above an aspect ("pledged to continue assisting").
    /// </summary>
    private static Modality GovernorMood(Parsed p, int v)
    {
        for (int t = v, hop = 0; hop < 3 && p.Label(t) == "xcomp" && p.Head(t) is var g && g >= 0; hop++, t = g)
        {
            if (p.HasChildWord(g, "mark", "if", "unless")) return Modality.Hypothetical;
            if (AuxModality(p, g) is var m && m != Modality.Asserted) return m;
            if (p.Tag(g) == "ADJ" && ModalAdjective(p.Word(g)) is var (adjModality, _) && adjModality != Modality.Asserted) return adjModality;
            if (IsLemma(p, g, Plans)) return Modality.Future;
            // ("pledged to continue assisting Iran": a promise, further up, is of what is to come; "risks fighting two
            // insurgencies": a risk is of what may happen)
            if (hop > 0 && IsLemma(p, g, Intents)) return Modality.Future;
            if (IsLemma(p, g, Risking)) return Modality.Hypothetical;
        }
        return Modality.Asserted;
    }

    /// <summary>
    /// The mood of a verb joined to <paramref name="gov"/> that has no subject and no auxiliary of its own, or that is a
    /// participle after it: the first verb's (<see cref="VerbMood"/>: "will begin withdrawing ... and release", "promised to
    /// withdraw ... and release", "is expected to visit ..., making friends by backing India").
    /// </summary>
    private static Modality ConjunctMood(Parsed p, int v, int gov)
    {
        for (int hop = 0; hop < 6; hop++)
        {
            if (p.Tag(gov) != "VERB" || !Bare(p, v)) return Modality.Asserted;
            if (p.Label(v) == "advcl" && !Participle(p, v)) return Modality.Asserted;
            // "was ready to meet but accused Belgrade of ...": a past tense joined to a to-infinitive is no infinitive,
            // but a deed of the clause above ("to" makes no past tense)
            if (p.Label(v) == "conj" && p.HasChildWord(gov, "mark", "to") && PastTense(p.Word(v))) return Modality.Asserted;
            if (VerbMood(p, gov) is var m && m != Modality.Asserted) return m;
            if (p.Label(gov) is not ("conj" or "advcl")) return Modality.Asserted;
            v = gov;
            gov = p.Head(v);
            if (gov < 0) return Modality.Asserted;
        }
        return Modality.Asserted;
    }

    /// <summary>A participle in "-ing" set after its verb with no subject, bare or after "by" ("..., making friends by backing India").</summary>
    private static bool Participle(Parsed p, int v) =>
        v > p.Head(v) && p.Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && (p.Child(v, "mark") < 0 || p.HasChildWord(v, "mark", "by"));

    private static bool SharesNegation(Parsed p, int v, int gov)
    {
        if (!Bare(p, v) || p.HasChildWord(v, "cc", "but", "yet") || p.Word(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        gov = FirstConjunct(p, gov);
        return p.Tag(gov) == "VERB" && p.Child(gov, "aux") >= 0 && IsNegated(p, gov) && !GivesReason(p, gov) && !GivesReason(p, v);
    }

    /// <summary>
    /// A "because" phrase or clause on the verb: "did not invade Kuwait ... because of Israel" denies the reason, not
    /// the deeds.
    /// </summary>
    private static bool GivesReason(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "obl" or "advcl" && (p.HasChildWord(c, "case", "because") || p.HasChildWord(c, "mark", "because"))) return true;
        return false;
    }

    /// <summary>No subject and no auxiliary of its own.</summary>
    private static bool PastTense(ReadOnlySpan<char> w) =>
        w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("eed", StringComparison.OrdinalIgnoreCase);

    private static bool Bare(Parsed p, int v) =>
        p.Child(v, "nsubj") < 0 && p.Child(v, "nsubj:pass") < 0 && p.Child(v, "aux") < 0 && p.Child(v, "aux:pass") < 0;

    /// <summary>Up a run of bare conjuncts ("invade X, threaten Y or kill Z" parsed as a chain) to the verb they share.</summary>
    private static int FirstConjunct(Parsed p, int gov)
    {
        for (int hop = 0; hop < 6 && p.Label(gov) == "conj" && Bare(p, gov) && p.Head(gov) is var up && up >= 0 && p.Tag(up) == "VERB"; hop++) gov = up;
        return gov;
    }

    private static readonly string[] TimeMarks = ["when", "once", "until", "till", "before"];

    /// <summary>A verb's mood from its own auxiliary or, as an open complement, from the plan, promise or mood above it.</summary>
    private static Modality VerbMood(Parsed p, int gov)
    {
        if (AuxModality(p, gov) is var m && m != Modality.Asserted) return m;
        int above = p.Head(gov);
        if (p.Label(gov) != "xcomp" || above < 0) return Modality.Asserted;
        if (IsLemma(p, above, Intents) || IsLemma(p, above, Plans)) return Modality.Future;
        return GovernorMood(p, gov);
    }

    private static bool IsNegated(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            // "Neither Kenya nor Uganda attacked Somalia": no one its subjects name did it (COMPOUND_23). (A dictionary
            // pattern that reads the "neither", "NEITHER *", spells the negation out in its code: see Pick.Negation.)
            if (p.Label(c) is "nsubj" or "nsubj:pass" && IsNeitherNor(p, c)) return true;
            if (p.Label(c) != "advmod") continue;
            var w = p.Word(c);
            if (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("n't", StringComparison.OrdinalIgnoreCase) || w.Equals("never", StringComparison.OrdinalIgnoreCase)) return true;
            // "could no longer ratify": what is done no more is not done.
            if (w.Equals("longer", StringComparison.OrdinalIgnoreCase) && p.HasChildWord(c, "advmod", "no")) return true;
        }
        return false;
    }

    private static bool IsNeitherNor(Parsed p, int subject)
    {
        if (p.HasChildWord(subject, "cc:preconj", "neither")) return true;
        for (int c = p.FirstChild[subject]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "conj" && p.HasChildWord(c, "cc", "nor")) return true;
        return false;
    }

    /// <summary>A "would" clause (its own auxiliary) that a verb of saying or announcing governs.</summary>
    private static bool ReportedWould(Parsed p, int v)
    {
        if (!p.HasChildWord(v, "aux", "would") || p.Label(v) != "ccomp") return false;
        int g = p.Head(v);
        return g >= 0 && IsLemma(p, g, Announcing) && !p.HasChildWord(v, "mark", "if") && !p.HasChildWord(v, "mark", "whether");
    }

    private static Modality AuxModality(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
        {
            if (p.Label(c) != "aux") continue;
            var w = p.Word(c);
            if (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase) || w.Equals("'ll", StringComparison.OrdinalIgnoreCase)) return Modality.Future;
            if (w.Equals("would", StringComparison.OrdinalIgnoreCase) || w.Equals("could", StringComparison.OrdinalIgnoreCase) || w.Equals("might", StringComparison.OrdinalIgnoreCase) || w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase)) return Modality.Hypothetical;
        }
        return Modality.Asserted;
    }

    /// <summary>
    /// What wanting, seeking or intending an act codes: force and coercion wanted are a threat (13x), cooperation an
    /// intent (03x); an investigation has no intent code in CAMEO, so the wanted inquiry is coded as the inquiry, for
    /// the future ("the inspectors want to re-examine the sites", as "pledged to investigate" is).
    /// </summary>
    private static string DesiredCode(string inner, ref Modality modality)
    {
        if (IsMaterialConflict(inner)) { modality = Modality.Threatened; return ThreatCode(inner); }
        if (inner.StartsWith("09", StringComparison.Ordinal))
        {
            if (modality == Modality.Asserted) modality = Modality.Future;
            return inner;
        }
        return IntentCode(inner);
    }

    /// <summary>The CAMEO threat that matches what is threatened.</summary>
    internal static string ThreatCode(string inner) => inner switch
    {
        _ when inner.StartsWith("164", StringComparison.Ordinal) => "134",
        _ when inner.StartsWith("165", StringComparison.Ordinal) => "135",
        _ when inner.StartsWith("166", StringComparison.Ordinal) => "136",
        _ when inner.StartsWith("163", StringComparison.Ordinal) => "1312",
        // ("threatened to recall its ambassador", "to expel French diplomats": to reduce or break relations)
        _ when inner.StartsWith("161", StringComparison.Ordinal) => "1313",
        _ when inner.StartsWith("16", StringComparison.Ordinal) => "131",
        _ when inner.StartsWith("17", StringComparison.Ordinal) => "137",
        _ when inner.StartsWith("191", StringComparison.Ordinal) => "1381",
        _ when inner.StartsWith("192", StringComparison.Ordinal) => "1382",
        _ when inner.StartsWith("18", StringComparison.Ordinal) || inner.StartsWith("19", StringComparison.Ordinal) => "138",
        _ when inner.StartsWith("20", StringComparison.Ordinal) => "138",
        _ when inner.StartsWith("14", StringComparison.Ordinal) => "133",
        _ => "130",
    };

    /// <summary>
    /// The verb that does what is done to <paramref name="obj"/>: the complement of <paramref name="predicate"/> whose
    /// object it is ("threatened to withdraw its ambassador", "agreed to exchange prisoners": the threat or the promise is
    /// coded on the governing verb, the withdrawing or exchanging is the complement's), else the predicate itself.
    /// </summary>
    private static int Doer(Parsed p, int predicate, int obj) =>
        obj >= 0 && p.Head(obj) is var verb && verb >= 0 && verb != predicate && p.Label(verb) == "xcomp" && p.Head(verb) == predicate ? verb : predicate;

    /// <summary>What the verb <paramref name="v"/> is done to: its object, or its subject in the passive; -1 when neither.</summary>
    private static int Undergoer(Parsed p, int v) => p.Child(v, "obj") is var o && o >= 0 ? o : p.Child(v, "nsubj:pass");

    /// <summary>A rebel, insurgent or militia actor ("SDNREB", "PSEREBHMS", "---INS"): armed, and no state's.</summary>
    private static bool IsArmedGroup(ActorHit h) => h.Code.Length >= 6 && h.Code.AsSpan(3, 3) is "REB" or "INS";

    /// <summary>
    /// A two-way code of the user's PETRARCH codebook ("LEFT [032:033]") whose way back found no party of its own (the
    /// target came from no object of the verb: "left for Minas on Monday", the first actor after the verb): the events
    /// just coded, turned round with the way-back code, as PETRARCH codes every pair.
    /// </summary>
    private void TurnedRound(string reverse, int from, List<Event> output)
    {
        var info = _cameo[reverse] ?? (_petrarch is { } dict && dict.Defines(reverse) ? _cameo.Unlisted(reverse) : null);
        if (info is null) return;
        for (int i = from, n = output.Count; i < n; i++)
            if (output[i] is { Source.Length: > 0, Target.Length: > 0 } e
                && !output.Exists(o => o.Source == e.Target && o.Target == e.Source && o.Code == reverse))
                output.Add(e with { Source = e.Target, Target = e.Source, SourceSpan = e.TargetSpan, TargetSpan = e.SourceSpan,
                    Code = reverse, Goldstein = info.Goldstein, QuadClass = info.QuadClass, Plover = info.Plover });
    }

    private void Emit(Parsed p, string code, int subj, int obj, int predicate, TextSpan sentence, bool negated, Modality modality,
        List<ActorHit> srcHits, List<ActorHit> tgtHits, List<Event> output, bool nominal = false, int alternative = -1, int coSubject = -1,
        bool mutual = true, bool together = false, ActorHit? struck = null)
    {
        // A lexicon code the table does not know is never emitted with made-up scores; one the verb dictionary gives is
        // its codebook's own ("[903]" in a dictionary written for other categories) and stands as written.
        var info = _cameo[code] ?? (_petrarch is { } dict && dict.Defines(code) ? _cameo.Unlisted(code) : null);
        if (info is null) return;
        srcHits.Clear(); tgtHits.Clear();
        if (subj >= 0) CollectActors(p, subj, srcHits, nominalHead: nominal && subj == predicate);
        if (!_dictionaryDecides && IsForce(code) && subj >= 0 && subj != predicate && srcHits.Count > 0) DropAimedAt(p, subj, srcHits);
        // The names before the verb only: "Lawmakers, judges and Kenya welcomed ..., the Kenyan foreign minister said"
        // hangs the verb and the minister on "Lawmakers" as two more conjuncts, and the minister did not welcome.
        if (coSubject >= 0) CollectActors(p, coSubject, srcHits, nominalHead: false, before: predicate);
        // "The Kenyan and Ugandan presidents held talks ... The two leaders agreed to reopen the border": "the two leaders",
        // "both countries" as the doers are the two sides the article last reported acting on each other.
        if (!_dictionaryDecides && subj >= 0 && srcHits.TrueForAll(IsBareRole) && TheTwo(p, subj) && p.LastDyad is { } pair && StatesOf(p, subj, pair) is { } states)
        { srcHits.Clear(); srcHits.AddRange(states); }
        // "Dutch corporate tax rates helped the company", "the Cuban law increases the time people can spend abroad": a
        // country's or firm's thing (its laws, rates, industry, investment) does nothing as that country or firm.
        if (!_dictionaryDecides && !IsForce(code) && subj >= 0 && subj != predicate && p.Tag(subj) == "NOUN" && IsLemma(p, subj, Things) && !HeadIsActor(p, subj))
            srcHits.Clear();
        // "Protests erupted in Nairobi", "thousands took to the streets": a protest whose words name no one is held by
        // protesters (the noun or a bare count names them) of the place where it is held (the stage gives them its country,
        // or drops the event when the sentence names none).
        // ("Thousands of Kenyans took to the streets": a count of a people is its people, not the state)
        if (!_dictionaryDecides && subj >= 0 && code.StartsWith("14", StringComparison.Ordinal) && !IsForce(code))
        {
            bool throng = !nominal && IsLemma(p, subj, Throngs);
            if (srcHits.Count == 0 && (throng || nominal && subj == predicate && IsLemma(p, subj, Protests) && p.Label(subj) == "nsubj"
                                                 && IsLemma(p, p.Head(subj), Happenings)))
                srcHits.Add(new ActorHit("---OPP", new TextSpan(p.Words[subj].Start, p.Words[subj].End)));
            else if (throng)
                for (int i = 0; i < srcHits.Count; i++)
                    if (srcHits[i].Code.Length == 3) srcHits[i] = srcHits[i] with { Code = srcHits[i].Code + "CVL" };
        }
        // "Kenyan workers struck for higher pay", "less likely to strike": labour that strikes, hitting no one, stops work
        // (143), no attack.
        if (!_dictionaryDecides && !nominal && obj < 0 && IsForce(code) && IsLemma(p, predicate, Strikes) && srcHits.Count > 0
            && srcHits.TrueForAll(h => h.Code.EndsWith("LAB", StringComparison.Ordinal)) && _cameo["143"] is { } walkout)
        { code = "143"; info = walkout; }
        // "A Russian missile struck an apartment block", "Israeli shells hit the camp": a country's munition striking is its
        // armed forces' doing (as "Russian drones" and "Russian warplanes" are), not the country's as a bare party.
        if (!_dictionaryDecides && IsForce(code) && subj >= 0 && subj != predicate && p.Tag(subj) == "NOUN" && IsLemma(p, subj, Projectiles)
            && srcHits.Count > 0 && srcHits.TrueForAll(h => h.Code.Length == 3 && h.Code != "IGO"))
            for (int i = 0; i < srcHits.Count; i++) srcHits[i] = srcHits[i] with { Code = srcHits[i].Code + "MIL" };
        // "A ballistic missile fired by Houthi rebels struck a neighbourhood": the munition's launcher, named in its own
        // clause, did the striking.
        if (!_dictionaryDecides && IsForce(code) && subj >= 0 && subj != predicate && srcHits.Count == 0 && IsLemma(p, subj, Projectiles)
            && Launcher(p, subj) is var firedBy && firedBy >= 0)
            CollectActors(p, firedBy, srcHits, nominalHead: false);
        // "Rioters burned government offices", "protesters looted shops and set cars on fire": property seized or destroyed by
        // protesters, rioters or a mob is a riot (145), held, like any protest, against the place it happens in.
        if (!_dictionaryDecides && code is "171" or "1712" && srcHits.Count > 0 && srcHits.TrueForAll(h => h.Code.EndsWith("OPP", StringComparison.Ordinal))
            && _cameo["145"] is { } riot)
        { code = "145"; info = riot; }
        // "The Kenyan president attacked Uganda in a television interview", "engaging in shrill public attacks over the
        // media": an attack made through an interview, a speech or the press is made in words, criticism (111), not force.
        int medium = !_dictionaryDecides && IsForce(code) && (IsLemma(p, predicate, AttackWords) ? predicate : AttackNounOf(p, predicate)) is var inWords && inWords >= 0
            ? MediumOf(p, inWords) : -1;
        if (medium >= 0 && _cameo["111"] is { } criticised) { code = "111"; info = criticised; }
        // "The embassy bombings killed 247 people", "101 people were killed in bombings in two cities": a bombing by no
        // state's or alliance's forces is a bomb set off (183), not aerial weapons (195); "the U.S. bombing of Afghanistan",
        // "NATO's bombing", "the aerial bombing of the town" stay aerial.
        // (the bombing is the predicate noun, or, for "killed in a bombing", the attack that did it)
        if (!_dictionaryDecides && code == "195" && (IsLemma(p, predicate, Bombings) ? predicate : subj >= 0 && IsLemma(p, subj, Bombings) ? subj : -1) is var bomb
            && bomb >= 0 && !HasChildLemma(p, bomb, AerialMarks)
            && !srcHits.Exists(h => IsStateBody(h.Code) || h.Code.StartsWith("IGO", StringComparison.Ordinal)) && _cameo["183"] is { } bombed)
        { code = "183"; info = bombed; }
        // "the militia said it had captured 40 soldiers": people an armed group (rebels, insurgents, militias) takes are
        // abducted (181), not detained under any law (173, a state's arrest).
        if (!_dictionaryDecides && code == "173" && srcHits.Count > 0 && srcHits.TrueForAll(IsArmedGroup) && _cameo["181"] is { } abduction)
        { code = "181"; info = abduction; }
        // "Kenyan troops massed to defend Uganda", "the army will defend the border towns": armed forces or police that
        // defend a party protect it by force of arms (074), not in words (052: "the minister defended the decision").
        if (!_dictionaryDecides && code == "052" && IsLemma(p, predicate, Defending) && srcHits.Count > 0 && srcHits.TrueForAll(h => IsForces(h.Code))
            && (obj < 0 || !IsDeed(p, obj)) && _cameo["074"] is { } armedGuard)
        { code = "074"; info = armedGuard; }
        // Force is recorded with one side unknown (ACLED's and GDELT's practice): "air strikes hit two hospitals,
        // killing six civilians" has victims and no named attacker; "gunmen from the gang stormed the suburb" an
        // attacker and no named victim. Anything else needs both sides, as PETRARCH's require_dyad.
        bool force = IsForce(code) && !negated;
        if (srcHits.Count == 0 && !force) return;
        if (obj >= 0) CollectActors(p, obj, tgtHits, nominalHead: false);
        // "expressed opposition to the referendum": the stance expressed is no party ("the opposition" with its article is).
        if (!_dictionaryDecides && obj >= 0 && !nominal && tgtHits.Count > 0 && p.Word(obj).Equals("opposition", StringComparison.OrdinalIgnoreCase)
            && p.Child(obj, "det") < 0 && p.Child(obj, "nmod:poss") < 0)
            tgtHits.RemoveAll(h => h.Span.Start == p.Words[obj].Start);
        // "the two leaders pledged to consult each other": each other is no one but the doers; with one doer named
        // ("the two leaders" of no named country), no one else is.
        if (!_dictionaryDecides && !nominal && IsReciprocal(p, obj))
        {
            if (srcHits.Count < 2) return;
            KeepMostSpecific(srcHits);
            tgtHits.Clear(); tgtHits.AddRange(srcHits);
        }
        // "Kenya sent an envoy to the region", "deployed 5,000 soldiers", "dispatched police officers": those sent are the
        // sender's own (no country named, or the sender's), no party to the act; the party they are sent to is, if named.
        // ... and so are those it withdraws or pulls back: "pulled back its forces from Sri Lanka" leaves Sri Lanka.
        // ... or returns: "refused to return two Kenyan soldiers" returns them to no one named; "to Uganda" names the party.
        // ("threatened to withdraw its ambassador from Niger", "pledged to send troops to Mali": the complement does it)
        int mover = Doer(p, predicate, obj);
        bool withdrawing = IsLemma(p, mover, Withdrawing);
        if (obj >= 0 && !nominal && tgtHits.Count > 0 && (IsLemma(p, mover, Sending) || withdrawing || IsLemma(p, mover, Returning)) && srcHits.Count > 0
            && tgtHits.TrueForAll(t => IsBareRole(t) || srcHits.Exists(s => s.Code.Length >= 3 && !s.Code.StartsWith("---", StringComparison.Ordinal) && t.Code.StartsWith(s.Code[..3], StringComparison.Ordinal))))
        {
            tgtHits.Clear();
            int to = withdrawing ? p.PrepPhrase(mover, nominal: false, "from") : p.PrepPhrase(mover, nominal: false, "to", "into", "against");
            if (to < 0) to = withdrawing ? p.PrepPhrase(obj, nominal: true, "from") : p.PrepPhrase(obj, nominal: true, "to", "into", "against");
            // ("recalled its ambassador to Israel": an envoy withdrawn leaves the country he is posted to)
            // (however parsed: "to Spain" hung on the verb)
            if (to < 0 && withdrawing && IsLemma(p, obj, Envoys))
                to = p.PrepPhrase(obj, nominal: true, "to") is var postedTo && postedTo >= 0 ? postedTo : p.PrepPhrase(mover, nominal: false, "to");
            if (to >= 0) CollectActors(p, to, tgtHits, nominalHead: false);
            tgtHits.RemoveAll(t => srcHits.Exists(s => s.Code == t.Code));
            if (tgtHits.Count == 0) return;
        }
        // "condemned Russia's annexation of four Ukrainian regions", "welcomed Kenya's decision to ...": what is judged,
        // rejected or demanded is the owner's deed; the owner is the target, not those the deed was done to.
        if (obj >= 0 && tgtHits.Count > 0 && code.Length >= 2 && code[..2] is "05" or "10" or "11" or "12"
            && (IsLemma(p, obj, JudgedDeeds) || NounCode(p, obj, out _)) && p.Child(obj, "nmod:poss") is var deedOwner && deedOwner >= 0)
        {
            var theirs = new List<ActorHit>(2);
            CollectActors(p, deedOwner, theirs, nominalHead: false);
            if (theirs.Count > 0) { tgtHits.Clear(); tgtHits.AddRange(theirs); }
            // ("condemned Smith's murder of the activist": a named owner we cannot code is still the one judged, not
            // those the deed was done to)
            else if (!_dictionaryDecides && p.Tag(deedOwner) == "PROPN") tgtHits.Clear();
        }
        // "condemned the bombing of the embassies in Kenya", "deplores these senseless acts against the American
        // embassy": force judged that no one owns is held against whoever did it, named before the noun ("the rebel
        // attack") or in its "by" phrase; those it struck are not the ones criticised (no event when no doer is named).
        // ... and so are force and coercion praised or welcomed: "welcomed the air strikes against the militants",
        // "welcomed new Uganda sanctions" praise whoever strikes or imposes them, not those struck or sanctioned.
        bool approving = code.Length >= 2 && code[..2] == "05";
        if (!_dictionaryDecides && obj >= 0 && !nominal && code.Length >= 2 && (code[..2] is "11" or "12" || approving) && !OwnedBySomeone(p, obj)
            && (IsJudgedForce(p, obj, predicate) || approving && IsCoercion(p, obj)))
        {
            var doers = new List<ActorHit>(2);
            AddPhrase(p, obj, doers, modifiersOnly: true);
            // (a country's bare name before the measure is as often the one it is aimed at, "Iran sanctions", as the one
            // imposing it: its imposer only where another is named as the aim, "US sanctions against Uganda")
            if (approving && p.PrepPhrase(obj, nominal: true, "against", "on") < 0)
                doers.RemoveAll(h => h.Code.Length == 3 && NameCompound(p, obj, h.Span));
            if (p.PrepPhrase(obj, nominal: true, "by") is var doneBy && doneBy >= 0) CollectActors(p, doneBy, doers, nominalHead: false);
            // "blamed the bombing on the Islamic State group", "linked the attack to Somali militants": the one it is laid on
            if (doers.Count == 0 && IsLemma(p, predicate, Blaming)
                && (p.PrepPhrase(obj, nominal: true, "on", "to") is var laidOn && laidOn >= 0 || (laidOn = p.PrepPhrase(predicate, nominal: false, "on", "to")) >= 0))
                CollectActors(p, laidOn, doers, nominalHead: false);
            // ("the terrorist attack", "the air raid": a word that says what kind of deed it was, or by what means, names no doer)
            doers.RemoveAll(h => DescribesDeed(p, h) || NamesMeans(p, h, obj));
            // "Russian jets bombed a market ... Turkey condemned the attack": force named again ("the attack", "this
            // strike") is the one the article last told, held against its doer.
            if (doneBy < 0 && doers.Count == 0 && IsAnaphoricDeed(p, obj) && EarlierForce(p, output, sentence, p.Words[predicate].Start, obj, doer: true) is { } earlier)
                doers.Add(earlier);
            if (doers.Count == 0) return;
            tgtHits.Clear(); tgtHits.AddRange(doers);
        }
        // "reiterates UK support for Iraq", "sought to demonstrate American support after the bombings": a stance one
        // professes is held by whoever the noun's modifiers name (the subject's side), for whom its "for/to" phrase
        // names; the holder is no target. ("welcomed Turkish support" praises its holder: not a professing verb.)
        if (!_dictionaryDecides && obj >= 0 && !nominal && tgtHits.Count > 0 && p.Tag(obj) == "NOUN" && IsLemma(p, obj, Stances)
            && (IsLemma(p, predicate, Professing) || IsLemma(p, p.Head(obj), Professing)))
        {
            int stanceStart = p.Words[obj].Start;
            tgtHits.RemoveAll(h => h.Span.Start < stanceStart);
            if (tgtHits.Count == 0)
            {
                if (p.PrepPhrase(obj, nominal: true, "for", "to", "with") is var heldFor && heldFor >= 0) CollectActors(p, heldFor, tgtHits, nominalHead: false);
                if (tgtHits.Count == 0) return;
            }
        }
        // "contributed a million Swiss francs to Australia": aid goes to whom the "to" phrase names; the object is what is
        // given, whatever its words.
        // ("... francs to Australia" hung on the object, too)
        if (obj >= 0 && !nominal && code.StartsWith("07", StringComparison.Ordinal)
            && (p.PrepPhrase(predicate, nominal: false, "to") is var toVerb && toVerb > obj ? toVerb : p.PrepPhrase(obj, nominal: true, "to")) is var recipient && recipient > obj)
        {
            var given = new List<ActorHit>(2);
            CollectActors(p, recipient, given, nominalHead: false);
            if (given.Count > 0) { tgtHits.Clear(); tgtHits.AddRange(given); }
        }
        // "suspend talks with Russia": the object is the event, its "with" phrase the target.
        if (obj >= 0 && tgtHits.Count == 0)
            for (int c = p.FirstChild[obj]; c >= 0 && tgtHits.Count == 0; c = p.NextSibling[c])
            {
                if (!p.Label(c).StartsWith("nmod", StringComparison.Ordinal)) continue;
                var cs = p.CaseOf(c);
                // "condemned an attack by Osgiliath soldiers": the doer of the event the verb is about.
                // (Not a thing's user: "to prevent access by unauthorized people" is aimed at no one in particular.)
                if (cs.Equals("by", StringComparison.OrdinalIgnoreCase)) { if (IsDeed(p, obj)) CollectActors(p, c, tgtHits, nominalHead: false); continue; }
                // "the departure of staff at Kampala": a town an act happens at is where, not to whom (force aside); so is a venue
                // ("signed the deal at the White House": no deal with USAGOV).
                if (!IsForce(code) && cs.Equals("at", StringComparison.OrdinalIgnoreCase) && (IsTown(p, c) || Verbal(code) && IsLemma(p, c, Seats))) continue;
                // "met on the sidelines of the UN General Assembly": the occasion is when and where, no party.
                if (IsLemma(p, c, Settings)) continue;
                // "seized a town on the Chinese border": where the object lies, no party (see DropBorderNeighbours).
                if (!_dictionaryDecides && IsBorderPhrase(p, c)) continue;
                // "called for the replacement of French troops with African Union troops": what replaces is no party.
                if (!_dictionaryDecides && cs.Equals("with", StringComparison.OrdinalIgnoreCase) && IsLemma(p, obj, Substitutions)) continue;
                // "talks on Syria": the topic of talks, not a party to them.
                if (IsTargetCase(cs, noTopics: IsTopicCase(cs) && IsLemma(p, obj, Topical))) CollectActors(p, c, tgtHits, nominalHead: false);
            }
        // "ambushed a convoy escorted by the Malian army", "shelled positions held by the YPG": an attack on what someone
        // guards or holds is on the guards or holders.
        if (obj >= 0 && tgtHits.Count == 0 && IsForce(code))
            for (int c = p.FirstChild[obj]; c >= 0 && tgtHits.Count == 0; c = p.NextSibling[c])
                if (p.Label(c) == "acl" && IsLemma(p, c, Guards) && p.Child(c, "obl:agent") is var guard && guard >= 0)
                    CollectActors(p, guard, tgtHits, nominalHead: false);
        // "fired artillery rounds aimed at a loudspeaker in South Korea": what the munitions were aimed at was attacked.
        if (obj >= 0 && tgtHits.Count == 0 && IsForce(code) && !_dictionaryDecides)
            for (int c = p.FirstChild[obj]; c >= 0 && tgtHits.Count == 0; c = p.NextSibling[c])
                if (p.Label(c) == "acl" && IsLemma(p, c, Aiming) && p.PrepPhrase(c, nominal: false, "at", "toward", "towards", "against") is var aimedAt && aimedAt >= 0)
                {
                    CollectActors(p, aimedAt, tgtHits, nominalHead: false);
                    // (... or the country it stands in: "at a radio mast in Uganda")
                    if (tgtHits.Count == 0 && LocativeIn(p, aimedAt) is var aimedIn && aimedIn >= 0) CollectActors(p, aimedIn, tgtHits, nominalHead: false);
                }
        // "gangs tightened their grip on the country", "the junta consolidated its hold over the north": a grip or hold named
        // with a pronoun is the doer's own, whomever the pronoun was taken for (the UN of "the UN said ..., since gangs
        // tightened their grip"); the party is the one it is held on or over.
        // (nor is the pronoun searched again for a party further down, or taken for the reporter's: see below)
        bool ownHold = !_dictionaryDecides && obj >= 0 && !nominal && IsLemma(p, obj, Holds) && p.Child(obj, "nmod:poss") is var holder && holder >= 0 && p.Tag(holder) == "PRON";
        if (ownHold)
        {
            tgtHits.Clear();
            if (p.PrepPhrase(obj, nominal: true, "on", "over") is var heldOn && heldOn >= 0) CollectActors(p, heldOn, tgtHits, nominalHead: false);
        }
        // "fired two artillery shells at Seoul": a role with no country ("shells" → ---MIL) is a weaker target
        // than an actor the oblique names.
        // ... and so are the doers' own people, named by a pronoun: "Kenya and Uganda warned their citizens about the
        // rebels" warns each its own of the rebels (COMPOUND-21), not Kenyans of Uganda.
        if (tgtHits.Count > 0 && (tgtHits.TrueForAll(IsBareRole) || IsLemma(p, predicate, Threats) && obj >= 0 && !nominal
            && p.Child(obj, "nmod:poss") is var ownPeople && ownPeople >= 0 && p.Tag(ownPeople) == "PRON"))
        {
            var found = new List<ActorHit>(2);
            if (alternative >= 0 && alternative != obj) CollectActors(p, alternative, found, nominalHead: false);
            // ... or hung on the object: "shells at Seoul"
            for (int c = obj < 0 ? -1 : p.FirstChild[obj]; c >= 0 && !found.Exists(h => !IsBareRole(h)); c = p.NextSibling[c])
            {
                if (p.Label(c) != "nmod") continue;
                // ("warned their people about the Prince": the one warned of, hung on those warned)
                if (IsTargetCase(p.CaseOf(c), noTopics: true) || IsLemma(p, predicate, Threats) && p.CaseOf(c).Equals("about", StringComparison.OrdinalIgnoreCase))
                { found.Clear(); CollectActors(p, c, found, nominalHead: false); }
            }
            if (found.Exists(h => !IsBareRole(h))) { tgtHits.Clear(); tgtHits.AddRange(found); }
            // "Russia launched 87 drones and two missiles at the country": weapons launched or fired are what was used;
            // taken for armed men ("drones": ---MIL), they are no target.
            else if (!_dictionaryDecides && obj >= 0 && p.Label(obj) == "obj" && IsLemma(p, predicate, Firing) && IsLemma(p, obj, Projectiles)
                     && tgtHits.TrueForAll(h => Projectiles.Contains(h.Span.Of(p.Document.Text))))
                tgtHits.Clear();
        }
        // "Ukraine's air force said it shot down 45 of the drones": weapons brought down are no armed men ("drones": ---MIL);
        // they are the weapons of the force the article told in their name, so the force is against its doer.
        // ("shot down 38 of the 45 drones fired by Russia": the weapons a count is of)
        int weapons = obj >= 0 && p.Tag(obj) == "NUM" && p.PrepPhrase(obj, nominal: true, "of") is var counted && counted >= 0 ? counted : obj;
        if (!_dictionaryDecides && IsForce(code) && tgtHits.Count > 0 && tgtHits.TrueForAll(h => IsBareRole(h) && Projectiles.Contains(h.Span.Of(p.Document.Text))))
        {
            int weapon = p.FirstAfter(tgtHits[0].Span.Start);
            tgtHits.Clear();
            if (weapon < p.Words.Length && (weapons < 0 || Launcher(p, weapons) < 0) && EarlierForce(p, output, sentence, p.Words[predicate].Start, weapon, doer: true) is { } launcher
                && !srcHits.Exists(h => h.Code == launcher.Code))
                tgtHits.Add(launcher);
        }
        // "shot down several drones launched by the Houthis": weapons brought down are those of the launcher their own
        // clause names.
        if (!_dictionaryDecides && IsForce(code) && tgtHits.Count == 0 && weapons >= 0 && IsLemma(p, weapons, Projectiles) && Launcher(p, weapons) is var launchedBy && launchedBy >= 0)
        {
            CollectActors(p, launchedBy, tgtHits, nominalHead: false);
            tgtHits.RemoveAll(h => srcHits.Exists(s => s.Code == h.Code));
        }
        // "suspend talks with Russia" parsed with the oblique on the verb.
        if (tgtHits.Count == 0 && alternative >= 0 && alternative != obj) CollectActors(p, alternative, tgtHits, nominalHead: false);
        // "Boko Haram claimed responsibility for the attack", "Islamic State claimed the bombing": force named again is the
        // one the article last told; the claim is about whom it struck, and so is a denial ("denied any involvement in the
        // attack", 016).
        if (!_dictionaryDecides && tgtHits.Count == 0 && code is "015" or "016" && !nominal && ClaimedDeed(p, predicate, obj) is var claimedDeed && claimedDeed >= 0
            && IsJudgedForce(p, claimedDeed, predicate) && IsAnaphoricDeed(p, claimedDeed)
            && EarlierForce(p, output, sentence, p.Words[predicate].Start, claimedDeed, doer: false) is { } struckBefore)
            tgtHits.Add(struckBefore);
        if (tgtHits.Count == 0 && struck is { } hitBefore) tgtHits.Add(hitBefore);
        // "Hamas vowed to retaliate for the attack", "vowed revenge for the Israeli strike", "retaliated for the shelling":
        // a reprisal, threatened or done, is aimed at whoever did the deed it answers.
        if (!_dictionaryDecides && tgtHits.Count == 0 && (IsForce(code) || code.StartsWith("13", StringComparison.Ordinal)) && !nominal
            && AnsweredDeed(p, predicate, obj) is var answered && answered >= 0 && IsJudgedForce(p, answered, predicate) && !OwnedBySomeone(p, answered))
        {
            AddPhrase(p, answered, tgtHits, modifiersOnly: true);
            if (p.PrepPhrase(answered, nominal: true, "by") is var answeredBy && answeredBy >= 0) CollectActors(p, answeredBy, tgtHits, nominalHead: false);
            tgtHits.RemoveAll(h => DescribesDeed(p, h) || NamesMeans(p, h, answered));
            if (answeredBy < 0 && tgtHits.Count == 0 && IsAnaphoricDeed(p, answered)
                && EarlierForce(p, output, sentence, p.Words[predicate].Start, answered, doer: true) is { } answeredDoer)
                tgtHits.Add(answeredDoer);
            tgtHits.RemoveAll(t => srcHits.Exists(s => s.Code == t.Code));
        }
        // "will inspect the refineries in Iran": a facility stands for the country (or group) it is in; so does a
        // summit or conference one attends or visits ("to attend a summit in Uganda", PETRARCH's ATTEND [042]).
        // (Not a gathering held: "X, Y and Z held a meeting in New York" meet each other, not the host.)
        if (tgtHits.Count == 0 && obj >= 0 && (IsLemma(p, obj, Facilities) || code.StartsWith("04", StringComparison.Ordinal) && IsLemma(p, obj, Gatherings) && !IsLemma(p, predicate, Launch))
            && LocativeIn(p, obj) is var facilityIn && facilityIn >= 0)
            CollectActors(p, facilityIn, tgtHits, nominalHead: false);
        // "pledged 50 million euros in humanitarian aid for Sudan": aid, given or promised, is for its recipient; "issued
        // arrest warrants for two officers": a warrant is for the one to be arrested; "expressed appreciation for Kenya's
        // assistance": thanks, praise and sympathy are for whom the "for" phrase names.
        if (tgtHits.Count == 0 && (code.StartsWith("07", StringComparison.Ordinal) || code.StartsWith("033", StringComparison.Ordinal) || code == "173"
                                   || code is "013" or "018" || code.StartsWith("05", StringComparison.Ordinal)))
            foreach (int head in (ReadOnlySpan<int>)[obj, predicate])
            {
                if (head < 0 || tgtHits.Count > 0) continue;
                for (int c = p.FirstChild[head]; c >= 0 && tgtHits.Count == 0; c = p.NextSibling[c])
                    if (p.Label(c) is "nmod" or "obl" && p.CaseOf(c).Equals("for", StringComparison.OrdinalIgnoreCase))
                        CollectActors(p, c, tgtHits, nominalHead: false);
                // ... hung on the aid noun itself ("50 million euros in aid for Sudan")
                for (int c = p.FirstChild[head]; c >= 0 && tgtHits.Count == 0; c = p.NextSibling[c])
                    if (p.Label(c) is "nmod" or "obl" && IsLemma(p, c, AidNouns))
                        for (int f = p.FirstChild[c]; f >= 0 && tgtHits.Count == 0; f = p.NextSibling[f])
                            if (p.Label(f) == "nmod" && p.CaseOf(f).Equals("for", StringComparison.OrdinalIgnoreCase)) CollectActors(p, f, tgtHits, nominalHead: false);
            }
        // "recaptured the town of Harardhere from al-Shabaab", "seized the tanker from Iran": who it was taken from;
        // "withdrew from the border town of Badme": the country left (a town the gazetteer knows stands for it).
        // ... also when the object names a place or a building ("liberated the Syrian town of Dabiq from ISIL control",
        // "seize the hospital complex from ISIL fighters"): the party it was taken from is the one acted on.
        if (!_dictionaryDecides && !nominal && tgtHits.Count > 0 && (code.StartsWith("192", StringComparison.Ordinal) || code.StartsWith("171", StringComparison.Ordinal))
            && FromPhrase(p, predicate, obj) is var heldBy && heldBy >= 0)
        {
            var holders = new List<ActorHit>(2);
            CollectActors(p, heldBy, holders, nominalHead: false);
            if (holders.Count > 0) { tgtHits.Clear(); tgtHits.AddRange(holders); }
        }
        if (tgtHits.Count == 0 && (code.StartsWith("192", StringComparison.Ordinal) || code.StartsWith("171", StringComparison.Ordinal) || code.StartsWith("087", StringComparison.Ordinal))
            && FromPhrase(p, predicate, obj) is var takenFrom && takenFrom >= 0)
        {
            CollectActors(p, takenFrom, tgtHits, nominalHead: false);
            if (tgtHits.Count == 0 && code.StartsWith("087", StringComparison.Ordinal) && _iso3.Count > 0 && p.Document.Has(Layer.Places))
                PlaceIn(p, takenFrom, p.Document.Places, tgtHits);
            // ("withdrew from a base in northern Mali": the country the place left lies in)
            if (tgtHits.Count == 0 && code.StartsWith("087", StringComparison.Ordinal) && LocativeIn(p, takenFrom) is var leftIn && leftIn >= 0)
            {
                CollectActors(p, leftIn, tgtHits, nominalHead: false);
                if (tgtHits.Count == 0 && _iso3.Count > 0 && p.Document.Has(Layer.Places)) PlaceIn(p, leftIn, p.Document.Places, tgtHits);
            }
        }
        // (the medium words went through is no party they were aimed at: "attacks over the media")
        if (medium >= 0) tgtHits.RemoveAll(h => h.Span.Start >= p.Words[medium].Start && h.Span.End <= p.Words[medium].End);
        // "Kenyan troops drove the rebels out of the town": armed men driven out are fought (190), not a people expelled (201,
        // the dictionary's DRIVE OUT); "drove thousands of villagers from their homes" stays an expulsion.
        if (!_dictionaryDecides && code == "201" && tgtHits.Count > 0 && tgtHits.TrueForAll(h => IsArmed(h.Code)) && _cameo["190"] is { } fought)
        { code = "190"; info = fought; }
        // "suspending the discussion" with no party named: the one the article last named for its talks.
        if (tgtHits.Count == 0 && obj >= 0 && IsLemma(p, obj, Negotiations) && p.TalksParty is { } party)
            foreach (var h in party) if (!srcHits.Exists(x => x.Code[..Math.Min(3, x.Code.Length)] == h.Code[..Math.Min(3, h.Code.Length)])) tgtHits.Add(h);
        // "The truce was brokered by Qatar": mediation with no party named is between the two the article last reported
        // acting on each other (not a guest and host: "The Kenyan minister visited Uganda. The truce was brokered by
        // Tanzania" mediated nothing between Kenya and Uganda).
        if (tgtHits.Count == 0 && code.StartsWith("045", StringComparison.Ordinal) && p.LastDyad is { } mediated && !p.LastDyadVisited)
            foreach (var h in mediated) if (!srcHits.Exists(x => x.Code[..Math.Min(3, x.Code.Length)] == h.Code[..3])) tgtHits.Add(h);
        // "Cambodia accused Thailand of violating the truce. Thailand denied the accusation": denying an accusation or a
        // charge with no one named answers the one who last accused the denier.
        if (!_dictionaryDecides && tgtHits.Count == 0 && obj >= 0 && !nominal && code.StartsWith("016", StringComparison.Ordinal) && IsLemma(p, obj, Charges)
            && p.LastAccusation is { SourceSpan: { } accuserSpan } accusation && srcHits.Exists(h => h.Code.Length >= 3 && accusation.Target.StartsWith(h.Code[..3], StringComparison.Ordinal)))
            tgtHits.Add(new ActorHit(accusation.Source, accuserSpan));
        // "Armenia and Azerbaijan signed a peace agreement ... The European Union welcomed the agreement": approving an
        // agreement or a truce with no party named approves the two sides the article last reported acting on each other.
        if (tgtHits.Count == 0 && obj >= 0 && !nominal && code == "051" && p.Tag(obj) == "NOUN"
            && (IsLemma(p, obj, Agreements) || IsLemma(p, obj, Truces)) && p.Child(obj, "nmod:poss") < 0 && p.LastDyad is { } approved && !p.LastDyadVisited)
            foreach (var h in approved) if (!srcHits.Exists(x => x.Code[..Math.Min(3, x.Code.Length)] == h.Code[..Math.Min(3, h.Code.Length)])) tgtHits.Add(h);
        // ("both countries" are the countries themselves, whichever of their arms acted: ETHMIL → ETH)
        if (tgtHits.Count == 0 && BothSides(p, obj) && p.LastDyad is { } dyad)
            foreach (var h in dyad)
                if (!srcHits.Exists(x => x.Code[..Math.Min(3, x.Code.Length)] == h.Code[..3]))
                    tgtHits.Add(IsLemma(p, obj, Countries) ? h with { Code = h.Code[..3] } : h);
        // "Russia vetoed a draft resolution on Syria": only the UN Security Council's members veto resolutions, so a
        // resolution vetoed with no party named is rejected at the UN.
        if (tgtHits.Count == 0 && obj >= 0 && IsLemma(p, predicate, Vetoing) && IsLemma(p, obj, Resolutions)
            && !srcHits.Exists(h => h.Code.StartsWith("IGOUNO", StringComparison.Ordinal)))
            tgtHits.Add(new ActorHit("IGOUNO", p.Words[obj]));
        // "signed an accord to supply Uganda with wheat": the one the agreed act is for.
        if (tgtHits.Count == 0 && !nominal && AgreedClause(p, predicate, obj) is var agreed && agreed >= 0)
        {
            int agreedParty = p.Child(agreed, "obj");
            if (agreedParty < 0) agreedParty = p.Child(agreed, "iobj");
            if (agreedParty >= 0) CollectActors(p, agreedParty, tgtHits, nominalHead: false);
        }
        // "welcomed a resumption of ties with Uganda", "called for a boycott against Uganda": further down.
        // (With the user's PETRARCH codebook, PETRARCH's first actor after the verb comes before our reading down the
        // phrases: "left for Minas Tirith for meetings ... with Arnor" goes to Minas Tirith.)
        if (_dictionaryDecides && tgtHits.Count == 0 && !nominal && srcHits.Count > 0 && !IsLemma(p, predicate, Assembling)) FirstActorAfter(p, predicate, obj, srcHits, tgtHits);
        if (tgtHits.Count == 0 && !nominal && !ownHold)
        {
            DeepTarget(p, predicate, obj, tgtHits, IsForce(code), Verbal(code));
            // (the doer's own words found further down are not the one acted on: "killed at the hands of the militia")
            if (!_dictionaryDecides) tgtHits.RemoveAll(t => srcHits.Exists(s => s.Code == t.Code));
        }
        // "police fired tear gas to disperse the crowds": a crowd that force or repression is used on is people of no named
        // sector, civilians (not an actor elsewhere: "crowds gathered to welcome him" names no party).
        if (tgtHits.Count == 0 && !nominal && obj >= 0 && code.Length >= 2 && code[..2] is "17" or "18" or "19" or "20" && IsLemma(p, obj, Crowds))
            tgtHits.Add(new ActorHit("---CVL", p.Words[obj]));
        // "Pakistan said Afghan fighters had fired on its border posts": what "its" owns is the reporter's ("its troops"
        // are the reporter's country's troops). (Not with the user's PETRARCH codebook: PETRARCH resolves no pronoun, and
        // "after crowds burned down its embassy" has no known owner there.)
        // (Not a grip or hold of the doers' own: "the UN said ..., since gangs tightened their grip on the country".)
        if (!_dictionaryDecides && tgtHits.TrueForAll(IsBareRole) && !ownHold)
            foreach (int arg in (ReadOnlySpan<int>)[obj, alternative])
            {
                if (arg < 0 || p.Child(arg, "nmod:poss") is not (>= 0 and var owner) || !IsOwnerPronoun(p, owner)) continue;
                // ("said Armenia must first change its constitution": what a named country does to "its" thing, short of
                // force, is done to its own; force is rarely used on one's own: "said Afghanistan had fired on its posts")
                if (!IsForce(code) && subj >= 0 && p.Tag(subj) == "PROPN" && p.Word(owner).Equals("its", StringComparison.OrdinalIgnoreCase) && srcHits.Count > 0) break;
                if (ReportersActor(p, predicate, subj) is not { } who) break;
                // "Ankara would not allow a corridor on its border": "its" is the doer's own, no other party. (Not a state's
                // forces and that country's rebels: "the RSF said army warplanes had bombed its positions" is against the RSF.)
                if (srcHits.Exists(h => h.Code.Length >= 3 && h.Code[..3] == who.Code[..3] && !CivilWarSides(h, who))) break;
                if (tgtHits.Count == 0) tgtHits.Add(who);
                else Qualify(tgtHits, who.Code[..3]);
                break;
            }
        // "Russia's Defense Ministry said its forces had carried out a massive strike": so are the doers "its" owns.
        if (!_dictionaryDecides && subj >= 0 && srcHits.Count > 0 && srcHits.TrueForAll(IsBareRole)
            && p.Child(subj, "nmod:poss") is >= 0 and var doersOwner && IsOwnerPronoun(p, doersOwner)
            && ReportersActor(p, nominal && p.Head(predicate) >= 0 ? p.Head(predicate) : predicate, subj) is { } reporters)
            Qualify(srcHits, reporters.Code[..3]);
        // "a drone strike hit a crowded market ..., killing at least 26 civilians": those the attack killed or wounded are
        // its victims when the object names no one in particular. With no doer named, a bare country is no one in
        // particular either ("hit a market in Ethiopia's Amhara region, killing 26 civilians" is against ETHCVL, not ETH)
        // where the victims are its own people. (A named doer's killing is an event of its own: "Russian jets bombed
        // Syria's Idlib province, killing 12 civilians" is 195 SYR and 202 SYRCVL.)
        bool doerNamed = srcHits.Exists(h => !IsBareRole(h));
        if (IsForce(code) && (tgtHits.Count == 0 || tgtHits.TrueForAll(IsBareRole) || !doerNamed && tgtHits.TrueForAll(h => h.Code.Length == 3)))
        {
            int verb = nominal ? p.Head(predicate) : predicate;
            for (int c = verb < 0 ? -1 : p.FirstChild[verb]; c >= 0; c = p.NextSibling[c])
            {
                if (p.Label(c) is not ("advcl" or "conj") || !p.Word(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !IsLemma(p, c, Casualties)) continue;
                int victims = p.Child(c, "obj");
                if (victims < 0) continue;
                var found = new List<ActorHit>(2);
                CollectActors(p, victims, found, nominalHead: false);
                bool countryOnly = tgtHits.Count > 0 && !tgtHits.TrueForAll(IsBareRole);
                if (countryOnly && !found.TrueForAll(f => f.Code.Length > 3 && tgtHits.Exists(t => f.Code.StartsWith(t.Code, StringComparison.Ordinal)))) break;
                if (found.Count > 0 && (tgtHits.Count == 0 || !found.TrueForAll(IsBareRole))) { tgtHits.Clear(); tgtHits.AddRange(found); }
                break;
            }
        }
        // "a chemical attack on Douma", "shelled Kramatorsk": a place hit by force, with no actor named, stands for its
        // country, as CAMEO codes "shelled Aleppo" SYR (the gazetteer knows towns no actor dictionary lists).
        // (Only for a doer named as someone's: "a drone strike on Amhara" by no one in particular stays one-sided.)
        if (tgtHits.Count == 0 && IsForce(code) && _iso3.Count > 0 && srcHits.Exists(h => !IsBareRole(h))) PlaceTarget(p, predicate, obj, tgtHits);
        // "activists staged a protest in Beijing": a protest with no one named as its object is against the
        // place it is held in; so is a show of force ("conducting military exercises in Alaska").
        if (tgtHits.Count == 0 && (code.StartsWith("14", StringComparison.Ordinal) || code.StartsWith("15", StringComparison.Ordinal)))
        {
            int at = LocativeIn(p, predicate);
            if (at < 0 && obj >= 0) at = LocativeIn(p, obj);
            if (at >= 0) CollectActors(p, at, tgtHits, nominalHead: false);
            // (a town no actor lexicon lists stands for its country through the gazetteer: "looted shops in Port-au-Prince")
            if (at >= 0 && tgtHits.Count == 0 && _iso3.Count > 0 && p.Document.Has(Layer.Places)) PlaceIn(p, at, p.Document.Places, tgtHits);
            // (Not where a clause of the protest names another country's party: "marched in Istanbul, burning Serbian
            // flags to protest the killings by Serb police" is against Serbia, not Turkey; "protested in Beijing,
            // unfurling Free Tibet banners" still against China.)
            if (!_dictionaryDecides && !nominal && tgtHits.Count > 0 && ClauseParties(p, predicate) is { Count: > 0 } named
                && !named.Exists(n => tgtHits.Exists(t => t.Code.Length >= 3 && n.Code.StartsWith(t.Code[..3], StringComparison.Ordinal))))
                tgtHits.Clear();
        }
        // "imposed a curfew in Maputo", "Bangladesh cut mobile internet services": a curfew, a state of emergency or a
        // restriction of freedoms (1721-1724) with no one named is on the people of the place it is imposed in, else on
        // the imposer's own people (a state restricts those it governs).
        if (!_dictionaryDecides && tgtHits.Count == 0 && code is "1721" or "1723" or "1724" && NamesRestriction(p, obj))
        {
            int at = LocativeIn(p, predicate);
            if (at < 0 && obj >= 0) at = LocativeIn(p, obj);
            if (at >= 0) CollectActors(p, at, tgtHits, nominalHead: false);
            tgtHits.RemoveAll(IsBareRole);
            if (tgtHits.Count == 0 && srcHits.Find(h => !IsBareRole(h)) is { Code.Length: >= 3 } imposer)
                tgtHits.Add(new ActorHit(imposer.Code[..3] + "CVL", imposer.Span));
            else if (tgtHits.Count > 0 && tgtHits[0].Code.Length == 3) tgtHits[0] = tgtHits[0] with { Code = tgtHits[0].Code + "CVL" };
        }
        // "Xi arrived in Belgrade for a state visit": a visit with no one named as its object is to the country of the
        // town one arrives in (the host); one's own country is no host ("arrived back in Beijing"). Only officials visit:
        // refugees or troops arriving somewhere are no visit ("2,000 refugees arrived in Greece").
        if (!_dictionaryDecides && !nominal && tgtHits.Count == 0 && code == "042" && IsLemma(p, predicate, Arriving) && srcHits.Exists(IsOfficial)
            // (a visit made is the object: "made his remarks in Doha at the start of a regional trip" made no visit to Doha)
            && (!IsLemma(p, predicate, Making) || obj >= 0 && IsLemma(p, obj, VisitNouns))
            // (the place on the verb, or on the visit made: "made a brief stopover in Islamabad")
            && (LocativeIn(p, predicate) is var onVerb && onVerb >= 0 ? onVerb : obj >= 0 ? LocativeIn(p, obj) : -1) is var visited && visited >= 0)
        {
            CollectActors(p, visited, tgtHits, nominalHead: false);
            if (tgtHits.Count == 0 && _iso3.Count > 0 && p.Document.Has(Layer.Places)) PlaceIn(p, visited, p.Document.Places, tgtHits);
            tgtHits.RemoveAll(t => srcHits.Exists(s => s.Code.Length >= 3 && t.Code.StartsWith(s.Code[..3], StringComparison.Ordinal)));
        }
        // "Brazil and the United States met": a meeting or talks of coordinated actors with no other party is
        // mutual, one event each way between every pair; so are agreements, material cooperation ("seek to deepen
        // their partnership") and the intent to either. (Not aid, praise or the like: "X and Y pledged aid" is
        // rarely to each other.)
        // (Not the way back of a two-way code: "enjoyed support from Moscow and Beijing" is no support between them.)
        // "accused each other", "attacked one another": whatever the act, the coordinated actors did it to each other.
        // So did coordinated actors to "their" thing ("Kenya and Uganda postponed their meeting": with each other).
        // (Not those who merely gather in one place: "Kenyan and Ugandan troops assembled at the border".)
        // (Nor a joint act not done: "Chile and Peru refused to sign the convention", "could no longer ratify it" is
        // a stand the two take together on a third party's text, rarely a deal with each other.)
        // (Not a body's own round of gatherings: "the Fund and the Bank held their annual meetings" meet no one but their
        // members; "postponed their meeting", one meeting, still is the two's.)
        if (!_dictionaryDecides && IsOwnGatherings(p, nominal ? predicate : obj)) mutual = false;
        if (mutual && tgtHits.Count == 0 && (IsMutual(code) && !negated && !IsLemma(p, predicate, Assembling) && !DoneToAThing(p, code, obj, nominal) || IsLemma(p, predicate, Clashes) || IsLemma(p, Doer(p, predicate, obj), Exchanges) || IsReciprocal(p, obj) || IsTheirs(p, obj) || together) && srcHits.Count >= 2)
        {
            KeepMostSpecific(srcHits);
            // "George Bush and James Baker, secretary of state, agreed that ...": one country's leaders and government
            // agreeing or meeting are one side, no dyad between themselves (unless told so: "accused each other").
            if (_dictionaryDecides || IsReciprocal(p, obj) || !OneGovernment(srcHits)) tgtHits.AddRange(srcHits);
        }
        // Last, with the user's PETRARCH codebook, PETRARCH's own reading of a verb phrase: the first actor named in it
        // after the verb, whatever the preposition ("welcomed memos from Bree", "criticised the closure of guest houses
        // in Bree"). Not on our own reading: on news most of these targets are wrong ("arrived in Washington", "left
        // for consultations with Syria", "would be allowed to leave Iraq").
        // (Not where people gather: "troops assembled in Kenya" consult no one there.)
        if (_dictionaryDecides && tgtHits.Count == 0 && !nominal && srcHits.Count > 0 && !IsLemma(p, predicate, Assembling)) FirstActorAfter(p, predicate, obj, srcHits, tgtHits);
        // ... and with nothing after the verb but a clause, the clause's subject: "believes that Sylvania can cope",
        // "allowed that Marsovia is no pleasant place" (PETRARCH's reading too: "disclosed that Kuwait's reserves ..."),
        // "expressed hopes that Sylvania could be drawn in".
        // (Not a question: "asked whether Russia would attack" asks nothing of Russia.)
        if (_dictionaryDecides && tgtHits.Count == 0 && !nominal && srcHits.Count > 0 && (obj >= 0 && ContentClause(p, obj) is var ofObject && ofObject >= 0 ? ofObject : p.Child(predicate, "ccomp")) is var clause
            && clause > predicate && !p.HasChildWord(clause, "mark", "whether", "if"))
        {
            int said = p.Child(clause, "nsubj");
            if (said < 0) said = p.Child(clause, "nsubj:pass");
            if (said >= 0 && !IsPersonalPronoun(p, said))
            {
                CollectActors(p, said, tgtHits, nominalHead: false);
                tgtHits.RemoveAll(h => srcHits.Exists(s => s.Code == h.Code));
            }
            // ... else the first actor the clause names ("said he has deep satisfaction toward Gondor", "said that an arms
            // embargo against Mordor would not work"), as PETRARCH reads the verb's phrase.
            for (int t = predicate + 1; tgtHits.Count == 0 && t < p.RunEnd[predicate]; t++)
            {
                // (a name that only modifies a noun is read with it: "the Mordor police")
                if (p.Tag(t) is not ("NOUN" or "PROPN") || p.Label(t) is "compound" or "flat" || !p.IsUnder(t, clause)) continue;
                CollectActors(p, t, tgtHits, nominalHead: false);
                tgtHits.RemoveAll(h => srcHits.Exists(s => s.Code == h.Code));
            }
        }
        if (!_dictionaryDecides && !IsMaterialConflict(code) && DropsCraft(p, sentence, srcHits, tgtHits)) return;
        // "the ministry did not answer when contacted by Reuters", "media may contact the press office": news outlets
        // reaching someone are gathering news, not consulting a party.
        // "Kenyan troops came under fire from al-Shabaab militants": fire from armed men is their attack (190); from
        // lawmakers or the press it stays the dictionary's criticism (111, "the minister came under fire from MPs").
        if (!_dictionaryDecides && code == "111" && IsLemma(p, predicate, ComeWords) && srcHits.Count > 0 && srcHits.TrueForAll(h => IsArmed(h.Code))
            && p.PrepPhrase(predicate, nominal: false, "under") is var under && under >= 0 && p.Word(under).Equals("fire", StringComparison.OrdinalIgnoreCase))
            code = "190";
        if (!_dictionaryDecides && IsLemma(p, predicate, Reaching) && srcHits.Count > 0 && srcHits.TrueForAll(h => h.Code.EndsWith("MED", StringComparison.Ordinal))) return;
        if (!_dictionaryDecides && code.StartsWith("04", StringComparison.Ordinal) && IsPrivateTrip(p, predicate, subj, srcHits)) return;
        // ... nor does the place that hosts or welcomes them ("Turkey hosted 2.6 million British visitors").
        if (!_dictionaryDecides && code.StartsWith("04", StringComparison.Ordinal) && IsLemma(p, predicate, Hosting) && Guests(p, obj) is var guests
            && guests >= 0 && IsPrivatePeople(p, guests, tgtHits)) return;
        // ... nor one that hosts a thing ("companies hosting Syrian Government websites"): whose the thing is makes its
        // owner no guest.
        if (!_dictionaryDecides && code.StartsWith("04", StringComparison.Ordinal) && obj >= 0 && !nominal && tgtHits.Count > 0 && p.Tag(obj) == "NOUN"
            && tgtHits.TrueForAll(h => h.Span.End <= p.Words[obj].Start) && IsLemma(p, predicate, Hosting) && IsLemma(p, obj, HostedThings)) return;
        if (!_dictionaryDecides) { srcHits.RemoveAll(h => DescribesDeed(p, h) || UnownedMission(p, h) || IsStanceOpposition(p, h) || NamedForAFight(p, h) || NamedGathering(p, h)); tgtHits.RemoveAll(h => sentence.Contains(h.Span) && (DescribesDeed(p, h) || UnownedMission(p, h) || IsStanceOpposition(p, h) || NamedForAFight(p, h))); }
        // "negotiators would need to consult with their national governments": a government of no named country that the
        // doers' own pronoun owns is their own, no other party. (Not an army: "would withdraw its army from X" is still
        // a withdrawal.)
        if (!_dictionaryDecides && !IsMaterialConflict(code) && srcHits.Count > 0)
            tgtHits.RemoveAll(h => h.Code == "---GOV" && OwnedByPronoun(p, h));
        // "In Havana, hundreds of children marched chanting ...", "people take to the streets of Madrid to carry on the
        // tradition": the protesters' own country, named only as where they protest, is not what they protest against (a
        // rally may as well be for the state), nor is the place of protesters of no named country ("teachers went on strike
        // in Nairobi": they are Kenya's, below); a party the protest names ("against the government"), or a foreign
        // country it is held in ("Kenyan activists staged a protest in Uganda"), is; so is the verb's own object. (A riot,
        // 145, is violence, on the place as force is: "Protesters looted shops in Haiti's capital" HTIOPP 145 HTI.)
        // Nor is one's own country a host, whatever the words: "Obama plans to meet the families when he travels to
        // Connecticut", "the defense secretary flew to visit U.S. service members" visit no one (as "arrived back in
        // Beijing" does not, above); nor are a state's own forces, or forces of no named country, that its officials
        // visit or welcome ("returned from a visit with military commanders in Saudi Arabia", "the marines were welcomed
        // home by the prime minister").
        bool visit = code is "042" or "043";
        if (!_dictionaryDecides && (visit || code.StartsWith("14", StringComparison.Ordinal) && !code.StartsWith("145", StringComparison.Ordinal)))
            tgtHits.RemoveAll(t => t.Code.Length == 3 && srcHits.Exists(s => SameCountry(s.Code, t.Code) || !visit && s.Code.StartsWith("---", StringComparison.Ordinal))
                                   && (visit || !(obj >= 0 && sentence.Contains(t.Span) && p.FirstAfter(t.Span.Start) is var w && (w == obj || p.Head(w) == obj && p.Label(w) != "nmod")))
                                   || visit && IsForces(t.Code) && srcHits.Exists(s => IsStateBody(s.Code) && (IsBareRole(t) || SameCountry(s.Code, t.Code))));
        // Dyads only, as PETRARCH's require_dyad, except for force (above) and protest: "thousands of people protested in
        // Nairobi", "teachers went on strike" are demonstrations with no party named (ACLED's protests mostly name none).
        // (what is protested against may be a thing: "protested against the finance bill" is still a protest; what is
        // demonstrated or rallied as an object is no protest: "demonstrated its commitment", "to rally support")
        bool demonstration = tgtHits.Count == 0 && !force && !negated && code.StartsWith("14", StringComparison.Ordinal) && Demonstration(p, predicate, obj);
        if (tgtHits.Count == 0 && !force && !(demonstration && srcHits.Exists(IsProtester))) return;
        if (srcHits.Count == 0 && tgtHits.Count == 0) return;
        KeepMostSpecific(srcHits); KeepMostSpecific(tgtHits);
        ReporterRole(p, predicate, srcHits);
        QualifyDomestic(p, predicate, subj, obj, srcHits, tgtHits, placeDecides: TakesPlaceCountry(code) && SentenceNamesPlace(p, sentence));
        if (!_dictionaryDecides) { CounterpartRole(p.Text, srcHits, tgtHits); CounterpartRole(p.Text, tgtHits, srcHits); }
        // "the command, which controls all Iraqi security forces", "the government controls every aspect of its citizens'
        // lives": a body that runs its own country's forces or people governs them; no party cooperates with another (the
        // dictionary's OVERSEE_MANAGE, 060).
        if (!_dictionaryDecides && code == "060" && IsLemma(p, predicate, Managing) && srcHits.Count > 0 && tgtHits.Count > 0
            && tgtHits.TrueForAll(t => IsBareRole(t) || srcHits.Exists(s => s.Code.Length >= 3 && t.Code.Length >= 3 && s.Code[..3] == t.Code[..3]))) return;
        // "Bush ordered US troops to invade", "was expected to authorize naval commanders to use force": a state that
        // orders, authorises or sends its own country's forces (or forces of no named country) commands them; no party
        // demands of, appeals to or yields to another. What the forces are told to do is coded from its own clause
        // ("troops to invade Panama"); so is what it wants of them ("Italy wants the marines to be tried at home"). (An
        // IGO or another country's body giving the order is still a demand.) Likewise a
        // show of force (15x) on its own forces held nowhere: "put their militaries on alert", "continued to increase its
        // armed forces" name no one the force is shown to (forces increased "in Lebanon" are shown there).
        // ("deploy 45,000 Marines to back up the troops already there": what those sent are sent to do for their own
        // side is the sender's command too)
        if (!_dictionaryDecides && (!IsMaterialConflict(code) && (IsLemma(p, predicate, Commanding) || SendingPurpose(p, predicate))
                                    || code.StartsWith("15", StringComparison.Ordinal) && LocativeIn(p, predicate) < 0 && (obj < 0 || LocativeIn(p, obj) < 0))
            && srcHits.Count > 0 && tgtHits.Count > 0
            && tgtHits.TrueForAll(t => IsForces(t.Code) && srcHits.Exists(s => IsStateBody(s.Code) && (IsBareRole(t) || SameCountry(s.Code, t.Code)))
                                       // (so does a leader his own armed men: "the rebel leader ordered all his fighters to withdraw")
                                       || IsArmed(t.Code) && OwnedByPronoun(p, t))) return;
        if (!IsMaterialConflict(code)) OwnPeople(p, obj, srcHits, tgtHits);
        if (!_dictionaryDecides) DoersOwnPeople(p, obj, srcHits, tgtHits);
        var predSpan = p.Words[predicate];
        int before = output.Count;
        // One side alone must say something: a country's or group's armed men ("---MIL" is anyone's soldiers;
        // civilians are victims, not attackers), or victims of a kind (civilians, a country's rebels); never a bare
        // country, which may only be where it happened ("Yemen: Air strikes on Hodeidah port kill 12").
        // (People of no named country in a sentence that names a place wait for the event's place: the stage gives them
        // its country, or drops the event. So do soldiers struck by no one named: "a car bomb killed 15 soldiers in
        // Beledweyne" is against Somalia's army.)
        if (srcHits.Count == 0)
            foreach (var t in tgtHits)
            {
                if (t.Code.Length > 3 && (!t.Code.StartsWith("---", StringComparison.Ordinal)
                                          || (EventStage.IsLocalRole(t.Code) || StruckSoldiers(p, t, code, sentence)) && SentenceNamesPlace(p, sentence)))
                    Add(null, t);
            }
        else if (tgtHits.Count == 0)
        {
            // ... and what they did it to, when named, is someone or somewhere ("the program was killed by the
            // Pentagon" is no violence).
            // ("opened fire on the convoy": what the fire was aimed at)
            int aimed = obj >= 0 && IsLemma(p, obj, Munitions) && (p.PrepPhrase(predicate, nominal: false, "on", "at", "upon") is var firedOn && firedOn >= 0
                || (firedOn = p.PrepPhrase(obj, nominal: true, "on", "at", "upon")) >= 0) ? firedOn : obj;
            // ("took control of the town", "seized control of the airport": what control was taken of)
            if (aimed == obj && obj >= 0 && IsLemma(p, obj, Holds) && p.PrepPhrase(obj, nominal: true, "of", "over") is var controlled && controlled >= 0) aimed = controlled;
            if (aimed >= 0 && !Targetable(p, aimed) && !demonstration) return;
            // (Unlike victims, doers of no named country are not given one by the place: "fighters ... gathered" in a
            // sentence about Miami are no one's.)
            // (Nor those the actor layer gave the country of the sentence's place or of the article: "fears of more
            // terrorist attacks in the region", "the terrorist facilities the U.S. raided in Sudan" name no doer.)
            // (Protesters are: "thousands of people protested in Nairobi" are Kenyans who protest, and protesters of no named
            // country take the protest's place's, or the event goes, in the stage.)
            foreach (var s in srcHits)
            {
                if (s.Code.Length > 3 && (demonstration ? IsProtester(s) : !s.Code.StartsWith("---", StringComparison.Ordinal) && !s.Code.EndsWith("CVL", StringComparison.Ordinal)
                                          && (!IsUnnamed(p, s) || OwnedByPronoun(p, s, groupsOnly: true)))) Add(s, null);
            }
        }
        else
            foreach (var s in srcHits)
                foreach (var t in tgtHits) if (t.Code != s.Code) Add(s, t);

        void Add(ActorHit? s, ActorHit? t)
        {
            for (int i = before; i < output.Count; i++)
                if (output[i].Source == (s?.Code ?? "") && output[i].Target == (t?.Code ?? "") && output[i].Code == code) return;
            // The evidence stays in the sentence: a target remembered from an earlier one keeps its own span.
            var evidence = s is { } ss && sentence.Contains(ss.Span) ? predSpan.Union(ss.Span) : predSpan;
            if (t is { } tt && sentence.Contains(tt.Span)) evidence = evidence.Union(tt.Span);
            output.Add(new Event(evidence, s?.Code ?? "", t?.Code ?? "", code, info.Goldstein, info.QuadClass, info.Plover,
                negated, modality, s?.Span, t?.Span, sentence));
        }
    }

    // (the layer items near a span, for the lookups below; one list a thread)
    [ThreadStatic] private static List<int>? _near;

    private static bool SentenceNamesPlace(Parsed p, TextSpan sentence)
    {
        if (!p.Document.Has(Layer.Places)) return false;
        var places = p.Document.Places;
        var near = _near ??= new List<int>();
        SpanIndex<Place>.Starting(places, pl => pl.Span, sentence.Start, sentence.End - 1, near);
        foreach (int i in near) if (sentence.Contains(places[i].Span)) return true;
        return false;
    }

    /// <summary>
    /// The actors of the first phrase with a target preposition ("with", "against", "between", ...) found under the
    /// object or an oblique of <paramref name="predicate"/>, at most three phrases down, not entering clauses.
    /// </summary>
    private void DeepTarget(Parsed p, int predicate, int obj, List<ActorHit> hits, bool force = false, bool verbal = false)
    {
        Span<(int Node, int Depth)> queue = stackalloc (int, int)[32];
        int n = 0;
        if (obj >= 0) queue[n++] = (obj, 0);
        for (int c = p.FirstChild[predicate]; c >= 0 && n < queue.Length; c = p.NextSibling[c])
            if (c != obj && p.Label(c).StartsWith("obl", StringComparison.Ordinal)) queue[n++] = (c, 0);
        // "bans on travel to Canada against four officers in the Russian military": an "against" phrase names whom
        // the act is aimed at, before any other party-naming preposition at whatever depth.
        int fallback = -1;
        for (int c = p.FirstChild[predicate]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c).StartsWith("obl", StringComparison.Ordinal) && p.CaseOf(c).Equals("against", StringComparison.OrdinalIgnoreCase))
            {
                CollectActors(p, c, hits, nominalHead: false);
                if (hits.Count > 0) return;
            }
        for (int i = 0; i < n; i++)
        {
            var (node, depth) = queue[i];
            for (int c = p.FirstChild[node]; c >= 0; c = p.NextSibling[c])
            {
                if (p.Label(c) != "nmod") continue;
                // ("kidnapped the woman near the border with Niger": where the object was, no party, nor what lies below it;
                // see DropBorderNeighbours)
                if (!_dictionaryDecides && IsBorderPhrase(p, c)) continue;
                var cs = p.CaseOf(c);
                // ("captured by the battalion with the aid of intelligence officers": a helper)
                if (cs.Equals("with", StringComparison.OrdinalIgnoreCase) && IsLemma(p, c, AidNouns)) continue;
                // ("the replacement of French troops with African Union troops": a substitute)
                if (!_dictionaryDecides && cs.Equals("with", StringComparison.OrdinalIgnoreCase)
                    && (IsLemma(p, node, Substitutions) || p.Head(node) is var replaced && replaced >= 0 && IsLemma(p, replaced, Substitutions))) continue;
                // Not "on"/"over" this far down: "talks on Syria" names the topic, not a party.
                if (cs.Equals("against", StringComparison.OrdinalIgnoreCase))
                {
                    CollectActors(p, c, hits, nominalHead: false);
                    if (hits.Count > 0) return;
                }
                // ("the departure of staff from the embassy at Islamabad": where the facility stands, no party)
                else if (fallback < 0 && (cs.Equals("between", StringComparison.OrdinalIgnoreCase) || IsTargetCase(cs, noTopics: true))
                         && !(cs.Equals("at", StringComparison.OrdinalIgnoreCase) && (IsLemma(p, node, Facilities) || !force && IsTown(p, c) || verbal && IsLemma(p, c, Seats)))
                         // ("called in the EU envoy to Delhi": where an envoy is posted is no party)
                         && !(cs.Equals("to", StringComparison.OrdinalIgnoreCase) && IsLemma(p, node, Envoys)) && HasActor(p, c, hits))
                    fallback = c;
                if (depth < 2 && n < queue.Length) queue[n++] = (c, depth + 1);
            }
        }
        if (fallback >= 0) CollectActors(p, fallback, hits, nominalHead: false);
    }

    private static readonly HashSet<string> Settings = new(StringComparer.OrdinalIgnoreCase) { "sideline", "sidelines", "margin", "margins", "fringe", "fringes", "eve" };

    private static readonly HashSet<string> Envoys = new(StringComparer.OrdinalIgnoreCase)
        { "envoy", "ambassador", "emissary", "representative", "consul", "delegate", "delegation", "mission", "embassy" };

    [ThreadStatic] private static List<int>? PhraseWords;

    /// <summary>
    /// The actors of the first noun, in text order, of the object's phrase or the verb's obliques (their
    /// prepositional phrases and participles included, at most three phrases down, not clauses of their own, nor the
    /// topic of talks, nor phrases of time, comparison or circumstance) that names someone other than the source.
    /// </summary>
    /// <summary>
    /// The that-clause an object noun introduces ("expressed hopes that Osgiliath could be drawn in", however parsed), or -1.
    /// </summary>
    private static int ContentClause(Parsed p, int noun)
    {
        for (int c = p.FirstChild[noun]; c >= 0; c = p.NextSibling[c])
            if (c > noun && p.Label(c) is "acl" or "acl:relcl" or "ccomp" && p.HasChildWord(c, "mark", "that")) return c;
        return -1;
    }

    /// <summary>
    /// PETRARCH's reading of a passive with no "by" phrase, with the user's codebook only: the one acted on is the
    /// subject, and the first actor named after the verb is the doer ("Sylvania was scolded over its quarrel with
    /// Freedonia": Freedonia scolded Sylvania). The phrase's head, or -1. Not on our own reading: on news the actor
    /// after the verb is rarely the doer ("was arrested in Kenya").
    /// </summary>
    private int PassiveSourceAfter(Parsed p, int v, int obj)
    {
        var acted = new List<ActorHit>(2);
        CollectActors(p, obj, acted, nominalHead: false);
        return acted.Count == 0 ? -1 : FirstActorAfter(p, v, -1, acted, new List<ActorHit>(2));
    }

    private int FirstActorAfter(Parsed p, int predicate, int obj, List<ActorHit> srcHits, List<ActorHit> hits)
    {
        var words = PhraseWords ??= new List<int>(32);
        words.Clear();
        for (int c = p.FirstChild[predicate]; c >= 0; c = p.NextSibling[c])
            if (c > predicate && (c == obj || p.Label(c).StartsWith("obl", StringComparison.Ordinal)
                                  && !(obj >= 0 && IsTopicCase(p.CaseOf(c)) && IsLemma(p, obj, Topical))
                                  && !IsAdverbial(p, c)
                                  // ("marched very close to the border with Mordor": the phrase hung on an adverb of place)
                                  || p.Label(c) == "advmod" && p.Child(c, "obl") >= 0
                                  || ParticipleAfter(p, c) || PurposeInPhrase(p, c)
                                  // ("has begun to question whether ... with the Morgul Orcs" by "* (TO QUESTION)": a to-infinitive
                                  // with no code of its own that the verb's pattern read is part of the verb's phrase)
                                  || p.Label(c) == "xcomp" && p.Tag(c) == "VERB" && p.HasChildWord(c, "mark", "to") && !TryVerbCode(p, c, out _)
                                     && TryVerbCode(p, predicate, out var own) && own.Patterned)) Nouns(p, c, words, 0);
        if (words.Count == 0) return -1;
        words.Sort();
        var found = new List<ActorHit>(2);
        foreach (var t in words)
        {
            found.Clear();
            // (with the names coordinated with it: "ties between Gondor and Osgiliath")
            CollectActors(p, t, found, nominalHead: false);
            found.RemoveAll(h => srcHits.Exists(s => s.Code == h.Code));
            // ("paid in French francs", "breached the Iraqi lines": a country named only to say whose thing it is, no
            // party; "an anti-Kenyan march" is against Kenya)
            if (p.Tag(t) == "NOUN") found.RemoveAll(h => h.Code.Length == 3 && !h.Span.Contains(p.Words[t]) && !AfterAnti(p.Text, h.Span.Start));
            if (found.Count == 0) continue;
            hits.AddRange(found);
            return t;
        }
        return -1;

        void Nouns(Parsed p, int t, List<int> words, int depth)
        {
            if (p.Tag(t) is "NOUN" or "PROPN") words.Add(t);
            if (depth >= 3) return;
            // ("called for an investigation into attacks on civilians": those attacked are the attack's, not the call's)
            if (depth > 0 && p.Tag(t) == "NOUN" && NounCode(p, t, out var deed) && IsMaterialConflict(deed)) return;
            for (int c = p.FirstChild[t]; c >= 0; c = p.NextSibling[c])
            {
                var l = p.Label(c);
                if (!(l is "nmod" or "acl" or "obl" or "obj" or "conj" or "appos" || l.StartsWith("nmod:", StringComparison.Ordinal) || l.StartsWith("obl:", StringComparison.Ordinal)
                      || l == "ccomp" && p.Label(t) == "xcomp")) continue;
                // ("talks on Somalia": the topic of talks is no party to them)
                if (l == "nmod" && IsTopicCase(p.CaseOf(c)) && IsLemma(p, t, Topical)) continue;
                if (IsAdverbial(p, c)) continue;
                Nouns(p, c, words, depth + 1);
            }
        }
    }

    /// <summary>
    /// A bare participle in -ing that goes on the verb's phrase, with no subordinator ("tapped the links leading into
    /// Mordor", "rescheduled his mushroom hunting trip in the Downs" as the parser hangs them on the verb): part of
    /// the phrase PETRARCH reads after the verb ("after leaving X", "while visiting X" are not).
    /// </summary>
    private static bool ParticipleAfter(Parsed p, int c) =>
        p.Label(c) == "advcl" && p.Tag(c) == "VERB" && p.Word(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && p.Child(c, "mark") < 0 && p.Child(c, "aux") < 0 && p.Words[c].Start > 0 && !PrecededByComma(p, c);

    private static bool PrecededByComma(Parsed p, int c)
    {
        int i = p.Words[c].Start;
        while (i > 0 && p.Text[i - 1] == ' ') i--;
        return i > 0 && p.Text[i - 1] == ',';
    }

    private static bool AfterAnti(string text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] is '-' or ' ') i--;
        return i >= 4 && text.AsSpan(i - 4, 4).Equals("anti", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A phrase of time, comparison or circumstance ("since the Ugandan election", "as an envoy to Kenya", "alongside
    /// Kenyan ships", "because of rebel attacks"): it says when or how, never whom the act is done to.
    /// </summary>
    private static bool IsAdverbial(Parsed p, int node) =>
        p.Label(node) is "obl:tmod" or "obl:npmod" || IsAdverbialCase(p.CaseOf(node));

    private static bool IsAdverbialCase(ReadOnlySpan<char> cs) =>
        cs.Equals("as", StringComparison.OrdinalIgnoreCase) || cs.Equals("like", StringComparison.OrdinalIgnoreCase) || cs.Equals("than", StringComparison.OrdinalIgnoreCase)
        || cs.Equals("despite", StringComparison.OrdinalIgnoreCase) || cs.Equals("since", StringComparison.OrdinalIgnoreCase) || cs.Equals("after", StringComparison.OrdinalIgnoreCase)
        || cs.Equals("before", StringComparison.OrdinalIgnoreCase) || cs.Equals("until", StringComparison.OrdinalIgnoreCase) || cs.Equals("during", StringComparison.OrdinalIgnoreCase)
        || cs.Equals("unlike", StringComparison.OrdinalIgnoreCase) || cs.Equals("alongside", StringComparison.OrdinalIgnoreCase) || cs.Equals("including", StringComparison.OrdinalIgnoreCase)
        || cs.Equals("because", StringComparison.OrdinalIgnoreCase) || cs.Equals("besides", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "the airline bought twelve jets", "the aircraft can fly to Lima", "the plane was greeted by 400 guests": an
    /// aircraft the role lexicon files as military is a party to force, protest or coercion only; in any other act it is
    /// a thing made, sold, flown or shown, not the armed forces. Drops such parties; true when a side is left empty.
    /// (A doer remembered from an earlier sentence's force, "Russian jets bombed ... condemned the attack", stays.)
    /// </summary>
    private static bool DropsCraft(Parsed p, TextSpan sentence, List<ActorHit> srcHits, List<ActorHit> tgtHits)
    {
        int sources = srcHits.Count, targets = tgtHits.Count;
        srcHits.RemoveAll(h => IsCraft(p, h));
        tgtHits.RemoveAll(h => sentence.Contains(h.Span) && IsCraft(p, h));
        return sources > 0 && srcHits.Count == 0 || targets > 0 && tgtHits.Count == 0;
    }

    /// <summary>A party named by an aircraft ("jets", "Russian aircraft", "aircraft from the Brazilian" joined to its country).</summary>
    private static bool IsCraft(Parsed p, ActorHit h)
    {
        var craft = Actors.ActorCoder.Aircraft.GetAlternateLookup<ReadOnlySpan<char>>();
        int lo = 0, hi = p.Words.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (p.Words[mid].Start < h.Span.Start) lo = mid + 1; else hi = mid; }
        for (int i = lo; i < p.Words.Length && p.Words[i].End <= h.Span.End; i++)
            if (craft.Contains(p.Words[i].SliceOf(p.Text))) return true;
        return false;
    }

    /// <summary>
    /// "U.S. citizens who travel to Algeria", "a Polish builder comes to the UK", "tourists flock to Crete": people of a
    /// country named by a common noun, holding no office, who go somewhere make no visit (CAMEO's visits are those of
    /// states, officials and organisations: "Poland's president came to London" is one).
    /// </summary>
    private static bool IsPrivateTrip(Parsed p, int predicate, int subj, List<ActorHit> srcHits)
    {
        if (subj < 0 || srcHits.Count == 0 || !IsLemma(p, predicate, Trips)) return false;
        // ("citizens who travel": the relative pronoun's noun.)
        if (p.Tag(subj) == "PRON" && p.Label(predicate) == "acl:relcl") subj = p.Head(predicate);
        return IsPrivatePeople(p, subj, srcHits);
    }

    /// <summary>Visitors of no office that a place hosts ("a total of 2 million British visitors", "tourists"), or -1.</summary>
    private static int Guests(Parsed p, int obj)
    {
        if (obj < 0) return -1;
        if (IsLemma(p, obj, Amounts))
            for (int c = p.FirstChild[obj]; c >= 0; c = p.NextSibling[c])
                if (p.Label(c) == "nmod" && p.CaseOf(c).Equals("of", StringComparison.OrdinalIgnoreCase)) { obj = c; break; }
        return IsLemma(p, obj, Visitors) ? obj : -1;
    }

    private static readonly HashSet<string> Amounts = new(StringComparer.OrdinalIgnoreCase) { "total", "number", "influx", "wave", "million", "thousand", "hundred" };
    private static readonly HashSet<string> Visitors = new(StringComparer.OrdinalIgnoreCase)
        { "visitor", "tourist", "traveller", "traveler", "holidaymaker", "pilgrim", "passenger", "backpacker", "holiday-maker" };

    private static readonly HashSet<string> Hosting = new(StringComparer.OrdinalIgnoreCase) { "host", "welcome", "receive", "attract" };

    /// <summary>People of a country named by a common noun or a plural demonym, holding no office, among <paramref name="hits"/>.</summary>
    private static bool IsPrivatePeople(Parsed p, int who, List<ActorHit> hits)
    {
        if (who < 0 || hits.Count == 0) return false;
        // ("Israelis coming to Sinai": a people named by its plural demonym, which the actor layer codes as the country;
        // not "the Israelis came for talks", a delegation)
        bool demonym = p.Tag(who) == "PROPN" && p.Word(who).EndsWith("s", StringComparison.Ordinal) && p.Child(who, "flat") < 0
            && p.Child(who, "compound") < 0 && p.Child(who, "det") < 0;
        if (p.Tag(who) != "NOUN" && !demonym) return false;
        // Those who travel, not whoever the parser hung on them ("the Department of State urges U.S. citizens who travel"
        // with the department read as the citizens' owner).
        var span = p.Words[who];
        bool any = false;
        foreach (var h in hits)
        {
            if (!h.Span.Overlaps(span)) continue;
            any = true;
            if (!(h.Code.Length == 3 || h.Code.EndsWith("CVL", StringComparison.Ordinal))) return false;
        }
        return any ? !demonym || hits.TrueForAll(h => h.Code.Length == 3) : !demonym && hits.TrueForAll(h => h.Code.Length == 3 || h.Code.EndsWith("CVL", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> Trips = new(StringComparer.OrdinalIgnoreCase)
        { "come", "go", "travel", "fly", "arrive", "head", "flock", "move", "visit", "return" };

    // (Mediation is between others, never with one's co-mediator: "France and the United States, which brokered the
    // agreement" mediated between no one named.)
    // (Those who travel together visit no one of their number: "police and soldiers have arrived in the area", 042.)
    private static bool IsMutual(string code) =>
        code.StartsWith("04", StringComparison.Ordinal) && !code.StartsWith("045", StringComparison.Ordinal) && code != "042" || code == "050" || code.StartsWith("057", StringComparison.Ordinal) || code.StartsWith("06", StringComparison.Ordinal) || code.StartsWith("087", StringComparison.Ordinal) || code.StartsWith("035", StringComparison.Ordinal)
        || code.StartsWith("031", StringComparison.Ordinal) || code.StartsWith("032", StringComparison.Ordinal) || code.StartsWith("036", StringComparison.Ordinal)
        // ("Armenia and Azerbaijan agreed to sign a peace treaty": the intent to settle, as the signing, is with each other)
        || code.StartsWith("037", StringComparison.Ordinal);

    /// <summary>
    /// Coordinated actors who cooperate, help or promise by doing something to a thing of their own ("the ministry and
    /// the charities organised events", "every state court and every family court would award custody") did it to no
    /// one, least of all each other; only meetings and signings (04, 057) are with one another whatever their object,
    /// and cooperation named as such is shared ("expanded their trade", "held joint exercises", "deepened ties").
    /// </summary>
    private static bool DoneToAThing(Parsed p, string code, int obj, bool nominal)
    {
        // ("agreed on Sunday to a ceasefire": a day taken for the object is when, nothing done to)
        if (nominal || obj < 0 || p.Tag(obj) != "NUM" && IsDate(p, obj) || code.StartsWith("04", StringComparison.Ordinal)) return false;
        // "Poland and the Czech Republic signed papers of accession to NATO": each one's own joining, no deal between them.
        if (code.StartsWith("057", StringComparison.Ordinal)) return NamesAccession(p, obj);
        if (IsLemma(p, obj, SharedWork) || IsLemma(p, obj, Agreements) || IsLemma(p, obj, Negotiations)) return false;
        for (int c = p.FirstChild[obj]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "amod" && IsLemma(p, c, SharedMarks)) return false;
        return true;
    }

    private static readonly HashSet<string> Accessions = new(StringComparer.OrdinalIgnoreCase) { "accession", "membership", "admission" };

    /// <summary>A signed text that is one's joining of a body: "papers of accession", "the membership protocol".</summary>
    private static bool NamesAccession(Parsed p, int obj)
    {
        if (IsLemma(p, obj, Accessions)) return true;
        for (int c = p.FirstChild[obj]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "compound" or "amod" || p.Label(c).StartsWith("nmod", StringComparison.Ordinal))
                if (IsLemma(p, c, Accessions)) return true;
        return false;
    }

    private static readonly HashSet<string> SharedWork = new(StringComparer.OrdinalIgnoreCase)
    {
        "cooperation", "co-operation", "collaboration", "ties", "relations", "relationship", "partnership", "alliance", "trade",
        "exercise", "drill", "manoeuvre", "maneuver", "patrol", "operation", "project", "venture", "programme", "program",
        "dialogue", "contacts", "coordination", "co-ordination", "links", "friendship", "bond", "ceasefire", "cease-fire", "truce",
        "armistice", "peace", "settlement", "reconciliation", "normalisation", "normalization", "exchange", "swap",
    };

    private static readonly HashSet<string> SharedMarks = new(StringComparer.OrdinalIgnoreCase)
        { "joint", "bilateral", "mutual", "common", "shared", "combined", "reciprocal" };

    private static bool HasCasualtyClause(Parsed p, int n)
    {
        for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c).StartsWith("acl", StringComparison.Ordinal) && IsLemma(p, c, Casualties)) return true;
        return false;
    }

    private static readonly HashSet<string> Kin = new(StringComparer.OrdinalIgnoreCase)
        { "family", "families", "relative", "relatives", "widow", "widows", "parent", "parents", "orphan", "orphans", "kin" };
    private static readonly HashSet<string> Bombings = new(StringComparer.OrdinalIgnoreCase) { "bombing" };
    private static readonly HashSet<string> Explosions = new(StringComparer.OrdinalIgnoreCase) { "explosion", "blast" };
    private static readonly HashSet<string> AccidentSources = new(StringComparer.OrdinalIgnoreCase)
        { "gas", "cylinder", "boiler", "methane", "propane", "firework", "fireworks", "pipeline", "tanker", "fuel", "furnace", "transformer", "industrial", "accidental" };

    /// <summary>An explosion or blast of an accident's making ("a gas explosion", "a boiler blast", "a gas cylinder blast").</summary>
    private static bool AccidentalBlast(Parsed p, int n)
    {
        if (p.Tag(n) != "NOUN" || !IsLemma(p, n, Explosions)) return false;
        for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "compound" or "amod" && IsLemma(p, c, AccidentSources)) return true;
        return false;
    }

    private static readonly HashSet<string> Blasts = new(StringComparer.OrdinalIgnoreCase) { "explosion", "blast", "bomb", "detonation" };
    private static readonly HashSet<string> Mines = new(StringComparer.OrdinalIgnoreCase) { "bomb", "mine", "landmine", "IED", "explosive", "explosives" };

    /// <summary>A bomb, a mine or an explosive device ("an improvised explosive device"), as a vehicle may run into one.</summary>
    private static bool IsBombOrMine(Parsed p, int n) =>
        p.Tag(n) is "NOUN" or "PROPN" && (IsLemma(p, n, Mines) || p.Word(n).Equals("device", StringComparison.OrdinalIgnoreCase) && HasChildLemma(p, n, Explosives)
            // ("hit a land mine" with "mine" tagged the pronoun and "land" the object)
            || p.Word(n).Equals("land", StringComparison.OrdinalIgnoreCase) && n + 1 < p.Words.Length && IsWord(p, n + 1, "mine", "mines"));

    private static readonly HashSet<string> Explosives = new(StringComparer.OrdinalIgnoreCase) { "explosive" };

    /// <summary>A bomb's attack: a bomb set off (183), or the kind its noun names ("a car bomb" 1832, "a roadside bomb" 1833).</summary>
    private string BombCode(Parsed p, int bomb) =>
        NounCode(p, bomb, out var named) && named.StartsWith("183", StringComparison.Ordinal) ? named : "183";
    private static readonly HashSet<string> AerialMarks = new(StringComparer.OrdinalIgnoreCase) { "aerial", "air", "carpet", "aircraft", "plane", "jet" };

    /// <summary>True when a modifier of <paramref name="n"/> (an adjective or a noun compounded with it) is one of <paramref name="set"/>.</summary>
    private static bool HasChildLemma(Parsed p, int n, HashSet<string> set)
    {
        for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "amod" or "compound" && IsLemma(p, c, set)) return true;
        return false;
    }

    private static readonly HashSet<string> Managing = new(StringComparer.OrdinalIgnoreCase)
        { "control", "command", "govern", "run", "head", "lead", "manage", "direct", "administer", "oversee", "rule" };

    private static readonly HashSet<string> Commanding = new(StringComparer.OrdinalIgnoreCase)
        { "order", "command", "instruct", "direct", "tell", "authorize", "authorise", "allow", "permit", "approve", "send", "dispatch", "deploy", "want", "wish" };

    /// <summary>A "to" clause of purpose on a verb of sending with those it sends ("deployed troops to reinforce the
    /// garrison"; not "moved to disband the forces", a step taken).</summary>
    private static bool SendingPurpose(Parsed p, int v) =>
        p.Label(v) is "advcl" or "xcomp" && p.Head(v) is var sent && sent >= 0 && IsLemma(p, sent, Sending) && p.Child(sent, "obj") >= 0 && p.HasChildWord(v, "mark", "to");

    /// <summary>A state's armed forces, police or spies ("USAMIL", "---MIL").</summary>
    private static bool IsForces(string code) => code.Length >= 6 && code.AsSpan(3, 3) is "MIL" or "COP" or "SPY";

    /// <summary>A country ("KEN") or its government, legislature, armed forces or police, of a named country or none.</summary>
    private static bool IsStateBody(string code) =>
        code.Length == 3 && code != "---" && !code.StartsWith("IGO", StringComparison.Ordinal)
        || code.Length >= 6 && code.AsSpan(3, 3) is "GOV" or "LEG" or "MIL" or "COP";

    private static bool SameCountry(string a, string b) =>
        a.Length >= 3 && b.Length >= 3 && !a.StartsWith("---", StringComparison.Ordinal) && a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3));

    // A state's leadership: its government and its leaders of no office named (an army, a legislature or a court may well
    // face the government: "Congress and the White House agreed a budget" is a deal between two).
    private static readonly HashSet<string> Leadership = new(StringComparer.Ordinal) { "GOV", "ELI" };

    /// <summary>
    /// All of <paramref name="hits"/> are the leadership (see <see cref="Leadership"/>) of one named country. (A leader of
    /// no country named may be another's: "the Prime Minister and President Hollande discussed co-operation" on a
    /// British government page.)
    /// </summary>
    private static bool OneGovernment(List<ActorHit> hits)
    {
        string? country = null;
        foreach (var h in hits)
        {
            if (h.Code.Length != 6 || !Leadership.Contains(h.Code[3..])) return false;
            var of = h.Code[..3];
            if (of is "---" or "IGO" or "NGO" or "IMG" or "MNC" || country is not null && country != of) return false;
            country = of;
        }
        return country is not null;
    }

    /// <summary>"US" and "US commander" in one phrase: keep USAMIL, drop the bare USA it refines.</summary>
    private static void KeepMostSpecific(List<ActorHit> hits)
    {
        if (hits.Count < 2) return;
        hits.RemoveAll(h => hits.Exists(o => o.Code.Length > h.Code.Length && o.Code.StartsWith(h.Code, StringComparison.Ordinal)));
    }

    /// <summary>Actors of an argument and of its coordinated conjuncts ("Russia and Syria", "Russian and Syrian warplanes").</summary>
    private void CollectActors(Parsed p, int head, List<ActorHit> hits, bool nominalHead, int before = int.MaxValue)
    {
        int first = hits.Count;
        AddPhrase(p, head, hits, nominalHead);
        if (!_dictionaryDecides) DropBrokers(p, head, hits, first);
        // "gave money to the families of Palestinian fighters", "paid compensation to the families of the Ugandan
        // soldiers": kin are civilians of their people's country, not the fighters or the soldiers themselves.
        // (Not where a death or injury hangs on the kin word, as the parser often hangs it: "the families of the soldiers
        // killed in the attack" tells of soldiers killed.)
        if (!_dictionaryDecides && hits.Count > first && IsLemma(p, head, Kin) && p.PrepPhrase(head, nominal: true, "of") >= 0 && !HasCasualtyClause(p, head))
            for (int i = first; i < hits.Count; i++)
                if (hits[i].Code.Length >= 3 && !hits[i].Code.StartsWith("IGO", StringComparison.Ordinal) && !hits[i].Code.StartsWith("NGO", StringComparison.Ordinal)
                    && !hits[i].Code.StartsWith("IMG", StringComparison.Ordinal))
                    hits[i] = hits[i] with { Code = hits[i].Code[..3] + "CVL" };
        // (An event noun's conjuncts are other events or misparses, not its doers: "strike ..., witnesses say".)
        if (nominalHead) return;
        int own = hits.Count;
        for (int c = p.FirstChild[head]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "conj" && c < before && !Gapped(p, head, c))
            {
                int from = hits.Count;
                AddPhrase(p, c, hits, false);
                ShareQualifiers(p, head, c, hits, first, own, from);
            }
    }

    /// <summary>
    /// "A series of Kenyan airstrikes against rebel fighters this week killed 20 militants": those an attack named as the
    /// subject was aimed at ("against", "on" the attack, or on the "series" or "wave" it is counted in) are its target,
    /// not its doers.
    /// </summary>
    private void DropAimedAt(Parsed p, int subj, List<ActorHit> hits)
    {
        int attack = IsAttackNoun(p, subj) ? subj : p.PrepPhrase(subj, nominal: true, "of") is var counted && counted >= 0 && IsAttackNoun(p, counted) ? counted : -1;
        if (attack < 0) return;
        foreach (int holder in (ReadOnlySpan<int>)[subj, attack == subj ? -1 : attack])
        {
            if (holder < 0) continue;
            for (int c = p.FirstChild[holder]; c >= 0; c = p.NextSibling[c])
            {
                if (p.Label(c) != "nmod" || !(p.CaseOf(c) is var cs && (cs.Equals("against", StringComparison.OrdinalIgnoreCase) || cs.Equals("on", StringComparison.OrdinalIgnoreCase)))) continue;
                int lo = c, hi = c;
                while (lo > 0 && p.IsUnder(lo - 1, c)) lo--;
                while (hi + 1 < p.Words.Length && p.IsUnder(hi + 1, c)) hi++;
                int from = p.Words[lo].Start, to = p.Words[hi].End;
                hits.RemoveAll(h => h.Span.Start >= from && h.Span.End <= to);
            }
        }
    }

    /// <summary>
    /// "Israel and Lebanon held US-mediated talks": the one named in a hyphened participle on talks brokered or hosted
    /// them, and is no party to them (from <paramref name="first"/> on in <paramref name="hits"/>).
    /// </summary>
    private static void DropBrokers(Parsed p, int head, List<ActorHit> hits, int first)
    {
        if (hits.Count == first || !IsLemma(p, head, Negotiations)) return;
        for (int m = p.FirstChild[head]; m >= 0; m = p.NextSibling[m])
        {
            if (p.Label(m) != "amod" || p.Tag(m) != "VERB" || !HyphenJoined(p, m)) continue;
            int lo = m;
            while (lo > 0 && p.IsUnder(lo - 1, m)) lo--;
            int from = p.Words[lo].Start, to = p.Words[m].End;
            for (int i = hits.Count - 1; i >= first; i--)
                if (hits[i].Span.Start >= from && hits[i].Span.End <= to) hits.RemoveAt(i);
        }
    }

    /// <summary>
    /// "withdraws from the West Bank and Syria from Lebanon": a named conjunct followed by a phrase with the head's own
    /// preposition is the subject of a clause that leaves its verb out, not a second place or party of the head's.
    /// </summary>
    private static bool Gapped(Parsed p, int head, int conjunct)
    {
        var cs = p.CaseOf(head);
        // (a name's: "prisoners of war", "officers and prisoners of war" are not clauses)
        if (cs.IsEmpty || p.Tag(conjunct) != "PROPN" || cs.Equals("of", StringComparison.OrdinalIgnoreCase)) return false;
        for (int c = p.FirstChild[head]; c >= 0; c = p.NextSibling[c])
            if (c > conjunct && p.Label(c).StartsWith("nmod", StringComparison.Ordinal) && p.CaseOf(c).Equals(cs, StringComparison.OrdinalIgnoreCase)) return true;
        for (int c = p.FirstChild[conjunct]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c).StartsWith("nmod", StringComparison.Ordinal) && p.CaseOf(c).Equals(cs, StringComparison.OrdinalIgnoreCase)) return true;
        // (... or hung on the verb: "withdraws from Eritrea and Uganda from Sudan")
        if (p.Head(head) is var verb && verb >= 0 && p.Label(head).StartsWith("obl", StringComparison.Ordinal))
            for (int c = p.FirstChild[verb]; c >= 0; c = p.NextSibling[c])
                if (c > conjunct && p.Label(c).StartsWith("obl", StringComparison.Ordinal) && p.CaseOf(c).Equals(cs, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// "Danish media and government", "Kenyan police and soldiers", "Kenyan diplomats and military officials": the country
    /// before the first of coordinated bare roles qualifies each of them (COMPOUND_25), as a reader takes it. Not a role
    /// of armed opposition ("Russian troops and rebels" need not be Russian rebels), and not a conjunct with words of its
    /// own beyond the body or rank it names ("Danish media and the government", "Kenyan police and Ugandan soldiers",
    /// "Kenyan police and foreign soldiers").
    /// </summary>
    private void ShareQualifiers(Parsed p, int head, int conjunct, List<ActorHit> hits, int first, int own, int from)
    {
        if (own == first || hits.Count - from != 1 || p.Tag(head) != "NOUN" || p.Tag(conjunct) != "NOUN") return;
        // (a word that only says which body the role is of may stand with it: "Kenyan diplomats and military officials")
        for (int c = p.FirstChild[conjunct]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is not ("cc" or "punct") && !(p.Label(c) is "amod" or "compound" && IsLemma(p, c, RoleQualifiers))) return;
        // (the first role's most specific code, the others it refines: "Kenyan police" is KEN and KENCOP)
        int most = first;
        for (int i = first + 1; i < own; i++) if (hits[i].Code.Length > hits[most].Code.Length) most = i;
        string qualified = hits[most].Code, bare = hits[from].Code;
        for (int i = first; i < own; i++) if (!qualified.StartsWith(hits[i].Code, StringComparison.Ordinal)) return;
        if (!bare.StartsWith("---", StringComparison.Ordinal) || bare.Length != 6 || OppositionRoles.Contains(bare[3..])
            || qualified.StartsWith("---", StringComparison.Ordinal) || qualified.Length < 6 || qualified[..3] is "IGO" or "NGO" or "IMG" or "MNC"
            || hits[most].Span.Start >= p.Words[head].Start)
            return;
        // The first role's own letters, read from the noun alone where the words know it (a dictionary's agent may have
        // two roles, "~GOVMED"), else CAMEO's three.
        var alone = new List<ActorHit>(1);
        _actors.Find(p.Document, p.Words, head, head, head, alone);
        int role = alone.Count == 1 && IsBareRole(alone[0]) ? alone[0].Code.Length - 3 : 3;
        if (qualified.Length - role < 3 || alone.Count == 1 && IsBareRole(alone[0]) && !qualified.EndsWith(alone[0].Code[3..], StringComparison.Ordinal)) return;
        var code = qualified[..^role] + bare[3..];
        if (hits.Exists(h => h.Code == code)) hits.RemoveAt(from);
        else hits[from] = hits[from] with { Code = code };
    }

    private static readonly HashSet<string> OppositionRoles = new(StringComparer.Ordinal) { "REB", "INS", "UAF", "OPP", "SEP", "CRM" };
    private static readonly HashSet<string> RoleQualifiers = new(StringComparer.OrdinalIgnoreCase)
        { "military", "army", "police", "security", "government", "intelligence", "defence", "defense", "naval", "senior", "top" };

    private void AddPhrase(Parsed p, int head, List<ActorHit> hits, bool modifiersOnly)
    {
        int lo = head, hi = head;
        // A nominal event's own modifiers name its doer ("Russian air strikes"); its "of" phrase is what is hit
        // ("the bombardment of Aleppo"), and lies after the noun.
        Extend(p, head, ref lo, ref hi, 0);
        if (modifiersOnly) hi = head;
        if (modifiersOnly && hi == head && lo == head) return;
        // One phrase is often an argument of several predicates ("Russia" as subject of three verbs): code it once.
        var key = (lo, hi, modifiersOnly ? -1 : head);
        var memo = p.PhraseActors ??= new Dictionary<(int, int, int), ActorHit[]>();
        if (!memo.TryGetValue(key, out var found))
        {
            var fresh = new List<ActorHit>(2);
            _actors.Find(p.Document, p.Words, lo, hi, key.Item3, fresh);
            DropRoleAdjectives(p, lo, hi, fresh);
            DropHeadsOfGroups(p, lo, hi, fresh);
            DropMembersOfBodies(p, lo, hi, fresh);
            DropCurrencyCountries(p, lo, hi, fresh);
            DropLanguages(p, lo, hi, fresh);
            DropTopicLabel(p, fresh);
            DropOccasionNames(p, head, fresh);
            DropMunitionWeapons(p, lo, hi, fresh);
            if (!_dictionaryDecides) DropBorderNeighbours(p, head, fresh);
            if (_dictionaryDecides) DropNestedActors(p, lo, hi, fresh);
            if (!modifiersOnly) { QualifyRoles(p, head, fresh); ApposRole(p, head, fresh); DescribedName(p, head, fresh); }
            memo[key] = found = fresh.ToArray();
        }
        foreach (var h in found)
        {
            if (hits.Exists(x => x.Code == h.Code)) continue;
            // ("the Kenya embassy bombing" as the doer of the killing it caused: the embassy is what was bombed)
            if ((modifiersOnly || IsAttackNoun(p, head)) && InFacilityCompound(p, lo, head, h.Span)) continue;
            hits.Add(h);
        }
    }

    private static readonly HashSet<string> Frontiers = new(StringComparer.OrdinalIgnoreCase) { "border", "frontier", "boundary" };
    private static readonly HashSet<string> BorderCases = new(StringComparer.OrdinalIgnoreCase) { "on", "near", "along", "at", "by", "across" };

    /// <summary>
    /// "seized a town on the Chinese border", "posts along the Pakistani frontier": the country whose border a place lies
    /// on is its neighbour as often as its owner, no party the phrase names.
    /// </summary>
    private static void DropBorderNeighbours(Parsed p, int head, List<ActorHit> hits)
    {
        if (hits.Count == 0) return;
        foreach (var border in BorderPhrases(p, head)) hits.RemoveAll(h => border.Contains(h.Span.Start) && h.Span.End <= border.End);
    }

    private static bool IsBorderPhrase(Parsed p, int t) =>
        IsLemma(p, t, Frontiers) && p.CaseOf(t) is var cs && !cs.IsEmpty && BorderCases.GetAlternateLookup<ReadOnlySpan<char>>().Contains(cs);

    /// <summary>The "on/near/along the X border" phrases hung on <paramref name="head"/> (see <see cref="DropBorderNeighbours"/>).</summary>
    private static List<TextSpan> BorderPhrases(Parsed p, int head)
    {
        var found = new List<TextSpan>(0);
        for (int c = p.FirstChild[head]; c >= 0; c = p.NextSibling[c])
        {
            if (!p.Label(c).StartsWith("nmod", StringComparison.Ordinal) || !IsBorderPhrase(p, c)) continue;
            int lo = c, hi = c;
            while (lo > 0 && p.IsUnder(lo - 1, c)) lo--;
            while (hi + 1 < p.Words.Length && p.IsUnder(hi + 1, c)) hi++;
            found.Add(new TextSpan(p.Words[lo].Start, p.Words[hi].End));
        }
        return found;
    }

    /// <summary>
    /// "as agreed at the Tehran Conference", "targeted in the 2011 Hong Kong local elections", "veterans of the Angolan
    /// Civil War": a country or town in the name of an occasion (a conference, an election, a war, a crisis) says where
    /// or what it was; it is no party to an act. (An organisation's stays: "the NATO summit" is NATO's meeting; so does
    /// the host of a gathering that is the object, attended or visited: "to attend the Beijing Olympics" visits China.)
    /// </summary>
    private static void DropOccasionNames(Parsed p, int head, List<ActorHit> hits)
    {
        if (hits.Count == 0 || !p.Document.Has(Layer.Entities)) return;
        for (int i = hits.Count - 1; i >= 0; i--)
        {
            var code = hits[i].Code;
            if (code.Length != 3 || code is "IGO" or "NGO" or "IMG" || !char.IsLetter(code[0])) continue;
            var entities = p.Document.Entities;
            var near = _near ??= new List<int>();
            SpanIndex<Entity>.Covering(entities, e => e.Span, hits[i].Span, near);
            foreach (int ei in near)
            {
                var e = entities[ei];
                if (e.Label != EntityLabel.MISC || !e.Span.Contains(hits[i].Span) || Occasion(p.Text, e.Span) is not (> 0 and var kind)) continue;
                if (kind == 1 || head < 0 || p.Label(head) != "obj") hits.RemoveAt(i);
                break;
            }
        }
    }

    /// <summary>
    /// "exchanged artillery fire", "fired artillery rounds", "shelled the town with tank shells": a weapon that says what
    /// kind of munition the next word is names no party (a role of no country only: "North Korean artillery fire" is still
    /// its army's).
    /// </summary>
    private static void DropMunitionWeapons(Parsed p, int lo, int hi, List<ActorHit> hits)
    {
        for (int i = hits.Count - 1; i >= 0; i--)
        {
            if (!hits[i].Code.StartsWith("---", StringComparison.Ordinal)) continue;
            for (int w = lo; w < hi; w++)
                if (p.Words[w].End == hits[i].Span.End && p.Words[w].Start == hits[i].Span.Start)
                {
                    if (IsLemma(p, w + 1, Munitions) && p.Head(w) == w + 1) hits.RemoveAt(i);
                    break;
                }
        }
    }

    /// <summary>The "by" agent of a participle of launching or firing on <paramref name="weapons"/> ("drones launched by the
    /// Houthis"), or -1.</summary>
    private static int Launcher(Parsed p, int weapons)
    {
        for (int c = p.FirstChild[weapons]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "acl" && IsLemma(p, c, Firing) && p.Child(c, "obl:agent") is var agent && agent >= 0) return agent;
        return -1;
    }

    private static readonly HashSet<string> Aiming = new(StringComparer.OrdinalIgnoreCase) { "aim", "direct", "target" };

    private static readonly HashSet<string> Munitions = new(StringComparer.OrdinalIgnoreCase)
    {
        "fire", "round", "rounds", "shell", "shells", "barrage", "barrages", "salvo", "salvos", "volley", "volleys", "bombardment",
        "ammunition", "munitions", "shot", "shots",
    };

    /// <summary>
    /// Whether a name ends in a word for an occasion: 1 for an election, a war or the like ("2008 New Zealand general
    /// election"), 2 for a gathering ("Yalta Conference", "Beijing Olympics"), else 0.
    /// </summary>
    private static int Occasion(string text, TextSpan name)
    {
        int end = name.End;
        while (end > name.Start && !char.IsLetter(text[end - 1])) end--;
        int start = end;
        while (start > name.Start && char.IsLetter(text[start - 1])) start--;
        if (start == name.Start) return 0;
        var last = text.AsSpan(start, end - start);
        return Gatherings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) ? 2 : Occasions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) ? 1 : 0;
    }

    private static readonly HashSet<string> Occasions = new(StringComparer.OrdinalIgnoreCase)
    {
        "election", "elections", "referendum", "war", "crisis", "campaign", "revolution", "uprising", "battle", "treaty",
        "accord", "accords", "agreement",
    };

    /// <summary>
    /// "Yemen: Air strikes on Hodeidah port kill 12", "Burkina Faso: Aid blocked as ...": a name that opens the sentence
    /// and is followed by a colon is the headline's topic, not anyone who acts or is acted on.
    /// </summary>
    private static void DropTopicLabel(Parsed p, List<ActorHit> hits)
    {
        if (hits.Count == 0 || p.Words.Length < 3) return;
        int sentenceStart = p.Words[0].Start;
        for (int i = hits.Count - 1; i >= 0; i--)
        {
            if (hits[i].Span.Start != sentenceStart) continue;
            int next = 0;
            while (next < p.Words.Length && p.Words[next].Start < hits[i].Span.End) next++;
            if (next < p.Words.Length - 1 && p.Word(next) is ":") hits.RemoveAt(i);
        }
    }

    /// <summary>
    /// The country of a place the place layer resolved in the object ("shelled Kramatorsk", "hit a hospital in Douma"
    /// is not taken: only the object itself and its "of" phrase) or in an "on/at/against/into" phrase of the object or
    /// the verb ("an attack on Douma", "fired at Sderot").
    /// </summary>
    private void PlaceTarget(Parsed p, int predicate, int obj, List<ActorHit> hits)
    {
        var places = p.Document.Has(Layer.Places) ? p.Document.Places : default;
        if (places.IsDefaultOrEmpty) return;
        if (obj >= 0 && PlaceIn(p, obj, places, hits)) return;
        foreach (int head in (ReadOnlySpan<int>)[obj, predicate])
        {
            if (head < 0) continue;
            for (int c = p.FirstChild[head]; c >= 0; c = p.NextSibling[c])
            {
                // ("an oil refinery in Russia's Samara region": a facility hit stands where it is)
                bool facilityIn = head == obj && p.Label(c) == "nmod" && p.CaseOf(c).Equals("in", StringComparison.OrdinalIgnoreCase) && IsLemma(p, obj, Facilities);
                if (p.Label(c) is not ("nmod" or "obl") || !IsPlaceTargetCase(p.CaseOf(c)) && !facilityIn) continue;
                if (!_dictionaryDecides && IsBorderPhrase(p, c)) continue;
                if (PlaceIn(p, c, places, hits)) return;
            }
        }
    }

    /// <summary>A participle of commitment ("committed", "determined") whose "to" clause is what is meant to be done.</summary>
    private static bool IsCommitment(ReadOnlySpan<char> w) =>
        w.Equals("committed", StringComparison.OrdinalIgnoreCase) || w.Equals("determined", StringComparison.OrdinalIgnoreCase);

    /// <summary>The modality an adjective lends the infinitive it governs ("unlikely to" a negated hypothetical).</summary>
    private static (Modality Modality, bool Negated) ModalAdjective(ReadOnlySpan<char> w) => w.ToString().ToLowerInvariant() switch
    {
        "unlikely" or "unable" or "unwilling" or "reluctant" => (Modality.Hypothetical, true),
        "likely" or "willing" or "ready" or "eager" or "prepared" or "keen" or "able" => (Modality.Hypothetical, false),
        "poised" or "set" or "due" or "expected" => (Modality.Future, false),
        var a when IsCommitment(a) => (Modality.Future, false),
        _ => (Modality.Asserted, false),
    };

    /// <summary>
    /// PETRARCH's actor skipping: after the verb's word <see cref="PetrarchVerbs.SlotRun.Anchor"/>, the actor named once as
    /// many as the run skips have been passed over ("celebrated Iftar at X with the parliament of Y", "IFTAR (AT ^ ^) +":
    /// X, the parliament, then Y), each noun counted where an actor its phrase names holds it. Its word, or -1.
    /// </summary>
    private int ActorAlong(Parsed p, int v, PetrarchVerbs.SlotRun run)
    {
        int at = -1;
        for (int t = v + 1; t < p.Words.Length && at < 0; t++)
            if (p.IsUnder(t, v) && PetrarchVerbs.SameWord(p.Word(t), run.Anchor)) at = t;
        if (at < 0) return -1;
        int skip = run.Skip;
        var scratch = new List<ActorHit>(2);
        for (int t = at + 1; t < p.RunEnd[v]; t++)
        {
            if (!p.IsUnder(t, v) || p.Tag(t) is not ("NOUN" or "PROPN") || p.Label(t) is "compound" or "flat") continue;
            // (an actor whose words the noun's phrase holds, the noun among them: "the Prince of Dol Amroth")
            int lo = t, hi = t;
            Extend(p, t, ref lo, ref hi, 0);
            scratch.Clear();
            _actors.Find(p.Document, p.Words, lo, hi, t, scratch);
            if (!scratch.Exists(h => h.Span.Contains(p.Words[t]))) continue;
            if (skip-- == 0) return t;
        }
        return -1;
    }

    /// <summary>A to-infinitive on the verb, its complement or its purpose ("hosting X to celebrate"), that the codebook codes.</summary>
    private bool CodedInfinitive(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            // (not what an accord signed is to do: "signed an accord to supply X with wheat" is the signing)
            if (p.Label(c) is "xcomp" or "advcl" && c > v && p.Tag(c) == "VERB" && p.HasChildWord(c, "mark", "to") && AgreedClause(p, v, p.Child(v, "obj")) != c
                && TryVerbCode(p, c, out var inner)
                && PetrarchVerbs.SplitCode(inner.Code).Forward.Length > 0) return true;
        return false;
    }

    /// <summary>
    /// The phrase led by <paramref name="preposition"/> that names an actor, on the verb, its object or another of its
    /// phrases ("celebrated Eid at X with Y" with "with Y" hung on X), or -1.
    /// </summary>
    private int SlotPhrase(Parsed p, int v, int obj, string preposition)
    {
        var scratch = new List<ActorHit>(2);
        int at = p.PrepPhrase(v, nominal: false, preposition);
        if (at >= 0 && HasActor(p, at, scratch)) return at;
        if (obj >= 0 && p.PrepPhrase(obj, nominal: true, preposition) is var onObject && onObject >= 0 && HasActor(p, onObject, scratch)) return onObject;
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (c != obj && p.Label(c).StartsWith("obl", StringComparison.Ordinal) && p.PrepPhrase(c, nominal: true, preposition) is var further && further >= 0
                && HasActor(p, further, scratch)) return further;
        return -1;
    }

    /// <summary>A thing said to be "their" own ("their meeting").</summary>
    /// <summary>"their annual meetings", "their conferences": gatherings, in the plural, of those who hold them.</summary>
    private static bool IsOwnGatherings(Parsed p, int t) =>
        IsTheirs(p, t) && IsLemma(p, t, Gatherings) && p.Word(t) is var w && w.EndsWith("s", StringComparison.OrdinalIgnoreCase)
        && !Gatherings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    private static bool IsTheirs(Parsed p, int t) => t >= 0 && p.Child(t, "nmod:poss") is var owner && owner >= 0 && p.Word(owner).Equals("their", StringComparison.OrdinalIgnoreCase);

    /// <summary>"each other", "one another" (parsed with the second word fixed to the first).</summary>
    private static bool IsReciprocal(Parsed p, int t)
    {
        if (t < 0 || t + 1 >= p.Words.Length || p.Head(t + 1) != t) return false;
        return p.Word(t).Equals("each", StringComparison.OrdinalIgnoreCase) && p.Word(t + 1).Equals("other", StringComparison.OrdinalIgnoreCase)
            || p.Word(t).Equals("one", StringComparison.OrdinalIgnoreCase) && p.Word(t + 1).Equals("another", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "defended the Church's opposition to abortion", "their opposition to the war": opposition to something is a
    /// stance one holds, not the opposition as a party.
    /// </summary>
    private static bool IsStanceOpposition(Parsed p, ActorHit h)
    {
        if (!h.Code.EndsWith("OPP", StringComparison.Ordinal)) return false;
        for (int t = p.FirstAfter(h.Span.Start); p.Before(t, h.Span); t++)
            if (p.Words[t].End == h.Span.End)
                return p.Word(t) is "opposition" && p.PrepPhrase(t, nominal: true, "to") >= 0;
        return false;
    }

    /// <summary>
    /// "the Global Coalition to Counter ISIL", "the Alliance to Defeat the Rebels": a body named for its fight against a
    /// party is not that party, whatever code the name's last words gave it.
    /// </summary>
    private static bool NamedForAFight(Parsed p, ActorHit h)
    {
        var name = h.Span.SliceOf(p.Text);
        int to = name.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to > 0 && name[(to + 4)..] is var rest && rest.IndexOf(' ') is var space && space > 0 && FightVerbs.Contains(rest[..space].ToString())) return true;
        // (... or the party alone, the words before it "Coalition to Counter")
        for (int t = Math.Max(2, p.FirstAfter(h.Span.Start)); p.Before(t, h.Span); t++)
            if (p.Words[t].Start == h.Span.Start)
                return p.Word(t - 2).Equals("to", StringComparison.OrdinalIgnoreCase) && char.IsUpper(p.Word(t - 1)[0]) && FightVerbs.Contains(p.Word(t - 1).ToString())
                    && t >= 3 && char.IsUpper(p.Word(t - 3)[0]);
        return false;
    }

    /// <summary>
    /// "at the Manama Dialogue, the United States will provide ...": a gathering named after its host city does nothing
    /// as the city's country (as the one attended or visited it still stands for it: "attend the Beijing Olympics").
    /// </summary>
    private static bool NamedGathering(Parsed p, ActorHit h)
    {
        if (h.Code.Length != 3) return false;
        for (int t = p.FirstAfter(h.Span.Start); p.Before(t, h.Span); t++)
            if (p.Words[t].End == h.Span.End)
                return h.Span.Start < p.Words[t].Start && IsGatheringName(p, t) || t + 1 < p.Words.Length && IsGatheringName(p, t + 1);
        return false;

        static bool IsGatheringName(Parsed p, int t) => char.IsUpper(p.Word(t)[0]) && (IsLemma(p, t, Gatherings) || IsLemma(p, t, GatheringNames));
    }

    private static readonly HashSet<string> GatheringNames = new(StringComparer.OrdinalIgnoreCase) { "dialogue", "process", "symposium", "talks", "initiative" };

    private static readonly HashSet<string> FightVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "counter", "defeat", "fight", "combat", "destroy", "degrade", "stop", "end", "confront", "oppose", "eliminate" };

    /// <summary>"each other" or "one another" right after the verb (an adverb between allowed), or -1.</summary>
    private static int ReciprocalAfter(Parsed p, int v)
    {
        int t = v + 1;
        while (t < p.Words.Length && p.Tag(t) == "ADV") t++;
        return IsReciprocal(p, t) ? t : -1;
    }

    private static bool IsPlaceTargetCase(ReadOnlySpan<char> cs) =>
        cs.Equals("on", StringComparison.OrdinalIgnoreCase) || cs.Equals("at", StringComparison.OrdinalIgnoreCase)
        || cs.Equals("against", StringComparison.OrdinalIgnoreCase) || cs.Equals("into", StringComparison.OrdinalIgnoreCase);

    private bool PlaceIn(Parsed p, int head, ImmutableArray<Place> places, List<ActorHit> hits)
    {
        int lo = head, hi = head;
        Extend(p, head, ref lo, ref hi, 0);
        var phrase = new TextSpan(p.Words[lo].Start, p.Words[hi].End);
        var borders = _dictionaryDecides ? [] : BorderPhrases(p, head);
        foreach (var place in places)
        {
            if (!phrase.Contains(place.Span.Start) || place.Span.End > phrase.End) continue;
            if (borders.Exists(b => b.Contains(place.Span.Start))) continue;
            if (place.Country is not { Length: 2 } cc || !_iso3.TryGetValue(cc, out var iso3)) continue;
            hits.Add(new ActorHit(iso3, place.Span));
            return true;
        }
        return false;
    }

    /// <summary>A word the place layer resolved to a place below a country (a town, a district, a region).</summary>
    private static bool IsTown(Parsed p, int t)
    {
        if (!p.Document.Has(Layer.Places)) return false;
        foreach (var pl in p.Document.Places)
            if (pl.Span.Overlaps(p.Words[t])) return pl.Precision != PlacePrecision.Country;
        return false;
    }

    /// <summary>A noun naming someone's act: an event the lexicon codes, or a deed judged ("the decision by Kenya").</summary>
    private bool IsDeed(Parsed p, int n) => IsLemma(p, n, JudgedDeeds) || NounCode(p, n, out _) || IsLemma(p, n, IntentNouns) || IsLemma(p, n, ThreatNouns);

    /// <summary>
    /// "terrorist bombings at U.S. embassies in Kenya", "condemned the terrorist attacks in Iraq": the common word that
    /// says what kind of deed an attack was names no one; the country the actor layer gave it is the place of the
    /// attack, not the attackers' (who are often foreign), so it is no party.
    /// </summary>
    private bool DescribesDeed(Parsed p, ActorHit h)
    {
        if (h.Code.Length != 6 || !h.Code.EndsWith("INS", StringComparison.Ordinal)) return false;
        for (int t = p.FirstAfter(h.Span.Start); p.Before(t, h.Span); t++)
        {
            if (!h.Span.Contains(p.Words[t])) continue;
            if (p.Label(t) is not ("amod" or "compound") || p.Words[t].Start != h.Span.Start || p.Words[t].End != h.Span.End) return false;
            // a common word ("Terrorist bombings ..." opening the sentence is one too), not a name ("Shabaab attacks")
            if (p.Tag(t) is not ("ADJ" or "NOUN") || char.IsUpper(p.Text[h.Span.Start]) && !OpensSentence(p.Text, h.Span.Start)) return false;
            int deed = p.Head(t);
            return deed >= 0 && (IsAttackNoun(p, deed) || IsLemma(p, deed, Weapons) || IsLemma(p, deed, Deeds));
        }
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessiveLookup =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "their", "its", "his", "her", "our" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A phrase owned by a pronoun ("their government"); with <paramref name="groupsOnly"/>, by a country's or
    /// group's "its"/"their" only (whose country the event coder gave from the reporter: "its forces").</summary>
    private static bool OwnedByPronoun(Parsed p, ActorHit h, bool groupsOnly = false)
    {
        for (int t = p.FirstAfter(h.Span.Start); p.Before(t, h.Span); t++)
            if (h.Span.Contains(p.Words[t]) && p.Child(t, "nmod:poss") is var owner && owner >= 0 && p.Tag(owner) == "PRON"
                && (groupsOnly ? IsOwnerPronoun(p, owner) : PossessiveLookup.Contains(p.Word(owner))))
                return true;
        return false;
    }

    /// <summary>The actors named by the objects of the participle or to-infinitive clauses of <paramref name="v"/>.</summary>
    private List<ActorHit> ClauseParties(Parsed p, int v)
    {
        var named = new List<ActorHit>(2);
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "advcl" or "xcomp" && p.Tag(c) == "VERB" && p.Child(c, "nsubj") < 0 && p.Child(c, "obj") is var o && o >= 0)
                AddPhrase(p, o, named, false);
        // (countries named as such: "Serbian flags", not "scaling a pole" read as a Pole)
        named.RemoveAll(h => h.Code.Length < 3 || h.Code.StartsWith("---", StringComparison.Ordinal) || h.Code.StartsWith("IGO", StringComparison.Ordinal)
                             || h.Code.StartsWith("NGO", StringComparison.Ordinal) || !char.IsUpper(p.Text[h.Span.Start]));
        return named;
    }

    /// <summary>
    /// "the embassy blast" in Dar es Salaam, "the car bombing of the embassy" in Nairobi: an embassy of no named country
    /// is some other country's, never the host's, so the place's country (which the stage would give it) is not its.
    /// </summary>
    private static bool UnownedMission(Parsed p, ActorHit h) =>
        h.Code == "---GOV" && h.Span.SliceOf(p.Text) is var w
        && (w.Equals("embassy", StringComparison.OrdinalIgnoreCase) || w.Equals("embassies", StringComparison.OrdinalIgnoreCase)
            || w.Equals("consulate", StringComparison.OrdinalIgnoreCase) || w.Equals("consulates", StringComparison.OrdinalIgnoreCase));

    private static bool OpensSentence(string text, int at)
    {
        int k = at - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\u00a0') k--;
        return k < 0 || text[k] is '.' or '!' or '?' or '\n' or '\r' or '"' or '\u201c' or ':';
    }

    private static readonly HashSet<string> Deeds = new(StringComparer.OrdinalIgnoreCase) { "threat", "operation", "act", "activity", "plot", "violence", "campaign", "scourge", "menace" };

    /// <summary>
    /// The deed a reprisal answers: the "for"/"to" phrase of "retaliate", "respond", "avenge" ("vowed to retaliate for the
    /// attack", "respond to the shelling") or the object of "avenge", on the verb or its complement, or the "for" phrase
    /// of a reprisal noun ("vowed revenge for the strike"); or -1.
    /// </summary>
    private static int AnsweredDeed(Parsed p, int v, int obj)
    {
        foreach (int w in (ReadOnlySpan<int>)[v, p.Child(v, "xcomp")])
        {
            if (w < 0 || !IsLemma(p, w, Retaliating)) continue;
            if (p.PrepPhrase(w, nominal: false, "for", "to") is var deed && deed >= 0) return deed;
            if (IsLemma(p, w, Avenging) && p.Child(w, "obj") is var avenged && avenged >= 0) return avenged;
        }
        // ("vowed revenge for the attack": the "for" phrase hung on the noun or on the verb)
        if (obj < 0 || !IsLemma(p, obj, Reprisals)) return -1;
        int answered = p.PrepPhrase(obj, nominal: true, "for");
        return answered >= 0 ? answered : p.PrepPhrase(v, nominal: false, "for");
    }

    private static readonly HashSet<string> Retaliating = new(StringComparer.OrdinalIgnoreCase) { "retaliate", "respond", "avenge", "revenge" };
    private static readonly HashSet<string> Avenging = new(StringComparer.OrdinalIgnoreCase) { "avenge", "revenge" };
    private static readonly HashSet<string> Reprisals = new(StringComparer.OrdinalIgnoreCase) { "revenge", "retaliation", "reprisal", "reprisals", "response", "vengeance" };

    /// <summary>The deed a claim or a denial is of: its "for"/"in" phrase ("claimed responsibility for the attack", "denied
    /// involvement in the attack"), else its object ("claimed the bombing"); or -1.</summary>
    private static int ClaimedDeed(Parsed p, int v, int obj)
    {
        // (the "in" phrase on the object only: "claimed responsibility for the attack in a video" was not in the video)
        int deed = p.PrepPhrase(v, nominal: false, "for");
        if (deed < 0 && obj >= 0) deed = p.PrepPhrase(obj, nominal: true, "for");
        if (deed < 0 && obj >= 0) deed = p.PrepPhrase(obj, nominal: true, "in");
        return deed >= 0 ? deed : obj;
    }

    /// <summary>
    /// Force named as one told before: "the attack", "this strike", "the killings", "Thursday's attack", "the bombing of civilian areas";
    /// not one of many ("an attack", "any attack", "such attacks", "further strikes", "the attacks in general").
    /// </summary>
    private static bool IsAnaphoricDeed(Parsed p, int n)
    {
        // ("Thursday's attack": the day it was done says which)
        int det = p.Child(n, "det"), day = p.Child(n, "nmod:poss");
        if (!(det >= 0 && Referring.Contains(p.Word(det).ToString()) || day >= 0 && IsDate(p, day))) return false;
        for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "amod" or "det" or "advmod" && IsLemma(p, c, Generic)
                || p.Label(c).StartsWith("nmod", StringComparison.Ordinal) && IsLemma(p, c, Generic)) return false;
        return true;
    }

    /// <summary>A role of no country named by a word before deed noun <paramref name="deed"/> that says by what means it was
    /// done ("the air raid", "the drone strike", "the missile attack"), not who did it.</summary>
    private static bool NamesMeans(Parsed p, ActorHit h, int deed)
    {
        if (!IsBareRole(h)) return false;
        for (int c = p.FirstChild[deed]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "compound" or "amod" && c < deed && h.Span.Start == p.Words[c].Start && h.Span.End == p.Words[c].End && IsLemma(p, c, Means)) return true;
        return false;
    }

    private static readonly HashSet<string> Means = new(StringComparer.OrdinalIgnoreCase)
        { "air", "aerial", "drone", "missile", "rocket", "artillery", "mortar", "naval", "ground", "tank", "helicopter", "aircraft", "jet" };

    /// <summary>A noun with an owner before it ("Russia's annexation"), not a day ("Thursday's attack").</summary>
    /// <summary>Sanctions, embargoes, arrests and other coercion (CAMEO 16x–17x) named by the noun or a noun compounded
    /// with it ("the sanctions package").</summary>
    private bool IsCoercion(Parsed p, int n)
    {
        if (p.Tag(n) != "NOUN") return false;
        if (NounCode(p, n, out var code) && code.Length >= 2 && code[..2] is "16" or "17") return true;
        for (int c = p.FirstChild[n]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "compound" && p.Tag(c) == "NOUN" && NounCode(p, c, out var compounded) && compounded.Length >= 2 && compounded[..2] is "16" or "17") return true;
        return false;
    }

    /// <summary>A proper name compounded with <paramref name="n"/> (or with a noun compounded with it) at <paramref name="span"/>.</summary>
    private static bool NameCompound(Parsed p, int n, TextSpan span)
    {
        for (int t = 0; t < p.Words.Length; t++)
            if (p.Tag(t) == "PROPN" && p.Label(t) is "compound" or "flat" && span.Contains(p.Words[t]) && (p.Head(t) == n || p.Head(p.Head(t)) == n)) return true;
        return false;
    }

    private static bool OwnedBySomeone(Parsed p, int n) => p.Child(n, "nmod:poss") is var owner && owner >= 0 && !IsDate(p, owner);

    private static readonly HashSet<string> Referring = new(StringComparer.OrdinalIgnoreCase) { "the", "this", "that", "these", "those" };
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
        { "general", "such", "all", "future", "further", "possible", "potential", "similar", "any", "every", "kind", "type", "sort" };

    /// <summary>
    /// One side of the force the article told last before <paramref name="at"/> that deed noun <paramref name="deed"/>
    /// names again: the latest asserted use of force (18–20) in the same paragraph or one of the
    /// <see cref="DeedParagraphs"/> before it, no more than <see cref="DeedSentences"/> sentences back, that is of the
    /// noun's kind ("the attack" is any force; "the ambush" one whose words say "ambushed"). Its doer when
    /// <paramref name="doer"/>, else whom it struck; none when that sentence's force of the kind names no such side, or
    /// several ("rebels shelled the town and the army shelled the villages").
    /// </summary>
    private static ActorHit? EarlierForce(Parsed p, List<Event> output, TextSpan sentence, int at, int deed, bool doer)
    {
        // Force in the noun's own words first ("the attack": "attacked", not the reprisal told after it), then any of its kind.
        foreach (bool loose in (ReadOnlySpan<bool>)[false, true])
        {
            int last = -1;
            for (int i = output.Count - 1; i >= 0 && last < 0; i--)
                if (IsTold(output[i], loose) && (output[i].Sentence.Start < sentence.Start || output[i].Sentence == sentence && output[i].Span.Start < at)) last = i;
            // (force told in the noun's own words may be further back: "Gunmen ... killed 38 people" in the lede, "condemned the
            // killings" in the fifth paragraph)
            if (last < 0 || !Near(p, output[last].Sentence, sentence, loose ? 1 : 2)) continue;
            var told = output[last].Sentence;
            // (a role of no country, "killing three soldiers", goes with a party the sentence names, "an Ethiopian border post")
            ActorHit? side = null, role = null;
            bool roles = false;
            foreach (var e in output)
            {
                // (all the sentence's force of the kind: "shelled the camp, while Ugandan soldiers attacked the town" has two doers)
                if (e.Sentence != told || !IsTold(e, true) && !IsTold(e, false) || (doer ? e.Source : e.Target) is not { Length: > 0 } code) continue;
                var hit = new ActorHit(code, (doer ? e.SourceSpan : e.TargetSpan) ?? e.Span);
                if (code.StartsWith("---", StringComparison.Ordinal)) { roles |= role is { } r && r.Code != code; role ??= hit; continue; }
                if (side is { } seen && seen.Code != code) return null;
                side ??= hit;
            }
            return side ?? (roles ? null : role);
        }
        return null;

        bool IsTold(Event e, bool loose) => IsForce(e.Code) && !e.Negated && e.Modality == Modality.Asserted && (loose ? OfKind(p, deed, e) : InWords(p, deed, e));
    }

    /// <summary>Force event <paramref name="e"/> is of the kind deed noun <paramref name="n"/> names: any for "the attack", artillery
    /// or air strikes (194, 195) for "the bombardment" or "the shelling", force that killed for "the massacre".</summary>
    private static bool OfKind(Parsed p, int n, Event e) =>
        IsLemma(p, n, AnyForce) || IsLemma(p, n, Bombardments) && e.Code is "194" or "195"
        // ("the massacre" after "opened fire on a bus ..., killing eight people")
        || IsLemma(p, n, Massacres) && e.Span.SliceOf(p.Text).Contains("kill", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> Massacres = new(StringComparer.OrdinalIgnoreCase) { "massacre", "killing", "murder", "slaughter" };

    /// <summary>Force event <paramref name="e"/> is told in deed noun <paramref name="n"/>'s words: its text has the noun's stem
    /// ("the shelling": "shelled", "the killings": "killing", "the attack": "attacked").</summary>
    private static bool InWords(Parsed p, int n, Event e)
    {
        var w = p.Word(n);
        foreach (var suffix in (ReadOnlySpan<string>)["ings", "ing", "es", "s"])
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) { w = w[..^suffix.Length]; break; }
        if (w.Length > 5) w = w[..5];
        var text = e.Span.SliceOf(p.Text);
        for (int from = 0; from < text.Length;)
        {
            int i = text[from..].IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return false;
            i += from;
            // (at a word's start: "killing", not "skill")
            if (i == 0 || !char.IsLetter(text[i - 1])) return true;
            from = i + 1;
        }
        return false;
    }

    private static readonly HashSet<string> Bombardments = new(StringComparer.OrdinalIgnoreCase) { "bombardment", "shelling", "bombing", "barrage" };
    private static readonly HashSet<string> AnyForce = new(StringComparer.OrdinalIgnoreCase)
        { "attack", "assault", "strike", "airstrike", "raid", "incident", "violence", "aggression", "operation" };

    private const int DeedParagraphs = 3, DeedSentences = 6;

    /// <summary>Sentence <paramref name="earlier"/> is at most <see cref="DeedParagraphs"/> paragraphs and <see cref="DeedSentences"/> sentences before <paramref name="later"/>.</summary>
    private static bool Near(Parsed p, TextSpan earlier, TextSpan later, int reach = 1)
    {
        if (earlier == later) return true;
        int sentences = 0;
        foreach (var s in p.Document.Sentences)
            if (s.Span.Start > earlier.Start && s.Span.Start < later.Start && ++sentences > DeedSentences * reach) return false;
        int breaks = 0;
        var text = p.Text;
        for (int i = earlier.End; i < later.Start && i < text.Length; i++)
            if (text[i] == '\n' && (i == earlier.End || text[i - 1] != '\n') && ++breaks > DeedParagraphs * reach) return false;
        return true;
    }

    private bool IsAttackNoun(Parsed p, int n) => p.Tag(n) == "NOUN" && NounCode(p, n, out var code) && IsForce(code);

    /// <summary>An attack noun, or an act aimed "against" someone ("senseless acts against the embassy").</summary>
    private bool IsJudgedForce(Parsed p, int n, int verb) =>
        IsAttackNoun(p, n) || p.Tag(n) == "NOUN" && IsLemma(p, n, Killings) || p.Tag(n) == "NOUN" && IsLemma(p, n, Acts) && (p.PrepPhrase(n, nominal: true, "against") >= 0 || p.PrepPhrase(verb, nominal: false, "against") > n);

    private static readonly HashSet<string> Joining = new(StringComparer.OrdinalIgnoreCase) { "join" };
    private static readonly HashSet<string> Fights = new(StringComparer.OrdinalIgnoreCase) { "fight", "battle", "war", "offensive", "assault", "combat", "campaign" };
    private static readonly HashSet<string> HostedThings = new(StringComparer.OrdinalIgnoreCase)
        { "website", "site", "server", "data", "page", "account", "content", "file", "domain", "service" };
    private static readonly HashSet<string> Citing = new(StringComparer.OrdinalIgnoreCase) { "cite" };
    private static readonly HashSet<string> Insisting = new(StringComparer.OrdinalIgnoreCase) { "insist" };
    private static readonly HashSet<string> IndicativeAux = new(StringComparer.OrdinalIgnoreCase)
        { "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "'s", "'re", "'ve", "'d" };

    private static int InsistedClause(Parsed p, int v)
    {
        int obj = p.Child(v, "obj"), clause = p.Child(v, "ccomp");
        if (clause >= 0) return obj < 0 ? clause : -1;
        int conj = p.Child(v, "conj");
        return obj > v && conj > obj && p.Child(conj, "cc") < 0 && p.Child(conj, "nsubj") < 0 ? conj : -1;
    }

    /// <summary>A clause in the indicative, told by a tensed auxiliary or copula ("don't understand", "was innocent", "had attacked").</summary>
    private static bool IsIndicative(Parsed p, int v)
    {
        for (int c = p.FirstChild[v]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is "aux" or "cop" or "aux:pass" && IndicativeAux.Contains(p.Word(c).ToString())) return true;
        return false;
    }

    private static readonly HashSet<string> Depictions = new(StringComparer.OrdinalIgnoreCase)
        { "footage", "video", "image", "picture", "photo", "photograph", "film", "clip", "broadcast" };
    private static readonly HashSet<string> Returning = new(StringComparer.OrdinalIgnoreCase) { "return" };
    // ("condemned the use of force against peaceful protesters": a deed aimed at someone, judged)
    private static readonly HashSet<string> Acts = new(StringComparer.OrdinalIgnoreCase) { "act", "action", "use" };
    private static readonly HashSet<string> Killings = new(StringComparer.OrdinalIgnoreCase) { "killing", "killings", "murder", "murders" };
    private static readonly HashSet<string> Professing = new(StringComparer.OrdinalIgnoreCase)
        { "reiterate", "reaffirm", "restate", "express", "voice", "show", "demonstrate", "declare", "affirm", "confirm", "pledge", "offer", "extend", "signal", "convey", "underline", "underscore" };
    private static readonly HashSet<string> Stances = new(StringComparer.OrdinalIgnoreCase)
        { "support", "backing", "commitment", "solidarity", "sympathy", "friendship", "opposition" };

    /// <summary>
    /// "the embassy bombings", "a market attack": a place named before an attack noun is what was hit, not who did
    /// it ("Russian air strikes" and "Taliban attacks" still name the doer).
    /// </summary>
    private static bool InFacilityCompound(Parsed p, int lo, int head, TextSpan span)
    {
        for (int t = lo; t < head; t++)
            // ("the Kenya embassy bombing": the facility's own modifiers before it are whose it is, hit with it)
            if (p.Label(t) == "compound" && p.Tag(t) is "NOUN" or "PROPN" && span.Start < p.Words[t].End && IsLemma(p, t, Facilities)) return true;
        return false;
    }

    /// <summary>
    /// A role with no country ("the mayor" → ---GOV, "a court" → ---JUD) takes the one country its phrase names:
    /// "the mayor of the West Bank city of Nablus" is one actor, PSEGOV, not ---GOV and PSE; failing that, the
    /// country of an "in" or "from" phrase ("a court in Guyana" → GUYJUD, "fighters from JNIM" → MLIREB, "soldiers
    /// from Gondor" → GONMIL). Beside a fully coded actor the bare role adds nothing and is dropped.
    /// </summary>
    private void QualifyRoles(Parsed p, int head, List<ActorHit> hits)
    {
        if (!hits.Exists(IsBareRole)) return;
        if (hits.Exists(h => !IsBareRole(h) && h.Code.Length > 3))
        {
            hits.RemoveAll(IsBareRole);
            return;
        }
        var countries = hits.FindAll(h => h.Code.Length == 3 && !IsBareRole(h));
        if (countries.Count == 0)
        {
            // "its armed forces in Kuwait", "the troops in Lebanon": where forces are is not whose they are (foreign troops
            // are abroad); where they come from is ("soldiers from Gondor"), and so is a body they serve in ("officers in the
            // Russian military"). A base stands where it is ("military bases in Somalia" are Somalia's).
            bool forces = hits.TrueForAll(h => !IsBareRole(h) || h.Code.EndsWith("MIL", StringComparison.Ordinal)) && !IsLemma(p, head, Facilities);
            int at = -1;
            for (int c = p.FirstChild[head]; c >= 0 && at < 0; c = p.NextSibling[c])
                if (p.Label(c) == "nmod" && HomeOrOrigin(p, c)) at = c;
            // "lawmakers and officials in Kenya": the phrase after the last conjunct, hung on the first, is both's.
            if (at < 0 && p.Label(head) == "conj" && p.Head(head) is var first && first >= 0 && first < head)
                for (int c = p.FirstChild[first]; c >= 0 && at < 0; c = p.NextSibling[c])
                    if (c > head && p.Label(c) == "nmod" && HomeOrOrigin(p, c)) at = c;
            if (at < 0) return;
            int lo = at, hi = at;
            Extend(p, at, ref lo, ref hi, 0);
            // "lawmakers in Kenya and Uganda": every country of the coordinated phrase.
            for (int c = p.FirstChild[at]; c >= 0; c = p.NextSibling[c])
                if (p.Label(c) == "conj") { hi = Math.Max(hi, c); Extend(p, c, ref lo, ref hi, 1); }
            var inner = new List<ActorHit>(2);
            _actors.Find(p.Document, p.Words, lo, hi, at, inner);
            // "officers in the Russian military": the country of whatever actor the "in" phrase names
            bool stationed = forces && p.CaseOf(at).Equals("in", StringComparison.OrdinalIgnoreCase);
            countries = inner.FindAll(h => (stationed ? ArmedBody(h.Code) : h.Code.Length >= 3) && !IsBareRole(h) && !h.Code.StartsWith("IGO", StringComparison.Ordinal)
                    && !h.Code.StartsWith("NGO", StringComparison.Ordinal) && !h.Code.StartsWith("IMG", StringComparison.Ordinal))
                .ConvertAll(h => new ActorHit(h.Code[..3], h.Span));
        }
        if (countries.Count == 0 || countries.Exists(c => c.Code == "IGO")) return;
        // "the ambassadors of Arnor, Osgiliath and Gondor": the role once per country.
        var roles = hits.FindAll(IsBareRole);
        hits.RemoveAll(h => IsBareRole(h) || h.Code.Length == 3);
        foreach (var role in roles)
            foreach (var country in countries)
            {
                var code = country.Code + role.Code[3..];
                if (!hits.Exists(h => h.Code == code)) hits.Add(new ActorHit(code, role.Span.Union(country.Span)));
            }
    }

    /// <summary>An army, police, intelligence service or armed group ("in the Ugandan military"), not a place or a government.</summary>
    private static bool ArmedBody(string code) => code.Length >= 6 && code.AsSpan(3, 3) is "MIL" or "COP" or "SPY" or "REB" or "INS";

    /// <summary>An "in" or a "from" phrase: where the role's people belong, or the body they serve in.</summary>
    private static bool HomeOrOrigin(Parsed p, int c)
    {
        var cs = p.CaseOf(c);
        return cs.Equals("from", StringComparison.OrdinalIgnoreCase) || cs.Equals("in", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Kerry said the US held Russia responsible": a bare country that acts in what its own official reports
    /// speaks as that office (USA → USAGOV, as the reporter Kerry is).
    /// </summary>
    private void ReporterRole(Parsed p, int predicate, List<ActorHit> srcHits)
    {
        // (One country alone: "Brazil and the United States are seeking ..., a US deputy secretary said" is the
        // two countries, not the official's office beside one of them.)
        if (srcHits.Count != 1 || srcHits[0].Code.Length != 3) return;
        int reporter = ReportingSubject(p, predicate);
        if (reporter < 0) return;
        var said = new List<ActorHit>(2);
        AddPhrase(p, reporter, said, false);
        for (int i = 0; i < srcHits.Count; i++)
        {
            if (srcHits[i].Code.Length != 3) continue;
            var office = said.Find(r => r.Code.Length == 6 && r.Code.StartsWith(srcHits[i].Code, StringComparison.Ordinal));
            if (office.Code is not null) srcHits[i] = new ActorHit(office.Code, srcHits[i].Span);
        }
    }

    private static readonly HashSet<string> Charges = new(StringComparer.OrdinalIgnoreCase) { "accusation", "accusations", "allegation", "allegations", "charge", "charges" };

    private static readonly HashSet<string> Truces = new(StringComparer.OrdinalIgnoreCase) { "ceasefire", "cease-fire", "truce", "armistice" };

    // Agreements whose "to" clause says what was agreed: "signed an accord to supply Uganda with wheat".
    private static readonly HashSet<string> Agreements = new(StringComparer.OrdinalIgnoreCase)
        { "accord", "agreement", "deal", "treaty", "protocol", "pact", "contract", "memorandum", "arrangement" };

    /// <summary>
    /// The "to" clause of an agreement the verb <paramref name="v"/> has as object (hung on the noun or, misparsed,
    /// on the verb), or -1.
    /// </summary>
    private static int AgreedClause(Parsed p, int v, int agreement)
    {
        if (agreement < 0 || !IsLemma(p, agreement, Agreements)) return -1;
        foreach (var head in (ReadOnlySpan<int>)[agreement, v])
            for (int c = p.FirstChild[head]; c >= 0; c = p.NextSibling[c])
                if (p.Label(c) is "acl" or "advcl" or "xcomp" && p.Tag(c) == "VERB" && p.HasChildWord(c, "mark", "to") && c > agreement) return c;
        return -1;
    }

    // Verbs of getting: a dictionary code on them names what the other side gave.
    private static readonly HashSet<string> Receipts = new(StringComparer.OrdinalIgnoreCase) { "receive", "obtain", "get", "accept", "acquire" };

    // Things, not actors: "a military pact", "military options", "government policy", "threatened military action".
    private static readonly HashSet<string> AbstractNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "pact", "deal", "agreement", "accord", "alliance", "option", "solution", "cooperation", "tie", "relation",
        "spending", "budget", "aid", "assistance", "intervention", "policy", "strategy", "response", "doctrine", "reform",
        "exercise", "drill", "manoeuvre", "maneuver", "action", "measure", "step",
        // ("beef up military preparedness", "our response to the refugee crisis": a state of things, no party)
        "preparedness", "readiness", "capability", "capacity", "buildup", "build-up", "crisis",
        // ("resumed military talks": talks about military matters, not with the military)
        "talk", "negotiation", "dialogue", "consultation",
    };

    // Adjectives that name a role, not a country ("military", "governmental"): a country's adjective ("French") stays.
    private static bool IsRoleAdjective(Parsed p, int t) => p.Word(t) is { Length: > 0 } w && char.IsLower(w[0]);

    /// <summary>A bare role said only by an adjective or a noun compounded with an abstract noun ("military" in "a military pact", "refugee" in "the refugee crisis") is no actor.</summary>
    /// <summary>
    /// "a million Swiss francs", "US dollars": the country that names a currency is no party to the event the money
    /// is in.
    /// </summary>
    /// <summary>
    /// With the user's PETRARCH codebook, a phrase names one actor where one name hangs on another, not coordinated
    /// with it: the first in the text ("the population of Gondor of the Prince of Dol Amroth" is Gondor's, "the evil
    /// Arnor awful Gondor" Arnor, "Arnor's Elrond" Arnor).
    /// </summary>
    private static void DropNestedActors(Parsed p, int lo, int hi, List<ActorHit> hits)
    {
        if (hits.Count < 2) return;
        for (int i = hits.Count - 1; i >= 0; i--)
        {
            if (i >= hits.Count) continue;
            int t = WordOf(p, lo, hi, hits[i].Span);
            if (t < 0) continue;
            // up the chain of nominal modifiers to another actor's word
            for (int g = p.Head(t), steps = 0; g >= lo && g <= hi && steps < 4 && p.Label(t) is "nmod" or "nmod:poss" or "flat" or "compound"; t = g, g = p.Head(g), steps++)
                if (OtherActorAt(hits, i, p.Words[g]) is var j && j >= 0)
                {
                    hits.RemoveAt(hits[j].Span.Start < hits[i].Span.Start ? i : j);
                    break;
                }
        }
    }

    private static int OtherActorAt(List<ActorHit> hits, int i, TextSpan word)
    {
        for (int j = 0; j < hits.Count; j++)
            if (j != i && hits[j].Span.Contains(word) && !hits[j].Span.Contains(hits[i].Span)) return j;
        return -1;
    }

    private static int WordOf(Parsed p, int lo, int hi, TextSpan span)
    {
        for (int t = lo; t <= hi; t++) if (span.Contains(p.Words[t]) && (p.Head(t) < lo || p.Head(t) > hi || !span.Contains(p.Words[p.Head(t)]))) return t;
        return -1;
    }

    /// <summary>
    /// "courses in English and Spanish", "refugees who spoke little Armenian", "questioned in Arabic": a language named
    /// (after "in", or spoken, learnt or taught) is no party of its country.
    /// </summary>
    private static void DropLanguages(Parsed p, int lo, int hi, List<ActorHit> hits)
    {
        if (hits.Count == 0) return;
        for (int t = lo; t <= hi && hits.Count > 0; t++)
        {
            var w = p.Word(t);
            if (w.Length < 4 || !char.IsUpper(w[0]) || !LanguageLookup.Contains(w)) continue;
            int named = p.Label(t) == "conj" && p.Head(t) >= 0 ? p.Head(t) : t;
            bool language = p.HasChildWord(named, "case", "in") && p.Label(named) is not ("amod" or "compound")
                || p.Label(named) == "obj" && IsLemma(p, p.Head(named), SpeakingLanguages)
                || t + 1 < p.Words.Length && p.Word(t + 1) is "language" or "languages"
                // ("English is the language of business", "Swahili remains the common tongue": said to be a language)
                || p.Label(named) == "nsubj" && p.Head(named) is var said && said >= 0 && IsLemma(p, said, LanguageNouns);
            if (language) hits.RemoveAll(h => h.Span.Contains(p.Words[t]));
        }
    }

    private static readonly HashSet<string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        "english", "spanish", "french", "german", "arabic", "russian", "chinese", "mandarin", "cantonese", "japanese", "korean",
        "portuguese", "italian", "persian", "farsi", "dari", "pashto", "turkish", "kurdish", "hebrew", "hindi", "urdu", "bengali",
        "armenian", "georgian", "greek", "dutch", "polish", "swahili", "ukrainian", "serbian", "croatian", "albanian", "amharic",
        "somali", "thai", "vietnamese", "indonesian", "malay", "burmese", "swedish", "norwegian", "danish", "finnish", "hungarian",
        "czech", "romanian", "bulgarian",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LanguageLookup = Languages.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> LanguageNouns = new(StringComparer.OrdinalIgnoreCase) { "language", "tongue", "dialect", "lingua" };
    private static readonly HashSet<string> SpeakingLanguages = new(StringComparer.OrdinalIgnoreCase) { "speak", "learn", "teach", "understand", "study", "translate" };

    private static void DropCurrencyCountries(Parsed p, int lo, int hi, List<ActorHit> hits)
    {
        for (int i = hits.Count - 1; i >= 0; i--)
            for (int t = lo; t <= hi; t++)
            {
                if (p.Words[t] != hits[i].Span || p.Label(t) is not ("amod" or "compound")) continue;
                if (IsLemma(p, p.Head(t), Currencies)) hits.RemoveAt(i);
                break;
            }
    }

    private static readonly HashSet<string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "dollar", "euro", "franc", "florin", "guilder", "pound", "yen", "yuan", "renminbi", "rupee", "peso", "shilling",
        "krone", "krona", "rouble", "ruble", "dinar", "dirham", "riyal", "rial", "lira", "naira", "rand", "cedi", "kwacha",
    };

    private static void DropRoleAdjectives(Parsed p, int lo, int hi, List<ActorHit> hits)
    {
        for (int i = hits.Count - 1; i >= 0; i--)
        {
            // (also when the actor layer gave the role a country from the article: its words are still the adjective alone)
            if (!IsBareRole(hits[i]) && hits[i].Code.Length != 6) continue;
            for (int t = lo; t <= hi; t++)
            {
                // (... or a role noun compounded with it: "the refugee crisis", "police reform")
                if (p.Words[t] != hits[i].Span || !(p.Tag(t) == "ADJ" && p.Label(t) == "amod" || p.Tag(t) == "NOUN" && p.Label(t) == "compound") || !IsRoleAdjective(p, t)) continue;
                if (p.Head(t) >= 0 && IsLemma(p, p.Head(t), AbstractNouns)) hits.RemoveAt(i);
                break;
            }
        }
    }

    private static readonly HashSet<string> Defending = new(StringComparer.OrdinalIgnoreCase) { "defend" };

    private static readonly HashSet<string> HeadsOf = new(StringComparer.OrdinalIgnoreCase) { "leader", "leaders", "head", "heads", "chief", "chiefs" };

    /// <summary>
    /// "arrested the leader of the opposition party", "the head of a rebel group": one who leads a body named after "of"
    /// is that body's, not a government of his own (the word alone reads as one, ~GOV); the body's code is his. (A
    /// country alone after "of" keeps him its government: "the leader of Kenya" is KENGOV.)
    /// </summary>
    private static void DropHeadsOfGroups(Parsed p, int lo, int hi, List<ActorHit> hits)
    {
        if (hits.Count < 2) return;
        for (int t = lo; t <= hi; t++)
        {
            if (p.Tag(t) != "NOUN" || !IsLemma(p, t, HeadsOf) || p.PrepPhrase(t, nominal: true, "of") is not (>= 0 and var of)) continue;
            int from = of, to = of;
            while (from > 0 && p.IsUnder(from - 1, of)) from--;
            while (to + 1 < p.Words.Length && p.IsUnder(to + 1, of)) to++;
            var body = new TextSpan(p.Words[from].Start, p.Words[to].End);
            if (!hits.Exists(h => body.Contains(h.Span) && h.Code.Length > 3)) continue;
            hits.RemoveAll(h => h.Span == p.Words[t] && IsBareRole(h) && Leadership.Contains(h.Code[3..]));
        }
    }

    private static readonly HashSet<string> MembersBodies = new(StringComparer.OrdinalIgnoreCase) { "union", "unions", "association", "associations", "federation", "syndicate", "guild" };

    /// <summary>
    /// "the teachers' union", "a doctors' association": the role before a body of members says who its members are; the
    /// body is one party, of its own role (LAB), not two.
    /// </summary>
    private static void DropMembersOfBodies(Parsed p, int lo, int hi, List<ActorHit> hits)
    {
        if (hits.Count < 2) return;
        for (int t = lo; t <= hi; t++)
        {
            if (!IsLemma(p, t, MembersBodies) || !hits.Exists(h => h.Span == p.Words[t] && IsBareRole(h))) continue;
            for (int c = p.FirstChild[t]; c >= 0; c = p.NextSibling[c])
                // (a common noun only: "the Government and labour unions" read as one compound is two parties)
                if ((p.Label(c) == "nmod:poss" || p.Label(c) == "compound" && p.Tag(c) == "NOUN") && p.Words[c] is var members)
                    hits.RemoveAll(h => h.Span == members && IsBareRole(h) && !hits.Exists(o => o.Span == p.Words[t] && o.Code == h.Code));
        }
    }

    /// <summary>
    /// "Freedonia's deputy minister Rufus Firefly": a name its phrase describes as a country's official is that country's,
    /// whatever country a dictionary files the name under (the text says whom they serve now); the name's other codes go.
    /// </summary>
    private static void DescribedName(Parsed p, int head, List<ActorHit> hits)
    {
        if (hits.Count < 2 || p.Tag(head) != "PROPN") return;
        // (The owner hung on the title or on the name.)
        int desc = p.Child(head, "nmod:desc");
        int owner = desc < 0 ? -1 : p.Child(desc, "nmod:poss") is var o && o >= 0 ? o : p.Child(head, "nmod:poss");
        if (owner < 0) return;
        var named = p.Words[head];
        for (int c = p.FirstChild[head]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) == "flat") named = named.Union(p.Words[c]);
        var ownerSpan = p.Words[owner];
        string? country = null;
        foreach (var h in hits)
            if (h.Span.Overlaps(ownerSpan) && h.Code.Length >= 3) country = h.Code[..3];
        if (country is null) return;
        hits.RemoveAll(h => named.Overlaps(h.Span) && !h.Span.Overlaps(ownerSpan) && h.Code.Length >= 3 && !h.Code.StartsWith(country, StringComparison.Ordinal));
    }

    /// <summary>
    /// "his Russian counterpart, Sergey Lavrov": a phrase that names only a country takes the fuller code of a
    /// name in apposition from the same country (RUS → RUSGOV). A common noun that names no one ("the West African bloc
    /// ECOWAS", "the rights group Amnesty International") is the name in apposition.
    /// </summary>
    private void ApposRole(Parsed p, int head, List<ActorHit> hits)
    {
        // (not a time: "Last autumn, Theresa May said" misparsed with the name in apposition to "autumn")
        bool unnamed = hits.Count == 0 && p.Tag(head) == "NOUN" && Times.TimeWords.Of(p.Word(head)).Class == Times.WC.None;
        if (!unnamed && (hits.Count == 0 || !hits.TrueForAll(h => h.Code.Length == 3))) return;
        for (int c = p.FirstChild[head]; c >= 0; c = p.NextSibling[c])
        {
            if (p.Label(c) != "appos" || p.Tag(c) != "PROPN") continue;
            int lo = c, hi = c;
            Extend(p, c, ref lo, ref hi, 0);
            var inner = new List<ActorHit>(2);
            _actors.Find(p.Document, p.Words, lo, hi, c, inner);
            if (unnamed) { hits.AddRange(inner); return; }
            foreach (var a in inner)
            {
                if (a.Code.Length <= 3) continue;
                int i = hits.FindIndex(h => a.Code.StartsWith(h.Code, StringComparison.Ordinal));
                if (i >= 0) hits[i] = new ActorHit(a.Code, hits[i].Span.Union(a.Span));
            }
            return;
        }
    }

    /// <summary>
    /// "Uganda's foreign minister met his Kenyan counterpart", "the defence minister met his Kenyan counterpart": a
    /// counterpart holds the other side's office in the country its phrase names (KEN → KENGOV, KENMIL), where the other
    /// side is one body of a state.
    /// </summary>
    private static void CounterpartRole(string text, List<ActorHit> side, List<ActorHit> other)
    {
        if (other.Count != 1 || other[0].Code.Length != 6 || !StateRoles.Contains(other[0].Code[3..])) return;
        for (int i = 0; i < side.Count; i++)
            if (side[i].Code.Length == 3 && side[i].Code != "IGO" && BeforeCounterpart(text, side[i].Span.End))
                side[i] = new ActorHit(side[i].Code + other[0].Code[3..], side[i].Span);
    }

    /// <summary>Whether the word after <paramref name="end"/> is "counterpart(s)".</summary>
    private static bool BeforeCounterpart(string text, int end)
    {
        while (end < text.Length && text[end] == ' ') end++;
        return text.AsSpan(end).StartsWith("counterpart", StringComparison.OrdinalIgnoreCase);
    }

    // Roles that act at home: a police force, a court or protesters with no country named are those of the place.
    private static readonly HashSet<string> DomesticRoles = new(StringComparer.Ordinal) { "COP", "JUD", "LEG", "OPP", "CVL", "GOV", "MED", "EDU", "LAB", "HLH" };
    // The state's own arms: facing their own people, both sides are of one country ("police fired at opposition
    // supporters", "protesters clashed with Kenyan police").
    private static readonly HashSet<string> StateRoles = new(StringComparer.Ordinal) { "COP", "JUD", "GOV", "MIL" };
    // The people a state's arms face at home: rebels, insurgents, the opposition, civilians.
    private static readonly HashSet<string> HomeFront = new(StringComparer.Ordinal) { "REB", "INS", "OPP", "CVL" };

    /// <summary>A state (or one of its bodies) and an armed group against it ("SDNMIL" and "SDNREB", "TUR" and "TURREB").</summary>
    private static bool CivilWarSides(ActorHit a, ActorHit b) => Insurgent(a) && IsState(b) || Insurgent(b) && IsState(a);

    private static bool Insurgent(ActorHit h) => h.Code.Length == 6 && h.Code[3..] is "REB" or "INS";

    private static bool IsState(ActorHit h) => h.Code.Length == 3 && h.Code != "IGO" || h.Code.Length == 6 && StateRoles.Contains(h.Code[3..]);

    /// <summary>
    /// "Police arrested protesters in Cairo", "Kenyan police fired tear gas at opposition supporters": a domestic role
    /// with no country belongs to the country the event happens in ("in X" on the predicate or an argument). Failing
    /// that, a role with no country facing one country's actor across the state/people line takes that country: a
    /// domestic role facing the state's police, courts, government or army; a bare police force, court, government
    /// or army ("the army repelled RSF fighters") facing that country's rebels, insurgents, opposition or civilians.
    /// (An army is never placed by where it fights: foreign troops fight abroad.)
    /// </summary>
    /// <param name="placeDecides">Force in a sentence that names a place: the stage gives people of no named country the
    /// place's country ("Russian forces shelled Kharkiv, killing seven civilians" → UKRCVL), not the other side's.</param>
    private void QualifyDomestic(Parsed p, int predicate, int subj, int obj, List<ActorHit> src, List<ActorHit> tgt, bool placeDecides)
    {
        if (!src.Exists(IsBareRole) && !tgt.Exists(IsBareRole)) return;
        var text = p.Text;
        // ("the junta suspended foreign media": people said to be from abroad are no one's at home)
        bool Domestic(ActorHit h) => IsDomesticBare(h) && !ForeignBefore(text, h.Span.Start);
        if (src.Exists(Domestic) || tgt.Exists(Domestic))
        {
            // "civilians were killed by Russian shelling in Donetsk": the place may hang on either argument.
            int at = LocativeIn(p, predicate);
            if (at < 0 && obj >= 0 && obj != predicate) at = LocativeIn(p, obj);
            if (at < 0 && subj >= 0 && subj != predicate) at = LocativeIn(p, subj);
            if (at >= 0)
            {
                var found = new List<ActorHit>(2);
                AddPhrase(p, at, found, false);
                // ("exploded outside the embassies in Mali and Niger": the people of both, not of the first)
                if (!_dictionaryDecides)
                    for (int c = p.FirstChild[at]; c >= 0 && found.Count > 0; c = p.NextSibling[c])
                        if (p.Label(c) == "conj")
                        {
                            var other = new List<ActorHit>(2);
                            AddPhrase(p, c, other, false);
                            if (other.Exists(h => h.Code.Length == 3 && !IsBareRole(h) && h.Code != "IGO" && !found.Exists(f => f.Code == h.Code))) found.Clear();
                        }
                foreach (var h in found)
                    if (h.Code.Length == 3 && !IsBareRole(h) && h.Code != "IGO")
                    {
                        Qualify(src, h.Code, Domestic); Qualify(tgt, h.Code, Domestic);
                        return;
                    }
            }
        }
        if (placeDecides) return;
        FromCounterpart(src, tgt);
        FromCounterpart(tgt, src);

        void FromCounterpart(List<ActorHit> side, List<ActorHit> other)
        {
            if (other.Count != 1 || other[0].Code.Length < 6 || IsBareRole(other[0]) || other[0].Code.StartsWith("IGO", StringComparison.Ordinal)) return;
            var country = other[0].Code[..3];
            var role = other[0].Code.Substring(3, 3);
            if (StateRoles.Contains(role)) Qualify(side, country, Domestic);
            else if (HomeFront.Contains(role)) Qualify(side, country, h => IsBareRole(h) && h.Code.Length == 6 && StateRoles.Contains(h.Code[3..]) && NamesTheState(h));
        }

        // "the army", "the police": the institution itself. Not a weapon ("artillery fire", "air strikes" are
        // ---MIL too): an unattributed strike stays unattributed.
        bool NamesTheState(ActorHit h) => !h.Code.EndsWith("MIL", StringComparison.Ordinal) || h.Span.SliceOf(text) is var w
            && (w.Equals("army", StringComparison.OrdinalIgnoreCase) || w.Equals("military", StringComparison.OrdinalIgnoreCase) || w.Equals("armed forces", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// An actor named by common words only ("terrorists", "its people", "citizens"), whose country, if any, the actor
    /// layer took from the sentence's place or the article rather than from the phrase.
    /// </summary>
    /// <summary>
    /// Soldiers of no named country struck by force the sentence names as an attack or a weapon ("a car bomb killed 15
    /// soldiers"; not "73 soldiers were killed when two helicopters crashed"), and not ones pointed back to ("fighting
    /// against those forces").
    /// </summary>
    private bool StruckSoldiers(Parsed p, ActorHit t, string code, TextSpan sentence)
    {
        if (t.Code != "---MIL" || !IsForce(code)) return false;
        int from = p.FirstAfter(sentence.Start), to = from;
        while (p.Before(to, sentence)) to++;
        if (!NamesAttack(p, from, to)) return false;
        int head = -1;
        for (int w = p.FirstAfter(t.Span.Start); p.Before(w, t.Span); w++)
            if (t.Span.Contains(p.Words[w])) head = w;
        return head < 0 || p.Child(head, "det") is not (>= 0 and var d) || p.Word(d) is not ("those" or "these" or "that" or "this");
    }

    /// <summary>
    /// "Suspected jihadists ambushed an army convoy in central Mali ... The attackers opened fire on the convoy": a role
    /// noun with "the" (word <paramref name="t"/> of <paramref name="h"/>) names again the same actor the article named
    /// earlier with its country in its own sentence's words (not given by the article), so it is named too.
    /// </summary>
    private static bool RecallsNamed(Parsed p, ActorHit h, int t)
    {
        if (h.Code.Length != 6 || h.Code.StartsWith("---", StringComparison.Ordinal) || !p.Document.Has(Layer.Actors)) return false;
        if (p.Child(t, "det") is not (>= 0 and var det) || !p.Word(det).Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var a in p.Document.Actors)
            if (a.Code == h.Code && !a.CountryFromArticle && a.Evidence.End <= h.Span.Start) return true;
        return false;
    }

    /// <summary>"its", "their": a group's or country's pronoun that owns a thing (not "his"/"her", a person's).</summary>
    private static bool IsOwnerPronoun(Parsed p, int t) => p.Word(t) is "its" or "their" or "Its" or "Their";

    /// <summary>Roles of people who take to the streets: a one-sided protest by them is a demonstration (not by an army that marches).</summary>
    private static readonly HashSet<string> Protesters = new(StringComparer.Ordinal) { "CVL", "OPP", "LAB", "EDU", "HLH", "REF", "AGR" };

    /// <summary>What protesters hold or stage: "held a rally", "staged a sit-in".</summary>
    private static readonly HashSet<string> Protests = new(StringComparer.OrdinalIgnoreCase)
        { "protest", "demonstration", "rally", "march", "strike", "sit-in", "vigil", "walkout" };

    /// <summary>
    /// What protests do when they happen: "protests erupted", "spread to Mombasa", "continued for a third day", "swept the
    /// capital". (Narrower than the battles' <see cref="Outbreaks"/>, whose "began", "followed" and "took place" have not
    /// been checked on protests.)
    /// </summary>
    private static readonly HashSet<string> Happenings = new(StringComparer.OrdinalIgnoreCase)
        { "erupt", "spread", "continue", "resume", "occur", "break", "swell", "escalate", "intensify", "rage", "sweep", "rock", "grip" };

    /// <summary>A bare count of people or a crowd as the ones who protest: "thousands took to the streets".</summary>
    private static readonly HashSet<string> Throngs = new(StringComparer.OrdinalIgnoreCase)
        { "thousand", "thousands", "hundred", "hundreds", "dozens", "scores", "crowd", "crowds", "throng", "throngs" };

    private static bool IsProtester(ActorHit h) => h.Code.Length == 6 && Protesters.Contains(h.Code[3..]);

    /// <summary>
    /// True when a protest verb with no party named is a demonstration that happened: no direct object but a protest
    /// ("demonstrated its resolve"; "held a rally" is one), not a relative clause ("dissidents that demonstrate"), and not under "to" ("urged citizens to keep
    /// rallying", a call, not a rally).
    /// </summary>
    private static bool Demonstration(Parsed p, int predicate, int obj)
    {
        // ("protested the bill": what is protested may be the object)
        if (obj >= 0 && obj != predicate && p.Label(obj) == "obj" && !IsLemma(p, obj, Protests) && !IsLemma(p, predicate, Protests)
            || p.Label(predicate) == "acl:relcl") return false;
        for (int v = predicate; v >= 0; v = p.Head(v))
        {
            if (p.Child(v, "mark") is var mark && mark >= 0 && p.Word(mark).Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
            if (p.Label(v) != "xcomp") break;
        }
        return true;
    }

    private static bool IsUnnamed(Parsed p, ActorHit h)
    {
        bool any = false;
        for (int t = p.FirstAfter(h.Span.Start); p.Before(t, h.Span); t++)
        {
            if (!h.Span.Contains(p.Words[t])) continue;
            any = true;
            if (Named(t) || RecallsNamed(p, h, t)) return false;
            // ("Hun Sen's troops": the troops are named by their owner)
            for (int c = p.FirstChild[t]; c >= 0; c = p.NextSibling[c])
                if (p.Label(c) is "nmod:poss" or "compound" or "amod" or "nmod" && Named(c)) return false;
        }
        return any;

        bool Named(int t) => p.Tag(t) is "PROPN" || char.IsUpper(p.Text[p.Words[t].Start]);
    }

    /// <summary>
    /// "The Cuban government urged its people to keep up the protests", "the government exhorted citizens to keep
    /// rallying": a state's appeal or order to people of no named country (whom the actor layer gave the country of a
    /// place the sentence names, or of the article) is to its own.
    /// </summary>
    private static void OwnPeople(Parsed p, int obj, List<ActorHit> src, List<ActorHit> tgt)
    {
        if (obj < 0 || tgt.Count != 1 || src.Count == 0 || !tgt[0].Code.EndsWith("CVL", StringComparison.Ordinal) || tgt[0].Code.Length != 6) return;
        var country = src[0].Code.Length >= 6 && !IsBareRole(src[0]) && !src[0].Code.StartsWith("IGO", StringComparison.Ordinal) ? src[0].Code[..3] : null;
        if (country is null || !StateRoles.Contains(src[0].Code[3..6]) || src.Exists(h => !h.Code.StartsWith(country, StringComparison.Ordinal))) return;
        if (tgt[0].Code.StartsWith(country, StringComparison.Ordinal) || !IsUnnamed(p, tgt[0]) || !p.Words[obj].Overlaps(tgt[0].Span)) return;
        // The people and nothing more: "its people", "citizens", not "residents of Kharkiv" or "people who fled".
        for (int c = p.FirstChild[obj]; c >= 0; c = p.NextSibling[c])
            if (p.Label(c) is not ("det" or "punct") && !(p.Label(c) == "nmod:poss" && p.Tag(c) == "PRON")) return;
        tgt[0] = new ActorHit(country + tgt[0].Code[3..], tgt[0].Span);
    }

    /// <summary>
    /// "did not butcher his own people because of Israel", "killed tens of thousands of its own citizens": people the
    /// doer's pronoun owns with "own" are the doer's country's, whatever country the actor layer gave them.
    /// </summary>
    private static void DoersOwnPeople(Parsed p, int obj, List<ActorHit> src, List<ActorHit> tgt)
    {
        if (obj < 0 || tgt.Count != 1 || src.Count == 0 || !tgt[0].Code.EndsWith("CVL", StringComparison.Ordinal) || tgt[0].Code.Length != 6) return;
        obj = Counted(p, obj);
        if (p.Child(obj, "nmod:poss") is not (>= 0 and var owner) || p.Tag(owner) != "PRON" || !p.HasChildWord(obj, "amod", "own")) return;
        var country = src[0].Code.Length >= 3 && !src[0].Code.StartsWith("---", StringComparison.Ordinal) && !src[0].Code.StartsWith("IGO", StringComparison.Ordinal)
            && !src[0].Code.StartsWith("IMG", StringComparison.Ordinal) ? src[0].Code[..3] : null;
        if (country is null || src.Exists(h => !h.Code.StartsWith(country, StringComparison.Ordinal)) || tgt[0].Code.StartsWith(country, StringComparison.Ordinal)) return;
        if (!p.Words[obj].Overlaps(tgt[0].Span)) return;
        tgt[0] = new ActorHit(country + tgt[0].Code[3..], tgt[0].Span);
    }

    private static readonly HashSet<string> Multiples = new(StringComparer.OrdinalIgnoreCase) { "ten", "tens", "dozen", "dozens", "score", "scores" };

    /// <summary>
    /// "tens of thousands of his own citizens", "dozens of its own soldiers": the people an amount counts, however its "of"
    /// phrases hang (each on the one before, or all on the first: then the one with an owner); <paramref name="obj"/> itself
    /// when it counts nothing.
    /// </summary>
    private static int Counted(Parsed p, int obj)
    {
        for (int hop = 0; hop < 3 && (p.Tag(obj) == "NUM" || IsLemma(p, obj, Amounts) || IsLemma(p, obj, Multiples)); hop++)
        {
            int next = -1;
            for (int c = p.FirstChild[obj]; c >= 0; c = p.NextSibling[c])
                if (p.Label(c) == "nmod" && p.CaseOf(c).Equals("of", StringComparison.OrdinalIgnoreCase) && (next < 0 || p.Child(c, "nmod:poss") >= 0)) next = c;
            if (next < 0) break;
            obj = next;
        }
        return obj;
    }

    /// <summary>"foreign media", "international journalists", "overseas workers": the word right before
    /// <paramref name="start"/> says the people are from abroad.</summary>
    private static bool ForeignBefore(string text, int start)
    {
        int end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        int from = end;
        while (from > 0 && char.IsLetter(text[from - 1])) from--;
        return text.AsSpan(from, end - from) is var w && (w.Equals("foreign", StringComparison.OrdinalIgnoreCase)
            || w.Equals("international", StringComparison.OrdinalIgnoreCase) || w.Equals("overseas", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsDomesticBare(ActorHit h) => IsBareRole(h) && h.Code.Length == 6 && DomesticRoles.Contains(h.Code[3..]);

    // (and a visit or stopover made, paid or stopped over for: "made a brief stopover in Islamabad")
    private static readonly HashSet<string> Arriving = new(StringComparer.OrdinalIgnoreCase) { "arrive", "land", "travel", "fly", "make", "pay", "stop" };
    private static readonly HashSet<string> Making = new(StringComparer.OrdinalIgnoreCase) { "make", "pay" };
    private static readonly HashSet<string> VisitNouns = new(StringComparer.OrdinalIgnoreCase) { "visit", "stopover", "stop", "trip", "tour" };

    private static bool IsOfficial(ActorHit h) =>
        h.Code.StartsWith("IGO", StringComparison.Ordinal) || h.Code.Length >= 6 && h.Code.AsSpan(3, 3) is "GOV";

    /// <summary>The first actor of a named country in the subject of the verb that reports <paramref name="predicate"/>
    /// ("Pakistan said ...", "Russia's Defense Ministry said ..."), when that is not the clause's own subject; else null.</summary>
    private ActorHit? ReportersActor(Parsed p, int predicate, int subj)
    {
        int reporter = ReportingSubject(p, predicate);
        // ("said its forces had recaptured the town and arrested dozens": a conjunct's subject is its verb's, no reporter;
        // the reporter is the one above that verb)
        if (reporter == subj && subj >= 0 && p.Label(predicate) == "conj" && p.Head(predicate) >= 0) reporter = ReportingSubject(p, p.Head(predicate));
        if (reporter < 0 || reporter == subj) return null;
        var theirs = new List<ActorHit>(2);
        CollectActors(p, reporter, theirs, nominalHead: false);
        int found = theirs.FindIndex(h => !IsBareRole(h) && h.Code.Length >= 3);
        return found < 0 ? null : theirs[found];
    }

    /// <summary>The role of each hit (of those <paramref name="which"/> picks) given to <paramref name="country"/> ("---MIL" → "RUSMIL").</summary>
    private static void Qualify(List<ActorHit> side, string country, Predicate<ActorHit>? which = null)
    {
        for (int i = 0; i < side.Count; i++)
            if (which?.Invoke(side[i]) ?? true) side[i] = new ActorHit(country + side[i].Code[3..], side[i].Span);
    }

    private static bool IsBareRole(ActorHit h) => h.Code.StartsWith("---", StringComparison.Ordinal) && h.Code.Length > 3;

    private static void Extend(Parsed p, int t, ref int lo, ref int hi, int depth)
    {
        if (depth > 4) return;
        for (int c = p.FirstChild[t]; c >= 0; c = p.NextSibling[c])
        {
            var l = p.Label(c);
            // "part of Syria's second city": an "of" phrase says whose the head is; other prepositional
            // phrases (places, times) do not, nor appositions (the phrase is a word range: "the US commander
            // in Iraq, General X" would take in Iraq).
            if (l is "det" or "amod" or "compound" or "nmod:poss" or "flat" or "nummod" or "case" || (l == "conj" && depth > 0) || (l == "cc" && depth > 0) || l.StartsWith("compound", StringComparison.Ordinal) || l.StartsWith("flat", StringComparison.Ordinal) || l.StartsWith("nmod:", StringComparison.Ordinal) && l != "nmod:tmod"
                || (l == "nmod" && p.CaseOf(c).Equals("of", StringComparison.OrdinalIgnoreCase))
                // ("Bree Prime Minister Romendacil" parsed with the name a modifier of the country, no preposition: one name)
                || (l == "nmod" && c > t && p.CaseOf(c).IsEmpty && p.Tag(c) == "PROPN" && p.Tag(t) == "PROPN"))
            {
                if (l == "case" && depth == 0) continue;
                // "accused Algeria of harbouring terrorists": the charge, not whose Algeria is.
                if (depth == 0 && l == "nmod" && p.Label(t) == "obj" && IsLemma(p, p.Head(t), Accusations)) continue;
                lo = Math.Min(lo, c); hi = Math.Max(hi, c);
                Extend(p, c, ref lo, ref hi, depth + 1);
            }
        }
    }
}
