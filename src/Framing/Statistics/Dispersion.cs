namespace Framing.Statistics;

/// <summary>How evenly a feature spreads over a set of documents.</summary>
/// <param name="Documents">Number of documents considered.</param>
/// <param name="Range">Number of those documents in which the feature occurs.</param>
/// <param name="JuillandD">Juilland's D in [0, 1] (1 = perfectly even), or NaN when undefined.</param>
/// <param name="Note">Why <see cref="JuillandD"/> is NaN; null when it is defined.</param>
public sealed record Dispersion(int Documents, int Range, double JuillandD, string? Note)
{
    /// <summary>
    /// Computes range and Juilland's D over documents with the given feature counts and sizes.
    /// D = 1 − V / √(n − 1), where V = σ / μ is the coefficient of variation of the per-document
    /// relative frequencies (count / size, population σ); relative frequencies are used because the
    /// documents differ in length. D is undefined for one document (n − 1 = 0) and for a feature
    /// that never occurs (μ = 0).
    /// </summary>
    public static Dispersion Compute(IReadOnlyList<(int Count, int Size)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var n = parts.Count;
        var range = parts.Count(static p => p.Count > 0);
        if (n == 0)
        {
            return new Dispersion(0, 0, double.NaN, "no documents");
        }

        if (n == 1)
        {
            return new Dispersion(1, range, double.NaN, "one document only: Juilland's D needs at least two");
        }

        if (parts.Any(static p => p.Size < 0 || p.Count < 0 || p.Count > p.Size))
        {
            throw new ArgumentException("Each part needs 0 ≤ count ≤ size.", nameof(parts));
        }

        var relative = parts.Select(static p => p.Size == 0 ? 0.0 : (double)p.Count / p.Size).ToArray();
        var mean = relative.Average();
        if (mean == 0)
        {
            return new Dispersion(n, range, double.NaN, "the feature does not occur in these documents");
        }

        var variance = relative.Sum(r => (r - mean) * (r - mean)) / n;
        var v = Math.Sqrt(variance) / mean;
        var d = 1 - (v / Math.Sqrt(n - 1));
        return new Dispersion(n, range, Math.Clamp(d, 0, 1), null);
    }
}
