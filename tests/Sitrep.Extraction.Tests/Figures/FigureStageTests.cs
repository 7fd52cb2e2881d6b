using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Figures;

public sealed class FigureStageTests
{
    private static readonly Sitrep.Core.Pipeline.SitrepPipeline Pipeline = PipelineFactory.Create(new DataDirectory(), cleaning: false);

    private static ArticleDocument Run(string text) => Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2021, 5, 14) });

    // sentence, expected figure words, kind, low, best, high, qualifier
    public static TheoryData<string, string, string, long?, long?, long?, string> Rows => new()
    {
        { "The raid left more than 300 people dead in the village.", "more than 300 people dead", "killed", 300, null, null, "more_than" },
        { "At least nine civilians were killed in the shelling.", "At least nine civilians were killed", "killed", 9, null, null, "at_least" },
        { "The death toll rose to 41 on Friday.", "toll rose to 41", "killed", 41, 41, 41, "exact" },
        { "A suicide bomber struck the market, killing 17.", "killing 17", "killed", 17, 17, 17, "exact" },
        { "Medics said 8 dead were brought to the clinic.", "8 dead", "killed", 8, 8, 8, "exact" },
        { "The blast tore through the bus station, injuring dozens.", "injuring dozens", "wounded", 24, null, 99, "range" },
        { "Almost 2 million people have been displaced by the fighting.", "Almost 2 million people have been displaced", "displaced", null, null, 2_000_000, "less_than" },
        { "Nearly 900 families fled the valley this week.", "Nearly 900 families fled", "displaced", null, null, 900, "less_than" },
        { "An estimated 70,000 civilians remain trapped in the district.", "An estimated 70,000 civilians remain trapped", "trapped", null, 70_000, null, "estimated" },
        { "About 450 people were wounded during the protests.", "About 450 people were wounded", "wounded", null, 450, null, "approx" },
        { "Up to 60 fighters were captured near the pass.", "Up to 60 fighters were captured", "detained", null, null, 60, "up_to" },
        { "Between 20 and 25 workers are still missing after the attack.", "Between 20 and 25 workers are still missing", "missing", 20, null, 25, "range" },
        { "Gunmen abducted 14 students from the school.", "abducted 14 students", "kidnapped", 14, 14, 14, "exact" },
        { "More than 1.5 million residents have been left without water.", "More than 1.5 million residents have been left without water", "without_water", 1_500_000, null, null, "more_than" },
        { "The agency said 6,400 refugees crossed the river.", "6,400 refugees", "refugees", 6400, 6400, 6400, "exact" },
        // people who fled and are unaccounted for count as missing: where the flight ended
        { "About a dozen herders fled into the hills and are still missing.", "About a dozen herders fled into the hills and are still missing", "missing", null, 12, null, "approx" },
        // kinds named by words that are no figure word themselves (the stage reads a sentence only when it holds such a word)
        { "Some 12,000 people remain under siege in the old city.", "Some 12,000 people remain under siege", "besieged", null, 12_000, null, "approx" },
        { "Around 3,000 families are without food after the floods.", "Around 3,000 families are without food", "without_food", null, 3000, null, "approx" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reads_kind_bounds_and_qualifier(string sentence, string words, string kind, long? low, long? best, long? high, string qualifier)
    {
        var doc = Run(sentence);
        var f = Assert.Single(doc.Figures);
        Assert.Equal(words, f.Span.Of(sentence));
        Assert.Equal(kind, ContractNames.Of(f.Kind));
        Assert.Equal(new Bounds(low, best, high), f.Count);
        Assert.Equal(qualifier, ContractNames.Of(f.Qualifier));
    }

    [Fact]
    public void Two_figures_in_one_clause_each_get_their_own_kind()
    {
        const string s = "The bombing left more than 200 people dead and at least 900 wounded.";
        var doc = Run(s);
        Assert.Equal(2, doc.Figures.Length);
        Assert.Equal((FigureKind.Killed, new Bounds(200, null, null)), (doc.Figures[0].Kind, doc.Figures[0].Count));
        Assert.Equal((FigureKind.Wounded, new Bounds(900, null, null)), (doc.Figures[1].Kind, doc.Figures[1].Count));
    }

    [Theory]
    [InlineData("Only two of the district's six clinics still had power.")]
    [InlineData("A 12-year-old girl was treated at the clinic.")]
    [InlineData("The council passed Resolution 2401 in February.")]
    [InlineData("Half the country's population now depends on aid.")]
    [InlineData("Prices have risen by 40 percent since 2019.")]
    [InlineData("The fighting began in 2014.")]
    public void Counts_of_things_ages_names_and_years_are_not_figures(string sentence) =>
        Assert.Empty(Run(sentence).Figures);

    [Fact]
    public void No_one_killed_is_a_negated_figure_of_zero()
    {
        var f = Assert.Single(Run("No one was killed in the overnight raid, officials said.").Figures);
        Assert.True(f.Negated);
        Assert.Equal(FigureKind.Killed, f.Kind);
        Assert.Equal(Bounds.Exactly(0), f.Count);
    }

    [Fact]
    public void No_casualties_is_a_negated_figure_of_zero()
    {
        const string s = "The shelling caused no casualties, officials said.";
        var f = Assert.Single(Run(s).Figures);
        Assert.Equal("no casualties", f.Span.Of(s));
        Assert.True(f.Negated);
        Assert.Equal(FigureKind.Killed, f.Kind);
    }

    [Fact]
    public void An_absurd_count_gives_a_diagnostic_and_no_figure()
    {
        const string s = "The post claimed that 10 trillion people were killed.";
        var doc = Run(s);
        Assert.Empty(doc.Figures);
        var d = Assert.Single(doc.Diagnostics, x => x.Code == "FIG001");
        Assert.Equal("10 trillion", d.Span!.Value.Of(s));
    }

    [Fact]
    public void Attaches_when_where_claimant_and_cumulative()
    {
        const string s = "On Tuesday, at least 11 soldiers were killed in northern Hama, according to the defence ministry.";
        var f = Assert.Single(Run(s).Figures);
        Assert.Equal("2021-05-11", f.When);
        Assert.Equal("northern Hama", f.Where!.Value.Of(s));
        Assert.Equal("the defence ministry", f.Claimant);

        const string total = "Since the war began, more than 20,000 people have been killed.";
        Assert.True(Assert.Single(Run(total).Figures).Cumulative);
    }

    [Fact]
    public void A_count_since_a_time_runs_from_its_start_to_the_publication_date()
    {
        // Published Friday 2021-05-14; the timex is "last week" alone (2021-W18), the figure covers 3 May to 14 May.
        var f = Assert.Single(Run("More than 40 people have been killed since last week.").Figures);
        Assert.Equal("2021-05-03/2021-05-14", f.When);
    }

    [Fact]
    public void Without_a_timex_the_figure_takes_the_publication_date()
    {
        var f = Assert.Single(Run("Five civilians were wounded by a mine.").Figures);
        Assert.Equal("2021-05-14", f.When);
    }

    [Fact]
    public void The_seed_article_gives_its_eight_gold_figures_and_nothing_else_outside_boilerplate()
    {
        var dir = Path.Combine(DataDirectory.FindProjectRoot() ?? ".", "..", "shared", "examples");
        var txt = Path.Combine(dir, "seed-article.txt");
        if (!File.Exists(txt)) { Console.WriteLine($"skipped: {txt} not found"); return; }
        var text = File.ReadAllText(txt);
        var doc = Pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2016, 9, 29) });
        // The duplicated photo caption is boilerplate (removed by the cleaning stage); its lines contain "[Reuters]".
        var figures = doc.Figures.Where(f => !LineOf(text, f.Span.Start).Contains("[Reuters]")).ToList();
        var got = figures.Select(f => (ContractNames.Of(f.Kind), f.Count.Low, f.Count.Best, f.Count.High, ContractNames.Of(f.Qualifier))).ToList();
        var want = new List<(string, long?, long?, long?, string)>
        {
            ("killed", 400, null, null, "more_than"), ("wounded", 1700, null, null, "at_least"), ("trapped", 250000, null, null, "more_than"),
            ("killed", 6, null, null, "at_least"), ("affected", null, 250000, null, "estimated"), ("without_water", 2000000, null, null, "more_than"),
            ("killed", 400000, null, null, "more_than"), ("displaced", null, null, 11000000, "less_than"),
        };
        Assert.Equal(want, got);
    }

    [Fact]
    public void A_figure_with_no_place_of_its_own_takes_the_articles_focus_and_says_so()
    {
        const string text = "Heavy fighting was reported in Mosul on Thursday. At least 12 people were killed, a medic said. "
            + "In Mosul, a further 30 were wounded.";
        var doc = Run(text);
        var killed = Assert.Single(doc.Figures, f => f.Kind == FigureKind.Killed);
        Assert.Equal("article", killed.WhereBasis);
        Assert.Equal("Mosul", killed.Where!.Value.Of(text));
        var wounded = Assert.Single(doc.Figures, f => f.Kind == FigureKind.Wounded);
        Assert.Equal("clause", wounded.WhereBasis);
    }

    private static string LineOf(string text, int at)
    {
        int a = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        int b = text.IndexOf('\n', at);
        return text[a..(b < 0 ? text.Length : b)];
    }
}
