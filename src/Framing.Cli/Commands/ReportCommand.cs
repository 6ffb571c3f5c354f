using System.CommandLine;
using System.Globalization;

using Framing.Cli.Output;
using Framing.Notebooks.Reports;
using Framing.Notebooks.Running;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>framing report</c>: executes notebooks over a corpus and writes one self-contained HTML report
/// and one executed <c>.ipynb</c> per notebook.
/// </summary>
public static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var notebooksOption = new Option<string[]>("--notebooks")
        {
            Description = "Notebook files, or folders whose *.ipynb files are run in name order.",
            DefaultValueFactory = _ => ["notebooks"],
            AllowMultipleArgumentsPerToken = true,
            HelpName = "DIR|FILE",
        };
        var outOption = new Option<string>("--out")
        {
            Description = "Folder for the HTML reports and executed notebooks.",
            DefaultValueFactory = _ => "reports",
            HelpName = "DIR",
        };
        var paramOption = new Option<string[]>("--param")
        {
            Description = "Notebook parameter as name=value (papermill convention), injected after the cell tagged 'parameters'. " +
                "A value naming an existing file or folder relative to the current directory is passed as an absolute path.",
            HelpName = "k=v",
        };
        var continueOption = new Option<bool>("--continue-on-error") { Description = "Keep running the cells after a failing cell (the exit code is still 1)." };
        var hideCodeOption = new Option<bool>("--hide-code") { Description = "Leave code cells out of the HTML reports." };
        var timeoutOption = new Option<int>("--cell-timeout")
        {
            Description = "Seconds a single cell may run before it is stopped.",
            DefaultValueFactory = _ => 300,
            HelpName = "SECONDS",
        };
        var command = new Command("report", "Execute notebooks over the corpus and write self-contained, reproducible HTML reports.")
        {
            notebooksOption, outOption, paramOption, continueOption, hideCodeOption, timeoutOption,
        };
        CommandRunner.SetAction(command, environment, async (parseResult, cancellationToken) =>
        {
            var notebooks = ReportInputs.FindNotebooks(parseResult.GetValue(notebooksOption)!, environment);
            var parameters = ReportInputs.ParseParameters(parseResult.GetValue(paramOption) ?? [], environment);
            var timeout = parseResult.GetValue(timeoutOption);
            if (timeout <= 0)
            {
                throw new CliUsageException($"--cell-timeout must be a positive number of seconds, not {timeout}.");
            }

            var outDirectory = environment.Resolve(parseResult.GetValue(outOption)!);
            Directory.CreateDirectory(outDirectory);
            var continueOnError = parseResult.GetValue(continueOption);
            var hideCode = parseResult.GetValue(hideCodeOption);
            async Task<List<(string Notebook, NotebookRunResult Result)>> RunAllAsync(IReportProgress progress)
            {
                var results = new List<(string Notebook, NotebookRunResult Result)>();
                foreach (var notebook in notebooks)
                {
                    var workspaceRoot = ReportInputs.FindWorkspaceRoot(notebook);
                    var runOptions = new RunOptions
                    {
                        Parameters = parameters,
                        CellTimeout = TimeSpan.FromSeconds(timeout),
                        ContinueOnError = continueOnError,
                        WorkspaceRoot = workspaceRoot,
                        Progress = progress.OnCell,
                    };
                    progress.Start(notebook);
                    var result = await NotebookRunner.RunAsync(notebook, runOptions, cancellationToken).ConfigureAwait(false);
                    var name = Path.GetFileNameWithoutExtension(notebook);
                    var reportOptions = new ReportOptions
                    {
                        HideCode = hideCode,
                        Provenance = [.. ReportInputs.ProvenanceInputs(notebook, parameters, workspaceRoot)],
                        ToolVersion = ReportInputs.ToolVersion,
                        Commit = ReportInputs.GitCommit(workspaceRoot),
                    };
                    HtmlReportWriter.Write(result, Path.Combine(outDirectory, name + ".html"), reportOptions);
                    Framing.Notebooks.Model.NotebookFile.Write(result.Executed, Path.Combine(outDirectory, name + ".ipynb"));
                    progress.Finish(notebook, result);
                    results.Add((notebook, result));
                }

                return results;
            }

            // Plain lines when output is redirected (logs, CI); a live Spectre.Console progress display on a terminal.
            var results = environment.IsOutputRedirected
                ? await RunAllAsync(new PlainReportProgress(environment)).ConfigureAwait(false)
                : await SpectreReportProgress.RunAsync(environment, RunAllAsync).ConfigureAwait(false);
            WriteSummary(environment, results, outDirectory);
            return results.All(r => r.Result.Succeeded) ? ExitCodes.Success : ExitCodes.UserError;
        });
        return command;
    }

    private static void WriteSummary(CliEnvironment environment, List<(string Notebook, NotebookRunResult Result)> results, string outDirectory)
    {
        TableOutput.Write(
            environment.Out,
            "Reports",
            ["notebook", "cells", "failed", "seconds", "report"],
            results.Select(r => (IReadOnlyList<string>)
            [
                Path.GetFileName(r.Notebook),
                r.Result.Cells.Length.ToString(CultureInfo.InvariantCulture),
                r.Result.Failures.Length.ToString(CultureInfo.InvariantCulture),
                r.Result.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                Path.GetRelativePath(environment.WorkingDirectory, Path.Combine(outDirectory, Path.GetFileNameWithoutExtension(r.Notebook) + ".html")),
            ]));
        var total = results.Sum(r => r.Result.Duration.TotalSeconds);
        environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total: {results.Count} notebooks in {total:0.00} s."));
        foreach (var (notebook, result) in results.Where(r => !r.Result.Succeeded))
        {
            foreach (var failure in result.Failures)
            {
                environment.Error.WriteLine(
                    $"framing: error: {Path.GetFileName(notebook)} {failure.Label} {failure.Status}: {failure.Error?.EValue ?? "(no message)"} " +
                    "The report shows the failing cell, linked from its top.");
            }
        }
    }
}
