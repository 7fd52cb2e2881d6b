using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Places;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Place finding and resolution on invented sentences, against the real gazetteer (../shared/data/geo
/// or the npm packages). Each test returns early, saying so, when neither is there.
/// </summary>
public sealed class PlaceStageTests
{
    private static readonly DataDirectory Data = new();
    private static readonly Lazy<PlaceKnowledge> Knowledge = new(() => PlaceKnowledge.Load(Data));
    private static readonly Lazy<SitrepPipeline> Foundation = new(() => PipelineFactory.CreateFoundation(Data, cleaning: false));

    private static bool Missing()
    {
        if (Knowledge.Value.Gazetteer is not null) return false;
        Console.WriteLine($"skipped: {Knowledge.Value.Problem}");
        return true;
    }

    private static ArticleDocument Run(string text, params Entity[] entities)
    {
        var doc = Foundation.Value.Run(new ArticleDocument(text));
        if (entities.Length > 0) doc.Entities = entities.ToImmutableArray();
        new PlaceStage(Knowledge.Value).Run(doc);
        return doc;
    }

    private static Place? At(ArticleDocument doc, string words) =>
        doc.Places.FirstOrDefault(p => doc.Slice(p.Span).Contains(words, StringComparison.Ordinal));

    private static double Km(Place p, double lat, double lon) => PlaceResolver.Km(p.Lat, p.Lon, lat, lon);

    [Fact]
    public void A_sentence_in_capitals_names_the_places_the_tagger_saw_and_no_others()
    {
        if (Missing()) return;
        const string text = "GUNMEN ATTACK VILLAGE NEAR MAIDUGURI'S AIRPORT, POLICE SAID";
        int at = text.IndexOf("MAIDUGURI", StringComparison.Ordinal);
        var doc = Run(text, new Entity(new TextSpan(at, at + "MAIDUGURI".Length), EntityLabel.LOC, 0));
        var place = Assert.Single(doc.Places);
        Assert.Equal("MAIDUGURI", doc.Slice(place.Span));
        Assert.Equal("NG", place.Country);
        // with no place entity the capitals say nothing
        Assert.Empty(Run(text, new Entity(new TextSpan(0, 6), EntityLabel.MISC, 1)).Places);
    }

    [Fact]
    public void Paris_among_French_places_is_the_French_capital()
    {
        if (Missing()) return;
        var doc = Run("Protesters marched through Paris on Saturday, and smaller rallies were held in Lyon and Marseille, French police said.");
        var paris = At(doc, "Paris");
        Assert.NotNull(paris);
        Assert.Equal("FR", paris.Country);
    }

    [Fact]
    public void Paris_Texas_is_the_Texan_town()
    {
        if (Missing()) return;
        var doc = Run("A tornado damaged dozens of homes in Paris, Texas, late on Tuesday, the county sheriff said.");
        var paris = At(doc, "Paris");
        Assert.NotNull(paris);
        Assert.Equal("US", paris.Country);
        Assert.Equal("TX", paris.Admin1);
    }

    [Fact]
    public void Georgia_beside_Tbilisi_is_the_country()
    {
        if (Missing()) return;
        var doc = Run("Thousands rallied in Tbilisi as Georgia prepared for a parliamentary vote.");
        var georgia = At(doc, "Georgia");
        Assert.NotNull(georgia);
        Assert.Equal("GE", georgia.Country);
        Assert.Equal(PlacePrecision.Country, georgia.Precision);
    }

    [Fact]
    public void Georgia_beside_Atlanta_is_the_US_state()
    {
        if (Missing()) return;
        var doc = Run("Storms knocked out power across Atlanta overnight. Officials in Georgia said schools would stay closed.");
        var georgia = At(doc, "Georgia");
        Assert.NotNull(georgia);
        Assert.Equal("US", georgia.Country);
        Assert.Equal(PlacePrecision.Admin1, georgia.Precision);
    }

    [Theory]
    [InlineData("The psychologist Jordan Peterson spoke at the event last night.", "Jordan")]
    [InlineData("Customers of Georgia Power lost electricity after the storm.", "Georgia")]
    [InlineData("Most residents had already left by the time the shelling began.", "Most")]
    [InlineData("Reading the report aloud, the envoy paused twice; reading it again took longer.", "Reading")]
    [InlineData("The ceasefire began in March and collapsed within a week.", "March")]
    [InlineData("He said the convoy would Split into two columns at dawn.", "Split")]
    // a currency's letters, a news outlet's name, a compass word of a longer name the gazetteer lacks
    [InlineData("The appeal seeks US$1.2 billion for the coming year.", "US")]
    [InlineData("A trader who survived the attack told the Highland Courier, asking not to be named.", "Highland")]
    [InlineData("Meridian Wire could not verify the account.", "Meridian")]
    [InlineData("Attacks on displacement sites in North Ubangi province have killed 17 civilians.\n\nThe plan seeks US$2.5 billion.", "North")]
    // (a currency's letters spaced from the sign, as in text tokenised with spaces; a highway's or an aircraft's letters before a number)
    [InlineData("The handset will sell for US $ 249 in most stores .", "US")]
    [InlineData("From the north, drivers take US - 81 past the lake and exit at the second bridge.", "US")]
    [InlineData("The airline retired its last DC-10 jet in May.", "DC")]
    // (a brand that a town once took as another name)
    [InlineData("Investors wondered whether Google could grow beyond search advertising.", "Google")]
    // (a person of a nation: "Turk" was Angren, Uzbekistan, by an alternate name, and "Dane" a French village)
    [InlineData("Police detained six Iraqis, a Somali and a Turk. Serb forces shelled the town.", "Turk")]
    [InlineData("Croat leaders met a Swede and a Dane in Geneva on Tuesday.", "Dane")]
    // (brands and words that towns share: Toyota, Japan; Honda, Colombia; Nokia, Finland; Bear, Delaware; Outlook, Saskatchewan)
    [InlineData("Japanese carmakers Toyota and Mazda raised their forecasts on Friday.", "Toyota")]
    [InlineData("Sales fell at Chrysler, while Toyota and Honda gained ground in March.", "Honda")]
    [InlineData("Nokia and Samsung both cut prices on their cheapest phones.", "Nokia")]
    [InlineData("Bear in mind that the museum closes early on Sundays.", "Bear")]
    [InlineData("The plant makes the Vue and Outlook crossovers for Saturn.", "Outlook")]
    // (a word that is only another name of a town: Sumiton, Alabama, once "Democrat"; Mastic, New York, "Forge")
    [InlineData("In Alabama, the Democrat, Maria Lopez, leads the race for governor by six points.", "Democrat")]
    [InlineData("Washington's troops spent the winter at Valley Forge in Pennsylvania.", "Forge")]
    public void Words_that_are_also_towns_are_not_places(string sentence, string word)
    {
        if (Missing()) return;
        var doc = Run(sentence);
        Assert.Null(At(doc, word));
    }

    [Fact]
    public void A_demonym_opening_an_organisations_name_is_no_region()
    {
        if (Missing()) return;
        var doc = Run("Officials at the Somali Disaster Management Agency said the river burst its banks near Beledweyne.");
        Assert.Null(At(doc, "Somali"));
        Assert.NotNull(At(doc, "Beledweyne"));
    }

    [Fact]
    public void A_person_entity_over_a_place_name_wins()
    {
        if (Missing()) return;
        const string text = "Reporters asked Kenya about the match.";
        var doc = Run(text, new Entity(new TextSpan(16, 21), EntityLabel.PER, 1));
        Assert.Null(At(doc, "Kenya"));
    }

    [Fact]
    public void A_surname_shown_once_with_its_first_name_is_a_surname_everywhere()
    {
        if (Missing()) return;
        var doc = Run("Chancellor Angela Merkel met the delegation in Berlin. Merkel later told reporters the talks had gone well.");
        Assert.Null(At(doc, "Merkel"));
        Assert.Equal("DE", At(doc, "Berlin")?.Country);
    }

    [Fact]
    public void A_Syrian_who_speaks_is_not_a_place_but_the_Syrian_border_is()
    {
        if (Missing()) return;
        var said = Run("A Syrian said the bakery had been hit twice.");
        Assert.Empty(said.Places);
        var border = Run("Hundreds of families waited near the Syrian border for three days.");
        var p = At(border, "Syrian");
        Assert.NotNull(p);
        Assert.Equal("SY", p.Country);
    }

    // the English names situation reports give regions the gazetteer knows by others ("Nord Kivu", "Al Jazirah",
    // "Al Hudaydah"), and a town whose name has a lowercase particle
    [Theory]
    [InlineData("Fighting displaced thousands in North Kivu province last week.", "North Kivu", "CD", PlacePrecision.Admin1)]
    [InlineData("Aid convoys were blocked from entering Gezira state.", "Gezira", "SD", PlacePrecision.Admin1)]
    [InlineData("Cholera cases rose in Hodeidah governorate this month.", "Hodeidah", "YE", PlacePrecision.Admin1)]
    [InlineData("Insurgents attacked Mocimboa da Praia district in May.", "Mocimboa da Praia", "MZ", PlacePrecision.City)]
    [InlineData("Nearly 1 million Rohingya refugees live in camps in Cox's Bazar.", "Cox's Bazar", "BD", PlacePrecision.City)]
    [InlineData("Drones were shot down over the Poltava and Sumy regions overnight.", "Poltava", "UA", PlacePrecision.Admin1)]
    [InlineData("Drones were shot down over the Poltava and Sumy regions overnight.", "Sumy", "UA", PlacePrecision.Admin1)]
    public void Regions_and_towns_by_the_names_aid_agencies_use(string sentence, string words, string country, PlacePrecision precision)
    {
        if (Missing()) return;
        var doc = Run(sentence);
        var p = At(doc, words);
        Assert.NotNull(p);
        Assert.Equal(country, p.Country);
        Assert.Equal(precision, p.Precision);
        Assert.DoesNotContain(doc.Places, x => x.Country == "CV");
    }

    [Theory]
    [InlineData("Shelling continued in eastern Aleppo on Sunday.", "eastern Aleppo", PlacePrecision.PartOfCity, "SY")]
    [InlineData("Shelling continued in east Aleppo on Sunday.", "east Aleppo", PlacePrecision.PartOfCity, "SY")]
    [InlineData("Aid reached rebel-held areas of Aleppo for the first time in weeks.", "rebel-held areas of Aleppo", PlacePrecision.PartOfCity, "SY")]
    [InlineData("Air strikes hit several villages in northern Syria overnight.", "northern Syria", PlacePrecision.Region, "SY")]
    public void Parts_of_places_keep_the_place_with_a_finer_precision(string sentence, string words, PlacePrecision precision, string country)
    {
        if (Missing()) return;
        var doc = Run(sentence);
        var p = doc.Places.FirstOrDefault(x => doc.Slice(x.Span) == words);
        Assert.NotNull(p);
        Assert.Equal(precision, p.Precision);
        Assert.Equal(country, p.Country);
    }

    [Fact]
    public void Facilities_take_the_point_of_the_city_they_are_in()
    {
        if (Missing()) return;
        var doc = Run("The Omar and Bilal hospitals in Aleppo were struck before dawn, medics said.");
        var omar = doc.Places.FirstOrDefault(p => p.Name == "Omar hospital");
        var bilal = doc.Places.FirstOrDefault(p => p.Name == "Bilal hospital");
        Assert.NotNull(omar);
        Assert.NotNull(bilal);
        Assert.Equal(PlacePrecision.Facility, omar.Precision);
        Assert.True(Km(omar, 36.2, 37.16) < 20);
        Assert.Equal("SY", bilal.Country);
    }

    [Theory]
    [InlineData("Twelve fighters were killed in fighting in Marib on Sunday, officials said.", "Marib", EntityLabel.PER, "YE")]
    [InlineData("Hundreds of families displaced from Geneina reached the border on Friday.", "Geneina", EntityLabel.ORG, "SD")]
    [InlineData("A drone strike near Tessalit killed four people, the army said.", "Tessalit", EntityLabel.PER, "ML")]
    [InlineData("Some 4,000 families fled to Geneina after the raid, aid workers said.", "Geneina", EntityLabel.PER, "SD")]
    [InlineData("Trucks on the road to Marib were stopped at a checkpoint on Monday.", "Marib", EntityLabel.PER, "YE")]
    [InlineData("Marib was shelled overnight by rebel artillery, local officials said.", "Marib", EntityLabel.PER, "YE")]
    [InlineData("Officials said Kadugli had been heavily bombarded since Friday.", "Kadugli", EntityLabel.ORG, "SD")]
    [InlineData("Rebel artillery shelled Kadugli for a third day on Monday.", "Kadugli", EntityLabel.PER, "SD")]
    [InlineData("Geneina came under heavy shelling on Monday, residents said.", "Geneina", EntityLabel.PER, "SD")]
    [InlineData("Marib's governor said 20 people had been killed in the strike.", "Marib", EntityLabel.PER, "YE")]
    [InlineData("Rebel columns pushed towards Marib city on Sunday, the army said.", "Marib", EntityLabel.ORG, "YE")]
    [InlineData("Syrian troops advanced in Khan Sheikhoun on Monday, a monitor said.", "Khan Sheikhoun", EntityLabel.PER, "SY")]
    public void A_town_after_a_word_that_places_things_is_a_place_even_when_tagged_a_person(string text, string town, EntityLabel label, string country)
    {
        if (Missing()) return;
        int at = text.IndexOf(town, StringComparison.Ordinal);
        var doc = Run(text, new Entity(new TextSpan(at, at + town.Length), label, 0));
        Assert.Equal(country, At(doc, town)?.Country);
    }

    [Theory]
    [InlineData("The governor received a call from Marib on Sunday, officials said.")]                          // a bare "from" takes people
    [InlineData("Mr Marib said the talks had failed. Critics had little faith in Marib after the vote.")]        // a person elsewhere
    [InlineData("Critics had little faith in Marib's plan after the vote.")]                                     // his plan
    [InlineData("The minister spoke to Marib on Sunday, aides said.")]                                           // a bare "to" takes people
    [InlineData("Marib was attacked by critics after the vote.")]                                                // people are attacked too
    [InlineData("Marib came under fire from critics after the vote.")]                                           // and come under fire
    [InlineData("Marib's lawyers said the charges were false.")]                                                 // what a person has
    [InlineData("Mr Marib said he would resign. Marib was besieged by reporters on Monday.")]                    // a person elsewhere
    public void A_name_tagged_a_person_after_in_or_from_stays_a_person_where_the_text_says_so(string text)
    {
        if (Missing()) return;
        var entities = System.Text.RegularExpressions.Regex.Matches(text, "Marib").Select(m => new Entity(new TextSpan(m.Index, m.Index + 5), EntityLabel.PER, 0)).ToArray();
        Assert.Null(At(Run(text, entities), "Marib"));
    }

    [Theory]
    [InlineData("Sudan's army said shelling hit the market in Al Dueim on Monday.", "Al Dueim", "SD")]           // gazetteer: Ed Dueim
    [InlineData("Aid convoys reached El-Fashir in Sudan's Darfur region on Monday.", "El-Fashir", "SD")]        // gazetteer: Al Fashir
    [InlineData("Kurdish police in Syria's Qamishli said a car bomb killed three.", "Qamishli", "SY")]           // gazetteer: Al Qamishli
    public void A_name_opening_with_the_arabic_article_is_found_under_the_article_s_other_spellings(string text, string town, string country)
    {
        if (Missing()) return;
        int at = text.IndexOf(town, StringComparison.Ordinal);
        Assert.Equal(country, At(Run(text, new Entity(new TextSpan(at, at + town.Length), EntityLabel.LOC, 0)), town)?.Country);
    }

    [Fact]
    public void A_guessed_spelling_of_the_article_is_no_part_of_a_longer_name()
    {
        if (Missing()) return;
        const string text = "Protesters gathered on Al-Rashid Street in central Baghdad on Friday.";
        Assert.Null(At(Run(text, new Entity(new TextSpan(23, 39), EntityLabel.LOC, 0)), "Al-Rashid"));
    }

    [Fact]
    public void A_guessed_spelling_needs_the_article_to_name_its_country()
    {
        if (Missing()) return;
        const string text = "Kurdish fighters retook Qamishli on Monday, a spokesman said.";
        Assert.Null(At(Run(text, new Entity(new TextSpan(24, 32), EntityLabel.LOC, 0)), "Qamishli"));
    }

    [Fact]
    public void An_organisation_named_like_a_small_town_stays_an_organisation()
    {
        if (Missing()) return;
        const string text = "The bill stalled in Congress on Tuesday, aides said.";
        Assert.Null(At(Run(text, new Entity(new TextSpan(20, 28), EntityLabel.ORG, 0)), "Congress"));
    }

    [Fact]
    public void A_persons_last_name_is_no_place_another_name_of_which_it_is()
    {
        if (Missing()) return;
        const string text = "Commissioner Anna Turk said the killings must be investigated. \"Nobody is above the law,\" Turk said.";
        var doc = Run(text, new Entity(new TextSpan(13, 22), EntityLabel.PER, 0));
        Assert.DoesNotContain(doc.Places, p => doc.Slice(p.Span) == "Turk");
    }

    [Fact]
    public void A_persons_last_name_is_no_small_town_even_where_tagged_a_place()
    {
        if (Missing()) return;
        const string text = "Egyptian President Mohamed Morsi arrived in Islamabad on Monday. Morsi will meet the prime minister on Tuesday.";
        int second = text.LastIndexOf("Morsi", StringComparison.Ordinal);
        var doc = Run(text, new Entity(new TextSpan(19, 32), EntityLabel.PER, 0), new Entity(new TextSpan(44, 53), EntityLabel.LOC, 1),
            new Entity(new TextSpan(second, second + 5), EntityLabel.LOC, 2));
        Assert.DoesNotContain(doc.Places, p => doc.Slice(p.Span) == "Morsi");
        Assert.Equal("PK", At(doc, "Islamabad")?.Country);
    }

    [Fact]
    public void A_countrys_name_alone_opening_a_sentence_is_the_country_even_when_tagged_a_person()
    {
        if (Missing()) return;
        var doc = Run("Chad has recorded 341 deaths, while in Niger the floods have left 40,000 people homeless.",
            new Entity(new TextSpan(0, 4), EntityLabel.PER, 0));
        Assert.Contains(doc.Places, p => doc.Slice(p.Span) == "Chad" && p.Country == "TD");
        // a person's full name holds none
        var named = Run("Chad Ochieng said the floods were the worst he had seen.", new Entity(new TextSpan(0, 12), EntityLabel.PER, 0));
        Assert.DoesNotContain(named.Places, p => p.Country == "TD");
    }

    [Fact]
    public void A_facility_never_takes_the_point_of_a_dateline_filed_from_elsewhere()
    {
        if (Missing()) return;
        const string text = "Militia storms Kalma camp, killing dozens\n\nNAIROBI, May 3 - Militia fighters stormed a camp for displaced people in South Darfur on Sunday, aid workers said.";
        var doc = Run(text);
        var camp = doc.Places.FirstOrDefault(p => p.Name == "Kalma camp");
        if (camp is not null) Assert.Equal("SD", camp.Country); // the region of the story, or no point at all, never Nairobi's
    }

    [Fact]
    public void Names_are_case_aware_and_ignore_links()
    {
        if (Missing()) return;
        var doc = Run("Read more at http://example.org/mosul-battle-report and note that mosul is lower case here. Fighting reached Mosul.");
        var p = Assert.Single(doc.Places);
        Assert.Equal("Mosul", doc.Slice(p.Span));
        Assert.Equal("IQ", p.Country);
    }

    [Fact]
    public void State_abbreviations_after_a_town_resolve_the_town()
    {
        if (Missing()) return;
        var doc = Run("Firefighters near Fresno, Calif., contained the blaze on Friday.");
        Assert.Equal("CA", At(doc, "Fresno")?.Admin1);
        Assert.Equal("CA", At(doc, "Calif.")?.Admin1);
        Assert.Equal("US", At(doc, "Calif.")?.Country);
    }

    [Fact]
    public void A_dateline_city_anchors_the_article()
    {
        if (Missing()) return;
        var doc = Run("KHARTOUM, March 3 - Fighting resumed on the outskirts of the capital, witnesses said.\nThe army said it had repelled an attack.");
        var p = At(doc, "KHARTOUM");
        Assert.NotNull(p);
        Assert.Equal("SD", p.Country);
        var located = PlaceLocator.Locate(doc, doc.Sentences[^1].Span);
        Assert.NotNull(located);
        Assert.Equal(PlaceBasis.ArticleFocus, located.Basis);
        Assert.Equal("SD", located.Place.Country);
    }

    [Fact]
    public void A_town_named_once_deep_in_a_story_about_a_country_is_no_focus()
    {
        if (Missing()) return;
        const string text = "Sudan: Humanitarian Update No. 9\n\nHIGHLIGHTS\n\nNeeds keep rising across Sudan as the lean season begins.\n"
            + "Partners reached 3.1 million people with food in June.\nFunding stands at 14 per cent of the appeal.\n"
            + "In Kassala, partners opened two new clinics.\nAn estimated 25 million people need assistance this year.";
        var doc = Run(text);
        Assert.NotNull(At(doc, "Kassala"));
        var located = PlaceLocator.Locate(doc, doc.Sentences[^1].Span);
        Assert.NotNull(located);
        Assert.Equal(PlaceBasis.ArticleFocus, located.Basis);
        Assert.Equal(("Sudan", PlacePrecision.Country), (doc.Slice(located.Place.Span), located.Place.Precision));
    }

    [Fact]
    public void A_town_named_twice_is_the_focus_wherever_it_is_named()
    {
        if (Missing()) return;
        const string text = "Sudan: Humanitarian Update No. 9\n\nHIGHLIGHTS\n\nNeeds keep rising across Sudan as the lean season begins.\n"
            + "Partners reached 3.1 million people with food in June.\nFunding stands at 14 per cent of the appeal.\n"
            + "In Kassala, partners opened two new clinics.\nMore clinics will open in Kassala next month.\nAn estimated 25 million people need assistance this year.";
        var doc = Run(text);
        Assert.Equal("Kassala", PlaceLocator.Locate(doc, doc.Sentences[^1].Span)!.Place.Name);
    }

    [Fact]
    public void The_outlet_credited_after_a_dateline_is_no_place()
    {
        if (Missing()) return;
        const string text = "KABUL, June 2 (Dallas Courier) - Gunmen attacked a checkpoint in Herat, officials said.";
        var doc = Run(text, Loc(text, "Dallas")); // the tagger may well take the outlet's first word for a place
        Assert.NotNull(At(doc, "KABUL"));
        Assert.NotNull(At(doc, "Herat"));
        Assert.Null(At(doc, "Dallas"));
    }

    [Theory]
    [InlineData("GAZA CITY, Nov 24 (Levant Wire) - Shelling hit a school in the east, medics said.", "Nov")]
    [InlineData("KHARTOUM, Sudan, Nov. 3 (Horn Dispatch) - Shelling hit a market, medics said.", "Nov")]
    [InlineData("Talks will resume in Geneva on Dec 2, the envoy said.", "Dec")]
    public void A_months_short_name_beside_a_day_is_no_place(string text, string month)
    {
        if (Missing()) return;
        var doc = Run(text);
        Assert.Null(At(doc, month));
        Assert.NotEmpty(doc.Places);
    }

    [Fact]
    public void A_countrys_name_the_tagger_took_for_an_organisation_is_still_the_country_but_no_evidence()
    {
        if (Missing()) return;
        const string text = "The rebel leader offered a truce with Turkey. The talks were held in Frankfurt.";
        int at = text.IndexOf("Turkey", StringComparison.Ordinal);
        var doc = Run(text, new Entity(new TextSpan(at, at + 6), EntityLabel.ORG, 0));
        Assert.Equal("TR", At(doc, "Turkey")?.Country);
        // an organisation's longer name is none, and the country as a party says nothing of where other places are
        Assert.Equal("DE", At(doc, "Frankfurt")?.Country);
        const string longer = "The Turkey Growers Association met in Frankfurt.";
        var other = Run(longer, new Entity(new TextSpan(4, 29), EntityLabel.ORG, 0));
        Assert.Null(At(other, "Turkey"));
    }

    [Fact]
    public void A_sea_is_the_sea_and_a_region_named_like_it_is_said_to_be_one()
    {
        if (Missing()) return;
        var doc = Run("Houthis fired missiles at a cargo ship in the Red Sea on Tuesday. Flooding hit Port Sudan, the capital of Red Sea state.");
        var sea = doc.Places.First(p => doc.Text[p.Span.Start..p.Span.End] == "Red Sea");
        Assert.Equal("", sea.Country);
        Assert.Contains(doc.Places, p => doc.Text[p.Span.Start..p.Span.End] == "Red Sea state" && p.Country == "SD");
    }

    [Fact]
    public void A_region_named_by_an_english_word_needs_its_country_in_the_article()
    {
        if (Missing()) return;
        var doc = Run("The British military's United Kingdom Maritime Trade Operations centre said the vessel reported an explosion nearby.");
        Assert.DoesNotContain(doc.Places, p => p.Country == "TG");
    }

    [Fact]
    public void The_locator_prefers_the_clause_own_place()
    {
        if (Missing()) return;
        var doc = Run("Shelling killed four people in Idlib, while talks in Geneva stalled.");
        var clause = new TextSpan(0, doc.Text.IndexOf(", while", StringComparison.Ordinal));
        var located = PlaceLocator.Locate(doc, clause);
        Assert.NotNull(located);
        Assert.Equal(PlaceBasis.Clause, located.Basis);
        Assert.Equal("SY", located.Place.Country);
    }

    [Fact]
    public void Without_a_gazetteer_the_stage_reports_and_adds_an_empty_layer()
    {
        var doc = Foundation.Value.Run(new ArticleDocument("Fighting reached Mosul."));
        new PlaceStage(new PlaceKnowledge(null, [], "no data")).Run(doc);
        Assert.Empty(doc.Places);
        Assert.Contains(doc.Diagnostics, d => d.Code == PlaceStage.NoGazetteer);
    }

    [Fact]
    public void Seed_article_places_have_the_gold_countries_and_points()
    {
        if (Missing()) return;
        var root = DataDirectory.FindProjectRoot();
        var textPath = root is null ? null : Path.Combine(root, "..", "shared", "examples", "seed-article.txt");
        var goldPath = root is null ? null : Path.Combine(root, "..", "shared", "examples", "seed-article.gold.json");
        if (textPath is null || !File.Exists(textPath) || !File.Exists(goldPath!)) { Console.WriteLine("skipped: no seed article"); return; }
        var doc = PipelineFactory.Create(Data, cleaning: true).Run(new ArticleDocument(File.ReadAllText(textPath)));
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath!));
        foreach (var g in gold.RootElement.GetProperty("places").EnumerateArray())
        {
            var name = g.GetProperty("name").GetString()!;
            var kind = g.GetProperty("kind").GetString()!;
            var first = name.Split(' ')[0];
            var p = doc.Places.FirstOrDefault(x => x.Name == name || doc.Slice(x.Span) == name)
                    ?? doc.Places.FirstOrDefault(x => kind == "facility" && x.Precision == PlacePrecision.Facility && doc.Slice(x.Span).StartsWith(first, StringComparison.Ordinal));
            Assert.True(p is not null, $"seed place '{name}' not found");
            Assert.Equal(g.GetProperty("country_iso2").GetString(), p.Country);
            // Countries are scored by distance too, but GeoNames' and other country centres differ by a few hundred km.
            var limit = kind == "country" ? 400 : 25;
            var km = Km(p, g.GetProperty("lat").GetDouble(), g.GetProperty("lon").GetDouble());
            Assert.True(km <= limit, $"seed place '{name}' is {km:F0} km from the gold point");
        }
    }
    private static Entity Loc(string text, string words)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        return new Entity(new TextSpan(at, at + words.Length), EntityLabel.LOC, 1);
    }

    [Fact]
    public void A_generic_word_ending_a_longer_place_name_is_not_a_town()
    {
        if (Missing()) return;
        // "Street" (Somerset), "Island" (Iceland's own name), "City": the tail of an unknown name, even inside a LOC entity.
        var text = "Shops on Marlow Street stayed shut, and ferries to Kestrel Island were cancelled, officials in Glasgow said.";
        var doc = Run(text, Loc(text, "Marlow Street"), Loc(text, "Kestrel Island"), Loc(text, "Glasgow"));
        Assert.Null(At(doc, "Street"));
        Assert.Null(At(doc, "Island"));
        Assert.Equal("GB", At(doc, "Glasgow")?.Country);
    }

    [Fact]
    public void A_bare_direction_is_a_region_only_in_an_article_about_its_country()
    {
        if (Missing()) return;
        var text = "Heavy rain is expected in the West by Friday, forecasters in Madrid warned.";
        var doc = Run(text, Loc(text, "West"));
        Assert.Null(At(doc, "West"));
    }

    [Fact]
    public void A_country_name_is_the_country_even_in_an_article_about_another()
    {
        if (Missing()) return;
        var doc = Run("Officials in Mexico City and Guadalajara said talks with Canada on trade would resume in Monterrey.");
        Assert.Equal("CA", At(doc, "Canada")?.Country);
    }

    [Fact]
    public void A_name_before_a_hyphenated_suffix_is_still_found()
    {
        if (Missing()) return;
        var doc = Run("The Abu Dhabi-based fund bought the stake, a statement said.");
        Assert.Equal("AE", At(doc, "Abu Dhabi")?.Country);
    }

    [Fact]
    public void A_state_abbreviation_with_its_period_beats_a_foreign_alternate_name()
    {
        if (Missing()) return;
        var doc = Run("The storm flattened barns near Wichita, Kan., on Monday.");
        var kan = At(doc, "Kan");
        Assert.NotNull(kan);
        Assert.Equal("US", kan.Country);
        Assert.Equal("KS", kan.Admin1);
    }

    [Fact]
    public void A_common_word_after_a_foreign_demonym_is_not_a_town()
    {
        if (Missing()) return;
        var doc = Run("Historians compared the collapse of the Russian Empire with later upheavals in Moscow.");
        Assert.Null(At(doc, "Empire"));
        Assert.Equal("RU", At(doc, "Moscow")?.Country);
    }

    [Fact]
    public void Historical_regions_are_places_of_their_country()
    {
        if (Missing()) return;
        var doc = Run("Brewers in Bohemia and winemakers in Moravia say exports to Germany have fallen.");
        Assert.Equal("CZ", At(doc, "Bohemia")?.Country);
        Assert.Equal("CZ", At(doc, "Moravia")?.Country);
    }
    [Fact]
    public void A_well_known_multiword_place_mistagged_as_an_organisation_is_still_a_place()
    {
        if (Missing()) return;
        var text = "Settlers and soldiers clashed near Nablus in the West Bank on Thursday.";
        int at = text.IndexOf("West Bank", StringComparison.Ordinal);
        var doc = Run(text, new Entity(new TextSpan(at, at + 9), EntityLabel.ORG, 1));
        Assert.Equal("PS", At(doc, "West Bank")?.Country);
    }

    [Fact]
    public void A_name_ending_in_a_particle_and_hyphen_is_found_whole()
    {
        if (Missing()) return;
        var doc = Run("Militants attacked an army post outside Deir ez-Zor, in eastern Syria, late on Sunday.");
        var deir = At(doc, "Deir ez-Zor");
        Assert.NotNull(deir);
        Assert.Equal("SY", deir.Country);
        Assert.Equal(PlacePrecision.City, deir.Precision);
    }

    [Fact]
    public void A_demonym_before_a_lower_case_noun_is_not_the_region_of_that_name()
    {
        if (Missing()) return;
        var doc = Run("Somali officials said the convoy reached Baidoa before dusk.");
        Assert.Null(At(doc, "Somali"));
        Assert.Equal("SO", At(doc, "Baidoa")?.Country);
    }

    [Fact]
    public void Congo_beside_Goma_is_the_Democratic_Republic()
    {
        if (Missing()) return;
        var doc = Run("Rebels advanced on Goma as fighting spread across eastern Congo.");
        Assert.Equal("CD", At(doc, "Congo")?.Country);
    }

    /// <summary>LOC entities over each of <paramref name="names"/>' first occurrence, as the tagger gives them.</summary>
    private static Entity[] Locs(string text, params string[] names) =>
        names.Select((n, k) => new Entity(new TextSpan(text.IndexOf(n, StringComparison.Ordinal), text.IndexOf(n, StringComparison.Ordinal) + n.Length), EntityLabel.LOC, k)).ToArray();

    [Fact]
    public void Conflict_regions_named_with_a_countrys_name_or_a_generic_word_are_the_region_not_the_country()
    {
        if (Missing()) return;
        // "Niger Delta" was the country Niger and Nigeria's Delta state; the Kivus, the Middle Belt and Jubaland were nothing.
        const string text = "Militants blew up a pipeline in the Niger Delta on Sunday, while clashes in the Middle Belt, in Jubaland and in Kivu went on.";
        var doc = Run(text, Locs(text, "Niger Delta", "Middle Belt", "Jubaland", "Kivu"));
        Assert.Equal(["Niger Delta NG", "Middle Belt NG", "Jubaland SO", "Kivu CD"], doc.Places.Select(p => $"{doc.Slice(p.Span)} {p.Country}"));
        Assert.DoesNotContain(doc.Places, p => p.Country == "NE");
    }

    [Fact]
    public void A_Sahel_town_the_gazetteer_lacks_is_no_place_rather_than_a_European_homonym()
    {
        if (Missing()) return;
        // "Boni" is an old alternate name of Bonn; "Moura" a Portuguese town: neither is what a Mali story means.
        const string text = "Gunmen killed 12 villagers in the town of Boni in central Mali, and soldiers later reached the village of Moura, officials in Bamako said.";
        var doc = Run(text, Locs(text, "Boni", "Mali", "Moura", "Bamako"));
        Assert.Null(At(doc, "Boni"));
        Assert.Null(At(doc, "Moura"));
        Assert.Equal("ML", At(doc, "Mali")?.Country);
    }

    [Fact]
    public void The_town_of_a_name_is_no_big_city_on_another_continent()
    {
        if (Missing()) return;
        // Palma de Mallorca has 400,000 people, but the text calls its Palma a town, in a Mozambique story.
        const string text = "Insurgents attacked the town of Palma in Mozambique's Cabo Delgado province, officials in Maputo said.";
        var doc = Run(text, Locs(text, "Palma", "Mozambique", "Cabo Delgado", "Maputo"));
        Assert.NotEqual("ES", At(doc, "Palma")?.Country);
        Assert.Equal("MZ", At(doc, "Cabo Delgado")?.Country);
    }

    [Fact]
    public void A_country_name_before_lower_case_river_is_the_river()
    {
        if (Missing()) return;
        const string text = "Fighters raided Diafarabe, a town on the Niger river in central Mali, residents said.";
        var doc = Run(text, Locs(text, "Niger", "Mali"));
        Assert.Null(At(doc, "Niger"));
        Assert.Equal("ML", At(doc, "Mali")?.Country);
    }

    [Fact]
    public void A_small_town_near_the_countries_the_article_names_is_kept()
    {
        if (Missing()) return;
        const string text = "Survivors of the raid in Sudan fled to Adre, a town across the border in Chad, aid workers said.";
        var doc = Run(text, Locs(text, "Sudan", "Adre", "Chad"));
        Assert.Equal("TD", At(doc, "Adre")?.Country);
        // a governorate's seat is no small homonym, though only the attacker's far country is named
        const string strike = "Russian jets bombed a market in Marib, the defence ministry in Moscow said.";
        Assert.Equal("YE", At(Run(strike, Locs(strike, "Marib", "Moscow")), "Marib")?.Country);
    }

    [Fact]
    public void A_small_place_on_a_continent_the_article_names_is_kept()
    {
        if (Missing()) return;
        const string text = "Camera traps across the Serengeti show how Africa's grazers share the plains, researchers at a US university said.";
        var doc = Run(text, Locs(text, "Serengeti", "Africa", "US"));
        Assert.Equal("TZ", At(doc, "Serengeti")?.Country);
    }

    [Fact]
    public void The_village_of_a_name_is_a_town_not_the_region_of_that_name()
    {
        if (Missing()) return;
        // "Sangha" is also a department of the Republic of the Congo; a village is no department.
        const string text = "Fighters raided the village of Sangha in central Mali on Friday, Malian officials said.";
        var doc = Run(text, Locs(text, "Sangha", "Mali"));
        Assert.NotEqual(PlacePrecision.Admin1, At(doc, "Sangha")?.Precision);
        Assert.NotEqual("CG", At(doc, "Sangha")?.Country);
    }

    [Fact]
    public void A_city_name_before_region_is_the_region_it_is_the_seat_of()
    {
        if (Missing()) return;
        // The gazetteer spells the oblast "Odessa"; "Odesa region" is still the oblast, not the city.
        const string text = "Russian drones struck the Odesa region overnight, killing two people, Ukrainian officials said.";
        var doc = Run(text, Locs(text, "Odesa"));
        var odesa = At(doc, "Odesa");
        Assert.NotNull(odesa);
        Assert.Equal("UA", odesa.Country);
        Assert.Equal(PlacePrecision.Admin1, odesa.Precision);
        Assert.Equal("Odesa region", doc.Slice(odesa.Span));
        // a country's name before "province" is no city's region ("Thai" is also a Malaysian town's alternate name)
        const string border = "The stronghold lies on the border opposite the Thai province of Surin.";
        Assert.DoesNotContain(Run(border, Locs(border, "Surin")).Places, p => p.Country == "MY");
    }

    [Fact]
    public void A_bare_name_after_its_region_is_the_town()
    {
        if (Missing()) return;
        const string text = "Fighting spread across the Mopti region, and thousands of residents fled to Mopti on Sunday.";
        var doc = Run(text, Locs(text, "Mopti"));
        var town = doc.Places.LastOrDefault(p => doc.Slice(p.Span) == "Mopti");
        Assert.NotNull(town);
        Assert.Equal(PlacePrecision.City, town.Precision);
        Assert.Equal(PlacePrecision.Admin1, At(doc, "Mopti region")?.Precision);
    }
    [Fact]
    public void St_with_its_period_opens_the_name_of_the_place()
    {
        if (Missing()) return;
        // "Louis" alone was another town's alternate name, or nothing
        const string text = "Workers at the car plant in St. Louis walked out on Monday, the union said.";
        var doc = Run(text, Locs(text, "St. Louis"));
        var city = At(doc, "Louis");
        Assert.NotNull(city);
        Assert.Equal("St. Louis", doc.Slice(city.Span));
        Assert.Equal("US", city.Country);
        Assert.Equal("MO", city.Admin1);
    }

    [Fact]
    public void A_demonym_is_no_region_of_another_country_spelt_like_it()
    {
        if (Missing()) return;
        // "German" is also a parish of the Isle of Man
        const string text = "Shares rose in Paris while the German DAX index lost two percent, traders said.";
        Assert.DoesNotContain(Run(text).Places, p => p.Country == "IM");
        const string list = "A child born here is better off than one born American or German, the report said.";
        Assert.DoesNotContain(Run(list).Places, p => p.Country == "IM");
    }

    [Fact]
    public void A_town_named_like_an_English_word_needs_its_part_of_the_country_named()
    {
        if (Missing()) return;
        // "West", Texas: the US named (by Washington and Ohio) is not enough for the West of "the West"
        const string text = "Officials in Washington and Ohio said the West would not accept the result of the vote.";
        Assert.Null(At(Run(text, Locs(text, "Washington", "Ohio", "West")), "West"));
        // the town where its state is named, or with its state after a comma
        const string texas = "Rescuers reached West on Thursday after the blast, Texas officials said.";
        Assert.Equal("TX", At(Run(texas, Locs(texas, "West", "Texas")), "West")?.Admin1);
        // ("Earth" and "Time" are such words too: a Texas town and a Norwegian municipality)
        const string probe = "The probe landed back on Earth in January, officials in Washington said.";
        Assert.Null(At(Run(probe, Locs(probe, "Earth", "Washington")), "Earth"));
        const string comma = "A fertilizer plant exploded in West, Texas, on Wednesday night.";
        Assert.Equal("TX", At(Run(comma, Locs(comma, "West", "Texas")), "West")?.Admin1);
    }

    [Fact]
    public void An_ocean_named_alone_is_the_ocean_not_a_town_of_its_name()
    {
        if (Missing()) return;
        // "Atlantic" is also a town in Iowa, which the US named in the story made the reading
        const string text = "The boy was found clinging to an inner tube in the Atlantic after the boat sank off Florida, the U.S. Coast Guard said.";
        var ocean = At(Run(text, Locs(text, "Atlantic", "Florida")), "Atlantic");
        Assert.NotNull(ocean);
        Assert.Equal("", ocean.Country);
        Assert.Equal("Atlantic Ocean", ocean.Name);
        const string pacific = "Tourists flock to the country's Caribbean and Pacific beaches, officials in Panama said.";
        Assert.Equal("Pacific Ocean", At(Run(pacific, Locs(pacific, "Caribbean", "Pacific", "Panama")), "Pacific")?.Name);
    }
    [Fact]
    public void A_small_town_named_like_a_big_city_abroad_needs_its_own_region_named()
    {
        if (Missing()) return;
        // the US named in the story made these Frankfort, Kentucky, and Geneva, Illinois
        const string markets = "Traders in Frankfurt sold bank shares on Friday as markets in New York slid.";
        Assert.Equal("DE", At(Run(markets, Locs(markets, "Frankfurt", "New York")), "Frankfurt")?.Country);
        const string talks = "The United Nations will convene the committee in Geneva next month, a U.S. diplomat said.";
        Assert.Equal("CH", At(Run(talks, Locs(talks, "Geneva", "U.S.")), "Geneva")?.Country);
        // the town where a place near it, or its state, is named
        const string storm = "Police in Geneva and Aurora, west of Chicago, closed roads after the storm.";
        Assert.Equal("IL", At(Run(storm, Locs(storm, "Geneva", "Aurora", "Chicago")), "Geneva")?.Admin1);
        const string capital = "Officials in Kentucky said the governor returned to Frankfort on Monday.";
        Assert.Equal("KY", At(Run(capital, Locs(capital, "Kentucky", "Frankfort")), "Frankfort")?.Admin1);
    }
    [Fact]
    public void A_name_the_article_shows_to_be_a_listed_company_is_no_town()
    {
        if (Missing()) return;
        // Meridian, Idaho, with Idaho named, was the reading of every "Meridian", even where the tagger saw a place
        const string text = "A Boise investor bought a quarter of Meridian's shares, and Meridian said it would fight the bid, officials in Idaho said.";
        var doc = Run(text, Locs(text, "Boise", "Meridian", "Idaho"));
        Assert.Null(At(doc, "Meridian"));
        Assert.Equal("ID", At(doc, "Idaho")?.Admin1);
        const string stock = "The airline may buy more Mesa stock or make an offer to Mesa shareholders, a Phoenix analyst said.";
        Assert.Null(At(Run(stock, Locs(stock, "Mesa", "Phoenix")), "Mesa"));
        // a market's shares are still its city's
        const string markets = "Tokyo shares fell two percent, and the bank's shares slid on London's stock exchange.";
        var cities = Run(markets, Locs(markets, "Tokyo", "London"));
        Assert.Equal("JP", At(cities, "Tokyo")?.Country);
        Assert.Equal("GB", At(cities, "London")?.Country);
    }
    [Fact]
    public void A_place_name_cut_off_inside_a_word_is_no_name_of_it()
    {
        if (Missing()) return;
        // the gazetteer keeps "Hang" as a name of Hangzhou, which the Chinese city named in the story made the reading
        const string text = "In Hong Kong, the Hang Seng index fell 5.5 percent, while markets in Shanghai slid.";
        var doc = Run(text, Locs(text, "Hong Kong", "Shanghai"));
        Assert.Null(At(doc, "Hang"));
        Assert.Equal("CN", At(doc, "Shanghai")?.Country);
        // a name cut at a word's end, or by a letter, is still a name
        const string carnival = "The carnival in Rio drew a million visitors to Brazil, and troops patrolled Basra in Iraq, officials said.";
        var names = Run(carnival, Locs(carnival, "Rio", "Basra"));
        Assert.Equal("BR", At(names, "Rio")?.Country);
        Assert.Equal("IQ", At(names, "Basra")?.Country);
    }
    [Fact]
    public void English_words_that_name_a_faraway_region_need_its_country_named()
    {
        if (Missing()) return;
        // "Delta" and "Rivers" are Nigerian states, "Roman" a Romanian town, "Capital" a Danish region
        const string mekong = "Boats carried tourists through the Mekong Delta, Vietnamese officials said.";
        Assert.DoesNotContain(Run(mekong, Locs(mekong, "Mekong Delta")).Places, p => p.Country == "NG");
        const string ruins = "Scouts saw Roman ruins near the port, and Capital expenditure will rise, the Italian guide said.";
        Assert.Empty(Run(ruins).Places);
        // the state in a story that names its country
        const string nigeria = "Gunmen attacked an oil pipeline in Rivers state, Nigerian police said.";
        Assert.Equal("NG", At(Run(nigeria, Locs(nigeria, "Rivers state")), "Rivers")?.Country);
    }
    [Fact]
    public void A_parish_of_a_small_country_named_like_a_first_name_is_no_major_place()
    {
        if (Missing()) return;
        // "Andreas" and "Patrick" are Isle of Man parishes, which as first-level regions kept their reading before a surname
        const string captain = "Swedish captain Andreas Granqvist scored from the penalty spot.";
        Assert.DoesNotContain(Run(captain).Places, p => p.Country == "IM");
        const string diary = "The diary of General Patrick Gordon was published in Moscow in 1849.";
        Assert.DoesNotContain(Run(diary, Locs(diary, "Moscow")).Places, p => p.Country == "IM");
    }

    [Fact]
    public void A_weekday_short_name_in_opening_hours_is_no_place()
    {
        if (Missing()) return;
        // "Mon" is also a state of Myanmar
        const string hours = "The museum opens 1.30pm-8pm Mon, 8am-8pm Tue-Sun, and the shop opens Mon - Fri.";
        Assert.DoesNotContain(Run(hours).Places, p => p.Country == "MM");
        const string state = "Fighting spread in Mon state, Myanmar's army said.";
        Assert.Equal("MM", At(Run(state, Locs(state, "Mon state")), "Mon")?.Country);
    }

    [Fact]
    public void An_airline_before_flight_is_no_town()
    {
        if (Missing()) return;
        // "Iberia" was New Iberia, Louisiana (by an alternate name), in a story that names the US
        var doc = Run("The former dictator will arrive from Paris on an Iberia flight on Sunday, a U.S. official said.");
        Assert.Null(At(doc, "Iberia"));
        Assert.Equal("FR", At(doc, "Paris")?.Country);
    }

    [Fact]
    public void A_court_district_is_part_of_its_state_not_a_region_abroad()
    {
        if (Missing()) return;
        // "Western District" was American Samoa's, "Southern District" Belize's, "Federal District" Brazil's
        var west = Run("Prosecutors in the Western District of New York charged the two men on Friday.");
        Assert.DoesNotContain(west.Places, p => p.Country == "AS");
        Assert.Equal("US", At(west, "New York")?.Country);
        var south = Run("The case will be heard in the Southern District of Florida next month.");
        Assert.DoesNotContain(south.Places, p => p.Country == "BZ");
        var judge = Run("Federal District Judge Ana Ruiz in Houston, Texas, threw out the conviction on Monday.");
        Assert.DoesNotContain(judge.Places, p => p.Country == "BR");
        Assert.Equal("US", At(judge, "Houston")?.Country);
    }

    [Fact]
    public void Florida_alone_is_the_US_state()
    {
        if (Missing()) return;
        // it was a Puerto Rican municipality of that name, first of three first-level regions called Florida
        var place = At(Run("He moved to Florida last year to be near his daughter."), "Florida");
        Assert.Equal("US", place?.Country);
        Assert.Equal("FL", place?.Admin1);
    }

    [Fact]
    public void A_metropolitan_area_is_the_big_citys_not_a_village_near_the_story()
    {
        if (Missing()) return;
        // a village of 738 people near Syracuse (New York named) outweighed Cleveland, Ohio
        var doc = Run("Police in Syracuse, N.Y., said the suspect had moved to the Cleveland area last year. Detectives in Cleveland were told on Friday.");
        Assert.All(doc.Places.Where(p => doc.Slice(p.Span) == "Cleveland"), p => Assert.Equal("OH", p.Admin1));
        Assert.Equal(2, doc.Places.Count(p => doc.Slice(p.Span) == "Cleveland"));
    }

    [Fact]
    public void A_name_before_a_shops_word_is_the_shops()
    {
        if (Missing()) return;
        // "Madera" was Madera, California, "Verde" Camp Verde, Arizona, and "Deli" Delhi
        var doc = Run("Best espresso in California: Madera Cafe and Deli, near the Fresno bus station.");
        Assert.Null(At(doc, "Madera"));
        Assert.Null(At(doc, "Deli"));
        Assert.Equal("CA", At(doc, "Fresno")?.Admin1);
        var verde = Run("For breakfast in Arizona, try Verde Cafe on Central Avenue in Phoenix.");
        Assert.Null(At(verde, "Verde"));
        Assert.Equal("AZ", At(verde, "Phoenix")?.Admin1);
        Assert.Null(At(Run("Lunch spots: Rosa's Kitchen and Deli."), "Deli"));
    }

    [Fact]
    public void A_region_is_the_region_when_only_a_towns_other_name_is_like_it()
    {
        if (Missing()) return;
        // "Chiapas" was Chiapa de Corzo, a town the gazetteer also calls so, as if it were the state's own city (as Genève is)
        var doc = Run("Migrants cross into the Mexican states of Tabasco and Chiapas from Guatemala.");
        Assert.Equal(PlacePrecision.Admin1, At(doc, "Chiapas")?.Precision);
        Assert.Equal(PlacePrecision.City, At(Run("Talks resumed in Geneva on Monday."), "Geneva")?.Precision);
    }

    [Fact]
    public void A_name_before_arabics_article_and_a_name_is_part_of_a_longer_name()
    {
        if (Missing()) return;
        // "Dayr" (of "Dayr Az Zayr", a spelling of Deir ez-Zor the gazetteer lacks) was Dyer, Indiana, by an alternate name
        var doc = Run("U.S. forces conducted strikes in Syria . Near Dayr Az Zayr , five strikes destroyed an ISIL tank . Officials in Washington said .");
        Assert.Null(At(doc, "Dayr"));
        Assert.NotNull(At(doc, "Syria"));
    }

    [Fact]
    public void A_towns_name_the_article_gives_a_company_is_the_companys_where_it_stands_alone()
    {
        if (Missing()) return;
        // "Lakewood is a holding company" was Lakewood, Colorado, and "Medford said" Medford, Oregon: the article writes each as a
        // company's full name ("Lakewood Co.", "Medford Savings Association"); "in Lakewood", "in Medford, Ore." stay the towns
        const string text = "Shares of Halifax Resources rose after Lakewood Co., which holds about 40% of the stock, backed the offer. "
            + "Lakewood is a holding company owned by a Denver family. The family also owns a hardware store in Lakewood.";
        var doc = Run(text);
        var lakewood = Assert.Single(doc.Places, p => doc.Slice(p.Span) == "Lakewood");
        Assert.Equal(text.LastIndexOf("Lakewood", StringComparison.Ordinal), lakewood.Span.Start);
        const string thrift = "Medford Savings Association, hurt by bad loans, posted a loss for the third quarter. Medford said the loss "
            + "would not affect its dividend. Medford officials said the thrift may sell branches in Medford, Ore., and Portland.";
        var doc2 = Run(thrift);
        var medford = Assert.Single(doc2.Places, p => doc2.Slice(p.Span) == "Medford");
        Assert.Equal(thrift.LastIndexOf("Medford", StringComparison.Ordinal), medford.Span.Start);
        Assert.Equal("OR", medford.Admin1);
    }

    [Fact]
    public void A_name_after_the_province_of_is_the_province_and_its_bare_mentions_stay_the_city()
    {
        if (Missing()) return;
        // "the province of Kandahar" was the city; "Residents of Kandahar" is still the city, not the province by one sense per name
        var doc = Run("Gunmen attacked a convoy in the province of Kandahar on Sunday, officials said. Residents of Kandahar said shops were closed.");
        var both = doc.Places.Where(p => doc.Slice(p.Span) == "Kandahar").ToList();
        Assert.Equal(2, both.Count);
        Assert.Equal(PlacePrecision.Admin1, both[0].Precision);
        Assert.Equal(PlacePrecision.City, both[1].Precision);
        // a country stays the country
        Assert.Equal(PlacePrecision.Country, At(Run("Leaders of the state of Israel met in Jerusalem."), "Israel")?.Precision);
    }

    [Fact]
    public void A_romance_article_before_a_capitalised_word_is_no_town_of_its_own()
    {
        if (Missing()) return;
        // "Les" (of a name the gazetteer lacks) was Lezhë, Albania, which also goes by it; "Presidente" a Brazilian town
        var doc = Run("Surfers head to Les Moulins, a reef off Martinique, in winter.");
        Assert.Null(At(doc, "Les"));
        Assert.Null(At(doc, "Moulins"));
        Assert.NotNull(At(doc, "Martinique"));
        var guard = Run("He once commanded the Escolta del Presidente, a guard unit, and later fled to Brazil.");
        Assert.Null(At(guard, "Presidente"));
        Assert.NotNull(At(guard, "Brazil"));
    }

    [Fact]
    public void A_place_after_air_is_an_airlines_name()
    {
        if (Missing()) return;
        // "Air India" gave India
        var doc = Run("Air India and Air Canada have ordered the new jet, the planemaker said at its plant near Seattle.");
        Assert.Null(At(doc, "India"));
        Assert.Null(At(doc, "Canada"));
        Assert.NotNull(At(doc, "Seattle"));
        Assert.NotNull(At(Run("Flights to India resumed on Monday."), "India"));
    }
}
