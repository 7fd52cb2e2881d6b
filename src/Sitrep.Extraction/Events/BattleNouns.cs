using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Battles named by a noun, the commonest event of conflict news: "fighting between the army and M23 rebels",
/// "clashes erupted between police and protesters", "the army's clashes with rebels". A fight has no attacker: each
/// side fights the other (CAMEO 190 both ways, as GDELT codes "clashes between X and Y"), whatever the verb after the
/// phrase says ("has killed 27 people", "erupted", "left 27 dead"). The dead are the battle's: a force event the
/// coder read with one of the sides as its doer ("M23 rebels has killed 27 people" out of the misparsed phrase) is
/// dropped, as is one between the sides with their words out of order ("allied militias" fighting M23).
/// </summary>
public sealed partial class EventCoder
{
    private static readonly HashSet<string> BattleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "fighting", "fight", "fights", "clash", "clashes", "battle", "battles", "gunfight", "gunfights", "firefight",
        "firefights", "gunbattle", "gunbattles", "skirmish", "skirmishes", "hostilities",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BattleLookup = BattleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // "trade battles between", "a legal fight between": a quarrel named by its field.
    private static readonly HashSet<string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        "trade", "tariff", "legal", "court", "courtroom", "political", "diplomatic", "verbal", "ideological", "price", "custody",
        "election", "electoral", "bidding", "budget", "cultural", "culture", "policy", "rhetorical", "boardroom", "takeover",
        "patent", "media", "pr", "propaganda", "power", "leadership", "succession", "turf", "legislative", "parliamentary",
    };

    // "fears of clashes between", "to prevent fighting between", "no fighting between": a battle that did not happen.
    private static readonly HashSet<string> UnfoughtCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "prevent", "preventing", "avoid", "avoiding", "avert", "averting", "fear", "fears", "feared", "risk", "risks",
        "threat", "possible", "potential", "no", "any", "imminent", "would", "could", "might", "may",
    };

    // The verb that tells the battle happened, between the noun and "between" ("fighting broke out between ...").
    private static readonly HashSet<string> Outbreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "break", "erupt", "flare", "rage", "continue", "intensify", "resume", "escalate", "occur", "take", "spread",
        "ensue", "follow", "start", "begin",
    };

    private static readonly HashSet<string> ArmedRoles = new(StringComparer.Ordinal)
        { "MIL", "REB", "INS", "COP", "UAF", "SPY", "SEP" };

    /// <summary>
    /// Codes the sentence's battle nouns (after its verbs and nouns are coded, <paramref name="before"/> being the
    /// first of its events) and drops the events the misparsed battle phrase gave.
    /// </summary>
    private void CodeBattleNouns(Parsed p, int start, int end, TextSpan sentence, bool question, int before, List<Event> output)
    {
        if (_dictionaryDecides || _cameo["190"] is not { } info) return;
        for (int n = start; n < end; n++)
        {
            if (p.Tag(n) is not ("NOUN" or "VERB" or "PROPN") || !BattleLookup.Contains(p.Word(n))) continue;
            // "the troops were fighting between the two towns": a verb, not the battle's name.
            if (n > start && p.Tag(n - 1) == "AUX" && p.Tag(n) == "VERB") continue;
            if (Unfought(p, start, n)) continue;
            if (n > start && Fields.Contains(p.Word(n - 1).ToString()) || n > start + 1 && p.Tag(n - 1) is "ADJ" or "NOUN" && Fields.Contains(p.Word(n - 2).ToString())) continue;
            int between = BetweenAfter(p, n, end);
            if (between >= 0) BattleBetween(p, n, between, end, sentence, question, before, output, info);
            else ReciprocalWith(p, n, sentence, question, before, output, info);
        }
    }

    private static bool Unfought(Parsed p, int start, int n)
    {
        // Back over the noun's own modifiers ("fears of renewed heavy clashes", "no fighting").
        int t = n - 1;
        for (; t >= start && p.Tag(t) is "ADJ" or "DET" or "ADV"; t--)
            if (UnfoughtCues.Contains(p.Word(t).ToString())) return true;
        if (t >= start && p.Word(t) is "of" or "to" or "OF" or "TO") t--;
        return t >= start && UnfoughtCues.Contains(p.Word(t).ToString());
    }

    /// <summary>"between" right after the noun, or after the verb telling it broke out ("clashes erupted on Monday between"); or -1.</summary>
    private static int BetweenAfter(Parsed p, int n, int end)
    {
        int t = n + 1;
        if (t < end && p.Word(t).Equals("between", StringComparison.OrdinalIgnoreCase)) return t;
        bool outbreak = false;
        for (; t < end && t <= n + 6; t++)
        {
            var w = p.Word(t);
            if (w.Equals("between", StringComparison.OrdinalIgnoreCase)) return outbreak ? t : -1;
            if (p.Tag(t) is "VERB" && IsLemma(p, t, Outbreaks)) { outbreak = true; continue; }
            if (outbreak && (p.Tag(t) is "AUX" or "ADV" or "PART" || w is "out" or "place" or "up" or "on" or "late" or "early"
                             || Times.TimeWords.Of(w).Class is Times.WC.Weekday or Times.WC.Month)) continue;
            if (!outbreak && p.Tag(t) is "AUX" or "ADV") continue;
            return -1;
        }
        return -1;
    }

    private void BattleBetween(Parsed p, int n, int between, int end, TextSpan sentence, bool question, int before, List<Event> output,
        CameoInfo info)
    {
        // The sides run to the first word that no actor's name holds: a finite verb ("has killed", "erupted"), a
        // preposition other than "of" ("near Goma", "in the north"), punctuation.
        int first = between + 1, last = between, and = -1;
        for (int t = first; t < end && t <= first + 24; t++)
        {
            var w = p.Word(t);
            var tag = p.Tag(t);
            if (tag == "CCONJ")
            {
                if (!w.Equals("and", StringComparison.OrdinalIgnoreCase)) break;
                if (and < 0) and = t;
                continue;
            }
            if (tag is "AUX" or "SCONJ" or "ADV" or "NUM" && !(tag == "NUM" && t + 1 < end && p.Tag(t + 1) is "NOUN" or "PROPN" or "ADJ")) break;
            if (tag == "PUNCT" && !(w is "-" || w is "'" or "’")) break;
            if (tag == "ADP" && !(w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("to", StringComparison.OrdinalIgnoreCase) && t > first && p.Word(t - 1) is "loyal")) break;
            if (tag == "PRON" && p.Label(t) != "nmod:poss") break;
            // "allied militias", "the US-backed forces": a participle before a noun describes a side.
            if (tag == "VERB" && !(t + 1 < end && p.Tag(t + 1) is "NOUN" or "PROPN" or "ADJ" && (t == first || p.Tag(t - 1) is "DET" or "CCONJ" or "ADJ" or "PUNCT" or "ADV"))) break;
            last = t;
        }
        if (and < 0 || and <= first || and >= last) return;
        var sideA = SideActors(p, first, and - 1);
        var sideB = SideActors(p, and + 1, last);
        // "between Indian and Pakistani troops": the first side is the second's kind of men, of its own country.
        if (sideB.Count > 0 && OnlyModifiers(p, first, and - 1) && sideB[^1].Code.Length == 6)
            for (int i = 0; i < sideA.Count; i++)
                if (sideA[i].Code.Length == 3) sideA[i] = sideA[i] with { Code = sideA[i].Code + sideB[^1].Code[3..] };
        if (sideA.Count == 0 || sideB.Count == 0) return;
        // "clashes between protesters and police" in a report on a president's visit abroad: the actor layer gives
        // unnamed people the countries the article names, one each; a fight of unnamed sides of different countries
        // is then no one's in particular (the event's place may still give it one).
        if (sideA.TrueForAll(h => IsUnnamed(p, h)) && sideB.TrueForAll(h => IsUnnamed(p, h))
            && sideA.Exists(a => sideB.Exists(b => a.Code.Length == 6 && b.Code.Length == 6 && string.CompareOrdinal(a.Code, 0, b.Code, 0, 3) != 0)))
        {
            Unplace(sideA);
            Unplace(sideB);
        }
        // Armed men on a side, or two states ("fighting between Armenia and Azerbaijan"; a single "clash" of two states is
        // as often words over trade); "fighting between the ruling party and the opposition" is politics.
        bool armed = sideA.Exists(IsArmedSide) || sideB.Exists(IsArmedSide);
        // (States by name: "Serb police and ethnic Albanians" are a country's police and a people, not two states.)
        bool states = sideA.Exists(h => h.Code.Length == 3) && sideB.Exists(h => h.Code.Length == 3) && OnlyNames(p, first, and - 1) && OnlyNames(p, and + 1, last);
        if (!armed && !(states && !p.Word(n).Equals("clash", StringComparison.OrdinalIgnoreCase) && !p.Word(n).Equals("fight", StringComparison.OrdinalIgnoreCase)
                        && !p.Word(n).Equals("battle", StringComparison.OrdinalIgnoreCase))) return;
        var phrase = new TextSpan(p.Words[first].Start, p.Words[last].End);
        var evidence = new TextSpan(p.Words[n].Start, p.Words[last].End);
        // The misparsed phrase's own events go: a side as the killer of the battle's dead (the verb the phrase is the
        // subject of: "M23 rebels has killed 27 people"), or a side fighting another inside it. A side's own relative
        // clause ("rebels who attacked the base") keeps its events.
        int verb = -1;
        for (int t = last + 1; t < end && verb < 0; t++)
        {
            if (p.Tag(t) is "PRON" or "SCONJ" or "CCONJ" || p.Tag(t) == "PUNCT" && !p.Word(t).SequenceEqual(",")) break;
            if (p.Tag(t) == "VERB") verb = t;
        }
        for (int i = output.Count - 1; i >= before; i--)
            if (IsForce(output[i].Code) && output[i].SourceSpan is { } ss && phrase.Contains(ss)
                && (evidence.Contains(output[i].Span) || verb >= 0 && output[i].Span.Contains(p.Words[verb])))
                output.RemoveAt(i);
        // "Fighting between the two states would be catastrophic": the verb the noun is the subject of tells whether it happened.
        var modality = question ? Modality.Question
            : p.Head(n) is var h && h >= 0 && p.Label(n) is "nsubj" or "csubj" or "nsubj:pass" ? AuxModality(p, h) : Modality.Asserted;
        foreach (var a in sideA)
            foreach (var b in sideB)
            {
                if (a.Code == b.Code) continue;
                AddFight(a, b);
                AddFight(b, a);
            }

        void AddFight(ActorHit s, ActorHit t)
        {
            if (output.Exists(o => o.Sentence == sentence && o.Source == s.Code && o.Target == t.Code && o.Code == "190")) return;
            output.Add(new Event(evidence, s.Code, t.Code, "190", info.Goldstein, info.QuadClass, info.Plover, false, modality, s.Span, t.Span, sentence));
        }
    }

    private static void Unplace(List<ActorHit> hits)
    {
        for (int i = 0; i < hits.Count; i++)
            if (hits[i].Code.Length == 6) hits[i] = hits[i] with { Code = "---" + hits[i].Code[3..] };
    }

    private List<ActorHit> SideActors(Parsed p, int lo, int hi)
    {
        var hits = new List<ActorHit>(2);
        if (lo > hi) return hits;
        int head = hi;
        while (head > lo && p.Tag(head) is not ("NOUN" or "PROPN")) head--;
        _actors.Find(p.Document, p.Words, lo, hi, head, hits);
        DropLanguages(p, lo, hi, hits);
        KeepMostSpecific(hits);
        return hits;
    }

    private static bool OnlyNames(Parsed p, int lo, int hi)
    {
        for (int t = lo; t <= hi; t++) if (p.Tag(t) is not ("PROPN" or "DET")) return false;
        return true;
    }

    private static bool OnlyModifiers(Parsed p, int lo, int hi)
    {
        for (int t = lo; t <= hi; t++) if (p.Tag(t) is not ("ADJ" or "DET" or "PUNCT")) return false;
        return true;
    }

    private static bool IsArmedSide(ActorHit h) => h.Code.Length >= 6 && ArmedRoles.Contains(h.Code.Substring(3, 3));

    /// <summary>
    /// "the army's clashes with rebels": the coder reads the owner as the one who clashed; a clash is fought by both,
    /// so each side gets the event.
    /// </summary>
    private void ReciprocalWith(Parsed p, int n, TextSpan sentence, bool question, int before, List<Event> output, CameoInfo info)
    {
        if (n + 1 >= p.Words.Length || !p.Word(n + 1).Equals("with", StringComparison.OrdinalIgnoreCase)) return;
        // "Iraq could start hostilities with Israel", "to provoke a fight with the movement": one side's doing.
        if (p.Label(n) == "obj") return;
        var noun = p.Words[n];
        OwnerFromClause(p, n, sentence, question, before, output, info);
        for (int i = before, count = output.Count; i < count; i++)
            if (output[i] is { Code: "190", Source.Length: > 0, Target.Length: > 0 } e && e.Span.Contains(noun)
                && !output.Exists(o => o.Sentence == e.Sentence && o.Source == e.Target && o.Target == e.Source && o.Code == "190"))
                output.Add(e with { Source = e.Target, Target = e.Source, SourceSpan = e.TargetSpan, TargetSpan = e.SourceSpan });
    }

    /// <summary>
    /// "Zambian troops were locked in heavy fighting with Angolan rebels", "three soldiers were killed in clashes with
    /// militants": the subject of the clause the noun is a phrase of fought the "with" side, and was fought by it, when
    /// that subject is armed men or a country (villagers "fleeing fighting with rebels" fight no one). The noun's event
    /// read with no doer goes.
    /// </summary>
    private void OwnerFromClause(Parsed p, int n, TextSpan sentence, bool question, int before, List<Event> output, CameoInfo info)
    {
        if (!p.Label(n).StartsWith("obl", StringComparison.Ordinal) && !p.Label(n).StartsWith("obj", StringComparison.Ordinal)) return;
        int v = p.Head(n), with = p.PrepPhrase(n, nominal: true, "with");
        if (v < 0 || p.Tag(v) != "VERB" || with < 0) return;
        int subj = p.Child(v, "nsubj");
        if (subj < 0) subj = p.Child(v, "nsubj:pass");
        if (subj < 0) return;
        var sides = new List<ActorHit>(2);
        CollectActors(p, subj, sides, nominalHead: false);
        KeepMostSpecific(sides);
        // (A state only where the verb itself is no act of its own: "Ethiopia condemned the fighting with Eritrea" is a
        // condemnation, "Ethiopia was locked in fighting with Eritrea" a fight.)
        bool acts = TryVerbCode(p, v, out _);
        sides.RemoveAll(h => !IsArmedSide(h) && !(h.Code.Length == 3 && !acts));
        var others = new List<ActorHit>(2);
        CollectActors(p, with, others, nominalHead: false);
        KeepMostSpecific(others);
        if (sides.Count == 0 || others.Count == 0) return;
        var noun = p.Words[n];
        output.RemoveAll(e => e.Sentence == sentence && e.Code == "190" && e.Source.Length == 0 && e.Span.Contains(noun));
        var modality = question ? Modality.Question : AuxModality(p, v);
        bool negated = IsNegated(p, v);
        foreach (var a in sides)
            foreach (var b in others)
            {
                if (a.Code == b.Code) continue;
                var evidence = new TextSpan(Math.Min(a.Span.Start, p.Words[n].Start), Math.Max(b.Span.End, p.Words[n].End));
                foreach (var (s, t) in new[] { (a, b), (b, a) })
                    if (!output.Exists(o => o.Sentence == sentence && o.Source == s.Code && o.Target == t.Code && o.Code == "190"))
                        output.Add(new Event(evidence, s.Code, t.Code, "190", info.Goldstein, info.QuadClass, info.Plover, negated, modality, s.Span, t.Span, sentence));
            }
    }
}
