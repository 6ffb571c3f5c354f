namespace Framing.Statistics;

/// <summary>
/// Special functions needed for p-values and intervals, implemented to near double precision:
/// log-gamma (Lanczos), the regularized incomplete gamma functions (series and Lentz continued
/// fraction, as in Numerical Recipes §6.2), the chi-squared survival function and the normal quantile.
/// </summary>
public static class SpecialFunctions
{
    private const double Epsilon = 1e-15;
    private const int MaxIterations = 10_000;

    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>Natural logarithm of the gamma function for <paramref name="x"/> &gt; 0 (Lanczos, g = 7, n = 9).</summary>
    public static double LogGamma(double x)
    {
        if (x <= 0 || double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "LogGamma needs a positive argument.");
        }

        if (x < 0.5)
        {
            // Reflection formula: Γ(x)Γ(1−x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = LanczosCoefficients[0];
        var t = x + 7.5;
        for (var i = 1; i < LanczosCoefficients.Length; i++)
        {
            sum += LanczosCoefficients[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>Regularized lower incomplete gamma P(a, x).</summary>
    public static double RegularizedGammaP(double a, double x)
    {
        ValidateGammaArguments(a, x);
        if (x == 0)
        {
            return 0;
        }

        return x < a + 1 ? GammaSeries(a, x) : 1 - GammaContinuedFraction(a, x);
    }

    /// <summary>Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly to keep precision in the tail.</summary>
    public static double RegularizedGammaQ(double a, double x)
    {
        ValidateGammaArguments(a, x);
        if (x == 0)
        {
            return 1;
        }

        return x < a + 1 ? 1 - GammaSeries(a, x) : GammaContinuedFraction(a, x);
    }

    /// <summary>
    /// Upper tail probability of the chi-squared distribution: P(X ≥ <paramref name="statistic"/>)
    /// with <paramref name="degreesOfFreedom"/> degrees of freedom, Q(df/2, x/2). With one degree of
    /// freedom this equals erfc(√(x/2)).
    /// </summary>
    public static double ChiSquaredSurvival(double statistic, int degreesOfFreedom = 1)
    {
        if (degreesOfFreedom < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be at least 1.");
        }

        if (double.IsNaN(statistic))
        {
            return double.NaN;
        }

        return statistic <= 0 ? 1 : RegularizedGammaQ(degreesOfFreedom / 2.0, statistic / 2);
    }

    /// <summary>Complementary error function, erfc(x) = Q(1/2, x²) for x ≥ 0.</summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        return x >= 0 ? RegularizedGammaQ(0.5, x * x) : 2 - RegularizedGammaQ(0.5, x * x);
    }

    /// <summary>
    /// Quantile of the standard normal distribution (Acklam's rational approximation, refined by one
    /// Halley step against <see cref="Erfc"/> to near double precision).
    /// </summary>
    public static double NormalQuantile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must lie strictly between 0 and 1.");
        }

        double[] a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        double[] b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        double[] c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        double[] d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        double x;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            x = Horner(c, q) / ((Horner(d, q) * q) + 1);
        }
        else if (p <= 1 - low)
        {
            var q = p - 0.5;
            var r = q * q;
            x = Horner(a, r) * q / ((Horner(b, r) * r) + 1);
        }
        else
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -Horner(c, q) / ((Horner(d, q) * q) + 1);
        }

        // One Halley refinement step: e = Φ(x) − p with Φ(x) = erfc(−x/√2)/2.
        var e = (0.5 * Erfc(-x / Math.Sqrt(2))) - p;
        var u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(x * x / 2);
        return x - (u / (1 + (x * u / 2)));
    }

    /// <summary>Evaluates c[0]·xⁿ⁻¹ + … + c[n−1] by Horner's rule.</summary>
    private static double Horner(double[] coefficients, double x)
    {
        var result = 0.0;
        foreach (var coefficient in coefficients)
        {
            result = (result * x) + coefficient;
        }

        return result;
    }

    private static void ValidateGammaArguments(double a, double x)
    {
        if (a <= 0 || double.IsNaN(a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, "The shape parameter must be positive.");
        }

        if (x < 0 || double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The argument must be non-negative.");
        }
    }

    private static double GammaSeries(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        var ap = a;
        for (var n = 0; n < MaxIterations; n++)
        {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }

        return sum * Math.Exp((a * Math.Log(x)) - x - LogGamma(a));
    }

    private static double GammaContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return Math.Exp((a * Math.Log(x)) - x - LogGamma(a)) * h;
    }
}
