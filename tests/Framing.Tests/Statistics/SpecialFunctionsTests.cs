using Framing.Statistics;

namespace Framing.Tests.Statistics;

public class SpecialFunctionsTests
{
    // Reference values: erfc and lgamma from a C math library (double precision);
    // 3.841458820694124 is the 95% point of chi² with 1 df; 1.959963984540054 the 97.5% normal quantile.
    [Theory]
    [InlineData(1.0, 0.15729920705028513)]
    [InlineData(0.5, 0.4795001221869535)]
    [InlineData(3.0, 2.2090496998585438e-05)]
    [InlineData(0.0, 1.0)]
    [InlineData(-1.0, 1.8427007929497148)]
    public void Erfc_matches_reference_values(double x, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.Erfc(x), 1e-13);
    }

    [Fact]
    public void Chi_squared_survival_with_one_df_is_five_percent_at_the_critical_value()
    {
        Assert.Equal(0.05, SpecialFunctions.ChiSquaredSurvival(3.841458820694124), 1e-12);
        Assert.Equal(1.0, SpecialFunctions.ChiSquaredSurvival(0));
        Assert.True(double.IsNaN(SpecialFunctions.ChiSquaredSurvival(double.NaN)));
    }

    [Fact]
    public void Chi_squared_survival_with_two_df_is_exp_of_minus_half_x()
    {
        // Q(1, x/2) = e^(−x/2) exactly.
        Assert.Equal(Math.Exp(-3.0), SpecialFunctions.ChiSquaredSurvival(6, 2), 1e-14);
    }

    [Theory]
    [InlineData(0.5, 0.5723649429247004)]
    [InlineData(10.0, 12.801827480081467)]
    [InlineData(0.1, 2.2527126517342055)]
    [InlineData(100.5, 361.4355404677776)]
    public void LogGamma_matches_reference_values(double x, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), 1e-10);
    }

    [Fact]
    public void Normal_quantile_is_accurate_and_symmetric()
    {
        Assert.Equal(1.959963984540054, SpecialFunctions.NormalQuantile(0.975), 1e-12);
        Assert.Equal(-1.959963984540054, SpecialFunctions.NormalQuantile(0.025), 1e-12);
        Assert.Equal(0, SpecialFunctions.NormalQuantile(0.5), 1e-15);
        Assert.Equal(-3.090232306167813, SpecialFunctions.NormalQuantile(0.001), 1e-10);
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.NormalQuantile(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.LogGamma(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.RegularizedGammaQ(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.ChiSquaredSurvival(1, 0));
    }

    [Fact]
    public void P_and_Q_sum_to_one()
    {
        foreach (var (a, x) in new[] { (0.5, 0.2), (0.5, 7.0), (3.0, 2.5), (10.0, 12.0) })
        {
            Assert.Equal(1.0, SpecialFunctions.RegularizedGammaP(a, x) + SpecialFunctions.RegularizedGammaQ(a, x), 1e-14);
        }
    }
}
