using System.Globalization;

using Framing.Statistics;

using Plotly.NET;

namespace Framing.Charts;

/// <summary>Layout and hover helpers shared by the charts (titles, axis labels, legends, escaped hover text).</summary>
internal static class ChartStyle
{
    /// <summary>Sets the title, axis titles and legend; every string is HTML-escaped.</summary>
    public static GenericChart Layout(GenericChart chart, string title, string xTitle, string yTitle, int height = 500)
    {
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty("title", new Dictionary<string, object> { ["text"] = WordFolding.EscapeHtml(title) });
        layout.SetProperty("xaxis", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = WordFolding.EscapeHtml(xTitle) }, ["automargin"] = true });
        layout.SetProperty("yaxis", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = WordFolding.EscapeHtml(yTitle) }, ["automargin"] = true });
        layout.SetProperty("showlegend", true);
        layout.SetProperty("height", height);
        layout.SetProperty("hovermode", "closest");
        return GenericChart.setLayout(layout, chart);
    }

    /// <summary>Sets per-point hover text (already escaped) on the only trace of <paramref name="chart"/>.</summary>
    public static GenericChart Hover(GenericChart chart, object hoverText)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty("hovertext", hoverText);
            trace.SetProperty("hoverinfo", "text");
            trace.SetProperty("showlegend", true);
        }

        return chart;
    }

    /// <summary>Hover lines: a header, then numbered evidence sentences, all escaped and shortened.</summary>
    public static string HoverText(FormattableString header, IEnumerable<Evidence> examples, int maxExamples = 3)
    {
        var lines = new List<string> { WordFolding.EscapeHtml(header.ToString(CultureInfo.InvariantCulture)) };
        lines.AddRange(examples.Take(maxExamples).Select(e => WordFolding.EscapeHtml(string.Create(CultureInfo.InvariantCulture, $"{e.DocumentId}@{e.Start}: {Shorten(e.SentenceText)}"))));
        return string.Join("<br>", lines);
    }

    /// <summary>Invariant number formatting for hover text.</summary>
    public static string Number(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Escapes a label used as a category or trace name.</summary>
    public static string Label(string text) => WordFolding.EscapeHtml(text);

    private static string Shorten(string sentence)
    {
        var oneLine = sentence.Replace('\r', ' ').Replace('\n', ' ');
        return oneLine.Length <= 160 ? oneLine : string.Concat(oneLine.AsSpan(0, 157), "...");
    }
}
