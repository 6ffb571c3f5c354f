namespace Framing.Statistics;

/// <summary>
/// The 2×2 keyness statistics for one feature. With a = count in the target, b = count in the
/// reference, c and d the target and reference totals, the contingency table is
/// [[a, b], [c − a, d − b]] and N = c + d.
/// </summary>
public static class KeynessMeasures
{
    /// <summary>
    /// Pearson chi² with Yates' continuity correction:
    /// N · max(0, |O11·O22 − O12·O21| − N/2)² / (R1 · R2 · C1 · C2). Zero when a margin is zero.
    /// </summary>
    public static double ChiSquaredYates(long a, long b, long c, long d)
    {
        Validate(a, b, c, d);
        double o11 = a, o12 = b, o21 = c - a, o22 = d - b;
        var n = (double)c + d;
        double r1 = o11 + o12, r2 = o21 + o22, c1 = c, c2 = d;
        var denominator = r1 * r2 * c1 * c2;
        if (denominator == 0)
        {
            return 0;
        }

        var difference = Math.Max(0, Math.Abs((o11 * o22) - (o12 * o21)) - (n / 2));
        return n * difference * difference / denominator;
    }

    /// <summary>
    /// Log-likelihood G² = 2 Σ O ln(O / E) over the four cells, with E = row · column / N and
    /// 0 · ln 0 = 0. (Rayson's calculator sums only the two frequency cells; the four-cell form is
    /// the proper G² and is slightly larger.)
    /// </summary>
    public static double LogLikelihood(long a, long b, long c, long d)
    {
        Validate(a, b, c, d);
        double o11 = a, o12 = b, o21 = c - a, o22 = d - b;
        var n = (double)c + d;
        double r1 = o11 + o12, r2 = o21 + o22;
        var g = Cell(o11, r1 * c / n) + Cell(o12, r1 * d / n) + Cell(o21, r2 * c / n) + Cell(o22, r2 * d / n);
        return Math.Max(0, 2 * g);
    }

    /// <summary>
    /// Hardie's log ratio: log2((a / c) / (b / d)), the binary log of the ratio of relative
    /// frequencies. A zero count is replaced by 0.5 (Hardie's adjustment), so a feature absent from
    /// one side gets a finite, conservative value instead of ±∞; NaN when both counts are zero.
    /// </summary>
    public static double LogRatio(long a, long b, long c, long d)
    {
        Validate(a, b, c, d);
        if (a == 0 && b == 0)
        {
            return double.NaN;
        }

        var adjustedA = a == 0 ? 0.5 : a;
        var adjustedB = b == 0 ? 0.5 : b;
        return Math.Log2(adjustedA / c / (adjustedB / d));
    }

    private static double Cell(double observed, double expected) => observed > 0 ? observed * Math.Log(observed / expected) : 0;

    private static void Validate(long a, long b, long c, long d)
    {
        if (a < 0 || b < 0 || a > c || b > d)
        {
            throw new ArgumentOutOfRangeException(nameof(a), $"Counts must satisfy 0 ≤ a ≤ c and 0 ≤ b ≤ d (a={a}, b={b}, c={c}, d={d}).");
        }

        if (c == 0 || d == 0)
        {
            throw new StatisticsException($"A corpus side has no features (target total {c}, reference total {d}): keyness needs material on both sides.");
        }
    }
}
