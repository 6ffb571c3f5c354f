namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Cleans the page header: the lines above the first paragraph of running text. There the headline
/// is recorded as the title (the manifest's title when it has one, otherwise the first
/// headline-shaped line of at least <see cref="CleaningOptions.MinTitleWords"/> words, preferring one
/// the page repeats), every copy of it is removed, and short labels (navigation, section names,
/// locations, app links) are removed. Longer lines there (a standfirst without a full stop) stay.
/// </summary>
internal sealed class HeaderRule : ICleaningRule
{
    public string Name => "Header";

    public void Apply(CleaningContext context)
    {
        var first = FirstArticleParagraph(context);
        if (first is null)
        {
            return;
        }

        var header = context.OpenLines.TakeWhile(l => l.Index < first.Index).ToList();
        var title = FindTitle(context, header);
        if (title is not null)
        {
            context.Title ??= title.Text;
            var key = LineShape.LettersOnly(title.Text);
            foreach (var copy in context.OpenLines.Where(l => l.Index < first.Index && LineShape.LettersOnly(l.Text) == key).ToList())
            {
                context.Remove(copy, Name, copy == title ? "headline (recorded as the title)" : "repeated title");
            }
        }

        foreach (var line in header.Where(l => context.IsOpen(l) && l.Words <= context.Options.MaxHeaderLabelWords && !l.HasTerminalPunctuation))
        {
            context.Remove(line, Name, "header label above the article (navigation, section or location)");
        }
    }

    /// <summary>
    /// The first paragraph-shaped line that is neither the known title nor repeated on the page: a
    /// question headline ends with '?' and looks like a sentence, but the page repeats it or the manifest names it.
    /// </summary>
    private static PageLine? FirstArticleParagraph(CleaningContext context)
    {
        var titleKey = context.Known.Title is { } title ? LineShape.LettersOnly(title) : null;
        var counts = context.Lines.Where(l => !l.IsBlank)
            .GroupBy(l => LineShape.LettersOnly(l.Text), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return context.OpenLines.FirstOrDefault(l =>
        {
            var key = LineShape.LettersOnly(l.Text);
            return l.IsParagraph && key != titleKey && counts[key] == 1;
        });
    }

    private static PageLine? FindTitle(CleaningContext context, List<PageLine> header)
    {
        if (context.Known.Title is { } knownTitle)
        {
            var key = LineShape.LettersOnly(knownTitle);
            var found = header.FirstOrDefault(l => LineShape.LettersOnly(l.Text) == key);
            if (found is not null)
            {
                return found;
            }
        }

        var candidates = header.Where(l => (l.IsHeadlineShaped || l.Text.EndsWith('?')) && l.Words >= context.Options.MinTitleWords && l.Words <= context.Options.MaxHeadlineWords).ToList();
        return candidates.FirstOrDefault(c => header.Count(l => LineShape.LettersOnly(l.Text) == LineShape.LettersOnly(c.Text)) > 1)
            ?? candidates.FirstOrDefault();
    }
}
