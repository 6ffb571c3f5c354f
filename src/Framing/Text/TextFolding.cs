namespace Framing.Text;

/// <summary>
/// Folds text for matching: lower-case (invariant) and typographic apostrophes, quotes and dashes
/// mapped to ASCII, so that <c>Russia’s</c> matches <c>russia's</c>. The result has the same length
/// as the input, so offsets carry over.
/// </summary>
public static class TextFolding
{
    /// <summary>Returns the folded form of <paramref name="text"/> (same length).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && Fold(text[i]) == text[i])
        {
            i++;
        }

        if (i == text.Length)
        {
            return text; // already folded: no allocation
        }

        return string.Create(text.Length, (text, i), static (span, state) =>
        {
            state.text.AsSpan(0, state.i).CopyTo(span);
            for (var j = state.i; j < span.Length; j++)
            {
                span[j] = Fold(state.text[j]);
            }
        });
    }

    /// <summary>Folds one character.</summary>
    public static char Fold(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < '\u00C0' => c,
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are equal after folding.</summary>
    public static bool FoldedEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (Fold(a[i]) != Fold(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
