using System.Collections.Immutable;

using Framing.Notebooks.Execution;
using Framing.Notebooks.Model;

namespace Framing.Notebooks.Running;

/// <summary>A progress event for one code cell.</summary>
/// <param name="NotebookPath">The notebook being run.</param>
/// <param name="CellIndex">The cell's 0-based position among all cells.</param>
/// <param name="CodeCellNumber">The 1-based number among code cells.</param>
/// <param name="CodeCellCount">How many code cells the notebook has.</param>
/// <param name="Status">Null when the cell starts; its final status when it ends.</param>
/// <param name="Elapsed">Time the cell took (zero when it starts).</param>
public sealed record CellProgress(string NotebookPath, int CellIndex, int CodeCellNumber, int CodeCellCount, CellStatus? Status, TimeSpan Elapsed);

/// <summary>What happened to one code cell in a run.</summary>
/// <param name="Index">The cell's 0-based position among all cells (report anchors are <c>cell-{Index + 1}</c>).</param>
/// <param name="Id">The cell id, if any.</param>
/// <param name="Label">How messages name the cell, e.g. "cell 4".</param>
/// <param name="Status">How the cell ended, or <see cref="CellStatus.Skipped"/>.</param>
/// <param name="Duration">Time taken, zero when skipped.</param>
/// <param name="Error">The error output when the cell did not succeed.</param>
public sealed record CellRunRecord(int Index, string? Id, string Label, CellStatus Status, TimeSpan Duration, ErrorOutput? Error)
{
    /// <summary>True for failures, timeouts and cancellations (not for skipped cells).</summary>
    public bool IsFailure => Status is CellStatus.Failed or CellStatus.TimedOut or CellStatus.Cancelled;
}

/// <summary>The outcome of running a notebook.</summary>
/// <param name="NotebookPath">The notebook file that was run.</param>
/// <param name="Executed">The notebook with parameters injected and outputs filled in (no timings, so it is reproducible).</param>
/// <param name="Cells">One record per code cell, in order.</param>
/// <param name="Duration">Wall-clock time of the whole run.</param>
public sealed record NotebookRunResult(string NotebookPath, Notebook Executed, ImmutableArray<CellRunRecord> Cells, TimeSpan Duration)
{
    /// <summary>The cells that failed, timed out or were cancelled, in order.</summary>
    public ImmutableArray<CellRunRecord> Failures => [.. Cells.Where(c => c.IsFailure)];

    /// <summary>True when every code cell succeeded.</summary>
    public bool Succeeded => Cells.All(c => c.Status == CellStatus.Succeeded);
}
