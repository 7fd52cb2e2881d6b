namespace Sitrep.Core;

/// <summary>Money written with a country's letters ("US$ 30 billion", "A$40", "HK$5"): those letters name no place and no party.</summary>
public static class Currency
{
    /// <summary>True when a dollar sign follows <paramref name="end"/> at once: the letters before it are a currency's.</summary>
    public static bool SignAfter(string text, int end) => end < text.Length && text[end] == '$';
}
