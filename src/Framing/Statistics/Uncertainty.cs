using System.Collections.Immutable;

namespace Framing.Statistics;

/// <summary>A proportion with a confidence interval.</summary>
/// <param name="Successes">Count of positive units.</param>
/// <param name="Trials">Count of all units.</param>
/// <param name="Estimate">Successes / Trials.</param>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
/// <param name="Confidence">Confidence level, for example 0.95.</param>
public sealed record ProportionInterval(int Successes, int Trials, double Estimate, double Lower, double Upper, double Confidence);

/// <summary>Options for the percentile bootstrap.</summary>
/// <param name="Iterations">Number of resamples.</param>
/// <param name="Seed">RNG seed; the same seed gives the same interval on every machine.</param>
/// <param name="Confidence">Confidence level.</param>
public sealed record BootstrapOptions(int Iterations = 2000, ulong Seed = 20240501, double Confidence = 0.95);

/// <summary>Intervals for proportions: Wilson score and percentile bootstrap.</summary>
public static class Uncertainty
{
    /// <summary>
    /// Wilson score interval: (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), with z the normal
    /// quantile at 1 − (1 − confidence)/2. Well behaved at 0 and n successes, unlike the Wald interval.
    /// </summary>
    /// <exception cref="StatisticsException">No trials: a proportion of nothing has no interval.</exception>
    public static ProportionInterval Wilson(int successes, int trials, double confidence = 0.95)
    {
        ValidateConfidence(confidence);
        if (trials <= 0)
        {
            throw new StatisticsException($"A proportion needs at least one unit (got {trials}): the group or sample is empty.");
        }

        if (successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"Successes must lie between 0 and {trials}.");
        }

        var z = SpecialFunctions.NormalQuantile(1 - ((1 - confidence) / 2));
        double n = trials, p = (double)successes / trials, z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        // At 0 and n successes the bounds are exactly 0 and 1; rounding would otherwise leave 1e-17.
        var lower = successes == 0 ? 0 : Math.Max(0, centre - half);
        var upper = successes == trials ? 1 : Math.Min(1, centre + half);
        return new ProportionInterval(successes, trials, p, lower, upper, confidence);
    }

    /// <summary>
    /// Percentile bootstrap interval for the rate of true values in <paramref name="units"/> (for
    /// example "sentence carries frame F"): units are resampled with replacement
    /// <see cref="BootstrapOptions.Iterations"/> times with a seeded SplitMix64 generator, and the
    /// bounds are the (1 ± confidence)/2 quantiles of the resampled rates (linear interpolation,
    /// type 7).
    /// </summary>
    public static ProportionInterval BootstrapRate(IReadOnlyList<bool> units, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        options ??= new BootstrapOptions();
        ValidateConfidence(options.Confidence);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Iterations, 1);
        if (units.Count == 0)
        {
            throw new StatisticsException("Cannot bootstrap an empty sample: the group has no sentences.");
        }

        var successes = units.Count(static u => u);
        var random = new SplitMix64(options.Seed);
        var rates = new double[options.Iterations];
        for (var b = 0; b < options.Iterations; b++)
        {
            var hits = 0;
            for (var i = 0; i < units.Count; i++)
            {
                if (units[random.NextIndex(units.Count)])
                {
                    hits++;
                }
            }

            rates[b] = (double)hits / units.Count;
        }

        Array.Sort(rates);
        var alpha = (1 - options.Confidence) / 2;
        return new ProportionInterval(successes, units.Count, (double)successes / units.Count, Quantile(rates, alpha), Quantile(rates, 1 - alpha), options.Confidence);
    }

    /// <summary>Type-7 quantile of sorted values.</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    private static void ValidateConfidence(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie strictly between 0 and 1.");
        }
    }
}

/// <summary>
/// SplitMix64: a tiny, fast generator with a fixed, documented algorithm, so seeded results do not
/// depend on the .NET version (unlike <see cref="Random"/>, whose algorithm is not guaranteed).
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform index in [0, count) (Lemire's multiply-shift; bias below 2⁻³² for small counts).</summary>
    public int NextIndex(int count) => (int)((UInt128)Next() * (ulong)count >> 64);
}
