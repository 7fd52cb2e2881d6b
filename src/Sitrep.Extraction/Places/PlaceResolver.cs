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
    // Names the article shows to be people ("Angela Merkel" → "Merkel" elsewhere is her too).
    private readonly HashSet<string> _personKeys = new(StringComparer.Ordinal);

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
        public bool Dateline;
        public int Chosen = -1;
        public double Margin;
        public PlacePrecision? Precision;
        public string? Surface;
        public int ForcedCountryOf = -1; // index of a container mention ("Paris, Texas": Texas)
    }

    private readonly record struct Word(int Start, int End, int LookupEnd, bool Cap, bool AllCaps);

    public List<Place> Resolve()
    {
        var sentences = _doc.Sentences;
        for (int s = 0; s < sentences.Length; s++) FindMentions(s, sentences[s].Span);
        if (_personKeys.Count > 0) _mentions.RemoveAll(m => !m.LocEntity && _personKeys.Contains(m.Key));
        if (_mentions.Count == 0 && !HasFacilityWords()) return new List<Place>();
        ResolveAll();
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

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
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

    /// <summary>Capitalised words after a country name that still mean the country ("US President", "Syrian Army").</summary>
    private static readonly HashSet<string> CountryModifiers = new(StringComparer.Ordinal)
    {
        "President", "Prime", "Minister", "Ministry", "Foreign", "Defence", "Defense", "Secretary", "State", "Army", "Navy", "Air",
        "Armed", "Forces", "Government", "Embassy", "Ambassador", "Special", "Coast", "Guard", "Border", "Police", "Supreme", "Parliament",
        "Senate", "Congress", "Interior", "Vice", "Deputy", "Envoy", "Consulate", "Marines", "Military", "Treasury", "Justice",
        "Department", "Federal", "Central", "National", "Red", "Civil", "Chief", "General", "Gen", "Admiral", "Col", "Lt", "Capt",
    };

    private static readonly HashSet<string> AdminHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Province", "Governorate", "Region", "County", "District", "Oblast", "State", "Prefecture", "Department", "Municipality", "Territory",
        "province", "governorate", "region", "county", "district", "oblast", "state", "prefecture",
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

    /// <summary>Words before a place that do not make a preceding capitalised word a first name ("Northern Syria", "Greater Damascus").</summary>
    private static readonly HashSet<string> PrecedeOk = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper", "Lower", "Old",
        "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "In", "At",
        "From", "To", "Near", "And", "The", "Of", "Outside", "Across", "Rural", "Downtown", "Inner", "Outer", "Metropolitan", "Mainland",
        "Occupied", "Besieged", "Rebel-held", "Rebel-Held", "Via", "Both", "Between", "Like", "Including", "Across", "Into",
    };

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
        bool titleCase = longWords >= 4 && caps >= longWords * 0.7;
        bool shouting = longWords >= 3 && allCaps >= longWords * 0.6;
        bool dateline = IsParagraphStart(sentence.Start) && words[0].AllCaps && IsDatelineEnd(words[0].End);

        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!w.Cap) continue;
            if (shouting && !(dateline && i == 0)) continue;
            if (InUrl(w.Start, w.End)) continue;
            int max = Math.Min(_g.MaxWords, words.Count - i);
            for (int len = max; len >= 1; len--)
            {
                int j = i + len - 1;
                if (!Contiguous(words, i, j)) continue;
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

    private static bool IsDirection(string w) => Directions.Contains(w);

    private bool InUrl(int start, int end)
    {
        foreach (var u in _urls) if (u.Start < end && start < u.End) return true;
        if (start > 0 && _text[start - 1] is '/' or '@' or '#' or '_' or '.' or '=') return true;
        if (end < _text.Length && _text[end] is '/' or '@' or '_' or '=') return true;
        return false;
    }

    private List<Word> Words(TextSpan s)
    {
        var list = new List<Word>();
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
            if (j - i > 2 && _text[j - 1] is 's' && _text[j - 2] is '\'' or '\u2019') lookupEnd = j - 2;
            // "U.S." and "D.C." end with a period that belongs to the word.
            if (j < s.End && _text[j] == '.' && j - i <= 5 && _text.AsSpan(i, j - i).Contains('.')) { j++; lookupEnd = j; }
            bool cap = char.IsUpper(_text[i]);
            bool allCaps = cap;
            for (int k = i; k < lookupEnd && allCaps; k++) if (char.IsLower(_text[k])) allCaps = false;
            list.Add(new Word(i, j, lookupEnd, cap, allCaps));
            i = j;
        }
        return list;
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
            if (!Connectors.Contains(_text.Substring(words[k].Start, words[k].End - words[k].Start).ToLowerInvariant())) return false;
        }
        return true;
    }

    private string WordText(Word w) => _text.Substring(w.Start, w.LookupEnd - w.Start);

    private Mention? TryMatch(List<Word> words, int i, int j, int sentence, bool titleCase, bool datelineWord, bool allowLowerStart = false)
    {
        var start = words[i].Start;
        var end = words[j].LookupEnd;
        var surface = _text.AsSpan(start, end - start);
        var posts = _g.Lookup(surface);
        if (posts.IsEmpty && end < _text.Length && _text[end] == '.')
        {
            // Abbreviations written with their period: "Calif.", "Pa."
            var withDot = _text.AsSpan(start, end + 1 - start);
            posts = _g.Lookup(withDot);
            if (!posts.IsEmpty) { end++; surface = withDot; }
        }
        if (posts.IsEmpty) return null;

        bool allCaps = true, hasDot = false;
        foreach (var c in surface) { if (char.IsLower(c)) allCaps = false; if (c == '.') hasDot = true; }
        var hits = new List<NameHit>();
        foreach (var p in posts)
        {
            var h = Gazetteer.Decode(p);
            if (h.Flags.HasFlag(NameFlags.ExactCase))
            {
                // "US" and "U.S." but not "Us"; longer aliases ("America") only need their capital.
                if (!(allCaps || hasDot || surface.Length > 3)) continue;
                // A one-period abbreviation ("Ill.", "Mo.") is a state only after "Town, ".
                if (hasDot && surface.IndexOf('.') == surface.Length - 1 && !PrecededByComma(start)) continue;
            }
            else if (allCaps && surface.Length <= 3 && !datelineWord) continue;
            // "Panama Canal" as an alternate name of a village: a feature word names the feature, not the town.
            if (i < j && h.Flags.HasFlag(NameFlags.Alternate) && _g.Kind(h.Place) is GeoKind.City or GeoKind.Section
                && FeatureHeads.Contains(WordText(words[j])))
                continue;
            hits.Add(h);
        }
        if (hits.Count == 0) return null;

        var span = new TextSpan(start, end);
        var key = GeoText.Key(surface.ToString()) ?? "";
        var m = new Mention { Name = span, Span = span, Hits = hits, Key = key, Sentence = sentence, Dateline = datelineWord };
        // "English", "Saudi": when a name is a demonym, small towns of the same spelling are not what the text means.
        if (hits.Any(h => h.Flags.HasFlag(NameFlags.Demonym)))
            hits = hits.Where(h => h.Flags.HasFlag(NameFlags.Demonym) || _g.Kind(h.Place) is not (GeoKind.City or GeoKind.Section or GeoKind.Admin2) || _g.Population(h.Place) >= 100_000).ToList();
        m.Hits = hits;
        m.DemonymOnly = hits.All(h => h.Flags.HasFlag(NameFlags.Demonym));
        if (m.DemonymOnly)
        {
            m.Hits = hits;
            // "the Syrian border": the adjective locates something, so it is a place mention.
            var next = NextWord(words, j);
            if (next is { } nw && LocatingNouns.Contains(WordText(nw))) { m.Precision = PlacePrecision.Country; m.Surface = null; }
            return m;
        }
        // Without the demonym readings: "Syrian" names no place by itself.
        m.Hits = hits.Where(h => !h.Flags.HasFlag(NameFlags.Demonym)).ToList();

        var entity = EntityOver(span);
        if (entity is not null)
        {
            if (entity.Label is EntityLabel.PER or EntityLabel.ORG) return null;
            if (entity.Label == EntityLabel.LOC) { m.LocEntity = true; return Heads(m, words, j); }
        }
        if (!Plausible(m, words, i, j, titleCase)) return null;
        return Heads(m, words, j);
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
        foreach (var e in _entities)
        {
            if (e.Span.Start >= span.End) break;
            if (e.Span.Overlaps(span)) return e;
        }
        return null;
    }

    /// <summary>The not-a-place rules, for mentions no LOC entity vouches for.</summary>
    private bool Plausible(Mention m, List<Word> words, int i, int j, bool titleCase)
    {
        bool single = i == j;
        bool hasCountry = m.Hits.Any(h => _g.Kind(h.Place) is GeoKind.Country or GeoKind.Continent);
        bool sentenceInitial = i == 0 || IsAfterOpener(words[i].Start);
        var prev = i > 0 ? words[i - 1] : (Word?)null;
        bool prevAdjacent = prev is { } pw && OnlySpaces(pw.End, words[i].Start);
        string? prevText = prev is { } p0 ? WordText(p0) : null;

        bool locative = prevText is not null && prevAdjacent && Locatives.Contains(prevText) && !sentenceInitial;
        var wordText = _text.Substring(words[i].Start, words[i].LookupEnd - words[i].Start);
        if (single && !hasCountry && !locative)
        {
            if (_k.CommonWords.Contains(wordText)) return false;
            // "Reading" at a sentence start when "reading" occurs in lower case elsewhere is the word, not the town.
            if (sentenceInitial && ContainsLowerWord(wordText)) return false;
            // Villages (< 5,000 people) need the text to say "in X" or "X, Region".
            if (m.Hits.All(h => _g.Kind(h.Place) is GeoKind.City or GeoKind.Section or GeoKind.Admin2 && _g.Population(h.Place) < 5000)
                && !(words[j].End < _text.Length && _text[words[j].End] == ','))
                return false;
        }
        // Tiny places reached only through an alternate name are noise unless the text says "in X".
        if (m.Hits.All(h => h.Flags.HasFlag(NameFlags.Alternate) && _g.Kind(h.Place) is GeoKind.City or GeoKind.Section && _g.Population(h.Place) < 1000)
            && !locative)
            return false;
        if (titleCase) return true;

        // "Jordan Peterson", "Georgia Power", "Moscow Times": a capitalised continuation makes it a name.
        if (NextWord(words, j) is { } next && OnlySpaces(words[j].End, next.Start) && words[j].LookupEnd == words[j].End && next.Cap)
        {
            var nt = WordText(next);
            if (FeatureHeads.Contains(nt)) return false;
            if (!(AdminHeads.Contains(nt) || CityHeads.Contains(nt) || DayMonth.Contains(nt) || (hasCountry && CountryModifiers.Contains(nt))
                  || IsFacilityHead(nt) || _g.Lookup(nt).Length > 0 && !_k.CommonWords.Contains(nt)))
            {
                if (single && !hasCountry) _personKeys.Add(m.Key);
                return false;
            }
        }
        // "Michael Jordan", "Jack London": a capitalised word before (not sentence-initial) makes it a surname.
        if (prev is { } pv && prevAdjacent && pv.Cap && !(i - 1 == 0 || IsAfterOpener(pv.Start)) && !PrecedeOk.Contains(prevText!)
            && pv.LookupEnd == pv.End && (_g.Lookup(prevText).Length == 0 || _k.CommonWords.Contains(prevText!)))
        {
            if (!hasCountry) _personKeys.Add(m.Key);
            return false;
        }
        return true;
    }

    private bool ContainsLowerWord(string word)
    {
        var lower = word.ToLowerInvariant();
        int at = 0;
        while ((at = _text.IndexOf(lower, at, StringComparison.Ordinal)) >= 0)
        {
            int end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(_text[at - 1])) && (end >= _text.Length || !char.IsLetter(_text[end]))) return true;
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

    private static bool IsFacilityHead(string w) => FacilityHead().IsMatch(w);

    /// <summary>"Idlib province" → the admin1 reading; "Aleppo airport" → facility.</summary>
    private Mention Heads(Mention m, List<Word> words, int j)
    {
        if (NextWord(words, j) is not { } next || !OnlySpaces(words[j].End, next.Start) || words[j].LookupEnd != words[j].End) return m;
        var nt = WordText(next);
        if (AdminHeads.Contains(nt))
        {
            var admin = m.Hits.Where(h => _g.Kind(h.Place) is GeoKind.Admin1 or GeoKind.Admin2).ToList();
            if (admin.Count > 0) { m.Hits = admin; m.Span = new TextSpan(m.Span.Start, next.End); }
        }
        else if (CityHeads.Contains(nt))
        {
            var cities = m.Hits.Where(h => _g.Kind(h.Place) == GeoKind.City).ToList();
            if (cities.Count > 0) { m.Hits = cities; m.Span = new TextSpan(m.Span.Start, next.End); }
        }
        return m;
    }

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
        public readonly HashSet<(string, string)> Admin1 = new();
        public readonly List<(string Key, float Lat, float Lon)> Points = new();
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
            if (!confident) continue;
            var c = _g.Country(m.Chosen);
            if (c.Length > 0) ev.Countries[c] = ev.Countries.GetValueOrDefault(c) + (m.DemonymOnly ? 0.5 : 1);
            if (kind == GeoKind.Admin1 && _g.Admin1(m.Chosen) is { } a1) ev.Admin1.Add((c, a1));
            if (kind is GeoKind.City or GeoKind.Admin1 or GeoKind.Section or GeoKind.Admin2 && !m.DemonymOnly)
                ev.Points.Add((m.Key, (float)_g.Lat(m.Chosen), (float)_g.Lon(m.Chosen)));
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
            if (m.ForcedCountryOf >= 0) continue;
            if (byKey.TryGetValue(m.Key, out var pinned) && m.Hits.Any(h => h.Place == pinned)) { m.Chosen = pinned; continue; }
            var (best, _) = Choose(m, ev);
            m.Chosen = best;
        }
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
        foreach (var h in m.Hits)
        {
            double s = Prior(h);
            if (m.Dateline && _g.Kind(h.Place) is GeoKind.City) s += 2;
            if (ev is not null)
            {
                var c = _g.Country(h.Place);
                var kind = _g.Kind(h.Place);
                if (kind != GeoKind.Country && c.Length > 0 && ev.Countries.TryGetValue(c, out var n))
                    s += 2.5 + Math.Min(1.5, n * 0.5) + (c == ev.TopCountry ? 1 : 0);
                if (kind is GeoKind.City or GeoKind.Section or GeoKind.Admin2 && _g.Admin1(h.Place) is { } a1 && ev.Admin1.Contains((c, a1)))
                    s += 3;
                if (kind is GeoKind.City or GeoKind.Section or GeoKind.Admin1 or GeoKind.Admin2)
                {
                    foreach (var (key, lat, lon) in ev.Points)
                    {
                        if (key == m.Key) continue;
                        if (Km(lat, lon, _g.Lat(h.Place), _g.Lon(h.Place)) < 250) { s += 2; break; }
                    }
                }
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

    [GeneratedRegex(@"\b(?:(?:rebel|government|regime|opposition|army|militant|insurgent|jihadist|kurdish|is|isis|isil|taliban|houthi)[-\s]+(?:held|controlled)\s+|besieged\s+|(?:north|south|east|west)(?:ern)?\s+)?(?:areas?|parts?|districts?|neighbou?rhoods?|quarters?|outskirts|suburbs|countryside|cent(?:re|er)|heart|old\s+city|streets|sections?)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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
        if (!m.DemonymOnly)
        {
            var before = _text.AsSpan(Math.Max(0, span.Start - 60), Math.Min(60, span.Start));
            var part = PartOfBefore().Match(before.ToString());
            if (!part.Success) part = DirectionBefore().Match(before.ToString());
            if (part.Success && kind is not (GeoKind.Continent or GeoKind.Water))
            {
                span = new TextSpan(span.Start - part.Length, span.End);
                while (span.Start < span.End && _text[span.Start] == ' ') span = new TextSpan(span.Start + 1, span.End);
                precision = kind is GeoKind.City or GeoKind.Section ? PlacePrecision.PartOfCity : PlacePrecision.Region;
                name = _doc.Slice(span);
            }
        }
        return new Place(span, name, _g.GeonameId(p), Math.Round(_g.Lat(p), 5), Math.Round(_g.Lon(p), 5), _g.Country(p), _g.Admin1(p),
            _g.Feature(p), precision);
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

    private bool HasFacilityWords() => FacilityPhrase().IsMatch(_text);

    /// <summary>
    /// "The M10 and M2 hospitals", "Aleppo airport": a named facility gets the point of the place it is
    /// in, taken from its own name when that is a place, else the nearest city-level place of the sentence,
    /// else the article's focus place.
    /// </summary>
    private void AddFacilities(List<Place> places)
    {
        foreach (var s in _doc.Sentences)
        {
            var sentence = s.Span.Of(_text);
            foreach (Match fm in FacilityPhrase().Matches(sentence))
            {
                var nameGroup = fm.Groups[1];
                int nameStart = s.Span.Start + nameGroup.Index;
                var full = new TextSpan(nameStart, s.Span.Start + fm.Index + fm.Length);
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
                var parts = SplitCoordinated(nameStart, full.End, s.Span.Start + fm.Groups[2].Index, fm.Groups[2].Value);
                if (inner >= 0) places.RemoveAt(inner);
                foreach (var part in parts)
                    places.Add(host with { Span = part, Name = _doc.Slice(part), Precision = PlacePrecision.Facility, GeonameId = host.GeonameId });
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

    private Place? NearestHost(List<Place> places, TextSpan sentence, TextSpan facility)
    {
        Place? best = null;
        int bestDist = int.MaxValue;
        foreach (var p in places)
        {
            if (p.Precision is PlacePrecision.Country or PlacePrecision.Region or PlacePrecision.Facility) continue;
            int d = p.Span.Start >= facility.End ? p.Span.Start - facility.End : facility.Start - p.Span.End;
            if (!sentence.Contains(p.Span)) d += 10_000; // the sentence's own place first
            if (p.Span.Start > facility.End && !sentence.Contains(p.Span)) d += 100_000; // then what came before
            if (d < bestDist) { bestDist = d; best = p; }
        }
        return best;
    }
}
