using System.Globalization;

namespace Framing.Text.Tokenization;

/// <summary>Character classes shared by the tokenizer and the sentence splitter.</summary>
public static class CharClasses
{
    /// <summary>
    /// True for characters that separate tokens and never belong to one: Unicode white space plus
    /// the invisible format characters (zero-width space and joiners, word joiner, byte-order mark).
    /// </summary>
    public static bool IsSeparator(char c) =>
        c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u001C' or '\u001D' or '\u001E' or '\u001F'
        : c < '\u0085' ? false
        : char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>True for letters, digits and combining marks: the characters words are made of.</summary>
    internal static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark || c == '\u00AD';
    }

    /// <summary>True for ASCII and typographic apostrophes.</summary>
    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>True for the hyphen characters that join compound words.</summary>
    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>True for punctuation that can end a sentence.</summary>
    internal static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    internal static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    internal static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);
}
