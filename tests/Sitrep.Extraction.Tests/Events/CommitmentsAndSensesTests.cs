using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The eighth precision round on unlabelled news (issue #6): invented sentences for each general rule. Commitments,
/// invitations, plans and threats read as done; statements coded by what they are about; stative or idiomatic senses
/// of the dictionary's verbs; firms' sales read as military aid. Skipped when the models or the PETRARCH verb
/// dictionary are absent (most of the old readings came from its patterns).
/// </summary>
public sealed class CommitmentsAndSensesTests
{
    private static bool Dictionaries => EventCoderTests.Dictionaries;

    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    [Theory]
    [InlineData("The Kenyan president said he will begin withdrawing troops from Ugandan territory and release Ugandan prisoners.")]
    [InlineData("The Kenyan president promised to withdraw from Ugandan territory and release Ugandan prisoners.")]
    public void A_conjunct_with_no_subject_or_auxiliary_shares_the_first_verbs_mood(string sentence)
    {
        if (!Dictionaries || Code(sentence) is not { } events) return;
        var releases = events.Where(e => e.Code.StartsWith("084", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(releases);
        Assert.All(releases, e => Assert.Equal(Modality.Future, e.Modality));
    }

    [Fact]
    public void A_conjunct_of_a_future_verb_is_future_and_one_of_a_past_verb_stays_done()
    {
        if (!Dictionaries || Code("Kenya will meet Uganda and sign a trade agreement with Tanzania.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "TZA");
        Assert.All(events, e => Assert.Equal(Modality.Future, e.Modality));
        if (Code("Kenyan troops attacked the town and killed two Ugandan soldiers.") is not { } done) return;
        Assert.Contains(done, e => e.Code.StartsWith("19", StringComparison.Ordinal) && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_participle_after_a_verb_to_come_is_to_come_and_after_a_done_one_is_done()
    {
        if (!Dictionaries || Code("The Kenyan president will visit Uganda next year, backing Uganda's bid for a seat on the council.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "051");
        Assert.All(events, e => Assert.Equal(Modality.Future, e.Modality));
        if (Code("Kenyan troops attacked the town, killing three Ugandan soldiers.") is not { } done) return;
        Assert.Contains(done, e => e.Code.StartsWith("19", StringComparison.Ordinal) && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void Conjuncts_under_one_negated_auxiliary_are_all_negated()
    {
        if (!Dictionaries || Code("The Kenyan president did not invade Uganda, threaten Tanzania or kill his own people.") is not { } events) return;
        Assert.Contains(events, e => e.Target == "TZA");
        Assert.All(events, e => Assert.True(e.Negated));
        // (not after "but": "did not attack Uganda but threatened Tanzania" did threaten)
        if (Code("Kenya did not attack Uganda but threatened Tanzania.") is not { } but) return;
        Assert.Contains(but, e => e.Target == "TZA" && !e.Negated);
    }

    [Theory]
    [InlineData("Kenya invited the Ugandan president to visit Nairobi.")]
    [InlineData("The Ugandan president was invited to visit Nairobi.")]
    public void What_one_is_invited_to_do_is_not_done_yet(string sentence)
    {
        if (!Dictionaries || Code(sentence) is not { } events) return;
        var visits = events.Where(e => e.Code.StartsWith("042", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(visits);
        Assert.All(visits, e => Assert.Equal(Modality.Hypothetical, e.Modality));
    }

    [Theory]
    [InlineData("Sanctions will remain until Uganda pays compensation to Kenya.")]
    [InlineData("The Kenyan president will meet the families when he travels to Uganda.")]
    public void A_time_clause_of_what_is_to_come_is_to_come(string sentence)
    {
        if (!Dictionaries || Code(sentence) is not { } events) return;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Modality.Future, e.Modality));
    }

    [Fact]
    public void The_purpose_of_a_planned_act_is_planned()
    {
        if (!Dictionaries || Code("Pentagon sources said the Kenyan government plans to deploy 4,000 troops to the region to back up the Ugandan army.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Modality == Modality.Asserted);
    }

    [Fact]
    public void Force_threatened_as_a_nouns_of_phrase_is_a_threat_and_force_risked_may_come()
    {
        if (!Dictionaries || Code("She referred to the threat of Ugandan air strikes against Kenya if it does not agree to the deployment.") is not { } threatened) return;
        Assert.DoesNotContain(threatened, e => e.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Contains(threatened, e => e.Code.StartsWith("13", StringComparison.Ordinal) && e.Modality == Modality.Threatened);
        if (Code("The risk of a Ugandan attack on Kenya is growing.") is not { } risked) return;
        Assert.All(risked, e => Assert.Equal(Modality.Hypothetical, e.Modality));
    }

    [Fact]
    public void A_conjunct_whose_own_phrase_follows_is_a_gapped_subject_not_a_second_place()
    {
        if (!Dictionaries || Code("Kenya said it would leave Somalia if Ethiopia withdraws from Eritrea and Uganda from Sudan.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "ETH" && e.Target == "ERI");
        Assert.DoesNotContain(events, e => e.Source == "ETH" && e.Target == "UGA");
        // (coordinated places with no phrase of their own stay both)
        if (Code("Uganda withdrew its troops from Somalia and Sudan.") is not { } both) return;
        Assert.Contains(both, e => e.Target == "SDN");
    }

    [Fact]
    public void Letting_a_party_in_admits_no_deed()
    {
        if (!Dictionaries || Code("Kenya has decided to admit Uganda and Tanzania to the trade bloc in March.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "015");
    }

    [Fact]
    public void Papers_of_accession_signed_together_are_no_deal_between_the_signers()
    {
        if (!Dictionaries || Code("The presidents of Kenya and Uganda have signed papers of accession to become members of the union.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "KENGOV" && e.Target == "UGAGOV");
        // (an agreement they sign is still one between them)
        if (Code("The presidents of Kenya and Uganda signed a trade agreement.") is not { } agreed) return;
        Assert.Contains(agreed, e => e.Source == "KENGOV" && e.Target == "UGAGOV");
    }

    [Theory]
    [InlineData("The Kenyan foreign minister has commented on the delivery of aid to civilians in Uganda.")]
    [InlineData("It is a term the Kenyan government often uses to describe Uganda's exiles.")]
    [InlineData("The Kenyan ministry announced the death of a Ugandan soldier.")]
    public void What_is_described_announced_or_commented_on_is_no_one_the_statement_is_made_to(string sentence)
    {
        if (!Dictionaries || Code(sentence) is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void Aid_announced_is_still_coded()
    {
        if (!Dictionaries || Code("The Kenyan government announced aid to Uganda.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Target == "UGA" && e.Code.StartsWith("033", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kenyan airline expects to receive six new Boeing airplanes during the year.")]
    [InlineData("The Air Force tapped a European company to provide a tanker to the American military.")]
    public void What_a_firm_supplies_is_a_sale_not_military_aid(string sentence)
    {
        if (!Dictionaries || Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "072");
    }

    [Fact]
    public void Backing_by_armed_personnel_is_no_endorsement()
    {
        if (!Dictionaries || Code("Haitian police officers, backed by Kenyan personnel of the security mission, raided the gang's base on Tuesday.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "KEN" && e.Code.StartsWith("05", StringComparison.Ordinal));
        // (a state's backing still is)
        if (Code("The rebels were backed by Uganda.") is not { } backed) return;
        Assert.Contains(backed, e => e.Source == "UGA" && e.Code == "051");
    }

    [Theory]
    [InlineData("The Kenyan army has maintained its positions against the Ugandan rebels.")]
    [InlineData("The Kenyan police have provoked widespread violence in Uganda.")]
    [InlineData("Kenya does not guarantee the rule of law to Ugandans living in Kenya.")]
    [InlineData("Kenyan officials who monitor Ugandan affairs said the talks had stalled.")]
    [InlineData("The Kenyan army now claims full control of the Ugandan border town.")]
    [InlineData("Kenyan authorities cleared the Ugandan takeover of Safaricom.")]
    [InlineData("A Kenyan consultant said his firm will recommend acquisitions of Ugandan companies to foreign clients.")]
    [InlineData("All week, elected officials in Nairobi and Mombasa have issued statement of support for Uganda's refugees, even Vice President Musyoka, breaking from his own administration's stand.")]
    public void Stative_and_idiomatic_senses_of_dictionary_verbs_are_no_events(string sentence)
    {
        if (!Dictionaries || Code(sentence) is not { } events) return;
        Assert.Empty(events);
    }
}
