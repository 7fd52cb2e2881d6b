using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The fifth precision round on unlabelled news: invented sentences for each general rule (events our default reading
/// coded between parties the text does not set against or beside each other). Skipped when the models are absent.
/// </summary>
public sealed class OneSidePrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    /// <summary>Bill Clinton is a US leader of no office on an undated page in the Phoenix actor dictionary (USAELI).</summary>
    [Fact]
    public void One_countrys_leaders_agreeing_together_are_no_dyad()
    {
        if (!EventCoderTests.Dictionaries || Code("Bill Clinton and the US secretary of state agreed that the embargo would stay.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "050");
    }

    [Fact]
    public void Two_countries_leaders_agreeing_together_still_agree_with_each_other()
    {
        if (Code("The Kenyan president and the Ugandan president agreed that the border would reopen.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code == "050" && e.Target.StartsWith("UGA", StringComparison.Ordinal));
    }

    [Fact]
    public void Relatives_named_by_their_town_are_its_people_not_its_state()
    {
        if (Code("Government lawyers moved to dismiss the Boston relatives' lawsuit.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target == "USA");
        Assert.Contains(events, e => e.Code == "120" && e.Target == "USACVL");
    }

    [Theory]
    [InlineData("The opposition leader called the Kenyan government's lawsuit “political persecution.”")]
    [InlineData("The opposition leader rejected the charges and called the Kenyan government's case political persecution.")]
    public void Calling_a_thing_by_a_name_rings_no_one(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "041");
    }

    [Fact]
    public void Calling_a_leader_last_week_is_still_a_call()
    {
        if (Code("The Kenyan president called the Ugandan president last week.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code == "041" && e.Target == "UGAGOV");
    }

    [Fact]
    public void Calling_someone_on_a_day_calls_on_no_one()
    {
        if (Code("The Kenyan president called his Ugandan counterpart on Tuesday.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("02", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source == "KENGOV" && e.Code == "041");
        if (Code("The Kenyan president called on Uganda on Tuesday to release the prisoners.") is not { } appealed) return;
        Assert.Contains(appealed, e => e.Source == "KENGOV" && e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kenyan government controls all aspects of its citizens' lives.")]
    [InlineData("The Nairobi command, which controls all Kenyan security forces, was set up in 2007.")]
    [InlineData("The Kenyan president controls the army.")]
    public void Running_ones_own_countrys_forces_or_people_is_no_cooperation(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code == "060");
    }

    [Fact]
    public void A_deed_one_works_towards_is_an_aim_not_done()
    {
        if (Code("Kenya and Uganda are working toward ending the war with the rebels.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("087", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Speaking in Jerusalem, the Israeli minister said Assad had killed tens of thousands of his own citizens.")]
    [InlineData("Speaking in Jerusalem, the Israeli minister said Assad had killed dozens of his own citizens.")]
    public void People_an_amount_of_the_doers_own_counts_are_the_doers_people(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target == "ISRCVL");
        Assert.Contains(events, e => e.Source.StartsWith("SYR", StringComparison.Ordinal) && e.Target == "SYRCVL");
    }

    [Theory]
    [InlineData("French is the language of choice when dealing with businesses and the government.")]
    [InlineData("In Quebec, French is the language of choice when dealing with businesses and officials.")]
    public void A_language_said_to_be_one_is_no_party_of_its_country(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "FRA");
    }

    [Theory]
    [InlineData("Uganda needs an honest president and a stronger parliament.")]
    [InlineData("The opposition wants a new president.")]
    public void A_party_wanted_or_needed_is_asked_nothing(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void An_act_wanted_of_a_party_is_still_asked_of_it()
    {
        if (Code("Kenya wants Uganda to withdraw its troops.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && e.Target == "UGA" && e.Code.StartsWith("02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The opposition says the president will damage Kenya's image abroad.")]
    [InlineData("Nairobi is inhabited by about four million people.")]
    public void Harm_to_an_image_and_a_town_lived_in_are_no_force(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("18", StringComparison.Ordinal) || e.Code.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void Damage_done_to_a_building_is_still_force()
    {
        if (Code("Kenyan troops damaged the Ugandan embassy.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KENMIL" && e.Code == "180");
    }

    [Theory]
    [InlineData("Kenyan officials are planning their response to the refugee crisis in Somalia.")]
    [InlineData("The Kenyan government was keen to beef up military preparedness.")]
    public void A_role_word_naming_a_state_of_things_is_no_party(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.Empty(events);
    }

    [Fact]
    public void A_passive_conjunct_of_an_active_verb_is_not_done_by_its_subject()
    {
        if (Code("The Taliban has not commented on the attack, which came days after a girl was shot in Kabul.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source.StartsWith("AFG", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kenyan court has given the Ugandan refugees until Tuesday to leave the camp.")]
    [InlineData("Kenya gave Uganda until Friday to withdraw its troops.")]
    [InlineData("The Kenyan court has given the Ugandan refugees until 9 a.m. Tuesday to leave the camp.")]
    public void Giving_a_party_until_a_day_to_act_is_an_ultimatum_not_cooperation(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("06", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Code == "139");
    }

    [Fact]
    public void A_countrys_turmoil_does_nothing_as_that_country()
    {
        if (Code("Kenya's political turmoil has helped the Ugandan opposition.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "KEN");
        if (Code("Kenya helped the Ugandan opposition.") is not { } helped) return;
        Assert.Contains(helped, e => e.Source == "KEN" && e.Target == "UGAOPP");
    }

    [Theory]
    [InlineData("The Kenyan minister launched a verbal attack on the Ugandan president.")]
    [InlineData("The Kenyan opposition leader launched a scathing attack on the Ugandan government.")]
    public void An_attack_in_words_is_criticism_not_force(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Code == "111" && e.Target == "UGAGOV");
    }
}
