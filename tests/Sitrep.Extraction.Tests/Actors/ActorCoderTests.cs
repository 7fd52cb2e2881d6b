using Sitrep.Core;
using Sitrep.Extraction.Actors;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Actors;

public sealed class ActorCoderTests
{
    // The built-in lexicons alone: what a fresh checkout without ../shared codes.
    private static readonly ActorCoder Coder = ActorCoder.Load(new DataDirectory(), phoenix: false);

    [Theory]
    [InlineData("Russian warplanes", "RUSMIL")]
    [InlineData("the Kremlin", "RUSGOV")]
    [InlineData("the State Department", "USAGOV")]
    [InlineData("the U.S. National Security Council", "USAGOV")]
    [InlineData("the United States National Security Council", "USAGOV")]
    [InlineData("the Syrian government", "SYRGOV")]
    [InlineData("Syrian troops", "SYRMIL")]
    [InlineData("a US destroyer", "USAMIL")]
    [InlineData("the Myanmar junta", "MMRGOV")]
    [InlineData("Nigerian bandits", "NGACRM")]
    [InlineData("Syrian government troops", "SYRMIL")]
    [InlineData("UN", "IGOUNO")]
    [InlineData("the United Nations", "IGOUNO")]
    [InlineData("ISIL", "IMGMUSISI")]
    [InlineData("Islamic State", "IMGMUSISI")]
    [InlineData("US secretary of state", "USAGOV")]
    [InlineData("Russia's deputy foreign minister", "RUSGOV")]
    [InlineData("Russia’s deputy foreign minister", "RUSGOV")]
    [InlineData("Syria’s UN ambassador", "SYRGOV")]
    [InlineData("U.S. officials", "USAGOV")]
    [InlineData("the US administration", "USAGOV")]
    [InlineData("Hezbollah fighters", "LBNREB")]
    [InlineData("a Chadian army spokesman", "TCDMIL")]
    [InlineData("the Ethiopian opposition leader", "ETHOPP")]
    [InlineData("Sudanese police", "SDNCOP")]
    [InlineData("Al Jazeera's Diplomatic Editor", "QATMED")]
    [InlineData("Malian refugees", "MLIREF")]
    [InlineData("the Pentagon", "USAMIL")]
    [InlineData("Kenyan lawmakers", "KENLEG")]
    [InlineData("an Ethiopian battalion", "ETHMIL")]
    [InlineData("a Ugandan patrol", "UGAMIL")]
    [InlineData("a Kenyan police patrol", "KENCOP")]
    [InlineData("the Chadian garrison", "TCDMIL")]
    [InlineData("Malian infantry", "MLIMIL")]
    [InlineData("RUSSIAN WARPLANES", "RUSMIL")]
    [InlineData("Syrian rescue workers", "SYRCVL")]
    [InlineData("Congo", "COD")]
    [InlineData("Congo Republic", "COG")]
    [InlineData("Sudanese health workers", "SDNHLH")]
    [InlineData("Yemeni relief workers", "YEMNGO")]
    [InlineData("Egypt's Muslim Brotherhood", "EGYOPPMUS")]
    [InlineData("Colombia's FARC", "COLREB")]
    [InlineData("a Nigerian student", "NGAEDU")]
    [InlineData("Iraq's national security adviser", "IRQGOV")]
    [InlineData("Kenya's attorney general", "KENGOV")]
    [InlineData("the Attorney General", "---GOV")]
    [InlineData("the chief executive officer", "---BUS")]
    [InlineData("the chief executive", "---BUS")] // (a company's head; "chief" alone decides nothing)
    [InlineData("Kuwaiti jet fighters", "KWTMIL")]
    [InlineData("ruling Frelimo party supporters", "MOZPTY")]
    [InlineData("Renamo", "MOZOPP")]
    public void Codes_a_phrase_from_country_role_and_organisation_words(string phrase, string code) =>
        Assert.Equal(code, Coder.Code(phrase)?.Code);

    [Fact]
    public void A_role_with_no_country_keeps_the_role_and_marks_the_country_unknown()
    {
        var c = Coder.Code("rebel-held areas")!;
        Assert.Equal("---REB", c.Code);
        Assert.Equal("", c.Country);
        Assert.Equal("REB", c.Role);
        Assert.Equal("SYRREB", c.WithCountry("SYR").Code);
    }

    [Fact]
    public void A_country_without_a_known_role_is_coded_with_the_country_only()
    {
        var c = Coder.Code("French nationals")!;
        Assert.Equal("FRA", c.Code);
        Assert.Equal("", c.Role);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("who")]
    [InlineData("the weather was mild")]
    [InlineData("")]
    [InlineData("a general softening in demand")]
    [InlineData("the world in general")]
    [InlineData("a public information officer")]
    [InlineData("the think tanks that follow its lead")]
    [InlineData("the fuel tank")]
    [InlineData("the fuel storage tanks at the port")]
    public void Lower_case_acronyms_and_plain_words_code_nothing(string phrase) => Assert.Null(Coder.Code(phrase));

    [Fact]
    public void Coordinated_adjectives_sharing_a_head_give_one_actor_each_with_its_own_words()
    {
        const string text = "Russian and Syrian warplanes";
        var all = Coder.CodeAll(text, new TextSpan(0, text.Length));
        Assert.Equal(["RUSMIL", "SYRMIL"], all.Select(a => a.Code).ToArray());
        Assert.Equal("Russian", all[0].Evidence.Of(text));
        Assert.Equal("Syrian warplanes", all[1].Evidence.Of(text));
    }

    [Theory]
    [InlineData("Kenya and the government", "KEN", "---GOV")]
    [InlineData("Somalia, the Kenyan foreign ministry", "SOM", "KENGOV")]
    public void A_country_before_a_conjunction_and_an_article_does_not_own_the_role_after_them(string text, string first, string second)
    {
        var all = Coder.CodeAll(text, new TextSpan(0, text.Length));
        Assert.Equal([first, second], all.Select(a => a.Code).ToArray());
    }

    [Fact]
    public void Evidence_is_the_deciding_words_inside_the_text()
    {
        const string text = "Officials said the Syrian government had agreed.";
        var span = TestDocuments.Find(text, "the Syrian government");
        var c = Coder.Code(text, span)!;
        Assert.Equal("Syrian government", c.Evidence.Of(text));
    }

    [Fact]
    public void An_office_holder_is_coded_with_the_office_held_on_the_article_date()
    {
        const string text = "Barack Obama";
        var span = new TextSpan(0, text.Length);
        Assert.Equal("USAGOV", Coder.CodeName(text, span, new DateOnly(2016, 9, 29))?.Code);
        // After leaving office the country is still known; the role is not guessed.
        Assert.Equal("USA", Coder.CodeName(text, span, new DateOnly(2019, 3, 1))?.Code);
    }

    [Fact]
    public void A_name_the_lexicons_do_not_know_codes_nothing()
    {
        const string text = "Amina Wali";
        Assert.Null(Coder.CodeName(text, new TextSpan(0, text.Length)));
    }

    [Fact]
    public void Spans_past_the_end_of_the_text_are_refused_without_an_exception()
    {
        Assert.Empty(Coder.CodeAll("short", new TextSpan(0, 50)));
    }

    [Fact]
    public void Phoenix_dictionaries_widen_coverage_when_the_data_directory_has_them()
    {
        var data = new DataDirectory();
        if (data.FindData("cameo/Phoenix.Countries.actors.txt") is null)
        {
            Console.WriteLine("skipped: ../shared/data/cameo not present");
            return;
        }
        var coder = ActorCoder.Load(data);
        Assert.True(coder.PhoenixPhrases > 10_000);
        // Aleppo is a Phoenix synonym of Syria; our own lexicon does not list cities.
        Assert.Equal("SYRCVL", coder.Code("Aleppo residents")?.Code);
        Assert.Equal("USAGOV", coder.CodeName("John Kerry", new TextSpan(0, 10), new DateOnly(2016, 9, 29))?.Code);
    }

    [Fact]
    public void Phoenix_date_ranges_written_with_spaces_still_bound_the_office()
    {
        // Invented entries in the dictionaries' layout: "[CODE > yymmdd]" with a space, and a default code first.
        var into = new List<(string, ActorEntry)>();
        ActorLexiconLoader.ReadPhoenix(["MARA_VELLIN_ [FRD]", "\t[FRDMIL 120812-140326]", "\t[FRDGOV > 140608]"], "test", into);
        var entry = Assert.Single(into).Item2;
        var roles = new HashSet<string> { "GOV", "MIL" };
        Assert.Equal("FRDMIL", entry.CodeOn(new DateOnly(2013, 1, 1), roles));
        Assert.Equal("FRDGOV", entry.CodeOn(new DateOnly(2016, 1, 1), roles));
        // Before that the undated default holds; the spaced "> 140608" used to read as always valid.
        Assert.Equal("FRD", entry.CodeOn(new DateOnly(2010, 1, 1), roles));
        Assert.Equal("FRD", entry.CodeOn(new DateOnly(2014, 4, 1), roles));
    }

    [Fact]
    public void A_name_with_a_middle_initial_meets_its_dictionary_entry()
    {
        // Invented: a dictionary entry written with the initial and its dot, as the Phoenix dictionaries write them.
        var lexicon = ActorLexiconLoader.FromLines([], [], [], [], ["TEM_R._VELLIN_", "\t[FRDGOV 000101-080101]", "\t[FRDELI]"]);
        const string text = "Tem R. Vellin met the envoy.";
        var words = PhraseWords.Split(text, new TextSpan(0, 13));
        Assert.Equal(3, words.Count);
        Assert.Equal("r", words[1].Norm);
        Assert.NotNull(lexicon.Exact(words, 0, words.Count - 1));
        // (an abbreviation's dots still make one word, and a sentence's last letter keeps its full stop apart)
        Assert.Equal("us", Assert.Single(PhraseWords.Split("U.S.", new TextSpan(0, 4))).Norm);
        Assert.Equal(3, PhraseWords.Split("plan B.", new TextSpan(0, 7)).Count);
        // A title's or a saint's abbreviation before a name keeps its dot too: "Gen. Ali Musa" is three words.
        Assert.Equal(["gen", "ali", "musa"], PhraseWords.Split("Gen. Ali Musa", new TextSpan(0, 13)).Select(w => w.Norm));
        Assert.Equal(["st", "petersburg"], PhraseWords.Split("St. Petersburg", new TextSpan(0, 14)).Select(w => w.Norm));
    }

    [Fact]
    public void A_title_filed_under_two_office_holders_is_the_one_in_office_that_day()
    {
        // Invented father and son, both listed as "President Vellin"; the father comes first and has a default.
        var lexicon = ActorLexiconLoader.FromLines([], [], [], [],
        [
            "ARO_VELLIN_", "+PRESIDENT_VELLIN", "\t[FRDGOV 800101-880101]", "\t[FRDELI]",
            "TEM_VELLIN_", "+PRESIDENT_VELLIN_", "\t[FRDELI 700101-000101]", "\t[FRDGOV 000101-080101]", "\t[FRDELI]",
        ]);
        var roles = new HashSet<string> { "GOV", "ELI" };
        var words = PhraseWords.Split("President Vellin", new TextSpan(0, 16));
        var entry = lexicon.Exact(words, 0, words.Count - 1);
        Assert.NotNull(entry);
        Assert.Equal("FRDGOV", entry.CodeOn(new DateOnly(1984, 5, 1), roles));
        Assert.Equal("FRDGOV", entry.CodeOn(new DateOnly(2004, 5, 1), roles));
        Assert.Equal("FRDELI", entry.CodeOn(new DateOnly(2012, 5, 1), roles));
        // With no date the first listed holder's default stands, as before.
        Assert.Equal("FRDELI", entry.CodeOn(null, roles));
    }

    [Fact]
    public void A_bare_surname_after_president_is_the_president_of_that_day()
    {
        // "President Hussein" is Iraq's president; the Phoenix entry for the bare surname is Jordan's king.
        const string text = "President Hussein";
        Assert.Equal("IRQGOV", Coder.CodeName(text, new TextSpan(0, text.Length), new DateOnly(1991, 2, 25))?.Code);
        Assert.Equal("IRQ", Coder.CodeName(text, new TextSpan(0, text.Length), new DateOnly(2013, 3, 1))?.Code);
    }

    // Invented names: a Phoenix-style group "Kestrel" and a Phoenix-style aircraft maker "Vellin Aero".
    private static ActorCoder ProductCoder() => new(ActorLexiconLoader.FromLines(
        ["ARN\tArnor\tArnorian"], ["jet\tMIL", "jets\tMIL", "fighters\tREB", "airliners\tBUS"], ["Arnor Air Force\tARNMIL"], [],
        ["KESTREL_ [ARNREB]", "VELLIN_AERO_ [MNCARN]"]));

    [Fact]
    public void A_group_s_name_before_a_model_or_an_aircraft_word_is_a_product_not_the_group()
    {
        var coder = ProductCoder();
        Assert.NotEqual("ARNREB", coder.Code("a Kestrel jet")?.Code);
        Assert.Null(coder.Code("the Kestrel 900"));
        // The group itself, its possessive and a state body's planes are still actors.
        Assert.Equal("ARNREB", coder.Code("Kestrel fighters")?.Code);
        Assert.Equal("ARNREB", coder.Code("Kestrel's jets")?.Code);
        Assert.Equal("ARNMIL", coder.Code("Arnor Air Force jets")?.Code);
        // A phrase the parser cut before the model: the next word of the text decides.
        const string text = "He flew in a Kestrel 900 to the capital.";
        int at = text.IndexOf("a Kestrel", StringComparison.Ordinal);
        Assert.DoesNotContain(coder.CodeAll(text, new TextSpan(at, at + 9)), c => c.Code == "ARNREB");
        // A maker is a party to the sale of its products: "bought 60 Vellin Aero 300 airliners" is a deal with it.
        Assert.Equal("MNCARN", coder.Code("60 Vellin Aero 300")?.Code);
    }

    [Fact]
    public void A_bodys_name_that_goes_on_with_of_and_another_name_is_another_body()
    {
        Assert.NotEqual("USAGOV", Coder.Code("the State Department of Traffic")?.Code);
        Assert.Equal("USAGOV", Coder.Code("a State Department official")?.Code);
    }
}
