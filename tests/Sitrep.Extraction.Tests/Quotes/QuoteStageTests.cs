using Sitrep.Core.Model;
using Sitrep.Extraction.Quotes;
using Sitrep.Extraction.Tests.Actors;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Quotes;

public sealed class QuoteStageTests
{
    private static QuoteStage Stage => QuoteTesting.Stage;

    private static ArticleDocument Run(string text, params (string Mention, EntityLabel Label, int Cluster, int Occurrence)[] entities) =>
        QuoteTesting.Run(text, new DateOnly(2024, 5, 6), entities);

    private static Quote QuoteOf(ArticleDocument doc, string words) => QuoteTesting.QuoteOf(doc, words);

    [Fact]
    public void A_headlines_unattributed_quote_is_no_quote_and_the_bodys_is()
    {
        const string text = "Kenya-Uganda border talks ‘close to collapse’\n\nThe talks are “nearly dead”, said Amal Rashid, Kenya's trade minister.";
        var doc = TestDocuments.Build(text, [("Amal Rashid", EntityLabel.PER, 0, 0)], new DateOnly(2024, 5, 6));
        doc.Title = "Kenya-Uganda border talks ‘close to collapse’";
        Stage.Run(doc);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Amal Rashid", q.Speaker);
        Assert.True(q.Span.Start > text.IndexOf('\n'));
        // without a title the same words are kept (nothing says they are a headline)
        var plain = TestDocuments.Build(text, [("Amal Rashid", EntityLabel.PER, 0, 0)], new DateOnly(2024, 5, 6));
        Stage.Run(plain);
        Assert.Equal(2, plain.Quotes.Length);
    }

    [Fact]
    public void A_headlines_source_named_by_its_kind_is_the_ledes_named_speaker_of_that_kind()
    {
        const string text = "Floods cut off 40 villages in Sindh, charity warns\n\n"
            + "Floodwater has cut off at least 40 villages in southern Sindh, the relief charity Indus Lifeline said on Tuesday, adding that boats could not reach them.";
        var doc = Run(text, ("Sindh", EntityLabel.LOC, 0, 0), ("Sindh", EntityLabel.LOC, 0, 1), ("Indus Lifeline", EntityLabel.ORG, 1, 0));
        var head = Assert.Single(doc.Quotes, q => q.Span.End <= text.IndexOf('\n'));
        Assert.Equal("Indus Lifeline", head.Speaker);
        Assert.Equal(1, head.SpeakerCluster);

        // an official in the headline is a person: a lede that names only an organisation does not say who
        const string official = "Floods cut off 40 villages in Sindh, official says\n\n"
            + "Floodwater has cut off at least 40 villages in southern Sindh, the relief charity Indus Lifeline said on Tuesday.";
        var other = Run(official, ("Sindh", EntityLabel.LOC, 0, 0), ("Sindh", EntityLabel.LOC, 0, 1), ("Indus Lifeline", EntityLabel.ORG, 1, 0));
        var kept = Assert.Single(other.Quotes, q => q.Span.End <= official.IndexOf('\n'));
        Assert.NotEqual("Indus Lifeline", kept.Speaker);
    }

    [Theory]
    [InlineData("Army says it repelled attack on base\n\nThe national army said it had repelled an attack on a base near the border.", "The national army")]
    [InlineData("Mayor says city will rebuild\n\nThe mayor of Kalma said that the town would be rebuilt stone by stone.", "The mayor of Kalma")]
    public void A_headlines_one_word_source_is_the_ledes_fuller_name_with_that_head(string text, string speaker)
    {
        var doc = Run(text);
        var head = Assert.Single(doc.Quotes, q => q.Span.End <= text.IndexOf('\n'));
        Assert.Equal(speaker, head.Speaker);
    }

    [Fact]
    public void A_headline_that_names_its_source_keeps_it()
    {
        const string text = "Floods cut off 40 villages in Sindh, Red Crescent says\n\n"
            + "Floodwater has cut off at least 40 villages in southern Sindh, the relief charity Indus Lifeline said on Tuesday.";
        var doc = Run(text, ("Sindh", EntityLabel.LOC, 0, 0), ("Red Crescent", EntityLabel.ORG, 2, 0), ("Sindh", EntityLabel.LOC, 0, 1), ("Indus Lifeline", EntityLabel.ORG, 1, 0));
        var head = Assert.Single(doc.Quotes, q => q.Span.End <= text.IndexOf('\n'));
        Assert.Equal("Red Crescent", head.Speaker);
    }

    [Theory]
    [InlineData("HARGEISA, Somaliland (Meridian Wire) - ")]
    [InlineData("PORT SUDAN, Sudan, Nov. 3 (Horn Dispatch) \u2014 ")]
    [InlineData("GAROWE, Oct 9 (Wire) -- ")]
    [InlineData("HARGEISA \u2014 ")]
    public void A_ledes_report_does_not_begin_with_its_dateline(string dateline)
    {
        string text = "Floods cut off villages\n\n" + dateline + "Floodwater has cut off at least 40 villages in the east, the relief charity Indus Lifeline said.";
        var doc = Run(text, ("Indus Lifeline", EntityLabel.ORG, 0, 0));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Floodwater has cut off at least 40 villages in the east", q.Span.Of(text));
        Assert.Equal("Indus Lifeline", q.Speaker);
    }

    [Fact]
    public void Claiming_responsibility_is_no_quote_but_a_claim_that_reports_words_is()
    {
        const string text = "The Sahel Liberation Front claimed responsibility for the attack on the army post near the river.\n\n"
            + "The Sahel Liberation Front claimed that its fighters had taken the army post near the river.";
        var doc = Run(text, ("Sahel Liberation Front", EntityLabel.ORG, 0, 0), ("Sahel Liberation Front", EntityLabel.ORG, 0, 1));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("its fighters had taken the army post near the river", q.Span.Of(text));
    }

    [Fact]
    public void Wire_copys_doubled_marks_are_quotation_marks()
    {
        // AP-style ``…'' and the doubled '' some wires open with; an apostrophe inside stays inside
        const string text = "``We won't leave the valley,'' said Amal Rashid, the town's mayor.\n\n"
            + "''Nobody told us the dam was weak,'' Rashid said.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("Rashid", EntityLabel.PER, 0, 1));
        var first = QuoteOf(doc, "leave the valley");
        Assert.Equal(QuoteKind.Direct, first.Kind);
        Assert.Equal("We won't leave the valley,", first.Span.Of(text));
        Assert.Equal("Amal Rashid", first.Speaker);
        var second = QuoteOf(doc, "dam was weak");
        Assert.Equal("Nobody told us the dam was weak,", second.Span.Of(text));
        Assert.Equal("Amal Rashid", second.Speaker);
    }

    [Fact]
    public void A_relative_clause_after_the_subject_does_not_lend_the_speaker_its_own_nouns()
    {
        const string text = "The district governor, Amal Rashid, who fled Kismayo in 2019, when the militants took the port, said the road would reopen.\n\n"
            + "Aid workers who spoke on condition of anonymity said that the convoy had been turned back.\n\n"
            + "The strikes, which began before dawn, hit the fuel depot, residents said.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("Kismayo", EntityLabel.LOC, 1, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "road would reopen").Speaker);
        Assert.Equal("Aid workers", QuoteOf(doc, "convoy had been turned back").Speaker);
        Assert.Equal("residents", QuoteOf(doc, "fuel depot").Speaker);
    }

    [Fact]
    public void He_after_a_name_a_cue_gave_with_an_apposition_is_that_name_even_when_tagged_an_organisation()
    {
        // the tagger took the name for an organisation; the village before it is no person either
        const string text = "The shells hit Kyauk Taung village before dawn, said Min Thu Aung, a member of the local defence force.\n\n"
            + "“We buried nine people this morning,” he said.";
        var doc = Run(text, ("Min Thu Aung", EntityLabel.ORG, 0, 0));
        Assert.Equal("Min Thu Aung", QuoteOf(doc, "buried nine people").Speaker);
    }

    [Fact]
    public void An_honorific_with_a_stop_before_the_name_after_the_cue_leaves_the_name_the_speaker()
    {
        const string text = "\"The wells are dry,\" said Dr. Amal Rashid, the clinic's director.\n\n\"We need trucks now,\" said Ms. Rashid.";
        // the whole pipeline, whose sentences keep "Dr." inside
        var doc = PipelineFactory.Create(new DataDirectory(), cleaning: false).Run(new ArticleDocument(text) { Published = new DateOnly(2024, 5, 6) });
        Assert.Equal("Amal Rashid", QuoteOf(doc, "wells are dry").Speaker);
        Assert.Equal("Amal Rashid", QuoteOf(doc, "need trucks").Speaker);
    }

    [Fact]
    public void A_title_in_quotation_marks_is_no_quote()
    {
        const string text = "Amal Rashid, speaking on Radio Dalsan's “Morning Edition,” said the port would reopen. She called the delay “a disgrace”.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0));
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Of(text).Contains("Morning Edition", StringComparison.Ordinal));
        Assert.Contains(doc.Quotes, q => q.Span.Of(text) == "a disgrace");

        // (a title may open with a number; a title inside the hearer's name is no part of what was told)
        const string more = "“This is a siege,” Omar Tell said on Radio Dalsan's “48 Hours.” He told KTN's “Newsline” programme that the port was closed.";
        var doc2 = Run(more, ("Omar Tell", EntityLabel.PER, 0, 0), ("He", EntityLabel.PER, 0, 0));
        Assert.DoesNotContain(doc2.Quotes, q => q.Span.Of(more).Contains("48 Hours", StringComparison.Ordinal));
        Assert.Equal("the port was closed", QuoteOf(doc2, "port was closed").Span.Of(more));
    }

    [Fact]
    public void A_nationality_before_a_title_and_a_name_is_not_the_speaker()
    {
        const string text = "“The corridor will stay open,” said Kenyan president Amal Rashid.";
        var doc = Run(text, ("Kenyan", EntityLabel.MISC, 0, 0), ("Amal Rashid", EntityLabel.PER, 1, 0));
        Assert.Equal("Amal Rashid", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void A_passive_cue_names_no_speaker()
    {
        const string text = "The governor is reported to be considering a curfew.";
        Assert.Empty(Run(text).Quotes);
    }

    [Fact]
    public void A_partial_quote_in_a_clause_of_its_own_belongs_to_the_sentences_closing_speaker()
    {
        const string text = "The mayor has indicated he will not attend, and there is “no chance” the council will meet him or any of his envoys before the vote in the spring, Amal Rashid said.\n\n"
            + "The ministry said its jets had struck “rebel depots” near the town during the night and early in the morning, the radio station reported.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "no chance").Speaker);
        Assert.Equal("The ministry", QuoteOf(doc, "rebel depots").Speaker);
    }

    [Fact]
    public void Told_reports_the_words_after_its_hearer_and_nothing_when_the_hearer_runs_on()
    {
        const string text = "Amal Rashid told Reuters the border would stay closed.\n\n"
            + "Amal Rashid told hundreds of students from across the region in town for the fair.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("Amal Rashid", EntityLabel.PER, 0, 1));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the border would stay closed", q.Span.Of(text));
    }

    [Fact]
    public void What_is_said_comes_after_a_time_said_with_it()
    {
        // the whole pipeline, for the time stage's times
        var pipeline = PipelineFactory.Create(new DataDirectory(), cleaning: false);
        const string text = "The minister said Saturday the talks had failed.\n\nThe envoy said on Monday that the border would reopen.";
        var doc = pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2024, 5, 6) });
        Assert.Contains(doc.Quotes, q => q.Span.Of(text) == "the talks had failed");
        Assert.Contains(doc.Quotes, q => q.Span.Of(text) == "the border would reopen");
    }

    [Fact]
    public void A_cue_word_inside_a_name_is_no_cue()
    {
        const string text = "The spokeswoman said the United States had “very good intelligence” on the camps.";
        var doc = Run(text);
        Assert.Equal("The spokeswoman", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void A_place_after_a_preposition_is_where_the_speakers_are_not_who_they_are()
    {
        const string text = "Officials in Garissa said the curfew would be lifted on Friday.\n\nThe UN envoy for Somalia said the talks would resume.\n\n"
            + "Officials in the northern province of Mandera announced that an inquiry into the shooting would open.";
        var doc = Run(text, ("Garissa", EntityLabel.LOC, 0, 0), ("Somalia", EntityLabel.LOC, 1, 0), ("Mandera", EntityLabel.LOC, 2, 0));
        Assert.Equal("Officials", QuoteOf(doc, "curfew").Speaker);
        Assert.NotEqual("Somalia", QuoteOf(doc, "talks would resume").Speaker);
        Assert.Equal("Officials", QuoteOf(doc, "inquiry").Speaker);
    }

    [Fact]
    public void What_is_said_comes_after_the_time_or_the_statement_it_was_said_in()
    {
        const string text = "The ministry said in a statement that twelve soldiers had died.\n\n"
            + "The talks have stalled again, the envoy said on state radio.\n\n"
            + "Amal Rashid said in a letter to the council.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0));
        Assert.Equal("twelve soldiers had died", QuoteOf(doc, "soldiers").Span.Of(text));
        Assert.Equal("The talks have stalled again", QuoteOf(doc, "talks have stalled").Span.Of(text));
        Assert.Equal(2, doc.Quotes.Length); // the letter's words are not in the sentence: no quote
    }

    [Fact]
    public void Said_after_a_quote_names_the_speaker_after_it()
    {
        const string text = "“We will rebuild the bridge before winter,” said Amal Rashid, the town's mayor.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0));
        var q = QuoteOf(doc, "rebuild the bridge");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Amal Rashid", q.Speaker);
        Assert.Equal("said", q.Cue!.Value.Of(text));
        Assert.Equal("We will rebuild the bridge before winter,", q.Span.Of(text));
    }

    [Fact]
    public void A_pronoun_after_a_person_named_only_inside_quotes_stays_with_the_person_being_quoted()
    {
        // Coreference links "she" to the nearest name, Oleh Bondar, who is named only inside the quotation.
        const string text = "Defence analyst Marta Kowalczyk, speaking from Kyiv, said the ministry “had underestimated the winter”.\n\n"
            + "“They insist that Director Oleh Bondar was warned in time,” she said.\n";
        var doc = Run(text, ("Marta Kowalczyk", EntityLabel.PER, 0, 0), ("Oleh Bondar", EntityLabel.PER, 1, 0), ("she", EntityLabel.PER, 1, 0));
        Assert.Equal("Marta Kowalczyk", QuoteOf(doc, "warned in time").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_newly_named_person_is_that_person_not_the_one_quoted_before()
    {
        const string text = "“The dam will hold,” said engineer Marta Kowalczyk.\n\n"
            + "Police chief Ivan Petrenko disagreed. “Everyone downstream was warned,” he said.\n";
        var doc = Run(text, ("Marta Kowalczyk", EntityLabel.PER, 0, 0), ("Ivan Petrenko", EntityLabel.PER, 1, 0));
        Assert.Equal("Ivan Petrenko", QuoteOf(doc, "Everyone downstream").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_quote_is_the_person_named_in_the_sentence_before()
    {
        const string text = "Army spokesman Karim Benali said the town had been secured. “There is no more fighting in the centre,” he said.";
        var doc = Run(text, ("Karim Benali", EntityLabel.PER, 0, 0));
        var q = QuoteOf(doc, "no more fighting");
        Assert.Equal("Karim Benali", q.Speaker);
        Assert.Equal("Karim Benali", q.SpeakerSpan!.Value.Of(text));
        Assert.Equal(0, q.SpeakerCluster);
    }

    [Fact]
    public void The_cluster_gives_the_full_name_when_the_cue_uses_the_surname()
    {
        const string text = "Karim Benali visited the front.\n\n“We are holding the line,” Benali said.";
        var doc = Run(text, ("Karim Benali", EntityLabel.PER, 0, 0), ("Benali", EntityLabel.PER, 0, 1));
        var q = QuoteOf(doc, "holding the line");
        Assert.Equal("Karim Benali", q.Speaker);
        Assert.Equal("Benali", q.SpeakerSpan!.Value.Of(text));
    }

    [Fact]
    public void A_quote_paragraph_without_a_cue_continues_the_previous_speaker()
    {
        const string text = "“The convoy was stopped at the checkpoint,” Nadia Salem told reporters.\n\n“Nobody explained why. We waited for six hours.”";
        var doc = Run(text, ("Nadia Salem", EntityLabel.PER, 0, 0));
        Assert.Equal("Nadia Salem", QuoteOf(doc, "six hours").Speaker);
    }

    [Fact]
    public void A_quote_opened_at_a_paragraph_start_and_not_closed_runs_on_with_the_same_speaker()
    {
        const string text = "“The shelling started at dawn,” said Omar Faris.\n\n“Then the water was cut.\n\n“Now we have nothing,” he added.";
        var doc = Run(text, ("Omar Faris", EntityLabel.PER, 0, 0));
        Assert.Equal("Omar Faris", QuoteOf(doc, "water was cut").Speaker);
        Assert.Equal("Omar Faris", QuoteOf(doc, "we have nothing").Speaker);
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == "QUOTE001");
    }

    [Fact]
    public void An_apposition_between_the_name_and_the_cue_is_skipped()
    {
        const string text = "Nikolai Petrenko, Ukraine's deputy defence minister, said the front was “stable but tense”.";
        var doc = Run(text, ("Nikolai Petrenko", EntityLabel.PER, 0, 0));
        Assert.Equal("Nikolai Petrenko", QuoteOf(doc, "stable but tense").Speaker);
    }

    [Fact]
    public void A_name_inside_the_apposition_is_the_speaker()
    {
        const string text = "“We have shown restraint,” a spokesman for the coalition, Turki Mansour, said on Sunday.";
        var doc = Run(text, ("Turki Mansour", EntityLabel.PER, 0, 0));
        Assert.Equal("Turki Mansour", QuoteOf(doc, "shown restraint").Speaker);
    }

    [Fact]
    public void Our_correspondent_is_the_reporter_named_earlier()
    {
        const string text = "Al Jazeera's Hana Mahmoud, reporting from Port Sudan, said the army had advanced. Officials did not comment.\n\n" +
                            "“Nobody here believes the truce will hold,” said our correspondent.";
        var doc = Run(text, ("Hana Mahmoud", EntityLabel.PER, 0, 0), ("Port Sudan", EntityLabel.LOC, 1, 0));
        Assert.Equal("Hana Mahmoud", QuoteOf(doc, "truce will hold").Speaker);
    }

    [Fact]
    public void A_title_resolves_to_the_person_introduced_with_it()
    {
        const string text = "Lina Farouk, the health ministry spokesperson, confirmed the figures on Monday.\n\n" +
                            "“The hospitals are overwhelmed,” the spokesperson said.";
        var doc = Run(text, ("Lina Farouk", EntityLabel.PER, 0, 0));
        Assert.Equal("Lina Farouk", QuoteOf(doc, "overwhelmed").Speaker);
    }

    [Fact]
    public void Brackets_and_inner_quotes_stay_inside_one_quote()
    {
        const string text = "“They [the militia] told us ‘leave now or die’ and we left,” said Yusuf Bello.";
        var doc = Run(text, ("Yusuf Bello", EntityLabel.PER, 0, 0));
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("They [the militia] told us ‘leave now or die’", q.Span.Of(text));
        Assert.Equal("Yusuf Bello", q.Speaker);
    }

    [Theory]
    // the British order: single marks outside, double inside
    [InlineData("‘They told us “leave now or die” and we left,’ said Yusuf Bello.")]
    [InlineData("'They told us \"leave now or die\" and we left,' said Yusuf Bello.")]
    public void Double_marks_inside_single_ones_stay_inside_one_quote(string text)
    {
        var doc = Run(text, ("Yusuf Bello", EntityLabel.PER, 0, 0));
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("They told us ", q.Span.Of(text));
        Assert.EndsWith("and we left,", q.Span.Of(text));
        Assert.Equal("Yusuf Bello", q.Speaker);
    }

    [Fact]
    public void A_single_mark_inside_a_paragraph_does_not_swallow_the_double_quotes_after_it()
    {
        const string text = "Fans of the '80s came back, Yusuf Bello said, and \"they are louder than ever\", he added.";
        var doc = Run(text, ("Yusuf Bello", EntityLabel.PER, 0, 0));
        Assert.Contains(doc.Quotes, q => q.Span.Of(text).StartsWith("they are louder", StringComparison.Ordinal));
    }

    [Fact]
    public void Straight_quotes_are_found_like_curly_ones()
    {
        const string text = "\"The road is closed,\" said Ama Owusu. \"We turned back.\"";
        var doc = Run(text, ("Ama Owusu", EntityLabel.PER, 0, 0));
        Assert.Equal(2, doc.Quotes.Count(q => q.Kind == QuoteKind.Direct));
        Assert.All(doc.Quotes, q => Assert.Equal("Ama Owusu", q.Speaker));
    }

    [Fact]
    public void A_partial_quote_takes_the_subject_of_the_cue_before_it()
    {
        const string text = "Dmitri Orlov also rejected the proposal as “unacceptable”, but said talks could continue.";
        var doc = Run(text, ("Dmitri Orlov", EntityLabel.PER, 0, 0));
        var q = QuoteOf(doc, "unacceptable");
        Assert.Equal("unacceptable", q.Span.Of(text));
        Assert.Equal("Dmitri Orlov", q.Speaker);
    }

    [Fact]
    public void According_to_gives_the_speaker_of_reported_speech()
    {
        const string text = "The ceasefire will be extended by a month, according to Hans Berg, the UN envoy.";
        var doc = Run(text, ("Hans Berg", EntityLabel.PER, 0, 0));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Hans Berg", q.Speaker);
        Assert.Equal("The ceasefire will be extended by a month", q.Span.Of(text));
        Assert.Equal("according to", q.Cue!.Value.Of(text));
    }

    [Fact]
    public void A_semicolon_ends_one_report_and_the_next_reporter_begins_another()
    {
        const string text = "The army said it had repelled the assault on the town; the rebels said they had taken two of its bases.";
        var doc = Run(text);
        Assert.Equal([("The army", "it had repelled the assault on the town"), ("the rebels", "they had taken two of its bases")],
            doc.Quotes.Select(q => (q.Speaker, q.Span.Of(text))));
    }

    [Theory]
    [InlineData("Nine people were killed in the blast, provincial officials said.", "provincial officials")]
    [InlineData("The road was reopened on Sunday, local residents said.", "local residents")]
    [InlineData("The raid went ahead where prosecutors said it would.", null)]
    public void A_plain_word_before_a_plural_speaker_is_part_of_its_name(string text, string? speaker)
    {
        var doc = Run(text);
        if (speaker is null) Assert.DoesNotContain(doc.Quotes, q => q.Speaker is { } s && s.StartsWith("where", StringComparison.Ordinal));
        else Assert.Equal(speaker, Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void A_name_given_in_a_relative_clause_after_where_the_speaker_is_from_is_the_speaker()
    {
        const string text = "\u201cWe have nothing left,\u201d said a farmer from Kassala who gave his name as Adam Idris.";
        Assert.Equal("Adam Idris", Assert.Single(Run(text).Quotes).Speaker);
    }

    [Fact]
    public void A_place_split_off_the_front_of_an_organisations_name_is_part_of_the_speakers_name()
    {
        const string text = "Three volunteers were killed in the strike, the Kenya Red Cross said.";
        var doc = Run(text, ("Kenya", EntityLabel.LOC, 0, 0), ("Red Cross", EntityLabel.ORG, 1, 0));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(("Kenya Red Cross", "Kenya Red Cross"), (q.Speaker, q.SpeakerSpan!.Value.Of(text)));
        Assert.Equal(["Kenya", "Red Cross"], doc.Entities.Select(e => e.Span.Of(text))); // the entities keep their own spans
    }

    [Fact]
    public void Said_that_gives_reported_speech_after_the_cue()
    {
        const string text = "Rights groups said that at least 30 people had been detained without charge.";
        var doc = Run(text);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Rights groups", q.Speaker);
        Assert.Equal("at least 30 people had been detained without charge", q.Span.Of(text));
    }

    [Fact]
    public void A_standfirst_quote_takes_the_speaker_of_the_same_words_in_the_body()
    {
        const string text = "Minister sees “no path to peace” as talks collapse.\n\nTariq Aziz said there was “no path to peace” without a withdrawal.";
        var doc = Run(text, ("Tariq Aziz", EntityLabel.PER, 0, 0));
        Assert.All(doc.Quotes.Where(q => q.Kind == QuoteKind.Direct), q => Assert.Equal("Tariq Aziz", q.Speaker));
    }

    [Fact]
    public void A_quote_nobody_is_named_for_gets_a_diagnostic_and_no_speaker()
    {
        const string text = "“Victory is near,” read a banner on the bridge.";
        var doc = Run(text);
        var q = Assert.Single(doc.Quotes);
        Assert.Null(q.Speaker);
        var d = Assert.Single(doc.Diagnostics, x => x.Code == "QUOTE002");
        Assert.Equal(q.Span, d.Span);
    }

    [Fact]
    public void A_pronoun_with_no_person_before_it_is_never_given_as_the_speaker()
    {
        const string text = "“We will not leave,” she said.";
        var doc = Run(text);
        var q = Assert.Single(doc.Quotes);
        Assert.Null(q.Speaker);
        Assert.Contains(doc.Diagnostics, x => x.Code == "QUOTE003");
    }

    [Fact]
    public void An_unbalanced_mark_is_cut_at_the_paragraph_end_with_a_diagnostic()
    {
        const string text = "Officials said the bridge was “closed for repairs and would reopen soon.\n\nThe army denied it.";
        var doc = Run(text);
        var q = doc.Quotes.Single(x => x.Kind == QuoteKind.Direct);
        Assert.EndsWith("reopen soon.", q.Span.Of(text));
        Assert.Contains(doc.Diagnostics, x => x.Code == "QUOTE001");
    }

    [Theory]
    [InlineData("“THE CITY HAS FALLEN,” SAID THE GOVERNOR OF THE PROVINCE, AHMED KARIMI. HE SAID “WE WILL RETURN”.")]
    [InlineData("“the city has fallen,” said the governor. he said “we will return” and left, according to witnesses.")]
    [InlineData("”“”“ said said “ ‘ ’ \" \" ' according to , , , he she")]
    [InlineData("")]
    public void Hostile_text_gives_quotes_without_exceptions_and_never_a_pronoun_speaker(string text)
    {
        var doc = Run(text);
        Assert.All(doc.Quotes, q =>
        {
            Assert.True(q.Span.End <= text.Length);
            Assert.DoesNotContain(q.Speaker?.ToLowerInvariant(), new[] { "he", "she", "they", "it" });
        });
    }

    [Fact]
    public void A_very_long_sentence_with_many_marks_is_handled()
    {
        var sb = new System.Text.StringBuilder("Karim Benali said ");
        for (int i = 0; i < 3000; i++) sb.Append(i % 3 == 0 ? "“word ” " : "and he said that it was ");
        var text = sb.ToString();
        var doc = Run(text, ("Karim Benali", EntityLabel.PER, 0, 0));
        Assert.NotEmpty(doc.Quotes);
    }
    [Fact]
    public void Scare_quotes_and_named_terms_are_no_quotes_and_a_partial_quote_with_a_cue_stays()
    {
        const string text = "Nobody in Garissa believed the recent “coup” would last. The “peace dividend” never came.\n\n"
            + "Amal Rashid called the delay “a disgrace”.\n\n"
            + "Amal Rashid said the so-called “road map for the northern districts” was dead.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("Amal Rashid", EntityLabel.PER, 0, 1));
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Of(text) is "coup" or "peace dividend");
        Assert.Contains(doc.Diagnostics, d => d.Code == "QUOTE004" && d.Span is { } span && span.Of(text) == "coup");
        Assert.Equal("Amal Rashid", QuoteOf(doc, "a disgrace").Speaker);
        // the term is no quote, and its sentence reports what was said like any other
        var q = QuoteOf(doc, "road map");
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Amal Rashid", q.Speaker);
        Assert.StartsWith("the so-called", q.Span.Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_quote_that_opens_its_sentence_or_stands_alone_is_still_a_quote()
    {
        const string text = "“Hallelujah,” the minister exclaimed.\n\n“Never.”";
        var doc = Run(text);
        Assert.Equal("the minister", QuoteOf(doc, "Hallelujah").Speaker);
        Assert.Single(doc.Quotes, q => q.Span.Of(text).StartsWith("Never", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passive_cue_gives_no_speaker_to_a_quote()
    {
        const string text = "The militiamen were reported to be “ready for a long fight in the hills”.";
        var doc = Run(text);
        Assert.Null(QuoteOf(doc, "long fight").Speaker);
    }

    [Fact]
    public void A_parenthesis_between_the_speaker_and_the_cue_is_skipped()
    {
        const string text = "Omar Farah said the road was closed, and Amal Rashid (from Kismayo, like her father) added: “The water is rising.”";
        var doc = Run(text, ("Omar Farah", EntityLabel.PER, 0, 0), ("Amal Rashid", EntityLabel.PER, 1, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "water is rising").Speaker);
    }

    [Fact]
    public void The_second_part_of_a_quote_broken_by_its_cue_keeps_the_speaker()
    {
        const string text = "After meeting Omar Farah on Monday, the governor was blunt: “The road is open,” said Amal Rashid, “and it will stay open until the rains.”";
        var doc = Run(text, ("Omar Farah", EntityLabel.PER, 0, 0), ("Amal Rashid", EntityLabel.PER, 1, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "road is open").Speaker);
        Assert.Equal("Amal Rashid", QuoteOf(doc, "stay open until").Speaker);
    }

    [Fact]
    public void A_person_named_after_the_subject_of_a_cueless_quote_is_not_its_speaker()
    {
        const string text = "A 2019 audit said Amal Rashid “kept the books in perfect order”.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0));
        // (the audit speaks: a document's words are its own)
        Assert.Equal("A 2019 audit", QuoteOf(doc, "perfect order").Speaker);
    }

    [Fact]
    public void A_possessive_name_in_an_apposition_is_not_the_speaker()
    {
        const string text = "Omar Farah, Amal Rashid's deputy, said the dam “will hold through the rains”.";
        var doc = Run(text, ("Omar Farah", EntityLabel.PER, 0, 0), ("Amal Rashid", EntityLabel.PER, 1, 0));
        Assert.Equal("Omar Farah", QuoteOf(doc, "hold through").Speaker);
    }

    [Fact]
    public void An_indefinite_description_is_someone_the_article_does_not_name()
    {
        const string text = "Omar Farah, the ministry spokesman, visited the camp.\n\nThe convoy was turned back at the border, a spokesman said.";
        var doc = Run(text, ("Omar Farah", EntityLabel.PER, 0, 0));
        Assert.Equal("a spokesman", QuoteOf(doc, "convoy").Speaker);
    }

    [Fact]
    public void Adding_to_something_reports_no_speech()
    {
        const string text = "The ministry added to the confusion by closing the northern road.";
        Assert.Empty(Run(text).Quotes);
    }
    [Fact]
    public void A_plain_noun_before_a_title_stays_in_the_speakers_description()
    {
        const string text = "The Kenyan energy secretary said the reserves would be opened.";
        var doc = Run(text);
        Assert.Equal("The Kenyan energy secretary", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void A_participle_after_the_subject_does_not_lend_it_its_own_nouns()
    {
        const string text = "Omar Farah spoke to the guards. Two soldiers guarding the gate of Omar Farah's compound said the shooting began at noon.";
        var doc = Run(text, ("Omar Farah", EntityLabel.PER, 0, 0), ("Omar Farah", EntityLabel.PER, 0, 1));
        Assert.Equal("Two soldiers", QuoteOf(doc, "shooting began").Speaker);
    }

    [Fact]
    public void A_time_that_runs_on_with_of_is_part_of_what_was_said()
    {
        var pipeline = PipelineFactory.Create(new DataDirectory(), cleaning: false);
        const string text = "The ministry said after ten years of testing, the scientists had found no trace of the virus.";
        var doc = pipeline.Run(new ArticleDocument(text) { Published = new DateOnly(2024, 5, 6) });
        Assert.Contains(doc.Quotes, q => q.Span.Of(text).StartsWith("after ten years of testing", StringComparison.Ordinal));
    }
    [Fact]
    public void A_quote_sentence_after_a_cue_in_the_same_paragraph_is_that_speakers()
    {
        const string text = "Amal Rashid said the town had fallen. “We still hold the bridge over the river.”";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "hold the bridge").Speaker);
    }

    [Fact]
    public void A_participle_cue_after_a_comma_is_the_sentence_subjects_and_a_crowd_can_chant()
    {
        const string text = "The police chief praised the teams, adding “nobody was left behind in the valley”.\n\n“Open the border,” the protesters chanted.";
        var doc = Run(text);
        Assert.Equal("The police chief", QuoteOf(doc, "nobody was left").Speaker);
        Assert.Equal("the protesters", QuoteOf(doc, "Open the border").Speaker);
    }

    [Fact]
    public void A_subheading_in_quotation_marks_is_no_quote_and_does_not_carry_a_speaker_on()
    {
        const string text = "A member of the residents' group told the Valley Herald: “The square is still ours.”\n\n'Right to march'\n\n" +
            "The council spokesman Omar Tell said the ban stood.\n\n“We have asked the group to leave the square by Friday.”";
        var doc = Run(text, ("Omar Tell", EntityLabel.PER, 0, 0));
        Assert.DoesNotContain(doc.Quotes, q => doc.Slice(q.Span).Contains("Right to march", StringComparison.Ordinal));
        Assert.Contains(doc.Diagnostics, d => d.Code == "QUOTE004");
    }

    [Fact]
    public void A_participle_cue_after_a_reported_clause_is_the_reporters()
    {
        const string text = "Portugal is setting standards for its neighbours, bank president Ana Ruiz told reporters in Lisbon, adding that the country was seeing “the first signs of recovery”.";
        var doc = Run(text, ("Ana Ruiz", EntityLabel.PER, 0, 0), ("Portugal", EntityLabel.LOC, 1, 0), ("Lisbon", EntityLabel.LOC, 2, 0));
        Assert.Equal("Ana Ruiz", QuoteOf(doc, "first signs of recovery").Speaker);
    }

    [Fact]
    public void A_quote_runs_over_the_lines_of_text_with_a_sentence_on_each_line()
    {
        const string text = "Talks on the dam resumed on Monday .\nThe ministry released new figures .\n"
            + "`` We are worried about the harvest .\nThe river has fallen two metres , '' said Amal Rashid .\n``No one has come , '' she said .\nThe talks go on .";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("she", EntityLabel.PER, 0, 0));
        var q = QuoteOf(doc, "worried about the harvest");
        Assert.Contains("two metres", q.Span.Of(text), StringComparison.Ordinal);
        Assert.Equal("Amal Rashid", q.Speaker);
        Assert.DoesNotContain(doc.Quotes, x => x.Span.Of(text).Contains("said Amal Rashid", StringComparison.Ordinal));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "No one has come").Speaker);
    }

    [Fact]
    public void A_company_or_a_description_before_a_name_is_not_the_speaker()
    {
        const string text = "“The port is full,” said Dalsan analyst Omar Tell.\n\n“Prices will rise,” said one trader, Amal Rashid.\n\n"
            + "“It is a cosmetic move,” said Nadia Okafor of Kismayo Partners.";
        var doc = Run(text, ("Dalsan", EntityLabel.ORG, 0, 0), ("Omar Tell", EntityLabel.PER, 1, 0), ("Amal Rashid", EntityLabel.PER, 2, 0),
            ("Nadia Okafor", EntityLabel.PER, 3, 0), ("Kismayo Partners", EntityLabel.PER, 4, 0));
        Assert.Equal("Omar Tell", QuoteOf(doc, "port is full").Speaker);
        Assert.Equal("Amal Rashid", QuoteOf(doc, "Prices will rise").Speaker);
        Assert.Equal("Nadia Okafor", QuoteOf(doc, "cosmetic move").Speaker);
    }

    [Fact]
    public void A_company_the_tagger_took_for_a_person_is_neither_the_speaker_nor_he()
    {
        const string text = "“We plan to grow,” says Dalsan vice president Omar Tell.\n\n“We will add ten routes,” he adds.";
        var doc = Run(text, ("Dalsan", EntityLabel.PER, 1, 0), ("Omar Tell", EntityLabel.PER, 0, 0), ("he", EntityLabel.PER, 1, 0));
        Assert.Equal("Omar Tell", QuoteOf(doc, "plan to grow").Speaker);
        Assert.Equal("Omar Tell", QuoteOf(doc, "ten routes").Speaker);
    }

    [Fact]
    public void A_name_after_the_quote_keeps_the_quote_however_long_its_description()
    {
        const string text = "“We had no choice,” Omar Tell, the man in charge of the relief programme at the district council, told the Valley Herald.\n\n"
            + "“The pumps failed,” Prof Amal Rashid, a water engineer at Kismayo University told the paper.";
        var doc = Run(text, ("Omar Tell", EntityLabel.PER, 0, 0), ("Amal Rashid", EntityLabel.PER, 1, 0), ("Kismayo University", EntityLabel.ORG, 2, 0));
        Assert.Equal("Omar Tell", QuoteOf(doc, "no choice").Speaker);
        Assert.Equal("Amal Rashid", QuoteOf(doc, "pumps failed").Speaker);
    }

    [Fact]
    public void An_apposition_describes_the_name_before_it_closed_or_not()
    {
        const string text = "Omar Tell, Dalsan's port chief and ex Kismayo executive commented the port has “no berths left for a month”.\n\n"
            + "Nadia Okafor, a spokeswoman for Amal Rashid, said the minister was “doing well and resting”.\n\n"
            + "Jan Novak, a spokesman for Amal Rashid, on Saturday said the minister was “awake and talking”.";
        var doc = Run(text, ("Omar Tell", EntityLabel.PER, 0, 0), ("Dalsan", EntityLabel.ORG, 1, 0), ("Kismayo", EntityLabel.ORG, 4, 0),
            ("Nadia Okafor", EntityLabel.PER, 2, 0), ("Amal Rashid", EntityLabel.PER, 3, 0), ("Jan Novak", EntityLabel.PER, 5, 0), ("Amal Rashid", EntityLabel.PER, 3, 1));
        Assert.Equal("Omar Tell", QuoteOf(doc, "no berths left").Speaker);
        Assert.Equal("Nadia Okafor", QuoteOf(doc, "doing well").Speaker);
        Assert.Equal("Jan Novak", QuoteOf(doc, "awake and talking").Speaker);

        // a possessive the text splits off ("Dalsan 's"), as tokenized corpora do
        const string split = "Omar Tell , Dalsan 's port chief and ex Kismayo executive commented the port has `` no berths left for a month . ''";
        var tdoc = Run(split, ("Omar Tell", EntityLabel.PER, 0, 0), ("Dalsan", EntityLabel.ORG, 1, 0), ("Kismayo", EntityLabel.ORG, 4, 0));
        Assert.Equal("Omar Tell", QuoteOf(tdoc, "no berths left").Speaker);

        const string suffixed = "Louis Tell Jr., chairman of Kismayo-based Dalsan, called the sale a “significant step”.";
        var sdoc = Run(suffixed, ("Louis Tell", EntityLabel.PER, 0, 0), ("Kismayo-based", EntityLabel.PER, 1, 0), ("Dalsan", EntityLabel.ORG, 2, 0));
        Assert.Equal("Louis Tell", QuoteOf(sdoc, "significant step").Speaker);
    }

    [Fact]
    public void Titles_in_a_list_are_no_quotes()
    {
        const string text = "Amal Rashid's novels include the titles “Salt Roads”, “The River Bride” and “Dust of Kismayo”.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0));
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void A_name_in_a_hyphenated_adjective_is_nobody_and_a_pronoun_is_not_its_later_name()
    {
        const string text = "Amal Rashid lives by the river. Her flat overlooks the Omar Tell-designed bridge. She says the district is “young and loud”.\n\n"
            + "Nadia Okafor opened the session. He said the council was “getting ready” for the move to Dalsan.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("Omar Tell-designed", EntityLabel.PER, 1, 0), ("She", EntityLabel.PER, 1, 0),
            ("Nadia Okafor", EntityLabel.PER, 2, 0), ("He", EntityLabel.PER, 3, 0), ("Dalsan", EntityLabel.PER, 3, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "young and loud").Speaker);
        Assert.Equal("Nadia Okafor", QuoteOf(doc, "getting ready").Speaker);
    }

    [Fact]
    public void A_first_name_the_tagger_cut_off_grows_to_the_full_name()
    {
        const string text = "“We love the river,” said Dalsan chief Omar Tell.";
        var doc = Run(text, ("Omar", EntityLabel.PER, 0, 0));
        Assert.Equal("Omar Tell", QuoteOf(doc, "love the river").Speaker);
    }

    [Fact]
    public void A_closing_mark_that_opens_the_next_sentence_closes_the_quote_before_it()
    {
        // tokenised text: the segmenter cuts after " ." and puts the closing mark at the next sentence's start
        const string text = "“ The bridge will hold , ” said Amal Rashid , a district engineer from Kismayo . “ We checked every pillar last week . ” "
            + "Workers began the repairs on Monday . Rashid asserted that the crews , “ found no cracks at all . ” Omar Tell , a foreman , told reporters the work would take a month .";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("Kismayo", EntityLabel.LOC, 1, 0), ("Rashid", EntityLabel.PER, 0, 1), ("Omar Tell", EntityLabel.PER, 2, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "every pillar").Speaker);
        // the words end with a full stop: the next sentence's "told" is not this quote's cue
        Assert.Equal("Amal Rashid", QuoteOf(doc, "no cracks").Speaker);
        Assert.Equal("Omar Tell", QuoteOf(doc, "take a month").Speaker);
    }

    [Fact]
    public void A_speaker_brought_in_between_two_quotes_speaks_the_second()
    {
        const string text = "“The road is open,” a ministry spokesman said. Amal Rashid noted the convoy had passed the river. “We saw no checkpoints at all.”";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "no checkpoints").Speaker);
    }

    [Fact]
    public void A_name_after_a_preposition_inside_an_apposition_is_not_the_speaker()
    {
        const string text = "Staff Sgt. Amal Rashid , a crew chief in Bravo Company , 2nd Battalion , said “ we trained together for weeks . ”";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("Bravo Company", EntityLabel.PER, 1, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "trained together").Speaker);
    }

    [Fact]
    public void Ranks_and_titles_the_tagger_cut_wrongly_belong_to_the_name()
    {
        const string text = "“We will stay the course,” said Capt. Amal Rashid, commander of the frigate.\n\n"
            + "Minister of Water Omar Tell said a “broader review” is needed. Undersecretary for Water Mr. Farah says “many wells will close”.";
        var doc = Run(text, ("Capt.", EntityLabel.PER, 0, 0), ("Amal Rashid", EntityLabel.PER, 1, 0),
            ("of Water Omar Tell", EntityLabel.PER, 2, 0), ("for Water Mr. Farah", EntityLabel.PER, 3, 0));
        Assert.Equal("Capt. Amal Rashid", QuoteOf(doc, "stay the course").Speaker);
        Assert.Equal("Omar Tell", QuoteOf(doc, "broader review").Speaker);
        Assert.Equal("Mr. Farah", QuoteOf(doc, "wells will close").Speaker);
    }

    [Fact]
    public void The_author_of_a_statement_a_colon_hands_over_speaks()
    {
        const string text = "The task force commander , General Amal Rashid , provided the following statement on the advance : \" The militia has left the valley and the roads are open . \"\n\n"
            + "A group of Kenyan councillors released a joint statement saying “We will ask hard questions about the contract.”";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("Kenyan", EntityLabel.MISC, 1, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "left the valley").Speaker);
        Assert.Equal("Kenyan councillors", QuoteOf(doc, "hard questions").Speaker);
    }

    [Fact]
    public void A_particle_spaced_from_its_name_stays_in_the_name()
    {
        const string text = "Port director General Omar al - Farah , in remarks to local radio , said \"All the wounded have been taken to hospital.\"";
        var doc = Run(text);
        Assert.Equal("Omar al - Farah", QuoteOf(doc, "wounded").Speaker);
    }

    [Fact]
    public void Apostrophes_set_off_from_their_words_are_no_quotation_marks()
    {
        const string text = "He beat the incumbent Al D 'Amato in the race for the seat . Later he was the Green Party' s candidate in Kismayo .\n\n"
            + "Dalsan 's shares fell while Kismayo ' s port stayed shut and we 're told the talks ended .";
        var doc = Run(text);
        Assert.Empty(doc.Quotes.Where(q => q.Kind == QuoteKind.Direct));
    }

    [Fact]
    public void A_pronoun_is_not_a_company_the_tagger_now_and_then_takes_for_a_person()
    {
        const string text = "Dalsan will move its radios to chips from Tellcom, chief executive Amal Rashid told engineers. "
            + "“The first radios ship next year,” Rashid said. Tellcom has added a new cipher to its chips. Older radios will run on Tellcom chips too. "
            + "He said that Dalsan is “getting ready” for Tellcom.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("Rashid", EntityLabel.PER, 0, 1), ("Tellcom", EntityLabel.PER, 1, 1), ("He", EntityLabel.PER, 1, 0));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "getting ready").Speaker);
    }

    [Fact]
    public void A_csv_fields_spaced_escaped_marks_are_the_quotation_marks()
    {
        const string text = "\" The assault was known as \" \" Operation Dust \" \" . Its commander , Omar Tell , said they would hold the town with an \" \" iron grip \" \" . \"";
        var doc = Run(text, ("Omar Tell", EntityLabel.PER, 0, 0));
        var q = Assert.Single(doc.Quotes.Where(q => q.Kind == QuoteKind.Direct));
        Assert.Equal(" iron grip ", q.Span.Of(text));
        Assert.Equal("Omar Tell", q.Speaker);
        // two quotes side by side are no escaped marks
        const string side = "“ The road is open . ” said Omar Tell . \" We hold the bridge . \" \" Nobody has crossed since Monday . \"";
        var sdoc = Run(side, ("Omar Tell", EntityLabel.PER, 0, 0));
        Assert.Contains(sdoc.Quotes, q => q.Span.Of(side) == " Nobody has crossed since Monday . ");
    }

    [Fact]
    public void A_tokenised_name_may_open_with_its_particle()
    {
        const string text = "The leader of the rebels , al - Farah , said they would hold the bridge with \"an iron grip\" until the talks.";
        var doc = Run(text);
        Assert.Equal("al - Farah", QuoteOf(doc, "iron grip").Speaker);
    }

    [Fact]
    public void An_opening_mark_typed_for_the_closing_one_after_a_comma_closes_the_quote()
    {
        const string text = "“ Tankers are the key to our reach , “ Amal Rashid said . “ Without them the fighters stay home . ”";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0));
        var first = QuoteOf(doc, "Tankers");
        Assert.Equal(" Tankers are the key to our reach , ", first.Span.Of(text));
        Assert.Equal("Amal Rashid", first.Speaker);
        Assert.Equal("Amal Rashid", QuoteOf(doc, "fighters stay home").Speaker);
    }

    [Fact]
    public void The_speaker_is_the_subjects_head_noun_not_a_noun_inside_its_modifiers()
    {
        const string text = "A doctor at the clinic in nearby Dolo said the ward was full.\n\n"
            + "Officials at the ministry said the road was closed.\n\n"
            + "A spokesman for the agency that ran the camp said the tents had burned.\n\n"
            + "Hamid Osman of the Relief Council said the wells were dry.\n\n"
            + "Secretary of State Amal Rashid said the talks would resume.";
        // (the tagger took the town for a person)
        var doc = Run(text, ("Dolo", EntityLabel.PER, 0, 0), ("Hamid Osman", EntityLabel.PER, 1, 0), ("Relief Council", EntityLabel.ORG, 2, 0),
            ("Amal Rashid", EntityLabel.PER, 3, 0));
        Assert.Equal("A doctor", QuoteOf(doc, "ward was full").Speaker);
        Assert.Equal("Officials", QuoteOf(doc, "road was closed").Speaker);
        Assert.Equal("A spokesman for the agency", QuoteOf(doc, "tents had burned").Speaker);
        Assert.Equal("Hamid Osman", QuoteOf(doc, "wells were dry").Speaker);
        // a person named after a title is the speaker still
        Assert.Equal("Amal Rashid", QuoteOf(doc, "talks would resume").Speaker);
    }

    [Fact]
    public void A_relative_clause_makes_its_noun_a_speaker_and_a_name_it_gives_is_the_speakers()
    {
        const string text = "Amal Rashid said the bridge had held.\n\n"
            + "“The water came at night,” a farmer who lost his herd told the Lakeside Herald.\n\n"
            + "“We ran,” a woman who gave only her first name, Halima, told reporters.\n\n"
            + "A police officer in Dolo, who asked not to be named because he was not allowed to speak to reporters, said the bridge was down.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0), ("Lakeside Herald", EntityLabel.ORG, 1, 0), ("Dolo", EntityLabel.LOC, 2, 0));
        Assert.Equal("a farmer", QuoteOf(doc, "water came").Speaker);
        Assert.Equal("Halima", QuoteOf(doc, "We ran").Speaker);
        Assert.Equal("A police officer", QuoteOf(doc, "bridge was down").Speaker);
    }

    [Fact]
    public void A_definite_body_a_partitive_apposition_and_a_phrase_of_time_leave_the_speaker_of_an_indirect_quote()
    {
        const string text = "Floods cut the road to Dolo on Monday, the regional disaster response service said on Tuesday.\n\n"
            + "The service said about 4,000 families had lost their homes.\n\n"
            + "At least 12 people drowned, according to a local medic.\n\n"
            + "One of the witnesses, a Kenyan officer stationed at the dam, said the gates were opened too late.\n\n"
            + "The council has in the past said it only builds levees on state land.";
        var doc = Run(text, ("Dolo", EntityLabel.LOC, 0, 0), ("Kenyan", EntityLabel.MISC, 1, 0));
        Assert.Equal("the regional disaster response service", QuoteOf(doc, "Floods cut the road").Speaker);
        Assert.Equal("The service", QuoteOf(doc, "4,000 families").Speaker);
        Assert.Equal("a local medic", QuoteOf(doc, "12 people drowned").Speaker);
        Assert.StartsWith("a Kenyan officer", QuoteOf(doc, "gates were opened").Speaker);
        Assert.Equal("The council", QuoteOf(doc, "only builds levees").Speaker);
    }

    [Fact]
    public void A_second_cue_in_a_sentence_reports_words_of_its_own()
    {
        const string text = "Floods cut the main road overnight, residents said, and the water ministry said at least six people had drowned.\n\n"
            + "Amal Rashid accused the council of ignoring the warnings and said the levee had been weak for years.\n\n"
            + "The bridge was closed on Monday, the regional council said, warning that no truck could reach the valley.";
        var doc = Run(text, ("Amal Rashid", EntityLabel.PER, 0, 0));
        Assert.Equal("residents", QuoteOf(doc, "Floods cut the main road").Speaker);
        var drowned = QuoteOf(doc, "six people had drowned");
        Assert.Equal("the water ministry", drowned.Speaker);
        Assert.Equal("at least six people had drowned", drowned.Span.Of(text));
        Assert.Equal("Amal Rashid", QuoteOf(doc, "levee had been weak").Speaker);
        Assert.Equal("the regional council", QuoteOf(doc, "no truck could reach").Speaker);
    }

    [Fact]
    public void Reported_speech_after_a_direct_quote_and_it_for_the_body_before_have_speakers()
    {
        const string text = "A spokesman for the agency said the trucks carried “only food and medicine” and that every driver had been searched.\n\n"
            + "“We walked all night,” said Omar Tell, 41, who said he had left his village on foot.\n\n"
            + "The army said its soldiers had fired “warning shots” near the bridge. It said the shooting was being investigated.";
        var doc = Run(text, ("Omar Tell", EntityLabel.PER, 0, 0));
        var searched = QuoteOf(doc, "every driver had been searched");
        Assert.Equal(QuoteKind.Indirect, searched.Kind);
        Assert.Equal("A spokesman for the agency", searched.Speaker);
        Assert.Equal("Omar Tell", QuoteOf(doc, "left his village").Speaker);
        Assert.Equal("The army", QuoteOf(doc, "shooting was being investigated").Speaker);
    }

    [Fact]
    public void A_speaker_named_after_the_cue_at_a_sentences_end_reports_the_clause_before_and_speaks_on()
    {
        const string text = "The shells hit Dolo market at noon, said Omar Tell, a nurse at the clinic.\n\n"
            + "“We counted eleven bodies,” he said by telephone.";
        // (the tagger took the market's town for a person, and coreference linked "he" to it)
        int he = 0;
        for (int at = text.IndexOf("he", StringComparison.Ordinal); at < text.IndexOf("he said", StringComparison.Ordinal); at = text.IndexOf("he", at + 1, StringComparison.Ordinal)) he++;
        var doc = Run(text, ("Dolo", EntityLabel.PER, 0, 0), ("Omar Tell", EntityLabel.PER, 1, 0), ("he", EntityLabel.PER, 0, he));
        Assert.Equal("Omar Tell", QuoteOf(doc, "shells hit").Speaker);
        Assert.Equal("Omar Tell", QuoteOf(doc, "eleven bodies").Speaker);
    }

    [Fact]
    public void A_cue_after_and_takes_the_clauses_subject_not_a_prepositions_object()
    {
        const string text = "In a post on Telegram, army spokesman Omar Tell accused the rebels of shelling the camp and said two soldiers had died.\n\n"
            + "Lawyers for the family sent letters to Judge Amal Rashid and President Hamid Osman and said they would appeal.";
        var doc = Run(text, ("Telegram", EntityLabel.ORG, 0, 0), ("Omar Tell", EntityLabel.PER, 1, 0), ("Amal Rashid", EntityLabel.PER, 2, 0),
            ("Hamid Osman", EntityLabel.PER, 3, 0));
        Assert.Equal("Omar Tell", QuoteOf(doc, "two soldiers had died").Speaker);
        Assert.DoesNotContain(doc.Quotes, q => q.Speaker is "Amal Rashid" or "Hamid Osman");
    }

    [Fact]
    public void Words_that_only_name_and_describe_the_speaker_report_nothing()
    {
        const string text = "The company's chief executive, Maria Lund, commented on the results.\n\n"
            + "Rector Lina Osei, who visits campuses across the region, explains. “The teaching has improved a great deal.”\n\n"
            + "Tired of waiting, engineer Paul Brandt is moving to Oslo, he said on Sunday.";
        var doc = Run(text, ("Maria Lund", EntityLabel.PER, 0, 0), ("Lina Osei", EntityLabel.PER, 1, 0), ("Paul Brandt", EntityLabel.PER, 2, 0),
            ("he", EntityLabel.PER, 2, 0));
        Assert.DoesNotContain(doc.Quotes, q => doc.Text.Substring(q.Span.Start, q.Span.Length).Contains("chief executive"));
        Assert.DoesNotContain(doc.Quotes, q => doc.Text.Substring(q.Span.Start, q.Span.Length).Contains("visits campuses"));
        Assert.Equal("Lina Osei", QuoteOf(doc, "teaching has improved").Speaker);
        // (a clause about the speaker is what was said)
        Assert.Equal("Paul Brandt", QuoteOf(doc, "is moving to Oslo").Speaker);
    }

    [Fact]
    public void Agreeing_disagreeing_and_reasoning_attribute_quotes()
    {
        const string text = "Dean Sara Kowal disagrees. “Rankings measure money, not teaching.”\n\n"
            + "The city council reasoned, “a fee makes this a commercial activity.”\n\n"
            + "Omar Tell, a trader in the port, agrees that prices have doubled.";
        var doc = Run(text, ("Sara Kowal", EntityLabel.PER, 0, 0), ("Omar Tell", EntityLabel.PER, 1, 0));
        Assert.Equal("Sara Kowal", QuoteOf(doc, "Rankings measure").Speaker);
        Assert.Equal("The city council", QuoteOf(doc, "a fee makes").Speaker);
        Assert.Equal("Omar Tell", QuoteOf(doc, "prices have doubled").Speaker);
    }

    [Fact]
    public void A_pronoun_before_a_cueless_quote_is_not_a_name_only_quoted_before_it()
    {
        // (the whole pipeline: coreference links "She" to the name inside the quotation marks before it)
        const string text = "School board drops curriculum probe\n\n"
            + "The board requested that an official from the agency that wrote the curriculum respond to the complaints.\n\n"
            + "The official told the board that no bias existed, even mentioning that “she hired a ‘very conservative’ former teacher who "
            + "‘listens to Tom Ruiz every morning’ to look for any bias in the course.” She “asked her to flag anything she would find the "
            + "least bit controversial.” The Valley Herald has the details.";
        var doc = PipelineFactory.Create(new DataDirectory(), cleaning: false).Run(new ArticleDocument(text) { Published = new DateOnly(2024, 5, 6) });
        Assert.Equal("an official", QuoteOf(doc, "asked her to flag").Speaker);
    }

    [Fact]
    public void A_name_after_plain_words_that_describe_the_speaker_is_the_speaker()
    {
        const string text = "“We came to negotiate in good faith, but not at any price,” said the head of the Danish delegation Jens Holm.";
        var doc = Run(text, ("Danish", EntityLabel.MISC, 0, 0), ("Jens Holm", EntityLabel.PER, 1, 0));
        Assert.Equal("Jens Holm", QuoteOf(doc, "good faith").Speaker);
    }

    [Fact]
    public void A_title_with_a_country_is_not_a_named_holder_of_that_title_from_elsewhere()
    {
        // (the whole pipeline: the actors layer codes the envoy with no country, the described speaker as Iraq's)
        const string text = "Gulf crisis deepens\n\n"
            + "Moscow said special ambassador Pavel Orlov left on Tuesday for talks in Damascus and Amman.\n\n"
            + "The Iraqi ambassador to Spain said in Madrid the stranded foreigners could leave “as soon as the threats against Iraq are lifted.”";
        var doc = PipelineFactory.Create(new DataDirectory(), cleaning: false).Run(new ArticleDocument(text) { Published = new DateOnly(2024, 5, 6) });
        Assert.NotEqual("Pavel Orlov", QuoteOf(doc, "threats against Iraq").Speaker);
    }

    [Fact]
    public void In_the_words_of_names_the_speaker_and_a_chief_executive_title_is_no_part_of_the_name()
    {
        const string text = "Parents jailed over baby's death\n\n"
            + "By the end, Ana's rash was so severe that her skin broke at every touch, and in the words of the Crown prosecutor, "
            + "Mark Tedesco, QC, “Ana spent much of the last months of her life crying.”\n\n"
            + "Chief Executive Dermot Malone said of the new routes “The aircraft fits our plans to expand.”";
        var doc = PipelineFactory.Create(new DataDirectory(), cleaning: false).Run(new ArticleDocument(text) { Published = new DateOnly(2024, 5, 6) });
        Assert.Equal("Mark Tedesco", QuoteOf(doc, "last months of her life").Speaker);
        Assert.Equal("Dermot Malone", QuoteOf(doc, "fits our plans").Speaker);
    }

    [Fact]
    public void A_name_set_off_before_a_parenthetical_he_said_is_spoken_of_not_speaking()
    {
        const string text = "Deal talk\n\nAsil Nadir, the chairman of the group, said the deal would close soon. Sansui, he said, is a perfect fit "
            + "for the group's operations, which make goods on an “original equipment maker” basis.";
        var doc = PipelineFactory.Create(new DataDirectory(), cleaning: false).Run(new ArticleDocument(text) { Published = new DateOnly(2024, 5, 6) });
        Assert.Equal("Asil Nadir", QuoteOf(doc, "original equipment maker").Speaker);
    }

    [Fact]
    public void Two_single_marks_typed_for_a_double_one_open_and_close_a_quote()
    {
        const string text = "Border talks\n\n“The vote should reassure every neighbour,’’ President Omar Haidari told a Lahore daily. "
            + "Officials in both capitals backed the talks. ‘’Where are the three commanders?’’ Haidari asked his guest. The meeting ended at noon.";
        var doc = Run(text, ("Omar Haidari", EntityLabel.PER, 0, 0), ("Lahore", EntityLabel.LOC, 1, 0), ("Haidari", EntityLabel.PER, 0, 1));
        var first = QuoteOf(doc, "reassure every neighbour");
        Assert.Equal("The vote should reassure every neighbour,", first.Span.Of(text));
        Assert.Equal("Omar Haidari", first.Speaker);
        var second = QuoteOf(doc, "three commanders");
        Assert.Equal("Where are the three commanders?", second.Span.Of(text));
        Assert.Equal("Omar Haidari", second.Speaker);
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Of(text).Contains("meeting ended", StringComparison.Ordinal));
    }

    [Fact]
    public void Commenting_on_a_topic_reports_no_words()
    {
        const string text = "Later in the day, Defence Secretary Ash Carlton commented on the bombings in the capital.\n\n"
            + "The bank's chief executive, Maria Lund, commented that profits had doubled.";
        var doc = Run(text, ("Ash Carlton", EntityLabel.PER, 0, 0), ("Maria Lund", EntityLabel.PER, 1, 0));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("profits had doubled", q.Span.Of(text));
        Assert.Equal("Maria Lund", q.Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_run_of_open_quote_paragraphs_is_the_person_quoted_at_the_start_of_the_run()
    {
        const string text = "Rail review\n\nThe panel's chairman, Tom Reddy MP, said they were not calling for new taxes.\n\n"
            + "\"We need to take the anger out of looking at rail policy,\" he said.\n\n"
            + "\"First the passengers. And secondly the staff.\n\n"
            + "\"We need to be tough on waste and make sure we cut delays.\n\n"
            + "\"After a year studying rail policy, it is clear to us that it is not working.\n\n"
            + "\"We cannot afford to push this issue into the long grass. We have asked for a commission,\" he added.";
        var doc = PipelineFactory.Create(new DataDirectory(), cleaning: false).Run(new ArticleDocument(text) { Published = new DateOnly(2024, 5, 6) });
        Assert.Equal("Tom Reddy", QuoteOf(doc, "long grass").Speaker);
    }

    [Fact]
    public void A_chain_of_sentences_with_the_same_pronoun_keeps_the_person_in_view()
    {
        // (coreference, given no pronouns here, leaves "she" to the quote stage: the name is seven sentences back)
        const string text = "Carmaker outlines plan\n\n"
            + "In a press conference on Monday, Dana Whitfield, the chief executive of Norland Motors, outlined a plan for the company. "
            + "Whitfield stated that the process would take 90 days. She stressed that the process would be quick. "
            + "She also mentioned that the company had received bridge loans. She noted the plan had the support of the unions. "
            + "Asked about the role of the government, she first noted that officials had promised not to run the business. "
            + "She added that dealers would be paid. "
            + "Of the case where the board and the government disagree on a car, she stated that “I don't think it's going to happen.”";
        var doc = Run(text, ("Dana Whitfield", EntityLabel.PER, 0, 0), ("Norland Motors", EntityLabel.ORG, 1, 0), ("Whitfield", EntityLabel.PER, 0, 1));
        Assert.Equal("Dana Whitfield", QuoteOf(doc, "going to happen").Speaker);
    }

    [Fact]
    public void The_company_is_the_company_the_lede_opens_with_even_named_once_or_in_capitals()
    {
        const string text = "\nMARLOWE FOODS Inc. declared a 3-for-2 stock split. The Dayton, Ohio, snack maker also raised its quarterly "
            + "dividend to four cents a share.\n\nThe split will be payable Dec. 1 to stock of record Nov. 10, the company said. Marlowe has "
            + "about 4.1 million shares outstanding.\n\nThe Dayton company said sales rose in the quarter.";
        var doc = PipelineFactory.Create(new DataDirectory(), cleaning: false).Run(new ArticleDocument(text) { Published = new DateOnly(2024, 5, 6) });
        Assert.Equal("MARLOWE FOODS Inc.", QuoteOf(doc, "payable Dec. 1").Speaker);
        Assert.Equal("MARLOWE FOODS Inc.", QuoteOf(doc, "sales rose").Speaker);
    }

    [Fact]
    public void The_company_is_not_an_owner_the_lede_opens_with()
    {
        const string text = "\nHalden Group PLC's U.S. unit agreed to buy Corvin Tools for $40 a share.\n\n"
            + "Corvin, based in Tulsa, runs 30 stores. The deal will close by March, the company said.";
        var doc = PipelineFactory.Create(new DataDirectory(), cleaning: false).Run(new ArticleDocument(text) { Published = new DateOnly(2024, 5, 6) });
        Assert.NotEqual("Halden Group PLC", QuoteOf(doc, "close by March").Speaker);
    }

    [Fact]
    public void Plain_words_that_open_a_clause_before_a_plural_title_are_part_of_the_speaker()
    {
        const string text = "With the city waiting, federal immigration officials said Monday they would order the family to hand the boy over. "
            + "Six women died in the area in five years, as law enforcement officials acknowledged that the cases were linked.\n\n"
            + "Federal law enforcement officials said Wednesday they had found new fibres. The talks ended, and officials said a deal was near.";
        var doc = Run(text);
        Assert.Equal("federal immigration officials", QuoteOf(doc, "hand the boy over").Speaker);
        Assert.Equal("law enforcement officials", QuoteOf(doc, "cases were linked").Speaker);
        Assert.Equal("Federal law enforcement officials", QuoteOf(doc, "new fibres").Speaker);
        Assert.Equal("officials", QuoteOf(doc, "deal was near").Speaker);
    }

    [Fact]
    public void Plurals_of_plain_persons_speak_as_the_singulars_do()
    {
        const string text = "The first troops arrived on Tuesday, according to diplomatic sources in the capital.\n\n"
            + "Some analysts said the merger would lift the group's value by a tenth.";
        var doc = Run(text);
        Assert.Equal("diplomatic sources", QuoteOf(doc, "first troops arrived").Speaker);
        Assert.Equal("Some analysts", QuoteOf(doc, "merger would lift").Speaker);
    }

    [Fact]
    public void A_name_ending_in_a_body_word_is_the_body_before_a_title_and_a_colon_hands_over_to_the_next_paragraph()
    {
        const string text = "Border plan\n\nA Justice Department spokesman said the plan was sound.\n\n"
            + "Asked to comment on the ruling, a Justice Department spokesman said:\n\n"
            + "“Certainly it changes things. How it changes them is hard to say.”";
        var doc = Run(text);
        Assert.Equal("A Justice Department spokesman", QuoteOf(doc, "plan was sound").Speaker);
        Assert.Equal("a Justice Department spokesman", QuoteOf(doc, "Certainly it changes").Speaker);
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Of(text).Contains("Asked to comment", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cue_set_off_by_commas_inside_a_sentence_reports_the_words_on_both_sides()
    {
        const string text = "General Ivan Petrov said he had sent a team to the hills. "
            + "If and when the remains are found, he said, they would be handed to the embassy.\n\n"
            + "The deal, the minister said, would be signed in May.\n\n"
            + "Shelling hit the town, residents said, as talks stalled.";
        var doc = Run(text, ("Ivan Petrov", EntityLabel.PER, 0, 0));
        Assert.Equal("If and when the remains are found, he said, they would be handed to the embassy", QuoteOf(doc, "remains are found").Span.Of(text));
        Assert.Equal("Ivan Petrov", QuoteOf(doc, "remains are found").Speaker);
        Assert.Equal("The deal, the minister said, would be signed in May", QuoteOf(doc, "signed in May").Span.Of(text));
        Assert.Equal("Shelling hit the town", QuoteOf(doc, "Shelling").Span.Of(text));
    }

    [Fact]
    public void Words_a_cue_before_them_governs_are_that_subjects_and_the_cue_after_names_the_reporter()
    {
        const string text = "Mira Kalev said the killing was “a black stain on the nation,” state radio reported.\n\n"
            + "Calling the mayor “an honest man,” Governor Paul Adler said on Friday he would back him.";
        var doc = Run(text, ("Mira Kalev", EntityLabel.PER, 0, 0), ("Paul Adler", EntityLabel.PER, 1, 0));
        Assert.Equal("Mira Kalev", QuoteOf(doc, "black stain").Speaker);
        Assert.Equal("Paul Adler", QuoteOf(doc, "honest man").Speaker);
    }

    [Fact]
    public void After_the_quote_the_one_a_medium_quoted_as_saying_speaks()
    {
        const string text = "Airline ban\n\n“We do not need planes from Europe while the ban stands,” Kompas quoted Hamid Rasyid as saying on Tuesday.";
        var doc = Run(text, ("Kompas", EntityLabel.ORG, 0, 0), ("Hamid Rasyid", EntityLabel.PER, 1, 0));
        Assert.Equal("Hamid Rasyid", QuoteOf(doc, "planes from Europe").Speaker);
    }

    [Fact]
    public void The_written_statement_is_its_authors_and_a_body_a_title_is_for_describes_the_person()
    {
        const string text = "Mapping row\n\nA spokesperson for Norvale Drinks sent the newspaper a statement, saying that it is cooperating with the inquiry.\n\n"
            + "“Every day, our trucks deliver drinks to thousands of shops,” the written statement says.\n\n"
            + "Rents fell by a tenth, according to property experts at Halvorsen Partners.";
        var doc = Run(text, ("Norvale Drinks", EntityLabel.ORG, 0, 0), ("Halvorsen Partners", EntityLabel.ORG, 1, 0));
        Assert.Equal("A spokesperson for Norvale Drinks", QuoteOf(doc, "cooperating with").Speaker);
        Assert.Equal("A spokesperson for Norvale Drinks", QuoteOf(doc, "Every day").Speaker);
        Assert.Equal("property experts at Halvorsen Partners", QuoteOf(doc, "Rents fell").Speaker);
    }

    [Fact]
    public void A_wire_dateline_with_an_underscore_for_its_dash_is_no_part_of_the_words()
    {
        const string text = "NEW YORK _ A woman was killed on Thursday when two robbers fired into a laundromat, the police said.";
        var doc = Run(text);
        Assert.Equal("A woman was killed on Thursday when two robbers fired into a laundromat", Assert.Single(doc.Quotes).Span.Of(text));
    }

    [Fact]
    public void Authors_write_what_they_are_quoted_saying()
    {
        const string text = "Lion study\n\n“Declines in the west have been dramatic and the need is urgent,” the researchers write.";
        var doc = Run(text);
        Assert.Equal("the researchers", QuoteOf(doc, "Declines in the west").Speaker);
    }

    [Fact]
    public void A_spaced_wire_quote_that_ends_in_a_comma_takes_its_cue_from_the_sentence_the_segmenter_cut_off()
    {
        const string text = "Car deal\n\nHowever , automotive analyst Erik Mahler has doubts .\n\n"
            + "`` History would show that such alliances do n't work that well , '' Mahler said .";
        // (the cut the sentence model makes after the marks: "Mahler said ." a sentence of its own)
        var doc = TestDocuments.Build(text, [("Erik Mahler", EntityLabel.PER, 0, 0), ("Mahler", EntityLabel.PER, 0, 1)], new DateOnly(2026, 3, 2),
            cuts: [text.IndexOf("Mahler said", StringComparison.Ordinal)]);
        QuoteTesting.Stage.Run(doc);
        Assert.Equal("Erik Mahler", QuoteOf(doc, "History would show").Speaker);
    }

    [Fact]
    public void A_pronoun_coreference_gave_a_company_taken_for_a_person_is_the_subject_named_before_the_marks_cut_off_alone()
    {
        const string text = "Harlow posts profit\n\nHarlow Motors Co. has posted an annual profit of $2 billion .\n"
            + "For the last quarter , Harlow says it made a profit of $800 million .\n"
            + "The firm 's president , Daniel Ostrow , commented on the results .\n"
            + "`` This was a pivotal year for Harlow and for all of us , '' he said .";
        // (the tagger took the company's short name for a person's, and coreference linked "he" to it)
        // (and the segmenter cut after the opening marks: "``" a sentence of its own)
        var doc = TestDocuments.Build(text, [("Harlow", EntityLabel.PER, 0, 2), ("Harlow", EntityLabel.PER, 0, 3), ("Daniel Ostrow", EntityLabel.PER, 1, 0), ("he", EntityLabel.PER, 0, 3)],
            new DateOnly(2026, 3, 2), cuts: [text.IndexOf("`` This", StringComparison.Ordinal) + 3]);
        Assert.Equal(" he said", text.Substring(doc.Entities[^1].Span.Start - 1, 8));
        Assert.Equal("``", doc.Sentences[^2].Span.Of(text));
        QuoteTesting.Stage.Run(doc);
        Assert.Equal("Daniel Ostrow", QuoteOf(doc, "pivotal year").Speaker);
    }

    [Fact]
    public void A_document_speaks_as_written_when_no_author_is_given()
    {
        const string text = "Crash inquiry\n\nA 1990 evaluation said Ortiz was “a natural leader of men.”\n\n"
            + "“The crew did their worst,” said the report.\n\n"
            + "“The crew did their part,” said the official report.\n\n"
            + "A report of the incident said the plane went down “despite the efforts of the pilot.”\n\n"
            + "Mayor Dana Whitfield said she was shocked, releasing a statement saying “this is a sad day for the city.”";
        var doc = Run(text, ("Ortiz", EntityLabel.PER, 0, 0), ("Dana Whitfield", EntityLabel.PER, 1, 0));
        Assert.Equal("A 1990 evaluation", QuoteOf(doc, "leader of men").Speaker);
        Assert.Equal("the report", QuoteOf(doc, "their worst").Speaker);
        Assert.Equal("the official report", QuoteOf(doc, "their part").Speaker);
        Assert.Equal("A report of the incident", QuoteOf(doc, "efforts of the pilot").Speaker);
        // (a statement one releases is the releaser's)
        Assert.Equal("Dana Whitfield", QuoteOf(doc, "sad day").Speaker);
    }

    [Fact]
    public void A_document_distributed_by_someone_is_theirs_and_telling_them_of_something_reports_a_topic()
    {
        const string text = "Candy sale\n\nThe candy unit had sales of $150 million last year, according to a memorandum distributed by Halden Partners to banks.\n\n"
            + "A statement from Norvale Drinks stated that “the deal is good for both firms.”\n\n"
            + "Dana Whitfield told police about the threats.";
        var doc = Run(text, ("Halden Partners", EntityLabel.ORG, 0, 0), ("Norvale Drinks", EntityLabel.ORG, 1, 0), ("Dana Whitfield", EntityLabel.PER, 2, 0));
        Assert.Equal("Halden Partners", QuoteOf(doc, "candy unit").Speaker);
        Assert.Equal("Norvale Drinks", QuoteOf(doc, "good for both").Speaker);
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Of(text).Contains("threats", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participles_subject_begins_past_an_opening_phrase_and_keeps_whom_it_acts_for_or_the_owner_of_its_title()
    {
        const string text = "Custody fight\n\nThe relatives refused to sign the agreement.\n\n"
            + "Over the weekend, lawyers for the family raised new accusations against the father, saying he had lied to the boy.\n\n"
            + "In a televised address, Tarvania's deputy foreign minister responded within an hour, saying the strikes broke international law.";
        var doc = Run(text, ("Tarvania", EntityLabel.LOC, 0, 0));
        Assert.Equal("lawyers for the family", QuoteOf(doc, "lied to the boy").Speaker);
        Assert.Equal("Tarvania's deputy foreign minister", QuoteOf(doc, "broke international law").Speaker);
    }

    [Fact]
    public void A_reporters_clause_that_closes_the_sentence_is_no_part_of_the_words()
    {
        const string text = "Embassy attack\n\nForeign Ministry spokesman Hamid Rezaei said that Tarvania condemns any attack on civilians, the official news agency TNA reported.\n\n"
            + "The rabbi said Jews are forbidden from harming one another, the radio reports said.";
        var doc = Run(text, ("Hamid Rezaei", EntityLabel.PER, 0, 0), ("Tarvania", EntityLabel.LOC, 1, 0), ("TNA", EntityLabel.ORG, 2, 0));
        Assert.Equal("Tarvania condemns any attack on civilians", QuoteOf(doc, "condemns any attack").Span.Of(text));
        Assert.Equal("Jews are forbidden from harming one another", QuoteOf(doc, "Jews are").Span.Of(text));
    }

    [Fact]
    public void A_source_named_by_a_name_with_for_in_it_is_that_name_not_the_last_group_named()
    {
        const string text = "Tax league\n\nThe Caspian Press Agency said talks would resume.\n\n"
            + "Tarvania's tax rate compares with 35 per cent in Norland, according to the Organisation for Economic Co-operation figures for 2012.";
        var doc = Run(text, ("Caspian Press Agency", EntityLabel.ORG, 0, 0), ("Tarvania", EntityLabel.LOC, 1, 0), ("Norland", EntityLabel.LOC, 2, 0),
            ("Organisation for Economic Co-operation", EntityLabel.ORG, 3, 0));
        Assert.Equal("the Organisation for Economic Co-operation", QuoteOf(doc, "tax rate compares").Speaker);
    }

    [Fact]
    public void A_possessive_that_spaced_wire_copy_splits_off_its_word_is_still_the_owners()
    {
        const string text = "Carmaker cuts\n\nAccording to the company 's vice president Erik Mahler , the firm wanted to cut costs by a third .\n\n"
            + "A storm caused a crane to fall , killing 17 , according to Tarvania 's Civil Defence Authority .";
        var doc = Run(text, ("Erik Mahler", EntityLabel.PER, 0, 0), ("Tarvania", EntityLabel.LOC, 1, 0), ("Civil Defence Authority", EntityLabel.ORG, 2, 0));
        Assert.Equal("Erik Mahler", QuoteOf(doc, "cut costs").Speaker);
        Assert.Equal("Tarvania 's Civil Defence Authority", QuoteOf(doc, "crane to fall").Speaker);
    }

    [Fact]
    public void A_text_read_out_speaks_for_its_document_and_a_court_rules_its_words()
    {
        const string text = "Court rebuffs council\n\nThe zoning plan was “well within the powers of the board,” the opinion read.\n\n"
            + "“A Dark Day for the Valley,” read the lead editorial of the Tarvania Herald on Saturday.\n\n"
            + "“The council acted without consulting residents,” the court ruled.\n\n"
            + "It added: “The residents were never told of the plan.”\n\n"
            + "Later the judge ruled out “any further delay.”";
        var doc = Run(text, ("Tarvania Herald", EntityLabel.ORG, 0, 0));
        Assert.Equal("the opinion", QuoteOf(doc, "powers of the board").Speaker);
        Assert.Equal("the lead editorial", QuoteOf(doc, "Dark Day").Speaker);
        Assert.Equal("the court", QuoteOf(doc, "without consulting").Speaker);
        // (a paragraph that opens with "It added" goes on from the body that spoke just before)
        Assert.Equal("the court", QuoteOf(doc, "never told").Speaker);
        // (ruling something out is no ruling's words)
        Assert.Null(QuoteOf(doc, "further delay").Speaker);
    }

    [Fact]
    public void The_company_is_the_organisation_that_spoke_just_before_when_no_name_has_a_company_suffix()
    {
        const string text = "Forum taken down\n\nNorvale Media, which has hosted the forum since 2019, said in a statement that the page was removed without notice. "
            + "The company said it was told it had broken the host's rules on “abusive language.”";
        var doc = Run(text, ("Norvale Media", EntityLabel.ORG, 0, 0));
        Assert.Equal("Norvale Media", QuoteOf(doc, "abusive language").Speaker);
    }

    [Fact]
    public void A_quote_in_the_writers_next_sentence_goes_on_with_the_person_quoted_just_before()
    {
        const string text = "Custody fight\n\n“He has told me so,” Ortiz said. The relatives are “filling his room with toys. He cannot choose for himself.”\n\n"
            + "“We are ready,” Ortiz said. The mood was “grim.”\n\n"
            + "“We are ready,” Ortiz said. Lena Park called the move “a stunt that will not work.”";
        var doc = Run(text, ("Ortiz", EntityLabel.PER, 0, 0), ("Ortiz", EntityLabel.PER, 0, 1), ("Ortiz", EntityLabel.PER, 0, 2), ("Lena Park", EntityLabel.PER, 1, 0));
        Assert.Equal("Ortiz", QuoteOf(doc, "filling his room").Speaker);
        // (a scare quote stays none, and a sentence with its own cue and person has its own speaker)
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Of(text) == "grim.");
        Assert.Equal("Lena Park", QuoteOf(doc, "a stunt").Speaker);
    }

    [Fact]
    public void What_a_subject_speaks_to_is_no_speaker()
    {
        const string text = "Exiles return\n\nState television showed the arrests on Monday. A voiceover to the footage called the exiles “traitors” and “thieves.”\n\n"
            + "An aide to the governor said the plan was “dead on arrival.”";
        var doc = Run(text);
        Assert.Equal("A voiceover to the footage", QuoteOf(doc, "traitors").Speaker);
        Assert.Equal("An aide to the governor", QuoteOf(doc, "dead on arrival").Speaker);
    }

    [Fact]
    public void She_after_a_titled_name_the_tagger_took_for_no_person_is_that_name()
    {
        const string text = "Defence pact\n\nThe rebel ideologue Omar Tell mocked the plan. The alliance protested on Monday. "
            + "“Tamils fear a new war,” party lawmaker Tharini Velan was quoted as saying. She added that the visits had caused “deep unease.”";
        var doc = Run(text, ("Omar Tell", EntityLabel.PER, 0, 0), ("Tharini Velan", EntityLabel.MISC, 1, 0));
        Assert.Equal("Tharini Velan", QuoteOf(doc, "deep unease").Speaker);
    }

    [Fact]
    public void A_family_name_written_without_its_accent_after_a_quote_is_the_person_named_before()
    {
        const string text = "Pope town\n\nDown the street, Valérie Côté and her kids built a snow statue. “We could sell bread shaped like crosses,” Coté says, laughing.";
        var doc = Run(text, ("Valérie Côté", EntityLabel.PER, 0, 0));
        Assert.Equal("Valérie Côté", QuoteOf(doc, "bread shaped").Speaker);
    }

    [Fact]
    public void People_opening_the_clause_with_a_long_participle_phrase_are_the_subject()
    {
        const string text = "Clinic shooting\n\nMen smoking cigars and drinking beer with friends after a round of skeet at the Rockdale Gun Club in Amherst "
            + "said their feelings were mixed.";
        var doc = Run(text, ("Rockdale Gun Club", EntityLabel.ORG, 0, 0), ("Amherst", EntityLabel.LOC, 1, 0));
        Assert.Equal("Men", QuoteOf(doc, "feelings were mixed").Speaker);
    }

    [Fact]
    public void A_question_the_segmenter_cut_off_takes_its_cue_from_the_sentence_after()
    {
        const string text = "Border talks\n\nDiplomats said President Tom Harlan pressed General Ali Rezaei hard.\n\n"
            + "\"Where are the three commanders?\" Harlan is reported to have asked a flustered Rezaei. "
            + "\"Why is nobody in charge?\" Rezaei asked the crowd.\n\n"
            + "\"Is this the end of the talks?\" Harlan said the talks would go on.";
        // (the segmenter's cuts after the closing marks, before the capitalised names)
        var doc = TestDocuments.Build(text, [("Tom Harlan", EntityLabel.PER, 0, 0), ("Ali Rezaei", EntityLabel.PER, 1, 0), ("Harlan", EntityLabel.PER, 0, 1),
                ("Rezaei", EntityLabel.PER, 1, 1), ("Rezaei", EntityLabel.PER, 1, 2), ("Harlan", EntityLabel.PER, 0, 2)], new DateOnly(2026, 3, 2),
            cuts: [text.IndexOf("Harlan is", StringComparison.Ordinal), text.IndexOf("Rezaei asked", StringComparison.Ordinal), text.IndexOf("Harlan said", StringComparison.Ordinal)]);
        QuoteTesting.Stage.Run(doc);
        Assert.Equal("Tom Harlan", QuoteOf(doc, "three commanders").Speaker);
        Assert.Equal("Ali Rezaei", QuoteOf(doc, "nobody in charge").Speaker);
        // (a cue that reports a clause of its own opens a new statement, not the question's)
        Assert.Null(QuoteOf(doc, "end of the talks").Cue);
    }

    [Fact]
    public void A_quote_signed_after_a_dash_is_the_signers()
    {
        const string text = "Valley town\n\n\"This town was built by people who never gave up.\" \u2014Ruth Alder, Letters from the Valley\n\n"
            + "\"Nobody here has ever asked for help.\"\n- Omar Tell\n\n"
            + "\"It was a long year for all of us.\" --- Peter Vance in Kalma";
        var doc = Run(text, ("Ruth Alder", EntityLabel.PER, 0, 0), ("Omar Tell", EntityLabel.PER, 1, 0), ("Peter Vance", EntityLabel.PER, 3, 0));
        Assert.Equal("Ruth Alder", QuoteOf(doc, "never gave up").Speaker);
        Assert.Equal("Omar Tell", QuoteOf(doc, "asked for help").Speaker);
        // (a byline, a name that goes on, signs nothing)
        Assert.NotEqual("Peter Vance", QuoteOf(doc, "long year").Speaker);
    }

    [Fact]
    public void He_after_one_quoted_as_saying_is_the_one_quoted()
    {
        const string text = "Strike\n\nA report by a local reporter from Port Molle, in the Westlands, quoted an unnamed official saying that the strike had cost "
            + "the town dearly. \"The council is paralysed,\" he said.\n\n"
            + "In a column on Sunday, Peter Vance quoted union leader Mark Dorsey as saying that the workers would not back down. "
            + "\"I have never seen them so determined,\" he said.";
        var doc = Run(text, ("Port Molle", EntityLabel.LOC, 0, 0), ("Westlands", EntityLabel.PER, 1, 0), ("Peter Vance", EntityLabel.PER, 2, 0), ("Mark Dorsey", EntityLabel.PER, 3, 0));
        Assert.Equal("an unnamed official", QuoteOf(doc, "paralysed").Speaker);
        Assert.Equal("Mark Dorsey", QuoteOf(doc, "so determined").Speaker);
    }

    [Fact]
    public void A_statement_left_open_runs_on_over_a_paragraph_without_marks()
    {
        const string text = "Rail strike\n\nTransport Minister Lena Ortiz said on Monday:\n\n"
            + "\u201cIt is unacceptable that the trains have not run for three weeks.\n\n"
            + "We will meet the union again on Thursday and we expect a deal.\n\n"
            + "\u201cNobody wants this strike to go on.\u201d\n\n"
            + "Union leader Mark Dorsey had warned of a long strike.\n\n"
            + "\u201cWe are ready for a long fight.\n\n"
            + "Mark Dorsey spoke to workers at the depot.\n\n"
            + "\u201cThey are tired but they are not giving up.\u201d";
        var doc = Run(text, ("Lena Ortiz", EntityLabel.PER, 0, 0), ("Mark Dorsey", EntityLabel.PER, 1, 0), ("Mark Dorsey", EntityLabel.PER, 1, 1));
        Assert.Equal("Lena Ortiz", QuoteOf(doc, "three weeks").Speaker);
        Assert.Equal("Lena Ortiz", QuoteOf(doc, "Nobody wants").Speaker);
        // (a paragraph between that names someone is no part of the quote)
        Assert.NotEqual("Lena Ortiz", QuoteOf(doc, "not giving up").Speaker);
    }

    [Fact]
    public void Mentioning_that_is_a_cue_and_an_apposition_after_a_possessive_speaks()
    {
        const string text = "Duel\n\nThe letters hint at a quarrel.\n\n"
            + "Harlan's cousin, Peter Morel, when asked if he knew the cause, mentioned that Harlan \"had quarrelled with an officer over a debt.\"\n\n"
            + "The new powers mentioned by Mr. Harlan are also being used by the police.";
        var doc = Run(text, ("Harlan", EntityLabel.PER, 0, 0), ("Peter Morel", EntityLabel.PER, 1, 0), ("he", EntityLabel.PER, 0, 0), ("Harlan", EntityLabel.PER, 0, 1),
            ("Mr. Harlan", EntityLabel.PER, 0, 0));
        Assert.Equal("Peter Morel", QuoteOf(doc, "quarrelled").Speaker);
        // (a participle with its agent after it reports nothing)
        Assert.DoesNotContain(doc.Quotes, q => q.Kind == QuoteKind.Indirect && doc.Text.Substring(q.Span.Start, q.Span.Length).Contains("being used"));
    }

    [Fact]
    public void A_transcripts_name_before_a_colon_speaks()
    {
        const string text = "Navy review\n\nThe email exchange was published on Friday:\n\n"
            + "Secretary of the Navy Ana Ruiz: \"We cannot accept this offer.\"\n\n"
            + ": Deputy Under Secretary Mark Dorsey : \"I agree. Let them wait.\"\n\n"
            + "The fleet said on Monday, after talks with Ana Ruiz: \"The ships will sail.\"";
        var doc = Run(text, ("Ana Ruiz", EntityLabel.PER, 0, 0), ("Mark Dorsey", EntityLabel.PER, 1, 0), ("Ana Ruiz", EntityLabel.PER, 0, 1));
        Assert.Equal("Ana Ruiz", QuoteOf(doc, "accept this offer").Speaker);
        Assert.Equal("Mark Dorsey", QuoteOf(doc, "Let them wait").Speaker);
        // (a sentence that says more than a name before the colon is no label)
        Assert.NotEqual("Ana Ruiz", QuoteOf(doc, "ships will sail").Speaker);
    }

    [Fact]
    public void A_statement_a_paragraph_hands_over_with_a_colon_is_its_authors()
    {
        const string text = "Navy diver killed\n\nGen. Tom Harlan, the fleet commander, released the following statement today:\n\n"
            + "\"We mourn the loss of one of our own.\"";
        var doc = Run(text, ("Tom Harlan", EntityLabel.PER, 0, 0));
        Assert.Equal("Tom Harlan", QuoteOf(doc, "We mourn").Speaker);
    }

    [Fact]
    public void A_user_a_summary_and_enthusing_name_speakers()
    {
        const string text = "Launch\n\nThe post drew thousands of replies. Another user posted: \"This is a disgrace for all of us\".\n\n"
            + "As the physicist Lena Ortiz summarized it: \"Matter tells space how to curve.\"\n\n"
            + "\"We are rolling out the first ship,\" enthused Peter Vance, the project manager.";
        var doc = Run(text, ("Lena Ortiz", EntityLabel.PER, 0, 0), ("Peter Vance", EntityLabel.PER, 1, 0));
        Assert.Equal("Another user", QuoteOf(doc, "disgrace").Speaker);
        Assert.Equal("Lena Ortiz", QuoteOf(doc, "how to curve").Speaker);
        Assert.Equal("Peter Vance", QuoteOf(doc, "first ship").Speaker);
    }

    [Fact]
    public void A_city_and_its_state_inside_an_apposition_do_not_end_it()
    {
        const string text = "Pigment prices\n\nJames Fallon, a Trenton, N.J., marketing consultant to the paint industry, says the firm still holds an edge "
            + "because it was \"first in with the technology\" to lower costs.";
        var doc = Run(text, ("James Fallon", EntityLabel.PER, 0, 0), ("Trenton", EntityLabel.LOC, 1, 0), ("N.J.", EntityLabel.LOC, 2, 0));
        Assert.Equal("James Fallon", QuoteOf(doc, "first in with").Speaker);
    }

    [Fact]
    public void A_cue_after_a_comma_at_the_sentences_end_names_the_speaker_after_it()
    {
        const string text = "Custody case\n\nLawyers said the ruling was sound.\n\n"
            + "\"It's high time\" the boy was sent back to his father, said Wayne Smith, a former adviser on Cuba. \"This was a simple custody case.\"";
        var doc = Run(text, ("Wayne Smith", EntityLabel.PER, 0, 0), ("Cuba", EntityLabel.LOC, 1, 0));
        Assert.Equal("Wayne Smith", QuoteOf(doc, "high time").Speaker);
        Assert.Equal("Wayne Smith", QuoteOf(doc, "simple custody").Speaker);
    }

    [Fact]
    public void An_age_before_a_name_after_the_cue_is_part_of_the_phrase()
    {
        const string text = "Pope town\n\n\u201cI see it as a huge tourist trap,\u201d says the 54-year-old Claude Levesque of the tourism board.";
        var doc = Run(text, ("Claude Levesque", EntityLabel.PER, 0, 0));
        Assert.Equal("Claude Levesque", QuoteOf(doc, "tourist trap").Speaker);
    }

    [Fact]
    public void Alleging_that_is_a_cue_and_the_alleged_is_none()
    {
        const string text = "Siege\n\nThe state news agency Kestrel alleged that \"many residents blame the militia for the shortages.\" "
            + "Police arrested the alleged gunman, who was hiding in a shed.";
        var doc = Run(text, ("Kestrel", EntityLabel.ORG, 0, 0));
        Assert.Equal("Kestrel", QuoteOf(doc, "blame the militia").Speaker);
        Assert.DoesNotContain(doc.Quotes, q => doc.Text.Substring(q.Span.Start, q.Span.Length).Contains("hiding"));
    }

    [Fact]
    public void The_agent_of_a_passive_that_calls_something_as_quoted_speaks()
    {
        const string text = "Phone launch\n\nThe new phone was praised by company chief Ana Ruiz as \"the biggest leap we have taken.\"\n\n"
            + "The suspect was widely described by neighbours as \"a quiet man with a temper.\"";
        var doc = Run(text, ("Ana Ruiz", EntityLabel.PER, 0, 0));
        Assert.Equal("Ana Ruiz", QuoteOf(doc, "biggest leap").Speaker);
        Assert.Equal("neighbours", QuoteOf(doc, "quiet man").Speaker);
    }

    [Fact]
    public void A_title_in_capitals_between_a_description_and_the_name_after_the_cue_is_passed()
    {
        const string text = "Church revival\n\n\u201cMany people said they were Catholics but only in name,\u201d says church historian Father Julio Santos. "
            + "\u201cToday there are more practicing Catholics.\u201d";
        var doc = Run(text, ("Julio Santos", EntityLabel.PER, 0, 0));
        Assert.Equal("Julio Santos", QuoteOf(doc, "only in name").Speaker);
    }

    [Fact]
    public void A_participles_phrase_in_commas_after_the_quote_hides_no_cue()
    {
        const string text = "Shop robbery\n\n``It looks as though they panicked,'' a detective, speaking on condition of anonymity, said of the robbers. "
            + "``They just started firing.''";
        var doc = Run(text);
        Assert.Equal("a detective", QuoteOf(doc, "panicked").Speaker);
        Assert.Equal("a detective", QuoteOf(doc, "started firing").Speaker);
    }

    [Fact]
    public void An_apposition_whose_organisation_has_an_apposition_of_its_own_describes_the_name_before_it()
    {
        const string text = "Plant cuts\n\nOn the shift cut, Ken Doyle, chairman of Local 88, Canadian Steel Workers union said "
            + "\"There is a lot of anger here today.\"";
        var doc = Run(text, ("Ken Doyle", EntityLabel.PER, 0, 0), ("Canadian Steel Workers", EntityLabel.ORG, 1, 0));
        Assert.Equal("Ken Doyle", QuoteOf(doc, "lot of anger").Speaker);
    }

    [Fact]
    public void A_participle_after_an_owners_possessive_is_no_cue()
    {
        const string text = "Takeover talk\n\nIts stock sells at about half Norland Data's estimated breakup value, and analysts see no bid coming.";
        var doc = Run(text, ("Norland Data", EntityLabel.ORG, 0, 0));
        Assert.DoesNotContain(doc.Quotes, q => doc.Text.Substring(q.Span.Start, q.Span.Length).Contains("breakup"));
    }

    [Fact]
    public void An_invitation_reads_as_written()
    {
        const string text = "Launch\n\nThe firm announced another event for May. The invitation reads, \"See what comes next.\"";
        var doc = Run(text);
        Assert.Equal("The invitation", QuoteOf(doc, "comes next").Speaker);
    }

    [Fact]
    public void A_name_inside_the_clause_a_pronouns_cue_reports_is_no_speaker()
    {
        const string text = "Share issue\n\nMr. Vale said the issue strengthens Norcan's balance sheet. "
            + "Norcan's has no takeover bids pending, he said.";
        var doc = Run(text, ("Vale", EntityLabel.PER, 0, 0), ("Norcan", EntityLabel.PER, 1, 0), ("Norcan", EntityLabel.PER, 1, 1), ("he", EntityLabel.PER, 1, 0));
        Assert.Equal("Vale", QuoteOf(doc, "no takeover bids").Speaker);
    }

    [Fact]
    public void Capitalised_words_ending_in_a_company_suffix_name_the_speaker()
    {
        const string text = "Sale\n\nDorval Instruments Ltd said a Tacoma investor has signed a letter of intent to buy the company.";
        var doc = Run(text, ("Tacoma", EntityLabel.LOC, 0, 0));
        Assert.Equal("Dorval Instruments Ltd", QuoteOf(doc, "letter of intent").Speaker);
    }

    [Fact]
    public void A_family_speaks_as_described()
    {
        const string text = "Merger\n\nThe Hallam family said that holders of most of the stock have approved the deal.";
        var doc = Run(text, ("Hallam", EntityLabel.PER, 0, 0));
        Assert.Equal("The Hallam family", QuoteOf(doc, "approved the deal").Speaker);
    }

    [Fact]
    public void Said_of_a_topic_that_reports_the_clause_after_that()
    {
        const string text = "Comedy\n\nIn an interview, Dana Whitlock said of her years at the club that they had avoided political jokes.";
        var doc = Run(text, ("Dana Whitlock", EntityLabel.PER, 0, 0));
        var q = QuoteOf(doc, "avoided political");
        Assert.Equal("Dana Whitlock", q.Speaker);
        Assert.StartsWith("they had", doc.Text.Substring(q.Span.Start, q.Span.Length));
    }

    [Fact]
    public void A_line_that_opens_with_a_lower_case_cue_after_the_marks_holds_the_quotes_cue()
    {
        const string text = "Markets slide\n\nTraders were rattled by the losses .\n`` It 's pretty grim .\nIs growth really that strong ? ''\n"
            + "said a trading strategist , Bill Ames .\nOthers disagreed .";
        var doc = Run(text, ("Bill Ames", EntityLabel.PER, 0, 0));
        Assert.Equal("Bill Ames", QuoteOf(doc, "pretty grim").Speaker);
    }

    [Fact]
    public void A_trade_operator_with_its_owner_and_three_plain_words_is_one_description()
    {
        const string text = "Rights offer\n\nThe shares rose. Brazil's largest discount grocery operator said the offering will entitle holders to more stock.";
        var doc = Run(text, ("Brazil", EntityLabel.LOC, 0, 0));
        Assert.Equal("Brazil's largest discount grocery operator", QuoteOf(doc, "entitle holders").Speaker);
    }
}
