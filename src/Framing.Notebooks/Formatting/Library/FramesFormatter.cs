using System.Text;

using Framing.Frames;

namespace Framing.Notebooks.Formatting.Library;

/// <summary>Frame matcher results and the codebook: sentences with their frames, the cues highlighted, and who is subordinate or dominant.</summary>
public static class FramesFormatter
{
    /// <summary>The most sentences shown per document.</summary>
    public const int MaxSentences = 60;

    /// <summary>The framed sentences of one document (unframed ones are counted in a note).</summary>
    public static string ToHtml(DocumentFrames frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        List<SentenceFrames> framed = [.. frames.Sentences.Where(s => !s.Frames.IsEmpty)];
        var html = Html.Table("framing-frames", "Frames in " + frames.DocumentId, "sentence", "frames", "text (cues marked)", "subordinate → dominant");
        foreach (SentenceFrames sentence in framed.Take(MaxSentences))
        {
            AppendRow(html, sentence);
        }

        string note = $"{framed.Count} of {frames.Sentences.Length} sentences carry a frame.";
        return html.EndTable(Html.CutNote(MaxSentences, framed.Count, "framed sentences") is { } cut ? note + " " + cut : note);
    }

    /// <summary>One sentence's frames.</summary>
    public static string ToHtml(SentenceFrames sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var html = Html.Table("framing-frames", null, "sentence", "frames", "text (cues marked)", "subordinate → dominant");
        AppendRow(html, sentence);
        return html.EndTable(sentence.Suppressed.IsEmpty ? null : "Not counted: " + string.Join("; ", sentence.Suppressed.Select(s => $"{s.FrameId} '{s.Text}' ({s.Reason})")));
    }

    /// <summary>The codebook: each frame's label, definition, patterns, exclusions and negation handling; then the actors.</summary>
    public static string ToHtml(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var html = Html.Table("framing-codebook", "Codebook: " + codebook.Source, "frame", "definition", "patterns", "exclusions", "when negated");
        foreach (FrameDefinition frame in codebook.Frames)
        {
            html.Row(
                "<strong>" + Html.Text(frame.Id) + "</strong><br>" + Html.Text(frame.Label),
                "<div style=\"min-width:16rem\">" + Html.Text(frame.Definition) + "</div>",
                Codes(frame.Patterns.Select(p => p.Text)),
                Codes(frame.Exclusions.Select(p => p.Text)),
                Html.Text(frame.WhenNegated == NegatedCueHandling.Route ? "count as " + frame.RouteTo : frame.WhenNegated.ToString().ToLowerInvariant()));
        }

        StringBuilder actors = new(html.EndTable());
        var table = Html.Table("framing-actors", "Actors", "actor", "names", "not when inside");
        foreach (ActorDefinition actor in codebook.Actors)
        {
            table.Row("<strong>" + Html.Text(actor.Id) + "</strong> " + Html.Text(actor.Label), Codes(actor.Names.Select(p => p.Text)), Codes(actor.Exclusions.Select(p => p.Text)));
        }

        return actors.Append(table.EndTable()).ToString();
    }

    private static void AppendRow(StringBuilder html, SentenceFrames sentence)
    {
        string text = Html.Highlight(
            sentence.Text,
            0,
            sentence.Text.Length,
            sentence.Matches.Select(m => (m.Start - sentence.Start, m.End - sentence.Start, (string?)(m.FrameId + ": " + m.Pattern))));
        string roles = string.Join("<br>", sentence.Roles.Select(r =>
            Html.Text(r.FrameId) + ": " + Html.Text(r.Subordinate?.ActorId ?? "?") + " → " + Html.Text(r.Dominant?.ActorId ?? "?")));
        html.Row(
            Html.Int(sentence.Index) + "<br>" + Html.Cite(sentence.DocumentId, sentence.Start, sentence.End),
            Html.Text(string.Join(", ", sentence.Frames)),
            text,
            roles);
    }

    private static string Codes(IEnumerable<string> items)
    {
        List<string> list = [.. items];
        return list.Count == 0 ? "–" : string.Join("<br>", list.Select(i => "<code>" + Html.Text(i) + "</code>"));
    }
}
