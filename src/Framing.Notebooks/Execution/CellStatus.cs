namespace Framing.Notebooks.Execution;

/// <summary>How a cell's execution ended.</summary>
public enum CellStatus
{
    /// <summary>The cell ran to the end.</summary>
    Succeeded,

    /// <summary>The cell did not compile, a reference could not be resolved, or the code threw.</summary>
    Failed,

    /// <summary>The cell ran longer than its timeout and was interrupted.</summary>
    TimedOut,

    /// <summary>The caller cancelled the cell (kernel interrupt, Ctrl+C).</summary>
    Cancelled,

    /// <summary>The cell was not run because an earlier cell failed or the run was cancelled.</summary>
    Skipped,
}
