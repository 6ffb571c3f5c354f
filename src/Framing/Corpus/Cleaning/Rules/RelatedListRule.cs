namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Removes a "Related posts" / "Latest articles" style heading (a short line starting with a
/// <see cref="ChromeKind.RelatedList"/> phrase) together with the list under it: every following
/// line up to the next paragraph of running text.
/// </summary>
internal sealed class RelatedListRule : ICleaningRule
{
    /// <summary>A list heading is a short label, not a sentence that starts with "Read more…".</summary>
    private const int MaxHeadingWords = 6;

    public string Name => "RelatedList";

    public void Apply(CleaningContext context)
    {
        var phrases = context.Options.Phrases
            .Where(p => p.Kind == ChromeKind.RelatedList)
            .Select(p => (p.Text, Normalized: LineShape.Normalize(p.Text)))
            .ToList();
        foreach (var heading in context.OpenLines.Where(l => l.Words <= MaxHeadingWords && !l.IsParagraph).ToList())
        {
            var match = phrases.FirstOrDefault(p => PhraseRule.StartsWithPhrase(heading.Normalized, p.Normalized));
            if (match.Text is null || !context.IsOpen(heading))
            {
                continue;
            }

            context.Remove(heading, Name, $"heading of a list of other stories ('{heading.Text}')");
            foreach (var item in context.Lines.Skip(heading.Index + 1))
            {
                if (item.IsBlank || !context.IsOpen(item))
                {
                    continue;
                }

                if (item.IsParagraph)
                {
                    break;
                }

                context.Remove(item, Name, $"item of the '{heading.Text}' list");
            }
        }
    }
}
