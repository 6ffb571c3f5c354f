using Microsoft.Data.Analysis;

namespace Framing.Frames;

/// <summary>Matcher results as <see cref="DataFrame"/>s for notebooks: one row per sentence, or per match.</summary>
public static class FrameTables
{
    /// <summary>One row per sentence: doc, sentence, start, end, text, frames (<c>;</c>-joined), actors, subordinate, dominant.</summary>
    /// <param name="documents">Matcher results.</param>
    /// <returns>The table, in document and sentence order.</returns>
    public static DataFrame Sentences(IEnumerable<DocumentFrames> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var rows = documents.SelectMany(d => d.Sentences).ToList();
        return new DataFrame(
            new StringDataFrameColumn("doc", rows.Select(s => s.DocumentId)),
            new Int32DataFrameColumn("sentence", rows.Select(s => s.Index)),
            new Int32DataFrameColumn("start", rows.Select(s => s.Start)),
            new Int32DataFrameColumn("end", rows.Select(s => s.End)),
            new StringDataFrameColumn("text", rows.Select(s => s.Text)),
            new StringDataFrameColumn("frames", rows.Select(s => string.Join(';', s.Frames))),
            new StringDataFrameColumn("actors", rows.Select(s => string.Join(';', s.Actors.Select(a => a.ActorId).Distinct(StringComparer.Ordinal)))),
            new StringDataFrameColumn("subordinate", rows.Select(s => s.Subordinate)),
            new StringDataFrameColumn("dominant", rows.Select(s => s.Dominant)));
    }

    /// <summary>One row per counting match: doc, sentence, frame, pattern, text, start, end, negated, routed_from.</summary>
    /// <param name="documents">Matcher results.</param>
    /// <returns>The table, in document, sentence and text order.</returns>
    public static DataFrame Matches(IEnumerable<DocumentFrames> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var rows = documents.SelectMany(d => d.Sentences).SelectMany(s => s.Matches.Select(m => (Sentence: s, Match: m))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("doc", rows.Select(r => r.Sentence.DocumentId)),
            new Int32DataFrameColumn("sentence", rows.Select(r => r.Sentence.Index)),
            new StringDataFrameColumn("frame", rows.Select(r => r.Match.FrameId)),
            new StringDataFrameColumn("pattern", rows.Select(r => r.Match.Pattern)),
            new StringDataFrameColumn("text", rows.Select(r => r.Match.Text)),
            new Int32DataFrameColumn("start", rows.Select(r => r.Match.Start)),
            new Int32DataFrameColumn("end", rows.Select(r => r.Match.End)),
            new BooleanDataFrameColumn("negated", rows.Select(r => r.Match.Negated)),
            new StringDataFrameColumn("routed_from", rows.Select(r => r.Match.RoutedFrom)));
    }
}
