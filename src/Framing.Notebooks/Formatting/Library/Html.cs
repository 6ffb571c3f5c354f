using System.Globalization;
using System.Text;

using Framing.Statistics;

namespace Framing.Notebooks.Formatting.Library;

/// <summary>Small HTML building blocks for the library formatters. Every text argument is escaped here.</summary>
internal static class Html
{
    /// <summary>Escaped text.</summary>
    public static string Text(string? text) => HtmlText.Escape(text);

    /// <summary>A number with a fixed count of decimals (invariant culture); NaN shows as "–".</summary>
    public static string Number(double value, int decimals = 2) =>
        double.IsNaN(value) ? "–" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A proportion as a percentage with one decimal; NaN shows as "–".</summary>
    public static string Percent(double value) =>
        double.IsNaN(value) ? "–" : (value * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

    /// <summary>An integer (invariant culture).</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) escaped, with the given
    /// spans (absolute offsets into <paramref name="text"/>, clipped to the range, overlaps merged) wrapped in &lt;mark&gt;.
    /// </summary>
    public static string Highlight(string text, int start, int end, IEnumerable<(int Start, int End, string? Title)> spans)
    {
        List<(int Start, int End, string? Title)> merged = [];
        foreach ((int s, int e, string? title) in spans.Select(x => (Math.Max(x.Start, start), Math.Min(x.End, end), x.Title))
                     .Where(x => x.Item1 < x.Item2)
                     .OrderBy(x => x.Item1).ThenBy(x => x.Item2).ThenBy(x => x.Title, StringComparer.Ordinal))
        {
            if (merged.Count > 0 && s <= merged[^1].End)
            {
                (int ps, int pe, string? pt) = merged[^1];
                string? joined = pt is null ? title : title is null || pt.Contains(title, StringComparison.Ordinal) ? pt : pt + "; " + title;
                merged[^1] = (ps, Math.Max(pe, e), joined);
            }
            else
            {
                merged.Add((s, e, title));
            }
        }

        StringBuilder html = new();
        int position = start;
        foreach ((int s, int e, string? title) in merged)
        {
            html.Append(Text(text[position..s]));
            html.Append(title is null ? "<mark>" : "<mark title=\"" + Text(title) + "\">").Append(Text(text[s..e])).Append("</mark>");
            position = e;
        }

        return html.Append(Text(text[position..end])).ToString();
    }

    /// <summary>A citation of a sentence: <c>doc [start–end)</c> in a &lt;code&gt; element.</summary>
    public static string Cite(string documentId, int start, int end) =>
        "<code class=\"framing-cite\">" + Text(documentId) + " [" + Int(start) + "–" + Int(end) + ")</code>";

    /// <summary>
    /// An evidence sentence with its citation, the item highlighted when it is part of the sentence. With
    /// <paramref name="window"/>, only that many characters on each side of the item are kept ("…" marks a cut).
    /// </summary>
    public static string Evidence(Evidence evidence, int? window = null)
    {
        string sentence = evidence.SentenceText;
        int itemStart = Math.Clamp(evidence.Start - evidence.SentenceStart, 0, sentence.Length);
        int itemEnd = Math.Clamp(evidence.End - evidence.SentenceStart, itemStart, sentence.Length);
        bool partial = itemStart > 0 || itemEnd < sentence.Length;
        int from = 0;
        int to = sentence.Length;
        if (window is int w && partial)
        {
            from = Math.Max(0, itemStart - w);
            to = Math.Min(sentence.Length, itemEnd + w);
            int space = from > 0 ? sentence.IndexOf(' ', from, itemStart - from) : -1;
            from = space >= 0 ? space + 1 : from;   // start at a word where one starts in the window
            int end = to < sentence.Length ? sentence.LastIndexOf(' ', to - 1, to - itemEnd) : -1;
            to = end >= 0 ? end : to;
        }

        string body = Highlight(sentence, from, to, partial ? [(itemStart, itemEnd, null)] : []);
        return Cite(evidence.DocumentId, evidence.SentenceStart, evidence.SentenceEnd) + " "
            + (from > 0 ? "…" : "") + body + (to < sentence.Length ? "…" : "");
    }

    /// <summary>Starts a table with a caption and escaped headers.</summary>
    public static StringBuilder Table(string cssClass, string? caption, params string[] headers)
    {
        StringBuilder html = new();
        html.Append("<div class=\"framing-table ").Append(Text(cssClass)).Append("\"><table>");
        if (caption is not null)
        {
            html.Append("<caption style=\"text-align:left;font-weight:600;padding:0.25rem 0\">").Append(Text(caption)).Append("</caption>");
        }

        html.Append("<thead><tr>");
        foreach (string header in headers)
        {
            html.Append("<th>").Append(Text(header)).Append("</th>");
        }

        return html.Append("</tr></thead><tbody>");
    }

    /// <summary>Appends one row of already-built cell HTML.</summary>
    public static StringBuilder Row(this StringBuilder html, params string[] cells)
    {
        html.Append("<tr>");
        foreach (string cell in cells)
        {
            html.Append("<td>").Append(cell).Append("</td>");
        }

        return html.Append("</tr>");
    }

    /// <summary>Closes a table started with <see cref="Table"/>, with an optional note (escaped).</summary>
    public static string EndTable(this StringBuilder html, string? note = null)
    {
        html.Append("</tbody></table>");
        if (note is not null)
        {
            html.Append("<p class=\"framing-note\">").Append(Text(note)).Append("</p>");
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>A note for tables cut to <paramref name="shown"/> of <paramref name="total"/> rows, or null.</summary>
    public static string? CutNote(int shown, int total, string what) =>
        total > shown ? string.Create(CultureInfo.InvariantCulture, $"Showing the first {shown} of {total} {what}.") : null;
}
