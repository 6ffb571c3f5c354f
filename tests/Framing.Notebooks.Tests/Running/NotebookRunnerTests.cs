using Framing.Notebooks.Execution;
using Framing.Notebooks.Model;
using Framing.Notebooks.Running;

namespace Framing.Notebooks.Tests.Running;

public class NotebookRunnerTests
{
    internal static readonly string Sample = TestPaths.Data("Running", "Data", "report-sample.ipynb");

    [Fact]
    public async Task Stops_at_the_first_failure_and_marks_the_rest_skipped()
    {
        NotebookRunResult result = await NotebookRunner.RunAsync(Sample);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [CellStatus.Succeeded, CellStatus.Succeeded, CellStatus.Succeeded, CellStatus.Failed, CellStatus.Skipped],
            result.Cells.Select(c => c.Status));
        CellRunRecord failure = Assert.Single(result.Failures);
        Assert.Equal("cell 6", failure.Label);
        Assert.Equal("cell 6, line 2: deliberate failure", failure.Error!.EValue);
        NotebookCell skipped = result.Executed.Cells[7];
        Assert.Null(skipped.ExecutionCount);
        Assert.Empty(skipped.Outputs);
    }

    [Fact]
    public async Task Continue_on_error_runs_every_cell_and_fills_in_outputs()
    {
        List<CellProgress> progress = [];

        NotebookRunResult result = await NotebookRunner.RunAsync(Sample, new RunOptions { ContinueOnError = true, Progress = progress.Add });

        Assert.Equal(CellStatus.Succeeded, result.Cells[^1].Status);
        NotebookCell sum = result.Executed.Cells[3];
        Assert.Equal(2, sum.ExecutionCount);
        Assert.Equal("Outlet: Default Outlet\n", Assert.IsType<StreamOutput>(sum.Outputs[0]).Text);
        Assert.Equal("3", Assert.IsType<ExecuteResultOutput>(sum.Outputs[1]).Data.GetText("text/plain"));
        Assert.Equal(10, progress.Count);
        Assert.Equal((1, 5, (CellStatus?)null), (progress[0].CodeCellNumber, progress[0].CodeCellCount, progress[0].Status));
        Assert.Equal(CellStatus.Failed, progress[7].Status);
    }

    [Fact]
    public async Task Injected_parameters_follow_the_parameters_cell_and_change_the_results()
    {
        RunOptions options = new()
        {
            ContinueOnError = true,
            Parameters = [KeyValuePair.Create<string, object?>("outlet", "O'Brien \"Daily\"\n"), KeyValuePair.Create<string, object?>("limit", 4L)],
        };

        NotebookRunResult result = await NotebookRunner.RunAsync(Sample, options);

        NotebookCell injected = result.Executed.Cells[2];
        Assert.Equal("injected-parameters", injected.Id);
        Assert.Equal<string>(["injected-parameters"], injected.Tags);
        Assert.Equal("// Parameters injected for this run.\noutlet = \"O'Brien \\\"Daily\\\"\\n\";\nlimit = 4;", injected.Source);
        NotebookCell sum = result.Executed.Cells[4];
        Assert.Equal("Outlet: O'Brien \"Daily\"\n\n", Assert.IsType<StreamOutput>(sum.Outputs[0]).Text);
        Assert.Equal("10", Assert.IsType<ExecuteResultOutput>(sum.Outputs[1]).Data.GetText("text/plain"));
    }

    [Fact]
    public async Task A_non_csharp_notebook_is_refused_before_running()
    {
        UnsupportedLanguageException error = await Assert.ThrowsAsync<UnsupportedLanguageException>(
            () => NotebookRunner.RunAsync(TestPaths.Data("Model", "Data", "python.ipynb")));

        Assert.Contains("python.ipynb: cell 1 (id 'py-1')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_executed_notebook_round_trips_through_the_file_format()
    {
        NotebookRunResult result = await NotebookRunner.RunAsync(Sample, new RunOptions { ContinueOnError = true });
        string path = Path.Combine(TestPaths.NewTempFolder(), "executed.ipynb");

        NotebookFile.Write(result.Executed, path);
        Notebook reread = NotebookFile.Read(path);

        Assert.Equal(File.ReadAllText(path), NotebookFile.Serialize(reread));
        Assert.Equal("3", Assert.IsType<ExecuteResultOutput>(reread.Cells[3].Outputs[1]).Data.GetText("text/plain"));
        Assert.Equal("System.InvalidOperationException", Assert.IsType<ErrorOutput>(reread.Cells[5].Outputs.Single()).EName);
    }
}
