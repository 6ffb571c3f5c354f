using Framing.Notebooks.Execution;
using Framing.Notebooks.Formatting;
using Framing.Notebooks.Model;
using Framing.Notebooks.Tests.Execution;

using Microsoft.Data.Analysis;

namespace Framing.Notebooks.Tests.Formatting;

public class FormatterTests
{
    private static DataFrame Frame(int rows, string text = "row") => new(
        new Int32DataFrameColumn("n", Enumerable.Range(0, rows)),
        new StringDataFrameColumn("text", Enumerable.Range(0, rows).Select(i => $"{text} {i}")),
        new DoubleDataFrameColumn("share", Enumerable.Range(0, rows).Select(i => i / 4.0)));

    [Fact]
    public void A_long_DataFrame_is_cut_to_50_rows_with_a_note()
    {
        string html = NotebookFormatters.Format(Frame(60), "text/html");

        Assert.Equal(51, html.Split("<tr>").Length - 1);
        Assert.Contains("Showing the first 50 of 60 rows.", html, StringComparison.Ordinal);
        Assert.Contains("<th>share</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>12.25</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_DataFrame_has_every_row_and_no_note()
    {
        string html = NotebookFormatters.Format(Frame(3), "text/html");
        string plain = NotebookFormatters.Format(Frame(3), "text/plain");

        Assert.Equal(4, html.Split("<tr>").Length - 1);
        Assert.DoesNotContain("Showing", html, StringComparison.Ordinal);
        Assert.StartsWith("n  text   share", plain, StringComparison.Ordinal);
        Assert.Contains("2  row 2  0.5", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void DataFrame_cells_are_escaped()
    {
        string html = NotebookFormatters.Format(Frame(1, "<script>alert(1)</script>"), "text/html");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; 0", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_escaped_by_the_default_formatters()
    {
        string text = NotebookFormatters.Format("<script>alert(1)</script>", "text/html");
        string record = NotebookFormatters.Format(new { Snippet = "<img src=x onerror=alert(1)>" }, "text/html");

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", record, StringComparison.Ordinal);
        Assert.DoesNotContain("http", record, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_is_a_div_and_a_newPlot_script_without_plotly_js_and_with_escaped_text()
    {
        Plotly.NET.GenericChart chart = Plotly.NET.CSharp.Chart.Column<int, string, string>(
            [1, 2], new Plotly.NET.CSharp.Optional<IEnumerable<string>>(["a", "</script><script>alert(1)</script>"], true));

        string html = NotebookFormatters.Format(chart, "text/html");

        Assert.Contains(PlotlyFormatter.Marker, html, StringComparison.Ordinal);
        Assert.Matches("<div id=\"plotly-[0-9a-f]{12}\">", html);
        Assert.Contains("Plotly.newPlot('plotly-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</script><script>alert", html, StringComparison.Ordinal);
        Assert.Contains("<\\/script><script>alert(1)<\\/script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("For license information", html, StringComparison.Ordinal);
        Assert.Equal(html, NotebookFormatters.Format(chart, "text/html"));
    }

    [Fact]
    public async Task Charts_shown_in_a_session_get_numbered_ids()
    {
        using NotebookSession session = new(new NotebookSessionOptions { WorkingDirectory = TestPaths.RepoRoot });

        CellExecutionResult result = await session.Run(
            "#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\n"
            + "var c = Plotly.NET.CSharp.Chart.Line<int, int, string>(new[] { 1, 2 }, new[] { 3, 4 });\ndisplay(c);\nc");

        Assert.Equal(CellStatus.Succeeded, result.Status);
        string[] html = [.. result.Outputs.Select(o => o switch
        {
            DisplayDataOutput d => d.Data.GetText("text/html")!,
            ExecuteResultOutput r => r.Data.GetText("text/html")!,
            _ => "",
        })];
        Assert.Contains("id=\"nb-plotly-1\"", html[0], StringComparison.Ordinal);
        Assert.Contains("id=\"nb-plotly-2\"", html[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Plotly_js_comes_from_the_Plotly_NET_assembly()
    {
        Assert.True(PlotlyJs.Source.Length > 1_000_000);
        Assert.StartsWith("<script type=\"text/javascript\">", PlotlyJs.ScriptTag, StringComparison.Ordinal);
        Assert.DoesNotContain("</script", PlotlyJs.ScriptTag[..^"</script>".Length], StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Highlight(string Before, string Match, string After);

    [Fact]
    public async Task Registered_formatters_are_used_for_displayed_values()
    {
        NotebookFormatters.Register<Highlight>(
            h => $"<p>{HtmlText.Escape(h.Before)}<mark>{HtmlText.Escape(h.Match)}</mark>{HtmlText.Escape(h.After)}</p>",
            h => h.Before + "[" + h.Match + "]" + h.After);
        using NotebookSession session = new(new NotebookSessionOptions { WorkingDirectory = TestPaths.RepoRoot });
        string assembly = typeof(FormatterTests).Assembly.Location;

        CellExecutionResult result = await session.Run(
            $"#r \"{assembly}\"\nFraming.Notebooks.Tests.Formatting.FormatterTests.Sample()");

        MimeBundle data = Assert.IsType<ExecuteResultOutput>(result.Outputs.Single()).Data;
        Assert.Equal("<p>a &lt;b&gt; <mark>junior</mark> partner</p>", data.GetText("text/html"));
        Assert.Equal("a <b> [junior] partner", data.GetText("text/plain"));
    }

    /// <summary>Called from a cell: a value of a type the test registered a formatter for.</summary>
    public static object Sample() => new Highlight("a <b> ", "junior", " partner");

    [Fact]
    public void Html_text_escaping_covers_markup_and_quotes()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", HtmlText.Escape("<a href=\"x\" title='y'>&"));
        Assert.Equal("a<\\/script>b<\\!--", HtmlText.EscapeScript("a</script>b<!--"));
    }
}
