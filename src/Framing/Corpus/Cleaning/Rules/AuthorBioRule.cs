using System.Text.RegularExpressions;

namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Turns author-bio lines into metadata: "Jane Doe, Senior Lecturer in X, University of Y" (often
/// at the end of republished academic pieces). A line qualifies when it does not end like a sentence
/// (a quoted source in running text does) and starts either with a known author followed by a comma,
/// or with a capitalised name, a comma and an academic or newsroom role.
/// </summary>
internal sealed partial class AuthorBioRule : ICleaningRule
{
    private const int MaxWords = 60;

    public string Name => "AuthorBio";

    public void Apply(CleaningContext context)
    {
        var known = context.Known.Authors.Concat(context.Authors).Distinct(StringComparer.Ordinal).ToList();
        foreach (var line in context.OpenLines.Where(l => l.Words <= MaxWords).ToList())
        {
            var startsWithAuthor = known.Any(a => line.Text.StartsWith(a + ",", StringComparison.Ordinal));
            if (!line.HasTerminalPunctuation && (startsWithAuthor || RoleBio().IsMatch(line.Text)))
            {
                context.Remove(line, Name, "author bio (recorded as a credit)");
                context.Credits.Add(line.Text);
                foreach (var name in AuthorNames.Parse(line.Text))
                {
                    context.AddAuthor(name);
                }
            }
        }
    }

    [GeneratedRegex(
        @"^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s+(?:an?\s+)?(?:(?:Senior|Associate|Assistant|Visiting|Principal|Adjunct|Distinguished|Emeritus|Research|Staff|Chief|Deputy)\s+)*(?:Lecturer|Professor|Reader|Fellow|Researcher|Director|Editor|Correspondent|Analyst|Scholar|Chair|Dean|Reporter|Writer|Associate|Lead)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex RoleBio();
}
