using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Knowledge.Geo;

namespace Sitrep.Extraction.Places;

/// <summary>
/// One article's place resolution: find name mentions (case-aware, longest match), drop the ones that
/// are people, organisations or common words, then choose each name's referent by a prior (kind,
/// population, seat) plus the article's evidence (countries and regions it names, "City, State"
/// pairs, nearby places, the dateline). Parts of places and facilities keep the place's point with a
/// finer precision. Not thread-safe; one instance per article.
/// </summary>
internal sealed partial class PlaceResolver
{
    private readonly PlaceKnowledge _k;
    private readonly Gazetteer _g;
    private readonly ArticleDocument _doc;
    private readonly string _text;
    private readonly List<Mention> _mentions = new();
    private readonly List<Entity> _entities;
    private readonly List<TextSpan> _urls = new();
    private readonly List<Word> _wordBuffer = new();
    // Names the article shows to be people ("Angela Merkel" → "Merkel" elsewhere is her too).
    private readonly HashSet<string> _personKeys = new(StringComparer.Ordinal);
    // ... and those of them that end a person's name the tagger saw ("Mohamed Morsi"): a surname even where tagged a place.
    private readonly HashSet<string> _surnameKeys = new(StringComparer.Ordinal);

    public PlaceResolver(PlaceKnowledge knowledge, ArticleDocument document)
    {
        _k = knowledge;
        _g = knowledge.Gazetteer!;
        _doc = document;
        _text = document.Text;
        _entities = document.Has(Layer.Entities) ? document.Entities.OrderBy(e => e.Span.Start).ToList() : new List<Entity>();
        foreach (var t in document.Tokens)
            if (t.Kind is TokenKind.Url or TokenKind.Email) _urls.Add(t.Span);
    }

    private sealed class Mention
    {
        public required TextSpan Name;
        public TextSpan Span;
        public required List<NameHit> Hits;
        public required string Key;
        public required int Sentence;
        public bool LocEntity;
        public bool DemonymOnly;
        /// <summary>An English word or a bare direction ("Street", "West", "North West"): a place only where the article's country supports it.</summary>
        public bool Common;
        /// <summary>Common, or reached only through other places' alternate names ("Basil", "Lock"): needs its country in the article.</summary>
        public bool NeedsCountry;
        public bool Dateline;
        /// <summary>A country's name the tagger took for an organisation ("a truce with Turkey"): a place, but no evidence of where the article is.</summary>
        public bool Party;
        public int Chosen = -1;
        public double Margin;
        public PlacePrecision? Precision;
        public string? Surface;
        public int ForcedCountryOf = -1; // index of a container mention ("Paris, Texas": Texas)
        /// <summary>After "the town of", "the village of": the text says it is a populated place, whatever its size elsewhere.</summary>
        public bool Settlement;
        /// <summary>After "the province of", "the state of": the division, not its seat, and not the sense of the name's bare mentions.</summary>
        public bool Division;
        // "the Cleveland area": the name is a metropolitan area's, a city's (Heads), and pins the name's other mentions
        public bool Metro;
    }

    private readonly record struct Word(int Start, int End, int LookupEnd, bool Cap, bool AllCaps);

    public List<Place> Resolve()
    {
        var sentences = _doc.Sentences;
        for (int s = 0; s < sentences.Length; s++) FindMentions(s, sentences[s].Span);
        if (_personKeys.Count > 0) _mentions.RemoveAll(m => !m.LocEntity && _personKeys.Contains(m.Key));
        // "Egyptian President Mohamed Morsi arrived ...", then "Egypt's Morsi", "Morsi will meet": the tagger's place on the surname
        // of a person the article names is a slip, not the small town of that name (unless the text puts something in it, "in
        // Morsi", or names a feature or division of it, "Morsi Island", "Morsi district")
        if (_surnameKeys.Count > 0) _mentions.RemoveAll(m => _surnameKeys.Contains(m.Key) && !Locatives.Has(TextAround.WordBefore(_text, m.Name.Start))
            && TextAround.WordAfter(_text, m.Name.End) is var after && !FeatureHeads.Has(after) && !AdminHeads.Has(after) && !CityHeads.Has(after));
        // "Nashua's shares", "Columbia shareholders", "shares of Meridian stock": a name the article shows to be a listed
        // company's is the company's wherever it stands alone in that article (even where the tagger saw a place)
        // So is a name no tagger called a place between "a" and a flight's word: "an Iberia flight" is the airline's, not New Iberia
        var companies = _mentions.Where(m => m.Name == m.Span && !CountryLike(m) && (CompanyCue(m.Name) || !m.LocEntity && CarrierCue(m.Name)))
            .Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        if (companies.Count > 0) _mentions.RemoveAll(m => m.Name == m.Span && companies.Contains(m.Key) && !CountryLike(m));
        DropCompanyShortNames();
        // "Air India", "Air Canada", "Air Berlin": a place's name right after a capitalised "Air" is an airline's
        _mentions.RemoveAll(m => m.Name == m.Span && m.Name.Start >= 4 && _text.AsSpan(m.Name.Start - 4, 4) is "Air "
            && (m.Name.Start == 4 || !char.IsLetter(_text[m.Name.Start - 5])));
        DropNamesInParts();
        if (_mentions.Count == 0 && !HasFacilityWords()) return new List<Place>();
        ResolveAll();
        if (TraceOn)
            foreach (var m in _mentions)
                Console.Error.WriteLine($"geo mention {_doc.Slice(m.Span)} loc={m.LocEntity} dem={m.DemonymOnly} hits={m.Hits.Count} -> " +
                    (m.Chosen < 0 ? "-" : $"{_g.Name(m.Chosen)} {_g.Country(m.Chosen)} {_g.Kind(m.Chosen)} {_g.Population(m.Chosen)}") +
                    " | " + string.Join("; ", m.Hits.Take(6).Select(h => $"{_g.Name(h.Place)} {_g.Country(h.Place)} {_g.Kind(h.Place)} {h.Flags}")));
        var places = new List<Place>();
        foreach (var m in _mentions)
        {
            if (m.Chosen < 0) continue;
            if (m.DemonymOnly && m.Precision is null) continue;
            places.Add(ToPlace(m));
        }
        AddFacilities(places);
        places.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return places;
    }

    // ---------------------------------------------------------------- finding mentions

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al", " al-", "ez", "es", "ash",
        "as", "an", "ad", "ar", "at", "az", "en", "sur", "am", "im", "an", "der", "bin", "ibn", "upon", "on", "the", "and", "y", "i", "e",
    };

    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "from", "to", "into", "outside", "across", "towards", "toward", "around", "via", "through", "inside", "reach",
        "reached", "visit", "visited", "entered", "left", "fled", "outskirts", "north", "south", "east", "west", "between", "and",
    };

    private static readonly HashSet<string> DayMonth = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "On", "In", "And", "But", "The",
    };

    private static readonly HashSet<string> MonthAbbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    private static readonly HashSet<string> DayAbbreviations = new(StringComparer.Ordinal) { "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun" };

    /// <summary>The word before or after is another weekday's short name or a clock time ("8pm", "08:30").</summary>
    private bool InTimetable(List<Word> words, int i)
    {
        foreach (int k in (ReadOnlySpan<int>)[i - 1, i + 1])
        {
            if (k < 0 || k >= words.Count) continue;
            var w = WordText(words[k]);
            if (DayAbbreviations.Has(w) || w.Length > 0 && char.IsAsciiDigit(w[0]) || w is "am" or "pm") return true;
        }
        return false;
    }

    /// <summary>True when a day's number stands right after the word (and its full stop) or right before it.</summary>
    private bool NextToDay(Word w)
    {
        int a = w.End;
        if (a < _text.Length && _text[a] == '.') a++;
        if (a + 1 < _text.Length && _text[a] == ' ' && char.IsDigit(_text[a + 1])) return true;
        return w.Start >= 2 && _text[w.Start - 1] == ' ' && char.IsDigit(_text[w.Start - 2]);
    }

    /// <summary>Capitalised words after a country name that still mean the country ("US President", "Syrian Army").</summary>
    private static readonly HashSet<string> CountryModifiers = new(StringComparer.Ordinal)
    {
        "President", "Prime", "Minister", "Ministry", "Foreign", "Defence", "Defense", "Secretary", "State", "Army", "Navy", "Air",
        "Armed", "Forces", "Government", "Embassy", "Ambassador", "Special", "Coast", "Guard", "Border", "Police", "Supreme", "Parliament",
        "Senate", "Congress", "Interior", "Vice", "Deputy", "Envoy", "Consulate", "Marines", "Military", "Treasury", "Justice",
        "Department", "Federal", "Central", "National", "Red", "Civil", "Chief", "General", "Gen", "Admiral", "Col", "Lt", "Capt",
        "Board", "Governor", "Gov", "Democrats", "Republicans", "Legislature", "House", "Assembly", "Attorney", "Court", "Senator",
        "Sen", "Rep", "Representative", "Mayor", "Officials", "Province", "War", "Government's", "Authority", "Authorities",
    };

    private static readonly HashSet<string> AdminHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Province", "Governorate", "Region", "County", "District", "Oblast", "State", "Prefecture", "Department", "Municipality", "Territory",
        "province", "governorate", "region", "county", "district", "oblast", "state", "prefecture",
    };

    /// <summary>
    /// The kinds of region in the plural, after two names that share them: "the Maradi and Zinder regions" (in lower case:
    /// "the Gulf States" is a name of its own).
    /// </summary>
    private static readonly HashSet<string> PluralAdminHeads = new(StringComparer.Ordinal)
    {
        "provinces", "governorates", "regions", "states", "districts", "counties", "prefectures", "oblasts",
    };

    private static readonly HashSet<string> CityHeads = new(StringComparer.Ordinal) { "City", "city", "town", "Town" };

    private static readonly HashSet<string> FeatureHeads = new(StringComparer.Ordinal)
    {
        "River", "Valley", "Mountains", "Mountain", "Mount", "Lake", "Sea", "Gulf", "Bay", "Island", "Islands", "Desert", "Plain", "Basin",
        "Canal", "Peninsula", "Strait", "Dam", "Street", "Road", "Avenue", "Square", "Park", "Hotel", "University", "College", "School",
        "Times", "Post", "Journal", "Herald", "News", "Power", "Energy", "Airways", "Airlines", "Telecom", "Bank", "Group", "Company",
        "Corporation", "FC", "United", "Rovers", "Today", "Institute", "Center", "Centre", "Council", "Club", "Party", "Front", "Movement",
        "Brigade", "Brigades", "Battalion", "Agreement", "Accord", "Accords", "Declaration", "Convention", "Conference", "Talks", "Process",
    };

    /// <summary>Words that end a news outlet's name: a place's name before one is the outlet's ("the Highland Courier").</summary>
    private static readonly HashSet<string> MediaHeads = new(StringComparer.Ordinal)
    {
        "Times", "Post", "Journal", "Herald", "News", "Courier", "Daily", "Wire", "Chronicle", "Gazette", "Tribune", "Observer",
        "Ledger", "Dispatch", "Telegraph", "Monitor", "Mail", "Examiner", "Sentinel", "Inquirer", "Bulletin", "Radio", "Television", "TV",
    };

    /// <summary>Words that end a shop's or restaurant's name: a place's name before one is the shop's ("Madera Cafe").</summary>
    private static readonly HashSet<string> ShopHeads = new(StringComparer.Ordinal)
    {
        "Cafe", "Café", "Restaurant", "Bistro", "Deli", "Bakery", "Pizzeria", "Brasserie", "Trattoria", "Diner", "Tavern",
    };

    /// <summary>Words after a court's district: "District Judge", "District Court", "District Attorney".</summary>
    private static readonly HashSet<string> CourtWords = new(StringComparer.Ordinal) { "Judge", "Judges", "Court", "Courts", "Attorney", "Attorneys" };

    /// <summary>The name is "District" after compass words or "Federal", "Middle": a court's district ("Western District", "Federal District").</summary>
    private bool CourtDistrict(List<Word> words, int i, int j)
    {
        if (i == j || WordText(words[j]) is not "District") return false;
        for (int k = i; k < j; k++)
            if (!IsDirection(WordText(words[k])) && WordText(words[k]) is not ("Federal" or "Middle")) return false;
        return true;
    }

    /// <summary>Words before a place that do not make a preceding capitalised word a first name ("Northern Syria", "Greater Damascus").</summary>
    private static readonly HashSet<string> PrecedeOk = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper", "Lower", "Old",
        "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "In", "At",
        "From", "To", "Near", "And", "The", "Of", "Outside", "Across", "Rural", "Downtown", "Inner", "Outer", "Metropolitan", "Mainland",
        "Occupied", "Besieged", "Rebel-held", "Rebel-Held", "Via", "Both", "Between", "Like", "Including", "Across", "Into",
        "Co", "County", "St", "Saint", "Ft", "Fort", "Visit", "Beyond", "Free", "Welcome", "Greetings",
    };

    /// <summary>French, Spanish and Italian articles as a name's first word: "Les Saintes", "Los Roques", "La Spezia", "El Alto".</summary>
    private static readonly HashSet<string> RomanceArticles = new(StringComparer.Ordinal)
    {
        "Les", "La", "Le", "Los", "Las", "El", "Il", "Lo", "LES", "LOS", "LAS",
    };

    /// <summary>Place names that are also common first names; followed by a capitalised word they are a person.</summary>
    private static readonly HashSet<string> FirstNamePlaces = new(StringComparer.Ordinal)
    {
        "Jordan", "Georgia", "Chad", "Israel", "Victoria", "Florence", "Austin", "Dallas", "Houston", "Virginia", "Carolina", "India",
        "Sydney", "Paris", "Chelsea", "Madison", "Orlando", "Lincoln", "Washington", "Cuba", "Kenya", "Jackson", "Hamilton", "Chester",
        "Charlotte", "Savannah", "Aurora", "Eugene", "Marion", "Alexandria", "Adelaide", "Regina", "Brooklyn", "Phoenix", "Santiago",
    };

    /// <summary>A first name shape before a major place ("Michael Jordan"): capitalised, lower-case after, not a title.</summary>
    private bool FirstNameLike(ReadOnlySpan<char> w) => w.Length >= 3 && char.IsUpper(w[0]) && !CountryModifiers.Has(w) && !DayMonth.Has(w)
        && _k.CommonWords.Has(w);

    private static readonly HashSet<string> LocatingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "border", "borders", "territory", "territories", "soil", "coast", "coastline", "capital", "countryside", "airspace", "waters",
        "mainland", "frontier", "province", "provinces", "region", "regions", "towns", "villages", "cities", "desert", "heartland",
    };

    private void FindMentions(int sentenceIndex, TextSpan sentence)
    {
        var words = Words(sentence);
        if (words.Count == 0) return;
        int caps = 0, allCaps = 0, longWords = 0;
        foreach (var w in words)
        {
            if (w.End - w.Start <= 3) continue;
            longWords++;
            if (w.Cap) caps++;
            if (w.AllCaps) allCaps++;
        }
        // A headline in Title Case has no lower-case content word; a sentence full of names still has some.
        bool titleCase = longWords >= 3 && caps == longWords;
        bool shouting = longWords >= 3 && allCaps >= longWords * 0.6;
        bool dateline = IsParagraphStart(sentence.Start) && words[0].AllCaps && IsDatelineEnd(words[0].End);
        // "KHARTOUM, March 3 (Meridian Wire) -", "JUBA (Horn Dispatch) —": the parentheses after a dateline credit the
        // outlet, whose name is no place
        var credit = dateline ? DatelineCredit(words[0].End, sentence.End) : default;

        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!w.Cap) continue;
            // (a sentence in capitals: only where the tagger saw a place, "GUNMEN ATTACK VILLAGE NEAR MAIDUGURI"; its other
            // capitals say nothing, and "SAID" or "SOUTH" must not be looked up)
            if (shouting && !(dateline && i == 0) && EntityOver(new TextSpan(w.Start, w.End)) is not { Label: EntityLabel.LOC }) continue;
            if (w.Start >= credit.Start && w.End <= credit.End) continue;
            if (InUrl(w.Start, w.End)) continue;
            int from = _g.MaxWordsFrom(_text.AsSpan(w.Start, w.LookupEnd - w.Start));
            // "Cox's Bazar", "Martha's Vineyard": a name with a possessive inside it (elsewhere a possessive ends a name)
            int possessive = w.LookupEnd != w.End ? _g.MaxWordsFrom(_text.AsSpan(w.Start, w.End - w.Start)) : 0;
            from = Math.Max(from, possessive);
            // "Calif." is indexed with its period, which the word itself does not include.
            if (from == 0 && w.End < sentence.End && _text[w.End] == '.') from = _g.MaxWordsFrom(_text.AsSpan(w.Start, w.End + 1 - w.Start));
            // "Qamishli" seen as a place when the gazetteer writes "Al Qamishli": tried with the article (ArabicArticleVariant)
            if (from == 0 && EntityOver(new TextSpan(w.Start, w.LookupEnd)) is { Label: EntityLabel.LOC } loc && loc.Span == new TextSpan(w.Start, w.LookupEnd)) from = 1;
            int max = Math.Min(from, words.Count - i);
            // "north Africa": the region may start at the lower-case direction word before.
            if (max == 0 && !(i > 0 && IsDirection(WordText(words[i - 1])))) continue;
            max = Math.Max(max, 1);
            for (int len = max; len >= 1; len--)
            {
                int j = i + len - 1;
                if (!Contiguous(words, i, j) && !(len > 1 && len <= possessive && OnlySpaces(words[i].End, words[i + 1].Start) && Contiguous(words, i + 1, j))) continue;
                if (!words[j].Cap && !IsAbbrevWord(words[j])) continue;
                if (len > 1 && !InnerOk(words, i, j)) continue;
                Mention? m = null;
                // "north Africa", "southern Africa": the direction may be part of a region's name.
                if (i > 0 && !words[i - 1].Cap && IsDirection(WordText(words[i - 1])) && OnlySpaces(words[i - 1].End, words[i].Start))
                {
                    m = TryMatch(words, i - 1, j, sentenceIndex, titleCase, false, allowLowerStart: true);
                    if (m is not null && !m.Hits.Any(h => _g.Kind(h.Place) is GeoKind.MacroRegion or GeoKind.Region or GeoKind.Continent or GeoKind.Admin1 or GeoKind.Country)) m = null;
                }
                m ??= TryMatch(words, i, j, sentenceIndex, titleCase, dateline && i == 0);
                if (m is null) continue;
                _mentions.Add(m);
                i = j;
                break;
            }
        }
    }

    private bool IsDatelineEnd(int end)
    {
        var rest = _text.AsSpan(end, Math.Min(4, _text.Length - end));
        return rest.StartsWith(",") || rest.StartsWith(" -") || rest.StartsWith(" \u2014") || rest.StartsWith(" \u2013") || rest.StartsWith(" (");
    }

    /// <summary>
    /// The parenthesised credit after a dateline's city ("(Reuters)", "(Meridian Wire)"), at most a date away from it;
    /// an empty span when there is none.
    /// </summary>
    private (int Start, int End) DatelineCredit(int cityEnd, int sentenceEnd)
    {
        int limit = Math.Min(sentenceEnd, cityEnd + 24);
        int open = _text.IndexOf('(', cityEnd, Math.Max(0, limit - cityEnd));
        if (open < 0) return default;
        int close = _text.IndexOf(')', open, Math.Min(40, sentenceEnd - open));
        return close < 0 ? default : (open, close);
    }

    /// <summary>The word after a name says it is a region: "Red Sea state", "the Red Sea governorate".</summary>
    private bool RegionWordAfter(int end)
    {
        int i = end;
        while (i < _text.Length && _text[i] == ' ') i++;
        int j = i;
        while (j < _text.Length && char.IsLetter(_text[j])) j++;
        return _text.AsSpan(i, j - i) is var w && (w.Equals("state", StringComparison.OrdinalIgnoreCase) || w.Equals("governorate", StringComparison.OrdinalIgnoreCase)
            || w.Equals("province", StringComparison.OrdinalIgnoreCase) || w.Equals("region", StringComparison.OrdinalIgnoreCase));
    }

    private bool IsParagraphStart(int start)
    {
        int p = start - 1;
        while (p >= 0 && _text[p] is ' ' or '\t' or '\r') p--;
        return p < 0 || _text[p] == '\n';
    }

    private static bool IsAbbrevWord(Word w) => false;

    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast",
        "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
    };

    private static bool IsDirection(ReadOnlySpan<char> w) => Directions.Has(w);

    private bool InUrl(int start, int end)
    {
        foreach (var u in _urls) if (u.Start < end && start < u.End) return true;
        if (start > 0 && _text[start - 1] is '/' or '@' or '#' or '_' or '.' or '=') return true;
        if (end < _text.Length && _text[end] is '/' or '@' or '_' or '=') return true;
        return false;
    }

    private List<Word> Words(TextSpan s)
    {
        // One buffer for every sentence of the article: a sentence's words are used before the next is read.
        var list = _wordBuffer;
        list.Clear();
        int i = s.Start;
        while (i < s.End)
        {
            if (!char.IsLetterOrDigit(_text[i])) { i++; continue; }
            int j = i + 1;
            while (j < s.End)
            {
                char c = _text[j];
                if (char.IsLetterOrDigit(c)) { j++; continue; }
                // Inner punctuation keeps one word: U.S., al-Assad, O'Hare, Sana'a.
                if (c is '.' or '-' or '\'' or '\u2019' or '\u2010' or '\u2011' && j + 1 < s.End && char.IsLetter(_text[j + 1]) && !(c == '.' && j + 2 < s.End && char.IsLower(_text[j + 1]) && char.IsLower(_text[j + 2]))) { j++; continue; }
                break;
            }
            int lookupEnd = j;
            if (j - i > 2 && (_text[j - 1] is 's' || _text[j - 1] is 'S' && char.IsUpper(_text[j - 3])) && _text[j - 2] is '\'' or '\u2019') lookupEnd = j - 2;
            else if (HyphenSuffixStart(i, j) is int h) lookupEnd = h;
            // "U.S." and "D.C." end with a period that belongs to the word.
            if (j < s.End && _text[j] == '.' && j - i <= 5 && _text.AsSpan(i, j - i).Contains('.')) { j++; lookupEnd = j; }
            // "St. Louis", "Mt. Kenya", "Ft. Worth": the abbreviation's period belongs to the name that goes on after it (else
            // "Louis" alone is looked up, another place's alternate name).
            else if (j + 2 < s.End && _text[j] == '.' && _text[j + 1] == ' ' && char.IsUpper(_text[j + 2]) && NameAbbreviations.Has(_text.AsSpan(i, j - i)))
            { j++; lookupEnd = j; }
            // "ez-Zor", "al-Bab": a short lower-case particle before a capitalised name is part of the name.
            bool cap = char.IsUpper(_text[i]) || ParticleName(i, lookupEnd);
            bool allCaps = cap;
            for (int k = i; k < lookupEnd && allCaps; k++) if (char.IsLower(_text[k])) allCaps = false;
            list.Add(new Word(i, j, lookupEnd, cap, allCaps));
            i = j;
        }
        return list;
    }

    /// <summary>Abbreviations that open a place's name with a period: "St. Louis", "Ste. Genevieve", "Mt. Kenya", "Ft. Lauderdale".</summary>
    private static readonly HashSet<string> NameAbbreviations = new(StringComparer.Ordinal) { "St", "Ste", "Mt", "Ft" };

    private static readonly HashSet<string> HyphenSuffixes = new(StringComparer.Ordinal)
    {
        "based", "born", "led", "backed", "held", "controlled", "run", "bound", "made", "funded", "allied", "linked", "affiliated",
        "sponsored", "supported", "centred", "centered", "headquartered", "area", "style", "era", "bred", "raised",
    };

    /// <summary>"Abu Dhabi-based", "US-led": the name ends at the hyphen of a lower-case suffix.</summary>
    private int? HyphenSuffixStart(int start, int end)
    {
        int h = _text.LastIndexOf('-', end - 1, end - start);
        if (h <= start || !char.IsUpper(_text[start])) return null;
        var suffix = _text.AsSpan(h + 1, end - h - 1);
        return HyphenSuffixes.Has(suffix) ? h : null;
    }

    private bool ParticleName(int start, int end)
    {
        int k = start;
        while (k < end && k - start < 4 && char.IsLower(_text[k])) k++;
        return k > start && k - start <= 3 && k + 1 < end && _text[k] == '-' && char.IsUpper(_text[k + 1]);
    }

    private bool Contiguous(List<Word> words, int i, int j)
    {
        for (int k = i; k < j; k++)
        {
            if (words[k].LookupEnd != words[k].End) return false; // a possessive ends a name
            for (int p = words[k].End; p < words[k + 1].Start; p++)
                if (_text[p] is not (' ' or '\u00A0' or '-' or '\u2010')) return false;
        }
        return true;
    }

    private bool InnerOk(List<Word> words, int i, int j)
    {
        for (int k = i + 1; k < j; k++)
        {
            if (words[k].Cap) continue;
            if (!Connectors.Has(_text.AsSpan(words[k].Start, words[k].End - words[k].Start))) return false;
        }
        return true;
    }

    /// <summary>The word as a view of the text: the matcher's checks allocate nothing per word.</summary>
    private ReadOnlySpan<char> WordText(Word w) => _text.AsSpan(w.Start, w.LookupEnd - w.Start);

    private Mention? TryMatch(List<Word> words, int i, int j, int sentence, bool titleCase, bool datelineWord, bool allowLowerStart = false)
    {
        var start = words[i].Start;
        var end = words[j].LookupEnd;
        var surface = _text.AsSpan(start, end - start);
        // "US$2.54 billion", "A$40": a country's letters before a dollar sign name its currency
        if (Currency.SignAfter(_text, end)) return null;
        // "US-75 South", "US - 169", "a DC-10 jet": capital letters before a hyphen and a number name a highway or a model, not
        // the country or city they abbreviate
        if (i == j && end - start <= 3 && AllUpper(surface) && NumberAfterHyphen(end)) return null;
        // "a town on the Niger river", "the Congo river basin": a name before lower-case "river" names the river, not the
        // country or city of that name (which would put a Mali story's town in Niger)
        if (NextWord(words, j) is { Cap: false } river && OnlySpaces(words[j].End, river.Start) && WordText(river) is "river") return null;
        if (NextWord(words, j) is { Cap: true } following && OnlySpaces(words[j].End, following.Start))
        {
            // "the Highland Courier", "Meridian Wire", "Levant Daily": a name before a news outlet's word names the outlet
            // ("Chile's Radio Cooperativa" still names Chile)
            if (MediaHeads.Has(WordText(following)) && words[j].LookupEnd == words[j].End) return null;
            // "Madera Cafe and Deli", "the Lisbon Bistro": a name before a shop's word names the shop (even where the tagger
            // saw a place)
            if (ShopHeads.Has(WordText(following)) && words[j].LookupEnd == words[j].End) return null;
            // "Federal District Judge Lynn Hughes", "the Southern District Court": a court's district is no region of that
            // name (Brazil's Federal District, Belize's Southern District)
            if (CourtDistrict(words, i, j) && CourtWords.Has(WordText(following))) return null;
            // "North Kivu" when the gazetteer lacks it: a compass word alone is no place before the name it is part of
            if (AllDirections(words, i, j)) return null;
        }
        var posts = ReadOnlySpan<int>.Empty;
        if (end < _text.Length && _text[end] == '.' && i == j && end - start <= 5)
        {
            // Abbreviations written with their period ("Calif.", "Kan.") before the bare word, which may be
            // some other place's alternate name ("Kan").
            var withDot = _text.AsSpan(start, end + 1 - start);
            posts = _g.Lookup(withDot);
            if (!posts.IsEmpty && AbbreviationApplies(posts, withDot, start)) { end++; surface = withDot; }
            else posts = ReadOnlySpan<int>.Empty;
        }
        if (posts.IsEmpty) posts = _g.Lookup(surface);
        // (a guessed spelling is no part of a longer name: "Al-Rashid Street" is no Er-Rashid)
        bool guessed = false;
        if (posts.IsEmpty && !(NextWord(words, j) is { Cap: true } longer && OnlySpaces(words[j].End, longer.Start)))
        {
            posts = ArabicArticleVariant(surface, EntityOver(new TextSpan(start, end)) is { Label: EntityLabel.LOC } loc && loc.Span == new TextSpan(start, end));
            guessed = !posts.IsEmpty;
        }
        if (posts.IsEmpty) return null;

        bool allCaps = true, hasDot = false;
        foreach (var c in surface) { if (char.IsLower(c)) allCaps = false; if (c == '.') hasDot = true; }
        var hits = new List<NameHit>();
        string? surfaceKey = null;
        foreach (var p in posts)
        {
            var h = Gazetteer.Decode(p);
            // "Hang" (Seng) as Hangzhou, "Yang" as Yangzhou, "Roman" as Romano Canavese: an alternate that is the place's own
            // name cut off three letters or more inside a word is a truncation the gazetteer keeps, not a name texts use
            // ("Rio" for Rio de Janeiro, "Basra" for Basrah are names).
            if (h.Flags.HasFlag(NameFlags.Alternate) && _g.Kind(h.Place) is GeoKind.City or GeoKind.Section && Truncates(surfaceKey ??= GeoText.Key(surface.ToString()) ?? "", _g.Name(h.Place))) continue;
            if (h.Flags.HasFlag(NameFlags.ExactCase))
            {
                // "US" and "U.S." but not "Us"; longer aliases ("America") only need their capital.
                if (!(allCaps || hasDot || surface.Length > 3)) continue;
                // A one-period abbreviation ("Ill.", "Mo.") is a state only after "Town, ".
                if (hasDot && surface.IndexOf('.') == surface.Length - 1 && !PrecededByComma(start)) continue;
            }
            else if (allCaps && surface.Length <= 3 && !datelineWord) continue;
            // "Panama Canal" as an alternate name of a village: a feature word names the feature, not the town.
            // "White House" as a translation of Casablanca: an alternate made of common English words is a phrase.
            if (i < j && h.Flags.HasFlag(NameFlags.Alternate) && _g.Kind(h.Place) is GeoKind.City or GeoKind.Section
                && (FeatureHeads.Has(WordText(words[j])) || AllCommon(words, i, j)))
                continue;
            hits.Add(h);
        }
        if (hits.Count == 0) return null;

        var span = new TextSpan(start, end);
        var key = GeoText.Key(surface.ToString()) ?? "";
        var m = new Mention { Name = span, Span = span, Hits = hits, Key = key, Sentence = sentence, Dateline = datelineWord };
        // "English", "Saudi": when a name is a demonym, small towns of the same spelling are not what the text means.
        if (hits.Any(h => h.Flags.HasFlag(NameFlags.Demonym)))
        {
            // (nor a region of another country spelt so: "the German DAX", "American or German" are no Isle of Man parish)
            var demonymCountries = hits.Where(h => h.Flags.HasFlag(NameFlags.Demonym)).Select(h => _g.Country(h.Place)).ToHashSet();
            hits = hits.Where(h => h.Flags.HasFlag(NameFlags.Demonym) || _g.Kind(h.Place) switch
            {
                GeoKind.City or GeoKind.Section or GeoKind.Admin2 => _g.Population(h.Place) >= 100_000,
                GeoKind.Admin1 => demonymCountries.Contains(_g.Country(h.Place)),
                _ => true,
            }).ToList();
            // "Somali officials", "Kurdish fighters": before a lower-case noun a demonym is an adjective, not the region of that name.
            // So is one before a capitalised word of a name that is no place: "the Somali Disaster Management Agency".
            if (NextWord(words, j) is { } after && OnlySpaces(words[j].End, after.Start) && !AdminHeads.Has(WordText(after)) && !CityHeads.Has(WordText(after))
                && (!after.Cap || !after.AllCaps && _g.Lookup(WordText(after)).Length == 0 && !CountryModifiers.Has(WordText(after))))
                hits = hits.Where(h => h.Flags.HasFlag(NameFlags.Demonym)).ToList();
            // "six Iraqis, a Somali and a Turk.": after "a", before punctuation, a demonym is a person (not Angren, Uzbekistan, a
            // town "Turk" also names)
            else if (!(NextWord(words, j) is { } next && OnlySpaces(words[j].End, next.Start)) && TextAround.WordBefore(_text, start) is "a" or "an")
                hits = hits.Where(h => h.Flags.HasFlag(NameFlags.Demonym)).ToList();
        }
        m.Hits = hits;
        // "Near Dayr Az Zayr, five strikes ...": a name before Arabic's article and a capitalised word is the start of a longer
        // name the gazetteer lacks, not a small town or another place's other name that it also is (Dyer, Indiana); a
        // country's, a region's or a big city's own name still stands ("Baghdad al-Jadida")
        if (ArabicNameGoesOn(words, j) && !hits.Any(h => !h.Flags.HasFlag(NameFlags.Alternate) && (Major(h) || _g.Population(h.Place) >= 100_000)))
            return null;
        m.DemonymOnly = hits.All(h => h.Flags.HasFlag(NameFlags.Demonym));
        if (m.DemonymOnly)
        {
            m.Hits = hits;
            // "the Syrian border": the adjective locates something, so it is a place mention.
            var next = NextWord(words, j);
            if (next is { } nw && LocatingNouns.Has(WordText(nw))) { m.Precision = PlacePrecision.Country; m.Surface = null; }
            return m;
        }
        // Without the demonym readings: "Syrian" names no place by itself.
        m.Hits = hits.Where(h => !h.Flags.HasFlag(NameFlags.Demonym)).ToList();
        // "Canada" is the country, never La Cañada: a country's own name outranks towns that share its spelling. So does an
        // ocean's or a sea's: "pulled from the Atlantic" is no Iowa town.
        if (m.Hits.Any(h => _g.Kind(h.Place) is GeoKind.Country or GeoKind.Water && !h.Flags.HasFlag(NameFlags.Alternate)))
            m.Hits.RemoveAll(h => _g.Kind(h.Place) is GeoKind.City or GeoKind.Section or GeoKind.Admin2);
        m.Common = i == j && _k.CommonWords.Has(WordText(words[i])) || AllDirections(words, i, j);
        // (a spelling guessed needs the article to name the country: "Rabiyah" in northern Iraq is no Ar Rabiyah in Kuwait)
        m.NeedsCountry = m.Common || guessed || m.Hits.Count > 0 && m.Hits.All(h => h.Flags.HasFlag(NameFlags.Alternate)
            && _g.Kind(h.Place) is GeoKind.City or GeoKind.Section && _g.Population(h.Place) < 100_000);

        var entity = EntityOver(span);
        if (entity is not null)
        {
            // A person or organisation is not a place, unless the entity is exactly a well-known place's
            // multi-word name the tagger got wrong ("West Bank", "Khan Younis" tagged ORG or PER).
            // So is a country's own name, alone, that the tagger took for an organisation or a person, as a party to something
            // ("a truce with Turkey").
            // "Volker Turk said …" then "… Turk said": a person's last name is his elsewhere, not a place another name of which
            // it is ("Turk" for Angren); only the places the name is the own name of a large one keep their reading
            if (entity.Label == EntityLabel.PER && i == j && entity.Span.End == span.End && entity.Span.Start < span.Start
                && !m.Hits.Any(h => Major(h) && !h.Flags.HasFlag(NameFlags.Alternate)))
            {
                _personKeys.Add(m.Key);
                _surnameKeys.Add(m.Key);
            }
            if (entity.Label is EntityLabel.PER or EntityLabel.ORG && !(span.Contains(entity.Span) && i < j && m.Hits.Any(Major))
                && !TownAfterPlaceWord(m, words, i, j, entity))
            {
                // (or for a person, opening the sentence, where its capital says nothing: "Chad has recorded 341 deaths")
                if (!(entity.Span == span && CountryName(m) && (entity.Label == EntityLabel.ORG || i == 0))) return null;
                m.Party = true;
            }
            // A LOC entity vouches for the name it is, not for a word inside a longer name ("Sadr City",
            // "Heir Island", "San Telmo"): those get the not-a-place rules like any other candidate.
            if (entity.Label == EntityLabel.LOC && !EntityExtends(entity.Span, words, i, j)) { m.LocEntity = true; return Heads(m, words, j); }
        }
        if (!Plausible(m, words, i, j, titleCase)) return null;
        return Heads(m, words, j);
    }

    /// <summary>The words after word <paramref name="j"/> are Arabic's article and a capitalised name: "Az Zayr", "al-Abyad", "El Fasher".</summary>
    private bool ArabicNameGoesOn(List<Word> words, int j)
    {
        if (NextWord(words, j) is not { } a || !OnlySpaces(words[j].End, a.Start)) return false;
        var at = WordText(a);
        // ("al-Abyad": the article joined to the name by a hyphen, one word)
        if (ParticleName(a.Start, a.LookupEnd)) return true;
        if (!(at.Equals("al", StringComparison.OrdinalIgnoreCase) || at.Equals("el", StringComparison.OrdinalIgnoreCase)
              || at.Length is 2 or 3 && char.IsUpper(at[0]) && Array.IndexOf(SunArticles, at.ToString().ToLowerInvariant()) >= 0))
            return false;
        return j + 2 < words.Count && words[j + 2].Cap && OnlySpaces(a.End, words[j + 2].Start);
    }

    // Arabic's article as transliterations write it: "al"/"el", or assimilated to a "sun letter" ("ad-Dueim", "ash-Shaddadi").
    private static readonly string[] SunArticles = ["at", "ath", "ad", "adh", "ar", "az", "as", "ash", "an"];

    /// <summary>
    /// "Al-Dueim" when the gazetteer has "Ed Dueim", "El Fasher" when it has "Al Fasher": a name that opens with Arabic's
    /// article is looked up with the article's other spellings ("al", "el", and "a"/"e" plus a sun letter the name opens
    /// with). Only "al"/"el" in any form, or another article joined by a hyphen, is read as the article (not English "As",
    /// "At"). A name the tagger saw as a place (<paramref name="place"/>) is also looked up with the article it was
    /// written without ("Qamishli" when the gazetteer has "Al Qamishli"; such a guess needs the article to name the country).
    /// </summary>
    private ReadOnlySpan<int> ArabicArticleVariant(ReadOnlySpan<char> surface, bool place)
    {
        int sep = surface.IndexOfAny(' ', '-');
        string article = "", rest;
        if (sep >= 2 && sep <= 3 && sep + 2 < surface.Length
            && surface[..sep].ToString().ToLowerInvariant() is var a
            && (a is "al" or "el" || surface[sep] == '-' && (SunArticles.Contains(a) || SunArticles.Contains("a" + a[1..]))))
            (article, rest) = (a, surface[(sep + 1)..].ToString());
        else if (place) rest = surface.ToString();
        else return ReadOnlySpan<int>.Empty;
        if (!char.IsUpper(rest[0])) return ReadOnlySpan<int>.Empty;
        var lower = rest.ToLowerInvariant();
        var forms = new List<string> { "al", "el" };
        foreach (var sun in SunArticles)
            if (lower.StartsWith(sun[1..], StringComparison.Ordinal) && (sun.Length == 2 || sun[1..] == lower[..2]))
                forms.AddRange(["a" + sun[1..], "e" + sun[1..]]);
        foreach (var form in forms)
        {
            if (form == article) continue;
            var posts = _g.Lookup(form + " " + rest);
            if (!posts.IsEmpty) return posts;
        }
        return ReadOnlySpan<int>.Empty;
    }

    // Words after which a town's name is where something happens, never a person's or an organisation's part in it
    // ("fighting in Marib", "a strike near Tessalit"). ("at", "to", "into" take people too: "shots at Ali", "an inquiry into X")
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "in", "near", "outside", "inside", "around", "towards", "toward",
    };

    // Verbs of leaving whose "from" names the place left ("displaced from Geneina"); a bare "from" takes people ("a call from X").
    private static readonly HashSet<string> LeavingVerbs = new(StringComparer.Ordinal)
    {
        "fled", "flee", "fleeing", "displaced", "evacuated", "withdrew", "withdrawn", "retreated", "expelled", "escaped", "driven",
    };

    // Verbs of going and nouns of a way whose "to" names the place reached ("fled to Adre", "the road to Mocha"); a bare "to"
    // takes people ("spoke to X", "a letter to X").
    private static readonly HashSet<string> GoingWords = new(StringComparer.Ordinal)
    {
        "fled", "flee", "fleeing", "displaced", "evacuated", "relocated", "returned", "returning", "advanced", "advancing",
        "road", "route", "highway", "corridor",
    };

    // Verbs only a place undergoes, as a passive's participle ("Marib was shelled overnight") or before their object ("rebels
    // shelled Marib", "fighters stormed Mellit"); "attacked", "hit" or "captured" take people too.
    private static readonly HashSet<string> PlaceOnlyVerbs = new(StringComparer.Ordinal)
    {
        "shelled", "shelling", "bombed", "bombarded", "bombarding", "besieged", "besieging", "overran", "overrun", "encircled",
        "encircling", "recaptured", "recapturing", "retook", "retaken", "retaking", "stormed", "storming",
    };

    // What "came under" says only of a place ("Mellit came under heavy shelling"; people come under fire or attack too).
    private static readonly HashSet<string> PlaceOnlyOnslaughts = new(StringComparer.Ordinal) { "shelling", "bombardment", "siege" };

    // Nouns only a place has ("Marib's governor", "Geneina's residents"); a person has a view, a plan, a market stall.
    private static readonly HashSet<string> PlaceOnlyPossessions = new(StringComparer.Ordinal)
    {
        "governor", "mayor", "residents", "inhabitants", "outskirts", "suburbs", "airport",
    };

    /// <summary>
    /// "fighting in Marib", "displaced from Geneina", "fled to Adre", "shelled Marib", "Marib was shelled", "Marib's governor": a
    /// name the tagger took for a person or an organisation, right after a word that places things or a verb only a place
    /// undergoes, or before such a passive or a noun only a place has, is the town the gazetteer knows by that name (its own
    /// name, not another's alternate), unless the article shows it to be a person (the surname of a longer name, "Mr Marib",
    /// "Marib said").
    /// </summary>
    private bool TownAfterPlaceWord(Mention m, List<Word> words, int i, int j, Entity entity)
    {
        if (entity.Span != m.Span || words[i].AllCaps) return false;
        // (a possessive or a longer name after it: "in Smith's view", "in Shaw 's play", "in Marib Dam"; but "Marib's governor")
        int end = words[j].LookupEnd;
        while (end < _text.Length && _text[end] == ' ') end++;
        if (end < _text.Length && _text[end] is '\'' or '\u2019')
        {
            if (!(words[j].LookupEnd != words[j].End && NextWord(words, j) is { } owned && OnlySpaces(words[j].End, owned.Start)
                    && PlaceOnlyPossessions.Has(WordText(owned))))
                return false;
        }
        else if (!AfterPlaceWord(words, i) && !BeforePlaceOnlyPassive(words, j)) return false;
        if (NextWord(words, j) is { Cap: true } next && OnlySpaces(words[j].End, next.Start)) return false;
        if (i == j && _k.CommonWords.Has(WordText(words[i]))) return false;
        // (an organisation's name shared with a small town is the organisation: "in Congress" is no Arizona village; a province's
        // name, whose population the gazetteer leaves unsaid, is the province: "towards Marib city")
        int least = entity.Label == EntityLabel.ORG ? 10_000 : 0;
        // (a name of two words or more is no chance match of another place's alternate name: "in Khan Sheikhoun")
        if (!m.Hits.Any(h => (!h.Flags.HasFlag(NameFlags.Alternate) || i < j) && !h.Flags.HasFlag(NameFlags.Demonym)
                && (_g.Kind(h.Place) is GeoKind.City or GeoKind.Section or GeoKind.Admin2 && _g.Population(h.Place) >= least
                    || _g.Kind(h.Place) is GeoKind.Admin1)))
            return false;
        return !PersonElsewhere(_doc.Slice(m.Span));
    }

    private bool AfterPlaceWord(List<Word> words, int i)
    {
        if (i == 0 || !OnlySpaces(words[i - 1].End, words[i].Start)) return false;
        var prev = WordText(words[i - 1]);
        if (PlaceWords.Has(prev)) return true;
        if (i < 2 || !OnlySpaces(words[i - 2].End, words[i - 1].Start)) return false;
        if (PlaceOnlyVerbs.Has(prev)) return true;
        var verb = WordText(words[i - 2]);
        return prev is "from" && LeavingVerbs.Has(verb) || prev is "to" && GoingWords.Has(verb);
    }

    /// <summary>"Marib was shelled", "Kadugli has been bombarded", "Mellit came under shelling": the name is the subject of
    /// what only a place undergoes.</summary>
    private bool BeforePlaceOnlyPassive(List<Word> words, int j)
    {
        int k = j + 1;
        if (k < words.Count && WordText(words[k]) is "came" or "comes" or "come")
        {
            // "came under heavy shelling", "came under siege"
            if (++k >= words.Count || WordText(words[k]) is not "under") return false;
            if (++k < words.Count && WordText(words[k]) is "heavy" or "intense" or "renewed" or "sustained") k++;
            if (k >= words.Count || !PlaceOnlyOnslaughts.Has(WordText(words[k]))) return false;
        }
        else
        {
            if (k < words.Count && WordText(words[k]) is "has" or "had" or "have") k++;
            if (k >= words.Count || WordText(words[k]) is not ("was" or "were" or "is" or "are" or "been")) return false;
            k++;
            if (k < words.Count && WordText(words[k]) is "again" or "heavily" or "repeatedly") k++;
            if (k >= words.Count || !PlaceOnlyVerbs.Has(WordText(words[k]))) return false;
        }
        // (one clause: "Marib, he said, was shelled" is not read)
        for (int w = j; w < k; w++) if (!OnlySpaces(words[w].End, words[w + 1].Start)) return false;
        return true;
    }

    /// <summary>Whether the article shows the words to be a person's name: the end of a longer person's name, after a
    /// courtesy title, or before a verb of saying.</summary>
    private bool PersonElsewhere(string name)
    {
        foreach (var e in _entities)
            if (e.Label == EntityLabel.PER && e.Span.Length > name.Length && _doc.Slice(e.Span).EndsWith(" " + name, StringComparison.Ordinal))
                return true;
        return Regex.IsMatch(_text, @"\b(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Sheikh)\.? " + Regex.Escape(name) + @"\b|" + Regex.Escape(name) + @" (?:said|says|told|added|wrote)\b)");
    }

    private static bool AllUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiLetterUpper(c)) return false;
        return s.Length > 0;
    }

    /// <summary>A hyphen (spaced or not) and then a number at <paramref name="end"/>: "US-75", "US - 169".</summary>
    private bool NumberAfterHyphen(int end)
    {
        int k = end;
        if (k < _text.Length && _text[k] == ' ') k++;
        if (k >= _text.Length || _text[k] != '-') return false;
        k++;
        if (k < _text.Length && _text[k] == ' ') k++;
        return k < _text.Length && char.IsAsciiDigit(_text[k]);
    }

    /// <summary>The key of <paramref name="name"/> goes on past <paramref name="key"/> by three letters or more of the same word.</summary>
    private static bool Truncates(string key, string name)
    {
        if (key.Length == 0 || GeoText.Key(name) is not { } full || full.Length < key.Length + 3 || !full.StartsWith(key, StringComparison.Ordinal))
            return false;
        for (int k = key.Length; k < key.Length + 3; k++)
            if (!char.IsLetter(full[k])) return false;
        return true;
    }

    /// <summary>A country, continent or region reading: "Britain's shares in the budget" is still Britain.</summary>
    private bool CountryLike(Mention m) => m.Hits.Any(h => _g.Kind(h.Place) is GeoKind.Country or GeoKind.Continent or GeoKind.MacroRegion or GeoKind.Region);

    /// <summary>What a company has and a town has not, after a name's possessive: "Nashua's shares", "Meridian's net worth".</summary>
    private static readonly HashSet<string> CompanyPossessions = new(StringComparer.Ordinal)
    {
        "shares", "stock", "shareholders", "stockholders", "earnings", "profit", "profits", "revenue", "revenues", "treasurer",
        "net", "stake", "bonds", "dividend", "quarterly",
    };

    /// <summary>Words after "stock" that make it a market's ("the Tokyo stock market"), not a company's shares.</summary>
    private static readonly HashSet<string> MarketWords = new(StringComparer.Ordinal)
    {
        "market", "markets", "exchange", "exchanges", "index", "indexes", "indices", "prices", "price", "trading",
    };

    /// <summary>
    /// The name stands as a listed company's: before its shares or shareholders ("Nashua's stock", "Columbia shareholders",
    /// "Meridian common stock"), or after "shares of". Plural "shares" without a possessive is a market's ("Tokyo shares fell").
    /// </summary>
    private bool CompanyCue(TextSpan name)
    {
        var after = NextWords(name.End, 3);
        bool possessive = after.Count > 0 && after[0] is "'s" or "\u2019s";
        if (possessive) after.RemoveAt(0);
        if (after.Count == 0) return false;
        // ("London's stock exchange", "the Tokyo stock market": a market's)
        bool market = after.Count > 1 && MarketWords.Contains(after[1]) || after.Count > 2 && after[1] == "stock" && MarketWords.Contains(after[2]);
        if (possessive && CompanyPossessions.Contains(after[0]) && !market) return true;
        if (after[0] is "shareholders" or "stockholders") return true;
        if ((after[0] == "stock" || after[0] == "common" && after.Count > 1 && after[1] == "stock") && !market) return true;
        var before = _text.AsSpan(Math.Max(0, name.Start - 10), Math.Min(10, name.Start));
        return before.EndsWith("shares of ", StringComparison.Ordinal);
    }

    /// <summary>Words that end a company's full name: "Woodbridge Co.", "Norwood Partners", "Columbia Savings".</summary>
    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal)
    {
        "Co", "Corp", "Inc", "Ltd", "Cos", "Corporation", "Incorporated", "Limited", "Partners", "Partnership", "Savings", "Bancorp",
        "Bancshares", "Holdings", "Industries", "Associates", "Securities", "Enterprises", "Ventures", "Investors", "PLC", "plc", "LLC",
    };

    /// <summary>
    /// "Woodbridge Co. holds 77% ... Woodbridge is a holding company", "Norwood Partners said ... Norwood said it is part of a
    /// group": a town's name that the article writes as a company's full name (before Co., Corp., Inc., Partners, Savings ...) is
    /// that company's short name where it stands alone, not the town (Woodbridge, New Jersey; Norwood, Massachusetts). It stays a
    /// place after a locative ("offices in Norwood"), before its state or country ("Norwood, Mass.-based Phoenix") or a place
    /// word, and where it is a country, a first-level region or a city of a million.
    /// </summary>
    private void DropCompanyShortNames()
    {
        HashSet<string>? names = null;
        HashSet<string>? seen = null;
        foreach (var m in _mentions)
        {
            if (m.Name != m.Span || m.DemonymOnly || m.Hits.Count == 0) continue;
            var surface = _text.Substring(m.Name.Start, m.Name.Length);
            if (!(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(surface)) continue;
            for (int at = _text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                int end = at + surface.Length;
                if (end < _text.Length && _text[end] == ' ' && (at == 0 || !char.IsLetter(_text[at - 1]))
                    && CompanySuffixes.Has(TextAround.WordAfter(_text, end)))
                {
                    (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(surface);
                    break;
                }
            }
        }
        if (names is null) return;
        _mentions.RemoveAll(m => m.Name == m.Span && !m.DemonymOnly && names.Contains(_text.Substring(m.Name.Start, m.Name.Length))
            && !CountryLike(m) && !m.Hits.Any(h => _g.Kind(h.Place) == GeoKind.Admin1 || _g.Kind(h.Place) == GeoKind.City && _g.Population(h.Place) >= 1_000_000)
            && !Locatives.Has(TextAround.WordBefore(_text, m.Name.Start))
            && !(m.Name.End < _text.Length && _text[m.Name.End] == ',' && char.IsUpper(TextAround.WordAfter(_text, m.Name.End + 1) is { Length: > 0 } w ? w[0] : 'a'))
            && TextAround.WordAfter(_text, m.Name.End) is var next && !AdminHeads.Has(next) && !CityHeads.Has(next) && !FeatureHeads.Has(next));
    }

    /// <summary>Words after an airline's name in "an Iberia flight", "a Delta jet".</summary>
    private static readonly HashSet<string> CarrierWords = new(StringComparer.Ordinal)
    {
        "flight", "flights", "jet", "jetliner", "airliner", "plane", "aircraft",
    };

    /// <summary>The name stands between "a"/"an" and a flight's or an aircraft's word: "an Iberia flight", "a Lufthansa jet".</summary>
    private bool CarrierCue(TextSpan name)
    {
        var after = NextWords(name.End, 1);
        return after.Count == 1 && CarrierWords.Contains(after[0]) && TextAround.WordBefore(_text, name.Start) is "a" or "an" or "A" or "An";
    }

    /// <summary>
    /// "the Western District of New York", "the Southern District of Florida": a name among the words that make a part of the
    /// place after them is that part's (<see cref="ToPlace"/> widens the place over them), not a place of its own (American
    /// Samoa's Western District, Belize's Southern District).
    /// </summary>
    private void DropNamesInParts()
    {
        for (int k = _mentions.Count - 1; k > 0; k--)
        {
            var next = _mentions[k];
            if (next.DemonymOnly || !MayHavePart(next.Span.Start)) continue;
            var before = _text.AsSpan(Math.Max(0, next.Span.Start - 60), Math.Min(60, next.Span.Start));
            int part = LastMatchLength(PartOfBefore(), before);
            if (part == 0) continue;
            int from = next.Span.Start - part;
            while (k > 0 && _mentions[k - 1].Span.Start >= from) { _mentions.RemoveAt(k - 1); k--; }
        }
    }

    /// <summary>Up to <paramref name="n"/> lower-case words (a possessive "'s" counts as one) right after <paramref name="at"/>, in one clause.</summary>
    private List<string> NextWords(int at, int n)
    {
        var words = new List<string>();
        int i = at;
        while (words.Count < n && i < _text.Length)
        {
            if (words.Count == 0 && i + 1 < _text.Length && _text[i] is '\'' or '\u2019' && _text[i + 1] == 's') { words.Add(_text[i] + "s"); i += 2; continue; }
            while (i < _text.Length && _text[i] == ' ') i++;
            int j = i;
            while (j < _text.Length && (char.IsLetter(_text[j]) || _text[j] == '-')) j++;
            if (j == i) break;
            var w = _text[i..j];
            if (!char.IsLower(w[0]) && !(words.Count == 0 && w == "'s")) break;
            words.Add(w);
            i = j;
        }
        return words;
    }

    private bool CountryName(Mention m) => m.Hits.Any(h => _g.Kind(h.Place) == GeoKind.Country && !h.Flags.HasFlag(NameFlags.Alternate) && !h.Flags.HasFlag(NameFlags.Demonym));

    /// <summary>Whether a with-period lookup has a reading the exact-case rules below would keep.</summary>
    private bool AbbreviationApplies(ReadOnlySpan<int> posts, ReadOnlySpan<char> surface, int start)
    {
        foreach (var p in posts)
        {
            var h = Gazetteer.Decode(p);
            if (!h.Flags.HasFlag(NameFlags.ExactCase)) return true;
            if (surface.IndexOf('.') != surface.Length - 1 || PrecededByComma(start)) return true;
        }
        return false;
    }

    private bool Major(NameHit h) => _g.Kind(h.Place) is GeoKind.Country or GeoKind.Region or GeoKind.MacroRegion or GeoKind.Continent
        || _g.Kind(h.Place) == GeoKind.Admin1 && !Parish(h.Place)
        || _g.Kind(h.Place) == GeoKind.City && _g.Population(h.Place) >= 100_000;

    /// <summary>
    /// A first-level division of a country under a million people: a parish of the Isle of Man or Guernsey, of village size,
    /// named like a first name ("Patrick", "Andreas") and no more a major place than a village ("Generals Patrick Gordon").
    /// </summary>
    private bool Parish(int place) =>
        _g.Kind(place) == GeoKind.Admin1 && _g.CountryPlace(_g.Country(place)) is var c && c >= 0 && _g.Population(c) is > 0 and < 1_000_000;

    private bool AllDirections(List<Word> words, int i, int j)
    {
        for (int k = i; k <= j; k++) if (!IsDirection(WordText(words[k]))) return false;
        return true;
    }

    /// <summary>The entity holds capitalised words of its own name besides the match (not "northern", "the", "Province").</summary>
    private bool EntityExtends(TextSpan entity, List<Word> words, int i, int j)
    {
        for (int k = i - 1; k >= 0 && words[k].Start >= entity.Start; k--)
        {
            if (!words[k].Cap) continue;
            var t = WordText(words[k]);
            if (!PrecedeOk.Has(t) && !IsDirection(t)) return true;
        }
        // After the match only a short or common word is a name's first word ("San Telmo", "Abu Dhabi");
        // "Blackpool North" and "Quba Mosque" still say where they are.
        if (!(i == j && (words[i].LookupEnd - words[i].Start <= 3 || _k.CommonWords.Has(WordText(words[i]))))) return false;
        for (int k = j + 1; k < words.Count && words[k].Start < entity.End; k++)
        {
            if (!words[k].Cap) continue;
            var t = WordText(words[k]);
            if (!AdminHeads.Has(t) && !CityHeads.Has(t) && !CountryModifiers.Has(t) && !IsFacilityHead(t)) return true;
        }
        return false;
    }

    private bool AllCommon(List<Word> words, int i, int j)
    {
        for (int k = i; k <= j; k++)
            if (!_k.CommonWords.Has(WordText(words[k])) && !Connectors.Has(WordText(words[k]))) return false;
        return true;
    }

    private bool PrecededByComma(int start)
    {
        int p = start - 1;
        while (p >= 0 && _text[p] == ' ') p--;
        return p >= 0 && _text[p] == ',';
    }

    private static Word? NextWord(List<Word> words, int j) => j + 1 < words.Count ? words[j + 1] : null;

    private Entity? EntityOver(TextSpan span)
    {
        // (entities are by start: none that starts a longest entity's length or more before the span reaches it)
        if (_longestEntity < 0) _longestEntity = _entities.Count == 0 ? 0 : _entities.Max(e => e.Span.Length);
        int lo = 0, hi = _entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_entities[mid].Span.Start + _longestEntity <= span.Start) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < _entities.Count; k++)
        {
            var e = _entities[k];
            if (e.Span.Start >= span.End) break;
            if (e.Span.Overlaps(span)) return e;
        }
        return null;
    }

    private int _longestEntity = -1;

    /// <summary>The not-a-place rules, for mentions no LOC entity vouches for.</summary>
    private bool Plausible(Mention m, List<Word> words, int i, int j, bool titleCase)
    {
        bool single = i == j;
        // "Island" is Iceland's own-language name: an alternate spelt like an English word vouches for nothing.
        bool Vouches(NameHit h) => !(m.Common && h.Flags.HasFlag(NameFlags.Alternate));
        bool hasCountry = m.Hits.Any(h => _g.Kind(h.Place) is GeoKind.Country or GeoKind.Continent && Vouches(h));
        bool sentenceInitial = i == 0 || IsAfterOpener(words[i].Start);
        var prev = i > 0 ? words[i - 1] : (Word?)null;
        bool prevAdjacent = prev is { } pw && OnlySpaces(pw.End, words[i].Start);
        var prevText = prev is { } p0 ? WordText(p0) : default;

        bool locative = prev is not null && prevAdjacent && Locatives.Has(prevText) && !sentenceInitial;
        var wordText = WordText(words[i]);
        // "in March", "on Sunday": calendar words are never towns without a LOC entity saying so.
        if (single && DayMonth.Has(wordText)) return Reject(m, "calendar");
        // "GAZA CITY, Nov 24 (AFP) -", "on Sept. 3", "24 Nov": a month's short name next to a day is a date, not a village.
        if (single && MonthAbbreviations.Has(wordText) && NextToDay(words[i])) return Reject(m, "calendar");
        // "10am-3pm Mon, Thu and Sat", "Store hours: Mon - Fri": a weekday's short name among opening hours is no place.
        if (single && DayAbbreviations.Has(wordText) && InTimetable(words, i)) return Reject(m, "calendar");
        // "Les Saintes", "Los Roques": a French, Spanish or Italian article before a capitalised word opens a longer name the
        // gazetteer lacks; the article alone is no town that also goes by it (Lezhë, Albania, "Les")
        if (single && RomanceArticles.Has(wordText) && NextWord(words, j) is { } named && OnlySpaces(words[j].End, named.Start) && named.Cap)
            return Reject(m, "article");
        if (single && !hasCountry && !locative)
        {
            if (_k.CommonWords.Has(wordText)) return Reject(m, "common");
            // "Reading" at a sentence start when "reading" occurs in lower case elsewhere is the word, not the town.
            if (sentenceInitial && ContainsLowerWord(wordText)) return Reject(m, "lower elsewhere");
            // Villages (< 5,000 people) need the text to say "in X" or "X, Region".
            if (m.Hits.All(h => _g.Kind(h.Place) is GeoKind.City or GeoKind.Section or GeoKind.Admin2 && _g.Population(h.Place) < 5000)
                && !(words[j].End < _text.Length && _text[words[j].End] == ','))
                return Reject(m, "village");
        }
        // Tiny places reached only through an alternate name are noise unless the text says "in X".
        if (m.Hits.All(h => h.Flags.HasFlag(NameFlags.Alternate) && _g.Kind(h.Place) is GeoKind.City or GeoKind.Section && _g.Population(h.Place) < 1000)
            && !locative)
            return Reject(m, "alternate");
        // So are towns under 100,000 reached so by one word no tagger called a place that is neither part nor a spelling of
        // their own name: "Democrat" (Sumiton, Alabama), "Transit" (New Burlington), "Forge" (Mastic), a man called "Jafar"
        // (Al Jafr) are other names the gazetteer keeps, not what the text means ("Iguazu" for Puerto Iguazú is a short form
        // of it, "Chudnov" a spelling of Chudniv)
        if (single && !locative && m.Hits.All(h => h.Flags.HasFlag(NameFlags.Alternate) && _g.Kind(h.Place) is GeoKind.City or GeoKind.Section
                && _g.Population(h.Place) < 100_000 && !OwnNameHas(h.Place, m.Key)))
            return Reject(m, "other name");
        if (titleCase) return true;

        // "Jordan Peterson", "Georgia Power", "Moscow Times": a capitalised continuation makes it a name.
        // Countries, first-level regions and big cities keep their reading inside longer names ("Iraq War",
        // "Kenya Wildlife Service", "Dallas Morning News" still locate something) unless the next word is an
        // organisation or feature word, or the name is also a first name ("Jordan Peterson", "Chad Smith").
        bool major = m.Hits.Any(h => Vouches(h) && (_g.Kind(h.Place) is GeoKind.Country or GeoKind.Continent or GeoKind.MacroRegion or GeoKind.Region
                                     || _g.Kind(h.Place) == GeoKind.Admin1 && !Parish(h.Place)
                                     || _g.Kind(h.Place) == GeoKind.City && _g.Population(h.Place) >= 1_000_000));
        if (NextWord(words, j) is { } next && OnlySpaces(words[j].End, next.Start) && words[j].LookupEnd == words[j].End && next.Cap && !next.AllCaps)
        {
            var nt = WordText(next);
            if (FeatureHeads.Has(nt)) return Reject(m, "feature/org word");
            bool heads = AdminHeads.Has(nt) || CityHeads.Has(nt) || DayMonth.Has(nt) || CountryModifiers.Has(nt) || IsFacilityHead(nt);
            if (!heads && single && FirstNamePlaces.Has(wordText)) return Reject(m, "first name");
            if (!heads && !major && !(_g.Lookup(nt).Length > 0 && !_k.CommonWords.Has(nt)))
                return Reject(m, "continuation");
        }
        // "Michael Jordan", "Angela Merkel": a capitalised word before (not sentence-initial) makes it a surname;
        // a small place's name shown to be a surname is a surname everywhere in the article.
        // "Russian Empire", "Great Canadian Midway": a word after a demonym names something of that country.
        // ("Danish Roskilde" is still Roskilde: the demonym's own country keeps its places.)
        if (prev is { } pd && prevAdjacent && !major && _mentions.Count > 0 && _mentions[^1].Name.End == pd.End && _mentions[^1].DemonymOnly
            && !m.Hits.Any(h => _mentions[^1].Hits.Any(d => _g.Country(d.Place) == _g.Country(h.Place))))
            return Reject(m, "after demonym");
        // "Mekong Delta", "Yucatan Peninsula": an English word after a name is that name's head, even after a place.
        if (prev is { } pc && prevAdjacent && pc.Cap && m.Common && !(i - 1 == 0 || IsAfterOpener(pc.Start)) && !PrecedeOk.Has(prevText) && !IsDirection(prevText))
            return Reject(m, "common head");
        if (prev is { } pv && prevAdjacent && pv.Cap && !(i - 1 == 0 || IsAfterOpener(pv.Start)) && !PrecedeOk.Has(prevText)
            && pv.LookupEnd == pv.End && !(_mentions.Count > 0 && _mentions[^1].Name.End == pv.End) && (!major || single && FirstNameLike(prevText)))
        {
            if (!major && m.Hits.All(h => _g.Population(h.Place) < 100_000)) _personKeys.Add(m.Key);
            return Reject(m, "preceded");
        }
        return true;
    }

    /// <summary>The place's own name holds <paramref name="key"/>, or a word of it opens with the same four letters.</summary>
    private bool OwnNameHas(int place, string key)
    {
        var own = _g.Name(place);
        if ((GeoText.Key(own) ?? "").Contains(key, StringComparison.Ordinal)) return true;
        if (key.Length < 4) return false;
        foreach (var word in own.Split(' ', '-'))
            if (GeoText.Key(word) is { Length: >= 4 } w && w.AsSpan(0, 4).SequenceEqual(key.AsSpan(0, 4))) return true;
        return false;
    }

    private static readonly bool TraceOn = Environment.GetEnvironmentVariable("SITREP_GEO_TRACE") == "1";

    private bool Reject(Mention m, string why)
    {
        if (TraceOn) Console.Error.WriteLine($"geo reject {why}: {_doc.Slice(m.Name)} | {_text.Substring(Math.Max(0, m.Name.Start - 30), Math.Min(_text.Length, m.Name.End + 30) - Math.Max(0, m.Name.Start - 30)).ReplaceLineEndings(" ")}");
        return false;
    }

    private bool ContainsLowerWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 64) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        int at = 0;
        while (at < _text.Length)
        {
            int found = _text.AsSpan(at).IndexOf(lower, StringComparison.Ordinal);
            if (found < 0) return false;
            found += at;
            int end = found + lower.Length;
            if ((found == 0 || !char.IsLetter(_text[found - 1])) && (end >= _text.Length || !char.IsLetter(_text[end]))) return true;
            at = end;
        }
        return false;
    }

    private bool OnlySpaces(int from, int to)
    {
        for (int p = from; p < to; p++) if (_text[p] is not (' ' or '\u00A0')) return false;
        return true;
    }

    private bool IsAfterOpener(int start)
    {
        int p = start - 1;
        while (p >= 0 && _text[p] == ' ') p--;
        return p < 0 || _text[p] is '"' or '\u201C' or '\u2018' or '(' or ':' or '\n' or '-' or '\u2013' or '\u2014' or '[';
    }

    private static bool IsFacilityHead(ReadOnlySpan<char> w) => FacilityHead().IsMatch(w);

    /// <summary>"Idlib province" → the admin1 reading; "Aleppo airport" → facility; "the town of Boni" → a populated place.</summary>
    private Mention Heads(Mention m, List<Word> words, int j)
    {
        // "the village of Sangha": a town, not the region (or country) of that name
        if (LastMatchLength(SettlementOfBefore(), _text.AsSpan(Math.Max(0, m.Span.Start - 20), Math.Min(20, m.Span.Start))) > 0)
        {
            var towns = m.Hits.Where(h => _g.Kind(h.Place) is GeoKind.City or GeoKind.Section).ToList();
            if (towns.Count > 0) m.Hits = towns;
            m.Settlement = true;
        }
        // "outside the province of Algiers", "the governorate of Sulaymaniyah": the division, not its seat of that name (a
        // country of the name stays the country: "the state of Israel")
        else if (LastMatchLength(DivisionOfBefore(), _text.AsSpan(Math.Max(0, m.Span.Start - 20), Math.Min(20, m.Span.Start))) > 0
            && !m.Hits.Any(h => _g.Kind(h.Place) == GeoKind.Country))
        {
            var admin = m.Hits.Where(h => _g.Kind(h.Place) is GeoKind.Admin1 or GeoKind.Admin2).ToList();
            if (admin.Count == 0) admin = SeatRegions(m.Hits, capitals: true);
            if (admin.Count > 0) { m.Hits = admin; m.Division = true; }
        }
        if (NextWord(words, j) is not { } next || !OnlySpaces(words[j].End, next.Start) || words[j].LookupEnd != words[j].End) return m;
        var nt = WordText(next);
        // "the Cleveland area": a metropolitan area is a city's, not that of a village of the name (Cleveland, New York, 738
        // people, in a story that names the state); it also says which one the article's other mentions of the name are
        if (nt is "area" && m.Hits.Any(h => _g.Kind(h.Place) == GeoKind.City && !h.Flags.HasFlag(NameFlags.Alternate) && _g.Population(h.Place) >= 100_000))
        {
            m.Hits.RemoveAll(h => _g.Kind(h.Place) == GeoKind.City && _g.Population(h.Place) < 10_000);
            m.Metro = true;
            return m;
        }
        // "the Maradi and Zinder regions": a region like the name after "and"
        if (nt is "and" && j + 3 < words.Count && words[j + 2].Cap && PluralAdminHeads.Has(WordText(words[j + 3])))
        {
            var admin = m.Hits.Where(h => _g.Kind(h.Place) is GeoKind.Admin1 or GeoKind.Admin2).ToList();
            if (admin.Count > 0) m.Hits = admin;
            return m;
        }
        if (AdminHeads.Has(nt) || PluralAdminHeads.Has(nt))
        {
            var admin = m.Hits.Where(h => _g.Kind(h.Place) is GeoKind.Admin1 or GeoKind.Admin2).ToList();
            if (admin.Count == 0 && FirstLevelHeads.Has(nt)) admin = SeatRegions(m.Hits);
            if (admin.Count > 0) { m.Hits = admin; m.Span = new TextSpan(m.Span.Start, next.End); }
        }
        else if (CityHeads.Has(nt))
        {
            var cities = m.Hits.Where(h => _g.Kind(h.Place) == GeoKind.City).ToList();
            if (cities.Count > 0) { m.Hits = cities; m.Span = new TextSpan(m.Span.Start, next.End); }
        }
        return m;
    }

    /// <summary>Region words that name a first-level division ("Odesa region", "Kharkiv oblast"), not a district or county.</summary>
    private static readonly HashSet<string> FirstLevelHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "region", "oblast", "province", "state", "governorate",
    };

    /// <summary>
    /// "Odesa region" when the gazetteer knows the oblast only by another spelling ("Odessa", "Odes'ka"): the
    /// first-level region whose seat (PPLA) the named city is ("Kut Province": Wasit). Not for a country's name: "Thai",
    /// also some Malaysian town's alternate name, does not make "the Thai province of Surin" a Malaysian state.
    /// </summary>
    private List<NameHit> SeatRegions(List<NameHit> hits, bool capitals = false)
    {
        var regions = new List<NameHit>();
        if (hits.Any(h => _g.Kind(h.Place) == GeoKind.Country)) return regions;
        foreach (var h in hits)
        {
            if (_g.Kind(h.Place) != GeoKind.City || !(_g.Feature(h.Place) == "PPLA" || capitals && _g.Feature(h.Place) == "PPLC")
                || _g.Admin1(h.Place) is not { } a1) continue;
            int region = _g.Admin1Place(_g.Country(h.Place), a1);
            if (region >= 0 && !regions.Any(r => r.Place == region)) regions.Add(new NameHit(region, h.Flags));
        }
        return regions;
    }

    [GeneratedRegex(@"\b(?:town|village|hamlet|settlement)s?\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SettlementOfBefore();

    [GeneratedRegex(@"\b(?:province|governorate|oblast|prefecture|state)\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DivisionOfBefore();

    // ---------------------------------------------------------------- resolution

    private double Prior(NameHit h)
    {
        int p = h.Place;
        // Population counts 1.5 per factor of ten, so context (worth about 5) moves a reading
        // across roughly three orders of magnitude: Paris, Texas needs Texas named, not just the US.
        double s = _g.Kind(p) switch
        {
            GeoKind.Country => h.Flags.HasFlag(NameFlags.Alternate) ? 12 : 15,
            GeoKind.Continent => 11,
            GeoKind.MacroRegion => 9.5,
            GeoKind.Region => 10,
            GeoKind.Water => 8,
            GeoKind.Admin1 => 9.5,
            GeoKind.Admin2 => 5,
            GeoKind.City => 1.5 * Math.Log10(_g.Population(p) + 10) + _g.Feature(p) switch
            {
                "PPLC" => 2.5,
                "PPLA" => 1.5,
                "PPLA2" => 0.5,
                _ => 0,
            },
            GeoKind.Section => 1.5 * Math.Log10(_g.Population(p) + 10) - 1,
            _ => 3,
        };
        if (h.Flags.HasFlag(NameFlags.Alternate)) s -= 1.5;
        if (h.Flags.HasFlag(NameFlags.Demonym)) s -= 1;
        return s;
    }

    private sealed class Evidence
    {
        public readonly Dictionary<string, double> Countries = new(StringComparer.Ordinal);
        // What each name contributed, so that a name's own first reading never counts as evidence for itself.
        public readonly Dictionary<(string Key, string Country), double> ByKey = new();
        public readonly HashSet<(string, string)> Admin1 = new();
        // Each place once, however often it is named: every mention's reading is tested against all of them (a long report
        // naming one town 40,000 times made that the square of its length).
        public readonly List<(string Key, float Lat, float Lon)> Points = new();
        public readonly HashSet<(string Key, float Lat, float Lon)> PointSet = new();
        public string? TopCountry;
    }

    private void ResolveAll()
    {
        // Pass 1: priors alone; the confident answers become the article's evidence.
        var ev = new Evidence();
        foreach (var m in _mentions)
        {
            var (best, margin) = Choose(m, null);
            m.Chosen = best;
            m.Margin = margin;
        }
        foreach (var m in _mentions)
        {
            if (m.Chosen < 0) continue;
            var kind = _g.Kind(m.Chosen);
            bool confident = m.Hits.Count == 1 || m.Margin >= 2.5 || kind == GeoKind.Country || m.LocEntity && m.Margin >= 1;
            if (!confident || m.NeedsCountry && kind != GeoKind.Country || m.Party) continue;
            var c = _g.Country(m.Chosen);
            if (c.Length > 0)
            {
                double w = m.DemonymOnly ? 0.5 : 1;
                ev.Countries[c] = ev.Countries.GetValueOrDefault(c) + w;
                ev.ByKey[(m.Key, c)] = ev.ByKey.GetValueOrDefault((m.Key, c)) + w;
            }
            if (kind == GeoKind.Admin1 && _g.Admin1(m.Chosen) is { } a1) ev.Admin1.Add((c, a1));
            if (kind is GeoKind.City or GeoKind.Admin1 or GeoKind.Section or GeoKind.Admin2 && !m.DemonymOnly)
                if (ev.PointSet.Add((m.Key, (float)_g.Lat(m.Chosen), (float)_g.Lon(m.Chosen)))) ev.Points.Add((m.Key, (float)_g.Lat(m.Chosen), (float)_g.Lon(m.Chosen)));
        }
        ev.TopCountry = ev.Countries.Count == 0 ? null : ev.Countries.MaxBy(kv => kv.Value).Key;

        // "Paris, Texas" / "Atlanta, Georgia": a container right after a comma constrains both names.
        for (int i = 0; i + 1 < _mentions.Count; i++)
        {
            var a = _mentions[i];
            var b = _mentions[i + 1];
            if (a.DemonymOnly || b.DemonymOnly || a.Sentence != b.Sentence) continue;
            if (!IsCommaPair(a.Name.End, b.Name.Start)) continue;
            PairUp(a, b, i + 1);
        }

        // Pass 2: priors plus evidence; one sense per name per article unless a pair pinned it.
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in _mentions)
        {
            if (m.ForcedCountryOf >= 0) { byKey.TryAdd(m.Key, m.Chosen); continue; }
        }
        foreach (var m in _mentions)
        {
            if (!m.Metro || m.ForcedCountryOf >= 0 || byKey.ContainsKey(m.Key)) continue;
            m.Chosen = Choose(m, ev).Best;
            if (m.Chosen >= 0) byKey[m.Key] = m.Chosen;
        }
        // (a name with its head word, "Mopti region", is not the same name as bare "Mopti", the town near which people fled)
        var chosen = new Dictionary<(string, bool, bool), int>();
        foreach (var m in _mentions)
        {
            if (m.ForcedCountryOf >= 0) continue;
            if (byKey.TryGetValue(m.Key, out var pinned) && m.Hits.Any(h => h.Place == pinned)) { m.Chosen = pinned; continue; }
            // Same name, same evidence, same answer: resolve each name once (datelines aside).
            var sense = (m.Key, m.DemonymOnly, m.Span != m.Name || m.Division);
            if (!m.Dateline && chosen.TryGetValue(sense, out var c) && m.Hits.Any(h => h.Place == c)) { m.Chosen = c; continue; }
            var (best, _) = Choose(m, ev);
            m.Chosen = best;
            if (!m.Dateline) chosen[sense] = best;
        }
        DropFarHomonyms(ev);
    }

    /// <summary>
    /// "the town of Boni" in a Mali story is not Bonn (by an old alternate name), nor "the village of Moura" the Portuguese
    /// town: when the gazetteer lacks the local place, a small town on another continent than every country the article
    /// supports, with no support of its own and far from all of them, is a homonym and is dropped rather than kept.
    /// </summary>
    private void DropFarHomonyms(Evidence ev)
    {
        // Where the article is, by its countries, regions and big cities: small towns (homonyms themselves, perhaps) say nothing.
        var weak = _mentions.Where(m => m.Chosen >= 0 && WeakReading(m)).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var strong = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var ((key, country), n) in ev.ByKey)
            if (!weak.Contains(key)) strong[country] = strong.GetValueOrDefault(country) + n;
        // ("Africa's wildlife ... the Serengeti": a continent the article names supports its places; "European" does not)
        var continents = _mentions.Where(m => m.Chosen >= 0 && !m.DemonymOnly && _g.Kind(m.Chosen) == GeoKind.Continent)
            .Select(m => ContinentCodes.GetValueOrDefault(_g.Name(m.Chosen))).ToHashSet();
        foreach (var m in _mentions)
        {
            if (m.Chosen < 0 || m.DemonymOnly || m.Dateline || m.ForcedCountryOf >= 0 || !WeakReading(m)) continue;
            var c = _g.Country(m.Chosen);
            if (_k.Continent(c) is not { } continent || continents.Contains(continent) || Support(ev, m, c) > 0) continue;
            bool supported = false, near = false;
            foreach (var (other, n) in strong)
            {
                if (other == c || n - ev.ByKey.GetValueOrDefault((m.Key, other)) <= 0) continue;
                supported = true;
                int op = _g.CountryPlace(other);
                if (_k.Continent(other) is not { } oc || oc == continent
                    || op >= 0 && Km(_g.Lat(op), _g.Lon(op), _g.Lat(m.Chosen), _g.Lon(m.Chosen)) < 1500)
                    near = true;
            }
            foreach (var (key, lat, lon) in ev.Points)
                if (key != m.Key && !weak.Contains(key) && Km(lat, lon, _g.Lat(m.Chosen), _g.Lon(m.Chosen)) < 1500) near = true;
            if (supported && !near)
            {
                if (TraceOn) Console.Error.WriteLine($"geo drop far homonym: {_doc.Slice(m.Span)} -> {_g.Name(m.Chosen)} {c}");
                m.Chosen = -1;
            }
        }
    }

    /// <summary>
    /// The chosen reading is reached by an alternate name and nothing in its country bears the name as its own ("Boni", an
    /// old name of Bonn; not "Marib", a spelling of the town whose governorate is Marib by its own name).
    /// </summary>
    private bool AlternateOnly(Mention m) =>
        m.Hits.Any(h => h.Place == m.Chosen && h.Flags.HasFlag(NameFlags.Alternate))
        && !m.Hits.Any(h => !h.Flags.HasFlag(NameFlags.Alternate) && _g.Country(h.Place) == _g.Country(m.Chosen));

    /// <summary>The gazetteer's continents (lexicons/geo-regions.tsv) by the codes of lexicons/geo-countries.tsv.</summary>
    private static readonly Dictionary<string, string> ContinentCodes = new(StringComparer.Ordinal)
    {
        ["Africa"] = "AF", ["Asia"] = "AS", ["Europe"] = "EU", ["North America"] = "NA", ["South America"] = "SA", ["Oceania"] = "OC",
        ["Antarctica"] = "AN",
    };

    /// <summary>How many other names of the article support country <paramref name="c"/> (not <paramref name="m"/>'s own).</summary>
    private static double Support(Evidence ev, Mention m, string c) =>
        ev.Countries.GetValueOrDefault(c) - ev.ByKey.GetValueOrDefault((m.Key, c));

    /// <summary>
    /// A town, village or district under 100,000 people that is no capital of a country or first-level region (Ma'rib, a
    /// governorate's seat, is where "Russian jets bombed a market in Marib" happened), any town reached only by an
    /// alternate name (<see cref="AlternateOnly"/>), or any city the text calls a town or village ("the town of Palma" in a Mozambique story is not
    /// Palma de Mallorca).
    /// </summary>
    private bool WeakReading(Mention m)
    {
        var kind = _g.Kind(m.Chosen);
        if (kind is not (GeoKind.City or GeoKind.Section or GeoKind.Admin2)) return false;
        if (m.Settlement || AlternateOnly(m)) return true;
        return _g.Population(m.Chosen) < 100_000 && _g.Feature(m.Chosen) is not ("PPLA" or "PPLC");
    }

    private bool IsCommaPair(int aEnd, int bStart)
    {
        var between = _text.AsSpan(aEnd, bStart - aEnd).Trim();
        return between.Length == 1 && between[0] == ',';
    }

    private void PairUp(Mention a, Mention b, int bIndex)
    {
        double best = double.MinValue;
        int ba = -1, bb = -1;
        foreach (var ha in a.Hits)
        {
            var ka = _g.Kind(ha.Place);
            if (ka is not (GeoKind.City or GeoKind.Section or GeoKind.Admin2 or GeoKind.Admin1)) continue;
            foreach (var hb in b.Hits)
            {
                var kb = _g.Kind(hb.Place);
                bool contains = kb switch
                {
                    GeoKind.Country => _g.Country(ha.Place) == _g.Country(hb.Place),
                    GeoKind.Admin1 => ka != GeoKind.Admin1 && _g.Country(ha.Place) == _g.Country(hb.Place) && _g.Admin1(ha.Place) == _g.Admin1(hb.Place),
                    _ => false,
                };
                if (!contains) continue;
                double s = Prior(ha) + Prior(hb) * 0.3;
                if (s > best) { best = s; ba = ha.Place; bb = hb.Place; }
            }
        }
        if (ba < 0) return;
        a.Chosen = ba;
        b.Chosen = bb;
        a.ForcedCountryOf = bIndex;
        b.ForcedCountryOf = bIndex;
    }

    private (int Best, double Margin) Choose(Mention m, Evidence? ev)
    {
        int best = -1;
        double bestScore = double.MinValue, second = double.MinValue;
        // "Manchester" is Manchester's own name and only an old alternate of a Virginia town: when a
        // sizeable place bears the name as its own, other places' alternates of it rank lower.
        int owner = -1;
        int countries = 0;
        string? admin1Country = null;
        bool admin1Abroad = false;
        foreach (var h in m.Hits)
        {
            if (_g.Kind(h.Place) == GeoKind.Country) countries++;
            if (_g.Kind(h.Place) == GeoKind.Admin1 && !(admin1Country ??= _g.Country(h.Place)).Equals(_g.Country(h.Place), StringComparison.Ordinal)) admin1Abroad = true;
            if (owner < 0 && !h.Flags.HasFlag(NameFlags.Alternate) && !h.Flags.HasFlag(NameFlags.Demonym)
                && (_g.Kind(h.Place) is GeoKind.Country or GeoKind.Admin1 or GeoKind.Continent or GeoKind.MacroRegion or GeoKind.Region || _g.Population(h.Place) >= 100_000))
                owner = h.Place;
        }
        // "a cargo ship in the Red Sea": a region named like a sea is the sea, unless the text says region ("Red Sea state").
        bool sea = m.Hits.Any(o => _g.Kind(o.Place) == GeoKind.Water && !o.Flags.HasFlag(NameFlags.Alternate)) && !RegionWordAfter(m.Span.End);
        foreach (var h in m.Hits)
        {
            double s = Prior(h);
            // ... unless the alternate is the owner's own city ("Geneva" the canton and Genève the city).
            if (owner >= 0 && h.Flags.HasFlag(NameFlags.Alternate) && (_g.Country(h.Place) != _g.Country(owner) || _g.Admin1(h.Place) != _g.Admin1(owner))) s -= 3;
            // "Congo": between two countries of one name, the larger is what news means unless the text says otherwise.
            if (countries > 1 && _g.Kind(h.Place) == GeoKind.Country) s += 0.2 * Math.Log10(_g.Population(h.Place) + 10);
            // "moved to Florida": so between first-level regions of one name in several countries (the US state, a Puerto Rican
            // municipality, a Uruguayan department), the one of the more populous country
            if (admin1Abroad && _g.Kind(h.Place) == GeoKind.Admin1 && _g.CountryPlace(_g.Country(h.Place)) is var home and >= 0)
                s += 0.01 * Math.Log10(_g.Population(home) + 10); // (a tie-break: no more than a tenth)
            // "Geneva", "Aleppo": a region named like its own city means the city in running text. (The city bears the name as
            // its own, or is the region's seat, Genève; "Chiapas" is the Mexican state, not Chiapa de Corzo, a town in it that
            // the gazetteer also calls so.)
            if (_g.Kind(h.Place) == GeoKind.Admin1 && m.Hits.Any(o => _g.Kind(o.Place) == GeoKind.City && _g.Country(o.Place) == _g.Country(h.Place)
                    && _g.Admin1(o.Place) == _g.Admin1(h.Place) && _g.Population(o.Place) >= 10_000
                    && (!o.Flags.HasFlag(NameFlags.Alternate) || _g.Feature(o.Place) == "PPLA")))
                s -= 3;
            if (sea && _g.Kind(h.Place) == GeoKind.Admin1) continue;
            if (m.Dateline && _g.Kind(h.Place) is GeoKind.City) s += 2;
            if (ev is not null)
            {
                var c = _g.Country(h.Place);
                var kind = _g.Kind(h.Place);
                // "West" (a Cameroonian region), "Street" (a Somerset town): only in an article about that country.
                if (m.NeedsCountry && kind != GeoKind.Country && !(c.Length > 0 && ev.Countries.TryGetValue(c, out var cn) && cn - ev.ByKey.GetValueOrDefault((m.Key, c)) > 0))
                    continue;
                bool town = kind is GeoKind.City or GeoKind.Section or GeoKind.Admin2;
                bool inRegionNamed = town && _g.Admin1(h.Place) is { } a1 && ev.Admin1.Contains((c, a1));
                bool nearPlaceNamed = (town || kind == GeoKind.Admin1) && NearOtherPoint(ev, m, h.Place);
                // "the West", "in this Hall", "Ten Things Not to Do": a town named like an English word needs the article to be
                // about its part of the country (its first-level region, or a place near it, named); the country alone is too
                // little, for the US and Britain are named in most English news ("West", Texas; "Do", a French village).
                // So does a small town named like a city five times its size abroad: "a trader in Frankfurt", "talks in Geneva"
                // are no Kentucky or Illinois town because the story names the US (Paris, Texas, wants Texas named).
                if (town && (m.Common || SmallNamesakeOfCityAbroad(m, h.Place)) && !inRegionNamed && !nearPlaceNamed) continue;
                if (c.Length > 0 && ev.Countries.TryGetValue(c, out var n) && (n -= ev.ByKey.GetValueOrDefault((m.Key, c))) > 0)
                    s += 2.5 + Math.Min(1.5, n * 0.5) + (c == ev.TopCountry ? 1 : 0);
                if (inRegionNamed) s += 3;
                if (nearPlaceNamed) s += 2;
            }
            if (s > bestScore)
            {
                if (best < 0 || Far(best, h.Place)) second = bestScore;
                bestScore = s;
                best = h.Place;
            }
            else if (s > second && best >= 0 && Far(best, h.Place)) second = s;
        }
        return (best, second == double.MinValue ? 10 : bestScore - second);
    }

    /// <summary>
    /// A town under 50,000 people when the name is also the own name of a city of another country five times its size and over
    /// 100,000 (Frankfort, Kentucky, beside Frankfurt am Main; Geneva, Illinois, beside Genève; not Monterey, California, an
    /// alternate spelling of Monterrey).
    /// </summary>
    private bool SmallNamesakeOfCityAbroad(Mention m, int place)
    {
        long population = _g.Population(place);
        if (population >= 50_000) return false;
        foreach (var o in m.Hits)
            if (_g.Kind(o.Place) == GeoKind.City && !o.Flags.HasFlag(NameFlags.Alternate) && _g.Country(o.Place) != _g.Country(place)
                && _g.Population(o.Place) >= Math.Max(100_000, 5 * population))
                return true;
        return false;
    }

    /// <summary>Whether another name of the article (not <paramref name="m"/>'s own) is a place within about 250 km of <paramref name="place"/>.</summary>
    private bool NearOtherPoint(Evidence ev, Mention m, int place)
    {
        double plat = _g.Lat(place), plon = _g.Lon(place), cos = Math.Cos(plat * Math.PI / 180);
        foreach (var (key, lat, lon) in ev.Points)
        {
            if (key == m.Key) continue;
            // (2.25° of latitude, by the flat-earth distance: cheap and close enough here)
            double dy = lat - plat, dx = (lon - plon) * cos;
            if (dy * dy + dx * dx < 2.25 * 2.25) return true;
        }
        return false;
    }

    /// <summary>Two readings differ when they are in different countries or far apart (a city and its own admin1 do not).</summary>
    private bool Far(int a, int b) =>
        _g.Country(a) != _g.Country(b) || Km(_g.Lat(a), _g.Lon(a), _g.Lat(b), _g.Lon(b)) > 100;

    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0088, d = Math.PI / 180;
        double dlat = (lat2 - lat1) * d, dlon = (lon2 - lon1) * d;
        double h = Math.Sin(dlat / 2) * Math.Sin(dlat / 2) + Math.Cos(lat1 * d) * Math.Cos(lat2 * d) * Math.Sin(dlon / 2) * Math.Sin(dlon / 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    // ---------------------------------------------------------------- output, parts and facilities

    [GeneratedRegex(@"(?:\b(?:the\s+)?(?:(?:north|south)-?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|central|downtown|rural|greater|inner|old)\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DirectionBefore();

    [GeneratedRegex(@"\b(?:(?:rebel|government|regime|opposition|army|militant|insurgent|jihadist|kurdish|is|isis|isil|taliban|houthi)[-\s]+(?:held|controlled)\s+|besieged\s+|(?:north|south|east|west)(?:ern)?\s+)?(?:areas?|parts|districts?|neighbou?rhoods?|quarters?|outskirts|suburbs|countryside|cent(?:re|er)|heart|old\s+city|streets|sections?)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOfBefore();

    [GeneratedRegex(@"^(?:hospitals?|airports?|air\s?bases?|airbase|crossings?|border\s+crossing|checkpoints?|prisons?|refugee\s+camp|camps?|stadium|port|dam|bridge|military\s+base|base)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FacilityHead();

    [GeneratedRegex(@"\b((?:[A-Z][\w'’\-]*|[A-Z]\d+)(?:\s+(?:and\s+)?(?:al-|el-)?(?:[A-Z][\w'’\-]*|[A-Z]\d+))*)\s+(hospitals?|airport|air\s?base|airbase|(?:border\s+)?crossing|checkpoint|prison|refugee\s+camp|camp)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FacilityPhrase();

    private Place ToPlace(Mention m)
    {
        var p = m.Chosen;
        var kind = _g.Kind(p);
        var precision = m.Precision ?? PrecisionOf(kind);
        var span = m.Span;
        string name = _g.Name(p);
        if (!m.DemonymOnly && MayHavePart(span.Start))
        {
            var before = _text.AsSpan(Math.Max(0, span.Start - 60), Math.Min(60, span.Start));
            int partLength = LastMatchLength(PartOfBefore(), before);
            if (partLength == 0) partLength = LastMatchLength(DirectionBefore(), before);
            if (partLength > 0 && kind is not (GeoKind.Continent or GeoKind.Water))
            {
                span = new TextSpan(span.Start - partLength, span.End);
                while (span.Start < span.End && _text[span.Start] == ' ') span = new TextSpan(span.Start + 1, span.End);
                precision = kind is GeoKind.City or GeoKind.Section ? PlacePrecision.PartOfCity : PlacePrecision.Region;
                name = _doc.Slice(span);
            }
        }
        return new Place(span, name, _g.GeonameId(p), Math.Round(_g.Lat(p), 5), Math.Round(_g.Lon(p), 5), _g.Country(p), _g.Admin1(p),
            _g.Feature(p), precision);
    }

    /// <summary>The length of the (end-anchored) match in <paramref name="text"/>, 0 when none; matched on the span, no copy.</summary>
    private static int LastMatchLength(Regex regex, ReadOnlySpan<char> text)
    {
        int length = 0;
        foreach (var m in regex.EnumerateMatches(text)) length = m.Length;
        return length;
    }

    /// <summary>Cheap test before the regexes: the word before is a direction word or "of"/"the".</summary>
    private bool MayHavePart(int start)
    {
        int e = start;
        while (e > 0 && _text[e - 1] == ' ') e--;
        int b = e;
        while (b > 0 && (char.IsLetter(_text[b - 1]) || _text[b - 1] == '-')) b--;
        if (b == e) return false;
        var w = _text.AsSpan(b, e - b);
        if (w.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            // "the US" is common and never a part; "areas of the Old City" is.
            int e2 = b;
            while (e2 > 0 && _text[e2 - 1] == ' ') e2--;
            return e2 >= 2 && _text.AsSpan(e2 - 2, 2).Equals("of", StringComparison.OrdinalIgnoreCase);
        }
        return w.Equals("of", StringComparison.OrdinalIgnoreCase)
            || Directions.Has(w) || w.Equals("downtown", StringComparison.OrdinalIgnoreCase) || w.Equals("rural", StringComparison.OrdinalIgnoreCase)
            || w.Equals("greater", StringComparison.OrdinalIgnoreCase) || w.Equals("inner", StringComparison.OrdinalIgnoreCase) || w.Equals("old", StringComparison.OrdinalIgnoreCase);
    }

    internal static PlacePrecision PrecisionOf(GeoKind kind) => kind switch
    {
        GeoKind.Country => PlacePrecision.Country,
        GeoKind.Admin1 => PlacePrecision.Admin1,
        GeoKind.Admin2 => PlacePrecision.Admin2,
        GeoKind.City => PlacePrecision.City,
        GeoKind.Section => PlacePrecision.PartOfCity,
        _ => PlacePrecision.Region,
    };

    private bool HasFacilityWords() => MayHaveFacility(new TextSpan(0, _text.Length)) && FacilityPhrase().IsMatch(_text);

    // The heads FacilityPhrase can end with; "base" alone would let every "based" through to the regex.
    private static readonly string[] FacilityWords = ["hospital", "airport", "air base", "airbase", "crossing", "checkpoint", "prison", "camp"];

    private bool MayHaveFacility(TextSpan span)
    {
        var t = _text.AsSpan(span.Start, span.Length);
        foreach (var w in FacilityWords) if (t.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// "The M10 and M2 hospitals", "Aleppo airport": a named facility gets the point of the place it is
    /// in, taken from its own name when that is a place, else the nearest city-level place of the sentence,
    /// else the article's focus place.
    /// </summary>
    private void AddFacilities(List<Place> places)
    {
        foreach (var s in _doc.Sentences)
        {
            if (!MayHaveFacility(s.Span)) continue;
            // Matched in place (indexes are the article's), not on a copy of the sentence.
            for (var fm = FacilityPhrase().Match(_text, s.Span.Start, s.Span.Length); fm.Success; fm = fm.NextMatch())
            {
                var nameGroup = fm.Groups[1];
                int nameStart = nameGroup.Index;
                var full = new TextSpan(nameStart, fm.Index + fm.Length);
                if (_doc.IsBoilerplate(full)) continue;
                // Leading sentence words ("The M10 ...") are not part of the name.
                var names = nameGroup.Value;
                int skip = 0;
                foreach (var lead in new[] { "The ", "A ", "An ", "In ", "At " })
                    if (names.StartsWith(lead, StringComparison.Ordinal)) { skip = lead.Length; break; }
                nameStart += skip;
                var inner = places.FindIndex(p => p.Span.Start >= nameStart && p.Span.End <= full.End);
                Place? host = inner >= 0 ? places[inner] : NearestHost(places, s.Span, full);
                if (host is null) continue;
                var parts = SplitCoordinated(nameStart, full.End, fm.Groups[2].Index, fm.Groups[2].Value);
                if (inner >= 0) places.RemoveAt(inner);
                var singular = fm.Groups[2].Value.EndsWith('s') ? fm.Groups[2].Value[..^1] : fm.Groups[2].Value;
                foreach (var part in parts)
                {
                    // The name a reader would give it: "M10 hospital" for "M10" in "the M10 and M2 hospitals".
                    var text = _doc.Slice(part);
                    var name = text.EndsWith(fm.Groups[2].Value, StringComparison.Ordinal) ? text[..^fm.Groups[2].Value.Length].TrimEnd() : text;
                    places.Add(host with { Span = part, Name = $"{name} {singular}", Precision = PlacePrecision.Facility });
                }
            }
        }
    }

    /// <summary>"M10 and M2 hospitals" → "M10 hospitals"-style spans for each name: the first name through the head, and the second name through the head.</summary>
    private List<TextSpan> SplitCoordinated(int nameStart, int end, int headStart, string head)
    {
        var names = _text.Substring(nameStart, headStart - nameStart);
        int and = names.IndexOf(" and ", StringComparison.Ordinal);
        if (and < 0 || !head.EndsWith('s')) return [new TextSpan(nameStart, end)];
        return [new TextSpan(nameStart, nameStart + and), new TextSpan(nameStart + and + 5, end)];
    }

    private bool IsDateline(TextSpan span)
    {
        foreach (var m in _mentions)
            if (m.Dateline && m.Span == span) return true;
        return false;
    }

    private Place? NearestHost(List<Place> places, TextSpan sentence, TextSpan facility)
    {
        Place? best = null;
        int bestDist = int.MaxValue;
        foreach (var p in places)
        {
            if (p.Precision is PlacePrecision.Country or PlacePrecision.Region or PlacePrecision.Facility) continue;
            // a wire dateline names where the report was filed ("NAIROBI, April 14 - ... stormed the Zamzam camp in North Darfur")
            if (IsDateline(p.Span)) continue;
            int d = p.Span.Start >= facility.End ? p.Span.Start - facility.End : facility.Start - p.Span.End;
            if (!sentence.Contains(p.Span)) d += 10_000; // the sentence's own place first
            if (p.Span.Start > facility.End && !sentence.Contains(p.Span)) d += 100_000; // then what came before
            if (d < bestDist) { bestDist = d; best = p; }
        }
        return best;
    }
}

/// <summary>Set lookups by a view of the text (no substring per word); the sets' comparers are ordinal, which support it.</summary>
internal static class SpanSets
{
    public static bool Has(this HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    public static bool Has(this System.Collections.Frozen.FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
