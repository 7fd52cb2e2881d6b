using Sitrep.Core.Model;
using Sitrep.Store.Merge;

namespace Sitrep.Store.Tests;

public sealed class SimHashTests
{
    [Fact]
    public void A_syndicated_copy_with_a_new_headline_is_within_the_near_duplicate_distance()
    {
        var a = SimHash.Of(TestDocs.LedgerText, out _);
        var b = SimHash.Of(TestDocs.WireCopy().Text, out _);
        Console.WriteLine($"distance {SimHash.Distance(a, b)}");
        Assert.True(SimHash.Distance(a, b) <= SimHash.MaxDistance, $"distance {SimHash.Distance(a, b)}");
    }

    [Fact]
    public void Different_reports_of_the_same_incident_are_not_near_duplicates()
    {
        var a = SimHash.Of(TestDocs.LedgerText, out _);
        var b = SimHash.Of(TestDocs.HeraldText, out _);
        Assert.True(SimHash.Distance(a, b) > 12, $"distance {SimHash.Distance(a, b)}");
    }
}

public sealed class EventMergerTests
{
    private static InMemoryMergeIndex Merge(params ArticleDocument[] docs)
    {
        var index = new InMemoryMergeIndex();
        foreach (var d in docs) EventMerger.Add(ArticleFacts.From(d), null, index);
        return index;
    }

    private const string Base =
        "Rebels attack checkpoint\nRebel fighters attacked an army checkpoint outside Sarif on Monday night, killing four soldiers, officials said.";

    private static ArticleDocument Report(string outlet, DateOnly published, double lat = 34.10, double lon = 40.20, string admin1 = "05",
        string code = "193", string target = "SYRMIL", bool negated = false, string country = "SY", string text = Base) =>
        new DocBuilder($"{text} Reported by {outlet} on {published:yyyy-MM-dd}.") { Outlet = outlet, Url = $"https://{outlet.Replace(" ", "").ToLowerInvariant()}.example/1", Published = published }
            .Place("Sarif", lat, lon, country, admin1)
            .Figure("killing four soldiers", FigureKind.Killed, 4, 4, 4)
            .Event("attacked an army checkpoint", "SYRREB", target, code, where: "Sarif", negated: negated)
            .Build();

    private static readonly DateOnly Monday = new(2024, 5, 6);

    [Fact]
    public void A_toll_in_a_sentence_of_its_own_joins_the_first_violent_event_but_a_war_total_or_another_years_count_does_not()
    {
        const string text = "Rebels attack checkpoint\nRebel fighters attacked an army checkpoint outside Sarif on Monday night, officials said. " +
            "The death toll rose to nine. The war, which began in 2012, has killed some 90,000 people. In 2019, 40 soldiers died in a similar raid.";
        var doc = new DocBuilder(text) { Outlet = "North Wire", Published = Monday }
            .Place("Sarif", 34.10, 40.20, "SY", "05")
            .Figure("toll rose to nine", FigureKind.Killed, 9, 9, 9, when: "2024-05-06")
            .Figure("killed some 90,000 people", FigureKind.Killed, null, 90_000, null, Qualifier.Approx, when: "2012-01-01/2024-05-06", cumulative: true)
            .Figure("40 soldiers died", FigureKind.Killed, 40, 40, 40, when: "2019")
            .Event("attacked an army checkpoint", "SYRREB", "SYRMIL", "193", where: "Sarif")
            .Build();
        var e = Assert.Single(Merge(doc).Events);
        var toll = Assert.Single(e.Figures);
        Assert.Equal(9, toll.Best);
        Assert.Equal(9, e.Toll(FigureKind.Killed)!.High);
    }

    [Fact]
    public void A_toll_of_its_own_joins_the_first_violent_event_from_the_headline_or_the_sentences_right_after_not_from_further_on()
    {
        // Counts further down a report, or before its first attack, are of other attacks, the country or its history.
        const string text = "Bomb kills 14 at Tarsi bus station\nA bomb exploded at the main bus station in Tarsi on Monday morning, police said. " +
            "Fourteen people died at the scene. Witnesses described panic as buses burned. Ambulances ferried the wounded to two hospitals. " +
            "Shops near the station stayed shut. The province has seen a rise in violence this year. " +
            "In a separate incident in the north, six people died when gunmen fired on a wedding party. " +
            "Nationwide, some 300,000 people have fled their homes.";
        var doc = new DocBuilder(text) { Outlet = "North Wire", Published = Monday }
            .Place("Tarsi", 34.10, 40.20, "SY", "05")
            .Figure("Bomb kills 14", FigureKind.Killed, 14, 14, 14)
            .Figure("Fourteen people died", FigureKind.Killed, 14, 14, 14)
            .Figure("six people died", FigureKind.Killed, 6, 6, 6)
            .Figure("some 300,000 people have fled", FigureKind.Displaced, null, 300_000, null, Qualifier.Approx)
            .Event("bomb exploded at the main bus station", "---UAF", "SYRCVL", "183", where: "Tarsi")
            .Build();
        var e = Assert.Single(Merge(doc).Events);
        Assert.Equal([14, 14], e.Figures.Select(f => f.Best).ToArray());
        Assert.Null(e.Toll(FigureKind.Displaced));
    }

    [Fact]
    public void People_trapped_by_a_siege_are_its_count_wherever_the_article_gives_it()
    {
        const string text = "Siege of Kamsa enters second year\nMore than 90,000 people remain trapped in Kamsa, aid groups said on Monday. " +
            "Food prices have tripled since the spring. Convoys have not reached the town since March. Doctors said clinics had run out of insulin. " +
            "Militants have blockaded Kamsa since last year, mining the roads around it.";
        var doc = new DocBuilder(text) { Outlet = "North Wire", Published = Monday }
            .Place("Kamsa", 14.10, -1.60, "BF", "78")
            .Figure("More than 90,000 people remain trapped", FigureKind.Trapped, 90_000, null, null, Qualifier.MoreThan)
            .Event("Militants have blockaded Kamsa", "BFAREB", "BFA", "191", where: "Kamsa")
            .Build();
        var e = Assert.Single(Merge(doc).Events);
        Assert.Equal(90_000, e.Toll(FigureKind.Trapped)!.Low);
    }

    [Fact]
    public void Civilians_killed_by_a_strike_are_its_toll_not_the_battles_beside_it_nor_a_condemnations()
    {
        const string text = "Drone strike hits market\nA drone strike hit a crowded market in Dera on Thursday, killing at least 26 civilians, " +
            "as fighting between the army and Kemba militiamen intensified. The foreign ministry condemned the attack on the market, which killed 26 people.";
        var doc = new DocBuilder(text) { Outlet = "North Wire", Published = Monday }
            .Place("Dera", 12.10, 38.20, "ET", "46")
            .Figure("killing at least 26 civilians", FigureKind.Killed, 26, null, null, Qualifier.AtLeast)
            .Figure("which killed 26 people", FigureKind.Killed, 26, 26, 26, victims: "people")
            .Event("drone strike hit a crowded market", "---MIL", "ETHCVL", "195", where: "Dera")
            .Event("fighting between the army and Kemba militiamen", "ETHMIL", "ETHREB", "190", where: "Dera")
            .Event("fighting between the army and Kemba militiamen", "ETHREB", "ETHMIL", "190", where: "Dera")
            .Event("condemned the attack", "ETHGOV", "---MIL", "111", quad: 3)
            .Build();

        var events = Merge(doc).Events;

        var strike = Assert.Single(events, e => e.Code == "195");
        Assert.Equal(2, strike.Toll(FigureKind.Killed)!.Reports);
        Assert.Equal(26, strike.Toll(FigureKind.Killed)!.Low);
        Assert.All(events.Where(e => e.Code != "195"), e => Assert.Null(e.Toll(FigureKind.Killed)));
    }

    [Fact]
    public void People_killed_when_warplanes_bombed_a_market_are_the_toll_of_the_bombing_and_of_the_killing()
    {
        const string text = "Raid on market\nAt least 18 people were killed when army warplanes bombed a market in Dera on Sunday, an aid group said.";
        var doc = new DocBuilder(text) { Outlet = "North Wire", Published = Monday }
            .Place("Dera", 12.10, 38.20, "ET", "46")
            .Figure("At least 18 people were killed", FigureKind.Killed, 18, null, null, Qualifier.AtLeast, victims: "people")
            .Event("people were killed", "", "ETHCVL", "190", where: "Dera")
            .Event("army warplanes bombed", "ETHMIL", "", "195", where: "Dera")
            .Build();

        var events = Merge(doc).Events;

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(18, e.Toll(FigureKind.Killed)!.Low));
    }

    [Fact]
    public void A_clashs_dead_people_are_the_toll_of_both_its_sides_events()
    {
        const string text = "Clashes near Dera\nClashes between the police and Kemba protesters near Dera killed 14 people on Thursday, officials said.";
        var doc = new DocBuilder(text) { Outlet = "North Wire", Published = Monday }
            .Place("Dera", 12.10, 38.20, "ET", "46")
            .Figure("killed 14 people", FigureKind.Killed, 14, 14, 14, victims: "people")
            .Event("Clashes between the police and Kemba protesters", "ETHCOP", "ETHCVL", "190", where: "Dera")
            .Event("Clashes between the police and Kemba protesters", "ETHCVL", "ETHCOP", "190", where: "Dera")
            .Build();

        var events = Merge(doc).Events;

        // "people" are not said to be civilians: both sides' events keep the clash's dead.
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(14, e.Toll(FigureKind.Killed)!.Low));
    }

    [Fact]
    public void A_headlines_event_is_the_ledes_even_when_the_headline_leaves_out_a_side_and_the_day()
    {
        // published Monday; the lede dates the strike to Saturday, two days before: the headline's present tense is not a day
        const string text = "Drone strike on Sarif market kills 14\nA military drone struck a crowded market in Sarif on Saturday, killing 14 civilians, officials said. " +
            "Protesters marched in Sarif on Sunday.";
        var doc = new DocBuilder(text) { Outlet = "North Wire", Published = Monday }
            .Place("Sarif", 34.10, 40.20, "SY", "05")
            .Event("Drone strike on Sarif market kills", "SYRMIL", "", "195")
            .Event("struck a crowded market", "SYRMIL", "SYRCVL", "195", where: "Sarif", when: "2024-05-04")
            .Event("Protesters marched", "SYRCVL", "", "141", quad: 3, where: "Sarif", when: "2024-05-05")
            .Build();
        var events = Merge(doc).Events;
        Assert.Equal(2, events.Count);
        var strike = Assert.Single(events, e => e.Code == "195");
        Assert.Equal(new DateOnly(2024, 5, 4), strike.Day);
        Assert.Equal("SYRCVL", strike.Target);
        Assert.Equal(2, strike.NumMentions);
        Assert.StartsWith("A military drone", strike.Evidence);

        // the body's event is another kind of act: the headline's stays its own
        var truce = new DocBuilder("Army and rebels agree truce in Sarif\nA military drone struck a crowded market in Sarif on Saturday.")
            { Outlet = "North Wire", Published = Monday }
            .Place("Sarif", 34.10, 40.20, "SY", "05")
            .Event("Army and rebels agree truce", "SYRMIL", "SYRREB", "057", quad: 1)
            .Event("struck a crowded market", "SYRMIL", "SYRCVL", "195", where: "Sarif", when: "2024-05-04")
            .Build();
        Assert.Equal(2, Merge(truce).Events.Count);
    }

    [Theory]
    [InlineData("2022-09", "2022-09-01", "month")]
    [InlineData("2013", "2013-01-01", "year")]
    [InlineData("2024-W10", "2024-03-04", "week")]
    [InlineData("2023-SU", "2023-06-01", "season")]
    [InlineData("197", "1970-01-01", "decade")]
    [InlineData("19", "1900-01-01", "century")]
    [InlineData("202", "2024-05-06", null)]         // the article's own decade
    [InlineData("2024-05", "2024-05-06", null)]     // the article's own month: its day stands
    [InlineData("2024", "2024-05-06", null)]
    [InlineData("2024-05-03TNI", "2024-05-03", null)]
    [InlineData("PAST_REF", "2024-05-06", null)]
    public void An_event_dated_by_an_earlier_period_is_filed_on_its_first_day_with_its_precision(string when, string day, string? precision)
    {
        var doc = new DocBuilder("Rebels attack checkpoint\nRebel fighters attacked an army checkpoint outside Sarif, killing four soldiers.")
            { Outlet = "North Wire", Published = Monday }
            .Event("attacked an army checkpoint", "SYRREB", "SYRMIL", "193", when: when)
            .Build();
        var e = Assert.Single(Merge(doc).Events);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), e.Day);
        Assert.Equal(precision, e.DayPrecision);
    }

    [Fact]
    public void A_war_retold_with_its_running_total_is_filed_at_the_totals_start_not_on_the_day_it_was_retold()
    {
        const string text = "Clashes near Sarif\nFighting near Sarif killed nine soldiers on Monday. " +
            "The civil war, which broke out in 2011, killed an estimated 90,000 people before a 2019 truce.";
        var doc = new DocBuilder(text) { Outlet = "North Wire", Published = Monday }
            .Figure("killed an estimated 90,000 people", FigureKind.Killed, null, 90_000, null, Qualifier.Estimated, when: "2011-01-01/2019-12-31", cumulative: true)
            .Event("civil war, which broke out in 2011, killed", "SYR", "SYRCVL", "190")
            .Build();
        var e = Assert.Single(Merge(doc).Events);
        Assert.Equal(new DateOnly(2011, 1, 1), e.Day);
        Assert.Equal("span", e.DayPrecision);
        // and the ACLED export has no row for it: no incident
        var rows = new[] { new Sitrep.Store.Export.ExportRow(e, []) };
        Assert.Equal(1, Sitrep.Store.Export.AcledExporter.Write(new StringWriter(), rows));
    }

    [Fact]
    public void A_retold_event_of_an_earlier_month_does_not_merge_with_one_dated_on_its_first_day()
    {
        var history = new DocBuilder("Rebels attack checkpoint\nRebel fighters attacked an army checkpoint outside Sarif in September 2022.")
            { Outlet = "North Wire", Published = Monday }
            .Event("attacked an army checkpoint", "SYRREB", "SYRMIL", "193", when: "2022-09").Build();
        var news = new DocBuilder("Rebels attack checkpoint\nRebel fighters attacked an army checkpoint outside Sarif on 1 September 2022.")
            { Outlet = "South Daily", Published = new DateOnly(2022, 9, 2) }
            .Event("attacked an army checkpoint", "SYRREB", "SYRMIL", "193", when: "2022-09-01").Build();
        Assert.Equal(2, Merge(history, news).Events.Count);
    }

    [Theory]
    [InlineData("2024-05-06", true)]
    [InlineData("2024-05-07", true)]
    [InlineData("2024-05-09", false)]
    [InlineData("2024-05", true)]
    [InlineData("2023", false)]
    [InlineData("2024-W19", true)]
    [InlineData("2024-W17", false)]
    [InlineData("197", false)]  // "as many as 1.7 million died ... in the late 1970s" is no toll of today's attack
    [InlineData("202", true)]
    [InlineData(null, true)]
    public void A_figures_time_covers_an_events_day_a_day_either_side(string? when, bool covers) =>
        Assert.Equal(covers, ArticleFacts.Covers(when, Monday));

    [Fact]
    public void Reports_a_day_apart_from_nearby_places_merge_with_gdelt_counts()
    {
        var index = Merge(Report("North Wire", Monday), Report("South Daily", Monday.AddDays(1), lat: 34.30, admin1: "06"),
            Report("North Wire", Monday.AddDays(1), text: Base + " More later."));
        var e = Assert.Single(index.Events);
        Assert.Equal(3, e.NumMentions);
        Assert.Equal(3, e.NumArticles);
        Assert.Equal(2, e.NumSources);
        Assert.Equal(Monday, e.Day);
    }

    [Fact]
    public void Two_days_apart_are_two_events()
    {
        Assert.Equal(2, Merge(Report("North Wire", Monday), Report("South Daily", Monday.AddDays(2))).Events.Count);
    }

    [Fact]
    public void A_place_in_another_province_more_than_50_km_away_is_another_event()
    {
        // 0.6 degrees of latitude is about 67 km.
        Assert.Equal(2, Merge(Report("North Wire", Monday), Report("South Daily", Monday, lat: 34.70, admin1: "07")).Events.Count);
    }

    [Fact]
    public void The_same_province_merges_even_when_more_than_50_km_apart()
    {
        Assert.Single(Merge(Report("North Wire", Monday), Report("South Daily", Monday, lat: 34.70)).Events);
    }

    [Fact]
    public void A_different_root_code_or_target_role_is_another_event()
    {
        Assert.Equal(2, Merge(Report("North Wire", Monday), Report("South Daily", Monday, code: "180")).Events.Count);
        Assert.Equal(2, Merge(Report("North Wire", Monday), Report("South Daily", Monday, target: "SYRCVL")).Events.Count);
    }

    [Fact]
    public void A_denied_attack_is_not_an_incident()
    {
        Assert.Empty(Merge(Report("North Wire", Monday, negated: true)).Events);
    }

    [Fact]
    public void A_syndicated_copy_attaches_to_the_events_of_the_article_it_copies()
    {
        var index = new InMemoryMergeIndex();
        var original = ArticleFacts.From(Report("North Wire", Monday));
        EventMerger.Add(original, null, index);
        // The copy's place was geocoded differently; it still joins the original's event, as a duplicate.
        var copy = ArticleFacts.From(Report("East Gazette", Monday, lat: 36.0, admin1: "09"));
        Assert.Equal(0, EventMerger.Add(copy, original.Id, index));
        var e = Assert.Single(index.Events);
        Assert.Equal(2, e.NumSources);
        Assert.True(index.MentionsOf(e.Id).Single(m => m.Outlet == "East Gazette").Duplicate);
    }

    [Fact]
    public void Every_source_keeps_its_own_figures()
    {
        var e = Merge(Report("North Wire", Monday), Report("South Daily", Monday)).Events.Single();
        Assert.Equal(["North Wire", "South Daily"], e.Figures.Select(f => f.Outlet).Order());
        Assert.All(e.Figures, f => Assert.Equal("killing four soldiers", f.Text));
    }

    [Fact]
    public void Merged_event_ids_are_stable_and_safe_for_javascript()
    {
        var id = EventMerger.IdOf("0123456789abcdef0123456789abcdef", 3);
        Assert.Equal(id, EventMerger.IdOf("0123456789abcdef0123456789abcdef", 3));
        Assert.InRange(id, 1, (1L << 53) - 1);
    }
}

public sealed class TollReconcilerTests
{
    private static FigureReport R(string outlet, long? low, long? best, long? high, string? claimant = null) =>
        new(FigureKind.Killed, low, best, high, Qualifier.Exact, claimant, "a-" + outlet, outlet, 0, 5, "words");

    [Fact]
    public void Low_is_the_highest_lower_bound_and_high_the_highest_upper_bound_each_with_its_outlet()
    {
        var t = TollReconciler.Reconcile([R("Ledger", 12, null, null), R("Herald", 15, 15, 15), R("Post", 10, null, 20)]).Single();
        Assert.Equal((15L, "Herald"), (t.Low!.Value, t.LowBy!));
        Assert.Equal((20L, "Post"), (t.High!.Value, t.HighBy!));
        Assert.Equal(3, t.Reports);
    }

    [Fact]
    public void An_outlier_floor_above_every_other_source_is_not_credible_but_still_raises_the_high()
    {
        var t = TollReconciler.Reconcile([R("A", 12, 12, 12), R("B", 15, 15, 15), R("C", 400, 400, 400)]).Single();
        Assert.Equal(15, t.Low);
        Assert.Equal(400, t.High);
        Assert.Equal("C", t.HighBy);
    }

    [Fact]
    public void A_partys_own_claim_yields_to_independent_reports()
    {
        var t = TollReconciler.Reconcile([R("Army Press", 200, 200, 200, claimant: "the army"), R("Herald", 30, 30, 30)]).Single();
        Assert.Equal(30, t.Low);
        Assert.Equal(200, t.High);
    }

    [Fact]
    public void More_than_400_from_one_outlet_and_at_least_380_from_another_gives_a_floor_of_400()
    {
        var t = TollReconciler.Reconcile([R("A", 400, null, null), R("B", 380, null, null)]).Single();
        Assert.Equal(400, t.Low);
        Assert.Equal("A", t.LowBy);
    }

    [Fact]
    public void A_floor_is_weighed_against_other_outlets_caps_only()
    {
        // A's own 500 does not make A's 50 credible; B's 40 caps both of A's floors; A's 500 makes B's 40 credible
        var t = TollReconciler.Reconcile([R("A", 50, null, 60), R("A", 500, 500, 500), R("B", 40, 40, 40)]).Single();
        Assert.Equal((40L, "B", 500L, "A"), (t.Low!.Value, t.LowBy!, t.High!.Value, t.HighBy!));
        // one outlet alone: every floor is credible
        Assert.Equal(500, TollReconciler.Reconcile([R("A", 50, null, 60), R("A", 500, 500, 500)]).Single().Low);
    }

    [Fact]
    public void A_long_report_with_thousands_of_counts_of_one_event_is_reconciled_whole()
    {
        // a 10 MB report repeating one line gave one merged event 100,000 counts; each floor was checked against every cap
        var reports = Enumerable.Range(1, 60_000).Select(i => R(i % 2 == 0 ? "A" : "B", i, i, i)).ToList();
        var t = TollReconciler.Reconcile(reports).Single();
        // (A's 60,000 is above every cap of B, whose 59,999 is the highest credible floor)
        Assert.Equal((59_999L, "B", 60_000L, 60_000), (t.Low!.Value, t.LowBy!, t.High!.Value, t.Reports));
    }

    [Fact]
    public void Kinds_are_reconciled_separately()
    {
        var wounded = new FigureReport(FigureKind.Wounded, 30, null, null, Qualifier.AtLeast, null, "a", "A", 0, 1, "x");
        var tolls = TollReconciler.Reconcile([R("A", 5, 5, 5), wounded]);
        Assert.Equal([FigureKind.Killed, FigureKind.Wounded], tolls.Select(t => t.Kind));
    }
}
