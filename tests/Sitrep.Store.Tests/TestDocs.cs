using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Store.Tests;

/// <summary>Builds invented articles with hand-set layers (the extraction stages are other projects' work).</summary>
internal sealed class DocBuilder(string text)
{
    private readonly List<Event> _events = new();
    private readonly List<Place> _places = new();
    private readonly List<Figure> _figures = new();
    private readonly List<Entity> _entities = new();
    private readonly List<Actor> _actors = new();
    private readonly List<Quote> _quotes = new();
    private readonly List<TimeRef> _times = new();

    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }

    public TextSpan Find(string phrase)
    {
        var i = text.IndexOf(phrase, StringComparison.Ordinal);
        if (i < 0) throw new ArgumentException($"'{phrase}' is not in the text");
        return new TextSpan(i, i + phrase.Length);
    }

    public TextSpan SentenceOf(TextSpan span)
    {
        int s = span.Start;
        while (s > 0 && !(text[s - 1] == '\n' || (s >= 2 && text[s - 2] == '.' && text[s - 1] == ' '))) s--;
        int e = span.End;
        while (e < text.Length && text[e] != '\n' && !(text[e] == '.' && (e + 1 == text.Length || text[e + 1] == ' ' || text[e + 1] == '\n'))) e++;
        return new TextSpan(s, Math.Min(text.Length, e + 1));
    }

    public DocBuilder Event(string phrase, string source, string target, string code, int quad = 4, string? where = null,
        string? when = null, bool negated = false, Modality modality = Modality.Asserted)
    {
        var span = Find(phrase);
        _events.Add(new Event(span, source, target, code, quad == 4 ? -10 : -2, quad, quad == 4 ? "ASSAULT" : "PROTEST", negated, modality,
            null, null, SentenceOf(span), when, where));
        return this;
    }

    public DocBuilder Place(string phrase, double lat, double lon, string country, string? admin1, PlacePrecision precision = PlacePrecision.City)
    {
        _places.Add(new Place(Find(phrase), phrase, 1000 + _places.Count, lat, lon, country, admin1, "PPL", precision));
        return this;
    }

    public DocBuilder Figure(string phrase, FigureKind kind, long? low, long? best, long? high, Qualifier q = Qualifier.Exact, string? claimant = null,
        string? when = null, bool cumulative = false, string victims = "civilians")
    {
        _figures.Add(new Figure(Find(phrase), kind, new Bounds(low, best, high), q, victims, when, null, cumulative, claimant));
        return this;
    }

    public DocBuilder Entity(string phrase, EntityLabel label, int cluster)
    {
        _entities.Add(new Entity(Find(phrase), label, cluster, null));
        return this;
    }

    public DocBuilder Actor(string phrase, int cluster, string code, string name)
    {
        var s = Find(phrase);
        _actors.Add(new Actor(cluster, code, code[..3], code[3..], name, s, s));
        return this;
    }

    public DocBuilder Quote(string phrase, string speaker, string speakerPhrase, string cue)
    {
        _quotes.Add(new Quote(Find(phrase), QuoteKind.Direct, speaker, Find(speakerPhrase), 1, Find(cue)));
        return this;
    }

    public DocBuilder Time(string phrase, string value)
    {
        _times.Add(new TimeRef(Find(phrase), TimexType.DATE, value));
        return this;
    }

    public ArticleDocument Build()
    {
        var title = text.Split('\n')[0];
        var d = new ArticleDocument(text) { Source = Outlet, Url = Url, Published = Published, Title = title, TitleSpan = new TextSpan(0, title.Length) };
        var sentences = new List<Sentence>();
        for (int at = 0; at < text.Length;)
        {
            var sentence = SentenceOf(new TextSpan(at, at));
            sentences.Add(new Sentence(sentence));
            at = sentence.End;
            while (at < text.Length && text[at] is ' ' or '\n') at++;
        }
        d.Sentences = [.. sentences];
        d.Entities = [.. _entities];
        d.Actors = [.. _actors];
        d.Quotes = [.. _quotes];
        d.Times = [.. _times];
        d.Figures = [.. _figures];
        d.Places = [.. _places];
        d.Events = [.. _events];
        return d;
    }
}

/// <summary>Invented reports of one shelling and of an unrelated protest.</summary>
internal static class TestDocs
{
    public static readonly DateOnly Tuesday = new(2024, 3, 5);

    public const string LedgerText =
        "Army shells Marat\n" +
        "Government troops shelled the northern town of Marat on Tuesday, killing at least 12 civilians, a local doctor said. " +
        "Residents said the bombardment began before dawn and lasted several hours, damaging the covered market and a primary school. " +
        "The provincial governor said rebels had used the town as a base, a claim that residents and two aid workers denied. " +
        "Aid groups said hundreds of families had fled toward the river valley by nightfall, carrying what they could.";

    public static ArticleDocument Ledger(string? text = null, string outlet = "Daily Ledger", string url = "https://ledger.example/marat") =>
        new DocBuilder(text ?? LedgerText) { Outlet = outlet, Url = url, Published = Tuesday }
            .Entity("Marat", EntityLabel.LOC, 1)
            .Actor("Government troops", 2, "SYRMIL", "Government troops")
            .Quote("a local doctor said", "a local doctor", "a local doctor", "said")
            .Time("Tuesday", "2024-03-05")
            .Place("Marat", 36.20, 37.10, "SY", "09")
            .Figure("at least 12 civilians", FigureKind.Killed, 12, null, null, Qualifier.AtLeast)
            .Event("shelled the northern town", "SYRMIL", "SYRCVL", "194", where: "Marat", when: "2024-03-05")
            .Build();

    /// <summary>A syndicated copy of the Ledger report: new headline, one word changed.</summary>
    public static ArticleDocument WireCopy() =>
        Ledger(LedgerText.Replace("Army shells Marat", "Troops shell northern town").Replace("covered market", "central market"),
            outlet: "Coastal Gazette", url: "https://gazette.example/wire/4411");

    public const string HeraldText =
        "Fifteen dead as artillery hits Marat\n" +
        "Artillery fire struck Marat on Wednesday morning and 15 people were killed, the town council said in a statement. " +
        "The council said most of the dead were women and children sheltering in a basement near the mosque. " +
        "Hospital staff in the nearby city asked for blood donations and fuel for their generators.";

    public static ArticleDocument Herald(long killed = 15, string outlet = "Evening Herald", string url = "https://herald.example/2024/marat") =>
        new DocBuilder(killed == 15 ? HeraldText : HeraldText.Replace("15 people", $"{killed} people"))
            { Outlet = outlet, Url = url, Published = Tuesday.AddDays(1) }
            .Place("Marat", 36.25, 37.13, "SY", "09")
            .Figure(killed == 15 ? "15 people were killed" : $"{killed} people were killed", FigureKind.Killed, killed, killed, killed)
            .Event("Artillery fire struck Marat", "SYRMIL", "SYRCVL", "195", where: "Marat")
            .Build();

    public const string ProtestText =
        "Thousands march in Velora\n" +
        "Thousands of students marched through central Velora on Friday to demand the release of detained journalists. " +
        "Police watched from side streets and no arrests were reported, organisers said.";

    public static ArticleDocument Protest() =>
        new DocBuilder(ProtestText) { Outlet = "Velora Times", Url = "https://velora.example/march", Published = new DateOnly(2024, 4, 12) }
            .Place("Velora", 48.15, 11.58, "DE", "02")
            .Event("students marched through central Velora", "DEUEDU", "DEUGOV", "141", quad: 3, where: "Velora")
            .Build();
}
