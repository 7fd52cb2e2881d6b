using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Events;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Coding with a verb dictionary and actors given by the user (as the PETRARCH unit tests give theirs), through
/// tokens → tags → parse → events; invented countries, verbs and sentences (skipped when the models are absent).
/// </summary>
public sealed class PetrarchDictionaryCodingTests
{
    // Invented, in PETRARCH's formats. 347 and 9041 are codes of this dictionary's own codebook, not CAMEO's.
    private const string Verbs = """
        &NOTAUX
        +DID N'T
        +WILL NOT

        ---  FORSAKE   [347]  ---
        FORSAKE {FORSAKES FORSAKING FORSOOK FORSAKEN }
        - * {CULTURAL PACTS}                [9041]
        - * PLEDGES                         [+++]

        ---  SCOLD   [111]  ---
        SCOLD

        ---  HAIL   [051]  ---
        HAIL

        ---  QUARREL   [111]  ---
        QUARREL
        - &NOTAUX * (ABOUT FISHING)         [9051]  # ZQ 03.04.05
        - * (ABOUT FISHING)                 [112]   # zq 3/4/05

        ---  SNUB   [110]  ---
        SNUB

        ---  EXTEND   [---]  ---
        EXTEND
        - * PERMIT                          [031]

        ---  RECKON   [012]  ---
        RECKON

        ---  DEFER   [120]  ---
        DEFER

        ---  SIGHT   [010]  ---
        SIGHT

        ---  DENOUNCE   [122]  ---
        DENOUNCE

        ---  CONCUR   [081]  ---
        CONCUR
        - % *                               [0311:0311]

        ---  DINE   [051]  ---
        DINE
        - * (AT ^) (WITH +)                 [043]

        ---  RESCUE   [080]  ---
        RESCUE
        - * (FROM $)                        [0871]

        &COINS
        +FRANCS
        +GUILDERS

        ---  BESTOW   [070]  ---
        BESTOW
        - * &COINS                          [9031]

        ---  PARLEY   [040]  ---
        PARLEY
        - INDICATED WOULD * SOON            [0401]

        ---  TRUDGE   [152]  ---
        TRUDGE

        ---  TOPPLE   [1712]  ---
        TOPPLE
        - PICKETER *                        [145]

        ---  COUNTERSIGN   [050]  ---
        COUNTERSIGN
        - * CHARTER                         [057]

        ---  VOW   [170]  ---
        VOW
        - * FEUD                            [1722]

        ---  URGE   [023]  ---
        URGE

        ---  EXPRESS   [020]  ---
        EXPRESS
        - * HOPES                           [013]

        ---  ABANDON   [345]  ---
        ABANDON

        ---  CALL   [010]  ---
        CALL
        - * (ON)                            [095]
        - * (FOR)                           [113]

        ---  DEPART   [032:033]  ---
        DEPART

        ---  LEFT   [042]  ---
        LEFT

        ---  BLOCKADE   [144]  ---
        BLOCKADE
        +BOTTLE_UP {+BOTTLED_UP +BOTTLES_UP +BOTTLING_UP }

        ---  BARGE   [120]  ---
        BARGE
        - + * (IN) $                        [075]

        ---  EMBARK   [---]  ---
        EMBARK
        - * (TO PONDER)                     [110]

        ---  DECLARE   [010]  ---
        DECLARE

        ---  ENTERTAIN   [043]  ---
        ENTERTAIN

        ---  FETE   [051]  ---
        FETE
        - * HARVEST ^ $                     [017]
        - * (AT ^ ^) +                      [0171]
        """;

    // ZORBALUX and TEASDALE are names filed under Marsovia; the Grand Lodge is Marsovia's, the State Council Sylvania's government.
    // Kenya is coded KEN by our own words; this dictionary's codebook says KNX. HARBOURMASTER and MEDICOS are agents,
    // after and before the country; MINISTER and PRIME_MINISTER are its government's people (a dictionary with agents
    // of its own decides the roles).
    private const string Actors = "FREEDONIA [FRD]\nSYLVANIA [SYL]\n+SYLVANIANS\n+VILLA_KESH\nMARSOVIA [MRS]\n+ZORBALUX\n+TEASDALE\nKENYA [KNX]\nHARBOURMASTER [~PRT]\nMEDICOS {} [NGO~]\n"
                                  + "MINISTER [~GOV]\nPRIME_MINISTER [~GOV]\nOFFICE_OF_SILLY_WALKS [~GOV]\nGRAND_LODGE [MRSLOD]\nSTATE_COUNCIL [SYLGOV]\n";

    private static readonly Lazy<SitrepPipeline?> Pipeline = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitrep-petrarch-dict-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var verbs = Path.Combine(dir, "verbs.txt");
        var actors = Path.Combine(dir, "actors.txt");
        File.WriteAllText(verbs, Verbs);
        File.WriteAllText(actors, Actors);
        var p = PipelineFactory.CreateWithExtraActors(new DataDirectory(), PetrarchActors.Read(actors), verbs);
        return p.Provides.Contains(Layer.Events) ? p : null;
    });

    /// <summary>The events the PETRARCH gold would hold: not negated, and asserted, threatened or announced.</summary>
    private static List<(string S, string T, string C)>? Code(string sentence)
    {
        if (Pipeline.Value is not { } p) { Console.WriteLine("syntax models absent; skipped"); return null; }
        return p.Run(new ArticleDocument(sentence) { Published = new DateOnly(2001, 5, 4) }).Events
            .Where(e => !e.Negated && e.Modality is Modality.Asserted or Modality.Threatened or Modality.Future)
            .Select(e => (e.Source, e.Target, e.Code)).ToList();
    }

    [Fact]
    public void A_code_of_the_dictionarys_own_codebook_is_emitted_as_written()
    {
        if (Code("Freedonia will forsake its trade pacts with Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "347"), events);
    }

    [Fact]
    public void A_placeholder_in_brackets_is_no_code_and_no_veto()
    {
        // "[+++]" is not "[---]": the pattern is unreadable and the block's own code stands.
        if (Code("Freedonia will forsake its pledges to Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "347"), events);
    }

    [Fact]
    public void The_target_may_be_the_first_actor_anywhere_in_the_verbs_phrase()
    {
        if (Code("Freedonia scolded the closure of river ports in Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "111"), events);
        if (Code("Marsovia hailed letters from Sylvania.") is not { } hailed) return;
        Assert.Contains(("MRS", "SYL", "051"), hailed);
    }

    [Fact]
    public void A_pattern_that_spells_out_the_negation_codes_the_negated_phrase()
    {
        // Signed in capitals with a date ("# ZQ 03.04.05"): a signature, not a member verb the pattern is kept for.
        if (Code("Freedonia didn't quarrel about fishing rights with Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "9051"), events);
    }

    [Fact]
    public void Not_disapproving_is_cooperating()
    {
        if (Code("Marsovia did not snub Sylvania.") is not { } events) return;
        Assert.Contains(("MRS", "SYL", "050"), events);
    }

    [Fact]
    public void A_thing_owned_by_someone_still_matches_the_verbs_pattern()
    {
        // "his fisherman's permit" is no deed of the fisherman's: the pattern "* PERMIT" still sees it.
        if (Code("Freedonia will extend his fisherman's permit in Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "031"), events);
    }

    [Fact]
    public void With_only_a_clause_after_the_verb_the_clauses_subject_is_the_target()
    {
        if (Code("Marsovia reckons that Sylvania can manage with less grain next winter.") is not { } events) return;
        Assert.Contains(("MRS", "SYL", "012"), events);
    }

    [Fact]
    public void Coordinated_actors_acting_on_their_own_thing_act_on_each_other()
    {
        if (Code("Freedonia and Sylvania have deferred their summit.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "120"), events);
        Assert.Contains(("SYL", "FRD", "120"), events);
    }

    [Fact]
    public void A_passive_adverbial_clause_is_not_done_by_the_main_clauses_subject()
    {
        if (Code("Freedonia deferred the parade after a stranger was sighted near Marsovia.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.S == "FRD" && e.C == "010");
    }

    [Fact]
    public void A_passive_with_an_actor_for_agent_matches_the_patterns_as_the_active_clause()
    {
        // The agent is the pattern's subject ("- PICKETER *"), the passive subject its object ("- * CHARTER").
        if (Code("The Sylvania monument was toppled by a Freedonia picketer.") is not { } toppled) return;
        Assert.Contains(("FRD", "SYL", "145"), toppled);
        if (Code("The Sylvania charter was countersigned by Marsovia on Monday.") is not { } signed) return;
        Assert.Contains(("MRS", "SYL", "057"), signed);
        // An agent that is no actor leaves the words as they stand: no picketer toppled anything here.
        if (Code("The Sylvania monument was toppled by the wind near a Freedonia picketer.") is not { } windy) return;
        Assert.DoesNotContain(windy, e => e.C == "145");
    }

    [Fact]
    public void A_dictionary_given_in_place_of_cameo_codes_the_verbs_it_lists()
    {
        // Our lexicon says "denounce" is 111; this dictionary's codebook says 122, and it was given to decide.
        if (Code("Sylvania denounced Marsovia on Monday.") is not { } events) return;
        Assert.Contains(("SYL", "MRS", "122"), events);
        Assert.DoesNotContain(events, e => e.C == "111");
    }

    [Fact]
    public void The_dictionarys_actors_come_before_our_own()
    {
        if (Code("Kenya hailed Sylvania on Monday.") is not { } events) return;
        Assert.Contains(("KNX", "SYL", "051"), events);
    }

    [Fact]
    public void Dictionary_agents_come_in_the_plural_and_before_the_country()
    {
        if (Code("The harbourmasters of Freedonia hailed Sylvania.") is not { } events) return;
        Assert.Contains(("FRDPRT", "SYL", "051"), events);
        if (Code("Medicos Marsovia hailed Sylvania.") is not { } before) return;
        Assert.Contains(("NGOMRS", "SYL", "051"), before);
    }

    [Fact]
    public void A_dictionary_with_agents_of_its_own_decides_the_roles()
    {
        // "leaders" is a role of our own words, not of this dictionary's agents: the country alone.
        if (Code("Freedonia hailed the leaders of Sylvania on Monday.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "051"), events);
        Assert.DoesNotContain(events, e => e.T.StartsWith("SYL", StringComparison.Ordinal) && e.T.Length > 3);
    }

    [Fact]
    public void A_role_of_our_own_with_no_country_is_no_actor_of_the_users_codebook()
    {
        // "embassy" is none of this dictionary's agents, and PETRARCH resolves no "its": the scolding has no target.
        if (Code("Marsovia denounced its embassy on Monday.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.T.Length > 0);
        // Its own agents with no country named are still actors, of no known country.
        if (Code("Harbourmasters hailed Sylvania on Monday.") is not { } bare) return;
        Assert.Contains(("---PRT", "SYL", "051"), bare);
    }

    [Fact]
    public void A_passive_with_no_doer_named_is_done_by_the_first_actor_after_the_verb()
    {
        if (Code("Sylvania was scolded over its long quarrel with Freedonia.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "111"), events);
    }

    [Fact]
    public void After_a_modal_the_verb_is_the_base_form_not_the_participle()
    {
        // Parsed with "abandon" an adverb of "improved": a modal is followed by the base form.
        if (Code("Freedonia will abandon improved trade relations with Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "345"), events);
    }

    [Fact]
    public void The_target_may_be_in_a_bare_participle_after_the_verb()
    {
        // "hunting" and "leading" are parsed as clauses of the verb: still the verb's phrase, as PETRARCH reads it.
        if (Code("Freedonia has deferred his annual duck hunting trip in Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "120"), events);
        if (Code("Freedonia blockaded for repairs the roads leading into Sylvania.") is not { } roads) return;
        Assert.Contains(("FRD", "SYL", "144"), roads);
    }

    [Fact]
    public void A_subordinate_clause_with_no_subject_of_its_own_is_coded_by_no_one()
    {
        if (Code("Freedonia hailed Sylvania on Monday after snubbing Marsovia.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "051"), events);
        Assert.DoesNotContain(events, e => e.T == "MRS");
    }

    [Fact]
    public void A_name_hung_on_another_actors_name_is_no_party()
    {
        if (Code("Freedonia hailed the farmers of Sylvania of the Duke of Marsovia.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "051"), events);
        Assert.DoesNotContain(events, e => e.T == "MRS");
    }

    [Fact]
    public void A_to_infinitive_after_the_verb_is_part_of_its_phrase()
    {
        // "to start" parsed as a clause of purpose: the pattern's "feud" and the target are still the verb's.
        if (Code("Freedonia's militia vowed on Friday to start a feud on the Sylvanians.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "1722"), events);
    }

    [Fact]
    public void An_appeal_verb_of_the_codebook_keeps_its_own_code()
    {
        if (Code("Freedonia urged Sylvania to snub Marsovia.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "023"), events);
        Assert.DoesNotContain(events, e => e.S == "FRD" && e.C != "023");
    }

    [Fact]
    public void With_the_users_codebook_only_verbs_code_events()
    {
        // PETRARCH codes verbs; an attack noun is only a word its patterns may read.
        if (Code("Freedonia's bombardment of Sylvania went on for a week.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.C.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void The_target_may_be_the_subject_of_the_objects_that_clause()
    {
        // (the clause parsed as the verb's, and as the noun's)
        if (Code("Freedonia expressed hopes on Monday that Sylvania could be drawn into the talks.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "013"), events);
        if (Code("Freedonia expressed hopes that Sylvania could be drawn into the peace process.") is not { } ofNoun) return;
        Assert.Contains(("FRD", "SYL", "013"), ofNoun);
    }

    [Fact]
    public void The_first_actor_after_the_verb_comes_before_one_further_down()
    {
        if (Code("Freedonia's new mayor parleyed yesterday in Sylvania for meetings of the joint fishing board with Marsovia.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "040"), events);
        Assert.DoesNotContain(events, e => e.T == "MRS");
    }

    [Fact]
    public void A_place_phrase_after_coordinated_roles_is_each_roles()
    {
        if (Code("Harbourmasters and ministers in Freedonia and Sylvania hailed Marsovia.") is not { } events) return;
        foreach (var s in new[] { "FRDPRT", "SYLPRT", "FRDGOV", "SYLGOV" }) Assert.Contains((s, "MRS", "051"), events);
    }

    [Fact]
    public void What_someone_said_they_would_do_is_announced_not_hypothetical()
    {
        if (Code("Freedonia announced it would forsake its trade pacts with Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "347"), events);
        if (Code("Freedonia announced it would forsake its trade pacts with Sylvania if Marsovia asked.") is not { } conditional) return;
        Assert.DoesNotContain(("FRD", "SYL", "347"), conditional);
    }

    [Fact]
    public void Aid_goes_to_whom_the_to_phrase_names_not_to_the_nationality_of_the_money()
    {
        if (Code("Freedonia donated five million Kenyan shillings to Marsovia.") is not { } events) return;
        Assert.Contains(events, e => (e.S, e.T) == ("FRD", "MRS") && e.C.StartsWith("07", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.T.StartsWith("KEN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_with_its_particle_is_the_dictionarys_two_word_verb()
    {
        if (Code("Freedonia bottled up the harbours of Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "144"), events);
    }

    [Fact]
    public void Warning_people_about_someone_warns_of_that_someone()
    {
        if (Code("Freedonia warned its citizens about Sylvania.") is not { } events) return;
        Assert.Contains(events, e => (e.S, e.T) == ("FRD", "SYL") && e.C.StartsWith("13", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compound_actor_pattern_needs_several_subjects_who_act_on_each_other()
    {
        if (Code("Freedonia and Sylvania concur that fishing quotas should rise.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "0311"), events);
        Assert.Contains(("SYL", "FRD", "0311"), events);
        if (Code("Freedonia concurred with Sylvania on Monday.") is not { } alone) return;
        Assert.Contains(("FRD", "SYL", "081"), alone);
    }

    [Fact]
    public void A_patterns_actor_slots_name_the_phrases_of_the_target_and_source()
    {
        if (Code("Freedonia dined at Marsovia with Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "043"), events);
        Assert.DoesNotContain(events, e => e.T == "MRS");
        if (Code("Sylvania was rescued from Marsovia on Monday.") is not { } rescued) return;
        Assert.Contains(("MRS", "SYL", "0871"), rescued);
    }

    [Fact]
    public void A_country_a_title_and_a_name_are_one_actor_however_parsed()
    {
        // The parser may hang the name on the country with no preposition: the title still counts.
        if (Code("Freedonia Prime Minister Firefly didn't snub Sylvania.") is not { } events) return;
        Assert.Contains(("FRDGOV", "SYL", "050"), events);
    }

    [Fact]
    public void Codebook_codes_with_a_letter_are_read_and_scored_as_their_parent()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "--- BARTER [031] ---\nBARTER\n- * SALT [174K]\n- * SUGAR [xyz]\n");
        var problems = new List<string>();
        var verbs = PetrarchVerbs.Read(path, problems);
        File.Delete(path);
        Assert.True(verbs.TryVerb("barter", out var barter));
        Assert.Equal("174K", PetrarchVerbs.CodeOf(barter, [], ["salt"], own: true, out _));
        Assert.Equal("031", PetrarchVerbs.CodeOf(barter, [], ["sugar"], own: true, out var matched));
        Assert.False(matched);
        Assert.Single(problems);
        Assert.True(verbs.Defines("174K"));
        Assert.False(verbs.Defines("175"));
        var table = CameoTable.Load(new DataDirectory());
        if (table.Count == 0) return;
        Assert.Equal(table["174"]!.Goldstein, table.Unlisted("174K").Goldstein);
        Assert.Equal("174K", table.Unlisted("174K").Code);
        Assert.Equal(0, table.Unlisted("347").QuadClass);
    }

    [Fact]
    public void A_name_described_as_a_countrys_official_is_that_countrys()
    {
        // The dictionary files Zorbalux under Marsovia; the sentence makes him Freedonia's minister.
        if (Code("Freedonia's minister Zorbalux scolded Sylvania on Monday.") is not { } events) return;
        Assert.Contains(("FRDGOV", "SYL", "111"), events);
        Assert.DoesNotContain(events, e => e.S.StartsWith("MRS", StringComparison.Ordinal));
    }

    [Fact]
    public void The_country_that_names_a_currency_is_no_party()
    {
        if (Code("Freedonia will bestow a million Swiss francs to Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "9031"), events);
        Assert.DoesNotContain(events, e => e.T == "CHE");
    }

    [Fact]
    public void The_target_may_be_in_a_phrase_hung_on_an_adverb_of_place()
    {
        if (Code("Freedonia has trudged very close to the border with Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "152"), events);
    }

    [Fact]
    public void A_complements_governing_verb_counts_among_the_words_before_it()
    {
        if (Code("Freedonia indicated it would parley soon with Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "0401"), events);
    }

    [Fact]
    public void Coordinated_adjectives_before_the_object_leave_it_the_verbs_object()
    {
        // Parsed with "total" the verb's complement and "ties" cut loose from it (a parse repair, all readings).
        if (Code("Freedonia is about to hail total, full diplomatic ties with Sylvania almost four years after mobs burned its consulate.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "051"), events);
    }

    [Fact]
    public void A_name_with_of_in_it_is_one_subject()
    {
        // Parsed with "of" a subordinator and "Silly Walks" a second subject of "denounced".
        if (Code("The Sylvania Office of Silly Walks denounced an attack by Marsovia troops in south Freedonia on Friday") is not { } events) return;
        Assert.Contains(events, e => e.S == "SYLGOV" && e.C == "122");
    }

    [Fact]
    public void For_before_a_place_is_its_preposition_not_a_clauses_subordinator()
    {
        // Parsed with "for" marking "reported" and "Villa Kesh" its subject ("the state news agency" in apposition).
        if (Code("Marsovia's minister Rufus left for Villa Kesh on Tuesday for meetings of the joint water committee with Freedonia, the state news agency reported.") is not { } events) return;
        Assert.Contains(("MRSGOV", "SYL", "042"), events);
    }

    [Fact]
    public void A_name_read_as_the_object_of_a_name_is_the_subjects_head()
    {
        // Parsed with "Rufus" the object of "Sylvania" and "Sylvania" alone the subject of "try".
        if (Code("Sylvania Prime Minister Rufus unexpectedly now will try to scold the efforts of Marsovia to deal with a rat plague.") is not { } events) return;
        Assert.Contains(("SYLGOV", "MRS", "111"), events);
    }

    [Fact]
    public void A_to_infinitive_read_as_the_main_verb_leaves_the_past_tense_the_main_verb()
    {
        // Parsed with "to be allowed" the root, "centre" its subject and "called" a clause on "the Red".
        if (Code("Zorbalux centre of a diplomatic quarrel between Trentino and the Red called on Sylvania late Friday to be allowed to quit Freedonia by train.") is not { } events) return;
        Assert.Contains(("MRS", "SYL", "095"), events);
    }

    [Fact]
    public void A_past_tense_hung_on_a_noun_of_the_subjects_modifiers_is_the_main_verb()
    {
        // Parsed as a noun phrase, "centre" the root and "called" a reduced relative on "row".
        if (Code("Teasdale centre of a diplomatic row between Trentino and the Brown called immediately for Sylvania late Sunday to be allowed to leave Freedonia by boat.") is not { } events) return;
        Assert.Contains(("MRS", "SYL", "113"), events);
    }

    [Fact]
    public void A_name_after_its_title_heads_the_subject()
    {
        // Parsed with "Deputy" the subject and "Rufus" its modifier, "Prime Minister" under "Rufus".
        if (Code("Marsovia's first Deputy Prime Minister Rufus scolded Sylvania on Wednesday.") is not { } events) return;
        Assert.Contains(("MRSGOV", "SYL", "111"), events);
    }

    [Fact]
    public void A_preposition_and_its_name_left_unlabelled_are_an_oblique()
    {
        // Parsed with "for" and "Villa" both loose dependents ("dep") of "left".
        if (Code("Freedonia's Prime Minister Rufus left for Villa Kesh on Tuesday.") is not { } events) return;
        Assert.Contains(("FRDGOV", "SYL", "042"), events);
    }

    [Fact]
    public void A_two_way_code_turns_round_the_events_whose_target_is_no_object()
    {
        // The target is the first actor after the verb, in a phrase of place: PETRARCH codes the pair all the same.
        if (Code("Freedonia's Prime Minister Rufus departed for Villa Kesh on Tuesday.") is not { } events) return;
        Assert.Contains(("FRDGOV", "SYL", "032"), events);
        Assert.Contains(("SYL", "FRDGOV", "033"), events);
    }
    [Fact]
    public void A_target_slot_before_the_verb_makes_the_subject_the_target()
    {
        // "- + * (IN) $": those named in the "in" phrase act on the subject.
        if (Code("Freedonia was seen to barge in a Sylvania parade on Sunday.") is not { } events) return;
        Assert.Contains(("SYL", "FRD", "075"), events);
        Assert.DoesNotContain(("FRD", "SYL", "075"), events);
    }

    [Fact]
    public void A_to_infinitive_the_pattern_read_is_part_of_the_verbs_phrase()
    {
        // "* (TO PONDER)" read "to ponder": the first actor named in that phrase is the target.
        if (Code("Freedonia has embarked to ponder whether it has a future with Sylvania.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "110"), events);
    }

    [Fact]
    public void An_agent_joins_a_code_that_carries_a_sector_unless_it_holds_it()
    {
        if (Code("Freedonia denounced the harbourmasters of the Grand Lodge on Monday.") is not { } events) return;
        Assert.Contains(("FRD", "MRSLODPRT", "122"), events);
        if (Code("Freedonia denounced the ministers of the State Council on Monday.") is not { } ministers) return;
        Assert.Contains(("FRD", "SYLGOV", "122"), ministers);
    }

    [Fact]
    public void A_statement_with_the_users_codebook_is_to_the_first_actor_its_clause_names()
    {
        // The clause's subject names no one: the first actor after the verb in the clause is the target.
        if (Code("Marsovia declared on Monday that a grain embargo against Sylvania would fail.") is not { } events) return;
        Assert.Contains(("MRS", "SYL", "010"), events);
        if (Code("Marsovia declared he felt deep unease toward Freedonia.") is not { } pronoun) return;
        Assert.Contains(("MRS", "FRD", "010"), pronoun);
    }

    [Fact]
    public void A_possessor_names_the_actor_before_what_it_owns()
    {
        // "Kenya's Teasdale" (a name filed under Marsovia) is Kenya's here, though the parser makes "Kenya" and "Teasdale"
        // two conjuncts of "Sylvania".
        if (Code("Freedonia declared he felt deep unease toward Sylvania and Kenya's Teasdale, and Sylvania's new policy is of no use to anyone, he added.") is not { } events) return;
        Assert.Contains(("FRD", "SYL", "010"), events);
        Assert.Contains(("FRD", "KNX", "010"), events);
        Assert.DoesNotContain(("FRD", "MRS", "010"), events);
    }

    [Fact]
    public void Skipped_actors_are_passed_over_along_the_text()
    {
        // "HARVEST ^ $": past one actor after "harvest", the next is the source; the subject is then the target.
        if (Code("Freedonia will fete the harvest with Sylvania next week in Kenya.") is not { } events) return;
        Assert.Contains(("KNX", "FRD", "017"), events);
        // "(AT ^ ^) +": past two actors after "at" (Sylvania, Marsovia), the third is the target.
        if (Code("Freedonia feted the envoys at Sylvania with Marsovia in Kenya.") is not { } two) return;
        Assert.Contains(("FRD", "KNX", "0171"), two);
    }
    [Fact]
    public void A_verb_whose_to_infinitive_is_an_event_is_only_its_setting()
    {
        // PETRARCH codes the clause under the main verb: the feast, not the entertaining.
        if (Code("Freedonia will be entertaining Sylvania to fete the harvest with Marsovia next week in Kenya.") is not { } events) return;
        Assert.Contains(events, e => e.C == "017" && e.S == "KNX");
        Assert.DoesNotContain(events, e => e.C == "043");
    }
    [Fact]
    public void A_statement_of_an_event_is_that_event_said_of_its_doer()
    {
        // "a (b . SCOLD) DECLARE": one event, the speaker's, at the clause's subject, with the clause's code.
        if (Code("Marsovia declared that Sylvania scolded Freedonia.") is not { } events) return;
        Assert.Contains(("MRS", "SYL", "111"), events);
        Assert.DoesNotContain(("SYL", "FRD", "111"), events);
        Assert.DoesNotContain(events, e => e.C == "010");
    }

    [Fact]
    public void What_is_refused_is_not_done_with_the_users_codebook_either()
    {
        if (Code("Freedonia scolded Sylvania's refusal to dine with Marsovia.") is not { } events) return;
        Assert.DoesNotContain(events, e => e.C == "051");
    }
}
