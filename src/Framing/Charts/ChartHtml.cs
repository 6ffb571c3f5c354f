using System.Text.RegularExpressions;

using Plotly.NET;

namespace Framing.Charts;

/// <summary>
/// Deterministic HTML for Plotly.NET charts. Plotly.NET names each chart's div with a fresh GUID,
/// which would make reports differ on every run; the GUID (and its dash-less form in the render
/// function's name) is replaced with a caller-chosen id.
/// </summary>
public static partial class ChartHtml
{
    /// <summary>The chart as an HTML fragment (div + script) whose element id is <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">The id is not made of letters, digits, '-' and '_' or does not start with a letter.</exception>
    public static string ToHtml(GenericChart chart, string id)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(id);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Chart id '{id}' must start with a letter and contain only letters, digits, '-' and '_'.", nameof(id));
        }

        var html = GenericChart.toChartHTML(chart);
        var guid = GuidPattern().Match(html);
        if (!guid.Success)
        {
            return html;
        }

        return html.Replace(guid.Value, id, StringComparison.Ordinal)
            .Replace(guid.Value.Replace("-", string.Empty, StringComparison.Ordinal), id.Replace("-", "_", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}
