using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Cleaning;

/// <summary>
/// Marks the lines of an article that are not its body: related-story headlines, photo captions and
/// their copies, "Source:" lines, bylines, adverts, share prompts, copyright. Rules describe the
/// <em>shape</em> of such lines (a bracketed credit at the end, a short standalone line without final
/// punctuation, a "LABEL: headline" teaser) so they carry across outlets; no site's strings are listed.
/// The first non-empty line is the title (never boilerplate) and sets <see cref="ArticleDocument.TitleSpan"/>.
/// Whole lines only, trimmed of surrounding whitespace; the text itself is never changed.
/// </summary>
public sealed class BoilerplateStage() : Stage("boilerplate", Layer.Boilerplate)
{
    public override void Run(ArticleDocument document)
    {
        var text = document.Text;
        var lines = BoilerplateRules.Lines(text);
        var result = ImmutableArray.CreateBuilder<Boilerplate>();
        if (lines.Count == 0)
        {
            document.Boilerplate = result.ToImmutable();
            return;
        }

        int first = 0;
        if (IsTitleLine(document, lines[0].Span.Of(text)))
        {
            document.TitleSpan ??= lines[0].Span;
            document.Title ??= lines[0].Span.Of(text);
            first = 1;
        }

        // Exact copies: the second copy of a line is noise from page assembly; captions count both copies.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool sawBody = false;
        for (int i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            var s = line.Span.Of(text);
            var kind = BoilerplateRules.Classify(s, line.Standalone, headlineAllowed: sawBody);
            bool copy = !seen.Add(s);
            if (kind is null && copy && s.Length >= 12) kind = BoilerplateKind.Duplicate;
            if (kind is { } k) result.Add(new Boilerplate(line.Span, k));
            else sawBody = true;
        }
        document.Boilerplate = result.ToImmutable();
    }

    /// <summary>
    /// A plain-text article's first line is its title. When the source already named a title (HTML,
    /// JSONL) the first line is taken as that title only if it is one, or looks like one (short, no period).
    /// </summary>
    private static bool IsTitleLine(ArticleDocument document, string firstLine)
    {
        if (document.Title is null) return true;
        if (string.Equals(document.Title.Trim(), firstLine, StringComparison.Ordinal)) return true;
        return BoilerplateRules.WordCount(firstLine) <= 25 && !BoilerplateRules.EndsSentence(firstLine);
    }
}

/// <summary>The line rules of <see cref="BoilerplateStage"/>, public so tests and tools can run them on one line.</summary>
public static partial class BoilerplateRules
{
    /// <summary>A non-empty line, trimmed; <see cref="Standalone"/> when it is a paragraph of its own.</summary>
    public readonly record struct Line(TextSpan Span, bool Standalone);

    /// <summary>
    /// Splits into trimmed non-empty lines. A line is standalone when blank lines surround it, or when the
    /// text has no blank lines at all (then every line is a paragraph, as in feeds and JSONL).
    /// </summary>
    public static List<Line> Lines(string text)
    {
        var spans = new List<(TextSpan Span, bool BlankBefore)>();
        bool blank = true, anyBlank = false;
        int i = 0;
        while (i <= text.Length)
        {
            int end = text.IndexOf('\n', i);
            if (end < 0) end = text.Length;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                spans.Add((new TextSpan(s, e), blank));
                blank = false;
            }
            else if (spans.Count > 0)
            {
                blank = true;
                anyBlank = true;
            }
            i = end + 1;
        }
        var lines = new List<Line>(spans.Count);
        bool inTitleBlock = true;
        for (int k = 0; k < spans.Count; k++)
        {
            // The title's paragraph (title, deck, byline, date lines written one under another) is a header of separate lines.
            if (k > 0 && spans[k].BlankBefore) inTitleBlock = false;
            bool blankAfter = k + 1 == spans.Count || spans[k + 1].BlankBefore;
            lines.Add(new Line(spans[k].Span, !anyBlank || inTitleBlock || (spans[k].BlankBefore && blankAfter)));
        }
        return lines;
    }

    /// <summary>
    /// The kind of boilerplate <paramref name="line"/> is, or null for body. <paramref name="standalone"/>:
    /// the line is a paragraph of its own (teasers and bylines always are; a wrapped body line is not).
    /// <paramref name="headlineAllowed"/>: body has begun, so a short unpunctuated line is a teaser, not the standfirst.
    /// </summary>
    public static BoilerplateKind? Classify(string line, bool standalone = true, bool headlineAllowed = true)
    {
        line = line.Trim();
        if (line.Length == 0) return null;

        // Full-line patterns are specific enough to apply to any line, even one inside a paragraph
        // (captions sit next to their copies; contact blocks run line after line).
        // Most lines are long body sentences; word-count gates keep them off the costlier patterns.
        int words = WordCount(line);
        char last = line[^1];
        if ((last is ']' or ')') && EndsWithCredit(line)) return BoilerplateKind.Caption;
        if (CaptionLabel().IsMatch(line)) return BoilerplateKind.Caption;
        if (SourceLine().IsMatch(line)) return BoilerplateKind.SourceLine;
        if (words <= 40 && IsByline(line, words)) return BoilerplateKind.Byline;
        if (words <= 30 && (Other().IsMatch(line) || IsSocialRow(line))) return BoilerplateKind.Other;
        if (MayBeCopyright(line) && Copyright().IsMatch(line)) return BoilerplateKind.Other;
        if (ContactLine().IsMatch(line) || (words <= 10 && ReleaseMarker().IsMatch(line))) return BoilerplateKind.Other;
        // Press-office contact details: an e-mail address in a line that is not a sentence.
        if (words <= 25 && line.Contains('@') && last != '.' && Email().IsMatch(line)) return BoilerplateKind.Other;

        // Shape rules need the line to be a paragraph of its own: a wrapped body line can look like anything.
        if (!standalone || words > 24) return null;
        if (words <= 10 && ShortMeta().IsMatch(line)) return BoilerplateKind.Other;
        if (words <= 9 && DateOnlyLine().IsMatch(line)) return BoilerplateKind.Other;
        if (words <= 6 && RelatedAlone().IsMatch(line)) return BoilerplateKind.RelatedLink;
        if (IsLabelledTeaser(line)) return BoilerplateKind.RelatedLink;
        if (headlineAllowed && IsHeadline(line)) return BoilerplateKind.RelatedLink;
        return null;
    }

    private static bool MayBeCopyright(string line) =>
        line.Contains('©') || line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("copyright", StringComparison.OrdinalIgnoreCase) || line.AsSpan().IndexOfAny(RightsReserved) >= 0;

    // A vectorised search: a case-blind Contains is a slow character loop in invariant globalization mode (as Sitrep runs),
    // and every line of every article passes here.
    private static readonly SearchValues<string> RightsReserved = SearchValues.Create(["rights reserved"], StringComparison.OrdinalIgnoreCase);

    public static int WordCount(string s)
    {
        int n = 0;
        bool inWord = false;
        foreach (var c in s)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    /// <summary>Ends like a sentence or a quotation: then it is prose, whatever its length.</summary>
    public static bool EndsSentence(string s) =>
        s.Length > 0 && s[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201D' or '\u2019' or '\'' or '\u2026' or '»';

    /// <summary>"… left 400 dead [Reuters]", "… in Goma (Photo: A. Doe/Meridian)", "… [AFP/Getty Images]".</summary>
    public static bool EndsWithCredit(string line)
    {
        var m = CreditAtEnd().Match(line);
        if (!m.Success) return false;
        var credit = m.Groups["c"].Value.Trim();
        if (CreditLabel().IsMatch(credit)) return true;
        // Otherwise every word must be a name (capitalised or an acronym): agencies and photographers.
        int words = 0;
        foreach (var w in credit.Split([' ', '/', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (w is "via" or "for" or "of" or "the" or "and" or "de" or "al" or "el" or "-" or "|") continue;
            if (!char.IsUpper(w[0])) return false;
        }
        if (words == 0 || words > 8) return false;
        // "…talks with the Rapid Support Forces (RSF)" is a line about an acronym, not a credit: the
        // caption credit follows a gap, and a bare acronym in round brackets needs the rest to be a caption.
        int before = m.Index;
        return before > 0 && line[before - 1] is ' ' or '\u00A0' or '.' && WordCount(line[..before]) >= 3
               && (m.Value.TrimStart()[0] == '[' || credit.Contains('/') || credit.Contains(' '));
    }

    private static bool IsByline(string line, int words)
    {
        // Wire sign-offs name several people and places: "(Reporting by A in X and B in Y; Editing by C)".
        if (SignOff().IsMatch(line)) return words <= 40;
        if (words > 14) return false;
        if (line.StartsWith("By ", StringComparison.Ordinal))
        {
            var by = ByName().Match(line);
            return by.Success && words <= 12 && !line.EndsWith('.') && NamesOnly(by.Groups["n"].Value);
        }
        if (words <= 8 && line.AsSpan().IndexOfAny('|', '–', '—') > 0 && NamePipeOutlet().IsMatch(line)) return true;
        if (words <= 8 && line.Contains(',') && NameAndRole().IsMatch(line)) return true;
        return false;
    }

    /// <summary>"Jane Doe and Ahmed Ali in Goma" — capitalised names joined by small words, nothing else.</summary>
    private static bool NamesOnly(string s)
    {
        int caps = 0;
        foreach (var w in s.Split([' ', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w is "and" or "in" or "&" or "|" or "-" or "–" or "—" or "de" or "al" or "bin" or "van" or "von" or "der" or "el" or "la" or "da") continue;
            if (!char.IsUpper(w[0])) return false;
            caps++;
        }
        return caps >= 2;
    }

    /// <summary>"OPINION: …", "READ MORE: …", "Talk to Meridian: …", "Related: …" — a label, a colon, a headline.</summary>
    private static bool IsLabelledTeaser(string line)
    {
        var m = LabelColon().Match(line);
        if (!m.Success) return false;
        var label = m.Groups["l"].Value.Trim();
        var rest = line[(m.Length)..];
        if (rest.Length == 0 || WordCount(rest) > 20) return false;
        bool known = TeaserLabel().IsMatch(label);
        bool allCaps = label.Any(char.IsLetter) && !label.Any(char.IsLower);
        // A title-case programme name ("Talk to X", "Inside Story") counts only when what follows reads as a headline.
        bool titleLabel = WordCount(label) <= 4 && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0])) >= 2;
        bool headlineRest = !EndsSentence(rest) || rest.EndsWith('?');
        if (known || allCaps) return headlineRest;
        return titleLabel && !EndsSentence(rest);
    }

    /// <summary>A short standalone line without final punctuation, between paragraphs: a teaser for another story.</summary>
    private static bool IsHeadline(string line)
    {
        int words = WordCount(line);
        if (words < 3 || words > 14) return false;
        if (EndsSentence(line)) return false;
        char c = line[0];
        // Lists, times ("14:32 GMT" in live blogs) and quotes are body.
        if (!char.IsUpper(c)) return false;
        if (TimeStamp().IsMatch(line)) return false;
        // Headlines are written in the present ("Gunmen kill 22"); a past-tense or reported line that
        // merely lost its full stop ("Six people were killed in the attack") is body and may carry a fact.
        if (ReportedClause().IsMatch(line)) return false;
        return true;
    }

    private static bool IsSocialRow(string line)
    {
        if (line.Length > 100) return false;
        var words = line.Split([' ', '|', '·', '•', '/', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        foreach (var w in words)
            if (!SocialWord().IsMatch(w)) return false;
        return true;
    }

    [GeneratedRegex(@"[\[(](?<c>[^\[\]()]{2,80})[\])]\s*$")]
    private static partial Regex CreditAtEnd();

    [GeneratedRegex(@"^(Photo|Photograph|Picture|Image|File|Credit|Courtesy|Screenshot|Screengrab|Handout|Supplied|Video)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLabel();

    [GeneratedRegex(@"^(Photo|Photograph|Picture|Image|Image caption|Media caption|Image source|Caption|Credit|Photo credit|Pictured)\s*[:,]", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"^\(?\s*(Source|SOURCE|Sources|SOURCES)\s*:")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^\(?\s*((Additional|Further)\s+)?(Reporting|Writing|Editing|Edited|Compiled|Research|Written|Reported)\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^By\s+(?<n>[\p{Lu}].*?)\s*$")]
    private static partial Regex ByName();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}'.\-]+(\s+[\p{Lu}][\p{L}'.\-]+){1,3}\s*[|–—]\s*\S.{0,50}$")]
    private static partial Regex NamePipeOutlet();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}'.\-]+(\s+[\p{Lu}][\p{L}'.\-]+){1,3},\s*((Senior|Chief|Staff|Special|Foreign|Security|Defence|Defense|Africa|Middle East|Diplomatic)\s+)?(Correspondent|Reporter|Writer|Editor|Contributor)\b.{0,30}$")]
    private static partial Regex NameAndRole();

    [GeneratedRegex(@"^(Advertisement|Advert|Sponsored( content)?|Story continues below( advertisement)?|Scroll (down )?to continue( reading| with content)?|Continue reading( the main story)?|Skip (to|past) .{1,30}|Share( this)?( article| story| page| post)?|Share (on|via) .{1,30}|Follow (us|@\S+|(the )?[\p{Lu}][\w ]{1,50})( on .{1,40})?|Like us on .{1,30}|Sign up( now)?( for| to) .{1,80}|Subscribe( now)?( to .{1,60})?|Get (our|the) .{0,40}newsletter.*|Listen to (this|the) (article|story).*|Copy link|Print( this)?( article| page)?|Tweet|Email|Comments?( \(\d+\))?|(Click|Tap) here\b.*|Read (the )?full (story|article|report)( here)?|Most (read|popular|viewed)|Trending( now)?|Recommended( for you| stories)?|\d+\s*min(ute)?s? read|Read time.*|Listen|Watch)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Other();

    [GeneratedRegex(@"^(©|\(c\)\s|Copyright\b)|All rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(Published|Updated|Last updated|Posted|First published)(\s+(on|at))?\s*:?\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex ShortMeta();

    [GeneratedRegex(@"^(Related( (stories|articles|coverage|topics|content|links))?|Read more|More on this( story)?|More from [\p{Lu}][\w ]{1,30}|See also|Also read|Read also|Read next|More stories|Further reading|Explore more)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedAlone();

    [GeneratedRegex(@"^(?<l>[^:.!?""“”]{2,40}):\s+")]
    private static partial Regex LabelColon();

    [GeneratedRegex(@"^(read more|related|opinion|analysis|watch|listen|explainer|feature|in pictures|see also|also read|read also|more|inside story|interactive|video|podcast|special report|live|long read|profile|timeline|fact check|q&a|comment|view|perspective|editorial|breaking|exclusive|infographic|photos|gallery|talk to .+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TeaserLabel();

    [GeneratedRegex(@"^(For (more|further) (information|details)|(Media|Press) (contact|contacts|enquiries|inquiries|office)|Contacts?\s*:|Notes? to editors|About (the|us)\b.{0,60}:)", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    [GeneratedRegex(@"^(\W*(press|news) release|for immediate release|media advisory|embargoed.{0,40}|-+\s*ends\s*-+|ends|#{3}|\*{3})\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseMarker();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex Email();

    // "16 September 2025", "March 3, 2025 10:45 GMT", "2025-09-16": a dateline of the page, not a sentence.
    [GeneratedRegex(@"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(\d{1,2}\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(,?\s+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,5}([+-]\d{1,2})?)?)?$")]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"\b(was|were|had|said|told|according to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedClause();

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}\b")]
    private static partial Regex TimeStamp();

    [GeneratedRegex(@"^(Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Email|E-mail|Print|Reddit|Instagram|YouTube|TikTok|Messenger|Share|Copy|link|Bluesky|Threads|Mastodon|Pinterest|SMS)$", RegexOptions.IgnoreCase)]
    private static partial Regex SocialWord();
}
