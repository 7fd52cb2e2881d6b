using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Entities;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>Coreference rules on hand-given names, independent of the statistical tagger.</summary>
public sealed class CoreferenceTests
{
    private static readonly NerLexicon Lexicon = BuildLexicon();

    private static NerLexicon BuildLexicon()
    {
        var b = new NerLexicon.Builder();
        foreach (var t in new[] { "minister", "foreign minister", "deputy foreign minister", "secretary of state", "ambassador", "spokesperson", "president", "mr", "mrs", "colonel" })
            b.Add(t, LexKind.Title);
        b.Add("Iraqi", LexKind.Demonym);
        b.Add("Russia", LexKind.Country);
        b.Add("US", LexKind.Country);
        b.Add("Syria", LexKind.Country);
        b.Add("UN", LexKind.Org);
        b.Add("State Department", LexKind.Org);
        b.Add("United Nations", LexKind.Org);
        b.Add("M23", LexKind.Org);
        b.Add("Jabhat Fateh al-Sham", LexKind.Org);
        b.Add("Syrian", LexKind.Demonym);
        return b.Build();
    }

    /// <summary>A document with sentences split at ". " and tokens at spaces and punctuation; names are given as (text, label) in order.</summary>
    private static (ArticleDocument Doc, ImmutableArray<Entity> Entities, EntityCluster[] Clusters) Resolve(string text, params (string Name, EntityLabel Label)[] names)
    {
        var doc = new ArticleDocument(text);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int s = 0;
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' ')) { sentences.Add(new Sentence(new TextSpan(s, i + 1))); s = i + 2; }
        if (s < text.Length) sentences.Add(new Sentence(new TextSpan(s, text.Length)));
        doc.Sentences = sentences.ToImmutable();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        for (int i = 0; i < text.Length;)
        {
            if (text[i] == ' ') { i++; continue; }
            int j = i;
            if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == 's') j = i + 2;
            else if (char.IsLetterOrDigit(text[i])) { while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '-')) j++; }
            else j = i + 1;
            tokens.Add(new Token(new TextSpan(i, j), TokenKind.Word));
            i = j;
        }
        doc.Tokens = tokens.ToImmutable();
        var tagged = new List<(TextSpan, EntityLabel)>();
        int from = 0;
        foreach (var (name, label) in names)
        {
            int at = text.IndexOf(name, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"test setup: '{name}' not found after {from}");
            tagged.Add((new TextSpan(at, at + name.Length), label));
            from = at + name.Length;
        }
        var (entities, clusters) = new Coreference(Lexicon).Resolve(doc, tagged);
        return (doc, entities, clusters);
    }

    private static int ClusterOf(ArticleDocument d, ImmutableArray<Entity> entities, string mention, int nth = 0) =>
        entities.Where(e => d.Slice(e.Span) == mention).Skip(nth).First().Cluster;

    [Fact]
    public void A_name_stops_at_a_possessive_followed_by_lower_case_and_a_reporter_is_a_person()
    {
        var (d, entities, _) = Resolve(
            "Zelensky's chief of staff , Andriy Yermak , wrote on Telegram . Al Jazeera's Malik Traina , reporting from Tripoli , said the fighting stopped .",
            ("Zelensky's chief of", EntityLabel.MISC), ("Andriy Yermak", EntityLabel.PER), ("Malik Traina", EntityLabel.LOC), ("Tripoli", EntityLabel.LOC));
        Assert.Contains(entities, e => d.Slice(e.Span) == "Zelensky");
        Assert.DoesNotContain(entities, e => d.Slice(e.Span).Contains("chief", StringComparison.Ordinal));
        Assert.Equal(EntityLabel.PER, entities.Single(e => d.Slice(e.Span) == "Malik Traina").Label);
        Assert.Equal(EntityLabel.LOC, entities.Single(e => d.Slice(e.Span) == "Tripoli").Label);
    }

    [Fact]
    public void Lexicon_organisations_are_named_and_plural_demonyms_are_groups_whatever_the_tagger_said()
    {
        var (d, entities, _) = Resolve(
            "The United Nations said Syrians fled the M10 hospital . The State Department agreed .",
            ("Syrians", EntityLabel.ORG), ("State Department", EntityLabel.PER));
        Assert.Equal(EntityLabel.ORG, entities.Single(e => d.Slice(e.Span) == "United Nations").Label);   // untagged: added
        Assert.Equal(EntityLabel.MISC, entities.Single(e => d.Slice(e.Span) == "Syrians").Label);
        Assert.Equal(EntityLabel.ORG, entities.Single(e => d.Slice(e.Span) == "State Department").Label);
        // Digits are folded in the lexicon's keys: "M10" must not pass for the "M23" group.
        Assert.DoesNotContain(entities, e => d.Slice(e.Span) == "M10");
    }

    [Fact]
    public void A_demonym_alone_is_no_person_or_place()
    {
        var (d, entities, _) = Resolve("Russia said Syrian jets struck the town .", ("Russia", EntityLabel.LOC), ("Syrian", EntityLabel.PER));
        Assert.Equal(EntityLabel.MISC, entities.Single(e => d.Slice(e.Span) == "Syrian").Label);
        Assert.Equal(EntityLabel.LOC, entities.Single(e => d.Slice(e.Span) == "Russia").Label);
    }

    [Fact]
    public void A_name_the_tagger_cut_short_inside_a_lexicon_organisation_becomes_the_whole_organisation()
    {
        var (d, entities, _) = Resolve("Fighters of Jabhat Fateh al-Sham withdrew .", ("Jabhat Fateh", EntityLabel.PER));
        var e = Assert.Single(entities);
        Assert.Equal(("Jabhat Fateh al-Sham", EntityLabel.ORG), (d.Slice(e.Span), e.Label));
    }

    [Fact]
    public void A_surname_two_relatives_share_goes_to_the_one_not_named_only_as_whose_kin_the_other_is()
    {
        // The president is named last, nearer the bare surname, but only as the one whose brother the speaker is.
        var (d, entities, _) = Resolve(
            "Omar Haddad, younger brother of President Karim Haddad, spoke at the rally. Haddad said the fight would go on.",
            ("Omar Haddad", EntityLabel.PER), ("Karim Haddad", EntityLabel.PER), ("Haddad", EntityLabel.PER));
        Assert.Equal(ClusterOf(d, entities, "Omar Haddad"), ClusterOf(d, entities, "Haddad"));

        (d, entities, _) = Resolve(
            "Lina Mercer, Paul Mercer's daughter, runs the clinic. Mercer said the visit went well.",
            ("Lina Mercer", EntityLabel.PER), ("Paul Mercer", EntityLabel.PER), ("Mercer", EntityLabel.PER));
        Assert.Equal(ClusterOf(d, entities, "Lina Mercer"), ClusterOf(d, entities, "Mercer"));

        // Once the text calls one of them by the bare surname, the other's full name named nearer does not take it over.
        (d, entities, _) = Resolve(
            "Omar Haddad, younger brother of President Karim Haddad, spoke at the rally. Haddad said the fight would go on. The movement was founded by Karim Haddad in 1990. Haddad added that it would win.",
            ("Omar Haddad", EntityLabel.PER), ("Karim Haddad", EntityLabel.PER), ("Haddad", EntityLabel.PER), ("Karim Haddad", EntityLabel.PER), ("Haddad", EntityLabel.PER));
        Assert.Equal(ClusterOf(d, entities, "Omar Haddad"), ClusterOf(d, entities, "Haddad", 1));

        // Two people named in their own right: the nearer one, as before.
        (d, entities, _) = Resolve(
            "Lina Mercer met Paul Mercer on Friday. Mercer said the visit went well.",
            ("Lina Mercer", EntityLabel.PER), ("Paul Mercer", EntityLabel.PER), ("Mercer", EntityLabel.PER));
        Assert.Equal(ClusterOf(d, entities, "Paul Mercer"), ClusterOf(d, entities, "Mercer"));
    }

    [Fact]
    public void Minister_her_surname_and_she_form_one_cluster()
    {
        var (d, entities, clusters) = Resolve(
            "Minister Amina Yusuf arrived in Nairobi on Monday. Yusuf told reporters that she would meet donors.",
            ("Amina Yusuf", EntityLabel.PER), ("Nairobi", EntityLabel.LOC), ("Yusuf", EntityLabel.PER));
        int id = ClusterOf(d, entities, "Amina Yusuf");
        Assert.Equal(id, ClusterOf(d, entities, "Yusuf"));
        var she = Assert.Single(entities, e => d.Slice(e.Span) == "she");
        Assert.Equal(id, she.Cluster);
        Assert.Equal(Coreference.Pronoun, she.Type);
        var cluster = clusters.Single(c => c.Id == id);
        Assert.Equal("Amina Yusuf", cluster.CanonicalName);
        Assert.Contains(cluster.Titles, t => t.Title == "Minister");
    }

    [Fact]
    public void Title_with_country_before_a_name_is_kept_with_its_affiliation()
    {
        var (d, entities, clusters) = Resolve(
            "Russia's deputy foreign minister Sergei Ryabkov rejected the plan. Ryabkov said talks would go on.",
            ("Sergei Ryabkov", EntityLabel.PER), ("Ryabkov", EntityLabel.PER));
        var c = clusters.Single(x => x.Id == ClusterOf(d, entities, "Sergei Ryabkov"));
        Assert.Equal(2, c.Mentions.Count);
        Assert.Contains(c.Titles, t => t.Title == "Russia's deputy foreign minister" && d.Slice(t.Span) == t.Title);
        Assert.Equal("Russia", c.Affiliation);
        Assert.Equal("Russia", d.Slice(c.AffiliationSpan!.Value));
    }

    [Fact]
    public void The_secretary_of_state_and_he_join_the_named_secretary()
    {
        var (d, entities, clusters) = Resolve(
            "US Secretary of State John Kerry met Sergei Lavrov in Geneva. The secretary of state said he was hopeful.",
            ("US Secretary of State John Kerry", EntityLabel.PER), ("Sergei Lavrov", EntityLabel.PER), ("Geneva", EntityLabel.LOC));
        var kerry = entities.Single(e => d.Slice(e.Span) == "John Kerry");   // the title is peeled off the name
        var nominal = Assert.Single(entities, e => e.Type == Coreference.Nominal);
        Assert.Equal("secretary of state", d.Slice(nominal.Span));
        Assert.Equal(kerry.Cluster, nominal.Cluster);
        Assert.Equal(kerry.Cluster, entities.Single(e => d.Slice(e.Span) == "he").Cluster);
        var c = clusters.Single(x => x.Id == kerry.Cluster);
        Assert.Equal("US", c.Affiliation);
        Assert.Contains(c.Titles, t => t.Title == "US Secretary of State");
    }

    [Fact]
    public void A_role_in_the_lede_joins_the_person_named_next_and_becomes_a_title()
    {
        var (d, entities, clusters) = Resolve(
            "Talks may end, according to the US secretary of state. Speaking on Thursday, Daniel Okafor said the talks were failing.",
            ("US secretary of state", EntityLabel.PER), ("Daniel Okafor", EntityLabel.PER));
        var role = Assert.Single(entities, e => e.Type == Coreference.Nominal);
        Assert.Equal(ClusterOf(d, entities, "Daniel Okafor"), role.Cluster);
        var c = clusters.Single(x => x.Id == role.Cluster);
        Assert.Equal("Daniel Okafor", c.CanonicalName);
        Assert.Contains(c.Titles, t => t.Title == "US secretary of state");
        Assert.Equal("US", c.Affiliation);
    }

    [Fact]
    public void Apposition_after_a_name_is_a_title()
    {
        var (d, entities, clusters) = Resolve(
            "Bashar Jaafari, Syria's UN ambassador, spoke first.",
            ("Bashar Jaafari", EntityLabel.PER), ("UN", EntityLabel.ORG));
        var c = clusters.Single(x => x.Id == ClusterOf(d, entities, "Bashar Jaafari"));
        Assert.Contains(c.Titles, t => t.Title == "Syria's UN ambassador");
        Assert.Equal("Syria", c.Affiliation);
    }

    [Fact]
    public void An_acronym_joins_the_organisation_it_abbreviates()
    {
        var (d, entities, _) = Resolve(
            "The United Nations warned of famine. The UN said aid was blocked.",
            ("United Nations", EntityLabel.ORG), ("UN", EntityLabel.ORG));
        Assert.Equal(ClusterOf(d, entities, "United Nations"), ClusterOf(d, entities, "UN"));
    }

    [Fact]
    public void Different_people_with_different_surnames_stay_apart()
    {
        var (d, entities, _) = Resolve(
            "John Kerry met Sergei Lavrov. Lavrov spoke first, then Kerry.",
            ("John Kerry", EntityLabel.PER), ("Sergei Lavrov", EntityLabel.PER), ("Lavrov", EntityLabel.PER), ("Kerry", EntityLabel.PER));
        Assert.Equal(ClusterOf(d, entities, "John Kerry"), ClusterOf(d, entities, "Kerry"));
        Assert.Equal(ClusterOf(d, entities, "Sergei Lavrov"), ClusterOf(d, entities, "Lavrov"));
        Assert.NotEqual(ClusterOf(d, entities, "Kerry"), ClusterOf(d, entities, "Lavrov"));
    }

    [Fact]
    public void A_family_name_that_comes_first_joins_the_full_name()
    {
        // "Zhou Ming" … "Zhou": the family name first, as Chinese and Korean names are written; "Lavrov" still joins by surname
        var (d, entities, _) = Resolve(
            "Zhou Ming met Sergei Lavrov. Zhou said the talks were useful. Lavrov agreed.",
            ("Zhou Ming", EntityLabel.PER), ("Sergei Lavrov", EntityLabel.PER), ("Zhou", EntityLabel.PER), ("Lavrov", EntityLabel.PER));
        Assert.Equal(ClusterOf(d, entities, "Zhou Ming"), ClusterOf(d, entities, "Zhou"));
        Assert.Equal(ClusterOf(d, entities, "Sergei Lavrov"), ClusterOf(d, entities, "Lavrov"));
        Assert.NotEqual(ClusterOf(d, entities, "Zhou"), ClusterOf(d, entities, "Lavrov"));
    }

    [Fact]
    public void She_after_an_owner_and_the_person_named_is_that_person()
    {
        // "Omar's grandmother, Halima, …": the owner comes first but is no subject
        var (d, entities, _) = Resolve(
            "Omar Tell was rescued at sea. Omar's grandmother, Halima, told reporters that she would go to fetch him.",
            ("Omar Tell", EntityLabel.PER), ("Omar", EntityLabel.PER), ("Halima", EntityLabel.PER));
        var she = entities.Single(e => d.Slice(e.Span) == "she");
        Assert.Equal(ClusterOf(d, entities, "Halima"), she.Cluster);
    }

    [Fact]
    public void A_pronoun_inside_a_quotation_is_not_resolved()
    {
        var (d, entities, _) = Resolve(
            "Amina Yusuf spoke. \"He is lying,\" Yusuf said.",
            ("Amina Yusuf", EntityLabel.PER), ("Yusuf", EntityLabel.PER));
        Assert.DoesNotContain(entities, e => d.Slice(e.Span) == "He");
    }

    [Fact]
    public void Clusters_are_readable_from_the_document()
    {
        var doc = new ArticleDocument("x");
        Assert.Empty(EntityClusters.Of(doc));
        EntityClusters.Set(doc, [new EntityCluster(0, "Amina Yusuf", EntityLabel.PER, [new TextSpan(0, 1)], [], null, null)]);
        Assert.Equal("Amina Yusuf", EntityClusters.Find(doc, 0)!.CanonicalName);
        Assert.Null(EntityClusters.Find(doc, 7));
    }

    [Fact]
    public void An_honorific_peels_off_and_the_surname_joins_the_full_name()
    {
        var (d, entities, _) = Resolve(
            "Daniel Okafor arrived in Abuja . Mr Okafor said the talks would resume .",
            ("Daniel Okafor", EntityLabel.PER), ("Abuja", EntityLabel.LOC), ("Mr Okafor", EntityLabel.PER));
        Assert.Contains(entities, e => d.Slice(e.Span) == "Okafor");
        Assert.Equal(ClusterOf(d, entities, "Daniel Okafor"), ClusterOf(d, entities, "Okafor"));
    }

    [Fact]
    public void A_rank_leaves_a_one_word_name_only_when_the_article_names_a_person_with_it()
    {
        var (d, entities, _) = Resolve(
            "Colonel Grace Mwangi landed in Goma . Colonel Mwangi said the road was open . Colonel Foods sold the depot .",
            ("Colonel Grace Mwangi", EntityLabel.PER), ("Goma", EntityLabel.LOC), ("Colonel Mwangi", EntityLabel.PER), ("Colonel Foods", EntityLabel.PER));
        Assert.Equal(ClusterOf(d, entities, "Grace Mwangi"), ClusterOf(d, entities, "Mwangi"));
        Assert.Contains(entities, e => d.Slice(e.Span) == "Colonel Foods");   // a company's name, not "Foods" with a rank
    }

    [Fact]
    public void Name_particles_arabic_articles_and_initials_do_not_split_a_person()
    {
        var (d, entities, _) = Resolve(
            "Bin Laden hid . Later Osama bin Laden fled . Ahmed Al-Chalabi spoke . Chalabi left . Harry Gray sold . Harry J . Gray bought .",
            ("Bin Laden", EntityLabel.PER), ("Osama bin Laden", EntityLabel.PER), ("Ahmed Al-Chalabi", EntityLabel.PER), ("Chalabi", EntityLabel.PER),
            ("Harry Gray", EntityLabel.PER), ("Harry J . Gray", EntityLabel.PER));
        Assert.Equal(ClusterOf(d, entities, "Bin Laden"), ClusterOf(d, entities, "Osama bin Laden"));
        Assert.Equal(ClusterOf(d, entities, "Ahmed Al-Chalabi"), ClusterOf(d, entities, "Chalabi"));
        Assert.Equal(ClusterOf(d, entities, "Harry Gray"), ClusterOf(d, entities, "Harry J . Gray"));
    }

    [Fact]
    public void A_party_named_with_an_arabic_article_does_not_join_a_person_of_that_surname()
    {
        var (d, entities, _) = Resolve(
            "Karim Hadi spoke . The bloc includes the Al-Hadi party and others .",
            ("Karim Hadi", EntityLabel.PER), ("Al-Hadi party", EntityLabel.ORG));
        Assert.NotEqual(ClusterOf(d, entities, "Karim Hadi"), ClusterOf(d, entities, "Al-Hadi party"));
    }

    [Fact]
    public void A_longer_name_joins_its_surname_rather_than_its_first_name_and_a_middle_name_makes_another_man()
    {
        var (d, entities, _) = Resolve(
            "Zawahiri wrote . Ayman spoke . Ayman Zawahiri left . George Walker Bush wrote . George Herbert Walker Bush replied .",
            ("Zawahiri", EntityLabel.PER), ("Ayman", EntityLabel.PER), ("Ayman Zawahiri", EntityLabel.PER),
            ("George Walker Bush", EntityLabel.PER), ("George Herbert Walker Bush", EntityLabel.PER));
        Assert.Equal(ClusterOf(d, entities, "Zawahiri"), ClusterOf(d, entities, "Ayman Zawahiri"));
        Assert.NotEqual(ClusterOf(d, entities, "George Walker Bush"), ClusterOf(d, entities, "George Herbert Walker Bush"));
    }

    [Fact]
    public void An_acronym_inside_a_name_counts_all_its_letters()
    {
        var (d, entities, _) = Resolve("US News reported that the UN met .", ("US News", EntityLabel.ORG), ("UN", EntityLabel.ORG));
        Assert.NotEqual(ClusterOf(d, entities, "US News"), ClusterOf(d, entities, "UN"));
    }

    [Fact]
    public void A_nominal_joins_no_official_of_an_unsaid_country_and_none_when_a_name_follows_in_apposition()
    {
        var (d, entities, _) = Resolve(
            "Ambassador Omar Haddad and Minister Amina Yusuf met reporters . The Iraqi ambassador said the border was closed . The minister for roads , Peter Otieno , resigned .",
            ("Omar Haddad", EntityLabel.PER), ("Amina Yusuf", EntityLabel.PER), ("Peter Otieno", EntityLabel.PER));
        Assert.DoesNotContain(entities, e => e.Type == Coreference.Nominal);
    }
}
