using Sitrep.Core.Model;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Tests.Quotes;

/// <summary>
/// Who is who behind a quote (issue #5): a lede's title and the person a later paragraph names, unnamed speakers set off
/// by a partitive, posts, statements and interviews. Invented sentences.
/// </summary>
public sealed class WhoIsWhoQuoteTests
{
    private static ArticleDocument Run(string text, params (string Mention, EntityLabel Label, int Cluster, int Occurrence)[] entities) =>
        QuoteTesting.Run(text, new DateOnly(2026, 3, 2), entities);

    private static Quote QuoteOf(ArticleDocument doc, string words) => QuoteTesting.QuoteOf(doc, words);

    [Fact]
    public void A_ledes_title_is_not_a_later_person_whose_post_before_the_name_is_another_countrys()
    {
        const string text = "Kenya's interior minister said on Tuesday that the country would send 600 more officers.\n\n"
            + "The officers will join a mission led by Kenya.\n\n"
            + "Haiti's prime minister, Jean Belfort, thanked Kenya in a post on X.";
        var doc = Run(text, ("Kenya", EntityLabel.LOC, 0, 0), ("Kenya", EntityLabel.LOC, 0, 1), ("Haiti", EntityLabel.LOC, 2, 0),
            ("Jean Belfort", EntityLabel.PER, 3, 0), ("Kenya", EntityLabel.LOC, 0, 2));
        Assert.Equal("Kenya's interior minister", QuoteOf(doc, "600 more officers").Speaker);
    }

    [Fact]
    public void A_ledes_title_is_the_person_the_next_paragraph_names_as_a_speaker()
    {
        const string text = "The bloc's foreign policy chief said on Monday that ministers would weigh new sanctions.\n\n"
            + "“We cannot stay silent,” Marta Lind told reporters in Brussels.";
        var doc = Run(text, ("Marta Lind", EntityLabel.PER, 0, 0));
        var q = QuoteOf(doc, "weigh new sanctions");
        Assert.Equal("Marta Lind", q.Speaker);
        Assert.Equal(0, q.SpeakerCluster);
    }

    [Fact]
    public void The_spokesman_later_is_the_person_the_ledes_spokesman_was_named_as()
    {
        const string text = "The spokesman for the army said on Saturday that the talks would continue.\n\n"
            + "Brigadier Omar Hassan said the army remained committed to the process.\n\n"
            + "“We have not closed the door,” the spokesman said.";
        var doc = Run(text, ("Omar Hassan", EntityLabel.PER, 0, 0));
        Assert.Equal("Omar Hassan", QuoteOf(doc, "talks would continue").Speaker);
        Assert.Equal("Omar Hassan", QuoteOf(doc, "closed the door").Speaker);
    }

    [Theory]
    // (named two paragraphs on)
    [InlineData("The health minister said on Monday that 20 people had died.\n\nThe toll is the highest this year.\n\n“We ran,” said Amina Sow.", "The health minister", 1)]
    // (the next paragraph's speaker was named before the title)
    [InlineData("Amina Sow arrived on Monday. The health minister said that 20 people had died.\n\n“We ran,” said Amina Sow.", "The health minister", 2)]
    // (someone the next paragraph names, but not as a speaker)
    [InlineData("The health minister said on Monday that 20 people had died.\n\nAmina Sow was among the dead.", "The health minister", 1)]
    // (the next paragraph's speaker holds another office: a rank in the apposition)
    [InlineData("The party's secretary-general said on Monday that 20 people had died.\n\n“We ran,” said Amina Sow, the party's deputy chairwoman.", "The party's secretary-general", 1)]
    public void A_ledes_title_stays_as_written_when_the_next_paragraph_names_no_new_speaker(string text, string speaker, int mentions)
    {
        var doc = Run(text, Enumerable.Range(0, mentions).Select(n => ("Amina Sow", EntityLabel.PER, 0, n)).ToArray());
        Assert.Equal(speaker, QuoteOf(doc, "20 people had died").Speaker);
    }

    [Fact]
    public void The_chief_after_an_unnamed_village_chief_is_not_the_next_named_speaker()
    {
        const string text = "“They burned the granary,” said a village chief, who asked not to be named.\n\n"
            + "The chief said 40 families had fled.\n\n“We ran to the river,” said Issa Kabore.";
        var doc = Run(text, ("Issa Kabore", EntityLabel.PER, 0, 0));
        Assert.Equal("a village chief", QuoteOf(doc, "40 families had fled").Speaker);
    }

    [Fact]
    public void A_headlines_capitalised_kind_is_the_ledes_named_speaker()
    {
        const string text = "Mayor says town will rebuild\n\nThe mayor of Tarsel said on Thursday that the town would be rebuilt.\n\n"
            + "“We have not lost our will,” Salem Haddad told a radio station.";
        var doc = Sitrep.Extraction.Tests.Actors.TestDocuments.Build(text, [("Salem Haddad", EntityLabel.PER, 0, 0)], new DateOnly(2026, 3, 2));
        doc.Title = "Mayor says town will rebuild";
        QuoteTesting.Stage.Run(doc);
        Assert.Equal("Salem Haddad", QuoteOf(doc, "town will rebuild").Speaker);
        Assert.Equal("Salem Haddad", QuoteOf(doc, "would be rebuilt").Speaker);
    }

    [Fact]
    public void One_of_them_speaking_on_condition_of_anonymity_speaks_and_he_is_the_same_one()
    {
        const string text = "Dozens of migrants were held at the centre for weeks.\n\n"
            + "One of them, speaking on condition of anonymity, said guards had demanded money from families abroad.\n\n"
            + "“They called my mother,” he said.";
        var doc = Run(text);
        Assert.Equal("One of them", QuoteOf(doc, "guards had demanded").Speaker);
        Assert.Equal("One of them", QuoteOf(doc, "called my mother").Speaker);
        // (one of the group that spoke in the sentence before)
        var group = Run("Kenyan officials said the delegations would meet again. One of them, speaking on condition of anonymity, said the mood was tense.");
        Assert.Equal("One of the Kenyan officials", QuoteOf(group, "mood was tense").Speaker);
    }

    [Theory]
    [InlineData("Another detainee, a 19-year-old from the south, said he had been held for four months.", "Another detainee")]
    [InlineData("A former hostage told reporters that the guards had beaten him.", "A former hostage")]
    public void People_held_speak(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Run(text).Quotes).Speaker);

    [Fact]
    public void A_report_before_a_participle_with_a_quotation_is_still_reported()
    {
        const string text = "Omar Tell wrote on X that he would defy the court order, calling it “censorship”.";
        var doc = Run(text, ("Omar Tell", EntityLabel.PER, 0, 0));
        Assert.Equal("Omar Tell", QuoteOf(doc, "he would defy the court order").Speaker);
        Assert.Equal(QuoteKind.Indirect, QuoteOf(doc, "he would defy the court order").Kind);
        Assert.Equal("Omar Tell", QuoteOf(doc, "censorship").Speaker);
    }

    [Theory]
    [InlineData("The militia claimed the attack through its news outlet, saying it had destroyed “dozens of trucks”.", 1)]
    [InlineData("Militia claims drone attack on airbase", 0)]
    [InlineData("The militia claimed the army had fired first.", 1)]
    [InlineData("The company claims to own the trademark.", 1)]
    [InlineData("“It is a challenge,” claims writer Jan Novak.", 1)]
    [InlineData("This fact, the author claims, gives rise to a dilemma.", 1)]
    public void Claiming_a_deed_reports_no_words(string text, int quotes) =>
        Assert.Equal(quotes, Run(text).Quotes.Length);

    [Fact]
    public void Answers_in_a_question_and_answer_interview_are_the_interviewees()
    {
        const string text = "The aid commissioner, Salma Idris, spoke to our correspondent on Monday.\n\n"
            + "Q: Are convoys getting through?\n\nA: “Some are, but the fighting makes every trip dangerous.”\n\n"
            + "Q: What do you need?\n\nA: “Trucks, fuel and safe roads.”";
        var doc = Run(text, ("Salma Idris", EntityLabel.PER, 0, 0));
        Assert.Equal("Salma Idris", QuoteOf(doc, "every trip dangerous").Speaker);
        Assert.Equal("Salma Idris", QuoteOf(doc, "safe roads").Speaker);
    }

    [Fact]
    public void A_first_name_beside_a_long_description_with_who_is_the_speaker()
    {
        const string text = "Zahra, a former teacher in Kabul who asked that her full name not be used, said she had not left her home in months.";
        var doc = Run(text, ("Zahra", EntityLabel.PER, 0, 0));
        Assert.Equal("Zahra", QuoteOf(doc, "not left her home").Speaker);
    }

    [Fact]
    public void A_country_right_after_an_organisations_name_is_its_branch_not_the_speaker()
    {
        const string text = "Rights Watch Uganda said in a statement that at least 30 people had been arrested.";
        var doc = Run(text, ("Rights Watch", EntityLabel.ORG, 0, 0), ("Uganda", EntityLabel.LOC, 1, 0));
        Assert.Equal("Rights Watch Uganda", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void An_official_familiar_with_the_talks_is_the_official()
    {
        var doc = Run("A Western official familiar with the talks said the proposals were “a step backwards”.");
        Assert.Equal("A Western official", QuoteOf(doc, "step backwards").Speaker);
    }

    [Fact]
    public void The_brother_after_his_brother_is_that_unnamed_brother_not_the_person_his_stands_for()
    {
        const string text = "Omar Tell had called his wife before the boat lost contact, his brother said.\n\n"
            + "“He told her the waves were higher than the boat,” the brother said.";
        var doc = QuoteTesting.Run(text, new DateOnly(2026, 3, 2), ("Omar Tell", EntityLabel.PER, 0, 0), ("his", EntityLabel.PER, 0, 0), ("his", EntityLabel.PER, 0, 1));
        Assert.Equal("his brother", QuoteOf(doc, "waves were higher").Speaker);
    }

    [Fact]
    public void The_diplomat_is_the_diplomat_brought_in_last_by_a_one_or_another_not_a_name_the_quote_or_a_plural_stands_next_to()
    {
        const string text = "Diplomats said President Leon Varga pressed his guest hard at the meeting.\n\n"
            + "“It was the first time he raised the border,” said a Western diplomat. "
            + "“Varga was very well briefed before the meeting,” the diplomat said.";
        var doc = Run(text, ("Leon Varga", EntityLabel.PER, 0, 0), ("Varga", EntityLabel.PER, 0, 1));
        Assert.Equal("a Western diplomat", QuoteOf(doc, "first time he raised").Speaker);
        var q = QuoteOf(doc, "very well briefed");
        Assert.Equal("a Western diplomat", q.Speaker);
        Assert.Null(q.SpeakerCluster);
        // ("one senior official" brings in an unnamed official as "a" does)
        const string other = "Officials have sized up President Leon Varga as a cautious man.\n\n"
            + "“He is impulsive,” says one senior official involved in the talks. The official adds that “he will back down if he must.”";
        var doc2 = Run(other, ("Leon Varga", EntityLabel.PER, 0, 0));
        Assert.Equal("one senior official", QuoteOf(doc2, "He is impulsive").Speaker);
        Assert.Equal("one senior official", QuoteOf(doc2, "back down").Speaker);
        // (nor a source brought in before "another source")
        const string third = "One party source said the vote was lost. Another senior source said the leader met rebels last week. "
            + "“He was told the game was up,” the source said.";
        Assert.Equal("Another senior source", QuoteOf(Run(third), "game was up").Speaker);
        // (but not past a nearer description of its own)
        const string fourth = "Police are checking the car, according to another police official. The tests could settle it, the first police official said. "
            + "“We need a sample from the suspect,” the official said.";
        Assert.Equal("the official", QuoteOf(Run(fourth), "sample from the suspect").Speaker);
    }

    [Fact]
    public void A_name_before_a_long_apposition_and_a_relative_clause_speaks_not_the_organisation_in_it()
    {
        const string text = "But Omar Haddad, executive director of the Middle East and North Africa Hotels Association, which promotes the region, "
            + "argued that “market realities” would stop the ban.";
        var doc = Run(text, ("Omar Haddad", EntityLabel.PER, 0, 0), ("Middle East and North Africa Hotels Association", EntityLabel.ORG, 1, 0));
        Assert.Equal("Omar Haddad", QuoteOf(doc, "market realities").Speaker);
    }

    [Theory]
    [InlineData("According to the bank's chief economist, Lina Sousa, prices will rise in the spring.", "Lina Sousa", "prices will rise in the spring")]
    [InlineData("According to Lina Sousa, the bank's chief economist, prices will rise in the spring.", "Lina Sousa", "prices will rise in the spring")]
    [InlineData("According to a spokesman for the bank, Dr Lina Sousa, prices will rise in the spring.", "Lina Sousa", "prices will rise in the spring")]
    public void According_to_a_source_and_its_apposition_names_the_person_and_the_words_begin_after_it(string text, string speaker, string words)
    {
        var doc = Run(text, ("Lina Sousa", EntityLabel.PER, 0, 0));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(words, q.Span.Of(text));
    }

    [Fact]
    public void According_to_a_source_that_is_no_person_a_name_after_it_opens_the_clause()
    {
        const string text = "According to the Daily Herald, Lina Sousa, the eldest sister, came to the city in 1966.";
        var q = Assert.Single(Run(text, ("Daily Herald", EntityLabel.ORG, 0, 0), ("Lina Sousa", EntityLabel.PER, 1, 0)).Quotes);
        Assert.Equal("the Daily Herald", q.Speaker);
        Assert.Equal("Lina Sousa, the eldest sister, came to the city in 1966", q.Span.Of(text));
        const string reports = "According to press reports, Lina Sousa, the eldest sister, came to the city in 1966.";
        Assert.Equal("Lina Sousa, the eldest sister, came to the city in 1966", Assert.Single(Run(reports, ("Lina Sousa", EntityLabel.PER, 1, 0)).Quotes).Span.Of(reports));
    }

    [Fact]
    public void A_titled_name_before_of_and_an_organisation_speaks()
    {
        const string text = "Church leaders condemned the shooting.\n\nBishop Henry Malone of the Archdiocese of Leeds said it was “an act of madness.”";
        var doc = Run(text, ("Henry Malone", EntityLabel.PER, 0, 0), ("Leeds", EntityLabel.LOC, 1, 0));
        Assert.Equal("Henry Malone", QuoteOf(doc, "act of madness").Speaker);
    }

    [Fact]
    public void A_person_the_tagger_ran_on_into_of_the_organisation_is_named_without_it()
    {
        const string text = "Church leaders condemned the shooting.\n\nBishop Henry Malone of the Archdiocese of Leeds said it was “an act of madness.”";
        var doc = Run(text, ("Henry Malone of the Archdiocese of Leeds", EntityLabel.PER, 0, 0));
        var q = QuoteOf(doc, "act of madness");
        Assert.Equal("Henry Malone", q.Speaker);
        Assert.Equal("Henry Malone", q.SpeakerSpan!.Value.Of(text));
    }

    [Theory]
    [InlineData("A missile strike on the city overnight has killed at least seven people, the regional governor, Petro Hnat, said on Telegram.")]
    [InlineData("A missile strike on the city overnight has killed at least seven people, Petro Hnat, the regional governor, said on Telegram.")]
    [InlineData("A missile strike on the city overnight has killed at least seven people, the regional governor, Governor Petro Hnat, told reporters.")]
    [InlineData("A missile strike on the city overnight has killed at least seven people, Petro Hnat, governor of the region, told reporters.")]
    public void The_words_reported_end_before_a_subject_set_off_by_commas_with_its_description(string text)
    {
        var q = Assert.Single(Run(text, ("Petro Hnat", EntityLabel.PER, 0, 0)).Quotes);
        Assert.Equal("Petro Hnat", q.Speaker);
        Assert.Equal("A missile strike on the city overnight has killed at least seven people", q.Span.Of(text));
    }

    [Fact]
    public void A_long_description_set_off_before_the_speakers_name_at_the_sentences_start_reports_nothing()
    {
        const string text = "The firm 's president and chief executive of its European arm , Alan Moss , commented on the profits .";
        Assert.Empty(Run(text, ("Alan Moss", EntityLabel.PER, 0, 0)).Quotes);
    }

    [Theory]
    [InlineData("A lawyer for the family said they would appeal.", "A lawyer for the family")]
    [InlineData("An aide to the governor said the roads were shut.", "An aide to the governor")]
    [InlineData("A senior adviser to President Leon Varga said the deal was dead.", "A senior adviser to President Leon Varga")]
    [InlineData("A guard at the building said the doors were locked.", "A guard")]
    public void The_speaker_is_the_person_before_a_preposition_not_its_object(string text, string speaker)
    {
        var doc = Run(text.Contains("Leon Varga", StringComparison.Ordinal) ? [("Leon Varga", EntityLabel.PER, 0, 0)] : []);
        Assert.Equal(speaker, Assert.Single(doc.Quotes).Speaker);

        ArticleDocument Run(params (string, EntityLabel, int, int)[] entities) => QuoteTesting.Run(text, new DateOnly(2026, 3, 2), entities);
    }

    [Fact]
    public void A_place_after_to_is_no_title_before_the_speakers_name()
    {
        const string text = "On Monday he will meet Prime Minister Ravi Menon in Delhi.\n\n"
            + "“Our trade has grown fast,” India's ambassador to Egypt Arjun Rao told reporters.";
        var doc = Run(text, ("Ravi Menon", EntityLabel.PER, 0, 0), ("Delhi", EntityLabel.LOC, 1, 0), ("India", EntityLabel.LOC, 2, 0),
            ("Egypt", EntityLabel.LOC, 3, 0), ("Arjun Rao", EntityLabel.PER, 4, 0));
        Assert.Equal("Arjun Rao", QuoteOf(doc, "trade has grown").Speaker);
    }

    [Fact]
    public void The_subject_of_is_reported_to_have_told_speaks()
    {
        const string text = "President Omar Haidari met the general in Kabul.\n\n"
            + "“The commanders must go,” Leon Varga is reported to have told his guest. Varga was said to have told aides that the talks had failed.";
        var doc = Run(text, ("Omar Haidari", EntityLabel.PER, 0, 0), ("Kabul", EntityLabel.LOC, 1, 0), ("Leon Varga", EntityLabel.PER, 2, 0), ("Varga", EntityLabel.PER, 2, 1));
        Assert.Equal("Leon Varga", QuoteOf(doc, "commanders must go").Speaker);
        Assert.Equal("Leon Varga", QuoteOf(doc, "talks had failed").Speaker);
    }

    [Fact]
    public void The_company_is_the_company_the_article_names_most_before_it()
    {
        const string text = "Harlow Mills Corp. posted a third-quarter loss of $4 million on Tuesday.\n\n"
            + "Harlow Mills blamed higher cotton prices and a strike at its plant in Georgia, where talks with Delmar Freight Inc. have stalled.\n\n"
            + "The company said it expected sales to recover by the spring.";
        var doc = Run(text, ("Harlow Mills Corp.", EntityLabel.ORG, 0, 0), ("Harlow Mills", EntityLabel.ORG, 0, 1), ("Georgia", EntityLabel.LOC, 1, 0),
            ("Delmar Freight Inc.", EntityLabel.ORG, 2, 0));
        Assert.Equal("Harlow Mills Corp.", QuoteOf(doc, "sales to recover").Speaker);
    }

    [Fact]
    public void The_company_stays_as_written_when_no_company_is_named_before_it()
    {
        const string text = "The Trade Ministry fined a textile maker $4 million on Tuesday.\n\nThe company said it would appeal the fine.";
        var doc = Run(text, ("Trade Ministry", EntityLabel.ORG, 0, 0));
        Assert.Equal("The company", QuoteOf(doc, "appeal the fine").Speaker);
    }

    [Theory]
    [InlineData("The parcel was sent to a laboratory in Virginia, FBI officials said on Monday.", "FBI", EntityLabel.ORG, "FBI officials")]
    [InlineData("Late on Monday, State Department officials said the embassy would reopen within a week.", "State Department", EntityLabel.ORG, "State Department officials")]
    [InlineData("The bridge was repaired, but US military officers say the road beyond it is still mined.", "US", EntityLabel.LOC, "US military officers")]
    public void A_body_named_before_a_plural_title_that_opens_the_clause_is_part_of_the_speaker(string text, string body, EntityLabel label, string speaker)
    {
        var doc = Run(text, (body, label, 0, 0));
        Assert.Equal(speaker, Assert.Single(doc.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Five people died near the crossing. The Tarsa health ministry said the dead included two children.", "Tarsa", EntityLabel.LOC, "The Tarsa health ministry")]
    [InlineData("Clinics have closed in several towns. The UN humanitarian office said in June that the clinics had run out of fuel.", "UN", EntityLabel.ORG, "The UN humanitarian office")]
    [InlineData("Two helicopters crashed last year. The Haboker newspaper said on Sunday that the pilots had been warned.", "Haboker", EntityLabel.PER, "The Haboker newspaper")]
    public void A_name_between_an_article_and_a_body_or_title_is_part_of_the_speaker(string text, string body, EntityLabel label, string speaker)
    {
        var doc = Run(text, (body, label, 0, 0));
        Assert.Equal(speaker, Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void One_word_of_an_organisations_name_after_the_is_the_organisation_named_before()
    {
        const string text = "The Popular Renewal Front called a rally in the capital on Friday.\n\nThe Front said the vote had been rigged.";
        var doc = Run(text, ("Popular Renewal Front", EntityLabel.ORG, 0, 0), ("Front", EntityLabel.ORG, 1, 1));
        Assert.Equal("Popular Renewal Front", QuoteOf(doc, "rigged").Speaker);
    }

    [Theory]
    [InlineData("Twelve people were hurt in the blast, said Deputy Inspector of Police Imran Qadir.", "Inspector of Police Imran Qadir", "Imran Qadir")]
    [InlineData("Twelve people were hurt in the blast, said Minister of Interior Leila Haddad.", "Minister of Interior Leila Haddad", "Leila Haddad")]
    public void A_title_and_its_office_the_tagger_took_into_the_name_are_not_the_name(string text, string mention, string speaker)
    {
        var doc = Run(text, (mention, EntityLabel.PER, 0, 0));
        Assert.Equal(speaker, Assert.Single(doc.Quotes).Speaker);
    }

    [Theory]
    [InlineData("The shipping arm of the Danish bank group Nordvik Partners told regulators that it had sold the stake.", "bank group Nordvik Partners", EntityLabel.ORG, "Nordvik Partners")]
    [InlineData("Its European rival Castellan, which has outsold it since 2019, said demand for freighters was falling.", "European rival Castellan", EntityLabel.MISC, "Castellan")]
    public void A_description_the_tagger_ran_into_a_name_is_not_the_name(string text, string mention, EntityLabel label, string speaker)
    {
        var doc = Run(text, (mention, label, 0, 0));
        Assert.Equal(speaker, Assert.Single(doc.Quotes).Speaker);
    }
}
