using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Names (PER/ORG/LOC/MISC) per sentence from the statistical tagger, then within-article
/// coreference: sets <see cref="Layer.Entities"/> and, through <see cref="EntityClusters"/>,
/// <see cref="Layer.Clusters"/>. Works on whatever tokens the Tokens layer holds.
/// Without a model it adds no entities and reports <see cref="NoModelCode"/> on each document.
/// </summary>
public sealed class EntityStage : Stage
{
    public const string RelativeModelPath = "models/ner.bin.gz";
    public const string NoModelCode = "NER001";
    /// <summary>Sentences longer than this are tagged in windows: bounded stack use and time on run-on text.</summary>
    private const int MaxSentenceTokens = 400;

    private readonly NerModel? _model;
    private readonly string? _problem;
    private readonly Coreference _coref;

    public EntityStage(NerModel? model, string? problem = null) : base("entities", Layer.Entities, Layer.Sentences, Layer.Tokens)
    {
        _model = model;
        _problem = problem;
        _coref = new Coreference(model?.Lexicon ?? NerLexicon.Empty);
    }

    /// <summary>The stage with the project's model, or a model-less stage whose documents carry a diagnostic.</summary>
    public static EntityStage Create(DataDirectory data)
    {
        var path = ModelPath(data);
        if (path is null)
            return new EntityStage(null, $"No NER model at {RelativeModelPath}; entities are not tagged. Run `sitrep train ner` or restore the file from git.");
        var (model, problem) = LoadCached(path);
        return new EntityStage(model, problem);
    }

    /// <summary>Where the model is: the data directory's explicit dir, then the checkout's models/.</summary>
    public static string? ModelPath(DataDirectory data) => data.FindProjectFile(RelativeModelPath);

    private static readonly Dictionary<string, (NerModel?, string?)> Cache = new();

    // Pipelines are built per command and per test; the model (tens of MB in memory) loads once per file.
    private static (NerModel?, string?) LoadCached(string path)
    {
        lock (Cache)
        {
            var full = Path.GetFullPath(path);
            var stamp = full + "|" + File.GetLastWriteTimeUtc(full).Ticks;
            if (Cache.TryGetValue(stamp, out var hit)) return hit;
            (NerModel?, string?) result;
            try { result = (NerModel.Load(full), null); }
            catch (Exception e) when (e is InvalidDataException or IOException or EndOfStreamException)
            {
                result = (null, $"The NER model {full} could not be read ({e.Message}); entities are not tagged.");
            }
            Cache[stamp] = result;
            return result;
        }
    }

    public override void Run(ArticleDocument document)
    {
        if (_model is null)
        {
            document.Report(new Diagnostic(NoModelCode, Severity.Warning, _problem ?? "No NER model loaded."));
            document.Entities = ImmutableArray<Entity>.Empty;
            EntityClusters.Set(document, []);
            return;
        }
        var text = document.Text;
        var tokens = TaggerTokens(document);
        var names = new List<(TextSpan Span, EntityLabel Label)>();
        // the tagger reads Title Case headlines with the words the article writes in lower case lowered
        var read = TitleCaseLines.Lowered(text, tokens, document.Sentences.Select(s => s.Span.Start).ToList()) ?? text;
        int t = 0;
        var spans = new List<TextSpan>();
        foreach (var sentence in document.Sentences)
        {
            while (t < tokens.Length && tokens[t].Start < sentence.Span.Start) t++;
            spans.Clear();
            while (t < tokens.Length && tokens[t].End <= sentence.Span.End)
            {
                if (!document.IsBoilerplate(tokens[t])) spans.Add(tokens[t]);
                t++;
            }
            // A wire dateline is read apart from its lede ("NAIROBI, Kenya (Wire) — The Kenyan government ..."): after it, the
            // lede's first word is a sentence's first word, whose capital names nothing ("The Kenyan" is no organisation).
            // (not one set off by a colon only: "DYER: The second year ..." is a transcript's speaker)
            int split = Dateline.At(text, sentence.Span.Start, sentence.Span.End) is { } dateline && !text.AsSpan(dateline.Span.Start, dateline.Span.Length).TrimEnd().EndsWith(":")
                ? spans.FindIndex(s => s.Start >= dateline.Span.End) : -1;
            if (split <= 0) split = spans.Count;
            for (int start = 0, n; start < spans.Count; start += n)
            {
                n = Math.Min(MaxSentenceTokens, (start < split ? split : spans.Count) - start);
                var window = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(spans).Slice(start, n);
                var found = _model.TagSentence(read, window);
                if (!ReferenceEquals(read, text) && !text.AsSpan(sentence.Span.Start, sentence.Span.Length).SequenceEqual(read.AsSpan(sentence.Span.Start, sentence.Span.Length)))
                {
                    // Lowering the headline's common words shows where its names end; a name that both readings find whole
                    // keeps the label of the capitals ("… Offers a Truce With Turkey": the place, not a party to the truce).
                    var capitals = _model.TagSentence(text, window);
                    for (int k = 0; k < found.Count; k++)
                        foreach (var c in capitals)
                            if (c.Span == found[k].Span) found[k] = c;
                }
                names.AddRange(found);
            }
        }
        WholeDatelinePlaces(text, names);
        PersonsAfterOwners(text, names);
        PlacesOfOffices(text, names);
        FirstNamesBeforePersons(text, names, _model.Lexicon);
        OrganisationsJoinedByAnd(text, names);
        var (entities, clusters) = _coref.Resolve(document, names, tokens);
        document.Entities = entities;
        EntityClusters.Set(document, clusters);
    }

    /// <summary>
    /// "GAZA CITY, Nov 24 (Wire) -": a place the tagger found inside a dateline's place in capitals is the whole of it
    /// (it took "GAZA" alone); a person it found there is a place, and so is every person or organisation tagged with the
    /// dateline place's words elsewhere.
    /// </summary>
    internal static void WholeDatelinePlaces(string text, List<(TextSpan Span, EntityLabel Label)> names)
    {
        HashSet<string>? renamed = null;
        for (int k = 0; k < names.Count; k++)
        {
            var (span, label) = names[k];
            if (label != EntityLabel.LOC && label != EntityLabel.PER) continue;
            if (Dateline.LineStart(text, span.Start, 40) < 0) continue;
            if (Dateline.OfLine(text, span) is not { } d || !d.Place.Contains(span)) continue;
            // "MARIB, Yemen (AP) —": a dateline names a place, whatever the tagger took it for; so do the same words elsewhere
            // in the article ("on the outskirts of Marib city", "Marib has been the target")
            // (only a wire's dateline, with a credit or a comma before its dash: "HARVEY: ..." in a transcript names a speaker)
            bool wire = d.IsWire(text);
            if (label == EntityLabel.PER && !wire) continue;
            if (label == EntityLabel.PER) names[k] = (span, label = EntityLabel.LOC);
            if (wire) (renamed ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(span.Of(text));
            if (d.Place == span) continue;
            // (no other name inside the place: the tagger split it, as "GAZA" "CITY" would be)
            bool alone = true;
            for (int o = 0; o < names.Count && alone; o++) alone = o == k || !names[o].Span.Overlaps(d.Place);
            if (alone) names[k] = (d.Place, label);
        }
        if (renamed is null) return;
        for (int k = 0; k < names.Count; k++)
            if (names[k].Label is EntityLabel.PER or EntityLabel.ORG && renamed.Contains(names[k].Span.Of(text))) names[k] = (names[k].Span, EntityLabel.LOC);
    }

    /// <summary>
    /// "[Al Jazeera's Hiba Morgan], reporting from Omdurman, said": a person the tagger ran on over an owner's possessive is
    /// the name after it (a correspondent, a minister: "Mali's Foreign Minister X"); the owner keeps the label the tagger gave
    /// the same words elsewhere in the article, else it is left untagged (it may be an outlet, a country or a person).
    /// </summary>
    internal static void PersonsAfterOwners(string text, List<(TextSpan Span, EntityLabel Label)> names)
    {
        for (int k = 0; k < names.Count; k++)
        {
            var (span, label) = names[k];
            if (label != EntityLabel.PER) continue;
            int cut = -1, after = -1;
            for (int i = span.Start + 1; i + 2 < span.End && cut < 0; i++)
            {
                if (text[i] is not ('\'' or '\u2019')) continue;
                int end = text[i + 1] is 's' or 'S' ? i + 2 : text[i - 1] is 's' ? i + 1 : -1;
                if (end > 0 && end + 1 < span.End && text[end] == ' ' && char.IsUpper(text[end + 1])) (cut, after) = (i, end + 1);
            }
            if (cut < 0) continue;
            names[k] = (new TextSpan(after, span.End), label);
            int ownerEnd = cut;
            while (ownerEnd > span.Start && text[ownerEnd - 1] == ' ') ownerEnd--;   // (tokenised text: "FTU 's Kwok Wai-keung")
            var owner = new TextSpan(span.Start, ownerEnd);
            var ownerText = text.AsSpan(owner.Start, owner.Length);
            foreach (var (other, otherLabel) in names)
                if (other != owner && other.Length == owner.Length && text.AsSpan(other.Start, other.Length).SequenceEqual(ownerText))
                {
                    names.Insert(k, (owner, otherLabel));
                    k++;
                    break;
                }
        }
    }

    // Words whose "of" names a place, never a person: "the mayor of Derna", "residents of Mykolaiv", "the outskirts of Zawiya".
    private static readonly string[] PlaceOwners =
    [
        "mayor", "governor", "city", "town", "village", "residents", "people", "outskirts", "streets", "centre", "center",
        "province", "district", "port", "suburbs", "east", "west", "north", "south",
    ];

    /// <summary>
    /// "The mayor of Derna said …": a name the tagger took for a person (a place it does not know) right after a word whose
    /// "of" names a place is a place, and so is every other person tagged with the same words in the article (the headline's
    /// "Derna"). Without this the mayor's words went to "Derna".
    /// </summary>
    internal static void PlacesOfOffices(string text, List<(TextSpan Span, EntityLabel Label)> names)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (span, label) in names)
        {
            if (label != EntityLabel.PER) continue;
            int e = span.Start;
            while (e > 0 && text[e - 1] == ' ') e--;
            if (e < 3 || !text.AsSpan(e - 3, 3).Equals(" of", StringComparison.Ordinal)) continue;
            e -= 3;
            int b = e;
            while (b > 0 && char.IsLetter(text[b - 1])) b--;
            if (b < e && PlaceOwners.Contains(text[b..e].ToLowerInvariant())) places.Add(span.Of(text));
        }
        if (places.Count == 0) return;
        for (int k = 0; k < names.Count; k++)
            if (names[k].Label == EntityLabel.PER && places.Contains(names[k].Span.Of(text))) names[k] = (names[k].Span, EntityLabel.LOC);
    }

    // What a capitalised word before a name must not be to be part of it: a title ("President"), a word mostly written in
    // lower case ("Meanwhile", "Tuesday" is not), a country, its people, a place or an organisation's head.
    private const LexKind NotAName = LexKind.Title | LexKind.Honorific | LexKind.Lowerish | LexKind.Country | LexKind.Demonym
        | LexKind.City | LexKind.Region | LexKind.Org | LexKind.OrgWord | LexKind.LocWord;

    /// <summary>The lexicon's kinds of one word: as a phrase of its own (a title, a country) and as a word (a first name).</summary>
    private static LexKind KindsOf(NerLexicon lexicon, ReadOnlySpan<char> word)
    {
        ulong folded = NerHash.Folded(word);
        lexicon.LongestPhrase([folded], 0, out var phrase);
        return phrase | lexicon.Word(folded);
    }

    /// <summary>
    /// "Tedros Adhanom Ghebreyesus told reporters …" tagged "Adhanom Ghebreyesus": a capitalised word right before a person
    /// the tagger left out is the person's first name when the lexicon knows it as one or the article uses it alone for the
    /// speaker ("'…,' Tedros said"); without it the later quote had no speaker.
    /// </summary>
    internal static void FirstNamesBeforePersons(string text, List<(TextSpan Span, EntityLabel Label)> names, NerLexicon lexicon)
    {
        for (int k = 0; k < names.Count; k++)
        {
            var (span, label) = names[k];
            int e = span.Start - 1;
            if (label != EntityLabel.PER || e < 2 || text[e] != ' ') continue;
            int b = e;
            while (b > 0 && char.IsLetter(text[b - 1])) b--;
            if (b == e || e - b < 2 || !char.IsUpper(text[b]) || !char.IsLower(text[e - 1])) continue;
            // (a word run on from a possessive, a hyphen or a full stop is no first name: "Kenya's", "U.N.")
            if (b > 0 && (char.IsLetterOrDigit(text[b - 1]) || text[b - 1] is '\'' or '\u2019' or '-' or '.')) continue;
            var before = new TextSpan(b, e);
            if (names.Exists(n => n.Span.Overlaps(before))) continue;
            var word = text.AsSpan(b, e - b);
            var kinds = KindsOf(lexicon, word);
            if ((kinds & NotAName) != 0) continue;
            if ((kinds & LexKind.FirstName) == 0 && !SpeaksAlone(text, word.ToString())) continue;
            names[k] = (new TextSpan(b, span.End), label);
        }
    }

    // "Tedros said", "said Tedros.": the word alone names a speaker somewhere in the article.
    private static bool SpeaksAlone(string text, string word) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![\w'\u2019-])" + System.Text.RegularExpressions.Regex.Escape(word)
            + @" (?:said|says|told|added)\b|\bsaid " + System.Text.RegularExpressions.Regex.Escape(word) + @"(?![\w'\u2019-]| [A-Z])");

    // Heads of the bodies named for two groups they join ("Farmers and Herders Council"); not every organisation's head
    // ("Hang Seng and Singapore Straits Times" are two names).
    private static readonly HashSet<string> JoinedHeads = new(StringComparer.Ordinal)
    {
        "Forum", "Council", "Committee", "Association", "Federation", "Alliance", "Coalition", "Network", "Union", "Society",
        "Foundation", "Commission", "League", "Movement", "Front", "Service", "Administration",
    };

    /// <summary>
    /// "the Hostages and Missing Families Forum said" tagged "Missing Families Forum": an organisation whose name ends in a
    /// joining body's head word (a forum, a council), right after "and" and capitalised words no name holds, began with
    /// those words.
    /// </summary>
    internal static void OrganisationsJoinedByAnd(string text, List<(TextSpan Span, EntityLabel Label)> names)
    {
        for (int k = 0; k < names.Count; k++)
        {
            var (span, label) = names[k];
            if (label != EntityLabel.ORG || span.Start < 6 || !text.AsSpan(span.Start - 5, 5).SequenceEqual(" and ")) continue;
            int last = span.End;
            while (last > span.Start && char.IsLetter(text[last - 1])) last--;
            var head = text.AsSpan(last, span.End - last);
            if (!JoinedHeads.Contains(head.ToString())) continue;
            // up to three capitalised words before "and", not "The" that opens the sentence
            int start = -1;
            for (int e = span.Start - 5, words = 0; words < 3; words++)
            {
                int b = e;
                while (b > 0 && char.IsLetter(text[b - 1])) b--;
                if (b == e || !char.IsUpper(text[b]) || !char.IsLower(text[e - 1]) || text.AsSpan(b, e - b) is "The" or "A" or "An") break;
                start = b;
                if (b < 2 || text[b - 1] != ' ') break;
                e = b - 1;
            }
            if (start < 0) continue;
            var added = new TextSpan(start, span.Start);
            if (names.Exists(n => n.Span.Overlaps(added))) continue;
            names[k] = (new TextSpan(start, span.End), label);
        }
    }

    /// <summary>
    /// The document's tokens as the tagger reads them, which is as its training text was split: a possessive ending
    /// is a token of its own ("Obama’s" → "Obama" + "’s", "rebels'" → "rebels" + "'") and a hyphenated word is one
    /// ("al - Sham" → "al-Sham", "rebel-held"). The foundation keeps "Russia’s" whole (a word the tagger never saw:
    /// it called it an organisation, and a name's span took the ending in) and splits hyphens.
    /// </summary>
    internal static TextSpan[] TaggerTokens(ArticleDocument document)
    {
        var text = document.Text;
        var source = document.Tokens;
        var tokens = new List<TextSpan>(source.Length + 16);
        for (int i = 0; i < source.Length; i++)
        {
            var span = source[i].Span;
            if (span.End > text.Length) continue;
            // "al" "-" "Sham" written together: one word.
            if (span.Length == 1 && text[span.Start] == '-' && tokens.Count > 0 && tokens[^1].End == span.Start && i + 1 < source.Length
                && source[i + 1].Span.Start == span.End && source[i + 1].Span.End <= text.Length
                && char.IsLetterOrDigit(text[span.Start - 1]) && char.IsLetterOrDigit(text[span.End]))
            {
                span = new TextSpan(tokens[^1].Start, source[++i].Span.End);
                tokens.RemoveAt(tokens.Count - 1);
            }
            int end = span.End, cut = -1;
            if (span.Length > 2 && text[end - 1] is 's' or 'S' && IsApostrophe(text[end - 2]) && char.IsLetter(text[end - 3])) cut = end - 2;
            else if (span.Length > 2 && IsApostrophe(text[end - 1]) && text[end - 2] is 's' or 'S' && char.IsLetter(text[end - 3])) cut = end - 1;
            if (cut < 0) { tokens.Add(span); continue; }
            tokens.Add(new TextSpan(span.Start, cut));
            tokens.Add(new TextSpan(cut, end));
        }
        return tokens.ToArray();

        static bool IsApostrophe(char c) => c is '\'' or '\u2019';
    }
}
