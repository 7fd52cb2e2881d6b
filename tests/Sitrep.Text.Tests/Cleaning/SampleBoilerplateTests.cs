using Sitrep.Core.Model;
using Sitrep.Text.Cleaning;
using Sitrep.Text.Reading;

namespace Sitrep.Text.Tests.Cleaning;

/// <summary>
/// Gold boilerplate of the bundled samples (samples/, invented by us): every line listed, and no other, is
/// boilerplate of the given kind ("Kind: line"). A rule change that removes a body line or misses a teaser shows up here.
/// </summary>
public sealed class SampleBoilerplateTests
{
    public static readonly TheoryData<string, string[]> Gold = new()
    {
        { "sudan-el-fasher-wire.txt", [
            "Byline: By Halima Osman and Peter Lindqvist",
            "Byline: (Reporting by Halima Osman in Port Sudan and Peter Lindqvist in Nairobi; Editing by Grace Mbeki)"] },
        { "ukraine-kharkiv-liveblog.txt", [
            "Other: Updated 19:40 CET",
            "Other: Share this article",
            "Other: Advertisement",
            "RelatedLink: Kharkiv rescuers pull survivors from rubble",
            "Caption: Emergency workers at the site of the strike in Kharkiv (Photo: Andriy Koval/Continental Post)",
            "RelatedLink: READ MORE: Inside the race to rebuild Ukraine's power grid before winter",
            "Other: Follow us on WhatsApp",
            "Other: © 2025 Continental Post. All rights reserved."] },
        { "yemen-hodeidah-strikes.txt", [
            "RelatedLink: Houthis say they will widen attacks on shipping",
            "Caption: Fire crews battle a blaze at fuel tanks in Hodeidah port [Gulf Ledger/Salem Ahmed]",
            "Caption: Fire crews battle a blaze at fuel tanks in Hodeidah port [Gulf Ledger/Salem Ahmed]",
            "RelatedLink: ANALYSIS: Why Hodeidah matters for Yemen's hungry millions",
            "SourceLine: Source: Gulf Ledger, agencies"] },
        { "gaza-aid-convoy.txt", [
            "Byline: By Omar Khalidi",
            "RelatedLink: READ MORE: What we know about Gaza's new aid distribution system",
            "Caption: Palestinians carry bags of flour near Rafah on Saturday (Photo: Mahmoud Saleh/Levant Daily)",
            "RelatedLink: Related: Hostage families rally in Tel Aviv as talks stall in Doha",
            "Other: Follow Levant Daily on Instagram and X",
            "Other: Click here to support our reporting"] },
        { "ethiopia-amhara-drone.txt", [
            "Byline: Tesfaye Gebremariam | Highland Courier",
            "Other: Sign up for the Highland Courier's daily briefing",
            "Other: Copyright © 2025 Highland Courier Media. All rights reserved."] },
        { "somalia-beledweyne-bombing.txt", [
            "Byline: By Abdirahman Warsame",
            "Caption: Somali army soldiers at a checkpoint in Beledweyne last year [File: Horn Dispatch]",
            "Other: Advertisement",
            "Byline: (Additional reporting by Fartun Ali in Mogadishu)"] },
        { "drc-north-kivu-un-release.txt", [
            "Other: PRESS RELEASE",
            "Other: Follow the Office for Humanitarian Coordination on X",
            "Other: For further information, please contact:",
            "Other: Jean-Baptiste Mukendi, Public Information Officer, Kinshasa, mukendi@ohc.example, +243 81 000 0000",
            "Other: For more information, please visit: https://ohc.example/drc"] },
        { "burkina-djibo-ngo-release.txt", [
            "Other: NEWS RELEASE",
            "Other: For immediate release",
            "Other: Notes to editors: Sahel Relief Alliance is a network of six humanitarian organisations working in Burkina Faso, Mali and Niger.",
            "Other: Media contact: Salimata Ouédraogo, press@sahelrelief.example"] },
        { "mali-convoy-ambush.html", [
            "Byline: By Aïssata Kouyaté",
            "Other: 16 September 2025",
            "SourceLine: Source: The Sahel Observer and agencies"] },
        { "myanmar-sagaing-village.html", [
            "Other: Click here to read our coverage of the Sagaing conflict"] },
        { "haiti-port-au-prince-gangs.html", [] },
        { "feed-items.jsonl:1", [
            "RelatedLink: Read more: Aid deliveries to Idlib resume after two-week pause"] },
        { "feed-items.jsonl:2", [
            "Other: Advertisement"] },
        { "feed-items.jsonl:3", [
            "Byline: (Reporting by Ayman Sharif; Writing by Peter Lindqvist; Editing by Grace Mbeki)"] },
    };

    internal static string? SamplesDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "sudan-el-fasher-wire.txt"))) return candidate;
        }
        return null;
    }

    internal static RawArticle Load(string name)
    {
        var dir = SamplesDir() ?? throw new InvalidOperationException("samples/ not found above the test binaries.");
        var parts = name.Split(':');
        var results = ArticleReader.ReadFile(Path.Combine(dir, parts[0])).ToList();
        var r = parts.Length == 1 ? results.Single() : results[int.Parse(parts[1]) - 1];
        Assert.Null(r.Error);
        return r.Article!;
    }

    [Theory]
    [MemberData(nameof(Gold))]
    public void Sample_boilerplate_matches_its_gold(string sample, string[] expected)
    {
        var doc = Load(sample).ToDocument();
        new BoilerplateStage().Run(doc);
        var got = doc.Boilerplate.Select(b => $"{b.Kind}: {doc.Slice(b.Span)}").ToArray();
        Assert.Equal(expected, got);
    }

    [Fact]
    public void There_are_at_least_twelve_samples_and_every_one_has_a_date_source_and_title()
    {
        var dir = SamplesDir();
        Assert.NotNull(dir);
        var articles = ArticleReader.ReadPaths([dir!]).ToList();
        Assert.All(articles, r => Assert.Null(r.Error));
        Assert.True(articles.Count >= 12, $"only {articles.Count} sample articles");
        foreach (var a in articles.Select(r => r.Article!))
        {
            Assert.True(a.Published is not null, $"{a.Name} has no publication date");
            Assert.False(string.IsNullOrEmpty(a.Source), $"{a.Name} has no source");
            var doc = a.ToDocument();
            new BoilerplateStage().Run(doc);
            Assert.False(string.IsNullOrEmpty(doc.Title), $"{a.Name} has no title");
            Assert.NotNull(doc.TitleSpan);
        }
        Assert.Equal(articles.Count, Gold.Count());
    }
}
