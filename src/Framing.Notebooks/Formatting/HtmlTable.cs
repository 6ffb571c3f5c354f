using System.Text;

namespace Framing.Notebooks.Formatting;

/// <summary>
/// Builds the HTML tables formatters show (KWIC lines, frame tables, …): header texts are escaped, cells
/// are HTML fragments the caller made safe with <see cref="HtmlText.Escape"/> or <see cref="HtmlText.Highlight"/>.
/// </summary>
public static class HtmlTable
{
    /// <summary>Renders a table; <paramref name="note"/> (escaped) goes under it, e.g. "Showing 50 of 120 lines."</summary>
    /// <param name="headers">Column titles, as plain text.</param>
    /// <param name="rows">Each row's cells as safe HTML fragments; rows shorter than the header get empty cells.</param>
    /// <param name="note">Optional note shown under the table.</param>
    /// <param name="cssClass">Class of the wrapping element.</param>
    public static string Render(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? note = null, string cssClass = "framing-table")
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        StringBuilder html = new StringBuilder("<div class=\"").Append(HtmlText.Escape(cssClass)).Append("\"><table><thead><tr>");
        foreach (string header in headers)
        {
            html.Append("<th>").Append(HtmlText.Escape(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (IReadOnlyList<string> row in rows)
        {
            html.Append("<tr>");
            for (int i = 0; i < Math.Max(headers.Count, row.Count); i++)
            {
                html.Append("<td>").Append(i < row.Count ? row[i] : "").Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        if (!string.IsNullOrEmpty(note))
        {
            html.Append("<p class=\"framing-note\">").Append(HtmlText.Escape(note)).Append("</p>");
        }

        return html.Append("</div>").ToString();
    }
}
