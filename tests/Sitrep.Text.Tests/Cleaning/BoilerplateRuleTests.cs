using Sitrep.Core.Model;
using Sitrep.Text.Cleaning;

namespace Sitrep.Text.Tests.Cleaning;

/// <summary>Each rule on invented lines: what it must catch and, as importantly, the body lines it must leave.</summary>
public sealed class BoilerplateRuleTests
{
    [Theory]
    // Related-story teasers: short standalone lines without final punctuation, or LABEL: headline.
    [InlineData("Rebels tighten grip on eastern Congo's mining hub", BoilerplateKind.RelatedLink)]
    [InlineData("Gunmen kill 22 villagers in Tillaberi", BoilerplateKind.RelatedLink)]
    [InlineData("OPINION: Why the Sahel juntas turned to Moscow", BoilerplateKind.RelatedLink)]
    [InlineData("Talk to Meridian: Sudan's foreign minister on the siege of El Fasher", BoilerplateKind.RelatedLink)]
    [InlineData("READ MORE: Can the Kenyan-led mission turn the tide in Haiti?", BoilerplateKind.RelatedLink)]
    [InlineData("Related: Hostage families rally as talks stall", BoilerplateKind.RelatedLink)]
    [InlineData("Inside Story: Is there a way out of Myanmar's civil war?", BoilerplateKind.RelatedLink)]
    [InlineData("Related stories", BoilerplateKind.RelatedLink)]
    // Captions: a bracketed credit at the end.
    [InlineData("Smoke rises over Khartoum after an air strike [Meridian Wire]", BoilerplateKind.Caption)]
    [InlineData("Displaced families wait for food rations in Goma [AFP/Getty Images]", BoilerplateKind.Caption)]
    [InlineData("Soldiers patrol a market in Gao (Photo: Moussa Traoré/Sahel Observer)", BoilerplateKind.Caption)]
    [InlineData("A damaged school in Sumy [File: Andriy Koval/Continental Post]", BoilerplateKind.Caption)]
    [InlineData("Image caption: Residents inspect the crater left by the strike", BoilerplateKind.Caption)]
    // Source lines and bylines.
    [InlineData("Source: Levant Daily and news agencies", BoilerplateKind.SourceLine)]
    [InlineData("SOURCES: Meridian Wire, Horn Dispatch", BoilerplateKind.SourceLine)]
    [InlineData("By Jane Doe", BoilerplateKind.Byline)]
    [InlineData("By Halima Osman and Peter Lindqvist in Nairobi", BoilerplateKind.Byline)]
    [InlineData("Jane Doe | Reuters", BoilerplateKind.Byline)]
    [InlineData("Tesfaye Gebremariam — Highland Courier", BoilerplateKind.Byline)]
    [InlineData("Amina Yusuf, Senior Correspondent", BoilerplateKind.Byline)]
    [InlineData("(Reporting by Ayman Sharif in Tripoli; Writing by Peter Lindqvist; Editing by Grace Mbeki)", BoilerplateKind.Byline)]
    [InlineData("Additional reporting by Fartun Ali in Mogadishu", BoilerplateKind.Byline)]
    // Page furniture.
    [InlineData("Advertisement", BoilerplateKind.Other)]
    [InlineData("ADVERTISEMENT", BoilerplateKind.Other)]
    [InlineData("Story continues below advertisement", BoilerplateKind.Other)]
    [InlineData("Share this article", BoilerplateKind.Other)]
    [InlineData("Follow us on Telegram", BoilerplateKind.Other)]
    [InlineData("Facebook Twitter WhatsApp Email", BoilerplateKind.Other)]
    [InlineData("Sign up for our Africa newsletter", BoilerplateKind.Other)]
    [InlineData("© 2025 Lakes Herald. All rights reserved.", BoilerplateKind.Other)]
    [InlineData("Copyright 2024 Savannah Times", BoilerplateKind.Other)]
    [InlineData("Click here to read our full coverage of the war in Sudan", BoilerplateKind.Other)]
    [InlineData("Updated 19:40 GMT", BoilerplateKind.Other)]
    [InlineData("Published On 4 March 2025", BoilerplateKind.Other)]
    [InlineData("16 September 2025", BoilerplateKind.Other)]
    [InlineData("March 3, 2025 10:45 GMT", BoilerplateKind.Other)]
    [InlineData("PRESS RELEASE", BoilerplateKind.Other)]
    [InlineData("For further information, please contact:", BoilerplateKind.Other)]
    [InlineData("Media contact: Salimata Ouédraogo, press@relief.example", BoilerplateKind.Other)]
    public void Boilerplate_lines_get_their_kind(string line, BoilerplateKind expected)
    {
        Assert.Equal(expected, BoilerplateRules.Classify(line));
    }

    [Theory]
    // Short sentences that end with a period carry facts; they stay.
    [InlineData("Six civilians were killed.")]
    [InlineData("Jaafari walked away without answering.")]
    [InlineData("By Tuesday, the army had retaken the bridge.")]
    // Long lines without a final period are body that lost its punctuation.
    [InlineData("The shelling of Avdiivka has left more than 40 people dead and at least 120 wounded since last week")]
    // Short lines that lost their full stop but read as reports, not headlines.
    [InlineData("Six people were killed in the attack")]
    [InlineData("The army said it had retaken the bridge")]
    // Quotes, lists, times, acronyms in brackets.
    [InlineData("“We will not leave our homes,” she said")]
    [InlineData("- 12 killed in Bunia")]
    [InlineData("09:12 CET")]
    [InlineData("Source of the fire was unclear, the ministry said.")]
    [InlineData("Kerry: We are on the verge of suspending talks.")]
    [InlineData("Ukraine")]
    public void Body_lines_are_left_alone(string line)
    {
        Assert.Null(BoilerplateRules.Classify(line));
    }

    [Fact]
    public void A_bracketed_acronym_is_not_a_photo_credit()
    {
        Assert.Null(BoilerplateRules.Classify("Talks were held in Jeddah with the Rapid Support Forces (RSF)", standalone: false));
        Assert.False(BoilerplateRules.EndsWithCredit("Talks were held in Jeddah with the Rapid Support Forces (RSF)"));
    }

    [Fact]
    public void A_short_line_inside_a_wrapped_paragraph_is_not_a_headline()
    {
        Assert.Null(BoilerplateRules.Classify("Fighters loyal to the governor", standalone: false));
        Assert.Equal(BoilerplateKind.RelatedLink, BoilerplateRules.Classify("Fighters loyal to the governor", standalone: true));
    }

    [Fact]
    public void The_standfirst_before_any_body_is_not_a_headline()
    {
        Assert.Null(BoilerplateRules.Classify("Residents describe a night of shelling in the besieged town", headlineAllowed: false));
    }

    private static ArticleDocument Run(string text, string? title = null)
    {
        var doc = new ArticleDocument(text) { Title = title };
        new BoilerplateStage().Run(doc);
        return doc;
    }

    [Fact]
    public void The_first_line_is_the_title_not_a_teaser()
    {
        var doc = Run("Sudan's army retakes Wad Madani\n\nThe army said on Saturday it had retaken the city.\n");
        Assert.Empty(doc.Boilerplate);
        Assert.Equal("Sudan's army retakes Wad Madani", doc.Title);
        Assert.Equal(new Core.TextSpan(0, 31), doc.TitleSpan);
    }

    [Fact]
    public void A_repeated_body_line_marks_only_its_second_copy_as_duplicate()
    {
        const string para = "Aid agencies said 30,000 people had fled Kalehe since Monday.";
        var text = $"Floods and fighting in South Kivu\n\n{para}\n\nThe road to Bukavu was cut.\n\n{para}\n";
        var doc = Run(text);
        var b = Assert.Single(doc.Boilerplate);
        Assert.Equal(BoilerplateKind.Duplicate, b.Kind);
        Assert.Equal(text.LastIndexOf(para, StringComparison.Ordinal), b.Span.Start);
    }

    [Fact]
    public void A_caption_and_its_copy_are_both_captions_with_whole_line_spans()
    {
        const string caption = "Smoke over Khan Younis after a strike [Levant Daily]";
        var text = $"Strikes hit Khan Younis\n\nAt least nine people were killed, medics said.\n\n{caption}\r\n{caption}\n\nThe army said it hit militants.";
        var doc = Run(text);
        Assert.Equal(2, doc.Boilerplate.Length);
        Assert.All(doc.Boilerplate, b => Assert.Equal(BoilerplateKind.Caption, b.Kind));
        Assert.All(doc.Boilerplate, b => Assert.Equal(caption, doc.Slice(b.Span)));
    }

    [Fact]
    public void A_source_given_title_that_differs_from_a_long_first_sentence_leaves_that_sentence_as_body()
    {
        var doc = Run("Gunmen killed 12 villagers in Zamfara state on Saturday, police said, in the latest attack in the region.\nMore text here.", title: "Gunmen kill 12 in Zamfara");
        Assert.Null(doc.TitleSpan);
        Assert.Equal("Gunmen kill 12 in Zamfara", doc.Title);
    }

    [Fact]
    public void An_empty_document_has_no_boilerplate_and_no_title()
    {
        var doc = Run("   \n\n ");
        Assert.Empty(doc.Boilerplate);
        Assert.Null(doc.TitleSpan);
    }
}
