using System.Text.RegularExpressions;

using Plotly.NET;

namespace Framing.Notebooks.Formatting;

/// <summary>
/// Shows a Plotly.NET chart as its div and a script calling <c>Plotly.newPlot</c>. plotly.js itself is
/// not in the output: the HTML report embeds it once (see <see cref="PlotlyJs"/>). The random element id
/// Plotly.NET generates is replaced by a stable one, and the script is escaped so chart text such as
/// <c>&lt;/script&gt;</c> in an article title cannot end it.
/// </summary>
public static partial class PlotlyFormatter
{
    /// <summary>The attribute that marks chart outputs, so a report knows it needs plotly.js.</summary>
    public const string Marker = "data-framing-plotly";

    /// <summary>Formats the chart as HTML.</summary>
    public static string ToHtml(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string html = GenericChart.toChartHTML(chart);
        Match generated = GeneratedId().Match(html);
        if (generated.Success)
        {
            string id = DisplayIds.Next("plotly", GenericChart.toFigureJson(chart));
            string guid = generated.Groups[1].Value;
            html = html.Replace(guid, id, StringComparison.Ordinal)
                .Replace(guid.Replace("-", "", StringComparison.Ordinal), id.Replace('-', '_'), StringComparison.Ordinal);
        }

        return $"<div class=\"framing-plotly\" {Marker}=\"1\">{EscapeScripts(html)}</div>";
    }

    /// <summary>
    /// Plotly.NET writes chart data into the script unescaped, so text in the data can contain
    /// <c>&lt;/script&gt;</c>. The script runs from its opening tag to the last closing tag of the output.
    /// </summary>
    private static string EscapeScripts(string html)
    {
        Match open = ScriptOpen().Match(html);
        int close = html.LastIndexOf("</script>", StringComparison.OrdinalIgnoreCase);
        if (!open.Success || close < open.Index + open.Length)
        {
            return html;
        }

        int start = open.Index + open.Length;
        return html[..start] + HtmlText.EscapeScript(html[start..close]) + html[close..];
    }

    [GeneratedRegex("<div id=\"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\"")]
    private static partial Regex GeneratedId();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptOpen();
}
