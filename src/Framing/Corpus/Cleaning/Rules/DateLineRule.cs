namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Removes date and time lines ("Thursday, June 13, 2024", "May 16, 2024 5:25 PM",
/// "date 2024-05-17 (Agency)"). The first full date becomes the inferred publication date; on a
/// republished copy that is the republication date, which is why the manifest's date wins.
/// </summary>
internal sealed class DateLineRule : ICleaningRule
{
    /// <summary>Date lines are short; a longer line that mentions a date is a sentence.</summary>
    private const int MaxWords = 10;

    public string Name => "DateLine";

    public void Apply(CleaningContext context)
    {
        foreach (var line in context.OpenLines.Where(l => l.Words <= MaxWords && !l.IsParagraph).ToList())
        {
            if (DateText.IsDateLine(line.Text, out var date))
            {
                context.Date ??= date;
                context.Remove(line, Name, "date header");
            }
        }
    }
}
