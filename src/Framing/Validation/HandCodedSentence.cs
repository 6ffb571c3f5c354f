using System.Collections.Immutable;

namespace Framing.Validation;

/// <summary>
/// One hand-coded sentence: where it is (document and offsets, or its exact text, or a hash of its
/// normalised text when the text may not be stored) and the frames a human coder gave it.
/// </summary>
/// <param name="DocumentId">The document's id (file stem).</param>
/// <param name="Start">Offset of the sentence in the original text, when known.</param>
/// <param name="End">Offset one past the sentence, when known.</param>
/// <param name="Text">The exact sentence text, when stored.</param>
/// <param name="TextSha256">First 16 hex digits of SHA-256 over the UTF-8 of the normalised text (<see cref="Frames.FrameText.NormalizeSentence"/>), when the text itself may not be stored.</param>
/// <param name="Frames">The frames the coder assigned (empty = none), sorted and distinct.</param>
/// <param name="Coder">Who coded it.</param>
/// <param name="Line">The 1-based line of the record in its file (0 when built in code), for messages.</param>
public sealed record HandCodedSentence(
    string DocumentId,
    int? Start,
    int? End,
    string? Text,
    string? TextSha256,
    ImmutableArray<string> Frames,
    string Coder,
    int Line)
{
    /// <summary>The subordinate actor id the coder recorded, if any.</summary>
    public string? Subordinate { get; init; }

    /// <summary>The dominant actor id the coder recorded, if any.</summary>
    public string? Dominant { get; init; }

    /// <summary>The coder's notes, if any.</summary>
    public string? Notes { get; init; }

    /// <summary>A short description for reports: document, offsets or line.</summary>
    public string Location => Start is { } s && End is { } e ? $"{DocumentId}[{s},{e})" : $"{DocumentId} (line {Line})";
}

/// <summary>A sentence as the pipeline and matcher saw it: location, text and predicted frames.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Start">Offset of the sentence in the original text.</param>
/// <param name="End">Offset one past the sentence.</param>
/// <param name="Text">The sentence's original text.</param>
/// <param name="Frames">The predicted frames.</param>
public sealed record PredictedSentence(string DocumentId, int Start, int End, string Text, ImmutableArray<string> Frames)
{
    /// <summary>Why each frame was predicted (for example <c>alignment: "joint statement"</c>), for error reports.</summary>
    public ImmutableArray<string> Evidence { get; init; } = [];

    /// <summary>The predicted subordinate actor id, if any.</summary>
    public string? Subordinate { get; init; }

    /// <summary>The predicted dominant actor id, if any.</summary>
    public string? Dominant { get; init; }

    /// <summary>Converts a matcher result.</summary>
    /// <param name="sentence">A sentence result from <see cref="Framing.Frames.FrameMatcher"/>.</param>
    /// <returns>The predicted sentence with the matches as evidence.</returns>
    public static PredictedSentence From(Framing.Frames.SentenceFrames sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return new PredictedSentence(sentence.DocumentId, sentence.Start, sentence.End, sentence.Text, sentence.Frames)
        {
            Evidence = [.. sentence.Matches.Select(m => $"{m.FrameId}: \"{m.Text}\" ({m.Pattern}{(m.RoutedFrom is null ? string.Empty : ", routed from " + m.RoutedFrom)})")],
            Subordinate = sentence.Subordinate,
            Dominant = sentence.Dominant,
        };
    }

    /// <summary>Converts every sentence of matcher results.</summary>
    /// <param name="documents">Results from <see cref="Framing.Frames.FrameMatcher.Match"/>.</param>
    /// <returns>The predicted sentences, in input order.</returns>
    public static ImmutableArray<PredictedSentence> From(IEnumerable<Framing.Frames.DocumentFrames> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return [.. documents.SelectMany(d => d.Sentences).Select(From)];
    }
}
