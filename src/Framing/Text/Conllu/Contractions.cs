using System.Collections.Immutable;

namespace Framing.Text.Conllu;

/// <summary>
/// Which syntactic words form one surface token, the way UD English writes multiword tokens: a
/// word directly followed (no space) by a contraction clitic ('s, n't, 'm, 'll, 've, 're, 'd, and
/// "can|not", "gon|na", "wan|na", "got|ta") is one token with it ("don't" = do + n't). Shared by
/// the CoNLL-U writer and the evaluator so the two always agree.
/// </summary>
public static class Contractions
{
    /// <summary>How many words from <paramref name="start"/> (at least one, none at or after <paramref name="end"/>) form one surface token.</summary>
    public static int SurfaceLength(ImmutableArray<Token> words, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, words.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(start, end);
        var j = start + 1;
        while (j < end && words[j].Start == words[j - 1].End && IsClitic(words[j - 1].Text, words[j].Text))
        {
            j++;
        }

        return j - start;
    }

    private static bool IsClitic(string previous, string word)
    {
        var clitic = word.Replace('\u2019', '\'').ToLowerInvariant();
        return clitic switch
        {
            "'s" or "'m" or "'ll" or "'ve" or "'re" or "'d" or "n't" => true,
            "not" => previous.Equals("can", StringComparison.OrdinalIgnoreCase),
            "na" => previous.Equals("gon", StringComparison.OrdinalIgnoreCase) || previous.Equals("wan", StringComparison.OrdinalIgnoreCase),
            "ta" => previous.Equals("got", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
