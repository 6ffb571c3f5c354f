using Framing.Statistics;

namespace Framing.Tests.Statistics;

public class KeynessTests
{
    // Hand computation for a = 10 (target count), b = 5 (reference count), c = 100, d = 200 (totals):
    // table [[10, 5], [90, 195]], N = 300, rows R1 = 15, R2 = 285, columns C1 = 100, C2 = 200.
    // Yates: |10·195 − 5·90| = 1500; 1500 − N/2 = 1350; chi² = 300·1350² / (15·285·100·200)
    //        = 546 750 000 / 85 500 000 = 6.394736842105263; p = erfc(√(chi²/2)) = 0.011445919635635793.
    // G²: E = [15·100/300, 15·200/300, 285·100/300, 285·200/300] = [5, 10, 95, 190];
    //     2·(10 ln 2 + 5 ln 0.5 + 90 ln(90/95) + 195 ln(195/190))
    //     = 2·(6.931472 − 3.465736 − 4.866050 + 5.065222) = 7.329811674221491; p = 0.006782015951830023.
    // Log ratio: log2((10/100) / (5/200)) = log2(0.1 / 0.025) = log2 4 = 2.
    [Fact]
    public void Measures_match_the_hand_computation()
    {
        Assert.Equal(6.394736842105263, KeynessMeasures.ChiSquaredYates(10, 5, 100, 200), 1e-12);
        Assert.Equal(7.329811674221491, KeynessMeasures.LogLikelihood(10, 5, 100, 200), 1e-12);
        Assert.Equal(2.0, KeynessMeasures.LogRatio(10, 5, 100, 200), 1e-12);
        Assert.Equal(0.011445919635635793, SpecialFunctions.ChiSquaredSurvival(6.394736842105263), 1e-12);
        Assert.Equal(0.006782015951830023, SpecialFunctions.ChiSquaredSurvival(7.329811674221491), 1e-12);
    }

    [Fact]
    public void Zero_counts_use_the_half_count_adjustment_and_equal_rates_score_zero()
    {
        // Absent from the reference: b = 0 → 0.5. log2((4/100) / (0.5/100)) = log2 8 = 3.
        Assert.Equal(3.0, KeynessMeasures.LogRatio(4, 0, 100, 100), 1e-12);
        Assert.Equal(-3.0, KeynessMeasures.LogRatio(0, 4, 100, 100), 1e-12);
        Assert.True(double.IsNaN(KeynessMeasures.LogRatio(0, 0, 100, 100)));
        // Same relative frequency on both sides: no evidence of keyness.
        Assert.Equal(0.0, KeynessMeasures.LogLikelihood(5, 10, 100, 200), 1e-12);
        Assert.Equal(0.0, KeynessMeasures.ChiSquaredYates(5, 10, 100, 200), 1e-12);
        // Absent from the target: G² is still finite and positive.
        Assert.True(KeynessMeasures.LogLikelihood(0, 20, 100, 100) > 10);
    }

    [Fact]
    public void Empty_side_or_impossible_counts_throw()
    {
        Assert.Throws<StatisticsException>(() => KeynessMeasures.LogLikelihood(0, 1, 0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeynessMeasures.ChiSquaredYates(11, 1, 10, 10));
    }

    [Fact]
    public void Compare_finds_the_target_groups_words_with_evidence_and_dispersion()
    {
        var documents = new[]
        {
            TestDocuments.Make("p1", "Leverage matters. Leverage decides the partnership. Trade grows."),
            TestDocuments.Make("p2", "Leverage again shapes the partnership. Trade grows."),
            TestDocuments.Make("q1", "Cooperation grows. Trade grows with cooperation and cooperation."),
            TestDocuments.Make("q2", "Trade grows. Cooperation deepens."),
        };
        var matrix = DocumentFeatureMatrix.Build(documents, FeatureOptions.Default with { Unit = FeatureUnit.Token });

        var result = Keyness.Compare(matrix, id => id[..1], "p");

        var leverage = Assert.Single(result.Rows, r => r.Feature == "leverage");
        Assert.Equal((3, 0), (leverage.TargetCount, leverage.ReferenceCount));
        Assert.True(leverage.OverusedInTarget);
        Assert.Equal(2, leverage.TargetDispersion.Range);
        Assert.Equal(2, leverage.TargetDispersion.Documents);
        Assert.False(double.IsNaN(leverage.TargetDispersion.JuillandD));
        Assert.Equal(3, leverage.Examples.Length);
        Assert.All(leverage.Examples, e => Assert.Contains("Leverage", e.SentenceText, StringComparison.Ordinal));
        Assert.Equal("Leverage", documents[0].Text[leverage.Examples[0].Start..leverage.Examples[0].End]);
        var cooperation = Assert.Single(result.Rows, r => r.Feature == "cooperation");
        Assert.Equal(0, cooperation.TargetCount);
        Assert.False(cooperation.OverusedInTarget);
        Assert.Equal(result.Rows.Length, result.ToDataFrame().Rows.Count);
        Assert.Equal(result.Rows.OrderByDescending(r => r.LogLikelihood).ThenBy(r => r.Feature, StringComparer.Ordinal).Select(r => r.Feature), result.Rows.Select(r => r.Feature));
    }

    [Fact]
    public void Single_document_group_reports_undefined_dispersion_with_a_reason()
    {
        var documents = new[]
        {
            TestDocuments.Make("a", "Vassal vassal vassal state."),
            TestDocuments.Make("b", "Partner state."),
        };

        var result = Keyness.Compare(DocumentFeatureMatrix.Build(documents), id => id, "a");

        var vassal = Assert.Single(result.Rows, r => r.Feature == "vassal");
        Assert.True(double.IsNaN(vassal.TargetDispersion.JuillandD));
        Assert.Contains("one document", vassal.TargetDispersion.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_or_empty_group_and_missing_reference_give_clear_errors()
    {
        var matrix = DocumentFeatureMatrix.Build([TestDocuments.Make("a", "Words here."), TestDocuments.Make("b", "Other words.")]);

        var unknown = Assert.Throws<StatisticsException>(() => Keyness.Compare(matrix, static _ => "Outlet", "Nobody"));
        Assert.Contains("'Nobody' has no documents", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("'Outlet'", unknown.Message, StringComparison.Ordinal);
        var noReference = Assert.Throws<StatisticsException>(() => Keyness.Compare(matrix, static _ => "Outlet", "Outlet"));
        Assert.Contains("reference", noReference.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FramingException>(noReference);
    }

    [Fact]
    public void Group_with_only_stopwords_has_no_countable_words()
    {
        var matrix = DocumentFeatureMatrix.Build([TestDocuments.Make("a", "The and of."), TestDocuments.Make("b", "Real words.")]);

        var error = Assert.Throws<StatisticsException>(() => Keyness.Compare(matrix, static id => id, "a"));
        Assert.Contains("no countable words", error.Message, StringComparison.Ordinal);
    }
}
