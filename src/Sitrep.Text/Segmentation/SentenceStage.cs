using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Sentence boundaries inside each paragraph; a paragraph end is always a boundary, so no sentence
/// crosses one. Each paragraph is tokenised and every gap between tokens is judged: by
/// <see cref="SentenceRules"/>, and, when a boundary model is given, by the model (which sees the
/// rules' verdict as one of its features). Holds only immutable knowledge; thread-safe.
/// </summary>
public sealed class SentenceStage(BoundaryModel? model = null) : Stage("sentences", Layer.Sentences, Layer.Paragraphs)
{
    // Per-thread scratch lists, reused across documents so the hot path allocates only its results.
    [ThreadStatic] private static List<Token>? t_paragraph;
    [ThreadStatic] private static List<Token>? t_tokens;
    [ThreadStatic] private static TokenHashes? t_hashes;

    // A scratch list grown by one huge text is dropped rather than kept for the thread's lifetime.
    private const int KeepCapacity = 1 << 20;

    public BoundaryModel? Model { get; } = model;

    public override void Run(ArticleDocument document)
    {
        var text = document.Text;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraph = t_paragraph ??= new List<Token>(256);
        var tokens = t_tokens ??= new List<Token>(4096);
        var hashes = Model is null ? null : t_hashes ??= new TokenHashes();
        tokens.Clear();
        foreach (var p in document.Paragraphs)
        {
            paragraph.Clear();
            EnglishTokenizer.Tokenize(text, p.Span.Start, p.Span.End, paragraph);
            var span = CollectionsMarshal.AsSpan(paragraph);
            int from = sentences.Count;
            Split(text, span, Model, hashes, sentences);
            // The token layer, made here so the text is tokenised once: sentences were cut at token
            // boundaries, so the paragraph's tokens split exactly into the new sentences' tokens.
            int c = 0;
            for (int s = from; s < sentences.Count; s++)
            {
                int first = tokens.Count, end = sentences[s].Span.End;
                while (c < span.Length && span[c].Span.End <= end) tokens.Add(span[c++]);
                TokenStage.SplitFinalPeriod(text, tokens, first);
            }
        }
        var result = sentences.DrainToImmutable();
        document.Sentences = result;
        SentenceTokens.Put(document, result, ToImmutable(tokens));
        if (tokens.Capacity > KeepCapacity) t_tokens = null;
        if (paragraph.Capacity > KeepCapacity) t_paragraph = null;
    }

    private static ImmutableArray<Token> ToImmutable(List<Token> tokens)
    {
        // Every element is overwritten by the copy, so the array need not be zeroed first.
        var array = GC.AllocateUninitializedArray<Token>(tokens.Count);
        CollectionsMarshal.AsSpan(tokens).CopyTo(array);
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = new HashSet<string>(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when the period at token <paramref name="i"/> ends a date, a month's name and its day ("fled to India on August 5. The
    /// interim government ..."): the model reads some of these as an ordinal's dot.
    /// </summary>
    private static bool DateEnds(string text, ReadOnlySpan<Token> tokens, int i) =>
        i >= 2 && tokens[i].Span.Length == 1 && text[tokens[i].Span.Start] == '.'
        && tokens[i - 1].Span.Length <= 2 && char.IsAsciiDigit(text[tokens[i - 1].Span.Start]) && char.IsAsciiDigit(text[tokens[i - 1].Span.End - 1])
        && Months.Contains(tokens[i - 2].Span.SliceOf(text));

    /// <summary>Appends the sentences of one paragraph, given its tokens.</summary>
    public static void Split(string text, ReadOnlySpan<Token> tokens, BoundaryModel? model, ImmutableArray<Sentence>.Builder output) =>
        Split(text, tokens, model, model is null ? null : t_hashes ??= new TokenHashes(), output);

    private static void Split(string text, ReadOnlySpan<Token> tokens, BoundaryModel? model, TokenHashes? hashes, ImmutableArray<Sentence>.Builder output)
    {
        int n = tokens.Length;
        if (n == 0) return;
        int first = 0;
        hashes?.Reset(n);
        for (int i = 0; i < n - 1; i++)
        {
            int last = SentenceRules.AbsorbClosers(text, tokens, i, n);
            if (last >= n - 1) break;
            var verdict = SentenceRules.Decide(text, tokens, i, last + 1, n);
            bool boundary = model is null
                ? verdict == RuleVerdict.Break
                : model.IsBoundary(text, tokens, i, last, first, verdict, hashes!) || verdict == RuleVerdict.Break && DateEnds(text, tokens, i);
            if (!boundary)
            {
                // The gaps inside glued closers ('."') are never boundaries; go on after them.
                i = last;
                continue;
            }
            output.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[last].Span.End)));
            first = last + 1;
            i = last;
        }
        output.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[n - 1].Span.End)));
    }
}
