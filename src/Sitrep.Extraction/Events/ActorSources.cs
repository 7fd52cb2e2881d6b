using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Built-in actor words (lexicons/events-actors.tsv): countries, capitals and nationality adjectives give
/// the country; role nouns ("troops", "government") add the sector. "Russian and Syrian warplanes" gives
/// RUSMIL and SYRMIL. A phrase with a role but no country gives nothing: we do not guess countries.
/// </summary>
/// <param name="bareRoles">A role with no country is still an actor of no known country ("students" → ---EDU), as
/// PETRARCH codes the agents of its dictionary.</param>
/// <param name="anyCodeTakesRoles">A code that already carries a sector takes the role too, unless it holds that role already
/// ("Gonzo GMO" GONGMO, "human rights activists of Gonzo GMO" GONGMOOPP; "White House officials" USAGOV), as PETRARCH
/// joins a dictionary's agents to its actors.</param>
public sealed class LexiconActorSource(EventLexicon lexicon, bool bareRoles = false, bool anyCodeTakesRoles = false) : IEventActorSource
{
    private static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLower(c)) return true;
        return false;
    }

    // (at a three-letter step: "USAGOV" holds GOV, "GOVERN..." would not be read from the middle of a code)
    private static bool HoldsRole(string code, string role)
    {
        for (int at = 3; at + role.Length <= code.Length; at += 3)
            if (string.CompareOrdinal(code, at, role, 0, role.Length) == 0) return true;
        return false;
    }

    public void Find(ArticleDocument document, ImmutableArray<TextSpan> words, int firstToken, int lastToken, int head, List<ActorHit> found)
    {
        var text = document.Text;
        var tokens = words;
        Span<(int Start, int End, int Code)> countries = stackalloc (int, int, int)[8];
        int nc = 0;
        string? role = null, prefix = null; TextSpan roleSpan = default;
        var codes = new List<string>(2);
        for (int i = firstToken; i <= lastToken && i < tokens.Length; i++)
        {
            string? code = null; int j = i;
            // Longest phrase first: "united states" before "united", "north korea" before "korea".
            for (int k = Math.Min(3, Math.Min(lastToken, tokens.Length - 1) - i); k >= 0 && code is null; k--)
            {
                var span0 = new TextSpan(tokens[i].Start, tokens[i + k].End);
                // "US", "UK", "DRC" only as written in capitals: "cooperate with us" names no country.
                if (span0.Length < 48 && lexicon.TryActor(span0.SliceOf(text), document.Published, out var c) && (span0.Length > 3 || !HasLower(span0.SliceOf(text)))) { code = c; j = i + k; }
            }
            if (code is null) continue;
            // ("US$ 30 billion": a currency's letters are no party)
            if (Currency.SignAfter(text, tokens[j].End)) { i = j; continue; }
            // "-": words that name no actor, though a shorter part of them would ("Latin American" is no American).
            if (code == "-") { i = j; continue; }
            var span = new TextSpan(tokens[i].Start, tokens[j].End);
            if (code.Length == 3 && PersonNames.InOthersName(document, span, bareCountry: true)) { i = j; continue; }
            if (j > i && PersonNames.InPlaceName(document, span)) { i = j; continue; }
            // ("a tanker in the Gulf of Oman": the water's namesake, no party)
            if (PersonNames.InWaterName(document, span)) { i = j; continue; }
            if (code[0] == '~') { role = code[1..]; roleSpan = span; }
            // A dictionary's agent that goes before the country ("MSF [NGO~]": MSF Arnor → NGOARN).
            else if (code[^1] == '~') { prefix = code[..^1]; roleSpan = roleSpan.Length == 0 ? span : roleSpan.Union(span); }
            else if (nc < countries.Length) { codes.Add(code); countries[nc++] = (span.Start, span.End, codes.Count - 1); }
            i = j;
        }
        for (int k = 0; k < nc; k++)
        {
            var country = codes[countries[k].Code];
            var span = new TextSpan(countries[k].Start, countries[k].End);
            // A country code already carrying a sector (IGOUNO, RUSGOV for "Kremlin") keeps it.
            var code = role is not null && country.Length == 3 && country != "IGO" ? country + role
                : role is not null && anyCodeTakesRoles && country.Length > 3 && !HoldsRole(country, role) ? country + role : country;
            if (prefix is not null && country.Length >= 3) code = prefix + code;
            if ((role is not null || prefix is not null) && country.Length == 3) span = span.Union(roleSpan);
            bool dup = false;
            foreach (var h in found) if (h.Code == code) { dup = true; break; }
            if (!dup) found.Add(new ActorHit(code, span));
        }
        if (nc == 0 && bareRoles && role is not null && !found.Exists(h => h.Code == "---" + role)) found.Add(new ActorHit("---" + role, roleSpan));
    }
}

/// <summary>Actors from the Actors layer (the actor coder) where it covers the phrase, else the built-in words.</summary>
public sealed class LayerActorSource(IEventActorSource fallback) : IEventActorSource
{
    public void Find(ArticleDocument document, ImmutableArray<TextSpan> words, int firstToken, int lastToken, int head, List<ActorHit> found)
    {
        if (document.Has(Layer.Actors) && document.Actors.Length > 0)
        {
            var phrase = new TextSpan(words[firstToken].Start, words[Math.Min(lastToken, words.Length - 1)].End);
            int before = found.Count;
            var actors = document.Actors;
            var near = _near ??= new List<int>();
            // (only actors whose evidence starts inside the phrase or just after it can be taken)
            SpanIndex<Actor>.Starting(actors, a => a.Evidence, phrase.Start, phrase.End + AppositionGap, near);
            foreach (int i in near)
            {
                var a = actors[i];
                // The mention in the phrase, or the words that coded it: "arrested opposition leader Ousmane Sonko" has the
                // name as an apposition outside the object's phrase, its title "opposition leader" inside.
                if (string.IsNullOrEmpty(a.Code) || (!phrase.Contains(a.Evidence.Start)
                    || !a.Mention.Overlaps(phrase) && a.Evidence.End > phrase.End) && !TitledByApposition(document.Text, a, phrase)) continue;
                bool dup = false;
                foreach (var h in found) if (h.Code == a.Code) { dup = true; break; }
                if (!dup) found.Add(new ActorHit(a.Code, a.Evidence));
            }
            bool namesake = LaterNames(document, phrase, found);
            // A role alone ("Arnor's foreign minister" → ---GOV when the layer does not know Arnor): the fallback
            // may name the country the role belongs to. So may a namesake's title ("King Hussein of Jordan" → JORGOV).
            if (found.Count > before && !OnlyBareRoles(found, before) && !namesake) return;
        }
        fallback.Find(document, words, firstToken, lastToken, head, found);
    }

    /// <summary>
    /// "Kenyan President William Ruto ... Ruto hosted Hassan at a state banquet": a later mention of a name is the actor its
    /// cluster was coded as where first named with its title (the layer holds one actor per cluster, its evidence the
    /// title). Names only: a pronoun's antecedent is the coreference's guess, and a pronoun is read apart (reported speech).
    /// (Without it such a mention had no actor, or the dictionaries' reading of the bare surname: "Hassan" was JORELI.)
    /// True when a mention was left out as another person of the same name (<see cref="AnotherNamesake"/>).
    /// </summary>
    private static bool LaterNames(ArticleDocument document, TextSpan phrase, List<ActorHit> found)
    {
        if (!document.Has(Layer.Entities)) return false;
        bool namesake = false;
        var entities = document.Entities;
        var near = _nearNames ??= new List<int>();
        SpanIndex<Entity>.Starting(entities, e => e.Span, phrase.Start, phrase.End - 1, near);
        foreach (int i in near)
        {
            var e = entities[i];
            if (e.Cluster < 0 || e.Type is not null || e.Label is not (EntityLabel.PER or EntityLabel.ORG) || e.Span.End > phrase.End) continue;
            var actor = ClusterActor(document.Actors, e.Cluster);
            // (a person coded by a bare country, with no title, is a weaker guess than the dictionaries' reading of the
            // name: "Karzai, Iran, Russia and India" gave Karzai's cluster IRN)
            if (actor is null || actor.Country.Length == 0 || e.Label == EntityLabel.PER && actor.Role.Length == 0
                || !NamedAgain(document.Text, actor.Mention, e.Span) || found.Exists(h => h.Code == actor.Code)) continue;
            if (e.Label == EntityLabel.PER && AnotherNamesake(document, actor, e.Span)) { namesake = true; continue; }
            found.Add(new ActorHit(actor.Code, e.Span));
        }
        return namesake;
    }

    /// <summary>Titles a monarch keeps for life, that no president or minister of the same name is called by.</summary>
    private static readonly HashSet<string> RoyalTitles = new(StringComparer.Ordinal) { "King", "Queen", "Prince", "Princess", "Emir", "Sultan", "Shah" };

    /// <summary>
    /// "Iraq's Saddam Hussein ... King Hussein of Jordan": a later mention that the coreference joined by a shared surname
    /// but that the text gives a monarch's title the coded mention lacks, or "of" another country than the actor's, names
    /// another person; the words around it code it, not the cluster.
    /// </summary>
    private static bool AnotherNamesake(ArticleDocument document, Actor actor, TextSpan mention)
    {
        var text = document.Text;
        int end = mention.Start - 1;
        while (end >= 0 && text[end] == ' ') end--;
        int start = end;
        while (start >= 0 && char.IsLetter(text[start])) start--;
        if (end > start && RoyalTitles.Contains(text[(start + 1)..(end + 1)])
            && !actor.Evidence.SliceOf(text).Contains(text.AsSpan(start + 1, end - start), StringComparison.Ordinal)
            && !actor.Mention.SliceOf(text).Contains(text.AsSpan(start + 1, end - start), StringComparison.Ordinal)) return true;
        // ("Hussein of Jordan": a country's actor right after "of")
        if (!text.AsSpan(mention.End).StartsWith(" of ", StringComparison.Ordinal)) return false;
        int at = mention.End + 4;
        foreach (var a in document.Actors)
            if (a.Evidence.Start == at && a.Cluster != actor.Cluster && a.Country.Length > 0 && a.Country != actor.Country) return true;
        return false;
    }

    // The mention repeats words of the name the cluster was coded at ("Ruto" of "William Ruto"): a cluster coded at a
    // common noun ("the Pope") that the coreference joined to other names ("Italy" tagged a person) lends them nothing.
    private static bool NamedAgain(string text, TextSpan coded, TextSpan mention) =>
        coded.Length > 0 && coded.SliceOf(text).Contains(mention.SliceOf(text), StringComparison.OrdinalIgnoreCase);

    private static Actor? ClusterActor(ImmutableArray<Actor> actors, int cluster)
    {
        foreach (var a in actors) if (a.Cluster == cluster && !string.IsNullOrEmpty(a.Code)) return a;
        return null;
    }

    private const int AppositionGap = 8;
    [ThreadStatic] private static List<int>? _near;
    [ThreadStatic] private static List<int>? _nearNames;

    /// <summary>
    /// "Ahmed Hassan, a Somali government spokesman, criticised Kenya": the phrase is the name, and the apposition right
    /// after it holds the words that coded the person (the parse leaves the apposition out of the subject's phrase).
    /// </summary>
    private static bool TitledByApposition(string text, Actor a, TextSpan phrase)
    {
        if (!phrase.Contains(a.Mention.Start) || a.Mention.End > phrase.End || a.Evidence.Start < phrase.End) return false;
        int gap = a.Evidence.Start - phrase.End;
        return gap is > 0 and <= AppositionGap && text[phrase.End] == ',';
    }

    private static bool OnlyBareRoles(List<ActorHit> found, int from)
    {
        for (int i = from; i < found.Count; i++) if (!found[i].Code.StartsWith("---", StringComparison.Ordinal)) return false;
        return true;
    }
}

/// <summary>
/// The actor coder (Sitrep.Extraction.Actors) on the argument phrase — "Russian and Syrian warplanes" →
/// RUSMIL, SYRMIL; "Russia's deputy foreign minister" → RUSGOV — then the built-in words.
/// </summary>
public sealed class CoderActorSource(Sitrep.Extraction.Actors.ActorCoder coder, IEventActorSource fallback) : IEventActorSource
{
    public void Find(ArticleDocument document, ImmutableArray<TextSpan> words, int firstToken, int lastToken, int head, List<ActorHit> found)
    {
        var phrase = new TextSpan(words[firstToken].Start, words[Math.Min(lastToken, words.Length - 1)].End);
        int before = found.Count;
        foreach (var c in coder.CodeAll(document.Text, phrase, document.Published))
        {
            // A role with no country ("---REB") is not a confident actor for an event.
            if (string.IsNullOrEmpty(c.Country)) continue;
            if (PersonNames.InOthersName(document, c.Evidence, bareCountry: c.Role.Length == 0)) continue;
            if (c.Evidence.SliceOf(document.Text).Contains(' ') && PersonNames.InPlaceName(document, c.Evidence)) continue;
            if (PersonNames.InWaterName(document, c.Evidence)) continue;
            bool dup = false;
            foreach (var h in found) if (h.Code == c.Code) { dup = true; break; }
            if (!dup) found.Add(new ActorHit(c.Code, c.Evidence));
        }
        if (found.Count > before) return;
        fallback.Find(document, words, firstToken, lastToken, head, found);
    }
}

/// <summary>
/// Actors of a dictionary the user gave (the PETRARCH unit tests' own countries and agents) before anything else: its
/// code for a name stands ("Kuwait" is whatever that dictionary says), refined only by a role the rest reads for the
/// same country in the phrase ("Arnor's foreign minister" → the dictionary's ARN, our ARNGOVFRM). A dictionary that
/// lists agents of its own ("POLICE {} [~COP]") decides the roles as well, as PETRARCH's does: a name it codes is
/// refined by none of ours ("Gondor's polices", "the leaders of Gondor", "Ithilen's palace guard militia" stay the
/// country when the agents list has no such plural or noun), and a role of ours with no country is no actor ("its
/// embassy" when the agents list has no embassy).
/// </summary>
public sealed class GivenActorSource(IEventActorSource given, IEventActorSource rest, bool givenRoles = false) : IEventActorSource
{
    public void Find(ArticleDocument document, ImmutableArray<TextSpan> words, int firstToken, int lastToken, int head, List<ActorHit> found)
    {
        int before = found.Count;
        given.Find(document, words, firstToken, lastToken, head, found);
        if (found.Count == before)
        {
            rest.Find(document, words, firstToken, lastToken, head, found);
            if (givenRoles)
                for (int i = found.Count - 1; i >= before; i--)
                    if (found[i].Code.StartsWith("---", StringComparison.Ordinal)) found.RemoveAt(i);
            return;
        }
        if (givenRoles) return;
        var more = new List<ActorHit>(2);
        rest.Find(document, words, firstToken, lastToken, head, more);
        for (int i = before; i < found.Count; i++)
            foreach (var m in more)
                if (m.Code.Length > found[i].Code.Length && m.Code.StartsWith(found[i].Code, StringComparison.Ordinal)) { found[i] = m; break; }
        // A role of no country ("the ambassadors of Arnor, Osgiliath and Gondor" → ---GOV) stays for the coder to
        // give the countries.
        foreach (var m in more)
            if (m.Code.Length > 3 && m.Code.StartsWith("---", StringComparison.Ordinal) && !found.Exists(h => h.Code == m.Code)) found.Add(m);
    }
}

/// <summary>Words inside a person's name that the actor layer left uncoded.</summary>
internal static class PersonNames
{
    [ThreadStatic] private static List<int>? _near;

    /// <summary>
    /// Whether <paramref name="span"/> lies inside a person's name after its first word and names someone else: a country
    /// word after a name's particle ("Abu Omar al-Kuwaiti", "Marie de Lille" are no Kuwait, no France;
    /// <paramref name="bareCountry"/>), or a known person's name with more of the name after it ("Sajida Mubarak Atrous"
    /// is not Mubarak). (Not any country word in a name: a tagger's "Accusing Italy" still names Italy.)
    /// </summary>
    internal static bool InOthersName(ArticleDocument document, TextSpan span, bool bareCountry)
    {
        if (!document.Has(Layer.Entities)) return false;
        var entities = document.Entities;
        var near = _near ??= new List<int>();
        SpanIndex<Entity>.Covering(entities, e => e.Span, span, near);
        foreach (int i in near)
        {
            var e = entities[i];
            if (e.Label != EntityLabel.PER || e.Type is not null || e.Span.Start == span.Start || !e.Span.Contains(span)) continue;
            if (bareCountry ? AfterParticle(document.Text, e.Span.Start, span.Start) : HasLetterAfter(document.Text, span.End, e.Span.End)) return true;
        }
        return false;
    }

    /// <summary>Words inside the name of a body of water ("Oman" in "the Gulf of Oman"; see <see cref="Actors.ActorStage.NamesWater"/>).</summary>
    internal static bool InWaterName(ArticleDocument document, TextSpan span)
    {
        if (!document.Has(Layer.Entities)) return false;
        var near = _near ??= new List<int>();
        SpanIndex<Entity>.Covering(document.Entities, e => e.Span, span, near);
        foreach (int i in near)
        {
            var e = document.Entities[i];
            if (e.Label == EntityLabel.LOC && e.Span.Contains(span) && e.Span != span && Actors.ActorStage.NamesWater(document.Text, e.Span)) return true;
        }
        return false;
    }

    /// <summary>
    /// A name of several words inside a place's name, next to a capitalised word of it ("Ismail Khan" in "Dera Ismail
    /// Khan", "Ho Chi Minh" in "Ho Chi Minh City"): the place's namesake, no actor.
    /// </summary>
    internal static bool InPlaceName(ArticleDocument document, TextSpan span)
    {
        if (!document.Has(Layer.Entities)) return false;
        var text = document.Text;
        var near = _near ??= new List<int>();
        SpanIndex<Entity>.Covering(document.Entities, e => e.Span, span, near);
        foreach (int i in near)
        {
            var e = document.Entities[i];
            if (e.Label != EntityLabel.LOC || !e.Span.Contains(span) || e.Span == span) continue;
            int before = span.Start - 1, after = span.End;
            while (before > e.Span.Start && text[before] == ' ') before--;
            while (after < e.Span.End && text[after] == ' ') after++;
            if (before > e.Span.Start && char.IsLetter(text[before]) && WordStartsUpper(text, e.Span.Start, before)
                || after < e.Span.End && char.IsUpper(text[after])) return true;
        }
        return false;

        static bool WordStartsUpper(string text, int from, int last)
        {
            int k = last;
            while (k > from && char.IsLetter(text[k - 1])) k--;
            return char.IsUpper(text[k]);
        }
    }

    // The word before a name's part, over a hyphen ("al-Kuwaiti", "al - Kuwaiti"), is a particle of Arabic, French,
    // Spanish, Italian, Dutch or German names.
    private static bool AfterParticle(string text, int from, int at)
    {
        int end = at;
        while (end > from && (text[end - 1] is ' ' or '-' or '\u2010' or '\u2011')) end--;
        int start = end;
        while (start > from && char.IsLetter(text[start - 1])) start--;
        return end > start && IsParticle(text.AsSpan(start, end - start));
    }

    /// <summary>
    /// A lowercase particle inside a name of Arabic, French, Spanish, Portuguese, Italian, Dutch or German making: of a
    /// person ("al-Kuwaiti", "de Lille") or a place ("Dar es Salaam", "Rio de Janeiro").
    /// </summary>
    internal static bool IsParticle(ReadOnlySpan<char> word) => ParticleLookup.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "es", "bin", "ibn", "bint", "abu", "de", "del", "della", "di", "da", "do", "dos", "du", "van", "von", "le", "la",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool HasLetterAfter(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (char.IsLetter(text[i])) return true;
        return false;
    }
}
