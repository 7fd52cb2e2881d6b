using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Text.Segmentation;

/// <summary>What the hand-written rules say about the gap after a token.</summary>
public enum RuleVerdict : byte
{
    /// <summary>Nothing suggests a boundary (no sentence-final punctuation).</summary>
    None,
    /// <summary>Sentence-final punctuation, but the context says the sentence goes on.</summary>
    NoBreak,
    /// <summary>A boundary.</summary>
    Break,
    /// <summary>
    /// Certainly not a boundary, whatever a model says: a title before a name ("Gen. Smith"), a
    /// lower-case attribution after a closing quote ('"Why?" he asked'), a comma or bracket after a period.
    /// </summary>
    Never,
}

/// <summary>
/// Sentence-boundary rules for the gap after a token inside one paragraph. Stateless and thread-safe.
/// The rules only ever break after sentence-final punctuation (. ! ? … and their runs, abbreviations'
/// periods), optionally followed by closing quotes and brackets glued to it (`."` `.”` `?)`).
/// </summary>
public static class SentenceRules
{
    /// <summary>
    /// Capitalised function words that start sentences but hardly ever continue a name. After an
    /// abbreviation that can end a sentence ("U.S.", "Inc.", "Jan.") a following "The" or "He" means a
    /// new sentence, while "U.S. Army" or "Acme Inc. Chairman" continue: names are made of content
    /// words, so a closed-class word is the safe signal.
    /// </summary>
    private static readonly FrozenSet<string> Starters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "You", "In", "On", "At", "But", "And", "Or", "So",
        "This", "That", "These", "Those", "There", "Their", "His", "Her", "Its", "Our", "My", "Your", "As", "After",
        "Before", "When", "While", "If", "Although", "Though", "However", "Meanwhile", "Some", "Many", "Most",
        "All", "Not", "What", "Who", "Why", "How", "Where", "Which", "Yet", "Still", "Then", "Now", "Today",
        "Yesterday", "For", "From", "By", "With", "Without", "Under", "During", "Since", "Until", "According",
        "Also", "Both", "Each", "Every", "Such", "Other", "Another", "Several", "Earlier", "Later", "Instead",
        "Despite", "Because", "Thus", "Therefore", "Nevertheless", "Overall", "Asked", "Here",
        "Last", "Next", "Once", "Only", "Even", "Officials", "Police", "Witnesses", "Residents",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every starter is 1–12 ASCII letters beginning with a capital: a cheap test that spares the set
    // look-up for most tokens (digits, punctuation, lower-case and long words).
    private static readonly int LongestStarter = Starters.Max(s => s.Length);
    private static readonly bool StartersCapitalised = Starters.All(s => char.IsAsciiLetterUpper(s[0]));

    public static bool IsStarter(ReadOnlySpan<char> word) =>
        word.Length > 0 && word.Length <= LongestStarter && (!StartersCapitalised || char.IsAsciiLetterUpper(word[0])) && StarterLookup.Contains(word);

    /// <summary>Closing quotes and brackets that belong to the sentence before them when glued to its end.</summary>
    public static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '}' or '»';

    private static bool IsQuote(char c) => c is '"' or '”' or '’' or '\'' or '»';

    public static bool IsOpener(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '{' or '«';

    /// <summary>True for a token made only of . ! ? … (a period, "?!", "...").</summary>
    public static bool IsFinalPunctuation(ReadOnlySpan<char> t)
    {
        foreach (var c in t) if (c is not ('.' or '!' or '?' or '…')) return false;
        return t.Length > 0;
    }

    /// <summary>
    /// The last token index that belongs to a sentence ending at token <paramref name="i"/>: closing
    /// quotes and brackets glued to it (no space between) come along.
    /// </summary>
    public static int AbsorbClosers(string text, ReadOnlySpan<Token> tokens, int i, int end)
    {
        int last = i;
        while (last + 1 < end)
        {
            var n = tokens[last + 1].Span;
            if (n.Start != tokens[last].Span.End || n.Length != 1 || !IsCloser(text[n.Start])) break;
            // A straight quote glued to the start of the next word opens rather than closes ('."Yes' is rare; '."' is common).
            last++;
        }
        return last;
    }

    /// <summary>
    /// Verdict for the gap after token <paramref name="i"/> (whose closers end at <paramref name="last"/>)
    /// given the next token index <paramref name="next"/> (== end when the paragraph ends).
    /// </summary>
    public static RuleVerdict Decide(string text, ReadOnlySpan<Token> tokens, int i, int next, int end)
    {
        // Most gaps follow a token that does not end in . ! ? …: nothing to decide (checked first because it is cheap).
        if (text[tokens[i].Span.End - 1] is not ('.' or '!' or '?' or '…')) return RuleVerdict.None;
        var t = tokens[i].Span.SliceOf(text);
        bool final = IsFinalPunctuation(t);
        bool abbrev = !final && t.Length > 1 && t[^1] == '.' && tokens[i].Kind == TokenKind.Word;
        if (!final && !abbrev) return RuleVerdict.None;
        if (next >= end) return RuleVerdict.Break;
        var n = tokens[next].Span.SliceOf(text);
        char f = n[0];
        // Skip an opening quote or bracket to see the first word of what follows.
        var word = n;
        if (IsOpener(f) && next + 1 < end) word = tokens[next + 1].Span.SliceOf(text);
        char w0 = word[0];

        if (final)
        {
            // '"Why?" he asked' and '"… a mess," said Smith': after a closing quote or bracket a
            // lower-case word continues the sentence. A bare period before a lower-case word is a
            // boundary in careless text ("… see you. call me"): abbreviations keep their periods
            // (the tokenizer attaches them), so a period standing alone really ends something.
            if (char.IsLower(w0) && next > i + 1 && IsQuote(text[tokens[next - 1].Span.Start])) return RuleVerdict.Never;
            if (char.IsLower(w0) && (next > i + 1 || t.Length > 1 || t[0] != '.')) return RuleVerdict.NoBreak;
            // ", ; : )" after a period belong to the same sentence ("3 p.m. ," is rare but "?)," isn't).
            if (f is ',' or ';' or ':' or ')' or ']' or '%') return RuleVerdict.Never;
            return RuleVerdict.Break;
        }

        var bare = t[..^1];
        if (Abbreviations.IsPrenominal(bare)) return char.IsUpper(w0) || char.IsDigit(w0) ? RuleVerdict.Never : RuleVerdict.NoBreak;
        // A one-letter initial is followed by more of the name ("John F. Kennedy", "A. Noel Kramer").
        if (bare.Length == 1) return char.IsUpper(w0) && IsStarter(word) && !IsNameInitialContext(text, tokens, i) ? RuleVerdict.Break : RuleVerdict.NoBreak;
        // Sentence-final abbreviation: "in the U.S. The next day" breaks; "U.S. Army" and "Jan. 5" don't.
        if (char.IsUpper(w0) && IsStarter(word)) return RuleVerdict.Break;
        return RuleVerdict.NoBreak;
    }

    // "Plan B. The" breaks, but "George W. Bush" doesn't: an initial right after a capitalised word is
    // part of a name. Only used when a starter word follows, so the cost is one look back.
    private static bool IsNameInitialContext(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0) return false;
        var prev = tokens[i - 1].Span.SliceOf(text);
        return prev.Length > 0 && char.IsUpper(prev[0]) && !IsStarter(prev);
    }
}
