using System.Collections.Immutable;

namespace Framing.Frames;

/// <summary>A mention of a codebook actor in a sentence.</summary>
/// <param name="ActorId">The actor's id in the codebook (for example <c>china</c>).</param>
/// <param name="Text">The mention as written in the original text.</param>
/// <param name="Start">Offset of the mention in the document's original text.</param>
/// <param name="End">Offset one past the mention's end.</param>
public sealed record ActorMention(string ActorId, string Text, int Start, int End);

/// <summary>A codebook pattern that matched in a sentence and counts for a frame.</summary>
/// <param name="FrameId">The frame the match counts for (after negation routing).</param>
/// <param name="Pattern">The pattern text as written in the codebook.</param>
/// <param name="Tokens">Document indexes of the tokens the pattern's words matched (gap tokens excluded).</param>
/// <param name="Text">The original text from the first to the last matched token.</param>
/// <param name="Start">Offset of the first matched token in the original text.</param>
/// <param name="End">Offset one past the last matched token.</param>
public sealed record FrameMatch(string FrameId, string Pattern, ImmutableArray<int> Tokens, string Text, int Start, int End)
{
    /// <summary>True when a negator precedes the cue in its clause (only kept or routed cues are matches).</summary>
    public bool Negated { get; init; }

    /// <summary>The negator that scoped the cue (for example <c>n't</c>), when <see cref="Negated"/>.</summary>
    public string? Negator { get; init; }

    /// <summary>The frame whose pattern matched when the negated cue was routed to <see cref="FrameId"/>; null otherwise.</summary>
    public string? RoutedFrom { get; init; }
}

/// <summary>A pattern match that does not count, and why (kept so analysts can audit the codebook).</summary>
/// <param name="FrameId">The frame whose pattern matched.</param>
/// <param name="Pattern">The pattern text.</param>
/// <param name="Text">The matched original text.</param>
/// <param name="Start">Start offset in the original text.</param>
/// <param name="End">End offset in the original text.</param>
/// <param name="Reason">For example <c>negated by 'not'</c> or <c>excluded by 'NATO *{0,4} alliance'</c>.</param>
public sealed record SuppressedMatch(string FrameId, string Pattern, string Text, int Start, int End, string Reason);

/// <summary>Who is cast as the subordinate and who as the dominant side, for one frame in one sentence.</summary>
/// <param name="FrameId">The frame (<c>asymmetry</c> or <c>junior_partner</c> in the default codebook).</param>
/// <param name="Subordinate">The subordinate side, when the sentence says.</param>
/// <param name="Dominant">The dominant side, when the sentence says.</param>
/// <param name="Patterns">The role patterns that supplied the sides.</param>
public sealed record RoleAssignment(string FrameId, ActorMention? Subordinate, ActorMention? Dominant, ImmutableArray<string> Patterns);

/// <summary>The frames, matches and actors of one sentence.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Index">The sentence's index in the document.</param>
/// <param name="Start">Offset of the sentence in the original text.</param>
/// <param name="End">Offset one past the sentence's end.</param>
/// <param name="Text">The sentence's original text.</param>
/// <param name="Frames">The frames present, in codebook order, each once.</param>
/// <param name="Matches">The counting matches, in text order.</param>
/// <param name="Suppressed">Matches that were negated (and dropped) or excluded, in text order.</param>
/// <param name="Actors">The actor mentions, in text order.</param>
/// <param name="Roles">Subordinate and dominant sides per frame, where the sentence says which.</param>
public sealed record SentenceFrames(
    string DocumentId,
    int Index,
    int Start,
    int End,
    string Text,
    ImmutableArray<string> Frames,
    ImmutableArray<FrameMatch> Matches,
    ImmutableArray<SuppressedMatch> Suppressed,
    ImmutableArray<ActorMention> Actors,
    ImmutableArray<RoleAssignment> Roles)
{
    /// <summary>The first subordinate actor id over <see cref="Roles"/>, or null.</summary>
    public string? Subordinate => Roles.Select(r => r.Subordinate?.ActorId).FirstOrDefault(a => a is not null);

    /// <summary>The first dominant actor id over <see cref="Roles"/>, or null.</summary>
    public string? Dominant => Roles.Select(r => r.Dominant?.ActorId).FirstOrDefault(a => a is not null);

    /// <summary>True when <paramref name="frameId"/> is among <see cref="Frames"/>.</summary>
    public bool Has(string frameId) => Frames.Contains(frameId);

    /// <summary>
    /// Number of cues of <paramref name="frameId"/> in the sentence: its matches, with matches
    /// that overlap in the text counted once ("Chinese support" and "support, with Xi" share
    /// "support"), so one word never counts as two cues in a rate.
    /// </summary>
    public int CueCount(string frameId)
    {
        var count = 0;
        var end = int.MinValue;
        foreach (var match in Matches.Where(m => m.FrameId == frameId).OrderBy(static m => m.Start).ThenBy(static m => m.End))
        {
            if (match.Start >= end)
            {
                count++;
            }

            end = Math.Max(end, match.End);
        }

        return count;
    }
}

/// <summary>The per-sentence frame results of one document: every sentence is present, framed or not.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Sentences">One entry per document sentence, in order.</param>
public sealed record DocumentFrames(string DocumentId, ImmutableArray<SentenceFrames> Sentences);
