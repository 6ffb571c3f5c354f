using System.Collections.Frozen;

namespace Framing.Text.Tokenization;

/// <summary>
/// Splits a number from a unit written against it (EWT: <c>8gb</c> → <c>8</c> + <c>gb</c>,
/// <c>70k</c> → <c>70</c> + <c>k</c>), while ordinals and decades (<c>21st</c>, <c>1990s</c>) stay whole.
/// </summary>
internal static class Units
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Known =
        new[]
        {
            "k", "m", "bn", "mn", "b", "tn", "mm", "cm", "km", "m2", "kg", "mg", "g", "lb", "lbs", "oz", "ft", "mi",
            "ml", "l", "gb", "mb", "kb", "tb", "ghz", "mhz", "hz", "kw", "mw", "gw", "kwh", "hr", "hrs", "h", "min",
            "mins", "sec", "secs", "pm", "am", "p", "mph", "kph", "yr", "yrs", "x",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Offset where the unit starts in <paramref name="word"/> (a number then letters), or 0.</summary>
    public static int SplitPoint(ReadOnlySpan<char> word)
    {
        var i = 0;
        while (i < word.Length && (CharClasses.IsAsciiDigit(word[i]) || (i > 0 && word[i] is '.' or ',')))
        {
            i++;
        }

        if (i == 0 || i == word.Length || !CharClasses.IsAsciiDigit(word[i - 1]))
        {
            return 0;
        }

        foreach (var c in word[i..])
        {
            if (!CharClasses.IsLetter(c))
            {
                return 0;
            }
        }

        return Known.Contains(word[i..]) ? i : 0;
    }
}
