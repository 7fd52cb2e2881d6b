using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;

namespace Sitrep.Extraction.Quotes;

/// <summary>
/// A lexicon-guided name finder that backs up the statistical tagger for speaker attribution: runs of
/// capitalised words that our lexicons do not know as titles, countries or organisations are taken for
/// people; a lone surname joins the cluster of the full name that ends with it. <see cref="QuoteStage"/>
/// adds the people it finds where the NER layer has nothing, because a missed name next to "said"
/// otherwise leaves a quote without a speaker (on our invented gold, most speaker misses were that).
/// </summary>
internal static class NameFinder
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "el", "bin", "ibn", "de", "van", "von", "der", "la", "da", "abu", "ben" };
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "on", "in", "at", "earlier", "later", "speaking", "talk", "source", "opinion", "it", "he", "she", "they", "we", "i",
        "but", "and", "or", "if", "as", "when", "while", "after", "before", "since", "five", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "there", "this", "that", "these", "those", "his", "her", "their", "our", "its", "mr", "mrs", "ms", "dr",
        "however", "meanwhile", "also", "still", "both", "all", "some", "many", "more", "most", "no", "not", "what", "why", "how", "who",
    };

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "village", "villages", "town", "township", "district", "province", "camp", "city", "region", "county", "valley",
        "neighbourhood", "neighborhood", "suburb", "state",
    };

    // Last words of the names of bodies: "Justice Department", "Interior Ministry", "Wildlife Service", "Harlow Mills Corp".
    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.Ordinal)
    {
        "department", "ministry", "agency", "service", "commission", "committee", "council", "office", "bank", "party", "army", "police",
        "university", "institute", "association", "union", "court", "corp", "inc", "co", "ltd", "plc", "company", "group", "foundation",
        "fund", "authority", "board", "bureau", "administration", "movement", "league", "forces", "network", "organisation", "organization",
    };

    public static List<Entity> Find(string text, IReadOnlyList<TextSpan> sentences, ActorCoder coder)
    {
        var found = new List<(TextSpan Span, EntityLabel Label, string Last)>();
        if (MostlyCapitals(text)) return [];
        foreach (var s in sentences)
        {
            var words = PhraseWords.Split(text, s);
            int i = 0;
            while (i < words.Count)
            {
                var w = words[i];
                // ("al - Zarqawi , said": a tokenised name that opens with its particle)
                bool spacedParticle = Particles.Contains(w.Norm) && !w.Capitalised && i + 2 < words.Count && words[i + 1].Norm == "-" && IsNameWord(words[i + 2], text)
                                      && (i == 0 || words[i - 1].IsPunct);
                if (w.IsPunct || !(w.Capitalised || ParticleName(w, text) || spacedParticle)) { i++; continue; }
                // Lexicon phrases first: organisations are ORG; countries, roles and titles are not names.
                if (coder.Lexicon.Longest(words, i, words.Count) is { } m)
                {
                    var kind = m.Entry.Kind;
                    if (kind == EntryKind.Org && m.Entry.Origin == "lexicon")
                        found.Add((new TextSpan(words[m.First].Start, words[m.Last].End), EntityLabel.ORG, ""));
                    if (kind != EntryKind.Person) { i = m.Last + 1; continue; }
                }
                if (!IsNameWord(w, text) && !spacedParticle) { i++; continue; }
                int j = i;
                while (j + 1 < words.Count && !words[j].Possessive
                       && (IsNameWord(words[j + 1], text) || Particles.Contains(Prefix(words[j + 1].Norm)) && !words[j + 1].IsPunct
                           // "Suleiman al - Amr" (tokenised text spaces the hyphen after a particle)
                           || words[j + 1].Norm == "-" && Particles.Contains(words[j].Norm) && j + 2 < words.Count && IsNameWord(words[j + 2], text))
                       && !(coder.Lexicon.IsTitleWord(words[j + 1]) && coder.Lexicon.Longest(words, j + 1, words.Count) is { Entry.Kind: not EntryKind.Person }))
                    j++;
                while (j > i && Particles.Contains(words[j].Norm)) j--;
                var span = new TextSpan(words[i].Start, words[j].End);
                bool afterThe = i > 0 && words[i - 1].Norm == "the";
                // ("The strike hit Let Yet Kone village": a name before the word for a kind of place is that place's)
                if (j + 1 < words.Count && PlaceNouns.Contains(words[j + 1].Norm)) { i = j + 1; continue; }
                // ("a Justice Department spokesman said": a name that ends in the word for a body is the body's, not a person's)
                bool body = j > i && OrganisationHeads.Contains(words[j].Norm.TrimEnd('.'));
                found.Add((span, afterThe || body ? EntityLabel.ORG : EntityLabel.PER, words[j].Norm));
                i = j + 1;
            }
        }
        // Cluster people by surname: "John Kerry" … "Kerry"; organisations by their text.
        var clusters = new Dictionary<string, int>(StringComparer.Ordinal);
        var fullNames = found.Where(f => f.Label == EntityLabel.PER && f.Span.Of(text).Contains(' ')).Select(f => f.Last).ToHashSet(StringComparer.Ordinal);
        var result = new List<Entity>();
        foreach (var (span, label, last) in found)
        {
            // Organisations cluster by their actor code ("RSF" = "Rapid Support Forces"), else their words.
            string key = label == EntityLabel.PER ? "PER:" + last
                : "ORG:" + (coder.CodeName(text, span)?.Code is { Length: > 0 } code ? code : span.Of(text).ToLowerInvariant());
            // A lone capitalised word that no full name explains is a place or a sentence opener more often than a person.
            if (label == EntityLabel.PER && !span.Of(text).Contains(' ') && !fullNames.Contains(last)) continue;
            if (!clusters.TryGetValue(key, out var id)) clusters[key] = id = clusters.Count;
            result.Add(new Entity(span, label, id, "name-finder"));
        }
        return result;
    }

    private static string Prefix(string norm)
    {
        int dash = norm.IndexOf('-');
        return dash > 0 ? norm[..dash] : norm;
    }

    private static bool IsNameWord(in PhraseWord w, string text) =>
        !w.IsPunct && !w.AllCaps && !w.Norm.Any(char.IsDigit) && !NotNames.Contains(w.Norm)
        && (w.Capitalised || ParticleName(w, text));

    // "al-Harbi", "bin-Salman": a lower-case particle joined to a capitalised name.
    private static bool ParticleName(in PhraseWord w, string text)
    {
        int dash = w.Norm.IndexOf('-');
        return dash > 0 && Particles.Contains(w.Norm[..dash]) && w.Start + dash + 1 < text.Length && char.IsUpper(text[w.Start + dash + 1]);
    }

    private static bool MostlyCapitals(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters > 0 && upper * 10 > letters * 6;
    }
}
