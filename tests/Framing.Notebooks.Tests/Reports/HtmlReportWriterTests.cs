using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

using Framing.Notebooks.Model;
using Framing.Notebooks.Reports;
using Framing.Notebooks.Running;
using Framing.Notebooks.Tests.Running;

namespace Framing.Notebooks.Tests.Reports;

public partial class HtmlReportWriterTests
{
    private static readonly ReportOptions Options = new()
    {
        ToolVersion = "0.1.0-test",
        Commit = "abc1234",
        Provenance =
        [
            new ProvenanceInput("codebook", TestPaths.Data("Model", "Data", "python.ipynb")),
            new ProvenanceInput("corpus", TestPaths.Data("Model", "Data")),
            new ProvenanceInput("manifest", "/no/such/manifest.yaml"),
        ],
    };

    private static Task<NotebookRunResult> RunSample() => NotebookRunner.RunAsync(NotebookRunnerTests.Sample, new RunOptions { ContinueOnError = true });

    [Fact]
    public async Task The_report_matches_the_approved_snapshot()
    {
        string html = HtmlReportWriter.Render(await RunSample(), Options);

        string normalized = Sha256().Replace(html, "<sha256>")
            .Replace(AppContext.BaseDirectory, "<bin>/", StringComparison.Ordinal)
            .Replace(RuntimeInformation.FrameworkDescription, "<runtime>", StringComparison.Ordinal);
        Snapshot.Match(normalized, "sample", "html");
    }

    [Fact]
    public async Task Two_runs_export_byte_identical_files()
    {
        string folder = TestPaths.NewTempFolder();
        string first = Path.Combine(folder, "first.html");
        string second = Path.Combine(folder, "second.html");

        HtmlReportWriter.Write(await RunSample(), first, Options);
        HtmlReportWriter.Write(await RunSample(), second, Options);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public async Task Failures_are_counted_and_linked_from_the_top_and_highlighted()
    {
        string html = HtmlReportWriter.Render(await RunSample(), Options);

        Assert.Contains("<strong>1 cell failed</strong>: <a href=\"#cell-6\">cell 6</a> (System.InvalidOperationException)", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"cell code failed\" id=\"cell-6\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error-title\">System.InvalidOperationException: cell 6, line 2: deliberate failure</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrative_is_rendered_with_contents_and_unique_heading_ids_and_no_raw_html()
    {
        string html = HtmlReportWriter.Render(await RunSample(), Options);

        Assert.Contains("<li class=\"toc-1\"><a href=\"#sample-report\">Sample report</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#results\">Results</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#results-2\">Results</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"results-2\">Results</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org\">https://example.org</a>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert('x')", html, StringComparison.Ordinal);
        Assert.Contains("<title>Sample report</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_is_collapsible_and_can_be_hidden()
    {
        NotebookRunResult result = await RunSample();

        string shown = HtmlReportWriter.Render(result, Options);
        string hidden = HtmlReportWriter.Render(result, Options with { HideCode = true });

        Assert.Contains("<details class=\"code\"><summary>Code · cell 4 [2]</summary><pre><code class=\"language-csharp\">Console.WriteLine", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<details class=\"code\"", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("Console.WriteLine", hidden, StringComparison.Ordinal);
        Assert.Contains("Outlet: Default Outlet", hidden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_footer_hashes_the_notebook_and_the_inputs_and_names_versions()
    {
        string html = HtmlReportWriter.Render(await RunSample(), Options);

        string notebookHash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(NotebookRunnerTests.Sample)));
        string codebookHash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(TestPaths.Data("Model", "Data", "python.ipynb"))));
        Assert.Contains($"<tr><td>notebook</td><td><code>{NotebookRunnerTests.Sample}</code></td><td><code>{notebookHash}</code></td></tr>", html, StringComparison.Ordinal);
        Assert.Contains($"<code>{codebookHash}</code>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>manifest</td><td><code>/no/such/manifest.yaml</code></td><td><code>missing</code></td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("Tool version <code>0.1.0-test</code>, commit <code>abc1234</code>", html, StringComparison.Ordinal);
        Assert.Contains(RuntimeInformation.FrameworkDescription, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_share_one_embedded_plotly_js_and_nothing_is_loaded_from_the_network()
    {
        Notebook notebook = new Notebook { Metadata = JsonDocument.Parse("{\"kernelspec\": {\"language\": \"csharp\"}}").RootElement.Clone() }.WithCells(
        [
            NotebookCell.Markdown("# Charts"),
            NotebookCell.Code("#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\nPlotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1, 2 }, new[] { 3, 4 })"),
            NotebookCell.Code("Plotly.NET.CSharp.Chart.Point<int, int, string>(new[] { 1, 2 }, new[] { 4, 3 })"),
        ]);
        string path = Path.Combine(TestPaths.NewTempFolder(), "charts.ipynb");

        NotebookRunResult result = await NotebookRunner.RunAsync(notebook, path, new RunOptions { WorkspaceRoot = TestPaths.RepoRoot });
        string html = HtmlReportWriter.Render(result, Options);

        Assert.True(result.Succeeded, result.Failures.FirstOrDefault()?.Error?.EValue);

        Assert.Equal(1, Regex.Count(html, Regex.Escape("For license information please see plotly.min.js.LICENSE.txt")));
        Assert.Contains("Plotly.newPlot('nb-plotly-1'", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot('nb-plotly-2'", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("For license information", StringComparison.Ordinal) < html.IndexOf("nb-plotly-1", StringComparison.Ordinal));
        Assert.DoesNotMatch("<script[^>]+src=", html);
        Assert.DoesNotMatch("<link[^>]+href=", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_without_charts_does_not_carry_plotly_js_and_carries_the_formatter_styles_once()
    {
        string html = HtmlReportWriter.Render(await RunSample(), Options);

        Assert.DoesNotContain("plotly.min.js", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, Regex.Escape(".dni-code-hint {")));
        Assert.True(html.IndexOf(".dni-code-hint {", StringComparison.Ordinal) < html.IndexOf("</head>", StringComparison.Ordinal));
    }

    [GeneratedRegex("[0-9a-f]{64}")]
    private static partial Regex Sha256();
}
