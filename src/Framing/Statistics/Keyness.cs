using System.Collections.Immutable;

using Microsoft.Data.Analysis;

namespace Framing.Statistics;

/// <summary>Options for <see cref="Keyness.Compare"/>.</summary>
public sealed record KeynessOptions
{
    /// <summary>Features with a combined count below this are skipped.</summary>
    public int MinTotalCount { get; init; } = 2;

    /// <summary>Number of example sentences kept per feature (from the target group first).</summary>
    public int ExamplesPerFeature { get; init; } = 3;
}

/// <summary>One feature's keyness for the target group against the rest.</summary>
/// <param name="Feature">The feature.</param>
/// <param name="TargetCount">Count in the target group (a).</param>
/// <param name="ReferenceCount">Count in the reference, all other groups (b).</param>
/// <param name="TargetTotal">All feature counts in the target (c).</param>
/// <param name="ReferenceTotal">All feature counts in the reference (d).</param>
/// <param name="ChiSquared">Chi² with Yates' correction.</param>
/// <param name="ChiSquaredP">Its p-value (chi² distribution, 1 df).</param>
/// <param name="LogLikelihood">G².</param>
/// <param name="LogLikelihoodP">Its p-value (chi² distribution, 1 df).</param>
/// <param name="LogRatio">Hardie's log ratio (effect size; positive = more frequent in the target).</param>
/// <param name="TargetDispersion">Range and Juilland's D over the target group's documents.</param>
/// <param name="Examples">Sentences where the feature occurs (target first), for evidence.</param>
public sealed record KeynessRow(
    string Feature,
    int TargetCount,
    int ReferenceCount,
    int TargetTotal,
    int ReferenceTotal,
    double ChiSquared,
    double ChiSquaredP,
    double LogLikelihood,
    double LogLikelihoodP,
    double LogRatio,
    Dispersion TargetDispersion,
    ImmutableArray<Evidence> Examples)
{
    /// <summary>True when the feature is relatively more frequent in the target than in the reference.</summary>
    public bool OverusedInTarget => (double)TargetCount / TargetTotal > (double)ReferenceCount / ReferenceTotal;
}

/// <summary>Keyness of every feature for one target group.</summary>
/// <param name="TargetGroup">The target group.</param>
/// <param name="TargetDocuments">Documents in the target.</param>
/// <param name="ReferenceDocuments">Documents in the reference (all other groups).</param>
/// <param name="Rows">Rows sorted by G² descending, then feature (ordinal).</param>
public sealed record KeynessResult(string TargetGroup, ImmutableArray<string> TargetDocuments, ImmutableArray<string> ReferenceDocuments, ImmutableArray<KeynessRow> Rows)
{
    /// <summary>The rows over-used in the target with G² p below <paramref name="alpha"/>, strongest first.</summary>
    public IEnumerable<KeynessRow> Positive(double alpha = 0.05) => Rows.Where(r => r.OverusedInTarget && r.LogLikelihoodP < alpha);

    /// <summary>One row per feature; examples joined with " | ".</summary>
    public DataFrame ToDataFrame()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("target", Rows.Select(_ => TargetGroup)),
            new StringDataFrameColumn("feature", Rows.Select(static r => r.Feature)),
            new Int32DataFrameColumn("target_count", Rows.Select(static r => r.TargetCount)),
            new Int32DataFrameColumn("reference_count", Rows.Select(static r => r.ReferenceCount)),
            new Int32DataFrameColumn("target_total", Rows.Select(static r => r.TargetTotal)),
            new Int32DataFrameColumn("reference_total", Rows.Select(static r => r.ReferenceTotal)),
            new DoubleDataFrameColumn("chi2_yates", Rows.Select(static r => r.ChiSquared)),
            new DoubleDataFrameColumn("chi2_p", Rows.Select(static r => r.ChiSquaredP)),
            new DoubleDataFrameColumn("g2", Rows.Select(static r => r.LogLikelihood)),
            new DoubleDataFrameColumn("g2_p", Rows.Select(static r => r.LogLikelihoodP)),
            new DoubleDataFrameColumn("log_ratio", Rows.Select(static r => r.LogRatio)),
            new Int32DataFrameColumn("target_range", Rows.Select(static r => r.TargetDispersion.Range)),
            new Int32DataFrameColumn("target_documents", Rows.Select(static r => r.TargetDispersion.Documents)),
            new DoubleDataFrameColumn("juilland_d", Rows.Select(static r => r.TargetDispersion.JuillandD)),
            new StringDataFrameColumn("dispersion_note", Rows.Select(static r => r.TargetDispersion.Note ?? string.Empty)),
            new StringDataFrameColumn("examples", Rows.Select(static r => string.Join(" | ", r.Examples))));
        return frame;
    }
}

/// <summary>Keyness: which features distinguish a target group (an outlet) from all other groups.</summary>
public static class Keyness
{
    /// <summary>
    /// Compares <paramref name="targetGroup"/> with every other group. <paramref name="documentMatrix"/>
    /// must have one row per document (from <see cref="DocumentFeatureMatrix.Build"/>);
    /// <paramref name="groupOf"/> gives each document's group (any metadata field).
    /// </summary>
    /// <exception cref="StatisticsException">The target group is empty or unknown, or there is no reference material.</exception>
    public static KeynessResult Compare(DocumentFeatureMatrix documentMatrix, Func<string, string> groupOf, string targetGroup, KeynessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documentMatrix);
        ArgumentNullException.ThrowIfNull(groupOf);
        ArgumentNullException.ThrowIfNull(targetGroup);
        options ??= new KeynessOptions();
        var documents = documentMatrix.RowDocuments.Values.SelectMany(static d => d).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var groups = documents.ToDictionary(d => d, d => groupOf(d) ?? string.Empty, StringComparer.Ordinal);
        var target = documents.Where(d => string.Equals(groups[d], targetGroup, StringComparison.Ordinal)).ToImmutableArray();
        var reference = documents.Where(d => !string.Equals(groups[d], targetGroup, StringComparison.Ordinal)).ToImmutableArray();
        if (target.IsEmpty)
        {
            var known = string.Join(", ", groups.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(static g => $"'{g}'"));
            throw new StatisticsException($"Group '{targetGroup}' has no documents. Known groups: {known}.");
        }

        if (reference.IsEmpty)
        {
            throw new StatisticsException($"Every document belongs to group '{targetGroup}': keyness needs at least one document from another group as reference.");
        }

        var sizes = documents.ToDictionary(d => d, documentMatrix.DocumentTotal, StringComparer.Ordinal);
        var targetTotal = target.Sum(d => sizes[d]);
        var referenceTotal = reference.Sum(d => sizes[d]);
        if (targetTotal == 0 || referenceTotal == 0)
        {
            throw new StatisticsException($"Group '{(targetTotal == 0 ? targetGroup : "reference")}' has no countable words (after stopwords and punctuation): keyness needs words on both sides.");
        }

        var rows = new List<KeynessRow>();
        foreach (var feature in documentMatrix.Features)
        {
            var perTarget = target.Select(d => (Count: documentMatrix.DocumentCounts(d).GetValueOrDefault(feature), Size: sizes[d])).ToList();
            var a = perTarget.Sum(static p => p.Count);
            var b = reference.Sum(d => documentMatrix.DocumentCounts(d).GetValueOrDefault(feature));
            if (a + b < options.MinTotalCount || a + b == 0)
            {
                continue;
            }

            var chi = KeynessMeasures.ChiSquaredYates(a, b, targetTotal, referenceTotal);
            var g2 = KeynessMeasures.LogLikelihood(a, b, targetTotal, referenceTotal);
            var examples = documentMatrix.Examples(feature, options.ExamplesPerFeature, target);
            if (examples.Length < options.ExamplesPerFeature)
            {
                examples = examples.AddRange(documentMatrix.Examples(feature, options.ExamplesPerFeature - examples.Length, reference));
            }

            rows.Add(new KeynessRow(
                feature, a, b, targetTotal, referenceTotal,
                chi, SpecialFunctions.ChiSquaredSurvival(chi),
                g2, SpecialFunctions.ChiSquaredSurvival(g2),
                KeynessMeasures.LogRatio(a, b, targetTotal, referenceTotal),
                Dispersion.Compute(perTarget),
                examples));
        }

        var ordered = rows.OrderByDescending(static r => r.LogLikelihood).ThenBy(static r => r.Feature, StringComparer.Ordinal).ToImmutableArray();
        return new KeynessResult(targetGroup, target, reference, ordered);
    }
}
