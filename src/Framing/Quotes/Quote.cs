using System.Collections.Immutable;

using Framing.Text;

using Microsoft.Data.Analysis;

namespace Framing.Quotes;

/// <summary>How a quotation was attributed.</summary>
public enum AttributionPattern
{
    /// <summary>No speaker found.</summary>
    None,

    /// <summary>"…," X said / "…," said X (speaker after the quotation).</summary>
    SpeakerAfter,

    /// <summary>X said, "…" / X told reporters: "…" (speaker before the quotation).</summary>
    SpeakerBefore,

    /// <summary>"…" according to X / According to X, "…".</summary>
    AccordingTo,

    /// <summary>A quotation that continues the previous one after its attribution ("…," X said. "…").</summary>
    Continuation,

    /// <summary>A partial quotation inside a reporting sentence: X told Y that the ties "…".</summary>
    ReportingSentence,
}

/// <summary>A direct quotation and its speaker.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Text">The quoted words (without the quotation marks).</param>
/// <param name="Span">Offsets of the quoted words in the original text.</param>
/// <param name="Speaker">The speaker as written ("Alexander Gabuev", "Goldstein", "they"), or null.</param>
/// <param name="SpeakerSpan">Offsets of the speaker, when found.</param>
/// <param name="Verb">The reporting verb ("said", "wrote", "according to"), when found.</param>
/// <param name="Pattern">How the speaker was found.</param>
public sealed record Quote(string DocumentId, string Text, TextSpan Span, string? Speaker, TextSpan? SpeakerSpan, string? Verb, AttributionPattern Pattern)
{
    /// <summary>True when the speaker is a name rather than a pronoun.</summary>
    public bool HasNamedSpeaker => Speaker is not null && !QuoteExtractor.IsPronoun(Speaker);
}

/// <summary>Quotations of a set of documents with their groups (outlets).</summary>
/// <param name="Quotes">Each quotation with the group of its document.</param>
public sealed record QuoteTable(ImmutableArray<(string Group, Quote Quote)> Quotes)
{
    /// <summary>Who speaks in each group: counts of named speakers, most frequent first.</summary>
    public ImmutableArray<(string Group, string Speaker, int Count)> SpeakerCounts() =>
        [.. Quotes.Where(static q => q.Quote.HasNamedSpeaker)
            .GroupBy(static q => (q.Group, q.Quote.Speaker!))
            .Select(static g => (g.Key.Group, g.Key.Item2, g.Count()))
            .OrderBy(static r => r.Group, StringComparer.Ordinal)
            .ThenByDescending(static r => r.Item3)
            .ThenBy(static r => r.Item2, StringComparer.Ordinal)];

    /// <summary>One row per quotation.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("group", Quotes.Select(static q => q.Group)),
        new StringDataFrameColumn("doc", Quotes.Select(static q => q.Quote.DocumentId)),
        new Int32DataFrameColumn("start", Quotes.Select(static q => q.Quote.Span.Start)),
        new Int32DataFrameColumn("end", Quotes.Select(static q => q.Quote.Span.End)),
        new StringDataFrameColumn("speaker", Quotes.Select(static q => q.Quote.Speaker ?? string.Empty)),
        new StringDataFrameColumn("verb", Quotes.Select(static q => q.Quote.Verb ?? string.Empty)),
        new StringDataFrameColumn("pattern", Quotes.Select(static q => q.Quote.Pattern.ToString())),
        new StringDataFrameColumn("text", Quotes.Select(static q => q.Quote.Text)));
}
