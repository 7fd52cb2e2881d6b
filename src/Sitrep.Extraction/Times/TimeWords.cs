using System.Globalization;

namespace Sitrep.Extraction.Times;

internal enum WC : byte
{
    None, Weekday, Month, Season, Unit, PartOfDay, Deictic, Ref, SetWord, Rel, Position, Approx, Holiday,
}

/// <summary>What a word means to the time grammar: its class and a small value (weekday 1..7, month 1..12, unit).</summary>
internal readonly record struct WordInfo
{
    // Four bytes, so the lexicon's meanings and a sheet's per-token copies stay small in the cache.
    private readonly sbyte _value;

    public WordInfo(WC Class, int Value, bool Plural = false, bool Abbrev = false)
    {
        this.Class = Class;
        _value = checked((sbyte)Value);
        this.Plural = Plural;
        this.Abbrev = Abbrev;
    }

    public WC Class { get; }
    public int Value => _value;
    public bool Plural { get; }
    public bool Abbrev { get; }

    /// <summary>True when a time expression can start at this word; false lets the scanner skip it at once.</summary>
    public bool Starts => Class != WC.None || Value is StarterMark or GlueMark;

    /// <summary>
    /// True for words every time expression contains at least one of (time words, number words, the few
    /// words that end an expression such as "term" or "being"). Digits are core too. Function words that
    /// only open an expression ("the", "at", "more") are not: the scanner tries them only when a core token
    /// follows within a few tokens, which skips most of them.
    /// </summary>
    public bool Core => Class != WC.None || Value is StarterMark or CoreMark;

    /// <summary>Opens a time expression and holds no time itself ("the", "more", "at").</summary>
    public const int GlueMark = -98;
    /// <summary>Opens one (number words, "recent", "half") and is core.</summary>
    public const int StarterMark = -99;
    /// <summary>Never opens one but is core: it can be the only core word of an expression ("the near term").</summary>
    public const int CoreMark = -97;
}

internal enum Unit : byte { Second = 1, Minute, Hour, Day, Week, Fortnight, Month, Quarter, Year, Decade, Century, Weekend, Night, Morning }

/// <summary>The time vocabulary (our own word list; facts of English, typed in).</summary>
internal static class TimeWords
{
    /// <summary>
    /// Every word the time scanner and the figure stage pass to their word tests, lower case (the tests ignore
    /// case). A word missing here never matches; a test over the sources checks that none is missing.
    /// </summary>
    /// <summary>
    /// The words each of the scanner's looking-back tests for the future tense opens with ("will", "plans to",
    /// "is expected to"); the lexicon marks them <see cref="Cue.FutureLead"/>, so the other words are passed over at once.
    /// </summary>
    internal static readonly string[] FutureLeads =
        ["will", "shall", "ll", "wo", "plans", "plan", "planned", "planning", "scheduled", "until", "would", "as", "set", "going", "due", "is", "are", "s", "re", "ahead",
         "begins", "starts", "opens", "reopens", "resumes", "meets", "convenes", "expires", "ends", "by", "should", "must"];

    internal static readonly string[] Tested =
    [
        "-", "a", "abducted", "about", "according", "across", "additional", "after", "age", "aged", "ago", "ahead", "aid", "almost",
        "also", "am", "an", "and", "another", "approximately", "are", "around", "arrested", "arrests", "article", "as", "assistance",
        "at", "autumn", "be", "became", "been", "before", "began", "beginning", "being", "believed", "billion", "bought",
        "brought", "by", "calendar", "came", "casualties", "casualty", "century", "cet", "chose", "christmas", "climbed",
        "close", "coming", "comparable", "conflict", "consecutive", "corresponding", "couple", "current", "date", "dawn",
        "day", "daybreak", "days", "death", "deaths", "detained", "detainees", "did", "displaced", "dozen", "due", "during", "each",
        "earlier", "early", "edt", "effective", "eight", "eighties", "eighty", "end", "ended", "ending", "entire", "est", "estimated",
        "eve", "every", "excess", "executed", "expected", "far", "fatalities", "fell", "few", "fewer", "fifth", "financial", "fifties", "fifty",
        "final", "first", "fiscal", "five", "fled", "flight", "following", "food", "for", "forties", "forty", "found", "four",
        "fourth", "from", "full", "future", "gave", "gmt", "going", "got", "grew", "had", "half", "has", "have", "held",
        "help", "high", "hit", "hostages", "hours", "hrs", "humanitarian", "hundred", "in", "including", "increased", "injured",
        "injuries", "injury", "inside", "into", "is", "jumped", "just", "kidnapped", "killed", "knew", "lack", "lacking", "last",
        "late", "later", "latest", "latter", "least", "led", "left", "less", "live", "living", "ll", "local", "long", "lost",
        "m", "made", "many", "met", "mid", "million", "month", "months", "more", "n", "near", "nearly", "need", "needed",
        "needing", "needs", "next", "nine", "nineteen", "nineties", "ninety", "no", "nobody", "none", "not", "now", "number",
        "of", "old", "on", "once", "one", "only", "or", "out", "outbreak", "outside", "over", "p", "page", "paid", "past", "per", "percent",
        "period", "plan", "planned", "planning", "plans", "pm", "pre", "preceding", "present", "previous", "prisoners", "pst",
        "quarter", "quarters", "quit", "ran", "re", "reached", "recent", "refugees", "remain", "reportedly", "reside",
        "resolution", "risen", "room", "rose", "roughly", "route", "s", "said", "same", "saw", "scheduled", "second", "sent",
        "set", "seven", "seventies", "seventy", "several", "shall", "short", "shot", "siege", "since", "six", "sixties",
        "sixty", "sixth", "seventh", "eighth", "ninth", "tenth", "single", "so", "sold", "some", "soon", "spent", "spoke", "stands", "staying", "numbered", "members", "seized", "wounds", "buried", "coup", "protests", "crackdown", "insurgency", "above", "nears", "nearing", "approaches", "approaching", "start", "still", "stood", "straight", "struck",
        "successive", "term", "than", "thanksgiving", "that", "the", "these", "third", "thirties", "thirty", "this", "thought",
        "thousand", "three", "through", "throughout", "time", "times", "to", "today", "told", "toll", "took", "total",
        "trading", "trillion", "twenties", "twenty", "twice", "two", "under", "until", "up", "uprising", "upwards", "urgent",
        "utc", "war", "was", "water", "went", "were", "when", "which", "who", "whole", "will", "with", "within", "without",
        "wo", "won", "would", "wounded", "wrote", "year", "years", "should", "must", "overall",
        "black", "bloody", "good", "super", "cyber", "ash", "palm", "easter", "holy", "maundy", "shrove", "blue", "week", "post", "off", "back", "away", "broke", "blew", "flew", "swept", "threw", "shook",
        "begins", "starts", "opens", "reopens", "resumes", "meets", "convenes", "expires", "ends", "midnight", "noon",
        "truce", "embargo", "rebellion", "standoff", "dispute", "occupation", "world", "youth", "society", "generation", "generations", "economy", "children", "standards", "dollars", "mr", "mrs", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "adm", "prof", "vs",
        // figure words (FigureStage)
        "any", "whose", "lives", "father", "mother", "parent", "grandfather", "grandmother", "mum", "mom", "dad",
        "claimed", "claim", "claims", "claiming", "estimate", "cost", "costs", "costing", "lose", "losing", "take", "takes", "taking", "taken",
        "line", "lines", "road", "roads", "highway", "free", "booth", "booths", "plaza", "bridge", "fee", "fees",
        "besieged", "blockade", "blockaded", "encircled", "bombardment", "shelling", "fighting", "famine", "starvation", "hunger",
        "trapped", "cut", "bodies", "charred", "mutilated", "decomposed", "unidentified", "dead", "burned", "headless",
        "all", "include", "includes", "included", "other", "others", "started", "erupted",
        "thirds", "fifths", "raising", "bringing", "pushing", "his", "her", "their", "but", "while", "never", "among", "mostly", "tents", "remained", "survived", "returned", "returning", "ages", "survey", "poll", "sample", "study", "evacuating", "quoted", "cited", "count", "captured", "capturing", "moved", "safer", "safety", "housing", "hosting", "alive", "based", "headquartered", "saying", "reporting", "its", "put", "estimates", "crossed", "them", "border",
        "says", "say", "reported", "announced", "stated", "confirmed",
        "further", "affected", "killings", "warned", "warns", "added", "verified", "recorded", "documented", "evacuated", "exceeds", "exceeded", "surpassed", "passed", "tops", "topped", "sheltering", "centres", "centers", "shelters", "camps", "collective", "repeatedly", "previously", "already", "separately", "again", "strike", "strikes", "strikers", "striker", "insecurity", "insecure", "offensive", "invasion", "ceasefire", "crisis", "gone", "abroad", "country", "countries", "neighbouring", "neighboring", "driven", "drove", "driving", "forced", "forcing", "chased", "pushed", "homes", "between", "highest", "deadliest", "bloodiest", "worst", "largest", "biggest", "heaviest", "most", "ever", "captivity", "then", "exceed", "those", "require", "requires", "required", "requiring", "compared", "down", "passes", "surpasses", "speaking", "ahead", "fought", "withdrew", "possibly", "perhaps",
        "sought", "seek", "seeking", "find", "finding", "shelter", "refuge", "both", "access", "off", "losses", "puts", "attack", "assault", "raid", "bombing",
        "arrivals", "arrived", "escape", "crossing", "families", "civilians", "persons", "individuals", "households", "women", "people", "asylum", "influx", "violence", "displacement", "escaping", "fleeing",
        "could", "might", "may", "can", "cannot", "easily", "potentially", "eventually", "likely", "probably", "suppose", "supposing", "imagine", "assume", "assuming", "if", "unless", "even", "what", "along"
    ];

    /// <summary>The time meaning of each word; <see cref="Lexicon"/> holds them with the other grammar words.</summary>
    internal static readonly Dictionary<string, WordInfo> Meanings = Build();

    public static WordInfo Of(ReadOnlySpan<char> word) => Lexicon.Info(Lexicon.Find(word));

    private static Dictionary<string, WordInfo> Build()
    {
        var d = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (int i = 0; i < 7; i++)
        {
            d[days[i]] = new WordInfo(WC.Weekday, i + 1);
            d[days[i] + "s"] = new WordInfo(WC.Weekday, i + 1, Plural: true);
        }
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int i = 0; i < 12; i++) d[months[i]] = new WordInfo(WC.Month, i + 1);
        foreach (var (a, m) in new[] { ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12) })
            d[a] = new WordInfo(WC.Month, m, Abbrev: true);
        foreach (var (w, v) in new[] { ("spring", 1), ("summer", 2), ("autumn", 3), ("fall", 3), ("winter", 4) })
            d[w] = new WordInfo(WC.Season, v);
        foreach (var (w, u, pl) in new[]
        {
            ("second", Unit.Second, false), ("seconds", Unit.Second, true), ("minute", Unit.Minute, false), ("minutes", Unit.Minute, true),
            ("hour", Unit.Hour, false), ("hours", Unit.Hour, true), ("day", Unit.Day, false), ("days", Unit.Day, true),
            ("week", Unit.Week, false), ("weeks", Unit.Week, true), ("fortnight", Unit.Fortnight, false),
            ("month", Unit.Month, false), ("months", Unit.Month, true), ("quarter", Unit.Quarter, false), ("quarters", Unit.Quarter, true),
            ("year", Unit.Year, false), ("years", Unit.Year, true), ("decade", Unit.Decade, false), ("decades", Unit.Decade, true),
            ("century", Unit.Century, false), ("centuries", Unit.Century, true), ("weekend", Unit.Weekend, false), ("weekends", Unit.Weekend, true),
        })
            d[w] = new WordInfo(WC.Unit, (int)u, pl);
        foreach (var (w, v) in new[] { ("morning", 1), ("afternoon", 2), ("evening", 3), ("night", 4), ("overnight", 5), ("dawn", 6), ("dusk", 7), ("noon", 8), ("midnight", 9), ("midday", 8), ("daybreak", 6) })
            d[w] = new WordInfo(WC.PartOfDay, v);
        foreach (var (w, v) in new[] { ("today", 0), ("yesterday", -1), ("tomorrow", 1), ("tonight", 10) })
            d[w] = new WordInfo(WC.Deictic, v);
        // "previously", "formerly", "soon" are mostly not annotated in TempEval-3 gold (dev: under a third are), so they are
        // left out; "currently" is annotated more often than not (dev: 12 of 21).
        foreach (var (w, v) in new[] { ("now", 0), ("recently", -1), ("currently", 0) })
            d[w] = new WordInfo(WC.Ref, v);
        foreach (var (w, u) in new[] { ("daily", Unit.Day), ("weekly", Unit.Week), ("monthly", Unit.Month), ("yearly", Unit.Year), ("hourly", Unit.Hour), ("nightly", Unit.Night) })
            d[w] = new WordInfo(WC.SetWord, (int)u);
        // Rel: -1 past, 0 current, +1 next.
        foreach (var (w, v) in new[] { ("last", -1), ("past", -1), ("previous", -1), ("preceding", -1), ("this", 0), ("current", 0), ("latest", 0), ("next", 1), ("coming", 1), ("following", 1) })
            d[w] = new WordInfo(WC.Rel, v);
        foreach (var (w, v) in new[] { ("early", 1), ("mid", 2), ("late", 3), ("end", 3), ("beginning", 1), ("start", 1), ("middle", 2) })
            d[w] = new WordInfo(WC.Position, v);
        foreach (var (w, v) in new[] { ("christmas", 1), ("thanksgiving", 2) })
            d[w] = new WordInfo(WC.Holiday, v);
        // Function words that open a time expression without holding a time ("the", "more than", "at least").
        foreach (var w in new[] { "the", "a", "an", "earlier", "later", "fiscal", "every", "each", "per", "more", "less", "fewer", "at", "up", "no", "single", "these",
                     "over", "nearly", "almost", "under", "about", "around", "roughly", "approximately", "some", "before", "since", "that",
                     "comparable", "corresponding", "between" })
            d.TryAdd(w, new WordInfo(WC.None, WordInfo.GlueMark));
        // Words that open a time expression and count as its core (quantities, "recent", "half").
        foreach (var w in new[] { "several", "many", "few", "recent", "half", "tens", "scores", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                     "million", "millions", "billion", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
                     "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                     "eighth", "ninth", "tenth", "eleventh", "twelfth", "twentieth", "thirtieth" })
            d.TryAdd(w, new WordInfo(WC.None, WordInfo.StarterMark));
        // Core words that never open an expression: an expression may hold no other core word ("the near term",
        // "the time being", "the sixties", "a couple of days" before its unit, "the same day").
        foreach (var w in new[] { "term", "future", "present", "being", "couple", "same", "full", "entire", "whole", "calendar", "final",
                     "straight", "consecutive", "trading", "additional", "successive", "twenties", "thirties", "forties", "fifties", "sixties",
                     "seventies", "eighties", "nineties" })
            d.TryAdd(w, new WordInfo(WC.None, WordInfo.CoreMark));
        return d;
    }

    public static string MonthToken(int m) => m.ToString("00", CultureInfo.InvariantCulture);
}
