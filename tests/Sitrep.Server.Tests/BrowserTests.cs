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
    public async Task Filters_in_the_address_apply_on_load_including_those_the_form_lacks_and_the_export_links_follow_them()
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
        Assert.Equal("quad=4", await page.Locator("#extra").TextContentAsync());
        var csv = await page.Locator("#downloads a", new() { HasText = "acled" }).GetAttributeAsync("href");
        Assert.Equal("/api/export?country=UA&quad=4&format=acled", csv);
    }
}
