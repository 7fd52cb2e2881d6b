using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>
/// Runs only where a Chromium is installed (Debian's chromium, which scripts/setup.sh --tests installs): Playwright
/// drives it through ExecutablePath, so nothing is downloaded. Elsewhere the test is skipped with the reason.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public static readonly string? Chromium =
        new[] { Environment.GetEnvironmentVariable("SITREP_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public BrowserFactAttribute()
    {
        if (Chromium is null) Skip = "no Chromium here (apt-get install chromium, as scripts/setup.sh --tests does, or set SITREP_CHROMIUM)";
    }
}

public sealed class BrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static async Task<(IPlaywright, IBrowser, IPage)> Open()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
        });
        return (playwright, browser, await browser.NewPageAsync());
    }

    private Task<string[]> ListedIds(IPage page) =>
        page.Locator("#events tbody tr[data-id]").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.id)");

    private async Task<string[]> Ids(string query) =>
        (await server.AllEvents(query)).Select(e => e.GetProperty("id").GetInt64().ToString()).ToArray();

    [BrowserFact]
    public async Task Clicking_a_country_on_the_map_keeps_its_events_outlines_it_and_countries_are_shaded_by_their_events()
    {
        if (Sitrep.Server.SitrepServer.FindMap(new Sitrep.Knowledge.DataDirectory()) is null) return; // no map to click (the map's own test says so)
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        await page.GotoAsync(server.Base + "/");
        // Natural Earth gives Ukraine the ISO numeric id 804; the page learns from /api/countries that it is UA.
        var ukraine = page.Locator("#land path[data-country=UA]");
        await page.Locator("#land path.shade5").First.WaitForAsync();
        Assert.Matches(@"\bshade[1-5]\b", await page.Locator("#land path[data-country=SD]").GetAttributeAsync("class"));
        Assert.Equal("land", await page.Locator("#land path[data-country=BR]").GetAttributeAsync("class"));
        // The areas Natural Earth gives no ISO id: Kosovo by its name; Somaliland and N. Cyprus are drawn apart but
        // are Somalia's and Cyprus's, as GeoNames places their towns (so Somaliland is shaded with Somalia's events).
        Assert.Equal(1, await page.Locator("#land path[data-country=XK]").CountAsync());
        string[] Areas(IReadOnlyList<string> titles) => titles.Select(t => t[..t.IndexOf(':')]).Order().ToArray();
        Assert.Equal(["Cyprus", "N. Cyprus (Cyprus)"], Areas(await page.Locator("#land path[data-country=CY] title").AllTextContentsAsync()));
        Assert.Equal(["Somalia", "Somaliland (Somalia)"], Areas(await page.Locator("#land path[data-country=SO] title").AllTextContentsAsync()));
        Assert.Equal(0, await page.Locator("#land path:not([data-country])").CountAsync());

        await ukraine.DispatchEventAsync("click");
        await page.WaitForFunctionAsync("() => document.querySelector('input[name=country]').value === 'UA' && document.querySelector('#land path.picked')");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#events tbody tr[data-id]')].every(r => r.textContent.includes('(UA)'))");
        Assert.Equal(await Ids("&country=UA"), await ListedIds(page));
        Assert.Equal("UA", await page.Locator("#land path.picked").GetAttributeAsync("data-country"));
        // The other countries stay shaded so another can be picked; picking Ukraine again lets every country back in.
        Assert.Matches(@"\bshade[1-5]\b", await page.Locator("#land path[data-country=SD]").GetAttributeAsync("class"));
        // The key gives the counts each shade stands for, up to the largest.
        var counts = (await server.Json("/api/stats")).GetProperty("by_country").EnumerateArray().Where(c => c.GetProperty("key").GetString() != "").Select(c => c.GetProperty("count").GetInt32()).ToList();
        Assert.EndsWith(counts.Max().ToString(), (await page.Locator("#legend text").AllTextContentsAsync()).Last());
        await ukraine.DispatchEventAsync("click");
        await page.WaitForFunctionAsync("() => document.querySelector('input[name=country]').value === '' && !document.querySelector('#land path.picked')");

        // A country with events takes keyboard focus and Enter picks it, as a click does.
        await page.Locator("#land path[data-country=SD]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('input[name=country]').value === 'SD'");
    }

    [BrowserFact]
    public async Task A_day_is_shown_as_much_as_the_text_gave_it()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        await page.GotoAsync(server.Base + "/");
        await page.Locator("#events tbody tr[data-id]").First.WaitForAsync();
        var shown = await page.EvaluateAsync<string[]>("() => [['2025-03-12', 'day'], ['2022-09-01', 'month'], ['2018-01-01', 'year'], " +
            "['1970-01-01', 'decade'], ['1900-01-01', 'century'], ['2013-01-01', 'span']].map(([date, date_precision]) => dateText({ date, date_precision }))");
        Assert.Equal(["2025-03-12", "2022-09", "2018", "1970s", "1900s", "from 2013-01-01"], shown);
    }

    [BrowserFact]
    public async Task A_long_timeline_is_binned_by_week_month_or_year_and_says_so()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        await page.GotoAsync(server.Base + "/");
        await page.Locator("#timeline .bar").First.WaitForAsync();
        Assert.StartsWith("Events per day", await page.Locator("#timeline-note").TextContentAsync());

        // Ten months of invented counts: weekly bars, Monday to Sunday, each holding its days' events.
        await page.EvaluateAsync("() => drawTimeline([{key: '2025-01-01', count: 2}, {key: '2025-01-05', count: 3}, {key: '2025-01-06', count: 1}, {key: '2025-10-30', count: 4}])");
        Assert.StartsWith("Events per week", await page.Locator("#timeline-note").TextContentAsync());
        var bars = await page.Locator("#timeline .bar").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.from + '..' + b.dataset.to + ' ' + b.textContent)");
        Assert.Equal(["2024-12-30..2025-01-05 week of 2024-12-30: 5 events", "2025-01-06..2025-01-12 week of 2025-01-06: 1 event",
            "2025-10-27..2025-11-02 week of 2025-10-27: 4 events"], bars);

        // Four years: monthly bars.
        await page.EvaluateAsync("() => drawTimeline([{key: '2022-01-31', count: 1}, {key: '2022-02-01', count: 1}, {key: '2025-12-31', count: 2}])");
        Assert.StartsWith("Events per month", await page.Locator("#timeline-note").TextContentAsync());
        Assert.Equal(["2022-01-01..2022-01-31", "2022-02-01..2022-02-28", "2025-12-01..2025-12-31"],
            await page.Locator("#timeline .bar").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.from + '..' + b.dataset.to)"));
        Assert.Equal(48, await page.EvaluateAsync<int>("() => bins([{key: '2022-01-31', count: 1}, {key: '2025-12-31', count: 2}]).list.length"));

        // An archive of decades: yearly bars.
        await page.EvaluateAsync("() => drawTimeline([{key: '1979-03-01', count: 1}, {key: '2025-12-31', count: 2}])");
        Assert.StartsWith("Events per year", await page.Locator("#timeline-note").TextContentAsync());
        Assert.Equal(["1979-01-01..1979-12-31 1979: 1 event", "2025-01-01..2025-12-31 2025: 2 events"],
            await page.Locator("#timeline .bar").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.from + '..' + b.dataset.to + ' ' + b.textContent)"));
        Assert.Equal(47, await page.EvaluateAsync<int>("() => bins([{key: '1979-03-01', count: 1}, {key: '2025-12-31', count: 2}]).list.length"));
    }

    /// <summary>The dashboard opened, its timeline drawn: the bars, and each bar's first and last day.</summary>
    private async Task<(ILocator Bars, string[] From, string[] To)> TimelineBars(IPage page)
    {
        await page.GotoAsync(server.Base + "/");
        var bars = page.Locator("#timeline .bar");
        await bars.First.WaitForAsync();
        return (bars, await bars.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.from)"),
            await bars.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.to)"));
    }

    [BrowserFact]
    public async Task Dragging_across_the_timeline_keeps_that_range_and_shades_it_among_every_date()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        var (bars, days, _) = await TimelineBars(page);
        Assert.True(days.Length >= 2, string.Join(" ", days));

        // Press on the first bar, release on the second: the range of both.
        var a = (await bars.Nth(0).BoundingBoxAsync())!;
        var b = (await bars.Nth(1).BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(a.X + a.Width / 2, a.Y + a.Height - 1);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(b.X + b.Width / 2, b.Y + b.Height - 1, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.WaitForFunctionAsync($"() => document.querySelector('input[name=to]').value === '{days[1]}'");
        Assert.Equal(days[0], await page.InputValueAsync("input[name=from]"));
        await page.WaitForFunctionAsync("() => document.querySelector('#timeline rect.range')");
        // Every date stays drawn (the timeline ignores the date filters), the chosen ones marked.
        Assert.Equal(days, await bars.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.from)"));
        Assert.Equal(days.Take(2), await page.Locator("#timeline .bar.chosen").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.from)"));
        Assert.Contains($"chosen: {days[0]} to {days[1]}", await page.Locator("#timeline-note").TextContentAsync());
        await page.WaitForFunctionAsync($"() => location.search.includes('from={days[0]}&to={days[1]}') && !document.body.classList.contains('loading')");
        Assert.Equal(await Ids($"&from={days[0]}&to={days[1]}"), await ListedIds(page));
    }

    [BrowserFact]
    public async Task The_timeline_is_one_tab_stop_whose_arrows_move_between_bars_and_enter_keeps_a_bar_or_a_marked_range()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        var (_, from, to) = await TimelineBars(page);
        Assert.True(from.Length >= 3, string.Join(" ", from));
        Assert.Equal(1, await page.Locator("#timeline .bar[tabindex='0']").CountAsync());

        // Right arrow, Enter: the second bar's dates.
        await page.Locator("#timeline .bar[tabindex='0']").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync($"() => document.querySelector('input[name=from]').value === '{from[1]}' && document.querySelector('input[name=to]').value === '{to[1]}'");
        await page.WaitForFunctionAsync("() => !document.body.classList.contains('loading') && document.activeElement?.matches('#timeline .bar.chosen')");
        Assert.Equal(from[1], await page.EvaluateAsync<string>("() => document.activeElement.dataset.from"));

        // From there, Shift+Right twice marks three bars; Enter keeps them; Home goes back to the first.
        await page.Keyboard.PressAsync("Shift+ArrowRight");
        await page.Keyboard.PressAsync("Shift+ArrowRight");
        var last = Math.Min(3, from.Length - 1);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync($"() => document.querySelector('input[name=to]').value === '{to[last]}'");
        Assert.Equal(from[1], await page.InputValueAsync("input[name=from]"));
        await page.WaitForFunctionAsync("() => !document.body.classList.contains('loading') && document.activeElement?.matches('#timeline .bar')");
        await page.Keyboard.PressAsync("Home");
        Assert.Equal(from[0], await page.EvaluateAsync<string>("() => document.activeElement.dataset.from"));
        Assert.Equal(1, await page.Locator("#timeline .bar[tabindex='0']").CountAsync());
    }

    [BrowserFact]
    public async Task The_dashboard_lists_the_events_and_shows_a_mentions_evidence_highlighted_in_its_article()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(server.Base + "/");

        var rows = page.Locator("#events tbody tr[data-id]");
        await rows.First.WaitForAsync();
        Assert.Equal((await server.AllEvents()).Count, await rows.CountAsync());
        Assert.Contains("match the filters", await page.Locator("#totals").TextContentAsync());

        // Filtering by text narrows the list to the air strike's events.
        await page.FillAsync("input[name=text]", "warplanes");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#events tbody tr[data-id]')].every(r => r.textContent.includes('warplanes'))");

        await rows.First.ClickAsync();
        var mark = page.Locator("#detail .article mark.evidence").First;
        await mark.WaitForAsync();
        Assert.Contains("bombed", await mark.TextContentAsync());
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Filters_in_the_address_apply_on_load_the_QuadClass_in_its_field_and_the_export_links_follow_them()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync();
        var expected = await server.AllEvents("&country=UA&quad=4");
        Assert.NotEmpty(expected);
        await page.GotoAsync(server.Base + "/?country=UA&quad=4");

        var rows = page.Locator("#events tbody tr[data-id]");
        await rows.First.WaitForAsync();
        Assert.Equal(expected.Select(e => e.GetProperty("id").GetInt64().ToString()),
            await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.id)"));
        Assert.Equal("UA", await page.InputValueAsync("input[name=country]"));
        Assert.Equal("4", await page.InputValueAsync("select[name=quad]"));
        var csv = await page.Locator("#downloads a", new() { HasText = "acled" }).GetAttributeAsync("href");
        Assert.Equal("/api/export?country=UA&quad=4&format=acled", csv);
    }

    [BrowserFact]
    public async Task The_list_shows_every_kind_of_toll_the_QuadClass_and_PLOVER_fields_filter_and_Enter_on_a_focused_row_opens_it()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        await page.GotoAsync(server.Base + "/");
        var rows = page.Locator("#events tbody tr[data-id]");
        await rows.First.WaitForAsync();
        // Each kind with its range across sources, as the API gives them (the Sudan strike: killed and wounded).
        var expected = (await server.AllEvents()).Select(e => string.Join(", ", e.GetProperty("tolls").EnumerateArray().Select(t =>
        {
            string N(string k) => t.GetProperty(k).ValueKind == System.Text.Json.JsonValueKind.Null ? "?" : t.GetProperty(k).GetInt64().ToString();
            return $"{t.GetProperty("kind").GetString()!.Replace('_', ' ')} {(N("low") == N("high") ? N("low") : N("low") + "–" + N("high"))}";
        }))).ToArray();
        Assert.Contains(expected, t => t.Contains("killed") && t.Contains("wounded"));
        Assert.Equal(expected, await page.Locator("#events tbody td.tolls").AllTextContentsAsync());

        await page.SelectOptionAsync("select[name=quad]", "1");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForFunctionAsync("() => location.search.includes('quad=1') && !document.body.classList.contains('loading')");
        var cooperation = await Ids("&quad=1");
        Assert.Equal(cooperation, await ListedIds(page));
        Assert.NotEmpty(cooperation);

        // The PLOVER field too.
        await page.SelectOptionAsync("select[name=quad]", "");
        await page.SelectOptionAsync("select[name=plover]", "ASSAULT");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForFunctionAsync("() => location.search.includes('plover=ASSAULT') && !document.body.classList.contains('loading')");
        Assert.Equal(await Ids("&plover=ASSAULT"), await ListedIds(page));

        await page.SelectOptionAsync("select[name=plover]", "");
        await page.SelectOptionAsync("select[name=quad]", "1");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForFunctionAsync("() => location.search.includes('quad=1') && !location.search.includes('plover') && !document.body.classList.contains('loading')");
        await rows.First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#detail .article mark.evidence").First.WaitForAsync();
        Assert.Equal(cooperation[0], await page.Locator("#events tbody tr.chosen").GetAttributeAsync("data-id"));
    }

    [BrowserFact]
    public async Task An_empty_record_says_how_to_fill_it()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-empty-").FullName;
        try
        {
            await using (var store = Sitrep.Store.EventStores.Open("sqlite:" + Path.Combine(dir, "sitrep.db")))
            {
                await using var app = Sitrep.Server.SitrepServer.Build(new(store, "http://127.0.0.1:0", new Sitrep.Knowledge.DataDirectory()));
                await app.StartAsync();
                var (playwright, browser, page) = await Open();
                using var _ = playwright;
                await using var __ = browser;
                await page.GotoAsync(Sitrep.Server.SitrepServer.Addresses(app).Single());
                await page.WaitForFunctionAsync("() => document.querySelector('#totals').textContent.includes('empty')");
                Assert.Contains("sitrep ingest", await page.Locator("#totals").TextContentAsync());
                await app.StopAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [BrowserFact]
    public async Task A_slow_answer_for_an_event_chosen_earlier_does_not_replace_the_one_chosen_last()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        await page.GotoAsync(server.Base + "/");
        var rows = page.Locator("#events tbody tr[data-id]");
        await rows.Nth(1).WaitForAsync();
        var (first, second) = (await rows.Nth(0).GetAttributeAsync("data-id"), await rows.Nth(1).GetAttributeAsync("data-id"));
        // The first event's answer is held back until the second event is shown.
        var release = new TaskCompletionSource();
        await page.RouteAsync($"**/api/events/{first}", async route => { await release.Task; await route.ContinueAsync(); });
        await rows.Nth(0).ClickAsync();
        await page.Locator("#detail", new() { HasText = "Loading the event" }).WaitForAsync();
        await rows.Nth(1).ClickAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('#detail').hasAttribute('aria-busy') && document.querySelector('#detail .article')");
        var shown = await page.Locator("#detail").InnerHTMLAsync();
        // The held answer arrives (its body read whole) and is dropped: the second event is still the one shown.
        var arrived = page.WaitForResponseAsync($"**/api/events/{first}");
        release.SetResult();
        await (await arrived).FinishedAsync();
        await page.WaitForFunctionAsync($"() => performance.getEntriesByType('resource').some(e => e.name.endsWith('/api/events/{first}') && e.responseEnd > 0)");
        await page.EvaluateAsync("() => new Promise(r => setTimeout(() => setTimeout(r, 0), 0))");
        Assert.Equal(shown, await page.Locator("#detail").InnerHTMLAsync());
        Assert.Equal(second, await page.Locator("#events tbody tr.chosen").GetAttributeAsync("data-id"));
    }

    [BrowserFact]
    public async Task The_list_says_how_many_of_the_matches_it_shows_and_a_server_that_does_not_answer_is_said_in_words()
    {
        var (playwright, browser, page) = await Open();
        using var _ = playwright;
        await using var __ = browser;
        await page.GotoAsync(server.Base + "/");
        await page.Locator("#events tbody tr[data-id]").First.WaitForAsync();
        var all = (await server.AllEvents()).Count;
        Assert.Equal($"Showing {all} of {all} events.", await page.Locator("#shown").TextContentAsync());

        // The server goes away: the next request fails in the network, not with an HTTP error.
        await page.RouteAsync("**/api/stats**", route => route.AbortAsync());
        await page.ClickAsync("button[type=submit]");
        await page.Locator("#error", new() { HasText = "does not answer" }).WaitForAsync();
        Assert.Equal("Could not load the record.", await page.Locator("#totals").TextContentAsync());
    }
}
