using Sitrep.Core;

namespace Sitrep.Extraction.Events;

/// <summary>
/// A PETRARCH verb dictionary (CAMEO.2.0.txt in the data directory, or a unit-test dictionary), read at run
/// time to widen the coder's verbs: synsets (<c>&amp;NAME</c> then <c>+WORD</c> lines), then verb blocks
/// (<c>--- NAME [code] ---</c>, member verbs with irregular forms in braces, verbs with a particle
/// (<c>+CORDON_OFF</c>), and patterns
/// <c>- words * words [code]</c>). A pattern's words after <c>*</c> must occur, in order, among the words
/// the verb governs after it; words before <c>*</c> among those before it. Prepositional groups
/// <c>(TO BORDER)</c> are read as their words; words joined by <c>_</c> and a synset's phrases stand side by side,
/// <c>_</c> next to <c>*</c> joins them to the verb, and a noun group <c>{NEW ARMS SHIPMENT}</c> keeps its last two
/// words together; the actor slots <c>$ + %</c> and skips <c>^</c> are left to the parse. The longest matching
/// pattern wins (of those as long, the one that reads more of the text), else the block's own code. <c>[a:b]</c>
/// codes keep <c>a</c>; <c>[---]</c> means "no event". Immutable once read.
/// </summary>
public sealed class PetrarchVerbs
{
    /// <summary>One pattern: word alternatives that must all be found, before and after the verb.</summary>
    /// <param name="Owner">The member verb the pattern was written for (its trailing comment), when it names one.</param>
    /// <param name="Compound">The pattern has PETRARCH's compound-actor slot before the verb ("- % * [030:030]"): it matches
    /// only a verb whose subject is several actors, who then do it to each other.</param>
    public sealed record Pattern(string[][] Before, string[][] After, string? Code, string? Owner = null, bool Compound = false)
    {
        /// <summary>How many words the pattern spells out (a phrase counts each of its words), which ranks patterns: the longest wins.</summary>
        public int Length { get; } = Before.Concat(After).Sum(alternatives => alternatives.Min(a => a.Count(c => c is ' ' or '~') + 1));

        /// <summary>The last words before the verb must stand right before it ("RECENTLY_*").</summary>
        public bool BeforeTouches { get; init; }

        /// <summary>The first words after the verb must stand right after it ("*_OUT").</summary>
        public bool AfterTouches { get; init; }

        /// <summary>
        /// The pattern spells out a negation ("&amp;NEGATVAUXVRB * OVER EFFORTS", "NEITHER *"): its code is what the
        /// negated phrase means, not an act that did not happen.
        /// </summary>
        public bool Negates { get; } = Before.Concat(After).Any(alternatives => alternatives.All(IsNegation));

        /// <summary>The preposition of the phrase that names the target ("EID (AT ^) (WITH +)": "with"), when the pattern says.</summary>
        public string? TargetCase { get; init; }

        /// <summary>The preposition of the phrase that names the source ("* (FROM $)": "from"), when the pattern says.</summary>
        public string? SourceCase { get; init; }

        /// <summary>The target slot stands before the verb ("- + * (IN) $"): the one the subject names is acted on, by the source slot's.</summary>
        public bool TargetBefore { get; init; }

        /// <summary>
        /// The target slot comes after a pattern word and actors skipped ("IFTAR (AT ^ ^) +": the third actor named after
        /// "at"; "* {MAY DAY} $": the first after "day"), when it is not simply a preposition's phrase.
        /// </summary>
        public SlotRun? TargetRun { get; init; }

        /// <summary>The same for the source slot ("TABASKI ^ $": the second actor named after "Tabaski").</summary>
        public SlotRun? SourceRun { get; init; }

        // (A phrase, "most certainly did n't ever", by any of its words.)
        private static bool IsNegation(string phrase) =>
            phrase.Split(' ', '~').Any(w => w is "not" or "n't" or "never" or "neither" or "nor" or "no");
    }

    /// <summary>An actor slot read along the text: after the word <paramref name="Anchor"/>, <paramref name="Skip"/> actors passed over ("^").</summary>
    public sealed record SlotRun(string Anchor, int Skip);

    /// <summary>
    /// A verb block: its code (null for "---") and its patterns, longest first, indexed by a word each must
    /// contain (plural "s" folded) so that matching looks only at patterns whose word is present.
    /// </summary>
    public sealed record Block(string Name, string? Code, Pattern[] Patterns, Pattern? CompoundOnly = null)
    {
        private readonly Dictionary<string, int[]> _byWord = Index(Patterns);

        private static Dictionary<string, int[]> Index(Pattern[] patterns)
        {
            var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < patterns.Length; i++)
            {
                var p = patterns[i];
                // Index by the pattern's most telling word (the one whose shortest spelling is longest):
                // "(TO BORDER)" is found through "border", not through every "to".
                string[] key = p.After.Length > 0 ? p.After[0] : p.Before[0];
                foreach (var e in p.Before.Concat(p.After))
                    if (e.Min(a => a.Length) > key.Min(a => a.Length)) key = e;
                foreach (var a in key)
                {
                    // A phrase ("economic memos") is found through its last word.
                    var k = Key(a.AsSpan(a.LastIndexOfAny([' ', '~']) + 1)).ToString();
                    if (!map.TryGetValue(k, out var list)) map[k] = list = new List<int>();
                    if (list.Count == 0 || list[^1] != i) list.Add(i);
                }
            }
            return map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The indexes (ascending: longest pattern first) of the patterns whose indexed word is <paramref name="word"/>.</summary>
        internal ReadOnlySpan<int> PatternsWith(ReadOnlySpan<char> word)
        {
            var lookup = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
            return lookup.TryGetValue(Key(word), out var list) ? list : default;
        }

        private static ReadOnlySpan<char> Key(ReadOnlySpan<char> w) => w.Length > 2 && w[^1] is 's' or 'S' ? w[..^1] : w;
    }

    /// <summary>A verb form's entry: its block, the member verb it is a form of, and that member's own code if it has one.</summary>
    public sealed record Verb(Block Block, string Member, string? Code);

    private readonly Dictionary<string, Verb> _verbs;
    private readonly Dictionary<string, Verb>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string> _codes;
    // The second words of the verbs kept with a particle ("off" of "cordon off").
    private readonly HashSet<string> _particles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _particleLookup;

    private PetrarchVerbs(Dictionary<string, Verb> verbs)
    {
        _verbs = verbs;
        _lookup = verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        _particles = new HashSet<string>(verbs.Keys.Where(k => k.Contains(' ')).Select(k => k[(k.IndexOf(' ') + 1)..]), StringComparer.OrdinalIgnoreCase);
        _particleLookup = _particles.GetAlternateLookup<ReadOnlySpan<char>>();
        _codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in verbs.Values)
        {
            AddCode(v.Code);
            AddCode(v.Block.Code);
            foreach (var p in v.Block.Patterns) AddCode(p.Code);
        }

        void AddCode(string? code)
        {
            if (code is null) return;
            var (forward, reverse) = SplitCode(code);
            if (forward.Length > 0) _codes.Add(forward);
            if (reverse is { Length: > 0 }) _codes.Add(reverse);
        }
    }

    /// <summary>
    /// True when the dictionary itself gives <paramref name="code"/> (one side of a two-way code included): its own
    /// codebook's code, to be emitted as written even where the CAMEO table does not list it.
    /// </summary>
    public bool Defines(string code) => _codes.Contains(code);

    public int VerbCount => _verbs.Count;
    public int PatternCount => _verbs.Values.Select(v => v.Block).Distinct().Sum(b => b.Patterns.Length);

    /// <summary>The entry of a verb form or base form (case ignored).</summary>
    public bool TryVerb(ReadOnlySpan<char> word, out Verb verb) => _lookup.TryGetValue(word, out verb!);

    /// <summary>
    /// The entry of a verb with its particle ("cordoned" "off" → CORDON_OFF), trying the verb's base forms; false at
    /// once when no such verb ends in <paramref name="particle"/>.
    /// </summary>
    public bool TryPhrasal(ReadOnlySpan<char> verb, ReadOnlySpan<char> particle, out Verb entry)
    {
        entry = null!;
        if (!_particleLookup.Contains(particle)) return false;
        var second = particle.ToString();
        return Lemmas.Find<Verb>(verb, (ReadOnlySpan<char> key, out Verb v) => _verbs.TryGetValue(string.Concat(key, " ", second), out v!), out entry);
    }

    /// <summary>Reads a dictionary file; unreadable lines are skipped with a message in <paramref name="problems"/>.</summary>
    public static PetrarchVerbs Read(string path, List<string> problems)
    {
        var synsets = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var verbs = new Dictionary<string, Verb>(StringComparer.OrdinalIgnoreCase);
        List<string>? synset = null;
        string? blockName = null, blockCode = null;
        var members = new List<(string Member, string Form, string? Code)>();
        var patterns = new List<(string Line, string? Owner, int Number)>();
        var pending = new List<(string Name, string? Code, List<(string, string, string?)> Members, List<(string, string?, int)> Patterns)>();

        void Close()
        {
            if (blockName is not null) pending.Add((blockName, blockCode, members, patterns));
            blockName = null; members = new(); patterns = new();
        }

        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = StripComment(raw, out var comment).Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal)) continue;
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                Close();
                synset = null;
                var inner = line.Trim('-').Trim();
                int lb = inner.IndexOf('[');
                blockName = (lb < 0 ? inner : inner[..lb]).Trim();
                blockCode = lb < 0 ? null : ParseCode(inner[lb..], out _);
                continue;
            }
            // A synset may come between verb blocks too ("&REVOLT" after ADOPT's block): it closes the block before it.
            if (line[0] == '&')
            {
                Close();
                synset = new List<string>();
                synsets[line[1..].Trim().TrimEnd('_')] = synset;
                continue;
            }
            if (line[0] == '+' && synset is not null && blockName is null) { synset.Add(line[1..].Trim().Replace('_', ' ').ToLowerInvariant()); continue; }
            if (blockName is null) continue;
            // A pattern line that lost its "- " ("* (TO QUESTION) [110]" under BEGIN) is still a pattern: no member verb
            // starts with "*".
            if (line[0] == '*' && line.Contains('[')) line = "- " + line;
            if (line.StartsWith("- ", StringComparison.Ordinal) || line == "-")
            {
                // The trailing comment names the member verb the pattern was written for ("# RUSH", "# CALLED_OFF").
                // Older dictionaries sign patterns with their coder's initials in lower case ("# tony 3/12/91",
                // "# pas 18 Jun 2007"): those name no verb, and the pattern serves every member.
                // Initials in capitals are a signature too when a date follows them ("# PAS 12.01.14", "# JW 10/15/91").
                var signed = comment.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var owner = signed.FirstOrDefault();
                owner = owner is null || !owner.Any(char.IsUpper) || signed.Length > 1 && char.IsAsciiDigit(signed[1][0]) ? null : owner.Split('_')[0].ToLowerInvariant();
                patterns.Add((line[1..], owner is { Length: > 1 } && owner.All(char.IsLetter) ? owner : null, n));
                continue;
            }
            if (line[0] == '+')
            {
                // A verb and its particle ("+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF } [144]"): kept under both words,
                // "cordon off", with its listed forms. Longer phrases are not matched here.
                int cut2 = line.IndexOfAny(['{', '[']);
                var words = (cut2 < 0 ? line : line[..cut2]).Trim().TrimStart('+').Trim('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length != 2) continue;
                var phrasal = string.Join(' ', words).ToLowerInvariant();
                int rb2 = line.IndexOf('['), lb2 = line.IndexOf('{');
                var phrasalCode = rb2 < 0 ? null : ParseCode(line[rb2..], out _);
                members.Add((phrasal, phrasal, phrasalCode));
                if (lb2 >= 0)
                {
                    int close = line.IndexOf('}', lb2);
                    foreach (var f in line[(lb2 + 1)..(close < 0 ? line.Length : close)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        if (f.Trim('+').Split('_', StringSplitOptions.RemoveEmptyEntries) is { Length: 2 } form)
                            members.Add((phrasal, string.Join(' ', form).ToLowerInvariant(), phrasalCode));
                }
                continue;
            }
            // A member verb: "SPEED {SPEEDING SPEEDS SPED }", "ABORT [160]".
            int brace = line.IndexOf('{'), bracket = line.IndexOf('[');
            int cut = brace < 0 ? bracket : bracket < 0 ? brace : Math.Min(brace, bracket);
            var head = (cut < 0 ? line : line[..cut]).Trim();
            if (head.Length == 0 || head.Contains(' ')) continue;
            var memberCode = bracket < 0 ? null : ParseCode(line[bracket..], out _);
            var member = head.ToLowerInvariant();
            members.Add((member, member, memberCode));
            if (brace >= 0)
            {
                int close = line.IndexOf('}', brace);
                foreach (var f in line[(brace + 1)..(close < 0 ? line.Length : close)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    if (f[0] != '+') members.Add((member, f.ToLowerInvariant(), memberCode));
            }
        }
        Close();

        Pattern? compoundOnly = null;
        foreach (var (name, code, mem, pats) in pending)
        {
            var list = new List<Pattern>();
            foreach (var (text, comment, number) in pats)
            {
                // A member's form names that member ("# PATCHED" → patch); a verb the block does not list ("# CALLED_OFF",
                // a multi-word verb) keeps the pattern to that verb, which no single word here is.
                var owner = comment is null ? null : mem.Find(m => m.Item2 == comment).Item1 ?? comment;
                var p = ParsePattern(text, synsets, owner);
                if (p is null) { problems.Add($"{Path.GetFileName(path)}:{number}: unreadable pattern '{text.Trim()}'."); continue; }
                if (p.Length > 0) list.Add(p);
                else if (p.Compound) compoundOnly ??= p;
            }
            var block = new Block(name, code, list.OrderByDescending(p => p.Length).ToArray(), compoundOnly);
            compoundOnly = null;
            // The first block that names a verb keeps it (dictionaries list a verb once; duplicates are slips).
            foreach (var (member, form, code2) in mem) verbs.TryAdd(form, new Verb(block, member, code2));
        }
        return new PetrarchVerbs(verbs);
    }

    private static string StripComment(string line, out string comment)
    {
        int h = line.IndexOf('#');
        comment = h < 0 ? "" : line[(h + 1)..];
        return h < 0 ? line : line[..h];
    }

    /// <summary>
    /// "[195]" → 195; "[---]" → null. A two-way code keeps its colon: "[043:042]" (the subject hosts, the other
    /// party visits) and "[:030]" (only the other party acts: "received assurances from X") → "043:042", ":030";
    /// <see cref="SplitCode"/> takes them apart. A codebook's own subdivisions keep their letter ("[174L]").
    /// <paramref name="readable"/> is false for text in brackets that is no code at all ("[+++]", "[xxy]"): a
    /// placeholder, not "no event".
    /// </summary>
    private static string? ParseCode(string s, out bool readable)
    {
        readable = false;
        int lb = s.IndexOf('['), rb = s.IndexOf(']');
        if (lb < 0 || rb <= lb) return null;
        var code = s[(lb + 1)..rb].Trim();
        int colon = code.IndexOf(':');
        string forward = colon < 0 ? code : code[..colon], reverse = colon < 0 ? "" : code[(colon + 1)..];
        static bool Ok(string c)
        {
            int digits = 0;
            while (digits < c.Length && char.IsAsciiDigit(c[digits])) digits++;
            if (digits < 2) return false;
            for (int i = digits; i < c.Length; i++) if (!char.IsAsciiLetter(c[i])) return false;
            return true;
        }
        static bool Side(string c) => c.Length == 0 || Ok(c) || c.All(ch => ch == '-');
        readable = (forward.Length > 0 || colon >= 0) && Side(forward) && Side(reverse);
        if (!Ok(forward)) forward = "";
        if (!Ok(reverse)) reverse = "";
        return forward.Length == 0 && reverse.Length == 0 ? null : reverse.Length == 0 ? forward : forward + ":" + reverse;
    }

    /// <summary>"043:042" → (043, 042); ":030" → ("", 030); "195" → (195, null).</summary>
    public static (string Forward, string? Reverse) SplitCode(string code)
    {
        int colon = code.IndexOf(':');
        return colon < 0 ? (code, null) : (code[..colon], code[(colon + 1)..]);
    }

    private static Pattern? ParsePattern(string text, Dictionary<string, List<string>> synsets, string? owner)
    {
        int lb = text.LastIndexOf('[');
        if (lb < 0) return null;
        var code = ParseCode(text[lb..], out bool readable);
        if (!readable) return null;
        var body = text[..lb];
        int star = body.IndexOf('*');
        if (star < 0) return null;
        var before = Words(body[..star], synsets);
        var after = Words(body[(star + 1)..], synsets);
        // "RECENTLY_*", "*_OUT": words joined to the verb by "_" stand right next to it.
        bool beforeTouches = star > 0 && body[star - 1] == '_', afterTouches = star + 1 < body.Length && body[star + 1] == '_';
        // (A compound slot after the verb, "- * WITH % [031]", is a phrase of several actors there: no constraint here.)
        bool compound = body[..star].Split([' ', '\t', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Contains("%");
        return before is null || after is null ? null
            : new Pattern(before, after, code, owner, compound)
            {
                TargetCase = SlotCase(body[(star + 1)..], '+'), SourceCase = SlotCase(body[(star + 1)..], '$'),
                TargetRun = Run(body[(star + 1)..], '+'), SourceRun = Run(body[(star + 1)..], '$'),
                TargetBefore = body[..star].Split([' ', '\t', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Contains("+"),
                BeforeTouches = beforeTouches && before.Length > 0, AfterTouches = afterTouches && after.Length > 0,
            };
    }

    /// <summary>
    /// An actor slot after the verb that is read along the text, not as a preposition's phrase: one after skipped actors
    /// ("(AT ^ ^) +", "TABASKI ^ $") or after a word that is no preposition ("{MAY DAY} $"); null otherwise ("(WITH +)",
    /// "FROM +").
    /// </summary>
    private static SlotRun? Run(string part, char slot)
    {
        var tokens = new List<(string Word, bool InParens)>();
        int depth = 0;
        var word = new System.Text.StringBuilder();
        foreach (var c in part + " ")
        {
            if (c is ' ' or '\t' or '(' or ')' or '{' or '}')
            {
                if (word.Length > 0) { tokens.Add((word.ToString(), depth > 0)); word.Clear(); }
                if (c == '(') depth++;
                else if (c == ')') depth = Math.Max(0, depth - 1);
                continue;
            }
            word.Append(c);
        }
        for (int i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Word != slot.ToString()) continue;
            int k = i - 1, skip = 0;
            while (k >= 0 && tokens[k].Word == "^") { k--; skip++; }
            if (k < 0 || !tokens[k].Word.All(ch => char.IsLetter(ch) || ch == '_')) return null;
            if (skip == 0 && (tokens[k].InParens || Prepositions.Contains(tokens[k].Word))) return null;
            return new SlotRun(tokens[k].Word.Split('_')[^1].ToLowerInvariant(), skip);
        }
        return null;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
        { "with", "against", "on", "to", "into", "toward", "towards", "at", "upon", "over", "between", "from", "of", "by", "for", "in", "about", "among", "through", "that" };

    /// <summary>The preposition written just before an actor slot after the verb ("(WITH +)" → "with"), or null.</summary>
    private static string? SlotCase(string part, char slot)
    {
        var tokens = part.Split([' ', '\t', '(', ')', '{', '}'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < tokens.Length; i++)
            if (tokens[i] == slot.ToString() && tokens[i - 1].All(char.IsLetter)) return tokens[i - 1].ToLowerInvariant();
        return null;
    }

    /// <summary>
    /// The pattern's words on one side of the verb, each as its alternatives. Words joined by "_" ("NEW_&amp;TIETYPES_RELATIONS")
    /// or grouped in braces ("{NEW &amp;TIETYPES RELATIONS}") are one phrase whose words stand together in the text: one
    /// alternative per spelling, its words joined by spaces, as a synset's phrases are ("AUSTRIAN GOLD FLORIN").
    /// </summary>
    private static string[][]? Words(string part, Dictionary<string, List<string>> synsets)
    {
        // A noun group's words are a phrase as "_" joins them, but for the words the noun may carry between its
        // modifiers ("{NEW &TIETYPES RELATIONS}" reads "new global economic relations"; not "new economic trade relations":
        // the group's last two words stand together), marked "~".
        var joined = new System.Text.StringBuilder(part.Length);
        int open = -1;
        foreach (var c in part)
        {
            if (c == '{') { open = joined.Length; joined.Append(' '); continue; }
            if (c == '}' && open >= 0)
            {
                var group = joined.ToString(open + 1, joined.Length - open - 1).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                joined.Length = open + 1;
                for (int g = 0; g < group.Length; g++) joined.Append(g == 0 ? "" : g == group.Length - 1 ? "_" : "~").Append(group[g]);
                joined.Append(' ');
                open = -1;
                continue;
            }
            joined.Append(c);
        }
        var result = new List<string[]>();
        foreach (var raw in joined.ToString().Split([' ', '\t', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            List<string> spellings = [""];
            // The mark between this piece and the last one kept: '~' where the noun's words may come between.
            char sep = ' ';
            for (int from = 0; from <= raw.Length;)
            {
                int cut = raw.IndexOfAny(['_', '~'], from);
                if (cut < 0) cut = raw.Length;
                var w = raw[from..cut].Trim();
                char after = cut < raw.Length ? raw[cut] : ' ';
                from = cut + 1;
                if (w is "$" or "+" or "%" or "^" or "-" || w.Length == 0) { if (after == '~') sep = '~'; continue; }
                List<string> options;
                if (w[0] == '&')
                {
                    if (!synsets.TryGetValue(w[1..], out var set)) return null;
                    options = set.Distinct().ToList();
                }
                else
                {
                    if (w.Any(c => c is '$' or '+' or '%' or '^')) w = new string(w.Where(char.IsLetterOrDigit).ToArray());
                    if (w.Length == 0) { if (after == '~') sep = '~'; continue; }
                    options = [w.ToLowerInvariant()];
                }
                // (A phrase over several synsets is spelled out in full; a runaway product is cut short.)
                var mark = sep;
                spellings = spellings.SelectMany(s => options.Select(o => s.Length == 0 ? o : s + mark + o)).Take(256).ToList();
                sep = after == '~' ? '~' : ' ';
            }
            if (spellings is [""]) continue;
            result.Add(spellings.Distinct().ToArray());
        }
        return result.ToArray();
    }

    /// <summary>
    /// Codes a verb from the words it governs (lowercase, in text order, <paramref name="before"/> and
    /// <paramref name="after"/> it). <paramref name="own"/> true: only patterns written for this member verb
    /// (or for none in particular); false: the block's other patterns too. The longest pattern whose words are
    /// found in order wins, and <paramref name="matched"/> says so (its code may be null: "[---]", no event).
    /// Without a match, the member's own code or the block's.
    /// </summary>
    public static string? CodeOf(Verb verb, IReadOnlyList<string> before, IReadOnlyList<string> after, bool own, out bool matched)
    {
        // The words as one text (the verb, "*", between them) and spans over it: the same matching the coder does over an article.
        var text = string.Join(" ", before.Append("*").Concat(after));
        var spans = new List<TextSpan>(before.Count + after.Count);
        int at = 0;
        foreach (var w in before) { spans.Add(new TextSpan(at, at + w.Length)); at += w.Length + 1; }
        var verbAt = new TextSpan(at, at + 1);
        at += 2;
        foreach (var w in after) { spans.Add(new TextSpan(at, at + w.Length)); at += w.Length + 1; }
        var all = spans.ToArray();
        return CodeOf(verb, text, all.AsSpan(0, before.Count), all.AsSpan(before.Count), own, out matched, out _, verbAt: verbAt);
    }

    /// <summary>The same over words of <paramref name="text"/> given as spans (case ignored), allocating nothing.</summary>
    public static string? CodeOf(Verb verb, string text, ReadOnlySpan<TextSpan> before, ReadOnlySpan<TextSpan> after, bool own, out bool matched) =>
        CodeOf(verb, text, before, after, own, out matched, out _);

    /// <summary>
    /// The same, with the pattern that matched (null when none did); <paramref name="compound"/> says the verb's subject is
    /// several actors, which compound-actor patterns ("% *") need.
    /// </summary>
    /// <paramref name="verb"/> is where the verb stands, for the words a pattern joins to it ("*_OUT"); without it they need only come first.
    public static string? CodeOf(Verb verb, string text, ReadOnlySpan<TextSpan> before, ReadOnlySpan<TextSpan> after, bool own, out bool matched, out Pattern? pattern,
        bool compound = false, TextSpan verbAt = default)
    {
        var block = verb.Block;
        // Only patterns whose indexed word occurs can match; the lowest index among them that does is the
        // longest pattern, as a scan of all patterns in order would find.
        // Of patterns as long, the one that read more of the text wins ("&HYPERCURR" reading "austrian gold florin" over
        // "&CURRENCY" reading "florin"), then the first written.
        int best = int.MaxValue, bestRead = 0;
        for (int side = 0; side < 2; side++)
        {
            var words = side == 0 ? before : after;
            foreach (var w in words)
                foreach (var i in block.PatternsWith(w.SliceOf(text)))
                {
                    var p = block.Patterns[i];
                    if (best != int.MaxValue && p.Length < block.Patterns[best].Length) break;
                    if (i == best) continue;
                    if (own && p.Owner is not null && p.Owner != verb.Member || p.Compound && !compound) continue;
                    if (InOrder(p.Before, text, before, p.BeforeTouches, verbAt, last: true, out int readBefore)
                        && InOrder(p.After, text, after, p.AfterTouches, verbAt, last: false, out int readAfter)
                        && (best == int.MaxValue || p.Length > block.Patterns[best].Length || readBefore + readAfter > bestRead || readBefore + readAfter == bestRead && i < best))
                    { best = i; bestRead = readBefore + readAfter; }
                }
        }
        if (best != int.MaxValue) { matched = true; pattern = block.Patterns[best]; return pattern.Code; }
        if (compound && block.CompoundOnly is { } together && !(own && together.Owner is not null && together.Owner != verb.Member))
        { matched = true; pattern = together; return together.Code; }
        matched = false;
        pattern = null;
        return verb.Code ?? block.Code;
    }

    /// <summary>
    /// The wanted words are found among <paramref name="words"/> in order, a phrase's words side by side. <paramref name="touches"/>:
    /// the first wanted (after the verb) or the last (before it, <paramref name="last"/>) stands right next to the verb.
    /// </summary>
    private static bool InOrder(string[][] wanted, string text, ReadOnlySpan<TextSpan> words, bool touches, TextSpan verbAt, bool last, out int read)
    {
        int at = 0;
        read = 0;
        for (int e = 0; e < wanted.Length; e++)
        {
            var alternatives = wanted[e];
            bool found = false;
            // A side that ends at the verb: its last wanted words must end at the last word before it.
            bool pinned = touches && (last ? e == wanted.Length - 1 : e == 0);
            while (at < words.Length && !found)
            {
                int start = at++;
                if (pinned && !last && start > 0) return false;
                foreach (var a in alternatives)
                {
                    int end = Match(a, text, words, start);
                    if (end < 0 || pinned && last && end != words.Length) continue;
                    found = true;
                    read += end - start;
                    at = end;
                    break;
                }
            }
            if (!found) return false;
        }
        if (touches && wanted.Length > 0 && verbAt.Length > 0)
        {
            // Nothing but spaces between the verb and the words joined to it.
            var gap = last ? text.AsSpan(words[^1].End, Math.Max(0, verbAt.Start - words[^1].End)) : text.AsSpan(verbAt.End, Math.Max(0, words[0].Start - verbAt.End));
            if (!gap.IsWhiteSpace()) return false;
        }
        return true;
    }

    /// <summary>
    /// The word, or phrase ("economic memos"), <paramref name="a"/> read from <paramref name="words"/>[<paramref name="at"/>] on (case
    /// ignored, a plural "s" either side): the index after its last word, or -1. A phrase's words are side by side in the text,
    /// with spaces or a hyphen between ("anti tank" reads "anti-tank").
    /// </summary>
    private static int Match(string a, string text, ReadOnlySpan<TextSpan> words, int at)
    {
        var w = words[at].SliceOf(text);
        // Most alternatives (a synset spelled out, hundreds of them) differ from the word in its first letter: both read
        // from there, so two ASCII characters that differ even with case ignored (the 0x20 bit) match nothing.
        if (w.Length > 0 && a.Length > 0 && a[0] is not (' ' or '~') && char.IsAscii(w[0]) && char.IsAscii(a[0]) && (w[0] | 0x20) != (a[0] | 0x20)) return -1;
        if (a.AsSpan().IndexOfAny(' ', '~') < 0) return SameWord(w, a) ? at + 1 : -1;
        return MatchFrom(a, 0, text, words, at);
    }

    /// <summary>A text word is a pattern's word (case ignored, a plural "s" either side).</summary>
    public static bool SameWord(ReadOnlySpan<char> w, string a) =>
        w.Equals(a, StringComparison.OrdinalIgnoreCase)
        || (w.Length == a.Length + 1 && w[^1] is 's' or 'S' && w.StartsWith(a, StringComparison.OrdinalIgnoreCase))
        || (a.Length == w.Length + 1 && a[^1] == 's' && a.AsSpan().StartsWith(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The phrase <paramref name="a"/> from its character <paramref name="i"/> on, read from word <paramref name="at"/>; "~" lets up to two words come between.</summary>
    private static int MatchFrom(string a, int i, string text, ReadOnlySpan<TextSpan> words, int at)
    {
        int pos = words[at].Start;
        while (i < a.Length)
        {
            if (a[i] == '~')
            {
                // The next word, or one of the two after it, goes on with the phrase.
                if (!EndsWord(words, at, pos)) return -1;
                int k = at;
                while (k < words.Length && words[k].Start < pos) k++;
                for (int skip = 0; skip < 3 && k + skip < words.Length; skip++)
                    if (MatchFrom(a, i + 1, text, words, k + skip) is var end && end >= 0) return end;
                return -1;
            }
            if (a[i] == ' ')
            {
                int skipped = pos;
                while (pos < text.Length && (char.IsWhiteSpace(text[pos]) || text[pos] == '-')) pos++;
                // Words written together are still two where the text was cut there ("did" "n't" of "didn't").
                if (pos == skipped && !EndsWord(words, at, pos)) return -1;
                i++;
                continue;
            }
            if (pos >= text.Length || char.ToLowerInvariant(text[pos]) != a[i]) break;
            pos++; i++;
        }
        // The phrase's last word may be plural where it is singular ("memo" reads "memos"), or the other way round.
        if (i == a.Length - 1 && a[i] == 's') i++;
        else if (i == a.Length && pos < text.Length && text[pos] is 's' or 'S') pos++;
        if (i < a.Length) return -1;
        for (int k = at; k < words.Length && words[k].Start < pos; k++)
            if (words[k].End == pos) return k + 1;
        return -1;
    }

    private static bool EndsWord(ReadOnlySpan<TextSpan> words, int from, int pos)
    {
        for (int k = from; k < words.Length && words[k].Start < pos; k++)
            if (words[k].End == pos) return true;
        return false;
    }
}
