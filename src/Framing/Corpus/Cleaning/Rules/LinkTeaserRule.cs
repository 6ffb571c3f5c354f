namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Removes in-article link teasers: a headline-shaped line between two paragraphs of the article
/// that is longer than <see cref="CleaningOptions.MaxSubheadWords"/> words ("Key nations sit out
/// U.S. standoff with Russia, China, leaks show"). Shorter headline-shaped lines there are section
/// subheads ("junior partner", "Russia in Ukraine") and stay in the body as their own region.
/// </summary>
/// <remarks>
/// The length cut is the documented trade-off: news subheads are a few words, teasers are full
/// headlines with a verb. A subhead longer than the limit is removed; raise the option to keep it.
/// </remarks>
internal sealed class LinkTeaserRule : ICleaningRule
{
    public string Name => "LinkTeaser";

    public void Apply(CleaningContext context)
    {
        var first = context.FirstParagraph();
        var last = context.LastParagraph();
        if (first is null || last is null)
        {
            return;
        }

        foreach (var line in context.OpenLines.Where(l => l.Index > first.Index && l.Index < last.Index && l.IsHeadlineShaped).ToList())
        {
            if (line.Words > context.Options.MaxSubheadWords)
            {
                context.Remove(line, Name, $"in-article link teaser (headline-shaped line of {LineShape.Number(line.Words)} words inside the body)");
            }
        }
    }
}
