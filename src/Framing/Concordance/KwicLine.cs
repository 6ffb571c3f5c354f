using System.Collections.Immutable;

using Microsoft.Data.Analysis;

namespace Framing.Concordance;

/// <summary>
/// One keyword-in-context line: the match with the words before and after it in its sentence.
/// Offsets index the document's original text; the context strings have whitespace runs (line
/// breaks included) collapsed to single spaces so each line reads on one row.
/// </summary>
/// <param name="DocumentId">The document.</param>
/// <param name="SentenceIndex">The sentence's index in the document.</param>
/// <param name="SentenceStart">Offset of the sentence.</param>
/// <param name="SentenceEnd">Offset one past the sentence.</param>
/// <param name="MatchStart">Offset of the match's first character.</param>
/// <param name="MatchEnd">Offset one past the match's last character.</param>
/// <param name="Left">Context before the match (at most <see cref="KwicOptions.ContextCharacters"/>, cut at a word, "…" when cut).</param>
/// <param name="Match">The matched text.</param>
/// <param name="Right">Context after the match, cut the same way.</param>
/// <param name="Label">What was searched for: the frame id for frame matches, the term's name for term searches.</param>
/// <param name="Detail">Why it matched: the codebook pattern, or the term form that matched.</param>
public sealed record KwicLine(
    string DocumentId,
    int SentenceIndex,
    int SentenceStart,
    int SentenceEnd,
    int MatchStart,
    int MatchEnd,
    string Left,
    string Match,
    string Right,
    string Label,
    string Detail)
{
    /// <summary>A one-line citation: <c>doc@start-end</c> (the match's offsets).</summary>
    public string Citation => $"{DocumentId}@{MatchStart}-{MatchEnd}";
}

/// <summary>Keyword-in-context lines in a deterministic order (document id, match start, match end, label, detail; all ordinal).</summary>
/// <param name="Title">What the table shows, e.g. "Frame matches: restraint".</param>
/// <param name="Lines">The lines.</param>
public sealed record KwicTable(string Title, ImmutableArray<KwicLine> Lines)
{
    /// <summary>The lines whose <see cref="KwicLine.Label"/> is <paramref name="label"/>, as a new table.</summary>
    public KwicTable Only(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new KwicTable(
            $"{Title}: {label}",
            [.. Lines.Where(l => string.Equals(l.Label, label, StringComparison.Ordinal))]);
    }

    /// <summary>One row per line: doc, sentence, offsets, left, match, right, label, detail.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("doc", Lines.Select(static l => l.DocumentId)),
        new Int32DataFrameColumn("sentence", Lines.Select(static l => l.SentenceIndex)),
        new Int32DataFrameColumn("start", Lines.Select(static l => l.MatchStart)),
        new Int32DataFrameColumn("end", Lines.Select(static l => l.MatchEnd)),
        new StringDataFrameColumn("left", Lines.Select(static l => l.Left)),
        new StringDataFrameColumn("match", Lines.Select(static l => l.Match)),
        new StringDataFrameColumn("right", Lines.Select(static l => l.Right)),
        new StringDataFrameColumn("label", Lines.Select(static l => l.Label)),
        new StringDataFrameColumn("detail", Lines.Select(static l => l.Detail)));
}
