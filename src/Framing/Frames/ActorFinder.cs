using System.Collections.Immutable;

namespace Framing.Frames;

/// <summary>
/// Finds actor mentions in a sentence: the names' patterns over tokens, plus the parts of hyphenated
/// or possessive tokens ("Russia-China", "Sino-Russian", "Russia’s") in case the tokenizer kept them
/// whole. Overlaps resolve to the earliest, then longest, then first-listed actor.
/// </summary>
internal sealed class ActorFinder(ImmutableArray<ActorDefinition> actors)
{
    private readonly ImmutableArray<(ActorDefinition Actor, ImmutableArray<TermAlternative> Words)> singleWords =
        [.. actors.Select(a => (a, a.Names
            .Where(n => n.Elements.Length == 1)
            .SelectMany(n => ((TermElement)n.Elements[0]).Alternatives)
            .ToImmutableArray()))];

    /// <summary>Finds the mentions, registers them on <paramref name="view"/> for slots, and returns them in text order.</summary>
    public ImmutableArray<ActorMention> Find(SentenceView view)
    {
        var candidates = new List<Candidate>();
        for (var a = 0; a < actors.Length; a++)
        {
            var actor = actors[a];
            var excluded = actor.Exclusions.SelectMany(e => PatternMatcher.FindAll(e, view)).ToList();
            foreach (var name in actor.Names)
            {
                foreach (var hit in PatternMatcher.FindAll(name, view))
                {
                    if (!excluded.Any(e => e.Overlaps(hit)))
                    {
                        candidates.Add(new Candidate(a, hit.First, hit.Last - hit.First + 1, view.Tokens[hit.First].Start, view.Tokens[hit.Last].End));
                    }
                }
            }

            AddTokenParts(view, a, excluded, candidates);
        }

        var mentions = ImmutableArray.CreateBuilder<ActorMention>();
        var end = -1;
        foreach (var c in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.End).ThenBy(c => c.Actor))
        {
            if (c.Start < end)
            {
                continue;
            }

            var mention = new ActorMention(actors[c.Actor].Id, view.Document.Text[c.Start..c.End], c.Start, c.End);
            view.AddMention(c.Token, c.TokenCount, mention);
            mentions.Add(mention);
            end = c.End;
        }

        return mentions.ToImmutable();
    }

    private void AddTokenParts(SentenceView view, int actor, List<PatternHit> excluded, List<Candidate> candidates)
    {
        for (var t = 0; t < view.Count; t++)
        {
            var key = view.Keys[t];
            if (key.Length < 3 || (key.IndexOf('-', StringComparison.Ordinal) < 0 && !key.EndsWith('\'') && !key.EndsWith("'s", StringComparison.Ordinal)))
            {
                continue;
            }

            if (excluded.Any(e => e.First <= t && t <= e.Last))
            {
                continue;
            }

            var offset = 0;
            foreach (var rawPart in view.Surfaces[t].Split('-'))
            {
                var surface = rawPart.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? rawPart[..^2] : rawPart.TrimEnd('\'');
                var part = surface.ToLowerInvariant();
                if (surface.Length > 0 && surface.Length < key.Length
                    && singleWords[actor].Words.Any(w => w.Accepts(w.CaseSensitive ? surface : part)))
                {
                    var start = view.Tokens[t].Start + offset;
                    candidates.Add(new Candidate(actor, t, 1, start, start + surface.Length));
                }

                offset += rawPart.Length + 1;
            }
        }
    }

    private sealed record Candidate(int Actor, int Token, int TokenCount, int Start, int End);
}
