using System.Collections.Frozen;

namespace Framing.Text.Tokenization;

/// <summary>
/// Finds where a word splits into a host and a clitic, following UD English EWT:
/// <c>don't</c> → <c>do</c> + <c>n't</c>, <c>can't</c> → <c>ca</c> + <c>n't</c>, <c>Russia’s</c> → <c>Russia</c> + <c>’s</c>,
/// <c>I'm</c> → <c>I</c> + <c>'m</c>, <c>cannot</c> → <c>can</c> + <c>not</c>, <c>gonna</c> → <c>gon</c> + <c>na</c>.
/// </summary>
internal static class Clitics
{
    /// <summary>Fused forms written without an apostrophe, mapped to the length of their host.</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Fused =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["cannot"] = 3,
            ["gonna"] = 3,
            ["wanna"] = 3,
            ["gotta"] = 3,
            ["dont"] = 2,
            ["doesnt"] = 4,
            ["didnt"] = 3,
            ["isnt"] = 2,
            ["wasnt"] = 3,
            ["arent"] = 3,
            ["werent"] = 4,
            ["couldnt"] = 5,
            ["wouldnt"] = 5,
            ["shouldnt"] = 6,
            ["havent"] = 4,
            ["hasnt"] = 3,
            ["hadnt"] = 3,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Returns the offset inside <paramref name="word"/> where the clitic starts, or 0 when the word
    /// does not split.
    /// </summary>
    public static int SplitPoint(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        if (length < 2)
        {
            return 0;
        }

        // n't: the n belongs to the clitic (do|n't, ca|n't, wo|n't).
        if (length >= 4 && CharClasses.IsApostrophe(word[^2]) && (word[^1] | 0x20) == 't' && (word[^3] | 0x20) == 'n')
        {
            return length - 3;
        }

        // 's 'm 'd (one letter) and 'll 're 've (two letters) after a host of at least one letter.
        if (length >= 3 && CharClasses.IsApostrophe(word[^2]) && IsOneLetterClitic(word[^1]))
        {
            return length - 2;
        }

        if (length >= 4 && CharClasses.IsApostrophe(word[^3]) && IsTwoLetterClitic(word[^2], word[^1]))
        {
            return length - 3;
        }

        // Every fused form ends in t or a (cannot, dont, gonna); the check spares a lookup for most words.
        return length is >= 4 and <= 8 && (word[^1] | 0x20) is 't' or 'a' && Fused.TryGetValue(word, out var host) ? host : 0;
    }

    private static bool IsOneLetterClitic(char c) => (c | 0x20) is 's' or 'm' or 'd';

    private static bool IsTwoLetterClitic(char a, char b) => ((a | 0x20), (b | 0x20)) is ('l', 'l') or ('r', 'e') or ('v', 'e');
}
