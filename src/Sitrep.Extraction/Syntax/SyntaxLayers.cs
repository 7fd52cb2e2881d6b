using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Text.Segmentation;

namespace Sitrep.Extraction.Syntax;

/// <summary>
/// The words the tagger and parser work on: the document's tokens split into the syntactic words UD
/// annotates ("Syria's" → Syria + 's, "didn't" → did + n't; see <see cref="SyntacticWords"/>), so that
/// models trained on UD words see news text the way they were trained. <see cref="Ranges"/> groups the
/// words by sentence ([Start, End) word indices; sentence -1 for a token outside every sentence).
/// </summary>
public sealed class SyntaxWords
{
    public ImmutableArray<TextSpan> Spans { get; }
    public IReadOnlyList<(int Sentence, int Start, int End)> Ranges { get; }

    private SyntaxWords(ImmutableArray<TextSpan> spans, IReadOnlyList<(int, int, int)> ranges)
    {
        Spans = spans; Ranges = ranges;
    }

    public int Count => Spans.Length;

    /// <summary>Words given from outside (a parse shipped with gold data), grouped by sentence as <see cref="Ranges"/> says.</summary>
    public static SyntaxWords FromSpans(ImmutableArray<TextSpan> spans, IReadOnlyList<(int Sentence, int Start, int End)> ranges) =>
        new(spans, ranges.Select(r => (r.Sentence, r.Start, r.End)).ToList());

    public static SyntaxWords Of(ArticleDocument document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var spans = new List<TextSpan>(tokens.Length + tokens.Length / 16 + 4);
        var ranges = new List<(int, int, int)>();
        foreach (var (s, start, end) in SentenceTokens.Ranges(document))
        {
            int first = spans.Count;
            for (int t = start; t < end; t++) SyntacticWords.Split(text, tokens[t].Span, spans);
            // "PORT-AU-PRINCE, Haiti — Gunmen stormed ...": the dateline is parsed on its own, or the parser makes
            // the place the sentence's root and the gunmen one more item of a list.
            int dateline = s >= 0 ? DatelineEnd(text, spans, first) : -1;
            if (dateline > first) { ranges.Add((s, first, dateline)); first = dateline; }
            // Splitting can push a full-length run past the models' limit: cut it again.
            for (int a = first; a < spans.Count; a += SentenceTokens.MaxLength)
                ranges.Add((s, a, Math.Min(spans.Count, a + SentenceTokens.MaxLength)));
        }
        return new SyntaxWords([.. spans], ranges);
    }

    /// <summary>
    /// Where a wire dateline opening the words from <paramref name="first"/> ends (<see cref="Dateline"/>: "BAMAKO –",
    /// "KHARTOUM, March 3 (Meridian Wire) -", "NAIROBI, Kenya (AP) --"): the index of the lede's first word, or -1.
    /// </summary>
    internal static int DatelineEnd(string text, List<TextSpan> words, int first)
    {
        if (first >= words.Count || Dateline.At(text, words[first].Start, words[^1].End) is not { } d) return -1;
        int i = first;
        while (i < words.Count && words[i].Start < d.Span.End) i++;
        return i < words.Count && i > first ? i : -1;
    }
}

/// <summary>The Pos layer: one UPOS tag per syntactic word of <see cref="Words"/>.</summary>
public sealed record PosTags(ImmutableArray<byte> Tags, IReadOnlyList<string> TagSet, SyntaxWords Words)
{
    public string this[int word] => TagSet[Tags[word]];
}

/// <summary>
/// The Deps layer: for each syntactic word (the Pos layer's <see cref="PosTags.Words"/>), the index of
/// its head word (-1 for a sentence root) and its UD relation. Heads never cross sentence boundaries.
/// </summary>
public sealed record Dependencies(ImmutableArray<int> Heads, ImmutableArray<byte> Labels, IReadOnlyList<string> LabelSet)
{
    public string Label(int word) => LabelSet[Labels[word]];
}

/// <summary>Groups document tokens by sentence: [Start, End) token-index ranges, in order.</summary>
public static class SentenceTokens
{
    /// <summary>Longest run handed to the tagger and parser at once; longer "sentences" (tables, lists) are cut.</summary>
    public const int MaxLength = 160;

    public static List<(int Sentence, int Start, int End)> Ranges(ArticleDocument document)
    {
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var result = new List<(int, int, int)>(sentences.Length + 1);
        int t = 0;
        for (int s = 0; s < sentences.Length && t < tokens.Length; s++)
        {
            var span = sentences[s].Span;
            while (t < tokens.Length && tokens[t].Span.End <= span.Start) { result.Add((-1, t, t + 1)); t++; }
            int start = t;
            while (t < tokens.Length && tokens[t].Span.Start < span.End) t++;
            for (int a = start; a < t; a += MaxLength) result.Add((s, a, Math.Min(t, a + MaxLength)));
        }
        for (; t < tokens.Length; t++) result.Add((-1, t, t + 1));
        return result;
    }
}
