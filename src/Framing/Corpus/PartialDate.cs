using System.Globalization;

namespace Framing.Corpus;

/// <summary>
/// A calendar date that may be known only to the year or month (<c>2024</c>, <c>2024-04</c>,
/// <c>2024-04-09</c>). Ordered chronologically; a less precise date sorts before a more precise one
/// in the same period.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>Creates a date, validating that the month and day exist.</summary>
    /// <param name="year">Year, 1 to 9999.</param>
    /// <param name="month">Month 1 to 12, or null when unknown.</param>
    /// <param name="day">Day of the month, or null when unknown; requires a month.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }

        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day must exist in the given month.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1 to 12), or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when unknown.</summary>
    public int? Day { get; }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <returns>False when the text has another shape or names a date that does not exist.</returns>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].All(char.IsAsciiDigit))
            {
                return false;
            }

            numbers[i] = int.Parse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture);
        }

        int? month = numbers.Length > 1 ? numbers[1] : null;
        int? day = numbers.Length > 2 ? numbers[2] : null;
        if (numbers[0] < 1 || month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(numbers[0], month!.Value))))
        {
            return false;
        }

        date = new PartialDate(numbers[0], month, day);
        return true;
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <exception cref="FormatException">The text is not such a date.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>The ISO 8601 form with as many parts as are known.</summary>
    public override string ToString()
    {
        var text = Year.ToString("D4", CultureInfo.InvariantCulture);
        if (Month is { } month)
        {
            text += "-" + month.ToString("D2", CultureInfo.InvariantCulture);
        }

        if (Day is { } day)
        {
            text += "-" + day.ToString("D2", CultureInfo.InvariantCulture);
        }

        return text;
    }

    /// <inheritdoc/>
    public int CompareTo(PartialDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = (Month ?? 0).CompareTo(other.Month ?? 0);
        return byMonth != 0 ? byMonth : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    /// <summary>Chronological comparison.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Chronological comparison.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Chronological comparison.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Chronological comparison.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
