using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Times;
using Sitrep.Text.Numbers;

namespace Sitrep.Extraction.Figures;

/// <summary>
/// Casualty and humanitarian figures: a count (bounds and qualifier as CONTRACT.md defines them) of people
/// to whom something happened, read from the words after the count ("six civilians were killed", "12 dead",
/// "more than two million civilians without water") or the verb or noun before it ("killing 12",
/// "the death toll rose to 52"). A count with no such word is no figure, which keeps out counts of things
/// ("two of eight hospitals"), ages, years, money and units. Reads non-boilerplate sentences only.
/// <para>Bounds: "more than/over N" → low N (more_than); "at least N" → low N (at_least); "almost/nearly/
/// less than N" → high N (less_than); "up to/as many as N" → high N (up_to); "about/some/around N" → best N
/// (approx); "an estimated N" → best N (estimated); "30 to 40", "between 30 and 40" → low 30, high 40 (range);
/// vague magnitudes take the reader's bounds ("dozens" → 24..99, range); a bare N → low = best = high = N.</para>
/// Counts over a billion people are rejected as absurd with diagnostic FIG001. Stateless between documents.
/// </summary>
public sealed class FigureStage() : Stage("figures", Layer.Figures, Layer.Sentences, Layer.Tokens, Layer.Times)
{
    /// <summary>No conflict has a billion victims; a larger count is a misreading or a hoax.</summary>
    private const double MaxPlausible = 1e9;

    [ThreadStatic] private static TokenSheet? _own;

    public override void Run(ArticleDocument document)
    {
        // The time stage has lexed these sentences on this thread just before, most often: reuse its tokens.
        var shared = TimeStage.TakeTokens(document);
        int kindCursor = 0, markCursor = 0; // sentences and the shared tokens (their marks and kind words) are all in text order
        TokenSheet? own = null;
        var text = document.Text;
        ImmutableArray<Figure>.Builder? result = null;
        var boilerplate = new TimeStage.BoilerplateCursor(document.Boilerplate);
        bool hasBoilerplate = boilerplate.Any;
        var times = document.Times; // read once: the layer getter is a dictionary lookup
        // A sentence's reader sees only the times that can touch it: the time stage writes them in text order, so
        // a cursor finds them (in any other order, every time).
        bool timesInOrder = true;
        for (int t = 1; t < times.Length && timesInOrder; t++) timesInOrder = times[t].Span.Start >= times[t - 1].Span.Start;
        int timeCursor = 0, lastStart = 0;
        string? published = null; // the publication date as figures give it, formatted once for the document
        foreach (var s in document.Sentences)
        {
            if (hasBoilerplate && boilerplate.Covers(s.Span)) continue;
            TokenSheet sheet;
            int first, end, firstMark, endMark;
            // A token of a run is the token of the sentence alone when whitespace (or the text's edge) bounds the
            // sentence: lexing looks no further than the next character.
            if (shared is not null && (s.Span.Start == 0 || char.IsWhiteSpace(text[s.Span.Start - 1]))
                && (s.Span.End == text.Length || char.IsWhiteSpace(text[s.Span.End])))
            {
                sheet = shared;
                var all = shared.Toks;
                // A figure takes its kind from a word of the sentence (Lexicon.GivesKind): without one, its numbers need
                // not be read. The lexer lists those words (TokenSheet.Kinds), so the other sentences' tokens are never read.
                var kinds = shared.Kinds;
                while (kindCursor < shared.KindCount && all[kinds[kindCursor]].Start < s.Span.Start) kindCursor++;
                if (kindCursor == shared.KindCount || all[kinds[kindCursor]].Start >= s.Span.End) continue;
                // The sentence's tokens are those next to its first kind word that start inside it (tokens are in text order).
                // (found by halving: a sentence's tokens are many, and only its edges are needed)
                int at = kinds[kindCursor];
                first = FirstStartingAt(all, 0, at, s.Span.Start);
                end = FirstStartingAt(all, at + 1, shared.Count, s.Span.End);
                firstMark = shared.MarkAtOrAfter(first, markCursor);
                endMark = markCursor = shared.MarkAtOrAfter(end, firstMark);
                if (!MayHoldFigure(text, s.Span, sheet, firstMark, endMark)) continue;
            }
            else
            {
                if (!MayHoldFigure(text, s.Span)) continue;
                sheet = own ??= _own ??= new TokenSheet();
                sheet.Clear();
                Lexer.Lex(text, s.Span.Start, s.Span.End, sheet);
                first = 0;
                end = sheet.Count;
                firstMark = 0;
                endMark = sheet.MarkedCount;
                if (!GivesKind(sheet.Slots.AsSpan(first, end - first))) continue;
            }
            published ??= document.Published is { } day ? DayText(day) : null;
            new SentenceReader(document, TimesNear(times, timesInOrder, s.Span, ref timeCursor, ref lastStart), published, s.Span, sheet.Toks.AsSpan(first, end - first), sheet.Slots.AsSpan(first, end - first),
                sheet.Marked.AsSpan(firstMark, endMark - firstMark), first).Read(ref result);
        }
        document.Figures = result is null ? ImmutableArray<Figure>.Empty : Placed(document, result);
    }

    /// <summary>The first of tokens [<paramref name="from"/>, <paramref name="to"/>) that starts at or after <paramref name="offset"/>
    /// (<paramref name="to"/> when none does); the tokens are in text order.</summary>
    private static int FirstStartingAt(Tok[] toks, int from, int to, int offset)
    {
        while (from < to)
        {
            int mid = (from + to) >>> 1;
            if (toks[mid].Start < offset) from = mid + 1;
            else to = mid;
        }
        return from;
    }

    /// <summary>
    /// The times that overlap <paramref name="sentence"/>, in their order, and perhaps others: with the times in text
    /// order, those from the first that ends after the sentence's start (<paramref name="cursor"/>, moved on from
    /// the sentence before) to the first that starts at or after its end; else all of them.
    /// </summary>
    private static ReadOnlySpan<TimeRef> TimesNear(ImmutableArray<TimeRef> times, bool inOrder, TextSpan sentence, ref int cursor, ref int lastStart)
    {
        if (!inOrder) return times.AsSpan();
        if (sentence.Start < lastStart) cursor = 0; // sentences out of order: look again from the first time
        lastStart = sentence.Start;
        while (cursor < times.Length && times[cursor].Span.End <= sentence.Start) cursor++;
        int end = cursor;
        while (end < times.Length && times[end].Span.Start < sentence.End) end++;
        return times.AsSpan(cursor, end - cursor);
    }

    /// <summary>
    /// The day as "yyyy-MM-dd" (ToString with that format and the invariant culture) written digit by digit: figures give many
    /// dates, and the general formatter parses its pattern each time.
    /// </summary>
    private static void WriteDay(Span<char> chars, DateOnly day)
    {
        int y = day.Year; // 1 to 9999: four digits, zeros before
        chars[0] = (char)('0' + y / 1000); chars[1] = (char)('0' + y / 100 % 10); chars[2] = (char)('0' + y / 10 % 10); chars[3] = (char)('0' + y % 10);
        chars[4] = '-';
        chars[5] = (char)('0' + day.Month / 10); chars[6] = (char)('0' + day.Month % 10);
        chars[7] = '-';
        chars[8] = (char)('0' + day.Day / 10); chars[9] = (char)('0' + day.Day % 10);
    }

    /// <summary>The day as figures give it ("2024-03-31").</summary>
    internal static string DayText(DateOnly day) => string.Create(10, day, static (chars, d) => WriteDay(chars, d));

    /// <summary>True when a token of the sentence is a word a figure can take its kind from (<see cref="Lexicon.GivesKind"/>).</summary>
    private static bool GivesKind(ReadOnlySpan<int> slots)
    {
        foreach (int slot in slots)
            if (Lexicon.GivesKind(slot)) return true;
        return false;
    }

    /// <summary>
    /// A figure's own "in X" words are its place (basis clause); without them, and when the place stage ran: a running total
    /// of a country's people is that country's (basis victims), and so is a count most of whose people the words after it
    /// name (", mostly Kenyans"; basis victims); a war's running total or a nationwide count is the focus
    /// country's (basis article); else the place its sentence names before it (basis sentence); else the article's focus
    /// place stands in (basis article; its span is that place's first mention).
    /// </summary>
    private static ImmutableArray<Figure> Placed(ArticleDocument document, ImmutableArray<Figure>.Builder figures)
    {
        Place? focus = null;
        bool looked = false;
        for (int i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.Where is not null) continue; // its own words name it: basis clause, given when it was made
            if (f.Cumulative && f.Victims is { } people && CountryOfPeople(document, people) is { } country)
            {
                figures[i] = f with { Where = country.Span, WhereBasis = WhereBases.Victims };
                continue;
            }
            // "More than 5,500 people were injured, mostly Kenyans": the people most of them were say where, better than the
            // article's focus (basis victims)
            if (MostlyPeople(document.Text, f.Span, SentenceOf(document, f.Span)) is { } most && CountryOfPeople(document, most) is { } theirs)
            {
                figures[i] = f with { Where = theirs.Span, WhereBasis = WhereBases.Victims };
                continue;
            }
            if (!looked) { looked = true; focus = document.Has(Layer.Places) ? Places.PlaceLocator.Focus(document) : null; }
            if (focus is null) continue;
            // "The war ..., which began in April 2023, has killed tens of thousands", "Nationwide, more than 2 million people have
            // been displaced": a war's running total, or a count the sentence calls nationwide, is the country's, not that of
            // the town the article is about (its first mention of the focus's country)
            var sentence = SentenceOf(document, f.Span);
            // "At least 124 journalists were killed worldwide": no one place is its place (not the dateline's New York)
            if (Worldwide(document.Text, sentence)) continue;
            var whole = f.Cumulative ? Places.PlaceLocator.OfAWar(document, focus, sentence) : focus;
            if (whole == focus && focus.Precision != PlacePrecision.Country && Nationwide(document.Text, sentence))
                whole = Places.PlaceLocator.FirstMentionOfCountry(document, focus.Country) ?? focus;
            if (whole != focus)
            {
                figures[i] = f with { Where = whole.Span, WhereBasis = WhereBases.Article };
                continue;
            }
            // "Russian drones struck the southern city of Kherson overnight, killing two people": the place its sentence names
            // before it
            if (!f.Cumulative && PlaceBefore(document, f.Span) is { } near)
            {
                figures[i] = f with { Where = near.Span, WhereBasis = WhereBases.Sentence };
                continue;
            }
            // "Guerrillas killed a clan elder in Tikrit. His mother was also killed in the attack.": a sentence that names no
            // place goes on with the place its paragraph named before it (basis paragraph), nearer than the article's focus
            // (not the dead of a people, "the deaths of 1.7 million Cambodians": theirs is the country, not a town named before)
            if (!f.Cumulative && !(f.Victims is { } them && CountryOfPeople(document, them) is not null) && PlaceEarlierInParagraph(document, sentence) is { } before)
            {
                figures[i] = f with { Where = before.Span, WhereBasis = WhereBases.Paragraph };
                continue;
            }
            figures[i] = f with { Where = focus.Span, WhereBasis = WhereBases.Article };
        }
        return figures.Count == figures.Capacity ? figures.MoveToImmutable() : figures.ToImmutable();
    }

    /// <summary>"nationwide", "countrywide", "across the country", "throughout the country": a count of the whole country.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NationWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "nationwide", "countrywide" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WorldWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "worldwide", "globally" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"worldwide", "globally", "around the world", "across the world": a count of no one place.</summary>
    private static bool Worldwide(string text, TextSpan sentence) => Says(text, sentence, WorldWords, "around the world", "across the world");

    private static bool Nationwide(string text, TextSpan sentence) => Says(text, sentence, NationWords, "across the country", "throughout the country");

    /// <summary>True when the sentence holds one of <paramref name="words"/> or of <paramref name="phrases"/>.</summary>
    private static bool Says(string text, TextSpan sentence, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, params ReadOnlySpan<string> phrases)
    {
        if (TextAround.HasWord(text, sentence, words)) return true;
        var s = text.AsSpan(sentence.Start, sentence.Length);
        foreach (var phrase in phrases)
            if (s.Contains(phrase, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The people named right after a figure as what most of those counted were: ", mostly Kenyans", ", mainly Afghans",
    /// ", most of them Syrians" (a capitalised word); null when the sentence goes on otherwise. ("including 12 Americans" names
    /// some of them only, so it is not read.)
    /// </summary>
    private static string? MostlyPeople(string text, TextSpan figure, TextSpan sentence)
    {
        var rest = text.AsSpan(figure.End, Math.Max(0, sentence.End - figure.End)).TrimStart();
        if (!rest.StartsWith(",")) return null;
        rest = rest[1..].TrimStart();
        ReadOnlySpan<string> leads = ["mostly ", "mainly ", "largely ", "predominantly ", "most of them ", "most of whom were "];
        bool led = false;
        foreach (var lead in leads)
            if (rest.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) { rest = rest[lead.Length..].TrimStart(); led = true; break; }
        if (!led || rest.IsEmpty || !char.IsUpper(rest[0])) return null;
        int n = 0;
        while (n < rest.Length && char.IsLetter(rest[n])) n++;
        return rest[..n].ToString();
    }

    /// <summary>The span of the sentence that holds <paramref name="span"/> (the span itself when none does).</summary>
    private static TextSpan SentenceOf(ArticleDocument document, TextSpan span)
    {
        var sentences = document.Sentences;
        int at = TextAround.IndexHolding(sentences.AsSpan(), static s => s.Span, span.Start);
        return at >= 0 && sentences[at].Span.End >= span.End ? sentences[at].Span : span;
    }

    /// <summary>
    /// The finest place below a country the figure's sentence names before the figure (the last of equals), past a wire
    /// dateline (the filing place); null when there is none. A country says less than the focus place in most articles,
    /// and is most often named as a party ("U.S. commanders said"); so are capitals before a verb of saying ("Moscow
    /// said"); a place in a hyphened modifier ("a UAE-brokered swap") or after "from" (where someone came from) is no
    /// scene either.
    /// </summary>
    private static Place? PlaceBefore(ArticleDocument document, TextSpan figure)
    {
        var sentence = SentenceOf(document, figure);
        int from = Dateline.At(document.Text, sentence.Start, sentence.End) is { } dateline ? dateline.Span.End : sentence.Start;
        return FinestPlace(document, from, figure.Start);
    }

    /// <summary>
    /// The finest place below a country that the sentences of <paramref name="sentence"/>'s paragraph before it name (as
    /// <see cref="PlaceBefore"/> reads them), when the sentence itself names none anywhere; null when there is none, or the
    /// sentence opens its paragraph.
    /// </summary>
    private static Place? PlaceEarlierInParagraph(ArticleDocument document, TextSpan sentence)
    {
        var paragraphs = document.Paragraphs;
        int at = TextAround.IndexHolding(paragraphs.AsSpan(), static p => p.Span, sentence.Start);
        if (at < 0 || paragraphs[at].Span.Start >= sentence.Start) return null;
        var places = document.Places;
        var near = _near ??= [];
        SpanIndex<Place>.Starting(places, static p => p.Span, sentence.Start, sentence.End, near);
        if (near.Count > 0) return null; // (a place named after the figure says where, even if not for the figure)
        int from = paragraphs[at].Span.Start;
        from = Dateline.At(document.Text, from, sentence.Start) is { } dateline ? dateline.Span.End : from;
        return FinestPlace(document, from, sentence.Start);
    }

    /// <summary>The finest place below a country that starts and ends within [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static Place? FinestPlace(ArticleDocument document, int from, int to)
    {
        var text = document.Text;
        Place? last = null;
        // (only the places that start before the figure in its sentence: no pass over a long article's places per figure)
        var places = document.Places;
        var near = _near ??= [];
        SpanIndex<Place>.Starting(places, static p => p.Span, from, to, near);
        foreach (int i in near)
        {
            var p = places[i];
            // (the finest place, the nearest among equals: "on El Fasher, the capital of North Darfur, ... killed 48" is El Fasher's)
            if (p.Span.Start < from || p.Span.End > to
                || last is not null && (p.Precision < last.Precision || p.Precision == last.Precision && p.Span.Start <= last.Span.Start)) continue;
            if (p.Precision == PlacePrecision.Country || p.Span.End < text.Length && text[p.Span.End] == '-') continue;
            if (TextAround.WordBefore(text, p.Span.Start).Equals("from", StringComparison.OrdinalIgnoreCase)) continue;
            if (p.Feature == "PPLC" && SayingVerbs.Contains(TextAround.WordAfter(text, p.Span.End))) continue;
            if (SaidIn(text, p.Span.Start)) continue;
            last = p;
        }
        return last;
    }

    [ThreadStatic] private static List<int>? _near;

    /// <summary>
    /// True when the place at <paramref name="at"/> is where something was said: "told reporters in Kabul that ...", "said in
    /// Geneva" (not "were reported in").
    /// </summary>
    private static bool SaidIn(string text, int at)
    {
        if (!TextAround.WordBefore(text, at).Equals("in", StringComparison.OrdinalIgnoreCase)) return false;
        int p = Back(text, at, 2);
        var verb = TextAround.WordBefore(text, p);
        if (verb.Equals("reporters", StringComparison.OrdinalIgnoreCase) || verb.Equals("journalists", StringComparison.OrdinalIgnoreCase))
        {
            p = Back(text, p, verb.Length);
            verb = TextAround.WordBefore(text, p);
        }
        // "Iran Human Rights, which is based in Oslo, said": where the reporter sits
        if (verb.Equals("based", StringComparison.OrdinalIgnoreCase) || verb.Equals("headquartered", StringComparison.OrdinalIgnoreCase)) return true;
        if (!SayingVerbs.Contains(verb)) return false;
        var aux = TextAround.WordBefore(text, Back(text, p, verb.Length));
        return !(aux.Equals("been", StringComparison.OrdinalIgnoreCase) || aux.Equals("were", StringComparison.OrdinalIgnoreCase) || aux.Equals("was", StringComparison.OrdinalIgnoreCase));

        // the offset of the start of the word of length n that ends before at (spaces skipped)
        static int Back(string text, int at, int n)
        {
            while (at > 0 && text[at - 1] == ' ') at--;
            return at - n;
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SayingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "said", "says", "say", "saying", "told", "reported", "reporting", "announced", "claimed", "accused", "denied", "warned", "confirmed" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "more than 400,000 Syrians", "116,000 Iraqi civilians": the article's first mention of the country whose people the victims
    /// word names (a capitalised plural sharing the country name's stem: Syrians/Syria, Afghans/Afghanistan, Lebanese/Lebanon;
    /// or such an adjective before a lowercase noun), the
    /// longest such match; null when the victims are no country's people or the article names no such country.
    /// </summary>
    private static Place? CountryOfPeople(ArticleDocument document, string victims)
    {
        // ("116,000 Iraqi civilians": the people's adjective before their noun; not an army's men, who die abroad too: "nearly 200
        // Israeli soldiers have been killed" in southern Lebanon)
        if (victims.IndexOf(' ') is var space and > 0)
        {
            if (victims.IndexOf(' ', space + 1) >= 0 || !char.IsLower(victims[space + 1]) || W.Fighters.Contains(victims.AsSpan(space + 1))) return null;
            victims = victims[..space];
        }
        if (victims.Length < 4 || !char.IsUpper(victims[0])) return null;
        Place? best = null;
        int bestLength = 0;
        foreach (var p in document.Places)
        {
            if (p.Precision != PlacePrecision.Country) continue;
            var name = p.Name;
            int common = 0;
            while (common < name.Length && common < victims.Length && char.ToLowerInvariant(name[common]) == char.ToLowerInvariant(victims[common])) common++;
            var singular = victims.EndsWith('s') ? victims[..^1] : victims;
            bool stem = common >= 4 && (common >= name.Length - 2 || name.StartsWith(singular, StringComparison.OrdinalIgnoreCase));
            if (stem && common > bestLength) { best = p; bestLength = common; }
        }
        return best;
    }

    /// <summary>
    /// <see cref="MayHoldFigure(string, TextSpan)"/> from the sentence's marked tokens, entries [firstMark, endMark)
    /// of <see cref="TokenSheet.Marked"/> (figure words, numbers and words with digits are all marked). A word
    /// token of letters alone is one of the letter runs that method reads, so its lexicon cue answers for it; a
    /// number that starts with an ASCII digit answers yes. Only other digits (which make mixed words and
    /// numbers the runs do not see as such) send it back to the characters.
    /// </summary>
    private static bool MayHoldFigure(string text, TextSpan s, TokenSheet sheet, int firstMark, int endMark)
    {
        var toks = sheet.Toks;
        var slots = sheet.Slots;
        var marked = sheet.Marked;
        bool other = false;
        for (int m = firstMark; m < endMark; m++)
        {
            int k = marked[m];
            var tk = toks[k];
            if (tk.Kind == TK.Word)
            {
                if (tk.DigitsEnd != tk.End) other = true;
                else if ((Lexicon.Cues(slots[k]) & Cue.FigureWord) != 0) return true;
                // "a soldier was killed": one person after an article
                else if (Lexicon.In(slots[k], W.Article) && SingularPersonAfter(toks.AsSpan(0, sheet.Count), slots.AsSpan(0, sheet.Count), k) >= 0) return true;
            }
            else if (tk.Kind == TK.Num)
            {
                if (text[tk.Start] is >= '0' and <= '9') return true;
                other = true;
            }
        }
        return other && MayHoldFigure(text, s);
    }

    /// <summary>
    /// The token of a person named in the singular (<see cref="W.SingularPeople"/>) within the tokens after the article at
    /// <paramref name="a"/> (six at most), past describing words, numbers and hyphens only ("a 12-year-old boy", "a Palestinian man"); -1.
    /// </summary>
    private static int SingularPersonAfter(ReadOnlySpan<Tok> toks, ReadOnlySpan<int> slots, int a)
    {
        for (int j = a + 1; j < toks.Length && j <= a + 6; j++)
        {
            if (toks[j].Kind == TK.Punct) { if (j > a + 1 && j + 1 < toks.Length && toks[j].End == toks[j + 1].Start) continue; return -1; } // "12-year-old"
            if (toks[j].Kind != TK.Word) continue;
            int slot = slots[j];
            if (Lexicon.In(slot, W.SingularPeople)) return j;
            if (slot >= 0 && ((Lexicon.Cues(slot) & Cue.Stop) != 0 || Lexicon.Before(slot) is not null || Lexicon.After(slot) is not null || Lexicon.In(slot, W.Article))) return -1;
        }
        return -1;
    }

    /// <summary>
    /// Cheap filter before lexing: a figure needs a digit, a number word other than "a"/"an" (which only
    /// count with a scale word after them), or "no"/"none"/"nobody". Most sentences have none of these.
    /// </summary>
    private static bool MayHoldFigure(string text, TextSpan s)
    {
        int i = s.Start;
        while (i < s.End)
        {
            char c = text[i];
            if (c is >= '0' and <= '9') return true;
            if (!char.IsLetter(c)) { i++; continue; }
            int j = i;
            while (j < s.End && char.IsLetter(text[j])) j++;
            var w = text.AsSpan(i, j - i);
            if (w.Length > 2 ? NumberReader.CanStartWith(w) || w.Equals("none", StringComparison.OrdinalIgnoreCase) || w.Equals("nobody", StringComparison.OrdinalIgnoreCase)
                               || w.Equals("both", StringComparison.OrdinalIgnoreCase)
                               || FigureWords.IsSingularPerson(w)
                             : w.Equals("no", StringComparison.OrdinalIgnoreCase) || w.Equals("ten", StringComparison.OrdinalIgnoreCase)) return true;
            i = j;
        }
        return false;
    }

    /// <summary>The word lists the reader tests a token against, each one set (<see cref="Lexicon.Set"/>).</summary>
    private static class W
    {
        public static readonly ulong NoOne = Lexicon.Set("no", "nobody", "none");
        public static readonly ulong Article = Lexicon.Set("a", "an");
        public static readonly ulong Losses = Lexicon.Set("deaths", "casualties", "fatalities", "injuries");
        public static readonly ulong Qualifiers = Lexicon.Set("about", "around", "some", "nearly", "almost", "over");
        public static readonly ulong HeldPeople = Lexicon.Set("refugees", "prisoners", "hostages", "detainees");
        public static readonly ulong Participles = Lexicon.Set("killed", "wounded", "injured", "detained", "arrested", "abducted", "kidnapped", "displaced", "executed", "affected", "evacuated", "hanged", "beheaded", "lynched", "buried");
        /// <summary>"displaced a further 21,000 people", "killed another 12": words that add a count to an earlier one.</summary>
        /// <summary>Adverbs between a reporter and its verb: "has repeatedly warned", "also said".</summary>
        public static readonly ulong ReportAdverbs = Lexicon.Set("also", "repeatedly", "previously", "already", "separately", "earlier", "later", "again");
        /// <summary>Places people shelter in once they have fled: "sheltering in 1,600 evacuation centres".</summary>
        public static readonly ulong Shelters = Lexicon.Set("centres", "centers", "shelters", "camps", "schools", "sites", "collective",
            "tents"); // "12,000 survivors are still living in tents"
        public static readonly ulong Strike = Lexicon.Set("strike", "strikes", "strikers", "striker");
        public static readonly ulong Further = Lexicon.Set("a", "an", "another", "further", "additional");
        public static readonly ulong Passive = Lexicon.Set("were", "was", "been");
        /// <summary>The words between a count and the verb or noun before it that governs it: "the death toll rose to 52".</summary>
        public static readonly ulong TollLead = Lexicon.Set("to", "at", "of", "by", "the", "rose", "risen", "climbed", "reached", "stood", "stands", "now",
            "increased", "jumped", "hit", "is", "was", "were", "has", "had", "death", "another", "a", "an", "further", "additional", "least", "than", "all",
            "include", "includes", "included", "numbered"); // "The dead numbered at least 70"
        /// <summary>"killed his mother and 10 other people": a count that goes on the verb's object.</summary>
        public static readonly ulong Other = Lexicon.Set("other", "others");
        /// <summary>Verbs that report a count: its reporter is the claimant ("health officials said at least 21 ...").</summary>
        public static readonly ulong Reporting = Lexicon.Set("said", "says", "say", "reported", "told", "announced", "stated", "confirmed", "warned", "warns", "added",
            "verified", "recorded", "documented", // "The UN rights office has verified 10,582 civilian deaths"
            "saying", "reporting", // "..., with Yerevan saying two ... and Baku reporting one ..." (see ReporterOf)
            "estimates"); // "The UN estimates that 30,000 people have fled" (not "estimated": "an estimated 250,000")
        /// <summary>Reporting verbs that also put a count on record without a reporter: "10,000 cases recorded since October".</summary>
        public static readonly ulong Recording = Lexicon.Set("verified", "recorded", "documented");
        // The words SentenceFacts reads further, with Reporting's: the total leads and those that open a claimant or a reporting
        // cue. One set read a word (the lexicon's cues are another table). A test added there that opens with another word
        // needs that word here.
        public static readonly ulong FactWords = Lexicon.Set([.. FigureWords.TotalLeads, "according", "put", "puts", "claimed", "claims", "claim", "estimate"]);
        // The words HasLead reads further: the place leads, the words after a comma that open a clause, and "on" (OnWater,
        // AttackOnPlace; "to" and "between", RoadTo). A lead or clause break added there that opens with another word needs that
        // word here.
        public static readonly ulong LeadWords = Lexicon.Set([.. FigureWords.PlaceLeads, "and", "but", "while", "on", "to", "between"]);
        /// <summary>
        /// Words that make the run before a reporting verb no reporter: pronouns, relative pronouns, conjunctions, modals (read once a
        /// sentence with a figure, so a plain set; the lexicon keeps only the words its scanners need).
        /// </summary>
        public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotReporter = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "and", "but", "when", "as", "if",
              "can", "cannot", "could", "would", "will", "may", "might", "must", "should" }.GetAlternateLookup<ReadOnlySpan<char>>(); // "No one can say that ..."
        /// <summary>Words that open a clause before its reporter: "..., while the rebels said 40 fighters died".</summary>
        public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "while", "whereas", "although", "though", "but", "and", "as", "when", "after", "before", "since", "because", "yet",
              "where" }.GetAlternateLookup<ReadOnlySpan<char>>(); // "where": "..., where local officials reported no casualties"
        /// <summary>"the war, which began in April 2023": what a total counts from.</summary>
        public static readonly ulong Began = Lexicon.Set("began", "started", "erupted");
        /// <summary>Verbs of a toll's rise, before which a phrase set off by commas may stand: "the toll, initially 10, has risen to 12".</summary>
        /// <summary>"two thirds of the deaths", "three quarters of the displaced": a fraction, no count.</summary>
        public static readonly ulong Fractions = Lexicon.Set("thirds", "quarters", "fifths");
        public static readonly ulong Confinement = Lexicon.Set(FigureWords.Confinement);
        public static readonly ulong Possessives = Lexicon.Set("his", "her", "their");
        public static readonly ulong SingularPeople = Lexicon.Set(FigureWords.SingularPeople);
        /// <summary>", raising the toll to 52", ", bringing the number of dead to 40": a new total after an added count.</summary>
        public static readonly ulong Raising = Lexicon.Set("raising", "bringing", "pushing", "taking");
        /// <summary>Verbs of a toll's level, before which a phrase set off by commas may stand: "the toll, according to medics, stands at 40".</summary>
        public static readonly ulong Rise = Lexicon.Set("rose", "risen", "climbed", "increased", "jumped", "stands", "stood");
        public static readonly ulong ToCount = Lexicon.Set("to", "at", "reached", "hit", "exceed", "exceeds", "exceeded", "surpasses", "surpassed", "passes", "passed", "tops", "topped", "past",
            "above", "over", // "has climbed above 3,000" (QualifierBefore leaves them to the verb)
            "nears", "nearing", "approaches", "approaching"); // "death toll nears 1,000": less than it
        /// <summary>"The total number of refugees now exceeds 1.6 million", "pushing the toll past 3,000": the count is a lower bound.</summary>
        public static readonly ulong Nearing = Lexicon.Set("nears", "nearing", "approaches", "approaching");
        public static readonly ulong Exceeds = Lexicon.Set("exceed", "exceeds", "exceeded", "surpasses", "surpassed", "passes", "passed", "tops", "topped", "past");
        public static readonly ulong Reckoned = Lexicon.Set("estimated", "believed", "thought");
        public static readonly ulong Lacking = Lexicon.Set("without", "lack", "lacking");
        public static readonly ulong Dwell = Lexicon.Set("live", "living", "remain", "reside");
        /// <summary>Nouns of an attack, before "on" and its target: "the attack on Barsalogho".</summary>
        public static readonly ulong AttackNouns = Lexicon.Set("attack", "attacks", "assault", "raid", "raids", "strike", "strikes", "offensive", "bombing", "shelling");
        /// <summary>Verbs before "refuge"/"shelter": "sought refuge", "took shelter", "have found refuge".</summary>
        public static readonly ulong Sought = Lexicon.Set("sought", "seek", "seeking", "took", "take", "taken", "taking", "found", "find", "finding");
        public static readonly ulong Need = Lexicon.Set("need", "needs", "needed", "needing", "require", "requires", "required", "requiring");
        public static readonly ulong Needed = Lexicon.Set("aid", "help", "assistance", "humanitarian", "food", "urgent");
        public static readonly ulong Under = Lexicon.Set("almost", "nearly", "under");
        public static readonly ulong Approximately = Lexicon.Set("about", "around", "approximately", "roughly", "some", "nearly");
        /// <summary>Wars whose toll "so far" a present perfect gives: "a war that has killed", "the conflict has displaced".</summary>
        public static readonly ulong Wars = Lexicon.Set("war", "conflict", "insurgency");
        public static readonly ulong WarStart = Lexicon.Set("start", "beginning", "outbreak", "war", "conflict", "uprising",
            "siege", "fighting", "offensive", "invasion", "ceasefire", "crisis", "coup", "protests", "crackdown", "insurgency"); // "since the siege began", "since the ceasefire", "Since the coup, ..."
        public static readonly ulong CountLead = Lexicon.Set("over", "nearly", "almost", "about", "some", "another");
        public static readonly ulong AfterArticle = Lexicon.Set("few", "dozen", "couple", "hundred", "thousand", "million", "billion", "trillion",
            "quarter"); // "a quarter of a million"
        /// <summary>Words before "one" that make it a pronoun: "no one", "any one", "the one", "each one".</summary>
        public static readonly ulong OneDeterminer = Lexicon.Set("no", "any", "every", "each", "the", "this");
        /// <summary>Words after "one" that make it a pronoun: "one another", "one that is executed", "one who".</summary>
        public static readonly ulong OnePronounNext = Lexicon.Set("another", "that", "which", "who", "whose");
        /// <summary>Words of flight: "new arrivals" are people who fled when the sentence tells of it (not "tourist arrivals").</summary>
        public static readonly ulong Flight = Lexicon.Set("fled", "flee", "fleeing", "escaping", "escape", "refugee", "refugees", "asylum", "influx", "displaced",
            "displacement", "IDPs", "fighting", "violence", "war", "conflict", "crossed", "crossing", "shelling");
        /// <summary>Who "arrived" somewhere as people uprooted, in a sentence of flight (not "journalists", "delegates").</summary>
        public static readonly ulong Arrivers = Lexicon.Set("people", "families", "civilians", "persons", "individuals", "households", "children", "women");
        /// <summary>Words of flight abroad: the arrivals are refugees (else people displaced at home).</summary>
        public static readonly ulong Abroad = Lexicon.Set("refugee", "refugees", "asylum", "crossed", "crossing", "border", "abroad", "neighbouring", "neighboring");
        /// <summary>"a father of four": a family's size, not a count of victims.</summary>
        public static readonly ulong Kin = Lexicon.Set("father", "mother", "parent", "grandfather", "grandmother", "mum", "mom", "dad");
        /// <summary>The verbs that take lives: "claimed at least 217 lives", "cost up to 200,000 lives" (not "save a few lives").</summary>
        public static readonly ulong TookLives = Lexicon.Set("claimed", "claim", "claims", "claiming", "cost", "costs", "costing", "lost", "lose", "losing",
            "took", "take", "takes", "taking", "taken");
        /// <summary>Words between a count and "bodies" that still make them the dead: "12 charred bodies".</summary>
        public static readonly ulong BodyState = Lexicon.Set("more", "charred", "mutilated", "decomposed", "unidentified", "dead", "burned", "headless");
        /// <summary>Nouns after "toll" that make it a charge, not a count of the dead: "a toll line", "toll roads".</summary>
        public static readonly ulong TollCharge = Lexicon.Set("line", "lines", "road", "roads", "free", "booth", "booths", "plaza", "bridge", "fee", "fees");
        /// <summary>
        /// Words that cannot stand between a place word ("in", "near") and the name it leads to: a relative clause or another
        /// phrase has begun ("in a fight that left one Iraqi dead", "in one village or another by other Algerians").
        /// </summary>
        public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotInPlacePhrase = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "that", "which", "who", "whom", "whose", "where", "when", "by", "for", "with", "at", "on", "than", "during", "after", "before", "until", "between",
              "since" }.GetAlternateLookup<ReadOnlySpan<char>>(); // "in a single year since the Committee to Protect Journalists began"
        /// <summary>Nouns for a kind of place, part of the place phrase when they follow its name: "Aleppo province".</summary>
        public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "province", "provinces", "district", "districts", "region", "regions", "governorate", "state", "county", "area", "areas",
            "city", "cities", "town", "towns", "village", "villages", "capital", "capitals", "countryside", "neighbourhood",
            "neighborhood", "suburb", "suburbs", "valley", "coast", "port", "island", "islands", "desert", "camp", "prefecture",
            "direction", "axis", "sector", // a front's parts: "in the Pokrovsk direction"
            "municipality", "enclave", "peninsula", "territory", "territories", "oblast", "border", "mountains", "highlands",
        }.GetAlternateLookup<ReadOnlySpan<char>>();
        /// <summary>Armed men whose group or origin "from" names ("fighters from Jama'at Nusrat al-Islam"), and people far from home.</summary>
        public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Fighters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "fighters", "militants", "rebels", "insurgents", "jihadists", "troops", "soldiers", "members", "commandos", "recruits",
            "peacekeepers", // "the death of two peacekeepers from Burkina Faso": where they come from
            // people away from home: "Two backpackers from California were reported missing" (in the Andes)
            "backpackers", "tourists", "travellers", "travelers", "hikers", "climbers", "trekkers", "pilgrims", "migrants",
            "foreigners", "nationals", "citizens", "journalists", "volunteers", "missionaries", "workers",
        }.GetAlternateLookup<ReadOnlySpan<char>>();
        /// <summary>People a count after "seized" may name (things are seized too: "seized 12 vehicles", "40 kilograms").</summary>
        public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Captives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "people", "persons", "pupils", "students", "schoolchildren", "schoolgirls", "schoolboys", "children", "girls", "boys", "women",
            "men", "passengers", "civilians", "villagers", "worshippers", "farmers", "workers", "tourists", "foreigners", "hostages",
            "crew", "members", "sailors", "fishermen", "travellers", "travelers", "residents", "soldiers", "officers", "nationals", "citizens",
        }.GetAlternateLookup<ReadOnlySpan<char>>();
        /// <summary>
        /// Participles of how people were harmed, no kind word of their own: in a list after a figure ("Three were stabbed to death,
        /// two strangled and one shot") each count is of that figure's kind. ("two rescued", "two questioned" name no harm.)
        /// </summary>
        public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HarmedHow = new HashSet<string>(StringComparer.Ordinal)
        {
            "stabbed", "strangled", "shot", "beaten", "burned", "burnt", "crushed", "trampled", "poisoned", "electrocuted", "suffocated",
            "hacked", "bludgeoned", "clubbed", "gunned", "tortured", "mauled", "knifed",
        }.GetAlternateLookup<ReadOnlySpan<char>>();
        /// <summary>Nouns for a body of people that a name before them names: "the Viv Ansanm gang coalition" is no place.</summary>
        public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "gang", "gangs", "coalition", "group", "militia", "movement", "party", "alliance", "network", "faction", "brigade",
            "battalion", "regiment", "army", "forces", "front", "organisation", "organization", "agency", "ministry", "government",
            "committee", "council", "commission",
        }.GetAlternateLookup<ReadOnlySpan<char>>();
        /// <summary>Words before the noun after "of" that still leave it the head: "of the guns", "of those detainees".</summary>
        public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OfDeterminer = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "the", "those", "these", "its", "their", "his", "her", "our", "all" }.GetAlternateLookup<ReadOnlySpan<char>>();
        /// <summary>
        /// Words of hardship that make people who "live" or "remain" somewhere a count of the affected ("250,000 people still
        /// live in eastern Aleppo, under siege"); without one, "700,000 Cubans living in Florida" is no figure.
        /// </summary>
        public static readonly ulong Hardship = Lexicon.Set("siege", "besieged", "blockade", "blockaded", "encircled", "bombardment", "shelling",
            "fighting", "famine", "starvation", "hunger", "trapped", "cut", "displaced", "war", "conflict");
        /// <summary>
        /// Modal verbs: before a figure's verb they make it a possibility or a plan ("could kill thousands", "thousands would be
        /// displaced"), no count of what happened. "may" in lower case only (else the month).
        /// </summary>
        public static readonly ulong Modals = Lexicon.Set("would", "could", "might", "may", "will", "can", "cannot", "should", "shall");
        /// <summary>Words that may stand between a modal and the verb it governs: "could easily have killed", "will not be evacuated".</summary>
        public static readonly ulong ModalFill = Lexicon.Set("be", "been", "being", "have", "not", "never", "also", "still", "soon", "easily", "potentially",
            "eventually", "likely", "probably", "possibly", "perhaps");
        /// <summary>A sentence opening with one of these supposes all it tells: "Suppose the rebels shelled the town, killing hundreds".</summary>
        public static readonly ulong Supposing = Lexicon.Set("suppose", "supposing", "imagine", "assume", "assuming");
    }

    private ref struct SentenceReader(ArticleDocument doc, ReadOnlySpan<TimeRef> times, string? published, TextSpan sentence, ReadOnlySpan<Tok> t, ReadOnlySpan<int> slots,
        ReadOnlySpan<int> marks, int first)
    {
        private readonly string _s = doc.Text;
        // The sentence's tokens and their lexicon slots (ref-like, so held in fields, not captured).
        private readonly ReadOnlySpan<Tok> _t = t;
        private readonly ReadOnlySpan<int> _slots = slots;
        // The sheet indices of the sentence's marked tokens (a count starts at one of them); token k is sheet index first + k.
        private readonly ReadOnlySpan<int> _marks = marks;
        private readonly int _first = first;
        private readonly int _n = t.Length;
        // The times that can overlap the sentence (TimesNear), in the document's order.
        private readonly ReadOnlySpan<TimeRef> _times = times;
        // Sentence-wide facts, worked out for the first figure and shared by the others.
        private bool? _cumulative; // null until SentenceFacts ran
        private int _totalLead; // the token that makes the sentence a running total's ("since the start"), when _cumulative
        private string? _claimant;
        private bool _claimedByAccording; // "according to X" names the sentence's claimant for all its figures
        // The sentence's reporting verbs ("said", "reported"), at most four, in order: each figure's claimant is the reporter
        // of the nearest one.
        private int _cue0, _cue1, _cue2, _cue3, _cueCount;
        // The sentence's place leads and clause breaks found so far (HasLead), in a buffer kept by the thread, and the first token
        // not yet looked at.
        private (int Token, bool ClauseBreak, TextSpan? Place)[]? _leads;
        private int _leadCount, _scanned;
        private Dateline? _dateline; // the sentence's dateline, when _datelineKnown
        private bool _datelineKnown;
        [ThreadStatic] private static (int Token, bool ClauseBreak, TextSpan? Place)[]? _leadBuffer;
        private int _reporterCue = int.MinValue; // the verb Reporter was asked last (int.MinValue: none yet), and its reporter
        private string? _reporter;
        private int _conditionAt = -2; // the sentence's first "if"/"unless" (-1: none; -2 until FirstCondition looked)
        private bool? _hardship; // null until HasHardship ran
        private bool? _cased; // null until Cased ran
        private int _compared = -2; // the token of "compared" before "with"/"to" (-1: none; -2 until ComparedWith looked)
        // The kind of the figure made last in the sentence: "killed 258 people, including 12 Americans, and injured ..." counts
        // the Americans among the dead.
        private FigureKind? _lastKind;
        // The last token of that figure (-2 before any): "killed 12 soldiers and 30 civilians" goes on right after it.
        private int _lastEnd = -2;
        // Whether a pronoun reporter ("it said") is looked for in the sentences before (not from those sentences themselves).
        private bool _lookBack = true;

        public void Read(ref ImmutableArray<Figure>.Builder? result)
        {
            int next = 0;
            foreach (int mark in _marks)
            {
                int k = mark - _first;
                var tk = _t[k];
                if (tk.Start < next || tk.Kind == TK.Punct) continue;
                if (tk.Kind == TK.Word && In(k, W.NoOne))
                {
                    if (Negated(k, out var nf, out var nf2) && !Supposed(nf.Span))
                    {
                        (result ??= ImmutableArray.CreateBuilder<Figure>()).Add(nf);
                        if (nf2 is not null) result.Add(nf2);
                        next = Math.Max(nf.Span.End, nf2?.Span.End ?? 0);
                    }
                    continue;
                }
                if (tk.Kind == TK.Word && Is(k, "both"))
                {
                    if (Both(k, out var bf) && !Supposed(bf.Span)) { (result ??= ImmutableArray.CreateBuilder<Figure>()).Add(bf); _lastKind = bf.Kind; next = bf.Span.End; }
                    continue;
                }
                if (tk.Kind == TK.Word && (Lexicon.Cues(_slots[k]) & Cue.NumberStart) == 0) continue;
                if (In(k, W.Article) && !MayFollowArticle(k + 1))
                {
                    if (One(k, out var one) && !Supposed(one.Span)) { (result ??= ImmutableArray.CreateBuilder<Figure>()).Add(one); _lastKind = one.Kind; next = one.Span.End; }
                    continue;
                }
                if (!NumberReader.TryRead(_s, tk.Start, sentence.End, out var r)) continue;
                // "the death toll had risen from 14 to 19": a change, not a range; the count it reached is read at its own number
                if (r.Kind == NumberKind.Range && Is(k - 1, "from") && In(k - 2, W.Rise)) { next = tk.End; continue; }
                next = r.Span.End;
                if (r.Kind is NumberKind.Ordinal or NumberKind.Fraction) continue;
                int last = TokenEnding(k, r.Span.End);
                if (last < 0) continue;
                // "40 , 000 civilians": a group of thousands set off by spaces, as tokenised text writes it, read whole
                if (r.Kind == NumberKind.Cardinal && last == k && SpacedThousands(k, ref r) is var groups && groups > k) { last = groups; next = r.Span.End; }
                // "2 . 5 million": the number read whole, from its first digits ("£ 59 . | 5 million", cut by the sentence: none)
                if (r.Kind == NumberKind.Cardinal && DecimalsOf(k, last, ref r) is var whole && whole != -2)
                {
                    if (whole < 0) continue;
                    k = whole;
                }
                if (Excluded(k, last, r)) continue;
                if (!TryFigure(k, last, r, out var f, out bool absurd))
                {
                    if (absurd)
                        doc.Report(new Diagnostic("FIG001", Severity.Warning,
                            $"'{r.Span.Of(_s)}' at {r.Span} reads as {r.High.ToString("G3", CultureInfo.InvariantCulture)} people, more than any conflict could count; no figure was made. Check the source text.", r.Span));
                    continue;
                }
                if (Supposed(f!.Span)) continue;
                (result ??= ImmutableArray.CreateBuilder<Figure>()).Add(f!);
                _lastKind = f!.Kind;
                next = Math.Max(next, r.Span.End);
            }
        }

        /// <summary>
        /// True when the figure over <paramref name="span"/> is only supposed, no count of what happened: a modal governs its
        /// verb ("thousands could be killed", "could kill thousands", "would leave hundreds dead", "will be evacuated"), it lies
        /// in a clause of condition ("if the dam bursts, killing ..."), or the sentence opens with a supposition ("Suppose the
        /// rebels shelled the town, killing hundreds"). A guess at what did happen stays a figure: "as many as 40 people may
        /// have been killed", "could have died" (but "would have died", "could have killed dozens": it did not happen).
        /// </summary>
        private bool Supposed(TextSpan span)
        {
            int first = 0, to = _n; // the figure's first token (tokens in text order; a fact box may hold hundreds)
            while (first < to)
            {
                int mid = (first + to) >>> 1;
                if (_t[mid].Start < span.Start) first = mid + 1;
                else to = mid;
            }
            int o = IsOpeningQuote(0) ? 1 : 0;
            if (In(o, W.Supposing) || Is(o, "what") && Is(o + 1, "if")) return true;
            // a modal among the figure's own words, before its verb: "tens of thousands would be displaced" (not after "toll": "the
            // toll could exceed 1,000" guesses at the dead of what has happened)
            for (int k = first; k < _n && _t[k].End <= span.End; k++)
            {
                if (Is(k, "toll")) break;
                if (Modal(k)) return !(Is(k + 1, "have") && !Is(k, "would") && !Is(k, "should"));
            }
            // a modal before the verb that opens the figure, past auxiliaries and at most two other words ("could leave
            // thousands dead", "could be killed and hundreds wounded"), not past a determiner or preposition ("will be held
            // for the 12 killed"); not when the people held are counted by their noun, whatever is to become of them ("would
            // free 33 hostages", "will host 2 million refugees")
            bool heldNoun = Lexicon.Before(Slot(first)) is null && HeldWithin(first, span.End);
            for (int b = first - 1, others = 0; !heldNoun && b >= 0 && b >= first - 6 && _t[b].Kind == TK.Word; b--)
            {
                if (Modal(b)) return !(Is(b + 1, "have") && (Is(b, "may") || Is(b, "might")));
                if (In(b, W.ModalFill)) continue;
                if (++others > 2 || !char.IsLower(_s[_t[b].Start]) || Stop(b) && !Is(b, "and") || In(b, W.Article) || In(b, W.Possessives) || In(b, W.Reporting)) break;
            }
            // a clause of condition the figure is in: back to "if"/"unless" past no clause break (a comma before a participle
            // goes on: "If the rebels shelled the town, killing hundreds, ...")
            // (from the sentence's first such word on, 40 tokens at most: a fact box may be one long "sentence")
            if (_conditionAt == -2) _conditionAt = FirstCondition();
            for (int b = first - 1; _conditionAt >= 0 && b >= _conditionAt && b >= first - 40; b--)
            {
                if (Is(b, "if") || Is(b, "unless")) return !Is(b - 1, "as") && !Is(b - 1, "even");
                if ((Lexicon.Cues(Slot(b)) & Cue.ClauseEnd) != 0) break; // "if attacked, and when ..."
                if (_t[b].Kind != TK.Punct) continue;
                if (!IsP(b, ',') || !(b + 1 < _n && char.IsLower(_s[_t[b + 1].Start]) && Word(b + 1).EndsWith("ing", StringComparison.Ordinal))) break;
            }
            return false;
        }

        /// <summary>True when a noun of people held ("hostages", "prisoners", "refugees") stands among the tokens from <paramref name="k"/> to the figure's end.</summary>
        private bool HeldWithin(int k, int end)
        {
            for (; k < _n && _t[k].End <= end; k++)
                if (In(k, W.HeldPeople)) return true;
            return false;
        }

        /// <summary>The sentence's first "if" or "unless", or -1.</summary>
        private int FirstCondition()
        {
            for (int k = 0; k < _n; k++)
                if (Is(k, "if") || Is(k, "unless")) return k;
            return -1;
        }

        /// <summary>A modal verb at token <paramref name="k"/> ("could", "would", "will"; "may" in lower case, not the month).</summary>
        private bool Modal(int k) => In(k, W.Modals) && !(Is(k, "may") && char.IsUpper(_s[_t[k].Start]));

        /// <summary>
        /// One person (<see cref="FigureWords.SingularPeople"/>, lower case) after the article "a"/"an" at <paramref name="a"/>
        /// and at most four describing tokens, to whom the words around say something happened: "a soldier was killed",
        /// "a 12-year-old boy was wounded", "a journalist has been detained", "killing a child", "abducted a priest". A count
        /// of one, exact.
        /// </summary>
        private bool One(int a, out Figure f)
        {
            f = null!;
            int k = SingularPersonAfter(_t, _slots, a);
            if (k < 0 || !char.IsLower(_s[_t[k].Start]) || Is(k + 1, "of")) return false; // "a son of the mayor", "a woman's body"
            // ("killing a British pilot and 19 others": one of the 20 the count after it gives; "12 soldiers and a medic were
            // wounded": one of the 13 the figure before counts)
            if (OthersAfter(k + 1) || a <= _lastEnd) return false;
            // "killed a soldier and a civilian", "A policeman and a passer-by were wounded": two people, one each, whom the
            // verb counts together (not "a soldier and a civilian's son", nor one with a verb of its own after it)
            int n = 1;
            if (Is(k + 1, "and") && In(k + 2, W.Article) && SingularPersonAfter(_t, _slots, k + 2) is var second and >= 0 && char.IsLower(_s[_t[second].Start])
                && !Is(second + 1, "of") && !Possessive(second + 1) && !OthersAfter(second + 1) && !(Is(second + 1, "was") || Is(second + 1, "is") || Is(second + 1, "has"))) { n = 2; k = second; }
            // (not "a soldier killed in ..." without a verb of its own)
            return Told(a, k, n, _s[_t[a + 1].Start.._t[k].End], bareVerb: false, out f);
        }

        /// <summary>
        /// Two people named after "both" ("Both pilots were killed", "both Israeli soldiers were wounded", "killing both drivers",
        /// "both of the men died"), to whom the words around say something happened. A count of two, exact.
        /// </summary>
        private bool Both(int k, out Figure f)
        {
            f = null!;
            int p = Is(k + 1, "of") && Is(k + 2, "the") ? k + 3 : k + 1;
            int who = -1;
            for (int j = p; j < Math.Min(_n, p + 3) && _t[j].Kind == TK.Word; j++)
            {
                if (FigureWords.IsPluralPerson(Word(j))) { who = j; break; }
                if (Stop(j) || Lexicon.After(Slot(j)) is not null || Lexicon.Before(Slot(j)) is not null) break;
            }
            return who >= 0 && Told(k, who, 2, _s[_t[p].Start.._t[who].End], bareVerb: true, out f);
        }

        /// <summary>
        /// <paramref name="n"/> people, named from token <paramref name="start"/> ("a", "both") to <paramref name="who"/>, to whom
        /// the words after say something happened ("was killed", "has been detained", "were shot dead", and with
        /// <paramref name="bareVerb"/> a verb alone, "both men died") or the verb before does ("killing a soldier", "abducted
        /// both engineers"). An exact count.
        /// </summary>
        private bool Told(int start, int who, long n, string victims, bool bareVerb, out Figure f)
        {
            f = null!;
            var bounds = new Bounds(n, n, n);
            int v = who + 1;
            bool aux = true;
            if (Is(v, "was") || Is(v, "were")) v++;
            else if ((Is(v, "has") || Is(v, "have") || Is(v, "had")) && Is(v + 1, "been")) v += 2;
            else aux = false;
            if (aux || bareVerb)
            {
                for (int j = v; j < Math.Min(_n, v + 3); j++)
                {
                    if (_t[j].Kind != TK.Word || Is(j, "among")) break; // "a nurse was among the wounded": one of a count not given
                    if (Lexicon.After(Slot(j)) is FigureKind kind && IsDeniable(kind))
                    {
                        if (Is(j - 1, "not") || Is(j - 1, "never")) return false;
                        f = Make(start, j, kind, bounds, Qualifier.Exact, victims, j, negated: false);
                        return true;
                    }
                }
                if (aux) return false;
            }
            int b = start - 1;
            if (b >= 0 && Lexicon.Before(Slot(b)) is FigureKind verb && verb is FigureKind.Killed or FigureKind.Wounded or FigureKind.Kidnapped or FigureKind.Detained
                && _t[b].Kind == TK.Word && !In(b, W.Losses) && char.IsLower(_s[_t[b].Start]) && (Word(b).EndsWith("ing") || Word(b).EndsWith("ed")))
            {
                f = Make(b, who, verb, bounds, Qualifier.Exact, victims, b, negated: false);
                return true;
            }
            return false;
        }

        // The kind a noun of losses after "no" names: "no injuries" none wounded, "no deaths"/"no casualties" none killed.
        private FigureKind LossKind(int k) => Is(k, "injuries") ? FigureKind.Wounded : FigureKind.Killed;

        // The kinds "nobody was ..." may deny.
        private static bool IsDeniable(FigureKind kind) =>
            kind is FigureKind.Killed or FigureKind.Wounded or FigureKind.Kidnapped or FigureKind.Detained or FigureKind.Missing;

        // "no one was killed", "nobody was hurt", "no casualties", "none were injured"; a second kind joined by "or"/"and" is a
        // second figure (<paramref name="also"/>): "No injuries or deaths were reported", "nobody was killed or wounded"
        private bool Negated(int k, out Figure f, out Figure? also)
        {
            f = null!; also = null;
            int after = k;
            if (Is(k, "no") && Is(k + 1, "one")) after = k + 1;
            else if (Is(k, "no") && In(k + 1, W.Losses))
            {
                var kind0 = LossKind(k + 1);
                f = Make(k, k + 1, kind0, new Bounds(0, 0, 0), Qualifier.Exact, null, k + 1, negated: true);
                if ((Is(k + 2, "or") || Is(k + 2, "and")) && In(k + 3, W.Losses) && LossKind(k + 3) is var kind1 && kind1 != kind0
                    && !Is(k + 1, "casualties") && !Is(k + 3, "casualties"))
                    also = Make(k, k + 3, kind1, new Bounds(0, 0, 0), Qualifier.Exact, null, k + 3, negated: true);
                return true;
            }
            // "no arrests were made": none detained
            else if (Is(k, "no") && Is(k + 1, "arrests"))
            {
                f = Make(k, k + 1, FigureKind.Detained, new Bounds(0, 0, 0), Qualifier.Exact, null, k + 1, negated: true);
                return true;
            }
            else if (!Is(k, "nobody") && !Is(k, "none")) return false;
            // ("None of the 40 passengers was injured": the whole after "none of the" is no count of its own)
            int reach = Is(k, "none") && Is(k + 1, "of") ? after + 8 : after + 5;
            for (int j = after + 1; j < Math.Min(_n, reach); j++)
            {
                if (_t[j].Kind != TK.Word && !(reach > after + 5 && _t[j].Kind == TK.Num)) break;
                if (Lexicon.After(Slot(j)) is FigureKind kind && kind is FigureKind.Killed or FigureKind.Wounded or FigureKind.Kidnapped or FigureKind.Detained or FigureKind.Missing)
                {
                    f = Make(k, j, kind, new Bounds(0, 0, 0), Qualifier.Exact, null, j, negated: true);
                    if ((Is(j + 1, "or") || Is(j + 1, "and")) && Lexicon.After(Slot(j + 2)) is FigureKind kind2 && kind2 != kind && IsDeniable(kind2))
                        also = Make(k, j + 2, kind2, new Bounds(0, 0, 0), Qualifier.Exact, null, j + 2, negated: true);
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// True when the sentence is set in capitals or title case ("GUNMEN KILL 12", "At Least 12 Civilians Killed In Raid"):
        /// four in five of its words of four letters or more start with a capital, and there are three or more. Its capitals
        /// then name nothing: "KILLING 12" is no "Resolution 2254".
        /// </summary>
        private bool AllCapitals(int k)
        {
            var w = Word(k);
            if (w.Length < 2) return false;
            foreach (var c in w) if (char.IsLower(c)) return false;
            return true;
        }

        private bool Cased()
        {
            if (_cased is { } known) return known;
            int words = 0, capitalised = 0;
            for (int i = 0; i < _n; i++)
            {
                if (_t[i].Kind != TK.Word || _t[i].Length < 4) continue;
                words++;
                if (char.IsUpper(_s[_t[i].Start])) capitalised++;
            }
            return (_cased = words >= 3 && capitalised * 5 >= words * 4).Value;
        }

        private bool Excluded(int k, int last, NumberReading r)
        {
            foreach (var x in _times)
                if (x.Span.Overlaps(r.Span)) return true;
            if (IsP(last + 1, '%') || Is(last + 1, "percent") || Is(last + 1, "per")) return true;
            if (k > 0 && _t[k - 1].Kind == TK.Punct && _s[_t[k - 1].Start] is '$' or '£' or '€' or '#' or '№') return true;
            // ages: "a 12-year-old", "aged 12", "12 years old"
            if (Is(k - 1, "aged") || Is(k - 1, "age")) return true;
            // ("The two men, aged 25 and 31": both ages)
            if ((Is(k - 1, "and") || Is(k - 1, "to")) && k >= 3 && _t[k - 2].Kind == TK.Num && (Is(k - 3, "aged") || Is(k - 3, "ages"))) return true;
            // "A survey of 1,200 displaced families": the people asked, not the people the kind word counts
            if (Is(k - 1, "of") && (Is(k - 2, "survey") || Is(k - 2, "poll") || Is(k - 2, "sample") || Is(k - 2, "study"))) return true;
            // "one in three of the deaths", "nine in 10 people": a proportion, neither number a count
            // (not a count in a year: "up from 24.8 million in 2024")
            if (Is(last + 1, "in") && last + 2 < _n && StartsNumber(last + 2) && !ThingAfterNumber(last + 2) && !InTime(last + 2) || Is(k - 1, "in") && k >= 2 && (_t[k - 2].Kind == TK.Num || (Lexicon.Cues(Slot(k - 2)) & Cue.NumberStart) != 0)) return true;
            if (In(last + 1, W.Fractions)) return true;
            // "nine out of ten of the enclave's population", "one out of every three": a proportion when the whole is a share of
            // something ("of ...") or a rate ("every"), or nothing follows; "120 out of 150 passengers died" counts passengers
            if (Is(last + 1, "out") && Is(last + 2, "of") && OutOfWhole(last + 3) || Is(k - 1, "of") && Is(k - 2, "out") && OutOfWhole(k)
                || Is(k - 1, "every") && Is(k - 2, "of") && Is(k - 3, "out")) return true;
            // the whole of a count out of it is no figure of its own: "120 out of 150 passengers" (the 120 are counted)
            if (Is(k - 1, "of") && Is(k - 2, "out") && k >= 3 && (_t[k - 3].Kind == TK.Num || (Lexicon.Cues(Slot(k - 3)) & Cue.NumberStart) != 0)) return true;
            // "children under five": an age bound after the people it sorts
            if (Is(k - 1, "under") && k >= 2 && PluralWord(k - 2) && char.IsLower(_s[_t[k - 2].Start])) return true;
            if ((Is(last + 1, "year") || Is(last + 1, "years")) && (Is(last + 2, "old") || IsP(last + 2, '-'))) return true;
            if (IsP(last + 1, '-') && (Is(last + 2, "year") || Is(last + 2, "month")) ) return true;
            // years and clock readings
            if (r.Kind == NumberKind.Cardinal && _t[k].Kind == TK.Num && r.Span.Length == 4 && r.Value is >= 1900 and <= 2099) return true;
            // an older year before a name, as in a chronology: "1580 Ruy Lopez died" (a count of people names them in the plural:
            // "1500 Marines", "1200 Indian soldiers")
            // ("In 348 Pachomius died": an early year after "in", before a name, which may end in "s")
            if (r.Kind == NumberKind.Cardinal && _t[k].Kind == TK.Num && (r.Span.Length == 4 && r.Value is >= 1000 and < 1900 || Is(k - 1, "in") && r.Value is >= 1 and < 1000 && !r.Span.Of(_s).Contains(','))
                && last + 1 < _n && _t[last + 1].Kind == TK.Word && char.IsUpper(_s[_t[last + 1].Start]) && (!PluralWord(last + 1) || Is(k - 1, "in")) && !PluralWord(last + 2)) return true;
            if (_t[k].Kind == TK.Num && _s.AsSpan(_t[k].Start, _t[k].Length).Contains(':')) return true;
            // "Resolution 2254", "Brigade 93": a name before the number, mid-sentence
            // (not a word of ours in capitals, "AT LEAST 12", "KILLING 12", nor any word of a sentence set in capitals; nor a number
            // word in lower case, which no name takes: "while in Mexico five reporters were murdered")
            // (a word after an opening quote mark opens the quote's sentence: '"Another 15 are missing."')
            if (k > 0 && _t[k - 1].Kind == TK.Word && char.IsUpper(_s[_t[k - 1].Start]) && k - 1 > 0 && !IsQualifierWord(k - 1) && !IsOpeningQuote(k - 2)
                && !(_t[k].Kind == TK.Word && char.IsLower(_s[_t[k].Start]))
                && !(Slot(k - 1) != Lexicon.NoSlot && AllCapitals(k - 1)) && !Cased()) return true;
            // an age set off by commas after a name: "Alber Saber, 27, was arrested"
            if (_t[k].Kind == TK.Num && r.Kind == NumberKind.Cardinal && r.Value is >= 1 and <= 120 && IsP(k - 1, ',') && IsP(last + 1, ',')
                && k >= 2 && _t[k - 2].Kind == TK.Word && char.IsUpper(_s[_t[k - 2].Start])) return true;
            // "a father of four": a family's size
            if (Is(k - 1, "of") && In(k - 2, W.Kin)) return true;
            // "two more suspects -- one Arab, one Sudanese -- who had been arrested": the parts of a count, in an aside inside the
            // figure just made of it, are no count of their own
            if (k < _lastEnd && AsideOpensList(k)) return true;
            // "two teams, one national and one made up of refugees": a count of groups the people make up
            if (Is(last + 1, "made") && Is(last + 2, "up") && Is(last + 3, "of")) return true;
            // "Five members of one family": the household the people belong to
            if (Is(k - 1, "of") && Is(k - 2, "members")) return true;
            // a number glued to a hyphen or slash and more: "20-something", "one-time", "1-202-501-4444", "'88/89"
            if ((IsP(last + 1, '-') || IsP(last + 1, '/')) && Glued(last, last + 1) && last + 2 < _n && Glued(last + 1, last + 2)) return true;
            if ((IsP(k - 1, '/') || IsP(k - 1, '-')) && Glued(k - 1, k) && k >= 2 && Glued(k - 2, k - 1)) return true;
            // a reference mark, "[3]"; a broken group of thousands, "40 , 000"
            if (IsP(k - 1, '[') && IsP(last + 1, ']')) return true;
            if (_t[k].Kind == TK.Num && _s[_t[k].Start] == '0' && _t[k].Length > 1) return true;
            // a number word in a name: "arrest the Five Members", "the Big Three" (a headline in capitals has them before it too)
            if (_t[k].Kind == TK.Word && char.IsUpper(_s[_t[k].Start]) && k > 0 && _t[k - 1].Kind == TK.Word && char.IsLower(_s[_t[k - 1].Start])
                && (last + 1 >= _n || _t[last + 1].Kind == TK.Word && char.IsUpper(_s[_t[last + 1].Start])) && !Cased()) return true;
            // the whole a part is taken from: "one of the two pilots", "three of the 12 soldiers" (unless the whole's own words say
            // what happened to it: "half of the 2.3 million people in need", "one of the 40 people killed")
            if (Is(k - 1, "the") && Is(k - 2, "of") && k >= 3 && (_t[k - 3].Kind == TK.Num || (Lexicon.Cues(Slot(k - 3)) & Cue.NumberStart) != 0)
                && !KindRightAfterNoun(last + 1) && !(Stands(last + 1, last + 4, "survived") && SurvivorsOf(k, out _) >= 0)) return true;
            // a fraction of the whole: "Up to three-quarters of the 1.2 million residents have fled" (the fraction fled)
            // ("More than 70% of the 2.3 million population", "40 per cent of the 900 residents")
            if (Is(k - 1, "the") && Is(k - 2, "of") && (In(k - 3, W.Fractions) || Is(k - 3, "half") || Word(k - 3).Equals("third", StringComparison.OrdinalIgnoreCase)
                || IsP(k - 3, '%') || Is(k - 3, "percent") || Word(k - 3).Equals("cent", StringComparison.OrdinalIgnoreCase)
                || Word(k - 3).Equals("quarter", StringComparison.OrdinalIgnoreCase)) && !KindRightAfterNoun(last + 1)) return true;
            // "none of the 40 passengers were hurt" (but "None of the 40 passengers survived" counts the dead, below)
            if (Is(k - 1, "the") && Is(k - 2, "of") && Is(k - 3, "none") && !Stands(last + 1, last + 4, "survived")) return true;
            // "one" as a pronoun: "no one in China", "killing one another", "one that is executed", "one of its radio stations"
            if (last == k && Is(k, "one"))
            {
                if (In(k - 1, W.OneDeterminer) || In(k + 1, W.OnePronounNext)) return true;
                if (Is(k + 1, "of") && !KindWordWithin(k + 2, 8)) return true;
            }
            return false;
        }

        /// <summary>
        /// When the count from token <paramref name="k"/> to <paramref name="last"/>, digits and a scale word ("5 million"), follows
        /// digits and a point set off by spaces ("2 . 5 million", as tokenised text writes a number): the token of the whole
        /// number's digits, with the number read whole in <paramref name="r"/> (2,500,000); -1 when those digits are in the
        /// sentence before (its end cut at the point); -2 when the count is no such decimals.
        /// </summary>
        private int DecimalsOf(int k, int last, ref NumberReading r)
        {
            if (_t[k].Kind != TK.Num || last == k || !IsP(k - 1, '.') || k < 2 || _t[k - 2].Kind != TK.Num) return BrokenBeforeSentence(k, last) ? -1 : -2;
            var whole = _s.AsSpan(_t[k - 2].Start, _t[k - 2].Length);
            var decimals = _s.AsSpan(_t[k].Start, _t[k].Length);
            if (_t[k - 2].End + 1 != _t[k - 1].Start || _t[k - 1].End + 1 != _t[k].Start || decimals.ContainsAnyExcept("0123456789") || whole.ContainsAnyExcept("0123456789,")
                || !long.TryParse(decimals, out long d) || d == 0 || !long.TryParse(whole.ToString().Replace(",", ""), CultureInfo.InvariantCulture, out long w)) return -2;
            double scale = r.Low / d, point = d / Math.Pow(10, decimals.Length);
            r = new NumberReading(new TextSpan(_t[k - 2].Start, r.Span.End), (w + point) * scale, (w + point) * scale, r.Kind);
            return k - 2;
        }

        /// <summary>
        /// When the digits at <paramref name="k"/> (one to three, no leading zero, no time over them, no number before them) are
        /// followed by groups of three digits after spaced commas ("40 , 000", "1 , 250 , 000"): the last group's token, with the
        /// number read whole in <paramref name="r"/>; -1 otherwise.
        /// </summary>
        private int SpacedThousands(int k, ref NumberReading r)
        {
            if (_t[k].Kind != TK.Num || _t[k].Length > 3 || _s[_t[k].Start] == '0' || !IsP(k + 1, ',') || _t[k].End + 1 != _t[k + 1].Start) return -1;
            if (_s.AsSpan(_t[k].Start, _t[k].Length).ContainsAnyExcept("0123456789")) return -1;
            if (k > 0 && (_t[k - 1].Kind == TK.Num || IsP(k - 1, ',') && k > 1 && _t[k - 2].Kind == TK.Num)) return -1; // "3 , 12 , 000": a list
            foreach (var x in _times)
                if (x.Span.Start < _t[k].End && _t[k].Start < x.Span.End) return -1; // "May 12 , 300 people"
            long value = long.Parse(_s.AsSpan(_t[k].Start, _t[k].Length), CultureInfo.InvariantCulture);
            int g = k;
            while (IsP(g + 1, ',') && g + 2 < _n && _t[g + 2].Kind == TK.Num && _t[g + 2].Length == 3 && _t[g].End + 1 == _t[g + 1].Start && _t[g + 1].End + 1 == _t[g + 2].Start
                   && !_s.AsSpan(_t[g + 2].Start, 3).ContainsAnyExcept("0123456789") && value < 1_000_000_000)
            {
                value = value * 1000 + long.Parse(_s.AsSpan(_t[g + 2].Start, 3), CultureInfo.InvariantCulture);
                g += 2;
            }
            if (g == k) return -1;
            r = new NumberReading(new TextSpan(_t[k].Start, _t[g].End), value, value, NumberKind.Cardinal);
            return g;
        }

        /// <summary>True when the count at <paramref name="k"/> opens its sentence right after digits and a spaced point: "£ 59 . | 5 million".</summary>
        private bool BrokenBeforeSentence(int k, int last)
        {
            if (k != 0 || _t[k].Kind != TK.Num || last == k) return false;
            int at = _t[k].Start - 1;
            if (at < 2 || _s[at] != ' ' || _s[at - 1] != '.' || _s[at - 2] != ' ') return false;
            at -= 3;
            while (at >= 0 && _s[at] == ' ') at--;
            return at >= 0 && char.IsAsciiDigit(_s[at]);
        }

        /// <summary>
        /// The whole of "N out of M" read from <paramref name="k"/> ("ten", "every three"): true when it makes a proportion, the
        /// number followed by "of", a comma, a dash or the sentence's end, or "every" before it.
        /// </summary>
        private bool OutOfWhole(int k)
        {
            if (Is(k, "every")) return true;
            if (k >= _n || !StartsNumber(k)) return false;
            int j = k + 1;
            while (j < _n && _t[j].Kind == TK.Word && (Lexicon.Cues(Slot(j)) & Cue.NumberStart) != 0) j++; // "one hundred"
            return j >= _n || Is(j, "of") || IsP(j, ',') || IsP(j, '.') || IsP(j, ')') || IsP(j, '-') || IsP(j, '—') || IsP(j, '–');
        }

        /// <summary>True when tokens <paramref name="from"/>..<paramref name="to"/> are a place word and a name ("in Sudan", "in the Gaza Strip").</summary>
        private bool PlacePhrase(int from, int to)
        {
            if (to <= from || to - from > 5 || (Lexicon.Cues(Slot(from)) & Cue.PlaceLead) == 0) return false;
            for (int j = from + 1; j <= to; j++)
                if (_t[j].Kind != TK.Word || !(char.IsUpper(_s[_t[j].Start]) || Is(j, "the") || Is(j, "of"))) return false;
            return char.IsUpper(_s[_t[to].Start]);
        }

        /// <summary>The first kind word among the four words from <paramref name="k"/> ("later died", "were killed"), or null.</summary>
        private (FigureKind Kind, int At)? KindVerbAfter(int k)
        {
            for (int j = k; j < Math.Min(_n, k + 4); j++)
            {
                if (_t[j].Kind != TK.Word) return null;
                if (Lexicon.After(Slot(j)) is FigureKind kind) return (kind, j);
            }
            return null;
        }

        /// <summary>
        /// True when, after the shelter at token <paramref name="shelter"/>, the sentence names the country the people are in and
        /// then, after "fleeing"/"fled", another country ("in crowded camps in Bangladesh, ... since fleeing ... in Myanmar").
        /// </summary>
        private bool FledAnotherCountry(int shelter)
        {
            if (!doc.Has(Layer.Places)) return false;
            int flee = -1;
            for (int k = shelter + 1; k < _n && flee < 0; k++)
                if (Is(k, "fled") || Word(k).Equals("fleeing", StringComparison.OrdinalIgnoreCase)) flee = k;
            if (flee < 0) return false;
            string? inCountry = null, fromCountry = null;
            foreach (var p in doc.Places)
            {
                if (p.Span.Start >= _t[shelter].End && p.Span.End <= _t[flee].Start) inCountry ??= p.Country;
                else if (p.Span.Start >= _t[flee].End && p.Span.End <= sentence.End) fromCountry ??= p.Country;
            }
            return inCountry is { Length: > 0 } && fromCountry is { Length: > 0 } && inCountry != fromCountry;
        }

        /// <summary>"crossed into", "crossed the border" among the four tokens from <paramref name="k"/>: the token of "crossed", or -1.</summary>
        private int CrossedAfter(int k)
        {
            for (int m = k; m < Math.Min(_n, k + 4) && _t[m].Kind == TK.Word; m++)
                if (Is(m, "crossed") && (Is(m + 1, "into") || Is(m + 1, "the") && Is(m + 2, "border"))) return m;
            return -1;
        }

        /// <summary>The token of a place people shelter in after fleeing among the four tokens from <paramref name="k"/> ("1,600
        /// evacuation centres", "schools"), or -1.</summary>
        private int ShelterWithin(int k)
        {
            for (int j = k; j < Math.Min(_n, k + 4); j++)
                if (In(j, W.Shelters)) return j;
            return -1;
        }

        /// <summary>"relatives", "host families", "friends" (perhaps after "their"): people who take in the uprooted; the token, or -1.</summary>
        private int HostsAt(int k)
        {
            if (Is(k, "their")) k++;
            var w = Word(k);
            return w.Equals("relatives", StringComparison.OrdinalIgnoreCase) || w.Equals("friends", StringComparison.OrdinalIgnoreCase) ? k
                : w.Equals("host", StringComparison.OrdinalIgnoreCase) && Word(k + 1).StartsWith("famil", StringComparison.OrdinalIgnoreCase) ? k + 1 : -1;
        }

        /// <summary>"140 in three months", "12 in two attacks": the number at <paramref name="k"/> counts the thing after it (no proportion).</summary>
        private bool ThingAfterNumber(int k)
        {
            for (int j = k; j < Math.Min(_n, k + 4); j++)
                if ((Lexicon.Cues(Slot(j)) & Cue.Thing) != 0) return true;
            return false;
        }

        /// <summary>True when token <paramref name="k"/> lies in one of the sentence's time expressions ("in March 2023").</summary>
        private bool InTime(int k)
        {
            var at = new TextSpan(_t[k].Start, _t[k].End);
            foreach (var x in _times)
                if (x.Span.Overlaps(at)) return true;
            return false;
        }

        /// <summary>True when token <paramref name="k"/> is a quotation mark that opens (text follows it at once).</summary>
        private bool IsOpeningQuote(int k) =>
            (uint)k < (uint)_n && _t[k].Kind == TK.Punct && _s[_t[k].Start] is '"' or '“' or '‘' or '\'' && Glued(k, k + 1);

        /// <summary>A lowercase particle inside a place name: "Dar es Salaam", "Ras al Khaimah", "Rio de Janeiro".</summary>
        private bool IsNameParticle(int k) => _t[k].Length <= 5 && char.IsLower(_s[_t[k].Start]) && Events.PersonNames.IsParticle(Word(k));

        /// <summary>
        /// "Port-au-Prince", "Aix-en-Provence": a short lowercase word hyphened between two parts of a name, the second capitalised.
        /// </summary>
        private bool LinkInName(int k) =>
            _t[k].Length <= 4 && char.IsLower(_s[_t[k].Start]) && IsP(k + 1, '-') && Glued(k, k + 1) && Glued(k + 1, k + 2)
            && _t[k + 2].Kind == TK.Word && char.IsUpper(_s[_t[k + 2].Start]);

        /// <summary>True when tokens <paramref name="a"/> and <paramref name="b"/> touch (no space between them).</summary>
        private bool Glued(int a, int b) => (uint)a < (uint)_n && (uint)b < (uint)_n && _t[a].End == _t[b].Start;

        /// <summary>
        /// True when one of the <paramref name="count"/> words from <paramref name="from"/>, before a punctuation mark or a
        /// relative pronoun, says what happened to people ("one of those wounded", "one of our soldiers has been killed";
        /// not "one of its radio stations that ... killed").
        /// </summary>
        private bool KindWordWithin(int from, int count)
        {
            for (int j = from; j < Math.Min(_n, from + count); j++)
            {
                if (_t[j].Kind != TK.Word || In(j, W.OnePronounNext)) return false;
                if (Lexicon.After(Slot(j)) is not null) return true;
            }
            return false;
        }

        private bool IsQualifierWord(int k) => In(k, W.Qualifiers);

        /// <summary>
        /// True when the noun phrase from token <paramref name="j"/> (up to three words) ends in a participle or "in need" that
        /// describes its people ("people in need", "civilians killed"), not in a verb of its own clause ("soldiers were killed").
        /// </summary>
        private bool KindRightAfterNoun(int j)
        {
            for (int end = j + 3; j < end && j < _n && _t[j].Kind == TK.Word && !Stop(j) && Lexicon.After(Slot(j)) is null; j++) { }
            return Is(j, "in") && Is(j + 1, "need") || In(j, W.Participles);
        }

        /// <summary>True when every token in [<paramref name="from"/>, <paramref name="to"/>) is a word of <paramref name="set"/>.</summary>
        private bool AllIn(int from, int to, ulong set)
        {
            for (int k = from; k < to; k++)
                if (!In(k, set)) return false;
            return true;
        }

        /// <summary>
        /// The first word in [<paramref name="from"/>, <paramref name="to"/>) that says what happened to the people "the number of"
        /// counts ("the number of people killed", "the number of IDPs", "the number of internally displaced persons"), with its
        /// token; null when none does. Words of dwelling and need ("living", "needs") say nothing of harm here.
        /// </summary>
        private (FigureKind, int)? KindWordOf(int from, int to)
        {
            for (int k = from; k < to; k++)
            {
                if (_t[k].Kind == TK.Punct) return null;
                if (Lexicon.After(Slot(k)) is FigureKind kind) return kind == FigureKind.Affected && !Is(k, "affected") ? null : (kind, k);
            }
            return null;
        }

        private bool TryFigure(int k, int last, NumberReading r, out Figure? f, out bool absurd)
        {
            f = null; absurd = false;
            // qualifier before the count
            int qs = QualifierBefore(k, out var qual);
            // victims and kind after the count
            int v = last + 1, after = last;
            // "50 or more people", "a dozen or so protesters": a qualifier after the count
            if (Is(v, "or") && (Is(v + 1, "more") || Is(v + 1, "so")) && qual == Qualifier.Exact && r.Kind == NumberKind.Cardinal)
            {
                qual = Is(v + 1, "more") ? Qualifier.AtLeast : Qualifier.Approx;
                v += 2;
                after = v - 1;
            }
            // "2,200+ people", "killed 40+": more than the number
            else if (IsP(v, '+') && Glued(last, v) && qual == Qualifier.Exact && r.Kind == NumberKind.Cardinal) { qual = Qualifier.MoreThan; v++; after = v - 1; }
            if (r.Kind == NumberKind.Vague && Is(v, "of")) v++;
            // "120 out of 150 passengers": the people counted come after the whole
            if (Is(v, "out") && Is(v + 1, "of") && v + 2 < _n && _t[v + 2].Kind == TK.Num && NumberReader.TryRead(_s, _t[v + 2].Start, sentence.End, out var outOf))
                while (v < _n && _t[v].Start < outOf.Span.End) v++;
            if (Is(v, "the") && r.Kind == NumberKind.Vague) v++;
            // "two of its soldiers were killed": the people after a partitive's determiner
            else if (Is(v, "of") && (In(v + 1, W.Possessives) || Is(v + 1, "its") || Is(v + 1, "the")) && PluralWord(v + 2) && (Lexicon.Cues(Slot(v + 2)) & Cue.Thing) == 0
                     && Lexicon.After(Slot(v + 2)) is null) v += 2;
            // "Nine people, six of them children, were killed": the people after "of them" in an aside
            else if (Is(v, "of") && Is(v + 1, "them") && IsP(qs - 1, ',') && PluralWord(v + 2) && (Lexicon.Cues(Slot(v + 2)) & Cue.Thing) == 0
                     && Lexicon.After(Slot(v + 2)) is null) v += 2;
            int victimsStart = -1, victimsEnd = -1;
            int j = v, peopleReach = v + 3; // three words ("pro-Assad" is one)
            // ("Kills Seven Near Mogadishu Checkpoint", "injured nine overnight": a place's or a time's words end the people)
            // ("10 U.S. soldiers": the points of an initialism inside the people's words)
            while (j < _n && j < peopleReach && (_t[j].Kind == TK.Word && !Stop(j) && (Lexicon.Cues(_slots[j]) & Cue.PlaceLead) == 0 && !InTime(j)
                   || victimsStart >= 0 && IsP(j, '.') && InitialismPoint(j) && j + 1 < _n && _t[j + 1].Kind == TK.Word))
            {
                if (_t[j].Kind == TK.Punct) { victimsEnd = j++; peopleReach++; continue; }
                var w = Word(j);
                if ((Lexicon.Cues(_slots[j]) & Cue.Thing) != 0) return false;
                if (Lexicon.After(_slots[j]) is not null && !In(j, W.HeldPeople) || Is(j, "crossed") || Is(j, "survived")) break; // ("Only three of the 40 survived")
                if (victimsStart < 0) victimsStart = j;
                victimsEnd = j;
                j++;
                // An English plural head noun ends the noun phrase: "6,400 refugees | crossed", "Syrian soldiers | died" (not a
                // collective before the people it describes: "97 police officers")
                if (w.Length > 3 && w[^1] == 's' && !IsP(j, '-') || PersonHead(w) && !((w is "police" or "staff") && j < _n && _t[j].Kind == TK.Word && PluralWord(j) && Lexicon.After(_slots[j]) is null && !Stop(j))) break;
                if (IsP(j, '-') && j + 1 < _n && _t[j + 1].Kind == TK.Word && _t[j].End == _t[j + 1].Start) { j++; peopleReach += 2; }
                // "dozens of western and Asian hostages": two describing words joined by "and"/"or" before the people
                else if ((Is(j, "and") || Is(j, "or")) && !PersonHead(w) && j + 2 < _n && _t[j + 1].Kind == TK.Word && _t[j + 2].Kind == TK.Word && !Stop(j + 1)
                         && !PluralWord(j + 1) && Lexicon.After(_slots[j + 1]) is null && PluralWord(j + 2) && (Lexicon.After(_slots[j + 2]) is null || In(j + 2, W.HeldPeople)) && !Stop(j + 2)
                         && (Lexicon.Cues(_slots[j + 2]) & Cue.Thing) == 0) { j++; peopleReach += 2; }
            }
            // "231 members of the security forces", "20 relatives of the victims": the body they belong to says who they are
            if (victimsEnd >= 0 && victimsEnd == j - 1 && (Word(victimsEnd) is "members" or "relatives" or "supporters" or "employees") && Is(j, "of"))
            {
                int o = Is(j + 1, "the") || In(j + 1, W.Possessives) || Is(j + 1, "its") ? j + 2 : j + 1;
                for (int e = o; e < _n && e < o + 4 && _t[e].Kind == TK.Word && !Stop(e) && Lexicon.After(_slots[e]) is null && !InTime(e); e++)
                {
                    victimsEnd = e;
                    if (PluralWord(e)) break;
                }
            }
            // "One man's search for his missing son": the count is of the one the possessive names, not of the people a kind
            // word after it is about ("17 women's rights activists" counts the activists)
            if (victimsEnd >= 0 && !PluralWord(victimsEnd) && (IsP(victimsEnd + 1, '\'') || IsP(victimsEnd + 1, '’')) && Glued(victimsEnd, victimsEnd + 1) && Is(victimsEnd + 2, "s")
                && Glued(victimsEnd + 1, victimsEnd + 2) && Lexicon.After(Slot(victimsEnd + 3)) is null) return false;
            FigureKind? kind = null;
            int kindTok = -1;
            int spanStart = qs;
            bool estimated = false;

            // a fact box: "Total dead: 192", "Injured: 4,877", "Displaced since April 2023: 11.3 million", "Refugees in neighbouring
            // countries: 3.8 million" (the label's first kind word, on the count's line)
            if (IsP(qs - 1, ':'))
                for (int label = qs - 2; label >= 0 && label >= qs - 8 && !LineBreakBetween(label, qs - 1); label--)
                {
                    if (_t[label].Kind == TK.Punct && !IsP(label, '-')) break;
                    if (Lexicon.After(Slot(label)) is FigureKind boxed && boxed != FigureKind.Affected) { kind = boxed; kindTok = label; spanStart = label; }
                    else if (Is(label, "food") && (Is(label + 1, "insecurity") || Is(label + 1, "insecure"))) { kind = FigureKind.WithoutFood; kindTok = label + 1; spanStart = label; }
                    // "People in need: 30.4 million", "People affected: 2 million"
                    else if (Is(label, "need") && Is(label - 1, "in") || Is(label, "affected")) { kind = FigureKind.Affected; kindTok = label; spanStart = Is(label, "need") ? label - 1 : label; }
                }
            // a governing verb or noun just before: "killing 12", "the death toll rose to 52", 'killed "more than 40 soldiers"'
            int b = qs - 1;
            if (kind is null && IsOpeningQuote(b)) b--;
            // 'its troops had "neutralised" 12 assailants': a verb quoted
            else if (kind is null && b > 0 && _t[b].Kind == TK.Punct && _s[_t[b].Start] is '"' or '”' or '’' && Glued(b - 1, b) && _t[b - 1].Kind == TK.Word
                     && Lexicon.Before(Slot(b - 1)) is not null) b--;
            for (int steps = 0; kind is null && b >= 0 && steps < 5; steps++, b--)
            {
                if (_t[b].Kind != TK.Word || Slot(b) < 0) break; // every word tested below is a lexicon word
                if (Lexicon.Before(Slot(b)) is FigureKind bk)
                {
                    // ("We lost thousands of lives": the lives say it; "lost 12 tanks": no one)
                    if (Is(b, "lost") && !(victimsEnd >= 0 && (W.Captives.Contains(Word(victimsEnd)) || W.Fighters.Contains(Word(victimsEnd))))) break;
                    if (Is(b, "toll") && (Is(b - 1, "injury") || Is(b - 1, "casualty") || In(b + 1, W.TollCharge))) break;
                    // ("Among the wounded were 15 children", "the injured included": a participle after "the" is a noun, as "the dead")
                    if (In(b, W.Participles) && !Is(b - 1, "the"))
                    {
                        // "were killed 12" is odd English; a participle before a count is an active verb only right before it
                        // or before words that add to an earlier count ("displaced a further 21,000 people")
                        if (steps > 0 && !AllIn(b + 1, qs, W.Further)) break;
                        if (In(b - 1, W.Passive)) break;
                    }
                    kind = bk; kindTok = b; spanStart = b;
                    break;
                }
                // "the death toll is in the hundreds", "ran into the thousands": a vague magnitude the toll is in
                // "has claimed the lives of at least 300 people"
                if (Is(b, "lives") && Is(b + 1, "of") && Is(b - 1, "the") && In(b - 2, W.TookLives)) { kind = FigureKind.Killed; kindTok = b; spanStart = b - 2; break; }
                if (!In(b, W.TollLead) && !(r.Kind == NumberKind.Vague && (Is(b, "in") || Is(b, "into")) && Is(b + 1, "the"))) break;
            }

            // "relief camps were housing about 150,000 people", "schools sheltering 4,000 people": those taken in once uprooted
            if (kind is null && (Is(qs - 1, "housing") || Is(qs - 1, "hosting") || Is(qs - 1, "sheltering")))
                for (int h = qs - 2; h >= 0 && h >= qs - 4 && _t[h].Kind == TK.Word; h--)
                    if (In(h, W.Shelters)) { kind = FigureKind.Displaced; kindTok = h; spanStart = h; break; }
            // "its teams had evacuated 210 wounded", "evacuated 30 bodies": the people are the wounded (the dead), moved for care
            if (kind == FigureKind.Displaced && kindTok < qs && (Is(kindTok, "evacuated") || Is(kindTok, "evacuating")) && last + 1 < _n
                && Lexicon.After(Slot(last + 1)) is FigureKind moved && moved is FigureKind.Wounded or FigureKind.Killed)
            { kind = moved; kindTok = last + 1; }
            // "seized" takes people only when it names them: "seized at least 287 pupils", not "seized 40 kilograms of heroin"
            if (kind == FigureKind.Kidnapped && Is(kindTok, "seized") && !(victimsEnd >= 0 && W.Captives.Contains(Word(victimsEnd)))) return false;
            // and "captured" people, fighters or "others" ("captured four others"), not towns or weapons ("captured three villages")
            if (kind == FigureKind.Detained && (Is(kindTok, "captured") || Is(kindTok, "capturing")) && kindTok < qs
                && !(victimsEnd >= 0 && (W.Captives.Contains(Word(victimsEnd)) || W.Fighters.Contains(Word(victimsEnd)) || In(victimsEnd, W.Other)))) return false;
            // (an army's losses are its killed and wounded; a family's are its dead: "The family lost three children")
            // ("we have lost at least 80 peacekeepers ..., all of whom gave their lives": the clause after says they died)
            if (kind == FigureKind.Other && Is(kindTok, "lost") && kindTok < qs && (!W.Fighters.Contains(Word(victimsEnd)) || GaveLives(last + 1))) kind = FigureKind.Killed;
            if (kind is null && In(qs - 1, W.ToCount))
            {
                // "the death toll from Sunday's strike on the camp rose to 52": the toll noun may sit a phrase away
                // ("The number of children treated for malnutrition rose by 27 per cent on last year, to 89,000": the rise set off)
                bool risen = In(qs - 2, W.Rise) || IsP(qs - 2, ',') && RiseWithin(qs - 3, qs - 15);
                // "put the number of deaths from violence, famine and disease at between 385,000 and 600,000": a list inside the
                // phrase, when "put the number ... at" holds it
                bool listed = false;
                for (int back = qs - 2; back >= 0 && back >= qs - 28; back--)
                {
                    if (_t[back].Kind == TK.Punct && _s[_t[back].Start] == ',' && !risen && Is(qs - 1, "at")) { listed = true; continue; }
                    if (_t[back].Kind == TK.Punct && (_s[_t[back].Start] is ';' or ':' or '.' || _s[_t[back].Start] == ',' && !risen)) break;
                    if (listed && !(Is(back - 1, "the") && Is(back - 2, "put"))) continue;
                    if (Is(back, "toll") && !Is(back - 1, "injury") && !Is(back - 1, "casualty") && !In(back + 1, W.TollCharge)) { kind = FigureKind.Killed; kindTok = back; spanStart = back; break; }
                    // "Ukraine's general staff put Russian losses at 1,210 troops": an army's losses, killed and wounded
                    if (Is(back, "losses") && Is(qs - 1, "at") && (Is(back - 1, "put") || Is(back - 1, "puts") || Is(back - 2, "put") || Is(back - 2, "puts")))
                    { kind = FigureKind.Other; kindTok = back; spanStart = back - 1; break; }
                    // "the number of people killed in the province has risen to 4,525", "bringing the number of IDPs to 2.8 million"
                    // ("bringing the total number displaced by the seven-year conflict to about 580,000")
                    // ("bringing its count of Russian soldiers killed or wounded ... to about 1,085,000")
                    if ((Is(back, "number") || Is(back, "count")) && KindWordOf(Is(back + 1, "of") ? back + 2 : back + 1, qs - 1) is var (nk, nt)) { kind = nk; kindTok = nt; spanStart = back; break; }
                }
                // "Nearly 90,000 refugees have arrived ..., bringing the total to over 700,000": the total is of the last figure's kind
                // (and "bringing the total since April 2023 to more than 800,000": a time between)
                if (kind is null && TotalTo(qs) is var total and >= 0 && _lastKind is FigureKind totalled)
                { kind = totalled; kindTok = total; spanStart = total - 2; }
                if (kind is not null && In(qs - 1, W.Exceeds) && qual == Qualifier.Exact) qual = Qualifier.MoreThan;
                if (kind is not null && In(qs - 1, W.Nearing) && qual == Qualifier.Exact) qual = Qualifier.LessThan;
            }
            // "killed his mother and 10 other people", "killing a British pilot and 19 others", "killing a couple and their seven
            // children", "killed the village chief and three of his sons": the verb's object goes on
            // ("killed the village chief and three of his sons": a partitive after "and" too)
            // ("killed the groom and 12 guests": people that end the clause)
            int and = Is(qs - 1, "and") && (In(last + 1, W.Other) || Is(last + 1, "of") && (In(last + 2, W.Possessives) || Is(last + 2, "its"))
                    || victimsEnd >= 0 && PluralWord(victimsEnd) && (victimsEnd + 1 >= _n || _t[victimsEnd + 1].Kind == TK.Punct))
                ? qs - 1 : In(qs - 1, W.Possessives) && Is(qs - 2, "and") ? qs - 2 : -1;
            // (not people with a verb of their own after them: "killed a guard at the gate and two others were wounded")
            if (kind is null && and >= 0 && !OwnVerbAt((victimsEnd >= 0 ? victimsEnd : last) + 1))
            {
                for (int back = and - 1; back >= 0 && back >= and - 7; back--)
                {
                    if (_t[back].Kind == TK.Punct && _s[_t[back].Start] is '\'' or '’') continue; // "the school's caretaker"
                    // "killed the governor, his deputy and four others": a list of two people, one on each side of the comma
                    if (IsP(back, ',') && OnePersonEnding(and - 1) == back + 1 && OnePersonEnding(back - 1) >= 0) continue;
                    // "killed two soldiers, a teacher and three other people": the list goes on from the figure before, whose verb
                    // it shares (that figure counts the soldiers; this one the teacher and the three)
                    if (IsP(back, ',') && _lastEnd == back - 1 && _lastKind is FigureKind listed && OnePersonEnding(and - 1) == back + 1)
                    { kind = listed; kindTok = victimsEnd >= 0 ? victimsEnd : last; break; }
                    if (IsP(back, '-') && Glued(back - 1, back) && Glued(back, back + 1)) continue; // "an off-duty police officer"
                    if (_t[back].Kind != TK.Word) break;
                    if (Lexicon.Before(Slot(back)) is FigureKind verb && !(In(back, W.Participles) && In(back - 1, W.Passive)))
                    {
                        kind = verb; kindTok = back; spanStart = back;
                        break;
                    }
                }
            }
            // "Her mother perished along with 10 others", "was arrested along with 13 other members of his party", "were killed in
            // the capital, along with five local employees": the count shares the kind word before "along with"; one person
            // before it is one more of "others" (below)
            int alongOne = -1;
            if (kind is null && Is(qs - 1, "with") && Is(qs - 2, "along") && AlongWith(qs - 3) is var (alongKind, alongTok))
            {
                kind = alongKind; kindTok = alongTok;
                if (r.Kind == NumberKind.Cardinal && In(last + 1, W.Other)) alongOne = OneBeforeAlong(alongTok, qs - 3);
            }
            long survivors = -1; // "Only 3 of the 40 passengers survived": the 3, whom the count of the dead leaves out
            int sheltering = -1; // "300,000 people are sheltering in evacuation centres" (the shelter's token): displaced, unless a stronger word follows
            int stillIn = -1; // "260,000 people are still inside the city, which has been besieged" ("inside"): affected, the same
            if (kind is null)
            {
                // scan forward through the clause for what happened to them
                int depth = 0;
                bool appositive = false;
                // (words set off in an aside do not count towards the reach: "1.9 million people, or nine out of ten of the
                // enclave's population, have been displaced")
                for (int a = Math.Max(j, last + 1), reach = last + 16; a < _n && a < reach; a++)
                {
                    var tk = _t[a];
                    if (depth > 0 && reach < last + 40) reach++;
                    if (tk.Kind == TK.Punct)
                    {
                        char c = _s[tk.Start];
                        if (c is '(' or '[') { depth++; continue; }
                        if (c is ')' or ']') { depth = Math.Max(0, depth - 1); continue; }
                        // "At least 19 people, including seven children, died", "1.7 million people, or 75 per cent of the
                        // population, have been displaced": the phrase set off by commas says more of those counted
                        if (c == ',' && appositive) { appositive = false; depth = 0; continue; }
                        if (c == ',' && depth == 0 && OpensAside(a + 1)) { appositive = true; depth = 1; continue; }
                        if (c is '–' or '—') { depth = depth == 0 ? 1 : 0; continue; }
                        if (c is ';' or ':' or '.' or '?' or '!' && depth == 0) break;
                        // "The two armies traded blame, with Yerevan saying two soldiers were killed": a clause of its own follows
                        if (c == ',' && depth == 0 && Is(a + 1, "with")) break;
                        // "Russia had lost 1,040 troops over the same period, bringing its count of soldiers killed or wounded to ...":
                        // the total's words are not the addition's
                        if (c == ',' && depth == 0 && In(a + 1, W.Raising)) break;
                        // "..., half a million across the province, and that scores of children had died": a reported clause of its own
                        if (c == ',' && depth == 0 && Is(a + 1, "and") && Is(a + 2, "that")) break;
                        // "killed 258 people, including 12 Americans, and injured more": the Americans are among the dead
                        // (", among them nine aid workers, and forcing thousands to flee" too)
                        if (c == ',' && depth == 0 && Is(a + 1, "and") && PartOfLast(qs) && _lastKind is FigureKind lk)
                        {
                            kind = lk; kindTok = victimsEnd >= 0 ? victimsEnd : last;
                            break;
                        }
                        continue;
                    }
                    if (depth > 0) continue;
                    // "Two journalists among 8 killed in Gaza strike": one count among another's dead
                    if (Is(a - 1, "among") && StartsNumber(a))
                    {
                        // ("Two paramedics were among at least 12 people killed": past the other count's qualifier)
                        for (int m = a + 1; m < Math.Min(_n, a + 6) && kind is null && _t[m].Kind != TK.Punct; m++)
                            if (Lexicon.After(Slot(m)) is FigureKind amongKind && amongKind != FigureKind.Affected) { kind = amongKind; kindTok = m; }
                        break;
                    }
                    // "Two women aged 67 and 72 were killed": their ages are no count that ends the phrase
                    if (Is(a, "aged") || Is(a, "ages"))
                    {
                        while (a + 1 < _n && (_t[a + 1].Kind == TK.Num || Is(a + 1, "and") || Is(a + 1, "to") || IsP(a + 1, ',') && a + 2 < _n && _t[a + 2].Kind == TK.Num)) a++;
                        continue;
                    }
                    // "43,400 people in 20 villages were affected": a count of the places they are in is no new figure
                    if (tk.Kind == TK.Num && !((Lexicon.Cues(Slot(a - 1)) & Cue.PlaceLead) != 0 && (Lexicon.Cues(Slot(a + 1)) & Cue.Thing) != 0)) break;
                    if (Slot(a) < 0) continue; // every word tested below is a lexicon word
                    if ((Is(a, "and") || Is(a, "or")) && a + 1 < _n && StartsNumber(a + 1))
                    {
                        // "Tens of thousands of people took to the streets, and at least 12 were killed": a clause of its own
                        if (IsP(a - 1, ',')) break;
                        // "Twenty-one hostages and four soldiers were killed": a verb after both counts, the first naming its people, is both's
                        int verb = a + 2;
                        while (verb < _n && verb < a + 8 && (_t[verb].Kind == TK.Num || IsP(verb, '-') || _t[verb].Kind == TK.Word && !Stop(verb) && Lexicon.After(Slot(verb)) is null)) verb++;
                        // ("The victims, 14 men and three women, were buried": the list set off after the noun it names)
                        if (IsP(verb, ',') && IsP(qs - 1, ',')) verb++;
                        // ("231 members of the security forces and 250 gunmen had also been killed")
                        if (victimsEnd >= 0 && (In(verb, W.Passive) || (Is(verb, "have") || Is(verb, "had")) && (Is(verb + 1, "been") || Is(verb + 1, "also") && Is(verb + 2, "been")))) { a = verb; continue; }
                        // ("the 12 pupils and three teachers killed in the attack": the participle right after both counts, with no
                        // verb before it, is both's too; not "eight of them Americans and over 1,000 injured", whose second count names
                        // no people)
                        if (victimsEnd >= 0 && verb > a + 2 && _t[verb - 1].Kind == TK.Word && PluralWord(verb - 1) && Lexicon.After(Slot(verb)) is not null
                            && Word(verb).EndsWith("ed", StringComparison.Ordinal)) { a = verb - 1; continue; }
                        break;
                    }
                    // "The outbreak has sickened more than 9,000 people and killed 150": a verb with a count of its own after it is
                    // that count's ("killed 150"), not this one's (not "were killed 2 km away", "killed 3 days ago")
                    if (a > last + 1 && Lexicon.Before(Slot(a)) is not null && StartsNumber(a + 1) && !InTime(a + 1) && (Lexicon.Cues(Slot(a + 2)) & Cue.Thing) == 0) break;
                    // "6.9 million Ukrainians are living as refugees abroad", "held as hostages": what they are now
                    if (Is(a, "as") && Lexicon.After(Slot(a + 1)) is FigureKind asKind && asKind is FigureKind.Refugees or FigureKind.Kidnapped or FigureKind.Detained)
                    { kind = asKind; kindTok = a + 1; break; }
                    // "59 hostages, at least 34 of whom Israel believes are dead": the part's own clause says what happened to it
                    if (Is(a, "of") && Word(a + 1).Equals("whom", StringComparison.OrdinalIgnoreCase) && a == last + 1) { a++; continue; }
                    if ((Lexicon.Cues(Slot(a)) & Cue.ClauseEnd) != 0) break;
                    // "200,000 of the guns ... go missing", "Number of hours prisoners were handcuffed": a count of things
                    if (Is(a, "of") && ThingAfterOf(a + 1)) return false;
                    if (In(a, W.Reckoned)) estimated = Is(a, "estimated");
                    // ("have no access to clean water", "lack access to safe drinking water", "cut off from water supplies")
                    if (In(a, W.Lacking) || Is(a, "no") && Is(a + 1, "access") || Is(a, "cut") && Is(a + 1, "off") && Is(a + 2, "from"))
                    {
                        for (int w2 = a + 1; w2 < Math.Min(_n, a + 7) && _t[w2].Kind == TK.Word; w2++)
                        {
                            if (Is(w2, "water")) { kind = FigureKind.WithoutWater; kindTok = w2; break; }
                            if (Is(w2, "food")) { kind = FigureKind.WithoutFood; kindTok = w2; break; }
                            // "18,000 households cut off from assistance", "no access to humanitarian aid": affected, in need of help
                            if (Is(w2, "aid") || Is(w2, "assistance")) { kind = FigureKind.Affected; kindTok = w2; break; }
                        }
                        if (kind is not null) break;
                    }
                    if (Is(a, "under") && Is(a + 1, "siege")) { kind = FigureKind.Besieged; kindTok = a + 1; break; }
                    // "An estimated 260,000 people are still inside the city, which has been besieged ...": as "still live in"
                    // (unless a stronger word follows: "Over half a million Syrians are still in areas besieged by ...")
                    if (stillIn < 0 && Is(a, "still") && (Is(a - 1, "are") || Is(a - 1, "were")) && (Is(a + 1, "in") || Is(a + 1, "inside")) && HasHardship() && ShelterWithin(a + 2) < 0)
                        stillIn = a + 1;
                    // "a further 19,000 were staying with relatives", "with host families": taken in once uprooted
                    if (sheltering < 0 && (Is(a, "staying") || In(a, W.Dwell)) && Is(a + 1, "with") && HostsAt(a + 2) is var host and >= 0) sheltering = host;
                    // ("Some 80,000 people remain in 30 temporary camps", "live in schools", "were in shelters": where people stay once
                    // uprooted)
                    if (sheltering < 0 && (Is(a, "sheltering") || In(a, W.Dwell) || Is(a, "were") || Is(a, "are")) && Is(a + 1, "in") && ShelterWithin(a + 2) is var shelter and >= 0)
                        sheltering = shelter;
                    if (Is(a, "in") && Is(a + 1, "need")) { kind = FigureKind.Affected; kindTok = a + 1; break; }
                    // "About 4,000 people took refuge in the cathedral compound", "have sought shelter in schools": uprooted, as fled
                    // ("sought refuge abroad": refugees). A shelter only where the uprooted stay: "took shelter in basements" as
                    // the sirens sounded is no flight
                    if (In(a, W.Sought) && (Is(a + 1, "refuge") || Is(a + 1, "shelter") && (Is(a + 2, "in") || Is(a + 2, "at")) && ShelterWithin(a + 3) >= 0))
                    {
                        kindTok = a + 1;
                        kind = FledAbroad(a + 2) >= 0 ? FigureKind.Refugees : FigureKind.Displaced;
                        break;
                    }
                    // "None of the 40 passengers survived": all of them died
                    if (Is(a, "survived") && Is(k - 3, "none") && Is(k - 2, "of")) { kind = FigureKind.Killed; kindTok = a; spanStart = k - 3; break; }
                    // "Only 3 of the 40 passengers survived": the others died (the toll is what a reader of figures counts; the
                    // survivors are no kind of ours), 37 killed
                    if (Is(a, "survived") && SurvivorsOf(k, out survivors) is var part and >= 0)
                    { kind = FigureKind.Killed; kindTok = a; spanStart = Is(part - 1, "only") ? part - 1 : part; break; }
                    // "more than 2 million people have been moved to safer places", "moved to safety": evacuated
                    if (Is(a, "moved") && Is(a + 1, "to") && (Is(a + 2, "safer") || Is(a + 2, "safety"))) { kind = FigureKind.Displaced; kindTok = a; break; }
                    // "Some 6,000 people crossed into Chad", "crossed the border": they fled the country
                    // (not fighters: "Two soldiers crossed the border and were arrested")
                    if (Is(a, "crossed") && (Is(a + 1, "into") || Is(a + 1, "the") && Is(a + 2, "border")) && !(victimsEnd >= 0 && W.Fighters.Contains(Word(victimsEnd))))
                    { kind = FigureKind.Refugees; kindTok = a; break; }
                    // "361 journalists are in prison", "8,000 Ukrainians remain in Russian captivity": held, so detained
                    // ("remain in immigration detention", "in police custody": a word saying what kind)
                    if (Is(a, "in") && (In(a + 1, W.Confinement) || a + 2 < _n && _t[a + 1].Kind == TK.Word && !Stop(a + 1) && In(a + 2, W.Confinement)))
                    {
                        kindTok = In(a + 1, W.Confinement) ? a + 1 : a + 2;
                        // "4,777 people were abducted ..., and more than 3,000 remained in captivity": still the kidnappers'
                        kind = Is(kindTok, "captivity") && _lastKind == FigureKind.Kidnapped ? FigureKind.Kidnapped : FigureKind.Detained;
                        break;
                    }
                    // "The violence has driven more than a million people from their homes", "forced 5,000 families from their homes"
                    if (Is(a, "from") && Is(a + 1, "their") && Is(a + 2, "homes") && Expelling(qs - 1)) { kind = FigureKind.Displaced; kindTok = a + 2; spanStart = qs - 1; break; }
                    // "Hundreds of thousands of people have been forced from their homes": the same in the passive
                    if (Is(a, "from") && Is(a + 1, "their") && Is(a + 2, "homes") && Expelling(a - 1) && In(a - 2, W.Passive)) { kind = FigureKind.Displaced; kindTok = a + 2; break; }
                    // "4.3 million people face acute food insecurity"
                    if (Is(a, "food") && (Is(a + 1, "insecurity") || Is(a + 1, "insecure"))) { kind = FigureKind.WithoutFood; kindTok = a + 1; break; }
                    if (Lexicon.After(Slot(a)) is FigureKind ak)
                    {
                        // "live"/"remain" only say where people are when a place follows: "still live in eastern Aleppo"
                        // and the sentence tells of hardship there ("under siege"): "700,000 Cubans living in Florida" is no figure
                        if (ak == FigureKind.Affected && In(a, W.Dwell) && (!(Is(a + 1, "in") || Is(a + 1, "inside")) || !HasHardship() || ShelterWithin(a + 2) >= 0)) continue; // (in a shelter: displaced, below)
                        // "death" is a kind word at the end of its phrase ("beaten to death"), not before a noun ("32 death claims",
                        // "death squads"); "lives" only when taken ("claimed 217 lives", "lives were lost"), not saved
                        if (ak == FigureKind.Killed && Is(a, "death") && !Is(a - 1, "to") && a + 1 < _n && _t[a + 1].Kind == TK.Word) continue;
                        // "sentenced 14 defendants to death", "condemned to death": a sentence, no death yet
                        if (ak == FigureKind.Killed && Is(a, "death") && Is(a - 1, "to") && (Word(qs - 1) is "sentenced" or "condemned" or "sentencing" || Word(last + 1) is "sentenced" or "condemned"
                            || Word(a - 2) is "sentenced" or "condemned")) return false;
                        // "More than 2,000 people attended the funeral of the slain activist": the kind word describes someone else
                        if (Is(a - 1, "the") && Is(a - 2, "of") && a - 2 > last + 2) break;
                        // ("held 40 hostages for a week in a siege that ended in the deaths of many": hostages, refugees or prisoners
                        // stay what they are when the kind word heads a phrase of its own further on)
                        if (Is(a - 1, "the") && victimsEnd >= 0 && In(victimsEnd, W.HeldPeople) && a > victimsEnd + 3) break;
                        // "all but 28 have now been returned, alive or dead": either, so neither
                        if (ak == FigureKind.Killed && Is(a, "dead") && (Is(a - 1, "or") && Is(a - 2, "alive") || Is(a + 1, "or") && Is(a + 2, "alive"))) break;
                        // "bodies" next to the count ("26 bodies", "12 charred bodies"), not "several scholarly bodies"
                        // "buried under the rubble", "buried alive": maybe trapped, maybe dead; no kind, unless they are still there
                        // ("Hundreds are still buried under the rubble": trapped, as "trapped under the rubble" is)
                        // (and only close to the count: "at least two bullets, that was found buried" buried a weapon)
                        if (ak == FigureKind.Killed && Is(a, "buried") && a <= last + 4 && (Is(a - 1, "still") || Stands(last + 1, a - 1, "remain", "remained"))
                            && (Word(a + 1).Equals("under", StringComparison.OrdinalIgnoreCase) || Word(a + 1).Equals("beneath", StringComparison.OrdinalIgnoreCase)))
                        { kind = FigureKind.Trapped; kindTok = a; break; }
                        if (ak == FigureKind.Killed && Is(a, "buried") && (a > last + 4 || Word(a + 1).Equals("under", StringComparison.OrdinalIgnoreCase)
                            || Word(a + 1).Equals("beneath", StringComparison.OrdinalIgnoreCase) || Word(a + 1).Equals("alive", StringComparison.OrdinalIgnoreCase)
                            || Is(a + 1, "in") && Is(a + 2, "the") && Word(a + 3).Equals("rubble", StringComparison.OrdinalIgnoreCase))) continue;
                        // "nine wounds on her chest" counts wounds; "treated 28 people for gunshot wounds" counts the wounded
                        if (ak == FigureKind.Wounded && Is(a, "wounds") && a == last + 1) return false;
                        // ("dozens of bodies lay in the streets": a vague count's "of")
                        if (ak == FigureKind.Killed && Is(a, "bodies") && a > last + 1 && !(a == last + 2 && (In(a - 1, W.BodyState) || Is(a - 1, "of") && r.Kind == NumberKind.Vague))) continue;
                        // "12 killings", "two extrajudicial killings": the count's own noun, not "1,500 marched to protest the killings"
                        if (ak == FigureKind.Killed && Is(a, "killings") && a > last + 2) continue;
                        if (ak == FigureKind.Killed && Is(a, "lives") && !In(qs - 1, W.TookLives) && !In(a + 1, W.TookLives)
                            && !(In(a + 1, W.Passive) && In(a + 2, W.TookLives))
                            && !(In(a - 1, W.Possessives) && In(a - 2, W.TookLives))) continue; // "Three soldiers lost their lives"
                        if (ak == FigureKind.Affected && In(a, W.Need) && !In(a + 1, W.Needed)) continue;
                        // "12 hunger strikers", "on hunger strike": a protest, not hunger
                        if (ak == FigureKind.WithoutFood && Is(a, "hunger") && In(a + 1, W.Strike)) continue;
                        // "One of the injured later died": "the injured" names the whole; what happened to the one comes after
                        // ("Some 5,000 of those displaced have crossed into Venezuela": refugees)
                        if ((Is(a - 1, "the") || Is(a - 1, "those")) && Is(a - 2, "of") && a - 2 == last + 1)
                        {
                            if (KindVerbAfter(a + 1) is { } then) { kind = then.Kind; kindTok = then.At; break; }
                            if (CrossedAfter(a + 1) is var crossed and >= 0) { kind = FigureKind.Refugees; kindTok = crossed; break; }
                        }
                        kind = ak; kindTok = a;
                        // "3.1 million who fled abroad", "fled the country", "fled to neighbouring countries": refugees
                        if (ak == FigureKind.Displaced && FledAbroad(a + 1) is var abroad and >= 0) { kind = FigureKind.Refugees; kindTok = abroad; }
                        // "30 others fled into the forest and are still missing": where the flight ended counts
                        else if (ak == FigureKind.Displaced)
                            for (int m = a + 1; m < Math.Min(_n, a + 9); m++)
                            {
                                if (_t[m].Kind != TK.Word && !IsP(m, ',')) break;
                                if (Lexicon.After(Slot(m)) is FigureKind.Missing) { kind = FigureKind.Missing; kindTok = m; break; }
                                // "10 other people fleeing Cuba drowned": "fleeing" says who they were; the verb after says what happened
                                if (Is(a, "fleeing") && Lexicon.After(Slot(m)) is FigureKind then and (FigureKind.Killed or FigureKind.Wounded or FigureKind.Detained or FigureKind.Kidnapped))
                                { kind = then; kindTok = m; break; }
                            }
                        break;
                    }
                }
            }
            if (kind is null)
            {
                // ("More than 1 million Rohingya live in crowded camps in Bangladesh, most of them since fleeing ... in Myanmar":
                // sheltering in one country after fleeing another makes refugees)
                if (sheltering >= 0) { kind = FledAnotherCountry(sheltering) ? FigureKind.Refugees : FigureKind.Displaced; kindTok = sheltering; }
                else if (stillIn >= 0) { kind = FigureKind.Affected; kindTok = stillIn; }
                // "refugees", "hostages", "prisoners" as the counted noun itself
                // (not those who have gone home: "Some 350,000 refugees have returned to Syria")
                if (victimsStart >= 0 && !Stands(victimsEnd + 1, victimsEnd + 3, "returned", "returning"))
                    for (int q = victimsStart; q <= victimsEnd; q++)
                        if (Lexicon.After(Slot(q)) is FigureKind nk && nk is FigureKind.Refugees or FigureKind.Kidnapped or FigureKind.Detained) { kind = nk; kindTok = q; }
                // "Camps have registered 200,000 new arrivals since April as families flee the fighting": people who fled, when the
                // sentence tells of flight ("a record 2 million tourist arrivals" is no figure); refugees when it tells of going
                // abroad, else displaced
                if (kind is null && victimsEnd >= 0 && Is(victimsEnd, "arrivals") && Flight() is { } fled) { kind = fled; kindTok = victimsEnd; }
                // "More than 12,000 people have arrived in Tawila ... after fighting spread": people (not journalists or
                // delegates) who arrived somewhere, in a sentence of flight, fled there
                if (kind is null && victimsEnd >= 0 && In(victimsEnd, W.Arrivers) && Flight() is { } came)
                    for (int at = victimsEnd + 1; at <= victimsEnd + 2 && at < _n; at++)
                        if (Is(at, "arrived")) { kind = came; kindTok = at; break; }
                        else if (!Is(at, "have") && !Is(at, "had")) break;
                // "... have been killed in the West Bank, including 250 children.": a count the sentence's last figure includes
                if (kind is null && PartOfLast(qs) && _lastKind is FigureKind included) // "..., among them three women"
                { kind = included; kindTok = victimsEnd >= 0 ? victimsEnd : last; }
                // "The blast killed 12 soldiers and 30 civilians", "killed a police officer and two civilians": a count joined
                // right after the last figure, with no word of its own, is of its kind
                // (also past the last figure's own place, elliptically: "11 were killed in Sudan and nine in Ukraine")
                // (or a comma, in a headline's list: "Jihadists kill 15 soldiers, 5 volunteers in ambush")
                // (not one with a verb of its own: "At least three people died and two others were hospitalised")
                // (nor one whose lone word is a participle of something else done to them: "Three were killed and two rescued")
                if (kind is null && _lastKind is FigureKind joined && !OwnVerbAt((victimsEnd >= 0 ? victimsEnd : last) + 1) && !OtherDeed(victimsStart, victimsEnd)
                    && (Is(qs - 1, "and") && (_lastEnd == qs - 2 && victimsEnd >= 0 || _lastEnd >= 0 && PlacePhrase(_lastEnd + 1, qs - 2) && (victimsEnd >= 0 || (Lexicon.Cues(Slot(last + 1)) & Cue.PlaceLead) != 0))
                        || IsP(qs - 1, ',') && _lastEnd == qs - 2 && victimsEnd >= 0 && PluralWord(victimsEnd)))
                { kind = joined; kindTok = victimsEnd >= 0 ? victimsEnd : last; }
                // "Three died in Kabul, two in Herat and one in Kandahar", "Four were stabbed to death, two strangled and one
                // shot": a list of counts after a figure, its verb given once (or each count a word of its own of how), each count
                // a figure of that one's kind (not summed: the first count may be a whole its parts repeat)
                if (kind is null && _lastKind is FigureKind gapped && GappedCount(qs, last, victimsStart, victimsEnd)) { kind = gapped; kindTok = last; }
                // "Punjab was the worst hit, with 223 deaths, followed by Khyber Pakhtunkhwa with 479": a bare count after "with"
                // that ends its phrase, in a sentence that has just counted one kind
                if (kind is null && _lastKind is FigureKind listed && victimsEnd < 0 && Is(qs - 1, "with") && _lastEnd >= 0
                    && (last + 1 >= _n || _t[last + 1].Kind == TK.Punct))
                { kind = listed; kindTok = last; }
                // "..., compared with 2,500 in the whole of last year", "rose to 4,310, up from 3,200 last week": an older count of the
                // last figure's kind
                if (kind is null && _lastKind is FigureKind older && victimsEnd < 0
                    && ((Is(qs - 1, "with") || Is(qs - 1, "to")) && Is(qs - 2, "compared") || Is(qs - 1, "from") && (Is(qs - 2, "up") || Is(qs - 2, "down"))))
                { kind = older; kindTok = last; }
                // "Of the 251 hostages seized in the attack, 94 remain in Gaza": a part of the whole the sentence opens with is of its kind
                if (kind is null && Is(0, "of") && (Is(1, "the") || Is(1, "those")) && IsP(qs - 1, ',')) // "Of those killed, 23 were children"
                {
                    for (int w = 2; w < qs - 1; w++)
                        if (Lexicon.After(Slot(w)) is FigureKind whole && whole != FigureKind.Affected) { kind = whole; kindTok = w; break; }
                    // (who the part are: "23 were children")
                    if (kind is not null && victimsEnd < 0 && Is(last + 1, "were") && PluralWord(last + 2) && Lexicon.After(Slot(last + 2)) is null)
                        victimsStart = victimsEnd = last + 2;
                }
                if (kind is null) return false;
            }

            if (r.High > MaxPlausible) { absurd = true; return false; }
            int pair = kind is FigureKind.Killed or FigureKind.Wounded or FigureKind.Missing ? KilledOrWounded(kindTok) : -1;
            if (pair >= 0) { kind = FigureKind.Other; spanStart = Math.Min(spanStart, pair); }
            if (qual == Qualifier.Exact && estimated) qual = Qualifier.Estimated;
            var bounds = BoundsOf(r, ref qual);
            if (survivors >= 0) bounds = Bounds.Exactly((long)r.Value - survivors);
            // "At least 10, possibly as many as 15, people were killed": the two bounds of one count
            // ("At least 30 people, and possibly as many as 50, were killed": past the people and "and")
            if (qual == Qualifier.UpTo && (Is(qs - 1, "possibly") || Is(qs - 1, "perhaps")) && LowBoundBefore(qs - 2, out int lowTok, out int lowPeople) is var lowComma && lowComma >= 0
                && QualifierBefore(lowTok, out var lowQual) is var lowStart && lowQual is Qualifier.AtLeast or Qualifier.MoreThan
                && NumberReader.TryRead(_s, _t[lowTok].Start, _t[lowTok].End, out var lowRead) && lowRead.Low <= r.High)
            {
                bounds = new Bounds((long)Math.Round(lowRead.Low), null, bounds.High);
                qual = Qualifier.Range;
                spanStart = Math.Min(spanStart, lowStart);
                if (victimsEnd < 0 && lowPeople > lowTok) { victimsStart = lowTok + 1; victimsEnd = lowPeople; }
            }
            // "killed the school's caretaker and 11 other people", "His mother and 10 others died": one person named before "and
            // N other(s)" is one of those the kind word counts, so the count is N + 1 ("other" then names no one; "his mother,
            // stepfather and eight other people": N + 2). So is one
            // person after the people counted: "120 soldiers and a general were killed" (121). An exact count only, and not a
            // person another figure has counted ("killing two protesters and 11 other people", "a couple and their five children")
            int extra = -1;
            if (alongOne >= 0)
            {
                spanStart = Math.Min(spanStart, alongOne);
                if (victimsStart >= 0 && In(victimsStart, W.Other) && ++victimsStart > victimsEnd) victimsStart = -1;
                bounds = More(bounds, 1);
            }
            // (not the object of a verb before when the others have a verb of their own: "killed the driver and two others were injured")
            else if (r.Kind == NumberKind.Cardinal && Is(qs - 1, "and") && In(last + 1, W.Other) && _lastEnd != qs - 2 && OneNamedBefore(qs - 1, out int named) is var namedAt and >= 0
                     && !(namedAt > 0 && Lexicon.Before(Slot(namedAt - 1)) is not null && OwnVerbAt((victimsEnd >= 0 ? victimsEnd : last) + 1)))
            {
                spanStart = Math.Min(spanStart, namedAt);
                if (victimsStart >= 0 && In(victimsStart, W.Other) && ++victimsStart > victimsEnd) victimsStart = -1;
                bounds = More(bounds, named);
            }
            else if (r.Kind == NumberKind.Cardinal && victimsEnd >= 0 && (PluralWord(victimsEnd) || FigureWords.IsPluralPerson(Word(victimsEnd))) && Is(victimsEnd + 1, "and") && In(victimsEnd + 2, W.Article)
                     && SingularPersonAfter(_t, _slots, victimsEnd + 2) is var one and >= 0
                     && !(Is(one + 1, "was") || Is(one + 1, "is") || Is(one + 1, "has")) && !Is(one + 1, "of") && !Possessive(one + 1)) // (a verb of the one's own: "and a civilian was wounded")
            {
                extra = one;
                bounds = More(bounds, 1);
            }
            // "2.5 million internally displaced people", "12 wounded soldiers": the people come after the kind word
            // (not when the people are named before it: "80,000 households fled towards the town")
            if (kindTok == j && kindTok + 1 < _n && _t[kindTok + 1].Kind == TK.Word && !Stop(kindTok + 1) && !(victimsEnd >= 0 && PluralWord(victimsEnd))
                && (Lexicon.Cues(Slot(kindTok + 1)) & (Cue.Thing | Cue.PlaceLead)) == 0 && Lexicon.After(Slot(kindTok + 1)) is null
                && PluralWord(kindTok + 1) && !InTime(kindTok + 1)) // (not a time's first word: "left 40 dead this week")
                victimsStart = victimsEnd = kindTok + 1;
            // "thousands of extra cancer deaths", "additional innocent lives": lowercase words right before the kind noun
            // describe the deaths, not the people ("one Iraqi dead", "Syrian soldiers killed" name them)
            if (victimsEnd >= 0 && kindTok == victimsEnd + 1 && char.IsLower(_s[_t[victimsEnd].Start]) && !PluralWord(victimsEnd)) victimsStart = -1;
            // "millions forced to flee": a lone participle is no one's name
            if (victimsStart >= 0 && victimsStart == victimsEnd && !PluralWord(victimsStart) && Word(victimsStart) is var lone && lone.Length > 4
                && char.IsLower(lone[0]) && lone.EndsWith("ed", StringComparison.Ordinal)) victimsStart = -1;
            // "eight are in custody at home and one overseas": a lone adverb of place says where, not who
            if (victimsStart >= 0 && victimsStart == victimsEnd && Word(victimsStart) is "overseas" or "abroad" or "elsewhere" or "nearby" or "locally") victimsStart = -1;
            // "Thousands more are trapped", "12 more soldiers": "more" adds to a count, it names no one
            if (victimsStart >= 0 && Is(victimsStart, "more") && ++victimsStart > victimsEnd) victimsStart = -1;
            string? victims = victimsStart >= 0 ? _s[_t[victimsStart].Start.._t[victimsEnd].End] : null;
            int end = Math.Max(Math.Max(Math.Max(Math.Max(after, kindTok), victimsEnd), pair), extra);
            f = Make(Math.Min(spanStart, qs), end, kind.Value, bounds, qual, victims, kindTok, negated: false);
            return true;
        }

        /// <summary>
        /// True when the count from <paramref name="qs"/> to <paramref name="last"/> goes on a list after the figure made last, with
        /// no verb of its own: after "and", or after a comma when the list goes on ("..., two strangled and one shot"); what
        /// follows the figure before it, and the count itself, is at most a short phrase of how or where ("in Kabul", "to
        /// death", "by gunfire", "on the ground") or a participle of harm (<see cref="W.HarmedHow"/>: "strangled"), and the count
        /// names no people.
        /// </summary>
        private bool GappedCount(int qs, int last, int victimsStart, int victimsEnd)
        {
            if (_lastEnd < 0 || _lastEnd >= qs - 1 || !(Is(qs - 1, "and") || IsP(qs - 1, ',') && ListGoesOn(last + 1))) return false;
            if (_lastEnd < qs - 2 && !HowOrWhere(_lastEnd + 1, qs - 2)) return false;
            bool participle = victimsStart >= 0 && victimsStart == victimsEnd && W.HarmedHow.Contains(Word(victimsStart));
            if (victimsStart >= 0 && !participle) return false;
            int after = participle ? victimsEnd + 1 : last + 1;
            // ("two were strangled and one was shot")
            if (!participle && (Is(after, "were") || Is(after, "was")) && W.HarmedHow.Contains(Word(after + 1))) after += 2;
            if (after >= _n || _t[after].Kind == TK.Punct || Is(after, "and")) return true;
            int end = after;
            while (end + 1 < _n && end < after + 4 && _t[end + 1].Kind == TK.Word && !Is(end + 1, "and")) end++;
            return HowOrWhere(after, end);
        }

        /// <summary>
        /// The kind word a count after "along with" shares, back from token <paramref name="k"/> before "along" in its clause (past
        /// a comma and a place: "were killed in the capital, along with"), and its token; null when there is none.
        /// </summary>
        private (FigureKind, int)? AlongWith(int k)
        {
            for (int b = k; b >= 0 && b >= k - 8; b--)
            {
                if (_t[b].Kind == TK.Punct && !(IsP(b, ',') && b == k)) return null;
                if ((Lexicon.Cues(Slot(b)) & Cue.ClauseEnd) != 0) return null;
                if (Lexicon.After(Slot(b)) is FigureKind kind && kind is FigureKind.Killed or FigureKind.Wounded or FigureKind.Detained or FigureKind.Kidnapped or FigureKind.Missing
                    && !Is(b - 1, "not") && !Is(b - 1, "never")) return (kind, b);
            }
            return null;
        }

        /// <summary>
        /// The first token of the one person before "along with N others" who is one of them: the subject of "was" before the kind
        /// word at <paramref name="kindTok"/> ("He was arrested along with", "His aide was arrested"), one named right before it
        /// ("Her mother perished"), or its object up to "along" ("killed the mayor along with"). -1 when none is.
        /// </summary>
        private int OneBeforeAlong(int kindTok, int beforeAlong)
        {
            if (kindTok < beforeAlong && OnePersonEnding(beforeAlong) is var obj and >= 0 && obj == kindTok + 1) return obj;
            int v = Is(kindTok - 1, "was") ? kindTok - 1 : Is(kindTok - 2, "was") && _t[kindTok - 1].Kind == TK.Word ? kindTok - 2 : kindTok;
            if (OnePersonEnding(v - 1) is var subject and >= 0) return subject;
            return v < kindTok && v > 0 && Word(v - 1) is "he" or "she" or "He" or "She" ? v - 1 : -1;
        }

        /// <summary>
        /// True when the rest of the sentence from <paramref name="from"/> (30 tokens at most) says the people gave or lost their
        /// lives: "..., all of whom gave their lives serving the mission".
        /// </summary>
        private bool GaveLives(int from)
        {
            for (int i = Math.Max(from, 2); i < _n && i < from + 30; i++)
                if (Is(i, "lives") && Is(i - 1, "their") && (Is(i - 2, "gave") || Is(i - 2, "lost"))) return true;
            return false;
        }

        /// <summary>
        /// True when the people's words from <paramref name="start"/> to <paramref name="end"/> are one lowercase participle that is
        /// neither a kind word nor a way of harm ("two rescued", "40 freed"): something else done to those counted.
        /// </summary>
        private bool OtherDeed(int start, int end) =>
            start >= 0 && start == end && char.IsLower(_s[_t[start].Start]) && Word(start).EndsWith("ed", StringComparison.Ordinal)
            && Lexicon.After(Slot(start)) is null && !W.HarmedHow.Contains(Word(start));

        /// <summary>True when tokens <paramref name="from"/>..<paramref name="to"/> (at most five words) are a phrase of how or where: a preposition and its words ("in the north", "to death", "by a grenade").</summary>
        private bool HowOrWhere(int from, int to)
        {
            if (to < from || to - from > 4 || !((Lexicon.Cues(Slot(from)) & Cue.PlaceLead) != 0 || Is(from, "by") || Is(from, "on") || Is(from, "at") || Is(from, "to") || Is(from, "with"))) return false;
            for (int k = from + 1; k <= to; k++)
                if (_t[k].Kind != TK.Word || StartsNumber(k) || Is(k, "of")) return false;
            return true;
        }

        /// <summary>True when the list goes on after token <paramref name="k"/>: within eight tokens, "and" or a comma before another count.</summary>
        private bool ListGoesOn(int k)
        {
            for (int j = k; j < Math.Min(_n, k + 8); j++)
            {
                if ((Is(j, "and") || IsP(j, ',')) && StartsNumber(j + 1)) return true;
                if (_t[j].Kind == TK.Punct) return false;
            }
            return false;
        }

        /// <summary>
        /// True when <paramref name="word"/> (or <paramref name="other"/>) stands in tokens [<paramref name="from"/>,
        /// <paramref name="to"/>]: "94 remain in Gaza", "have returned home", "none of the 40 passengers survived".
        /// </summary>
        private bool Stands(int from, int to, string word, string? other = null)
        {
            for (int k = Math.Max(0, from); k <= to && k < _n; k++)
                if (Is(k, word) || other is not null && Is(k, other)) return true;
            return false;
        }

        /// <summary>
        /// The token of the part in "3 of the 40" when the whole starts at <paramref name="k"/>: an exact count of one token
        /// ("3", "three", "only three"), less than the whole, which is exact too; its value in <paramref name="part"/>. -1 when
        /// there is no such part.
        /// </summary>
        private int SurvivorsOf(int k, out long part)
        {
            part = -1;
            int p = k - 3;
            if (p < 0 || !Is(k - 1, "the") || !Is(k - 2, "of") || QualifierBefore(k, out var wholeQ) != k || wholeQ != Qualifier.Exact
                || !NumberReader.TryRead(_s, _t[k].Start, sentence.End, out var whole) || whole.Kind != NumberKind.Cardinal
                || !NumberReader.TryRead(_s, _t[p].Start, _t[p].End, out var few) || few.Kind != NumberKind.Cardinal || few.Span.Start != _t[p].Start
                || StartsNumber(p - 1) || p > 0 && _t[p - 1].Kind == TK.Num
                || QualifierBefore(p, out var partQ) != p || partQ != Qualifier.Exact || few.Value >= whole.Value) return -1;
            part = (long)few.Value;
            return p;
        }

        private static Bounds More(Bounds b, int n) => new(b.Low + n, b.Best + n, b.High + n);

        /// <summary>
        /// The first token of the people named one by one right before the "and" at <paramref name="and"/>, and how many
        /// (<paramref name="count"/>): names or singular noun phrases ("Ahmed Farah", "the school's caretaker", "his mother,
        /// stepfather", "a British pilot") that open the sentence or a clause (after a comma, a dash or a word such as "after")
        /// or are the object of the verb before them ("killing a British pilot"); -1 when the words are no such person: people
        /// ("two soldiers"), a group ("the family"), a place ("in Gaza"), or a verb ("was killed").
        /// </summary>
        private int OneNamedBefore(int and, out int count)
        {
            count = 0;
            int start = OnePersonEnding(and - 1);
            if (start < 0) return -1;
            int one = start;
            count = 1;
            // "his mother, stepfather and eight other people": a list, one person each (not a word that opens the sentence
            // alone, "Later, the ambassador and three others")
            while (IsP(start - 1, ',') && OnePersonEnding(start - 2) is var more and >= 0 && !(more == start - 2 && more == 0)) { start = more; count++; }
            // ("In Libya, the ambassador and three other Americans": the list is no list when it opens no clause, the one person is)
            if (!OpensClause(start) && start != one) { start = one; count = 1; }
            return OpensClause(start) ? start : -1;
        }

        /// <summary>
        /// True when the person named from token <paramref name="start"/> opens the sentence or a clause (after a comma, a dash,
        /// a word such as "after", a relative pronoun) or is the object of a verb before it.
        /// </summary>
        private bool OpensClause(int start)
        {
            int b = start - 1;
            // ("the journey on which Elian's mother and 10 other people died": a relative clause's subject)
            return b < 0 || AfterDateline(start) || _t[b].Kind == TK.Punct && _s[_t[b].Start] is ',' or ':' or ';' or '-' or '–' or '—' or '"' or '“'
                || _t[b].Kind == TK.Word && (W.Subordinators.Contains(Word(b)) || Relative(b) || Lexicon.Before(Slot(b)) is not null && !(In(b, W.Participles) && In(b - 1, W.Passive)));
        }

        /// <summary>
        /// The first token of a name or singular noun phrase of one person that ends at token <paramref name="h"/> ("the school's
        /// caretaker", "an off-duty police officer", "Ahmed Farah"), back to its determiner or the word before it that no noun
        /// phrase holds; -1 when <paramref name="h"/> is no such head.
        /// </summary>
        private int OnePersonEnding(int h)
        {
            // (a full name may end in "s": "Elisabeth Brotons"; a capitalised plural alone names a people: "Americans")
            if (h < 0 || _t[h].Kind != TK.Word || PluralWord(h) && !(char.IsUpper(_s[_t[h].Start]) && h > 0 && _t[h - 1].Kind == TK.Word && char.IsUpper(_s[_t[h - 1].Start])) || Stop(h) || StartsNumber(h) || Lexicon.After(Slot(h)) is not null || Lexicon.Before(Slot(h)) is not null
                || Collective.Contains(Word(h)) || W.GroupNouns.Contains(Word(h)) || W.Subordinators.Contains(Word(h))) return -1;
            int b = h - 1;
            for (; b >= 0 && b >= h - 6; b--)
            {
                if (Possessive(b)) continue; // "the school's caretaker"
                if (b > 0 && Possessive(b - 1) && Is(b, "s")) continue;
                if (IsP(b, '-') && Glued(b - 1, b) && Glued(b, b + 1)) continue; // "an off-duty officer"
                if (_t[b].Kind != TK.Word) break;
                if (In(b, W.Article) || Is(b, "the") || In(b, W.Possessives) || Is(b, "its")) { b--; break; }
                if (Stop(b) || StartsNumber(b) || Lexicon.Before(Slot(b)) is not null || Lexicon.After(Slot(b)) is not null || In(b, W.Reporting)
                    || W.Subordinators.Contains(Word(b)) || Relative(b)) break;
                if (char.IsLower(_s[_t[b].Start]) && (Word(b).EndsWith("ed", StringComparison.Ordinal) || Word(b).EndsWith("ing", StringComparison.Ordinal))) break;
            }
            return b + 1 <= h ? b + 1 : -1;
        }

        private bool Relative(int k) => Word(k) is "which" or "who" or "whom" or "that";

        /// <summary>Singular nouns of a group of people: "the family and 11 others" counts no one person.</summary>
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Collective = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "family", "couple", "crew", "team", "unit", "patrol", "household", "convoy", "police", "staff", "people", "rest" }.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// True when "and" at <paramref name="and"/> opens a count of "other(s)" ("and 11 others", "and at least six other
        /// people"): the person before it is one of that count (<see cref="OneNamedBefore"/>), no count of one of its own.
        /// </summary>
        private bool OthersAfter(int and)
        {
            if (!Is(and, "and")) return false;
            bool counted = false;
            for (int j = and + 1; j < Math.Min(_n, and + 6); j++)
            {
                if (In(j, W.Other)) return counted;
                if (_t[j].Kind == TK.Num || StartsNumber(j)) counted = true;
                else if (_t[j].Kind != TK.Word) return false;
            }
            return false;
        }

        /// <summary>True when token <paramref name="k"/> is a verb that drives people out: "driven", "forced", "chased", "pushed".</summary>
        private bool Expelling(int k) =>
            Is(k, "driven") || Is(k, "drove") || Is(k, "driving") || Is(k, "forced") || Is(k, "forcing") || Is(k, "chased") || Is(k, "pushed") || Is(k, "pushing");

        /// <summary>The last token of the words at <paramref name="k"/>, after a verb of flight, that take those who fled out of
        /// the country ("abroad", "the country", "across the border", "to neighbouring countries", "into neighbouring Chad",
        /// also after the place they left: "fled West Darfur into neighbouring Chad"); else -1.</summary>
        private int FledAbroad(int k)
        {
            if (Is(k, "abroad")) return k;
            if (Is(k, "the") && Is(k + 1, "country")) return k + 1;
            if (Is(k, "across") && Is(k + 1, "the") && Is(k + 2, "border") || IntoNeighbouring(k)) return k + 2;
            int j = Is(k, "the") ? k + 1 : k;
            while (j < k + 5 && j < _n && _t[j].Kind == TK.Word && char.IsUpper(_s[_t[j].Start])) j++;
            return j > k && char.IsUpper(_s[_t[j - 1].Start]) && IntoNeighbouring(j) ? j + 2 : -1;
        }

        /// <summary>"to neighbouring countries", "into neighbouring Chad" at <paramref name="k"/>.</summary>
        private bool IntoNeighbouring(int k) =>
            (Is(k, "to") || Is(k, "into")) && (Is(k + 1, "neighbouring") || Is(k + 1, "neighboring"))
            && (Is(k + 2, "countries") || k + 2 < _n && _t[k + 2].Kind == TK.Word && char.IsUpper(_s[_t[k + 2].Start]));

        /// <summary>
        /// "killed or injured over 5,700 people", "580 people were killed or wounded", "60 civilians were killed and injured":
        /// the kind word is joined by "or"/"and" to the other one of killed and wounded, so the count is of both together
        /// (casualties, kind other), not of either. The other word's token, or -1.
        /// </summary>
        private int KilledOrWounded(int kindTok)
        {
            if (kindTok < 0) return -1;
            foreach (int step in (ReadOnlySpan<int>)[-1, 1])
            {
                int link = kindTok + step, other = kindTok + 2 * step;
                if (step > 0 && (Is(other, "gone") || Is(other, "went"))) other++; // "died or gone missing"
                if (!(Is(link, "or") || Is(link, "and")) || (uint)other >= (uint)_n) continue;
                var a = Lexicon.After(Slot(other)) ?? Lexicon.Before(Slot(other));
                var b = Lexicon.After(Slot(kindTok)) ?? Lexicon.Before(Slot(kindTok));
                // ("claimed 217 lives and injured nearly 5,000": the other word has a count of its own, two figures)
                if (StartsNumber(other + step) || StartsNumber(other + 2 * step)) continue;
                if (a is FigureKind.Killed && b is FigureKind.Wounded || a is FigureKind.Wounded && b is FigureKind.Killed) return other;
                // "1,150 migrants have died or gone missing", "dead or missing": the dead and the missing together
                if (Is(link, "or") && (a is FigureKind.Killed && b is FigureKind.Missing || a is FigureKind.Missing && b is FigureKind.Killed)) return other;
            }
            return -1;
        }

        private static Bounds BoundsOf(NumberReading r, ref Qualifier q)
        {
            long lo = (long)Math.Round(r.Low), hi = (long)Math.Round(r.High);
            if (r.Kind is NumberKind.Range or NumberKind.Vague)
            {
                return q switch
                {
                    Qualifier.MoreThan or Qualifier.AtLeast => new Bounds(lo, null, null),
                    Qualifier.LessThan or Qualifier.UpTo => new Bounds(null, null, hi),
                    _ => SetRange(ref q, lo, hi),
                };
            }
            return q switch
            {
                Qualifier.MoreThan or Qualifier.AtLeast => new Bounds(lo, null, null),
                Qualifier.LessThan or Qualifier.UpTo => new Bounds(null, null, lo),
                Qualifier.Approx or Qualifier.Estimated => new Bounds(null, lo, null),
                _ => Bounds.Exactly(lo),
            };

            static Bounds SetRange(ref Qualifier q, long lo, long hi)
            {
                q = Qualifier.Range;
                return new Bounds(lo, null, hi);
            }
        }

        private int QualifierBefore(int k, out Qualifier q)
        {
            q = Qualifier.Exact;
            // "No more than 20 soldiers were wounded", "not more than 20": at most 20
            if (Three(k, "no", "more", "than") || Three(k, "not", "more", "than")) { q = Qualifier.UpTo; return k - 3; }
            if (Two(k, "more", "than") || Two(k, "in", "excess") && false) { q = Qualifier.MoreThan; return k - 2; }
            // "The death toll ... has climbed above 3,000": the verb's word, which leads back to the toll (TryFigure's ToCount)
            if ((Is(k - 1, "over") || Is(k - 1, "above")) && In(k - 2, W.Rise)) { q = Qualifier.MoreThan; return k; }
            if (Is(k - 1, "over") || Is(k - 1, "above") || Two(k, "upwards", "of")) { q = Qualifier.MoreThan; return Is(k - 1, "over") || Is(k - 1, "above") ? k - 1 : k - 2; }
            if (Two(k, "at", "least")) { q = Qualifier.AtLeast; return k - 2; }
            if (Three(k, "no", "fewer", "than") || Three(k, "no", "less", "than") || Three(k, "not", "fewer", "than") || Three(k, "not", "less", "than"))
            { q = Qualifier.AtLeast; return k - 3; }
            if (In(k - 1, W.Under)) { q = Qualifier.LessThan; return k - 1; }
            if (Two(k, "less", "than") || Two(k, "fewer", "than") || Two(k, "close", "to")) { q = Qualifier.LessThan; return k - 2; }
            if (Two(k, "up", "to")) { q = Qualifier.UpTo; return k - 2; }
            if (Three(k, "as", "many", "as")) { q = Qualifier.UpTo; return k - 3; }
            if (Two(k, "an", "estimated")) { q = Qualifier.Estimated; return k - 2; }
            if (Is(k - 1, "estimated")) { q = Qualifier.Estimated; return k - 1; }
            if (In(k - 1, W.Approximately))
            { q = Qualifier.Approx; return k - 1; }
            return k;
        }

        private bool Two(int k, string a, string b) => Is(k - 2, a) && Is(k - 1, b);
        private bool Three(int k, string a, string b, string c) => Is(k - 3, a) && Is(k - 2, b) && Is(k - 1, c);

        private Figure Make(int first, int last, FigureKind kind, Bounds bounds, Qualifier q, string? victims, int kindTok, bool negated)
        {
            var span = new TextSpan(_t[first].Start, _t[last].End);
            _lastEnd = last;
            _cumulative ??= SentenceFacts(); // and the claimant
            var where = Where(first);
            // "Gunmen Kill 12 Worshippers In Attack On Nigerian Mosque": a headline in Title Case capitalises every word after
            // "In"; only a place the place stage found there names where ("Kills Seven Near Mogadishu Checkpoint" → Mogadishu)
            if (where is { } said && Cased() && doc.Has(Layer.Places)) where = PlaceIn(said);
            int cue = _cueCount == 0 ? -1 : NearestCue(first, -1);
            var claimant = _claimedByAccording || cue < 0 ? _claimant : Reporter(cue);
            // "..., with 10,000 cases recorded since October, the ministry said": a verb of record with no reporter before
            // it leaves the count to the next reporting verb
            // (so does a reporting verb in the passive: "22 people were confirmed dead and 72 remain unaccounted for, city
            // officials said")
            // ("Four people are reported to have died and three are missing, it said")
            if (claimant is null && _cueCount > 1 && !_claimedByAccording && (In(cue, W.Recording) || In(cue - 1, W.Passive) || Is(cue - 1, "are") || Is(cue - 1, "is"))) claimant = Reporter(NearestCue(first, cue));
            // a count of people in a state ("remain trapped", "still live in the besieged town") is no running total, whatever
            // "since" says of the state
            bool state = kind is FigureKind.Trapped or FigureKind.Besieged or FigureKind.WithoutWater or FigureKind.WithoutFood
                || kind == FigureKind.Affected && (In(kindTok, W.Dwell) || Is(kindTok, "need")) // "more than 5 million people in need"
                // "More than 1 million Rohingya live in crowded camps in Bangladesh, most of them since fleeing ... in 2017"
                || kind == FigureKind.Displaced && (In(kindTok, W.Shelters) || HostsAt(kindTok) == kindTok || HostsAt(kindTok - 1) == kindTok)
                // "Of the roughly 250 people abducted in the Oct. 7, 2023, attack, 94 remain in Gaza": still held, as of the report
                || kind is FigureKind.Kidnapped or FigureKind.Detained && Stands(first, last + 1, "remain", "remained")
                // "Last year's protests left more than 60 people dead, and dozens remain unaccounted for": missing now
                || kind == FigureKind.Missing && kindTok > first && (Stands(first, kindTok, "remain", "remained") || Is(kindTok - 1, "still") && (Is(kindTok - 2, "are") || Is(kindTok - 2, "is")));
            // "recovered at least 60 bodies on Tuesday, raising the number exhumed since 2020 to more than 350": the count before
            // the new total is what was added, neither the total nor dated by the total's times
            int raise = RaiseAfter(last);
            // ("13 people were wounded in the city, and that 300 protesters had been arrested since Monday": the total's words
            // are another clause's)
            var lead = _t[_totalLead];
            bool total = _cumulative.Value && raise < 0
                && !(lead.Start >= span.End ? ClauseBetween(span.End, lead.Start) : ClauseBetween(lead.End, span.Start))
                // ("Gunmen killed 27 villagers ..., the latest in a wave of attacks that has left hundreds dead this year": the
                // total is the relative clause's)
                && !(lead.Start >= span.End && (_s.AsSpan(span.End, lead.Start - span.End).IndexOfAny(RelativePerfect) >= 0 || WarSoFar(_totalLead)))
                // "273 people have died since the war began, including eight in the past 24 hours": the part has its own time
                && !(InPartAfter(sentence.Start, span.Start) && TimeBefore(span.End, sentence.End));
            // (nor placed by the places of that clause: the war's toll is the war's country's, found in Placed)
            if (total && where is { } w && w.End <= lead.Start && WarSoFar(_totalLead)) where = null;
            return new Figure(span, kind, bounds, q, victims, When(span, kind, total, state, raise < 0 ? sentence.End : _t[raise].Start), where, total && !state,
                claimant, negated, where is null ? null : WhereBases.Clause);
        }

        /// <summary>
        /// The token of ", raising/bringing/pushing/taking" after token <paramref name="last"/> when a count follows it within 14
        /// tokens (", raising the toll to 52"): what comes before it is an addition to that total. -1 when there is none.
        /// </summary>
        private int RaiseAfter(int last)
        {
            for (int r = last + 2; r < _n; r++)
            {
                if (!In(r, W.Raising) || !IsP(r - 1, ',')) continue;
                // ("bringing its count of Russian soldiers killed or wounded since February 2022 to about 1,085,000")
                for (int j = r + 1; j < Math.Min(_n, r + 20); j++)
                    if (StartsNumber(j) && !InTime(j)) return r;
            }
            return -1;
        }

        /// <summary>
        /// The nearest date or time in the sentence that starts before <paramref name="limit"/>, else the publication date;
        /// <paramref name="total"/> when the figure is a running total, <paramref name="state"/> when it counts people in a state
        /// (trapped, sheltering in camps).
        /// </summary>
        private string? When(TextSpan figure, FigureKind kind, bool total, bool state, int limit)
        {
            TimeRef? best = null;
            string? bestPart = null;
            int bestDist = int.MaxValue;
            // "GENEVA, Aug 19 - A record 383 aid workers were killed ... in 2025": the dateline's date is the report's
            int lede = OwnDateline() is { } dateline ? dateline.Span.End : sentence.Start;
            foreach (var x in _times)
            {
                if (!sentence.Contains(x.Span) || x.Span.Start < lede || x.Span.Start >= limit || x.Value is null || x.Type is TimexType.DURATION or TimexType.SET) continue;
                if (x.Value.EndsWith("_REF", StringComparison.Ordinal)) continue;
                // "Around 20 people, including former rebels who signed the 2016 peace deal, are believed to have been kidnapped": a
                // time in an aside inside the figure's words is the aside's
                if (x.Span.Start > figure.Start && x.Span.End < figure.End && _s.AsSpan(figure.Start, x.Span.Start - figure.Start).Contains(',')) continue;
                // a count of people still in a state takes no time from a phrase set off before it ("Of the 250 people abducted in
                // the Oct. 7, 2023, attack, 94 remain in Gaza")
                // (but a state in the past is dated by it: "At the height of the fighting in 2016, about 300,000 people were trapped")
                if (state && x.Span.End <= figure.Start && _s.AsSpan(x.Span.End, figure.Start - x.Span.End).Contains(',')
                    && _s.AsSpan(figure.Start, figure.Length).IndexOfAny(PastState) < 0) continue;
                // "in the first half of the year": "the year" only says whose half; the half dates the figure (but "the first nine
                // months" is a duration, so the months of the year it opens date it: "in the first nine months of the year")
                string? part = null;
                if (OfAnotherTime(x) && (part = OpeningPart(x)) is null) continue;
                // "in the past month", "over the past decade": the stretch up to the report
                if (doc.Published is { } pubDay && PastUnit(x, pubDay) is { } stretchStart) part = Stretch(stretchStart, pubDay);
                if (x.Span.Start >= figure.End && (OlderCountBetween(figure.End, x.Span.Start) || InPartAfter(figure.End, x.Span.Start))) continue;
                // "rose by 27 per cent compared with the same period last year, to 89,000": the time compared with is not the count's
                // (not the older count's own: "compared with 2,500 in the whole of last year")
                if (ComparedWith(x.Span.Start, figure.Start)) continue;
                // "struck a depot on Sunday, ... in the latest escalation of a war that has killed tens of thousands": the war's toll
                // so far is not dated by the times of the clause it hangs on
                if (total && x.Span.End <= _t[_totalLead].Start && WarSoFar(_totalLead)) continue;
                // (and the older count takes none from before its "up from": "141 ... in the first two weeks of October, up from 98
                // in the last two weeks of September")
                if (x.Span.End <= figure.Start && OlderCountBetween(x.Span.End, figure.Start)) continue;
                if (x.Span.Start >= figure.End ? ClauseBetween(figure.End, x.Span.Start) : ClauseBetween(x.Span.End, figure.Start)) continue;
                int dist = x.Span.Start >= figure.End ? x.Span.Start - figure.End : Math.Max(0, figure.Start - x.Span.End);
                // "said on Tuesday that at least 1,500 people were executed worldwide last year": the report's day yields to a
                // time the clause gives the deed
                if (x.Span.End <= figure.Start && ReportDate(x.Span)) dist += 40;
                if (dist < bestDist) { bestDist = dist; best = x; bestPart = part; }
            }
            if (bestPart is not null) return bestPart;
            // "5,000 people fled in the week to 22 March": the seven days that end on that day
            if (best is { Value.Length: 8 } week && week.Value[5] == 'W' && WeekEnding(week) is { } ending)
                return Stretch(ending.AddDays(-6), ending);
            // "killed 1,617 people between January and March", "from 2014 to 2016": the span the two ends give
            if (best is not null)
                foreach (var x in _times)
                    if ((ReferenceEquals(x, best) || x.Span.End < best.Span.Start) && OtherEnd(x) is { } y && (ReferenceEquals(x, best) || ReferenceEquals(y, best))
                        && GDate.StartOf(x.Value!, x.Mod) is { } a && GDate.EndOf(y.Value!) is { } z && a <= z)
                        return Stretch(a, z);
            // "The ministry said on Thursday that 30,035 people have been killed since October 7": the day of the report is
            // not the running total's; the time after "since" is
            if (best is not null && total && ReportDate(best.Span))
                foreach (var x in _times)
                    if (sentence.Contains(x.Span) && x.Value is not null && x.Type == TimexType.DATE && WordBefore(x.Span.Start, out _).Equals("since", StringComparison.OrdinalIgnoreCase)) { best = x; break; }
            // "since last week": the timex is the week alone (TimeML leaves the signal out), but a count since
            // then covers the stretch from its start to the document date.
            // So is a count of a war "which began in April 2023".
            // "250,000 people still live in eastern Aleppo, which has been under siege since mid-July": a count of those in a
            // state (trapped, besieged, without water, living there) is as of the report; the siege, not the count, began then
            if (best is not null && AfterSince(best.Span, farBack: state) && (state || kind is FigureKind.Affected or FigureKind.Trapped or FigureKind.Besieged
                or FigureKind.WithoutWater or FigureKind.WithoutFood or FigureKind.Missing))
                return published;
            // ("the war, which broke out in 2013, killed an estimated 400,000 people before a 2018 peace deal": up to that year's end)
            if (best is not null && doc.Published is { } pub && (AfterSince(best.Span) || AfterBegan(best.Span)) && GDate.StartOf(best.Value!, best.Mod) is { } from && from <= pub)
                return Stretch(from, EndBefore(figure) is { } until && until >= from && until <= pub ? until : pub);
            // "2,300 cases and 90 deaths were reported in the past two weeks", "in the last 24 hours": the stretch up to the report
            if (best is null && doc.Published is { } asOf && RecentStretch(figure, limit, asOf) is { } back)
                return Stretch(back, asOf);
            if (best is null && total && doc.Published is { } now && StartBefore(now) is { } start)
                return Stretch(start, now);
            // "So far this year, 1,200 people have been killed": a running total within the year (month) still under way runs
            // from its start to the publication date
            if (best is { Type: TimexType.DATE, Mod: null, Value: { } v } && total && doc.Published is { } today && Ongoing(v, today)
                && GDate.StartOf(v, null) is { } opened && opened < today)
                return Stretch(opened, today);
            return best?.Value ?? published;
        }

        /// <summary>
        /// The date that ends the span <paramref name="x"/> opens after "between" or "from" ("between January and March",
        /// "from 2014 to 2016"), or after "in" and before the next month ("in June and July"), or null.
        /// </summary>
        private TimeRef? OtherEnd(TimeRef x)
        {
            if (x.Type != TimexType.DATE || x.Value is null || !sentence.Contains(x.Span)) return null;
            var before = WordBefore(x.Span.Start, out _);
            bool between = before.Equals("between", StringComparison.OrdinalIgnoreCase);
            // "during fighting in June and July of last year": two months in a row
            bool months = x.Value.Length == 7 && (before.Equals("in", StringComparison.OrdinalIgnoreCase) || before.Equals("during", StringComparison.OrdinalIgnoreCase));
            if (!between && !months && !before.Equals("from", StringComparison.OrdinalIgnoreCase)) return null;
            int i = x.Span.End;
            while (i < sentence.End && _s[i] == ' ') i++;
            string link = between || months ? "and " : "to ";
            if (!_s.AsSpan(i, sentence.End - i).StartsWith(link, StringComparison.OrdinalIgnoreCase)) return null;
            foreach (var y in _times)
                if (y.Span.Start == i + link.Length && y.Type == TimexType.DATE && y.Value is not null
                    && (!months || y.Value.Length == 7 && GDate.StartOf(x.Value, null)?.AddMonths(1) == GDate.StartOf(y.Value, null))) return y;
            return null;
        }

        /// <summary>
        /// The first day of a stretch that ends at the report, when the figure's clause names one ("in the past two weeks",
        /// "over the last 24 hours": a duration after "past"/"last"), or null.
        /// </summary>
        private DateOnly? RecentStretch(TextSpan figure, int limit, DateOnly asOf)
        {
            foreach (var x in _times)
            {
                if (!sentence.Contains(x.Span) || x.Span.Start >= limit) continue;
                if (x.Type != TimexType.DURATION || x.Value is not { Length: >= 3 } d) continue;
                var words = _s.AsSpan(x.Span.Start, x.Span.Length);
                if (words.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) words = words[4..];
                // ("In the 48 hours since the ceasefire collapsed", "Two years into the war": up to the report too)
                var after = TextAround.WordAfter(_s, x.Span.End);
                if (!words.StartsWith("past ", StringComparison.OrdinalIgnoreCase) && !words.StartsWith("last ", StringComparison.OrdinalIgnoreCase)
                    && !(WordBefore(x.Span.Start, out _).Equals("the", StringComparison.OrdinalIgnoreCase) && after.Equals("since", StringComparison.OrdinalIgnoreCase))
                    && !after.Equals("into", StringComparison.OrdinalIgnoreCase)) continue;
                if (x.Span.Start >= figure.End ? ClauseBetween(figure.End, x.Span.Start) || InPartAfter(figure.End, x.Span.Start) : ClauseBetween(x.Span.End, figure.Start)) continue;
                bool hours = d.StartsWith("PT", StringComparison.Ordinal);
                var digits = d.AsSpan(hours ? 2 : 1, d.Length - (hours ? 3 : 2));
                if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n <= 0) continue;
                int days = d[^1] switch { 'H' when hours => (n + 23) / 24, 'D' when !hours => n, 'W' when !hours => 7 * n, _ => -1 };
                if (days > 0) return asOf.AddDays(-days);
                if (!hours && d[^1] == 'M') return asOf.AddMonths(-n);
                if (!hours && d[^1] == 'Y') return asOf.AddYears(-n);
            }
            return null;
        }

        /// <summary>
        /// "the past decade", "the past month", "the last week": TimeML values them as the calendar unit before this one (a DATE);
        /// a count over one runs over that much time up to the report. The first day of that stretch before
        /// <paramref name="asOf"/>, or null when <paramref name="x"/> is no such time.
        /// </summary>
        private DateOnly? PastUnit(TimeRef x, DateOnly asOf)
        {
            if (x.Type != TimexType.DATE) return null;
            var w = _s.AsSpan(x.Span.Start, x.Span.Length);
            if (w.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) w = w[4..];
            else if (!w.EndsWith("decade", StringComparison.OrdinalIgnoreCase)) return null; // "last month" alone is the calendar month
            if (!w.StartsWith("past ", StringComparison.OrdinalIgnoreCase) && !w.StartsWith("last ", StringComparison.OrdinalIgnoreCase)) return null;
            w = w[5..];
            return w.Equals("decade", StringComparison.OrdinalIgnoreCase) ? asOf.AddYears(-10)
                : w.Equals("year", StringComparison.OrdinalIgnoreCase) ? asOf.AddYears(-1)
                : w.Equals("month", StringComparison.OrdinalIgnoreCase) ? asOf.AddMonths(-1)
                : w.Equals("week", StringComparison.OrdinalIgnoreCase) ? asOf.AddDays(-7) : null;
        }

        /// <summary>
        /// The first token of the run of words (up to eight) that ends at token <paramref name="e"/>: a reporter's words, with
        /// possessives ("Lebanon's health ministry", "a doctors' network") and hyphenated words ("The army-aligned government").
        /// </summary>
        private int RunStart(int e, int most = 8)
        {
            int a = e;
            while (a - 1 >= 0 && e - a < most)
            {
                if (a >= 3 && Possessive(a - 2) && _t[a - 3].Kind == TK.Word) a -= 3;
                // a plural's possessive apostrophe
                else if (a >= 2 && (IsP(a - 1, '\'') || IsP(a - 1, '\u2019')) && Glued(a - 2, a - 1) && _t[a - 2].Kind == TK.Word && _s[_t[a - 2].End - 1] == 's') a -= 2;
                else if (_t[a - 1].Kind == TK.Word) a--;
                else if (a >= 2 && IsP(a - 1, '-') && Glued(a - 2, a - 1) && Glued(a - 1, a) && _t[a - 2].Kind == TK.Word) a -= 2;
                // an initialism's letters and points: "the U.N. refugee agency", "the U.S. military"
                else if (a >= 2 && IsP(a - 1, '.') && InitialismPoint(a - 1) && _t[a - 2].Kind == TK.Word) a -= 2;
                else break;
            }
            return a;
        }

        /// <summary>
        /// The run of words (up to eight) that ends at token <paramref name="e"/> and opens its sentence or follows a comma or a
        /// quote mark: a reporter named before a phrase set off by commas. (-1, -1) when there is none.
        /// </summary>
        private (int Start, int End) NamedBefore(int e)
        {
            int a = RunStart(e);
            if (a > 0 && !IsP(a - 1, ',') && !IsP(a - 1, '"') && !IsP(a - 1, '“') || e - a >= 8 || W.NotReporter.Contains(Word(a))) return (-1, -1);
            return (a, e);
        }

        /// <summary>True when "have" or "has" stands before token <paramref name="k"/> in its sentence, with no full stop or semicolon between.</summary>
        private bool PerfectBefore(int k)
        {
            for (int b = k - 1; b >= 0; b--)
            {
                if (IsP(b, ';')) return false;
                if (Is(b, "have") || Is(b, "has")) return true;
            }
            return false;
        }

        /// <summary>True when another time of the sentence ends right before " of " and <paramref name="x"/> ("the first half" of "the year").</summary>
        private bool OfAnotherTime(TimeRef x)
        {
            if (x.Span.Start < 4 || !_s.AsSpan(x.Span.Start - 4, 4).Equals(" of ", StringComparison.OrdinalIgnoreCase)) return false;
            foreach (var y in _times)
                if (y.Span.End == x.Span.Start - 4) return true;
            return false;
        }

        /// <summary>
        /// The stretch "the first (last) N months (weeks, days)" cuts from the start (end) of <paramref name="x"/>, the time after
        /// its " of " ("the first nine months" of "the year" → 2025-01-01/2025-09-30, "the last two weeks" of "September" →
        /// 2025-09-17/2025-09-30), or null when the time before is no such duration.
        /// </summary>
        private string? OpeningPart(TimeRef x)
        {
            if (x.Type != TimexType.DATE || x.Value is null || GDate.StartOf(x.Value, x.Mod) is not { } start || GDate.EndOf(x.Value) is not { } end) return null;
            foreach (var y in _times)
            {
                if (y.Span.End != x.Span.Start - 4 || y.Type != TimexType.DURATION || y.Value is not { Length: >= 3 } v || v[0] != 'P'
                    || !int.TryParse(v.AsSpan(1, v.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n <= 0) continue;
                var words = _s.AsSpan(y.Span.Start, y.Span.Length);
                bool first = words.StartsWith("the first ", StringComparison.OrdinalIgnoreCase);
                // "the last two weeks of September": the stretch that ends with it
                if (!first && !words.StartsWith("the last ", StringComparison.OrdinalIgnoreCase)) continue;
                if (first)
                {
                    var until = v[^1] switch { 'M' => start.AddMonths(n), 'W' => start.AddDays(7 * n), 'D' => start.AddDays(n), _ => (DateOnly?)null };
                    if (until is { } u && u.AddDays(-1) <= end) return Stretch(start, u.AddDays(-1));
                }
                else
                {
                    var since = v[^1] switch { 'M' => end.AddDays(1).AddMonths(-n), 'W' => end.AddDays(1 - 7 * n), 'D' => end.AddDays(1 - n), _ => (DateOnly?)null };
                    if (since is { } b && b >= start) return Stretch(b, end);
                }
            }
            return null;
        }

        /// <summary>The day a week ends on when "to" or "ending" and a day follow it ("the week to 22 March"), or null.</summary>
        private DateOnly? WeekEnding(TimeRef week)
        {
            var next = TextAround.WordAfter(_s, week.Span.End);
            if (!next.Equals("to", StringComparison.OrdinalIgnoreCase) && !next.Equals("ending", StringComparison.OrdinalIgnoreCase)) return null;
            int at = week.Span.End;
            while (at < _s.Length && _s[at] == ' ') at++;
            at += next.Length;
            while (at < _s.Length && _s[at] == ' ') at++;
            foreach (var y in _times)
                if (y.Span.Start == at && y.Type == TimexType.DATE && y.Value is { Length: 10 } day) return GDate.StartOf(day, null);
            return null;
        }

        /// <summary>A stretch of days as figures give it: "2024-01-01/2024-03-31".</summary>
        private static string Stretch(DateOnly from, DateOnly to) =>
            string.Create(21, (from, to), static (chars, days) => { WriteDay(chars, days.from); chars[10] = '/'; WriteDay(chars[11..], days.to); });

        /// <summary>
        /// The last day of a date after the figure that "before" or "until" bounds ("before a 2018 peace deal", "until 2019"), or
        /// null.
        /// </summary>
        private DateOnly? EndBefore(TextSpan figure)
        {
            foreach (var x in _times)
            {
                if (x.Span.Start < figure.End || !sentence.Contains(x.Span) || x.Type != TimexType.DATE || x.Value is null) continue;
                var w = WordBefore(x.Span.Start, out int start);
                if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase)) w = WordBefore(start, out _);
                if ((w.Equals("before", StringComparison.OrdinalIgnoreCase) || w.Equals("until", StringComparison.OrdinalIgnoreCase))
                    && !ClauseBetween(figure.End, x.Span.Start)) return GDate.EndOf(x.Value);
            }
            return null;
        }

        /// <summary>True when the TIMEX3 value is the year or month that holds <paramref name="today"/> ("2026", "2026-07").</summary>
        private static bool Ongoing(string value, DateOnly today) =>
            value.Length == 4 && value == today.ToString("yyyy", CultureInfo.InvariantCulture)
            || value.Length == 7 && value == today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // (a coup or an invasion starts a war's or a crackdown's count too: "since the military seized power in February 2021")
        // (searched all at once: one pass over the lead, not one a word)
        private static readonly SearchValues<string> StartWords = SearchValues.Create([" started ", " began ", " erupted ", " broke out ", " outbreak ",
            " seized power ", " took power ", " coup ", " invasion ", " invaded "], StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// "The civil war started as an uprising in March 2011 ... Five years on, more than 400,000 Syrians are estimated to
        /// have been killed": a running total with no date of its own counts from the start one of the two sentences before
        /// names (a date after "started", "began", "erupted", "broke out", "outbreak").
        /// </summary>
        private DateOnly? StartBefore(DateOnly published)
        {
            var sentences = doc.Sentences;
            int si = 0;
            while (si < sentences.Length && sentences[si].Span.End <= sentence.Start) si++;
            for (int k = si - 1; k >= 0 && k >= si - 2; k--)
            {
                var s = sentences[k].Span;
                foreach (var x in doc.Times)
                {
                    if (!s.Contains(x.Span) || x.Type != TimexType.DATE || x.Value is null) continue;
                    var lead = _s.AsSpan(s.Start, x.Span.Start - s.Start);
                    if (lead.ContainsAny(StartWords) && GDate.StartOf(x.Value, x.Mod) is { } from && from <= published) return from;
                }
            }
            return null;
        }

        /// <summary>True when the time follows "began in", "started in", "erupted in" or "broke out in": the start of what the count totals.</summary>
        private bool AfterBegan(TextSpan span)
        {
            var signal = WordBefore(span.Start, out int b);
            if (!signal.Equals("in", StringComparison.OrdinalIgnoreCase)) return false;
            // "which began when the rebels seized the capital in late 2014"
            int w = b;
            for (int words = 0; words < 9; words++)
            {
                var word = WordBefore(w, out int start);
                if (word.IsEmpty) break;
                if (word.Equals("when", StringComparison.OrdinalIgnoreCase))
                {
                    var opened = WordBefore(start, out _);
                    if (opened.Equals("began", StringComparison.OrdinalIgnoreCase) || opened.Equals("started", StringComparison.OrdinalIgnoreCase)
                        || opened.Equals("erupted", StringComparison.OrdinalIgnoreCase)) return true;
                    break;
                }
                w = start;
            }
            var verb = WordBefore(b, out b);
            if (verb.Equals("out", StringComparison.OrdinalIgnoreCase)) return WordBefore(b, out _).Equals("broke", StringComparison.OrdinalIgnoreCase);
            return verb.Equals("began", StringComparison.OrdinalIgnoreCase) || verb.Equals("started", StringComparison.OrdinalIgnoreCase)
                || verb.Equals("erupted", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The run of letters that ends before <paramref name="end"/> (spaces between skipped); <paramref name="start"/> is where it starts.</summary>
        private ReadOnlySpan<char> WordBefore(int end, out int start)
        {
            while (end > 0 && char.IsWhiteSpace(_s[end - 1])) end--;
            start = end;
            while (start > 0 && char.IsLetter(_s[start - 1])) start--;
            return _s.AsSpan(start, end - start);
        }

        /// <summary>
        /// "... since the ceasefire took effect on 27 November, while 99,000 remain displaced": a contrasting clause (", while",
        /// ", whereas", ", but", a semicolon) lies between the figure and a time, which dates the other clause.
        /// </summary>
        private bool ClauseBetween(int from, int to)
        {
            if (to <= from) return false;
            var between = _s.AsSpan(from, to - from);
            // every phrase holds a comma or a semicolon: most stretches between a count and a time have neither, and the
            // two-character search is far cheaper than the phrases' (a figure asks for each time of its sentence)
            return between.IndexOfAny(',', ';') >= 0 && between.IndexOfAny(ContrastingClause) >= 0;
        }

        // One vectorised search for all the phrases (a case-blind Contains each is a slow character loop when the
        // runtime is in invariant globalization mode, as Sitrep runs).
        private static readonly SearchValues<string> ContrastingClause = SearchValues.Create([", while ", ", whereas ", ", but ", ";",
            ", and that "], StringComparison.OrdinalIgnoreCase); // "... said 13 were wounded, and that 300 had been arrested since Monday"
        private static readonly SearchValues<string> RelativePerfect = SearchValues.Create([" that has ", " that have ", " which has ", " which have "],
            StringComparison.OrdinalIgnoreCase);
        private static readonly SearchValues<string> OlderCount = SearchValues.Create([" up from ", " down from ", " compared with ", " compared to ",
            " double the ", " twice the ", " triple the ", " half the ", " than in "], StringComparison.OrdinalIgnoreCase); // "..., nearly double the number seen in August"

        /// <summary>
        /// True when <paramref name="to"/> lies in a part of a count set off after <paramref name="from"/> and not closed before
        /// it (", including eight in the past 24 hours", ", among them ...", ", most of them farmers from ..."): what is said
        /// there (a time, a place) is of the part.
        /// </summary>
        private bool InPartAfter(int from, int to)
        {
            if (to <= from) return false;
            var between = _s.AsSpan(from, to - from);
            if (!between.Contains(',')) return false; // every phrase opens with a comma (see ClauseBetween)
            int at = between.IndexOfAny(PartOpening);
            if (at < 0) return false;
            // (the last one: its comma is the last comma)
            // (a comma inside a number, "900,000", closes nothing)
            return between[(at + 1)..].IndexOf(", ") < 0 || InPartAfter(from + at + 1, to);
        }

        private static readonly SearchValues<string> PastState = SearchValues.Create([" were ", " was ", " had "], StringComparison.OrdinalIgnoreCase);

        private static readonly SearchValues<string> PartOpening = SearchValues.Create([", including ", ", among them ", ", most of them ", ", many of them ",
            ", half of them ", ", mostly "], StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a date or duration of the time layer starts in [<paramref name="from"/>, <paramref name="to"/>) before the next comma.</summary>
        private bool TimeBefore(int from, int to)
        {
            int comma = _s.AsSpan(from, to - from).IndexOf(", ");
            if (comma >= 0) to = from + comma;
            foreach (var x in _times)
                if (x.Span.Start >= from && x.Span.Start < to && x.Type is TimexType.DATE or TimexType.DURATION) return true;
            return false;
        }

        /// <summary>"said on Thursday", "reported Monday": the time dates a report (a reporting verb, perhaps "on", before it).</summary>
        private bool ReportDate(TextSpan span)
        {
            // a live blog's entry stamp: "17:55 GMT — Israel's emergency service says three people were killed ... overnight"
            if (_s.AsSpan(sentence.Start, span.Start - sentence.Start).IsWhiteSpace())
            {
                int d = span.End;
                while (d < sentence.End && _s[d] == ' ') d++;
                if (d + 1 < sentence.End && _s[d] is '—' or '–' or '-' && _s[d + 1] == ' ' && d > span.End) return true;
            }
            var w = WordBefore(span.Start, out int start);
            if (w.Equals("on", StringComparison.OrdinalIgnoreCase)) w = WordBefore(start, out _);
            return w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("reported", StringComparison.OrdinalIgnoreCase)
                || w.Equals("announced", StringComparison.OrdinalIgnoreCase) || w.Equals("says", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// "rose to 4,310, up from 3,200 last week": between the figure and a time after it, "up from", "down from" or "compared
        /// with" brings in an older count, whose time the time is.
        /// </summary>
        private bool OlderCountBetween(int from, int to) => _s.AsSpan(from, to - from).IndexOfAny(OlderCount) >= 0;

        /// <summary>
        /// True when the time follows "since" ("since last week"), or, in a sentence that counts a running total or when
        /// <paramref name="farBack"/>, ends a clause "since" opens ("since the fighting reached the state in December": up to
        /// twelve words between, no punctuation).
        /// </summary>
        private bool AfterSince(TextSpan span, bool farBack = false)
        {
            int end = span.Start;
            for (int words = 0; words <= (_cumulative == true || farBack ? 12 : 0); words++)
            {
                var w = WordBefore(end, out int start);
                if (w.IsEmpty) return false;
                if (w.Equals("since", StringComparison.OrdinalIgnoreCase)) return true;
                end = start > 0 && _s[start - 1] == '-' ? start - 1 : start; // "the US-backed foundation"
            }
            return false;
        }

        /// <summary>The first place of the places layer inside <paramref name="words"/>, or null.</summary>
        private readonly TextSpan? PlaceIn(TextSpan words)
        {
            foreach (var p in doc.Places)
                if (words.Contains(p.Span)) return p.Span;
            return null;
        }

        /// <summary>"in Aleppo", "in eastern Aleppo", "in rebel-controlled parts of Aleppo": the span of the place words.</summary>
        private TextSpan? Where(int from)
        {
            TextSpan? found = null;
            for (int i = 0; HasLead(i); i++)
            {
                var (k, clauseBreak, place) = _leads![i];
                // "One civilian was killed when a shell struck his car, and a child was wounded in Souq al-Juma": a place past a
                // new clause after the figure is that clause's
                if (clauseBreak && k > from) break;
                if (place is not { } span) continue;
                // "displaced some 7 million people, including about 2.8 million in North Kivu": a place in a part set off after
                // the count is the part's
                if (k > from && InPartAfter(_t[from].Start, _t[k].Start)) continue;
                // the nearest place before the figure ("attacks on sites in North Kivu province, which have killed 17"), unless its
                // own words after the count name one, which then wins
                // ("in Kidal in northern Mali": a place right after another only says where that one is)
                if (found is null || k < from && !Locates(found.Value, k) || k > from && found.Value.Start < _t[from].Start) found = span;
                if (k > from) break;
            }
            return found;
        }

        /// <summary>
        /// Whether the sentence has an <paramref name="i"/>th entry of its place leads ("in", "near", "on Lake Kivu", ...) and
        /// new clauses (", and", ", but", ", while"), in token order, each lead with the place it leads to (<see cref="PlaceAt"/>).
        /// Neither depends on the figure that <see cref="Where"/> asks for, so each is worked out once a sentence (a sentence
        /// with several figures asked for every one), and only as far into the sentence as a figure's search has gone.
        /// </summary>
        private bool HasLead(int i)
        {
            while (_leadCount <= i && _scanned < _n)
            {
                int k = _scanned++;
                int slot = _slots[k];
                if (!Lexicon.In(slot, W.LeadWords)) continue; // each test below opens with one
                bool clauseBreak = (Is(k, "and") || Is(k, "but") || Is(k, "while")) && IsP(k - 1, ',');
                bool lead = (Lexicon.Cues(slot) & Cue.PlaceLead) != 0 || Is(k, "on") && (OnWater(k) || AttackOnPlace(k)) || RoadTo(k); // "in", "near", ... (FigureWords.PlaceLeads)
                if (!clauseBreak && !lead) continue;
                var leads = _leads ??= _leadBuffer ??= new (int, bool, TextSpan?)[32];
                if (_leadCount == leads.Length) { Array.Resize(ref leads, _leadCount * 2); _leads = _leadBuffer = leads; }
                leads[_leadCount++] = (k, clauseBreak, lead ? PlaceAt(k) : null);
            }
            return i < _leadCount;
        }

        /// <summary>The place words the place lead at <paramref name="k"/> opens, or null when they name no place.</summary>
        private TextSpan? PlaceAt(int k)
        {
            // "one in seven Pakistanis": a proportion, no place (not "in two Pakistani cities")
            if (k + 2 < _n && StartsNumber(k + 1) && _t[k + 2].Kind == TK.Word && char.IsUpper(_s[_t[k + 2].Start]) && PluralWord(k + 2)
                && !W.PlaceNouns.Contains(Word(k + 3))) return null;
            // "..., a press group said in Paris": where it was said (not "eight deaths have been reported in the Czech Republic")
            if (In(k - 1, W.Reporting) && !In(k - 2, W.Passive)) return null;
            // "Iran Human Rights, which is based in Oslo, said": where the reporter sits
            if (Is(k - 1, "based") || Is(k - 1, "headquartered")) return null;
            // "told reporters in Kabul", "told journalists in Geneva": the same
            if (In(k - 2, W.Reporting) && (Word(k - 1).Equals("reporters", StringComparison.OrdinalIgnoreCase) || Word(k - 1).Equals("journalists", StringComparison.OrdinalIgnoreCase))) return null;
            // "Gunmen from the Viv gang coalition", "fighters from Jama'at ...": whose men they are, not where it happened
            if (Is(k, "from") && (W.Fighters.Contains(Word(k - 1)) || Word(k - 1).EndsWith("men", StringComparison.OrdinalIgnoreCase))) return null;
            int a = k + 1;
            int lower = 0;
            // up to six lowercase words or hyphens before the name: "eastern", "rebel-controlled parts of" (another place
            // lead starts a phrase of its own: "a decline in travel in Kenya")
            while (a < _n && lower < 6 && (_t[a].Kind == TK.Word && char.IsLower(_s[_t[a].Start]) && (Lexicon.Cues(_slots[a]) & Cue.PlaceLead) == 0 || IsP(a, '-'))) { a++; lower++; }
            if (a >= _n || _t[a].Kind != TK.Word || !char.IsUpper(_s[_t[a].Start])) return null;
            // the words before the name belong to it ("in rebel-held parts of"), not to a clause or phrase of their own
            bool clause = false;
            for (int m = k + 1; m < a && !clause; m++) clause = W.NotInPlacePhrase.Contains(Word(m));
            if (clause) return null;
            // "outside embassies of the United States in Kenya": a building or body of the name's country, not where (a place lead
            // after it may say where)
            if (Is(a - 1, "of") && Institutions.Contains(Word(a - 2)) || Is(a - 1, "the") && Is(a - 2, "of") && Institutions.Contains(Word(a - 3))) return null;
            if (Lexicon.Info(_slots[a]).Class is WC.Month or WC.Weekday) return null;
            int e = a;
            // "U.S. embassies": an abbreviation before a noun describes the noun; "in the U.S." names the place
            if (_t[a].Length == 1 && IsP(a + 1, '.') && a + 3 < _n && IsP(a + 3, '.') && Glued(a, a + 1) && Glued(a + 1, a + 2) && Glued(a + 2, a + 3))
            {
                if (a + 4 < _n && _t[a + 4].Kind == TK.Word && char.IsLower(_s[_t[a + 4].Start]) && (Lexicon.Cues(_slots[a + 4]) & Cue.PlaceLead) == 0) return null;
                e = a + 3;
            }
            // names with lowercase particles: "Dar es Salaam", "Ras al Khaimah"; and with an apostrophe inside: "Ta'ang", "N'Djamena"
            while (true)
            {
                if (e + 1 < _n && _t[e + 1].Kind == TK.Word && _t[e + 1].Start - _t[e].End <= 1
                    && (char.IsUpper(_s[_t[e + 1].Start]) || e + 2 < _n && IsNameParticle(e + 1) && _t[e + 2].Kind == TK.Word && char.IsUpper(_s[_t[e + 2].Start])))
                    e++;
                else if (e + 2 < _n && (IsP(e + 1, '\'') || IsP(e + 1, '\u2019')) && Glued(e, e + 1) && Glued(e + 1, e + 2) && _t[e + 2].Kind == TK.Word && !Is(e + 2, "s"))
                    e += 2;
                else break;
            }
            // "the Democratic Republic of the Congo", "the Gulf of Aden": "of" (and "the") inside a name
            while (Is(e + 1, "of") && _t[e + 1].Start - _t[e].End == 1 && (Is(e + 2, "the") ? e + 3 : e + 2) is var n2 && n2 < _n
                   && _t[n2].Kind == TK.Word && char.IsUpper(_s[_t[n2].Start]) && Lexicon.Info(_slots[n2]).Class is not (WC.Month or WC.Weekday))
            {
                e = n2;
                while (e + 1 < _n && _t[e + 1].Kind == TK.Word && _t[e + 1].Start - _t[e].End <= 1 && char.IsUpper(_s[_t[e + 1].Start])) e++;
            }
            // names joined by hyphens: "Dar-es-Salaam", "Al-Haram", "Guinea-Bissau" (a pair of names, "Iran-Iraq", unless a
            // lowercase link makes it one name, "Port-au-Prince")
            bool compound = false, linked = false;
            while (IsP(e + 1, '-') && Glued(e, e + 1) && Glued(e + 1, e + 2) && _t[e + 2].Kind == TK.Word
                   && (char.IsUpper(_s[_t[e + 2].Start]) || IsNameParticle(e + 2) && IsP(e + 3, '-') && Glued(e + 2, e + 3) || LinkInName(e + 2)))
            { e += 2; compound = true; linked |= char.IsLower(_s[_t[e].Start]); }
            if (linked) compound = false;
            // a name that ends in a body's noun names the body: "a local official from the rebel Arakan Army said"
            if (_t[e].Kind == TK.Word && W.GroupNouns.Contains(Word(e))) return null;
            // a name the place stage found longer than these words ("Cox's Bazar", past its possessive) is the place
            if (doc.Has(Layer.Places))
                foreach (var p in doc.Places)
                    if (p.Span.Start == _t[a].Start && p.Span.End > _t[e].End)
                        while (e + 1 < _n && _t[e + 1].End <= p.Span.End) e++;
            // "across West and Central Africa": two parts of one named region
            if (e == a && Is(e + 1, "and") && Compass(Word(e)) && e + 3 < _n && _t[e + 2].Kind == TK.Word && Compass(Word(e + 2))
                && _t[e + 3].Kind == TK.Word && char.IsUpper(_s[_t[e + 3].Start]))
                for (e += 3; e + 1 < _n && _t[e + 1].Kind == TK.Word && _t[e + 1].Start - _t[e].End <= 1 && char.IsUpper(_s[_t[e + 1].Start]);) e++;
            // "the Kenyan and Tanzanian capitals": two names sharing the kind of place after them
            if (Is(e + 1, "and") && e + 3 < _n && _t[e + 2].Kind == TK.Word && char.IsUpper(_s[_t[e + 2].Start])
                && _t[e + 3].Kind == TK.Word && W.PlaceNouns.Contains(Word(e + 3)))
                e += 2;
            if (e + 1 < _n && _t[e + 1].Kind == TK.Word && char.IsLower(_s[_t[e + 1].Start]))
            {
                var next = Word(e + 1);
                // the kind of place after its name is part of it: "the Saltivskyi district", "the Tanzanian capital"
                if (W.PlaceNouns.Contains(next))
                {
                    e++;
                    // "the Libyan city of Derna": the name after the kind of place is the place
                    if (Is(e + 1, "of") && e + 2 < _n && _t[e + 2].Kind == TK.Word && char.IsUpper(_s[_t[e + 2].Start]))
                        for (e += 2; e + 1 < _n && _t[e + 1].Kind == TK.Word && _t[e + 1].Start - _t[e].End == 1
                             && (char.IsUpper(_s[_t[e + 1].Start]) || e + 2 < _n && IsNameParticle(e + 1) && _t[e + 2].Kind == TK.Word && char.IsUpper(_s[_t[e + 2].Start]));) e++;
                }
                // a name before the people or things it describes is no place: "Serb police", "three Atlanta attacks",
                // "public TV interviews"; nor is a hyphened pair before a noun: "in the Iran-Iraq war"
                // (a toll's verb is no noun: "Quake toll in Myanmar passes 3,000", "rises")
                else if (PluralWord(e + 1) && !In(e + 1, W.ToCount) && next is not ("rises" or "climbs" or "jumps" or "nears" or "reaches") || (Lexicon.Cues(Slot(e + 1)) & Cue.Thing) != 0 || W.GroupNouns.Contains(next)
                         || compound && !Stop(e + 1) && (Lexicon.Cues(Slot(e + 1)) & Cue.PlaceLead) == 0
                            && !InTime(e + 1) && !InTime(e + 2) // ("in Pont-Sondé over the weekend": a time after a place)
                         // nor a people's adjective before a noun: "near the American embassy", "in an Israeli airstrike" (not a
                         // place the place stage found: "in Japan alone")
                         || e == a && Demonym(Word(a)) && !PlaceStartsAt(a) && !Stop(e + 1) && (Lexicon.Cues(Slot(e + 1)) & Cue.PlaceLead) == 0
                            && !InTime(e + 1) && !next.EndsWith("ly", StringComparison.Ordinal)
                         // nor a name the place stage did not find before the noun it describes: "in the Bin Laden
                         // investigation", "in the Enron case" (not "in the Kabul attack", a place it found)
                         || Is(a - 1, "the") && doc.Has(Layer.Places) && !PlaceStartsAt(a) && !Stop(e + 1) && (Lexicon.Cues(Slot(e + 1)) & Cue.PlaceLead) == 0
                            && !InTime(e + 1) && !next.EndsWith("ly", StringComparison.Ordinal)) return null;
            }
            int spanStart = _t[k + 1].Start;
            // "in Ethiopia's Amhara region": the place is the one the country's possessive leads to
            if (Possessive(e + 1) && e + 3 < _n && _t[e + 3].Kind == TK.Word && char.IsUpper(_s[_t[e + 3].Start]) && Lexicon.Info(_slots[e + 3]).Class is not (WC.Month or WC.Weekday))
            {
                int n3 = e + 3;
                while (n3 + 1 < _n && _t[n3 + 1].Kind == TK.Word && _t[n3 + 1].Start - _t[n3].End <= 1 && char.IsUpper(_s[_t[n3 + 1].Start])) n3++;
                if (n3 + 1 < _n && W.PlaceNouns.Contains(Word(n3 + 1))) n3++;
                spanStart = _t[e + 3].Start;
                e = n3;
            }
            // "in Khartoum's twin city of Omdurman", "Gaza City's eastern district of Shujaiya": a place after the possessive's kind
            // of place and "of"
            else if (Possessive(e + 1))
            {
                int m = e + 3;
                while (m < _n && m < e + 6 && _t[m].Kind == TK.Word && char.IsLower(_s[_t[m].Start]) && !W.PlaceNouns.Contains(Word(m))) m++;
                if (m + 2 < _n && W.PlaceNouns.Contains(Word(m)) && Is(m + 1, "of") && _t[m + 2].Kind == TK.Word && char.IsUpper(_s[_t[m + 2].Start])
                    && Lexicon.Info(_slots[m + 2]).Class is not (WC.Month or WC.Weekday))
                {
                    int n4 = m + 2;
                    while (n4 + 1 < _n && _t[n4 + 1].Kind == TK.Word && _t[n4 + 1].Start - _t[n4].End <= 1 && char.IsUpper(_s[_t[n4 + 1].Start])) n4++;
                    spanStart = _t[m + 2].Start;
                    e = n4;
                }
            }
            return new TextSpan(spanStart, _t[e].End);
        }

        /// <summary>Buildings and bodies a country has abroad: "embassies of the United States" is no place.</summary>
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Institutions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "embassy", "embassies", "consulate", "consulates", "mission", "missions", "headquarters", "office", "offices" }.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>A capitalised word with an ending of a people's adjective: "American", "Israeli", "Sudanese", "Turkish", "Slavic".</summary>
        private static bool Demonym(ReadOnlySpan<char> w) =>
            w.Length > 4 && char.IsUpper(w[0]) && char.IsLower(w[^1])
            && (w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal)
                || w.EndsWith("li", StringComparison.Ordinal) || w.EndsWith("ni", StringComparison.Ordinal) || w.EndsWith("qi", StringComparison.Ordinal)
                || w.EndsWith("ic", StringComparison.Ordinal));

        /// <summary>True when the place word at <paramref name="k"/> follows <paramref name="place"/> with nothing but spaces or a comma between.</summary>
        private bool Locates(TextSpan place, int k) => _t[k].Start >= place.End && _s.AsSpan(place.End, _t[k].Start - place.End).Trim().TrimStart(',').IsEmpty;

        /// <summary>
        /// The sentence-wide facts its figures share, in one pass over its words: whether it counts a total since a start
        /// ("since the war began", "so far", "to date") and who gives the count ("according to the health ministry" →
        /// "the health ministry"); returns the first, sets <see cref="_claimant"/>.
        /// </summary>
        private bool SentenceFacts()
        {
            bool cumulative = false, claimed = false;
            for (int k = 0; k < _n; k++)
            {
                int slot = _slots[k];
                if (!Lexicon.In(slot, W.Reporting | W.FactWords)) continue; // each test below opens with one (no word outside the lexicon is in a set)
                if (!cumulative && (Lexicon.Cues(slot) & Cue.TotalLead) != 0 && TotalAt(k)) { cumulative = true; _totalLead = k; } // each test of TotalAt opens with one (FigureWords.TotalLeads)
                if (!claimed && k + 2 < _n && Is(k, "according") && Is(k + 1, "to"))
                {
                    int a = k + 2, e = a;
                    // to the comma, or to the count when none sets the source off: "According to the ministry over 345 pilgrims ..."
                    // (an initialism's points are the source's: "according to the U.N.")
                    // (a participle after the source says when or how it spoke: "according to the latest government figures released
                    // in March 2023")
                    while (e < _n && !(_t[e].Kind == TK.Punct && _s[_t[e].Start] is ',' or '.' or ';' or '(' && !InitialismPoint(e)) && !(StartsNumber(e) && !InTime(e))
                           && !(e > a + 1 && (Released(e) || Released(e + 1) && (Word(e) is "last" or "first" or "most" || Word(e).EndsWith("ly", StringComparison.Ordinal))))) e++;
                    if (e > a) { _claimant = _s[_t[a].Start.._t[e - 1].End]; claimed = true; }
                }
                // ("The ministry put the toll at 30": a reporter's figure too)
                // (not a participle paired with another: "28 people confirmed or suspected to have been infected")
                // ("put Russian losses at 1,210 troops" too)
                if ((In(k, W.Reporting) && !Is(k + 1, "or") || Is(k, "put") && Is(k + 1, "the") && (Is(k + 2, "toll") || Is(k + 2, "death") || Is(k + 2, "number"))
                     || (Is(k, "put") || Is(k, "puts")) && (Is(k + 1, "losses") || Is(k + 2, "losses"))
                     // "The army claimed to have killed more than 100 fighters", "Officials estimate that as many as 150,000 ..." (not
                     // "the blast claimed 31 lives", "the latest estimate")
                     || (Is(k, "claimed") || Is(k, "claims") || Is(k, "claim") || Is(k, "estimate")) && (Is(k + 1, "to") || Is(k + 1, "that"))) && _cueCount < 4)
                {
                    switch (_cueCount++) { case 0: _cue0 = k; break; case 1: _cue1 = k; break; case 2: _cue2 = k; break; default: _cue3 = k; break; }
                }
            }
            _claimedByAccording = claimed;
            return cumulative;
        }

        /// <summary>
        /// <see cref="ReporterOf"/>, remembered for the last verb asked: it depends on the sentence alone (and on its verbs, which
        /// <see cref="SentenceFacts"/> has found before any figure asks), and a sentence's figures mostly share their verb.
        /// </summary>
        private string? Reporter(int cue)
        {
            if (cue != _reporterCue) { _reporter = ReporterOf(cue); _reporterCue = cue; }
            return _reporter;
        }

        /// <summary>
        /// Who reports the sentence's count through the reporting verb at <paramref name="cue"/>: the words before it back to
        /// a comma or the sentence's start ("Palestinian health officials said at least 21 ...", "..., officials said"), or
        /// after it when it follows a comma (", said the ministry"). Null for pronouns, relative clauses and long runs.
        /// </summary>
        private string? ReporterOf(int cue)
        {
            int a, e;
            // "..., with Yerevan saying two of its soldiers were killed and Baku reporting one wounded": a reporter only in that
            // shape, a few words after "with" or "and" ("The group claimed the attack, saying ..." names none)
            if (Is(cue, "saying") || Is(cue, "reporting"))
            {
                // "JNIM claimed responsibility, saying it had killed ...": the named doer of the clause before (not "The group
                // claimed the attack, saying ...")
                if (IsP(cue - 1, ',') && SubjectNamed(cue - 1) is { } doer) return doer;
                int b = cue - 1;
                while (b >= 0 && b >= cue - 5 && _t[b].Kind == TK.Word && !Is(b, "with") && !Is(b, "and")) b--;
                if (b < 0 || b == cue - 1 || !(Is(b, "with") || Is(b, "and")) || W.NotReporter.Contains(Word(cue - 1))) return null;
                return _s[_t[b + 1].Start.._t[cue - 1].End];
            }
            // ", said Lt. James Rhodes of the county sheriff's office": a name or a described reporter, not "said in a statement"
            // (also after a quote's closing mark: '"Twenty people died here," said Fatima Musa')
            // (", say medics" in a headline: a plural noun alone that ends the sentence)
            if ((IsP(cue - 1, ',') || (IsP(cue - 1, '"') || IsP(cue - 1, '”')) && IsP(cue - 2, ',')) && cue + 1 < _n && _t[cue + 1].Kind == TK.Word && (char.IsUpper(_s[_t[cue + 1].Start]) || Word(cue + 1) is "the" or "a" or "an"
                || PluralWord(cue + 1) && !W.NotReporter.Contains(Word(cue + 1)) && (cue + 2 >= _n || _t[cue + 2].Kind == TK.Punct))
                && ReporterAfter(cue) is var (ia, ie) && ia >= 0)
            {
                a = ia; e = ie;
            }
            else
            {
                // "..., the regional governor, Oleksandr Hnatenko, said on Telegram": the name set off before the verb
                e = IsP(cue - 1, ',') ? cue - 2 : cue - 1;
                // "were reported killed", "are reported to have died": no reporter
                // ("a claim that could not be independently verified": past the adverb)
                int aux = e > 0 && Word(e).EndsWith("ly", StringComparison.Ordinal) ? e - 1 : e;
                if (aux >= 0 && (In(aux, W.Passive) || Is(aux, "is") || Is(aux, "are") || Is(aux, "be"))) return null;
                // "Sudan and Pakistan each recorded six killings": the countries saw them, they did not report them
                if (e >= 0 && Is(e, "each")) return null;
                // "the highest number ever recorded": a participle after an adverb of time, no reporter
                if (e >= 0 && e == cue - 1 && (Is(e, "ever") || Is(e, "never"))) return null;
                // "The UN have confirmed", "The UN has repeatedly warned": the reporter, not its auxiliary or adverb
                while (e > 0 && (Is(e, "have") || Is(e, "has") || Is(e, "had") || In(e, W.ReportAdverbs))) e--;
                // "the Muslim Brotherhood -- the group that backs the president -- has said": the reporter before the aside
                if (AsideOpening(e) is var opening and >= 0) e = opening - 1;
                // "The commission put the toll at 39, ..., and said 32 people had been abducted": the second verb of the same
                // reporter, named with the sentence's first
                if (e > 0 && Is(e, "and"))
                {
                    int first = -1;
                    for (int i = 0; i < _cueCount; i++)
                        if ((i switch { 0 => _cue0, 1 => _cue1, 2 => _cue2, _ => _cue3 }) is var c && c < e && (first < 0 || c < first)) first = c;
                    // ("A spokesman for the force denied targeting civilians and said 11 of its fighters had died": the subject of
                    // the sentence's first verb)
                    return first >= 0 ? ReporterOf(first) : SubjectNamed(e, named: false);
                }
                // (a long one only when it opens the sentence: "A medical source at a hospital in nearby Al-Dueim said")
                a = RunStart(e, 12);
                if (e - a >= 8 && a > 0 && !AfterDateline(a)) a = RunStart(e);
                // (a clause's verb or a subordinator inside a long run starts the reporter after it: "The move had been widely
                // expected after northern Ireland police said")
                // (in a shorter one, a word that opens a clause, not "and"/"but", which may join two reporters: "The curfew was
                // imposed after district officials said")
                for (int m = e - 1; m > a; m--)
                    if (e - a >= 8 && (In(m, W.Passive) || Is(m, "had") || Is(m, "has") || Is(m, "have")) || W.Subordinators.Contains(Word(m)) && (e - a >= 8 || !Is(m, "and") && !Is(m, "but")))
                    { a = m + 1; break; }
                // "exchanged 390 prisoners each, the first stage of what officials said would be the largest swap": the verb
                // says what the swap would be, not the count
                for (int m = a; m < e; m++)
                    if (Word(m).Equals("what", StringComparison.OrdinalIgnoreCase)) return null;
                // (the reporter may open the lede after its dateline: "BEIRUT (Wire) - Lebanon's health ministry said …")
                // (or after a spaced dash: a live blog's "08:45 GMT - Iranian state TV says ...")
                // (or after a semicolon: "The army said it had killed 20 militants; the health ministry said 44 people had been killed")
                // (or after a closing quote: '"... has been killed in Syria," Carter said'; or after a word that opens a clause:
                // "The move had been expected after northern Ireland police said")
                if (e < 0 || _t[e].Kind != TK.Word || a > 0 && !IsP(a - 1, ',') && !IsP(a - 1, ';') && !IsP(a - 1, '"') && !IsP(a - 1, '“') && !IsP(a - 1, '”') && !AfterDateline(a) && !SpacedDash(a - 1)
                    && !(W.Subordinators.Contains(Word(a - 1)) && !Is(a - 1, "and") && !Is(a - 1, "but"))
                    || e - a >= (a == 0 || AfterDateline(a) ? 12 : 8)) return null;
            }
            // "The group said its teams had recorded 43 deaths": the run holds an earlier reporting verb, whose reporter it is
            // (only a run before the verb: each such step moves back, so it ends)
            if (e < cue)
                for (int m = a; m < e; m++)
                    if (In(m, W.Reporting)) return ReporterOf(m);
            while (a < e && W.Subordinators.Contains(Word(a))) a++; // "..., while the rebels said"
            // "A hospital official, speaking on condition of anonymity, said", "The Syrian Observatory for Human Rights, a
            // Britain-based war monitor, said", "Rescue officials, quoted by state media, said": the reporter is named before the
            // phrase set off by commas
            if (e >= a && e == cue - 2 && IsP(a - 1, ',') && (Is(a, "a") || Is(a, "an") || Is(a, "speaking") || Is(a, "who") || Is(a, "which") || Is(a, "quoted") || Is(a, "cited")) && a >= 2
                && _t[a - 2].Kind == TK.Word && NamedBefore(a - 2) is var (na, ne) && na >= 0)
                return _s[_t[na].Start.._t[ne].End];
            // "A further 171,000 were displaced, it said", "..., they said": the reporter named in the sentences before
            if (a == e && _lookBack && (Word(e).Equals("it", StringComparison.OrdinalIgnoreCase) || Word(e).Equals("they", StringComparison.OrdinalIgnoreCase)))
                return EarlierReporter(Word(e).Equals("it", StringComparison.OrdinalIgnoreCase));
            // a pronoun ("he said"), or a relative clause's reporter ("a man who said")
            // (an acronym is no pronoun: "WHO spokesperson Tarik Jasarevic said")
            if (W.NotReporter.Contains(Word(e)) || a < e && W.NotReporter.Contains(Word(a)) && !AllCapitals(a)) return null;
            // "Myanmar recorded the most casualties": a place where they were counted, not who counted them
            if (In(cue, W.Recording) && doc.Has(Layer.Places))
                foreach (var p in doc.Places)
                    if (p.Span.Start == _t[a].Start && p.Span.End == _t[e].End) return null;
            return _s[_t[a].Start.._t[e].End];
        }

        /// <summary>
        /// The reporter's first and last tokens after the reporting verb at <paramref name="cue"/> (", said Lt. James Rhodes of
        /// the county sheriff's office"), up to the next punctuation; (-1, -1) when those words are what was said, a clause with
        /// its verb or count ("Rescue officials, quoted by state media, said the toll had reached 26").
        /// </summary>
        private (int First, int Last) ReporterAfter(int cue)
        {
            int a = cue + 1, e = a;
            while (e + 1 < _n && e - a < 8 && !(_t[e + 1].Kind == TK.Punct && _s[_t[e + 1].Start] is ',' or '.' or ';' or '(' or ':'
                   && !(_s[_t[e + 1].Start] == '.' && Glued(e, e + 1) && _t[e].Length <= 3 && char.IsUpper(_s[_t[e].Start]))))
                e++;
            for (int m = a; m <= e; m++)
                if (StartsNumber(m) || Is(m, "had") || Is(m, "has") || Is(m, "have") || In(m, W.Passive)) return (-1, -1);
            return (a, e);
        }

        /// <summary>
        /// The sentence's opening words up to its first verb in the past before <paramref name="limit"/> when they end in a name
        /// ("The al-Qaida-linked group JNIM" claimed), or in any word but a pronoun when not <paramref name="named"/> ("A
        /// spokesman for the force" denied), or null.
        /// </summary>
        private string? SubjectNamed(int limit, bool named = true)
        {
            int s0 = 0;
            if (OwnDateline() is { } dl)
                while (s0 < _n && _t[s0].Start < dl.Span.End) s0++;
            for (int k = s0 + 1; k < limit && k <= s0 + 10; k++)
            {
                if (_t[k].Kind != TK.Word || !char.IsLower(_s[_t[k].Start]) || _t[k - 1].Kind != TK.Word) continue;
                if (!(Word(k).EndsWith("ed", StringComparison.Ordinal) || In(k, W.Reporting))) continue;
                return (!named || char.IsUpper(_s[_t[k - 1].Start])) && !W.NotReporter.Contains(Word(k - 1)) && !W.NotReporter.Contains(Word(s0))
                    ? _s[_t[s0].Start.._t[k - 1].End] : null;
            }
            return null;
        }

        /// <summary>
        /// The reporter "it"/"they" stands for: the reporter of the last reporting verb of the nearest of the two sentences before
        /// that has one with a named reporter ("The UN refugee agency said ... . A further 171,000 were displaced, it said"); for
        /// "it" (<paramref name="single"/>), not a plural noun ("officials"). Null when there is none. Those sentences' own
        /// pronouns are not looked back from.
        /// </summary>
        private readonly string? EarlierReporter(bool single)
        {
            var sentences = doc.Sentences.AsSpan();
            int at = TextAround.IndexHolding(sentences, static x => x.Span, sentence.Start);
            for (int i = at - 1; i >= 0 && i >= at - 2; i--)
            {
                var earlier = sentences[i].Span;
                var sheet = _earlier ??= new TokenSheet();
                sheet.Clear();
                Lexer.Lex(_s, earlier.Start, earlier.End, sheet);
                var reader = new SentenceReader(doc, _times.Length == 0 ? default : doc.Times.AsSpan(), published, earlier, sheet.Toks.AsSpan(0, sheet.Count),
                    sheet.Slots.AsSpan(0, sheet.Count), default, 0) { _lookBack = false };
                if (reader.LastReporter() is { } named)
                {
                    // (a plural is a noun in lower case, or the reporter's one word: "health officials", "Officials"; not "the United Nations")
                    int last = named.LastIndexOf(' ') + 1;
                    return single && named.EndsWith('s') && (last == 0 || char.IsLower(named[last])) ? null : named;
                }
            }
            return null;
        }

        /// <summary>The reporter of the sentence's last reporting verb that names one (<see cref="ReporterOf"/>), or null.</summary>
        private string? LastReporter()
        {
            _cumulative ??= SentenceFacts();
            for (int i = _cueCount - 1; i >= 0; i--)
                if (ReporterOf(i switch { 0 => _cue0, 1 => _cue1, 2 => _cue2, _ => _cue3 }) is { } named) return named;
            return null;
        }

        [ThreadStatic] private static TokenSheet? _earlier;

        private bool AfterDateline(int k) => OwnDateline() is { } d && d.Span.End == _t[k].Start;

        /// <summary>The dateline that opens the sentence (<see cref="Dateline.At"/>), looked for once: each figure asks, some more than once.</summary>
        private Dateline? OwnDateline()
        {
            if (!_datelineKnown) { _dateline = Dateline.At(_s, sentence.Start, sentence.End); _datelineKnown = true; }
            return _dateline;
        }

        /// <summary>True when token <paramref name="k"/> is the apostrophe of a possessive "'s" glued to the word before it.</summary>
        private bool Possessive(int k) => (IsP(k, '\'') || IsP(k, '\u2019')) && Is(k + 1, "s") && Glued(k - 1, k) && Glued(k, k + 1);

        /// <summary>The sentence's reporting verb nearest to token <paramref name="k"/>, other than token <paramref name="skip"/>.</summary>
        /// <summary>
        /// Whether the word at <paramref name="k"/>, right after a reporting verb, starts what the verb reports ("says air
        /// defences downed ...", "said that"), not a time, a place or the reporter after the verb ("said on Monday", "said
        /// in a statement", "said the ministry").
        /// </summary>
        private bool SaysItsOwn(int k)
        {
            if (k >= _n || _t[k].Kind != TK.Word || InTime(k)) return false;
            var w = Word(k);
            if (w.Equals("that", StringComparison.Ordinal)) return true;
            return char.IsLower(w[0]) && !AfterReportWords.Contains(w);
        }

        /// <summary>Words that may follow a reporting verb that reports what came before it.</summary>
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterReportWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "on", "in", "at", "by", "after", "during", "late", "early", "earlier", "later", "today", "tonight", "yesterday", "last", "this",
            "and", "but", "while", "as", "when", "citing", "adding", "according", "via", "through", "to", "of", "the", "a", "an", "its",
            "his", "her", "their", "without", "with", "before", "from", "officials", "police", "witnesses", "residents", "medics",
            "reporters", "journalists", "lawmakers", "parliament", "us", "me", "him", // "told reporters today": the hearer
        }.GetAlternateLookup<ReadOnlySpan<char>>();

        private int NearestCue(int k, int skip)
        {
            int best = -1;
            for (int i = 0; i < _cueCount; i++)
            {
                int c = i switch { 0 => _cue0, 1 => _cue1, 2 => _cue2, _ => _cue3 };
                // ("Chad has recorded 341 deaths, while in Nigeria the floods have left 400,000 homeless": a verb of record takes its
                // own object, not a contrasting clause's count)
                if (c < k && In(c, W.Recording) && ClauseBetween(_t[c].End, _t[k].Start)) continue;
                // ("the blast killed 12 people and wounded 40 others, while police reported 15 arrests": a contrasting clause's verb
                // reports its own clause)
                // (unless the count is in a quote the verb attributes: '"We have recovered 38 bodies, but we fear ...," he said')
                if (c > k && ClauseBetween(_t[k].End, _t[c].Start) && !QuotedBefore(k, c)) continue;
                // ("Missile strike on Kharkiv kills 7, Kyiv says air defences downed 31 drones": a verb after the count with words
                // of its own reports them)
                if (c > k && SaysItsOwn(c + 1)) continue;
                if (c != skip && (best < 0 || Math.Abs(c - k) < Math.Abs(best - k)) && !SemicolonBetween(c, k)) best = c;
            }
            return best;
        }

        /// <summary>True when "compared with" ("compared to") opens the phrase the time at <paramref name="at"/> ends, within 48
        /// characters, no comma, and after the figure's start at <paramref name="figure"/>.</summary>
        private bool ComparedWith(int at, int figure)
        {
            if (_compared == -2)
            {
                _compared = -1;
                for (int k = 0; k < _n && _compared < 0; k++)
                    if (Is(k, "compared") && (Is(k + 1, "with") || Is(k + 1, "to"))) _compared = k;
            }
            if (_compared < 0) return false;
            int c = _t[_compared].Start;
            return c >= figure && c < at && at - c <= 48 && _s.AsSpan(c, at - c).IndexOfAny(',', ';') < 0;
        }

        /// <summary>
        /// The comma before "possibly as many as 50" that closes a lower bound: "At least 10, possibly ...", "At least 30 people,
        /// and possibly ..." (the count's token and the last word of its people, or the count's token when none); -1 when none.
        /// </summary>
        private int LowBoundBefore(int k, out int count, out int people)
        {
            count = people = -1;
            if (Is(k, "and") || Is(k, "or")) k--;
            if (!IsP(k, ',')) return -1;
            int comma = k--;
            int last = k;
            while (k >= 0 && last - k < 2 && _t[k].Kind == TK.Word && PluralWord(k) && Lexicon.After(Slot(k)) is null) k--;
            if (k < 0 || _t[k].Kind != TK.Num) return -1;
            count = k;
            people = last; // == count when no people are named
            return comma;
        }

        /// <summary>
        /// True when the count at <paramref name="qs"/> is a part of the sentence's last figure: "including 12 Americans", "among
        /// them three women", "claimed 31 lives, including those of six children".
        /// </summary>
        private bool PartOfLast(int qs) =>
            Is(qs - 1, "including") || Is(qs - 1, "them") && Is(qs - 2, "among")
            || Is(qs - 1, "of") && Is(qs - 2, "those") && Is(qs - 3, "including");

        /// <summary>True when a verb of rising stands among the words from <paramref name="from"/> back to <paramref name="to"/>, in one phrase.</summary>
        private bool RiseWithin(int from, int to)
        {
            for (int k = from; k >= 0 && k >= to && _t[k].Kind != TK.Punct; k--)
                if (In(k, W.Rise)) return true;
            return false;
        }

        private bool Released(int k) => Word(k) is "released" or "published" or "issued" or "compiled" or "updated";

        /// <summary>"the attack on Barsalogho", "a drone strike on Kharkiv": "on" after an attack's noun, before a place the place
        /// stage found (not "the attack on the UN convoy", "strikes on Hamas").</summary>
        private bool AttackOnPlace(int k) =>
            Is(k, "on") && In(k - 1, W.AttackNouns) && PlaceStartsAt(Is(k + 1, "the") ? k + 2 : k + 1);

        /// <summary>True when the place stage found a place that starts at token <paramref name="k"/>.</summary>
        private bool PlaceStartsAt(int k)
        {
            if (k >= _n || !doc.Has(Layer.Places)) return false;
            int at = _t[k].Start;
            foreach (var p in doc.Places)
                if (p.Span.Start == at) return true;
            return false;
        }

        /// <summary>"abducted on the road to Dikwa", "the highway between Gao and Ansongo": a road's end, a place the place stage
        /// found, is where (not "the road to peace", "handed over to Kenya").</summary>
        private bool RoadTo(int k) =>
            (Is(k, "to") || Is(k, "between")) && (Is(k - 1, "road") || Is(k - 1, "highway")) && PlaceStartsAt(k + 1);

        /// <summary>"on Lake Kivu", "on the Congo River", "on the Black Sea": "on" before a named water is where a boat went down
        /// (not "on Tuesday", "on the Sudanese army").</summary>
        private bool OnWater(int k)
        {
            if (!Is(k, "on")) return false;
            int j = Is(k + 1, "the") ? k + 2 : k + 1;
            if (Word(j).Equals("Lake", StringComparison.Ordinal)) return j + 1 < _n && _t[j + 1].Kind == TK.Word && char.IsUpper(_s[_t[j + 1].Start]);
            for (int m = j; m < Math.Min(_n, j + 4) && _t[m].Kind == TK.Word && char.IsUpper(_s[_t[m].Start]); m++)
                if (m > j && Word(m) is "River" or "Sea" or "Lake" or "Ocean" or "Gulf" or "Canal") return true;
            return false;
        }

        /// <summary>True when token <paramref name="k"/> is inside a direct quote that closes before token <paramref name="c"/>:
        /// an odd number of quote marks before it in the sentence and one between the two.</summary>
        private bool QuotedBefore(int k, int c)
        {
            int before = 0;
            for (int i = 0; i < k; i++) if (QuoteMark(i)) before++;
            if (before % 2 == 0) return false;
            for (int i = k + 1; i < c; i++) if (QuoteMark(i)) return true;
            return false;
        }

        private bool QuoteMark(int i) => _t[i].Kind == TK.Punct && _s[_t[i].Start] is '"' or '“' or '”';

        /// <summary>
        /// "Army says it repelled assault; at least 48 civilians killed": a semicolon between two tokens puts them in clauses
        /// of their own, so a reporting verb on one side reports nothing on the other.
        /// </summary>
        private bool SemicolonBetween(int a, int b)
        {
            for (int i = Math.Min(a, b) + 1; i < Math.Max(a, b); i++)
                if (IsP(i, ';')) return true;
            return false;
        }

        /// <summary>
        /// The kind of people "arrivals" are when a word of the sentence tells of flight (<see cref="W.Flight"/>): refugees when
        /// one tells of going abroad (<see cref="W.Abroad"/>: "refugees", "crossed", "neighbouring"), else people displaced at
        /// home ("fled Zamzam camp ...; partners are trucking water for 200,000 new arrivals" in Tawila); null when none does.
        /// </summary>
        private FigureKind? Flight()
        {
            bool fled = false, abroad = false;
            for (int k = 0; k < _n; k++)
            {
                fled |= In(k, W.Flight);
                abroad |= In(k, W.Abroad);
            }
            return !fled ? null : abroad ? FigureKind.Refugees : FigureKind.Displaced;
        }

        /// <summary>True when a word of the sentence tells of hardship (<see cref="W.Hardship"/>); read once a sentence.</summary>
        private bool HasHardship()
        {
            if (_hardship is bool known) return known;
            bool found = false;
            for (int k = 0; k < _n && !found; k++) found = In(k, W.Hardship);
            _hardship = found;
            return found;
        }

        private bool TotalAt(int k)
        {
            // Each pattern opens with its own word: the word is read once and only its patterns are tried ("in" and "to",
            // common words, passed a dozen tests before).
            var w = Lexicon.Key(Slot(k));
            if (ReferenceEquals(w, "since"))
                return !AfterSuperlative(k) && !ChangeSince(k) && (Is(k + 1, "the") && (In(k + 2, W.WarStart)
                    // "the death toll since the October 9 vote", "killed since the military seized power in a February 2021 coup",
                    // "have been killed near the sites since the foundation began operating in late May", "Since the military seized
                    // power in 2022, ... has killed" (not "on the run since the 1998 bombing")
                    || TimeWithin(k + 2, 12) && (k == 0 || KindWordBefore(k)))
                    || k + 1 < _n && _t[k + 1].Kind == TK.Num || Lexicon.Info(Slot(k + 1)).Class == WC.Month
                    || Is(k + 1, "then") // "have been killed in the offensive since then"
                    // "since Iran began its retaliatory strikes": a start a clause names
                    || In(k + 2, W.Began) || In(k + 3, W.Began) && _t[k + 2].Kind == TK.Word
                    // "since mid-June", "since early March", "since last May": a time right after it
                    || (Is(k + 1, "mid") || Is(k + 1, "early") || Is(k + 1, "late")) && Lexicon.Info(Slot(IsP(k + 2, '-') ? k + 3 : k + 2)).Class == WC.Month
                    || k + 1 < _n && InTime(k + 1));
            bool years = ReferenceEquals(w, "years") || ReferenceEquals(w, "year");
            // ("five years on, ...", "a year on from the coup"; not "the deadliest year on record")
            if (years && Is(k + 1, "on") && (k + 2 >= _n || _t[k + 2].Kind == TK.Punct || Is(k + 2, "from"))) return true;
            // ("Nearly two years into the war, more than 8 million people have been displaced")
            if (years || ReferenceEquals(w, "months") || ReferenceEquals(w, "month"))
                return Is(k + 1, "into") && Is(k + 2, "the") && In(k + 3, W.WarStart) && !Is(k + 3, "start");
            if (ReferenceEquals(w, "in"))
                return Is(k + 1, "total") || Is(k + 1, "all") && IsP(k + 2, ',')
                    // "the war, which began in April 2023, has killed ...": a total since its start
                    // (not inside a superlative's "since": "one of the highest daily figures since the invasion began in February 2022")
                    || (In(k - 1, W.Began) || BrokeOut(k - 1)) && k + 1 < _n && (_t[k + 1].Kind == TK.Num || Lexicon.Info(Slot(k + 1)).Class == WC.Month)
                        && !InSuperlativeSince(k)
                    // "the war, which began when the rebels seized the capital in late 2014, has killed ..."
                    || k + 1 < _n && InTime(k + 1) && BeganBefore(k);
            if (ReferenceEquals(w, "to")) return Is(k + 1, "date");
            if (ReferenceEquals(w, "so")) return Is(k + 1, "far");
            if (ReferenceEquals(w, "throughout")) return Is(k + 1, "the") && (Is(k + 2, "war") || Is(k + 2, "conflict"));
            // "Thirteen aid workers have been killed in Sudan this year": a present perfect over the year (month) under way
            // (not a superlative's: "427 people are feared to have died, ... possibly the deadliest tragedy at sea this year")
            if (ReferenceEquals(w, "this")) return (Is(k + 1, "year") || Is(k + 1, "month")) && PerfectBefore(k) && !AfterSuperlative(k);
            // "a war that has killed tens of thousands", "the conflict, which has displaced more than 2 million", "The war has
            // killed at least 150,000": what a war has done so far is its toll since it began
            if (ReferenceEquals(w, "which") || ReferenceEquals(w, "that"))
                return HasOrHave(k + 1) && (In(k - 1, W.Wars) || IsP(k - 1, ',') && In(k - 2, W.Wars)
                    // ("a decade of violence in the country's south that has killed more than 5,000": a verb of harm after it)
                    || (WarOfPlace(k - 1) || IsP(k - 1, ',') && WarOfPlace(k - 2)) && (Lexicon.Before(Slot(k + 2)) is not null || Is(k + 2, "left")));
            // "the overall death toll", "the overall number of people killed"
            if (ReferenceEquals(w, "overall")) return Is(k + 1, "toll") || Is(k + 1, "death") && Is(k + 2, "toll") || Is(k + 1, "number");
            return In(k, W.Wars) && HasOrHave(k + 1) && k + 2 < _n && (Word(k + 2).EndsWith("ed", StringComparison.Ordinal) || Is(k + 2, "left"));
        }

        private bool HasOrHave(int k) => Is(k, "has") || Is(k, "have");

        /// <summary>
        /// True when the words ending at <paramref name="e"/> are a war and where it is fought: "violence in the country's southern
        /// provinces", "the conflict in eastern Congo" (a place phrase after the war's word, no punctuation but a possessive).
        /// </summary>
        private bool WarOfPlace(int e)
        {
            for (int b = e; b >= 1 && b >= e - 8; b--)
            {
                if (Possessive(b) || b > 0 && Possessive(b - 1) && Is(b, "s")) continue;
                if (_t[b].Kind != TK.Word) return false;
                if (Is(b, "in") && (In(b - 1, W.Wars) || Is(b - 1, "violence"))) return true;
            }
            return false;
        }

        /// <summary>
        /// The "total" of ", bringing the total [since April 2023] to" before the count at <paramref name="qs"/> (a few words of
        /// time may stand between), or -1.
        /// </summary>
        private int TotalTo(int qs)
        {
            if (!Is(qs - 1, "to")) return -1;
            for (int b = qs - 2; b >= 2 && b >= qs - 8 && (_t[b].Kind != TK.Punct || InTime(b)); b--)
                if (Is(b, "total")) return Is(b - 1, "the") && In(b - 2, W.Raising) && (b == qs - 2 || InTime(qs - 2)) ? b : -1;
            return -1;
        }

        /// <summary>True when the running total's lead <paramref name="k"/> is a war's present perfect ("a war that has killed").</summary>
        private bool WarSoFar(int k) => In(k, W.Wars) || Is(k, "which") || Is(k, "that");

        /// <summary>"the civil war, which broke out in 2013": token <paramref name="k"/> is the "out" of "broke out".</summary>
        /// <summary>A capitalised point of the compass that opens a region's name: "West" Africa, "Central" Asia, "Southern" Europe.</summary>
        private static bool Compass(ReadOnlySpan<char> w) =>
            w is "West" or "East" or "North" or "South" or "Central" or "Western" or "Eastern" or "Northern" or "Southern";

        /// <summary>True when token <paramref name="k"/> is a dash set off by spaces (" - ", " – ", " — "), not a hyphen inside a word.</summary>
        private bool SpacedDash(int k) => (IsP(k, '-') || IsP(k, '–') || IsP(k, '—')) && !Glued(k, k + 1) && !Glued(k - 1, k);

        /// <summary>
        /// The token of the dash that opens an aside set off by dashes (" -- ", " — ", " – ") whose closing dash is token
        /// <paramref name="e"/> ("the Muslim Brotherhood -- the group that backs Morsy -- has said"), within twelve tokens; -1.
        /// </summary>
        private int AsideOpening(int e)
        {
            if (e < 1 || !Dash(e) || Glued(e, e + 1)) return -1;
            if (Dash(e - 1) && Glued(e - 1, e)) e--; // "--" as two hyphens
            for (int b = e - 2; b >= 1 && b >= e - 12; b--)
            {
                if (IsP(b, '.') || IsP(b, ';') || _t[b].Kind == TK.Punct && _s[_t[b].Start] is '"' or '“' or '”') return -1;
                if (Dash(b) && !Glued(b - 1, b)) return b;
                if (Dash(b) && Dash(b - 1) && Glued(b - 1, b) && !Glued(b - 2, b - 1)) return b - 1;
            }
            return -1;
        }

        /// <summary>
        /// True when the count at <paramref name="k"/> opens an aside set off by a dash or a bracket, or the item after a comma of
        /// a list that one opens ("-- one Arab, one Sudanese --"; not "– including seven children –").
        /// </summary>
        private bool AsideOpensList(int k)
        {
            int b = k - 1;
            if (IsP(b, ',')) for (b = k - 2; b > 0 && b > k - 6 && _t[b].Kind == TK.Word;) b--;
            return b > 0 && (Dash(b) && !Glued(b, b + 1) || IsP(b, '('));
        }

        private bool Dash(int k) => IsP(k, '-') || IsP(k, '–') || IsP(k, '—');

        /// <summary>True when a line break lies between tokens <paramref name="a"/> and <paramref name="b"/>.</summary>
        private bool LineBreakBetween(int a, int b) => _s.AsSpan(_t[a].End, _t[b].Start - _t[a].End).Contains('\n');

        /// <summary>True when "toll" or a kind word stands among the six words before token <paramref name="k"/> (no punctuation between).</summary>
        private bool KindWordBefore(int k)
        {
            for (int b = k - 1; b >= 0 && b >= k - 6 && (_t[b].Kind == TK.Word || IsP(b, '-')); b--)
                if (Is(b, "toll") || Lexicon.Before(Slot(b)) is not null || Lexicon.After(Slot(b)) is not null) return true;
            return false;
        }

        /// <summary>True when "began when" opens the clause a few words before token <paramref name="k"/> (no punctuation between).</summary>
        private bool BeganBefore(int k)
        {
            for (int b = k - 1; b >= 1 && b >= k - 9 && _t[b].Kind == TK.Word; b--)
                if (Is(b, "when") && In(b - 1, W.Began)) return true;
            return false;
        }

        /// <summary>True when one of the <paramref name="count"/> tokens from <paramref name="from"/> on, words all, lies in a time.</summary>
        private bool TimeWithin(int from, int count)
        {
            for (int k = from; k < _n && k < from + count && (_t[k].Kind != TK.Punct || IsP(k, '-')); k++)
                if (InTime(k)) return true;
            return false;
        }

        /// <summary>
        /// True when the word at <paramref name="k"/> ("since", "this") ends a superlative's phrase ("the highest number of
        /// injured in the capital since the start of the war", "the deadliest attack since 2019", "the deadliest tragedy at sea
        /// this year"): a comparison, not the start of a total.
        /// </summary>
        private bool AfterSuperlative(int k)
        {
            // ("..., highest since 2015" in a headline, "its highest since": no article)
            for (int b = k - 1; b >= 1 && b >= k - 9 && _t[b].Kind == TK.Word; b--)
                if ((Is(b - 1, "the") || IsP(b - 1, ',') || Is(b - 1, "its") || Is(b - 1, "their")) && (Is(b, "highest") || Is(b, "deadliest") || Is(b, "bloodiest") || Is(b, "worst") || Is(b, "largest")
                    || Is(b, "biggest") || Is(b, "heaviest") || Is(b, "most") || Is(b, "first")))
                    return true;
            return false;
        }

        /// <summary>
        /// True when the "since" at <paramref name="k"/> dates a change, not a total: "has reached 3.1 million, ..., a rise of
        /// 400,000 since January" (a word of change or "up"/"down" and a count within the six words before it).
        /// </summary>
        private bool ChangeSince(int k)
        {
            for (int b = k - 1; b >= 1 && b >= k - 6 && (_t[b].Kind == TK.Word || _t[b].Kind == TK.Num); b--)
            {
                var w = Word(b - 1);
                if (StartsNumber(b) && (w.Equals("rise", StringComparison.OrdinalIgnoreCase) || w.Equals("increase", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("of", StringComparison.OrdinalIgnoreCase) && (Word(b - 2).Equals("rise", StringComparison.OrdinalIgnoreCase)
                        || Word(b - 2).Equals("increase", StringComparison.OrdinalIgnoreCase) || Word(b - 2).Equals("drop", StringComparison.OrdinalIgnoreCase))
                    || Is(b - 1, "up") || Is(b - 1, "down"))) return true;
            }
            return false;
        }

        /// <summary>True when token <paramref name="k"/> lies in the clause a superlative's "since" opens, up to eight words back.</summary>
        private bool InSuperlativeSince(int k)
        {
            for (int b = k - 1; b >= 1 && b >= k - 8 && (_t[b].Kind == TK.Word || IsP(b, '-')); b--)
                if (Is(b, "since")) return AfterSuperlative(b);
            return false;
        }

        private bool BrokeOut(int k) =>
            k >= 1 && Word(k).Equals("out", StringComparison.OrdinalIgnoreCase) && Word(k - 1).Equals("broke", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// True when the noun phrase from <paramref name="h"/> (after "of") has a thing for its head: "the guns", "hours",
        /// "confirmed suicide attempts", "those coffins" (not "the hospital's staff", "the 20 people").
        /// </summary>
        private bool ThingAfterOf(int h)
        {
            int stop = h + 2;
            while (h < _n && h < stop && W.OfDeterminer.Contains(Word(h))) h++;
            for (int m = h; m < Math.Min(_n, h + 3) && _t[m].Kind == TK.Word; m++)
            {
                if ((Lexicon.Cues(Slot(m)) & Cue.Thing) != 0) return !IsP(m + 1, '\'') && !IsP(m + 1, '’');
                if (PluralWord(m) || PersonHead(Word(m)) || Lexicon.After(Slot(m)) is not null) return false;
            }
            return false;
        }

        /// <summary>True when token <paramref name="k"/> is a word that reads as an English plural ("soldiers", "people").</summary>
        private bool PluralWord(int k) => k < _n && _t[k].Kind == TK.Word && (Word(k) is var w && (w.Length > 3 && w[^1] == 's' || PersonHead(w)));

        private static bool PersonHead(ReadOnlySpan<char> w) =>
            w.Equals("people", StringComparison.OrdinalIgnoreCase) || w.Equals("police", StringComparison.OrdinalIgnoreCase)
            || w.Equals("children", StringComparison.OrdinalIgnoreCase) || w.Equals("men", StringComparison.OrdinalIgnoreCase)
            || w.Equals("women", StringComparison.OrdinalIgnoreCase) || w.Equals("staff", StringComparison.OrdinalIgnoreCase)
            || w.Equals("personnel", StringComparison.OrdinalIgnoreCase);

        /// <summary>"were", "in", "the", ...: <see cref="FigureWords.Stops"/>.</summary>
        private bool Stop(int j) => (Lexicon.Cues(Slot(j)) & Cue.Stop) != 0;

        private bool StartsNumber(int k)
        {
            int q = k;
            if (Is(q, "at") && Is(q + 1, "least") || Is(q, "more") && Is(q + 1, "than") || Is(q, "up") && Is(q + 1, "to")) q += 2;
            else if (In(q, W.CountLead)) q += 1;
            // A word of letters no number starts with reads as none: the lexicon has already said so.
            return (uint)q < (uint)_n && (_t[q].Kind == TK.Num || (_t[q].DigitsEnd != _t[q].End || (Lexicon.Cues(_slots[q]) & Cue.NumberStart) != 0) && NumberReader.TryRead(_s, _t[q].Start, sentence.End, out var r) && r.Kind is NumberKind.Cardinal or NumberKind.Vague or NumberKind.Range);
        }

        /// <summary>
        /// False when "a"/"an" before token <paramref name="j"/> cannot start a number: the reader takes one only
        /// before "few", "dozen", "couple" or a scale word of a hundred or more, and most do not stand there.
        /// </summary>
        private bool MayFollowArticle(int j) =>
            j < _n && _t[j].Kind == TK.Word && (_t[j].DigitsEnd != _t[j].End || In(j, W.AfterArticle));

        private int TokenEnding(int from, int charEnd)
        {
            for (int k = from; k < _n; k++)
            {
                if (_t[k].End == charEnd) return k;
                if (_t[k].End > charEnd) return -1;
            }
            return -1;
        }

        /// <summary>True when token <paramref name="k"/> is a word of the set <paramref name="set"/> (one of <see cref="W"/>).</summary>
        private bool In(int k, ulong set) => Lexicon.In(Slot(k), set);

        private int Slot(int k) => (uint)k < (uint)_slots.Length ? _slots[k] : Lexicon.NoSlot;

        private ReadOnlySpan<char> Word(int k) => k >= 0 && k < _n ? _s.AsSpan(_t[k].Start, _t[k].Length) : default;

        /// <summary>True when token <paramref name="k"/> is the word <paramref name="w"/>, ignoring case (one of <see cref="TimeWords.Tested"/>).</summary>
        private bool Is(int k, string w)
        {
            System.Diagnostics.Debug.Assert(Array.IndexOf(TimeWords.Tested, w) >= 0, $"'{w}' is not in TimeWords.Tested");
            return (uint)k < (uint)_slots.Length && ReferenceEquals(Lexicon.Key(_slots[k]), w); // the span's length (_n): no second check
        }

        /// <summary>Whether the full stop at <paramref name="k"/> is glued to a single capital before it ("U.N.", "U.S.").</summary>
        private bool InitialismPoint(int k) => _s[_t[k].Start] == '.' && k > 0 && _t[k - 1].Length == 1 && char.IsUpper(_s[_t[k - 1].Start]) && Glued(k - 1, k);

        /// <summary>Whether token <paramref name="k"/> opens a verb of the count before it: "were", "was", "are", "is", "had", "have", "has".</summary>
        private bool OwnVerbAt(int k) => In(k, W.Passive) && !Is(k, "been") || Is(k, "are") || Is(k, "is") || Is(k, "had") || Is(k, "have") || Is(k, "has");

        /// <summary>
        /// Whether the words after a comma that follows a count open an aside saying more of those counted: "including
        /// seven children", "or 75 per cent of the population", "among them 112 children", "mostly women", "half of them
        /// children", "10 of them soldiers".
        /// </summary>
        private bool OpensAside(int k) =>
            Is(k, "including") || Is(k, "or") || Is(k, "mostly") || Is(k, "among") && Is(k + 1, "them")
            || Is(k + 1, "of") && Is(k + 2, "them") && (Is(k, "half") || Is(k, "most") || Is(k, "many") || Is(k, "some") || Is(k, "all") || Is(k, "several") || StartsNumber(k));

        private bool IsP(int k, char c) => (uint)k < (uint)_t.Length && _t[k].Kind == TK.Punct && _s[_t[k].Start] == c;
    }
}
