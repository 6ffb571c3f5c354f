using System.Text.RegularExpressions;

namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Turns byline lines ("By Jane Doe, University of X and John Roe, Y Institute") into metadata:
/// the line is removed from the body, the names become authors and the line is kept as a credit.
/// "By" must be followed by two capitalised words and the line must not end a sentence, so
/// "By Monday, the talks…" stays.
/// </summary>
internal sealed partial class BylineRule : ICleaningRule
{
    private const int MaxWords = 30;

    public string Name => "Byline";

    public void Apply(CleaningContext context)
    {
        foreach (var line in context.OpenLines.Where(l => l.Words <= MaxWords && !l.HasTerminalPunctuation && Byline().IsMatch(l.Text)).ToList())
        {
            context.Remove(line, Name, "byline (recorded as the authors)");
            context.Credits.Add(line.Text);
            foreach (var name in AuthorNames.Parse(Byline().Replace(line.Text, string.Empty, 1)))
            {
                context.AddAuthor(name);
            }
        }
    }

    [GeneratedRegex(@"^(?:By|BY|Written by|Words by)\s+(?=\p{Lu}[\p{L}.'’-]*\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
