using System.Text;

using Framing.Concordance;
using Framing.Reuse;
using Framing.Statistics;

namespace Framing.Notebooks.Formatting.Library;

/// <summary>Claims with their supporting sentences, and text reuse with both locations.</summary>
public static class EvidenceFormatter
{
    /// <summary>
    /// A group × topic table of claims; each claim cites numbered sentences, and the numbers link to an
    /// evidence list under the table (document id, sentence offsets, sentence text).
    /// </summary>
    public static string ToHtml(ClaimTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        string prefix = DisplayIds.Next("evidence", Fingerprint(table));
        Dictionary<Evidence, int> numbers = [];
        List<Evidence> ordered = [];
        int NumberOf(Evidence evidence)
        {
            if (!numbers.TryGetValue(evidence, out int number))
            {
                ordered.Add(evidence);
                number = ordered.Count;
                numbers.Add(evidence, number);
            }

            return number;
        }

        var html = Html.Table("framing-claims", table.Title, ["", .. table.Topics]);
        foreach (string group in table.Groups)
        {
            html.Append("<tr><th>").Append(Html.Text(group)).Append("</th>");
            foreach (string topic in table.Topics)
            {
                html.Append("<td>");
                foreach (Claim claim in table.Claims.Where(c => string.Equals(c.Group, group, StringComparison.Ordinal) && string.Equals(c.Topic, topic, StringComparison.Ordinal)))
                {
                    html.Append("<p>").Append(Html.Text(claim.Statement));
                    foreach (Evidence evidence in claim.Evidence)
                    {
                        string n = Html.Int(NumberOf(evidence));
                        html.Append(" <a href=\"#").Append(prefix).Append('-').Append(n).Append("\">[").Append(n).Append("]</a>");
                    }

                    html.Append("</p>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        StringBuilder result = new(html.EndTable());
        result.Append("<ol class=\"framing-evidence\">");
        for (int i = 0; i < ordered.Count; i++)
        {
            result.Append("<li id=\"").Append(prefix).Append('-').Append(Html.Int(i + 1)).Append("\">").Append(Html.Evidence(ordered[i])).Append("</li>");
        }

        return result.Append("</ol>").ToString();
    }

    /// <summary>Each pair of documents that share text: kind, coverage, and every shared passage in both documents.</summary>
    public static string ToHtml(ReuseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = Html.Table("framing-reuse", "Shared passages", "documents", "kind", "coverage of shorter", "passage in A", "passage in B", "words", "similarity");
        foreach (ReusePair pair in report.Pairs)
        {
            foreach (SharedPassage passage in pair.Passages)
            {
                html.Row(
                    "<code>" + Html.Text(pair.A) + "</code><br><code>" + Html.Text(pair.B) + "</code>",
                    Html.Text(pair.Kind.ToString()),
                    Html.Percent(pair.CoverageOfShorter),
                    Html.Cite(passage.A.DocumentId, passage.A.Start, passage.A.End) + "<br>" + Html.Text(Shorten(passage.A.Text)),
                    Html.Cite(passage.B.DocumentId, passage.B.Start, passage.B.End) + "<br>" + Html.Text(Shorten(passage.B.Text)),
                    Html.Int(passage.MatchedWords),
                    Html.Number(passage.Similarity));
            }
        }

        return html.EndTable(report.Pairs.IsEmpty ? "No shared passages." : "Republication passages are shortened to their first and last 160 characters.");
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..160] + " … " + text[^160..];

    private static string Fingerprint(ClaimTable table) =>
        table.Title + "\n" + string.Join('\n', table.Claims.Select(c => c.Group + "|" + c.Topic + "|" + c.Statement));
}
