using Framing.Frames;

using FsCheck.Xunit;

namespace Framing.Tests.Frames;

public sealed class MatcherPropertyTests
{
    private static readonly string[] Words =
    [
        "China", "Russia’s", "Moscow", "Beijing", "US", "the", "not", "no", "aren't", "never", "ties", "alliance", "allies",
        "junior", "partner", "depends", "dependence", "on", "leverage", "over", "arm's", "length", "fine", "line", "joint",
        "drills", ",", ";", "but", "strengthen", "cooperation", "stalled", "without", "bloc", "military", "Xi", "Jinping",
    ];

    private static readonly Codebook Codebook = Codebook.LoadDefault();

    private static string[] Sentence(int[] picks) => [.. picks.Select(p => Words[(int)((uint)p % (uint)Words.Length)])];

    [Property(MaxTest = 300)]
    public bool A_phrase_cut_from_a_sentence_matches_where_it_was_cut(int[] picks, int from, int length)
    {
        var words = Sentence(picks).Where(w => w.All(char.IsLetter)).ToArray();
        if (words.Length == 0)
        {
            return true;
        }

        var start = (int)((uint)from % (uint)words.Length);
        var count = 1 + (int)((uint)length % (uint)Math.Min(4, words.Length - start));
        var document = TestDocuments.Create(string.Join(" ", words) + ".");
        var view = new SentenceView(document, document.Sentences[0]);

        var hit = PatternMatcher.MatchAt(Pattern.Parse(string.Join(" ", words[start..(start + count)]).ToUpperInvariant()), view, start);

        return hit is not null && hit.TermTokens.SequenceEqual(Enumerable.Range(start, count));
    }

    [Property(MaxTest = 300)]
    public bool Matcher_results_are_consistent_with_the_text(int[] picks)
    {
        var text = string.Join(" ", Sentence(picks)) + ".";
        var document = TestDocuments.Create(text);
        var frameOrder = Codebook.Frames.Select(f => f.Id).ToList();

        foreach (var sentence in Codebook.Match(document).Sentences)
        {
            var inside = sentence.Matches.All(m => m.Start >= sentence.Start && m.End <= sentence.End && text[m.Start..m.End] == m.Text)
                && sentence.Actors.All(a => a.Start >= sentence.Start && a.End <= sentence.End && text[a.Start..a.End] == a.Text);
            var framesOrdered = sentence.Frames.SequenceEqual(frameOrder.Where(sentence.Frames.Contains))
                && sentence.Frames.ToHashSet().SetEquals(sentence.Matches.Select(m => m.FrameId));
            var actorsOrdered = sentence.Actors.Zip(sentence.Actors.Skip(1)).All(p => p.First.End <= p.Second.Start);
            var negationConsistent = sentence.Matches.All(m => m.RoutedFrom is null || (m.Negated && m.Negator is not null));
            var rolesDistinct = sentence.Roles.All(r => r.Subordinate is null || r.Dominant is null || r.Subordinate.ActorId != r.Dominant.ActorId);
            if (!(inside && framesOrdered && actorsOrdered && negationConsistent && rolesDistinct))
            {
                return false;
            }
        }

        return true;
    }
}
