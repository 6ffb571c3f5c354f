namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Removes the page footer: headline-shaped lines (no final sentence punctuation) below the last
/// paragraph of running text, such as widget titles, site names and list items the phrase list
/// does not know. A short closing sentence ("It remains to be seen.") ends with punctuation and stays.
/// </summary>
internal sealed class FooterRule : ICleaningRule
{
    public string Name => "Footer";

    public void Apply(CleaningContext context)
    {
        var last = context.LastParagraph();
        if (last is null)
        {
            return;
        }

        foreach (var line in context.OpenLines.Where(l => l.Index > last.Index && !l.HasTerminalPunctuation).ToList())
        {
            context.Remove(line, Name, "page footer below the last paragraph");
        }
    }
}
