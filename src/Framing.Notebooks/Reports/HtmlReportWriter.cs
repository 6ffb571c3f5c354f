using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

using Framing.Notebooks.Execution;
using Framing.Notebooks.Formatting;
using Framing.Notebooks.Model;
using Framing.Notebooks.Running;

namespace Framing.Notebooks.Reports;

/// <summary>
/// Exports an executed notebook as one self-contained HTML file: narrative, collapsible code, outputs, a
/// table of contents, failed cells highlighted and linked from the top, and a provenance footer. No
/// network resources (styles inline, plotly.js embedded once when there are charts). The same inputs
/// give the same bytes: no timestamps, no random ids.
/// </summary>
public static partial class HtmlReportWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report to <paramref name="outPath"/> atomically (temporary file, then rename).</summary>
    public static void Write(NotebookRunResult result, string outPath, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(outPath);
        string html = Render(result, options);
        AtomicFile.Write(outPath, stream => stream.Write(Utf8NoBom.GetBytes(html)));
    }

    /// <summary>Renders the report as a string.</summary>
    public static string Render(NotebookRunResult result, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new ReportOptions();
        Notebook notebook = result.Executed;
        MarkdownRenderer markdown = new();
        for (int i = 0; i < notebook.Cells.Length; i++)
        {
            markdown.Reserve(CellAnchor(i));
        }

        Dictionary<int, CellRunRecord> records = result.Cells.ToDictionary(c => c.Index);
        SharedStyles shared = new();
        StringBuilder body = new();
        for (int i = 0; i < notebook.Cells.Length; i++)
        {
            NotebookCell cell = notebook.Cells[i];
            switch (cell.Kind)
            {
                case CellKind.Markdown:
                    body.Append("<section class=\"cell markdown\" id=\"").Append(CellAnchor(i)).Append("\">\n")
                        .Append(markdown.Render(cell.Source)).Append("</section>\n");
                    break;
                case CellKind.Code:
                    AppendCodeCell(body, i, cell, records.GetValueOrDefault(i), options, shared);
                    break;
                default:
                    break;
            }
        }

        bool needsPlotly = notebook.Cells.SelectMany(c => c.Outputs).Any(o => HtmlOf(o)?.Contains(PlotlyFormatter.Marker, StringComparison.Ordinal) == true);
        string title = options.Title ?? markdown.Headings.FirstOrDefault(h => h.Level == 1)?.Text ?? Path.GetFileNameWithoutExtension(result.NotebookPath);

        StringBuilder html = new();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n")
            .Append("<style>\n").Append(ReportStyles.Css).Append("\n</style>\n");
        foreach (string style in shared.Styles)
        {
            html.Append(style).Append('\n');
        }

        if (needsPlotly)
        {
            html.Append(PlotlyJs.ScriptTag).Append('\n');
        }

        html.Append("</head>\n<body>\n<header>\n")
            .Append("<p class=\"report-source\">Report of <code>").Append(HtmlText.Escape(Path.GetFileName(result.NotebookPath))).Append("</code></p>\n");
        AppendSummary(html, result);
        AppendContents(html, markdown.Headings);
        html.Append("</header>\n<main>\n").Append(body).Append("</main>\n");
        AppendProvenance(html, result, options);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string CellAnchor(int index) => "cell-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static void AppendSummary(StringBuilder html, NotebookRunResult result)
    {
        int skipped = result.Cells.Count(c => c.Status == CellStatus.Skipped);
        if (result.Failures.IsEmpty && skipped == 0)
        {
            html.Append("<div class=\"run-summary ok\">All ").Append(result.Cells.Length.ToString(CultureInfo.InvariantCulture))
                .Append(" code cells ran successfully.</div>\n");
            return;
        }

        int failed = result.Failures.Length;
        html.Append("<div class=\"run-summary failed\" role=\"alert\"><strong>")
            .Append(failed.ToString(CultureInfo.InvariantCulture)).Append(failed == 1 ? " cell failed" : " cells failed").Append("</strong>");
        if (failed > 0)
        {
            html.Append(": ").AppendJoin(", ", result.Failures.Select(f =>
                $"<a href=\"#{CellAnchor(f.Index)}\">{HtmlText.Escape(f.Label)}</a> ({HtmlText.Escape(Describe(f))})"));
        }

        if (skipped > 0)
        {
            html.Append(". ").Append(skipped.ToString(CultureInfo.InvariantCulture)).Append(skipped == 1 ? " cell was" : " cells were")
                .Append(" not run");
        }

        html.Append(".</div>\n");
    }

    private static string Describe(CellRunRecord record) => record.Status switch
    {
        CellStatus.TimedOut => "timed out",
        CellStatus.Cancelled => "cancelled",
        _ => record.Error?.EName ?? "failed",
    };

    private static void AppendContents(StringBuilder html, IReadOnlyList<ReportHeading> headings)
    {
        if (headings.Count == 0)
        {
            return;
        }

        html.Append("<nav class=\"toc\">\n<h2>Contents</h2>\n<ul>\n");
        foreach (ReportHeading heading in headings)
        {
            html.Append("<li class=\"toc-").Append(heading.Level.ToString(CultureInfo.InvariantCulture)).Append("\"><a href=\"#")
                .Append(HtmlText.Escape(heading.Id)).Append("\">").Append(HtmlText.Escape(heading.Text)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void AppendCodeCell(StringBuilder html, int index, NotebookCell cell, CellRunRecord? record, ReportOptions options, SharedStyles shared)
    {
        string state = record?.Status switch
        {
            CellStatus.Skipped or null => " skipped",
            CellStatus.Succeeded => "",
            _ => " failed",
        };
        html.Append("<section class=\"cell code").Append(state).Append("\" id=\"").Append(CellAnchor(index)).Append("\">\n");
        if (!options.HideCode)
        {
            string count = cell.ExecutionCount is int n ? " [" + n.ToString(CultureInfo.InvariantCulture) + "]" : "";
            html.Append(options.ExpandCode ? "<details class=\"code\" open>" : "<details class=\"code\">")
                .Append("<summary>Code · cell ").Append((index + 1).ToString(CultureInfo.InvariantCulture)).Append(count).Append("</summary>")
                .Append("<pre><code class=\"language-csharp\">").Append(HtmlText.Escape(cell.Source)).Append("</code></pre></details>\n");
        }

        if (record is null || record.Status == CellStatus.Skipped)
        {
            html.Append("<p class=\"cell-note\">Not run: an earlier cell failed or the run was cancelled.</p>\n");
        }

        if (!cell.Outputs.IsEmpty)
        {
            html.Append("<div class=\"outputs\">\n");
            foreach (CellOutput output in cell.Outputs)
            {
                AppendOutput(html, output, shared);
            }

            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendOutput(StringBuilder html, CellOutput output, SharedStyles shared)
    {
        switch (output)
        {
            case StreamOutput stream:
                html.Append("<pre class=\"output stream ").Append(stream.Name == StreamOutput.StdErr ? "stderr" : "stdout").Append("\">")
                    .Append(HtmlText.Escape(stream.Text)).Append("</pre>\n");
                break;
            case ErrorOutput error:
                string traceback = string.Join('\n', error.Traceback.Select(StripAnsi).Where(l => !l.Contains(error.EValue, StringComparison.Ordinal)));
                html.Append("<div class=\"output error\"><p class=\"error-title\">").Append(HtmlText.Escape(error.EName)).Append(": ")
                    .Append(HtmlText.Escape(StripAnsi(error.EValue))).Append("</p>");
                if (traceback.Length > 0)
                {
                    html.Append("<pre>").Append(HtmlText.Escape(traceback)).Append("</pre>");
                }

                html.Append("</div>\n");
                break;
            case DisplayDataOutput or ExecuteResultOutput:
                MimeBundle data = output is DisplayDataOutput display ? display.Data : ((ExecuteResultOutput)output).Data;
                AppendBundle(html, data, shared);
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Shows the richest representation. HTML comes from the engine's formatters, which escape every value,
    /// so it is inserted as is; everything else is escaped here.
    /// </summary>
    private static void AppendBundle(StringBuilder html, MimeBundle data, SharedStyles shared)
    {
        if (data.GetText(NotebookFormatters.Html) is { } rich)
        {
            html.Append("<div class=\"output html\">").Append(shared.Hoist(rich)).Append("</div>\n");
        }
        else if (data.GetText("image/png") is { } png)
        {
            html.Append("<div class=\"output image\"><img alt=\"\" src=\"data:image/png;base64,")
                .Append(HtmlText.Escape(png.Replace("\n", "", StringComparison.Ordinal))).Append("\"></div>\n");
        }
        else if (data.GetText(NotebookFormatters.PlainText) is { } plain)
        {
            html.Append("<pre class=\"output text\">").Append(HtmlText.Escape(plain)).Append("</pre>\n");
        }
    }

    private static string? HtmlOf(CellOutput output) => output switch
    {
        DisplayDataOutput display => display.Data.GetText(NotebookFormatters.Html),
        ExecuteResultOutput result => result.Data.GetText(NotebookFormatters.Html),
        _ => null,
    };

    private static void AppendProvenance(StringBuilder html, NotebookRunResult result, ReportOptions options)
    {
        html.Append("<footer class=\"provenance\">\n<h2>Provenance</h2>\n<table>\n<thead><tr><th>Input</th><th>Path</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        IEnumerable<ProvenanceInput> inputs = options.Provenance.Prepend(new ProvenanceInput("notebook", result.NotebookPath));
        foreach (ProvenanceInput input in inputs)
        {
            string hash = Provenance.Hash(input.Path) ?? "missing";
            html.Append("<tr><td>").Append(HtmlText.Escape(input.Label)).Append("</td><td><code>").Append(HtmlText.Escape(input.Path))
                .Append("</code></td><td><code>").Append(hash).Append("</code></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p>Tool version <code>").Append(HtmlText.Escape(options.ToolVersion))
            .Append("</code>, commit <code>").Append(HtmlText.Escape(options.Commit))
            .Append("</code>, runtime <code>").Append(HtmlText.Escape(RuntimeInformation.FrameworkDescription)).Append("</code>.</p>\n</footer>\n");
    }

    /// <summary>
    /// The formatting library appends the same style block to every HTML output; the report keeps one
    /// copy in the head instead of one per output.
    /// </summary>
    private sealed partial class SharedStyles
    {
        private readonly List<string> _styles = [];

        public IReadOnlyList<string> Styles => _styles;

        public string Hoist(string html) => FormatterStyle().Replace(html, m =>
        {
            if (!_styles.Contains(m.Value, StringComparer.Ordinal))
            {
                _styles.Add(m.Value);
            }

            return "";
        });

        [GeneratedRegex("<style>\\s*\\.dni-code-hint.*?</style>", RegexOptions.Singleline)]
        private static partial Regex FormatterStyle();
    }

    private static string StripAnsi(string text) => AnsiEscape().Replace(text, "");

    [GeneratedRegex("\u001b\\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}
