using System.Collections.Frozen;

using Framing.Text.Tokenization;

namespace Framing.Text.Sentences;

/// <summary>Token and line-layout tests used by <see cref="SentenceSplitter"/>.</summary>
internal static class Layout
{
    /// <summary>Capitalised words that open sentences and rarely follow an abbreviation inside one.</summary>
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "Or", "So", "Yet", "If",
        "When", "While", "After", "Before", "Although", "Though", "Because", "Since", "As", "In", "On", "At",
        "For", "With", "By", "From", "To", "Of", "Some", "Many", "Most", "All", "No", "Not", "What", "Why",
        "How", "Who", "Where", "Which", "Such", "Still", "However", "Meanwhile", "Also", "Then", "Now",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words that end a line in the middle of a sentence (wrapped text).</summary>
    private static readonly FrozenSet<string> Continuing = new[]
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "that",
        "as", "is", "are", "was", "were", "be", "its", "their", "his", "her", "this", "these", "which", "who",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static int CountLineBreaks(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= end || text[i + 1] != '\n')) || c is '\u2028' or '\u2029' or '\u0085')
            {
                count++;
            }
        }

        return count;
    }

    public static bool IsFinalPunctuation(string token) =>
        token.Length > 0 && token[0] is '.' or '!' or '?' or '\u2026' && AllFinal(token);

    /// <summary>Smileys such as <c>:)</c> or <c>;-)</c>, which the tokenizer keeps whole and which end sentences like <c>!</c>.</summary>
    public static bool IsEmoticon(string token) => token.Length is 2 or 3 && token[0] is ':' or ';' && token[^1] is not (':' or ';');

    public static bool IsEllipsis(string token) => token == "\u2026" || token.StartsWith("..", StringComparison.Ordinal);

    /// <summary>Closing quotes and brackets. Straight quotes close only when attached to the previous token.</summary>
    public static bool IsClosing(string token, bool attached) => token switch
    {
        ")" or "]" or "}" or "\u201D" or "\u00BB" or "''" or "\u2019\u2019" => true,
        "\"" or "'" or "\u2019" => attached,
        _ => false,
    };

    /// <summary>Tokens that cannot start a sentence, so final punctuation before them does not end one (<c>?,</c>).</summary>
    public static bool IsContinuingPunctuation(string token) => token is "," or ";" or ":" or ")" or "]";

    public static bool IsCapitalisedFunctionWord(string token) => SentenceOpeners.Contains(token);

    /// <summary>True when a line ending with <paramref name="last"/> can end a sentence without punctuation.</summary>
    public static bool EndsLine(Token last) =>
        last.Text is not ("," or "-" or "\u2013" or "\u2014" or "(" or "[" or "&") && !Continuing.Contains(last.Text)
        && !Abbreviations.IsTitleToken(last.Text); // Mr.⏎Smith is one name

    /// <summary>True when <paramref name="first"/> can open a new sentence at the start of a line.</summary>
    public static bool StartsLine(Token first)
    {
        var c = first.Text[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '(' or '[' or '-' or '\u2022' or '*' or '\u2013' or '\u2014';
    }

    private static bool AllFinal(string token)
    {
        foreach (var c in token)
        {
            if (c is not ('.' or '!' or '?' or '\u2026'))
            {
                return false;
            }
        }

        return true;
    }
}
