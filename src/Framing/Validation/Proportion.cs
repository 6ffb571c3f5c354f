namespace Framing.Validation;

/// <summary>A closed interval for a proportion.</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
public readonly record struct Interval(double Lower, double Upper);

/// <summary>Confidence intervals for proportions.</summary>
public static class Proportion
{
    /// <summary>
    /// The Wilson score interval for <paramref name="successes"/> out of <paramref name="trials"/>.
    /// Unlike the normal approximation it stays inside [0, 1] and behaves with small counts, which is
    /// the usual case for per-frame scores. With no trials the interval is [0, 1] (no information).
    /// </summary>
    /// <param name="successes">Successes, 0 ≤ successes ≤ trials.</param>
    /// <param name="trials">Trials, ≥ 0.</param>
    /// <param name="z">Normal quantile; 1.959964 gives 95 %.</param>
    /// <returns>The interval.</returns>
    public static Interval Wilson(int successes, int trials, double z = 1.959963984540054)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return new Interval(0, 1);
        }

        var n = (double)trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
