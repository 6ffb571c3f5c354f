using System.Collections.Immutable;

using Framing.Text;

namespace Framing.Statistics;

/// <summary>
/// A node for collocation or actor analysis: a name and the terms that realise it ("Russia":
/// Russia, Russian, Moscow, Kremlin, Putin). A term may have several words ("White House") and
/// may end in <c>*</c> to match any ending. Matching is case-insensitive and folded (’ = ').
/// </summary>
/// <param name="Name">Display name.</param>
/// <param name="Terms">The terms.</param>
/// <param name="MatchLemma">Match lemmas instead of surface forms (surface is the default, since actor names are proper nouns).</param>
public sealed record NodeTerm(string Name, ImmutableArray<string> Terms, bool MatchLemma = false)
{
    /// <summary>A node with a single term, named after it.</summary>
    public static NodeTerm Of(string term) => new(term, [term]);

    /// <summary>
    /// Finds every match in the token range [<paramref name="first"/>, <paramref name="end"/>) of
    /// <paramref name="document"/>, longest term first, without overlaps. Returns token ranges.
    /// </summary>
    public IEnumerable<(int Start, int Length)> Matches(Document document, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Terms.IsDefaultOrEmpty)
        {
            throw new StatisticsException($"Node '{Name}' has no terms. Give at least one word or phrase.");
        }

        var patterns = Terms
            .Select(static t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(static w => WordFolding.Fold(w)).ToArray())
            .Where(static p => p.Length > 0)
            .OrderByDescending(static p => p.Length)
            .ThenBy(static p => string.Join(' ', p), StringComparer.Ordinal)
            .ToList();
        var i = first;
        while (i < end)
        {
            var matched = 0;
            foreach (var pattern in patterns)
            {
                if (i + pattern.Length <= end && MatchesAt(document, i, pattern))
                {
                    matched = pattern.Length;
                    break;
                }
            }

            if (matched > 0)
            {
                yield return (i, matched);
                i += matched;
            }
            else
            {
                i++;
            }
        }
    }

    private bool MatchesAt(Document document, int index, string[] pattern)
    {
        for (var k = 0; k < pattern.Length; k++)
        {
            var token = document.Tokens[index + k];
            var form = WordFolding.Fold(MatchLemma && !string.IsNullOrEmpty(token.Lemma) ? token.Lemma : token.Text);
            var word = pattern[k];
            var ok = word.EndsWith('*')
                ? form.StartsWith(word[..^1], StringComparison.Ordinal)
                : string.Equals(form, word, StringComparison.Ordinal);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
