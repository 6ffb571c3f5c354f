using System.Globalization;
using System.Text;

namespace Framing.Statistics;

/// <summary>
/// Folds word forms so that spelling variants count as one feature: typographic apostrophes,
/// quotes and dashes become ASCII, common Latin diacritics are removed (é → e) and, optionally,
/// letters are lower-cased (invariant culture). A table is used instead of Unicode normalization
/// because the project runs with invariant globalization, where normalization is not available.
/// </summary>
public static class WordFolding
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűųýÿžźżÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŘŚŠŞŤÙÚÛÜŪŮŰŲÝŸŽŹŻ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorssstuuuuuuuuyyzzzAAAAAAAAACCCDEEEEEEEEIIIIIILNNNOOOOOOOORSSSTUUUUUUUUYYZZZ";

    /// <summary>Folds <paramref name="text"/>; <paramref name="lowerCase"/> also lower-cases it.</summary>
    public static string Fold(string text, bool lowerCase = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            builder.Append(lowerCase ? char.ToLowerInvariant(folded) : folded);
        }

        return builder.ToString();
    }

    /// <summary>True when the text has at least one letter or digit (so it is a word, not punctuation).</summary>
    public static bool IsWord(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text has a digit and no letter (a number such as 2024 or 190,000).</summary>
    public static bool IsNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digit = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return false;
            }

            digit |= char.IsDigit(c);
        }

        return digit;
    }

    /// <summary>HTML-escapes &lt;, &gt;, &amp; and quotes so article text can be shown in markup.</summary>
    public static string EscapeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(CultureInfo.InvariantCulture),
            });
        }

        return builder.ToString();
    }

    private static char FoldChar(char c)
    {
        switch (c)
        {
            case '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' or '`':
                return '\'';
            case '\u201C' or '\u201D' or '\u201E' or '\u2033':
                return '"';
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                return '-';
            default:
                var index = Accented.IndexOf(c, StringComparison.Ordinal);
                return index >= 0 ? Plain[index] : c;
        }
    }
}
