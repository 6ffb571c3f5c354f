using System.Collections.Immutable;

namespace Framing.Notebooks.Execution;

/// <summary>Settings for a <see cref="NotebookSession"/>.</summary>
public sealed record NotebookSessionOptions
{
    /// <summary>The namespaces every cell imports.</summary>
    public static ImmutableArray<string> DefaultImports { get; } =
    [
        "System", "System.Collections.Generic", "System.Collections.Immutable", "System.Globalization", "System.IO",
        "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks",
    ];

    /// <summary>The folder relative paths in cells resolve against while a cell runs (usually the notebook's folder); null keeps the process's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The folder holding <c>Directory.Packages.props</c>; null searches upwards from the working directory.</summary>
    public string? WorkspaceRoot { get; init; }

    /// <summary>The NuGet package cache; null uses <c>NUGET_PACKAGES</c> or <c>~/.nuget/packages</c>.</summary>
    public string? PackageCache { get; init; }

    /// <summary>The default cell timeout; null means no limit.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>
    /// How long an interrupted cell may take to stop. Loops and methods check for interruption, so cells stop
    /// at once; code blocked inside a library call may not, and then the session is abandoned (see <see cref="NotebookSession.IsBroken"/>).
    /// </summary>
    public TimeSpan InterruptGracePeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The namespaces every cell imports.</summary>
    public ImmutableArray<string> Imports { get; init; } = DefaultImports;

    /// <summary>Prefix of the element ids given to charts, so several sessions on one page do not clash.</summary>
    public string DisplayIdPrefix { get; init; } = "nb";
}
