using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;

using Framing.Notebooks.Execution;
using Framing.Notebooks.Model;

namespace Framing.Notebooks.Running;

/// <summary>
/// Runs a whole notebook, as <c>framing report</c> does: checks that code cells are C#, injects
/// parameters, executes the code cells in order in one <see cref="NotebookSession"/> and returns the
/// executed notebook with per-cell status and timings.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Reads and runs the notebook at <paramref name="notebookPath"/>.</summary>
    /// <exception cref="NotebookException">The notebook cannot be read, has a non-C# code cell, or the parameters cannot be injected. Cell failures are not exceptions: they are in the result.</exception>
    public static Task<NotebookRunResult> RunAsync(string notebookPath, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebookPath);
        Notebook notebook = NotebookFile.Read(notebookPath);
        return RunAsync(notebook, notebookPath, options, cancellationToken);
    }

    /// <summary>Runs an already loaded notebook; <paramref name="notebookPath"/> names it and sets the default working directory.</summary>
    /// <exception cref="NotebookException">A code cell is not C# or the parameters cannot be injected.</exception>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, string notebookPath, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(notebookPath);
        options ??= new RunOptions();
        NotebookLanguage.EnsureCSharp(notebook, notebookPath);
        Notebook prepared = NotebookParameters.Inject(notebook, options.Parameters, notebookPath);
        string workingDirectory = options.WorkingDirectory
            ?? Path.GetDirectoryName(Path.GetFullPath(notebookPath))
            ?? Environment.CurrentDirectory;

        Stopwatch clock = Stopwatch.StartNew();
        using NotebookSession session = new(new NotebookSessionOptions
        {
            WorkingDirectory = workingDirectory,
            WorkspaceRoot = options.WorkspaceRoot,
            CellTimeout = options.CellTimeout,
        });

        List<NotebookCell> cells = [.. prepared.Cells];
        ImmutableArray<CellRunRecord>.Builder records = ImmutableArray.CreateBuilder<CellRunRecord>();
        int codeCount = cells.Count(c => c.Kind == CellKind.Code);
        int codeNumber = 0;
        bool stop = false;
        for (int i = 0; i < cells.Count; i++)
        {
            NotebookCell cell = cells[i];
            if (cell.Kind != CellKind.Code)
            {
                continue;
            }

            codeNumber++;
            string label = "cell " + (i + 1).ToString(CultureInfo.InvariantCulture);
            if (stop || cancellationToken.IsCancellationRequested)
            {
                cells[i] = cell with { ExecutionCount = null, Outputs = [] };
                records.Add(new CellRunRecord(i, cell.Id, label, CellStatus.Skipped, TimeSpan.Zero, null));
                continue;
            }

            options.Progress?.Invoke(new CellProgress(notebookPath, i, codeNumber, codeCount, null, TimeSpan.Zero));
            CellExecutionResult result = await session
                .ExecuteAsync(cell.Source, new CellExecutionOptions { CellLabel = label }, cancellationToken)
                .ConfigureAwait(false);
            cells[i] = cell with { ExecutionCount = result.ExecutionCount, Outputs = result.Outputs };
            records.Add(new CellRunRecord(i, cell.Id, label, result.Status, result.Duration, result.Error));
            options.Progress?.Invoke(new CellProgress(notebookPath, i, codeNumber, codeCount, result.Status, result.Duration));
            stop = !result.Succeeded && (!options.ContinueOnError || session.IsBroken || result.Status == CellStatus.Cancelled);
        }

        return new NotebookRunResult(notebookPath, prepared.WithCells(cells), records.ToImmutable(), clock.Elapsed);
    }
}
