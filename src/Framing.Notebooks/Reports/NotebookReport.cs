using Framing.Notebooks.Model;
using Framing.Notebooks.Running;

namespace Framing.Notebooks.Reports;

/// <summary>The files a report run leaves: the HTML report and the executed notebook.</summary>
/// <param name="HtmlPath">The report, <c>{notebook name}.html</c>.</param>
/// <param name="NotebookPath">The executed notebook with its outputs, <c>{notebook name}.ipynb</c>.</param>
public sealed record ReportFiles(string HtmlPath, string NotebookPath);

/// <summary>Writes both outputs of a run into one folder, each atomically.</summary>
public static class NotebookReport
{
    /// <summary>Writes <c>{name}.html</c> and the executed <c>{name}.ipynb</c> into <paramref name="outDirectory"/>.</summary>
    /// <exception cref="NotebookException">The output folder is the notebook's own folder, which would overwrite the source notebook.</exception>
    public static ReportFiles Write(NotebookRunResult result, string outDirectory, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(outDirectory);
        string name = Path.GetFileNameWithoutExtension(result.NotebookPath);
        string notebookPath = Path.GetFullPath(Path.Combine(outDirectory, name + ".ipynb"));
        if (string.Equals(notebookPath, Path.GetFullPath(result.NotebookPath), StringComparison.Ordinal))
        {
            throw new NotebookException($"The output folder {outDirectory} holds the source notebook {result.NotebookPath}; writing the executed notebook would overwrite it. Choose another output folder.");
        }

        string htmlPath = Path.Combine(outDirectory, name + ".html");
        HtmlReportWriter.Write(result, htmlPath, options);
        NotebookFile.Write(result.Executed, notebookPath);
        return new ReportFiles(htmlPath, notebookPath);
    }
}
