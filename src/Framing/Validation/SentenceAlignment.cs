using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using Framing.Frames;

namespace Framing.Validation;

/// <summary>How a hand-coded sentence was found among the pipeline's sentences.</summary>
public enum AlignmentKind
{
    /// <summary>Same document and the same start and end offsets.</summary>
    Offsets,

    /// <summary>Same document and the same normalised text (offsets absent or different).</summary>
    Text,

    /// <summary>Same document and the same hash of the normalised text.</summary>
    Hash,

    /// <summary>The pipeline split the hand-coded sentence into several sentences that together cover it; their frames are united.</summary>
    Covered,
}

/// <summary>A hand-coded sentence and the pipeline sentence(s) it corresponds to.</summary>
/// <param name="HandCoded">The hand-coded record.</param>
/// <param name="Predicted">The matching pipeline sentence; for <see cref="AlignmentKind.Covered"/>, the union of the covering sentences.</param>
/// <param name="Kind">How they were matched.</param>
public sealed record AlignedSentence(HandCodedSentence HandCoded, PredictedSentence Predicted, AlignmentKind Kind);

/// <summary>A hand-coded sentence with no pipeline counterpart, and why.</summary>
/// <param name="HandCoded">The hand-coded record.</param>
/// <param name="Reason">For example "no sentence of document X has these offsets or this text".</param>
public sealed record UnmatchedSentence(HandCodedSentence HandCoded, string Reason);

/// <summary>
/// Finds each hand-coded sentence among pipeline sentences: by document and offsets; else by
/// normalised text (or its hash); else as the union of consecutive pipeline sentences that exactly
/// cover its offsets. Anything else is reported as unmatched, never dropped silently.
/// </summary>
public static class SentenceAlignment
{
    /// <summary>Aligns hand-coded sentences with predicted ones.</summary>
    /// <param name="handCoded">Hand-coded sentences.</param>
    /// <param name="predicted">Pipeline sentences with predicted frames.</param>
    /// <returns>The aligned pairs (in hand-coded order) and the unmatched hand-coded sentences.</returns>
    public static (ImmutableArray<AlignedSentence> Aligned, ImmutableArray<UnmatchedSentence> Unmatched) Align(
        IEnumerable<HandCodedSentence> handCoded,
        IEnumerable<PredictedSentence> predicted)
    {
        ArgumentNullException.ThrowIfNull(handCoded);
        ArgumentNullException.ThrowIfNull(predicted);
        var byDocument = predicted
            .GroupBy(p => p.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Start).ThenBy(p => p.End).ToList(), StringComparer.Ordinal);
        var aligned = ImmutableArray.CreateBuilder<AlignedSentence>();
        var unmatched = ImmutableArray.CreateBuilder<UnmatchedSentence>();
        foreach (var coded in handCoded)
        {
            if (!byDocument.TryGetValue(coded.DocumentId, out var sentences))
            {
                unmatched.Add(new UnmatchedSentence(coded, $"no predicted sentences for document '{coded.DocumentId}'"));
                continue;
            }

            var result = Find(coded, sentences);
            if (result is null)
            {
                unmatched.Add(new UnmatchedSentence(coded, Explain(coded, sentences)));
            }
            else
            {
                aligned.Add(result);
            }
        }

        return (aligned.ToImmutable(), unmatched.ToImmutable());
    }

    /// <summary>The hash stored in <see cref="HandCodedSentence.TextSha256"/>: 16 hex digits of SHA-256 over the UTF-8 of the normalised text.</summary>
    /// <param name="text">A sentence.</param>
    /// <returns>Lower-case hex digits.</returns>
    public static string TextHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(FrameText.NormalizeSentence(text)));
        return Convert.ToHexStringLower(digest)[..16];
    }

    private static AlignedSentence? Find(HandCodedSentence coded, List<PredictedSentence> sentences)
    {
        if (coded.Start is { } start && coded.End is { } end)
        {
            var exact = sentences.FirstOrDefault(p => p.Start == start && p.End == end);
            if (exact is not null)
            {
                return new AlignedSentence(coded, exact, AlignmentKind.Offsets);
            }
        }

        if (coded.Text is { } text)
        {
            var normalized = FrameText.NormalizeSentence(text);
            var same = sentences.FirstOrDefault(p => string.Equals(FrameText.NormalizeSentence(p.Text), normalized, StringComparison.Ordinal));
            if (same is not null)
            {
                return new AlignedSentence(coded, same, AlignmentKind.Text);
            }
        }

        if (coded.TextSha256 is { } hash)
        {
            var same = sentences.FirstOrDefault(p => string.Equals(TextHash(p.Text), hash, StringComparison.OrdinalIgnoreCase));
            if (same is not null)
            {
                return new AlignedSentence(coded, same, AlignmentKind.Hash);
            }
        }

        if (coded.Start is { } from && coded.End is { } to)
        {
            var inside = sentences.Where(p => p.Start >= from && p.End <= to).ToList();
            if (inside.Count > 1 && inside[0].Start == from && inside[^1].End == to)
            {
                var union = new PredictedSentence(
                    coded.DocumentId,
                    from,
                    to,
                    string.Join(" ", inside.Select(p => p.Text)),
                    [.. inside.SelectMany(p => p.Frames).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)])
                {
                    Evidence = [.. inside.SelectMany(p => p.Evidence)],
                    Subordinate = inside.Select(p => p.Subordinate).FirstOrDefault(a => a is not null),
                    Dominant = inside.Select(p => p.Dominant).FirstOrDefault(a => a is not null),
                };
                return new AlignedSentence(coded, union, AlignmentKind.Covered);
            }
        }

        return null;
    }

    private static string Explain(HandCodedSentence coded, List<PredictedSentence> sentences)
    {
        if (coded.Start is { } start && coded.End is { } end)
        {
            var containing = sentences.FirstOrDefault(p => p.Start <= start && p.End >= end);
            if (containing is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"inside the longer predicted sentence [{containing.Start},{containing.End}): the pipeline joined it with a neighbour");
            }

            var overlapping = sentences.Where(p => p.Start < end && start < p.End).ToList();
            if (overlapping.Count > 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"sentence boundaries differ: overlaps {overlapping.Count} predicted sentence(s) starting at {overlapping[0].Start}");
            }

            return "no predicted sentence at these offsets (was the text removed as page chrome?)";
        }

        return "no predicted sentence with this text";
    }
}
