using Framing.Notebooks.Model;

namespace Framing.Notebooks.Execution;

/// <summary>Per-cell settings for <see cref="NotebookSession.ExecuteAsync"/>.</summary>
public sealed record CellExecutionOptions
{
    /// <summary>How the cell is named in error messages, e.g. "cell 3"; defaults to "cell [execution count]".</summary>
    public string? CellLabel { get; init; }

    /// <summary>Overrides the session's cell timeout for this cell; null keeps the session's.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// Called with each output as it is produced (stream chunks, displays, the result, the error), on the
    /// thread that produced it and in order; keep it short. The Jupyter kernel publishes these on iopub.
    /// </summary>
    public Action<CellOutput>? OnOutput { get; init; }
}
