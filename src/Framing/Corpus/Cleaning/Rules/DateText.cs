using System.Globalization;
using System.Text.RegularExpressions;

namespace Framing.Corpus.Cleaning.Rules;

/// <summary>Recognises dates and times written the ways news pages write them, and parses full dates.</summary>
internal static partial class DateText
{
    private const string Month = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Words that often surround a date in a date line and carry nothing else.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "dated", "updated", "published", "posted", "last", "on", "at", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt", "ist", "msk", "hrs", "today",
    };

    /// <summary>
    /// True when the line is a date line: it holds at least one date and, once dates, times, weekdays,
    /// parenthesised sources and filler words are taken out, at most one other word.
    /// </summary>
    public static bool IsDateLine(string line, out PartialDate? parsed)
    {
        parsed = FirstFullDate(line);
        var hasDate = parsed is not null || NumericDate().IsMatch(line) || MonthYear().IsMatch(line);
        if (!hasDate)
        {
            return false;
        }

        var rest = Parenthesised().Replace(AnyDatePart().Replace(line, " "), " ");
        var leftover = LineShape.WordsOf(rest).Count(w => !Filler.Contains(w) && !w.All(char.IsAsciiDigit));
        return leftover <= 1;
    }

    /// <summary>The first date in the text that has a year, month and day (ISO or with a month name).</summary>
    public static PartialDate? FirstFullDate(string text)
    {
        var best = (Index: int.MaxValue, Date: (PartialDate?)null);
        foreach (var regex in new[] { IsoDate(), MonthDayYear(), DayMonthYear() })
        {
            var match = regex.Match(text);
            if (match.Success && match.Index < best.Index && ToDate(match) is { } date)
            {
                best = (match.Index, date);
            }
        }

        return best.Date;
    }

    private static PartialDate? ToDate(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var monthText = match.Groups["month"].Value;
        var month = monthText.All(char.IsAsciiDigit)
            ? int.Parse(monthText, CultureInfo.InvariantCulture)
            : Array.FindIndex(MonthPrefixes, p => monthText.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && year >= 1000 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
    }

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<year>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b" + Month + @"\s+\d{4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    /// <summary>Any date, month name, weekday or clock time, for blanking out of a candidate date line.</summary>
    [GeneratedRegex(
        @"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\b\.?|\b" + Month + @"(?![\p{L}])|\b\d{1,2}(?:st|nd|rd|th)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnyDatePart();

    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();
}
