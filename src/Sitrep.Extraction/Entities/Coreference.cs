using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Within-article coreference, by rules over the tagger's names and the model's lexicon:
/// names join by full match, surname ("John Kerry" … "Kerry") or acronym ("United Nations" … "UN");
/// titles before a name ("Russia's deputy foreign minister Sergei Ryabkov") or in an apposition
/// ("Ryabkov, Russia's deputy foreign minister,") are kept on the person's cluster and then let a
/// later "the minister" join it (Type "nominal"); he/she/his/her join the nearest earlier person of a
/// compatible gender outside quotation marks (Type "pronoun"). Immutable; thread-safe.
/// </summary>
internal sealed class Coreference(NerLexicon lexicon)
{
    public const string Nominal = "nominal";
    public const string Pronoun = "pronoun";
    /// <summary>How many sentences back a pronoun may look for its person.</summary>
    private const int PronounWindow = 3;

    private const LexKind Affiliations = LexKind.Country | LexKind.Demonym | LexKind.Org | LexKind.City | LexKind.Region;

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "acting", "interim", "senior", "top", "chief", "then", "outgoing", "incoming", "new", "veteran",
        "longtime", "deputy", "assistant", "vice", "foreign", "defence", "defense", "interior", "us", "u.s.", "un", "u.n.",
        "eu", "nato", "military", "army", "rebel", "opposition", "regional", "provincial", "local", "state", "federal",
        "national", "general", "special", "first", "second", "ex", "ex-", "presidential", "government", "embassy",
    };
    private static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "sir", "lord", "king", "prince", "emir", "sultan", "sheikh", "spokesman", "chairman", "congressman", "father", "brother", "son", "husband", "pope", "imam", "rabbi", "ayatollah",
    };
    private static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase)
    {
        "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "spokeswoman", "chairwoman", "congresswoman", "mother", "sister", "daughter", "wife",
    };
    private static readonly Dictionary<string, char> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = 'm', ["him"] = 'm', ["his"] = 'm', ["himself"] = 'm',
        ["she"] = 'f', ["her"] = 'f', ["hers"] = 'f', ["herself"] = 'f',
    };
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her" };

    private readonly NerLexicon _lexicon = lexicon;

    private sealed class Cluster
    {
        public required int Id;
        public required EntityLabel Label;
        public string Canonical = "";
        public TextSpan CanonicalSpan;
        public int CanonicalTokens;
        public string[] NameTokens = [];
        public readonly List<TextSpan> Mentions = new();
        public readonly List<(string Title, TextSpan Span)> Titles = new();
        public readonly HashSet<string> TitleHeads = new(StringComparer.OrdinalIgnoreCase);
        public string? Affiliation;
        public TextSpan? AffiliationSpan;
        public char Gender;
        public int LastMention;
    }

    private sealed class Ctx
    {
        public required string Text;
        public required TextSpan[] Tokens;
        public required LexKind[] Kinds;       // phrase kinds covering each token
        public required int[] Sentence;        // sentence index of each token
        public required int[] Name;            // index into names covering the token, or -1
        public required bool[] InQuote;
        public string Word(int i) => Tokens[i].Of(Text);
        public bool IsCap(int i) => Tokens[i].Length > 0 && char.IsUpper(Text[Tokens[i].Start]);
    }

    /// <param name="tokens">The tokens the tagger saw (possessive endings apart); the document's own when null.</param>
    public (ImmutableArray<Entity> Entities, EntityCluster[] Clusters) Resolve(ArticleDocument document, List<(TextSpan Span, EntityLabel Label)> tagged, TextSpan[]? tokens = null)
    {
        var ctx = BuildContext(document, tagged, tokens ?? EntityStage.TaggerTokens(document), out var names);
        var clusters = new List<Cluster>();
        var entities = new List<Entity>();
        var nameCluster = new int[names.Count];
        var roles = new List<(int First, int Last)>();   // "the US secretary of state" tagged as a person, no name
        // Words that close a person's full name the tagger found ("Collins" of "Colonel Eileen Collins"), titles apart.
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (f, l, lab) in names)
        {
            int k = f;
            while (k < l && (IsTitleish(ctx, k) || IsPossessive(ctx, k) || IsTitleDot(ctx, k))) k++;
            if (lab == EntityLabel.PER && k < l && ctx.IsCap(l)) surnames.Add(ctx.Word(l));
        }

        for (int n = 0; n < names.Count; n++)
        {
            var (first, last, label) = names[n];
            if (label == EntityLabel.PER)
            {
                // The tagger was trained partly on data that keeps titles inside names ("Emperor Norton"):
                // peel leading title, country and possessive tokens off into the title.
                // A single word left is a name all the same ("Mr. Baker", "Dr. Slepian", "Colonel Collins" → the surname).
                int s = first;
                while (s < last && (IsTitleish(ctx, s) && !IsAcronym(ctx, s) || IsPossessive(ctx, s) || IsTitleDot(ctx, s))) s++;
                // ... but "General Motors", "DR Congo": a title other than an honorific leaves a one-word name only when
                // the article names a person with that word ("Colonel Collins" after "Eileen Collins"); an honorific
                // always does ("Mr. Baker", "Dr. Slepian").
                if (s == last && s > first && !Enumerable.Range(first, s - first).Any(k => IsHonorific(ctx, k))
                    && !surnames.Contains(ctx.Word(s)))
                    s = first;
                if (s > first) first = s;
            }
            // "Zelensky's chief of staff" tagged as one name: what follows a possessive ending in lower case is the
            // owner's, not part of the name ("People's Liberation Army" stays whole).
            for (int k = first + 1; k <= last; k++)
                if (IsPossessive(ctx, k) && (k == last || !ctx.IsCap(k + 1))) { last = k - 1; break; }
            // "Al Jazeera's Malik Traina, reporting from Tripoli": only a person reports from somewhere.
            if (label is EntityLabel.LOC or EntityLabel.ORG && last + 2 < ctx.Tokens.Length && ctx.Word(last + 1) == ","
                && ctx.Word(last + 2) == "reporting" && ctx.Sentence[last + 2] == ctx.Sentence[last])
                label = EntityLabel.PER;
            var span = new TextSpan(ctx.Tokens[first].Start, ctx.Tokens[last].End);
            if (label != EntityLabel.PER && AllTitle(ctx, first, last)) { nameCluster[n] = -1; continue; }
            if (label == EntityLabel.PER && AllTitleish(ctx, names[n].First, last)) { roles.Add((names[n].First, last)); nameCluster[n] = -1; continue; }
            var c = FindNameCluster(ctx, clusters, first, last, ref label);
            if (c is null)
            {
                c = new Cluster { Id = clusters.Count, Label = label };
                clusters.Add(c);
            }
            nameCluster[n] = c.Id;
            c.Mentions.Add(span);
            c.LastMention = span.Start;
            int count = last - first + 1;
            if (count > c.CanonicalTokens)
            {
                c.Canonical = span.Of(ctx.Text);
                c.CanonicalSpan = span;
                c.CanonicalTokens = count;
                c.NameTokens = Enumerable.Range(first, count).Select(ctx.Word).Where(w => w.Length > 0 && (char.IsUpper(w[0]) || Particles.Contains(w))).ToArray();
            }
            entities.Add(new Entity(span, label, c.Id));
            if (label == EntityLabel.PER)
            {
                TitleBefore(ctx, first, names[n].First, c, n);
                TitleAfter(ctx, last, c, n);
            }
        }

        AddRoles(ctx, clusters, entities, roles);
        AddNominals(ctx, clusters, entities);
        AddPronouns(ctx, clusters, entities);

        entities.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        var result = clusters.Select(c => new EntityCluster(
            c.Id, c.Canonical, c.Label,
            c.Mentions.OrderBy(m => m.Start).ToArray(),
            c.Titles.ToArray(),
            c.Affiliation, c.AffiliationSpan) { CanonicalSpan = c.CanonicalSpan }).ToArray();
        return (entities.ToImmutableArray(), result);
    }

    private Ctx BuildContext(ArticleDocument document, List<(TextSpan Span, EntityLabel Label)> tagged, TextSpan[] tokens, out List<(int First, int Last, EntityLabel Label)> names)
    {
        var text = document.Text;
        var folded = new ulong[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) folded[i] = NerHash.Folded(tokens[i].SliceOf(text));
        var kinds = new LexKind[tokens.Length];
        var orgPhrases = new List<(int First, int Last)>();
        for (int k = 0; k < tokens.Length;)
        {
            int n = _lexicon.LongestPhrase(folded, k, out var kk);
            if (n == 0) { k++; continue; }
            for (int j = 0; j < n; j++) kinds[k + j] = kk;
            if ((kk & LexKind.Org) != 0 && char.IsUpper(text[tokens[k].Start])) orgPhrases.Add((k, k + n - 1));
            k += n;
        }
        var sentence = new int[tokens.Length];
        var sentences = document.Sentences;
        for (int i = 0, s = 0; i < tokens.Length; i++)
        {
            while (s < sentences.Length - 1 && sentences[s].Span.End <= tokens[i].Start) s++;
            sentence[i] = s;
        }
        var inQuote = new bool[tokens.Length];
        bool open = false;
        int ti = 0;
        for (int p = 0; p < text.Length && ti < tokens.Length; p++)
        {
            while (ti < tokens.Length && tokens[ti].Start <= p)
            {
                if (tokens[ti].Start == p) inQuote[ti] = open;
                ti++;
            }
            char ch = text[p];
            if (ch == '\u201C') open = true;
            else if (ch == '\u201D') open = false;
            else if (ch == '"') open = !open;
            else if (ch == '\n' && p + 1 < text.Length && text[p + 1] == '\n') open = false;
        }
        var name = new int[tokens.Length];
        Array.Fill(name, -1);
        names = new List<(int, int, EntityLabel)>();
        foreach (var (span, tagLabel) in tagged)
        {
            var label = tagLabel;
            int first = LowerBound(tokens, span.Start);
            int last = first;
            while (last + 1 < tokens.Length && tokens[last + 1].End <= span.End) last++;
            if (first >= tokens.Length || tokens[first].Start != span.Start) continue;
            // Our lexicons know some names better than the tagger: an organisation's whole name is one ("United
            // Nations", "Al Jazeera", whatever the tagger called it), a plural demonym a group of people ("Syrians").
            if (name[first] >= 0) continue;   // inside an organisation's name stretched over it below
            if (orgPhrases.FindIndex(o => o.First <= first && last <= o.Last) is var org && org >= 0)
            {
                // ... or is its part ("Jabhat Fateh" of "Jabhat Fateh al-Sham"): the whole name
                (first, last) = orgPhrases[org];
                label = EntityLabel.ORG;
            }
            else if (first == last && label != EntityLabel.MISC && IsPluralDemonym(tokens[first].SliceOf(text))) label = EntityLabel.MISC;
            // ... and a demonym alone is never a person or a place ("when Russian and Syrian jets were shelling":
            // "Russian" tagged PER made the jets a person's and coded RUS, not RUSMIL).
            else if (first == last && label != EntityLabel.MISC && IsDemonym(tokens[first].SliceOf(text))) label = EntityLabel.MISC;
            // "Amina Yusuf of Kenya": the tagger sometimes runs a person on into "of" + a country; split it.
            if (label == EntityLabel.PER)
            {
                for (int k = first + 1; k < last; k++)
                {
                    if (tokens[k].Length != 2 || !tokens[k].SliceOf(text).SequenceEqual("of")) continue;
                    bool place = true;
                    for (int j = k + 1; j <= last; j++)
                        place &= (kinds[j] & (LexKind.Country | LexKind.City | LexKind.Region)) != 0;
                    if (!place) break;
                    for (int j = first; j < k; j++) name[j] = names.Count;
                    names.Add((first, k - 1, label));
                    first = k + 1;
                    label = EntityLabel.LOC;
                    break;
                }
            }
            for (int k = first; k <= last; k++) name[k] = names.Count;
            names.Add((first, last, label));
        }
        // ... and an organisation of the lexicon the tagger missed is named all the same.
        bool added = false;
        foreach (var (first, last) in orgPhrases)
        {
            // (digits are folded in the lexicon's keys: "M10 hospital" would pass for the "M23" rebels)
            bool free = true;
            for (int k = first; k <= last && free; k++) free = name[k] < 0 && !tokens[k].SliceOf(text).ContainsAnyInRange('0', '9');
            if (!free) continue;
            names.Add((first, last, EntityLabel.ORG));
            added = true;
        }
        if (added)
        {
            names.Sort((a, b) => a.First.CompareTo(b.First));
            Array.Fill(name, -1);
            for (int n = 0; n < names.Count; n++)
                for (int k = names[n].First; k <= names[n].Last; k++) name[k] = n;
        }
        return new Ctx { Text = text, Tokens = tokens, Kinds = kinds, Sentence = sentence, Name = name, InQuote = inQuote };
    }

    /// <summary>"Syrians", "Americans": a demonym of the lexicon with a plural ending.</summary>
    private bool IsPluralDemonym(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[^1] != 's' || !char.IsUpper(word[0])) return false;
        ReadOnlySpan<ulong> singular = [NerHash.Folded(word[..^1])];
        return _lexicon.LongestPhrase(singular, 0, out var kinds) == 1 && (kinds & LexKind.Demonym) != 0;
    }

    /// <summary>"Russian", "Syrian": a demonym of the lexicon that is not also a country's name.</summary>
    private bool IsDemonym(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0])) return false;
        ReadOnlySpan<ulong> folded = [NerHash.Folded(word)];
        return _lexicon.LongestPhrase(folded, 0, out var kinds) == 1 && (kinds & LexKind.Demonym) != 0 && (kinds & LexKind.Country) == 0;
    }

    private static int LowerBound(TextSpan[] tokens, int start)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tokens[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>"'s" as one token, or split by a tokenizer into an apostrophe and "s".</summary>
    private static bool IsPossessive(Ctx ctx, int i)
    {
        var w = ctx.Word(i);
        if (w is "'s" or "\u2019s") return true;
        if (w is "'" or "\u2019") return i + 1 < ctx.Tokens.Length && ctx.Word(i + 1) == "s" && ctx.Tokens[i + 1].Start == ctx.Tokens[i].End;
        return w == "s" && i > 0 && ctx.Word(i - 1) is "'" or "\u2019" && ctx.Tokens[i - 1].End == ctx.Tokens[i].Start;
    }

    private static bool IsTitleish(Ctx ctx, int i) =>
        (ctx.Kinds[i] & (LexKind.Title | LexKind.Country | LexKind.Demonym)) != 0 || Modifiers.Contains(ctx.Word(i));

    private static bool AllTitleish(Ctx ctx, int first, int last)
    {
        bool title = false;
        for (int i = first; i <= last; i++)
        {
            if (!(IsTitleish(ctx, i) || IsPossessive(ctx, i) || ctx.Word(i) == "of")) return false;
            title |= (ctx.Kinds[i] & LexKind.Title) != 0;
        }
        return title;
    }

    /// <summary>
    /// A role with no name ("according to the US secretary of state"): it joins the person holding that
    /// title, or else, as news ledes do, the first person named in the next sentences, who then gets the title.
    /// </summary>
    private static void AddRoles(Ctx ctx, List<Cluster> clusters, List<Entity> entities, List<(int First, int Last)> roles)
    {
        foreach (var (first, last) in roles)
        {
            var span = new TextSpan(ctx.Tokens[first].Start, ctx.Tokens[last].End);
            var head = ctx.Word(last);
            // ("the Iraqi ambassador" joins no ambassador of another or an unsaid country)
            var affiliation = AffiliationOf(ctx, first, last);
            Cluster? best = clusters.Where(c => c.Label == EntityLabel.PER && c.TitleHeads.Contains(head)
                    && (affiliation is null || c.Affiliation is not null && SameCountry(c.Affiliation, affiliation)))
                .OrderBy(c => Math.Abs(c.LastMention - span.Start)).FirstOrDefault();
            if (best is null)
            {
                int limit = ctx.Sentence[last] + 2;
                int bestStart = int.MaxValue;
                foreach (var c in clusters)
                {
                    if (c.Label != EntityLabel.PER) continue;
                    foreach (var m in c.Mentions)
                    {
                        if (m.Start <= span.End || m.Start >= bestStart) continue;
                        int mt = LowerBound(ctx.Tokens, m.Start);
                        if (mt < ctx.Tokens.Length && ctx.Sentence[mt] <= limit) { best = c; bestStart = m.Start; }
                    }
                }
                if (best is not null) AddTitle(ctx, first, last, best, ctx.Name[first]);
            }
            if (best is null) continue;
            best.Mentions.Add(span);
            entities.Add(new Entity(span, EntityLabel.PER, best.Id, Nominal));
        }
    }

    private static bool AllTitle(Ctx ctx, int first, int last)
    {
        for (int i = first; i <= last; i++)
            if ((ctx.Kinds[i] & LexKind.Title) == 0) return false;
        return true;
    }

    private static Cluster? FindNameCluster(Ctx ctx, List<Cluster> clusters, int first, int last, ref EntityLabel label)
    {
        var words = Enumerable.Range(first, last - first + 1).Select(ctx.Word).ToArray();
        var whole = string.Join(' ', words);
        Cluster? best = null;
        bool strong = false, firstWordOnly = false;
        for (int k = clusters.Count - 1; k >= 0; k--)
        {
            var c = clusters[k];
            if (string.Equals(c.Canonical.Replace("  ", " "), whole, StringComparison.OrdinalIgnoreCase) && (c.Label == label || c.Label == EntityLabel.PER))
                return Relabel(c, ref label);
            // (a surname two people share: the nearer one takes it, unless the other is the one the text already calls by it, or
            // the nearer was named only to say whose kin the other is: "Raul Castro, brother of President Fidel Castro" …
            // "Castro declared" … "led by Fidel Castro" … "Castro noted" is Raul throughout)
            bool rival = best is not null && strong && SharedSurnameRank(ctx, c, whole) > SharedSurnameRank(ctx, best, whole);
            if (best is not null && strong && !rival) continue;
            if (c.Label == EntityLabel.PER && c.NameTokens.Length > 1)
            {
                if (best is not null && !firstWordOnly && !rival) continue;   // (a first name matched nearer: keep it)
                // "Kerry" after "John Kerry": a surname (or the whole of a shorter name) joins, whatever the tagger's label;
                // "Chalabi" after "Ahmed Al-Chalabi" and "Bin Laden" after "Osama bin Laden" too.
                var caps = words.Where(w => w.Length > 0 && char.IsUpper(w[0])).ToArray();
                // (not a name with a common noun in it that the tagger did not call a person: "the Al-Nour party" is no "Nour")
                if (caps.Length > 0 && caps.Length < c.NameTokens.Length
                    && (label == EntityLabel.PER || words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || Particles.Contains(w))))
                    && caps.All(w => c.NameTokens.Any(n => SameNameWord(n, w)))
                    && SameNameWord(caps[^1], c.NameTokens[^1]))
                    (best, strong) = (c, true);
                // "Harry J. Gray" and "Harry Gray": the same words but for initials.
                else if (label == EntityLabel.PER && caps.Length > 1 && SameButInitials(caps, c.NameTokens))
                    (best, strong) = (c, true);
                // "Wang" after "Wang Lei", "Kim" after "Kim Jong Un": a name that puts the family name first is shortened to its
                // first word; a person tagged with that one word is the nearest such person (an exact name still wins)
                else if (best is null && label == EntityLabel.PER && words.Length == 1 && caps.Length == 1 && SameNameWord(caps[0], c.NameTokens[0])
                         && !Particles.Contains(c.NameTokens[0]))
                    (best, strong, firstWordOnly) = (c, false, true);
                // "Bin Laden" came first, "Osama bin Laden" later: the longer name ends with the shorter one (not "George
                // Walker Bush" and "George Herbert Walker Bush", another man).
                else if (label == EntityLabel.PER && EndsWithName(words, c.NameTokens))
                    (best, strong) = (c, true);
            }
            else if (label == EntityLabel.PER && c.Label == EntityLabel.PER && words.Length > c.NameTokens.Length && c.NameTokens.Length > 0
                     && c.NameTokens.All(w => words.Any(x => SameNameWord(x, w))))
            {
                // "Kerry" came first, "John Kerry" later; a surname beats a first name ("Ayman" … "Zawahiri" … "Ayman
                // Zawahiri" joins "Zawahiri").
                bool surname = SameNameWord(c.NameTokens[^1], words[^1]);
                if (best is null || surname) { best = c; strong = surname; }
            }
            else if (best is not null) continue;
            else if (c.Label == label && label != EntityLabel.PER && IsAcronymOf(whole, c.Canonical))
                best = c;
            else if (c.Label == label && label != EntityLabel.PER && words.Length > 1 && IsAcronymOf(c.Canonical, whole))
                best = c;
        }
        return best is null ? null : Relabel(best, ref label);
    }

    /// <summary>
    /// How strongly a person cluster claims a surname another cluster shares: already called by it alone (writers spell out
    /// the other's full name to tell them apart), then not named only as someone's kin.
    /// </summary>
    private static int SharedSurnameRank(Ctx ctx, Cluster c, string surname) =>
        (c.Mentions.Exists(m => string.Equals(m.Of(ctx.Text), surname, StringComparison.OrdinalIgnoreCase)) ? 2 : 0) + (KinOnly(ctx, c) ? 0 : 1);

    /// <summary>Nouns of kinship: "brother of X", "X's widow" name X through another person.</summary>
    private static readonly HashSet<string> KinNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "brother", "sister", "son", "daughter", "father", "mother", "wife", "husband", "widow", "widower", "nephew", "niece",
        "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "half-brother", "half-sister",
        "stepson", "stepdaughter", "stepfather", "stepmother", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law",
    };

    /// <summary>
    /// Every mention of the cluster names the person only to say whose kin someone else is: "(younger) brother of
    /// (President) Fidel Castro", "Fidel Castro's daughter".
    /// </summary>
    private static bool KinOnly(Ctx ctx, Cluster c)
    {
        if (c.Mentions.Count == 0) return false;
        foreach (var m in c.Mentions)
        {
            int t = LowerBound(ctx.Tokens, m.Start), e = LowerBound(ctx.Tokens, m.End) - 1;
            int b = t - 1;
            while (b >= 0 && IsTitleish(ctx, b) && ctx.Word(b) != "of") b--;
            bool of = b >= 1 && ctx.Word(b).Equals("of", StringComparison.OrdinalIgnoreCase) && KinNouns.Contains(ctx.Word(b - 1));
            int k = e + 1 < ctx.Tokens.Length && IsPossessive(ctx, e + 1) ? e + (ctx.Word(e + 1) is "'" or "\u2019" ? 3 : 2) : -1;
            bool owner = k > 0 && k < ctx.Tokens.Length && KinNouns.Contains(ctx.Word(k));
            if (!of && !owner) return false;
        }
        return true;
    }

    private static Cluster Relabel(Cluster c, ref EntityLabel label)
    {
        label = c.Label;
        return c;
    }

    /// <summary>Lower-case words that belong inside a name ("Osama bin Laden", "Charles de Gaulle").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
        { "bin", "ibn", "al", "el", "de", "del", "da", "di", "du", "van", "von", "der", "den", "la", "le" };

    /// <summary>Two words of a name for the same name: case aside, and an Arabic article aside ("Al-Chalabi" = "Chalabi").</summary>
    private static bool SameNameWord(string a, string b) =>
        string.Equals(StripArticle(a), StripArticle(b), StringComparison.OrdinalIgnoreCase);

    private static string StripArticle(string w) =>
        w.Length > 4 && (w.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || w.StartsWith("el-", StringComparison.OrdinalIgnoreCase)) ? w[3..] : w;

    /// <summary>The name words of <paramref name="words"/> (initials apart) end with all of <paramref name="name"/>'s, and have more.</summary>
    private static bool EndsWithName(string[] words, string[] name)
    {
        var x = words.Where(w => w.Length > 0 && (char.IsUpper(w[0]) || Particles.Contains(w)) && !IsInitial(w)).ToArray();
        var y = name.Where(w => !IsInitial(w)).ToArray();
        return y.Length > 0 && x.Length > y.Length && x[^y.Length..].Zip(y).All(p => SameNameWord(p.First, p.Second));
    }

    /// <summary>"J." or "J": an initial.</summary>
    private static bool IsInitial(string w) => w.Length == 1 && char.IsUpper(w[0]) || w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.';

    /// <summary>The same name words in the same order once initials are left out, and more than one of them.</summary>
    private static bool SameButInitials(string[] a, string[] b)
    {
        var x = a.Where(w => !IsInitial(w)).ToArray();
        var y = b.Where(w => !IsInitial(w) && char.IsUpper(w[0])).ToArray();
        return x.Length > 1 && x.Length == y.Length && x.Zip(y).All(p => SameNameWord(p.First, p.Second)) && (x.Length != a.Length || y.Length != b.Count(w => char.IsUpper(w[0])));
    }

    /// <summary>
    /// "DR" of "DR Congo": a word in capitals that the lexicon has only as a title ("Dr") is an abbreviation of a name's
    /// words, not the title (a country in capitals, "US", still peels off).
    /// </summary>
    private static bool IsAcronym(Ctx ctx, int i)
    {
        var w = ctx.Word(i);
        return w.Length > 1 && w.All(char.IsUpper) && (ctx.Kinds[i] & (LexKind.Country | LexKind.Demonym)) == 0;
    }

    private bool IsHonorific(Ctx ctx, int i) => !(ctx.Word(i).Length > 1 && ctx.Word(i).All(char.IsUpper)) && (
        Male.Contains(ctx.Word(i)) || Female.Contains(ctx.Word(i)) || (_lexicon.Word(NerHash.Folded(ctx.Tokens[i].SliceOf(ctx.Text))) & LexKind.Honorific) != 0);

    /// <summary>"." right after an honorific the tagger's tokens split off ("Mr" "." "Baker").</summary>
    private static bool IsTitleDot(Ctx ctx, int i) =>
        i > 0 && ctx.Word(i) == "." && ctx.Tokens[i - 1].End == ctx.Tokens[i].Start && IsTitleish(ctx, i - 1);

    /// <summary>"UN" of "United Nations", "ICRC" of "International Committee of the Red Cross".</summary>
    private static bool IsAcronymOf(string acronym, string name)
    {
        var a = acronym.Replace(".", "");
        if (a.Length < 2 || a.Length > 8 || !a.All(char.IsUpper)) return false;
        // (an acronym inside the name gives all its letters: "US News" is USN, not UN)
        var words = name.Split(' ', '-').Select(w => w.Replace(".", "")).Where(w => w.Length > 0 && char.IsUpper(w[0])).ToList();
        var initials = string.Concat(words.Select(w => w.Length > 1 && w.All(char.IsUpper) ? w : w[..1]));
        // (one word in capitals is that word, not initials: "CNN iReport" is no "CNN"; "U.S." with its dots is "US")
        return initials.Length >= 2 && (words.Count > 1 || name.Contains('.')) && string.Equals(initials, a, StringComparison.Ordinal);
    }

    /// <summary>The run of title, modifier, country and organisation words just before a person's name.</summary>
    private static void TitleBefore(Ctx ctx, int nameFirst, int taggedFirst, Cluster c, int self)
    {
        int end = nameFirst - 1;          // last token of the run
        int start = nameFirst;
        for (int i = end; i >= 0 && end - i < 12; i--)
        {
            if (ctx.Sentence[i] != ctx.Sentence[nameFirst]) break;
            var w = ctx.Word(i);
            bool ok = IsTitleish(ctx, i) || (ctx.Kinds[i] & Affiliations) != 0 || IsPossessive(ctx, i) || w == "of"
                      || (ctx.Name[i] >= 0 && i < taggedFirst && ctx.IsCap(i)) || i >= taggedFirst;
            if (!ok) break;
            start = i;
        }
        while (start <= end && (ctx.Word(start) == "of" || IsPossessive(ctx, start))) start++;
        if (start > end) return;
        AddTitle(ctx, start, end, c, self);
    }

    /// <summary>"Sergei Ryabkov, Russia's deputy foreign minister, said": the apposition after a comma.</summary>
    private static void TitleAfter(Ctx ctx, int nameLast, Cluster c, int self)
    {
        int i = nameLast + 1;
        if (i >= ctx.Tokens.Length || ctx.Word(i) != "," || ctx.Sentence[i] != ctx.Sentence[nameLast]) return;
        i++;
        if (i < ctx.Tokens.Length && Determiners.Contains(ctx.Word(i)) && ctx.Word(i) is "the" or "a" or "an" or "The") i++;
        int start = i, end = -1;
        for (; i < ctx.Tokens.Length && i - start < 10 && ctx.Sentence[i] == ctx.Sentence[nameLast]; i++)
        {
            var w = ctx.Word(i);
            bool ok = IsTitleish(ctx, i) || (ctx.Kinds[i] & Affiliations) != 0 || IsPossessive(ctx, i) || w == "of" || (ctx.Name[i] >= 0 && ctx.IsCap(i));
            if (!ok) break;
            if ((ctx.Kinds[i] & LexKind.Title) != 0) end = i;
        }
        if (end >= start) AddTitle(ctx, start, end, c, self);
    }

    private static void AddTitle(Ctx ctx, int start, int end, Cluster c, int self)
    {
        bool hasTitle = false;
        int head = -1;
        for (int i = start; i <= end; i++)
            if ((ctx.Kinds[i] & LexKind.Title) != 0 && !Male.Contains(ctx.Word(i)) && !Female.Contains(ctx.Word(i))) { hasTitle = true; head = i; }
        for (int i = start; i <= end; i++)
        {
            var w = ctx.Word(i);
            if (c.Gender == '\0' && Male.Contains(w)) c.Gender = 'm';
            else if (c.Gender == '\0' && Female.Contains(w)) c.Gender = 'f';
        }
        // Affiliation: the first country, demonym or organisation in the run ("US", "Russia's", "State Department").
        if (c.Affiliation is null)
        {
            for (int i = start; i <= end; i++)
            {
                bool other = ctx.Name[i] >= 0 && ctx.Name[i] != self;
                bool aff = (ctx.Kinds[i] & Affiliations) != 0 || (other && ctx.IsCap(i) && (ctx.Kinds[i] & LexKind.Title) == 0);
                if (!aff) continue;
                int j = i;
                while (j + 1 <= end && ((ctx.Kinds[j + 1] & Affiliations) != 0 && ctx.Kinds[j + 1] == ctx.Kinds[i] || other && ctx.Name[j + 1] == ctx.Name[i])) j++;
                var span = new TextSpan(ctx.Tokens[i].Start, ctx.Tokens[j].End);
                c.Affiliation = span.Of(ctx.Text);
                c.AffiliationSpan = span;
                break;
            }
        }
        if (!hasTitle) return;
        // Drop a leading honorific from the title text ("Mr" is gender, not a role).
        while (start <= end && (Male.Contains(ctx.Word(start)) || Female.Contains(ctx.Word(start))) && start < head) start++;
        var titleSpan = new TextSpan(ctx.Tokens[start].Start, ctx.Tokens[end].End);
        var title = titleSpan.Of(ctx.Text);
        if (!c.Titles.Any(t => string.Equals(t.Title, title, StringComparison.OrdinalIgnoreCase)))
            c.Titles.Add((title, titleSpan));
        c.TitleHeads.Add(ctx.Word(head));
        if (c.Label != EntityLabel.PER) return;
        for (int i = start; i <= end; i++)
        {
            // A title ending in a head word that is also a multi-word phrase ("secretary of state") heads on its first word too.
            if ((ctx.Kinds[i] & LexKind.Title) != 0 && !Modifiers.Contains(ctx.Word(i)) && ctx.Word(i) is not ("of" or "the")) c.TitleHeads.Add(ctx.Word(i));
        }
    }

    /// <summary>"the secretary of state", "the minister": a title after "the", with no name after it, joins the person who holds it.</summary>
    private static void AddNominals(Ctx ctx, List<Cluster> clusters, List<Entity> entities)
    {
        for (int i = 0; i + 1 < ctx.Tokens.Length; i++)
        {
            if (!string.Equals(ctx.Word(i), "the", StringComparison.OrdinalIgnoreCase)) continue;
            int start = i + 1, end = -1, j = start;
            for (; j < ctx.Tokens.Length && j - start < 8 && ctx.Name[j] < 0; j++)
            {
                if ((ctx.Kinds[j] & LexKind.Title) != 0) end = j;
                else if (!(Modifiers.Contains(ctx.Word(j)) || (ctx.Kinds[j] & Affiliations) != 0 || IsPossessive(ctx, j) || ctx.Word(j) == "of")) break;
            }
            if (end < 0) continue;
            // A capitalised word right after means a name follows ("the minister Sergei ..."): not a nominal.
            if (end + 1 < ctx.Tokens.Length && (ctx.Name[end + 1] >= 0 || ctx.IsCap(end + 1) && !IsSentenceStart(ctx, end + 1))) continue;
            // ... and so does a name in apposition ("the police chief for Nimruz province, Musal Rassouli,").
            if (NameInApposition(ctx, end)) continue;
            var span = new TextSpan(ctx.Tokens[start].Start, ctx.Tokens[end].End);
            // "the Iraqi ambassador" is no earlier ambassador whose country the article did not say was Iraq.
            var affiliation = AffiliationOf(ctx, start, end);
            Cluster? best = null;
            foreach (var c in clusters)
            {
                if (c.Label != EntityLabel.PER || c.Mentions.Count == 0 || c.Mentions[0].Start >= span.Start) continue;
                if (!c.TitleHeads.Contains(ctx.Word(end))) continue;
                if (affiliation is not null && (c.Affiliation is null || !SameCountry(c.Affiliation, affiliation))) continue;
                if (best is null || c.LastMention > best.LastMention) best = c;
            }
            if (best is null) continue;
            best.Mentions.Add(span);
            best.LastMention = span.Start;
            entities.Add(new Entity(span, EntityLabel.PER, best.Id, Nominal));
            i = end;
        }
    }

    /// <summary>The first country or demonym word of a title ("Iraqi" of "the Iraqi ambassador"), or null.</summary>
    private static string? AffiliationOf(Ctx ctx, int first, int last)
    {
        for (int k = first; k <= last; k++)
            if ((ctx.Kinds[k] & (LexKind.Country | LexKind.Demonym)) != 0) return ctx.Word(k);
        return null;
    }

    /// <summary>A comma and a person's name within a few words after <paramref name="end"/>, in its sentence.</summary>
    private static bool NameInApposition(Ctx ctx, int end)
    {
        for (int k = end + 1; k + 1 < ctx.Tokens.Length && k - end <= 6 && ctx.Sentence[k] == ctx.Sentence[end]; k++)
        {
            var w = ctx.Word(k);
            if (w == ",") return ctx.Name[k + 1] >= 0 && ctx.Sentence[k + 1] == ctx.Sentence[end] && ctx.IsCap(k + 1);
            if (w.Length == 1 && !char.IsLetterOrDigit(w[0])) return false;
        }
        return false;
    }

    /// <summary>"Iraq's" and "Iraqi", "US" and "U.S.": the same country as far as their words show.</summary>
    private static bool SameCountry(string a, string b)
    {
        static string Norm(string w)
        {
            var n = w.Replace(".", "").Replace("'s", "").Replace("’s", "").ToLowerInvariant();
            return n.Length > 4 ? n[..4] : n;
        }
        return Norm(a) == Norm(b);
    }

    private static bool IsSentenceStart(Ctx ctx, int i) => i == 0 || ctx.Sentence[i - 1] != ctx.Sentence[i];

    private static void AddPronouns(Ctx ctx, List<Cluster> clusters, List<Entity> entities)
    {
        // Mentions by position, so each pronoun looks back to the nearest person before it.
        var persons = clusters.Where(c => c.Label == EntityLabel.PER).ToList();
        if (persons.Count == 0) return;
        // Every person mention by where it starts, with its cluster and its place in the cluster's list (the order the
        // choice below breaks ties in); the pronouns given to a person are added in text order, one list of their own.
        var named = new List<(TextSpan Span, int Cluster, int Index)>();
        for (int c = 0; c < persons.Count; c++)
            for (int k = 0; k < persons[c].Mentions.Count; k++) named.Add((persons[c].Mentions[k], c, k));
        named.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        var given = new List<(TextSpan Span, int Cluster, int Index)>();
        int firstToken = 0; // first token of the window's first sentence
        for (int i = 0; i < ctx.Tokens.Length; i++)
        {
            if (ctx.InQuote[i] || ctx.Name[i] >= 0) continue;
            if (!Pronouns.TryGetValue(ctx.Word(i), out var gender)) continue;
            var at = ctx.Tokens[i].Start;
            int minSentence = ctx.Sentence[i] - PronounWindow;
            while (firstToken < i && ctx.Sentence[firstToken] < minSentence) firstToken++;
            // A mention counts in the sentence of the first token starting at or after it: one that starts after the
            // token before the window's first is in the window (sentences come in text order).
            int after = firstToken > 0 ? ctx.Tokens[firstToken - 1].Start : int.MinValue;
            // Prefer the nearest sentence with a compatible person, and in it the first person (usually the
            // subject): "Kerry called his counterpart, Sergey Lavrov, in which he voiced concern" → Kerry.
            (int Cluster, int Index) best = (-1, -1);
            int bestSentence = -1, bestPos = int.MaxValue;
            Consider(named);
            Consider(given);
            if (best.Cluster < 0) continue;
            var chosen = persons[best.Cluster];
            if (chosen.Gender == '\0') chosen.Gender = gender;
            given.Add((ctx.Tokens[i], best.Cluster, chosen.Mentions.Count));
            chosen.Mentions.Add(ctx.Tokens[i]);
            entities.Add(new Entity(ctx.Tokens[i], EntityLabel.PER, chosen.Id, Pronoun));

            void Consider(List<(TextSpan Span, int Cluster, int Index)> mentions)
            {
                int lo = 0, hi = mentions.Count;
                while (lo < hi)
                {
                    int mid = (lo + hi) >> 1;
                    if (mentions[mid].Span.Start <= after) lo = mid + 1; else hi = mid;
                }
                for (int k = lo; k < mentions.Count && mentions[k].Span.Start < at; k++)
                {
                    var (m, c, index) = mentions[k];
                    if (m.End > at) continue;
                    if (persons[c].Gender != '\0' && persons[c].Gender != gender) continue;
                    int mt = LowerBound(ctx.Tokens, m.Start);
                    if (mt >= ctx.Tokens.Length) continue;
                    int sentence = ctx.Sentence[mt];
                    if (sentence < minSentence) continue;
                    // (an owner is not the subject: in "Elian's grandmother, Mariela, told reporters" the first person is
                    // Mariela, so a possessive mention ranks after the others of its sentence)
                    int next = LowerBound(ctx.Tokens, m.End);
                    int pos = next < ctx.Tokens.Length && IsPossessive(ctx, next) ? m.Start + ctx.Text.Length : m.Start;
                    // (ties as a walk through the clusters in order, each one's mentions in order, would break them)
                    if (sentence > bestSentence || sentence == bestSentence && (pos < bestPos || pos == bestPos && (c, index).CompareTo(best) < 0))
                    {
                        best = (c, index); bestSentence = sentence; bestPos = pos;
                    }
                }
            }
        }
    }
}
