using Framing.Validation;

namespace Framing.Tests.Validation;

public sealed class ProportionTests
{
    [Theory]
    [InlineData(8, 10, 0.4902, 0.9433)]
    [InlineData(0, 5, 0.0, 0.4345)]
    [InlineData(5, 5, 0.5655, 1.0)]
    [InlineData(0, 0, 0.0, 1.0)]
    public void Wilson_intervals_match_hand_worked_values(int successes, int trials, double lower, double upper)
    {
        // 8/10: centre (0.8 + 1.9208/10) / 1.38415 = 0.7167, half 1.96/1.38415 * sqrt(0.016 + 0.009604) = 0.2266.
        var interval = Proportion.Wilson(successes, trials);

        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    [Fact]
    public void Invalid_counts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(0, -1));
    }
}
