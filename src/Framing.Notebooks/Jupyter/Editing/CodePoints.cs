namespace Framing.Notebooks.Jupyter.Editing;

/// <summary>
/// Jupyter counts cursor positions in Unicode code points (protocol 5.2+); .NET strings index UTF-16
/// code units. These convert between the two so characters outside the BMP (emoji) do not shift cursors.
/// </summary>
public static class CodePoints
{
    /// <summary>The UTF-16 offset of the code point at <paramref name="codePointIndex"/> (clamped to the text).</summary>
    public static int ToUtf16Offset(string text, int codePointIndex)
    {
        ArgumentNullException.ThrowIfNull(text);
        int offset = 0;
        for (int seen = 0; seen < codePointIndex && offset < text.Length; seen++)
        {
            offset += IsPairAt(text, offset) ? 2 : 1;
        }

        return offset;
    }

    /// <summary>The number of code points before the UTF-16 offset (clamped to the text).</summary>
    public static int ToCodePointIndex(string text, int utf16Offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        int end = Math.Clamp(utf16Offset, 0, text.Length);
        int count = 0;
        for (int offset = 0; offset < end; count++)
        {
            offset += IsPairAt(text, offset) ? 2 : 1;
        }

        return count;
    }

    private static bool IsPairAt(string text, int offset) =>
        offset + 1 < text.Length && char.IsSurrogatePair(text[offset], text[offset + 1]);
}
