using System.Globalization;

using Framing.Notebooks.Execution;
using Framing.Notebooks.Model;
using Framing.Notebooks.Reports;
using Framing.Notebooks.Running;

using Xunit.Abstractions;

namespace Framing.Notebooks.Tests.AnalysisNotebooks;

/// <summary>
/// Runs the three analysis notebooks over seeds/ with the real engine: every cell must succeed and the
/// key outputs must be there. The HTML reports and executed notebooks go to a temporary folder
/// (FRAMING_NOTEBOOK_OUT overrides it, for looking at them), and run times are printed.
/// </summary>
public sealed class AnalysisNotebookTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Notebooks => new()
    {
        { "01-corpus.ipynb", ["What cleaning removed", "RelatedList", "Republication", "PartialReuse", "Alexander Gabuev"] },
        { "02-frames.ipynb", ["framing-codebook", "framing-kwic", "<mark title=", "framing-roles", "framing-validation", "framing-confusion", PlotlyMarker] },
        { "03-outlets.ipynb", ["framing-keyness", "Juilland", "framing-similarity", "framing-claims", "framing-evidence", PlotlyMarker] },
    };

    private const string PlotlyMarker = "data-framing-plotly";

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_over_the_seeds_and_shows_its_key_outputs(string name, string[] expected)
    {
        string path = Path.Combine(TestPaths.RepoRoot, "notebooks", name);
        Notebook original = NotebookFile.Read(path);
        Assert.All(original.Cells.Where(c => c.Kind == CellKind.Code), c => Assert.True(c.Outputs.IsEmpty && c.ExecutionCount is null, $"{name}: committed cells must have no outputs"));

        NotebookRunResult result = await NotebookRunner.RunAsync(path, new RunOptions { CellTimeout = TimeSpan.FromMinutes(2) });

        string folder = Environment.GetEnvironmentVariable("FRAMING_NOTEBOOK_OUT") ?? TestPaths.NewTempFolder();
        Directory.CreateDirectory(folder);
        HtmlReportWriter.Write(result, Path.Combine(folder, Path.ChangeExtension(name, ".html")));
        NotebookFile.Write(result.Executed, Path.Combine(folder, name));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {result.Duration.TotalSeconds:F2} s over {result.Cells.Length} cells"));
        foreach (CellRunRecord cell in result.Cells)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {cell.Label}: {cell.Duration.TotalMilliseconds:F0} ms"));
        }

        string failures = string.Join("\n", result.Failures.Select(f => $"{f.Label}: {f.Error?.EName}: {f.Error?.EValue}"));
        Assert.True(result.Succeeded, $"{name} failed:\n{failures}");
        Assert.All(result.Cells, c => Assert.Equal(CellStatus.Succeeded, c.Status));
        string html = HtmlReportWriter.Render(result);
        foreach (string text in expected)
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("[formatting ", html, StringComparison.Ordinal);
    }
}
