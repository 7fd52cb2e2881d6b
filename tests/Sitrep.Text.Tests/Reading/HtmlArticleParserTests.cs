using Sitrep.Text.Reading;

namespace Sitrep.Text.Tests.Reading;

public sealed class HtmlArticleParserTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Clashes in Tripoli kill 8 | Meridian Wire</title>
          <meta property="og:site_name" content="Meridian Wire">
          <meta property="article:published_time" content="2025-05-14T06:30:00Z">
          <link rel="canonical" href="https://meridianwire.example/libya/tripoli-clashes">
          <style>p { color: red }</style>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/africa">Africa</a></nav>
          <article>
            <h1>Clashes in Tripoli kill 8</h1>
            <p>Heavy fighting broke out in Tripoli overnight, killing at least eight people, the health ministry said.</p>
            <script>trackPageView();</script>
            <figure><img src="a.jpg"><figcaption>Smoke rises over Abu Salim [Meridian Wire]</figcaption></figure>
            <p>Mitiga airport suspended all flights.</p>
            <p><a href="/libya/older">Libya's rival governments trade blame</a></p>
            <aside>Most read: Ten things about Libya</aside>
          </article>
          <footer>© 2025 Meridian Wire</footer>
        </body></html>
        """;

    [Fact]
    public void A_title_left_unclosed_does_not_swallow_the_page()
    {
        // HTML's rules read everything after an unclosed <title> as the title's text: the page had no article at all.
        const string html = "<html><head><title>Shelling near Kherson\n<body><p>Shelling killed two people in a village near Kherson on Monday, the regional governor said.<p>A school was damaged.</body></html>";
        var r = HtmlArticleParser.Parse(html);

        Assert.NotEqual(0, r.BodyBlocks);
        Assert.Equal("Shelling near Kherson\n\nShelling killed two people in a village near Kherson on Monday, the regional governor said.\n\nA school was damaged.", r.Text);
        // Each block still maps back to its element in the page as given.
        foreach (var (textOffset, htmlOffset) in r.Map)
            Assert.Contains(r.Text[textOffset..].Split(' ')[0], html[htmlOffset..Math.Min(html.Length, htmlOffset + 30)]);
    }

    [Fact]
    public void Navigation_scripts_figures_asides_and_footer_are_dropped_and_paragraphs_kept()
    {
        var r = HtmlArticleParser.Parse(Page);
        Assert.Equal(
            "Clashes in Tripoli kill 8\n\nHeavy fighting broke out in Tripoli overnight, killing at least eight people, the health ministry said.\n\nMitiga airport suspended all flights.",
            r.Text);
        Assert.DoesNotContain("Home", r.Text);
        Assert.DoesNotContain("trackPageView", r.Text);
        Assert.DoesNotContain("Smoke rises", r.Text);
        Assert.DoesNotContain("rival governments", r.Text); // a link-only paragraph is a teaser for another story
    }

    [Fact]
    public void Title_date_canonical_url_and_site_name_come_from_the_head()
    {
        var r = HtmlArticleParser.Parse(Page);
        Assert.Equal("Clashes in Tripoli kill 8", r.Title);
        Assert.Equal(new DateOnly(2025, 5, 14), r.Published);
        Assert.Equal("https://meridianwire.example/libya/tripoli-clashes", r.Url);
        Assert.Equal("Meridian Wire", r.Source);
    }

    [Fact]
    public void Each_block_maps_back_to_its_element_in_the_page()
    {
        var r = HtmlArticleParser.Parse(Page);
        Assert.Equal(3, r.Map.Count);
        foreach (var (textOffset, htmlOffset) in r.Map)
        {
            var firstWord = r.Text[textOffset..].Split(' ')[0];
            Assert.Contains(firstWord, Page[htmlOffset..Math.Min(Page.Length, htmlOffset + 120)]);
        }
    }

    [Fact]
    public void Json_ld_date_publisher_and_headline_are_read_when_meta_tags_are_missing()
    {
        var html = """
            <html><head><script type="application/ld+json">
            [{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"Gunmen kill 12 in Zamfara","datePublished":"2024-11-02T18:00:00+01:00","publisher":{"@type":"Organization","name":"Savannah Times"}}]
            </script></head><body><div><p>Gunmen killed 12 villagers in Zamfara state on Saturday, police said.</p></div></body></html>
            """;
        var r = HtmlArticleParser.Parse(html);
        Assert.Equal(new DateOnly(2024, 11, 2), r.Published);
        Assert.Equal("Savannah Times", r.Source);
        Assert.Equal("Gunmen kill 12 in Zamfara", r.Title);
        Assert.StartsWith("Gunmen kill 12 in Zamfara\n\nGunmen killed 12", r.Text);
    }

    [Fact]
    public void Without_article_markup_the_element_with_most_paragraph_text_wins()
    {
        var html = """
            <html><body>
              <div class="menu-col"><p>Home</p><p>World</p></div>
              <div class="content"><h1>Aid trucks reach Ma'rib</h1>
                <p>Twenty aid trucks reached Ma'rib on Sunday, the first convoy in three weeks, a UN official said.</p>
                <p>"The needs are enormous," said the official, who asked not to be named.</p>
              </div>
              <div class="promo-col"><p>Subscribe for a year and get a free tote bag, only this week.</p></div>
            </body></html>
            """;
        var r = HtmlArticleParser.Parse(html);
        Assert.Contains("Twenty aid trucks", r.Text);
        Assert.DoesNotContain("tote bag", r.Text);
        Assert.DoesNotContain("World", r.Text);
        Assert.Equal(2, r.BodyBlocks);
    }

    [Theory]
    [InlineData("<html><body><p>Unclosed <b>bold <i>and italic</p><div><p>Troops entered Kidal.</div>")]
    [InlineData("<<<>>><p>></p></span></table><td>Shelling in Donetsk")]
    [InlineData("<html><body>")]
    [InlineData("")]
    public void Malformed_html_does_not_crash(string html)
    {
        var r = HtmlArticleParser.Parse(html);
        Assert.NotNull(r.Text);
    }

    [Fact]
    public void Deeply_nested_divs_do_not_overflow_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "<p>Deep text.</p></body></html>";
        var r = HtmlArticleParser.Parse(html);
        Assert.NotNull(r.Text);
    }

    [Fact]
    public void A_page_with_an_empty_body_has_no_body_blocks()
    {
        var r = HtmlArticleParser.Parse("<html><head><title>Loading…</title></head><body><script>app()</script></body></html>");
        Assert.Equal(0, r.BodyBlocks);
    }
}
