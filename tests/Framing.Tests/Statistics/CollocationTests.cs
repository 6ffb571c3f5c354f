using System.Collections.Immutable;

using Framing.Statistics;
using Framing.Text;

namespace Framing.Tests.Statistics;

public class CollocationTests
{
    // Hand computation for O11 = 4, f(c) = 10, f(node) = 5, W = 50 window positions, N = 1000 words:
    // E11 = 50·10/1000 = 0.5; MI = log2(4/0.5) = 3; t = (4 − 0.5)/√4 = 1.75;
    // logDice = 14 + log2(2·4/(5 + 10)) = 14 + log2(8/15) = 13.093109404391482;
    // G² over [[4, 46], [6, 944]] (rows 50/950, columns 10/990, E = [0.5, 49.5, 9.5, 940.5])
    //   = 2·(4 ln 8 + 46 ln(46/49.5) + 6 ln(6/9.5) + 944 ln(944/940.5)) = 11.38767611656371.
    [Fact]
    public void Scores_match_the_hand_computation()
    {
        var row = Collocations.Score("weak", 4, 10, 5, 50, 1000, []);

        Assert.Equal(0.5, row.Expected, 1e-12);
        Assert.Equal(3.0, row.MutualInformation, 1e-12);
        Assert.Equal(1.75, row.TScore, 1e-12);
        Assert.Equal(13.093109404391482, row.LogDice, 1e-12);
        Assert.Equal(11.38767611656371, row.LogLikelihood, 1e-10);
    }

    [Fact]
    public void Window_counts_stay_in_the_sentence_and_skip_the_node_and_punctuation()
    {
        // Node "Russia" (actor: Russia, Moscow). Window L = 2, R = 2, no stopwords, no thresholds.
        var document = TestDocuments.Make("d", "Weak Russia needs China. Moscow, weak, needs money. Money talks.");
        var node = new NodeTerm("Russia", ["Russia", "Moscow"]);
        var options = new CollocationOptions { Left = 2, Right = 2, MinCooccurrence = 1, MinCollocateFrequency = 1, Features = FeatureOptions.Default with { Stopwords = StopwordList.None } };

        var result = Collocations.Find([document], node, options);

        Assert.Equal(2, result.NodeFrequency);
        Assert.Equal(10, result.CorpusSize);
        // Windows: [weak | needs china] and [weak needs] (sentence 2 has no left context) → W = 5.
        Assert.Equal(5, result.WindowSize);
        var weak = Assert.Single(result.Rows, r => r.Collocate == "weak");
        Assert.Equal(2, weak.Observed);
        Assert.Equal(2, weak.CollocateFrequency);
        Assert.Equal(2, weak.Examples.Length);
        Assert.Equal("Russia", document.Text[weak.Examples[0].Start..weak.Examples[0].End]);
        Assert.DoesNotContain(result.Rows, r => r.Collocate == "talks" || r.Collocate == "money" && r.Observed > 1);
        Assert.DoesNotContain(result.Rows, r => r.Collocate is "russia" or "moscow");
    }

    [Fact]
    public void Part_of_speech_filter_uses_tags_and_falls_back_for_untagged_tokens()
    {
        var tags = new Dictionary<string, (string, PartOfSpeech)>(StringComparer.Ordinal)
        {
            ["fragile"] = ("fragile", PartOfSpeech.ADJ),
            ["economy"] = ("economy", PartOfSpeech.NOUN),
        };
        var tagged = TestDocuments.Make("t", "The fragile Russia economy. A fragile Russia economy.", tags);
        var untagged = TestDocuments.Make("u", "The dependent Russia economy. A dependent Russia economy.");
        var options = new CollocationOptions { MinCooccurrence = 1, MinCollocateFrequency = 1, PartsOfSpeech = [PartOfSpeech.ADJ] };

        var fromTags = Collocations.Find([tagged], NodeTerm.Of("Russia"), options);
        var fromLexicon = Collocations.Find([untagged], NodeTerm.Of("Russia"), options);

        Assert.Equal(["fragile"], fromTags.Rows.Select(r => r.Collocate));
        Assert.Equal(["dependent"], fromLexicon.Rows.Select(r => r.Collocate));
    }

    [Fact]
    public void Frequency_thresholds_and_multiword_lemma_nodes()
    {
        var document = TestDocuments.Make("d", "The White House warned Beijing. The White House warned again. The White House slept.");

        var result = Collocations.Find([document], new NodeTerm("US", ["white house"]), new CollocationOptions { MinCooccurrence = 2, MinCollocateFrequency = 2 });

        Assert.Equal(3, result.NodeFrequency);
        var row = Assert.Single(result.Rows);
        Assert.Equal(("warned", 2), (row.Collocate, row.Observed));
        Assert.Single(result.ToDataFrame().Rows);
    }

    [Fact]
    public void Empty_inputs_and_bad_windows_are_errors()
    {
        Assert.Throws<StatisticsException>(() => Collocations.Find([], NodeTerm.Of("x")));
        var d = TestDocuments.Make("d", "Words.");
        Assert.Throws<ArgumentOutOfRangeException>(() => Collocations.Find([d], NodeTerm.Of("x"), new CollocationOptions { Left = 0, Right = 0 }));
        Assert.Throws<StatisticsException>(() => Collocations.Find([d], new NodeTerm("empty", ImmutableArray<string>.Empty)));
        var absent = Collocations.Find([d], NodeTerm.Of("missing"));
        Assert.Equal(0, absent.NodeFrequency);
        Assert.Empty(absent.Rows);
    }
}
