using System.Collections.Immutable;

namespace Framing.Text.Tokenization;

/// <summary>A run of tokens that the tokenizer split from one written word (<c>do</c> + <c>n't</c>).</summary>
/// <param name="First">Index of the first token of the run.</param>
/// <param name="Count">Number of tokens in the run (2 or more).</param>
public readonly record struct TokenRange(int First, int Count);

/// <summary>
/// Finds the tokens that together make one written word, so that CoNLL-U output can write them as
/// a multiword token (<c>1-2 don't</c>) and evaluation can score surface tokens as UD does.
/// A run is a word followed, with no space between, by clitics the tokenizer splits off:
/// <c>n't 's 'm 're 've 'll 'd</c> (either apostrophe), <c>nt</c>, <c>na</c>, <c>ta</c> and <c>not</c>
/// (dont, gonna, gotta, cannot), and the possessive apostrophe after a final s (<c>allies'</c>).
/// </summary>
public static class MultiwordTokens
{
    /// <summary>The multiword runs in <paramref name="tokens"/>, in order.</summary>
    public static ImmutableArray<TokenRange> Find(ReadOnlySpan<Token> tokens)
    {
        var ranges = ImmutableArray.CreateBuilder<TokenRange>();
        var i = 0;
        while (i < tokens.Length)
        {
            var last = i;
            while (last + 1 < tokens.Length && IsCliticOf(tokens[last], tokens[last + 1], tokens, last + 2))
            {
                last++;
            }

            if (last > i)
            {
                ranges.Add(new TokenRange(i, last - i + 1));
            }

            i = last + 1;
        }

        return ranges.ToImmutable();
    }

    private static bool IsCliticOf(Token host, Token clitic, ReadOnlySpan<Token> tokens, int after)
    {
        if (host.End != clitic.Start || host.Text.Length == 0 || !char.IsLetter(host.Text[^1]))
        {
            return false;
        }

        var text = clitic.Text;
        if (text.Length == 1 && CharClasses.IsApostrophe(text[0]))
        {
            // allies' plans: a possessive only when the host ends in s and no word is glued after it.
            return (host.Text[^1] | 0x20) == 's' && (clitic.SpaceAfter || after >= tokens.Length || !char.IsLetterOrDigit(tokens[after].Text[0]));
        }

        if (CharClasses.IsApostrophe(text[0]))
        {
            return IsApostropheClitic(text.AsSpan(1));
        }

        if (text.Length == 3 && CharClasses.IsApostrophe(text[1]) && (text[0] | 0x20) == 'n' && (text[2] | 0x20) == 't')
        {
            return true; // n't
        }

        // Fused forms written without an apostrophe: do|nt, gon|na, got|ta, can|not.
        return text.Length is 2 or 3 && (text[^1] | 0x20) is 't' or 'a'
            && Clitics.SplitPoint(string.Concat(host.Text, text)) == host.Text.Length;
    }

    private static bool IsApostropheClitic(ReadOnlySpan<char> rest) =>
        rest.Length switch
        {
            1 => (rest[0] | 0x20) is 's' or 'm' or 'd',
            2 => ((rest[0] | 0x20), (rest[1] | 0x20)) is ('l', 'l') or ('r', 'e') or ('v', 'e'),
            _ => false,
        };
}
