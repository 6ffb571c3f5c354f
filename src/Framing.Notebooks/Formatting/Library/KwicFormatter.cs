using Framing.Concordance;

namespace Framing.Notebooks.Formatting.Library;

/// <summary>Keyword-in-context tables: left context right-aligned, the match highlighted, right context, and where it is.</summary>
public static class KwicFormatter
{
    /// <summary>The most lines shown.</summary>
    public const int MaxLines = 100;

    /// <summary>Formats the table as HTML; all article text is escaped.</summary>
    public static string ToHtml(KwicTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var html = Html.Table("framing-kwic", table.Title, "doc", "sentence", "left", "match", "right", "label", "detail");
        foreach (KwicLine line in table.Lines.Take(MaxLines))
        {
            html.Append("<tr>")
                .Append("<td><code>").Append(Html.Text(line.DocumentId)).Append("</code></td>")
                .Append("<td title=\"offsets of the match\">").Append(Html.Int(line.SentenceIndex)).Append(" <small>[")
                .Append(Html.Int(line.MatchStart)).Append('–').Append(Html.Int(line.MatchEnd)).Append(")</small></td>")
                .Append("<td style=\"text-align:right;white-space:nowrap\">").Append(Html.Text(line.Left)).Append("</td>")
                .Append("<td style=\"white-space:nowrap\"><mark>").Append(Html.Text(line.Match)).Append("</mark></td>")
                .Append("<td style=\"white-space:nowrap\">").Append(Html.Text(line.Right)).Append("</td>")
                .Append("<td>").Append(Html.Text(line.Label)).Append("</td>")
                .Append("<td><code>").Append(Html.Text(line.Detail)).Append("</code></td>")
                .Append("</tr>");
        }

        return html.EndTable(table.Lines.IsEmpty ? "No matches." : Html.CutNote(MaxLines, table.Lines.Length, "lines"));
    }

    /// <summary>Plain text: one line per match, context around the match in brackets.</summary>
    public static string ToPlainText(KwicTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Title + "\n" + string.Join('\n', table.Lines.Take(MaxLines).Select(l => $"{l.Citation}  {l.Left}[{l.Match}]{l.Right}"));
    }
}
