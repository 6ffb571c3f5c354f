using System.Globalization;

using Framing.Actors;
using Framing.Statistics;

namespace Framing.Notebooks.Formatting.Library;

/// <summary>Keyness, similarity matrices and frame rates, with their evidence and uncertainty.</summary>
public static class StatisticsFormatter
{
    /// <summary>The most keyness rows shown.</summary>
    public const int MaxKeynessRows = 10;

    /// <summary>
    /// The target group's over-used features (G² p &lt; 0.05), strongest first, with counts, G², log ratio,
    /// dispersion (range and Juilland's D over the group's documents) and an example sentence.
    /// </summary>
    public static string ToHtml(KeynessResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        List<KeynessRow> rows = [.. result.Positive()];
        var html = Html.Table(
            "framing-keyness",
            $"Key features of {result.TargetGroup} ({result.TargetDocuments.Length} docs) against the rest ({result.ReferenceDocuments.Length} docs)",
            "feature", "target", "reference", "G²", "p", "log ratio", "range", "Juilland's D", "example");
        foreach (KeynessRow row in rows.Take(MaxKeynessRows))
        {
            Dispersion dispersion = row.TargetDispersion;
            html.Row(
                "<strong>" + Html.Text(row.Feature) + "</strong>",
                Html.Int(row.TargetCount),
                Html.Int(row.ReferenceCount),
                Html.Number(row.LogLikelihood),
                P(row.LogLikelihoodP),
                Html.Number(row.LogRatio),
                Html.Int(dispersion.Range) + "/" + Html.Int(dispersion.Documents),
                dispersion.Note is null ? Html.Number(dispersion.JuillandD) : "<span title=\"" + Html.Text(dispersion.Note) + "\">" + Html.Number(dispersion.JuillandD) + " *</span>",
                row.Examples.IsEmpty ? "" : Html.Evidence(row.Examples[0], window: 70));
        }

        string? note = rows.Count == 0 ? "No feature is significantly over-used (G² p < 0.05)." : Html.CutNote(MaxKeynessRows, rows.Count, "key features");
        if (rows.Any(r => r.TargetDispersion.Note is not null))
        {
            note = (note is null ? "" : note + " ") + "* " + rows.First(r => r.TargetDispersion.Note is not null).TargetDispersion.Note + ".";
        }
        return html.EndTable(note);
    }

    /// <summary>The matrix as a table whose cells are shaded by value.</summary>
    public static string ToHtml(SimilarityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var html = Html.Table("framing-similarity", matrix.Measure, ["", .. matrix.Labels]);
        for (int i = 0; i < matrix.Labels.Length; i++)
        {
            html.Append("<tr><th>").Append(Html.Text(matrix.Labels[i])).Append("</th>");
            for (int j = 0; j < matrix.Labels.Length; j++)
            {
                double value = matrix.Values[i][j];
                int alpha = double.IsNaN(value) ? 0 : (int)Math.Round(Math.Clamp(value, 0, 1) * 70);
                html.Append("<td style=\"text-align:right;background:rgba(31,119,180,0.")
                    .Append(alpha.ToString("D2", CultureInfo.InvariantCulture)).Append(")\">").Append(Html.Number(value, 3)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.EndTable();
    }

    /// <summary>Frame rates as group × frame: share of sentences with Wilson and bootstrap 95 % intervals.</summary>
    public static string ToHtml(FrameRateTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var html = Html.Table("framing-rates", "Share of sentences carrying each frame (95 % Wilson interval; bootstrap below)", ["group", "docs", "sentences", .. table.Frames]);
        foreach (string group in table.Groups)
        {
            List<FrameRateRow> rows = [.. table.Frames.Select(f => table[group, f])];
            List<string> cells = [Html.Text(group), Html.Int(rows[0].Documents), Html.Int(rows[0].Wilson.Trials)];
            cells.AddRange(rows.Select(r =>
                $"<strong>{Html.Percent(r.Rate)}</strong> <small>({Html.Int(r.Wilson.Successes)})</small><br>"
                + $"<small>W {Html.Percent(r.Wilson.Lower)}–{Html.Percent(r.Wilson.Upper)}<br>B {Html.Percent(r.Bootstrap.Lower)}–{Html.Percent(r.Bootstrap.Upper)}</small>"));
            html.Row([.. cells]);
        }

        return html.EndTable("W = Wilson score interval, B = percentile bootstrap over sentences; (n) = framed sentences.");
    }

    /// <summary>Subordinate/dominant casts per group and actor, with the first sentence behind each count.</summary>
    public static string ToHtml(ActorRoleTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var html = Html.Table("framing-roles", "Who is cast as subordinate or dominant", "group", "actor", "subordinate", "dominant", "example (subordinate)", "example (dominant)");
        foreach (ActorRoleRow row in table.Rows)
        {
            html.Row(
                Html.Text(row.Group),
                "<strong>" + Html.Text(row.Actor) + "</strong>",
                Html.Int(row.Subordinate),
                Html.Int(row.Dominant),
                row.SubordinateExamples.IsEmpty ? "" : Html.Evidence(row.SubordinateExamples[0]),
                row.DominantExamples.IsEmpty ? "" : Html.Evidence(row.DominantExamples[0]));
        }

        return html.EndTable("One example sentence per cell; hover the chart's bars for more.");
    }

    private static string P(double p) => p < 0.001 ? "&lt;0.001" : Html.Number(p, 3);
}
