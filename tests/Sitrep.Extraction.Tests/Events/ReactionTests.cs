using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Reactions that close conflict reports (condemnations, claims of responsibility, appeals) name the deed again
/// ("the attack", "the shelling"): the deed is the one the article told shortly before (invented articles; skipped when
/// the models are absent).
/// </summary>
public sealed class ReactionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    private static bool Criticises(Event e) => e.Code.StartsWith("11", StringComparison.Ordinal) || e.Code.StartsWith("12", StringComparison.Ordinal);

    [Theory]
    [InlineData("the attack")]
    [InlineData("this attack")]
    [InlineData("the shelling")]
    [InlineData("the bombardment of the camp")]
    public void Force_named_again_is_held_against_its_doer(string deed)
    {
        if (Code($"Kenyan troops shelled a refugee camp near Dadaab on Monday, killing four people, officials said.\n\nThe camp had been hit before.\n\nUganda condemned {deed}.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGA" && Criticises(e) && e.Target == "KENMIL");
    }

    [Fact]
    public void Force_named_by_its_day_is_the_one_told_before()
    {
        if (Code("Kenyan troops shelled a refugee camp near Dadaab on Monday.\n\nUganda condemned Monday's attack.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "UGA" && Criticises(e) && e.Target == "KENMIL");
    }

    [Theory]
    [InlineData("Uganda condemned any attack on refugees.")]
    [InlineData("Uganda condemned attacks in general.")]
    [InlineData("Uganda condemned an attack on a school in Somalia.")]
    public void Force_that_is_not_the_one_told_before_is_no_ones(string reaction)
    {
        if (Code($"Kenyan troops shelled a refugee camp near Dadaab on Monday.\n\n{reaction}") is not { } events) return;
        Assert.DoesNotContain(events, e => Criticises(e) && e.Target == "KENMIL");
    }

    [Fact]
    public void Force_of_several_doers_leaves_the_deed_unowned()
    {
        if (Code("Kenyan troops shelled the camp on Monday, while Ugandan soldiers attacked the town.\n\nTanzania condemned the attack.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "TZA" && Criticises(e));
    }

    [Fact]
    public void Force_told_long_before_is_not_the_one_named_again()
    {
        if (Code("Kenyan troops shelled a refugee camp near Dadaab on Monday.\n\nThe camp houses 200,000 people.\n\nAid groups said food was short.\n\n"
                 + "The rains came late this year.\n\nMany families have left.\n\nUganda condemned the attack.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "UGA" && Criticises(e) && e.Target == "KENMIL");
    }

    [Fact]
    public void Force_named_again_in_its_own_words_may_be_told_further_back()
    {
        if (Code("Ugandan rebels killed 12 villagers near Beni on Monday, officials said.\n\nThe attackers burned homes.\n\nAid groups said food was short.\n\n"
                 + "The rains came late this year.\n\nMany families have left.\n\nKenya condemned the killings.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && Criticises(e) && e.Target == "UGAREB");
    }

    [Fact]
    public void Weapons_brought_down_are_the_launchers_not_armed_men()
    {
        if (Code("Uganda launched 40 drones at Kenya overnight, officials said.\n\nKenya's air force said it shot down 31 of the drones.") is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith("KEN", StringComparison.Ordinal) && e.Target == "UGA" && e.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Source.StartsWith("KEN", StringComparison.Ordinal) && e.Target == "---MIL");
    }

    [Fact]
    public void A_deed_of_a_kind_is_the_last_force_of_that_kind()
    {
        if (Code("Ethiopian soldiers ambushed a Kenyan army convoy near Moyale on Thursday.\n\nIn a separate incident, Ugandan troops bombed rebel positions in Congo.\n\n"
                 + "Kenya condemned the ambush.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "KEN" && Criticises(e) && e.Target == "UGAMIL");
        Assert.Contains(events, e => e.Source == "KEN" && Criticises(e) && e.Target == "ETHMIL");
    }

    [Fact]
    public void A_deed_named_in_the_words_of_one_told_is_that_one_not_the_reprisal_after_it()
    {
        if (Code("Ethiopian soldiers attacked Kenyan army posts near Moyale on Sunday, Kenya's defence ministry said.\n\n"
                 + "Ethiopia said Kenyan troops had shelled its positions first.\n\nUganda condemned the attack.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Source == "UGA" && Criticises(e) && e.Target == "KENMIL");
        Assert.Contains(events, e => e.Source == "UGA" && Criticises(e) && e.Target == "ETHMIL");
    }

    [Fact]
    public void A_word_for_the_means_names_no_doer()
    {
        if (Code("Kenyan jets bombed an al-Shabaab training camp near Kismayo on Monday.\n\nTanzania condemned the air strike.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "TZA" && Criticises(e) && e.Target == "KENMIL");
    }

    [Fact]
    public void A_massacre_named_again_is_force_that_killed()
    {
        if (Code("Ugandan soldiers opened fire on a bus near the border on Saturday, killing eight passengers.\n\nKenya condemned the massacre.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && Criticises(e) && e.Target == "UGAMIL");
    }

    [Fact]
    public void Killings_named_again_are_held_against_the_killers()
    {
        if (Code("Ugandan soldiers killed nine villagers near the border on Friday.\n\nKenya condemned the killings.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "KEN" && Criticises(e) && e.Target == "UGAMIL");
    }

    [Theory]
    [InlineData("Al-Shabaab claimed responsibility for the attack.")]
    [InlineData("Al-Shabaab claimed responsibility for the attack in a video released on Sunday.")]
    public void A_claim_for_force_named_again_is_about_whom_it_struck(string claim)
    {
        if (Code($"Gunmen attacked a Kenyan police station near the Somali border on Saturday, killing six officers.\n\n{claim}") is not { } events) return;
        Assert.Contains(events, e => e.Code == "015" && e.Target == "KENCOP");
    }

    [Theory]
    [InlineData("Al-Shabaab denied responsibility for the attack.")]
    [InlineData("Al-Shabaab denied any involvement in the attack.")]
    public void A_denial_of_force_named_again_is_about_whom_it_struck(string reaction)
    {
        if (Code($"Gunmen attacked a Kenyan police station near the Somali border on Saturday, killing six officers.\n\n{reaction}") is not { } events) return;
        Assert.Contains(events, e => e.Code == "016" && e.Target == "KENCOP");
    }

    [Fact]
    public void A_victim_of_no_country_goes_with_the_party_its_sentence_names()
    {
        if (Code("Eritrean troops raided an Ethiopian border post near Badme on Thursday, killing three soldiers.\n\nEritrea denied responsibility for the attack.") is not { } events) return;
        Assert.Contains(events, e => e.Code == "016" && e.Target == "ETH");
    }

    [Fact]
    public void Force_named_again_that_one_denies_is_denied_against_whom_it_struck()
    {
        if (Code("Kenyan jets bombed an al-Shabaab training camp near Kismayo on Monday.\n\nNairobi denied carrying out the strike.") is not { } events) return;
        Assert.Contains(events, e => e.Source.StartsWith("KEN", StringComparison.Ordinal) && e.Target == "SOMREB" && e.Modality == Modality.Denied && e.Negated);
    }

    [Theory]
    [InlineData("Al-Shabaab vowed to retaliate for the attack.")]
    [InlineData("Al-Shabaab vowed to avenge the attack.")]
    public void A_reprisal_for_force_named_again_is_aimed_at_its_doer(string reaction)
    {
        if (Code($"Kenyan jets bombed an al-Shabaab training camp near Kismayo on Monday.\n\n{reaction}") is not { } events) return;
        Assert.Contains(events, e => e.Code.StartsWith("13", StringComparison.Ordinal) && e.Target == "KENMIL");
    }

    [Fact]
    public void A_reprisal_for_force_its_doer_names_is_aimed_at_that_doer()
    {
        if (Code("Al-Shabaab vowed to retaliate for the Kenyan air strike.") is not { } events) return;
        Assert.Contains(events, e => e.Code.StartsWith("13", StringComparison.Ordinal) && e.Target.StartsWith("KEN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reprisal_for_any_force_is_aimed_at_no_one()
    {
        if (Code("Kenyan jets bombed an al-Shabaab training camp near Kismayo on Monday.\n\nAl-Shabaab vowed to retaliate for any attack.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("13", StringComparison.Ordinal) && e.Target == "KENMIL");
    }

    [Theory]
    [InlineData("Tanzania urged Kenya to halt the bombing of civilian areas in Somalia.")]
    [InlineData("Tanzania called for an end to the bombing of civilian areas in Somalia.")]
    public void Force_an_appeal_asks_to_stop_is_not_reported(string sentence)
    {
        if (Code(sentence) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
    }
}
