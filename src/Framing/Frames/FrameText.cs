using System.Text;

namespace Framing.Frames;

/// <summary>
/// Text normalisation shared by patterns, actor names and hand-coded sentences, so that typographic
/// and ASCII forms compare equal (’ = ', “ = ") and case never matters unless asked for.
/// </summary>
public static class FrameText
{
    /// <summary>Replaces typographic apostrophes, quotes and dashes by their ASCII forms; other characters are kept.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The folded text, same length as the input.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    /// <summary>Folds (<see cref="Fold"/>) and lower-cases with the invariant culture: the key patterns compare against.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The comparison key.</returns>
    public static string Key(string text) => Fold(text).ToLowerInvariant();

    /// <summary>
    /// The form used to recognise the same sentence in two files: folded, whitespace runs collapsed
    /// to one space, trimmed. Case is kept.
    /// </summary>
    /// <param name="text">A sentence.</param>
    /// <returns>The normalised sentence.</returns>
    public static string NormalizeSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    private static char FoldChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };
}
