using System.Collections.Immutable;

namespace Framing.Frames;

/// <summary>One place where a pattern matched inside a sentence (local token positions).</summary>
/// <param name="TermTokens">Local positions of the tokens the pattern's terms matched (gaps excluded), in order.</param>
/// <param name="Subordinate">The actor a <c>{sub}</c> slot captured, if any.</param>
/// <param name="Dominant">The actor a <c>{dom}</c> slot captured, if any.</param>
/// <param name="WordTokens">Local positions of the tokens matched by words (not by actor slots), in order.</param>
internal sealed record PatternHit(ImmutableArray<int> TermTokens, ActorMention? Subordinate, ActorMention? Dominant, ImmutableArray<int> WordTokens)
{
    /// <summary>Local position of the first token a word matched, or -1 when only slots matched.</summary>
    public int FirstWord => WordTokens.IsEmpty ? -1 : WordTokens[0];

    /// <summary>True when the two hits matched a common token with words (slots do not count).</summary>
    public bool SharesWordWith(PatternHit other) => WordTokens.Any(other.WordTokens.Contains);

    public int First => TermTokens[0];

    public int Last => TermTokens[^1];

    public bool Overlaps(PatternHit other) => First <= other.Last && other.First <= Last;
}

/// <summary>
/// Finds the matches of a <see cref="Pattern"/> in a <see cref="SentenceView"/> by backtracking.
/// At each start the first match found wins (shortest gaps and glued runs first); a match that starts
/// later inside it and ends no later replaces it, so leading gaps bind to the nearest word or actor.
/// Matches of one pattern never overlap.
/// </summary>
internal static class PatternMatcher
{
    /// <summary>Longest run of space-less tokens one word may cover (for example U . S . or arm ’s).</summary>
    private const int MaxGlue = 6;

    public static ImmutableArray<PatternHit> FindAll(Pattern pattern, SentenceView view)
    {
        var hits = ImmutableArray.CreateBuilder<PatternHit>();
        var start = 0;
        while (start < view.Count)
        {
            var hit = MatchAt(pattern, view, start);
            if (hit is null)
            {
                start++;
                continue;
            }

            // Prefer the tightest match that ends no later: with a leading gap or slot, the nearest
            // candidate wins ("relations with the United States make Moscow a junior partner" -> Moscow).
            for (var later = start + 1; later <= hit.Last; later++)
            {
                if (MatchAt(pattern, view, later) is { } tighter && tighter.Last <= hit.Last)
                {
                    hit = tighter;
                }
            }

            hits.Add(hit);
            start = hit.Last + 1;
        }

        return hits.ToImmutable();
    }

    /// <summary>The first match that starts exactly at local token <paramref name="start"/>, or null.</summary>
    public static PatternHit? MatchAt(Pattern pattern, SentenceView view, int start)
    {
        var state = new State(pattern.Elements, view);
        return state.Match(0, start) ? new PatternHit([.. state.Tokens], state.Subordinate, state.Dominant, [.. state.WordTokens]) : null;
    }

    private sealed class State(ImmutableArray<PatternElement> elements, SentenceView view)
    {
        public List<int> Tokens { get; } = [];

        public ActorMention? Subordinate { get; private set; }

        public ActorMention? Dominant { get; private set; }

        public List<int> WordTokens { get; } = [];

        public bool Match(int element, int position)
        {
            if (element == elements.Length)
            {
                return true;
            }

            if (elements[element] is GapElement gap)
            {
                for (var length = gap.Min; length <= gap.Max && position + length < view.Count; length++)
                {
                    if (Match(element + 1, position + length))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (position >= view.Count)
            {
                return false;
            }

            var term = (TermElement)elements[element];
            foreach (var alternative in term.Alternatives)
            {
                if (alternative.Slot != SlotKind.None)
                {
                    if (MatchSlot(alternative, element, position))
                    {
                        return true;
                    }

                    continue;
                }

                foreach (var length in WordLengths(alternative, position))
                {
                    var mark = Tokens.Count;
                    var wordMark = WordTokens.Count;
                    for (var i = 0; i < length; i++)
                    {
                        Tokens.Add(position + i);
                        WordTokens.Add(position + i);
                    }

                    if (Match(element + 1, position + length))
                    {
                        return true;
                    }

                    Tokens.RemoveRange(mark, Tokens.Count - mark);
                    WordTokens.RemoveRange(wordMark, WordTokens.Count - wordMark);
                }
            }

            return false;
        }

        private bool MatchSlot(TermAlternative slot, int element, int position)
        {
            foreach (var (mention, count) in view.MentionsAt(position))
            {
                if (!slot.Actors.IsEmpty && !slot.Actors.Contains(mention.ActorId))
                {
                    continue;
                }

                var (sub, dom) = (Subordinate, Dominant);
                if (slot.Slot == SlotKind.Subordinate)
                {
                    Subordinate = mention;
                }
                else if (slot.Slot == SlotKind.Dominant)
                {
                    Dominant = mention;
                }

                var mark = Tokens.Count;
                for (var i = 0; i < count; i++)
                {
                    Tokens.Add(position + i);
                }

                if (Match(element + 1, position + count))
                {
                    return true;
                }

                Tokens.RemoveRange(mark, Tokens.Count - mark);
                (Subordinate, Dominant) = (sub, dom);
            }

            return false;
        }

        /// <summary>The numbers of tokens from <paramref name="position"/> that the word covers, shortest first.</summary>
        private IEnumerable<int> WordLengths(TermAlternative word, int position)
        {
            if (AcceptsSingle(word, position))
            {
                yield return 1;
            }

            if (!word.Glued)
            {
                yield break;
            }

            var joined = word.CaseSensitive ? view.Surfaces[position] : view.Keys[position];
            for (var length = 2; length <= MaxGlue && view.Glued(position + length - 2); length++)
            {
                var next = position + length - 1;
                joined += word.CaseSensitive ? view.Surfaces[next] : view.Keys[next];
                if (word.Accepts(joined) && TagsAllowed(word, position, length))
                {
                    yield return length;
                }
            }
        }

        private bool AcceptsSingle(TermAlternative word, int position)
        {
            if (!word.AllowsTag(view.Tokens[position].Upos))
            {
                return false;
            }

            if (word.CaseSensitive)
            {
                return word.Accepts(view.Surfaces[position]);
            }

            return word.Accepts(view.Keys[position]) || (view.Lemmas[position] is { } lemma && word.Accepts(lemma));
        }

        private bool TagsAllowed(TermAlternative word, int position, int length)
        {
            for (var i = 0; i < length; i++)
            {
                if (!word.AllowsTag(view.Tokens[position + i].Upos))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
