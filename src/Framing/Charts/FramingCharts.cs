using System.Globalization;

using Framing.Actors;
using Framing.Statistics;

using Plotly.NET;

using Chart = Plotly.NET.CSharp.Chart;

namespace Framing.Charts;

/// <summary>
/// Plotly.NET charts for the statistics. Each has a title, axis labels, a legend and hover text with
/// example sentences (HTML-escaped). Render with <see cref="ChartHtml.ToHtml"/> for stable output.
/// </summary>
public static class FramingCharts
{
    /// <summary>Horizontal bars of log ratio for each outlet's top key features (one trace per outlet).</summary>
    public static GenericChart KeynessBars(IEnumerable<KeynessResult> results, int top = 10, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(results);
        var charts = new List<GenericChart>();
        foreach (var result in results)
        {
            var rows = result.Positive(alpha).Take(top).Reverse().ToList();
            var chart = Chart.Bar<double, string, string>(
                values: rows.Select(static r => r.LogRatio),
                Keys: rows.Select(static r => ChartStyle.Label(r.Feature)).ToArray(),
                Name: ChartStyle.Label(result.TargetGroup));
            charts.Add(ChartStyle.Hover(chart, rows.Select(r => ChartStyle.HoverText(
                $"{result.TargetGroup}: {r.Feature} — log ratio {ChartStyle.Number(r.LogRatio)}, G² {ChartStyle.Number(r.LogLikelihood)} (p {ChartStyle.Number(r.LogLikelihoodP)}), {r.TargetCount} vs {r.ReferenceCount}, range {r.TargetDispersion.Range}/{r.TargetDispersion.Documents}, D {ChartStyle.Number(r.TargetDispersion.JuillandD)}",
                r.Examples)).ToArray()));
        }

        return ChartStyle.Layout(Chart.Combine(charts), "Key features per outlet (vs. all other outlets)", "Log ratio (binary log of relative-frequency ratio)", "Feature");
    }

    /// <summary>Horizontal bars of logDice for each actor's top collocates (one trace per actor).</summary>
    public static GenericChart Collocates(IEnumerable<CollocationResult> results, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(results);
        var charts = new List<GenericChart>();
        foreach (var result in results)
        {
            var rows = result.Rows.Take(top).Reverse().ToList();
            var chart = Chart.Bar<double, string, string>(
                values: rows.Select(static r => r.LogDice),
                Keys: rows.Select(static r => ChartStyle.Label(r.Collocate)).ToArray(),
                Name: ChartStyle.Label(result.Node.Name));
            charts.Add(ChartStyle.Hover(chart, rows.Select(r => ChartStyle.HoverText(
                $"{result.Node.Name} + {r.Collocate}: logDice {ChartStyle.Number(r.LogDice)}, MI {ChartStyle.Number(r.MutualInformation)}, t {ChartStyle.Number(r.TScore)}, G² {ChartStyle.Number(r.LogLikelihood)}, O {r.Observed} / E {ChartStyle.Number(r.Expected)}",
                r.Examples)).ToArray()));
        }

        return ChartStyle.Layout(Chart.Combine(charts), "Collocates per actor", "logDice", "Collocate");
    }

    /// <summary>Heatmap of a similarity matrix.</summary>
    public static GenericChart SimilarityHeatmap(SimilarityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var labels = matrix.Labels.Select(ChartStyle.Label).ToArray();
        var chart = Chart.Heatmap<double, string, string, string>(
            zData: matrix.Values.Select(static row => row.Select(static v => double.IsNaN(v) ? 0 : v)),
            X: labels,
            Y: labels,
            Name: ChartStyle.Label(matrix.Measure));
        var hover = matrix.Labels.Select((a, i) => matrix.Labels.Select((b, j) => ChartStyle.Label(string.Create(CultureInfo.InvariantCulture, $"{a} × {b}: {ChartStyle.Number(matrix.Values[i][j])}"))).ToArray()).ToArray();
        return ChartStyle.Layout(ChartStyle.Hover(chart, hover), $"Document similarity ({matrix.Measure})", "Document", "Document");
    }

    /// <summary>
    /// Frame "x-ray": one row per document, x = relative position in the article (0 = start,
    /// 1 = end), one marker trace per frame; hover shows the sentence.
    /// </summary>
    public static GenericChart FrameXRay(IEnumerable<FramedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var list = sentences.ToList();
        var frames = list.SelectMany(static s => s.Frames).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var charts = new List<GenericChart>();
        foreach (var frame in frames)
        {
            var hits = list.Where(s => s.Frames.Contains(frame, StringComparer.Ordinal)).ToList();
            var chart = Chart.Point<double, string, string>(
                x: hits.Select(static s => s.RelativePosition),
                y: hits.Select(static s => ChartStyle.Label(s.DocumentId)),
                Name: ChartStyle.Label(frame));
            charts.Add(ChartStyle.Hover(chart, hits.Select(s => ChartStyle.HoverText($"{frame} in {s.DocumentId} ({s.Group}), sentence {s.SentenceIndex}", [s.ToEvidence()])).ToArray()));
        }

        if (charts.Count == 0)
        {
            charts.Add(Chart.Point<double, string, string>(x: [], y: [], Name: "no frames"));
        }

        return ChartStyle.Layout(Chart.Combine(charts), "Where each frame occurs in each article", "Relative position in the article (0 = start, 1 = end)", "Document");
    }

    /// <summary>Grouped bars: subordinate and dominant casts per actor and outlet.</summary>
    public static GenericChart ActorRoleBars(ActorRoleTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var keys = table.Rows.Select(static r => ChartStyle.Label($"{r.Actor} ({r.Group})")).ToArray();
        var subordinate = ChartStyle.Hover(
            Chart.Column<int, string, string>(values: table.Rows.Select(static r => r.Subordinate), Keys: keys, Name: "Subordinate"),
            table.Rows.Select(static r => ChartStyle.HoverText($"{r.Actor} cast as subordinate in {r.Group}: {r.Subordinate}", r.SubordinateExamples)).ToArray());
        var dominant = ChartStyle.Hover(
            Chart.Column<int, string, string>(values: table.Rows.Select(static r => r.Dominant), Keys: keys, Name: "Dominant"),
            table.Rows.Select(static r => ChartStyle.HoverText($"{r.Actor} cast as dominant in {r.Group}: {r.Dominant}", r.DominantExamples)).ToArray());
        return ChartStyle.Layout(Chart.Combine([subordinate, dominant]), "Who is cast as subordinate or dominant, per outlet", "Actor (outlet)", "Frame matches");
    }

    /// <summary>Heatmap of frame rates: outlets × frames, with Wilson intervals in the hover text.</summary>
    public static GenericChart OutletFrameHeatmap(FrameRateTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var chart = Chart.Heatmap<double, string, string, string>(
            zData: table.Groups.Select(g => table.Frames.Select(f => table[g, f].Rate)),
            X: table.Frames.Select(ChartStyle.Label).ToArray(),
            Y: table.Groups.Select(ChartStyle.Label).ToArray(),
            Name: "Share of sentences");
        var hover = table.Groups.Select(g => table.Frames.Select(f =>
        {
            var row = table[g, f];
            return ChartStyle.HoverText(
                $"{g} / {f}: {row.Wilson.Successes}/{row.Wilson.Trials} sentences = {ChartStyle.Number(row.Rate)} (95% Wilson {ChartStyle.Number(row.Wilson.Lower)}–{ChartStyle.Number(row.Wilson.Upper)}; bootstrap {ChartStyle.Number(row.Bootstrap.Lower)}–{ChartStyle.Number(row.Bootstrap.Upper)})",
                row.Examples,
                1);
        }).ToArray()).ToArray();
        return ChartStyle.Layout(ChartStyle.Hover(chart, hover), "Frame rate per outlet", "Frame", "Outlet");
    }
}
