using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Actors;

/// <summary>Builds small documents by hand: sentences split after ". ", "? ", "! " or a blank line; tokens on spaces; entities as given.</summary>
internal static class TestDocuments
{
    /// <param name="cuts">Offsets where a sentence also begins, as a statistical segmenter may cut ("'' | Mahler said .").</param>
    public static ArticleDocument Build(string text, IEnumerable<(string Mention, EntityLabel Label, int Cluster, int Occurrence)>? entities = null, DateOnly? published = null,
        IReadOnlyCollection<int>? cuts = null)
    {
        var doc = new ArticleDocument(text) { Published = published };
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (cuts is not null && cuts.Contains(i) && i > start)
            {
                if (text[start..i].Trim().Length > 0) sentences.Add(new Sentence(Trim(text, start, i)));
                start = i;
            }
            bool end = (text[i] is '.' or '?' or '!' && i + 1 < text.Length && text[i + 1] == ' ')
                || (text[i] == '\n');
            if (!end) continue;
            int e = text[i] == '\n' ? i : i + 1;
            if (e > start && text[start..e].Trim().Length > 0) sentences.Add(new Sentence(Trim(text, start, e)));
            start = i + 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0) sentences.Add(new Sentence(Trim(text, start, text.Length)));
        doc.Sentences = sentences.ToImmutable();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        for (int i = 0; i < text.Length;)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int j = i;
            while (j < text.Length && !char.IsWhiteSpace(text[j])) j++;
            tokens.Add(new Token(new TextSpan(i, j), TokenKind.Word));
            i = j;
        }
        doc.Tokens = tokens.ToImmutable();
        var ents = ImmutableArray.CreateBuilder<Entity>();
        foreach (var (mention, label, cluster, occurrence) in entities ?? [])
            ents.Add(new Entity(Find(text, mention, occurrence), label, cluster));
        doc.Entities = ents.OrderBy(e => e.Span.Start).ToImmutableArray();
        return doc;
    }

    /// <summary>The span of the n-th (0-based) occurrence of a string; throws when absent (a broken fixture).</summary>
    public static TextSpan Find(string text, string s, int occurrence = 0)
    {
        int at = -1;
        for (int n = 0; n <= occurrence; n++)
        {
            at = text.IndexOf(s, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{s}' (occurrence {occurrence}) is not in the fixture text.");
        }
        return new TextSpan(at, at + s.Length);
    }

    private static TextSpan Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }
}
