using System.Collections.Immutable;

namespace Framing.Frames;

/// <summary>What happens to a frame's cue when a negator precedes it in its clause.</summary>
public enum NegatedCueHandling
{
    /// <summary>The cue does not count (it is reported as suppressed). The default.</summary>
    Drop,

    /// <summary>The cue counts anyway (for patterns that are themselves about negation).</summary>
    Keep,

    /// <summary>The cue counts for another frame (<see cref="FrameDefinition.RouteTo"/>), e.g. "not an alliance" → restraint.</summary>
    Route,
}

/// <summary>A codebook frame.</summary>
/// <param name="Id">Identifier used in outputs (for example <c>asymmetry</c>).</param>
/// <param name="Label">Human-readable name.</param>
/// <param name="Definition">The codebook definition shown in reports.</param>
/// <param name="Patterns">Cues: a sentence carries the frame when one matches (and is not negated or excluded).</param>
/// <param name="Exclusions">A cue does not count when a match of one of these covers one of its words (tokens matched by actor slots do not count as words).</param>
/// <param name="WhenNegated">How negated cues are handled.</param>
/// <param name="RouteTo">The frame negated cues count for, when <paramref name="WhenNegated"/> is <see cref="NegatedCueHandling.Route"/>.</param>
/// <param name="Roles">Patterns with <c>{sub}</c>/<c>{dom}</c> slots that say which actor is subordinate and which dominant.</param>
public sealed record FrameDefinition(
    string Id,
    string Label,
    string Definition,
    ImmutableArray<Pattern> Patterns,
    ImmutableArray<Pattern> Exclusions,
    NegatedCueHandling WhenNegated,
    string? RouteTo,
    ImmutableArray<Pattern> Roles);

/// <summary>A codebook actor (a side of the relationship, or a third party such as the United States).</summary>
/// <param name="Id">Identifier used in outputs (for example <c>china</c>).</param>
/// <param name="Label">Human-readable name.</param>
/// <param name="Names">Patterns naming the actor (<c>Beijing</c>, <c>Xi Jinping</c>, <c>=US</c>).</param>
/// <param name="Exclusions">A name inside a match of one of these is not a mention (<c>western Siberia</c>).</param>
public sealed record ActorDefinition(string Id, string Label, ImmutableArray<Pattern> Names, ImmutableArray<Pattern> Exclusions);

/// <summary>How negation scope is decided.</summary>
/// <param name="Window">A negator counts when it is at most this many tokens before the cue's first token.</param>
/// <param name="Negators">Negator words (comparison keys). Any token ending in <c>n't</c> is a negator too.</param>
/// <param name="ClauseBreaks">Tokens that end the backwards search (punctuation and conjunctions such as <c>but</c>).</param>
/// <param name="Ignore">Phrases in which a negator does not negate (<c>not only</c>, <c>no doubt</c>).</param>
public sealed record NegationSettings(int Window, ImmutableArray<string> Negators, ImmutableArray<string> ClauseBreaks, ImmutableArray<Pattern> Ignore);
