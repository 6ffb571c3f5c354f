using System.Collections.Immutable;

using Framing.Frames;
using Framing.Text;

namespace Framing.Statistics;

/// <summary>
/// Who is cast as subordinate and who as dominant in one frame match (asymmetry, junior_partner).
/// Either side may be unknown.
/// </summary>
/// <param name="Frame">The frame id.</param>
/// <param name="Subordinate">The actor cast as the weaker side, when the sentence says.</param>
/// <param name="Dominant">The actor cast as the stronger side, when the sentence says.</param>
public sealed record ActorRole(string Frame, string? Subordinate, string? Dominant);

/// <summary>
/// One sentence with the frames found in it: the common input for frame rates, the outlet × frame
/// heatmap, the x-ray chart and actor roles. Build it from the frame matcher's per-sentence results
/// (one record per sentence, including sentences with no frame, so rates have a denominator).
/// </summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Group">The document's group value (outlet, author…).</param>
/// <param name="SentenceIndex">Index of the sentence in the document.</param>
/// <param name="Span">The sentence's offsets in the original text.</param>
/// <param name="Text">The sentence text.</param>
/// <param name="RelativePosition">Position in the article in [0, 1] (sentence index / sentence count).</param>
/// <param name="Frames">Frame ids found in the sentence (distinct).</param>
public sealed record FramedSentence(string DocumentId, string Group, int SentenceIndex, TextSpan Span, string Text, double RelativePosition, ImmutableArray<string> Frames)
{
    /// <summary>Subordinate/dominant casts found in the sentence.</summary>
    public ImmutableArray<ActorRole> Roles { get; init; } = [];

    /// <summary>Citation for evidence lists.</summary>
    public Evidence ToEvidence() => new(DocumentId, Span.Start, Span.End, Span.Start, Span.End, Text);

    /// <summary>
    /// One record per sentence of <paramref name="document"/>, with frames and roles from
    /// <paramref name="framesOf"/> (given a sentence, return its frame ids and roles).
    /// </summary>
    public static ImmutableArray<FramedSentence> FromDocument(Document document, string group, Func<Sentence, (IEnumerable<string> Frames, IEnumerable<ActorRole> Roles)> framesOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(framesOf);
        var count = document.Sentences.Length;
        return [.. document.Sentences.Select(s =>
        {
            var (frames, roles) = framesOf(s);
            return new FramedSentence(document.Id, group, s.Index, s.Span, document.TextOf(s), count <= 1 ? 0 : (double)s.Index / (count - 1), [.. frames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)])
            {
                Roles = [.. roles],
            };
        })];
    }

    /// <summary>
    /// One record per sentence from the frame matcher's results for one document. Roles come from
    /// its role assignments; <paramref name="actorLabel"/> maps actor ids (<c>china</c>) to display
    /// names (default: the id).
    /// </summary>
    public static ImmutableArray<FramedSentence> FromFrames(DocumentFrames frames, string group, Func<string, string>? actorLabel = null)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(group);
        actorLabel ??= static id => id;
        var count = frames.Sentences.Length;
        return [.. frames.Sentences.Select(s => new FramedSentence(
            frames.DocumentId,
            group,
            s.Index,
            new TextSpan(s.Start, s.End),
            s.Text,
            count <= 1 ? 0 : (double)s.Index / (count - 1),
            [.. s.Frames.Distinct(StringComparer.Ordinal)])
        {
            Roles = [.. s.Roles.Select(r => new ActorRole(r.FrameId, r.Subordinate is null ? null : actorLabel(r.Subordinate.ActorId), r.Dominant is null ? null : actorLabel(r.Dominant.ActorId)))],
        })];
    }
}
