using System.Globalization;
using System.Text;

namespace Framing.Corpus.Cleaning;

/// <summary>Measures of a line's shape shared by the cleaning rules.</summary>
internal static class LineShape
{
    /// <summary>Counts runs of non-whitespace that contain a letter or digit.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        var hasAlnum = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                count += inWord && hasAlnum ? 1 : 0;
                inWord = hasAlnum = false;
            }
            else
            {
                inWord = true;
                hasAlnum |= char.IsLetterOrDigit(c);
            }
        }

        return count + (inWord && hasAlnum ? 1 : 0);
    }

    /// <summary>True when the text ends with . ! ? … : or ; once closing quotes and brackets are stripped.</summary>
    public static bool EndsSentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && (char.IsWhiteSpace(text[end]) || IsClosing(text[end])))
        {
            end--;
        }

        return end >= 0 && text[end] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>Lower-case invariant, quotes folded to ASCII, dashes to '-', whitespace (including NBSP) collapsed.</summary>
    public static string Normalize(string text)
    {
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

            builder.Append(Fold(char.ToLowerInvariant(c)));
        }

        return builder.ToString();
    }

    /// <summary>Only the letters and digits of <paramref name="text"/>, lower-cased: for loose title comparison.</summary>
    public static string LettersOnly(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Lower-cased words (letter and digit runs, apostrophes folded) for overlap measures.</summary>
    public static IEnumerable<string> WordsOf(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && c is '\'' or '’')
            {
                continue;
            }
            else if (builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    /// <summary>Jaccard overlap of the two texts' word sets (0 when both are empty).</summary>
    public static double WordOverlap(string a, string b)
    {
        var left = WordsOf(a).ToHashSet(StringComparer.Ordinal);
        var right = WordsOf(b).ToHashSet(StringComparer.Ordinal);
        var union = left.Count + right.Count - left.Count(right.Contains);
        return union == 0 ? 0 : (double)left.Count(right.Contains) / union;
    }

    /// <summary>Formats an integer for reasons (invariant culture).</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsClosing(char c) =>
        c is '"' or '\'' or ')' or ']' or '}' or '»' or '”' or '’' or '›';

    private static char Fold(char c) => c switch
    {
        '‘' or '’' or '‛' or '′' => '\'',
        '“' or '”' or '„' or '″' => '"',
        '–' or '—' or '‒' or '−' => '-',
        _ => c,
    };
}
