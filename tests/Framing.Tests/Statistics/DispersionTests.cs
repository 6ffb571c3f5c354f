using Framing.Statistics;

namespace Framing.Tests.Statistics;

public class DispersionTests
{
    [Fact]
    public void Juilland_D_for_two_unequal_documents()
    {
        // Counts 2 and 8 in documents of 40 and 60 words: relative 0.05 and 0.1333…, mean 0.091666…,
        // population σ = |0.05 − 0.1333…| / 2 = 0.041666…, V = σ/μ = 5/11, D = 1 − (5/11)/√1 = 6/11.
        var d = Dispersion.Compute([(2, 40), (8, 60)]);

        Assert.Equal(6.0 / 11, d.JuillandD, 1e-12);
        Assert.Equal(2, d.Range);
        Assert.Null(d.Note);
    }

    [Fact]
    public void Even_spread_is_one_and_one_document_concentration_is_zero()
    {
        Assert.Equal(1.0, Dispersion.Compute([(3, 30), (1, 10), (2, 20)]).JuillandD, 1e-12);
        // (3, 0, 0) in equal parts: relative (0.3, 0, 0), μ = 0.1, σ = √0.02, V = √2, D = 1 − √2/√2 = 0.
        var concentrated = Dispersion.Compute([(3, 10), (0, 10), (0, 10)]);
        Assert.Equal(0.0, concentrated.JuillandD, 1e-12);
        Assert.Equal(1, concentrated.Range);
    }

    [Fact]
    public void Undefined_cases_are_NaN_with_a_reason()
    {
        Assert.Contains("one document", Dispersion.Compute([(3, 10)]).Note, StringComparison.Ordinal);
        Assert.Contains("does not occur", Dispersion.Compute([(0, 10), (0, 5)]).Note, StringComparison.Ordinal);
        Assert.True(double.IsNaN(Dispersion.Compute([]).JuillandD));
        Assert.Throws<ArgumentException>(() => Dispersion.Compute([(5, 3), (1, 3)]));
    }
}
