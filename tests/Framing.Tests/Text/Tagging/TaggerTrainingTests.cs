using Framing.Text;
using Framing.Text.Conllu;
using Framing.Text.Tagging;

namespace Framing.Tests.Text.Tagging;

public class TaggerTrainingTests
{
    [Fact]
    public void Training_twice_on_the_same_data_gives_identical_bytes()
    {
        var data = ConlluReader.Parse(TinyTreebank.Text);
        var options = new TaggerTrainingOptions { Epochs = 5, FixedTagMinCount = 2 };

        var first = Bytes(TaggerTrainer.Train(data, data, options));
        var second = Bytes(TaggerTrainer.Train(data, data, options));

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_changes_the_shuffle_but_each_seed_is_reproducible()
    {
        var data = ConlluReader.Parse(TinyTreebank.Text);
        var seeded = new TaggerTrainingOptions { Epochs = 3, Seed = 7, PruneBelow = 0 };

        Assert.Equal(Bytes(TaggerTrainer.Train(data, null, seeded)), Bytes(TaggerTrainer.Train(data, null, seeded)));
    }

    [Fact]
    public void Trained_tiny_model_tags_its_training_sentences()
    {
        var data = ConlluReader.Parse(TinyTreebank.Text);
        // Six sentences are too few for the jackknifed second pass (its fold models see five), so
        // this checks the first pass alone.
        var model = TaggerTrainer.Train(data, data, new TaggerTrainingOptions { Epochs = 10, PruneBelow = 0, RefinerFolds = 0 });

        var tags = model.Tagger.Tag(["The", "dog", "barks", "."]);

        Assert.Equal([PartOfSpeech.DET, PartOfSpeech.NOUN, PartOfSpeech.VERB, PartOfSpeech.PUNCT], tags.ToArray());
        Assert.Contains("epoch", model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Saved_model_loads_back_to_the_same_bytes_and_tags()
    {
        var data = ConlluReader.Parse(TinyTreebank.Text);
        var model = TaggerTrainer.Train(data, data, new TaggerTrainingOptions { Epochs = 4 });
        var bytes = Bytes(model);

        var loaded = TaggerModel.Load(new MemoryStream(bytes));

        Assert.Equal(bytes, Bytes(loaded));
        string[] words = ["Cats", "chase", "the", "old", "dog", "."];
        Assert.Equal(model.Tagger.Tag(words).ToArray(), loaded.Tagger.Tag(words).ToArray());
    }

    [Fact]
    public void Training_data_without_tags_is_refused()
    {
        var untagged = ConlluReader.Parse("1\tword\t_\t_\t_\t_\t_\t_\t_\t_\n\n");

        var error = Assert.Throws<ArgumentException>(() => TaggerTrainer.Train(untagged, null));

        Assert.Contains("no tagged sentences", error.Message, StringComparison.Ordinal);
    }

    [EwtModelFact]
    public void Training_on_an_ewt_slice_is_deterministic()
    {
        var train = ConlluReader.ReadFile(Path.Combine(TestPaths.EwtDirectory!, "en_ewt-ud-train.conllu"));
        var options = new TaggerTrainingOptions { Epochs = 3, MaxSentences = 500 };

        var first = Bytes(TaggerTrainer.Train(train, null, options));
        var second = Bytes(TaggerTrainer.Train(train, null, options));

        Assert.Equal(first, second);
        Assert.True(first.Length > 10_000);
    }

    private static byte[] Bytes(TaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
