namespace Sitrep.Core;

/// <summary>Money written with a country's letters ("US$ 30 billion", "A$40", "HK$5"): those letters name no place and no party.</summary>
public static class Currency
{
    /// <summary>
    /// True when a dollar sign follows <paramref name="end"/> at once, or after one space with an amount after it ("US $ 199",
    /// "US $199" in text tokenised with spaces): the letters before it are a currency's.
    /// </summary>
    public static bool SignAfter(string text, int end)
    {
        if (end < text.Length && text[end] == '$') return true;
        if (end + 2 >= text.Length || text[end] != ' ' || text[end + 1] != '$') return false;
        // (only after a currency's one to three capital letters: "the U.S. Air Force $ 40 billion tanker contract" is the Air Force's)
        int letters = 0;
        while (letters < end && char.IsAsciiLetterUpper(text[end - 1 - letters])) letters++;
        if (letters is 0 or > 3 || letters < end && char.IsLetterOrDigit(text[end - 1 - letters])) return false;
        int amount = text[end + 2] == ' ' ? end + 3 : end + 2;
        return amount < text.Length && char.IsAsciiDigit(text[amount]);
    }
}
