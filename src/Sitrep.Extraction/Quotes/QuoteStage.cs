using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Actors;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// Finds quotations and who said them. Direct quotes come from quotation marks (<see cref="QuoteMarks"/>), less
/// scare quotes and named terms ('the recent "coup"', 'the so-called "moderates"', with a QUOTE004 diagnostic);
/// indirect ones from a speech cue with a speaker ("X said that …", "according to X"). The speaker is
/// found next to a cue after the quote ("…,” he said / said X), before it in the same sentence
/// ("X said the Kremlin “…”", "according to X"), or, without a cue, from the same words quoted elsewhere,
/// the quote before it (a quote paragraph continues its speaker) or the sentence's subject. Pronouns and
/// descriptions ("the spokesperson", "our correspondent") are resolved to people the article names.
/// The stage holds only immutable lexicons; per-article state lives in <see cref="Attributor"/>.
/// </summary>
public sealed class QuoteStage : Stage
{
    /// <summary>
    /// Adds the people <paramref name="found"/> names where no entity stands. A found person that overlaps
    /// a tagged person joins that person's cluster, so a surname the tagger missed ("Abdulsalam said")
    /// still resolves to the full name it tagged earlier.
    /// </summary>
    internal static void AddMissedPeople(List<Entity> entities, IReadOnlyList<Entity> found, Func<Entity, Entity, bool>? mayGrow = null)
    {
        int offset = entities.Count == 0 ? 0 : entities.Max(e => e.Cluster) + 1;
        // "Apple CEO Steve Jobs" tagged as "Steve": a one-word tagged name that a found name starts with grows to the found name.
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Label != EntityLabel.PER || e.Type is not null) continue;
            if (mayGrow is null) break;
            var longer = found.FirstOrDefault(f => f.Label == EntityLabel.PER && f.Span.Start == e.Span.Start && f.Span.End > e.Span.End);
            if (longer is null || !mayGrow(e, longer) || entities.Any(o => o != e && o.Span.Overlaps(longer.Span))) continue;
            entities[i] = e with { Span = longer.Span };
        }
        var joined = new Dictionary<int, int>();
        foreach (var f in found)
        {
            if (f.Label != EntityLabel.PER) continue;
            var tagged = entities.FirstOrDefault(e => e.Label == EntityLabel.PER && e.Type is null && e.Span.Overlaps(f.Span));
            if (tagged is not null) joined.TryAdd(f.Cluster, tagged.Cluster);
        }
        foreach (var f in found)
        {
            if (f.Label != EntityLabel.PER || entities.Any(e => e.Span.Overlaps(f.Span))) continue;
            entities.Add(f with { Cluster = joined.TryGetValue(f.Cluster, out var c) ? c : f.Cluster + offset, Type = null });
        }
    }

    private readonly QuoteCues _cues;
    private readonly ActorCoder _coder;
    private readonly ActorStage _titles;

    public QuoteStage(QuoteCues cues, ActorCoder coder) : base("quotes", Layer.Quotes, Layer.Sentences, Layer.Tokens, Layer.Entities)
    {
        _cues = cues;
        _coder = coder;
        _titles = new ActorStage(coder);
    }

    /// <summary>The title's line when the text opens with it (a plain-text article's first line), else null.</summary>
    private static TextSpan? HeadlineSpan(ArticleDocument document)
    {
        var title = document.Title?.Trim();
        if (string.IsNullOrEmpty(title)) return null;
        var text = document.Text;
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int end = text.IndexOf('\n', start);
        if (end < 0) end = text.Length;
        return text.AsSpan(start, end - start).Trim().SequenceEqual(title) ? new TextSpan(start, end) : null;
    }

    /// <summary>The text's first line when it reads as a headline: the title's line, or a short first line with no closing stop and text after it.</summary>
    private static TextSpan? HeadlineLine(ArticleDocument document)
    {
        if (HeadlineSpan(document) is { } titled) return titled;
        var text = document.Text;
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int end = text.IndexOf('\n', start);
        if (end < 0 || !ArticleDocument.ReadsAsHeadline(text.AsSpan(start, end - start)) || text.AsSpan(end).Trim().Length == 0) return null;
        return new TextSpan(start, start + text.AsSpan(start, end - start).TrimEnd().Length);
    }

    // What a headline calls a source it does not name: "..., NGO warns", "Aid group says ...", "Officials say ...".
    private static readonly HashSet<string> OrganisationKinds = new(StringComparer.Ordinal)
    {
        "ngo", "group", "charity", "agency", "monitor", "watchdog", "organisation", "organization", "body", "network", "coalition",
    };
    private static readonly HashSet<string> PersonKinds = new(StringComparer.Ordinal)
    {
        "official", "spokesman", "spokeswoman", "spokesperson", "minister", "envoy", "governor", "commander", "mayor", "doctor", "medic",
        "witness", "resident", "diplomat", "lawmaker", "activist", "chief",
    };

    /// <summary>
    /// A headline's report from a source named only by its kind ("Aid blocked as siege enters third year, NGO warns") is the lede's
    /// first named speaker when that speaker is of that kind (an organisation for "NGO", a person for "official"): the lede names
    /// who the headline means ("the aid group Sahel Relief Alliance said on Monday"). Otherwise the headline keeps its words.
    /// </summary>
    private static ImmutableArray<Quote> HeadlineSourceFromLede(ArticleDocument document, ImmutableArray<Quote> quotes)
    {
        if (quotes.Length < 2 || HeadlineLine(document) is not { } headline) return quotes;
        int h = 0;
        while (h < quotes.Length && !(headline.Contains(quotes[h].Span) && quotes[h].Speaker is not null)) h++;
        if (h == quotes.Length) return quotes;
        var words = quotes[h].Speaker!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int first = words[0].ToLowerInvariant() is "the" or "a" or "an" ? 1 : 0;
        // "Army says it repelled attack" over "The Nigerien army said …", "Mayor says …" over "The mayor of Derna said …": the
        // lede's fuller name with the same head word (the last word before "of", "for", "in", else the last)
        if (first == words.Length - 1 && quotes.Where(q => q.Span.Start >= headline.End && q.Speaker is not null).OrderBy(q => q.Span.Start).FirstOrDefault() is { } led
            && led.Span.Start <= headline.End + 800 && led.Speaker!.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } ledWords
            && ledWords.Length > words.Length && Array.FindIndex(ledWords, w => w is "of" or "for" or "in") is var cut
            && ledWords[cut > 0 ? cut - 1 : ledWords.Length - 1].Equals(words[^1], StringComparison.OrdinalIgnoreCase))
            return quotes.SetItem(h, quotes[h] with { Speaker = led.Speaker, SpeakerSpan = led.SpeakerSpan, SpeakerCluster = led.SpeakerCluster });
        // (a capital that only opens the headline names nothing: "Mayor says city will rebuild")
        bool opens = quotes[h].SpeakerSpan is { } said && said.Start == headline.Start;
        if (first >= words.Length || words.Skip(first).Where((_, i) => !(i == 0 && opens && first == 0)).Any(w => w.Any(char.IsUpper) && w is not ("NGO" or "NGOs")))
            return quotes;
        var head = words[^1].ToLowerInvariant();
        if (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)) head = head[..^1];
        bool wantsOrganisation = OrganisationKinds.Contains(head);
        if (!wantsOrganisation && !PersonKinds.Contains(head)) return quotes;
        var lede = quotes.Where(q => q.Span.Start >= headline.End && q.Speaker is not null).OrderBy(q => q.Span.Start).FirstOrDefault();
        if (lede?.SpeakerCluster is not { } cluster || lede.Span.Start > headline.End + 800) return quotes;
        var label = document.Entities.FirstOrDefault(e => e.Cluster == cluster)?.Label;
        if (label != (wantsOrganisation ? EntityLabel.ORG : EntityLabel.PER)) return quotes;
        return quotes.SetItem(h, quotes[h] with { Speaker = lede.Speaker, SpeakerSpan = lede.SpeakerSpan, SpeakerCluster = cluster });
    }

    /// <summary>
    /// "ALEPPO, Syria (Reuters) - Russian jets bombed a market …, a monitoring group said": what the group said begins after
    /// the dateline, which tells where and by whom the report was filed; a quote of nothing but a dateline is none.
    /// </summary>
    private static ImmutableArray<Quote> WithoutDatelines(ArticleDocument document, ImmutableArray<Quote> quotes)
    {
        var text = document.Text;
        var result = ImmutableArray.CreateBuilder<Quote>(quotes.Length);
        foreach (var q in quotes)
        {
            // (from the paragraph's start: a segmenter may end a sentence inside the dateline, at "Nov.")
            // (read only near the line's start: a dateline is short, and a line may be megabytes long)
            if (Dateline.OfLine(text, q.Span) is { } d && q.Span.Start < d.Span.End)
            {
                if (q.Span.End <= d.Span.End) continue;
                result.Add(q with { Span = new TextSpan(d.Span.End, q.Span.End) });
                continue;
            }
            result.Add(q);
        }
        return result.ToImmutable();
    }

    public override void Run(ArticleDocument document)
    {
        var a = new Attributor(document, _cues, _coder, _titles);
        var quotes = WithoutDatelines(document, a.Extract());
        // A headline quotes without saying who ("US-Russia talks 'on verge of ending'"): the body quotes the speaker;
        // the headline's unattributed words are a summary, not a quote of their own.
        if (HeadlineSpan(document) is { } headline)
            quotes = quotes.RemoveAll(q => q.Speaker is null && headline.Contains(q.Span));
        document.Quotes = HeadlineSourceFromLede(document, quotes);
        foreach (var d in a.Diagnostics) document.Report(d);
    }
}

/// <summary>A resolved speaker: canonical name, the mention that names it, its entity cluster if any.</summary>
internal sealed record Speaker(string Name, TextSpan Span, int? Cluster);

/// <summary>One article's quote extraction: working state that never outlives <see cref="Extract"/>.</summary>
internal sealed class Attributor
{
    private const int MaxSubjectWords = 8;
    private const int MaxAppositionWords = 16;
    private const int PronounLookback = 5;
    private const int MaxRepeatCompare = 2000;
    // How far (in words) from a quote a cue may stand; also bounds every backwards scan.
    private const int CueWindow = 40;
    // How far back (in characters) pronouns and descriptions look for the person they stand for.
    private const int SearchChars = 3000;

    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal)
    {
        "also", "later", "then", "earlier", "again", "further", "has", "had", "have", "was", "is", "were", "would", "will", "had",
        "previously", "once", "separately", "reportedly", "repeatedly", "recently", "subsequently", "finally", "simply", "only",
        "publicly", "privately", "did", "does", "do", "has", "been", "not", "had", "may", "might", "could", "can", "should",
    };
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "our", "his", "her", "its", "their", "one", "another", "two", "three", "several" };
    private static readonly HashSet<string> SingularPronouns = new(StringComparer.Ordinal) { "he", "she", "him", "her" };
    private static readonly HashSet<string> OtherPronouns = new(StringComparer.Ordinal) { "they", "it", "we", "i", "you", "them", "who", "which", "this", "that" };
    // Role nouns that name bodies, not people: "the army said" is not a person to look for.
    private static readonly HashSet<string> NotPersons = new(StringComparer.Ordinal)
    {
        "army", "military", "government", "ministry", "department", "police", "administration", "council", "coalition", "agency",
        "office", "embassy", "court", "parliament", "regime", "authority", "authorities", "mission", "group", "media", "navy",
        "cabinet", "leadership", "opposition", "congress", "senate", "presidency", "state", "party", "union", "company", "firm",
        "newspaper", "broadcaster", "television", "hospital", "university", "charity", "monitor", "gendarmerie", "intelligence", "insurgency",
    };
    // People the role lexicon has no word for, who speak in news as often as officials do: unnamed witnesses and sources
    // ('"They came at night," said a woman', "A pro-Russian blogger wrote on Telegram that …", "A source close to the talks said").
    private static readonly HashSet<string> PlainPersons = new(StringComparer.Ordinal)
    {
        "woman", "man", "mother", "father", "boy", "girl", "blogger", "survivor", "teacher", "student", "nurse", "farmer", "shopkeeper",
        "trader", "driver", "neighbour", "neighbor", "relative", "villager", "vendor", "seller", "fisherman", "source", "passer-by",
        // (professions and kin: "…, her lawyer said", "a security analyst said", "his brother told reporters")
        "lawyer", "attorney", "analyst", "expert", "researcher", "engineer", "pilot", "worker", "employee", "owner", "manager", "aide", "adviser", "advisor",
        "detective", "investigator",
        // (trade and finance: '"…," said a Delhi auto parts supplier', "a Frankfurt economist said", "one steel dealer told")
        "supplier", "dealer", "merchant", "broker", "banker", "economist", "strategist", "consultant", "contractor", "investor",
        "exporter", "importer", "wholesaler", "shopper", "customer",
        "patient", "victim", "friend", "colleague", "brother", "sister", "son", "daughter", "wife", "husband", "cousin", "uncle", "aunt",
        // (people held or moved: "Another detainee, a 19-year-old from Sudan, said …", "a migrant who reached the island told")
        "detainee", "prisoner", "inmate", "hostage", "migrant", "passenger",
        // (relief and rescue: "Families are arriving with nothing, a camp coordinator said", "a volunteer told reporters")
        "coordinator", "volunteer", "paramedic", "rescuer", "midwife", "firefighter", "elder",
        // (online: "Another user posted: “…”", "one commenter wrote")
        "user", "commenter",
        // (a household and a trade's operator: "The Hallam family said …", "the country's largest grocery operator said")
        "family", "operator",
    };
    // Abbreviated titles next to names: "the doctor" finds "Dr Lemlem Tesfaye".
    private static readonly Dictionary<string, string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        ["doctor"] = "Dr", ["general"] = "Gen", ["colonel"] = "Col", ["professor"] = "Prof", ["president"] = "Pres", ["senator"] = "Sen",
    };
    private static readonly HashSet<string> StatementNouns = new(StringComparer.Ordinal)
    {
        "statement", "letter", "message", "note", "release", "communique", "communiqué", "declaration", "email", "e-mail", "tweet", "post",
        "remarks",
    };
    // Documents that say what they hold, as their authors do: "the report said", '"…," said the ruling', "A 1990 evaluation
    // said he was “…”". The phrase names the speaker as written when no author is given.
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "report", "study", "survey", "resolution", "evaluation", "assessment", "review", "ruling", "judgment", "judgement", "verdict",
        "memo", "memorandum", "document", "indictment", "complaint", "lawsuit", "filing", "audit", "editorial", "petition",
        "affidavit", "decree",
        // (written words someone sent or put up: "The invitation reads, “…”", '"…," the plaque reads'; a banner or a sign
        // held up by someone unnamed stays without a speaker)
        "invitation", "caption", "inscription", "plaque",
    };
    private static readonly HashSet<string> PublishVerbs = new(StringComparer.Ordinal)
    {
        "released", "issued", "sent", "published", "posted", "put", "signed", "wrote", "read", "circulated", "tweeted", "releases", "issues", "sends",
        "provided", "gave", "made", "delivered",
        // (and as participles: "Norm Adler said he was shocked, releasing a statement saying …")
        "releasing", "issuing", "sending", "publishing", "posting", "circulating",
    };
    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal) { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "dr", "prof", "gen", "col", "sen", "rev", "sir", "lord", "lady" };
    // Prepositions whose object is no speaker described by a relative clause: "speaking to reporters who ...".
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "from", "at", "near", "outside", "inside", "across", "to", "with", "of", "for", "on", "by", "about", "among",
    };
    // Nouns that end like participles: "officials at the meeting said" has no participle.
    private static readonly HashSet<string> NotParticiples = new(StringComparer.Ordinal)
    {
        "something", "nothing", "anything", "everything", "morning", "evening", "building", "meeting", "wedding", "ceiling",
        "during", "funding", "training", "briefing", "hearing", "ruling", "uprising", "spending", "offering", "shooting", "bombing",
        "fighting", "killing", "landing", "sitting", "opening", "setting", "beijing", "standing", "warning", "gathering",
    };
    private static readonly HashSet<string> NotInNounPhrase = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "and", "or", "but", "if", "when", "while", "as", "because", "after", "before", "on", "in", "at", "to",
        "from", "with", "by", "for", "is", "was", "were", "are", "has", "had", "have", "be", "been", "it", "this", "these", "those", "there",
    };

    private readonly ArticleDocument _doc;
    private readonly string _text;
    private readonly QuoteCues _cues;
    private readonly ActorCoder _coder;
    private readonly ActorStage _titles;
    private readonly List<TextSpan> _paragraphs;
    private readonly List<TextSpan> _sentences;
    private readonly List<Entity> _entities;
    private readonly Dictionary<int, (string Name, TextSpan Span)> _canonical = new();
    private readonly Dictionary<int, ActorCoding?> _clusterCoding = new();
    private readonly List<MarkedQuote> _marked;
    private readonly bool[] _inQuote;
    // The closing marks of quotes: one that opens a sentence closes the quote before it, where the segmenter cut before
    // the mark ("… with their systems . ” Noncommissioned officers …" in tokenised text).
    private readonly bool[] _closing;
    private readonly Dictionary<int, List<PhraseWord>> _wordCache = new();
    private readonly HashSet<int> _speakerClusters = new();
    // The person quoted last (paragraph index, end of the quote, speaker), while quotes are attributed in text order.
    private (int Paragraph, int End, Speaker Speaker)? _lastQuoted;
    private readonly Dictionary<int, List<Entity>> _mentions = new();
    private readonly HashSet<int> _openerNames = new();
    // True for text with a sentence on each line and no blank lines (a corpus's one-sentence-per-line format).
    private readonly bool _sentenceLines;

    public List<Diagnostic> Diagnostics { get; } = new();

    public Attributor(ArticleDocument doc, QuoteCues cues, ActorCoder coder, ActorStage titles)
    {
        _doc = doc;
        _text = doc.Text;
        _cues = cues;
        _coder = coder;
        _titles = titles;
        _paragraphs = QuoteMarks.Paragraphs(_text).Where(p => !doc.IsBoilerplate(p)).ToList();
        _sentences = doc.Sentences.Select(s => s.Span).Where(s => !doc.IsBoilerplate(s)).OrderBy(s => s.Start).ToList();
        if (_sentences.Count == 0) _sentences = _paragraphs.ToList();
        var entities = doc.Entities.Where(e => !doc.IsBoilerplate(e.Span)).ToList();
        int tagged = entities.Count;
        QuoteStage.AddMissedPeople(entities, NameFinder.Find(_text, _sentences, coder), MayGrow);
        AddFamilyNames(entities, tagged);
        // (the people the name finder added that open a sentence: "Current PowerPC programs can run ..." is nobody; but a surname
        // that joined a full name the tagger found is that person: "Moreno, speaking to reporters, said" after "Luis Moreno")
        foreach (var e in entities.Skip(tagged))
            if (SentenceIndex(e.Span.Start) is var fs && fs >= 0 && _sentences[fs].Start == e.Span.Start
                && !entities.Take(tagged).Any(t => t.Label == EntityLabel.PER && t.Cluster == e.Cluster && e.Cluster >= 0 && t.Span.Length > e.Span.Length
                                                   && t.Span.Of(_text).EndsWith(" " + e.Span.Of(_text), StringComparison.Ordinal)))
                _openerNames.Add(e.Span.Start);
        // "the Daniel Libeskind-designed theatre", "a Smith-led team": a name that ends in a lower-case word after a hyphen is an adjective
        entities.RemoveAll(e => e.Label == EntityLabel.PER && AdjectiveName(e.Span.Of(_text)));
        for (int i = 0; i < entities.Count; i++)
            if (entities[i].Label == EntityLabel.PER && (TitleTail(entities[i].Span) ?? OrganisationTail(entities[i].Span)) is { } name) entities[i] = entities[i] with { Span = name };
            else if (entities[i].Label is EntityLabel.ORG or EntityLabel.MISC && DescribedName(entities[i].Span) is { } bare) entities[i] = entities[i] with { Span = bare };
        _entities = JoinAbbreviatedTitles(entities.OrderBy(e => e.Span.Start).ToList());
        foreach (var g in _entities.Where(e => e.Cluster >= 0).GroupBy(e => e.Cluster))
        {
            var list = g.ToList();
            var c = ActorStage.Canonical(list, _text);
            _canonical[g.Key] = (c.Span.Of(_text), c.Span);
            _mentions[g.Key] = list;
        }
        _sentenceLines = _paragraphs.Count >= 5 && !_text.Contains("\n\n", StringComparison.Ordinal) && !_text.Contains("\r\n\r\n", StringComparison.Ordinal);
        _marked = QuoteMarks.Find(_text, _paragraphs, Diagnostics);
        _inQuote = new bool[_text.Length + 1];
        _closing = new bool[_text.Length + 1];
        foreach (var q in _marked)
        {
            for (int i = q.Outer.Start; i < q.Outer.End && i < _text.Length; i++) _inQuote[i] = true;
            for (int i = q.Content.End; i < q.Outer.End && i < _text.Length; i++) _closing[i] = true;
        }
    }

    /// <summary>
    /// "Foreign Minister Wang Lei met …" … "“…,” Wang said": names that put the family name first are shortened to their first
    /// word, which neither the tagger nor the name finder (which joins surnames, last words) takes for the person. A lone
    /// capitalised word, outside every entity, that is the first word of exactly one person the tagger named in full joins
    /// that person. Countries, organisations and titles our lexicons know are no such word.
    /// </summary>
    private void AddFamilyNames(List<Entity> entities, int tagged)
    {
        var firstWords = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var e in entities.Take(tagged))
        {
            if (e.Label != EntityLabel.PER || e.Type is not null || e.Cluster < 0) continue;
            var words = PhraseWords.Split(_text, e.Span);
            if (words.Count < 2 || !words[0].Capitalised || words[0].IsPunct || words.Any(w => w.IsPunct)) continue;
            var first = _text.Substring(words[0].Start, words[0].End - words[0].Start);
            firstWords[first] = firstWords.TryGetValue(first, out var seen) && seen != e.Cluster ? null : e.Cluster;
        }
        if (firstWords.Count == 0) return;
        var covered = entities.Select(e => e.Span).ToList();
        var added = new List<Entity>();
        foreach (var sentence in _sentences)
        {
            var words = PhraseWords.Split(_text, sentence);
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                if (w.IsPunct || !w.Capitalised || firstWords.GetValueOrDefault(_text.Substring(w.Start, w.End - w.Start)) is not { } cluster) continue;
                // alone: no capitalised word joins it on either side ("Wang Lei" itself, "Security Pacific Corp.")
                if (i + 1 < words.Count && words[i + 1].Capitalised && !words[i + 1].IsPunct || i > 0 && words[i - 1].Capitalised && !words[i - 1].IsPunct && i - 1 != 0) continue;
                if (_coder.Lexicon.IsTitleWord(w) || _coder.Lexicon.Longest(words, i, i + 1) is not null) continue;
                var span = new TextSpan(w.Start, w.End);
                if (covered.Any(c => c.Overlaps(span))) continue;
                added.Add(new Entity(span, EntityLabel.PER, cluster, "name-finder"));
            }
        }
        entities.AddRange(added);
    }

    /// <summary>
    /// The tagged name grows to the found one by one word that is no title ("Director"), and not at a sentence's start,
    /// where the tagger's capitalised word is as often a noun ("Country Director of the program").
    /// </summary>
    private bool MayGrow(Entity tagged, Entity found)
    {
        var extra = _text.AsSpan(tagged.Span.End, found.Span.End - tagged.Span.End).Trim();
        if (extra.Length == 0 || extra.Contains(' ')) return false;
        var words = PhraseWords.Split(_text, new TextSpan(found.Span.End - extra.Length, found.Span.End));
        if (words.Count != 1 || _coder.Lexicon.IsTitleWord(words[0])) return false;
        int b = tagged.Span.Start - 1;
        while (b >= 0 && _text[b] == ' ') b--;
        return b >= 0 && (char.IsLetterOrDigit(_text[b]) || _text[b] is ',' or '\'' or '’');
    }

    /// <summary>
    /// "[Capt.] [Christophe Cluzel]": an abbreviated rank or title (a short capitalised word and its full stop) that the tagger
    /// took for a person of its own, right before a person, is part of that person's name.
    /// </summary>
    private List<Entity> JoinAbbreviatedTitles(List<Entity> sorted)
    {
        for (int i = sorted.Count - 2; i >= 0; i--)
        {
            var t = sorted[i];
            var n = sorted[i + 1];
            if (t.Label != EntityLabel.PER || n.Label != EntityLabel.PER || t.Span.Length < 3 || t.Span.Length > 6) continue;
            var s = _text.AsSpan(t.Span.Start, t.Span.Length);
            if (s[^1] != '.' || !char.IsUpper(s[0]) || !s[..^1].ToString().All(char.IsLetter)) continue;
            int gap = n.Span.Start - t.Span.End;
            if (gap < 1 || gap > 2 || !char.IsWhiteSpace(_text[t.Span.End])) continue;
            sorted[i + 1] = n with { Span = new TextSpan(t.Span.Start, n.Span.End) };
            sorted.RemoveAt(i);
        }
        return sorted;
    }

    /// <summary>
    /// "Minister [of Education Stefania Giannini]", "Undersecretary [for Education Mr. Toccafondi]": a person the tagger
    /// began inside a title, at its preposition (or at the title's first word: "[Inspector of Police Hamid Shakil]"); the name is what follows the preposition's object (or starts at an
    /// honorific). Null when the mention does not open with a lower-case preposition (or a title word and one) or leaves fewer than two words.
    /// </summary>
    private TextSpan? TitleTail(TextSpan mention)
    {
        var words = PhraseWords.Split(_text, mention);
        // ("[Inspector of Police Hamid Shakil]": the tagger may take in the title's first word too, a capitalised word before a
        // lower-case "of" or "for"; a name holds no such "of" before two more words of its own)
        if (words.Count > 1 && words[0].Capitalised && !words[1].Capitalised && words[1].Norm is "of" or "for") words.RemoveAt(0);
        else if (!char.IsLower(_text[mention.Start])) return null;
        if (words.Count < 4 || words[0].Norm is not ("of" or "for") || !words[1].Capitalised) return null;
        int from = 2;
        for (int i = 1; i < words.Count - 1; i++)
            if (Honorifics.Contains(words[i].Norm)) { from = i; break; }
        while (from < words.Count && words[from].IsPunct) from++;
        return words.Count - from >= 2 || from < words.Count && Honorifics.Contains(words[from].Norm) ? new TextSpan(words[from].Start, mention.End) : null;
    }

    /// <summary>
    /// "[Henry Mansell of the Archdiocese of Buffalo]", "[Matthew Ingram of The Globe and Mail]": a person the tagger ran on
    /// into the body he speaks for; the name is the capitalised words before "of the". Null when the mention holds no "of the"
    /// after two or more capitalised words.
    /// </summary>
    private TextSpan? OrganisationTail(TextSpan mention)
    {
        var words = PhraseWords.Split(_text, mention);
        int of = words.FindIndex(w => w.Norm == "of" && !w.Capitalised);
        if (of < 2 || of + 2 >= words.Count || words[of + 1].Norm != "the" || !words[of + 2].Capitalised) return null;
        for (int i = 0; i < of; i++)
            if (!words[i].Capitalised || words[i].IsPunct) return null;
        return new TextSpan(mention.Start, words[of - 1].End);
    }

    // Lower-case words that stand inside names: "Savings amp Loan Association", "Banco de la Nación", "Bank für Gemeinwirtschaft".
    private static readonly HashSet<string> NameLinks = new(StringComparer.Ordinal)
    {
        "of", "for", "and", "amp", "the", "de", "del", "della", "di", "da", "do", "dos", "du", "des", "la", "le", "les", "los", "las", "el", "al",
        "bin", "ibn", "van", "von", "der", "den", "y", "e", "et", "und", "für", "on", "in", "at",
    };

    /// <summary>
    /// "[bank group Credit Lyonnais]", "[European rival Airbus]": a name the tagger ran back into the description before it;
    /// the name is the capitalised words after the description's lower-case words, which open the mention or follow its first
    /// word. Null when the mention is not so made.
    /// </summary>
    private TextSpan? DescribedName(TextSpan mention)
    {
        var words = PhraseWords.Split(_text, mention);
        int i = words.Count > 0 && words[0].Capitalised ? 1 : 0;
        int lower = i;
        while (lower < words.Count && !words[lower].IsPunct && !words[lower].Capitalised && char.IsLower(_text[words[lower].Start]) && !NameLinks.Contains(words[lower].Norm)) lower++;
        if (lower == i || lower >= words.Count) return null;
        for (int j = lower; j < words.Count; j++)
            if (!words[j].Capitalised && !NameLinks.Contains(words[j].Norm) || words[j].IsPunct && words[j].Norm != ".") return null;
        return new TextSpan(words[lower].Start, mention.End);
    }

    private static bool AdjectiveName(string name)
    {
        int h = name.LastIndexOf('-');
        if (h <= 0 || h + 1 >= name.Length || !char.IsLetter(name[h - 1]) || !char.IsLower(name[h + 1])) return false;
        var suffix = name[(h + 1)..];
        return suffix.EndsWith("ed", StringComparison.Ordinal) || suffix is "born" or "based" or "run" or "style" or "era" or "like" or "type";
    }

    public ImmutableArray<Quote> Extract()
    {
        var quotes = new List<Quote>();
        var pending = new List<int>();
        var speakers = new Speaker?[_marked.Count];
        var cues = new TextSpan?[_marked.Count];
        var terms = new bool[_marked.Count];
        for (int k = 0; k < _marked.Count; k++)
        {
            // 'the so-called "peace dividend"', 'the word "blockade"': a term named, not words anyone is quoted saying
            if (NamedTerm(_marked[k]) || Subheading(_marked[k])) { terms[k] = true; continue; }
            var (sp, cue) = WithCue(_marked[k]);
            speakers[k] = sp;
            cues[k] = cue;
            if (sp is null) pending.Add(k);
            else if (sp.Cluster is { } sc)
            {
                _speakerClusters.Add(sc);
                if (_mentions.TryGetValue(sc, out var ms) && ms.Exists(e => e.Label == EntityLabel.PER)) _lastQuoted = (_marked[k].Paragraph, _marked[k].Outer.End, sp);
            }
        }
        foreach (var k in pending)
        {
            if (terms[k]) continue;
            var sp = Answer(_marked[k]) ?? Repeated(k, speakers) ?? Interrupted(k, speakers, cues) ?? RunOn(k, speakers, cues) ?? Continuation(k, speakers);
            // A word or two in quotation marks that no cue gives to anyone, inside a sentence of the writer's own ('the
            // recent "coup"', 'view them as "liberals"'), is a scare quote or a term: no quote, and no speaker to guess.
            if (sp is null && ScareQuote(_marked[k])) { terms[k] = true; continue; }
            sp ??= SentenceSubject(_marked[k]) ?? AfterQuotedSentence(k, speakers);
            speakers[k] = sp;
            if (sp is null)
                Diagnostics.Add(new Diagnostic("QUOTE002", Severity.Info,
                    $"No speaker found for the quotation \"{Excerpt(_marked[k].Content)}\": no speech cue, no earlier quote to continue and no named subject.",
                    _marked[k].Content));
        }
        bool cleared = false;
        for (int k = 0; k < _marked.Count; k++)
        {
            var q = _marked[k];
            if (terms[k])
            {
                Diagnostics.Add(new Diagnostic("QUOTE004", Severity.Info,
                    $"The words \"{Excerpt(q.Content)}\" in quotation marks were taken for a term or a scare quote (no cue gives them to anyone), not a quote.",
                    q.Content));
                // Its words are the writer's again: the sentence may report speech without quotation marks.
                for (int i = q.Outer.Start; i < q.Outer.End && i < _text.Length; i++) _inQuote[i] = false;
                cleared = true;
                continue;
            }
            var sp = speakers[k];
            quotes.Add(new Quote(q.Content, QuoteKind.Direct, sp?.Name, sp?.Span, sp?.Cluster, cues[k]));
        }
        if (cleared)
        {
            // (another quote overlapping a dropped one keeps its marks)
            for (int k = 0; k < _marked.Count; k++)
                if (!terms[k])
                    for (int i = _marked[k].Outer.Start; i < _marked[k].Outer.End && i < _text.Length; i++) _inQuote[i] = true;
            _wordCache.Clear();
            _onlyQuote.Clear();
            _quotedIn.Clear();
        }
        quotes.AddRange(Indirect(quotes).ToList());
        return quotes.OrderBy(q => q.Span.Start).ToImmutableArray();
    }

    private static readonly string[] TermOpeners =
    [
        "so-called", "so called", "the word", "the term", "the phrase", "the expression", "the label", "the name", "known as",
        "dubbed", "nicknamed", "entitled", "titled",
    ];

    /// <summary>True when words that name a term stand right before the opening mark ('the so-called "moderates"').</summary>
    private bool NamedTerm(MarkedQuote q)
    {
        int e = q.Outer.Start;
        while (e > 0 && _text[e - 1] == ' ') e--;
        foreach (var opener in TermOpeners)
        {
            int s = e - opener.Length;
            if (s < 0 || !_text.AsSpan(s, opener.Length).Equals(opener, StringComparison.OrdinalIgnoreCase)) continue;
            if (s == 0 || !char.IsLetter(_text[s - 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// One or two words in quotation marks inside a sentence (not a quote standing alone, not an exclamation of its own).
    /// </summary>
    private bool ScareQuote(MarkedQuote q)
    {
        if (q.Open || Standalone(q)) return false;
        // '"Hallelujah," the minister exclaimed': a quote that opens its sentence and hands over with a comma is someone's
        int si = SentenceIndex(q.Outer.Start);
        if (si >= 0 && WordAtOrAfter(WordsOf(si), q.Outer.Start) == 0 && _text[q.Content.End - 1] == ',') return false;
        int words = 0;
        for (int i = q.Content.Start; i < q.Content.End; i++)
        {
            char c = _text[i];
            if (c is '!' or '?') return false;
            if (char.IsLetterOrDigit(c) && (i == q.Content.Start || !char.IsLetterOrDigit(_text[i - 1]) && _text[i - 1] is not ('\'' or '’' or '-')))
                if (++words > 2) return false;
        }
        return words > 0;
    }

    /// <summary>
    /// A line of its own that is a few words in quotation marks with no punctuation of a sentence: a subheading made of
    /// a phrase from the story ("'Freedom to demonstrate'", "\"Hundreds dead\""), not a quote anyone is given.
    /// </summary>
    private bool Subheading(MarkedQuote q)
    {
        if (q.Open) return false;
        int a = q.Outer.Start, e = q.Outer.End;
        while (a > 0 && _text[a - 1] is ' ' or '\t' or '\r') a--;
        while (e < _text.Length && _text[e] is ' ' or '\t' or '\r') e++;
        if (a > 0 && _text[a - 1] != '\n' || e < _text.Length && _text[e] != '\n') return false;
        int words = 0;
        for (int i = q.Content.Start; i < q.Content.End; i++)
        {
            char c = _text[i];
            if (c is '.' or ',' or '!' or '?' or ';' or ':') return false;
            if (char.IsLetterOrDigit(c) && (i == q.Content.Start || !char.IsLetterOrDigit(_text[i - 1]) && _text[i - 1] is not ('\'' or '’' or '-')))
                if (++words > 5) return false;
        }
        return words > 0;
    }

    private string Excerpt(TextSpan s) => s.Length <= 60 ? s.Of(_text) : _text.Substring(s.Start, 57) + "...";

    // ---------------------------------------------------------------- direct quotes with a cue

    private (Speaker?, TextSpan?) WithCue(MarkedQuote q)
    {
        int si = SentenceIndex(q.Outer.Start);
        int sj = SentenceIndex(Math.Max(q.Outer.Start, q.Outer.End - 1));
        if (si < 0) return (null, null);
        if (sj < 0) sj = si;
        if (CutAfterComma(q, sj)) sj++;

        if (!q.Open && OpensParagraph(q) && SignedWithDash(q) is var (signer, dash)) return (signer, dash);
        if (Labelled(q) is var (label, colon)) return (label, colon);

        // 1. A cue right after the quote: "…,” he said. / "…,” said X. / "…,” X told Reuters.
        bool ended = EndedBeforeMark(q, sj);
        // ('She said the killing was "a black stain," state radio reported': words a cue before them governs are that subject's;
        // the cue after names who reported them)
        if (!q.Open && !ended && !GovernedBefore(q, si, finite: true))
        {
            var after = WordsOf(sj);
            int first = WordAtOrAfter(after, q.Outer.End);
            if (first < after.Count)
            {
                int k = first;
                if (k < after.Count && after[k].Norm is "," or "—" or "–") k++;
                // '"…," Magus Holm, the man in charge of the project at the council, told the paper': a name set off by a comma
                // right after the quote is the speaker, however long the description after it (the tagger may end it without a comma)
                Speaker? named = null;
                int t = k, namedComma = -1;
                while (t < after.Count && t - k < 3 && after[t].Capitalised && EntityAt(after[t].Start) is null
                       && (_coder.Lexicon.IsTitleWord(after[t]) || Honorifics.Contains(after[t].Norm.TrimEnd('.')))) t++;
                if (t < after.Count && EntityAt(after[t].Start) is { Label: EntityLabel.PER } person && char.IsUpper(_text[person.Span.Start])
                    && WordAtOrAfter(after, person.Span.End) is var comma && comma < after.Count && after[comma].Norm == ",")
                    (named, namedComma) = (FromEntity(person), comma);
                int skipped = 0;
                for (int c = k; c < after.Count && c <= k + skipped + (named is null ? 12 : 12 + MaxAppositionWords); c++)
                {
                    if (after[c].Norm == "\"q") break;
                    // ('"…," the official, who asked not to be identified, told reporters': a cue inside a relative clause is not the quote's)
                    // (nor one of a participle's phrase set off by commas: '"…," a detective, speaking on condition of anonymity, said')
                    if ((after[c].Norm is "who" || after[c].Norm.EndsWith("ing", StringComparison.Ordinal) && c > k + 1) && c > k && after[c - 1].Norm == ",")
                    {
                        int close = c + 1;
                        while (close < after.Count && close - c <= MaxAppositionWords && after[close].Norm != "," && after[close].Norm != "\"q") close++;
                        if (close < after.Count && after[close].Norm == ",") { skipped += close - c; c = close; continue; }
                    }
                    if (CueAt(after, c) is not { } cue) continue;
                    // ("X is reported to have asked": the cue is the verb after "to have")
                    if (cue.Last + 1 < after.Count && after[cue.Last + 1].Norm == "to" && c > k && after[c - 1].Norm is "is" or "was" or "are" or "were") continue;
                    var cueSpan = new TextSpan(after[c].Start, after[cue.Last].End);
                    if (named is not null && c > k) return (named, cueSpan);
                    // ('"…," Kompas quoted Hamid Rasyid as saying': the one quoted speaks)
                    if (after[c].Norm is "quoted" or "quotes" or "cited")
                        for (int a = c + 2; a + 1 < after.Count && a - c <= MaxAppositionWords && !after[a].IsPunct; a++)
                            if (after[a].Norm == "as" && after[a + 1].Norm is "saying" or "said")
                            {
                                if (QuotedAsSaying(after, a + 1, sj) is { } quoted) return (quoted, new TextSpan(after[c].Start, after[a + 1].End));
                                break;
                            }
                    Speaker? sp = c == k
                        ? NounPhraseFrom(after, cue.Last + 1, sj)
                        : SubjectOf(after, c, sj, stopAt: k);
                    // ('``It's high time'' the boy went home, said Wayne Smith, a former adviser': a cue set off by a comma, the name after it)
                    if (sp is null && c > k && after[c - 1].Norm == "," && cue.Last + 1 < after.Count && EntityAt(after[cue.Last + 1].Start) is { Label: EntityLabel.PER } inverted
                        && inverted.Span.Start == after[cue.Last + 1].Start && char.IsUpper(_text[inverted.Span.Start]) && EndsClause(after, inverted.Span))
                        sp = FromEntity(inverted);
                    // ('"…," Coté says' after "Valérie Côté": a family name the tagger missed, written without an accent)
                    if (sp is null && c == k + 1 && after[k].Capitalised && EntityAt(after[k].Start) is null) sp = NamedBefore(after[k]);
                    if (sp is not null) return (sp, cueSpan);
                    break;
                }
                // ('"…," Lena Ortiz, an analyst at Carfax.': the name and its description close the sentence with no verb, as a
                // signature does)
                if (named is not null && SignatureApposition(after, namedComma)) return (named, null);
            }
        }

        // 1b. A sentence that closes with ", X said." after the quote: '... there is "no way" the family will agree to it, Perez said.'
        if (!q.Open && !ended && !GovernedBefore(q, si))
        {
            var last = WordsOf(sj);
            int end = last.Count;
            while (end > 0 && last[end - 1].IsPunct && last[end - 1].Norm != "\"q") end--;
            int first = WordAtOrAfter(last, q.Outer.End);
            for (int c = end - 1; c >= first && c >= end - 4; c--)
            {
                if (CueAt(last, c) is not { } cue || cue.Last != end - 1) continue;
                int subj = SubjectStart(last, c);
                if (subj <= first || last[subj - 1].Norm != ",") break;
                if (SubjectOf(last, c, sj, stopAt: subj) is { } sp) return (sp, new TextSpan(last[c].Start, last[cue.Last].End));
                break;
            }
        }

        // 2. "according to X" (or "in the words of X") in the sentence near the quote, then the nearest cue before the quote.
        // Both look at most CueWindow words away, so a 200 KB "sentence" stays linear.
        var words = WordsOf(si);
        int at = WordAtOrAfter(words, q.Outer.Start);
        for (int c = Math.Max(0, at - CueWindow); c < words.Count && c < at + CueWindow; c++)
        {
            int past = words[c].Norm == "according" && c + 1 < words.Count && words[c + 1].Norm == "to" ? c + 2
                : words[c].Norm == "in" && c + 3 < words.Count && words[c + 1].Norm == "the" && words[c + 2].Norm == "words" && words[c + 3].Norm == "of" ? c + 4 : -1;
            if (past < 0) continue;
            var sp = NounPhraseFrom(words, past, si);
            if (sp is not null) return (sp, new TextSpan(words[c].Start, words[past - 1].End));
        }
        if (PassiveAgentAs(words, at, si) is var (agent, passive)) return (agent, passive);
        int before = at - 1;
        for (int c = before; c >= 0 && before - c < CueWindow; c--)
        {
            if (words[c].Norm == "\"q") continue;
            if (CueAt(words, c) is not { } cue || cue.Last > before) continue;
            // "30 people were reported dead in a "storm surge"": a passive cue names no speaker (but one "was quoted saying")
            if (Passive(words, c)) continue;
            var cueSpan = new TextSpan(words[c].Start, words[cue.Last].End);
            if (QuotedAsSaying(words, c, si) is { } source) return (source, cueSpan);
            // ('It said in a statement that "…"': "it" is the body the sentence before names)
            var sp = SubjectOf(words, c, si, stopAt: Math.Max(0, c - CueWindow)) ?? ItBefore(words, c, si);
            if (sp is not null) return (sp, cueSpan);
        }

        // 3. "Gen. Stephen Townsend provided the following statement on the advance: “…”": the author of a statement that a
        // colon hands over to the quote
        if (StatementBeforeColon(words, at, si) is var (author, published)) return (author, published);
        return (null, null);
    }

    /// <summary>
    /// 'The phone was praised by Jobs as "the biggest leap …"', 'was described by police as "…"': the agent of a passive whose
    /// "as" hands over to the quote at word <paramref name="at"/> calls it so. Null otherwise.
    /// </summary>
    private (Speaker, TextSpan)? PassiveAgentAs(List<PhraseWord> words, int at, int si)
    {
        if (at < 4 || at > words.Count || words[at - 1].Norm != "as") return null;
        for (int by = at - 2; by >= 2 && at - by <= MaxSubjectWords && !words[by].IsPunct; by--)
        {
            if (words[by].Norm != "by") continue;
            int v = by - 1, be = v - 1;
            if (be > 0 && words[be].Norm.EndsWith("ly", StringComparison.Ordinal)) be--;
            if (!words[v].Norm.EndsWith("ed", StringComparison.Ordinal) || words[be].Norm is not ("is" or "was" or "are" or "were" or "been" or "be")) return null;
            return NounPhraseFrom(words, by + 1, si) is { } agent ? (agent, new TextSpan(words[v].Start, words[by].End)) : null;
        }
        return null;
    }

    /// <summary>
    /// "Gen. Stephen Townsend provided the following statement on the advance:": the author of a statement whose colon, the word
    /// before word <paramref name="at"/>, hands over to a quote, and the words that publish it. Null otherwise.
    /// </summary>
    private (Speaker, TextSpan)? StatementBeforeColon(List<PhraseWord> words, int at, int si)
    {
        if (at <= 0 || at > words.Count || words[at - 1].Norm != ":") return null;
        for (int c = at - 2; c > 0 && at - c <= 12 && !words[c].IsPunct; c--)
        {
            if (!StatementNouns.Contains(words[c].Norm)) continue;
            int v = c - 1;
            while (v > 0 && c - v <= 4 && !PublishVerbs.Contains(words[v].Norm) && (Determiners.Contains(words[v].Norm) || IsPlainWord(words[v]))) v--;
            if (PublishVerbs.Contains(words[v].Norm) && SubjectOf(words, v, si, Math.Max(0, v - CueWindow), depth: 1) is { } author)
                return (author, new TextSpan(words[v].Start, words[c].End));
            break;
        }
        return null;
    }

    /// <summary>
    /// A transcript's line, 'Secretary of the Navy Ana Ruiz: “…”': a quote after a colon with nothing before it in its
    /// paragraph (or since an earlier colon) but a person's name and the title before it is that person's. The colon is the cue.
    /// </summary>
    private (Speaker, TextSpan)? Labelled(MarkedQuote q)
    {
        int colon = q.Outer.Start - 1;
        while (colon >= 0 && _text[colon] is ' ' or '\t') colon--;
        if (colon < 1 || _text[colon] != ':') return null;
        int end = colon;
        while (end > 0 && _text[end - 1] is ' ' or '\t') end--;
        if (EntityAt(end - 1) is not { Label: EntityLabel.PER } person || person.Span.End != end || IsPronoun(person.Span) || !char.IsUpper(_text[person.Span.Start])) return null;
        var paragraph = _paragraphs[q.Paragraph];
        var words = PhraseWords.Split(_text, new TextSpan(paragraph.Start, person.Span.Start));
        // (back to the paragraph's start or a colon, over a title: capitalised words, abbreviations and the words that join them)
        for (int w = words.Count - 1; w >= 0 && words[w].Norm != ":"; w--)
            if (!(words[w].Capitalised && !words[w].IsPunct || words[w].Norm is "." or "of" or "the" or "for" or "to" or "and" or "," || _coder.Lexicon.IsTitleWord(words[w])))
                return null;
        return (FromEntity(person), new TextSpan(colon, colon + 1));
    }

    /// <summary>True when the cue at <paramref name="c"/> is "quoted" (or "cited") whose "… (as) saying" names the one quoted.</summary>
    private bool QuotesOneSaying(List<PhraseWord> words, int c, int si)
    {
        if (words[c].Norm is not ("quoted" or "quotes" or "cited")) return false;
        for (int a = c + 2; a < words.Count && a - c < MaxAppositionWords; a++)
            if (words[a].Norm is "saying" or "said" && QuotedAsSaying(words, a, si) is not null) return true;
        return false;
    }

    /// <summary>
    /// '“The desert was silent.” —T.E. Lawrence, Seven Pillars of Wisdom': a quote that opens its paragraph, signed by a person
    /// named after a dash right behind the closing mark (or at the start of the next line), where the name ends the line or a
    /// comma follows it (the work or the post). A name that goes on ("--- Ana Ruiz in Amman", a byline) signs nothing here.
    /// </summary>
    private (Speaker, TextSpan)? SignedWithDash(MarkedQuote q)
    {
        // (on the same line, or the next line of the paragraph)
        int i = q.Outer.End, breaks = 0;
        while (i < _text.Length && (_text[i] is ' ' or '\t' or '\r' || _text[i] == '\n' && ++breaks == 1)) i++;
        int dash = i;
        while (i < _text.Length && _text[i] is '—' or '–' or '-') i++;
        if (i == dash || i - dash > 3) return null;
        int dashEnd = i;
        while (i < _text.Length && _text[i] == ' ') i++;
        if (EntityAt(i) is not { Label: EntityLabel.PER } e || e.Span.Start != i || IsPronoun(e.Span)) return null;
        int j = e.Span.End;
        while (j < _text.Length && _text[j] is ' ' or '\t' or '\r') j++;
        return j >= _text.Length || _text[j] is '\n' or ',' ? (FromEntity(e), new TextSpan(dash, dashEnd)) : null;
    }

    /// <summary>
    /// True when the words after the comma at <paramref name="comma"/> are a short description of a person that ends the
    /// sentence: "an analyst for Edmunds.", "the group's founder." (a determiner or none, a few modifiers, a person word,
    /// then no cue and no quotation mark to the end).
    /// </summary>
    private bool SignatureApposition(List<PhraseWord> words, int comma)
    {
        int end = words.Count;
        while (end > comma + 1 && words[end - 1].IsPunct && words[end - 1].Norm != "\"q") end--;
        if (end == words.Count || words[end].Norm is not ("." or "!") || end - comma - 1 > MaxAppositionWords) return false;
        int h = comma + 1;
        if (h < end && Determiners.Contains(words[h].Norm)) h++;
        while (h < end && h - comma <= 4 && !IsPersonWord(words[h]) && !words[h].IsPunct) h++;
        if (h >= end || !IsPersonWord(words[h])) return false;
        for (int c = comma + 1; c < end; c++)
            if (words[c].Norm == "\"q" || CueAt(words, c) is not null) return false;
        return true;
    }

    /// <summary>
    /// "SANA quoted a ministry official as saying …": the one quoted speaks; "The deputy minister was quoted by state media as
    /// saying …": the subject of the passive does. Null when the cue at <paramref name="c"/> is no "as saying" after "quoted".
    /// </summary>
    private Speaker? QuotedAsSaying(List<PhraseWord> words, int c, int si)
    {
        // (and without "as", "quoted an unnamed official saying …", where no punctuation stands between)
        bool plain = c > 0 && words[c - 1].Norm != "as";
        if (c == 0 || plain && words[c].Norm != "saying" || words[c].Norm is not ("saying" or "said")) return null;
        int quoted = -1;
        for (int b = c - 1; b >= 0 && c - b < MaxAppositionWords && quoted < 0 && !(plain && words[b].IsPunct); b--)
            if (words[b].Norm is "quoted" or "quotes" or "cited") quoted = b;
        if (quoted < 0) return null;
        if (quoted > 0 && words[quoted - 1].Norm is "was" or "were" or "is" or "are" or "been") return SubjectOf(words, quoted - 1, si, 0);
        return NounPhraseFrom(words, quoted + 1, si);
    }

    /// <summary>
    /// '"… for the next 30 hours . " Steve Whitmore, a spokesman, told LA Weekly …': the quote's words end with a full stop,
    /// and the segmenter began a sentence with its closing mark and a capitalised word: what follows is a sentence of its own,
    /// not the cue of this quote (which would end with a comma: '"…," Whitmore said').
    /// </summary>
    /// <summary>
    /// True when sentence <paramref name="sj"/> ends with the quote, whose words end in a comma, and the next sentence of the
    /// paragraph goes on from it: '`` … work that well , '' Mahler said .' in spaced wire copy, where the segmenter cut after
    /// the marks. A comma hands over to the cue, so the sentence after holds it.
    /// </summary>
    private bool CutAfterComma(MarkedQuote q, int sj)
    {
        if (q.Open || sj + 1 >= _sentences.Count || _sentences[sj].End > q.Outer.End) return false;
        int e = q.Content.End - 1;
        while (e > q.Content.Start && char.IsWhiteSpace(_text[e])) e--;
        // ('``… played itself out ?'' ¶ said a trading strategist, Bill Ames .': a sentence, even on a line of its own, that opens
        // right after the marks with a cue in lower case is no sentence of its own; the quote's cue is there)
        if (_text.AsSpan(q.Outer.End, Math.Max(0, _sentences[sj + 1].Start - q.Outer.End)).IsWhiteSpace() && WordsOf(sj + 1) is { Count: > 2 } next
            && !next[0].IsPunct && !next[0].Capitalised && next[0].Norm is "said" or "says" or "added" or "adds" or "asked" or "asks" or "wrote" or "writes"
            && CueAt(next, 0) is not null)
            return true;
        if (ParagraphOf(_sentences[sj + 1].Start) != q.Paragraph) return false;
        return _text[e] == ',' || _text[e] is '?' or '!' && CueClauseOpens(sj + 1, q.Outer.End);
    }

    /// <summary>
    /// '"Where are the rebels?" Harlan asked the general.': after a question or an exclamation the segmenter cuts before a
    /// capitalised name, and the sentence after holds the quote's cue when it opens, right after the marks, with a short subject
    /// and a cue that reports no clause of its own (not '"Why?" The minister said the plan was dead.', a new statement).
    /// </summary>
    private bool CueClauseOpens(int s, int from)
    {
        if (_text.AsSpan(from, Math.Max(0, _sentences[s].Start - from)).ContainsAny('\n', '\r')) return false;
        var words = WordsOf(s);
        int first = WordAtOrAfter(words, from);
        for (int c = first; c < words.Count && c - first <= 5 && !words[c].IsPunct; c++)
        {
            if (CueAt(words, c) is not { } cue) continue;
            // ("Harlan is reported to have asked": the cue is the verb after "to have")
            if (cue.Last + 1 < words.Count && words[cue.Last + 1].Norm == "to" && c > first && words[c - 1].Norm is "is" or "was" or "are" or "were") continue;
            for (int a = cue.Last + 1; a < words.Count && !words[a].IsPunct; a++)
                if (words[a].Norm == "that" || Auxiliaries.Contains(words[a].Norm)) return false;
            return true;
        }
        return false;
    }

    private bool EndedBeforeMark(MarkedQuote q, int sj)
    {
        if (q.Open || sj < 0 || _sentences[sj].Start < q.Content.End) return false;
        int e = q.Content.End - 1;
        while (e > q.Content.Start && char.IsWhiteSpace(_text[e])) e--;
        if (_text[e] != '.' || e > q.Content.Start && _text[e - 1] == '.') return false;
        var after = WordsOf(sj);
        int first = WordAtOrAfter(after, q.Outer.End);
        return first < after.Count && after[first].Capitalised;
    }

    /// <summary>
    /// True when a cue before the quote governs it: one is met walking back from the quote before a clause boundary
    /// (", and", ", but", ";"). 'said its forces had struck "military facilities"' is the ministry's whatever the
    /// sentence's end says; 'has indicated he will not travel, and there is "no way" ...' is not the indicator's.
    /// </summary>
    /// (<paramref name="finite"/>: a cue with a tense, not a participle: in 'Calling her "an excellent girl," Castro said …' the
    /// participle's subject is the one the cue after the quote names)
    private bool GovernedBefore(MarkedQuote q, int si, bool finite = false)
    {
        var words = WordsOf(si);
        int at = WordAtOrAfter(words, q.Outer.Start);
        for (int c = at - 1; c >= 0 && at - c <= CueWindow; c--)
        {
            if (words[c].Norm == ";" || words[c].Norm == "," && c + 1 < at && words[c + 1].Norm is "and" or "but") return false;
            if (CueAt(words, c) is not null) return !finite || !words[c].Norm.EndsWith("ing", StringComparison.Ordinal);
        }
        return false;
    }

    private Speaker? Repeated(int k, Speaker?[] speakers)
    {
        var mine = NormalContent(k);
        if (mine.Split(' ').Length < 2 || mine.Length > 2000) return null;
        for (int o = 0; o < _marked.Count && o < MaxRepeatCompare; o++)
        {
            if (o == k || speakers[o] is null) continue;
            var other = NormalContent(o);
            if (other.Contains(mine, StringComparison.Ordinal) || mine.Contains(other, StringComparison.Ordinal) && other.Split(' ').Length >= 2)
                return speakers[o];
        }
        return null;
    }

    /// <summary>
    /// '“The road is open,” said Amal Rashid, “and it will stay open.”': the second part of a quote that its own cue breaks
    /// continues the first part's speaker: the cue stands between the two in one sentence, and punctuation ends the gap
    /// (a comma, or the full stop of "…,” said Amal Rashid of Nairobi Tours Inc. “…" that the segmenter kept in the sentence).
    /// </summary>
    private Speaker? Interrupted(int k, Speaker?[] speakers, TextSpan?[] cues)
    {
        if (k == 0 || speakers[k - 1] is not { } sp || cues[k - 1] is not { } cue) return null;
        var prev = _marked[k - 1];
        var cur = _marked[k];
        if (prev.Paragraph != cur.Paragraph || prev.Open || cue.Start < prev.Outer.End || cue.End > cur.Outer.Start || cur.Outer.Start - prev.Outer.End > 160
            || SentenceIndex(cue.Start) != SentenceIndex(cur.Outer.Start))
            return null;
        int b = cur.Outer.Start - 1;
        while (b > prev.Outer.End && char.IsWhiteSpace(_text[b])) b--;
        return _text[b] is ',' or ';' or ':' or '—' or '.' ? sp : null;
    }

    /// <summary>
    /// A quote with no cue continues the speaker of the quote just before it (same or previous paragraph), unless a sentence
    /// between them brings in a speaker ('"…," the ministry said. Heald noted the findings show … . "An air-quality cleanup …"').
    /// </summary>
    private Speaker? Continuation(int k, Speaker?[] speakers)
    {
        if (!Standalone(_marked[k])) return null;
        var cur = _marked[k];
        if (PreviousSentenceSpeaker(cur) is { } introduced) return introduced;
        if (k > 0 && speakers[k - 1] is { } sp)
        {
            var prev = _marked[k - 1];
            // (a quote run over several lines ends in a later paragraph than it starts)
            int prevEnd = Math.Max(prev.Paragraph, ParagraphOf(prev.Outer.End - 1));
            if (cur.Paragraph == prevEnd) return sp;
            if (cur.Paragraph - prevEnd == 1 && (prev.Open || cur.Outer.Start == _paragraphs[cur.Paragraph].Start)) return sp;
            // ('Ortiz said:' ¶ '“It is unacceptable …' ¶ 'We will meet …' ¶ '“Nobody wants …”': a quote left open runs on through a
            // paragraph or two whose opening mark the writer left out, to the quote that opens a later paragraph, when they name no
            // one)
            if (prev.Open && OpensParagraph(cur) && cur.Paragraph - prevEnd is 2 or 3
                && !EntitiesIn(new TextSpan(_paragraphs[prevEnd + 1].Start, _paragraphs[cur.Paragraph - 1].End))
                    .Any(e => e.Label == EntityLabel.PER && !IsPronoun(e.Span)))
                return sp;
        }
        return null;
    }

    /// <summary>
    /// '“He has told me so,” Ortiz said. The relatives are “filling his room with toys. …”': a quote (no scare quote) in a
    /// sentence of the writer's that has no cue and names no person outside quotes goes on with the words of the named person
    /// quoted in the sentence just before, in the same paragraph. Null otherwise.
    /// </summary>
    private Speaker? AfterQuotedSentence(int k, Speaker?[] speakers)
    {
        if (k == 0 || speakers[k - 1] is not { Cluster: { } pc } sp || !_mentions.TryGetValue(pc, out var ms) || !ms.Exists(e => e.Label == EntityLabel.PER)
            || IsPronoun(sp.Span))
            return null;
        var prev = _marked[k - 1];
        var cur = _marked[k];
        int si = SentenceIndex(cur.Outer.Start);
        if (prev.Paragraph != cur.Paragraph || si <= 0 || SentenceIndex(Math.Max(prev.Outer.Start, prev.Outer.End - 1)) != si - 1) return null;
        var words = WordsOf(si);
        for (int c = 0; c < words.Count; c++)
            if (CueAt(words, c) is not null) return null;
        return EntitiesIn(_sentences[si]).Any(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && !OwnsQuotedWords(e, cur)) ? null : sp;
    }

    /// <summary>
    /// 'BellSouth's "back-end protection was flawed …"': a name in the possessive right before the opening mark owns the
    /// first noun of the quoted words; the writer only moved the mark past it, and the name is no one speaking.
    /// </summary>
    private bool OwnsQuotedWords(Entity e, MarkedQuote q)
    {
        if (e.Span.End > q.Outer.Start || q.Outer.Start - e.Span.End > 4) return false;
        var between = _text[e.Span.End..q.Outer.Start].Trim();
        return between is "'s" or "’s" or "'" or "’";
    }

    /// <summary>
    /// '“We ran to the river.' ¶ '“Nobody came to help us,” said Moussa Sangare.': a quote paragraph left open runs on into the
    /// quote that opens the next paragraph, and the speaker a cue names there speaks both (news names the speaker of a quote
    /// that runs over paragraphs once, in whichever paragraph). Null when the run meets no cue.
    /// </summary>
    private Speaker? RunOn(int k, Speaker?[] speakers, TextSpan?[] cues)
    {
        for (int j = k; j + 1 < _marked.Count && _marked[j].Open && OpensParagraph(_marked[j]); j++)
        {
            if (_marked[j + 1].Paragraph != _marked[j].Paragraph + 1 || !OpensParagraph(_marked[j + 1])) return null;
            if (cues[j + 1] is not null) return speakers[j + 1];
        }
        return null;
    }

    /// <summary>
    /// An interview in questions and answers ("Q: Are convoys getting through?" ¶ "A: “Some are, …”"): a quote that opens an
    /// answer paragraph is the interviewee's, the last person named before the first question. Null elsewhere.
    /// </summary>
    private Speaker? Answer(MarkedQuote q)
    {
        var paragraph = _paragraphs[q.Paragraph];
        var opening = _text.AsSpan(paragraph.Start, q.Outer.Start - paragraph.Start).Trim();
        if (!opening.SequenceEqual("A:")) return null;
        int question = _paragraphs.FindIndex(p => _text.AsSpan(p.Start, p.Length).TrimStart().StartsWith("Q:", StringComparison.Ordinal));
        if (question < 0 || question >= q.Paragraph) return null;
        Entity? named = null;
        foreach (var e in EntitiesIn(new TextSpan(0, _paragraphs[question].Start)))
            if (e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && char.IsUpper(_text[e.Span.Start]) && !IsPronoun(e.Span)) named = e;
        return named is null ? null : FromEntity(named);
    }

    private bool OpensParagraph(MarkedQuote q) => q.Outer.Start == _paragraphs[q.Paragraph].Start;

    /// <summary>True when nothing but punctuation stands beside the quote in its sentence (a quote paragraph).</summary>
    private bool Standalone(MarkedQuote q)
    {
        // (a closing mark the segmenter put at the next sentence's start ends the quote where its words end)
        int si = SentenceIndex(q.Outer.Start), sj = SentenceIndex(Math.Max(q.Outer.Start, q.Content.End - 1));
        if (si < 0) return false;
        for (int s = si; s <= Math.Max(si, sj); s++)
            if (!OnlyOneQuote(s)) return false;
        return true;
    }

    private readonly Dictionary<int, bool> _onlyQuote = new();

    /// <summary>True when the sentence is one quotation and punctuation (cached per sentence).</summary>
    private bool OnlyOneQuote(int si)
    {
        if (_onlyQuote.TryGetValue(si, out var v)) return v;
        int markers = 0;
        bool words = false;
        foreach (var w in WordsOf(si))
        {
            if (w.Norm == "\"q") markers++;
            else if (!w.IsPunct) { words = true; break; }
        }
        return _onlyQuote[si] = !words && markers == 1;
    }

    /// <summary>
    /// "General Osman spoke to reporters." then a quote paragraph, or "Osman said the town had fallen. “We hold the
    /// bridge.”" in one paragraph: the speaker a cue introduced in the sentence just before.
    /// </summary>
    private Speaker? PreviousSentenceSpeaker(MarkedQuote q)
    {
        int si;
        if (q.Outer.Start == _paragraphs[q.Paragraph].Start)
        {
            if (q.Paragraph == 0) return null;
            var prev = _paragraphs[q.Paragraph - 1];
            si = SentenceIndex(Math.Max(prev.Start, prev.End - 1));
            if (si < 0 || !prev.Contains(_sentences[si].Start)) return null;
        }
        else
        {
            si = SentenceIndex(q.Outer.Start) - 1;
            if (si < 0 || !_paragraphs[q.Paragraph].Contains(_sentences[si].Start) || _sentences[si].End > q.Outer.Start) return null;
        }
        var words = WordsOf(si);
        if (words.Any(w => w.Norm == "\"q")) return null;
        // (a described speaker too when the sentence hands over with a colon: "Asked to comment, a Justice Department spokesman said:")
        bool handsOver = words.Count > 0 && words[^1].Norm == ":";
        for (int c = 0; c < words.Count; c++)
            if (CueAt(words, c) is not null && SubjectOf(words, c, si, 0) is { } sp && (sp.Cluster is not null || handsOver)) return sp;
        // ("Gen. Joseph Votel released the following statement today:" ¶ "“We mourn …”": the statement's author)
        return handsOver && StatementBeforeColon(words, words.Count, si) is var (author, _) ? author : null;
    }

    /// <summary>"Kerry sees no sign of “…”": a named person opening the sentence (or its clause after an opening phrase) of a cue-less quote.</summary>
    private Speaker? SentenceSubject(MarkedQuote q)
    {
        int si = SentenceIndex(q.Outer.Start);
        if (si < 0) return null;
        var s = _sentences[si];
        foreach (var e in EntitiesIn(new TextSpan(s.Start, Math.Max(s.Start, q.Outer.Start))))
        {
            if (_inQuote[e.Span.Start]) continue;
            if (e.Label != EntityLabel.PER || OwnsQuotedWords(e, q)) return null;
            // The person must be named (or "he", "she") as the subject that opens the sentence or follows its opening phrase:
            // 'A 1970 evaluation said Bush "…"' and 'the devil acted through his puppets with "…"' are nobody's words here.
            var first = _text[e.Span.Start];
            if (!char.IsUpper(first) && !SingularPronouns.Contains(e.Span.Of(_text).ToLowerInvariant())) return null;
            var words = WordsOf(si);
            int b = WordAtOrAfter(words, e.Span.Start) - 1;
            while (b >= 0 && !words[b].IsPunct && (Determiners.Contains(words[b].Norm) || words[b].Capitalised || _coder.Lexicon.IsTitleWord(words[b]))) b--;
            if (!(b < 0 || words[b].Norm == ",")) return null;
            // (a pronoun is resolved as a cue's is, not by whatever coreference linked it to)
            return SingularPronouns.Contains(e.Span.Of(_text).ToLowerInvariant()) ? ResolvePronoun(e.Span, si) : FromEntity(e);
        }
        return null;
    }

    private static string Normal(TextSpan s, string text)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        bool space = false;
        for (int i = s.Start; i < s.End; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c)) { if (space && sb.Length > 0) sb.Append(' '); space = false; sb.Append(char.ToLowerInvariant(c)); }
            else space = true;
        }
        return sb.ToString();
    }

    private readonly Dictionary<int, string> _normal = new();

    private string NormalContent(int k)
    {
        if (!_normal.TryGetValue(k, out var n)) _normal[k] = n = Normal(_marked[k].Content, _text);
        return n;
    }

    // ---------------------------------------------------------------- indirect speech

    private IEnumerable<Quote> Indirect(List<Quote> direct)
    {
        for (int si = 0; si < _sentences.Count; si++)
        {
            var s = _sentences[si];
            var words = WordsOf(si);
            var found = HasQuote(s) ? AfterDirect(words, si, direct) : IndirectIn(words, si, 0, true);
            foreach (var quote in found) yield return quote;
            if (HasQuote(s) && QuoteInTrailingParticiple(words) is > 0 and var comma)
                foreach (var quote in IndirectIn(words.GetRange(0, comma), si, 0, true)) yield return quote;
        }
    }

    /// <summary>
    /// "Musk wrote on X that he would defy the order, calling it “censorship”": where the sentence's first quotation stands in
    /// a participle's phrase after a comma, the words before that comma are a sentence of their own, which may report speech.
    /// The comma's index, or -1.
    /// </summary>
    private static int QuoteInTrailingParticiple(List<PhraseWord> words)
    {
        int first = words.FindIndex(w => w.Norm == "\"q");
        for (int c = first - 1; c > 0 && first - c <= 6; c--)
        {
            if (words[c].IsPunct && words[c].Norm != ",") return -1;
            // (not a preposition in -ing: ", including newly built “satellite cities”")
            if (words[c].Norm == "," && c + 1 < first && words[c + 1].Norm.Length > 4 && words[c + 1].Norm.EndsWith("ing", StringComparison.Ordinal)
                && !words[c + 1].Capitalised && words[c + 1].Norm is not ("including" or "according" or "following" or "regarding" or "concerning" or "excluding" or "during"))
                return c;
        }
        return -1;
    }

    /// <summary>
    /// Reported speech after the last direct quote of a sentence: 'X said the targets were "…" and that every precaution had
    /// been taken' (the quote's speaker goes on), '"…," said Amal Rashid, 34, who said he had walked …' (a cue of its own).
    /// The direct quote's own cue after it reports nothing more.
    /// </summary>
    private List<Quote> AfterDirect(List<PhraseWord> words, int si, List<Quote> direct)
    {
        int last = words.FindLastIndex(w => w.Norm == "\"q");
        var sentence = _sentences[si];
        if (last < 0 || last + 1 >= words.Count) return [];
        var dq = direct.LastOrDefault(q => q.Kind == QuoteKind.Direct && q.Span.Start <= words[last].End + 1 && q.Span.End + 1 >= words[last].Start);
        int t = last + 1;
        if (t < words.Count && words[t].Norm == ",") t++;
        if (t + 1 < words.Count && words[t].Norm == "and" && words[t + 1].Norm == "that")
        {
            if (dq is not { Speaker: not null, Cue: { } dcue } || dcue.End > dq.Span.Start) return [];
            int end = words.Count;
            while (end > t + 2 && words[end - 1].IsPunct) end--;
            if (end - (t + 2) < 3) return [];
            return [new Quote(new TextSpan(words[t + 2].Start, words[end - 1].End), QuoteKind.Indirect, dq.Speaker, dq.SpeakerSpan, dq.SpeakerCluster, dcue)];
        }
        // ('"…," the statement said, according to state media': what is reported after the quote's own cue starts past it)
        int from = last + 1;
        if (dq?.Cue is { } own && own.Start >= words[last].Start)
            for (int i = last + 1; i < words.Count; i++)
                if (own.Contains(words[i].Start)) from = i + 1;
        return IndirectIn(words, si, from, false);
    }

    /// <summary>
    /// Every indirect quote of a sentence from word <paramref name="from"/>: a cue's report, then the reports of cues after it
    /// ("…, residents said, and the health ministry said at least eight people were killed"; "…, the group said on Monday,
    /// warning that …"). A report that runs on past ", and X said" or "and said" ends there; one that runs to the sentence's
    /// end leaves nothing for later cues (a cue inside it is part of what was said).
    /// </summary>
    private List<Quote> IndirectIn(List<PhraseWord> words, int si, int from, bool allowBefore)
    {
        var found = new List<Quote>();
        int c = from;
        while (c < words.Count && found.Count < 4)
        {
            var q = FirstIndirect(words, si, c, allowBefore && found.Count == 0, out int cueAt, out int cueLast);
            if (q is null) break;
            if (q.Span.Start > words[cueAt].Start)
            {
                int to = WordAtOrAfter(words, q.Span.End);
                int cut = NextCueClause(words, si, cueLast + 1, to);
                if (cut < 0) { found.Add(q); break; }
                int e = cut;
                while (e > cueLast + 1 && words[e - 1].IsPunct) e--;
                if (e > WordAtOrAfter(words, q.Span.Start)) found.Add(q with { Span = new TextSpan(q.Span.Start, words[e - 1].End) });
                c = cut;
                continue;
            }
            found.Add(q);
            c = cueLast + 1;
        }
        return found;
    }

    /// <summary>
    /// The index where a clause with a cue of its own begins inside a report (", and the ministry said …": the comma;
    /// "and said …": the "and"), or -1.
    /// </summary>
    private int NextCueClause(List<PhraseWord> words, int si, int from, int to)
    {
        for (int b = from + 1; b < to && b < words.Count; b++)
        {
            // ("The army said it had killed 20 militants; the health ministry said 44 people had been killed": the semicolon)
            if (words[b].Norm == ";")
            {
                if (OwnCueFrom(words, si, b + 1, 7)) return b;
                continue;
            }
            if (words[b].Norm is not ("and" or "but")) continue;
            // ("and said …", but not "confessed … and admitted …" inside what was said)
            if (b + 1 < words.Count && words[b + 1].Norm is "said" or "says" or "say" or "told" or "tells" or "added" or "adds"
                && CueAt(words, b + 1) is { Indirect: true })
                return b;
            // (", and that the number of children admitted had risen" goes on with what was said)
            if (words[b - 1].Norm != "," || b + 1 >= words.Count || words[b + 1].Norm == "that") continue;
            if (OwnCueFrom(words, si, b + 1, 6)) return b - 1;
        }
        return -1;
    }

    /// <summary>
    /// True when the clause that opens at word <paramref name="open"/> has a reporting verb of its own (active, within
    /// <paramref name="reach"/> words of the word before it, no punctuation between) with a subject after the opening.
    /// </summary>
    private bool OwnCueFrom(List<PhraseWord> words, int si, int open, int reach)
    {
        for (int c = open + 1; c < words.Count && c - open < reach && !words[c].IsPunct; c++)
            if (CueAt(words, c) is { Indirect: true } && !Passive(words, c)) return SubjectOf(words, c, si, open) is not null;
        return false;
    }

    private bool HasQuote(TextSpan s)
    {
        // (the closing mark of a quote before it, where the segmenter began the sentence with it, is none of its own)
        int from = s.Start;
        while (from < s.End && (_closing[from] && _inQuote[from] || char.IsWhiteSpace(_text[from]))) from++;
        for (int i = from; i < s.End && i < _inQuote.Length; i++) if (_inQuote[i]) return true;
        return false;
    }

    // Words of the hearer after "told": "told reporters", "told state television", "told a weekly news conference that …".
    private static readonly HashSet<string> HearerWords = new(StringComparer.Ordinal)
    {
        "reporters", "journalists", "news", "agency", "television", "radio", "state", "local", "media", "parliament", "lawmakers",
        "weekly", "daily", "regular", "press", "conference", "briefing", "rally", "crowd", "supporters", "audience", "newspaper",
    };

    private Quote? FirstIndirect(List<PhraseWord> words, int si, int floor, bool allowBefore, out int cueAt, out int cueLast)
    {
        cueAt = cueLast = -1;
        int end = words.Count;
        while (end > 0 && words[end - 1].IsPunct) end--;
        for (int c = floor; c < end; c++)
        {
            if (CueAt(words, c) is not { } cue || !cue.Indirect) continue;
            cueAt = c;
            cueLast = cue.Last;
            var cueSpan = new TextSpan(words[c].Start, words[cue.Last].End);
            if (words[c].Norm == "according")
            {
                var sp = NounPhraseFrom(words, cue.Last + 1, si);
                if (sp is null) continue;
                // "…, according to X." reports what comes before; "According to X, …" what comes after.
                int from, to;
                if (c >= floor + 3) { from = floor; to = c; }
                else
                {
                    from = -1;
                    for (int b = cue.Last + 1; b < words.Count && b - cue.Last <= MaxAppositionWords && from < 0; b++) if (words[b].Norm == ",") from = b;
                    from++;
                    to = end;
                    if (from <= 0) continue;
                    if (SourceApposition(words, from, end, sp) is var (after, named) && after > 0) { from = after; sp = named ?? sp; }
                }
                while (to > from && words[to - 1].IsPunct) to--;
                if (to - from < 3) continue;
                return new Quote(new TextSpan(words[from].Start, words[to - 1].End), QuoteKind.Indirect, sp.Name, sp.Span, sp.Cluster, cueSpan);
            }
            // "The husband is reported to be considering": a passive cue has no speaker in its subject
            if (Passive(words, c)) continue;
            // "Negotiators reported progress in the talks, according to two officials": a cue other than say, tell or add, with no
            // clause after it, gives way to the source the sentence ends with ("Kerry said the US held …, according to X" is Kerry's)
            if (words[c].Norm is not ("said" or "says" or "say" or "told" or "tells" or "tell" or "added" or "adds")
                && !OpensClause(words, cue.Last + 1, end) && AccordingAfter(words, cue.Last + 1, end) is var according and > 0
                && NounPhraseFrom(words, according + 2, si) is not null)
                continue;
            // "The Treasury has not said when the measures take effect": what was not said is no report
            if (c > 0 && Negation(words[c - 1].Norm) && cue.Last + 1 < end && WhWords.Contains(words[cue.Last + 1].Norm)) continue;
            var quotedAs = QuotedAsSaying(words, c, si);
            var speaker = quotedAs ?? SubjectOf(words, c, si, stopAt: 0) ?? ItBefore(words, c, si);
            int subj = SubjectStart(words, c);
            if (speaker is null && allowBefore && c >= 4 && words[c - 1].Norm == "," && cue.Last + 1 < end && !words[c].Norm.EndsWith("ing", StringComparison.Ordinal)
                && !SingularPronouns.Contains(words[cue.Last + 1].Norm) && !OtherPronouns.Contains(words[cue.Last + 1].Norm)
                && NounPhraseFrom(words, cue.Last + 1, si) is { } inverted && (inverted.Cluster is not null || EntityAt(inverted.Span.Start) is not null)
                && EndsClause(words, inverted.Span))
            {
                // "The strike hit the village at 10am, said Ko Zaw Min, a member of …": the clause before the comma
                return new Quote(new TextSpan(words[0].Start, words[c - 2].End), QuoteKind.Indirect, inverted.Name, inverted.Span, inverted.Cluster, cueSpan);
            }
            if (speaker is null) continue;
            int start = cue.Last + 1;
            // "warns of famine", "said on Monday" is fine, but "warned of/about/against" reports a topic, not words.
            // ("said about 6,000 people had fled": "about" before a number is an approximation)
            // ("commented on the bombings" names the topic too; "said on Monday" is a time)
            // ("said of the plan that it would fail": past the topic to "that" and a clause's subject)
            if (start < end && words[start].Norm == "of" && words[c].Norm is "said" or "says" or "say" && SaidOfThat(words, start, end) is var that and > 0)
                start = that;
            if (start < end && (words[start].Norm is "of" or "about" or "against" or "for" || words[start].Norm == "on" && words[c].Norm.StartsWith("comment", StringComparison.Ordinal))
                && !(words[start].Norm == "about" && start + 1 < end && words[start + 1].Norm.Length > 0 && char.IsDigit(words[start + 1].Norm[0])))
                continue;
            // "warned the United States against selling weapons", "warns Kenya of consequences": whom one warns, then of what
            if (words[c].Norm.StartsWith("warn", StringComparison.Ordinal) && WarnedOf(words, start, end)) continue;
            // ('"…," the minister was quoted as saying by the agency': after "as saying", "by" names who quoted, not what was said)
            if (start < end && words[start].Norm == "by" && words[c - 1].Norm == "as") continue;
            // "the group claimed responsibility for the attack": a deed owned, not words reported
            if (start < end && words[c].Norm.StartsWith("claim", StringComparison.Ordinal) && words[start].Norm is "responsibility" or "credit")
                continue;
            if (words[c].Norm is "told" or "tell" or "tells" or "telling")
            {
                // "told Reuters news agency that …", "told reporters …", "told him …": skip the hearer.
                bool skipped = false;
                if (start < end && words[start].Norm is "him" or "her" or "them" or "us" or "me") { start++; skipped = true; }
                else
                {
                    if (start < end && words[start].Norm is "the" or "a" or "an" or "his" or "her" or "its" or "their") start++;
                    int hearer = start;
                    // (a programme's title in quotation marks is part of the hearer: 'told NBC's "Today" show that ...')
                    while (start < end && (!words[start].IsPunct || start > hearer && TitleMark(words[start])) && words[start].Norm != "that" && start - cue.Last <= 6
                           && (words[start].Capitalised || TitleMark(words[start]) || HearerWords.Contains(words[start].Norm)
                               || words[start].Norm is not ("the" or "a" or "an") && _coder.Lexicon.IsTitleWord(words[start])))
                        start++;
                    // (a determiner alone is no hearer skipped: "told its sales force and Wall Street that …")
                    skipped = start > hearer;
                }
                // "told Reuters news agency that ...", "told stock market regulators that ...": the hearer ends at "that"
                for (int t = start; t < end && t <= start + (skipped ? 2 : 5); t++)
                    if (words[t].Norm == "that") { start = t; skipped = true; break; }
                // "told hundreds of students from across the region": a hearer we cannot see past says nothing is reported
                if (!skipped) continue;
                // ("a letter telling them of the decision": after the hearer, a topic)
                if (start < end && words[start].Norm is "of" or "about" && !(start + 1 < end && words[start + 1].Norm.Length > 0 && char.IsDigit(words[start + 1].Norm[0]))) continue;
            }
            // "said on Monday the talks had failed": past a time; "said in a statement that ...", "said in an editorial: ...":
            // past the phrase to "that" or a colon; "said on state television" reports no words after it (what comes before
            // the subject, if anything, is what was said).
            // "said Saturday the talks had failed", "announced Saturday on the Brotherhood website": past a bare time first,
            // when a clause or a phrase follows it ("reported third-quarter net of $68 million" reports the time's noun)
            if (start < end && TimeAt(words[start].Start) is { } bare && WordAtOrAfter(words, bare.End) is var past && past < end
                && (words[past].Capitalised || words[past].IsPunct || words[past].Norm is "that" or "it" or "he" or "she" or "they" or "we" or "i"
                    or "the" or "a" or "an" or "his" or "her" or "its" or "their" || IsCircumstance(words[past]) && words[past].Norm is not ("after" or "before")))
                start = past;
            if (start < end && IsCircumstance(words[start])
                && !(start + 1 < end && words[start + 1].Norm is "least" or "most"))
            {
                if ((TimeAt(words[start].Start) ?? (start + 1 < end ? TimeAt(words[start + 1].Start) : null)) is { } time)
                {
                    // "said after 10 years of testing, scientists had found nothing": a time that runs on with "of" is what was said
                    int after = WordAtOrAfter(words, time.End);
                    if (!(after < end && words[after].Norm == "of")) start = after;
                }
                else
                {
                    int to = -1;
                    for (int b = start + 1; b < end && b - start <= CueWindow && to < 0; b++)
                        if (words[b].Norm is "that" or ":") to = b;
                    // none: what was said comes before the subject, if anything ("..., the governor said on Telegram")
                    start = to < 0 ? end : words[to].Norm == "that" ? to : to + 1;
                }
            }
            // "Shelling hit the town, residents said, as talks stalled" and "Talks will resume, the minister
            // said." report the clause before the subject.
            // (not after "quoted X as saying": what comes before is the quoting, not what X said)
            // (not when those words hold the speaker: "Rector Lina Osei, who visits campuses across the region, explains." reports
            // nothing; the words name who speaks)
            subj = SubjectWithApposition(words, subj, c, speaker.Span);
            // "The deal, the minister said, would be signed in May", "If the remains are found, he said, they would be handed over":
            // a cue set off by commas inside the sentence reports the words on both sides (one span holds them, the cue between);
            // not what a conjunction or a participle adds after it, which is the writer's ("Shelling hit the town, residents said,
            // as talks stalled", "…, police said, citing witnesses")
            if (quotedAs is null && start == cue.Last + 1 && start + 1 < end && words[start].Norm == "," && subj >= 1 && words[subj - 1].Norm == ","
                && !ClauseWords.Contains(words[start + 1].Norm) && !words[start + 1].Norm.EndsWith("ing", StringComparison.Ordinal)
                && words[start + 1].Norm is not ("according" or "in" or "on" or "at" or "after" or "amid" or "with") && !words[start + 1].IsPunct
                && !NamesTheSpeaker(words, subj - 2, speaker.Span) && PastDateline(words, 0) is var opening && subj - 1 - opening >= 2 && end - start >= 3)
                return new Quote(new TextSpan(words[opening].Start, words[end - 1].End), QuoteKind.Indirect, speaker.Name, speaker.Span, speaker.Cluster, cueSpan);
            // (nor when a colon after the cue hands over to words that follow: "Asked to comment, a spokesman said:" ¶ "“…”")
            bool before = allowBefore && quotedAs is null && subj >= 4 && words[subj - 1].Norm == ","
                && !NamesTheSpeaker(words, subj - 2, speaker.Span) && !(cue.Last + 1 < words.Count && words[cue.Last + 1].Norm == ":");
            if (before && start < end && words[start].Norm == ",")
                return new Quote(new TextSpan(words[0].Start, words[subj - 2].End), QuoteKind.Indirect, speaker.Name, speaker.Span, speaker.Cluster, cueSpan);
            // "recalled its ambassador from Paris", "pledged $500 million in aid": a deed's object, no words reported
            // (nor the clause before the subject: "X's leader, General Y, promised to hold elections")
            // ("..., Apple announced this morning." reports the clause before, past a time that ends the sentence)
            if (cue.ClauseOnly && start < end && !OpensClause(words, start, end)
                && !(TimeAt(words[start].Start) is { } last && WordAtOrAfter(words, last.End) >= end)) continue;
            if (start < end && words[start].Norm == "that") start++;
            if (start < end && words[start].Norm is "," or ":") start++;
            if (end - start >= 3)
            {
                int stop = BeforeTrailingReport(words, si, start, end);
                return new Quote(new TextSpan(words[start].Start, words[stop - 1].End), QuoteKind.Indirect, speaker.Name, speaker.Span, speaker.Cluster, cueSpan);
            }
            if (before)
                return new Quote(new TextSpan(words[0].Start, words[subj - 2].End), QuoteKind.Indirect, speaker.Name, speaker.Span, speaker.Cluster, cueSpan);
        }
        return null;
    }

    /// <summary>
    /// "said of his years in Lagos that they had shaped him": the index of "that" after the topic, when a pronoun, an article or
    /// a capitalised word opens the clause after it, within a few words and no punctuation; -1 otherwise.
    /// </summary>
    private static int SaidOfThat(List<PhraseWord> words, int of, int end)
    {
        for (int t = of + 2; t < end && t - of <= 10; t++)
        {
            if (words[t].IsPunct || words[t].Norm is "which" or "who") return -1;
            if (words[t].Norm != "that") continue;
            if (t + 2 >= end) return -1;
            var n = words[t + 1];
            return n.Norm is "he" or "she" or "they" or "it" or "we" or "i" or "the" or "a" or "an" or "his" or "her" or "their" or "its" || n.Capitalised && !n.IsPunct ? t : -1;
        }
        return -1;
    }

    /// <summary>
    /// The first word of a subject set off by commas after the words reported: "…, Ali Musa, the army spokesman, said" and
    /// "…, the regional governor, Petro Hnat, said" (the name and the description beside it), from <paramref name="subj"/>, the
    /// run of words before the cue. Unchanged when the speaker's name does not stand in the sentence before the cue.
    /// </summary>
    /// <summary>
    /// The end of a report that a second source's clause closes ('… said that Iran condemns the attacks, the official news agency
    /// IRNA reported'): the comma before that clause, when a noun phrase and a cue (and a day) make it up. <paramref name="end"/>
    /// otherwise.
    /// </summary>
    private int BeforeTrailingReport(List<PhraseWord> words, int si, int start, int end)
    {
        int c = end - 1;
        // (", the agency reported on Tuesday", ", state media said Monday")
        if (c - 1 > start && Weekdays.Contains(words[c].Norm)) c -= words[c - 1].Norm == "on" ? 2 : 1;
        if (c <= start || words[c].Norm is not ("said" or "says" or "reported" or "reports" or "added") || CueAt(words, c) is not { } cue || cue.Last != c) return end;
        int comma = c - 1;
        while (comma > start && c - comma <= MaxSubjectWords && !words[comma].IsPunct) comma--;
        if (comma - start < 3 || comma == c - 1 || words[comma].Norm != ",") return end;
        // (a subject the speaker rules read, or a plain noun phrase they do not: ", the radio reports said")
        bool nounPhrase = Enumerable.Range(comma + 1, c - comma - 1).All(i => Determiners.Contains(words[i].Norm) || IsPlainWord(words[i]) || words[i].Capitalised && !words[i].IsPunct);
        return nounPhrase || SubjectOf(words, c, si, comma + 1) is not null ? comma : end;
    }

    private int SubjectWithApposition(List<PhraseWord> words, int subj, int cue, TextSpan speaker)
    {
        int named = WordAtOrAfter(words, speaker.Start);
        if (named >= subj || named <= 0 || words[named].Start != speaker.Start) return subj;
        int s = named;
        while (s > 0 && named - s < 3 && words[s - 1].Capitalised && !words[s - 1].IsPunct) s--; // (titles: "Colonel Ali Musa")
        if (s < 2 || words[s - 1].Norm != ",") return subj;
        // (between the name and the cue only its description, set off by commas)
        for (int i = named; i < cue; i++)
            if (CueAt(words, i) is not null || words[i].Norm is "that" or "which" or "who") return subj;
        // "…, Petro Hnat, the regional governor, said": the description after the name
        int afterName = WordAtOrAfter(words, speaker.End);
        if (afterName < cue - 2 && words[afterName].Norm == "," && words[cue - 1].Norm == "," && Description(words, afterName + 1, cue - 1)) return s;
        // "…, the regional governor, Petro Hnat, said": the description before it, set off by commas, is the subject's too
        // (from the sentence's start, "The company's chief executive, Maria Lund, commented": nothing before it is reported)
        int a = s - 2;
        while (a >= 0 && words[a].Norm != "," && s - a <= MaxAppositionWords) a--;
        if ((a == -1 || a >= 1 && words[a].Norm == ",") && Description(words, a + 1, s - 1)) return a + 1;
        // (a clause before the name's comma is reported; a run of words that is neither: as before)
        return a >= 1 && words[a].Norm == "," ? s : subj;
    }

    /// <summary>
    /// Words <paramref name="from"/> to <paramref name="to"/> (exclusive) describe a person: an article, an owner or a bare title
    /// first ("president of the assembly"), a person's word, no verb.
    /// </summary>
    private bool Description(List<PhraseWord> words, int from, int to) =>
        from < to && (words[from].Norm is "the" or "a" or "an" || words[from].Possessive || !words[from].Capitalised && IsPersonWord(words[from]))
        && Enumerable.Range(from, to - from).Any(i => IsPersonWord(words[i]))
        && !Enumerable.Range(from, to - from).Any(i => CueAt(words, i) is not null || Auxiliaries.Contains(words[i].Norm));

    /// <summary>
    /// True when words 0 to <paramref name="last"/> only name and describe the speaker: they end with the speaker's name ("The
    /// firm's president and chief executive, Alan Mulally") or open with it, set off by a comma ("Rector Lina Osei, who visits
    /// campuses ...", "Joseph Brusuelas, chief economist at ..."); not a clause about the speaker ("Tired of being sidelined,
    /// astronaut Bertalan Farkas is leaving ..., he said").
    /// </summary>
    private static bool NamesTheSpeaker(List<PhraseWord> words, int last, TextSpan speaker)
    {
        if (last < 0 || speaker.Start < words[0].Start || speaker.End > words[last].End) return false;
        int opening = 0, commas = 0; // the words before the name, and the commas among them
        for (; opening <= last && words[opening].Start < speaker.Start; opening++)
            if (words[opening].Norm == ",") commas++;
        // a title set off before the name ("The Foreign Secretary, Boris Johnson"), not a clause ("Talks failed, the minister,
        // Ali Hassan")
        if (speaker.End == words[last].End)
            return commas == 0 ? opening <= 4 : commas == 1 && words[opening - 1].Norm == ",";
        int after = opening;
        while (after <= last && words[after].Start < speaker.End) after++;
        return opening <= 3 && after <= last && words[after].Norm == ",";
    }

    /// <summary>The first word after a wire dateline that opens the paragraph at word <paramref name="from"/>, else <paramref name="from"/>.</summary>
    /// <summary>
    /// The word after an opening prepositional phrase set off by a comma ("Over the weekend, lawyers said", "In Kabul, officials
    /// said"): a capitalised preposition at <paramref name="from"/> and a comma within a few words. <paramref name="from"/> otherwise.
    /// </summary>
    private static int PastOpeningPhrase(List<PhraseWord> words, int from)
    {
        if (from >= words.Count || !words[from].Capitalised || !(Prepositions.Contains(words[from].Norm) || words[from].Norm is "over" or "after" or "during" or "since" or "last"))
            return from;
        for (int c = from + 1; c < words.Count && c - from <= 6; c++)
        {
            if (words[c].Norm == ",") return c + 1 < words.Count ? c + 1 : from;
            if (words[c].IsPunct) break;
        }
        return from;
    }

    private int PastDateline(List<PhraseWord> words, int from)
    {
        if (from >= words.Count) return from;
        int at = words[from].Start;
        return Dateline.OfLine(_text, new TextSpan(at, at)) is { } d && d.Span.End > at ? Math.Max(from, WordAtOrAfter(words, d.Span.End)) : from;
    }

    /// <summary>
    /// "According to the bank's chief economist, Lina Sousa, prices …" and "According to Paul Meyer, the fund's head of research,
    /// rents …": an apposition set off after the source names or describes it, and what was said begins after it. Returns the
    /// index after the apposition's closing comma (-1 when <paramref name="from"/> opens none) and the person it names when the
    /// source was a description.
    /// </summary>
    private (int After, Speaker? Named) SourceApposition(List<PhraseWord> words, int from, int end, Speaker source)
    {
        int comma = from;
        while (comma < end && words[comma].Norm != "," && comma - from < MaxSubjectWords) comma++;
        if (comma >= end || comma == from || words[comma].Norm != ",") return (-1, null);
        bool sourceIsPerson = EntityAt(source.Span.Start) is { Label: EntityLabel.PER }
                              || source.Cluster is { } c && _mentions.TryGetValue(c, out var ms) && ms.Exists(e => e.Label == EntityLabel.PER);
        // (a name, titles before it: "Colonel Ali Musa", after a person's description: not "According to press reports, Ana Ruiz, the
        // eldest sister, was …", whose name opens the clause)
        // (the word before the comma one, not many: "press reports")
        if (!sourceIsPerson && PhraseWords.Split(_text, source.Span) is { Count: > 0 } described && (IsPersonWord(described[^1]) || IsPersonWord(words[from - 2]))
            && !Plural(described[^1].Norm) && !Plural(words[from - 2].Norm)
            && EntitiesIn(new TextSpan(words[from].Start, words[comma - 1].End)).LastOrDefault(e => e.Label == EntityLabel.PER) is { } name
            && name.Span.End == words[comma - 1].End && !IsPronoun(name.Span)
            && Enumerable.Range(from, WordAtOrAfter(words, name.Span.Start) - from).All(i => words[i].Capitalised))
            return (comma + 1, FromEntity(name));
        // (a description of the person: an article or an owner first, a person's word in it)
        if (sourceIsPerson && (words[from].Norm is "the" or "a" or "an" || words[from].Possessive || from + 1 < comma && words[from + 1].Possessive)
            && Enumerable.Range(from, comma - from).Any(i => IsPersonWord(words[i])) && !Enumerable.Range(from, comma - from).Any(i => CueAt(words, i) is not null))
            return (comma + 1, null);
        // (the person's own name after a description the article resolved to that person: "According to the bank's chief
        // economist, Lina Sousa, prices …")
        if (sourceIsPerson && source.Cluster is { } own && EntitiesIn(new TextSpan(words[from].Start, words[comma - 1].End)).LastOrDefault(e => e.Label == EntityLabel.PER) is { } same
            && same.Cluster == own && same.Span.End == words[comma - 1].End && Enumerable.Range(from, comma - from).All(i => words[i].Capitalised))
            return (comma + 1, null);
        return (-1, null);
    }

    /// <summary>The index of "according" in ", according to" between <paramref name="from"/> and <paramref name="end"/>, else -1.</summary>
    private static int AccordingAfter(List<PhraseWord> words, int from, int end)
    {
        for (int i = Math.Max(from, 1); i + 1 < end; i++)
            if (words[i].Norm == "according" && words[i + 1].Norm == "to" && words[i - 1].Norm == ",") return i;
        return -1;
    }

    /// <summary>
    /// Whether the words from <paramref name="start"/> are a hearer (a name or a pronoun) and then "against", "of" or
    /// "about": what one is warned of is a topic, not words reported.
    /// </summary>
    private static bool WarnedOf(List<PhraseWord> words, int start, int end)
    {
        int t = start;
        if (t < end && words[t].Norm == "the") t++;
        int hearer = t;
        if (t < end && words[t].Norm is "him" or "her" or "them" or "us" or "me") t++;
        else while (t < end && !words[t].IsPunct && words[t].Capitalised) t++;
        return t > hearer && t < end && words[t].Norm is "against" or "of" or "about";
    }

    /// <summary>
    /// Whether the words from <paramref name="start"/> open a reported clause: "that ...", a colon, or a few words
    /// before an auxiliary or modal ("vowed the offensive would continue", "announced its forces had withdrawn"),
    /// not an object ("announced new sanctions on Monday") nor an infinitive ("promised to deliver shells").
    /// </summary>
    private static bool OpensClause(List<PhraseWord> words, int start, int end)
    {
        if (start >= end || words[start].Norm == "to") return false;
        if (words[start].Norm is "that" or ":") return true;
        // a subject pronoun opens a clause ("vowed they would go on"); "it" only before a past tense ("confirmed it received
        // clearance"; "announced it on Monday" is an object)
        if (words[start].Norm is "he" or "she" or "they" or "we" or "i") return true;
        if (words[start].Norm == "it" && start + 1 < end && words[start + 1].Norm.EndsWith("ed", StringComparison.Ordinal)) return true;
        for (int t = start + 1; t < end && t - start <= ClauseAuxWindow && !words[t].IsPunct; t++)
            if (Auxiliaries.Contains(words[t].Norm)) return true;
        return false;
    }

    private const int ClauseAuxWindow = 6;

    private static bool Negation(string norm) => norm is "not" or "never" || norm.EndsWith("n't", StringComparison.Ordinal) || norm.EndsWith("n’t", StringComparison.Ordinal);

    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "when", "whether", "how", "why", "what", "who", "where", "if", "which" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
        { "would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "should", "must", "can", "may", "might", "did", "does", "shall" };

    /// <summary>
    /// "It said the incident was under review": "it" opening a sentence is the body that the sentence before gave a cue to
    /// (not a person). Null otherwise.
    /// </summary>
    private Speaker? ItBefore(List<PhraseWord> words, int c, int si)
    {
        if (c != 1 || words[0].Norm != "it" || si == 0) return null;
        int p = ParagraphOf(_sentences[si].Start);
        if (p < 0) return null;
        // ('"…," the court ruled. ¶ It added: "…"': a paragraph that opens with "It said" goes on from the body that spoke last,
        // in a cue of the paragraph before; a body only named there is too far back)
        bool samePara = _paragraphs[p].Contains(_sentences[si - 1].Start);
        if (!samePara && _sentences[si].Start != _paragraphs[p].Start) return null;
        var prev = WordsOf(si - 1);
        for (int k = 0; k < prev.Count; k++)
        {
            if (CueAt(prev, k) is null || Passive(prev, k)) continue;
            if (SubjectOf(prev, k, si - 1, 0) is not { } sp) continue;
            bool person = sp.Cluster is { } pc && _mentions.TryGetValue(pc, out var ms) && ms.Exists(e => e.Label == EntityLabel.PER);
            return person || IsPronoun(sp.Span) ? null : sp;
        }
        // "The UN mission in Libya welcomed the truce. It said …": with no cue before, the body that opens the sentence before
        return samePara ? OpeningBody(prev) : null;
    }

    /// <summary>
    /// The organisation a sentence opens with, as its subject: "The African Union welcomed …" (an organisation the tagger
    /// named, right at the start or after "The") or "The UN mission in Libya welcomed …" (a body's lower-case head noun
    /// within six words). Null otherwise.
    /// </summary>
    private Speaker? OpeningBody(List<PhraseWord> words)
    {
        if (words.Count == 0) return null;
        for (int h = 1; h < words.Count && h <= 6 && !words[h].IsPunct; h++)
            if (DefiniteBody(words, h, 0) is { Span.Start: var start } body && start == words[0].Start) return body;
        int k = words[0].Norm == "the" ? 1 : 0;
        return k < words.Count && EntityAt(words[k].Start) is { Label: EntityLabel.ORG } org && org.Span.Start == words[k].Start
               ? FromEntity(org) : null;
    }

    // ---------------------------------------------------------------- cues and noun phrases

    /// <summary>A preposition that opens the circumstances of saying after a cue ("said on state radio", "said in a statement").</summary>
    private static bool IsCircumstance(PhraseWord w) => w.Norm is "on" or "in" or "at" or "during" or "after" or "before" or "via" or "through" or "with";

    /// <summary>The span of the time expression that starts at <paramref name="offset"/>, if the time stage found one there.</summary>
    private TextSpan? TimeAt(int offset)
    {
        if (!_doc.Has(Layer.Times)) return null;
        foreach (var t in _doc.Times)
            if (t.Span.Start == offset) return t.Span;
        return null;
    }

    /// <summary>Index of the first word starting at or after <paramref name="offset"/> (words are in text order).</summary>
    private static int WordAtOrAfter(List<PhraseWord> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the first entity starting at or after <paramref name="offset"/>.</summary>
    private int EntityAtOrAfter(int offset)
    {
        int lo = 0, hi = _entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_entities[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Entities starting inside the span, in text order (binary search, then a walk).</summary>
    private IEnumerable<Entity> EntitiesIn(TextSpan span)
    {
        for (int i = EntityAtOrAfter(span.Start); i < _entities.Count && _entities[i].Span.Start < span.End; i++)
            yield return _entities[i];
    }

    /// <summary>Index of the first word of the subject before a cue (the run of words back to punctuation).</summary>
    private static int SubjectStart(List<PhraseWord> words, int cue)
    {
        int k = cue - 1;
        while (k >= 0 && Skippable.Contains(words[k].Norm)) k--;
        int limit = k - MaxSubjectWords;
        while (k >= 0 && k > limit && !words[k].IsPunct) k--;
        return k + 1;
    }

    /// <summary>"is reported", "were told", "was said": a cue in the passive, whose subject is not its speaker ("was quoted" is).</summary>
    private static bool Passive(List<PhraseWord> words, int c) =>
        c > 0 && words[c - 1].Norm is "is" or "was" or "are" or "were" or "be" or "been"
        && (words[c].Norm.EndsWith("ed", StringComparison.Ordinal) && words[c].Norm != "quoted" || words[c].Norm is "told" or "said");

    private readonly record struct CueMatch(int Last, bool Indirect, bool ClauseOnly = false);

    /// <summary>True when the words from <paramref name="from"/> to the next punctuation hold "that", "to", an auxiliary or a past form: a clause.</summary>
    private static bool ClauseFollows(List<PhraseWord> words, int from)
    {
        for (int j = from; j < words.Count && !words[j].IsPunct; j++)
            if (words[j].Norm is "that" or "to" || Auxiliaries.Contains(words[j].Norm) || words[j].Norm.Length > 3 && words[j].Norm.EndsWith("ed", StringComparison.Ordinal))
                return true;
        return false;
    }

    private CueMatch? CueAt(List<PhraseWord> words, int i)
    {
        if (words[i].IsPunct) return null;
        // "the United States had": a capitalised cue word after a capitalised word is part of a name (not in a headline in capitals)
        if (i > 0 && words[i].Capitalised && !words[i].AllCaps && words[i - 1].Capitalised && !words[i - 1].IsPunct && !words[i - 1].AllCaps) return null;
        CueMatch? best = null;
        string key = "";
        for (int j = i; j < words.Count && j - i < _cues.MaxWords; j++)
        {
            if (words[j].IsPunct) break;
            key = j == i ? words[j].Norm : key + " " + words[j].Norm;
            if (_cues.TryGet(key, out var indirect)) best = new CueMatch(j, indirect, _cues.ReportsOnlyClauses(key));
        }
        // "the statement read", "the letter reads", '"…," read the communique': reading is a cue only for a written statement
        // or document ('"…," the opinion read', '"…," read the full-page editorial in …'; a court's opinion is its ruling)
        if (best is null && words[i].Norm is "read" or "reads")
        {
            bool after = i > 0 && ReadsAsWritten(words[i - 1]);
            int n = i + 2;
            while (n < words.Count && n - i <= 3 && !ReadsAsWritten(words[n]) && IsPlainWord(words[n])) n++;
            bool before = n < words.Count && words[i + 1].Norm is "the" or "a" or "an" && ReadsAsWritten(words[n]);
            return after || before ? new CueMatch(i, Indirect: false) : null;
        }
        // "saying" after a noun ("a statement saying") and "called for" are not speech acts of a speaker here.
        if (best is { } b && words[i].Norm is "called" or "calls" or "calling" && b.Last + 1 < words.Count && words[b.Last + 1].Norm is "for" or "on" or "off") return null;
        // ("the judge ruled out any delay": ruling something out is no ruling's words)
        if (best is { } ro && words[i].Norm == "ruled" && ro.Last + 1 < words.Count && words[ro.Last + 1].Norm == "out") return null;
        // "Ruling party accused of vote rigging": a headline's passive, whoever accused it is not named
        if (best is { } acc && words[i].Norm is "accused" && acc.Last + 1 < words.Count && words[acc.Last + 1].Norm == "of") return null;
        // "JNIM claimed the attack through its outlet", "Militia claims drone attack on airbase": claiming a deed, a noun phrase
        // with no verb after it, reports no words (not "claimed the army had fired", "claims that …")
        // (nor '"…," claims writer X', after the quote)
        if (best is { } cl && words[i].Norm is "claimed" or "claims" && i > 0 && !words[i - 1].IsPunct && cl.Last + 1 < words.Count && !words[cl.Last + 1].IsPunct
            && !ClauseFollows(words, cl.Last + 1)) return null;
        // "Protesters defied the curfew, chanting “…”": a chant is the subject's only after a comma (not "marched around the
        // square chanting", "waving flags and chanting", where the words before name no chanter)
        if (best is not null && words[i].Norm == "chanting" && (i == 0 || words[i - 1].Norm != ",")) return null;
        // "Al Jazeera has reported from the city since April", "reporting from Omdurman": where one reports from is no speech
        if (best is { } r && words[i].Norm is "reported" or "reports" or "reporting" && r.Last + 1 < words.Count && words[r.Last + 1].Norm == "from") return null;
        // ("the opportunities mentioned by Mr. Gates are …": a participle with its agent after it reports nothing that follows)
        if (best is { } mb && words[i].Norm == "mentioned" && mb.Last + 1 < words.Count && words[mb.Last + 1].Norm == "by") return null;
        // "the company's estimated breakup value", "the army's reported losses": a participle after an owner modifies a noun
        if (best is not null && i > 0 && (words[i - 1].Possessive || words[i - 1].Norm is "'s" or "’s") && words[i].Norm.EndsWith("ed", StringComparison.Ordinal)
            && words[i].Norm != "said" && i + 1 < words.Count && !words[i + 1].IsPunct && !words[i + 1].Capitalised && words[i + 1].Norm is not "that" and not "to"
            && !Determiners.Contains(words[i + 1].Norm) && !SingularPronouns.Contains(words[i + 1].Norm) && !OtherPronouns.Contains(words[i + 1].Norm)) return null;
        // "species added to the list", "adds to the pressure": adding to something is no speech
        if (best is { } a && words[i].Norm is "added" or "adds" or "adding" && a.Last + 1 < words.Count && words[a.Last + 1].Norm == "to") return null;
        return best;
    }

    /// <summary>The subject of a cue at word <paramref name="cue"/>: the noun phrase before it, past adverbs and an apposition.</summary>
    private Speaker? SubjectOf(List<PhraseWord> words, int cue, int si, int stopAt, int depth = 0)
    {
        if (depth == 0 && RelativeSubject(words, cue, si, stopAt) is { } described) return described;
        // "…, said Amal Rashid, 34, who said he had walked …": "who" right before the cue stands for the person before it
        if (cue - 1 >= stopAt && words[cue - 1].Norm == "who")
        {
            int b = cue - 2;
            if (b >= stopAt && words[b].Norm == ",") b--;
            if (b - 1 >= stopAt && words[b].Norm.Length > 0 && words[b].Norm.All(char.IsDigit) && words[b - 1].Norm == ",") b -= 2;
            return b >= stopAt && EntityAt(words[b].Start) is { Label: EntityLabel.PER } who && char.IsUpper(_text[who.Span.Start]) ? FromEntity(who) : null;
        }
        int k = cue - 1;
        while (k >= stopAt && Skippable.Contains(words[k].Norm)) k--;
        // ('"…," another said': one of a group that spoke just before)
        if (depth == 0 && k >= stopAt && (k == stopAt || words[k - 1].IsPunct) && OneOfGroup(words, k, si) is { } one) return one;
        // "X is reported to have asked", "X was said to have told aides": the subject of the raising verb is the speaker
        if (k - 2 >= stopAt && words[k].Norm == "to" && words[k - 1].Norm is "reported" or "said" or "believed" or "thought" or "understood" or "known" or "alleged"
            && words[k - 2].Norm is "is" or "was" or "are" or "were")
        {
            k -= 3;
            while (k >= stopAt && Skippable.Contains(words[k].Norm)) k--;
        }
        // "the military has in the past said", "the ministry had on several occasions said": past a phrase of time after an auxiliary
        for (int p = k; p - 1 >= stopAt && k - p <= 3 && !words[p].IsPunct; p--)
        {
            if (words[p].Norm is not ("in" or "on" or "for" or "over" or "during" or "at")) continue;
            if (words[p - 1].Norm is not ("has" or "have" or "had")) break;
            k = p - 1;
            while (k >= stopAt && Skippable.Contains(words[k].Norm)) k--;
            break;
        }
        // "Mac Maharaj, a spokesman for the president, on Saturday said": past the day
        // (and without "on", as wire copy writes it, before a finite cue: "One senior official Monday described …"; not before a
        // participle, whose subject is the clause's: "issued a joint statement Friday saying …")
        if (k > stopAt && Weekdays.Contains(words[k].Norm) && words[k - 1].Norm == "on") k -= 2;
        else if (k > stopAt && Weekdays.Contains(words[k].Norm) && !words[k - 1].IsPunct && !words[cue].Norm.EndsWith("ing", StringComparison.Ordinal)) k--;
        if (k >= stopAt && words[k].Norm == ")")
        {
            // "Jan Novak (Green Party) said", "Amal Rashid (from Kismayo, like her father) saying": past the parenthesis
            int open = k - 1;
            while (open >= stopAt && k - open <= MaxAppositionWords && words[open].Norm is not ("(" or ")" or "\"q")) open--;
            if (open > stopAt && words[open].Norm == "(") k = open - 1;
        }
        if (k < stopAt)
            return null;
        if (words[k].Norm == "," && words[cue].Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            // "The UN mission called for calm, saying it was “deeply alarmed”" ("calling it “…”", "chanting “…”"): the sentence's subject speaks.
            if (depth != 0) return null;
            // "..., the IMF's director Ana Ruiz told reporters, adding that ...": the speaker of a cue before it speaks on
            int floor = Math.Max(stopAt, k - CueWindow);
            for (int c = k - 1; c >= floor; c--)
                if (words[c].Norm is "said" or "says" or "told" or "tells" && CueAt(words, c) is not null
                    && SubjectOf(words, c, si, floor, depth + 1) is { } earlier) return earlier;
            // ("PORT SUDAN (Reuters) - Sudan's army rejected ..., saying ...": the subject begins after the dateline)
            // ("Over the weekend, lawyers for the family raised accusations …, saying …": past an opening phrase of time or place)
            return NounPhraseFrom(words, PastOpeningPhrase(words, PastDateline(words, stopAt)), si);
        }
        if (words[k].Norm == ",")
        {
            // "Sergei Ryabkov, Russia's deputy foreign minister, said": skip back over the apposition;
            // "A spokesman for the coalition, Turki al-Harbi, said": the apposition is the name.
            int m = k - 1;
            while (m >= stopAt && words[m].Norm != "," && words[m].Norm != "\"q" && k - m <= MaxAppositionWords) m--;
            if (m < stopAt || words[m].Norm != ",") return null;
            // ("Albert Connelly, a crew chief in Abel Battery, 3rd Battalion, said": a name after a preposition is inside the
            // apposition, which runs on over the comma after it, when what follows that comma names no one)
            if (m - 1 > stopAt && EntityAt(words[m - 1].Start) is { } inner && WordAtOrAfter(words, inner.Span.Start) - 1 is var of && of >= stopAt
                && Prepositions.Contains(words[of].Norm) && !EntitiesIn(new TextSpan(words[m].End, words[k].Start)).Any(e => e.Label == EntityLabel.PER))
            {
                int m2 = of - 1;
                while (m2 >= stopAt && words[m2].Norm != "," && words[m2].Norm != "\"q" && k - m2 <= MaxAppositionWords) m2--;
                if (m2 >= stopAt && words[m2].Norm == ",") m = m2;
            }
            // ("James Fallon, a Trenton, N.J., marketing consultant, says": a place set off by commas right after another place,
            // a city's state or country, is inside the apposition, which runs on to the comma before the city)
            else if (m - 1 > stopAt && EntityAt(words[m - 1].Start) is { Label: EntityLabel.LOC } state && state.Span.End == words[m - 1].End
                && WordAtOrAfter(words, state.Span.Start) - 1 is var sc && sc - 1 > stopAt && words[sc].Norm == ","
                && EntityAt(words[sc - 1].Start) is { Label: EntityLabel.LOC } city && city.Span.End == words[sc - 1].End
                && !EntitiesIn(new TextSpan(words[m].End, words[k].Start)).Any(e => e.Label == EntityLabel.PER))
            {
                int m2 = WordAtOrAfter(words, city.Span.Start) - 1;
                while (m2 >= stopAt && words[m2].Norm != "," && words[m2].Norm != "\"q" && k - m2 <= 2 * MaxAppositionWords) m2--;
                if (m2 >= stopAt && words[m2].Norm == ",") m = m2;
            }
            // ("Robert Gates, Mr. Bush's deputy adviser, said", "Gregory Craig, attorney for Elian's father Juan Gonzalez, said":
            // an apposition that names someone in the possessive describes the subject, and the names in it are others)
            // ("Mac Maharaj, a spokesman for Jacob Zuma, said": an apposition after a name describes that name)
            // ("Louis Tell Jr., chairman of ...": past the suffix to the name)
            int nameEnd = m - 1;
            if (nameEnd - 1 >= stopAt && words[nameEnd].Norm == "." && words[nameEnd - 1].Norm is "jr" or "sr") nameEnd--;
            if (nameEnd - 1 >= stopAt && words[nameEnd].Norm.TrimEnd('.') is "jr" or "sr") nameEnd--;
            bool describes = nameEnd >= stopAt && EntityAt(words[nameEnd].Start) is { Label: EntityLabel.PER } before && char.IsUpper(_text[before.Span.Start]) && !IsPronoun(before.Span);
            if (describes) m = nameEnd + 1;
            for (int a = m + 1; a < k && !describes; a++)
                describes = words[a].Possessive && EntityAt(words[a].Start) is { Label: EntityLabel.PER };
            // (a pronoun in it is someone else's: "A senior police officer, speaking … because he was not authorised …, said")
            for (int a = m + 1; a < k && !describes; a++)
                if (EntityAt(words[a].Start) is { Label: EntityLabel.PER } named && !IsPronoun(named.Span)) return FromEntity(named);
            // ("One of the sources, a Malian officer based in Kayes, said": after a partitive the apposition says who it is)
            if (!describes && m + 1 < k && words[m + 1].Norm is "a" or "an")
            {
                int open = m - 1;
                while (open - 1 >= stopAt && !words[open - 1].IsPunct && m - open < MaxSubjectWords) open--;
                if (words[open].Norm == "one" && open + 1 < m && words[open + 1].Norm == "of" && NounPhraseFrom(words, m + 1, si) is { } who) return who;
            }
            k = m - 1;
            if (k < stopAt) return null;
        }
        if (words[k].Norm is "and" or "but" && depth == 0)
        {
            // "welcomed the deal but warned that …": the subject of the first verb, or of an earlier cue.
            int floor = Math.Max(stopAt, k - CueWindow);
            for (int c = k - 1; c >= floor; c--)
                if (CueAt(words, c) is not null && SubjectOf(words, c, si, floor, depth + 1) is { } earlier) return earlier;
            int afterObject = -1;
            for (int a = floor; a < k; a++)
            {
                if (words[a].IsPunct && words[a].Norm != ",") continue;
                // A pronoun first: coreference may have made it an entity, and ResolvePronoun weighs that itself.
                if (SingularPronouns.Contains(words[a].Norm)) return ResolvePronoun(words[a].Span, si);
                if (EntityAt(words[a].Start) is { } first)
                {
                    // ("In a statement posted on Telegram, RSF spokesman Yousif Tahir accused …": a preposition's object is no subject,
                    // and an organisation before a title and a name is the person's)
                    int pa = a - 1;
                    while (pa > floor && (words[pa].Capitalised && !words[pa].IsPunct || Determiners.Contains(words[pa].Norm))) pa--;
                    // (but "Secretary of State Ana Ruiz" is a title's "of"; "to Ana Ruiz and President Tell" are both objects)
                    if (pa >= floor && (Prepositions.Contains(words[pa].Norm) && !(words[pa].Norm == "of" && pa > floor && words[pa - 1].Capitalised)
                                        || words[pa].Norm is "and" or "or" && pa == afterObject))
                    {
                        a = WordAtOrAfter(words, first.Span.End) - 1;
                        afterObject = a + 1;
                        continue;
                    }
                    if (first.Label == EntityLabel.PER) return FromEntity(first);
                    return NounPhraseFrom(words, a, si) is { Cluster: { } nc } named && _mentions.TryGetValue(nc, out var nms) && nms.Exists(e => e.Label == EntityLabel.PER)
                        && named.Span.Start > first.Span.Start ? named : null;
                }
            }
            return null;
        }
        // "A group of politicians released a joint statement saying “…”": the statement's author speaks
        if (depth == 0 && words[cue].Norm == "saying" && StatementNouns.Contains(words[k].Norm))
        {
            int v = k - 1;
            while (v > stopAt && k - v <= 4 && !PublishVerbs.Contains(words[v].Norm) && (Determiners.Contains(words[v].Norm) || IsPlainWord(words[v]))) v--;
            if (v > stopAt && PublishVerbs.Contains(words[v].Norm)) return SubjectOf(words, v, si, stopAt, depth + 1);
        }
        if (OpeningPersonsParticiple(words, k, si, stopAt) is { } opening) return opening;
        // "The couple living next to the mosque said", "Officials speaking on condition of anonymity said": the phrase
        // before the participle is the subject
        for (int j = k; j > stopAt && k - j < MaxSubjectWords && !words[j].IsPunct; j--)
        {
            var w = words[j];
            // ("A resident reached by phone said", "a man wounded in the attack told": a past participle with its phrase after a person)
            // (not past a clause of its own: "a public traumatized by a conflict that has claimed …")
            if (!w.Capitalised && w.Norm.Length >= 5 && w.Norm.EndsWith("ed", StringComparison.Ordinal) && j + 1 <= k && Prepositions.Contains(words[j + 1].Norm)
                && !words[j - 1].Capitalised && IsPersonWord(words[j - 1]) && !NotPersons.Contains(words[j - 1].Norm) && !Determiners.Contains(words[j - 1].Norm)
                && !words.Skip(j + 1).Take(k - j).Any(x => x.Norm is "that" or "which" or "who" || Skippable.Contains(x.Norm)))
                return NounPhraseEndingAt(words, j - 1, si, stopAt);
            if (w.Capitalised || w.Norm.Length < 6 || !w.Norm.EndsWith("ing", StringComparison.Ordinal) || NotParticiples.Contains(w.Norm)) continue;
            var before = words[j - 1];
            // ("The Qatari envoy leading talks on the release of hostages said": after a person's title the participle may take
            // its object at once, and the title may stand inside a name the tagger made of it, "Qatari envoy")
            bool personBefore = !before.Capitalised && IsPersonWord(before) && !NotPersons.Contains(before.Norm);
            if (before.IsPunct || Determiners.Contains(before.Norm) || NotInNounPhrase.Contains(before.Norm) || Prepositions.Contains(before.Norm)
                || Skippable.Contains(before.Norm) || EntityAt(before.Start) is { Label: not EntityLabel.PER } && !personBefore)
                continue;
            if (j + 1 <= k && (Prepositions.Contains(words[j + 1].Norm) || Determiners.Contains(words[j + 1].Norm) || words[j + 1].Norm is "next" or "near"
                               || personBefore && IsPlainWord(words[j + 1])))
                return NounPhraseEndingAt(words, j - 1, si, stopAt);
        }
        if (k - 2 >= stopAt && (k - 3 < stopAt || words[k - 3].IsPunct) && PronounPartitive(words, k - 2, si) is { } partitive) return partitive;
        if (PrepositionalHead(words, k, si, stopAt) is { } head) return head;
        var phrase = NounPhraseEndingAt(words, k, si, stopAt);
        if (phrase is { Cluster: { } pc } && _mentions.TryGetValue(pc, out var pms) && pms.Exists(e => e.Label == EntityLabel.PER)) return phrase;
        return UnclosedApposition(words, k, stopAt) ?? phrase ?? SuffixedCompany(words, k, stopAt);
    }

    /// <summary>
    /// "Dorval Instruments Corp. said it agreed …": capitalised words that end in a company's suffix and open the clause name a
    /// company, when the tagger found none (or took its first word for a person). Null otherwise.
    /// </summary>
    private Speaker? SuffixedCompany(List<PhraseWord> words, int k, int stopAt)
    {
        int e = k;
        if (words[e].Norm == "." && e - 1 >= stopAt) e--;
        if (words[e].IsPunct || !words[e].Capitalised || !CompanySuffixes.Contains(words[e].Norm)) return null;
        int b = e - 1;
        while (b >= stopAt && e - b <= 6 && (words[b].Capitalised && !words[b].IsPunct || words[b].Norm is "&" or "." or "-")) b--;
        int start = b + 1;
        while (start < e && words[start].IsPunct) start++;
        // (a clause's subject alone: not "while Acme Corp. and Bolt Inc. say …", two companies after a conjunction)
        if (start >= e || !(b < stopAt || words[b].IsPunct && words[b].Norm != "&")) return null;
        if (EntitiesIn(new TextSpan(words[start].Start, words[e].End)).Any(x => x.Label == EntityLabel.ORG)) return null;
        var span = new TextSpan(words[start].Start, words[k].End);
        return new Speaker(span.Of(_text), span, null);
    }

    /// <summary>
    /// "Men smoking cigars and drinking beer with friends after a round at the Rockdale Gun Club said": people that open the
    /// clause (a person word, after an article at most) with a participle right after them are the subject, however long the
    /// participle's phrase runs (the participle rule looks back only a few words). Null otherwise.
    /// </summary>
    private Speaker? OpeningPersonsParticiple(List<PhraseWord> words, int k, int si, int stopAt)
    {
        int open = k;
        while (open - 1 >= stopAt && !words[open - 1].IsPunct && k - open < CueWindow) open--;
        if (open - 1 >= stopAt && !words[open - 1].IsPunct) return null;
        int h = open < words.Count && Determiners.Contains(words[open].Norm) ? open + 1 : open;
        if (h + 1 >= k || !(IsPersonWord(words[h]) || words[h].Norm is "men" or "women" or "people" or "children") || NotPersons.Contains(words[h].Norm)) return null;
        var p = words[h + 1];
        if (p.Capitalised || p.Norm.Length < 6 || !p.Norm.EndsWith("ing", StringComparison.Ordinal) || NotParticiples.Contains(p.Norm)) return null;
        return NounPhraseEndingAt(words, h, si, open);
    }

    // Prepositions that attach a place, an employer or a topic to the noun before them inside a subject.
    private static readonly HashSet<string> AttachingPrepositions = new(StringComparer.Ordinal)
    {
        "at", "in", "near", "from", "for", "of", "with", "outside", "inside", "across", "to",
    };

    /// <summary>
    /// "A health worker at the hospital in nearby Dolo said", "Officials at the ministry said", "Jan Egeland of the
    /// Refugee Council said": in a subject made of a noun phrase and the prepositional phrases after it, the speaker is the
    /// first noun phrase, not a noun inside its modifiers. That phrase must open the clause and be a named person or a
    /// description with a lower-case head; one followed by "for" or "of" keeps that phrase in its name ("A spokesman for the
    /// coalition"). Null when the subject is not so built or its first phrase names no speaker (then the old reading holds:
    /// "A statement from the ministry said").
    /// </summary>
    private Speaker? PrepositionalHead(List<PhraseWord> words, int k, int si, int stopAt)
    {
        int first = -1, j = k;
        for (; j >= stopAt && k - j < MaxSubjectWords + 6; j--)
        {
            var w = words[j];
            if (w.IsPunct) break;
            // ("A source close to the talks said": "close to" attaches like a preposition; and "A Western official familiar with the
            // talks said": was "A Western official familiar")
            if (w.Norm == "to" && j - 1 > stopAt && words[j - 1].Norm == "close" || w.Norm == "with" && j - 1 > stopAt && words[j - 1].Norm == "familiar")
            {
                first = --j;
                continue;
            }
            if (AttachingPrepositions.Contains(w.Norm)) { first = j; continue; }
            // (a word right after an article is a noun, whatever its ending: "a lawyer for the family", "a guard at the building")
            bool noun = j - 1 >= stopAt && words[j - 1].Norm is "the" or "a" or "an";
            if (Skippable.Contains(w.Norm) || NotInNounPhrase.Contains(w.Norm) || OtherPronouns.Contains(w.Norm) || SingularPronouns.Contains(w.Norm)
                || !w.Capitalised && !noun && (w.Norm.EndsWith("ed", StringComparison.Ordinal) || w.Norm.EndsWith("ly", StringComparison.Ordinal)
                                               || w.Norm.EndsWith("ing", StringComparison.Ordinal) && !NotParticiples.Contains(w.Norm))
                || CueAt(words, j) is not null)
                break;
        }
        int start = j + 1;
        if (first <= start || first >= k || j >= stopAt && !words[j].IsPunct) return null;
        for (int i = first + 1; i <= k; i++)
        {
            // ("the kind of management job many American women say": a determiner inside a modifier opens a clause of its own)
            if ((Determiners.Contains(words[i].Norm) || words[i].Norm is "many" or "some" or "most" or "all" or "few")
                && !AttachingPrepositions.Contains(words[i - 1].Norm) && !(i - 1 == first + 1 && words[first].Norm is "close" or "familiar"))
                return null;
            // ("Secretary of State James Baker", "chief of staff General Duncan McNab": a person named after a title is the
            // speaker; only one right after a preposition is a modifier, "the grandmother of Elian Gonzalez")
            if (EntityAt(words[i].Start) is { Label: EntityLabel.PER } named && named.Span.Start == words[i].Start)
            {
                int b = i - 1;
                // ("an adviser to President Leon Varga": a title before the name after "to" or "for"; "Secretary of State Ana
                // Ruiz" is a title's "of")
                int t = b;
                while (t > first && words[t].Capitalised && _coder.Lexicon.IsTitleWord(words[t]) && EntityAt(words[t].Start) is null) t--;
                if (t < b && words[t].Norm is "to" or "for") b = t;
                if (Determiners.Contains(words[b].Norm) || IsPlainWord(words[b]) && b - 1 >= first && AttachingPrepositions.Contains(words[b - 1].Norm)) b--;
                if (!AttachingPrepositions.Contains(words[b].Norm)) return null;
            }
        }
        int headAt = first - 1;
        var headWord = words[headAt];
        // ("A statement from Apple stated": a document speaks for the author it is from, whom the phrase ends with)
        if (IsDocumentNoun(headWord) && words[first].Norm == "from") return null;
        // ("A group of Kenyan councillors", "hundreds of residents": a quantity before "of" is no head of its own)
        if (words[first].Norm == "of" && headWord.Norm is "group" or "number" or "couple" or "handful" or "dozens" or "hundreds" or "thousands"
                or "majority" or "some" or "many" or "most" or "all" or "one" or "none" or "lot" or "lots" or "few" or "several" or "each" or "both")
            return null;
        // "Jan Egeland of the Refugee Council": the person before the preposition (titles before the name: "Bishop Henry Malone of
        // the Archdiocese of Leeds")
        if (EntityAt(headWord.Start) is { Label: EntityLabel.PER } person && char.IsUpper(_text[person.Span.Start]) && !IsPronoun(person.Span)
            && person.Span.End == headWord.End && person.Span.Start >= words[start].Start
            && Enumerable.Range(start, Math.Max(0, WordAtOrAfter(words, person.Span.Start) - start)).All(i => words[i].Capitalised))
            return FromEntity(person);
        // (a capitalised head is a name's, "The Ministry of Health", unless it is the sentence's first word: "Officials at the ministry")
        if (headWord.Capitalised && !(headAt == start && start == 0 && _coder.Lexicon.IsTitleWord(headWord)) || EntityAt(headWord.Start) is not null) return null;
        for (int i = start; i < first; i++)
            if (EntityAt(words[i].Start) is { Label: EntityLabel.PER }) return null;
        var sp = NounPhraseEndingAt(words, headAt, si, start);
        // ("A voiceover to the footage called the exiles “…”": what one speaks "to" is no speaker; a head that names no one
        // speaks as written, with its "to" phrase, as a document does)
        if (sp is null && words[first].Norm == "to" && first == headAt + 1 && IsPlainWord(headWord) && !IsPersonWord(headWord)
            && headAt - 1 >= start && words[headAt - 1].Norm is "a" or "an" or "the" && headAt - 1 == start)
        {
            var whole = new TextSpan(words[start].Start, words[k].End);
            return new Speaker(whole.Of(_text), whole, null);
        }
        if (sp is null || sp.Cluster is not null || words[first].Norm is not ("for" or "of" or "to")) return sp;
        if (sp.Span.End != headWord.End) return sp;
        // "A spokesman for the coalition", "an aide to the governor": the description keeps its "for", "of" or "to" phrase, up to the next preposition
        int end = first + 1;
        while (end + 1 <= k && !AttachingPrepositions.Contains(words[end + 1].Norm)) end++;
        var span = new TextSpan(sp.Span.Start, words[end].End);
        return new Speaker(span.Of(_text), span, null);
    }

    /// <summary>
    /// "Ralph Crosby, EADS's North America CEO and ex Northrop executive commented": an apposition that the writer did not
    /// close with a comma describes the name before it, which opens the clause; that name is the speaker. Null otherwise.
    /// </summary>
    private Speaker? UnclosedApposition(List<PhraseWord> words, int k, int stopAt)
    {
        int j = ApposedFrom(words, k, stopAt, out bool described, out _);
        if (!described || j <= stopAt || j == k || words[j].Norm != ",")
            return null;
        // ("Ken Doyle, chairman of Local 88, Canadian Auto Workers union said": the apposition's organisation has one of its own,
        // after a comma; the name stands before the first part, which holds a preposition)
        if (EntityAt(words[j - 1].Start) is not { Label: EntityLabel.PER } && words[j + 1].Capitalised
            && ApposedFrom(words, j - 1, stopAt, out bool inner, out bool preposition) is var j2 && inner && preposition && j2 > stopAt && j2 < j - 1
            && words[j2].Norm == "," && k - j2 <= MaxAppositionWords + 4)
            j = j2;
        if (EntityAt(words[j - 1].Start) is not { Label: EntityLabel.PER } name || !char.IsUpper(_text[name.Span.Start]))
            return null;
        int b = WordAtOrAfter(words, name.Span.Start) - 1;
        while (b >= stopAt && !words[b].IsPunct && !Prepositions.Contains(words[b].Norm)
               && (words[b].Capitalised || _coder.Lexicon.IsTitleWord(words[b]) || Determiners.Contains(words[b].Norm))) b--;
        return b < stopAt || words[b].IsPunct ? FromEntity(name) : null;
    }

    /// <summary>
    /// Where an unclosed apposition ending at word <paramref name="k"/> begins: the comma before it, or the word where a clause's
    /// word, a pronoun or a punctuation mark ends the search. <paramref name="described"/> tells whether it holds a
    /// lower-case content word, <paramref name="preposition"/> whether it holds a preposition.
    /// </summary>
    private static int ApposedFrom(List<PhraseWord> words, int k, int stopAt, out bool described, out bool preposition)
    {
        int j = k;
        described = preposition = false;
        for (; j > stopAt && k - j < MaxAppositionWords && words[j].Norm != ","; j--)
        {
            var w = words[j];
            // (a possessive, also when the text splits it off: "EADS 's")
            if (w.Norm is "'s" or "’s" || w.Norm == "s" && j - 1 > stopAt && words[j - 1].Norm is "'" or "’") continue;
            if (w.Norm is "'" or "’" && j + 1 <= k && words[j + 1].Norm == "s") continue;
            described |= !w.Capitalised && !Determiners.Contains(w.Norm) && !Prepositions.Contains(w.Norm) && w.Norm != "and";
            preposition |= w.Norm is "of" or "at" or "for" or "with" or "in";
            if (w.IsPunct || Skippable.Contains(w.Norm) || SingularPronouns.Contains(w.Norm) || OtherPronouns.Contains(w.Norm) || NotInNounPhrase.Contains(w.Norm) && w.Norm is not ("and" or "at" or "in" or "on" or "for" or "from" or "with")
                || !w.Capitalised && (w.Norm.EndsWith("ed", StringComparison.Ordinal) || w.Norm.EndsWith("ly", StringComparison.Ordinal)))
            {
                described = false;
                return j;
            }
        }
        return j;
    }

    /// <summary>
    /// "Jan Kavan, who lived in London from 1968, when ..., said", "Committee sources who spoke on condition of anonymity
    /// said": a relative clause after the subject holds noun phrases of its own, and the speaker is the one it describes.
    /// The first "who" or "which" before the cue counts, unless its noun is a preposition's object ("speaking to
    /// reporters who ..."). Null when there is none or its noun phrase names no speaker.
    /// </summary>
    private Speaker? RelativeSubject(List<PhraseWord> words, int cue, int si, int stopAt)
    {
        int k = cue - 1;
        while (k >= stopAt && Skippable.Contains(words[k].Norm)) k--;
        // (At most CueWindow words back, so a 200 KB "sentence" stays linear.)
        for (int a = Math.Max(stopAt + 1, cue - CueWindow); a < cue; a++)
        {
            if (words[a].Norm is not ("who" or "which") && !RelativeThat(words, a, cue)) continue;
            // The clause must end right before the cue ("X, who ..., said"; "sources who spoke ... said"), not hand over to
            // a subject of its own ("The strikes, which began ..., hit the port, residents said").
            if (words[k].Norm != ",")
                for (int c = a + 1; c < k; c++)
                    if (words[c].Norm == ",") return null;
            int e = a - 1;
            if (words[e].Norm == ",") e--;
            if (e < stopAt || words[e].IsPunct) return null;
            // "a resident who gave only her first name, Nadège, told": the name the clause gives is the speaker's
            if (NameInClause(words, a + 1, k) is { } given) return given;
            // ("Zahra, a former teacher in Kabul who asked that her full name not be used, said": the name the described phrase,
            // prepositions and all, stands beside)
            int open = e;
            while (open - 1 >= stopAt && !words[open - 1].IsPunct && e - open < MaxSubjectWords) open--;
            if (open - 2 >= stopAt && words[open - 1].Norm == "," && words[open].Norm is "a" or "an" or "the"
                && EntityAt(words[open - 2].Start) is { Label: EntityLabel.PER } beside && char.IsUpper(_text[beside.Span.Start]) && !IsPronoun(beside.Span)
                && WordAtOrAfter(words, beside.Span.Start) is var bs && (bs == stopAt || bs > stopAt && words[bs - 1].IsPunct))
                return FromEntity(beside);
            int b = e - 1;
            // ("A spokesman for the coalition that carried out the strikes said": the noun before the preposition, where it opens
            // the clause; "speaking to reporters who ..." has none)
            for (; b >= stopAt && b >= e - 3 && !words[b].IsPunct; b--)
                if (Prepositions.Contains(words[b].Norm)) return PrepositionalHead(words, e, si, stopAt);
            // "David Eichenbaum, a political consultant who ...": the name the description stands beside (an apposition's length:
            // "Omar Haddad, executive director of the Middle East and North Africa Hotels Association, which ...")
            while (b >= stopAt && !words[b].IsPunct && e - b <= MaxAppositionWords) b--;
            if (b - 1 >= stopAt && words[b].Norm == "," && EntityAt(words[b - 1].Start) is { Label: EntityLabel.PER } named) return FromEntity(named);
            // "a trader who survived the attack told": "who" makes the plain description a person's
            return NounPhraseEndingAt(words, e, si, stopAt) ?? (words[a].Norm == "who" ? PlainDescription(words, e, stopAt) : null);
        }
        return null;
    }

    /// <summary>
    /// "the coalition that carried out the strikes": "that" after a plain noun and before a lower-case verb-like word opens a
    /// relative clause; no other cue may stand between it and the cue ("officials said that troops left" is a cue's "that").
    /// </summary>
    private bool RelativeThat(List<PhraseWord> words, int a, int cue)
    {
        if (words[a].Norm != "that" || a < 1 || a + 1 >= cue) return false;
        var before = words[a - 1];
        var after = words[a + 1];
        // ("a strategy that officials say is designed": the word after "that" is the cue's subject)
        if (!IsPlainWord(before) || CueAt(words, a - 1) is not null || a + 2 == cue) return false;
        // (the noun before "that" must be the subject, opening the clause: "part of an overall strategy that ..." is an object)
        int j = a - 1;
        while (j >= 0 && !words[j].IsPunct && a - j <= MaxSubjectWords + 6
               && (Determiners.Contains(words[j].Norm) || AttachingPrepositions.Contains(words[j].Norm) || IsPlainWord(words[j]) || words[j].Capitalised))
            j--;
        if (j >= 0 && !words[j].IsPunct) return false;
        if (after.IsPunct || after.Capitalised || Determiners.Contains(after.Norm) || NotInNounPhrase.Contains(after.Norm) || OtherPronouns.Contains(after.Norm)
            || SingularPronouns.Contains(after.Norm) || Prepositions.Contains(after.Norm) || after.Norm.Any(char.IsDigit))
            return false;
        for (int c = a + 1; c < cue; c++)
            if (CueAt(words, c) is not null) return false;
        return true;
    }

    /// <summary>
    /// "who gave only her first name, Nadège,", "who gave his name as Abu Omar": the capitalised name after "name" (and a comma
    /// or "as") in a relative clause, between <paramref name="from"/> and <paramref name="to"/>. Null when there is none.
    /// </summary>
    private Speaker? NameInClause(List<PhraseWord> words, int from, int to)
    {
        for (int c = from; c + 2 <= to; c++)
        {
            if (words[c].Norm != "name") continue;
            // ("gave her name only as Khin")
            if (words[c + 1].Norm is "only" or "simply" or "just" && c + 3 <= to) c++;
            if (words[c + 1].Norm is not ("," or "as") || !words[c + 2].Capitalised || words[c + 2].IsPunct) continue;
            if (EntityAt(words[c + 2].Start) is { Label: EntityLabel.PER } person) return FromEntity(person);
            int e = c + 2;
            while (e + 1 <= to && words[e + 1].Capitalised && !words[e + 1].IsPunct) e++;
            var span = new TextSpan(words[c + 2].Start, words[e].End);
            return new Speaker(span.Of(_text), span, null);
        }
        return null;
    }

    /// <summary>"a trader", "the driver": a determiner and up to three lower-case words ending at <paramref name="e"/>, as written.</summary>
    private Speaker? PlainDescription(List<PhraseWord> words, int e, int stopAt)
    {
        int d = e;
        while (d > stopAt && e - d < 3 && IsPlainWord(words[d]) && !Determiners.Contains(words[d].Norm)) d--;
        if (d == e || !(words[d].Norm is "a" or "an" or "the" or "one" or "another") || !IsPlainWord(words[e])) return null;
        var span = new TextSpan(words[d].Start, words[e].End);
        return new Speaker(span.Of(_text), span, null);
    }

    /// <summary>
    /// What the word a speaker's noun phrase stands on decides alone: punctuation or a word no phrase holds (none),
    /// a singular pronoun (its referent), a named entity (that entity). False when the phrase must be read on.
    /// </summary>
    private bool PhraseHead(PhraseWord w, int si, out Speaker? speaker)
    {
        speaker = null;
        if (w.IsPunct) return true;
        if (SingularPronouns.Contains(w.Norm)) { speaker = ResolvePronoun(w.Span, si); return true; }
        if (EntityAt(w.Start) is { } e) { speaker = FromEntity(e); return true; }
        return OtherPronouns.Contains(w.Norm) || NotInNounPhrase.Contains(w.Norm);
    }

    private Speaker? NounPhraseEndingAt(List<PhraseWord> words, int k, int si, int stopAt)
    {
        if (PhraseHead(words[k], si, out var decided))
        {
            // "the relatives in Miami said", "officials in Kabul said": a place after a preposition is where the speaker is
            if (EntityAt(words[k].Start) is { Label: EntityLabel.LOC } place)
            {
                // ("Amnesty International Kenya said": a country right after an organisation's name is its branch there)
                if (EntityAt(Math.Max(0, place.Span.Start - 2)) is { Label: EntityLabel.ORG } body && body.Span.End < place.Span.Start
                    && _text.AsSpan(body.Span.End, place.Span.Start - body.Span.End).IsWhiteSpace() && !_inQuote[body.Span.Start])
                {
                    var branch = new TextSpan(body.Span.Start, place.Span.End);
                    return new Speaker(branch.Of(_text), branch, null);
                }
                int p = WordAtOrAfter(words, place.Span.Start) - 1;
                // ("Norwood Partners of Boston said" is the partnership's, but "the nation of Bangladesh said" is Bangladesh's)
                // "officials in the southern province of Yunnan said": past the place's description to its preposition
                if (p - 1 >= stopAt && words[p].Norm == "of" && words[p - 1].Norm is "province" or "region" or "state" or "city" or "town" or "district" or "county" or "village")
                {
                    int q = p - 2;
                    while (q >= stopAt && q >= p - 5 && !words[q].IsPunct && !(words[q].Norm is "in" or "from" or "at" or "near")) q--;
                    if (q >= stopAt && words[q].Norm is "in" or "from" or "at" or "near") p = q;
                }
                if (p - 1 >= stopAt && !words[p - 1].IsPunct
                    && (words[p].Norm is "in" or "from" or "at" or "near" or "outside" or "inside" or "across" or "to" or "for" || words[p].Norm == "of" && words[p - 1].Capitalised))
                    return NounPhraseEndingAt(words, p - 1, si, stopAt);
            }
            // ("the Palestine Red Crescent said", "the Kenya Red Cross said": a place's name the tagger split off the front of the
            // organisation's is part of it, as the speaker's name; the entities keep their own spans)
            if (decided is { } org && EntityAt(words[k].Start) is { Label: EntityLabel.ORG } orgName && orgName.Span.Start >= 2 && _text[orgName.Span.Start - 1] == ' '
                && EntityAt(orgName.Span.Start - 2) is { Label: EntityLabel.LOC } front && front.Span.End == orgName.Span.Start - 1
                && WordAtOrAfter(words, front.Span.Start) is var fw && fw >= stopAt && fw - 1 >= 0 && words[fw - 1].Norm == "the")
            {
                var whole = new TextSpan(front.Span.Start, orgName.Span.End);
                return org with { Name = whole.Of(_text), Span = whole };
            }
            // ("the Front said" after "the National Salvation Front …": one word of an organisation's name after "the", which
            // coreference left on its own, is the organisation named before that ends in it)
            if (decided is { } short1 && !short1.Name.Contains(' ') && EntityAt(words[k].Start) is { Label: EntityLabel.ORG } one
                && one.Span.Start == words[k].Start && one.Span.End == words[k].End && k - 1 >= stopAt && words[k - 1].Norm == "the"
                && NearestOrgEndingWith(one.Span, words[k].Norm) is { } full)
                return full;
            return decided;
        }
        int m = k;
        while (m - 1 >= stopAt && k - (m - 1) < MaxSubjectWords)
        {
            var p = words[m - 1];
            // ("his spokesman said": a possessive pronoun coreference made an entity is the description's determiner)
            if (p.IsPunct || NotInNounPhrase.Contains(p.Norm) || EntityAt(p.Start) is not null && !p.Possessive && !Determiners.Contains(p.Norm)) break;
            if (!(Determiners.Contains(p.Norm) || IsPersonWord(p) || p.Capitalised || p.Possessive)) break;
            m--;
            // ("The World Health Organization's spokesman said": the owner's whole name, not its last word)
            if (p.Possessive && EntityAt(p.Start) is { } owner && owner.Span.Start < p.Start && WordAtOrAfter(words, owner.Span.Start) is var o
                && o >= stopAt && o < m && k - o < MaxSubjectWords)
                m = o;
        }
        // ("A 1990 evaluation said", "An April 2010 party report stated": a document's date and kind between its article and
        // its noun)
        if (IsDocumentNoun(words[k]) && !Determiners.Contains(words[m].Norm))
        {
            int d = m - 1;
            while (d >= stopAt && k - d <= 6 && !words[d].IsPunct && !Determiners.Contains(words[d].Norm) && !NotInNounPhrase.Contains(words[d].Norm)
                   && !Skippable.Contains(words[d].Norm) && !Prepositions.Contains(words[d].Norm))
                d--;
            if (d >= stopAt && words[d].Norm is "a" or "an" or "the" or "this") m = d;
        }
        // "The US energy secretary said": a plain noun before the title, when an article opens the phrase just before it
        if (m - 1 > stopAt && m == k && !Determiners.Contains(words[m].Norm) && IsPersonWord(words[k]) && IsPlainWord(words[m - 1]))
        {
            int d = m - 2;
            // (up to three words between: "Canada's largest department store operator said")
            while (d >= stopAt && m - d <= 4 && !Determiners.Contains(words[d].Norm) && !words[d].Possessive && (words[d].Capitalised || IsPlainWord(words[d]))) d--;
            if (d >= stopAt && m - d <= 4 && words[d].Norm is "the" or "a" or "an") m = d;
            // ("The EU's foreign policy chief said": an owner's possessive opens it, with the owner's whole name and its article)
            else if (d >= stopAt && m - d <= 4 && words[d].Possessive)
            {
                m = d;
                if (EntityAt(words[d].Start) is { } owner && WordAtOrAfter(words, owner.Span.Start) is var o && o >= stopAt && o < d) m = o;
                if (m - 1 >= stopAt && words[m - 1].Norm == "the") m--;
            }
        }
        // "A Hamas official said", "an RSF adviser said": a body or place the tagger named between an article and the title
        // belongs to the description (not a possessive: "Hamas's official")
        if (m == k && IsPersonWord(words[k]) && m - 1 >= stopAt && !words[m - 1].Possessive
            && EntityAt(words[m - 1].Start) is { Label: not EntityLabel.PER } named && WordAtOrAfter(words, named.Span.Start) - 1 is var art
            && art >= stopAt && words[art].Norm is "a" or "an" or "the" or "another")
            m = art;
        // ("..., city officials said", "local officials said": plain words before a plural title that open its clause are part of
        // it, up to three: "federal immigration officials said", "as law enforcement officials acknowledged")
        if (m == k && IsPersonWord(words[k]) && Plural(words[k].Norm))
        {
            int j = m - 1;
            while (j >= stopAt && k - j <= 3 && IsPlainWord(words[j]) && !ClauseWords.Contains(words[j].Norm)
                   && !words[j].Norm.EndsWith("ed", StringComparison.Ordinal) && !words[j].Norm.EndsWith("ing", StringComparison.Ordinal))
                j--;
            if (j < m - 1 && (j < stopAt || words[j].IsPunct || words[j].Norm is "as" or "and" or "but" or "while" or "when" or "where" or "because")) m = j + 1;
            // (the sentence's capitalised first word too: "Federal law enforcement officials said")
            else if (j == 0 && j >= stopAt && k - j <= 3 && words[j].Capitalised && EntityAt(words[j].Start) is null && !ClauseWords.Contains(words[j].Norm)
                     && !Determiners.Contains(words[j].Norm) && !NotInNounPhrase.Contains(words[j].Norm) && !Skippable.Contains(words[j].Norm) && !Prepositions.Contains(words[j].Norm))
                m = j;
        }
        // ("FBI officials said", "Late Monday, State Department officials said", "US military officers say": a body or country the
        // tagger named before a plural title, with at most two plain words between, that opens its clause is part of it)
        if (k - m <= 2 && IsPersonWord(words[k]) && Plural(words[k].Norm) && NamedModifierStart(words, m, k, stopAt, plural: true) is var groupStart && groupStart >= 0) m = groupStart;
        // ("The Gaza health ministry said", "The UN humanitarian office said", "The Maariv newspaper said": the same after an article
        // before one body or person, as "A Hamas official said" is, with the plain words between)
        else if (k - m <= 2 && (IsPersonWord(words[k]) || BodyNouns.Contains(words[k].Norm)) && !Plural(words[k].Norm)
                 && NamedModifierStart(words, m, k, stopAt, plural: false) is var oneStart && oneStart >= 0) m = oneStart;
        var described = Descriptor(words, m, k, si);
        // "A group of Washington politicians released …", "the boy's Miami relatives say": a place or nationality before a
        // plural noun is part of the description of a group
        if (described is null && m == k && m - 1 >= stopAt && IsPlainWord(words[k]) && words[k].Norm.Length > 3 && words[k].Norm.EndsWith('s')
            && !words[k].Norm.EndsWith("ss", StringComparison.Ordinal) && !words[m - 1].Possessive
            && EntityAt(words[m - 1].Start) is { Label: EntityLabel.LOC or EntityLabel.MISC } origin)
        {
            int from = WordAtOrAfter(words, origin.Span.Start);
            if (from >= stopAt && from < k) described = Descriptor(words, from, k, si);
        }
        return described ?? DefiniteBody(words, k, stopAt);
    }

    /// <summary>
    /// The first word of a named body or country before the phrase from word <paramref name="m"/> to the title at word
    /// <paramref name="k"/>, with at most two plain words between: for a <paramref name="plural"/> title ("FBI officials",
    /// "US military officers") when the name opens the clause (after punctuation, a conjunction or nothing), and for any title
    /// when "the" (or, singular, "a", "an", "another") stands before the name, that article ("The Gaza health ministry"). A
    /// singular title may follow a one-word name the tagger took for a person's ("the Maariv newspaper"). -1 otherwise; never
    /// after an owner's possessive ("Hamas's officials").
    /// </summary>
    private int NamedModifierStart(List<PhraseWord> words, int m, int k, int stopAt, bool plural)
    {
        int j = m - 1;
        while (j >= stopAt && k - j <= 2 && IsPlainWord(words[j]) && EntityAt(words[j].Start) is null
               && !words[j].Norm.EndsWith("ed", StringComparison.Ordinal) && !words[j].Norm.EndsWith("ing", StringComparison.Ordinal))
            j--;
        if (j < stopAt || words[j].Possessive || EntityAt(words[j].Start) is not { } named || named.Span.End > words[j].End) return -1;
        bool person = named.Label == EntityLabel.PER;
        if (person && (plural || named.Span.Of(_text).Contains(' '))) return -1;
        int first = WordAtOrAfter(words, named.Span.Start);
        if (first < stopAt || first > j) return -1;
        if (plural && (first - 1 < stopAt || words[first - 1].IsPunct || words[first - 1].Norm is "but" or "and" or "however" or "while" or "yet")) return first;
        if (first - 1 < stopAt) return -1;
        return words[first - 1].Norm == "the" || !plural && words[first - 1].Norm is "a" or "an" or "another" ? first - 1 : -1;
    }

    // Words that open or link clauses, no modifier of a noun after them.
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "where", "when", "while", "whereas", "because", "if", "though", "although", "unless", "once", "so", "then", "but", "as", "and", "or",
        "that", "than",
    };

    // Nouns that head the name of a body that speaks: "the UN peacekeeping mission said", "the rescue service said".
    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "mission", "service", "agency", "ministry", "office", "force", "forces", "army", "military", "police", "network", "committee", "commission",
        "council", "alliance", "authority", "authorities", "department", "government", "organisation", "organization", "coalition", "movement",
        "administration", "militia", "monitor", "observatory", "charity", "command", "directorate", "secretariat", "institute", "centre", "center",
    };

    /// <summary>
    /// "the UN peacekeeping mission", "The rescue service", "the Syrian Civil Defence rescue service": "the" and up to six
    /// words before a lower-case noun that heads a body's name name a speaker the lexicons need not know. Null otherwise.
    /// </summary>
    private Speaker? DefiniteBody(List<PhraseWord> words, int k, int stopAt)
    {
        if (words[k].IsPunct || words[k].Capitalised || !BodyNouns.Contains(words[k].Norm)) return null;
        int d = k - 1;
        while (d >= stopAt && k - d <= 6 && words[d].Norm != "the" && !words[d].IsPunct
               && (IsPlainWord(words[d]) || words[d].Capitalised && EntityAt(words[d].Start) is not { Label: EntityLabel.PER }))
            d--;
        // (a headline drops the article: "Clashes kill 27, UN mission says")
        if ((d < stopAt || words[d].IsPunct) && d + 1 < k && words[d + 1].Capitalised) d++;
        else if (d < stopAt || words[d].Norm != "the") return null;
        var span = new TextSpan(words[d].Start, words[k].End);
        return new Speaker(span.Of(_text), span, null);
    }

    /// <summary>A lower-case noun for a document or a statement, which speaks for its author: "report", "ruling", "message".</summary>
    private static bool ReadsAsWritten(in PhraseWord w) => IsDocumentNoun(w) || !w.IsPunct && !w.Capitalised && w.Norm == "opinion";

    private static bool IsDocumentNoun(in PhraseWord w) => !w.IsPunct && !w.Capitalised && (DocumentNouns.Contains(w.Norm) || StatementNouns.Contains(w.Norm));

    /// <summary>A plural names a group ("officials", "residents"); "witness" and "boss" are one person.</summary>
    private static bool Plural(string norm) => norm.EndsWith('s') && !norm.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>A word of a title or role ("spokesman", "minister") or a plain word for a person ("woman", "source").</summary>
    // (and their plurals: "according to diplomatic sources", "security analysts said")
    private bool IsPersonWord(in PhraseWord w) => _coder.Lexicon.IsTitleWord(w) || PlainPersons.Contains(w.Norm) || Plural(w.Norm) && PlainPersons.Contains(w.Norm[..^1]);

    /// <summary>A lower-case word that may stand in a noun phrase: no punctuation, function word, adverb or auxiliary.</summary>
    private static bool IsPlainWord(in PhraseWord w) =>
        !w.IsPunct && !w.Capitalised && !NotInNounPhrase.Contains(w.Norm) && !Skippable.Contains(w.Norm) && !Prepositions.Contains(w.Norm)
        && !w.Norm.EndsWith("ly", StringComparison.Ordinal) && (!w.Norm.Any(char.IsDigit) || w.Norm.EndsWith("-year-old", StringComparison.Ordinal));

    /// <summary>
    /// "One of them, speaking on condition of anonymity, said": a partitive of a pronoun at word <paramref name="k"/> is the
    /// speaker as written (the pronoun alone names no one: "One of" was the speaker, and the report was lost).
    /// </summary>
    private Speaker? PronounPartitive(List<PhraseWord> words, int k, int si)
    {
        if (k + 2 >= words.Count || words[k + 1].Norm != "of" || words[k + 2].Norm is not ("them" or "those")
            || words[k].Norm is not ("one" or "another" or "some" or "two" or "three" or "several" or "many" or "most")) return null;
        var span = new TextSpan(words[k].Start, words[k + 2].End);
        // ("Turkish officials said …. One of them … said": one of the group that spoke in the sentence before, when it is
        // a short description of a plural)
        if (si > 0 && ParagraphOf(_sentences[si - 1].Start) == ParagraphOf(span.Start) && WordsOf(si - 1) is var before)
            for (int c = 1; c < before.Count; c++)
            {
                if (CueAt(before, c) is null || Passive(before, c)) continue;
                if (SubjectOf(before, c, si - 1, 0, depth: 1) is { Cluster: null } group && PhraseWords.Split(_text, group.Span) is var g
                    && g.Count is > 0 and <= 4 && Plural(g[^1].Norm) && !g[^1].Capitalised && g.All(w => !w.IsPunct))
                {
                    var name = group.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? group.Name[4..] : group.Name;
                    return new Speaker($"{span.Of(_text)[..(words[k + 1].End - words[k].Start)]} the {name}", span, null);
                }
                break;
            }
        return new Speaker(span.Of(_text), span, null);
    }

    /// <summary>
    /// 'Residents of the district said …' ¶ '"…?" said one.' ¶ '"…," another said.': "one" or "another" alone as a cue's
    /// subject or object is one of the group a cue reported in a sentence of the writer's just before (past the quote
    /// sentences between): "one of the residents of the district". Null when no such group spoke there.
    /// </summary>
    private Speaker? OneOfGroup(List<PhraseWord> words, int k, int si)
    {
        if (k >= words.Count || words[k].Norm is not ("one" or "another")
            || k + 1 < words.Count && !words[k + 1].IsPunct && CueAt(words, k + 1) is null) return null;
        for (int s = si - 1, seen = 0; s >= 0 && seen < 3; s--, seen++)
        {
            var before = WordsOf(s);
            if (before.Exists(w => w.Norm == "\"q")) continue;
            for (int c = 1; c < before.Count; c++)
            {
                if (CueAt(before, c) is null || Passive(before, c)) continue;
                if (SubjectOf(before, c, s, 0, depth: 1) is not { Cluster: null } group || PhraseWords.Split(_text, group.Span) is not { Count: > 0 and <= 10 } g
                    || g.Exists(w => w.Norm == "\"q")) return null;
                // (the group's head: a plural before "of", or at the end: "Users of the service", "local residents")
                int of = g.FindIndex(w => w.Norm == "of");
                var head = g[of > 0 ? of - 1 : g.Count - 1];
                if (head.IsPunct || !Plural(head.Norm) || EntityAt(head.Start) is not null) return null;
                var name = group.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? group.Name[4..] : group.Name;
                if (char.IsUpper(name[0]) && EntityAt(group.Span.Start) is null) name = char.ToLowerInvariant(name[0]) + name[1..];
                return new Speaker($"{words[k].Norm} of the {name}", new TextSpan(words[k].Start, words[k].End), null);
            }
            return null;
        }
        return null;
    }

    private Speaker? NounPhraseFrom(List<PhraseWord> words, int k, int si)
    {
        if (k >= words.Count) return null;
        if ((PronounPartitive(words, k, si) ?? OneOfGroup(words, k, si)) is { } partitive) return partitive;
        // "according to a statement from the ministry", "according to a joint statement by the two armies": the author speaks
        int st = Determiners.Contains(words[k].Norm) ? k + 1 : k;
        // (and a document's: "according to a new report by the refugee council")
        if (st + 1 < words.Count && !IsDocumentNoun(words[st]) && IsPlainWord(words[st]) && IsDocumentNoun(words[st + 1])) st++;
        if (st + 2 < words.Count && IsDocumentNoun(words[st]) && words[st + 1].Norm is "from" or "by") return NounPhraseFrom(words, st + 2, si);
        // ("according to a memorandum distributed by the owners", "a statement today by the attorney"; not an owner's "by
        // Halden's parent, Norvik Capital", which the phrase would stop at)
        if (st + 3 < words.Count && IsDocumentNoun(words[st]) && (words[st + 1].Norm.EndsWith("ed", StringComparison.Ordinal) || words[st + 1].Norm is "today" or "yesterday")
            && words[st + 2].Norm == "by" && !words.Skip(st + 3).TakeWhile(w => w.Capitalised && !w.IsPunct).Any(w => w.Possessive))
            return NounPhraseFrom(words, st + 3, si);
        // ("according to a Defense Department news release": the name before it)
        for (int j = k + 1; j < words.Count && j - k <= 5 && !words[j].IsPunct; j++)
            if (StatementNouns.Contains(words[j].Norm)) { if (StatementOwner(words, j) is { } owner) return owner; break; }
        // "said Dr. Issouf Sawadogo", "said Ms. Santos": the name after an honorific
        int h = k;
        if (Honorifics.Contains(words[h].Norm.TrimEnd('.')) && ++h < words.Count && words[h].Norm == ".") h++;
        if (h > k && h < words.Count && EntityAt(words[h].Start) is { Label: EntityLabel.PER } named) return FromEntity(named);
        if (PhraseHead(words[k], si, out var decided))
        {
            // "said American president Barack Obama": a nationality or place before a title and a name is not the speaker;
            // nor is a company before its employee ("said Uralsib analyst Chris Weafer", "says ANA senior vice president
            // Mitsuo Morimoto", where the tagger may have taken the company for a person)
            if (EntityAt(words[k].Start) is { } e && (e.Label != EntityLabel.PER || char.IsUpper(_text[e.Span.Start])))
            {
                int plain = 0;
                for (int n = WordAtOrAfter(words, e.Span.End); n < words.Count && n - k < MaxSubjectWords; n++)
                {
                    if (words[n].IsPunct || NotInNounPhrase.Contains(words[n].Norm) && words[n].Norm != "of") break;
                    if (EntityAt(words[n].Start) is { Label: EntityLabel.PER } person)
                        return e.Label != EntityLabel.PER || n > WordAtOrAfter(words, e.Span.End) && person.Cluster != e.Cluster ? FromEntity(person) : decided;
                    // ("said Jonathan Gelles of Wertheim Schroder": after a person, "of" leads to no other speaker)
                    if (e.Label == EntityLabel.PER && words[n].Norm == "of") break;
                    if (_coder.Lexicon.IsTitleWord(words[n])) continue;
                    if (words[n].Capitalised) continue;
                    if (!IsPlainWord(words[n]) || words[n].Norm.EndsWith("ed", StringComparison.Ordinal) || ++plain > 2) break;
                }
                int past = WordAtOrAfter(words, e.Span.End);
                if (past < words.Count && !words[past].IsPunct && NameAfterDescription(words, past, words[past - 1].Possessive) is { } apposed) return apposed;
                // ("Iraq's deputy foreign minister responded …, saying": a title an owner's possessive opens is the speaker, not the owner)
                if (e.Label != EntityLabel.PER && past - 1 >= k && words[past - 1].Possessive)
                {
                    int title = -1;
                    for (int t = past; t < words.Count && t - past < 4 && (IsPersonWord(words[t]) || IsPlainWord(words[t])); t++)
                        if (IsPersonWord(words[t])) title = t;
                    // (as written: the same country's and role's other official named nearby is not this one)
                    if (title >= 0)
                    {
                        var titled = new TextSpan(words[k].Start, words[title].End);
                        return new Speaker(titled.Of(_text), titled, null);
                    }
                    // ("according to Saudi Arabia's Civil Defense Authority": so is a body's name, the tagger's apart from the owner)
                    if (past < words.Count && EntityAt(words[past].Start) is { Label: EntityLabel.ORG } ownedBody && ownedBody.Span.Start == words[past].Start)
                    {
                        var owned = new TextSpan(words[k].Start, ownedBody.Span.End);
                        return new Speaker(owned.Of(_text), owned, ownedBody.Cluster);
                    }
                }
            }
            return decided;
        }
        int m = k;
        while (m + 1 < words.Count && m + 1 - k < MaxSubjectWords)
        {
            var n = words[m + 1];
            // ("according to the Organisation for Economic Co-operation …": a name the phrase opened goes on over its function words)
            if (!n.IsPunct && EntityAt(n.Start) is { } inName && inName.Span.Start < n.Start && inName.Span.Start >= words[k].Start) { m++; continue; }
            if (n.IsPunct || NotInNounPhrase.Contains(n.Norm) && n.Norm != "of") break;
            if (EntityAt(n.Start) is { Label: EntityLabel.PER } pe) return FromEntity(pe); // "the US secretary of state John Kerry"
            // ("said the report", "said the official report": the document ends the phrase)
            if (IsDocumentNoun(n)) { m++; break; }
            if (!(Determiners.Contains(n.Norm) || IsPersonWord(n) || n.Capitalised))
            {
                // "according to a volunteer medic": plain words before a title belong to the phrase
                int t = m + 1;
                // (a negated participle is an adjective: "an unnamed official", "an unidentified witness")
                while (t + 1 < words.Count && t - m <= 2 && IsPlainWord(words[t])
                       && (!words[t].Norm.EndsWith("ed", StringComparison.Ordinal) || words[t].Norm.StartsWith("un", StringComparison.Ordinal))
                       && !IsPersonWord(words[t]) && !IsDocumentNoun(words[t]))
                    t++;
                // ('"…," said the lead editorial', "read the annual report": and before a document, which ends the phrase)
                if (t > m + 1 && t < words.Count && t - k < MaxSubjectWords && IsDocumentNoun(words[t])) { m = t; break; }
                // ("said the head of the Danish delegation Jens Holm": plain words, then the name, past a title in capitals: "says
                // church historian Father Juliano Santos")
                int titled = t;
                while (titled < words.Count && titled - t < 3 && words[titled].Capitalised && !words[titled].IsPunct && EntityAt(words[titled].Start) is null
                       && (IsPersonWord(words[titled]) || Honorifics.Contains(words[titled].Norm))) titled++;
                if (t > m + 1 && titled < words.Count && EntityAt(words[titled].Start) is { Label: EntityLabel.PER } nameAfter && char.IsUpper(_text[nameAfter.Span.Start])) return FromEntity(nameAfter);
                if (t == m + 1 || t >= words.Count || t - k >= MaxSubjectWords || !IsPlainWord(words[t]) || !IsPersonWord(words[t])) break;
                m = t;
                continue;
            }
            m++;
        }
        // '"…," said a woman who gave her name only as Khin': the name the relative clause gives is the speaker's
        // (also past where the person is from: "said a woman in Sagaing who gave her name as Ma Thida")
        int rel = m + 1;
        if (rel < words.Count && words[rel].Norm is "in" or "from" or "at")
        {
            int x = rel + 1;
            while (x < words.Count && x - rel <= 4 && words[x].Capitalised && !words[x].IsPunct) x++;
            if (x > rel + 1) rel = x;
        }
        if (rel < words.Count && words[rel].Norm == "who" && IsPersonWord(words[m]) && NameInClause(words, rel + 1, words.Count - 1) is { } given) return given;
        // ("A spokesperson for Coca-Cola sent …, saying": the body a person's title is "for" or "at" is part of the description)
        if (m + 2 < words.Count && IsPersonWord(words[m]) && words[m + 1].Norm is "for" or "at" && EntityAt(words[m + 2].Start) is { Label: not EntityLabel.PER } body
            && body.Span.Start == words[m + 2].Start && WordAtOrAfter(words, body.Span.End) - 1 is var last && last < words.Count && words[last].End == body.Span.End)
            return NameAfterDescription(words, last + 1, false) ?? Descriptor(words, k, last, si);
        // ("Over the weekend, lawyers for the family raised …": whom they act for, an article and a noun (whatever its ending:
        // "family"), is part of the description)
        if (m + 3 < words.Count && IsPersonWord(words[m]) && words[m + 1].Norm is "for" or "to" && words[m + 2].Norm is "the" or "a" or "his" or "her" or "their"
            && words[m + 3] is { IsPunct: false, Capitalised: false } noun && !NotInNounPhrase.Contains(noun.Norm) && !Prepositions.Contains(noun.Norm) && Descriptor(words, k, m, si) is { Cluster: null } described && described.Span.End == words[m].End)
        {
            var span = new TextSpan(described.Span.Start, words[m + 3].End);
            return new Speaker(span.Of(_text), span, null);
        }
        return NameAfterDescription(words, m + 1, false) ?? Descriptor(words, k, m, si);
    }

    /// <summary>
    /// "said one protester, Stefka Tsankova.", "said the senior market strategist for Invesco, Fritz Meyer.": the rest of a
    /// description from word <paramref name="from"/> (no verb in it) up to a comma, then a name that ends the clause or hands
    /// over to the quote (', “…', ', philosophically, “…'): that name. After a possessive ("Elian's great-uncle, Lazaro Gonzalez,
    /// is fighting ...") the clause may go on; after "according to press reports, Caridad Gonzalez, ..." it may not.
    /// </summary>
    private Speaker? NameAfterDescription(List<PhraseWord> words, int from, bool clauseMayGoOn)
    {
        int c = from;
        for (; c < words.Count && c - from <= MaxAppositionWords && words[c].Norm != ","; c++)
        {
            var w = words[c];
            if (w.IsPunct && w.Norm is not ("'s" or "’s") || Skippable.Contains(w.Norm) || NotInNounPhrase.Contains(w.Norm) && w.Norm is not ("at" or "in" or "on" or "for" or "from" or "with" or "and")
                || !w.Capitalised && w.Norm.EndsWith("ed", StringComparison.Ordinal))
                return null;
        }
        if (c + 1 >= words.Count || words[c].Norm != "," || EntityAt(words[c + 1].Start) is not { Label: EntityLabel.PER } name || !char.IsUpper(_text[name.Span.Start]))
            return null;
        int past = WordAtOrAfter(words, name.Span.End);
        if (past < words.Count && words[past].Norm == ",")
        {
            int next = past + 1;
            if (next < words.Count && !words[next].Capitalised && words[next].Norm.EndsWith("ly", StringComparison.Ordinal)) next++;
            if (next < words.Count && words[next].Norm == ",") next++;
            if (clauseMayGoOn || next >= words.Count || words[next].Norm == "\"q") return FromEntity(name);
            return null;
        }
        return past >= words.Count || words[past].Norm is "." or "!" or "?" or ";" or ":" or "\"q" ? FromEntity(name) : null;
    }

    /// <summary>
    /// A described speaker ("the spokesperson", "our correspondent", "the US secretary of state", "US officials"):
    /// a single person's title resolves to the person the article names with that title or code; groups stay as described.
    /// </summary>
    private Speaker? Descriptor(List<PhraseWord> words, int from, int to, int si)
    {
        while (from <= to && words[from].IsPunct) from++;
        if (from > to) return null;
        var span = new TextSpan(words[from].Start, words[to].End);
        bool content = false;
        for (int i = from; i <= to; i++) content |= !Determiners.Contains(words[i].Norm);
        if (!content) return null;
        var coding = _coder.CodeWords(words, from, to + 1, _doc.Published).LastOrDefault();
        var head = words[to].Norm;
        // The title to look for next to names: the last role phrase ("secretary of state", "spokesperson").
        var roleMatch = _coder.Lexicon.Match(words, from, to + 1).LastOrDefault(m => m.Entry.Kind == EntryKind.Role);
        var title = roleMatch.Entry is null ? head : new TextSpan(words[roleMatch.First].Start, words[roleMatch.Last].End).Of(_text);
        // "secretary of state" is headed by "secretary", "deputy foreign minister" by "minister".
        if (roleMatch.Entry is not null && roleMatch.Last == to)
        {
            int of = -1;
            for (int i = roleMatch.First; i <= roleMatch.Last && of < 0; i++) if (words[i].Norm == "of") of = i;
            head = of > roleMatch.First ? words[of - 1].Norm : words[roleMatch.Last].Norm;
        }
        bool personNoun = coding is not null && coding.Role.Length > 0 && !Plural(head) && !NotPersons.Contains(head)
                          || head is "correspondent" or "reporter" or "editor" or "spokesperson" or "spokesman" or "spokeswoman"
                          // ("the woman said" is the woman the article named; "his mother" is someone else's, and "the source" stays unnamed)
                          || PlainPersons.Contains(head) && words[from].Norm == "the" && head != "source";
        // (a word of a name is not: "the Organisation for …")
        if (head is "group" or "organisation" or "organization" or "movement" or "militia" or "agency" or "charity" && words[from].Norm is "the" or "this" && !words[to].Capitalised)
        {
            // "the group said": the organisation named last, else the body that spoke just before ("A rebel alliance said …")
            if (NearestOrg(span) is { } org) return org;
            if (ReportSpeakerBefore(si, ParagraphOf(span.Start), sp => sp.Cluster is null && PhraseWords.Split(_text, sp.Span) is { Count: > 0 } said
                    && (BodyNouns.Contains(said[^1].Norm) || said[^1].Norm is "group" or "organisation" or "organization" or "movement" or "militia" or "charity"))
                is { } spokeBefore)
                return spokeBefore;
        }
        // "The statement said" after "In a statement, the army said …": the statement's author
        // (with a plain word or two before the noun, which the phrase may have been cut to leave out: "the written statement says",
        // "the joint statement said")
        int article = from;
        while (article - 1 >= 0 && from - article < 2 && IsPlainWord(words[article - 1]) && !Determiners.Contains(words[article - 1].Norm)) article--;
        if (article - 1 >= 0 && words[article - 1].Norm is "the" or "this") article--;
        if (words[article].Norm is "the" or "this" && to - article <= 3 && Enumerable.Range(article + 1, to - article - 1).All(i => IsPlainWord(words[i]))
            && StatementNouns.Contains(head) && StatementAuthor(span, si) is { } author) return author;
        // ("said the official report": a document is no person its modifiers name; "An evaluation said": nor is it nobody)
        if (IsDocumentNoun(words[to])) return new Speaker(span.Of(_text), span, null);
        // "the company said" after "Harlow Mills Corp. posted a loss … Harlow Mills blamed …": the company the article names most
        // (and "the Dayton company" or "company" alone, all of a description the phrase was cut to: "The Menlo Park, Calif.,
        // company said": a company described by its home or trade)
        if ((words[from].Norm == "the" && to - from <= 4 || from == to) && head is "company" or "firm")
        {
            if (NearestCompany(span) is { } company) return company;
            // ("Norvale Media, which runs the site, said in a statement that … The company said …": the organisation that spoke
            // just before, named, when no company's name has a suffix)
            if (from + 1 == to && ReportSpeakerBefore(si, ParagraphOf(span.Start), sp => sp.Cluster is { } oc && _mentions.TryGetValue(oc, out var oms)
                    && oms.Exists(e => e.Label == EntityLabel.ORG) && !oms.Exists(e => e.Label == EntityLabel.PER) && char.IsUpper(_text[sp.Span.Start])) is { } spoke)
                return spoke;
        }
        // "the ministry said" after "the Health Ministry said": the body named last with that head word
        if (from + 1 == to && words[from].Norm == "the" && BodyNouns.Contains(head) && NearestOrgEndingWith(span, head) is { } body) return body;
        // "a senior official told the agency": someone the article does not name, not the official it named before
        if (personNoun && words[from].Norm is not ("a" or "an" or "another"))
        {
            if (words[from].Norm == "our" && (coding?.Role == "MED" || head is "correspondent" or "reporter" or "editor"))
            {
                if (NearestCluster(span, si, c => c?.Role == "MED", backOnly: true) is { } reporter) return reporter;
            }
            // (of the country the words name, when they name one: "The Iraqi ambassador to Greece said" is not the special
            // ambassador Mikhail Sytenko named before, of no country)
            // (a person named after the last "a diplomat" the text brought in: '“…,” says a Western diplomat. “…,” the diplomat said' is
            // that unnamed diplomat, not a diplomat named before)
            else if (NearestByTitle(span, si, title, words[from].Norm == "the" && from + 1 == to && EarlierPhrase(span, head, definite: false) is { } intro ? intro.End : 0) is { } titled
                     && OfCountry(titled, coding)) return titled;
            else if (words[from].Norm != "our" && LaterByTitle(span, title, coding) is { } later) return later;
            else if (coding is not null && coding.Country.Length == 3 && NearestCluster(span, si, c => c is not null && c.Country == coding.Country && c.Role == coding.Role, backOnly: false) is { } same)
                return same;
        }
        // "The EU's foreign policy chief said …" ¶ "“…,” Kaja Kallas told reporters": named in the next paragraph; and
        // "“…,” the spokesman said" after "The spokesman for the army said …" ¶ "Brigadier X said …": as that one was
        // (one holder's title, "chief" or a role the lexicon knows, not a body's "media wing", kin or a plain person; "the" or
        // an owner, not "a", "his"; nor after "a village chief": someone unnamed)
        bool title1 = (head is "chief" or "head" || _coder.Lexicon.Match(words, to, to + 1).Any(m => m.Entry.Kind == EntryKind.Role))
                      && !PlainPersons.Contains(head) && !Plural(head) && !NotPersons.Contains(head) && !BodyNouns.Contains(head);
        if (title1 && (words[from].Norm == "the" || Enumerable.Range(from, to - from).Any(i => words[i].Possessive)) && EarlierPhrase(span, head, definite: false) is null
            && (EarlierPhrase(span, head, definite: true) is { } earlier
                ? (words[from].Norm == "the" && from + 1 == to ? NamedNext(earlier, head, coding) : null)
                : NamedNext(span, head, coding)) is { } next)
            return next;
        // "said a village chief, who asked not to be named" … "The chief said": the unnamed person brought in before
        // (a person only: "the company" after "X Corp., a New York holding company," is better named by the organisation)
        if (words[from].Norm == "the" && from + 1 == to && (personNoun || IsPersonWord(words[to])) && !Plural(head)
            && !NotPersons.Contains(head) && !BodyNouns.Contains(head) && IndefiniteBefore(span, head) is { } introduced)
            return introduced;
        // "…, her lawyer said" then "the lawyer, Rauf Guliyev, told reporters": one person's kin or counsel whom a later
        // paragraph names with the word (backwards, "his mother" is not the person named nearby)
        if (!personNoun && words[from].Norm is "his" or "her" && from + 1 == to && PlainPersons.Contains(head) && head != "source"
            && LaterByTitle(span, head, coding) is { } named)
            return named;
        // Unknown capitalised words only (no tagger, no lexicon): not a description we can stand behind.
        if (coding is null && !Enumerable.Range(from, to - from + 1).Any(i => IsPersonWord(words[i]))) return null;
        return new Speaker(span.Of(_text), span, null);
    }

    private int ParagraphOf(int offset)
    {
        int lo = 0, hi = _paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (offset < _paragraphs[mid].Start) hi = mid - 1;
            else if (offset >= _paragraphs[mid].End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    // ---------------------------------------------------------------- people

    private Entity? EntityAt(int offset)
    {
        int lo = 0, hi = _entities.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = _entities[mid].Span;
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return _entities[mid];
        }
        return null;
    }

    private Speaker FromEntity(Entity e)
    {
        if (e.Cluster >= 0 && _canonical.TryGetValue(e.Cluster, out var c))
        {
            // A pronoun or description in a coreference cluster is named by the cluster; its span stays the
            // mention the attribution used when that is a name, else the canonical mention.
            bool nameMention = e.Label == EntityLabel.PER && char.IsUpper(_text[e.Span.Start]);
            return new Speaker(c.Name, nameMention ? e.Span : c.Span, e.Cluster);
        }
        return new Speaker(e.Span.Of(_text), e.Span, e.Cluster >= 0 ? e.Cluster : null);
    }

    /// <summary>
    /// "he"/"she": a person named earlier in the same sentence (its subject), else the first person named
    /// in the nearest earlier sentence that names one (preferring one who has already spoken).
    /// </summary>
    private Speaker? ResolvePronoun(TextSpan pronoun, int si)
    {
        if (DescribedSpeakerBefore(pronoun) is { } described) return described;
        // '"…," he said' right after a person's quotes (same or previous paragraph), with no other person named
        // outside quotes since: the reporter is still quoting that person. Coreference, which links the
        // nearest name, picks a person named only inside the quotes or further back.
        // (the mention that named the speaker after the quote, '"…," says ANA vice president Mitsuo Morimoto', is no other person)
        // In text with a sentence on each line, a "paragraph" is a sentence: a few of them count. A pronoun is no other person.
        // (nor when the pronoun's gender is not that person's: '"…," she said' after a man's quotes)
        // (paragraphs of a quote run on between them, each opening with a mark left open, are that person's words too: '"…,"
        // he said.' ¶ '"First …' ¶ '"Then …' ¶ '"…," he added.')
        if (_lastQuoted is { } last && last.End <= pronoun.Start && QuoteRunStart(ParagraphOf(pronoun.Start), last.Paragraph) - last.Paragraph is var gap && gap >= 0 && gap <= (_sentenceLines ? 4 : 1)
            && !OtherGender(last.Speaker.Cluster, pronoun)
            && !EntitiesIn(new TextSpan(last.Speaker.Span.Start >= last.End && last.Speaker.Span.End <= pronoun.Start ? last.Speaker.Span.End : last.End, pronoun.Start))
                .Any(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && char.IsUpper(_text[e.Span.Start]) && !IsPronoun(e.Span) && !_openerNames.Contains(e.Span.Start)))
            return last.Speaker;
        // (a cluster whose name comes only after the pronoun is the tagger's guess: "He said that Apple is ready for the move to
        // Intel", with "Intel" taken for a person, is not Intel speaking)
        // (nor is a name the text mostly writes as no person's: "Intel" tagged a person twice among seven "Intel processors")
        // (nor one named before it only inside quotation marks: 'even mentioning that “she hired a teacher who watches Glenn Beck”.
        // She “asked her ...”' is not Glenn Beck speaking)
        // ("Sansui, he said, is a perfect fit": the name set off before a parenthetical "he said" is what is spoken of, not who
        // speaks)
        int topic = TopicBefore(pronoun);
        // (a name inside the clause that "…, he said" reports, right after a sentence of the same paragraph where a cue named a
        // person, is what is spoken of: "Mr. Vale said the issue strengthens Norcan's balance sheet. Norcan's has no bids
        // pending, he said." is Mr. Vale; in a paragraph of its own, "Engineer Paul Brandt is moving to Oslo, he said" is Brandt)
        bool reported = ContinuesReport(pronoun, si);
        if (EntityAt(pronoun.Start) is { Label: EntityLabel.PER } own && own.Cluster >= 0 && _canonical.ContainsKey(own.Cluster) && !NamedLater(own, pronoun.Start) && Named(own.Cluster)
            && !MostlyNoPerson(own.Cluster) && NamedOutsideQuotesBefore(own.Cluster, pronoun.Start) && own.Cluster != topic)
        {
            // (coreference linked "he" to someone, but a cue earlier in the same sentence names another person who did not:
            // "Mr. Netanyahu suggested …, but he said …" with the vice president named before him)
            if (SentenceIndex(pronoun.Start) == si)
            {
                var here = EntitiesIn(new TextSpan(_sentences[si].Start, pronoun.Start))
                    .Where(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && char.IsUpper(_text[e.Span.Start]) && !IsPronoun(e.Span)).ToList();
                var cuedHere = here.LastOrDefault(e => e.Cluster != own.Cluster && NamedByCue(e, si));
                if (cuedHere is not null && !here.Exists(e => e.Cluster == own.Cluster && NamedByCue(e, si))) return FromEntity(cuedHere);
            }
            // (coreference linked "he" to a name in the sentence before, where a cue names another person: that person speaks on)
            // (that sentence is the one before the quote's marks, which the segmenter may have cut off on their own: '``')
            int ps = SentenceBefore(si);
            if (ps >= 0 && SentenceIndex(pronoun.Start) == si
                && !EntitiesIn(new TextSpan(_sentences[si].Start, pronoun.Start)).Any(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && !IsPronoun(e.Span)
                                                                                          && !(reported && e.Cluster == own.Cluster)))
            {
                var prev = EntitiesIn(_sentences[ps]).Where(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && char.IsUpper(_text[e.Span.Start])).ToList();
                var cued = prev.FirstOrDefault(e => e.Cluster != own.Cluster && NamedByCue(e, ps));
                if (cued is not null && !prev.Exists(e => e.Cluster == own.Cluster && NamedByCue(e, ps))) return FromEntity(cued);
                // (or the named subject of its first cue, past an apposition: "Moreno, speaking to reporters outside his home, said …")
                if (cued is null && FirstCueSubject(ps) is { Cluster: { } sc } subject && sc != own.Cluster && char.IsUpper(_text[subject.Span.Start])
                    && prev.Exists(e => e.Cluster == sc) && !prev.Exists(e => e.Cluster == own.Cluster && NamedByCue(e, ps)))
                    return subject;
            }
            return FromEntity(own);
        }
        // Only the last few thousand characters count, however long the sentences are.
        int floor = Math.Max(0, pronoun.Start - SearchChars);
        // (a sentence with the same "he" or "she" keeps the person in view and does not count: 'Henderson stated …' then 'He
        // stressed …', 'He emphasized …', … 'he stated that "…"' six sentences on is still Henderson)
        var word = pronoun.Of(_text).ToLowerInvariant();
        int counted = 0;
        for (int s = si; s >= 0; s--)
        {
            if (s < si && !(word is "he" or "she" && WordsOf(s).Exists(w => w.Norm == word))) counted++;
            if (counted > PronounLookback) break;
            var span = _sentences[s];
            if (span.End <= floor) break;
            var window = new TextSpan(Math.Max(span.Start, floor), Math.Max(Math.Max(span.Start, floor), s < si ? span.End : Math.Min(span.End, pronoun.Start)));
            var people = EntitiesIn(window).Where(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && !(topic >= 0 && e.Cluster == topic) && !(reported && s == si)
                                              && (s < si || e.Span.End <= pronoun.Start) && char.IsUpper(_text[e.Span.Start]) && !NamedLater(e, pronoun.Start) && Named(e.Cluster)
                                              && !(e.Cluster >= 0 && _canonical.ContainsKey(e.Cluster) && MostlyNoPerson(e.Cluster))).ToList();
            if (people.Count == 0)
            {
                // ("…, said Ko Zaw Min, a member of …" with the name taken for an organisation: "he" is a person, so the name a
                // cue gave is one)
                // (or for something else: '"…," TNA member of parliament P Sithamparanathan was quoted as saying. She added …', a
                // name a person's title stands right before)
                if (pronoun.Of(_text).ToLowerInvariant() is "he" or "she"
                    && EntitiesIn(window).FirstOrDefault(e => e.Label is EntityLabel.ORG or EntityLabel.MISC && !_inQuote[e.Span.Start] && char.IsUpper(_text[e.Span.Start])
                        && (s < si || e.Span.End <= pronoun.Start) && NamedByCue(e, s) && (DescribedAsOne(e.Span) || TitledName(e, s))) is { } named)
                    return FromEntity(named);
                continue;
            }
            var spoke = people.FirstOrDefault(p => _speakerClusters.Contains(p.Cluster));
            // ("The strike hit Let Yet Kone village, said Ko Zaw Min. “…,” he said": the person a cue names, not a place the tagger
            // took for a person)
            spoke ??= people.FirstOrDefault(p => NamedByCue(p, s));
            return FromEntity(spoke ?? people[0]);
        }
        Diagnostics.Add(new Diagnostic("QUOTE003", Severity.Info,
            $"The pronoun '{pronoun.Of(_text)}' has no person named before it within {PronounLookback} sentences; the quote is left without a speaker.", pronoun));
        return null;
    }

    /// <summary>
    /// The first of the paragraphs just before <paramref name="paragraph"/> (after <paramref name="floor"/>) that each open with a
    /// quote left open, the run a reporter quoting one person at length leaves: <paramref name="paragraph"/> itself when none does.
    /// </summary>
    private int QuoteRunStart(int paragraph, int floor)
    {
        _openParagraphs ??= _marked.Where(m => m.Open && OpensParagraph(m)).Select(m => m.Paragraph).ToHashSet();
        int p = paragraph;
        while (p - 1 > floor && _openParagraphs.Contains(p - 1)) p--;
        return p;
    }

    private HashSet<int>? _openParagraphs;

    /// <summary>
    /// The cluster of the name that opens a sentence and is set off by the comma right before <paramref name="pronoun"/> when a
    /// cue follows it ("Sansui, he said, is ..."), else -1.
    /// </summary>
    private int TopicBefore(TextSpan pronoun)
    {
        int b = pronoun.Start - 1;
        while (b >= 0 && _text[b] == ' ') b--;
        if (b < 1 || _text[b] != ',') return -1;
        int c = b - 1;
        while (c >= 0 && _text[c] == ' ') c--;
        int after = pronoun.End;
        while (after < _text.Length && _text[after] == ' ') after++;
        if (!(_text.AsSpan(after).StartsWith("said") || _text.AsSpan(after).StartsWith("says") || _text.AsSpan(after).StartsWith("added"))) return -1;
        var e = EntitiesIn(new TextSpan(Math.Max(0, c - 80), c + 1)).LastOrDefault(x => x.Span.End == c + 1);
        if (e is null || e.Cluster < 0) return -1;
        int si = SentenceIndex(e.Span.Start);
        return si >= 0 && _text.AsSpan(_sentences[si].Start, e.Span.Start - _sentences[si].Start).Trim().IsEmpty ? e.Cluster : -1;
    }

    /// <summary>The subject of the first cue (not in the passive) of sentence <paramref name="s"/>, when it names one.</summary>
    /// <summary>The sentence before <paramref name="si"/>, past any that holds nothing but quotation marks or punctuation.</summary>
    private int SentenceBefore(int si)
    {
        int prev = si - 1;
        while (prev > 0 && WordsOf(prev).All(w => w.IsPunct)) prev--;
        return prev;
    }

    private Speaker? FirstCueSubject(int s)
    {
        var words = WordsOf(s);
        for (int c = 1; c < words.Count; c++)
            if (CueAt(words, c) is not null && !Passive(words, c)) return SubjectOf(words, c, s, 0);
        return null;
    }

    /// <summary>
    /// 'A resident, who asked not to be named, said the shooting began before dawn. “We hid under our beds,” he said.': a
    /// person the sentence before makes speak without a name is who "he"/"she" stands for, when the pronoun's sentence names
    /// no one before it. Coreference, which sees names only, links the pronoun to the last person named, further back (the
    /// army spokesman quoted two paragraphs earlier). Only a single person in the same paragraph, of a gender that fits.
    /// </summary>
    private Speaker? DescribedSpeakerBefore(TextSpan pronoun)
    {
        var word = pronoun.Of(_text).ToLowerInvariant();
        if (word is not ("he" or "she")) return null;
        int si = SentenceIndex(pronoun.Start);
        if (si <= 0 || EntitiesIn(new TextSpan(_sentences[si].Start, pronoun.Start)).Any(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && !IsPronoun(e.Span)))
            return null;
        // (past the sentences of the quote itself: '“We are exhausted. We need people,” he told …')
        int prev = SentenceBefore(si);
        // (or the paragraph before, when the pronoun's paragraph opens with the quote: 'A nurse … said …' ¶ '“…,” she said.')
        int gap = ParagraphOf(pronoun.Start) - ParagraphOf(_sentences[prev].Start);
        if (gap != 0 && (gap != 1 || !OpensWithQuote(pronoun))) return null;
        var words = WordsOf(prev);
        for (int c = 0; c < words.Count; c++)
        {
            if (CueAt(words, c) is null || Passive(words, c) || QuotesOneSaying(words, c, prev)) continue;
            // ("A local paper quoted an unnamed official saying …": the one quoted)
            var sp = c == 0 ? null : QuotedAsSaying(words, c, prev) ?? SubjectOf(words, c, prev, 0);
            // '"…," said a woman': the speaker after the cue
            if (sp is null && c > 0 && words[c - 1].Norm == "\"q") sp = NounPhraseFrom(words, CueAt(words, c)!.Value.Last + 1, prev);
            if (sp is null || sp.Cluster is not null) return null;
            // (a name in the subject's phrase is who speaks, whatever part of it was read: "Defence analyst Marta Kowalczyk, …, said";
            // a name its apposition gives is not: "A soldier, who gave only his call sign, Bison, said")
            int comma = _text.IndexOf(',', sp.Span.Start, Math.Max(0, words[c].Start - sp.Span.Start));
            var phrase = new TextSpan(sp.Span.Start, comma >= 0 ? comma : Math.Max(sp.Span.End, words[c].Start));
            if (EntitiesIn(phrase).Any(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start])) return null;
            var described = PhraseWords.Split(_text, sp.Span);
            if (described.Count == 0) return null;
            // ("One of them, speaking on condition of anonymity, said …" ¶ '“…,” he said': one of them speaks on)
            if (described.Count == 3 && described[0].Norm is "one" or "another" && described[1].Norm == "of" && described[2].Norm is "them" or "those") return sp;
            // the head: the last word before a preposition ("A resident of the nearby town"), a singular word for a person
            int h = Determiners.Contains(described[0].Norm) ? 1 : 0;
            while (h + 1 < described.Count && !described[h + 1].IsPunct && !Prepositions.Contains(described[h + 1].Norm)) h++;
            if (h >= described.Count) return null;
            var head = described[h];
            if (!IsPersonWord(head) || Determiners.Contains(head.Norm) || NotPersons.Contains(head.Norm) || Plural(head.Norm)) return null;
            bool female = head.Norm is "woman" or "mother" or "girl" or "spokeswoman" or "chairwoman";
            bool male = head.Norm is "man" or "father" or "boy" or "spokesman" or "chairman";
            return word == "he" && female || word == "she" && male ? null : sp;
        }
        return null;
    }

    /// <summary>True when the pronoun's paragraph opens with a quotation and names no one outside it before the pronoun.</summary>
    private bool OpensWithQuote(TextSpan pronoun)
    {
        var paragraph = _paragraphs[ParagraphOf(pronoun.Start)];
        int first = paragraph.Start;
        while (first < pronoun.Start && char.IsWhiteSpace(_text[first])) first++;
        if (first >= pronoun.Start || !_inQuote[first]) return false;
        return !EntitiesIn(new TextSpan(first, pronoun.Start)).Any(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start]);
    }

    /// <summary>
    /// True when coreference gave the cluster pronouns of the other gender only ("he" and "his" for a "she"): it links one
    /// now and then to the wrong person, and a person with a pronoun of the right gender among them is not ruled out.
    /// </summary>
    private bool OtherGender(int? cluster, TextSpan pronoun)
    {
        var word = pronoun.Of(_text).ToLowerInvariant();
        bool female = word is "she" or "her" or "hers";
        if (!female && word is not ("he" or "him" or "his") || cluster is not { } c || !_mentions.TryGetValue(c, out var mentions)) return false;
        int same = 0, other = 0;
        foreach (var m in mentions)
        {
            // (pronouns inside quotation marks are the speaker's own words about others: "I think he deserves …," she said)
            if (m.Span.Length > 4 || _inQuote[m.Span.Start] || m.Span == pronoun) continue;
            var w = m.Span.Of(_text).ToLowerInvariant();
            bool isFemale = w is "she" or "her" or "hers", isMale = w is "he" or "him" or "his";
            if (isFemale == female && (isFemale || isMale)) same++;
            else if (isFemale || isMale) other++;
        }
        return same == 0 && other > 0;
    }

    /// <summary>
    /// The person named before <paramref name="word"/>, outside quotes, whose last name is that word but for accents ("Côté"
    /// for "Coté", "Pérez" for "Perez"); null when none or more than one person.
    /// </summary>
    private Speaker? NamedBefore(PhraseWord word)
    {
        var bare = Unaccented(word.Span.Of(_text));
        if (bare.Length < 3) return null;
        var found = EntitiesIn(new TextSpan(Math.Max(0, word.Start - SearchChars), word.Start))
            .Where(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && !IsPronoun(e.Span)
                        && Unaccented(e.Span.Of(_text).Split(' ')[^1]) == bare)
            .ToList();
        return found.Count > 0 && found.All(e => e.Cluster == found[0].Cluster) ? FromEntity(found[^1]) : null;
    }

    // Latin letters with accents and their plain forms, one for one (the runtime may run without Unicode normalisation data).
    private const string Accented = "àáâãäåèéêëìíîïòóôõöøùúûüýÿçñÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝÇÑ";
    private const string Plain = "aaaaaaeeeeiiiioooooouuuuyycnAAAAAAEEEEIIIIOOOOOOUUUUYCN";

    private static string Unaccented(string s) => new(s.Select(c => Accented.IndexOf(c) is var i && i >= 0 ? Plain[i] : c).ToArray());

    /// <summary>"member of parliament P Sithamparanathan": a name right after a person's title in lower case.</summary>
    private bool TitledName(Entity name, int si)
    {
        var words = WordsOf(si);
        int i = WordAtOrAfter(words, name.Span.Start);
        return i > 0 && i < words.Count && words[i].Start == name.Span.Start && !words[i - 1].Capitalised && _coder.Lexicon.IsTitleWord(words[i - 1]);
    }

    /// <summary>"Ko Zaw Min, a member of …": a name an apposition with "a"/"an" describes right after a cue ("said Ko Zaw Min, a …").</summary>
    private bool DescribedAsOne(TextSpan name)
    {
        int a = name.End;
        if (a + 3 >= _text.Length || _text[a] != ',' || _text[a + 1] != ' ') return false;
        var next = _text.AsSpan(a + 2);
        if (!(next.StartsWith("a ", StringComparison.Ordinal) || next.StartsWith("an ", StringComparison.Ordinal))) return false;
        int b = name.Start;
        while (b > 0 && _text[b - 1] == ' ') b--;
        int w = b;
        while (w > 0 && char.IsLetter(_text[w - 1])) w--;
        return _text.AsSpan(w, b - w) is "said" or "says" or "told" or "added";
    }

    /// <summary>
    /// True when a cue stands right before the person, who ends the clause ("said Ko Zaw Min, a member of …", not "says Du
    /// Pont still holds …"), or right after it, past adverbs ("Ko Zaw Min said").
    /// </summary>
    private bool NamedByCue(Entity person, int si)
    {
        var words = WordsOf(si);
        int i = WordAtOrAfter(words, person.Span.Start);
        if (i >= words.Count || words[i].Start != person.Span.Start) return false;
        if (QuotedInSentence(words, si) is { } quoted && quoted.Span.Overlaps(person.Span)) return true;
        if (i > 0 && CueAt(words, i - 1) is { } before && before.Last == i - 1) return EndsClause(words, person.Span);
        // (an employer after a person is no subject: "Steve Milunovich at First Boston said"; a title's "of" is no employer's)
        int b = i - 1;
        while (b >= 0 && !words[b].IsPunct && (words[b].Capitalised || Determiners.Contains(words[b].Norm) || words[b].Norm == "of" && b > 0 && words[b - 1].Capitalised)) b--;
        if (b >= 0 && words[b].Norm is "at" or "of" or "with" or "for" or "in") return false;
        int n = WordAtOrAfter(words, person.Span.End);
        while (n < words.Count && Skippable.Contains(words[n].Norm)) n++;
        return n < words.Count && CueAt(words, n) is not null && !QuotesOneSaying(words, n, si);
    }

    /// <summary>
    /// The one quoted in a sentence that says "X quoted Y (as) saying …": it is Y who is named by the cue and who speaks on
    /// ('… quoted union leader Mark Dorsey as saying …. “…,” he said.'), not X, who quotes. Null when the sentence has none.
    /// </summary>
    private Speaker? QuotedInSentence(List<PhraseWord> words, int si)
    {
        if (_quotedIn.TryGetValue(si, out var known)) return known;
        Speaker? found = null;
        for (int c = 0; c < words.Count && found is null; c++)
            if (words[c].Norm is "saying" or "said") found = QuotedAsSaying(words, c, si);
        return _quotedIn[si] = found;
    }

    private readonly Dictionary<int, Speaker?> _quotedIn = new();

    /// <summary>
    /// True when the name ends its clause: punctuation follows it in its sentence (a comma before an apposition, the full stop),
    /// or an affiliation or a second name ("said Lt. Ana Ruiz of the county police", "say Ana Ruiz and Omar Tell").
    /// </summary>
    private static bool EndsClause(List<PhraseWord> words, TextSpan span)
    {
        int n = WordAtOrAfter(words, span.End);
        return n >= words.Count || words[n].IsPunct && words[n].Norm != "\"q" || words[n].Norm is "of" or "from" or "at" or "with" or "and";
    }

    private readonly Dictionary<int, bool> _noPerson = new();

    /// <summary>
    /// True when the cluster's name stands in the text more than three times as often as the cluster's own mentions of it
    /// as a person: a company or product the tagger now and then takes for one ("Intel has added …" among five "Intel
    /// processors"; "Hewlett announced …" among "Hewlett-Packard Co."). A pronoun is then not resolved to it.
    /// </summary>
    private bool MostlyNoPerson(int cluster)
    {
        if (_noPerson.TryGetValue(cluster, out var known)) return known;
        var name = _canonical[cluster].Name;
        int person = _mentions.TryGetValue(cluster, out var ms) ? ms.Count(e => e.Label == EntityLabel.PER && e.Span.Length == name.Length && e.Span.Of(_text) == name) : 0;
        int seen = 0;
        for (int i = name.Length == 0 ? -1 : _text.IndexOf(name, StringComparison.Ordinal); i >= 0 && seen <= 3 * person; i = _text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            if ((i == 0 || !char.IsLetterOrDigit(_text[i - 1])) && (i + name.Length >= _text.Length || !char.IsLetterOrDigit(_text[i + name.Length]))) seen++;
        return _noPerson[cluster] = person > 0 && seen > 3 * person;
    }

    /// <summary>True when the mention's cluster is named only after <paramref name="offset"/>.</summary>
    /// <summary>True when a mention of <paramref name="cluster"/> before <paramref name="offset"/> names it outside quotation marks.</summary>
    /// <summary>
    /// True when <paramref name="pronoun"/> follows a comma (", he said") and the sentence before, in the same paragraph, has a
    /// person a cue names outside quotation marks: the clause before the pronoun goes on with that report.
    /// </summary>
    private bool ContinuesReport(TextSpan pronoun, int si)
    {
        if (SentenceIndex(pronoun.Start) != si || !_text.AsSpan(0, pronoun.Start).TrimEnd().EndsWith(",")) return false;
        int ps = SentenceBefore(si);
        return ps >= 0 && ParagraphOf(_sentences[ps].Start) == ParagraphOf(pronoun.Start)
            && EntitiesIn(_sentences[ps]).Any(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && char.IsUpper(_text[e.Span.Start]) && NamedByCue(e, ps));
    }

    private bool NamedOutsideQuotesBefore(int cluster, int offset) =>
        _mentions.TryGetValue(cluster, out var ms) && ms.Exists(e => e.Span.End <= offset && !_inQuote[e.Span.Start] && !IsPronoun(e.Span));

    private bool NamedLater(Entity e, int offset) => e.Cluster >= 0 && _canonical.TryGetValue(e.Cluster, out var c) && c.Span.Start > offset;

    private bool IsPronoun(TextSpan s) => s.Length <= 4 && _text.Substring(s.Start, s.Length).ToLowerInvariant() is "he" or "she" or "him" or "her" or "his" or "hers" or "i" or "we" or "they" or "it" or "its";

    /// <summary>True unless the cluster's canonical mention is a pronoun (its name was taken for something else: "the Daniel Libeskind-designed theatre").</summary>
    private bool Named(int cluster) => cluster < 0 || !_canonical.TryGetValue(cluster, out var c) || !IsPronoun(c.Span);

    private ActorCoding? CodingOf(int cluster)
    {
        if (_clusterCoding.TryGetValue(cluster, out var c)) return c;
        ActorCoding? best = null;
        var mentions = _mentions.TryGetValue(cluster, out var ms) ? ms : [];
        foreach (var m in mentions.Where(e => e.Label == EntityLabel.PER).Take(20))
        {
            int si = SentenceIndex(m.Span.Start);
            var sentence = si >= 0 ? _sentences[si] : new TextSpan(0, _text.Length);
            var t = _titles.TitleBefore(_text, sentence, m.Span) ?? _titles.TitleAfter(_text, sentence, m.Span, _doc.Published);
            if (t is not null && (best is null || best.Country.Length == 0)) best = t;
        }
        if (best is null || best.Country.Length == 0)
        {
            foreach (var m in mentions.Where(e => e.Label == EntityLabel.PER).OrderByDescending(e => e.Span.Length).Take(20))
                if (_coder.CodeName(_text, m.Span, _doc.Published) is { } n)
                {
                    best = best is null ? n : new ActorCoding(n.Country + (best.Role.Length > 0 ? best.Role : n.Role), n.Country, best.Role.Length > 0 ? best.Role : n.Role, best.Evidence, n.Source);
                    break;
                }
        }
        _clusterCoding[cluster] = best;
        return best;
    }

    /// <summary>
    /// The coding of the person named at <paramref name="e"/>, with, where the cluster's has no country, the post set off
    /// before this mention ("Haiti's prime minister, Garry Conille, thanked …", as the actor stage reads it): enough to tell
    /// that a lede's "Kenya's interior minister" is someone else.
    /// </summary>
    private ActorCoding? CodingWithPost(Entity e)
    {
        var coding = CodingOf(e.Cluster);
        if (coding is { Country.Length: 3 } || SentenceIndex(e.Span.Start) is not (var si and >= 0)) return coding;
        return _titles.TitleApposedBefore(_text, _sentences[si], e.Span) ?? coding;
    }

    /// <summary>The person nearest to <paramref name="at"/> (within a few sentences) whose coding passes the test.</summary>
    private Speaker? NearestCluster(TextSpan at, int si, Func<ActorCoding?, bool> test, bool backOnly)
    {
        Entity? best = null;
        int bestDistance = int.MaxValue;
        int lo = Math.Max(0, si - 8), hi = backOnly ? si : Math.Min(_sentences.Count - 1, si + 3);
        var window = new TextSpan(Math.Max(_sentences[lo].Start, at.Start - SearchChars), Math.Max(at.End, Math.Min(_sentences[hi].End, at.End + SearchChars)));
        foreach (var e in EntitiesIn(window))
        {
            if (e.Label != EntityLabel.PER || e.Cluster < 0 || _inQuote[e.Span.Start]) continue;
            if (backOnly && e.Span.Start >= at.Start) continue;
            if (!test(CodingOf(e.Cluster))) continue;
            int d = e.Span.Start < at.Start ? at.Start - e.Span.End : (e.Span.Start - at.End) * 2; // prefer earlier mentions
            if (d < bestDistance) { bestDistance = d; best = e; }
        }
        return best is null ? null : FromEntity(best);
    }

    // Where statements are posted, not who posts them: "In a statement posted on its Telegram channel, the group said".
    private static readonly HashSet<string> Platforms = new(StringComparer.OrdinalIgnoreCase)
    {
        "Telegram", "X", "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Truth Social", "Weibo", "WeChat", "VKontakte",
        "Bluesky", "Threads", "Signal",
    };

    /// <summary>
    /// The author of the statement "the statement" refers to, from the nearest of the three sentences before (in the same or
    /// the previous paragraph) that names a statement: the one its phrase names ("a statement from the interior ministry",
    /// "a statement released by the armed forces", "a Defense Department news release"), else the speaker of its cue
    /// ("In a statement, the army said …", "The army issued a statement saying …", "The ministry said in a statement"); then one
    /// named up to eight sentences and three paragraphs before; then, with no statement named, the speaker of the report just
    /// before. Null when none.
    /// </summary>
    private Speaker? StatementAuthor(TextSpan at, int si)
    {
        int paragraph = ParagraphOf(at.Start);
        for (int s = si - 1; s >= 0 && si - s <= 3 && paragraph - ParagraphOf(_sentences[s].Start) <= 1; s--)
            if (NamesStatement(s, out var author)) return author;
        // (further back, a statement named three paragraphs before is still the one meant: "X said in a statement that …")
        for (int s = si - 1; s >= 0 && si - s <= 8 && paragraph - ParagraphOf(_sentences[s].Start) <= 3; s--)
            if (NamesStatement(s, out var author)) return author;
        // ('"Our units held," the statement read.' right after "The army said it had repelled the attack.", no statement named:
        // the speaker of the report just before, unless that is an unnamed civilian, who issues none: "A resident said …")
        return ReportSpeakerBefore(si, paragraph, sp => !(sp.Cluster is null && PhraseWords.Split(_text, sp.Span) is var said
            && (said.Exists(w => PlainPersons.Contains(w.Norm) || StatementNouns.Contains(w.Norm))
                || _coder.CodeWords(said, 0, said.Count, _doc.Published).LastOrDefault() is not { Role: not ("" or "CVL") })));
    }

    /// <summary>
    /// The speaker of the nearest report in the two sentences before sentence <paramref name="si"/> (same or previous
    /// paragraph) when <paramref name="accept"/> takes it; null when that report's speaker is a pronoun, none or not taken.
    /// </summary>
    private Speaker? ReportSpeakerBefore(int si, int paragraph, Func<Speaker, bool> accept)
    {
        for (int s = si - 1; s >= 0 && si - s <= 2 && paragraph - ParagraphOf(_sentences[s].Start) <= 1; s--)
        {
            var words = WordsOf(s);
            for (int c = 1; c < words.Count; c++)
            {
                if (CueAt(words, c) is null || Passive(words, c)) continue;
                var sp = SubjectOf(words, c, s, 0);
                return sp is null || IsPronoun(sp.Span) || !accept(sp) ? null : sp;
            }
        }
        return null;
    }

    /// <summary>
    /// True when sentence <paramref name="s"/> names a statement; <paramref name="author"/> is then its author (the one its
    /// phrase names, else the speaker of its cue), or null when it names none.
    /// </summary>
    private bool NamesStatement(int s, out Speaker? author)
    {
        author = null;
        var words = WordsOf(s);
        int j = words.FindIndex(w => StatementNouns.Contains(w.Norm));
        if (j < 0) return false;
        int by = j + 1 < words.Count && words[j + 1].Norm is "from" or "by" ? j + 2
            : j + 2 < words.Count && PublishVerbs.Contains(words[j + 1].Norm) && words[j + 2].Norm == "by" ? j + 3 : -1;
        if (by > 0 && by < words.Count)
        {
            // (the author's phrase ends before the sentence's verb: "A statement from the interior ministry said …")
            int end = by + 1;
            while (end < words.Count && !words[end].IsPunct && CueAt(words, end) is null) end++;
            author = NounPhraseFrom(words.GetRange(0, end), by, s);
            return true;
        }
        if (StatementOwner(words, j) is { } owner) { author = owner; return true; }
        for (int c = 1; c < words.Count; c++)
        {
            if (CueAt(words, c) is null || Passive(words, c) || words[c].Norm == "according") continue;
            var sp = SubjectOf(words, c, s, 0);
            if (sp is not null && !(PhraseWords.Split(_text, sp.Span) is var said && said.Count > 0 && StatementNouns.Contains(said[^1].Norm))) author = sp;
            return true;
        }
        return true;
    }

    /// <summary>
    /// The name before a statement noun that owns it: "a Defense Department news release", "an army statement" is not one
    /// (lower case). An organisation entity there, else the run of capitalised words; null when there is none.
    /// </summary>
    private Speaker? StatementOwner(List<PhraseWord> words, int j)
    {
        int last = j - 1;
        if (last >= 0 && IsPlainWord(words[last]) && !Determiners.Contains(words[last].Norm)) last--;   // "news release", "joint statement"
        if (last < 0 || !words[last].Capitalised || words[last].IsPunct) return null;
        if (EntityAt(words[last].Start) is { Label: EntityLabel.ORG } org) return FromEntity(org);
        int first = last;
        while (first - 1 >= 0 && words[first - 1].Capitalised && !words[first - 1].IsPunct && j - first < 5) first--;
        // (a sentence's first word is no name by its capital: "Officials said in a statement …" has none before it)
        if (first == 0 && first == last) return null;
        var span = new TextSpan(words[first].Start, words[last].End);
        return new Speaker(span.Of(_text), span, null);
    }

    /// <summary>The last organisation named (outside quotes, within a few paragraphs) whose name ends with the word: "Health Ministry" for "ministry".</summary>
    private Speaker? NearestOrgEndingWith(TextSpan at, string head)
    {
        Entity? best = null;
        foreach (var e in EntitiesIn(new TextSpan(Math.Max(0, at.Start - 1500), at.Start)))
            if (e.Label == EntityLabel.ORG && !_inQuote[e.Span.Start] && e.Span.Of(_text).EndsWith(" " + head, StringComparison.OrdinalIgnoreCase)) best = e;
        return best is null ? null : FromEntity(best);
    }

    // The last word of a company's name: "Harlow Mills Corp.", "Brandt Holdings PLC".
    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Corp", "Corporation", "Inc", "Incorporated", "Co", "Company", "PLC", "Ltd", "Limited", "LLC", "AG", "SA", "NV", "GmbH", "Holdings", "Group",
    };

    private bool IsCompanyName(Entity e) =>
        e.Label == EntityLabel.ORG && e.Span.Of(_text).TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } w && CompanySuffixes.Contains(w[^1]);

    /// <summary>
    /// The company "the company" stands for: of the organisations named (outside quotes) before <paramref name="at"/>
    /// whose name carries a company's suffix, the one whose first word the text has used most before
    /// it ("Harlow Mills Corp." … "Harlow Mills blamed …"), at least twice and once in this paragraph or the one before, the
    /// first named on a tie. A company named once in passing ("approved by the Federal Deposit Insurance Corp.") is not the
    /// article's company, nor is one a roundup left paragraphs ago. Null when none.
    /// </summary>
    private Speaker? NearestCompany(TextSpan at)
    {
        Entity? best = null;
        int bestCount = 1;
        int recent = _paragraphs.Count == 0 ? 0 : _paragraphs[Math.Max(0, ParagraphOf(at.Start) - 1)].Start;
        foreach (var e in EntitiesIn(new TextSpan(0, at.Start)))
        {
            if (!IsCompanyName(e) || _inQuote[e.Span.Start]) continue;
            var word = e.Span.Of(_text).Split(' ')[0];
            int count = WordUses(word, 0, at.Start);
            if (count > bestCount && WordUses(word, recent, at.Start) > 0) (best, bestCount) = (e, count);
        }
        best ??= LedeCompany(at);
        return best is null ? null : FromEntity(best);
    }

    /// <summary>
    /// The company an article opens with, its lede's subject ("UNIFIRST Corp. declared a 2-for-1 stock split." … "…, the
    /// company said"), named once or more: the first organisation of the text's first three sentences (a headline and a date
    /// line may come first), with a company's suffix, opening its sentence (after "The" at most) and not an owner ("Ratners
    /// Group PLC's U.S. subsidiary agreed to …" is about the subsidiary). Null when the article opens otherwise.
    /// </summary>
    private Entity? LedeCompany(TextSpan at)
    {
        if (_sentences.Count == 0) return null;
        var opening = new TextSpan(_sentences[0].Start, _sentences[Math.Min(2, _sentences.Count - 1)].End);
        var first = EntitiesIn(opening).FirstOrDefault(e => e.Label == EntityLabel.ORG && !_inQuote[e.Span.Start]);
        if (first is null || first.Span.End > at.Start || !IsCompanyName(first)) return null;
        int si = SentenceIndex(first.Span.Start);
        var before = _text.AsSpan(_sentences[si].Start, first.Span.Start - _sentences[si].Start).Trim();
        if (!before.IsEmpty && !before.Equals("The", StringComparison.OrdinalIgnoreCase)) return null;
        var after = _text.AsSpan(first.Span.End);
        return after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal) ? null : first;
    }

    /// <summary>How often <paramref name="word"/> stands as a whole word in the text from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private int WordUses(string word, int start, int end)
    {
        int n = 0;
        // (a name the lede writes in capitals, "UNIFIRST Corp.", is "UniFirst" after)
        var how = word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (int i = _text.IndexOf(word, start, how); i >= 0 && i + word.Length <= end; i = _text.IndexOf(word, i + word.Length, how))
            if ((i == 0 || !char.IsLetterOrDigit(_text[i - 1])) && (i + word.Length >= _text.Length || !char.IsLetterOrDigit(_text[i + word.Length]))) n++;
        return n;
    }

    private Speaker? NearestOrg(TextSpan at)
    {
        Entity? best = null;
        foreach (var e in EntitiesIn(new TextSpan(Math.Max(0, at.Start - 600), at.Start)))
            if (e.Label == EntityLabel.ORG && !_inQuote[e.Span.Start] && !Platforms.Contains(e.Span.Of(_text))) best = e;
        return best is null ? null : FromEntity(best);
    }

    /// <summary>"the spokesperson" → the person the article introduced with that word next to their name.</summary>
    /// <summary>True unless <paramref name="coding"/> names a country and the speaker's cluster is coded with another or none.</summary>
    private bool OfCountry(Speaker speaker, ActorCoding? coding) =>
        coding is not { Country.Length: 3 } || speaker.Cluster is { } c && CodingOf(c) is { } own && own.Country == coding.Country;

    private Speaker? NearestByTitle(TextSpan at, int si, string head, int after = 0)
    {
        if (head.Length < 3) return null;
        for (int s = si; s >= 0 && si - s <= 10; s--)
        {
            var span = _sentences[s];
            if (span.End < at.Start - SearchChars) break;
            var window = new TextSpan(Math.Max(span.Start, at.Start - SearchChars), Math.Max(Math.Max(span.Start, at.Start - SearchChars), Math.Min(span.End, at.Start)));
            // (names only: a pronoun coreference tagged, "his brother said", is no one titled so)
            // (not a name inside a quote: '“Bush was briefed,” the diplomat said' does not title Bush; and the word whole:
            // "diplomats said Bush ..." does not either)
            foreach (var e in EntitiesIn(window).Where(e => e.Label == EntityLabel.PER && e.Cluster >= 0 && e.Span.End <= at.Start && e.Span.Start >= after
                                                            && !IsPronoun(e.Span) && !_inQuote[e.Span.Start]).Reverse())
            {
                int from = Math.Max(span.Start, e.Span.Start - 60), to = Math.Min(span.End, e.Span.End + 60);
                var near = _text.AsSpan(from, to - from);
                if (ContainsWord(near, head)) return FromEntity(e);
                if (TitleAbbreviations.TryGetValue(head, out var abbr) && near.Contains(abbr + " ", StringComparison.Ordinal)) return FromEntity(e);
            }
        }
        return null;
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="word"/> (any case) as a whole word.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        for (int from = 0; from < text.Length;)
        {
            int i = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return false;
            int s = from + i, e = s + word.Length;
            if ((s == 0 || !char.IsLetter(text[s - 1])) && (e >= text.Length || !char.IsLetter(text[e]))) return true;
            from = s + 1;
        }
        return false;
    }

    /// <summary>
    /// "“…,” said a village chief, who asked not to be named. … The chief said …": "the" and a head noun that no named person
    /// carries are the unnamed person an earlier "a"/"an"/"one"/"another" (or "his", "her", "their": "his brother said") phrase with that head
    /// brought in (within three paragraphs, outside quotes, up to three words between the article and the head). Null when
    /// there is none.
    /// </summary>
    private Speaker? IndefiniteBefore(TextSpan at, string head) =>
        EarlierPhrase(at, head, definite: false) is { } span ? new Speaker(span.Of(_text), span, null) : null;

    /// <summary>
    /// The last phrase before <paramref name="at"/> (within three paragraphs, outside quotes) with the head word and, up to
    /// three words before it, "a"/"an"/"his"/"her"/"their" (or, <paramref name="definite"/>, "the" or an owner's possessive: "The mayor of Tarsel",
    /// "the army's spokesman"): its span from that word to the head.
    /// </summary>
    private TextSpan? EarlierPhrase(TextSpan at, string head, bool definite)
    {
        int paragraph = ParagraphOf(at.Start);
        if (paragraph < 0 || head.Length < 3) return null;
        int floor = Math.Max(_paragraphs[Math.Max(0, paragraph - 3)].Start, at.Start - SearchChars);
        for (int h = at.Start - head.Length; h > floor; h--)
        {
            int end = h + head.Length;
            if (string.Compare(_text, h, head, 0, head.Length, StringComparison.OrdinalIgnoreCase) != 0 || _inQuote[h]
                || end < _text.Length && char.IsLetter(_text[end]) || char.IsLetter(_text[h - 1]))
                continue;
            // back over up to three words to "a"/"an", with nothing but spaces between them
            int w = h;
            for (int words = 0; words <= 3; words++)
            {
                int e = w;
                while (e > floor && _text[e - 1] == ' ') e--;
                int b = e;
                while (b > floor && (char.IsLetter(_text[b - 1]) || _text[b - 1] == '-')) b--;
                if (b == e || e == w) break;
                var word = _text[b..e].ToLowerInvariant();
                // ("his brother said …" ¶ '“…,” the brother said': kin brought in with a pronoun's possessive are as unnamed)
                if (definite ? word == "the" : word is "a" or "an" or "one" or "another" or "his" or "her" or "their") return new TextSpan(b, end);
                // (an owner's possessive: "Iran's deputy foreign minister"; its start is the owner's)
                if (definite && word == "s" && b - 1 > floor && _text[b - 1] is '\'' or '’')
                {
                    int o = b - 1;
                    while (o > floor && (char.IsLetter(_text[o - 1]) || _text[o - 1] == '-')) o--;
                    return o < b - 1 ? new TextSpan(o, end) : null;
                }
                // (a nearer "the" description of its own, "the first law enforcement official", is the one meant, not the
                // unnamed one brought in before it; a bare "the official" only repeats it)
                if (!definite && word == "the" && words > 0) return null;
                if (Determiners.Contains(word)) break;
                w = b;
            }
        }
        return null;
    }

    /// <summary>
    /// "The EU's foreign policy chief said …" ¶ "“…,” Kaja Kallas told a news conference": a news report's delayed
    /// identification. The person a title stands for, where the text never puts the title next to the name, is the first
    /// person named after it when that person is named in the very next paragraph, is not mentioned before, and speaks there
    /// (a cue right before or after the name, past an apposition). Null when that person is coded for another country or
    /// role, or carries the head word with a rank ("Deputy Foreign Minister X" after "the foreign minister").
    /// </summary>
    private Speaker? NamedNext(TextSpan at, string head, ActorCoding? coding)
    {
        int paragraph = ParagraphOf(at.Start);
        if (paragraph < 0 || paragraph + 1 >= _paragraphs.Count) return null;
        // (a title after a name in its sentence may describe that name: "Omar Tell, the port's chief and …, commented")
        if (SentenceIndex(at.Start) is var own && own >= 0
            && EntitiesIn(new TextSpan(_sentences[own].Start, at.Start)).Any(e => e.Label == EntityLabel.PER && !_inQuote[e.Span.Start]))
            return null;
        Entity? first = null;
        for (int i = EntityAtOrAfter(at.End); i < _entities.Count && first is null; i++)
        {
            var e = _entities[i];
            if (e.Span.Start >= _paragraphs[paragraph + 1].End) return null;
            if (e.Label == EntityLabel.PER && !_inQuote[e.Span.Start] && char.IsUpper(_text[e.Span.Start]) && !IsPronoun(e.Span)) first = e;
        }
        if (first is null || first.Cluster < 0 || ParagraphOf(first.Span.Start) != paragraph + 1) return null;
        if (_mentions.TryGetValue(first.Cluster, out var ms) && ms.Exists(m => m.Span.Start < at.Start && m.Label == EntityLabel.PER)) return null;
        var other = CodingWithPost(first);
        if (coding is { Country.Length: 3 } && other is { Country.Length: 3 } && coding.Country != other.Country
            || coding is { Role.Length: > 0 } && other is { Role.Length: > 0 } && coding.Role != other.Role)
            return null;
        int si = SentenceIndex(first.Span.Start);
        if (si < 0) return null;
        var words = WordsOf(si);
        int n = WordAtOrAfter(words, first.Span.Start), past = WordAtOrAfter(words, first.Span.End);
        if (n >= words.Count || words[n].Start != first.Span.Start) return null;
        // (the title words before the name: another office with the same head, "Deputy Foreign Minister")
        for (int b = n - 1; b >= 0 && n - b <= 4 && !words[b].IsPunct && (words[b].Capitalised || _coder.Lexicon.IsTitleWord(words[b])); b--)
            if (RankWords.Contains(words[b].Norm) || words[b].Norm == head && !WholeTitle(words[b].Start, _sentences[si].Start)) return null;
        // (or in the apposition after it: "Amina Bakari, the party's deputy chairwoman," is not "The party's secretary-general")
        if (past < words.Count && words[past].Norm == ",")
            for (int a = past + 1; a < words.Count && a - past <= MaxAppositionWords && !words[a].IsPunct; a++)
                if (RankWords.Contains(words[a].Norm)) return null;
        bool cueBefore = false;
        for (int c = n - 1; c >= 0 && n - c <= 3 && !cueBefore; c--) cueBefore = CueAt(words, c) is { Last: var last } && last == n - 1;
        if (cueBefore) return FromEntity(first);
        if (past < words.Count && words[past].Norm == ",")
        {
            int close = past + 1;
            while (close < words.Count && close - past <= MaxAppositionWords && words[close].Norm is not ("," or "\"q")) close++;
            if (close >= words.Count || words[close].Norm != ",") return null;
            past = close + 1;
        }
        while (past < words.Count && Skippable.Contains(words[past].Norm)) past++;
        return past < words.Count && CueAt(words, past) is not null && !Passive(words, past) ? FromEntity(first) : null;
    }

    // Words that make a title another office: "Deputy Foreign Minister X" is not "the foreign minister".
    private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal)
    {
        "deputy", "vice", "assistant", "former", "ex", "acting", "junior", "shadow", "under", "interim", "outgoing", "late",
    };

    /// <summary>
    /// "Mali's foreign minister said on Tuesday …" in a lede, then "Foreign Minister Abdoulaye Diop told reporters …": a single
    /// person's title that no one named before carries is the first person named later, within three paragraphs, with that
    /// title right before the name or in an apposition right after it ("the minister, Jorge Alves"; "Diop, the foreign
    /// minister,"). Null when the first such person is coded for another country or role (a police spokesman for an army one).
    /// </summary>
    private Speaker? LaterByTitle(TextSpan at, string title, ActorCoding? coding)
    {
        if (title.Length < 3) return null;
        int paragraph = ParagraphOf(at.Start);
        if (paragraph < 0) return null;
        for (int i = EntityAtOrAfter(at.End); i < _entities.Count; i++)
        {
            var e = _entities[i];
            int p = ParagraphOf(e.Span.Start);
            if (p < 0 || p - paragraph > 3) break;
            if (e.Label != EntityLabel.PER || e.Cluster < 0 || _inQuote[e.Span.Start] || !TitledAs(e.Span, title)) continue;
            var other = CodingWithPost(e);
            bool otherCountry = coding is { Country.Length: 3 } && other is { Country.Length: 3 } && coding.Country != other.Country;
            bool otherRole = coding is { Role.Length: > 0 } && other is { Role.Length: > 0 } && coding.Role != other.Role;
            return otherCountry || otherRole ? null : FromEntity(e);
        }
        return null;
    }

    /// <summary>
    /// True when the title stands right before the name ("Foreign Minister Abdoulaye Diop", "the minister, Jorge Alves") or in
    /// an apposition with "the" or a possessive right after it ("Diop, Mali's foreign minister,"), in the name's sentence,
    /// and no rank word makes it another office ("Deputy Foreign Minister").
    /// </summary>
    private bool TitledAs(TextSpan name, string title)
    {
        int si = SentenceIndex(name.Start);
        if (si < 0) return false;
        var sentence = _sentences[si];
        var before = _text.AsSpan(sentence.Start, name.Start - sentence.Start).TrimEnd().TrimEnd(',').TrimEnd();
        if (before.EndsWith(title, StringComparison.OrdinalIgnoreCase) && WholeTitle(sentence.Start + before.Length - title.Length, sentence.Start))
            return true;
        var after = _text.AsSpan(name.End, Math.Max(0, Math.Min(sentence.End, name.End + 80) - name.End));
        if (!after.StartsWith(", ")) return false;
        after = after[2..];
        int comma = after.IndexOfAny(',', '.');
        var apposition = comma < 0 ? after : after[..comma];
        if (!apposition.EndsWith(title, StringComparison.OrdinalIgnoreCase)) return false;
        var opener = apposition[..(apposition.IndexOf(' ') is var sp and > 0 ? sp : 0)];
        return (opener.Equals("the", StringComparison.OrdinalIgnoreCase) || opener.EndsWith("'s") || opener.EndsWith("’s"))
               && WholeTitle(name.End + 2 + apposition.Length - title.Length, name.End + 2);
    }

    /// <summary>True when the title found at <paramref name="start"/> begins a word and the word before it is no rank word.</summary>
    private bool WholeTitle(int start, int floor)
    {
        if (start > floor && char.IsLetterOrDigit(_text[start - 1])) return false;
        int end = start;
        while (end > floor && _text[end - 1] == ' ') end--;
        int begin = end;
        while (begin > floor && char.IsLetter(_text[begin - 1])) begin--;
        return !RankWords.Contains(_text[begin..end].ToLowerInvariant());
    }

    // ---------------------------------------------------------------- sentences

    private int SentenceIndex(int offset)
    {
        int at = TextAround.IndexHolding(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sentences), static s => s, offset);
        if (at >= 0) return at;
        // Between sentences (a mark outside every sentence span): the sentence just before.
        return ~at - 1 >= 0 ? ~at - 1 : (_sentences.Count > 0 ? 0 : -1);
    }

    /// <summary>A quotation mark around a title inside a phrase ('NBC's "Today" show'), or a quotation standing as one word.</summary>
    private static bool TitleMark(PhraseWord w) => w.Norm is "\"q" or "\"" or "“" or "”";

    /// <summary>The sentence's words outside quotations; each quotation stands as one punctuation word "\"q".</summary>
    private List<PhraseWord> WordsOf(int si)
    {
        if (_wordCache.TryGetValue(si, out var cached)) return cached;
        var all = PhraseWords.Split(_text, _sentences[si]);
        var words = new List<PhraseWord>(all.Count);
        bool lastWasQuote = false;
        foreach (var w in all)
        {
            if (_inQuote[w.Start])
            {
                // a closing mark that opens the sentence belongs to the sentence before (the segmenter cut before it)
                if (words.Count == 0 && _closing[w.Start]) continue;
                if (!lastWasQuote) words.Add(new PhraseWord(w.Start, w.End, "\"q", true, false, false, false));
                lastWasQuote = true;
                continue;
            }
            lastWasQuote = false;
            // ("the company 's vice president", "Saudi Arabia 's Civil Defense Authority": spaced wire copy splits the possessive
            // off its word; it is that word's, as "company's" is)
            if (w.Norm == "s" && words.Count >= 2 && words[^1].Norm is "'" or "’" && words[^1].Start == w.Start - 1 && words[^2] is { IsPunct: false } owner
                && owner.End < words[^1].Start)
            {
                words.RemoveAt(words.Count - 1);
                words[^1] = owner with { Possessive = true };
                continue;
            }
            words.Add(w);
        }
        _wordCache[si] = words;
        return words;
    }
}
