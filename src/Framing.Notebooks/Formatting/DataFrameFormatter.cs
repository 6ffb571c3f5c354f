using System.Globalization;
using System.Text;

using Microsoft.Data.Analysis;

namespace Framing.Notebooks.Formatting;

/// <summary>Shows a <see cref="DataFrame"/> as an HTML table (or aligned text), with a note when rows are cut.</summary>
public static class DataFrameFormatter
{
    /// <summary>The most rows shown; the rest are summarised in a note.</summary>
    public const int MaxRows = 50;

    /// <summary>Formats the frame as an escaped HTML table.</summary>
    public static string ToHtml(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        StringBuilder html = new("<div class=\"framing-dataframe\"><table><thead><tr>");
        foreach (DataFrameColumn column in frame.Columns)
        {
            html.Append("<th>").Append(HtmlText.Escape(column.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        long shown = Math.Min(frame.Rows.Count, MaxRows);
        for (long row = 0; row < shown; row++)
        {
            html.Append("<tr>");
            foreach (DataFrameColumn column in frame.Columns)
            {
                object? value = column[row];
                html.Append(value is null ? "<td class=\"null\">" : "<td>").Append(HtmlText.Escape(Text(value))).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        if (frame.Rows.Count > shown)
        {
            html.Append("<p class=\"framing-note\">").Append(HtmlText.Escape(Note(frame, shown))).Append("</p>");
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>Formats the frame as plain text with aligned columns.</summary>
    public static string ToPlainText(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        long shown = Math.Min(frame.Rows.Count, MaxRows);
        List<string[]> rows = [[.. frame.Columns.Select(c => c.Name)]];
        for (long row = 0; row < shown; row++)
        {
            rows.Add([.. frame.Columns.Select(c => Text(c[row]))]);
        }

        int[] widths = [.. Enumerable.Range(0, frame.Columns.Count).Select(i => rows.Max(r => r[i].Length))];
        StringBuilder text = new();
        foreach (string[] row in rows)
        {
            text.AppendJoin("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).Append('\n');
        }

        if (frame.Rows.Count > shown)
        {
            text.Append(Note(frame, shown)).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Note(DataFrame frame, long shown) =>
        string.Create(CultureInfo.InvariantCulture, $"Showing the first {shown} of {frame.Rows.Count} rows.");

    private static string Text(object? value) => value switch
    {
        null => "null",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
