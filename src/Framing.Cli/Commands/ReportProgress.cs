using System.Globalization;

using Framing.Notebooks.Running;

namespace Framing.Cli.Commands;

/// <summary>
/// Progress of <c>framing report</c>, one line per cell and per notebook. Plain lines keep logs
/// readable when output is redirected; on a terminal the current cell is redrawn in place.
/// </summary>
internal sealed class ReportProgress(CliEnvironment environment)
{
    private string _current = string.Empty;

    public void Start(string notebook)
    {
        _current = Path.GetFileName(notebook);
        environment.Out.WriteLine($"{_current}: running");
    }

    public void OnCell(CellProgress progress)
    {
        if (progress.Status is null)
        {
            if (!environment.IsOutputRedirected)
            {
                environment.Out.Write(string.Create(CultureInfo.InvariantCulture, $"\r  cell {progress.CodeCellNumber}/{progress.CodeCellCount} ..."));
            }

            return;
        }

        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"  cell {progress.CodeCellNumber}/{progress.CodeCellCount} {progress.Status.Value.ToString().ToLowerInvariant()} ({progress.Elapsed.TotalMilliseconds:0} ms)");
        environment.Out.WriteLine(environment.IsOutputRedirected ? line : "\r" + line);
    }

    public void Finish(string notebook, NotebookRunResult result)
    {
        var verdict = result.Succeeded ? "ok" : $"{result.Failures.Length} failed";
        environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(notebook)}: {verdict} in {result.Duration.TotalSeconds:0.00} s"));
    }
}
