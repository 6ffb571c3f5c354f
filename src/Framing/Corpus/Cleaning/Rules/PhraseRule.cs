namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Removes lines that start with a configured chrome phrase (navigation, newsletter promotions,
/// republication boilerplate, comment widgets, calls to action). Related-list headings are left to
/// <see cref="RelatedListRule"/>, which also removes their items.
/// </summary>
internal sealed class PhraseRule : ICleaningRule
{
    /// <summary>Longest line a phrase may mark: a longer line is article text that happens to start the same way.</summary>
    private const int MaxWords = 60;

    /// <summary>An advertising slot is a label; "Advertisement spending rose…" is a sentence.</summary>
    private const int MaxAdvertisementWords = 6;

    /// <summary>A copyright notice is one short line.</summary>
    private const int MaxCopyrightWords = 15;

    public string Name => "BoilerplatePhrase";

    public void Apply(CleaningContext context)
    {
        var phrases = context.Options.Phrases
            .Where(p => p.Kind != ChromeKind.RelatedList)
            .Select(p => (Phrase: p, Normalized: LineShape.Normalize(p.Text)))
            .ToList();
        foreach (var line in context.OpenLines.Where(l => l.Words <= MaxWords).ToList())
        {
            var match = phrases.FirstOrDefault(p => StartsWithPhrase(line.Normalized, p.Normalized)
                && line.Words <= MaxWordsFor(p.Phrase.Kind));
            if (match.Phrase is not null)
            {
                context.Remove(line, Name, $"{Describe(match.Phrase.Kind)} (starts with '{match.Phrase.Text}')");
            }
        }
    }

    /// <summary>True when <paramref name="line"/> starts with <paramref name="phrase"/> at a word boundary.</summary>
    internal static bool StartsWithPhrase(string line, string phrase) =>
        phrase.Length > 0
        && line.StartsWith(phrase, StringComparison.Ordinal)
        && (line.Length == phrase.Length || !char.IsLetterOrDigit(line[phrase.Length]) || !char.IsLetterOrDigit(phrase[^1]));

    private static int MaxWordsFor(ChromeKind kind) => kind switch
    {
        ChromeKind.Advertisement => MaxAdvertisementWords,
        ChromeKind.Copyright => MaxCopyrightWords,
        _ => MaxWords,
    };

    private static string Describe(ChromeKind kind) => kind switch
    {
        ChromeKind.Navigation => "navigation",
        ChromeKind.Newsletter => "newsletter promotion",
        ChromeKind.Republication => "republication boilerplate",
        ChromeKind.CommentWidget => "comment widget",
        ChromeKind.CallToAction => "call to action",
        ChromeKind.Advertisement => "advertising slot",
        ChromeKind.Copyright => "copyright notice",
        _ => "page chrome",
    };
}
