using System.Collections.Immutable;

using Microsoft.Data.Analysis;

namespace Framing.Statistics;

/// <summary>The share of a group's sentences that carry one frame, with its uncertainty.</summary>
/// <param name="Group">The group (outlet).</param>
/// <param name="Frame">The frame id.</param>
/// <param name="Documents">Documents in the group.</param>
/// <param name="Wilson">Wilson interval for framed sentences / sentences.</param>
/// <param name="Bootstrap">Percentile bootstrap interval over sentences.</param>
/// <param name="Examples">Sentences carrying the frame.</param>
public sealed record FrameRateRow(string Group, string Frame, int Documents, ProportionInterval Wilson, ProportionInterval Bootstrap, ImmutableArray<Evidence> Examples)
{
    /// <summary>Framed sentences / sentences.</summary>
    public double Rate => Wilson.Estimate;
}

/// <summary>Frame rates per group (outlet × frame).</summary>
/// <param name="Groups">Groups in first-seen order.</param>
/// <param name="Frames">Frames, ordinal order.</param>
/// <param name="Rows">One row per (group, frame).</param>
public sealed record FrameRateTable(ImmutableArray<string> Groups, ImmutableArray<string> Frames, ImmutableArray<FrameRateRow> Rows)
{
    /// <summary>
    /// Computes rates for every group and every frame in <paramref name="frames"/> (default: all
    /// frames seen). Near-duplicate documents must be left out of <paramref name="sentences"/>.
    /// </summary>
    /// <exception cref="StatisticsException">No sentences.</exception>
    public static FrameRateTable Compute(IEnumerable<FramedSentence> sentences, IEnumerable<string>? frames = null, BootstrapOptions? bootstrap = null, int examplesPerRow = 3)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var list = sentences.ToList();
        if (list.Count == 0)
        {
            throw new StatisticsException("There are no sentences: frame rates need at least one analysed sentence. Check that the corpus loaded and the pipeline ran.");
        }

        var frameList = (frames ?? list.SelectMany(static s => s.Frames)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var groups = list.Select(static s => s.Group).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var rows = new List<FrameRateRow>();
        foreach (var group in groups)
        {
            var inGroup = list.Where(s => string.Equals(s.Group, group, StringComparison.Ordinal)).ToList();
            var documents = inGroup.Select(static s => s.DocumentId).Distinct(StringComparer.Ordinal).Count();
            foreach (var frame in frameList)
            {
                var flags = inGroup.Select(s => s.Frames.Contains(frame, StringComparer.Ordinal)).ToList();
                rows.Add(new FrameRateRow(
                    group,
                    frame,
                    documents,
                    Uncertainty.Wilson(flags.Count(static f => f), flags.Count),
                    Uncertainty.BootstrapRate(flags, bootstrap),
                    [.. inGroup.Where(s => s.Frames.Contains(frame, StringComparer.Ordinal)).Take(examplesPerRow).Select(static s => s.ToEvidence())]));
            }
        }

        return new FrameRateTable(groups, frameList, [.. rows]);
    }

    /// <summary>The row for one group and frame.</summary>
    public FrameRateRow this[string group, string frame] =>
        Rows.FirstOrDefault(r => string.Equals(r.Group, group, StringComparison.Ordinal) && string.Equals(r.Frame, frame, StringComparison.Ordinal))
        ?? throw new StatisticsException($"No rate for group '{group}' and frame '{frame}'.");

    /// <summary>One row per (group, frame).</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("group", Rows.Select(static r => r.Group)),
        new StringDataFrameColumn("frame", Rows.Select(static r => r.Frame)),
        new Int32DataFrameColumn("documents", Rows.Select(static r => r.Documents)),
        new Int32DataFrameColumn("sentences", Rows.Select(static r => r.Wilson.Trials)),
        new Int32DataFrameColumn("framed", Rows.Select(static r => r.Wilson.Successes)),
        new DoubleDataFrameColumn("rate", Rows.Select(static r => r.Rate)),
        new DoubleDataFrameColumn("wilson_lower", Rows.Select(static r => r.Wilson.Lower)),
        new DoubleDataFrameColumn("wilson_upper", Rows.Select(static r => r.Wilson.Upper)),
        new DoubleDataFrameColumn("bootstrap_lower", Rows.Select(static r => r.Bootstrap.Lower)),
        new DoubleDataFrameColumn("bootstrap_upper", Rows.Select(static r => r.Bootstrap.Upper)),
        new StringDataFrameColumn("examples", Rows.Select(static r => string.Join(" | ", r.Examples))));
}
