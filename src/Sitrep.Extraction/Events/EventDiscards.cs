using System.Buffers;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Phrases that mark text not to code (lexicons/events-discards.tsv, written by us; or a PETRARCH discard file):
/// sports reports speak of attacks, shots and defeats that are no events. A phrase marked "+" discards the whole
/// article, any other the sentences that hold it. Matching ignores case and takes whole words only. Immutable.
/// </summary>
public sealed class EventDiscards
{
    public const string Path = "lexicons/events-discards.tsv";

    private readonly string[] _story;
    private readonly string[] _sentence;
    // Each list's phrases in one vectorised search: a case-blind IndexOf a phrase is a character loop in invariant
    // globalization mode (as Sitrep runs), and the story list is searched through every article.
    private readonly SearchValues<string> _storySearch;
    private readonly SearchValues<string> _sentenceSearch;

    public EventDiscards(IEnumerable<string> storyPhrases, IEnumerable<string> sentencePhrases)
    {
        _story = storyPhrases.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _sentence = sentencePhrases.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _storySearch = SearchValues.Create(_story, StringComparison.OrdinalIgnoreCase);
        _sentenceSearch = SearchValues.Create(_sentence, StringComparison.OrdinalIgnoreCase);
    }

    public static EventDiscards None { get; } = new([], []);

    public int Count => _story.Length + _sentence.Length;

    /// <summary>True when the article holds a story-level phrase: code nothing in it.</summary>
    public bool DiscardsArticle(ReadOnlySpan<char> text) => AnyIn(text, _story, _storySearch);

    /// <summary>True when the sentence holds a sentence-level phrase.</summary>
    public bool DiscardsSentence(ReadOnlySpan<char> sentence) => AnyIn(sentence, _sentence, _sentenceSearch);

    /// <summary>True when a phrase stands in the text as whole words: at each place some phrase starts, any phrase there
    /// that neither a letter nor a digit touches on either side.</summary>
    private static bool AnyIn(ReadOnlySpan<char> text, string[] phrases, SearchValues<string> search)
    {
        if (phrases.Length == 0) return false;
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOfAny(search);
            if (at < 0) return false;
            at += from;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                foreach (var phrase in phrases)
                {
                    int end = at + phrase.Length;
                    if (end <= text.Length && text.Slice(at, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                        && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
                }
            from = at + 1;
        }
        return false;
    }

    /// <summary>
    /// Reads a discard list: one phrase per line, "+" before a story-level one, "#" starts a comment (also after a
    /// phrase, as PETRARCH writes dates and initials there), "_" stands for a space.
    /// </summary>
    public static EventDiscards Read(IEnumerable<string> lines)
    {
        var story = new List<string>();
        var sentence = new List<string>();
        foreach (var raw in lines)
        {
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            bool whole = line[0] == '+';
            var phrase = string.Join(' ', line.TrimStart('+').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (phrase.Length == 0) continue;
            (whole ? story : sentence).Add(phrase);
        }
        return new EventDiscards(story, sentence);
    }

    /// <summary>These discards and those of the PETRARCH discard file at <paramref name="path"/> (none added when null).</summary>
    public EventDiscards With(string? path)
    {
        if (path is null) return this;
        var more = Read(File.ReadLines(path));
        return new EventDiscards(_story.Concat(more._story), _sentence.Concat(more._sentence));
    }

    /// <summary>Our list from the project's lexicons/; a missing file gives no discards and a message in <paramref name="problems"/>.</summary>
    public static EventDiscards Load(DataDirectory data, List<string> problems)
    {
        var path = data.FindProjectFile(Path);
        if (path is null) { problems.Add($"{Path} not found; sports reports may be coded as conflict."); return None; }
        return Read(File.ReadLines(path));
    }
}
