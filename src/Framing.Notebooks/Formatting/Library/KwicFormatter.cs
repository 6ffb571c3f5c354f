using Framing.Concordance;

namespace Framing.Notebooks.Formatting.Library;

/// <summary>Keyword-in-context tables: left context right-aligned, the match highlighted, right context, and where it is.</summary>
public static class KwicFormatter
{
    /// <summary>The most lines shown.</summary>
    public const int MaxLines = 100;

    /// <summary>
    /// Formats the table as HTML: where (document, sentence, offsets), left context right-aligned, the match
    /// in &lt;mark&gt; (its pattern as a tooltip), right context. A label column appears only when the lines
    /// have several labels. All article text is escaped.
    /// </summary>
    public static string ToHtml(KwicTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        bool labels = table.Lines.Select(l => l.Label).Distinct(StringComparer.Ordinal).Skip(1).Any();
        string[] headers = labels ? ["where", "left", "match", "right", "label"] : ["where", "left", "match", "right"];
        var html = Html.Table("framing-kwic", table.Title, headers);
        foreach (KwicLine line in table.Lines.Take(MaxLines))
        {
            html.Append("<tr style=\"font-size:0.85rem\">")
                .Append("<td style=\"white-space:nowrap\"><code>").Append(Html.Text(line.DocumentId)).Append("</code><br><small>sentence ")
                .Append(Html.Int(line.SentenceIndex)).Append(" [").Append(Html.Int(line.MatchStart)).Append('–').Append(Html.Int(line.MatchEnd)).Append(")</small></td>")
                .Append("<td style=\"text-align:right;white-space:nowrap\">").Append(Html.Text(line.Left)).Append("</td>")
                .Append("<td style=\"white-space:nowrap\"><mark title=\"").Append(Html.Text(line.Detail)).Append("\">").Append(Html.Text(line.Match)).Append("</mark></td>")
                .Append("<td style=\"white-space:nowrap\">").Append(Html.Text(line.Right)).Append("</td>");
            if (labels)
            {
                html.Append("<td>").Append(Html.Text(line.Label)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.EndTable(table.Lines.IsEmpty ? "No matches." : Html.CutNote(MaxLines, table.Lines.Length, "lines") ?? "Hover a match for the pattern that found it.");
    }

    /// <summary>Plain text: one line per match, context around the match in brackets.</summary>
    public static string ToPlainText(KwicTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Title + "\n" + string.Join('\n', table.Lines.Take(MaxLines).Select(l => $"{l.Citation}  {l.Left}[{l.Match}]{l.Right}"));
    }
}
