using System.Collections.Immutable;

namespace Framing.Notebooks.Running;

/// <summary>Settings for <see cref="NotebookRunner"/>.</summary>
public sealed record RunOptions
{
    /// <summary>Values injected after the <c>parameters</c> cell (see <see cref="NotebookParameters"/>).</summary>
    public ImmutableArray<KeyValuePair<string, object?>> Parameters { get; init; } = [];

    /// <summary>The longest a single cell may run; null means no limit.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>Run the remaining cells after a failure (they are skipped otherwise).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>The folder cells run in; null uses the notebook's folder, as Jupyter does.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The folder holding Directory.Packages.props; null searches upwards from the working directory.</summary>
    public string? WorkspaceRoot { get; init; }

    /// <summary>Called when each code cell starts and ends (on the runner's flow); for progress displays.</summary>
    public Action<CellProgress>? Progress { get; init; }
}
