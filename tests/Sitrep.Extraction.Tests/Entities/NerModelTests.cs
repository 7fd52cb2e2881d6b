using Sitrep.Core.Model;
using Sitrep.Extraction.Entities;

namespace Sitrep.Extraction.Tests.Entities;

public sealed class NerModelTests
{
    [Fact]
    public void Bilou_tags_round_trip_spans()
    {
        var spans = new List<(int, int, EntityLabel)> { (0, 1, EntityLabel.PER), (2, 5, EntityLabel.ORG), (5, 7, EntityLabel.LOC) };
        var tags = new byte[8];
        NerTags.Encode(spans, tags);
        Assert.Equal(spans, NerTags.Decode(tags));
    }

    [Fact]
    public void An_open_span_cannot_be_followed_by_outside()
    {
        int bPer = NerTags.Tag(EntityLabel.PER, NerTags.B);
        Assert.False(NerTags.Allowed[bPer * NerTags.Count + NerTags.O]);
        Assert.True(NerTags.Allowed[bPer * NerTags.Count + NerTags.Tag(EntityLabel.PER, NerTags.L)]);
        Assert.False(NerTags.Allowed[bPer * NerTags.Count + NerTags.Tag(EntityLabel.ORG, NerTags.L)]);
        Assert.False(NerTags.AllowedLast(bPer));
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_weights_and_lexicon()
    {
        var b = new NerLexicon.Builder();
        b.Add("secretary of state", LexKind.Title);
        var keys = new ulong[] { 3, 5, 7 };
        var weights = new float[keys.Length * NerTags.Count];
        for (int i = 0; i < weights.Length; i++) weights[i] = (i % 7) - 3;
        var model = new NerModel(b.Build(), keys, weights);
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.Equal(keys, loaded.Keys);
            Assert.Equal(weights, loaded.Weights.Select(w => (float)Math.Round(w, 3)));
            Assert.Equal(model.Lexicon.Count, loaded.Lexicon.Count);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_lexicon_phrase_is_found_longest_first()
    {
        var b = new NerLexicon.Builder();
        b.Add("foreign minister", LexKind.Title);
        b.Add("deputy foreign minister", LexKind.Title);
        b.Add("Russia", LexKind.Country);
        var lex = b.Build();
        var words = new[] { "Russia", "'s", "deputy", "foreign", "minister", "Sergei" };
        var folded = words.Select(w => NerHash.Folded(w)).ToArray();
        Assert.Equal(1, lex.LongestPhrase(folded, 0, out var k0));
        Assert.Equal(LexKind.Country, k0);
        Assert.Equal(3, lex.LongestPhrase(folded, 2, out var k2));
        Assert.Equal(LexKind.Title, k2);
        Assert.Equal(0, lex.LongestPhrase(folded, 5, out _));
    }

    [Fact]
    public void Word_classes_live_beside_the_lexicon_without_changing_its_phrases_and_survive_saving()
    {
        var b = new NerLexicon.Builder();
        b.Add("Russia", LexKind.Country);
        b.AddCluster("russia", 7 | (3 << 10));
        b.AddCluster("tanks", 9);
        var lex = b.Build();
        Assert.Equal(1, lex.LongestPhrase([NerHash.Folded("Russia")], 0, out var kinds));
        Assert.Equal(LexKind.Country, kinds);
        Assert.Equal(LexKind.None, lex.Word(NerHash.Folded("tanks")));
        Assert.Equal(0, lex.LongestPhrase([NerHash.Folded("tanks")], 0, out _));
        var model = new NerModel(lex, [3], new float[NerTags.Count]);
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path).Lexicon;
            Assert.Equal(7 | (3 << 10), loaded.Cluster(NerHash.Folded("RUSSIA")));
            Assert.Equal(9, loaded.Cluster(NerHash.Folded("Tanks")));
            Assert.Equal(0, loaded.Cluster(NerHash.Folded("Syria")));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Words_used_in_the_same_company_fall_into_one_class_and_the_result_is_repeatable()
    {
        // Invented text: towns follow "shelled" and "near", verbs follow "troops"; two classes must split them.
        var sentences = new List<string[]>();
        string[] towns = ["Ardell", "Brimo", "Caskar", "Dunmere"], verbs = ["advanced", "retreated", "regrouped", "waited"];
        for (int r = 0; r < 6; r++)
            foreach (var town in towns)
                foreach (var verb in verbs)
                {
                    sentences.Add(["troops", verb, "near", town, "."]);
                    sentences.Add(["jets", "shelled", town, "and", "troops", verb, "."]);
                }
        var first = NerClusters.Learn(sentences, 2, TextWriter.Null);
        var again = NerClusters.Learn(sentences, 2, TextWriter.Null);
        Assert.Equal(first.OrderBy(kv => kv.Key), again.OrderBy(kv => kv.Key));
        Assert.Single(towns.Select(t => first[t.ToLowerInvariant()]).Distinct());
        Assert.Single(verbs.Select(v => first[v]).Distinct());
        Assert.NotEqual(first["ardell"], first["advanced"]);
    }
}
