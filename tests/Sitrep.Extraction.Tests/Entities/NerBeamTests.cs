using Sitrep.Core;
using Sitrep.Extraction.Entities;

namespace Sitrep.Extraction.Tests.Entities;

public sealed class NerBeamTests
{
    /// <summary>A model whose every feature the sentence can fire, for any history, has a random weight.</summary>
    private static (NerLexicon Lexicon, NerToken[] Tokens, TextSpan[] Spans, ulong[] Keys, float[] Weights) RandomModel(string text, int seed)
    {
        var lexicon = new NerLexicon.Builder().Build();
        var spans = NerCorpus.SpaceTokens(text);
        var tokens = new NerToken[spans.Length];
        NerFeatures.Analyse(text, spans, lexicon, tokens);
        var keys = new HashSet<ulong>();
        Span<ulong> f = stackalloc ulong[NerFeatures.MaxStatic];
        for (int i = 0; i < tokens.Length; i++)
        {
            int n = NerFeatures.Static(tokens, i, f);
            for (int k = 0; k < n; k++) keys.Add(f[k]);
            for (int p1 = 0; p1 < NerTags.Count; p1++)
            for (int p2 = 0; p2 < NerTags.Count; p2++)
            {
                int m = NerFeatures.Dynamic(tokens, i, p1, p2, f);
                for (int k = 0; k < m; k++) keys.Add(f[k]);
            }
        }
        var rng = new Random(seed);
        var keyArray = keys.Order().ToArray();
        var weights = new float[keyArray.Length * NerTags.Count];
        for (int i = 0; i < weights.Length; i++) weights[i] = (float)(rng.NextDouble() * 2 - 1);
        return (lexicon, tokens, spans, keyArray, weights);
    }

    private static double Score(FeatureTable table, float[] weights, NerToken[] tokens, ReadOnlySpan<byte> tags)
    {
        double total = 0;
        Span<ulong> f = stackalloc ulong[NerFeatures.MaxStatic];
        for (int i = 0; i < tokens.Length; i++)
        {
            int n = NerFeatures.Static(tokens, i, f);
            for (int k = 0; k < n; k++) total += weights[table.Row(f[k]) * NerTags.Count + tags[i]];
            int m = NerFeatures.Dynamic(tokens, i, i > 0 ? tags[i - 1] : NerTags.O, i > 1 ? tags[i - 2] : NerTags.O, f);
            for (int k = 0; k < m; k++) total += weights[table.Row(f[k]) * NerTags.Count + tags[i]];
        }
        return total;
    }

    private static bool WellFormed(ReadOnlySpan<byte> tags)
    {
        int prev = NerTags.O;
        foreach (var t in tags)
        {
            if (!NerTags.Allowed[prev * NerTags.Count + t]) return false;
            prev = t;
        }
        return NerTags.AllowedLast(prev);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_beam_that_holds_every_history_finds_the_best_well_formed_sequence(int seed)
    {
        // Two tokens: at most 9 first tags, so a beam of 16 keeps them all and the search is exact.
        var (_, tokens, _, keys, weights) = RandomModel("Ardell shelled", seed);
        var table = new FeatureTable(keys);
        double best = double.NegativeInfinity;
        var tags = new byte[2];
        for (int a = 0; a < NerTags.Count; a++)
        for (int b = 0; b < NerTags.Count; b++)
        {
            tags[0] = (byte)a; tags[1] = (byte)b;
            if (WellFormed(tags)) best = Math.Max(best, Score(table, weights, tokens, tags));
        }
        var found = new byte[2];
        NerDecoder.DecodeBeam(in table, weights, tokens, found, NerDecoder.MaxBeam);
        Assert.True(WellFormed(found));
        Assert.Equal(best, Score(table, weights, tokens, found), 4);
    }

    [Fact]
    public void A_beam_of_one_decodes_as_the_greedy_tagger_and_a_wide_beam_stays_well_formed()
    {
        var (_, tokens, _, keys, weights) = RandomModel("Troops of the Brimo Front shelled Caskar near Dunmere on Friday", 7);
        var table = new FeatureTable(keys);
        var greedy = new byte[tokens.Length];
        var one = new byte[tokens.Length];
        var wide = new byte[tokens.Length];
        NerDecoder.Decode(in table, weights, tokens, greedy);
        NerDecoder.DecodeBeam(in table, weights, tokens, one, 1);
        NerDecoder.DecodeBeam(in table, weights, tokens, wide, NerDecoder.MaxBeam);
        Assert.Equal(greedy, one);
        Assert.True(WellFormed(wide));
    }

    [Fact]
    public void The_run_time_tagger_decodes_as_the_trainer_does_and_a_saved_model_keeps_its_beam()
    {
        const string text = "Troops of the Brimo Front shelled Caskar near Dunmere on Friday , Ardell Voss said";
        var (lexicon, tokens, spans, keys, weights) = RandomModel(text, 11);
        var model = new NerModel(lexicon, keys, weights, beam: 8);
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.Equal(8, loaded.Beam);
            var expected = new byte[tokens.Length];
            var table = new FeatureTable(loaded.Keys);
            NerDecoder.DecodeBeam(in table, loaded.Weights, tokens, expected, 8);
            var got = new byte[tokens.Length];
            loaded.Tag(text, spans, got);
            Assert.Equal(expected, got);
        }
        finally { File.Delete(path); }
    }
}
