using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Entities;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>The stage end to end with the committed model: invented news sentences, hostile inputs, no model.</summary>
public sealed class EntityStageTests
{
    private static readonly DataDirectory Data = new();
    private static readonly Lazy<Core.Pipeline.SitrepPipeline?> Pipeline = new(() =>
        EntityStage.ModelPath(Data) is null ? null : PipelineFactory.Create(Data, cleaning: false));

    private static ArticleDocument? Run(string text)
    {
        var p = Pipeline.Value;
        if (p is null) return null;   // no models/ner.bin.gz in this checkout: nothing to check here
        return p.Run(new ArticleDocument(text));
    }

    private static List<(string Text, EntityLabel Label)> Names(ArticleDocument d) =>
        d.Entities.Where(e => e.Type is null).Select(e => (d.Slice(e.Span), e.Label)).ToList();

    [Theory]
    [InlineData("The talks in Geneva were led by Foreign Minister Amina Yusuf of Kenya .", "Geneva", EntityLabel.LOC)]
    [InlineData("The talks in Geneva were led by Foreign Minister Amina Yusuf of Kenya .", "Amina Yusuf", EntityLabel.PER)]
    [InlineData("Officials at the United Nations said the convoy reached Aleppo on Tuesday .", "Aleppo", EntityLabel.LOC)]
    [InlineData("Hospital staff told Reuters that Daniel Okafor had been released from custody .", "Daniel Okafor", EntityLabel.PER)]
    [InlineData("The Syrian Observatory for Human Rights reported heavy shelling near Idlib .", "Idlib", EntityLabel.LOC)]
    public void Tags_names_in_invented_news_sentences(string text, string name, EntityLabel label)
    {
        var d = Run(text);
        if (d is null) return;
        Assert.Contains((name, label), Names(d));
    }

    [Fact]
    public void A_ledes_first_word_after_its_dateline_names_nothing()
    {
        var d = Run("NAIROBI, Kenya (Meridian Wire) — The Kenyan government warned Uganda against sending troops to Juba, officials said.");
        if (d is null) return;
        var names = Names(d);
        Assert.DoesNotContain(names, n => n.Text.StartsWith("The ", StringComparison.Ordinal));
        Assert.Contains(("NAIROBI", EntityLabel.LOC), names);
    }

    [Fact]
    public void The_tagger_reads_possessive_endings_as_tokens_of_their_own()
    {
        const string text = "Obama’s aides met the rebels' envoy and Kenya's minister of al - Shabaab; it's late - al-Qaeda.";
        var doc = new ArticleDocument(text);
        // tokens as the foundation gives them: hyphens apart, possessive endings on their words
        var words = text.Replace("al-Qaeda", "al - Qaeda").Split([' ', ';', '.'], StringSplitOptions.RemoveEmptyEntries);
        var tokens = System.Collections.Immutable.ImmutableArray.CreateBuilder<Token>();
        int at = 0;
        foreach (var w in words) { at = text.IndexOf(w, at, StringComparison.Ordinal); tokens.Add(new Token(new TextSpan(at, at + w.Length), TokenKind.Word)); at += w.Length; }
        doc.Tokens = tokens.ToImmutable();
        var split = EntityStage.TaggerTokens(doc).Select(t => d(t)).ToList();
        // a hyphen written between words joins them; one with spaces around stays apart
        Assert.Equal(["Obama", "’s", "aides", "met", "the", "rebels", "'", "envoy", "and", "Kenya", "'s", "minister", "of", "al", "-", "Shabaab",
            "it", "'s", "late", "-", "al-Qaeda"], split);

        string d(TextSpan t) => text[t.Start..t.End];
    }

    [Fact]
    public void A_name_with_a_curly_possessive_is_tagged_without_its_ending()
    {
        var d = Run("President Barack Obama’s government and Russia’s army held talks on Monday.");
        if (d is null) return;
        var names = Names(d);
        Assert.Contains(("Barack Obama", EntityLabel.PER), names);
        Assert.DoesNotContain(names, n => n.Text.EndsWith("’s", StringComparison.Ordinal));
    }

    [Fact]
    public void Tags_an_organisation_in_a_news_sentence()
    {
        var d = Run("A spokesman for the European Union said on Monday that aid would resume .");
        if (d is null) return;
        Assert.Contains(Names(d), n => n.Label == EntityLabel.ORG && n.Text.Contains("European Union", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_entity_points_at_words_of_the_text()
    {
        var text = "Minister Amina Yusuf arrived in Nairobi. Yusuf said she would meet aid groups in Mombasa.";
        var d = Run(text);
        if (d is null) return;
        Assert.NotEmpty(d.Entities);
        foreach (var e in d.Entities)
        {
            Assert.InRange(e.Span.End, e.Span.Start + 1, text.Length);
            Assert.False(char.IsWhiteSpace(text[e.Span.Start]) || char.IsWhiteSpace(text[e.Span.End - 1]));
        }
    }

    [Theory]
    [InlineData("REBELS SEIZE TOWN NEAR ALEPPO AS UN ENVOY CALLS FOR CALM. THE ARMY SAID IT WOULD RESPOND.")]
    [InlineData("rebels seized a town near aleppo on friday as the un envoy called for calm. the army said it would respond.")]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\" ' ( ) [ ] -- ... ;;; \u201C \u201D")]
    public void Never_crashes_on_odd_case_or_empty_text(string text)
    {
        var d = Run(text);
        if (d is null) return;
        Assert.True(d.Has(Layer.Entities));
        Assert.All(d.Entities, e => Assert.True(e.Span.End <= text.Length));
    }

    [Fact]
    public void A_very_long_sentence_is_tagged_without_crashing()
    {
        var part = "Fighters loyal to Commander Musa Bakari moved from Kismayo towards Baidoa while officials in Mogadishu , ";
        var text = string.Concat(Enumerable.Repeat(part, 400)) + "and the fighting went on.";
        var d = Run(text);
        if (d is null) return;
        Assert.Contains(d.Entities, e => d.Slice(e.Span) == "Baidoa");
    }

    [Fact]
    public void Without_a_model_the_stage_adds_no_entities_and_a_diagnostic()
    {
        var stage = new EntityStage(null, "No NER model at models/ner.bin.gz.");
        var d = new ArticleDocument("John Kerry met Sergei Lavrov in Geneva.");
        d.Sentences = [new Sentence(new TextSpan(0, d.Text.Length))];
        d.Tokens = [new Token(new TextSpan(0, 4), TokenKind.Word)];
        stage.Run(d);
        Assert.Empty(d.Entities);
        Assert.Empty(EntityClusters.Of(d));
        Assert.Contains(d.Diagnostics, x => x.Code == EntityStage.NoModelCode);
    }

    [Fact]
    public void A_data_directory_without_the_model_gives_a_model_less_stage()
    {
        var empty = Directory.CreateTempSubdirectory("sitrep-ner-").FullName;
        try
        {
            var stage = EntityStage.Create(new DataDirectory(empty, empty));
            var d = new ArticleDocument("Kerry spoke.");
            d.Sentences = [new Sentence(new TextSpan(0, d.Text.Length))];
            d.Tokens = [new Token(new TextSpan(0, 5), TokenKind.Word)];
            stage.Run(d);
            Assert.Contains(d.Diagnostics, x => x.Code == EntityStage.NoModelCode);
        }
        finally { Directory.Delete(empty, true); }
    }

    [Fact]
    public void A_damaged_model_file_gives_a_diagnostic_not_an_exception()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-ner-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "models"));
            File.WriteAllText(Path.Combine(dir, "models", "ner.bin.gz"), "not a model");
            var stage = EntityStage.Create(new DataDirectory(dir, dir));
            var d = new ArticleDocument("Kerry spoke.");
            d.Sentences = [new Sentence(new TextSpan(0, d.Text.Length))];
            d.Tokens = [new Token(new TextSpan(0, 5), TokenKind.Word)];
            stage.Run(d);
            Assert.Contains(d.Diagnostics, x => x.Code == EntityStage.NoModelCode);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void A_datelines_place_in_capitals_is_one_place()
    {
        var d = Run("Shelling hits school\n\nGAZA CITY, Nov 24 (Levant Wire) - Shelling hit a school in the east of the city, medics said.");
        if (d is null) return;
        var names = Names(d);
        Assert.Contains(("GAZA CITY", EntityLabel.LOC), names);
        Assert.DoesNotContain(("GAZA", EntityLabel.LOC), names);
    }

    [Fact]
    public void A_wire_datelines_place_is_a_place_and_so_are_its_words_elsewhere()
    {
        const string text = "Strike hits camp\n\nHAJJAH, Yemen (AP) — A missile struck a camp outside the city.\n\nHajjah has been shelled for weeks.";
        int second = text.LastIndexOf("Hajjah", StringComparison.Ordinal);
        var names = new List<(TextSpan Span, EntityLabel Label)> { (Span(text, "HAJJAH"), EntityLabel.PER), (new TextSpan(second, second + 6), EntityLabel.ORG) };
        EntityStage.WholeDatelinePlaces(text, names);
        Assert.All(names, n => Assert.Equal(EntityLabel.LOC, n.Label));
        // a transcript's speaker label with a role in brackets is no dateline
        const string transcript = "Oral history\n\nJERRY JAMES (co-creator): We built it on the beach.\n\nJerry said it was cold.";
        var people = new List<(TextSpan Span, EntityLabel Label)> { (Span(transcript, "JERRY JAMES"), EntityLabel.PER) };
        EntityStage.WholeDatelinePlaces(transcript, people);
        Assert.Equal(EntityLabel.PER, Assert.Single(people).Label);
    }

    [Theory]
    [InlineData("Al Jazeera's Hiba Morgan, reporting from Omdurman, said the bridges were closed.", "Al Jazeera's Hiba Morgan", "Hiba Morgan")]
    [InlineData("Reuters’ Dan Peleschuk said the road was open.", "Reuters’ Dan Peleschuk", "Dan Peleschuk")]
    [InlineData("Kenya's Foreign Minister Amina Yusuf said the talks would resume.", "Kenya's Foreign Minister Amina Yusuf", "Foreign Minister Amina Yusuf")]
    public void A_person_run_on_over_an_owners_possessive_is_the_name_after_it(string text, string tagged, string person)
    {
        var names = new List<(TextSpan Span, EntityLabel Label)> { (Span(text, tagged), EntityLabel.PER) };
        EntityStage.PersonsAfterOwners(text, names);
        Assert.Equal([(Span(text, person), EntityLabel.PER)], names);
    }

    [Fact]
    public void The_owner_keeps_the_label_the_article_gives_it_elsewhere()
    {
        const string text = "Al Jazeera's Hiba Morgan said the bridges were closed. Al Jazeera has a bureau in the city.";
        var elsewhere = new TextSpan(text.LastIndexOf("Al Jazeera", StringComparison.Ordinal), text.LastIndexOf("Al Jazeera", StringComparison.Ordinal) + 10);
        var names = new List<(TextSpan Span, EntityLabel Label)> { (Span(text, "Al Jazeera's Hiba Morgan"), EntityLabel.PER), (elsewhere, EntityLabel.ORG) };
        EntityStage.PersonsAfterOwners(text, names);
        Assert.Equal([(new TextSpan(0, 10), EntityLabel.ORG), (Span(text, "Hiba Morgan"), EntityLabel.PER), (elsewhere, EntityLabel.ORG)], names);
        // (a name with no possessive inside is left alone: "Hiba Morgan's report" ends with one)
        var whole = new List<(TextSpan Span, EntityLabel Label)> { (Span(text, "Hiba Morgan"), EntityLabel.PER) };
        EntityStage.PersonsAfterOwners(text, whole);
        Assert.Equal([(Span(text, "Hiba Morgan"), EntityLabel.PER)], whole);
    }

    [Fact]
    public void A_person_after_the_mayor_of_is_a_place_and_so_is_the_same_name_elsewhere()
    {
        const string text = "Tarsel counts its missing\n\nThe mayor of Tarsel said 400 people were still missing. Residents of Nabrat fled.";
        var headline = Span(text, "Tarsel");
        var lede = new TextSpan(text.IndexOf("Tarsel said", StringComparison.Ordinal), text.IndexOf("Tarsel said", StringComparison.Ordinal) + 6);
        var names = new List<(TextSpan Span, EntityLabel Label)> { (headline, EntityLabel.PER), (lede, EntityLabel.PER), (Span(text, "Nabrat"), EntityLabel.PER) };
        EntityStage.PlacesOfOffices(text, names);
        Assert.Equal([(headline, EntityLabel.LOC), (lede, EntityLabel.LOC), (Span(text, "Nabrat"), EntityLabel.LOC)], names);
        // (a person after another "of" stays one: "the wife of Omar Tell")
        const string other = "The wife of Omar Tell said he was detained.";
        var person = new List<(TextSpan Span, EntityLabel Label)> { (Span(other, "Omar Tell"), EntityLabel.PER) };
        EntityStage.PlacesOfOffices(other, person);
        Assert.Equal([(Span(other, "Omar Tell"), EntityLabel.PER)], person);
    }

    [Fact]
    public void A_first_name_the_tagger_left_out_joins_the_person_when_the_article_uses_it_alone()
    {
        const string text = "Tesfaye Berhane Gebremedhin told reporters the clinics had no fuel. \"We need access now,\" Tesfaye said.";
        var names = new List<(TextSpan Span, EntityLabel Label)> { (Span(text, "Berhane Gebremedhin"), EntityLabel.PER) };
        EntityStage.FirstNamesBeforePersons(text, names, NerLexicon.Empty);
        Assert.Equal([(Span(text, "Tesfaye Berhane Gebremedhin"), EntityLabel.PER)], names);
        // or when the lexicon knows it for a first name
        const string lone = "The envoy met Amal Haddad in the capital.";
        var builder = new NerLexicon.Builder();
        builder.Add("Amal", LexKind.FirstName);
        builder.Add("Envoy", LexKind.Title);
        var amal = new List<(TextSpan Span, EntityLabel Label)> { (Span(lone, "Haddad"), EntityLabel.PER) };
        EntityStage.FirstNamesBeforePersons(lone, amal, builder.Build());
        Assert.Equal([(Span(lone, "Amal Haddad"), EntityLabel.PER)], amal);
    }

    [Theory]
    [InlineData("Envoy Haddad met the ministers. \"It went well,\" Envoy said.", "Haddad")]    // a title, whatever the article does
    [InlineData("Kenya's Haddad said the talks would resume.", "Haddad")]                        // a possessive owner
    [InlineData("On Tuesday Haddad said the talks would resume.", "Haddad")]                    // a word never used alone
    public void A_word_before_a_person_that_is_no_first_name_stays_out(string text, string person)
    {
        var builder = new NerLexicon.Builder();
        builder.Add("Envoy", LexKind.Title);
        var names = new List<(TextSpan Span, EntityLabel Label)> { (Span(text, person), EntityLabel.PER) };
        EntityStage.FirstNamesBeforePersons(text, names, builder.Build());
        Assert.Equal([(Span(text, person), EntityLabel.PER)], names);
    }

    [Theory]
    [InlineData("The Hostages and Missing Families Forum said the families were desperate.", "Missing Families Forum", "Hostages and Missing Families Forum")]
    [InlineData("Leaders of the Farmers and Herders Council met in Jos.", "Herders Council", "Farmers and Herders Council")]
    [InlineData("Talks between Chad and Security Council members ended.", "Security Council", "Security Council")]          // Chad is a place
    [InlineData("Analysts at Meridian and Harbour Times said shares fell.", "Harbour Times", "Harbour Times")]              // two outlets
    public void An_organisation_named_for_two_groups_it_joins_begins_with_the_first(string text, string tagged, string whole)
    {
        var names = new List<(TextSpan Span, EntityLabel Label)> { (Span(text, tagged), EntityLabel.ORG) };
        if (text.Contains("Chad", StringComparison.Ordinal)) names.Insert(0, (Span(text, "Chad"), EntityLabel.LOC));
        EntityStage.OrganisationsJoinedByAnd(text, names);
        Assert.Contains((Span(text, whole), EntityLabel.ORG), names);
    }

    private static TextSpan Span(string text, string words)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(at, at + words.Length);
    }
}
