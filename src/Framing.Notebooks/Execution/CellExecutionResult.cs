using System.Collections.Immutable;

using Framing.Notebooks.Model;

namespace Framing.Notebooks.Execution;

/// <summary>The outcome of executing one cell.</summary>
/// <param name="ExecutionCount">The session's execution counter for this cell (1, 2, …).</param>
/// <param name="Status">How the execution ended.</param>
/// <param name="Outputs">All outputs in order, adjacent stream chunks merged as Jupyter stores them.</param>
/// <param name="Duration">Wall-clock time from start to end, including compilation.</param>
public sealed record CellExecutionResult(int ExecutionCount, CellStatus Status, ImmutableArray<CellOutput> Outputs, TimeSpan Duration)
{
    /// <summary>The error output when the cell did not succeed, otherwise null.</summary>
    public ErrorOutput? Error => Outputs.OfType<ErrorOutput>().LastOrDefault();

    /// <summary>True when the cell ran to the end.</summary>
    public bool Succeeded => Status == CellStatus.Succeeded;
}
