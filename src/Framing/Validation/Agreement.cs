using System.Collections.Immutable;

using Microsoft.Data.Analysis;

namespace Framing.Validation;

/// <summary>Agreement between two coders on one frame (binary presence per sentence).</summary>
/// <param name="FrameId">The frame.</param>
/// <param name="Units">Sentences both coders coded.</param>
/// <param name="Agreements">Sentences where both gave the same presence/absence.</param>
/// <param name="PositivesA">Sentences coder A marked with the frame.</param>
/// <param name="PositivesB">Sentences coder B marked with the frame.</param>
/// <param name="Kappa">Cohen's kappa (NaN when undefined: both coders constant and equal).</param>
/// <param name="Alpha">Krippendorff's alpha, nominal (NaN when undefined: no variation at all).</param>
public sealed record FrameAgreement(string FrameId, int Units, int Agreements, int PositivesA, int PositivesB, double Kappa, double Alpha)
{
    /// <summary>Share of units with the same code.</summary>
    public double PercentAgreement => Units == 0 ? double.NaN : (double)Agreements / Units;
}

/// <summary>Agreement between two hand-coded files.</summary>
/// <param name="Frames">Per-frame agreement.</param>
/// <param name="Units">Sentences both files code.</param>
/// <param name="OnlyInA">Sentences only the first file codes.</param>
/// <param name="OnlyInB">Sentences only the second file codes.</param>
public sealed record AgreementReport(ImmutableArray<FrameAgreement> Frames, int Units, ImmutableArray<HandCodedSentence> OnlyInA, ImmutableArray<HandCodedSentence> OnlyInB)
{
    /// <summary>The agreement on one frame.</summary>
    /// <param name="frameId">A frame id.</param>
    /// <returns>The agreement.</returns>
    public FrameAgreement this[string frameId] => Frames.First(f => f.FrameId == frameId);

    /// <summary>One row per frame: units, agreements, percent agreement, positives per coder, kappa, alpha.</summary>
    /// <returns>The table, in report order.</returns>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("frame", Frames.Select(f => f.FrameId)),
        new Int32DataFrameColumn("units", Frames.Select(f => f.Units)),
        new Int32DataFrameColumn("agreements", Frames.Select(f => f.Agreements)),
        new DoubleDataFrameColumn("percent_agreement", Frames.Select(f => f.PercentAgreement)),
        new Int32DataFrameColumn("positives_a", Frames.Select(f => f.PositivesA)),
        new Int32DataFrameColumn("positives_b", Frames.Select(f => f.PositivesB)),
        new DoubleDataFrameColumn("kappa", Frames.Select(f => f.Kappa)),
        new DoubleDataFrameColumn("alpha", Frames.Select(f => f.Alpha)));
}

/// <summary>Inter-coder agreement statistics for nominal codes.</summary>
public static class Agreement
{
    /// <summary>
    /// Cohen's kappa for two coders: (p_o − p_e) / (1 − p_e), where p_e comes from each coder's own
    /// category proportions. NaN when p_e = 1 (both coders used one and the same category throughout).
    /// </summary>
    /// <typeparam name="T">Category type.</typeparam>
    /// <param name="a">Coder A's codes.</param>
    /// <param name="b">Coder B's codes for the same units, in the same order.</param>
    /// <returns>Kappa.</returns>
    /// <exception cref="ArgumentException">The lists differ in length or are empty.</exception>
    public static double CohensKappa<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : notnull
    {
        CheckPaired(a, b);
        var n = (double)a.Count;
        var observed = a.Zip(b).Count(p => EqualityComparer<T>.Default.Equals(p.First, p.Second)) / n;
        var countsA = a.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var countsB = b.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var expected = countsA.Sum(kv => kv.Value / n * (countsB.TryGetValue(kv.Key, out var cb) ? cb / n : 0));
        return expected >= 1 ? double.NaN : (observed - expected) / (1 - expected);
    }

    /// <summary>Krippendorff's alpha (nominal) for two coders with no missing values.</summary>
    /// <typeparam name="T">Category type.</typeparam>
    /// <param name="a">Coder A's codes.</param>
    /// <param name="b">Coder B's codes for the same units, in the same order.</param>
    /// <returns>Alpha.</returns>
    /// <exception cref="ArgumentException">The lists differ in length or are empty.</exception>
    public static double KrippendorffAlpha<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : class
    {
        CheckPaired(a, b);
        return KrippendorffAlpha<T>([.. a.Zip(b).Select(p => (IReadOnlyList<T?>)[p.First, p.Second])]);
    }

    /// <summary>
    /// Krippendorff's alpha for nominal data, any number of coders, missing values allowed (null).
    /// α = 1 − D_o / D_e over the coincidence matrix of pairable values (units with at least two
    /// values). NaN when D_e = 0 (every pairable value is the same category).
    /// </summary>
    /// <typeparam name="T">Category type (a reference type so that null can mean "missing").</typeparam>
    /// <param name="units">Per unit, the values each coder gave (null = not coded).</param>
    /// <returns>Alpha.</returns>
    public static double KrippendorffAlpha<T>(IReadOnlyList<IReadOnlyList<T?>> units)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(units);
        var coincidence = new Dictionary<(T, T), double>();
        foreach (var unit in units)
        {
            var values = unit.Where(v => v is not null).Select(v => v!).ToList();
            if (values.Count < 2)
            {
                continue;
            }

            var weight = 1.0 / (values.Count - 1);
            for (var i = 0; i < values.Count; i++)
            {
                for (var j = 0; j < values.Count; j++)
                {
                    if (i != j)
                    {
                        var key = (values[i], values[j]);
                        coincidence[key] = coincidence.GetValueOrDefault(key) + weight;
                    }
                }
            }
        }

        var n = coincidence.Values.Sum();
        if (n <= 1)
        {
            return double.NaN;
        }

        var marginals = new Dictionary<T, double>();
        foreach (var ((c, _), count) in coincidence)
        {
            marginals[c] = marginals.GetValueOrDefault(c) + count;
        }

        var observed = coincidence.Where(kv => !EqualityComparer<T>.Default.Equals(kv.Key.Item1, kv.Key.Item2)).Sum(kv => kv.Value);
        var expected = marginals.Sum(c => marginals.Where(k => !EqualityComparer<T>.Default.Equals(k.Key, c.Key)).Sum(k => c.Value * k.Value)) / (n - 1);
        return expected == 0 ? double.NaN : 1 - (observed / expected);
    }

    /// <summary>
    /// Per-frame agreement between two hand-coded files: each frame is a binary (present/absent)
    /// nominal code per sentence. Sentences are paired by document and offsets, else by normalised
    /// text or its hash; sentences coded in only one file are listed, not scored.
    /// </summary>
    /// <param name="a">Coder A's sentences.</param>
    /// <param name="b">Coder B's sentences.</param>
    /// <param name="frames">Frames to compare, in report order.</param>
    /// <returns>The report.</returns>
    public static AgreementReport Compare(IReadOnlyList<HandCodedSentence> a, IReadOnlyList<HandCodedSentence> b, IEnumerable<string> frames)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(frames);
        var pairs = new List<(HandCodedSentence A, HandCodedSentence B)>();
        var usedB = new HashSet<HandCodedSentence>(ReferenceEqualityComparer.Instance);
        var onlyA = ImmutableArray.CreateBuilder<HandCodedSentence>();
        foreach (var x in a)
        {
            var match = b.FirstOrDefault(y => !usedB.Contains(y) && SameSentence(x, y));
            if (match is null)
            {
                onlyA.Add(x);
                continue;
            }

            usedB.Add(match);
            pairs.Add((x, match));
        }

        var result = frames.Select(frame =>
        {
            var codesA = pairs.Select(p => p.A.Frames.Contains(frame) ? "yes" : "no").ToList();
            var codesB = pairs.Select(p => p.B.Frames.Contains(frame) ? "yes" : "no").ToList();
            return pairs.Count == 0
                ? new FrameAgreement(frame, 0, 0, 0, 0, double.NaN, double.NaN)
                : new FrameAgreement(
                    frame,
                    pairs.Count,
                    codesA.Zip(codesB).Count(p => p.First == p.Second),
                    codesA.Count(c => c == "yes"),
                    codesB.Count(c => c == "yes"),
                    CohensKappa(codesA, codesB),
                    KrippendorffAlpha(codesA, codesB));
        }).ToImmutableArray();
        return new AgreementReport(result, pairs.Count, onlyA.ToImmutable(), [.. b.Where(y => !usedB.Contains(y))]);
    }

    private static bool SameSentence(HandCodedSentence x, HandCodedSentence y)
    {
        if (x.DocumentId != y.DocumentId)
        {
            return false;
        }

        if (x.Start is { } s && x.End is { } e && y.Start == s && y.End == e)
        {
            return true;
        }

        if (x.Text is { } tx && y.Text is { } ty)
        {
            return Frames.FrameText.NormalizeSentence(tx) == Frames.FrameText.NormalizeSentence(ty);
        }

        return x.TextSha256 is { } hx && y.TextSha256 is { } hy && string.Equals(hx, hy, StringComparison.OrdinalIgnoreCase);
    }

    private static void CheckPaired<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count || a.Count == 0)
        {
            throw new ArgumentException($"Both coders must code the same non-empty list of units (got {a.Count} and {b.Count}).", nameof(b));
        }
    }
}
