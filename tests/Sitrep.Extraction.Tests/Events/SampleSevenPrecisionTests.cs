using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The seventh random sample of the audit corpora's events (issue #6, helper E8, seed 190): invented sentences for each
/// general rule (history told on from a dated sentence, a material named by a participle, groups named "Army" that are
/// no army). Skipped when the models are absent.
/// </summary>
public sealed class SampleSevenPrecisionTests
{
    private static List<Event>? Code(string text) => EventCoderTests.Code(text);

    private static List<Event>? Published(string text)
    {
        if (EventCoderTests.Pipeline.Value is not { } p) { Console.WriteLine("syntax models absent; skipped"); return null; }
        return p.Run(new ArticleDocument(text) { Published = new DateOnly(2024, 3, 8) }).Events.ToList();
    }

    [Fact]
    public void History_told_on_from_a_dated_sentence_is_of_that_year()
    {
        if (Published("Iraqi troops invaded Kuwait on August 2, 1990. Iraqi soldiers attacked Kuwaiti police in the capital.") is not { } events) return;
        Assert.Contains(events, e => e.Target == "KWTCOP" && e.When == "1990");
    }

    [Theory]
    [InlineData("Iraqi troops invaded Kuwait on August 2, 1990. Iraqi soldiers have attacked Kuwaiti police in the capital.")]
    [InlineData("Iraqi troops invaded Kuwait on August 2, 1990. Iraqi soldiers attack Kuwaiti police in the capital.")]
    [InlineData("Iraqi troops have been in Kuwait since 1990. Iraqi soldiers attacked Kuwaiti police in the capital.")]
    [InlineData("Iraqi troops invaded Kuwait on August 2, 1990. On Tuesday Iraqi soldiers attacked Kuwaiti police in the capital.")]
    [InlineData("Iraqi troops massed on the border of Kuwait last year. Iraqi soldiers attacked Kuwaiti police in the capital.")]
    public void Present_perfect_or_dated_events_starts_and_unwritten_years_carry_no_earlier_year(string text)
    {
        if (Published(text) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Target == "KWTCOP" && e.When is { } w && (w.StartsWith("1990", StringComparison.Ordinal) || w == "2023"));
    }

    [Theory]
    [InlineData("Officers detained three men at the bomb workshop, which also held wiring, detonating cord and the Mitsubishi van that would have carried the bomb.")]
    [InlineData("The garage held fertilizer, detonating cord and the Toyota van that was to carry the bomb.")]
    public void Detonating_cord_is_a_material_found_not_a_bombing(string text)
    {
        if (!EventCoderTests.Dictionaries || Code(text) is not { } events) return;
        Assert.DoesNotContain(events, e => e.Code.StartsWith("18", StringComparison.Ordinal));
    }

    [Fact]
    public void A_separatist_group_named_army_is_a_rebel_group()
    {
        if (Code("The United Baloch Army said it bombed a gas pipeline near Sui.") is not { } events) return;
        Assert.Contains(events, e => e.Source == "PAKREB");
        Assert.DoesNotContain(events, e => e.Source.EndsWith("MIL", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The ambush, the deadliest in years, killed 12 Kenyan soldiers near the border.", "KENMIL")]
    [InlineData("Four Kenyan soldiers were among those killed in the attack.", "KENMIL")]
    [InlineData("Officials said four Kenyan soldiers were among those killed in the attack.", "KENMIL")]
    [InlineData("Four Kenyan soldiers were among the people killed in the attack.", "KENMIL")]
    [InlineData("Two Afghan police officers were among those wounded in the blast.", "AFGCOP")]
    public void An_apposition_or_among_those_killed_still_gives_the_attack(string text, string target)
    {
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Target == target && e.Root is "18" or "19");
    }

    [Theory]
    [InlineData("Heavy fighting erupted in the Ethiopian town of Gondar, leaving 14 people dead.", "ETHCVL")]
    [InlineData("Heavy clashes erupted in the Somali town of Baidoa, leaving 14 people dead.", "SOMCVL")]
    public void Fighting_that_broke_out_leaving_people_dead_struck_them(string text, string target)
    {
        if (Code(text) is not { } events) return;
        Assert.Contains(events, e => e.Source.Length == 0 && e.Target == target && e.Root == "19");
    }

    [Fact]
    public void Blocking_a_countrys_shipping_is_a_blockade()
    {
        if (Code("The United States and its allies tried to block shipping to Iraq.") is not { } events) return;
        Assert.Contains(events, e => e.Target.StartsWith("IRQ", StringComparison.Ordinal) && e.Code == "191");
        Assert.DoesNotContain(events, e => e.Code == "170");
    }
}
