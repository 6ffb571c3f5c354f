using Framing.Statistics;

namespace Framing.Tests.Statistics;

public class SimilarityTests
{
    [Fact]
    public void TfIdf_cosine_matches_the_hand_computation()
    {
        // Features: apple (in both, df 2), banana and cherry (df 1). n = 2.
        // idf(apple) = ln(3/3) + 1 = 1; idf(banana) = idf(cherry) = ln(3/2) + 1 = 1.4054651081.
        // cos = (1·1) / (1 + 1.4054651²) = 1 / 2.9753322 = 0.33609692727625745.
        var matrix = DocumentFeatureMatrix.Build([TestDocuments.Make("x", "Apple banana."), TestDocuments.Make("y", "Apple cherry.")]);

        var similarity = DocumentSimilarity.TfIdfCosine(matrix);

        Assert.Equal(0.33609692727625745, similarity["x", "y"], 1e-12);
        Assert.Equal(similarity["x", "y"], similarity["y", "x"]);
        Assert.Equal(1.0, similarity["x", "x"]);
        Assert.Equal(4, similarity.ToDataFrame().Rows.Count);
        Assert.Throws<StatisticsException>(() => similarity["x", "nope"]);
    }

    [Fact]
    public void Jaccard_over_shingles_matches_the_hand_computation()
    {
        // 2-shingles: {one two, two three, three four} and {one two, two three, three five}: 2 / 4.
        var documents = new[] { TestDocuments.Make("x", "One two three four."), TestDocuments.Make("y", "one two, three five") };

        var similarity = DocumentSimilarity.Jaccard(documents, 2);

        Assert.Equal(0.5, similarity["x", "y"], 1e-12);
    }

    [Fact]
    public void Documents_without_words_are_undefined_and_empty_corpus_is_an_error()
    {
        var documents = new[] { TestDocuments.Make("x", "Two words."), TestDocuments.Make("y", "!") };

        Assert.True(double.IsNaN(DocumentSimilarity.Jaccard(documents, 3)["x", "y"]));
        Assert.True(double.IsNaN(DocumentSimilarity.TfIdfCosine(DocumentFeatureMatrix.Build(documents))["x", "y"]));
        Assert.Throws<StatisticsException>(() => DocumentSimilarity.Jaccard([], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentSimilarity.Jaccard(documents, 0));
    }
}
