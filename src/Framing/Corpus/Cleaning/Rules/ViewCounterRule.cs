using System.Text.RegularExpressions;

namespace Framing.Corpus.Cleaning.Rules;

/// <summary>Removes view, share and comment counters and reading-time badges (<c>165views</c>, <c>Views: 1.2K</c>, <c>5 min read</c>).</summary>
internal sealed partial class ViewCounterRule : ICleaningRule
{
    public string Name => "ViewCounter";

    public void Apply(CleaningContext context)
    {
        foreach (var line in context.OpenLines.Where(l => l.Words <= 4 && Counter().IsMatch(l.Text)).ToList())
        {
            context.Remove(line, Name, "view/share counter or reading time");
        }
    }

    [GeneratedRegex(
        @"^(?:\d[\d.,]*\s*[KkMm]?\s*(?:views?|reads?|shares?|comments?|likes?)|(?:views?|reads?|shares?|comments?)\s*:?\s*\d[\d.,]*\s*[KkMm]?|\d+\s*min(?:ute)?s?\s+read)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Counter();
}
