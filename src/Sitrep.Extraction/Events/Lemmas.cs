namespace Sitrep.Extraction.Events;

/// <summary>
/// Lexicon-directed lemmatisation: candidate base forms of an inflected word are tried against a
/// lexicon in turn ("shelled" → shelled, shell; "accused" → accused, accus, accuse; "stopped" → stop).
/// No general morphology is needed because only words the lexicon knows matter.
/// </summary>
internal static class Lemmas
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["met"] = "meet", ["struck"] = "strike", ["stricken"] = "strike", ["fought"] = "fight", ["shot"] = "shoot",
        ["held"] = "hold", ["took"] = "take", ["taken"] = "take", ["gave"] = "give", ["given"] = "give",
        ["sought"] = "seek", ["sent"] = "send", ["began"] = "begin", ["begun"] = "begin", ["led"] = "lead",
        ["threw"] = "throw", ["thrown"] = "throw", ["broke"] = "break", ["broken"] = "break", ["spoke"] = "speak",
        ["spoken"] = "speak", ["said"] = "say", ["told"] = "tell", ["fled"] = "flee", ["withdrew"] = "withdraw",
        ["withdrawn"] = "withdraw", ["overran"] = "overrun", ["forgave"] = "forgive", ["forgiven"] = "forgive",
        ["flew"] = "fly", ["flown"] = "fly", ["won"] = "win", ["lost"] = "lose", ["brought"] = "bring",
        ["came"] = "come", ["went"] = "go", ["gone"] = "go", ["made"] = "make", ["kept"] = "keep", ["left"] = "leave",
        ["paid"] = "pay", ["ran"] = "run", ["wrote"] = "write", ["written"] = "write", ["chose"] = "choose",
        ["chosen"] = "choose", ["undertook"] = "undertake", ["retook"] = "retake", ["retaken"] = "retake", ["beaten"] = "beat", ["laid"] = "lay", ["hid"] = "hide",
        ["sat"] = "sit", ["stood"] = "stand", ["froze"] = "freeze", ["frozen"] = "freeze", ["arose"] = "arise",
        ["drove"] = "drive", ["driven"] = "drive", ["rang"] = "ring", ["swore"] = "swear", ["sworn"] = "swear",
        ["was"] = "be", ["were"] = "be", ["is"] = "be", ["are"] = "be", ["been"] = "be", ["had"] = "have", ["has"] = "have",
        ["did"] = "do", ["does"] = "do", ["done"] = "do", ["slew"] = "slay", ["slain"] = "slay", ["fell"] = "fall",
    };

    /// <summary>Whether the word is an irregular past form ("fought", "took"; not "is", "has", "does").</summary>
    public static bool IsIrregularPast(ReadOnlySpan<char> word) =>
        Irregular.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        && !(word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase)
             || word.Equals("has", StringComparison.OrdinalIgnoreCase) || word.Equals("does", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the word may be a past participle: "-ed", or an irregular one ("shot", "taken", "slain").</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IsIrregularPast(word) && !word.Equals("was", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("were", StringComparison.OrdinalIgnoreCase);

    /// <summary>Calls <paramref name="tryOne"/> on each candidate base form until it returns true.</summary>
    public static bool Find<T>(ReadOnlySpan<char> word, TryLookup<T> tryOne, out T value)
    {
        Span<char> buf = stackalloc char[Math.Min(word.Length + 2, 64)];
        if (word.Length > 60) { value = default!; return false; }
        if (tryOne(word, out value)) return true;
        var alt = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();
        if (alt.TryGetValue(word, out var irr) && tryOne(irr, out value)) return true;
        int n = word.Length;
        if (EndsWith(word, "ies") && n > 4 && TryWith(word[..^3], "y", buf, tryOne, out value)) return true;
        if (EndsWith(word, "ied") && n > 4 && TryWith(word[..^3], "y", buf, tryOne, out value)) return true;
        // "-es" only after a hiss or an "o" ("pushes", "taxes", "goes"); "departes" is no form of "depart".
        if (EndsWith(word, "es") && n > 3 && TakesEs(word[..^2]) && tryOne(word[..^2], out value)) return true;
        if (EndsWith(word, "s") && n > 2 && tryOne(word[..^1], out value)) return true;
        if (EndsWith(word, "ed") && n > 3)
        {
            if (tryOne(word[..^2], out value) || tryOne(word[..^1], out value)) return true;
            if (n > 4 && word[n - 3] == word[n - 4] && tryOne(word[..^3], out value)) return true;
        }
        if (EndsWith(word, "ing") && n > 4)
        {
            if (tryOne(word[..^3], out value)) return true;
            if (TryWith(word[..^3], "e", buf, tryOne, out value)) return true;
            if (n > 5 && word[n - 4] == word[n - 5] && tryOne(word[..^4], out value)) return true;
        }
        value = default!;
        return false;
    }

    /// <summary>
    /// The candidate base forms <see cref="Find"/> tries for <paramref name="word"/>, in the same order (none for a word
    /// over 60 characters), for a caller that asks about one word many times.
    /// </summary>
    [ThreadStatic] private static List<string>? _scratch;

    public static string[] Forms(ReadOnlySpan<char> word)
    {
        if (word.Length > 60) return [];
        // (asked for most words of every sentence coded: one scratch list a thread, copied out)
        var forms = _scratch ??= new List<string>(8);
        forms.Clear();
        forms.Add(word.ToString());
        if (Irregular.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var irr)) forms.Add(irr);
        int n = word.Length;
        if (EndsWith(word, "ies") && n > 4) forms.Add(string.Concat(word[..^3], "y"));
        if (EndsWith(word, "ied") && n > 4) forms.Add(string.Concat(word[..^3], "y"));
        if (EndsWith(word, "es") && n > 3 && TakesEs(word[..^2])) forms.Add(word[..^2].ToString());
        if (EndsWith(word, "s") && n > 2) forms.Add(word[..^1].ToString());
        if (EndsWith(word, "ed") && n > 3)
        {
            forms.Add(word[..^2].ToString());
            forms.Add(word[..^1].ToString());
            if (n > 4 && word[n - 3] == word[n - 4]) forms.Add(word[..^3].ToString());
        }
        if (EndsWith(word, "ing") && n > 4)
        {
            forms.Add(word[..^3].ToString());
            forms.Add(string.Concat(word[..^3], "e"));
            if (n > 5 && word[n - 4] == word[n - 5]) forms.Add(word[..^4].ToString());
        }
        return forms.ToArray();
    }

    public delegate bool TryLookup<T>(ReadOnlySpan<char> key, out T value);

    private static bool TryWith<T>(ReadOnlySpan<char> stem, string suffix, Span<char> buf, TryLookup<T> tryOne, out T value)
    {
        stem.CopyTo(buf);
        suffix.AsSpan().CopyTo(buf[stem.Length..]);
        return tryOne(buf[..(stem.Length + suffix.Length)], out value);
    }

    private static bool EndsWith(ReadOnlySpan<char> w, string s) => w.EndsWith(s, StringComparison.OrdinalIgnoreCase);

    private static bool TakesEs(ReadOnlySpan<char> stem) =>
        EndsWith(stem, "s") || EndsWith(stem, "x") || EndsWith(stem, "z") || EndsWith(stem, "ch") || EndsWith(stem, "sh") || EndsWith(stem, "o");
}
