using System.Collections.Immutable;

using Framing.Text;

namespace Framing.Frames;

/// <summary>
/// Applies a <see cref="Codebook"/> to processed documents: for every sentence, the frame matches
/// (after negation and exclusions), the actor mentions and, where a role pattern says so, the
/// subordinate and dominant actor. Immutable and safe to share between threads.
/// </summary>
public sealed class FrameMatcher
{
    private readonly Codebook codebook;
    private readonly ActorFinder actors;

    /// <summary>Creates a matcher for <paramref name="codebook"/>.</summary>
    /// <param name="codebook">The codebook to apply.</param>
    public FrameMatcher(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        this.codebook = codebook;
        actors = new ActorFinder(codebook.Actors);
    }

    /// <summary>Matches every sentence of <paramref name="document"/>.</summary>
    /// <param name="document">A document that has been through the tokenizer and sentence splitter.</param>
    /// <param name="cancellationToken">Checked between sentences.</param>
    /// <returns>One <see cref="SentenceFrames"/> per sentence, in order, including sentences with no frame.</returns>
    /// <exception cref="ArgumentException">The document has tokens but no sentences (the sentence splitter has not run).</exception>
    public DocumentFrames Match(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Sentences.IsEmpty && !document.Tokens.IsEmpty)
        {
            throw new ArgumentException($"Document '{document.Id}' has tokens but no sentences. Run the sentence splitter before matching frames.", nameof(document));
        }

        var sentences = ImmutableArray.CreateBuilder<SentenceFrames>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sentences.Add(MatchSentence(document, sentence));
        }

        return new DocumentFrames(document.Id, sentences.MoveToImmutable());
    }

    /// <summary>Matches one sentence of a processed document.</summary>
    /// <param name="document">The document the sentence belongs to.</param>
    /// <param name="sentence">One of <paramref name="document"/>'s sentences.</param>
    /// <returns>The sentence's frames, matches, actors and roles.</returns>
    public SentenceFrames MatchSentence(Document document, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        var view = new SentenceView(document, sentence);
        var mentions = actors.Find(view);
        var ignoredNegators = codebook.Negation.Ignore
            .SelectMany(p => PatternMatcher.FindAll(p, view))
            .SelectMany(h => h.TermTokens)
            .ToHashSet();

        var counted = new List<(FrameMatch Match, PatternHit Hit, int Order)>();
        var suppressed = new List<SuppressedMatch>();
        var order = 0;
        foreach (var frame in codebook.Frames)
        {
            var exclusions = frame.Exclusions.SelectMany(e => PatternMatcher.FindAll(e, view).Select(h => (Pattern: e, Hit: h))).ToList();
            foreach (var pattern in frame.Patterns)
            {
                order++;
                foreach (var hit in PatternMatcher.FindAll(pattern, view))
                {
                    var (text, start, end) = Span(view, hit);
                    var exclusion = exclusions.FirstOrDefault(e => e.Hit.SharesWordWith(hit));
                    if (exclusion.Pattern is not null)
                    {
                        suppressed.Add(new SuppressedMatch(frame.Id, pattern.Text, text, start, end, $"excluded by '{exclusion.Pattern.Text}'"));
                        continue;
                    }

                    var negator = FindNegator(view, hit.First, ignoredNegators);
                    var tokens = hit.TermTokens.Select(view.DocumentIndex).ToImmutableArray();
                    var match = new FrameMatch(frame.Id, pattern.Text, tokens, text, start, end) { Negated = negator is not null, Negator = negator };
                    switch (negator is null ? NegatedCueHandling.Keep : frame.WhenNegated)
                    {
                        case NegatedCueHandling.Keep:
                            counted.Add((match, hit, order));
                            break;
                        case NegatedCueHandling.Route:
                            counted.Add((match with { FrameId = frame.RouteTo!, RoutedFrom = frame.Id }, hit, order));
                            break;
                        default:
                            suppressed.Add(new SuppressedMatch(frame.Id, pattern.Text, text, start, end, $"negated by '{negator}'"));
                            break;
                    }
                }
            }
        }

        var matches = RemoveContained(counted);
        var frames = codebook.Frames.Select(f => f.Id).Where(id => matches.Any(m => m.FrameId == id)).ToImmutableArray();
        var roles = codebook.Frames
            .Where(f => !f.Roles.IsEmpty && frames.Contains(f.Id))
            .Select(f => AssignRoles(f, view, ignoredNegators))
            .OfType<RoleAssignment>()
            .ToImmutableArray();
        return new SentenceFrames(
            document.Id,
            sentence.Index,
            sentence.Start,
            sentence.End,
            document.TextOf(sentence),
            frames,
            matches,
            [.. suppressed.OrderBy(s => s.Start).ThenBy(s => s.End)],
            mentions,
            roles);
    }

    /// <summary>Drops a frame's matches whose tokens lie inside a longer match of the same frame; the rest in text order.</summary>
    private static ImmutableArray<FrameMatch> RemoveContained(List<(FrameMatch Match, PatternHit Hit, int Order)> counted)
    {
        var kept = new List<(FrameMatch Match, PatternHit Hit, int Order)>();
        foreach (var candidate in counted.OrderBy(c => c.Hit.First).ThenByDescending(c => c.Hit.Last).ThenBy(c => c.Order))
        {
            if (!kept.Any(k => k.Match.FrameId == candidate.Match.FrameId && k.Hit.First <= candidate.Hit.First && candidate.Hit.Last <= k.Hit.Last))
            {
                kept.Add(candidate);
            }
        }

        return [.. kept.Select(k => k.Match)];
    }

    private string? FindNegator(SentenceView view, int first, HashSet<int> ignored)
    {
        var negation = codebook.Negation;
        for (var i = first - 1; i >= 0 && i >= first - negation.Window; i--)
        {
            var key = view.Keys[i];
            if (negation.ClauseBreaks.Contains(key))
            {
                return null;
            }

            if (!ignored.Contains(i) && (negation.Negators.Contains(key) || key.EndsWith("n't", StringComparison.Ordinal)))
            {
                return view.Tokens[i].Text;
            }
        }

        return null;
    }

    /// <summary>
    /// Sides for one frame: the first role match (in text order) that names two different actors; failing
    /// that, the first subordinate and the first dominant found by any role pattern. Negated role matches, and matches that put one actor on both sides, are skipped.
    /// </summary>
    private RoleAssignment? AssignRoles(FrameDefinition frame, SentenceView view, HashSet<int> ignoredNegators)
    {
        // A role stated under negation ("not to become overdependent on Russia") says nothing about the sides.
        var hits = frame.Roles
            .SelectMany((p, i) => PatternMatcher.FindAll(p, view).Select(h => (Pattern: p, Index: i, Hit: h)))
            .Where(h => h.Hit.FirstWord < 0 || FindNegator(view, h.Hit.FirstWord, ignoredNegators) is null)
            .Where(h => h.Hit.Subordinate is null || h.Hit.Dominant is null || h.Hit.Subordinate.ActorId != h.Hit.Dominant.ActorId)
            .OrderBy(h => h.Hit.First)
            .ThenBy(h => h.Index)
            .ToList();
        var both = hits.FirstOrDefault(h => h.Hit.Subordinate is not null && h.Hit.Dominant is not null);
        if (both.Pattern is not null)
        {
            return new RoleAssignment(frame.Id, both.Hit.Subordinate, both.Hit.Dominant, [both.Pattern.Text]);
        }

        var sub = hits.FirstOrDefault(h => h.Hit.Subordinate is not null);
        var subordinate = sub.Hit?.Subordinate;
        var dom = hits.FirstOrDefault(h => h.Hit.Dominant is { } d && d.ActorId != subordinate?.ActorId);
        var dominant = dom.Hit?.Dominant;
        if (subordinate is null && dominant is null)
        {
            return null;
        }

        var patterns = new[] { sub.Pattern?.Text, dom.Pattern?.Text }.OfType<string>().Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new RoleAssignment(frame.Id, subordinate, dominant, patterns);
    }

    private static (string Text, int Start, int End) Span(SentenceView view, PatternHit hit)
    {
        var start = view.Tokens[hit.First].Start;
        var end = view.Tokens[hit.Last].End;
        return (view.Document.Text[start..end], start, end);
    }
}
