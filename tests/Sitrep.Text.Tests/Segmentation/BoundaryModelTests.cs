using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Text.Segmentation;

namespace Sitrep.Text.Tests.Segmentation;

public sealed class BoundaryModelTests
{
    [Fact]
    public void A_missing_model_file_gives_no_model_and_the_rules_take_over()
    {
        Assert.Null(BoundaryModel.TryLoad(Path.Combine(Path.GetTempPath(), "no-such-sitrep-model.bin.gz"), out var problem));
        Assert.NotNull(problem);
        Assert.Null(BoundaryModel.Shared(null));
        var d = SentenceTests.Segment("It ended. Talks resumed.", BoundaryModel.Shared(Path.Combine(Path.GetTempPath(), "absent-sitrep-model.bin.gz")));
        Assert.Equal(2, d.Sentences.Length);
    }

    [Fact]
    public void A_corrupt_model_file_is_reported_not_thrown()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-corrupt-{Guid.NewGuid():N}.bin.gz");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5]);
        try
        {
            Assert.Null(BoundaryModel.TryLoad(path, out var problem));
            Assert.Contains(path, problem);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_trained_model_survives_saving_and_loading_and_is_loaded_once()
    {
        // A tiny invented treebank: e-mail style lines whose boundaries carry no punctuation.
        var docs = Enumerable.Range(0, 30).Select(k => new UdDocument($"d{k}",
            $"Thanks for the maps Regards Omar The convoy left at {k} am. It reached the camp.",
            [$"Thanks for the maps".Length, $"Thanks for the maps Regards Omar".Length,
             $"Thanks for the maps Regards Omar The convoy left at {k} am.".Length,
             $"Thanks for the maps Regards Omar The convoy left at {k} am. It reached the camp.".Length])).ToList();
        var result = BoundaryTrainer.Train(docs, epochs: 5);
        Assert.True(result.Examples > 0);
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-model-{Guid.NewGuid():N}.bin.gz");
        try
        {
            result.Model.Save(path);
            var loaded = BoundaryModel.Shared(path);
            Assert.NotNull(loaded);
            Assert.Same(loaded, BoundaryModel.Shared(path));
            const string text = "Thanks for the maps Regards Omar The convoy left at 7 am. It reached the camp.";
            var a = SentenceTests.Segment(text, result.Model).Sentences.Select(s => s.Span).ToArray();
            var b = SentenceTests.Segment(text, loaded).Sentences.Select(s => s.Span).ToArray();
            Assert.Equal(a, b);
            Assert.Contains(a, s => s.Of(text) == "It reached the camp.");
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Ud_documents_rebuild_text_with_sentence_ends_and_paragraph_breaks()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-ud-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, "# newdoc id = a\n# newpar id = p1\n# text = Talks failed.\n1\tTalks\n2\tfailed\n3\t.\n\n# text = Fighting resumed.\n1\tFighting\n\n# newpar id = p2\n# text = Aid arrived.\n1\tAid\n\n# newdoc id = b\n# text = Done.\n1\tDone\n\n");
        try
        {
            var docs = UdDocuments.Read(path).ToList();
            Assert.Equal(2, docs.Count);
            Assert.Equal("Talks failed. Fighting resumed.\n\nAid arrived.", docs[0].Text);
            Assert.Equal([13, 31, 45], docs[0].SentenceEnds);
            Assert.Equal("b", docs[1].Id);
        }
        finally { File.Delete(path); }
    }

    // The word and shape hashes as first defined (one pass per hash, range tests): the committed model
    // was trained on these values, so the one-pass table version must reproduce them exactly.
    private static uint ReferenceLower(string text, TextSpan t)
    {
        uint h = 2166136261;
        for (int k = t.Start; k < Math.Min(t.End, t.Start + 24); k++)
        {
            char c = text[k];
            h ^= c < 128 ? (uint)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            h *= 16777619;
        }
        return h | 4;
    }

    private static uint ReferenceShape(string text, TextSpan t)
    {
        uint h = 2166136261;
        char last = '\0';
        for (int k = t.Start; k < Math.Min(t.End, t.Start + 16); k++)
        {
            char c = text[k];
            char s = c < 128
                ? (c is >= 'A' and <= 'Z' ? 'X' : c is >= 'a' and <= 'z' ? 'x' : c is >= '0' and <= '9' ? 'd' : c)
                : char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last && s is 'X' or 'x' or 'd') continue;
            last = s;
            h ^= s;
            h *= 16777619;
        }
        h ^= (uint)Math.Min(t.Length, 6);
        h *= 16777619;
        return h | 8;
    }

    [Theory]
    [InlineData("Haddad")]
    [InlineData("U.S.")]
    [InlineData("08:15")]
    [InlineData("1,700")]
    [InlineData("McALLISTER-Ördög")]
    [InlineData("Ärzte")]
    [InlineData("ﬁre")]
    [InlineData("İstanbul")]
    [InlineData("١٢٣abc")]
    [InlineData("counterinsurgency-operations-2016")]
    [InlineData("AAAAAAAAAAAAAAAAbbbbbbbbbbbbbbbbCCCCCCCC")]
    [InlineData(":-)")]
    [InlineData("x")]
    public void Word_hashes_are_the_ones_the_model_was_trained_on(string word)
    {
        const string pad = "« ";
        string text = pad + word + " »";
        var span = new TextSpan(pad.Length, pad.Length + word.Length);
        BoundaryModel.WordHashes(text, span, out uint lower, out uint shape);
        Assert.Equal(ReferenceLower(text, span), lower);
        Assert.Equal(ReferenceShape(text, span), shape);
    }

    [Fact]
    public void Packed_weights_read_back_exactly_and_survive_saving()
    {
        var rng = new Random(3);
        var dense = new float[1 << BoundaryModel.Bits];
        for (int k = 0; k < 5000; k++) dense[rng.Next(dense.Length)] = (float)(rng.NextDouble() * 8 - 4);
        dense[0] = 1.5f;
        dense[63] = -2f;
        dense[64] = 0.25f;
        dense[^1] = 3f;
        var model = new BoundaryModel(dense);
        Assert.Equal(dense.Count(w => w != 0), model.NonZero);
        for (int k = 0; k < dense.Length; k++) Assert.Equal(dense[k], model.Weight(k));

        var path = Path.Combine(Path.GetTempPath(), $"sitrep-packed-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            var loaded = BoundaryModel.TryLoad(path, out var problem);
            Assert.Null(problem);
            for (int k = 0; k < dense.Length; k++) Assert.Equal(dense[k], loaded!.Weight(k));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_gap_is_scored_as_the_sum_of_its_feature_weights_in_order()
    {
        const string text = "Convoy status 08:15 AM | All: the trucks crossed at Rafah. no word yet";
        var tokens = new List<Token>();
        EnglishTokenizer.Tokenize(text, 0, text.Length, tokens);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var rng = new Random(9);
        var dense = new float[1 << BoundaryModel.Bits];
        for (int k = 0; k < dense.Length; k++) if (rng.Next(4) == 0) dense[k] = (float)(rng.NextDouble() * 2 - 1);
        var model = new BoundaryModel(dense);
        var hashes = new TokenHashes();
        hashes.Reset(tokens.Count);
        Span<int> f = stackalloc int[64];
        int gaps = 0;
        for (int i = 0; i < tokens.Count - 1; i++)
        {
            var verdict = SentenceRules.Decide(text, span, i, i + 1, tokens.Count);
            int n = BoundaryModel.Features(text, span, i, i, 0, verdict, hashes, f);
            Assert.Equal(30, n);
            float sum = 0;
            foreach (var k in f[..n]) sum += dense[k];
            Assert.Equal(sum, model.Score(text, span, i, i, 0, verdict, hashes));
            gaps++;
        }
        Assert.True(gaps > 10);
    }

    [Theory]
    // Decisions of the committed model on invented web-style text, recorded before the scoring was
    // rewritten for speed: the faster code must give the same boundaries.
    [InlineData("Convoy status 08:15 AM | All: the trucks crossed at Rafah. no word from the second group yet",
        "Convoy status 08:15 AM |‖All: the trucks crossed at Rafah.‖no word from the second group yet")]
    [InlineData("Q: when will the ceasefire start? A: not before Friday, officials said ;) see www.example.org/news for more",
        "Q: when will the ceasefire start?‖A: not before Friday, officials said ;) see www.example.org/news for more")]
    [InlineData("thanks for the update Layla i will forward it to the team tomorrow Regards Omar",
        "thanks for the update Layla i will forward it to the team tomorrow Regards Omar")]
    public void The_committed_model_keeps_its_decisions_on_web_text(string text, string expected)
    {
        var model = SentenceTests.CommittedModel();
        if (model is null)
        {
            Console.WriteLine($"skipped: {BoundaryModel.RelativePath} not found");
            return;
        }
        Assert.Equal(expected.Split('‖'), SentenceTests.Segment(text, model).Sentences.Select(s => s.Span.Of(text)));
    }
}
