using Sitrep.Core.Model;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Tests.Quotes;

/// <summary>
/// Who said what in briefings, statements, interviews and witness accounts (issue #5): unnamed speakers ("a woman", "a
/// source close to the talks"), pronouns after them, statements' authors, names shortened to the family name that comes
/// first. Invented sentences.
/// </summary>
public sealed class BriefingQuoteTests
{
    private static QuoteStage Stage => QuoteTesting.Stage;

    private static ArticleDocument Run(string text, params (string Mention, EntityLabel Label, int Cluster, int Occurrence)[] entities) =>
        RunWithPronoun(text, null, entities);

    /// <summary>As <see cref="Run"/>, with "he"/"she" at <paramref name="pronoun"/> (a phrase that starts with it) given to a cluster, as coreference does.</summary>
    private static ArticleDocument RunWithPronoun(string text, (string Phrase, int Cluster)? pronoun, params (string Mention, EntityLabel Label, int Cluster, int Occurrence)[] entities)
    {
        var all = entities.ToList();
        if (pronoun is { } p)
        {
            // (the fixture finds mentions by their n-th occurrence as a string: "he" also stands inside "the")
            var word = p.Phrase[..p.Phrase.IndexOf(' ')];
            int at = text.IndexOf(p.Phrase, StringComparison.Ordinal), n = 0;
            for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0 && i < at; i = text.IndexOf(word, i + 1, StringComparison.Ordinal)) n++;
            all.Add((word, EntityLabel.PER, p.Cluster, n));
        }
        return QuoteTesting.Run(text, new DateOnly(2026, 3, 2), all.ToArray());
    }

    private static Quote QuoteOf(ArticleDocument doc, string words) => QuoteTesting.QuoteOf(doc, words);

    [Theory]
    [InlineData("“They came at night,” said a woman.", "They came at night", "a woman")]
    [InlineData("“They came at night,” a woman said.", "They came at night", "a woman")]
    [InlineData("A pro-government blogger wrote on his channel that the strike had “hit its target”.", "hit its target", "A pro-government blogger")]
    [InlineData("“The deal is ready,” said a senior security source.", "The deal is ready", "a senior security source")]
    public void An_unnamed_woman_blogger_or_source_is_the_speaker(string text, string words, string speaker)
    {
        var doc = Run(text);
        Assert.Equal(speaker, QuoteOf(doc, words).Speaker);
    }

    [Theory]
    [InlineData("“We have cut two shifts,” said a Pune auto parts supplier.", "Pune", "a Pune auto parts supplier")]
    [InlineData("“The market has turned,” said a Mumbai steel dealer.", "Mumbai", "a Mumbai steel dealer")]
    [InlineData("“Rates will stay high,” said a Frankfurt economist.", "Frankfurt", "a Frankfurt economist")]
    public void A_trade_or_profession_after_a_place_is_the_speaker_not_the_place(string text, string place, string speaker)
    {
        var doc = Run(text, (place, EntityLabel.LOC, 0, 0));
        Assert.Equal(speaker, Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void A_name_and_its_description_that_close_the_sentence_after_a_quote_sign_it()
    {
        const string text = "Sales of used cars fell in March.\n\n“Buyers are simply not coming back,” Lena Ortiz, an analyst at Carfax.\n\n"
            + "“Prices will keep falling,” Omar Tell, the lot's owner. Dealers cut prices again.";
        var doc = Run(text, ("Lena Ortiz", EntityLabel.PER, 0, 0), ("Carfax", EntityLabel.ORG, 1, 0), ("Omar Tell", EntityLabel.PER, 2, 0));
        Assert.Equal("Lena Ortiz", QuoteOf(doc, "not coming back").Speaker);
        Assert.Equal("Omar Tell", QuoteOf(doc, "keep falling").Speaker);
    }

    [Fact]
    public void A_name_in_the_possessive_before_the_opening_mark_is_part_of_the_quoted_words_not_their_speaker()
    {
        // (the tagger may take a company for a person: the fixture tags it so)
        const string text = "“We are pleased with the new terms,” said Tom Rask, a fund manager at Dunmore Capital. "
            + "Norvex's “first offer was weak. We think this one is fair.”";
        var doc = Run(text, ("Tom Rask", EntityLabel.PER, 0, 0), ("Dunmore Capital", EntityLabel.ORG, 1, 0), ("Norvex", EntityLabel.PER, 2, 0));
        Assert.Equal("Tom Rask", QuoteOf(doc, "first offer was weak").Speaker);
    }

    [Theory]
    [InlineData("One senior aide Monday described the talks as “a waste of everyone's time.”", "One senior aide")]
    [InlineData("A senior diplomat on Monday described the talks as “a waste of everyone's time.”", "A senior diplomat")]
    public void A_weekday_between_the_speaker_and_the_cue_is_no_part_of_the_speaker(string text, string speaker)
    {
        var doc = Run(text);
        Assert.Equal(speaker, QuoteOf(doc, "waste of everyone").Speaker);
    }

    [Fact]
    public void One_or_another_alone_is_one_of_the_group_that_spoke_just_before()
    {
        const string text = "Residents of the flooded district said the warnings had come too late.\n\n“Where were the pumps?” said one.\n\n"
            + "“We lost everything in an hour,” another said.";
        var doc = Run(text);
        Assert.Equal("one of the residents of the flooded district", QuoteOf(doc, "Where were the pumps").Speaker);
        Assert.Equal("another of the residents of the flooded district", QuoteOf(doc, "We lost everything").Speaker);
        // (no group before it: nobody)
        Assert.Null(QuoteOf(Run("The river rose overnight.\n\n“Where were the pumps?” said one."), "pumps").Speaker);
    }

    [Fact]
    public void A_source_close_to_the_talks_speaks_not_the_talks()
    {
        var doc = Run("A source close to the talks said the deal was ready.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("A source", q.Speaker);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
    }

    [Fact]
    public void The_name_a_woman_gave_after_the_quote_is_the_speakers()
    {
        const string text = "“They burned everything,” said a woman who gave her name only as Thandar.";
        var doc = Run(text, ("Thandar", EntityLabel.PER, 0, 0));
        Assert.Equal("Thandar", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void The_source_and_his_mother_are_not_a_person_named_nearby()
    {
        // "the source" stays unnamed, however near a name stands (it is the unnamed source "one party source" brought in, as
        // "a party source" would); "his mother" is not a person the article names
        const string text = "One party source, describing a call from Omar Tell, said the vote was lost. “It is finished,” the source said.\n\n"
            + "Omar Tell grew up in Mombasa. His mother wrote, “He was always stubborn.”";
        var doc = Run(text, ("Omar Tell", EntityLabel.PER, 0, 0), ("Omar Tell", EntityLabel.PER, 0, 1), ("Mombasa", EntityLabel.LOC, 1, 0));
        Assert.Equal("One party source", QuoteOf(doc, "It is finished").Speaker);
        Assert.Equal("His mother", QuoteOf(doc, "always stubborn").Speaker);
    }

    [Fact]
    public void He_after_an_unnamed_witness_is_the_witness_not_the_spokesman_named_before()
    {
        const string text = "“The attackers were pushed back,” army spokesman Colonel Amadou Keita said.\n\n"
            + "A resident of the nearby town, who asked not to be named, said the shooting began before dawn. “We hid under our beds,” he said.";
        var doc = RunWithPronoun(text, ("he said.", 0), ("Amadou Keita", EntityLabel.PER, 0, 0));
        Assert.Equal("Amadou Keita", QuoteOf(doc, "pushed back").Speaker);
        Assert.Equal("A resident of the nearby town", QuoteOf(doc, "We hid").Speaker);
    }

    [Fact]
    public void He_after_a_quote_that_runs_over_two_sentences_still_looks_back_to_the_unnamed_soldier()
    {
        const string text = "“The line is holding,” General Petro Marchenko said.\n\n"
            + "A soldier at the front said the picture was grimmer. “We are exhausted. We need people, not words,” he told a local newspaper.";
        var doc = RunWithPronoun(text, ("he told", 0), ("Petro Marchenko", EntityLabel.PER, 0, 0));
        Assert.Equal("A soldier", QuoteOf(doc, "We need people").Speaker);
    }

    [Fact]
    public void He_after_an_unnamed_woman_or_an_organisation_is_not_either()
    {
        // "he" is no woman, and "the army" is no person: coreference's person stands
        const string woman = "“We will hold the town,” Colonel Amadou Keita said.\n\nA woman in the market said the shelling had stopped. “It will start again,” he said.";
        var doc = RunWithPronoun(woman, ("he said.", 0), ("Amadou Keita", EntityLabel.PER, 0, 0));
        Assert.Equal("Amadou Keita", QuoteOf(doc, "start again").Speaker);
        const string army = "“We will hold the town,” Colonel Amadou Keita said.\n\nThe army said the shelling had stopped. “It will start again,” he said.";
        doc = RunWithPronoun(army, ("he said.", 0), ("Amadou Keita", EntityLabel.PER, 0, 0));
        Assert.Equal("Amadou Keita", QuoteOf(doc, "start again").Speaker);
    }

    [Fact]
    public void A_resident_reached_by_phone_speaks_and_so_does_he_after_it()
    {
        const string text = "“Families are eating animal feed,” agency director Paul Amoah said.\n\n"
            + "A resident reached by phone said food prices had tripled. “A sack of sorghum costs a month's salary,” he said.";
        var doc = RunWithPronoun(text, ("he said.", 0), ("Paul Amoah", EntityLabel.PER, 0, 0));
        Assert.Equal("A resident", QuoteOf(doc, "food prices").Speaker);
        Assert.Equal("A resident", QuoteOf(doc, "sack of sorghum").Speaker);
    }

    [Fact]
    public void A_pronoun_inside_the_subjects_apposition_is_not_the_subject()
    {
        const string text = "Yusuf Adan spoke first. A senior police officer, speaking on condition of anonymity because he was not authorised to brief the media, said the men had been moved.";
        var doc = RunWithPronoun(text, ("he was", 0), ("Yusuf Adan", EntityLabel.PER, 0, 0));
        Assert.Equal("A senior police officer", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void A_local_aid_worker_read_without_the_article_is_still_the_unnamed_speaker_he_stands_for()
    {
        const string text = "“They are lying,” rebel spokesman Idris Kamara said.\n\nA local aid worker, who asked not to be named, said four civilians were wounded. “The clinic has no bandages,” he said.";
        var doc = RunWithPronoun(text, ("he said.", 0), ("Idris Kamara", EntityLabel.PER, 0, 0));
        Assert.Equal("aid worker", QuoteOf(doc, "no bandages").Speaker);
    }

    [Fact]
    public void She_is_not_the_man_whose_quotes_came_before()
    {
        // coreference gave "she" to the woman named first; the man quoted last is "he", not her
        const string text = "Amina Yusuf said the clinic was overwhelmed. “They are lying,” Idris Kamara said. “We hold the villages,” he said.\n\n“The clinic has no bandages,” she said.";
        var doc = Run(text, ("Amina Yusuf", EntityLabel.PER, 0, 0), ("Idris Kamara", EntityLabel.PER, 1, 0), ("he", EntityLabel.PER, 1, 4), ("she", EntityLabel.PER, 0, 0));
        Assert.Equal("Idris Kamara", QuoteOf(doc, "We hold").Speaker);
        Assert.Equal("Amina Yusuf", QuoteOf(doc, "no bandages").Speaker);
    }

    [Fact]
    public void One_stray_he_does_not_make_a_woman_a_man()
    {
        // coreference gave "he" to Amina Yusuf once, "she" twice: she is still the woman quoted
        const string text = "“We are full,” Amina Yusuf said. She said families arrive daily. Later he left, and she stayed.\n\n“We need water,” she said.";
        var doc = Run(text, ("Amina Yusuf", EntityLabel.PER, 0, 0), ("She", EntityLabel.PER, 0, 0), ("he", EntityLabel.PER, 0, 1), ("she", EntityLabel.PER, 0, 0));
        Assert.Equal("Amina Yusuf", QuoteOf(doc, "need water").Speaker);
    }

    [Fact]
    public void A_family_name_that_comes_first_names_the_person_alone()
    {
        const string text = "Foreign Minister Zhou Ming met his counterpart in Hanoi on Thursday.\n\n“We are willing to manage differences properly,” Zhou said.";
        var doc = Run(text, ("Zhou Ming", EntityLabel.PER, 0, 0), ("Hanoi", EntityLabel.LOC, 1, 0));
        Assert.Equal("Zhou Ming", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void An_envoy_leading_talks_is_the_speaker_not_the_hostages()
    {
        const string text = "The envoy leading talks on the release of hostages said negotiations had made “significant progress”.";
        var doc = Run(text);
        Assert.Equal("The envoy", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void The_channel_a_statement_was_posted_on_is_not_the_group()
    {
        const string text = "An armed group claimed the bombing on Monday.\n\nIn a statement posted on its Telegram channel, the group said the attack was “revenge for our martyrs”.";
        var doc = Run(text, ("Telegram", EntityLabel.ORG, 0, 0));
        Assert.NotEqual("Telegram", QuoteOf(doc, "revenge").Speaker);
    }

    [Theory]
    [InlineData("According to a statement from the defence ministry, three soldiers were wounded.", "the defence ministry")]
    [InlineData("According to a joint statement by the two armies, the ceasefire takes effect at midnight.", "the two armies")]
    [InlineData("According to a Defence Ministry news release, the ceasefire takes effect at midnight.", "Defence Ministry")]
    public void According_to_a_statement_from_a_body_is_that_bodys_word(string text, string speaker)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
    }

    [Theory]
    [InlineData("A statement from the interior ministry said the suspects had been arrested. The statement said two of them were foreigners.", "the interior ministry")]
    [InlineData("In a statement on Monday, the army said it had retaken the town. The statement said 40 fighters were killed.", "the army")]
    [InlineData("The Foreign Ministry said in a statement that talks would resume. The statement said no date was set.", "The Foreign Ministry")]
    [InlineData("The two ministers discussed the border, according to a Defence Ministry news release. The release said they agreed to meet again.", "Defence Ministry")]
    public void The_statement_speaks_for_its_author(string text, string author)
    {
        var doc = Run(text);
        Assert.Equal(author, doc.Quotes.MaxBy(q => q.Span.Start)!.Speaker);
        // (a statement no sentence before names keeps its words)
        Assert.Equal("The statement", Assert.Single(Run("The statement said 40 fighters were killed.").Quotes).Speaker);
    }

    [Fact]
    public void Words_a_statement_accuses_someone_of_are_its_authors()
    {
        const string text = "The interior ministry said in a statement that the march was banned. The statement accused the organisers of “inciting violence”.";
        var q = QuoteOf(Run(text), "inciting violence");
        Assert.Equal("The interior ministry", q.Speaker);
        Assert.Equal("accused", q.Cue?.Of(text));
    }

    [Fact]
    public void A_headlines_accused_of_is_no_accusers_cue()
    {
        const string text = "Ruling party accused of “vote rigging”\n\nThe opposition accused the ruling party of attempted “vote rigging” in the referendum.";
        var doc = Run(text);
        Assert.All(doc.Quotes, q => Assert.Equal("The opposition", q.Speaker));
    }

    [Fact]
    public void A_past_participle_does_not_reach_past_a_clause_of_its_own()
    {
        // "claimed" is the conflict's, not the public's: no speaker, no quote
        Assert.Empty(Run("The trial has transfixed a public traumatized by a long conflict that has claimed nearly 40,000 lives.").Quotes);
    }

    [Fact]
    public void The_ministry_is_the_ministry_named_before()
    {
        const string text = "An air strike hit the main hospital, the Health Ministry said.\n\n“The strike destroyed the emergency ward,” the ministry said in a statement.";
        var doc = Run(text, ("Health Ministry", EntityLabel.ORG, 0, 0));
        Assert.Equal("Health Ministry", QuoteOf(doc, "emergency ward").Speaker);
    }

    [Theory]
    [InlineData("Ali Rezaei told a weekly news conference that the border would stay closed.")]
    [InlineData("Ali Rezaei told a regular press briefing in Tehran that the border would stay closed.")]
    public void What_a_spokesman_told_a_news_conference_is_the_clause_after_it(string text)
    {
        var q = Assert.Single(Run(text, ("Ali Rezaei", EntityLabel.PER, 0, 0)).Quotes);
        Assert.Equal("the border would stay closed", text[q.Span.Start..q.Span.End]);
    }

    [Fact]
    public void Words_a_source_says_someone_lamented_are_that_persons()
    {
        const string text = "One party source said Omar Tell lamented that “the walls are closing in on me”.";
        var doc = Run(text, ("Omar Tell", EntityLabel.PER, 0, 0));
        Assert.Equal("Omar Tell", QuoteOf(doc, "walls are closing").Speaker);
        // (lamenting a thing reports no words)
        Assert.Empty(Run("Omar Tell lamented the loss of his seat.", ("Omar Tell", EntityLabel.PER, 0, 0)).Quotes);
    }

    [Fact]
    public void A_cue_inside_the_speakers_relative_clause_is_not_the_quotes_cue()
    {
        const string text = "“The door is open,” the official, who asked not to be identified because the talks are confidential, told reporters.";
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal("the official", q.Speaker);
        Assert.Equal("told", q.Cue?.Of(text));
    }

    [Theory]
    [InlineData("Mali's foreign minister said on Tuesday that the government would not be bound by the deadline.\n\n"
        + "Foreign Minister Amadou Kelendo told reporters that the vote would be held when security allowed.")]
    [InlineData("The labour minister said on Tuesday that the government would not be bound by the deadline.\n\n"
        + "But the minister, Amadou Kelendo, added that the reform would not be withdrawn.")]
    [InlineData("The foreign minister said on Tuesday that the government would not be bound by the deadline.\n\n"
        + "“We have been patient,” said Amadou Kelendo, the foreign minister, after the meeting.")]
    public void A_ledes_title_is_the_person_a_later_paragraph_names_with_it(string text)
    {
        var doc = Run(text, ("Amadou Kelendo", EntityLabel.PER, 0, 0));
        var q = QuoteOf(doc, "would not be bound");
        Assert.Equal("Amadou Kelendo", q.Speaker);
        Assert.Equal(0, q.SpeakerCluster);
    }

    [Theory]
    // another office, another body: the title stays as written
    [InlineData("The foreign minister said on Tuesday that the government would not be bound by the deadline.\n\n"
        + "Deputy Foreign Minister Amadou Kelendo told reporters that the vote would be held later.", "The foreign minister")]
    [InlineData("The army spokesman said on Tuesday that the town had been retaken.\n\n"
        + "Police spokesman Amadou Kelendo told reporters that the roads were closed.", "The army spokesman")]
    public void A_ledes_title_is_not_a_later_name_with_another_office(string text, string speaker)
    {
        var doc = Run(text, ("Amadou Kelendo", EntityLabel.PER, 0, 0));
        Assert.Equal(speaker, QuoteOf(doc, text.Contains("retaken") ? "had been retaken" : "would not be bound").Speaker);
    }

    [Fact]
    public void The_witness_is_the_witness_named_before()
    {
        const string text = "Another witness, Issa Kabore, said the gunmen had set fire to the granaries.\n\n“We ran to the river,” the witness said.";
        var doc = Run(text, ("Issa Kabore", EntityLabel.PER, 0, 0));
        Assert.Equal("Issa Kabore", QuoteOf(doc, "We ran to the river").Speaker);
    }

    [Fact]
    public void She_opening_the_paragraph_after_an_unnamed_nurse_is_the_nurse()
    {
        const string text = "“We have no more beds,” said Dr Leila Haddad, the hospital's director.\n\n"
            + "A nurse, who asked not to be named for fear of reprisals, said at least 30 bodies had been brought in.\n\n"
            + "“I have never seen anything like this,” she said.";
        var doc = RunWithPronoun(text, ("she said.", 0), ("Leila Haddad", EntityLabel.PER, 0, 0));
        Assert.Equal("A nurse", QuoteOf(doc, "never seen anything").Speaker);
    }

    [Theory]
    [InlineData("The army said it had repelled an attack on a base near the border.\n\n“Our units responded with vigour,” the statement read.", "Our units", "The army")]
    [InlineData("The army said it had repelled an attack on a base near the border.\n\n“Our units responded with vigour,” the communique said.", "Our units", "The army")]
    [InlineData("“Our units responded with vigour,” read the statement from the defence ministry.", "Our units", "the defence ministry")]
    public void A_statement_that_reads_or_says_speaks_for_who_reported_just_before(string text, string words, string speaker)
    {
        var q = QuoteOf(Run(text), words);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void A_statement_named_paragraphs_before_is_still_the_statement_meant()
    {
        const string text = "The shipping company said in a statement that its vessel had been seized without notice.\n\n"
            + "The navy said the ship had entered territorial waters.\n\nOmar Tell called the seizure “piracy”.\n\n"
            + "“We are working to free our crew,” the statement said.";
        var doc = Run(text, ("Omar Tell", EntityLabel.PER, 0, 0));
        Assert.Equal("The shipping company", QuoteOf(doc, "free our crew").Speaker);
    }

    [Fact]
    public void The_statement_after_a_witness_is_nobody_it_names()
    {
        // (a witness issues no statement: "the statement" stays as written)
        const string text = "A resident said the shelling had stopped.\n\n“Calm has returned,” the statement said.";
        Assert.Equal("the statement", QuoteOf(Run(text), "Calm has returned").Speaker);
    }

    [Theory]
    [InlineData("The UN mission in Libya welcomed the truce. It said in a statement that “all parties must protect civilians”.", "all parties", "The UN mission")]
    [InlineData("The African Union welcomed the truce. It said the talks would resume on Monday.", "talks would resume", "African Union")]
    public void It_after_a_sentence_a_body_opens_is_that_body(string text, string words, string speaker)
    {
        var doc = text.Contains("African Union", StringComparison.Ordinal) ? Run(text, ("African Union", EntityLabel.ORG, 0, 0)) : Run(text);
        Assert.Equal(speaker, QuoteOf(doc, words).Speaker);
    }

    [Fact]
    public void A_quote_paragraph_left_open_is_the_speaker_named_where_it_runs_on()
    {
        const string text = "“The shelling started at dawn,” said Aminata Kone, a teacher.\n\n“We ran to the river and waited there for hours.\n\n"
            + "“Nobody came to help us,” said Moussa Sangare, a farmer.";
        var doc = Run(text, ("Aminata Kone", EntityLabel.PER, 0, 0), ("Moussa Sangare", EntityLabel.PER, 1, 0));
        Assert.Equal("Moussa Sangare", QuoteOf(doc, "We ran to the river").Speaker);
        Assert.Equal("Aminata Kone", QuoteOf(doc, "shelling started").Speaker);
    }

    [Fact]
    public void A_quote_left_open_after_a_quote_in_its_own_paragraph_continues_that_speaker()
    {
        // (the open quote does not open its paragraph: the speaker before it goes on)
        const string text = "“The shelling started at dawn,” said Aminata Kone. “We ran to the river.\n\n“Nobody came to help us,” said Moussa Sangare, a farmer.";
        var doc = Run(text, ("Aminata Kone", EntityLabel.PER, 0, 0), ("Moussa Sangare", EntityLabel.PER, 1, 0));
        Assert.Equal("Aminata Kone", QuoteOf(doc, "We ran to the river").Speaker);
    }

    [Theory]
    [InlineData("Troops withdrew from the town on Sunday, a security analyst said.", "a security analyst")]
    [InlineData("Police detained the activist at the airport, her brother told reporters.", "her brother")]
    [InlineData("Families are arriving with nothing, a camp coordinator said.", "a camp coordinator")]
    [InlineData("Two bodies were pulled from the rubble overnight, a volunteer told reporters.", "a volunteer")]
    [InlineData("The clinic ran out of fuel on Tuesday, a midwife said.", "a midwife")]
    [InlineData("Gunmen came to the village after dark, a village elder said.", "a village elder")]
    public void A_profession_or_kin_the_role_lexicon_lacks_speaks(string text, string speaker)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
    }

    [Fact]
    public void Her_lawyer_is_the_lawyer_a_later_paragraph_names()
    {
        const string text = "Police detained Leyla Aliyeva at the airport late on Sunday, her lawyer said.\n\n"
            + "“They took her passport,” the lawyer, Rauf Guliyev, told reporters.";
        var doc = Run(text, ("Leyla Aliyeva", EntityLabel.PER, 0, 0), ("Rauf Guliyev", EntityLabel.PER, 1, 0));
        Assert.Equal("Rauf Guliyev", QuoteOf(doc, "Police detained").Speaker);
    }

    [Theory]
    [InlineData("The Treasury has not said when the new sanctions would take effect.")]
    [InlineData("Officials did not say whether the talks would resume.")]
    [InlineData("The army wouldn't say how many soldiers were killed.")]
    public void What_was_not_said_is_no_report(string text) => Assert.Empty(Run(text).Quotes);

    [Fact]
    public void A_report_after_what_was_not_said_is_still_one()
    {
        var q = Assert.Single(Run("The army did not say how many soldiers were killed, but officials said the toll was rising.").Quotes);
        Assert.Equal("officials", q.Speaker);
    }

    [Fact]
    public void The_group_is_the_body_that_spoke_just_before_when_no_organisation_is_named()
    {
        const string text = "A rebel alliance said on Wednesday its fighters had captured the border town.\n\n“The town is under our control,” the group said in a statement.";
        Assert.Equal("A rebel alliance", QuoteOf(Run(text), "under our control").Speaker);
    }

    [Theory]
    [InlineData("The minister returned on Friday, telling reporters that he would run for president.", "The minister", "he would run for president")]
    [InlineData("The company told its sales teams and investors that the plant would close in June.", "The company", "the plant would close in June")]
    public void Told_or_telling_a_hearer_reports_the_clause_after_that(string text, string speaker, string words)
    {
        var q = Assert.Single(Run(text).Quotes);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(words, q.Span.Of(text).TrimEnd('.'));
    }

    [Theory]
    [InlineData("A Hamas official said the group was ready for a ceasefire.", "Hamas", "A Hamas official")]
    [InlineData("An RSF adviser, who asked not to be named, said the group was ready for a ceasefire.", "RSF", "An RSF adviser")]
    [InlineData("A Defence Ministry spokesman said the group was ready for a ceasefire.", "Defence Ministry", "A Defence Ministry spokesman")]
    public void A_body_named_between_the_article_and_the_title_stays_in_the_description(string text, string body, string speaker)
    {
        var q = Assert.Single(Run(text, (body, EntityLabel.ORG, 0, 0)).Quotes);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("“They came on motorbikes,” said a village chief, who asked not to be named.\n\nThe chief said the survivors had fled to the town.", "survivors had fled", "a village chief")]
    [InlineData("A government spokesman said the talks were going well.\n\n“We will not rest,” the spokesman said.", "We will not rest", "A government spokesman")]
    public void The_title_of_an_unnamed_person_brought_in_before_is_that_person(string text, string words, string speaker) =>
        Assert.Equal(speaker, QuoteOf(Run(text), words).Speaker);

    [Fact]
    public void The_company_is_not_an_apposition_that_described_it()
    {
        const string text = "Norland Steel, a steel tube company, said it was exploring a sale. The company said no decision had been made.";
        var doc = Run(text, ("Norland Steel", EntityLabel.ORG, 0, 0));
        Assert.NotEqual("a steel tube company", QuoteOf(doc, "no decision").Speaker);
    }

    [Theory]
    [InlineData("The channel has reported from the besieged city since April.")]
    [InlineData("Few journalists who have reported from the region returned safely.")]
    public void Reporting_from_a_place_is_no_report(string text) => Assert.Empty(Run(text).Quotes);

    [Fact]
    public void A_deed_reported_according_to_a_source_is_the_sources_report()
    {
        var q = Assert.Single(Run("Negotiators reported progress in the talks, according to two officials briefed on the discussions.").Quotes);
        Assert.Equal("two officials", q.Speaker);
        // ("said" with a clause stays the sayer's, whatever source the sentence ends with)
        var said = Assert.Single(Run("The minister said the army held the town, according to a government statement.").Quotes);
        Assert.Equal("The minister", said.Speaker);
    }

    [Fact]
    public void He_after_a_surname_opening_the_sentence_before_is_that_person_not_the_woman_quoted_earlier()
    {
        // (coreference gave "his" and "he" to the woman named last; the surname the tagger missed opens the sentence before)
        const string text = "The federation sacked head coach Luis Moreno on Tuesday.\n\n“Results were not good enough,” federation president Anita Rossi said.\n\n"
            + "Moreno, speaking to reporters outside his home, said he was disappointed. “I gave everything for this team,” he said.";
        var doc = RunWithPronoun(text, ("he said.", 1), ("Luis Moreno", EntityLabel.PER, 0, 0), ("Anita Rossi", EntityLabel.PER, 1, 0));
        Assert.Equal("Luis Moreno", QuoteOf(doc, "I gave everything").Speaker);
    }

    [Theory]
    [InlineData("Kazem Rahimi was quoted by state media as saying that Tehran would not negotiate under threat.", "Kazem Rahimi", "Tehran would not negotiate under threat")]
    [InlineData("The Daily Courier quoted a police officer as saying that the suspects had fled.", "a police officer", "the suspects had fled")]
    public void Quoted_as_saying_reports_what_the_one_quoted_said(string text, string speaker, string words)
    {
        var doc = text.Contains("Kazem", StringComparison.Ordinal) ? Run(text, ("Kazem Rahimi", EntityLabel.PER, 0, 0)) : Run(text);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(words, q.Span.Of(text).TrimEnd('.'));
    }

    [Fact]
    public void By_after_quoted_as_saying_names_who_quoted()
    {
        const string text = "“Pressure will not work,” Kazem Rahimi was quoted as saying by the state news agency.";
        var q = Assert.Single(Run(text, ("Kazem Rahimi", EntityLabel.PER, 0, 0)).Quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void A_chant_after_a_comma_is_the_subjects_and_nobodys_without_one()
    {
        const string text = "Thousands of protesters defied the curfew on Saturday night, chanting “the people want the fall of the regime”.";
        Assert.Equal("Thousands of protesters", QuoteOf(Run(text), "the people want").Speaker);
        // (the square is no chanter)
        const string square = "Hundreds of children marched around Freedom Square chanting “We want peace!”";
        Assert.NotEqual("Freedom Square", QuoteOf(Run(square, ("Freedom Square", EntityLabel.LOC, 0, 0)), "We want peace").Speaker);
    }

    [Fact]
    public void An_owner_named_in_several_words_stays_whole_before_its_spokesman()
    {
        const string text = "The World Health Organization's spokesman said the outbreak was contained.";
        var q = Assert.Single(Run(text, ("World Health Organization", EntityLabel.ORG, 0, 0)).Quotes);
        Assert.Equal("The World Health Organization's spokesman", q.Speaker);
    }
}
