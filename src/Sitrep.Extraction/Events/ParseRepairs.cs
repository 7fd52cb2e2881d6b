using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sitrep.Extraction.Syntax;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Mends, for the event coder only, parser slips that turn a noun into a verb and lose the event's object. The
/// document keeps the parser's own layers; the coder reads the mended copies.
/// </summary>
internal static class ParseRepairs
{
    /// <summary>
    /// "Ryabkov rejected US calls for a truce" parsed with "calls" a verb (complement of "rejected", "US" its
    /// subject): a plural-looking word right after its one-word subject, under a verb that precedes them, with no
    /// subordinator or object of its own, is the governor's object noun, the "subject" its modifier and its
    /// obliques nominal modifiers.
    /// </summary>
    public static (PosTags Pos, Dependencies Deps) Apply(PosTags pos, Dependencies deps, string text)
    {
        int noun = IndexOf(pos.TagSet, "NOUN"), obj = IndexOf(deps.LabelSet, "obj"), compound = IndexOf(deps.LabelSet, "compound"), nmod = IndexOf(deps.LabelSet, "nmod");
        if (noun < 0 || obj < 0 || compound < 0 || nmod < 0) return (pos, deps);
        byte[]? tags = null, labels = null;
        var words = pos.Words.Spans;
        for (int v = 2; v < words.Length; v++)
        {
            if (pos[v] != "VERB" || deps.Label(v) is not ("xcomp" or "ccomp")) continue;
            var w = words[v].SliceOf(text);
            if (w.Length < 4 || w[^1] != 's' || w.EndsWith("ss", StringComparison.Ordinal)) continue;
            int subj = v - 1, head = deps.Heads[v];
            if (head < 0 || head >= subj || deps.Heads[subj] != v || deps.Label(subj) != "nsubj" || pos[subj] is not ("PROPN" or "NOUN")) continue;
            // A word's dependents lie in its sentence, which the parser never makes longer than MaxLength words.
            int from = Math.Max(0, v - SentenceTokens.MaxLength), to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            bool clause = false;
            for (int c = from; c < to && !clause; c++)
                if (deps.Heads[c] == v && (deps.Label(c) is "mark" or "obj" or "aux" || c < subj)) clause = true;
            if (clause) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            tags[v] = (byte)noun;
            labels[v] = (byte)obj;
            labels[subj] = (byte)compound;
            for (int c = v + 1; c < to; c++)
                if (deps.Heads[c] == v && deps.Label(c) == "obl") labels[c] = (byte)nmod;
        }
        ProgressivesReadAsPassives(pos, deps, text, ref labels);
        PassivesReadAsActives(pos, deps, text, ref labels);
        var heads = MainVerbsReadAsRelatives(pos, deps, text, ref labels);
        RelativesReadAsMainVerbs(pos, deps, text, ref labels, ref heads);
        ClausesReadAsPhrases(pos, deps, text, ref labels, ref heads);
        MainVerbsReadAsRelativesOfOwners(pos, deps, text, ref labels, ref heads);
        PerfectsReadAsAdjectives(pos, deps, text, ref tags, ref labels, ref heads);
        ModalsBeforeParticiples(pos, deps, text, ref tags, ref labels, ref heads);
        AdjectivesAfterModals(pos, deps, text, ref tags, ref labels, heads);
        AdjectivesReadAsComplements(pos, deps, text, ref labels, ref heads);
        AdjectivesReadAsAdverbs(pos, deps, text, ref labels, ref heads);
        ObjectsSplitInTwo(pos, deps, ref labels, ref heads);
        ObjectsReadAsSecondSubjects(pos, deps, ref labels, ref heads);
        AppositivesReadAsPredicates(pos, deps, text, ref labels, ref heads);
        AmongThoseKilled(pos, deps, text, ref tags, ref labels, ref heads);
        NamesReadAsSecondSubjects(pos, deps, ref labels, ref heads);
        AgentsReadAsSecondSubjects(pos, deps, text, ref labels, ref heads);
        ArabicNamesAfterVerbs(pos, deps, text, ref labels, ref heads);
        ParticlesReadAsPrepositions(pos, deps, text, ref labels, ref heads);
        NamesSplitAtOf(pos, deps, text, ref labels, ref heads);
        PrepositionsReadAsSubordinators(pos, deps, text, ref labels, ref heads);
        NamesReadAsObjectsOfNames(pos, deps, text, ref labels, ref heads);
        InfinitivesReadAsMainVerbs(pos, deps, text, ref labels, ref heads);
        PromisedActsReadAsPurposes(pos, deps, text, ref labels, heads);
        UnlabelledPrepositionalPhrases(pos, deps, text, ref labels, ref heads);
        PossessorsReadAsConjuncts(pos, deps, text, ref labels, ref heads);
        ObjectsReadAsSubjectsOfInfinitives(pos, deps, text, ref labels, ref heads);
        RelativesHungOnPredicates(pos, deps, text, ref labels, ref heads);
        ConjunctsReadAsSubjects(pos, deps, text, ref labels, ref heads);
        CountsReadAsModifiersOfReporters(pos, deps, text, ref labels, ref heads);
        VerbsReadAsCompoundNouns(pos, deps, text, ref tags, ref labels, ref heads);
        SubjectsReadAsCompounds(pos, deps, text, ref labels, ref heads);
        QuotedObjectsHungOnPunctuation(pos, deps, text, ref labels, ref heads);
        AttributionsHungOnObjects(pos, deps, text, ref labels, ref heads);
        PrepositionsReadAsMarks(pos, deps, text, ref labels, ref heads);
        SubjectsReadAsClauses(pos, deps, text, ref labels, ref heads);
        VerbsReadAsAdjectives(pos, deps, text, ref labels, ref heads);
        HyphenedParticiplesReadAsClauses(pos, deps, text, ref labels, ref heads);
        HyphenedVerbsReadAsNouns(pos, deps, text, ref tags, ref labels, ref heads);
        TargetsHungOnWeapons(pos, deps, text, ref labels, ref heads);
        HeadlineVerbsReadAsModifiers(pos, deps, text, ref tags, ref labels, ref heads);
        DenialsReadAsNouns(pos, deps, text, ref tags, ref labels, ref heads);
        DeniedDeedsReadAsModifiers(pos, deps, text, ref labels, ref heads);
        WarrantsReadAsVerbs(pos, deps, text, ref tags, ref labels, ref heads);
        InfinitivesReadAsCompounds(pos, deps, text, ref tags, ref labels, ref heads);
        PastTensesConjoinedToGerunds(pos, deps, text, ref heads);
        RulingReadAsVerb(pos, deps, text, ref labels, ref heads);
        NamesReadAsVerbs(pos, deps, text, ref tags, ref labels, ref heads);
        NounsAfterArticlesReadAsVerbs(pos, deps, text, ref tags, ref labels, ref heads);
        GerundSubjectsReadAsMainVerbs(pos, deps, text, ref tags, ref labels, ref heads);
        if (labels is null && heads is null) return (pos, deps);
        return (tags is null ? pos : pos with { Tags = ImmutableArray.Create(tags) },
                deps with { Labels = labels is null ? deps.Labels : ImmutableArray.Create(labels), Heads = heads is null ? deps.Heads : ImmutableArray.Create(heads) });
    }

    // Past tenses that do not end in -ed, the ones news leads open with.
    private static readonly HashSet<string> IrregularPasts = new(StringComparer.OrdinalIgnoreCase)
        { "met", "struck", "fought", "took", "hit", "shot", "sent", "led", "held", "told", "threw", "won", "broke", "began", "sought", "brought", "drove", "overran", "stole", "withdrew", "froze", "said", "spoke" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPastsLookup = IrregularPasts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Venezuela's opposition called for mass protests against Maduro." parsed as a noun phrase with "called" a
    /// reduced relative ("the opposition [that was] called ...") and no main verb: a sentence whose root is a noun
    /// opening it, with a past-tense verb right after the noun phrase as its clause ("acl") and no subject, auxiliary
    /// or subordinator of its own, but an object, a that-clause or a "for/on/against/with/to" oblique, ending in a full stop (headlines,
    /// "Soldiers killed in attack", keep their reading), has that verb as its main verb and the noun as its subject.
    /// </summary>
    private static int[]? MainVerbsReadAsRelatives(PosTags pos, Dependencies deps, string text, ref byte[]? labels)
    {
        int root = IndexOf(deps.LabelSet, "root"), nsubj = IndexOf(deps.LabelSet, "nsubj"), obl = IndexOf(deps.LabelSet, "obl"), caseLabel = IndexOf(deps.LabelSet, "case");
        if (root < 0 || nsubj < 0 || obl < 0 || caseLabel < 0) return null;
        int[]? heads = null;
        var words = pos.Words.Spans;
        for (int r = 0; r < words.Length; r++)
        {
            if (deps.Heads[r] >= 0 || pos[r] is not ("NOUN" or "PROPN")) continue;
            // The sentence: the words whose chain of heads ends at r (never longer than the parser's limit).
            int from = Math.Max(0, r - SentenceTokens.MaxLength), to = Math.Min(words.Length, r + SentenceTokens.MaxLength);
            int first = r, last = r;
            for (int c = from; c < to; c++)
                if (RootOf(deps, c) == r) { first = Math.Min(first, c); last = Math.Max(last, c); }
            if (words[last].SliceOf(text) is not "." || pos[first] is "VERB" or "AUX") continue;
            int v = -1;
            for (int c = r + 1; c < last; c++)
            {
                if (pos[c] is "VERB" or "AUX") { v = c; break; }
            }
            // The clause hangs on the noun, or on a noun of its modifiers ("Rufus centre of a row between X and Y called on
            // ...": "called" on "Y"; not on a noun set in apposition, the subject itself).
            // (or as an adverb: "Azerbaijan on Monday demanded that Armenia withdraw", no verb ever is one; or as a clause
            // of its own whose subject is the day: "China on Monday warned the United States", "Monday" its "subject")
            // (or, the day hung on the noun, as a clause set beside the noun, or as what the attribution after it
            // reports: "Eritrea on Sunday released 40 prisoners", "Lithuania on Monday expelled a diplomat, the ministry
            // said", with "said" beside the noun)
            int day = v < 0 ? -1 : DaySubject(pos, deps, text, v);
            if (v >= 0 && day < 0) day = DayModifier(pos, deps, text, v, r);
            if (v < 0 || !(deps.Label(v) is "acl" or "advmod" && ModifierOf(deps, v, r) || day >= 0 && BesideOrReportedBeside(v))) continue;
            bool verbBefore = false;
            for (int c = first; c < r && !verbBefore; c++) verbBefore = pos[c] is "VERB" or "AUX";
            if (verbBefore) continue;
            var w = words[v].SliceOf(text);
            if (!(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && w.Length > 4) && !IrregularPastsLookup.Contains(w)) continue;
            bool clause = false, complement = false;
            for (int c = first; c <= last; c++)
            {
                if (deps.Heads[c] != v || day >= 0 && c >= day - 1 && c <= day) continue;
                var l = deps.Label(c);
                if (l is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "mark" or "cop") clause = true;
                else if (l is "obj" or "ccomp") complement = true;
                // (a prepositional phrase the parser left as an open complement, too: "called on the Government of Mali")
                else if (l is "obl" or "xcomp" && CaseWord(deps, words, text, c, first, last) is "for" or "on" or "against" or "with" or "to") complement = true;
            }
            if (clause || !complement) continue;
            heads ??= deps.Heads.ToArray();
            labels ??= deps.Labels.ToArray();
            heads[v] = -1; labels[v] = (byte)root;
            heads[r] = v; labels[r] = (byte)nsubj;
            if (day >= 0) { labels[day] = (byte)obl; heads[day] = v; heads[day - 1] = day; labels[day - 1] = (byte)caseLabel; }
            for (int c = v + 1; c <= last; c++)
                if (deps.Heads[c] == v && deps.Label(c) == "xcomp" && pos[c] is "NOUN" or "PROPN" && CaseWord(deps, words, text, c, first, last).Length > 0)
                    labels[c] = (byte)obl;
            // What the noun held after the verb belongs to the verb: "against President Maduro", the full stop.
            for (int c = v + 1; c <= last; c++)
                if (deps.Heads[c] == r)
                {
                    heads[c] = v;
                    if (deps.Label(c) == "nmod") labels[c] = (byte)obl;
                }
        }
        return heads;

        bool BesideOrReportedBeside(int v)
        {
            int r = RootOf(deps, v);
            if (deps.Label(v) == "parataxis" && deps.Heads[v] == r) return true;
            int s = deps.Heads[v];
            return deps.Label(v) == "ccomp" && s > v && deps.Heads[s] == r && deps.Label(s) == "parataxis" && Reports.Contains(pos.Words.Spans[s].SliceOf(text).ToString());
        }
    }

    /// <summary>
    /// "The civilians imprisoned for protesting were released by the president" parsed with "imprisoned" the main verb
    /// and "were released" its complement: a root participle in -ed with a subject before it and no auxiliary or object
    /// of its own, whose complement after it is a finite verb (with an auxiliary) with no subject, subordinator or
    /// conjunction of its own, is a reduced relative on its subject; the complement is the main verb and the noun its
    /// subject (passive when the verb's auxiliary is). Likewise "A Kremlin spokesman, asked about the strike, said Russia
    /// did not target civilians", with "said" the participle's conjunct: a participle set off by commas is a parenthesis.
    /// </summary>
    private static void RelativesReadAsMainVerbs(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int root = IndexOf(deps.LabelSet, "root"), acl = IndexOf(deps.LabelSet, "acl"), nsubj = IndexOf(deps.LabelSet, "nsubj"), nsubjPass = IndexOf(deps.LabelSet, "nsubj:pass");
        if (root < 0 || acl < 0 || nsubj < 0 || nsubjPass < 0) return;
        var words = pos.Words.Spans;
        for (int r = 1; r < words.Length; r++)
        {
            if (deps.Heads[r] >= 0 || pos[r] != "VERB" || !words[r].SliceOf(text).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) continue;
            int from = Math.Max(0, r - SentenceTokens.MaxLength), to = Math.Min(words.Length, r + SentenceTokens.MaxLength);
            int subj = -1, main = -1;
            bool own = false, passive = false;
            for (int c = from; c < to; c++)
            {
                if (deps.Heads[c] != r) continue;
                var l = deps.Label(c);
                if (l == "nsubj" && c < r && pos[c] is "NOUN" or "PROPN") subj = c;
                else if (l is "aux" or "aux:pass" or "obj" or "cop" or "nsubj:pass" or "expl") own = true;
                else if (main < 0 && c > r && l is "ccomp" or "advcl" or "conj" or "parataxis" && pos[c] == "VERB" && MainVerb(c, out passive)) main = c;
            }
            // "Gang members armed with automatic rifles and machetes killed at least 115 people" parsed with "killed" a clause
            // on "machetes": a past tense in -ed deeper in the participle's phrase, with an object and no subject, auxiliary,
            // subordinator or conjunction of its own, is the main verb
            if (!own && subj >= 0 && main < 0)
                for (int c = r + 2; c < to && main < 0; c++)
                    if (deps.Heads[c] >= 0 && deps.Heads[c] != r && deps.Label(c) == "acl" && pos[c] == "VERB" && pos[deps.Heads[c]] is "NOUN" or "PROPN"
                        && words[c].SliceOf(text).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && RootOf(deps, c) == r && ActiveWithObject(c)) main = c;
            if (own || subj < 0 || main < 0) continue;
            heads ??= deps.Heads.ToArray();
            labels ??= deps.Labels.ToArray();
            heads[main] = -1; labels[main] = (byte)root;
            heads[r] = subj; labels[r] = (byte)acl;
            heads[subj] = main; labels[subj] = (byte)(passive ? nsubjPass : nsubj);
            // What the participle held after the main verb (the full stop) belongs to the main verb.
            for (int c = main + 1; c < to; c++)
                if (deps.Heads[c] == r) heads[c] = main;

            // An object after the verb and no subject, auxiliary, subordinator or conjunction of its own.
            bool ActiveWithObject(int v)
            {
                bool obj = false;
                for (int c = Math.Max(from, v - 6); c < to; c++)
                {
                    if (deps.Heads[c] != v) continue;
                    var l = deps.Label(c);
                    if (l == "obj" && c > v) obj = true;
                    else if (l is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "mark" or "cc" or "expl") return false;
                }
                return obj;
            }

            // A finite verb (an auxiliary before it) with no subject, subordinator or conjunction of its own; or, when
            // the participle is set off by commas, a verb after the closing comma ("the spokesman, asked about the
            // strike, said ...").
            bool MainVerb(int v, out bool pass)
            {
                bool aside = r >= 2 && words[r - 1].SliceOf(text) is "," && words[v - 1].SliceOf(text) is "," && v > r + 1 && deps.Label(v) == "conj";
                bool finite = false, clause = false;
                pass = false;
                for (int c = r + 1; c < to; c++)
                {
                    if (deps.Heads[c] != v) continue;
                    var l = deps.Label(c);
                    if (l is "aux" or "aux:pass" && c < v) { finite = true; pass |= l == "aux:pass"; }
                    else if (l is "nsubj" or "nsubj:pass" or "mark" or "cc" or "expl" || l == "punct" && c < v && !aside) clause = true;
                }
                return (finite || aside) && !clause;
            }
        }
    }

    /// <summary>
    /// "Rebels of the Allied Democratic Forces killed 40 villagers in Beni, a local official said" parsed with "killed" a
    /// reduced relative on "Forces" and "Rebels" a second subject of the attribution's "said": a past tense right after
    /// the "of" phrase of a subject of a reporting verb that has another subject after it, with an object and no subject,
    /// auxiliary or subordinator of its own, is what the reporter says: the verb a complement of "said", the first
    /// subject its subject.
    /// </summary>
    private static void MainVerbsReadAsRelativesOfOwners(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int nsubj = IndexOf(deps.LabelSet, "nsubj"), ccomp = IndexOf(deps.LabelSet, "ccomp");
        if (nsubj < 0 || ccomp < 0) return;
        var words = pos.Words.Spans;
        for (int v = 2; v < words.Length; v++)
        {
            int n = Head(heads, deps, v);
            if (pos[v] != "VERB" || n != v - 1 || deps.Label(v) != "acl" || deps.Label(n) != "nmod") continue;
            int subj = Head(heads, deps, n), r = subj < 0 ? -1 : Head(heads, deps, subj);
            if (r <= v || deps.Label(subj) != "nsubj" || !Reports.Contains(words[r].SliceOf(text).ToString())) continue;
            var w = words[v].SliceOf(text);
            if (!(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && w.Length > 4) && !IrregularPastsLookup.Contains(w)) continue;
            int to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            bool own = false, objectOf = false, reporter = false;
            for (int c = subj + 1; c < to; c++)
            {
                if (Head(heads, deps, c) == v && deps.Label(c) is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "mark" or "cop") own = true;
                if (Head(heads, deps, c) == v && deps.Label(c) == "obj") objectOf = true;
                if (Head(heads, deps, c) == r && c > v && c < r && deps.Label(c) == "nsubj") reporter = true;
            }
            if (own || !objectOf || !reporter) continue;
            heads ??= deps.Heads.ToArray();
            labels ??= deps.Labels.ToArray();
            heads[v] = r; labels[v] = (byte)ccomp;
            heads[subj] = v; labels[subj] = (byte)nsubj;
        }
    }

    // Past participles that do not end in -ed, as conflict reports use them after "had".
    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.OrdinalIgnoreCase)
        { "overrun", "taken", "retaken", "overtaken", "shot", "struck", "hit", "beaten", "driven", "thrown", "held", "won", "seen" };

    /// <summary>
    /// "The Arakan Army said its fighters had overrun several military outposts" parsed with "had" the verb and "overrun"
    /// an adjective of its object: a participle right after "had"/"has"/"have" that modifies that verb's object is the
    /// verb, "have" its auxiliary, and what hung on "have" hangs on it.
    /// </summary>
    private static void PerfectsReadAsAdjectives(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int aux = IndexOf(deps.LabelSet, "aux"), verb = IndexOf(pos.TagSet, "VERB");
        if (aux < 0 || verb < 0) return;
        var words = pos.Words.Spans;
        for (int a = 1; a + 2 < words.Length; a++)
        {
            int v = a + 1;
            if (pos[a] != "VERB" || words[a].SliceOf(text) is not ("had" or "has" or "have") || deps.Label(v) != "amod") continue;
            int o = Head(heads, deps, v);
            if (o <= v || Head(heads, deps, o) != a || deps.Label(o) != "obj") continue;
            var w = words[v].SliceOf(text);
            if (!(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && w.Length > 4) && !IrregularParticiples.Contains(w.ToString())) continue;
            heads ??= deps.Heads.ToArray();
            labels ??= deps.Labels.ToArray();
            tags ??= pos.Tags.ToArray();
            tags[v] = (byte)verb;
            int to = Math.Min(words.Length, a + SentenceTokens.MaxLength);
            for (int c = Math.Max(0, a - SentenceTokens.MaxLength); c < to; c++)
                if (heads[c] == a && c != v) heads[c] = v;
            heads[v] = heads[a]; labels[v] = labels[a];
            heads[a] = v; labels[a] = (byte)aux;
        }
    }

    /// <summary>The head of word <paramref name="c"/> as mended so far.</summary>
    private static int Head(int[]? heads, Dependencies deps, int c) => heads?[c] ?? deps.Heads[c];

    // Subordinators the parser sometimes reads as prepositions before a clause's subject.
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase) { "as", "while", "after", "before", "until", "since" };

    /// <summary>
    /// "The stopover came as the US leader prepared to attend the Olympics" parsed with "as the US leader" a phrase and
    /// "prepared" a reduced relative on "leader": a subordinator read as the preposition of a noun, whose noun is followed
    /// at once by a past tense in -ed (or an irregular one) that hangs on it as a clause ("acl") or on the noun's own
    /// governor, with an object or a complement of its own and no subject, auxiliary or subordinator, is an adverbial
    /// clause: the noun its subject, the subordinator its mark, the clause on what the phrase hung on. So is one whose
    /// noun is followed by a participle set off by commas ("came two days after government forces, backed by clan
    /// militias, said they had recaptured three villages"), which then describes the noun.
    /// </summary>
    private static void ClausesReadAsPhrases(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int advcl = IndexOf(deps.LabelSet, "advcl"), nsubj = IndexOf(deps.LabelSet, "nsubj"), mark = IndexOf(deps.LabelSet, "mark"), acl = IndexOf(deps.LabelSet, "acl");
        if (advcl < 0 || nsubj < 0 || mark < 0 || acl < 0) return;
        var words = pos.Words.Spans;
        for (int n = 1; n + 1 < words.Length; n++)
        {
            int v = n + 1, aside = ParticipleAside(pos, deps, text, n), gov = (heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!)[n];
            if (aside >= 0) v = CommaAfter(words, text, aside) + 1;
            if (pos[n] is not ("NOUN" or "PROPN") || pos[v] != "VERB" || gov < 0 || gov >= n) continue;
            // ... or with the verb a clause of its own on the same governor, and no subject ("resumed as Russian troops
            // shelled the positions": "troops" an oblique of "resumed", "shelled" its adverbial clause).
            // ... or on the governor's own governor ("suspended talks with the ELN after the group attacked a base":
            // "group" hung on "talks", "attacked" a clause of "suspended"), where the clause stays.
            int clauseHead = deps.Heads[v] == n && deps.Label(v) == "acl" ? gov : deps.Heads[v];
            if (!(deps.Heads[v] == n && deps.Label(v) == "acl"
                  || deps.Label(v) is "advcl" or "conj" or "parataxis" or "xcomp" && (clauseHead == gov || clauseHead >= 0 && clauseHead == deps.Heads[gov] && deps.Label(v) == "advcl")))
                continue;
            if (deps.Label(n) is not ("obl" or "nmod")) continue;
            var w = words[v].SliceOf(text);
            // ("troops will remain until Iraq complies with the resolutions": a present tense in -s, read as the
            // governor's complement sharing its subject, is as much a clause of its own)
            bool present = deps.Label(v) == "xcomp" && w.Length > 3 && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal);
            if (deps.Label(v) == "xcomp" && !present) continue;
            if (!(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && w.Length > 4) && !IrregularPastsLookup.Contains(w) && !present) continue;
            int from = Math.Max(0, n - SentenceTokens.MaxLength), to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            int sub = -1;
            bool own = false, complement = false;
            for (int c = from; c < to; c++)
            {
                if (deps.Heads[c] == n && c < n && deps.Label(c) == "case" && Subordinators.Contains(words[c].SliceOf(text).ToString())) sub = c;
                if (deps.Heads[c] != v) continue;
                var l = deps.Label(c);
                if (l is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "mark" or "cop" or "expl") own = true;
                else if ((l is "obj" or "xcomp" or "ccomp" || present && l == "obl") && c > v) complement = true;
            }
            if (sub < 0 || own || !complement) continue;
            heads ??= deps.Heads.ToArray();
            labels ??= deps.Labels.ToArray();
            heads[v] = clauseHead; labels[v] = (byte)advcl;
            heads[n] = v; labels[n] = (byte)nsubj;
            heads[sub] = v; labels[sub] = (byte)mark;
            if (aside >= 0) { heads[aside] = n; labels[aside] = (byte)acl; }
        }
    }

    /// <summary>The participle in -ed of ", backed by clan militias," set off by commas right after word <paramref name="n"/>, or -1.</summary>
    private static int ParticipleAside(PosTags pos, Dependencies deps, string text, int n)
    {
        var words = pos.Words.Spans;
        int p = n + 2;
        if (p + 2 >= words.Length || !words[n + 1].SliceOf(text).SequenceEqual(",") || pos[p] != "VERB"
            || !words[p].SliceOf(text).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return -1;
        int close = CommaAfter(words, text, p);
        if (close < 0 || close + 1 >= words.Length) return -1;
        for (int c = p + 1; c < close; c++)
            if (pos[c] != "PUNCT" && !Governs(p, c, null, deps)) return -1;
        return p;
    }

    /// <summary>The first comma within eight words after <paramref name="from"/>, or -1.</summary>
    private static int CommaAfter(ImmutableArray<Sitrep.Core.TextSpan> words, string text, int from)
    {
        for (int c = from + 1; c < Math.Min(words.Length, from + 9); c++)
            if (words[c].SliceOf(text).SequenceEqual(",")) return c;
        return -1;
    }

    /// <summary>
    /// "Qatar is mediating between Israel and Hamas" parsed as a passive ("is" aux:pass, "Qatar" nsubj:pass): a verb in
    /// -ing is never a passive participle, so its "be" is a plain auxiliary and its subject the doer.
    /// </summary>
    /// <summary>
    /// "said it had killed "more than 40 apostate soldiers"." parsed with "soldiers" hung on the full stop: punctuation
    /// governs nothing, so a noun hung on it whose phrase opens with a quotation mark right after a verb that has no
    /// object is that verb's quoted object. (Not a quoted clause: a verb inside the quotation leaves it alone.)
    /// </summary>
    private static void QuotedObjectsHungOnPunctuation(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int obj = IndexOf(deps.LabelSet, "obj");
        if (obj < 0) return;
        var words = pos.Words.Spans;
        for (int n = 2; n < words.Length; n++)
        {
            int h = heads?[n] ?? deps.Heads[n];
            if (h < 0 || pos[h] != "PUNCT" || pos[n] is not ("NOUN" or "PROPN")) continue;
            // The phrase's first word: the leftmost of the words before the noun that hang on it, directly or not.
            int first = n;
            while (first > 0 && pos[first - 1] is not ("VERB" or "AUX") && !IsQuoteMark(words[first - 1].SliceOf(text)) && Governs(n, first - 1, heads, deps)) first--;
            int quote = first - 1, verb = first - 2;
            if (verb < 0 || !IsQuoteMark(words[quote].SliceOf(text)) || pos[verb] != "VERB") continue;
            // The verb's object slot must be free.
            if (Dependent(verb, heads, deps, "obj") >= 0) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[n] = verb; labels[n] = (byte)obj;
            heads[quote] = n;
        }
    }

    /// <summary>
    /// "Russian drones struck Odesa, killing two people and damaging port infrastructure, regional governor Oleh Kiper
    /// said." parsed with "governor" a conjunct of "people" and "said" a relative clause on them; "... killed seven
    /// soldiers in an attack on a base in Norte de Santander, the army said on Sunday." parsed with "in" a subordinator
    /// and the place the subject of "said": a reporting verb that ends the sentence (but for what hangs on it: "on
    /// Sunday"), after a comma and its subject's phrase with no verb in it, tells who reported the sentence. It hangs on
    /// the sentence's main verb; the words of the phrase after the comma on its subject, and a subject the parser took
    /// from before the comma back on the clause it came from.
    /// </summary>
    private static void AttributionsHungOnObjects(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int parataxis = IndexOf(deps.LabelSet, "parataxis"), compound = IndexOf(deps.LabelSet, "compound"), nsubj = IndexOf(deps.LabelSet, "nsubj");
        int nmod = IndexOf(deps.LabelSet, "nmod"), obl = IndexOf(deps.LabelSet, "obl"), caseLabel = IndexOf(deps.LabelSet, "case");
        if (parataxis < 0 || compound < 0 || nsubj < 0 || nmod < 0 || obl < 0 || caseLabel < 0) return;
        var words = pos.Words.Spans;
        foreach (var (_, start, end) in pos.Words.Ranges)
        {
            int v = end - 1;
            while (v > start && pos[v] != "VERB") v--;
            if (v <= start + 3 || !ReportingWords.Contains(words[v].SliceOf(text).ToString())) continue;
            bool trailing = true;
            for (int w = v + 1; w < end && trailing; w++)
                trailing = pos[w] == "PUNCT" || Governs(v, w, heads, deps);
            if (!trailing) continue;
            int h = heads?[v] ?? deps.Heads[v];
            int subj = -1, comma = -1;
            for (int w = v - 1; w > start && comma < 0; w--)
            {
                if (words[w].SliceOf(text).SequenceEqual(",")) comma = w;
                else if (pos[w] is "VERB" or "AUX" or "SCONJ" or "PRON") break;
                else if ((heads?[w] ?? deps.Heads[w]) == v && deps.Label(w) == "nsubj") subj = w;
            }
            if (comma < 0 || h >= comma) continue;
            int root = -1;
            for (int w = start; w < comma; w++)
                if ((heads?[w] ?? deps.Heads[w]) < 0) root = w;
            if (root < 0) continue;
            // (shape two: the subject before the comma, the phrase after it hung on that subject)
            int taken = -1, phrase = -1;
            // (shape three: "..., officials in Ouagadougou said." with the reporting verb given no subject at all, the phrase's
            // noun read as a conjunct of a noun before the comma and its place as the main verb's: the phrase is the subject,
            // its head the last noun before its first preposition)
            if (subj < 0 && deps.Label(v) is "advcl" or "conj" && !HasSubject(v, heads, deps) && PhraseHead(pos, text, comma, v) is var head && head >= 0)
            {
                labels ??= deps.Labels.ToArray();
                heads ??= deps.Heads.ToArray();
                heads[v] = root; labels[v] = (byte)parataxis;
                if (heads[comma] <= comma) heads[comma] = v;
                heads[head] = v; labels[head] = (byte)nsubj;
                for (int w = comma + 1; w < v; w++)
                    if (w != head && (heads[w] <= comma || heads[w] > v))
                    {
                        heads[w] = head;
                        labels[w] = w < head ? (byte)compound : (byte)nmod;
                    }
                continue;
            }
            if (subj < 0 && deps.Label(v) is "advcl" or "acl" or "acl:relcl" or "conj")
            {
                for (int w = Math.Max(start, comma - SentenceTokens.MaxLength); w < comma && taken < 0; w++)
                    if ((heads?[w] ?? deps.Heads[w]) == v && deps.Label(w) == "nsubj") taken = w;
                for (int w = comma + 1; w < v; w++)
                    if ((heads?[w] ?? deps.Heads[w]) is var hw && (hw <= comma || hw > v)) { if (phrase >= 0) { phrase = -2; break; } phrase = w; }
                if (taken < 0 || phrase < 0 || pos[phrase] is not ("NOUN" or "PROPN")) continue;
            }
            else if (subj < 0 || deps.Label(v) is not ("acl:relcl" or "acl" or "conj")) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[v] = root; labels[v] = (byte)parataxis;
            if (heads[comma] <= comma) heads[comma] = v;
            if (taken < 0)
            {
                for (int w = comma + 1; w < v; w++)
                    if (w != subj && (heads[w] <= comma || heads[w] > v)) { heads[w] = subj; labels[w] = (byte)compound; }
                continue;
            }
            heads[phrase] = v; labels[phrase] = (byte)nsubj;
            // the preposition read as a subordinator is the taken subject's own; the phrase goes on the noun before it,
            // else on the main verb
            int prep = -1;
            for (int w = Math.Max(start, taken - 3); w < taken; w++)
                if (heads[w] == v && pos[w] == "ADP") prep = w;
            if (prep < 0) { heads[taken] = root; labels[taken] = (byte)obl; continue; }
            heads[prep] = taken; labels[prep] = (byte)caseLabel;
            if (prep > start && pos[prep - 1] is "NOUN" or "PROPN") { heads[taken] = prep - 1; labels[taken] = (byte)nmod; }
            else { heads[taken] = root; labels[taken] = (byte)obl; }
        }
    }

    private static bool HasSubject(int v, int[]? heads, Dependencies deps)
    {
        for (int w = 0; w < deps.Heads.Length; w++)
            if ((heads?[w] ?? deps.Heads[w]) == v && deps.Label(w).StartsWith("nsubj", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The head of a reporter's phrase between a comma and the reporting verb with no verb of its own ("officials in
    /// Ouagadougou", "a security source in the capital"): the last noun before its first preposition; -1 when the phrase
    /// holds a verb or no noun, or is longer than a reporter's.
    /// </summary>
    private static int PhraseHead(PosTags pos, string text, int comma, int v)
    {
        if (v - comma - 1 is < 1 or > 8) return -1;
        int head = -1;
        for (int w = comma + 1; w < v; w++)
        {
            var tag = pos[w];
            if (tag is "VERB" or "AUX" or "SCONJ" or "CCONJ" or "PUNCT") return -1;
            if (tag == "ADP") break;
            if (tag is "NOUN" or "PROPN") head = w;
        }
        return head;
    }

    /// <summary>
    /// "stormed a police station in Dera Ismail Khan, killing nine policemen" parsed with "in" the subordinator of
    /// "killing" and the town its oblique: a preposition that never opens a clause, right before a noun that hangs on the
    /// same verb as an oblique, is that noun's.
    /// </summary>
    private static void PrepositionsReadAsMarks(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int caseLabel = IndexOf(deps.LabelSet, "case");
        if (caseLabel < 0) return;
        var words = pos.Words.Spans;
        for (int m = 0; m + 1 < words.Length; m++)
        {
            if (pos[m] != "ADP" || (labels is null ? deps.Label(m) : deps.LabelSet[labels[m]]) != "mark"
                || !PlacePrepositions.Contains(words[m].SliceOf(text).ToString())) continue;
            int n = m + 1, h = heads?[m] ?? deps.Heads[m];
            if (pos[n] is not ("PROPN" or "NOUN") || (heads?[n] ?? deps.Heads[n]) != h || deps.Label(n) != "obl") continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[m] = n; labels[m] = (byte)caseLabel;
        }
    }

    /// <summary>
    /// "fired tear gas at protesters, as demonstrations against a tax increase turned violent" parsed with
    /// "demonstrations" a clause of its own ("as" its subordinator), "against a tax increase" an oblique of "fired" and
    /// "turned" another clause with no subject: a noun with a subordinator and no verb, followed by a verb of the same
    /// governor that has no subject, with nothing between but the noun's words and obliques of the governor, is that
    /// verb's subject; the subordinator is the verb's and the obliques the noun's.
    /// </summary>
    private static void SubjectsReadAsClauses(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int nsubj = IndexOf(deps.LabelSet, "nsubj"), advcl = IndexOf(deps.LabelSet, "advcl"), nmod = IndexOf(deps.LabelSet, "nmod");
        if (nsubj < 0 || advcl < 0 || nmod < 0) return;
        var words = pos.Words.Spans;
        for (int n = 1; n + 2 < words.Length; n++)
        {
            int g = heads?[n] ?? deps.Heads[n];
            if (pos[n] is not ("NOUN" or "PROPN") || g < 0 || g > n || (labels is null ? deps.Label(n) : deps.LabelSet[labels[n]]) != "advcl") continue;
            int mark = Dependent(n, heads, deps, "mark"), to = Math.Min(words.Length, n + SentenceTokens.MaxLength);
            if (mark < 0 || mark > n || Dependent(n, heads, deps, "cop", "aux") >= 0) continue;
            // (the first verb on the same governor; a participle inside the phrase, "a proposed tax", is the phrase's)
            int v = n + 1;
            while (v < to && !(pos[v] is "VERB" or "AUX" && (heads?[v] ?? deps.Heads[v]) == g)) v++;
            if (v >= to || deps.Label(v) is not ("advcl" or "conj")) continue;
            var obliques = new List<int>(2);
            for (int c = n + 1; c < v; c++)
                if ((heads?[c] ?? deps.Heads[c]) == g && deps.Label(c) == "obl") obliques.Add(c);
            bool between = true;
            for (int c = n + 1; c < v && between; c++)
                between = obliques.Contains(c) || Governs(n, c, heads, deps) || UnderAny(obliques, c, heads, deps);
            if (!between) continue;
            if (Dependent(v, heads, deps, "nsubj", "nsubj:pass", "expl") >= 0) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[n] = v; labels[n] = (byte)nsubj;
            heads[mark] = v;
            labels[v] = (byte)advcl;
            foreach (int o in obliques) { heads[o] = n; labels[o] = (byte)nmod; }
        }
    }

    /// <summary>
    /// "The World Food Programme suspended food deliveries to Gaza" parsed with "suspended" an adjective of "deliveries",
    /// the root, and the programme the root's subject: a noun root with a subject and no copula, whose subject is followed
    /// at once by a past tense in -ed hung on the root as its modifier, has that verb as its main verb and the root as
    /// its object. "Rioters burned government offices", with "Rioters" taken for a name compounded with the root, is read
    /// the same when that noun opens the sentence (only its article or adjectives before it): a name compounded with
    /// "burned offices" names no kind of office.
    /// </summary>
    private static void VerbsReadAsAdjectives(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int root = IndexOf(deps.LabelSet, "root"), obj = IndexOf(deps.LabelSet, "obj"), nsubj = IndexOf(deps.LabelSet, "nsubj");
        if (root < 0 || obj < 0 || nsubj < 0) return;
        var words = pos.Words.Spans;
        for (int v = 1; v + 1 < words.Length; v++)
        {
            int r = heads?[v] ?? deps.Heads[v], subj = v - 1;
            if (pos[v] != "VERB" || deps.Label(v) != "amod" || r <= v || (heads?[r] ?? deps.Heads[r]) >= 0 || pos[r] != "NOUN") continue;
            if (!words[v].SliceOf(text).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) continue;
            if ((heads?[subj] ?? deps.Heads[subj]) != r || deps.Label(subj) != "nsubj" && !(deps.Label(subj) == "compound" && OpensNounPhrase(pos, deps, subj, r))) continue;
            if (Dependent(r, heads, deps, "cop", "aux") >= 0) continue;
            int to = Math.Min(words.Length, r + SentenceTokens.MaxLength);
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            // what hung on the root before the verb is the subject's; after it, the object's, but punctuation and clauses the verb's
            for (int c = Math.Max(0, r - SentenceTokens.MaxLength); c < to; c++)
            {
                if (heads[c] != r || c == v) continue;
                if (c == subj) { heads[c] = v; continue; }
                if (c < subj) heads[c] = subj;
                else if (c > r && deps.Label(c) is "punct" or "parataxis" or "advcl" or "conj" or "obl") heads[c] = v;
            }
            heads[v] = -1; labels[v] = (byte)root;
            heads[r] = v; labels[r] = (byte)obj;
            labels[subj] = (byte)nsubj;
        }
    }

    /// <summary>
    /// The noun or name <paramref name="n"/>, hung on the root <paramref name="r"/>, opens its sentence, with nothing
    /// before it but the root's article and adjectives ("Rioters ...", "The angry rioters ...").
    /// </summary>
    private static bool OpensNounPhrase(PosTags pos, Dependencies deps, int n, int r)
    {
        if (pos[n] is not ("NOUN" or "PROPN")) return false;
        for (int c = n - 1; c >= 0 && RootOf(deps, c) == r; c--)
            if (deps.Heads[c] != r || deps.Label(c) is not ("det" or "amod")) return false;
        return true;
    }

    /// <summary>
    /// "Serbia and Kosovo held EU-brokered talks" parsed with "EU" the object of "held" and "brokered" a clause of
    /// its own whose object is "talks": a name joined by a hyphen to a participle in -ed (no space either side), the
    /// name the object of the verb the participle's clause hangs on and the participle's object right after it, is
    /// one modifier ("EU-brokered") of that object, which is the verb's.
    /// </summary>
    private static void HyphenedParticiplesReadAsClauses(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int obj = IndexOf(deps.LabelSet, "obj"), amod = IndexOf(deps.LabelSet, "amod"), compound = IndexOf(deps.LabelSet, "compound");
        if (obj < 0 || amod < 0 || compound < 0) return;
        var words = pos.Words.Spans;
        for (int v = 2; v + 1 < words.Length; v++)
        {
            int name = v - 2, n = v + 1, g = heads?[v] ?? deps.Heads[v];
            if (pos[v] != "VERB" || deps.Label(v) is not ("advcl" or "parataxis" or "conj" or "xcomp") || g < 0) continue;
            if (!words[v].SliceOf(text).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || words[v - 1].SliceOf(text) is not "-"
                || words[name].End != words[v - 1].Start || words[v - 1].End != words[v].Start) continue;
            if (pos[name] != "PROPN" || (heads?[name] ?? deps.Heads[name]) != g || deps.Label(name) != "obj") continue;
            if ((heads?[n] ?? deps.Heads[n]) != v || deps.Label(n) != "obj" || pos[n] != "NOUN") continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            // the participle's other phrases after the noun ("in Brussels on Thursday") are the noun's or the verb's: the verb's
            int to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            for (int c = n + 1; c < to; c++) if (heads[c] == v) heads[c] = g;
            heads[n] = g; labels[n] = (byte)obj;
            heads[v] = n; labels[v] = (byte)amod;
            heads[name] = v; labels[name] = (byte)compound;
        }
    }

    /// <summary>
    /// "Police tear-gassed protesters", "Kenyan police tear-gas protesters" split by the tokenizer at the hyphen and
    /// parsed as one noun phrase, "gassed" a modifier of "protesters": a "tear-gas" verb (a form of "gas" joined by a
    /// hyphen to "tear", no space either side) hung on the noun after it, with a noun right before "tear", is the verb,
    /// that noun its subject, "tear" its particle-like modifier and the noun after it its object.
    /// </summary>
    private static void HyphenedVerbsReadAsNouns(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int verb = IndexOf(pos.TagSet, "VERB"), nsubj = IndexOf(deps.LabelSet, "nsubj"), obj = IndexOf(deps.LabelSet, "obj"),
            compound = IndexOf(deps.LabelSet, "compound");
        if (verb < 0 || nsubj < 0 || obj < 0 || compound < 0) return;
        var words = pos.Words.Spans;
        for (int v = 3; v + 1 < words.Length; v++)
        {
            int tear = v - 2, subj = v - 3;
            if (!words[v].SliceOf(text).StartsWith("gas", StringComparison.OrdinalIgnoreCase) || words[v - 1].SliceOf(text) is not "-"
                || !words[tear].SliceOf(text).Equals("tear", StringComparison.OrdinalIgnoreCase)
                || words[tear].End != words[v - 1].Start || words[v - 1].End != words[v].Start) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int n = h[v];
            if (n <= v || pos[n] is not ("NOUN" or "PROPN") || pos[subj] is not ("NOUN" or "PROPN") || !Under(h, subj, n)) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            int from = Math.Max(0, v - SentenceTokens.MaxLength), to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            // the verb takes the noun phrase's place in the sentence; what stood before the subject ("Kenyan" of
            // "Kenyan police") is the subject's, the full stop the verb's
            heads[v] = heads[n]; labels[v] = labels[n]; tags[v] = (byte)verb;
            for (int c = from; c < subj; c++)
                if (Under(heads, c, n) && heads[c] != subj && !Under(heads, c, subj)) heads[c] = subj;
            for (int c = n + 1; c < to; c++)
                if (heads[c] == n && deps.Label(c) == "punct") heads[c] = v;
            heads[subj] = v; labels[subj] = (byte)nsubj;
            heads[tear] = v; labels[tear] = (byte)compound;
            heads[v - 1] = v;
            heads[n] = v; labels[n] = (byte)obj;
        }
    }

    private static readonly HashSet<string> Arms = new(StringComparer.OrdinalIgnoreCase)
    {
        "arms", "weapon", "gun", "rifle", "mortar", "rocket", "missile", "drone", "artillery", "grenade", "shell", "bomb",
        "cannon", "launcher", "fire", "gunfire",
    };

    /// <summary>
    /// "Pakistani troops opened fire with small arms and mortars on Indian posts" parsed with "on Indian posts" a modifier
    /// of the weapons: an "on", "at" or "upon" phrase hung on the weapons a verb acts with ("with" phrase) is what the
    /// verb aims at, the verb's own oblique.
    /// </summary>
    private static void TargetsHungOnWeapons(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int obl = IndexOf(deps.LabelSet, "obl");
        if (obl < 0) return;
        var words = pos.Words.Spans;
        for (int t = 2; t < words.Length; t++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int weapon = h[t];
            if (weapon < 0 || weapon >= t || !deps.Label(t).StartsWith("nmod", StringComparison.Ordinal) || !HasCase(h, deps, words, text, t, "on", "at", "upon")) continue;
            // (the weapons, or the first of weapons joined by "and": "with small arms and mortars on ...")
            int arms = deps.Label(weapon) == "conj" && h[weapon] >= 0 && h[weapon] < weapon ? h[weapon] : weapon;
            int verb = h[arms];
            if (verb < 0 || pos[verb] != "VERB" || deps.Label(arms) != "obl" || !HasCase(h, deps, words, text, arms, "with")) continue;
            if (!Array.Exists(Lemmas.Forms(words[weapon].SliceOf(text)), Arms.Contains)) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[t] = verb; labels[t] = (byte)obl;
        }
    }

    /// <summary>Word <paramref name="w"/> has one of <paramref name="cases"/> as its preposition (as the heads are mended so far).</summary>
    private static bool HasCase(int[] h, Dependencies deps, ImmutableArray<Sitrep.Core.TextSpan> words, string text, int w, params ReadOnlySpan<string> cases)
    {
        for (int c = Math.Max(0, w - 4); c < w; c++)
            if (h[c] == w && deps.Label(c) == "case")
                foreach (var k in cases) if (words[c].SliceOf(text).Equals(k, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool UnderAny(List<int> governors, int word, int[]? heads, Dependencies deps)
    {
        foreach (int g in governors) if (Governs(g, word, heads, deps)) return true;
        return false;
    }

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "on", "at", "near", "from", "into", "of", "outside", "inside" };

    private static readonly HashSet<string> ReportingWords = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "told", "added", "reported" };

    /// <summary>The first word hung on <paramref name="governor"/> (as mended so far) with one of <paramref name="labels"/>
    /// (the parser's own), or -1. A word's dependents lie in its sentence, never longer than MaxLength words.</summary>
    private static int Dependent(int governor, int[]? heads, Dependencies deps, params ReadOnlySpan<string> labels)
    {
        int from = Math.Max(0, governor - SentenceTokens.MaxLength), to = Math.Min(deps.Heads.Length, governor + SentenceTokens.MaxLength);
        for (int c = from; c < to; c++)
            if ((heads?[c] ?? deps.Heads[c]) == governor && labels.Contains(deps.Label(c))) return c;
        return -1;
    }

    /// <summary><see cref="Under"/> over the heads as mended so far (the parser's while nothing is).</summary>
    private static bool Governs(int governor, int word, int[]? heads, Dependencies deps) =>
        Under(heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!, word, governor);

    private static bool IsQuoteMark(ReadOnlySpan<char> w) => w is "\"" or "\u201C" or "'" or "\u2018" or "``";

    private static void ProgressivesReadAsPassives(PosTags pos, Dependencies deps, string text, ref byte[]? labels)
    {
        int auxPass = IndexOf(deps.LabelSet, "aux:pass"), subjPass = IndexOf(deps.LabelSet, "nsubj:pass");
        int aux = IndexOf(deps.LabelSet, "aux"), nsubj = IndexOf(deps.LabelSet, "nsubj");
        if (auxPass < 0 || subjPass < 0 || aux < 0 || nsubj < 0) return;
        var words = pos.Words.Spans;
        for (int a = 0; a < words.Length; a++)
        {
            if (deps.Labels[a] != auxPass || deps.Heads[a] is var v && (v <= a || pos[v] != "VERB")) continue;
            if (!words[v].SliceOf(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
            labels ??= deps.Labels.ToArray();
            labels[a] = (byte)aux;
            int from = Math.Max(0, v - SentenceTokens.MaxLength), to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            for (int c = from; c < to; c++)
                if (deps.Heads[c] == v && deps.Labels[c] == subjPass) labels[c] = (byte)nsubj;
        }
    }

    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeFormLookup = BeForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Diplomats are refused entry to the region" parsed as an active clause ("are" a plain auxiliary, "diplomats" the
    /// subject): a form of "be" right before a participle in -ed (adverbs between) makes it a passive, its subject the
    /// one acted on.
    /// </summary>
    private static void PassivesReadAsActives(PosTags pos, Dependencies deps, string text, ref byte[]? labels)
    {
        int auxPass = IndexOf(deps.LabelSet, "aux:pass"), subjPass = IndexOf(deps.LabelSet, "nsubj:pass");
        int aux = IndexOf(deps.LabelSet, "aux"), nsubj = IndexOf(deps.LabelSet, "nsubj");
        if (auxPass < 0 || subjPass < 0 || aux < 0 || nsubj < 0) return;
        var words = pos.Words.Spans;
        for (int a = 0; a < words.Length; a++)
        {
            if (deps.Labels[a] != aux || deps.Heads[a] is var v && (v <= a || pos[v] != "VERB")) continue;
            if (!BeFormLookup.Contains(words[a].SliceOf(text)) || !words[v].SliceOf(text).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) continue;
            bool adjacent = true;
            for (int k = a + 1; k < v && adjacent; k++) adjacent = pos[k] is "ADV" or "PART";
            if (!adjacent) continue;
            labels ??= deps.Labels.ToArray();
            labels[a] = (byte)auxPass;
            int from = Math.Max(0, v - SentenceTokens.MaxLength), to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            for (int c = from; c < to; c++)
                if (deps.Heads[c] == v && deps.Labels[c] == nsubj) labels[c] = (byte)subjPass;
        }
    }

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "will", "would", "shall", "should", "can", "could", "may", "might", "must" };

    /// <summary>
    /// "Sylvania will forsake improved ties with Freedonia" parsed with "forsake" an adverb of "improved", the main verb: a
    /// modal is followed by a verb's base form, never by one in -ed, so the word between a modal auxiliary and a verb in
    /// -ed with an object after it, both hung on that verb, is the verb, and the participle an adjective of the object.
    /// </summary>
    private static void ModalsBeforeParticiples(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int verb = IndexOf(pos.TagSet, "VERB"), adj = IndexOf(pos.TagSet, "ADJ"), amod = IndexOf(deps.LabelSet, "amod");
        if (verb < 0 || adj < 0 || amod < 0) return;
        var words = pos.Words.Spans;
        for (int v = 2; v < words.Length; v++)
        {
            int w = v - 1, m = v - 2;
            if (pos[v] != "VERB" || pos[w] is "VERB" or "AUX" or "PUNCT" || !words[v].SliceOf(text).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) continue;
            if ((heads?[w] ?? deps.Heads[w]) != v || (heads?[m] ?? deps.Heads[m]) != v || deps.Label(m) != "aux" || !Modals.Contains(words[m].SliceOf(text).ToString())) continue;
            int to = Math.Min(words.Length, v + SentenceTokens.MaxLength), obj = -1;
            for (int c = v + 1; c < to && obj < 0; c++)
                if ((heads?[c] ?? deps.Heads[c]) == v && deps.Label(c) == "obj") obj = c;
            if (obj < 0) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            int from = Math.Max(0, v - SentenceTokens.MaxLength);
            for (int c = from; c < to; c++)
                if (c != w && heads[c] == v) heads[c] = w;
            tags[w] = (byte)verb; heads[w] = heads[v]; labels[w] = labels[v];
            tags[v] = (byte)adj; heads[v] = obj; labels[v] = (byte)amod;
        }
    }

    /// <summary>
    /// "Israel said it would free 150 prisoners", "Kenya must free the journalists" parsed with "free" an adjective heading
    /// its clause, the modal its auxiliary and the prisoners an oblique: a modal is followed by a verb's base form, never
    /// by an adjective with no "be" between ("would be free" has its copula), so that word is the verb, and the first
    /// noun after it with no preposition of its own its object.
    /// </summary>
    private static void AdjectivesAfterModals(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, int[]? heads)
    {
        int verb = IndexOf(pos.TagSet, "VERB"), obj = IndexOf(deps.LabelSet, "obj");
        if (verb < 0 || obj < 0) return;
        var words = pos.Words.Spans;
        for (int a = 1; a < words.Length; a++)
        {
            int m = a - 1;
            if (pos[a] != "ADJ" || Head(heads, deps, m) != a || deps.Label(m) != "aux" || !Modals.Contains(words[m].SliceOf(text).ToString())
                || Dependent(a, heads, deps, "cop") >= 0) continue;
            tags ??= pos.Tags.ToArray();
            tags[a] = (byte)verb;
            int to = Math.Min(words.Length, a + SentenceTokens.MaxLength);
            for (int c = a + 1; c < to; c++)
            {
                if (Head(heads, deps, c) != a || deps.Label(c) is not ("obl" or "obj")) continue;
                if (deps.Label(c) == "obl" && Dependent(c, heads, deps, "case") < 0) { labels ??= deps.Labels.ToArray(); labels[c] = (byte)obj; }
                break;
            }
        }
    }

    /// <summary>
    /// "Sylvania will restore complete, full ties with Freedonia" parsed with "complete" the verb's complement ("xcomp")
    /// and "ties" cut loose: an adjective right after a verb, followed by a comma and more adjectives that modify a noun,
    /// is the first of those coordinated adjectives; it modifies the noun too, and the noun is the verb's object when
    /// the verb has none.
    /// </summary>
    private static void AdjectivesReadAsComplements(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int amod = IndexOf(deps.LabelSet, "amod"), obj = IndexOf(deps.LabelSet, "obj");
        if (amod < 0 || obj < 0) return;
        var words = pos.Words.Spans;
        for (int a = 1; a + 3 < words.Length; a++)
        {
            int v = (heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!)[a];
            if (pos[a] != "ADJ" || v != a - 1 || pos[v] != "VERB" || deps.Label(a) is not ("xcomp" or "obj") || words[a + 1].SliceOf(text) is not ",") continue;
            int n = a + 2;
            while (n < words.Length && pos[n] == "ADJ") n++;
            if (n == a + 2 || n >= words.Length || pos[n] is not ("NOUN" or "PROPN") || deps.Heads[a + 2] != n || deps.Label(a + 2) != "amod") continue;
            int to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            bool hasObject = false;
            for (int c = v + 1; c < to && !hasObject; c++)
                hasObject = c != a && (heads?[c] ?? deps.Heads[c]) == v && deps.Label(c) == "obj";
            if (hasObject || deps.Heads[n] == a) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[a] = n; labels[a] = (byte)amod;
            heads[a + 1] = n;
            heads[n] = v; labels[n] = (byte)obj;
        }
    }

    /// <summary>
    /// "Turkish Foreign Minister Hakan Fidan held talks with ..." parsed with "Turkish" an adverb of "held": a capitalised
    /// adjective right before the verb's subject phrase, hung on the verb as an adverb, modifies that phrase (the word
    /// after it, or what that word modifies), as a nationality before a title does.
    /// </summary>
    private static void AdjectivesReadAsAdverbs(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int amod = IndexOf(deps.LabelSet, "amod");
        if (amod < 0) return;
        var words = pos.Words.Spans;
        for (int a = 0; a + 2 < words.Length; a++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int v = h[a];
            // (or as a discourse word: "Turkish Foreign Minister Hakan Fidan met the Iraqi prime minister")
            if (pos[a] != "ADJ" || v <= a + 1 || pos[v] != "VERB" || deps.Label(a) is not ("advmod" or "discourse") || !char.IsUpper(text[words[a].Start])) continue;
            int next = a + 1, subject = next;
            while (subject >= 0 && h[subject] != v) subject = h[subject];
            if (subject < 0 || deps.Label(subject) != "nsubj" || pos[next] is not ("ADJ" or "PROPN" or "NOUN")) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[a] = pos[next] == "ADJ" && deps.Label(next) == "amod" ? h[next] : next;
            labels[a] = (byte)amod;
        }
    }

    /// <summary>
    /// "Vucic hosted Hungarian Prime Minister Viktor Orban in Belgrade on Monday, and the two signed an agreement" parsed
    /// with Orban a first subject of "signed": a clause has one subject, so of two, the one right after a verb with no
    /// object of its own that governs the clause is that verb's object.
    /// </summary>
    private static void ObjectsReadAsSecondSubjects(PosTags pos, Dependencies deps, ref byte[]? labels, ref int[]? heads)
    {
        int obj = IndexOf(deps.LabelSet, "obj");
        if (obj < 0) return;
        int n = pos.Words.Spans.Length;
        for (int x = 2; x < n; x++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int v = h[x];
            if (v < 0 || v >= x || pos[x] != "VERB" || pos[v] != "VERB") continue;
            int first = -1, second = -1;
            bool objectOfV = false;
            for (int c = Math.Max(0, v - SentenceTokens.MaxLength); c < Math.Min(n, x + SentenceTokens.MaxLength); c++)
            {
                if (h[c] == x && c > v && c < x && deps.Label(c) == "nsubj") { if (first < 0) first = c; else if (second < 0) second = c; }
                if (h[c] == v && deps.Label(c) is "obj" or "iobj") objectOfV = true;
            }
            if (first < 0 || second < 0 || objectOfV || pos[first] is not ("PROPN" or "NOUN")) continue;
            // (the first right after the verb: nothing but its own words between)
            bool adjacent = true;
            for (int c = v + 1; c < first && adjacent; c++) adjacent = Under(h, c, first);
            if (!adjacent) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[first] = v; labels[first] = (byte)obj;
        }
    }

    /// <summary>
    /// "Four soldiers were among those killed in the attack", "... among the people wounded": the parser hangs the
    /// participle on "those" and makes "soldiers" (or "those") the predicate. Read as "Four soldiers were killed in the
    /// attack, among others": the participle is the clause's passive verb, the group its subject, "were" its auxiliary and
    /// "among those" an oblique.
    /// </summary>
    private static void AmongThoseKilled(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int verb = IndexOf(pos.TagSet, "VERB"), subjPass = IndexOf(deps.LabelSet, "nsubj:pass"), auxPass = IndexOf(deps.LabelSet, "aux:pass"),
            obl = IndexOf(deps.LabelSet, "obl");
        if (verb < 0 || subjPass < 0 || auxPass < 0 || obl < 0) return;
        var words = pos.Words.Spans;
        for (int am = 2; am + 2 < words.Length; am++)
        {
            if (!words[am].SliceOf(text).Equals("among", StringComparison.OrdinalIgnoreCase)) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int x = h[am], be = am - 1;
            if (x <= am || x > am + 2 || words[x].SliceOf(text) is not ("those" or "people" or "victims")
                || words[be].SliceOf(text) is not ("were" or "was")) continue;
            // the participle right after "those": "killed", "wounded", "injured", "shot" (hung on it, or with it as its subject)
            int pv = x + 1;
            if (pos[pv] is not ("VERB" or "ADJ") || !(h[pv] == x || h[x] == pv) || !Lemmas.IsParticiple(words[pv].SliceOf(text))) continue;
            // the group: the top of the phrase before "were" (its head lies after it, or it has none)
            int n = be - 1;
            while (n >= 0 && h[n] >= 0 && h[n] < be && pos[h[n]] != "VERB") n = h[n];
            if (n < 0 || pos[n] is not ("NOUN" or "PROPN" or "NUM")) continue;
            // the clause's top among the group, "those" and the participle
            int top = h[n] < 0 || h[n] > pv || h[n] < n ? n : h[x] < 0 || h[x] > pv || h[x] < n ? x : pv;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            if (top != pv) { heads[pv] = h[top]; labels[pv] = labels[top]; }
            tags[pv] = (byte)verb;
            heads[n] = pv; labels[n] = (byte)subjPass;
            heads[be] = pv; labels[be] = (byte)auxPass;
            heads[x] = pv; labels[x] = (byte)obl;
        }
    }

    /// <summary>
    /// "The ambush, the deadliest in years, killed 12 soldiers" parsed with "deadliest" the predicate of "ambush" and
    /// "killed" a clause hung on it: a "the ..." phrase set off by commas right after its subject, with no copula, and a
    /// verb with an object right after the second comma, is the subject's apposition, and that verb the clause's own.
    /// </summary>
    private static void AppositivesReadAsPredicates(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int appos = IndexOf(deps.LabelSet, "appos"), nsubj = IndexOf(deps.LabelSet, "nsubj");
        if (appos < 0 || nsubj < 0) return;
        var words = pos.Words.Spans;
        for (int v = 4; v < words.Length; v++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int a = h[v];
            if (pos[v] != "VERB" || deps.Label(v) != "advcl" || a < 2 || a >= v || pos[a] is not ("ADJ" or "NOUN")
                || words[v - 1].SliceOf(text) is not ",") continue;
            int subject = -1, the = -1, obj = -1, from = Math.Max(0, a - SentenceTokens.MaxLength), to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            bool other = false;
            for (int c = from; c < to; c++)
            {
                if (h[c] == a && c < a && deps.Label(c) == "nsubj") subject = c;
                else if (h[c] == a && deps.Label(c) is "cop" or "aux" or "mark" or "nsubj") other = true;
                if (h[c] == a && deps.Label(c) == "det" && words[c].SliceOf(text).Equals("the", StringComparison.OrdinalIgnoreCase)) the = c;
                if (h[c] == v && deps.Label(c) == "obj") obj = c;
            }
            // (the phrase opens right after the comma that closes its subject's phrase)
            if (other || subject < 0 || the < 1 || obj < 0 || words[the - 1].SliceOf(text) is not ","
                || the - 2 != subject && !Under(h, the - 2, subject)) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[v] = h[a]; labels[v] = labels[a];
            heads[subject] = v;
            heads[a] = subject; labels[a] = (byte)appos;
        }
    }

    /// <summary>
    /// "The militant group Hamas fired rockets at Israel", "The Somali militant group al-Shabab attacked a base" parsed
    /// with the common noun and the name two subjects of the verb: a clause has one subject, so a name right after a
    /// common noun subject of the same verb, one with modifiers of its own, is that noun's apposition, the name of the
    /// group the noun describes.
    /// </summary>
    private static void NamesReadAsSecondSubjects(PosTags pos, Dependencies deps, ref byte[]? labels, ref int[]? heads)
    {
        int appos = IndexOf(deps.LabelSet, "appos");
        if (appos < 0) return;
        int n = pos.Words.Spans.Length;
        for (int first = 1; first + 2 < n; first++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int v = h[first];
            if (v <= first || pos[first] != "NOUN" || deps.Label(first) is not ("nsubj" or "nsubj:pass")) continue;
            int second = first + 1;
            if (h[second] != v || pos[second] != "PROPN" || deps.Label(second) != deps.Label(first)) continue;
            // (a noun phrase with its own modifiers, as a description of a group has: "the group", "militant group"; not a
            // bare "someday" taken for a noun: "perhaps someday Kerry will release ...")
            bool described = false;
            for (int c = Math.Max(0, first - SentenceTokens.MaxLength); c < first && !described; c++)
                described = h[c] == first && deps.Label(c) is "det" or "amod" or "compound";
            if (!described) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[second] = first; labels[second] = (byte)appos;
        }
    }

    /// <summary>
    /// "A bombing claimed by Boko Haram killed 14 soldiers" parsed with "by" a subordinator of "killed" and "Boko Haram" its
    /// second subject: "by" right after a participle that describes a noun, before a name or noun that the main verb has
    /// as a subject besides that noun, opens the participle's agent ("claimed by Boko Haram").
    /// </summary>
    private static void AgentsReadAsSecondSubjects(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int agent = IndexOf(deps.LabelSet, "obl:agent"), caseLabel = IndexOf(deps.LabelSet, "case");
        if (agent < 0 || caseLabel < 0) return;
        var words = pos.Words.Spans;
        for (int by = 2; by + 1 < words.Length; by++)
        {
            if (pos[by] != "ADP" || !words[by].SliceOf(text).Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            var l = labels ?? ImmutableCollectionsMarshal.AsArray(deps.Labels)!;
            int part = by - 1, name = by + 1, v = h[by];
            if (v <= name || deps.LabelSet[l[by]] != "mark" || pos[part] != "VERB" || deps.LabelSet[l[part]] is not ("acl" or "acl:relcl")) continue;
            if (pos[name] is not ("PROPN" or "NOUN") || h[name] != v || deps.LabelSet[l[name]] != "nsubj") continue;
            // the noun the participle describes is the main verb's subject too
            int described = h[part];
            if (described < 0 || described >= part || h[described] != v || deps.LabelSet[l[described]] is not ("nsubj" or "nsubj:pass")) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[name] = part; labels[name] = (byte)agent;
            heads[by] = name; labels[by] = (byte)caseLabel;
        }
    }

    /// <summary>
    /// "Kenyan troops attacked al-Shabaab on Monday", "Iraqi troops attacked al-Qaeda in Mosul" parsed with the name's
    /// Arabic article hung on a later word as a copula, a clause or a compound (of the full stop, even): a name written
    /// "al-X" right after a verb that has no object is that verb's object. (Not a name read as a subject or a phrase:
    /// "Kenya said al-Shabaab attacked the base".)
    /// </summary>
    private static void ArabicNamesAfterVerbs(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int obj = IndexOf(deps.LabelSet, "obj");
        if (obj < 0) return;
        var words = pos.Words.Spans;
        for (int a = 1; a + 2 < words.Length; a++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int v = a - 1;
            if (h[a] == v || pos[v] != "VERB" || pos[a] != "PROPN" || pos[a + 2] != "PROPN"
                || deps.Label(a) is not ("cop" or "ccomp" or "compound" or "dep" or "xcomp" or "parataxis" or "advcl")) continue;
            var article = words[a].SliceOf(text);
            if (!article.Equals("al", StringComparison.OrdinalIgnoreCase) && !article.Equals("el", StringComparison.OrdinalIgnoreCase)) continue;
            if (words[a + 1].Start != words[a].End || words[a + 2].Start != words[a + 1].End || text[words[a + 1].Start] != '-') continue;
            bool hasObject = false;
            for (int c = Math.Max(0, v - SentenceTokens.MaxLength); c < Math.Min(words.Length, v + SentenceTokens.MaxLength) && !hasObject; c++)
                hasObject = h[c] == v && deps.Label(c) is "obj" or "ccomp" or "xcomp";
            if (hasObject) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[a] = v; labels[a] = (byte)obj;
        }
    }

    /// <summary>
    /// "The coalition carried out air strikes on Houthi positions" parsed with "out" the preposition of "strikes", an
    /// oblique of "carried": "out" right after "carry" is its particle, and the noun it was put before is what is
    /// carried out, the object.
    /// </summary>
    private static void ParticlesReadAsPrepositions(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int obj = IndexOf(deps.LabelSet, "obj"), particle = IndexOf(deps.LabelSet, "compound:prt");
        if (obj < 0 || particle < 0) return;
        var words = pos.Words.Spans;
        for (int o = 1; o + 1 < words.Length; o++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int v = o - 1, n = h[o];
            if (pos[v] != "VERB" || deps.Label(o) != "case" || n <= o || h[n] != v || deps.Label(n) != "obl") continue;
            if (!words[o].SliceOf(text).Equals("out", StringComparison.OrdinalIgnoreCase) || !words[v].SliceOf(text).StartsWith("carr", StringComparison.OrdinalIgnoreCase)) continue;
            bool hasObject = false;
            for (int c = Math.Max(0, v - SentenceTokens.MaxLength); c < Math.Min(words.Length, v + SentenceTokens.MaxLength) && !hasObject; c++)
                hasObject = h[c] == v && deps.Label(c) == "obj";
            if (hasObject) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[o] = v; labels[o] = (byte)particle;
            labels[n] = (byte)obj;
        }
    }

    /// <summary>
    /// "China and Russia vetoed a draft UN Security Council resolution" parsed with two objects, "draft" and "resolution": a
    /// verb has one direct object, so a common noun object right before a second one's phrase, with nothing of its own but
    /// a determiner or adjectives, is a modifier of the second (a compound), its determiner the phrase's.
    /// </summary>
    private static void ObjectsSplitInTwo(PosTags pos, Dependencies deps, ref byte[]? labels, ref int[]? heads)
    {
        int compound = IndexOf(deps.LabelSet, "compound");
        if (compound < 0) return;
        int n = pos.Words.Spans.Length;
        for (int first = 1; first + 2 < n; first++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int v = h[first];
            if (v < 0 || v > first || pos[first] != "NOUN" || deps.Label(first) != "obj" || pos[v] != "VERB") continue;
            // the second object, right after the first's phrase: every word between hangs on it
            int second = -1;
            for (int c = first + 1; c < n && c - first <= 6 && second < 0; c++)
                if (h[c] == v && deps.Label(c) == "obj" && pos[c] is "NOUN" or "PROPN") second = c;
            if (second < 0) continue;
            bool phrase = true;
            for (int c = first + 1; c < second && phrase; c++)
                phrase = Under(h, c, second);
            for (int c = Math.Max(0, first - SentenceTokens.MaxLength); c < second && phrase; c++)
                if (h[c] == first && deps.Label(c) is not ("det" or "amod")) phrase = false;
            if (!phrase) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            for (int c = Math.Max(0, first - SentenceTokens.MaxLength); c < first; c++)
                if (heads[c] == first && deps.Label(c) == "det") heads[c] = second;
            heads[first] = second; labels[first] = (byte)compound;
        }
    }

    /// <summary>
    /// "The Ministry of Silly Walks condemned the attack" parsed with "of" a subordinator and "Silly Walks" a second
    /// subject of "condemned": a verb has one subject, so a proper noun subject (or a proper noun ending its phrase),
    /// "of", and a proper noun subject right after it, both on the same verb, are one name: the second a nominal
    /// modifier of the first, "of" its preposition.
    /// </summary>
    private static void NamesSplitAtOf(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int nmod = IndexOf(deps.LabelSet, "nmod"), caseLabel = IndexOf(deps.LabelSet, "case");
        if (nmod < 0 || caseLabel < 0) return;
        var words = pos.Words.Spans;
        for (int o = 1; o + 1 < words.Length; o++)
        {
            int first = o - 1, second = o + 1;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            if (!words[o].SliceOf(text).Equals("of", StringComparison.OrdinalIgnoreCase) || pos[first] != "PROPN" || pos[second] != "PROPN") continue;
            // ("Vice-Prime Minister of the Republic of Azerbaijan Name hosted ...": the first name may end the subject's
            // phrase, a modifier of it, as well as be the subject)
            int subj = first;
            for (int up = 0; up < 4 && subj >= 0 && deps.Label(subj) != "nsubj"; up++) subj = h[subj];
            if (subj < 0 || subj > first) continue;
            int v = h[subj];
            if (v <= second || h[second] != v || h[o] is var ho && ho != v && ho != second || deps.Label(subj) != "nsubj" || deps.Label(second) != "nsubj") continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[second] = first; labels[second] = (byte)nmod;
            heads[o] = second; labels[o] = (byte)caseLabel;
        }
    }

    /// <summary>
    /// "The minister left for Ruritania on Monday, the news agency reported" parsed with "for" the subordinator of
    /// "reported" and "Ruritania" its subject: "for" opens a clause with a subject only before a to-infinitive ("for
    /// them to leave"), so a "for" marking a verb with no "to", whose subject is the name right after it, is that name's
    /// preposition; the name an oblique of the verb the clause hung on, and a noun set in apposition to it after a comma
    /// the clause's subject.
    /// </summary>
    private static void PrepositionsReadAsSubordinators(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int obl = IndexOf(deps.LabelSet, "obl"), caseLabel = IndexOf(deps.LabelSet, "case"), nsubj = IndexOf(deps.LabelSet, "nsubj");
        if (obl < 0 || caseLabel < 0 || nsubj < 0) return;
        var words = pos.Words.Spans;
        for (int f = 1; f + 2 < words.Length; f++)
        {
            int n = f + 1;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int v = h[f];
            if (!words[f].SliceOf(text).Equals("for", StringComparison.OrdinalIgnoreCase) || deps.Label(f) != "mark" || v <= n || pos[v] != "VERB") continue;
            if (h[n] != v || deps.Label(n) != "nsubj" || pos[n] is not ("PROPN" or "NOUN")) continue;
            int gov = h[v];
            if (gov < 0 || gov >= f) continue;
            int to = Math.Min(words.Length, v + SentenceTokens.MaxLength), appos = -1;
            bool infinitive = false;
            for (int c = f + 1; c < to; c++)
            {
                if (h[c] == v && deps.Label(c) is "mark" or "aux" && words[c].SliceOf(text).Equals("to", StringComparison.OrdinalIgnoreCase)) infinitive = true;
                if (c < v && h[c] == n && deps.Label(c) == "appos" && pos[c] is "NOUN" or "PROPN") appos = c;
            }
            if (infinitive) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[n] = gov; labels[n] = (byte)obl;
            heads[f] = n; labels[f] = (byte)caseLabel;
            if (appos >= 0) { heads[appos] = v; labels[appos] = (byte)nsubj; }
        }
    }

    /// <summary>
    /// "Ruritania Prime Minister Rudolf will not try to ..." parsed with "Rudolf" the object of "Ruritania", the verb's
    /// subject: a name takes no object, so a proper noun object of a proper noun before it, with every word between them
    /// inside the object's phrase, is the head of one name: it takes the first name's place, the first name its compound.
    /// Likewise a name hung on a title noun before it as a nominal modifier with no preposition ("Ruritania's first Deputy
    /// Prime Minister Rudolf left ..." with "Deputy" the subject): the title is the name's compound, and the possessor and
    /// determiner go with the name.
    /// </summary>
    private static void NamesReadAsObjectsOfNames(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int compound = IndexOf(deps.LabelSet, "compound"), obj = IndexOf(deps.LabelSet, "obj"), nmod = IndexOf(deps.LabelSet, "nmod");
        if (compound < 0 || obj < 0 || nmod < 0) return;
        var words = pos.Words.Spans;
        for (int o = 1; o < words.Length; o++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int n = h[o];
            if (n < 0 || n >= o || pos[o] != "PROPN") continue;
            var l = labels?[o] ?? deps.Labels[o];
            bool title = false;
            if (l == nmod && pos[n] == "NOUN" && char.IsUpper(words[n].SliceOf(text)[0]) && deps.Label(n) is "nsubj" or "nsubj:pass")
            {
                title = true;
                for (int c = n + 1; c < o && title; c++) title = !(h[c] == o && deps.Label(c) == "case");
            }
            else if (l != obj || pos[n] != "PROPN") continue;
            if (l == nmod && !title) continue;
            bool inside = true;
            for (int c = n + 1; c < o && inside; c++)
            {
                int up = h[c];
                for (int steps = 0; steps < SentenceTokens.MaxLength && up > c && up < o; steps++) up = h[up];
                inside = up == o;
            }
            if (!inside) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[o] = heads[n]; labels[o] = labels[n];
            heads[n] = o; labels[n] = (byte)compound;
            if (!title) continue;
            for (int c = Math.Max(0, n - SentenceTokens.MaxLength); c < n; c++)
                if (heads[c] == n && deps.Label(c) is "nmod:poss" or "det") heads[c] = o;
        }
    }

    /// <summary>
    /// "deep satisfaction toward Ruritania and Borduria's Rudolf" parsed with "Borduria" and "Rudolf" both conjuncts of
    /// "Ruritania": a name with its "'s" is the owner of the conjunct right after it, which takes its place (and its "and").
    /// </summary>
    private static void PossessorsReadAsConjuncts(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int conj = IndexOf(deps.LabelSet, "conj"), poss = IndexOf(deps.LabelSet, "nmod:poss");
        if (conj < 0 || poss < 0) return;
        var words = pos.Words.Spans;
        for (int x = 1; x + 2 < words.Length; x++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int y = x + 2;
            if ((labels?[x] ?? deps.Labels[x]) != conj || (labels?[y] ?? deps.Labels[y]) != conj || h[x] != h[y] || h[x + 1] != x
                || pos[x] != "PROPN" || pos[y] is not ("PROPN" or "NOUN") || deps.Label(x + 1) != "case" || !words[x + 1].SliceOf(text).Equals("'s", StringComparison.Ordinal)) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            for (int c = Math.Max(0, x - SentenceTokens.MaxLength); c < x; c++)
                if (heads[c] == x && deps.Label(c) == "cc") heads[c] = y;
            heads[x] = y; labels[x] = (byte)poss;
        }
    }

    /// <summary>
    /// "Gondor's king had asked Federal Chancellor Elrond to host a conference" parsed with the chancellor the subject of
    /// "to host": the one asked, urged or wanted to do something, between a verb with no object and its to-infinitive, is
    /// that verb's object (UD's reading of "asked him to host").
    /// </summary>
    private static void ObjectsReadAsSubjectsOfInfinitives(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int obj = IndexOf(deps.LabelSet, "obj");
        if (obj < 0) return;
        var words = pos.Words.Spans;
        for (int x = 2; x < words.Length; x++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int v = h[x];
            // (also as an adverbial clause: "met Saudi Crown Prince Mohammed bin Salman in Riyadh to discuss the war", the
            // prince the "subject" of "to discuss"; a to-infinitive has no subject of its own but after "for")
            if (v < 0 || v >= x - 2 || pos[x] != "VERB" || pos[v] != "VERB" || deps.Label(x) is not ("xcomp" or "advcl")) continue;
            int subj = -1;
            bool infinitive = false, forSubject = false;
            for (int c = v + 1; c < x; c++)
            {
                if (h[c] != x) continue;
                if (deps.Label(c) == "mark" && words[c].SliceOf(text).Equals("to", StringComparison.OrdinalIgnoreCase)) infinitive = subj >= 0;
                else if (deps.Label(c) == "mark" && words[c].SliceOf(text).Equals("for", StringComparison.OrdinalIgnoreCase)) forSubject = true;
                else if (deps.Label(c) is "nsubj" && pos[c] is "NOUN" or "PROPN") subj = c;
            }
            if (!infinitive || forSubject) continue;
            int from = Math.Max(0, v - SentenceTokens.MaxLength), to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            bool hasObject = false;
            for (int c = from; c < to && !hasObject; c++) hasObject = h[c] == v && deps.Label(c) is "obj" or "iobj" or "ccomp";
            if (hasObject) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[subj] = v; labels[subj] = (byte)obj;
        }
    }

    /// <summary>
    /// "The envoy at the centre of the row called on Ruritania on Sunday to be allowed to leave." parsed with "to be
    /// allowed" the main verb, "envoy" its subject and "called" a reduced relative: a to-infinitive is no sentence's main
    /// verb, so a root with "to" whose subject before it holds a past-tense verb (a clause on the subject's phrase, with no
    /// subject, auxiliary or subordinator of its own) before the root, in a sentence ending in a full stop, is that verb's
    /// adverbial clause (of purpose: its subject is no doer of a passive); the past tense is the main verb and the noun
    /// its subject.
    /// </summary>
    private static void InfinitivesReadAsMainVerbs(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int root = IndexOf(deps.LabelSet, "root"), nsubj = IndexOf(deps.LabelSet, "nsubj"), advcl = IndexOf(deps.LabelSet, "advcl");
        if (root < 0 || nsubj < 0 || advcl < 0) return;
        var words = pos.Words.Spans;
        for (int r = 2; r < words.Length; r++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            if (h[r] >= 0 || pos[r] != "VERB") continue;
            int from = Math.Max(0, r - SentenceTokens.MaxLength), to = Math.Min(words.Length, r + SentenceTokens.MaxLength);
            int subj = -1, last = r;
            bool infinitive = false;
            for (int c = from; c < r; c++)
            {
                if (h[c] != r) continue;
                if (deps.Label(c) == "mark" && words[c].SliceOf(text).Equals("to", StringComparison.OrdinalIgnoreCase)) infinitive = true;
                else if (deps.Label(c) is "nsubj" or "nsubj:pass" && pos[c] is "NOUN" or "PROPN") subj = c;
            }
            if (!infinitive || subj < 0) continue;
            for (int c = r + 1; c < to; c++)
                if (RootOf(deps, c) == r) last = c;
            if (words[last].SliceOf(text) is not ".") continue;
            int v = -1;
            for (int c = subj + 1; c < r && v < 0; c++)
                if (pos[c] == "VERB" && deps.Label(c) == "acl" && Under(h, c, subj)) v = c;
            if (v < 0) continue;
            var w = words[v].SliceOf(text);
            if (!(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && w.Length > 4) && !IrregularPastsLookup.Contains(w)) continue;
            bool own = false;
            for (int c = from; c < to && !own; c++)
                own = h[c] == v && deps.Label(c) is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "mark" or "cop";
            if (own) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[v] = -1; labels[v] = (byte)root;
            heads[subj] = v; labels[subj] = (byte)nsubj;
            heads[r] = v; labels[r] = (byte)advcl;
            for (int c = r + 1; c <= last; c++)
                if (heads[c] == r && deps.Label(c) == "punct") heads[c] = v;
        }
    }

    /// <summary>
    /// "The minister left for Ruritania on Monday" parsed with "for" and "Ruritania" both loose dependents ("dep") of
    /// "left": a preposition and the name right after it, both "dep" of the same verb, are an oblique and its preposition.
    /// </summary>
    private static void UnlabelledPrepositionalPhrases(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int obl = IndexOf(deps.LabelSet, "obl"), caseLabel = IndexOf(deps.LabelSet, "case"), dep = IndexOf(deps.LabelSet, "dep");
        if (obl < 0 || caseLabel < 0 || dep < 0) return;
        var words = pos.Words.Spans;
        for (int a = 1; a + 1 < words.Length; a++)
        {
            int n = a + 1;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            if (pos[a] != "ADP" || (labels?[a] ?? deps.Labels[a]) != dep || (labels?[n] ?? deps.Labels[n]) != dep || h[a] != h[n] || h[a] < 0 || pos[h[a]] != "VERB") continue;
            if (pos[n] is not ("PROPN" or "NOUN")) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[a] = n; labels[a] = (byte)caseLabel;
            labels[n] = (byte)obl;
        }
    }

    /// <summary>
    /// "talks apart from the negotiations Iran is holding with the Council" parsed with "holding" a relative clause of the
    /// verb or adjective above ("advcl:relcl"), or an adverbial clause with no subordinator and no object: a clause with
    /// a named subject of its own opening it, no relative word, right after a noun, describes that noun.
    /// </summary>
    private static void RelativesHungOnPredicates(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int advRel = IndexOf(deps.LabelSet, "advcl:relcl"), aclRel = IndexOf(deps.LabelSet, "acl:relcl"), advcl = IndexOf(deps.LabelSet, "advcl");
        int nsubj = IndexOf(deps.LabelSet, "nsubj"), aux = IndexOf(deps.LabelSet, "aux"), mark = IndexOf(deps.LabelSet, "mark"), obj = IndexOf(deps.LabelSet, "obj");
        int ccomp = IndexOf(deps.LabelSet, "ccomp"), xcomp = IndexOf(deps.LabelSet, "xcomp");
        if (aclRel < 0 || advcl < 0 || nsubj < 0) return;
        var words = pos.Words.Spans;
        for (int v = 2; v < words.Length; v++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            var l = labels?[v] ?? deps.Labels[v];
            if (l != advRel && l != advcl || pos[v] != "VERB" || h[v] < 0 || pos[h[v]] is "NOUN" or "PROPN" or "PRON") continue;
            // (finite: "the roads leading into X" is a participle on its own noun)
            if (l == advcl && words[v].SliceOf(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                bool auxiliary = false;
                for (int c = Math.Max(0, v - 4); c < v && !auxiliary; c++) auxiliary = h[c] == v && deps.Labels[c] == aux;
                if (!auxiliary) continue;
            }
            // The subject, a name or a noun, opens the clause: "Iran", "the Kenyan army" (no "which", "that", "who" before it).
            int subject = -1, from = Math.Max(0, v - SentenceTokens.MaxLength);
            for (int c = v - 1; c >= from && subject < 0; c--)
                if (h[c] == v && deps.Labels[c] == nsubj) subject = c;
            if (subject < 0 || pos[subject] is not ("PROPN" or "NOUN")) continue;
            int first = subject;
            while (first > from && Under(h, first - 1, subject)) first--;
            if (first < 1 || pos[first - 1] != "NOUN" || pos[first] is not ("PROPN" or "NOUN" or "DET" or "ADJ")) continue;
            bool opens = true;
            for (int c = from; c < first && opens; c++) opens = h[c] != v;
            // (an adverbial clause with a subordinator, an object or a complement of its own is one)
            bool own = false;
            for (int c = first; l == advcl && c < Math.Min(words.Length, v + SentenceTokens.MaxLength) && !own; c++)
                own = h[c] == v && deps.Labels[c] is var cl && (cl == mark || cl == obj || cl == ccomp || cl == xcomp);
            if (!opens || own) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[v] = first - 1;
            labels[v] = (byte)aclRel;
        }
    }

    /// <summary>
    /// "after Egypt signed the treaty with Israel and Iran went through the revolution" parsed with "Iran" one more party
    /// to the treaty and "went" a clause with no subject: a name joined by "and" to the noun before it, right before a
    /// finite verb (past its auxiliaries) that has no subject of its own and does not hang on the name, is that verb's
    /// subject.
    /// </summary>
    private static void ConjunctsReadAsSubjects(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int conj = IndexOf(deps.LabelSet, "conj"), nsubj = IndexOf(deps.LabelSet, "nsubj");
        if (conj < 0 || nsubj < 0) return;
        var words = pos.Words.Spans;
        for (int n = 2; n + 1 < words.Length; n++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            if ((labels?[n] ?? deps.Labels[n]) != conj || pos[n] is not ("PROPN" or "NOUN") || h[n] < 0 || h[n] >= n) continue;
            if (!words[n - 1].SliceOf(text).Equals("and", StringComparison.OrdinalIgnoreCase) || h[n - 1] != n) continue;
            int v = n + 1;
            while (v < words.Length && pos[v] is "AUX" or "ADV") v++;
            // (a clause, not a participle on a noun: "a blockade by Azerbaijan and Turkey combined with ...")
            if (v >= words.Length || pos[v] != "VERB" || h[v] == n || Under(h, n, v) || deps.Label(v) is not ("advcl" or "conj" or "ccomp" or "parataxis" or "root")) continue;
            var w = words[v].SliceOf(text);
            if (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
            bool subject = false;
            for (int c = Math.Max(0, v - SentenceTokens.MaxLength); c < Math.Min(words.Length, v + SentenceTokens.MaxLength) && !subject; c++)
                subject = h[c] == v && deps.Label(c) is "nsubj" or "nsubj:pass" or "expl" || h[c] == v && deps.Label(c) == "mark" && words[c].SliceOf(text).Equals("to", StringComparison.OrdinalIgnoreCase);
            // (a name's own modifiers between it and the verb would make it part of a longer phrase)
            bool bare = true;
            for (int c = n + 1; c < v && bare; c++) bare = h[c] == v;
            if (subject || !bare) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[n] = v;
            labels[n] = (byte)nsubj;
        }
    }

    /// <summary>
    /// "killing seven people and wounding 25, police said" parsed with "25" a number on "police", the object of
    /// "wounding", and "said" a clause with no subject: a number set off by a comma from the noun after it, which stands
    /// right before a reporting verb with no subject of its own, is the object itself, and the noun that verb's subject.
    /// </summary>
    private static void CountsReadAsModifiersOfReporters(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int nsubj = IndexOf(deps.LabelSet, "nsubj"), obj = IndexOf(deps.LabelSet, "obj"), nummod = IndexOf(deps.LabelSet, "nummod"), num = IndexOf(pos.TagSet, "NUM");
        if (nsubj < 0 || obj < 0 || nummod < 0 || num < 0) return;
        var words = pos.Words.Spans;
        for (int n = 2; n + 1 < words.Length; n++)
        {
            // (the tag's index first: every word of every sentence passes here)
            if (pos.Tags[n - 2] != num) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int count = n - 2, v = n + 1;
            if (pos[count] != "NUM" || (labels?[count] ?? deps.Labels[count]) != nummod || h[count] != n || !words[n - 1].SliceOf(text).SequenceEqual(",")) continue;
            if (pos[n] is not ("NOUN" or "PROPN") || (labels?[n] ?? deps.Labels[n]) != obj || h[n] < 0 || h[n] >= count) continue;
            if (pos[v] != "VERB" || !Reports.Contains(words[v].SliceOf(text).ToString()) || h[v] == n) continue;
            bool subject = false;
            for (int c = Math.Max(0, v - SentenceTokens.MaxLength); c < Math.Min(words.Length, v + SentenceTokens.MaxLength) && !subject; c++)
                subject = h[c] == v && deps.Label(c) is "nsubj" or "nsubj:pass";
            if (subject) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[count] = h[n];
            labels[count] = (byte)obj;
            heads[n] = v;
            labels[n] = (byte)nsubj;
        }
    }

    /// <summary>
    /// "Indian police shot dead four militants" parsed as one noun phrase "Indian police shot" with "militants" its object:
    /// a noun has no object, so a past tense read as a noun ("shot", "attacked"), with the noun before it hung on it as a
    /// compound and an object after it, is the verb, that noun its subject and the words before that noun that noun's own.
    /// </summary>
    private static void VerbsReadAsCompoundNouns(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int verb = IndexOf(pos.TagSet, "VERB"), nsubj = IndexOf(deps.LabelSet, "nsubj"), compound = IndexOf(deps.LabelSet, "compound"), objLabel = IndexOf(deps.LabelSet, "obj"),
            noun = IndexOf(pos.TagSet, "NOUN");
        if (verb < 0 || nsubj < 0 || compound < 0 || objLabel < 0 || noun < 0) return;
        var words = pos.Words.Spans;
        for (int v = 1; v < words.Length; v++)
        {
            if (pos.Tags[v] != noun) continue;
            int subj = v - 1;
            if (pos[v] != "NOUN" || pos[subj] is not ("NOUN" or "PROPN") || (labels?[subj] ?? deps.Labels[subj]) != compound) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            if (h[subj] != v) continue;
            var w = words[v].SliceOf(text);
            if (!(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && w.Length > 4 || IrregularPastsLookup.Contains(w))) continue;
            int from = Math.Max(0, v - SentenceTokens.MaxLength), to = Math.Min(words.Length, v + SentenceTokens.MaxLength), obj = -1;
            for (int c = v + 1; c < to && obj < 0; c++)
                if (h[c] == v && (labels?[c] ?? deps.Labels[c]) == objLabel) obj = c;
            if (obj < 0) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            tags[v] = (byte)verb;
            labels[subj] = (byte)nsubj;
            // ("Indian" of "Indian police", "the" of "the police")
            for (int c = from; c < subj; c++)
                if (heads[c] == v && deps.Label(c) is "amod" or "det" or "compound" or "nmod:poss") heads[c] = subj;
        }
    }

    /// <summary>
    /// "Turkish troops shelled positions held by the YPG" parsed with "positions" the root, "troops" a compound on it and
    /// "shelled" a clause on "troops" ("troops [that were] shelled"): a sentence whose root is a noun, with a past tense
    /// as the first verb, hung as a clause with no subject, object or auxiliary of its own on the noun before it, itself a
    /// compound of the root, has that verb as its main verb, the noun before it its subject and the root its object.
    /// </summary>
    private static void SubjectsReadAsCompounds(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int root = IndexOf(deps.LabelSet, "root"), nsubj = IndexOf(deps.LabelSet, "nsubj"), obj = IndexOf(deps.LabelSet, "obj"), compound = IndexOf(deps.LabelSet, "compound"),
            acl = IndexOf(deps.LabelSet, "acl");
        if (root < 0 || nsubj < 0 || obj < 0 || compound < 0 || acl < 0) return;
        var words = pos.Words.Spans;
        for (int v = 1; v + 1 < words.Length; v++)
        {
            if (deps.Labels[v] != acl) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int subj = h[v];
            if (pos[v] != "VERB" || deps.Label(v) != "acl" || subj < 0 || subj >= v || pos[subj] is not ("NOUN" or "PROPN")) continue;
            int r = h[subj];
            if (r <= v || (labels?[subj] ?? deps.Labels[subj]) != compound || h[r] >= 0 || (labels?[r] ?? deps.Labels[r]) != root || pos[r] != "NOUN") continue;
            var w = words[v].SliceOf(text);
            if (!(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && w.Length > 4) && !IrregularPastsLookup.Contains(w)) continue;
            int from = Math.Max(0, v - SentenceTokens.MaxLength), to = Math.Min(words.Length, r + SentenceTokens.MaxLength);
            bool verbBefore = false, clause = false;
            for (int c = from; c < v && !verbBefore; c++) verbBefore = RootOf(deps, c) == r && pos[c] is "VERB" or "AUX";
            for (int c = from; c < to && !clause; c++) clause = h[c] == v && deps.Label(c) is "nsubj" or "nsubj:pass" or "obj" or "aux" or "aux:pass" or "mark" or "cop";
            if (verbBefore || clause) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[v] = -1; labels[v] = (byte)root;
            heads[subj] = v; labels[subj] = (byte)nsubj;
            heads[r] = v; labels[r] = (byte)obj;
            // (the full stop and what stands before the subject belong to the verb's sentence)
            for (int c = from; c < to; c++)
                if (c != subj && h[c] == r && (c < subj || deps.Label(c) == "punct" && c == to - 1 || deps.Label(c) == "punct" && words[c].SliceOf(text) is ".")) heads[c] = v;
        }
    }

    /// <summary>
    /// "Qatar offered on Wednesday to mediate between Rwanda and Congo", "threatened on Sunday to take military action"
    /// parsed with the to-infinitive an adverbial clause (of purpose) because a time or place stands between: after a
    /// verb of offering, promising, threatening or refusing with no object or open complement of its own, a subjectless
    /// to-infinitive whose only words before it are the verb's obliques and adverbs is what is offered, promised,
    /// threatened or refused (its open complement), as it is with nothing between.
    /// </summary>
    private static void PromisedActsReadAsPurposes(PosTags pos, Dependencies deps, string text, ref byte[]? labels, int[]? heads)
    {
        int xcomp = IndexOf(deps.LabelSet, "xcomp");
        if (xcomp < 0) return;
        var words = pos.Words.Spans;
        var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
        for (int v = 3; v < words.Length; v++)
        {
            int g = h[v];
            if (pos[v] != "VERB" || g < 0 || g >= v - 2 || (labels is null ? deps.Label(v) : deps.LabelSet[labels[v]]) != "advcl") continue;
            if (!words[v - 1].SliceOf(text).Equals("to", StringComparison.OrdinalIgnoreCase) || h[v - 1] != v) continue;
            if (!Array.Exists(Lemmas.Forms(words[g].SliceOf(text)), Promising.Contains)) continue;
            int from = Math.Max(0, v - SentenceTokens.MaxLength), to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            bool own = false;
            for (int c = from; c < to && !own; c++)
                own = h[c] == g && c != v && deps.Label(c) is "obj" or "xcomp" or "ccomp" || h[c] == v && deps.Label(c) is "nsubj" or "nsubj:pass";
            // (the words between: the verb's own obliques and adverbs, "on Wednesday", "again")
            for (int c = g + 1; c < v - 1 && !own; c++)
            {
                int top = c;
                while (top >= 0 && h[top] != g) top = h[top];
                own = top < 0 || deps.Label(top) is not ("obl" or "obl:tmod" or "obl:npmod" or "advmod" or "punct");
            }
            if (own) continue;
            labels ??= deps.Labels.ToArray();
            labels[v] = (byte)xcomp;
        }
    }

    private static readonly HashSet<string> Promising = new(StringComparer.OrdinalIgnoreCase)
        { "offer", "pledge", "promise", "agree", "vow", "threaten", "refuse", "decline" };

    private static readonly HashSet<string> Reports = new(StringComparer.OrdinalIgnoreCase) { "said", "say", "says", "reported", "told", "added", "stated" };

    /// <summary>The "subject" of verb <paramref name="v"/> that is a day with its preposition ("on Monday"), or -1.</summary>
    private static int DaySubject(PosTags pos, Dependencies deps, string text, int v)
    {
        if (v < 1) return -1;
        int d = v - 1;
        if (deps.Heads[d] != v || deps.Label(d) != "nsubj" || Times.TimeWords.Of(pos.Words.Spans[d].SliceOf(text)).Class != Times.WC.Weekday) return -1;
        // (the preposition read as the day's, or as the verb's subordinator: "Chad on Sunday freed 35 prisoners")
        return d >= 1 && (deps.Heads[d - 1] == d && deps.Label(d - 1) == "case" || deps.Heads[d - 1] == v && deps.Label(d - 1) == "mark" && pos.Words.Spans[d - 1].SliceOf(text) is "on") ? d : -1;
    }

    /// <summary>The day with its preposition ("on Monday") right before verb <paramref name="v"/>, hung on noun <paramref name="r"/> as its modifier, or -1.</summary>
    private static int DayModifier(PosTags pos, Dependencies deps, string text, int v, int r)
    {
        int d = v - 1;
        if (d < 2 || deps.Heads[d] != r || deps.Label(d) != "nmod" || Times.TimeWords.Of(pos.Words.Spans[d].SliceOf(text)).Class != Times.WC.Weekday) return -1;
        return deps.Heads[d - 1] == d && deps.Label(d - 1) == "case" ? d : -1;
    }

    /// <summary>Word <paramref name="top"/> is above word <paramref name="c"/> (its head, or its head's, and so on).</summary>
    private static bool Under(int[] h, int c, int top)
    {
        for (int steps = 0; steps < SentenceTokens.MaxLength && c >= 0; steps++)
        {
            c = h[c];
            if (c == top) return true;
        }
        return false;
    }

    /// <summary>Word <paramref name="c"/> hangs on word <paramref name="top"/>, or on a noun of its nominal modifiers ("nmod", "conj").</summary>
    private static bool ModifierOf(Dependencies deps, int c, int top)
    {
        c = deps.Heads[c];
        for (int steps = 0; steps < SentenceTokens.MaxLength && c >= 0 && c != top; steps++)
        {
            if (deps.Label(c) is not ("nmod" or "conj")) return false;
            c = deps.Heads[c];
        }
        return c == top;
    }

    // Verbs of attack a headline puts in the present that the parser reads as the adjective or noun of the same spelling.
    private static readonly HashSet<string> HeadlineAttacks = new(StringComparer.OrdinalIgnoreCase)
        { "ambush", "attack", "raid", "storm", "shell", "bomb", "besiege",
          // (and "lifts", read as the noun of "ski lifts": "EU lifts sanctions on Syria" is no sanction)
          "lift", "lifts" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadlineAttacksLookup = HeadlineAttacks.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Militants ambush army convoy in Kashmir, five soldiers killed" parsed as one noun phrase "Militants ambush army
    /// convoy" (the subject of "killed"): a headline opening with a plural noun or a name, then an attack verb in the
    /// present hung as a modifier on the same noun further on, has that verb as its main verb, the first noun its subject
    /// and the noun its object; a clause the phrase was the subject of is run on after it.
    /// </summary>
    private static void HeadlineVerbsReadAsModifiers(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int verb = IndexOf(pos.TagSet, "VERB"), nsubj = IndexOf(deps.LabelSet, "nsubj"), obj = IndexOf(deps.LabelSet, "obj"),
            root = IndexOf(deps.LabelSet, "root"), parataxis = IndexOf(deps.LabelSet, "parataxis");
        if (verb < 0 || nsubj < 0 || obj < 0 || root < 0 || parataxis < 0) return;
        var words = pos.Words.Spans;
        for (int v = 1; v + 1 < words.Length; v++)
        {
            if (pos[v] is not ("ADJ" or "NOUN") || !HeadlineAttacksLookup.Contains(words[v].SliceOf(text))) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int subj = v - 1, noun = h[v], compound = IndexOf(deps.LabelSet, "compound");
            // ("Rebels attack army base": "attack" hung on "army", itself on "base")
            while (noun > v && h[noun] > noun && (labels?[noun] ?? deps.Labels[noun]) == compound) noun = h[noun];
            // (the first noun on the phrase's noun, or on the verb itself: "Rebels attack" read as a compound)
            if (noun <= v || h[subj] != noun && h[subj] != v || pos[noun] != "NOUN" || pos[subj] is not ("NOUN" or "PROPN")) continue;
            var first = words[subj].SliceOf(text);
            // (a two-letter subject in capitals before "lifts": "EU lifts sanctions"; "UN attack helicopters" are helicopters)
            bool lifting = words[v].SliceOf(text).StartsWith("lift", StringComparison.OrdinalIgnoreCase);
            if (first.Length < 3 && !(lifting && first.Length == 2 && char.IsUpper(first[1])) || !char.IsUpper(first[0]) || pos[subj] == "NOUN" && first[^1] is not ('s' or 'S')) continue;
            // (the subject opens its sentence: "Rebels ambush ..." in a headline, not "the rebels ambush site")
            if (subj > 0 && RootOf(h, subj - 1) == RootOf(h, subj)) continue;
            // (only the noun's own modifiers between the verb and the noun: "ambush army convoy")
            bool modifiers = true;
            for (int c = v + 1; c < noun && modifiers; c++) modifiers = h[c] > v && h[c] <= noun && pos[c] is "NOUN" or "ADJ" or "PROPN";
            if (!modifiers) continue;
            // The noun is the sentence's root, or the subject of a root after it ("..., five soldiers killed").
            int governor = h[noun];
            if (governor >= 0 && (h[governor] >= 0 || governor < noun || (labels?[noun] ?? deps.Labels[noun]) != nsubj)) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            tags[v] = (byte)verb;
            heads[v] = -1; labels[v] = (byte)root;
            heads[subj] = v; labels[subj] = (byte)nsubj;
            heads[noun] = v; labels[noun] = (byte)obj;
            if (governor >= 0) { heads[governor] = v; labels[governor] = (byte)parataxis; }
        }
    }

    /// <summary>
    /// "killed in an attack by Allied Democratic Forces rebels" parsed with "by" a subordinator and "Allied" a verb whose
    /// object is "rebels": a capitalised word in -ed inside a sentence, right after the preposition hung on it as its
    /// subordinator and right before another capitalised word, with an object after it, is the first word of a name;
    /// the object's phrase is the preposition's, a modifier of the noun before the preposition ("an attack by ...") or
    /// else an oblique of what the word hung on.
    /// </summary>
    private static void NamesReadAsVerbs(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int propn = IndexOf(pos.TagSet, "PROPN"), mark = IndexOf(deps.LabelSet, "mark"), caseLabel = IndexOf(deps.LabelSet, "case"), objLabel = IndexOf(deps.LabelSet, "obj"),
            compound = IndexOf(deps.LabelSet, "compound"), nmod = IndexOf(deps.LabelSet, "nmod"), obl = IndexOf(deps.LabelSet, "obl");
        if (propn < 0 || mark < 0 || caseLabel < 0 || objLabel < 0 || compound < 0 || nmod < 0 || obl < 0) return;
        var words = pos.Words.Spans;
        for (int v = 2; v + 1 < words.Length; v++)
        {
            if (pos[v] != "VERB") continue;
            var w = words[v].SliceOf(text);
            if (w.Length < 5 || !char.IsUpper(w[0]) || !w.EndsWith("ed", StringComparison.Ordinal)) continue;
            var next = words[v + 1].SliceOf(text);
            if (next.Length == 0 || !char.IsUpper(next[0])) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int prep = v - 1;
            if (h[prep] != v || (labels?[prep] ?? deps.Labels[prep]) != mark || pos[prep] is not ("ADP" or "SCONJ")) continue;
            int to = Math.Min(words.Length, v + SentenceTokens.MaxLength), o = -1;
            for (int c = v + 1; c < to && o < 0; c++)
                if (h[c] == v && (labels?[c] ?? deps.Labels[c]) == objLabel) o = c;
            if (o < 0) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            bool ofNoun = pos[prep - 1] == "NOUN";
            heads[o] = ofNoun ? prep - 1 : h[v];
            labels[o] = (byte)(ofNoun ? nmod : obl);
            heads[prep] = o; labels[prep] = (byte)caseLabel;
            tags[v] = (byte)propn; heads[v] = o; labels[v] = (byte)compound;
        }
    }

    /// <summary>
    /// "were killed in a raid by rebels" parsed with "raid" a verb hung loose ("dep") on "killed", "in" and "a" hung there
    /// too and "rebels" the verb's agent: an article never stands before a verb, so a verb right after "a"/"an" that
    /// hangs loose is a noun, the article its determiner, a preposition before the article its case, the noun an oblique
    /// of what it hung on and its own obliques ("by rebels") its modifiers.
    /// </summary>
    private static void NounsAfterArticlesReadAsVerbs(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int noun = IndexOf(pos.TagSet, "NOUN"), det = IndexOf(deps.LabelSet, "det"), caseLabel = IndexOf(deps.LabelSet, "case"), dep = IndexOf(deps.LabelSet, "dep"),
            nmod = IndexOf(deps.LabelSet, "nmod"), obl = IndexOf(deps.LabelSet, "obl");
        if (noun < 0 || det < 0 || caseLabel < 0 || dep < 0 || nmod < 0 || obl < 0) return;
        var words = pos.Words.Spans;
        for (int v = 1; v < words.Length; v++)
        {
            if (pos[v] != "VERB" || (labels?[v] ?? deps.Labels[v]) != dep) continue;
            int art = v - 1;
            if (words[art].SliceOf(text) is not ("a" or "an" or "A" or "An")) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            if (h[v] < 0) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            tags[v] = (byte)noun;
            labels[v] = (byte)(pos[h[v]] is "NOUN" or "PROPN" ? nmod : obl);
            heads[art] = v; labels[art] = (byte)det;
            if (art > 0 && pos[art - 1] == "ADP") { heads[art - 1] = v; labels[art - 1] = (byte)caseLabel; }
            int to = Math.Min(words.Length, v + SentenceTokens.MaxLength);
            for (int c = v + 1; c < to; c++)
                if (heads[c] == v && deps.Label(c).StartsWith("obl", StringComparison.Ordinal)) labels[c] = (byte)nmod;
        }
    }

    // Gerunds that open a clause of their own ("Having fled the town, ...", "Being a soldier ...").
    private static readonly HashSet<string> AuxiliaryGerunds = new(StringComparer.OrdinalIgnoreCase) { "having", "being", "getting" };

    /// <summary>
    /// "Fighting resumed in the north on Monday" parsed with "Fighting" the main verb and "resumed" its complement: a
    /// gerund opening the sentence as its root, with no object, followed at once by a past tense hung on it as a
    /// complement that has no subject, auxiliary or subordinator of its own, is that verb's subject (a noun), and the
    /// past tense the main verb, with what hung on the gerund.
    /// </summary>
    private static void GerundSubjectsReadAsMainVerbs(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int noun = IndexOf(pos.TagSet, "NOUN"), nsubj = IndexOf(deps.LabelSet, "nsubj"), root = IndexOf(deps.LabelSet, "root");
        if (noun < 0 || nsubj < 0 || root < 0) return;
        var words = pos.Words.Spans;
        for (int g = 0, v = 1; v < words.Length; g++, v++)
        {
            if (pos[g] != "VERB" || pos[v] != "VERB" || g > 0 && pos[g - 1] != "PUNCT") continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            if (h[g] >= 0 || h[v] != g || (labels is null ? deps.Label(v) : deps.LabelSet[labels[v]]) is not ("xcomp" or "ccomp")) continue;
            var gerund = words[g].SliceOf(text);
            if (!char.IsUpper(gerund[0]) || !gerund.EndsWith("ing", StringComparison.Ordinal) || AuxiliaryGerunds.Contains(gerund.ToString())) continue;
            var past = words[v].SliceOf(text);
            if (!(past.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && past.Length > 4) && !IrregularPastsLookup.Contains(past)) continue;
            int to = Math.Min(words.Length, g + SentenceTokens.MaxLength);
            bool own = false;
            for (int c = g + 1; c < to && !own; c++)
                own = h[c] == g && deps.Label(c) is "obj" or "nsubj" || h[c] == v && deps.Label(c) is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "mark" or "expl";
            if (own) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            for (int c = v + 1; c < to; c++)
                if (heads[c] == g) heads[c] = v;
            tags[g] = (byte)noun;
            heads[v] = -1; labels[v] = (byte)root;
            heads[g] = v; labels[g] = (byte)nsubj;
        }
    }

    // Verbs in the present that take a gerund and are never nouns.
    private static readonly HashSet<string> GerundTakers = new(StringComparer.OrdinalIgnoreCase) { "denies", "admits" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GerundTakersLookup = GerundTakers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Rwanda denies backing rebels in Congo" (a headline) parsed with "Rwanda denies" a noun phrase, the subject of
    /// "backing": a verb that is never a noun, read as one right after a name and before the gerund it is the subject
    /// of, is the main verb, the name its subject and the gerund its complement (what is denied).
    /// </summary>
    private static void DenialsReadAsNouns(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int verb = IndexOf(pos.TagSet, "VERB"), nsubj = IndexOf(deps.LabelSet, "nsubj"), xcomp = IndexOf(deps.LabelSet, "xcomp"), root = IndexOf(deps.LabelSet, "root");
        if (verb < 0 || nsubj < 0 || xcomp < 0 || root < 0) return;
        var words = pos.Words.Spans;
        for (int w = 1; w + 1 < words.Length; w++)
        {
            if (pos[w] != "NOUN" || !GerundTakersLookup.Contains(words[w].SliceOf(text))) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int g = w + 1, name = w - 1;
            if (h[w] != g || pos[g] != "VERB" || !words[g].SliceOf(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || pos[name] != "PROPN" || h[name] != w) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            tags[w] = (byte)verb;
            heads[w] = h[g]; labels[w] = h[g] < 0 ? (byte)root : labels[g];
            heads[g] = w; labels[g] = (byte)xcomp;
            labels[name] = (byte)nsubj;
        }
    }

    // The forms of the verbs whose gerund is what is denied or admitted.
    private static readonly HashSet<string> DenialForms = new(StringComparer.OrdinalIgnoreCase)
        { "deny", "denies", "denied", "denying", "admit", "admits", "admitted", "admitting" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DenialFormsLookup = DenialForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "The army denied targeting civilians" parsed with "targeting" a modifier of "civilians" (as in "fleeing
    /// civilians") and "civilians" the denial's object: a gerund right after "deny" or "admit" whose noun is that verb's
    /// only object is the deed denied (its complement) and the noun the deed's object. Not with a second object
    /// ("denied fleeing civilians entry": there the participle describes them).
    /// </summary>
    private static void DeniedDeedsReadAsModifiers(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int xcomp = IndexOf(deps.LabelSet, "xcomp"), amod = IndexOf(deps.LabelSet, "amod"), objLabel = IndexOf(deps.LabelSet, "obj"), iobj = IndexOf(deps.LabelSet, "iobj");
        if (xcomp < 0 || amod < 0 || objLabel < 0) return;
        var words = pos.Words.Spans;
        for (int g = 1; g + 1 < words.Length; g++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            var l = labels ?? ImmutableCollectionsMarshal.AsArray(deps.Labels)!;
            int v = g - 1, n = h[g];
            if (l[g] != amod || pos[g] != "VERB" || n <= g || h[n] != v || l[n] != objLabel || pos[n] is not ("NOUN" or "PROPN")) continue;
            if (!words[g].SliceOf(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !DenialFormsLookup.Contains(words[v].SliceOf(text))) continue;
            bool second = false;
            for (int c = 0; c < words.Length && !second; c++)
                if (c != n && h[c] == v && (l[c] == objLabel || iobj >= 0 && l[c] == iobj)) second = true;
            // (nor a noun right after the object: "denied fleeing civilians entry" may be parsed with "entry" hung elsewhere)
            if (second || n + 1 < words.Length && pos[n + 1] == "NOUN") continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[g] = v; labels[g] = (byte)xcomp;
            heads[n] = g;
        }
    }

    // Verbs that take a to-infinitive of what is agreed, planned or threatened ("agreed to", "plans to", "refused to").
    private static readonly HashSet<string> InfinitiveTakers = new(StringComparer.OrdinalIgnoreCase)
        { "agree", "plan", "decide", "offer", "pledge", "promise", "vow", "threaten", "refuse", "want", "seek", "hope", "intend", "prepare", "propose" };

    // Verbs the parser reads as a noun's modifier after "to" ("to exchange prisoners"); not "trade" or "return", which
    // often are one ("agreed to trade talks", "a return trip").
    private static readonly HashSet<string> VerbNounHomographs = new(StringComparer.OrdinalIgnoreCase) { "exchange", "swap" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbNounHomographsLookup = VerbNounHomographs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Russia and Ukraine agreed to exchange prisoners" parsed with "to" a preposition and "exchange prisoners" a noun
    /// phrase, the verb's oblique: after a verb that takes an infinitive ("agreed", "plans", "refused"), "to" and a word that
    /// is as often a verb, hung as a compound on the noun right after it, are the infinitive (a complement of that verb)
    /// and that noun its object (not before "rate": "plans to exchange rate controls" is about exchange rates).
    /// </summary>
    private static void InfinitivesReadAsCompounds(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int verb = IndexOf(pos.TagSet, "VERB"), part = IndexOf(pos.TagSet, "PART"), mark = IndexOf(deps.LabelSet, "mark"), xcomp = IndexOf(deps.LabelSet, "xcomp"),
            objLabel = IndexOf(deps.LabelSet, "obj"), compound = IndexOf(deps.LabelSet, "compound"), obl = IndexOf(deps.LabelSet, "obl");
        if (verb < 0 || part < 0 || mark < 0 || xcomp < 0 || objLabel < 0 || compound < 0 || obl < 0) return;
        var words = pos.Words.Spans;
        for (int w = 2; w + 1 < words.Length; w++)
        {
            if (pos[w] != "NOUN" || !VerbNounHomographsLookup.Contains(words[w].SliceOf(text))) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int to = w - 1, n = w + 1, gov = h[n];
            if (!words[to].SliceOf(text).Equals("to", StringComparison.OrdinalIgnoreCase) || h[to] != n || h[w] != n || (labels?[w] ?? deps.Labels[w]) != compound
                || pos[n] != "NOUN" || words[n].SliceOf(text).StartsWith("rate", StringComparison.OrdinalIgnoreCase) || (labels?[n] ?? deps.Labels[n]) != obl || gov < 0 || gov >= to || pos[gov] != "VERB") continue;
            bool taker = false;
            foreach (var form in Lemmas.Forms(words[gov].SliceOf(text))) taker |= InfinitiveTakers.Contains(form);
            if (!taker) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            tags[w] = (byte)verb; tags[to] = (byte)part;
            heads[w] = gov; labels[w] = (byte)xcomp;
            heads[to] = w; labels[to] = (byte)mark;
            heads[n] = w; labels[n] = (byte)objLabel;
        }
    }

    /// <summary>
    /// "The court issued an arrest warrant for the general" parsed with "warrant" a verb, a clause on "arrest" (the
    /// general its oblique): "warrant" right after a noun, hung on it as a clause with nothing of a clause's own (no
    /// subject, object, auxiliary or subordinator), is the noun of the phrase, the noun before it its compound and the
    /// clause's obliques its modifiers ("warrant for the general").
    /// </summary>
    private static void WarrantsReadAsVerbs(PosTags pos, Dependencies deps, string text, ref byte[]? tags, ref byte[]? labels, ref int[]? heads)
    {
        int noun = IndexOf(pos.TagSet, "NOUN"), compound = IndexOf(deps.LabelSet, "compound"), nmod = IndexOf(deps.LabelSet, "nmod");
        if (noun < 0 || compound < 0 || nmod < 0) return;
        var words = pos.Words.Spans;
        for (int w = 1; w < words.Length; w++)
        {
            if (pos[w] != "VERB" || words[w].SliceOf(text) is not ("warrant" or "warrants")) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int n = w - 1;
            if (h[w] != n || pos[n] != "NOUN" || (labels?[w] ?? deps.Labels[w]) != IndexOf(deps.LabelSet, "acl")) continue;
            int to = Math.Min(words.Length, w + SentenceTokens.MaxLength);
            bool clause = false;
            for (int c = w + 1; c < to && !clause; c++)
                if (h[c] == w && deps.Label(c) is "nsubj" or "obj" or "aux" or "mark" or "nsubj:pass" or "aux:pass") clause = true;
            if (clause) continue;
            tags ??= pos.Tags.ToArray();
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            tags[w] = (byte)noun;
            heads[w] = h[n]; labels[w] = labels[n];
            heads[n] = w; labels[n] = (byte)compound;
            for (int c = Math.Max(0, w - SentenceTokens.MaxLength); c < n; c++)
                if (heads[c] == n && deps.Label(c) is "det" or "amod" or "nummod") heads[c] = w;
            for (int c = w + 1; c < to; c++)
                if (heads[c] == w && deps.Label(c) == "obl") labels[c] = (byte)nmod;
        }
    }

    /// <summary>
    /// "Congo accused Kigali of invading its territory and demanded the withdrawal of Rwandan forces" parsed with
    /// "demanded" a conjunct of "invading": a past tense with no subject of its own is not coordinated with a gerund
    /// (what is alleged) but with the past tense that governs the gerund, whose subject it shares.
    /// </summary>
    private static void PastTensesConjoinedToGerunds(PosTags pos, Dependencies deps, string text, ref int[]? heads)
    {
        var words = pos.Words.Spans;
        for (int c = 2; c < words.Length; c++)
        {
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int g = h[c];
            if (g < 0 || g >= c || pos[c] != "VERB" || deps.Label(c) != "conj" || pos[g] != "VERB" || !IsPast(words[c].SliceOf(text))) continue;
            if (!words[g].SliceOf(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || deps.Label(g) is not ("advcl" or "xcomp")) continue;
            int main = h[g];
            if (main < 0 || main > g || pos[main] != "VERB" || !IsPast(words[main].SliceOf(text))) continue;
            bool own = false;
            int to = Math.Min(words.Length, c + SentenceTokens.MaxLength);
            for (int d = g + 1; d < to && !own; d++)
                if (h[d] == c && deps.Label(d) is "nsubj" or "nsubj:pass" or "aux" or "aux:pass") own = true;
            if (own) continue;
            heads ??= deps.Heads.ToArray();
            heads[c] = main;
        }

        static bool IsPast(ReadOnlySpan<char> w) => w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && w.Length > 4 || IrregularPastsLookup.Contains(w);
    }

    // Participles that stand before a noun as its adjective far more often than they head a clause after a preposition.
    private static readonly HashSet<string> AdjectiveParticiples = new(StringComparer.OrdinalIgnoreCase) { "ruling", "governing", "warring" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveParticiplesLookup = AdjectiveParticiples.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Police clashed with ruling Frelimo party youths" parsed with "with" the subordinator of a clause "ruling ... youths"
    /// (the youths its object): a preposition right before "ruling", "governing" or "warring" that has only that object
    /// of its own is the object's preposition and the participle its adjective; the object is the governor's oblique.
    /// </summary>
    private static void RulingReadAsVerb(PosTags pos, Dependencies deps, string text, ref byte[]? labels, ref int[]? heads)
    {
        int caseLabel = IndexOf(deps.LabelSet, "case"), obl = IndexOf(deps.LabelSet, "obl"), amod = IndexOf(deps.LabelSet, "amod");
        if (caseLabel < 0 || obl < 0 || amod < 0) return;
        var words = pos.Words.Spans;
        for (int v = 1; v + 1 < words.Length; v++)
        {
            if (pos[v] != "VERB" || !AdjectiveParticiplesLookup.Contains(words[v].SliceOf(text))) continue;
            var h = heads ?? ImmutableCollectionsMarshal.AsArray(deps.Heads)!;
            int m = v - 1, g = h[v];
            if (g < 0 || h[m] != v || (labels?[m] ?? deps.Labels[m]) != IndexOf(deps.LabelSet, "mark") || pos[m] is not ("ADP" or "SCONJ")) continue;
            int o = -1, others = 0;
            for (int c = Math.Max(0, v - SentenceTokens.MaxLength); c < Math.Min(words.Length, v + SentenceTokens.MaxLength); c++)
            {
                if (h[c] != v || c == m) continue;
                if (o < 0 && c > v && deps.Label(c) == "obj" && pos[c] is "NOUN" or "PROPN") o = c;
                else others++;
            }
            if (o < 0 || others > 0) continue;
            labels ??= deps.Labels.ToArray();
            heads ??= deps.Heads.ToArray();
            heads[o] = g; labels[o] = (byte)obl;
            heads[m] = o; labels[m] = (byte)caseLabel;
            heads[v] = o; labels[v] = (byte)amod;
        }
    }

    private static int RootOf(int[] heads, int c)
    {
        for (int steps = 0; steps < SentenceTokens.MaxLength && heads[c] >= 0; steps++) c = heads[c];
        return c;
    }

    private static int RootOf(Dependencies deps, int c)
    {
        for (int steps = 0; steps < SentenceTokens.MaxLength && deps.Heads[c] >= 0; steps++) c = deps.Heads[c];
        return c;
    }

    /// <summary>The lower-case preposition ("case" dependent) of word <paramref name="c"/>, or "".</summary>
    private static string CaseWord(Dependencies deps, ImmutableArray<Sitrep.Core.TextSpan> words, string text, int c, int first, int last)
    {
        for (int k = first; k <= last; k++)
            if (deps.Heads[k] == c && deps.Label(k) == "case") return words[k].SliceOf(text).ToString().ToLowerInvariant();
        return "";
    }

    private static int IndexOf(IReadOnlyList<string> set, string name)
    {
        // Each repair asks for its labels' positions per document (some 130 asks a document): the sets are the models'
        // own, the same two for every document, so keep the last ones looked up at hand (a weak-table lookup per ask
        // cost a third of the repairs' time on one-sentence documents), and the answers for the names the repairs ask
        // about by a slot the compiler's switch finds without hashing the name.
        var last = _last;
        if (!ReferenceEquals(last?.Set, set) && !ReferenceEquals((last = _lastButOne)?.Set, set))
        {
            last = new Positions(set, Positions.Table.GetValue(set, static s =>
            {
                var d = new Dictionary<string, int>(s.Count);
                for (int i = 0; i < s.Count; i++) d.TryAdd(s[i], i);
                return d;
            }));
            _lastButOne = _last;
            _last = last;
        }
        int slot = Slot(name);
        if (slot < 0) return last!.At(name);
        // (a race here only writes the same answer twice)
        ref int known = ref last!.Known[slot];
        if (known == Positions.NotAsked) known = last.At(name);
        return known;
    }

    private static int Slot(string name) => name switch
    {
        "nsubj" => 0, "obj" => 1, "compound" => 2, "root" => 3, "obl" => 4, "case" => 5, "nmod" => 6, "amod" => 7, "xcomp" => 8,
        "mark" => 9, "aux" => 10, "advcl" => 11, "acl" => 12, "nsubj:pass" => 13, "parataxis" => 14, "conj" => 15, "ccomp" => 16,
        "aux:pass" => 17, "nummod" => 18, "nmod:poss" => 19, "dep" => 20, "advcl:relcl" => 21, "acl:relcl" => 22,
        "VERB" => 23, "NOUN" => 24, "PART" => 25, "NUM" => 26, "ADJ" => 27,
        _ => -1,
    };

    private sealed record Positions(IReadOnlyList<string> Set, Dictionary<string, int> Of)
    {
        public const int NotAsked = int.MinValue;
        public static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, Dictionary<string, int>> Table = new();

        /// <summary>Answers by <see cref="Slot"/>, filled as asked.</summary>
        public readonly int[] Known = Enumerable.Repeat(NotAsked, 28).ToArray();

        public int At(string name) => Of.TryGetValue(name, out var at) ? at : -1;
    }

    // The tag set and the label set last asked about (read and written whole, so safe across threads).
    private static Positions? _last, _lastButOne;
}
