using System.Text;

using Framing.Validation;

namespace Framing.Notebooks.Formatting.Library;

/// <summary>A validation report: per-frame scores with intervals, the confusion table, and the sentences behind each error.</summary>
public static class ValidationFormatter
{
    /// <summary>The most error sentences listed per frame and kind.</summary>
    public const int MaxErrorsPerFrame = 8;

    /// <summary>Formats the report as HTML; sentence text is escaped.</summary>
    public static string ToHtml(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        StringBuilder html = new("<div class=\"framing-validation\">");
        var scores = Html.Table(
            "framing-scores",
            $"Codebook against hand-coded sentences ({report.Aligned.Length} aligned, {report.Unmatched.Length} unmatched)",
            "frame", "TP", "FP", "FN", "TN", "precision (95 % CI)", "recall (95 % CI)", "F1");
        foreach (FrameScore score in report.Frames)
        {
            scores.Row(
                "<strong>" + Html.Text(score.FrameId) + "</strong>",
                Html.Int(score.TruePositives),
                Html.Int(score.FalsePositives),
                Html.Int(score.FalseNegatives),
                Html.Int(score.TrueNegatives),
                Html.Number(score.Precision) + " <small>" + Html.Number(score.PrecisionInterval.Lower) + "–" + Html.Number(score.PrecisionInterval.Upper) + "</small>",
                Html.Number(score.Recall) + " <small>" + Html.Number(score.RecallInterval.Lower) + "–" + Html.Number(score.RecallInterval.Upper) + "</small>",
                Html.Number(score.F1));
        }

        html.Append(scores.EndTable("Micro-averaged precision " + Html.Number(report.MicroPrecision) + ", recall " + Html.Number(report.MicroRecall) + "."));
        html.Append(Confusion(report.Confusion));
        var errors = Html.Table("framing-errors", "Sentences behind the errors", "frame: error", "sentence", "coded", "predicted (cues)", "coder's note");
        foreach (FrameScore score in report.Frames)
        {
            AppendErrors(errors, score.FrameId, "false positive", score.FalsePositiveSentences);
            AppendErrors(errors, score.FrameId, "false negative", score.FalseNegativeSentences);
        }

        html.Append(errors.EndTable($"At most {MaxErrorsPerFrame} sentences per frame and kind."));
        if (!report.Unmatched.IsEmpty)
        {
            var unmatched = Html.Table("framing-unmatched", "Hand-coded sentences not found (not scored)", "where", "text", "reason");
            foreach (UnmatchedSentence sentence in report.Unmatched)
            {
                unmatched.Row(Html.Text(sentence.HandCoded.Location), Html.Text(sentence.HandCoded.Text ?? sentence.HandCoded.TextSha256), Html.Text(sentence.Reason));
            }

            html.Append(unmatched.EndTable());
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>The confusion table alone: rows coded, columns predicted, the diagonal emphasised.</summary>
    public static string Confusion(ConfusionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var html = Html.Table("framing-confusion", "Confusion (rows: hand-coded, columns: predicted)", ["coded \\ predicted", .. table.Labels]);
        for (int i = 0; i < table.Labels.Length; i++)
        {
            html.Append("<tr><th>").Append(Html.Text(table.Labels[i])).Append("</th>");
            for (int j = 0; j < table.Labels.Length; j++)
            {
                string value = Html.Int(table.Counts[i][j]);
                html.Append("<td style=\"text-align:right\">").Append(i == j ? "<strong>" + value + "</strong>" : value).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.EndTable();
    }

    /// <summary>Evidence reads <c>frame: "cue" (pattern)</c>; the pattern is long and shown elsewhere (the codebook), so only the cue is kept.</summary>
    private static string WithoutPattern(string evidence)
    {
        int pattern = evidence.IndexOf("\" (", StringComparison.Ordinal);
        return pattern < 0 ? evidence : evidence[..(pattern + 1)];
    }

    private static void AppendErrors(StringBuilder html, string frame, string kind, IEnumerable<ScoredSentence> sentences)
    {
        foreach (ScoredSentence sentence in sentences.Take(MaxErrorsPerFrame))
        {
            html.Row(
                "<strong>" + Html.Text(frame) + "</strong><br>" + Html.Text(kind),
                "<div style=\"min-width:22rem\">" + Html.Text(sentence.Text ?? "(text not stored)") + "<br><small><code>" + Html.Text(sentence.Location) + "</code></small></div>",
                Html.Text(string.Join(", ", sentence.HandCoded)),
                Html.Text(string.Join(", ", sentence.Predicted)) + (sentence.Evidence.IsEmpty ? "" : "<br><small>" + Html.Text(string.Join("; ", sentence.Evidence.Select(WithoutPattern))) + "</small>"),
                Html.Text(sentence.Notes));
        }
    }
}
