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
}
