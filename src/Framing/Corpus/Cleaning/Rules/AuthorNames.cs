using System.Text.RegularExpressions;

namespace Framing.Corpus.Cleaning.Rules;

/// <summary>Splits byline and bio text into person names, leaving out affiliations.</summary>
internal static partial class AuthorNames
{
    /// <summary>Words that mark a segment as an institution or role rather than a person.</summary>
    private static readonly HashSet<string> InstitutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "university", "college", "institute", "institution", "center", "centre", "school", "foundation", "council", "press", "news",
        "agency", "times", "post", "service", "department", "ministry", "group", "academy", "society", "fund", "program", "programme",
        "initiative", "endowment", "conversation", "lecturer", "professor", "fellow", "researcher", "director", "editor", "correspondent",
        "senior", "reporter", "staff", "writer", "analyst", "studies", "security", "international", "of", "the", "for", "in",
    };

    /// <summary>The person names in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<string> Parse(string text)
    {
        foreach (var segment in Separator().Split(text))
        {
            var candidate = segment.Trim().Trim('.', ';', ':', '|', '-', '—', '–').Trim();
            var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 2 and <= 4
                && words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von" or "da" or "bin" or "al")
                && !words.Any(InstitutionWords.Contains))
            {
                yield return string.Join(' ', words);
            }
        }
    }

    [GeneratedRegex(@",|;|\||\s+and\s+|\s*&\s*|\s+[-—–]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
