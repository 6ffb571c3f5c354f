using System.Globalization;

using Framing.Notebooks.Running;

using Spectre.Console;

namespace Framing.Cli.Commands;

/// <summary>Progress of <c>framing report</c>, per notebook and per cell.</summary>
internal interface IReportProgress
{
    void Start(string notebook);

    void OnCell(CellProgress progress);

    void Finish(string notebook, NotebookRunResult result);
}

/// <summary>One plain line per cell and per notebook, for logs and redirected output.</summary>
internal sealed class PlainReportProgress(CliEnvironment environment) : IReportProgress
{
    public void Start(string notebook) => environment.Out.WriteLine($"{Path.GetFileName(notebook)}: running");

    public void OnCell(CellProgress progress)
    {
        if (progress.Status is { } status)
        {
            environment.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  cell {progress.CodeCellNumber}/{progress.CodeCellCount} {status.ToString().ToLowerInvariant()} ({progress.Elapsed.TotalMilliseconds:0} ms)"));
        }
    }

    public void Finish(string notebook, NotebookRunResult result) =>
        environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(notebook)}: {Verdict(result)} in {result.Duration.TotalSeconds:0.00} s"));

    internal static string Verdict(NotebookRunResult result) =>
        result.Succeeded ? "ok" : result.Failures.Length.ToString(CultureInfo.InvariantCulture) + " failed";
}

/// <summary>A live Spectre.Console progress display: one bar per notebook, advanced cell by cell.</summary>
internal sealed class SpectreReportProgress(ProgressContext context) : IReportProgress
{
    private ProgressTask? _task;
    private string _name = string.Empty;

    public static async Task<T> RunAsync<T>(CliEnvironment environment, Func<IReportProgress, Task<T>> body)
    {
        // Only called when output is a terminal, so the live (interactive) renderer is right; its last frame shows every notebook at 100%.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Out),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Yes,
        });
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => body(new SpectreReportProgress(context)))
            .ConfigureAwait(false);
    }

    public void Start(string notebook)
    {
        _name = Markup.Escape(Path.GetFileName(notebook));
        _task = context.AddTask(_name, maxValue: 1);
    }

    public void OnCell(CellProgress progress)
    {
        if (_task is null)
        {
            return;
        }

        _task.MaxValue = Math.Max(1, progress.CodeCellCount);
        _task.Description = string.Create(CultureInfo.InvariantCulture, $"{_name} cell {progress.CodeCellNumber}/{progress.CodeCellCount}");
        if (progress.Status is not null)
        {
            _task.Value = progress.CodeCellNumber;
        }
    }

    public void Finish(string notebook, NotebookRunResult result)
    {
        if (_task is not null)
        {
            _task.Value = _task.MaxValue;
            _task.Description = $"{_name} {PlainReportProgress.Verdict(result)}";
            _task.StopTask();
        }
    }
}
