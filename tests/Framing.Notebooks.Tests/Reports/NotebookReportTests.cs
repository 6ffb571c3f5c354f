using Framing.Notebooks.Model;
using Framing.Notebooks.Reports;
using Framing.Notebooks.Running;
using Framing.Notebooks.Tests.Running;

namespace Framing.Notebooks.Tests.Reports;

public class NotebookReportTests
{
    [Fact]
    public async Task Writes_the_report_and_the_executed_notebook_side_by_side()
    {
        NotebookRunResult result = await NotebookRunner.RunAsync(NotebookRunnerTests.Sample, new RunOptions { ContinueOnError = true });
        string folder = TestPaths.NewTempFolder();

        ReportFiles files = NotebookReport.Write(result, folder);

        Assert.Equal(Path.Combine(folder, "report-sample.html"), files.HtmlPath);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(files.HtmlPath), StringComparison.Ordinal);
        Assert.Equal("3", Assert.IsType<ExecuteResultOutput>(NotebookFile.Read(files.NotebookPath).Cells[3].Outputs[1]).Data.GetText("text/plain"));
    }

    [Fact]
    public async Task Refuses_to_overwrite_the_source_notebook()
    {
        NotebookRunResult result = await NotebookRunner.RunAsync(NotebookRunnerTests.Sample, new RunOptions { ContinueOnError = true });

        NotebookException error = Assert.Throws<NotebookException>(() => NotebookReport.Write(result, Path.GetDirectoryName(NotebookRunnerTests.Sample)!));

        Assert.Contains("would overwrite it", error.Message, StringComparison.Ordinal);
    }
}
