using Framing.Text;
using Framing.Text.Conllu;
using Framing.Text.Lexicon;
using Framing.Text.Tagging;

namespace Framing.Tests.Text.Tagging;

/// <summary>The second, right-context tagging pass and the lexicon the tagger reads.</summary>
public class TagRefinerTests
{
    private const int C = 17;

    private static readonly int Adp = TagSet.ClassOf(PartOfSpeech.ADP);
    private static readonly int Part = TagSet.ClassOf(PartOfSpeech.PART);
    private static readonly int Verb = TagSet.ClassOf(PartOfSpeech.VERB);
    private static readonly int Noun = TagSet.ClassOf(PartOfSpeech.NOUN);

    [Fact]
    public void The_refiner_reads_the_first_pass_tag_of_the_next_word()
    {
        // One weight: "the next word's first-pass tag is VERB" favours PART by 10.
        var dense = new float[RefinerFeatures.DenseRowCount * C];
        Span<int> rows = stackalloc int[RefinerFeatures.DenseCount];
        RefinerFeatures.DenseRows(TagSet.Start, Adp, Verb, TagSet.Start, rows);
        dense[(rows[0] * C) + Part] = 10;
        var refiner = new TagRefiner(new RefinerWeights(1, dense, [], []));

        var beforeVerb = Refine(refiner, first: [Adp, Verb]);
        var beforeNoun = Refine(refiner, first: [Adp, Noun]);

        Assert.Equal(Part, beforeVerb[0]);
        Assert.Equal(Adp, beforeNoun[0]);
    }

    [Fact]
    public void Training_learns_a_right_context_rule_the_first_pass_missed()
    {
        // The first pass always says ADP for word 1; gold is PART before a verb, ADP before a noun.
        var examples = Enumerable.Range(0, 200).Select(i => Example(i % 2 == 0 ? Verb : Noun)).ToList();

        var weights = RefinerTrainer.Train(examples, examples, scale: 0.1f, epochs: 3, seed: 1, pruneBelow: 0, log: null, out var summary);
        var refiner = new TagRefiner(weights);

        Assert.Equal(Part, Refine(refiner, [Adp, Verb], [1f, 0f])[0]);
        Assert.Equal(Adp, Refine(refiner, [Adp, Noun], [1f, 0f])[0]);
        Assert.Contains("dev 100.00%", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_training_adds_the_second_pass_and_zero_folds_leaves_it_out()
    {
        var data = ConlluReader.Parse(TinyTreebank.Text);

        Assert.True(TaggerTrainer.Train(data, null, new TaggerTrainingOptions { Epochs = 2 }).HasSecondPass);
        Assert.False(TaggerTrainer.Train(data, null, new TaggerTrainingOptions { Epochs = 2, RefinerFolds = 0 }).HasSecondPass);
    }

    [Fact]
    public void A_model_trained_with_its_own_lexicon_carries_it_and_the_default_one_is_referred_to()
    {
        var data = ConlluReader.Parse(TinyTreebank.Text);
        var withDefault = TaggerTrainer.Train(data, null, new TaggerTrainingOptions { Epochs = 2 });
        var withEmpty = TaggerTrainer.Train(data, null, new TaggerTrainingOptions { Epochs = 2, Lexicon = EnglishLexicon.Empty });

        var loadedDefault = TaggerModel.Load(new MemoryStream(Bytes(withDefault)));
        var loadedEmpty = TaggerModel.Load(new MemoryStream(Bytes(withEmpty)));

        Assert.Same(EnglishLexicon.Default, loadedDefault.Lexicon);
        Assert.Equal(EnglishLexicon.Empty.Fingerprint, loadedEmpty.Lexicon.Fingerprint);
        Assert.Equal(0, loadedEmpty.Lexicon.Count);
        Assert.True(Bytes(withDefault).Length < 1_000_000, "the default lexicon must not be copied into the model");
    }

    [Fact]
    public void The_embedded_model_has_the_second_pass_and_the_embedded_lexicon()
    {
        Assert.True(TaggerModel.Default.HasSecondPass);
        Assert.Same(EnglishLexicon.Default, TaggerModel.Default.Lexicon);
    }

    private static RefinerExample Example(int nextTag)
    {
        var gold = nextTag == Verb ? Part : Adp;
        var scores = new float[2 * C];
        scores[Adp] = 1;
        return new RefinerExample([11UL, 12UL], [Adp, nextTag], scores, [false, true], [gold, nextTag]);
    }

    private static int[] Refine(TagRefiner refiner, int[] first, float[]? firstScores = null)
    {
        var n = first.Length;
        var scores = new float[n * C];
        if (firstScores is not null)
        {
            // firstScores[i] is the score of word i's first-pass class.
            for (var i = 0; i < n; i++)
            {
                scores[(i * C) + first[i]] = firstScores[i];
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                scores[(i * C) + first[i]] = 5;
            }
        }

        var refined = new int[n];
        refiner.Refine(n, new ulong[n], first, scores, [false, true], refined);
        return refined;
    }

    private static byte[] Bytes(TaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
