using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Extraction.Syntax;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Tests.Syntax;

public sealed class ConlluReaderTests
{
    [Fact]
    public void Multiword_token_lines_and_empty_nodes_are_skipped()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, string.Join('\n',
            "# text = Rebels don't retreat.",
            "1\tRebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_",
            "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
            "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_",
            "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
            "3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t_\t_",
            "4\tretreat\tretreat\tVERB\tVB\t_\t0\troot\t_\t_",
            "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
            "", ""));
        var s = Assert.Single(ConlluReader.Read(path));
        File.Delete(path);
        Assert.Equal(["Rebels", "do", "n't", "retreat", "."], s.Forms);
        Assert.Equal([4, 4, 4, 0, 4], s.Heads);
        Assert.Equal("root", s.Labels[3]);
    }
}

public sealed class PerceptronTests
{
    [Fact]
    public void A_saved_model_scores_the_same_after_loading()
    {
        var trainer = new PerceptronTrainer(["A", "B", "C"]);
        ulong[] f1 = [FeatureHash.Key(1, 11), FeatureHash.Key(2, 22)];
        ulong[] f2 = [FeatureHash.Key(1, 33), FeatureHash.Key(2, 22)];
        for (int i = 0; i < 20; i++)
        {
            trainer.Tick(); trainer.Update(f1, 0, 2);
            trainer.Tick(); trainer.Update(f2, 1, 0);
        }
        var model = trainer.Average(0f);
        var path = Path.GetTempFileName();
        model.Save(path);
        var loaded = PerceptronModel.Load(path, out var error, out _);
        File.Delete(path);
        Assert.Null(error);
        Assert.NotNull(loaded);
        var a = new float[3]; var b = new float[3];
        model.Score(f1, a); loaded!.Score(f1, b);
        for (int c = 0; c < 3; c++) Assert.Equal(a[c], b[c], 2);
        Assert.Equal(0, Array.IndexOf(b, b.Max()));
    }

    [Fact]
    public void Rows_covering_most_classes_score_like_short_rows_and_survive_saving()
    {
        // 10 classes: a row with 6 of them is stored dense (SIMD add), a row with 2 sparse; both must add up.
        var names = Enumerable.Range(0, 10).Select(i => "C" + i).ToArray();
        ulong wide = FeatureHash.Key(1, 7), narrow = FeatureHash.Key(2, 7), unseen = FeatureHash.Key(3, 7);
        var model = new PerceptronModel(names,
        [
            (wide, [(0, 1f), (2, -2f), (4, 0.5f), (6, 3f), (8, 1.25f), (9, -0.75f)]),
            (narrow, [(2, 1f), (9, 2f)]),
        ]);
        var expected = new float[] { 1f, 0, -1f, 0, 0.5f, 0, 3f, 0, 1.25f, 1.25f };
        foreach (var length in new[] { model.ClassCount, model.DenseLength })
        {
            var scores = new float[length];
            model.Score([wide, narrow, unseen], scores);
            for (int c = 0; c < 10; c++) Assert.Equal(expected[c], scores[c], 3);
        }
        var path = Path.GetTempFileName();
        model.Save(path);
        var loaded = PerceptronModel.Load(path, out var error, out _);
        File.Delete(path);
        Assert.Null(error);
        var again = new float[loaded!.DenseLength];
        loaded.Score([wide, narrow], again);
        for (int c = 0; c < 10; c++) Assert.Equal(expected[c], again[c], 2);
        Assert.Equal(2, loaded.Pruned(1.1f).FeatureCount);
        Assert.Equal(4, loaded.Pruned(1.1f).WeightCount); // -2, 3, 1.25 and 2
    }

    [Fact]
    public void A_long_sparse_row_scored_dense_is_saved_as_it_was_given()
    {
        // 60 classes: a row of 12 is under half of them (sparse in the file) but long enough to be scored dense;
        // its explicit zero weight must still be saved, and its sum must match the sparse one.
        var names = Enumerable.Range(0, 60).Select(i => "C" + i).ToArray();
        ulong longRow = FeatureHash.Key(1, 5), shortRow = FeatureHash.Key(2, 5);
        var row = Enumerable.Range(0, 12).Select(i => ((byte)(i * 5), i == 3 ? 0f : (float)(Half)(i * 0.37 - 1))).ToArray();
        var model = new PerceptronModel(names, [(longRow, row), (shortRow, [(5, 0.25f), (59, -1f)])]);
        var expected = new float[model.DenseLength];
        foreach (var (c, w) in row) expected[c] += w;
        expected[5] += 0.25f; expected[59] -= 1f;
        var scores = new float[model.DenseLength];
        model.Score([longRow, shortRow], scores);
        Assert.Equal(expected, scores);
        var path = Path.GetTempFileName();
        model.Save(path);
        var loaded = PerceptronModel.Load(path, out var error, out _);
        File.Delete(path);
        Assert.Null(error);
        Assert.Equal(14, loaded!.WeightCount);
        Assert.Equal(13, loaded.Pruned(0.2f).WeightCount);
    }

    [Fact]
    public void Scores_are_the_rows_added_in_feature_order_to_the_last_bit()
    {
        // 40 classes (dense rows take two 512-bit vectors and a 256-bit one), rows of every length, keys that share
        // slots (probing), features without a row, and half-precision weights (as in the model files) of such different
        // sizes that their float sum depends on the order of addition.
        var rng = new Random(7);
        var names = Enumerable.Range(0, 40).Select(i => "C" + i).ToArray();
        var rows = new List<(ulong Key, (byte Class, float Weight)[] Row)>();
        for (int k = 0; k < 3000; k++)
        {
            int length = k % 5 == 0 ? 20 + rng.Next(21) : 1 + rng.Next(8);
            var row = Enumerable.Range(0, 40).OrderBy(_ => rng.Next()).Take(length).Order()
                .Select(c => ((byte)c, (float)(Half)((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-3, 4))))).ToArray();
            rows.Add((FeatureHash.Key(k % 90, (ulong)k), row));
        }
        var model = new PerceptronModel(names, rows);
        var byKey = rows.ToDictionary(r => r.Key, r => r.Row);
        for (int trial = 0; trial < 200; trial++)
        {
            var features = Enumerable.Range(0, 1 + rng.Next(100))
                .Select(_ => rng.Next(4) == 0 ? FeatureHash.Key(999, (ulong)rng.Next()) : rows[rng.Next(rows.Count)].Key).ToArray();
            var expected = new float[model.DenseLength];
            foreach (var f in features)
                if (byKey.TryGetValue(f, out var row))
                    foreach (var (c, w) in row) expected[c] += w;
            var scores = new float[model.DenseLength];
            model.Score(features, scores);
            Assert.Equal(expected, scores);
        }
    }

    [Fact]
    public void An_aligned_score_buffer_starts_on_a_cache_line_and_scores_the_same()
    {
        var names = Enumerable.Range(0, 20).Select(i => "C" + i).ToArray();
        ulong wide = FeatureHash.Key(1, 3), narrow = FeatureHash.Key(2, 3);
        var model = new PerceptronModel(names,
            [(wide, Enumerable.Range(0, 12).Select(c => ((byte)c, c * 0.5f - 2)).ToArray()), (narrow, [(3, 1.5f), (19, -4f)])]);
        var plain = new float[model.DenseLength];
        model.Score([narrow, wide], plain);
        // A pinned array stands in for the stack (memory that does not move), cut at every float offset.
        var memory = GC.AllocateArray<float>(model.DenseLength + 31, pinned: true);
        for (int offset = 0; offset < 16; offset++)
        {
            Array.Clear(memory);
            var scores = PerceptronModel.Aligned(memory.AsSpan(offset, model.DenseLength + 15), model.DenseLength);
            Assert.Equal(model.DenseLength, scores.Length);
            int index = (int)(System.Runtime.CompilerServices.Unsafe.ByteOffset(ref memory[0], ref scores[0]) / sizeof(float));
            Assert.InRange(index, offset, offset + 15);
            Assert.Equal(0, System.Runtime.InteropServices.Marshal.UnsafeAddrOfPinnedArrayElement(memory, index) % 64);
            model.Score([narrow, wide], scores);
            Assert.Equal(plain, scores.ToArray());
        }
    }

    [Fact]
    public void The_mean_of_models_scores_as_the_mean_of_their_scores()
    {
        string[] names = ["A", "B", "C"];
        ulong shared = FeatureHash.Key(1, 5), onlyFirst = FeatureHash.Key(2, 5), onlySecond = FeatureHash.Key(3, 5);
        var first = new PerceptronModel(names, [(shared, [(0, 2f), (1, -1f)]), (onlyFirst, [(2, 4f)])]);
        var second = new PerceptronModel(names, [(shared, [(0, 1f)]), (onlySecond, [(1, 0.5f)])]);
        var mean = PerceptronModel.Mean([first, second], prune: 0f);
        ulong[] all = [shared, onlyFirst, onlySecond];
        var a = new float[3]; var b = new float[3]; var m = new float[3];
        first.Score(all, a); second.Score(all, b); mean.Score(all, m);
        for (int c = 0; c < 3; c++) Assert.Equal((a[c] + b[c]) / 2, m[c], 3);
        Assert.Equal(3, mean.FeatureCount);
        // Pruning applies to the means: 1.5 and 2 stay, -1 / 2 and 0.5 / 2 go (and with them the feature only the second had).
        var pruned = PerceptronModel.Mean([first, second], prune: 0.6f);
        Assert.Equal(2, pruned.WeightCount);
        Assert.Equal(2, pruned.FeatureCount);
    }

    [Fact]
    public void A_file_that_is_not_a_model_gives_an_error_not_an_exception()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "not a model");
        var model = PerceptronModel.Load(path, out var error, out _);
        File.Delete(path);
        Assert.Null(model);
        Assert.Contains("cannot read model", error);
    }
}

public sealed class TrainingTests
{
    // A tiny invented treebank: the trainers must be able to learn it (checks the transition system and oracle).
    private static readonly TreebankSentence[] Tiny =
    [
        new(["Rebels", "shelled", "the", "town", "."], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"], ["_", "_", "_", "_", "_"], [2, 0, 4, 2, 2], ["nsubj", "root", "det", "obj", "punct"]),
        new(["The", "army", "bombed", "a", "village", "."], ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], ["_", "_", "_", "_", "_", "_"], [2, 3, 0, 5, 3, 3], ["det", "nsubj", "root", "det", "obj", "punct"]),
        new(["Troops", "entered", "the", "city", "in", "May", "."], ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"], ["_", "_", "_", "_", "_", "_", "_"], [2, 0, 4, 2, 6, 2, 2], ["nsubj", "root", "det", "obj", "case", "obl", "punct"]),
    ];

    [Fact]
    public void The_parser_learns_a_small_treebank_exactly()
    {
        var parser = DependencyParser.Train(Tiny, Tiny.Select(s => s.Upos).ToList(), epochs: 15, prune: 0f, TextWriter.Null);
        foreach (var s in Tiny)
        {
            var (heads, labels) = parser.Parse(s.Forms, s.Upos);
            Assert.Equal(s.Heads, heads);
            Assert.Equal(s.Labels, labels);
        }
    }

    [Fact]
    public void A_saved_parser_keeps_its_word_tag_sets_and_parses_the_same_after_loading()
    {
        var parser = DependencyParser.Train(Tiny, Tiny.Select(s => s.Upos).ToList(), epochs: 15, prune: 0f, TextWriter.Null);
        Assert.NotEmpty(parser.Model.Lexicon); // the tag-set features depend on it
        var path = Path.GetTempFileName();
        parser.Model.Save(path);
        var loaded = PerceptronModel.Load(path, out var error, out _);
        File.Delete(path);
        Assert.Null(error);
        var again = new DependencyParser(loaded!);
        foreach (var s in Tiny) Assert.Equal(parser.Parse(s.Forms, s.Upos), again.Parse(s.Forms, s.Upos), (a, b) => a.Heads.SequenceEqual(b.Heads) && a.Labels.SequenceEqual(b.Labels));
    }

    [Fact]
    public void Every_parse_has_exactly_one_root_even_for_unseen_input()
    {
        var parser = DependencyParser.Train(Tiny, Tiny.Select(s => s.Upos).ToList(), epochs: 5, prune: 0f, TextWriter.Null);
        var (heads, _) = parser.Parse(["town", "the", "in", "in", ".", "May", "Rebels"], ["NOUN", "DET", "ADP", "ADP", "PUNCT", "PROPN", "NOUN"]);
        Assert.Equal(1, heads.Count(h => h == 0));
        Assert.All(heads, h => Assert.InRange(h, 0, 7));
    }

    [Fact]
    public void The_tagger_learns_a_small_treebank()
    {
        var tagger = PosTagger.Train(Tiny, epochs: 10, prune: 0f, TextWriter.Null);
        foreach (var s in Tiny) Assert.Equal(s.Upos, tagger.Tag(s.Forms));
    }

    [Fact]
    public void A_tagger_records_its_feature_set_and_one_without_the_record_uses_the_original_features()
    {
        var tagger = PosTagger.Train(Tiny, epochs: 3, prune: 0f, TextWriter.Null);
        Assert.Equal((ulong)PosTagger.CurrentFeatureSet, tagger.Model.Lexicon[PosTagger.FeatureSetKey]);
        var words = WordFeatures.Of(Tiny[1].Forms);
        var amb = new ulong[words.Length];
        var tags = new byte[words.Length];
        var tagHashes = tagger.TagSet.Select(FeatureHash.Of).ToArray();
        var f = new ulong[PosTagger.FeatureCount];
        int original = PosTagger.Extract(words, amb, 2, tags, tagHashes, featureSet: 1, f);
        var originalKeys = f[..original].ToHashSet();
        int current = PosTagger.Extract(words, amb, 2, tags, tagHashes, PosTagger.CurrentFeatureSet, f);
        Assert.Equal(40, original);
        Assert.True(current > original - 2);
        // Set 2 drops two templates of set 1 and adds its own; the rest are the same keys, so old models keep working.
        Assert.Equal(original - 2, f[..current].Count(originalKeys.Contains));
        // A model saved without the record (trained before it existed) still tags, with the original templates.
        var lexicon = tagger.Model.Lexicon.Where(x => x.Key != PosTagger.FeatureSetKey).ToDictionary();
        var old = new PosTagger(new PerceptronModel(tagger.Model.ClassNames, [], lexicon));
        Assert.Equal(Tiny[0].Length, old.Tag(Tiny[0].Forms).Length);
    }

    [Fact]
    public void A_hyphenated_word_exposes_its_last_part()
    {
        Assert.Equal(FeatureHash.OfLower("held"), WordFeatures.FromSpan("rebel-Held").HyphenTail);
        Assert.Equal(FeatureHash.OfLower("up"), WordFeatures.FromSpan("build-up").HyphenTail);
        Assert.Equal(0UL, WordFeatures.FromSpan("held").HyphenTail);
        Assert.Equal(0UL, WordFeatures.FromSpan("-").HyphenTail);
        Assert.Equal(0UL, WordFeatures.FromSpan("pro-").HyphenTail);
    }
}

public sealed class SyntaxStageTests
{
    private static (PosTagger, DependencyParser)? Models()
    {
        var data = new DataDirectory();
        var tagger = SyntaxModels.LoadTagger(data, out _);
        var parser = SyntaxModels.LoadParser(data, out _);
        return tagger is null || parser is null ? null : (tagger, parser);
    }

    private static ArticleDocument Tokenised(string text)
    {
        var doc = new ArticleDocument(text);
        doc.Sentences = [new Sentence(new TextSpan(0, text.Length))];
        var tokens = ImmutableArray.CreateBuilder<Token>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ') { i++; continue; }
            int j = i;
            if (char.IsLetterOrDigit(text[i])) while (j < text.Length && char.IsLetterOrDigit(text[j])) j++;
            else j++;
            tokens.Add(new Token(new TextSpan(i, j), TokenKind.Word));
            i = j;
        }
        doc.Tokens = tokens.ToImmutable();
        return doc;
    }

    [Fact]
    public void Committed_models_tag_and_parse_a_news_sentence()
    {
        if (Models() is not var (tagger, parser)) { Console.WriteLine("models/pos.bin.gz or models/parser.bin.gz absent; skipped"); return; }
        var doc = Tokenised("Government troops shelled the rebel town of Qaryat on Monday.");
        new PosStage(tagger).Run(doc);
        new ParseStage(parser, tagger).Run(doc);
        var pos = doc.GetExtra<PosTags>(Layer.Pos)!;
        var deps = doc.GetExtra<Dependencies>(Layer.Deps)!;
        Assert.Equal("VERB", pos[2]);
        Assert.Equal(-1, deps.Heads[2]);               // "shelled" is the root
        Assert.Equal(2, deps.Heads[1]);                // "troops" depends on it
        Assert.Equal("nsubj", deps.Label(1));
        Assert.Equal(2, deps.Heads[5]);                // "town" is its object
        Assert.Equal("obj", deps.Label(5));
    }

    [Fact]
    public void An_ing_word_after_the_auxiliary_be_is_a_progressive_verb()
    {
        if (Models() is not var (tagger, _)) { Console.WriteLine("models/pos.bin.gz absent; skipped"); return; }
        var tags = tagger.Tag(["Kenyan", "and", "Ugandan", "jets", "were", "bombing", "rebel", "-", "held", "areas", "."]);
        Assert.Equal("VERB", tags[5]);
        // At the end of a clause the -ing word may well be a noun: the rule leaves the model's choice alone there.
        var end = tagger.Tag(["Their", "biggest", "worry", "is", "housing", "."]);
        Assert.Equal("NOUN", end[4]);
    }

    [Fact]
    public void A_headline_opening_on_a_plural_noun_reads_it_as_the_subject()
    {
        if (Models() is not var (tagger, _)) { Console.WriteLine("models/pos.bin.gz absent; skipped"); return; }
        var tags = tagger.Tag(["Clashes", "near", "Bentiu", "kill", "31", ",", "aid", "agency", "says"]);
        Assert.Equal("NOUN", tags[0]);
        Assert.Equal("VERB", tags[3]);
        var labelled = tagger.Tag(["Somalia", ":", "Clashes", "near", "Kismayo", "kill", "14", ",", "officials", "say"]);
        Assert.Equal("NOUN", labelled[2]);
        // Informal subject drop keeps its verb: a pronoun comes before the next verb.
        var chat = tagger.Tag(["Sounds", "like", "they", "left", "early"]);
        Assert.Equal("VERB", chat[0]);
    }

    [Fact]
    public void A_word_in_small_letters_after_a_name_is_no_name_unless_the_treebank_showed_it_as_one()
    {
        if (Models() is not var (tagger, _)) { Console.WriteLine("models/pos.bin.gz absent; skipped"); return; }
        var tags = tagger.Tag(["Uganda", "departs", "from", "Kenya", "almost", "five", "years", "after", "crowds", "trashed", "its", "embassy", ",",
            "a", "senior", "official", "said", "on", "Saturday", "."]);
        Assert.NotEqual("PROPN", tags[1]);
        // The particles of names stay names: "al-" and "bin" are lowercase proper nouns in the treebank.
        var name = tagger.Tag(["Osama", "bin", "Laden", "fled", "."]);
        Assert.Equal("PROPN", name[1]);
    }

    [Fact]
    public void Curly_and_straight_apostrophes_give_the_same_tags()
    {
        if (Models() is not var (tagger, _)) { Console.WriteLine("models/pos.bin.gz absent; skipped"); return; }
        Assert.Equal(tagger.Tag(["The", "government", "'s", "offensive", "began", "."]),
            tagger.Tag(["The", "government", "\u2019s", "offensive", "began", "."]));
    }

    [Fact]
    public void The_parse_works_on_syntactic_words_split_at_clitics()
    {
        if (Models() is not var (tagger, parser)) { Console.WriteLine("models/pos.bin.gz or models/parser.bin.gz absent; skipped"); return; }
        // Surface tokens keep "Chad's" and "didn't" whole (as the token layer must); the models see UD words.
        const string text = "Chad's army didn't retreat.";
        var doc = new ArticleDocument(text) { Sentences = [new Sentence(new TextSpan(0, text.Length))] };
        doc.Tokens = [new Token(new TextSpan(0, 6), TokenKind.Word), new Token(new TextSpan(7, 11), TokenKind.Word),
            new Token(new TextSpan(12, 18), TokenKind.Word), new Token(new TextSpan(19, 26), TokenKind.Word),
            new Token(new TextSpan(26, 27), TokenKind.Punctuation)];
        new PosStage(tagger).Run(doc);
        new ParseStage(parser, tagger).Run(doc);
        var pos = doc.GetExtra<PosTags>(Layer.Pos)!;
        var deps = doc.GetExtra<Dependencies>(Layer.Deps)!;
        Assert.Equal(["Chad", "'s", "army", "did", "n't", "retreat", "."], pos.Words.Spans.Select(w => w.Of(text)));
        Assert.Equal(7, deps.Heads.Length);
        Assert.Equal("PART", pos[1]);
        Assert.Equal(0, deps.Heads[1]);               // "'s" hangs on "Chad"
        Assert.Equal(5, deps.Heads[4]);               // "n't" on "retreat"
    }
}
