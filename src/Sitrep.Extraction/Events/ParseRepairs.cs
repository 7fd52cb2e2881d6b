using System.Collections.Immutable;
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
        if (tags is null) return (pos, deps);
        return (pos with { Tags = ImmutableArray.Create(tags) }, deps with { Labels = ImmutableArray.Create(labels!) });
    }

    private static int IndexOf(IReadOnlyList<string> set, string name)
    {
        for (int i = 0; i < set.Count; i++) if (set[i] == name) return i;
        return -1;
    }
}
