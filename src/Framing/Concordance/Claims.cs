using System.Collections.Immutable;

using Framing.Statistics;

using Microsoft.Data.Analysis;

namespace Framing.Concordance;

/// <summary>A finding stated in words, with the sentences that support it.</summary>
/// <param name="Group">Whom the claim is about (an outlet).</param>
/// <param name="Topic">What it is about (a frame id, an actor…).</param>
/// <param name="Statement">The claim, e.g. "restraint in 12 % of sentences (95 % CI 7–19 %)".</param>
/// <param name="Evidence">The supporting sentences, each with document id and offsets.</param>
public sealed record Claim(string Group, string Topic, string Statement, ImmutableArray<Evidence> Evidence);

/// <summary>Claims in the order given, for a closing summary table whose every cell cites its sentences.</summary>
/// <param name="Title">What the table summarises.</param>
/// <param name="Claims">The claims.</param>
public sealed record ClaimTable(string Title, ImmutableArray<Claim> Claims)
{
    /// <summary>The groups, in first-seen order.</summary>
    public ImmutableArray<string> Groups => [.. Claims.Select(static c => c.Group).Distinct(StringComparer.Ordinal)];

    /// <summary>The topics, in first-seen order.</summary>
    public ImmutableArray<string> Topics => [.. Claims.Select(static c => c.Topic).Distinct(StringComparer.Ordinal)];

    /// <summary>One row per claim and piece of evidence (a claim without evidence gets one row with empty evidence columns).</summary>
    public DataFrame ToDataFrame()
    {
        var rows = Claims.SelectMany(static c => c.Evidence.IsDefaultOrEmpty
            ? [(c, (Evidence?)null)]
            : c.Evidence.Select(e => (c, (Evidence?)e))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("group", rows.Select(static r => r.c.Group)),
            new StringDataFrameColumn("topic", rows.Select(static r => r.c.Topic)),
            new StringDataFrameColumn("claim", rows.Select(static r => r.c.Statement)),
            new StringDataFrameColumn("doc", rows.Select(static r => r.Item2?.DocumentId)),
            new PrimitiveDataFrameColumn<int>("start", rows.Select(static r => r.Item2?.SentenceStart)),
            new PrimitiveDataFrameColumn<int>("end", rows.Select(static r => r.Item2?.SentenceEnd)),
            new StringDataFrameColumn("sentence", rows.Select(static r => r.Item2?.SentenceText)));
    }
}
