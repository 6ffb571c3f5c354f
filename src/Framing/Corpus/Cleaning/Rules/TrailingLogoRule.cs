using System.Text.RegularExpressions;

namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Cuts a site name or logo text that a scraper glued to the end of a paragraph with no space
/// ("…western sanctions.The Conversation"): after sentence punctuation, up to four capitalised-first
/// words without punctuation of their own, at the very end of the line.
/// </summary>
internal sealed partial class TrailingLogoRule : ICleaningRule
{
    public string Name => "TrailingLogo";

    public void Apply(CleaningContext context)
    {
        foreach (var line in context.OpenLines.Where(l => l.IsParagraph).ToList())
        {
            var match = GluedTail().Match(line.Text);
            if (match.Success)
            {
                var tail = match.Groups["tail"];
                context.RemoveInline(new Framing.Text.TextSpan(line.Content.Start + tail.Index, line.Content.End), Name, $"site name or logo text glued to the last sentence ('{tail.Value}')");
            }
        }
    }

    [GeneratedRegex(@"\p{Ll}[.!?][""”’]?(?<tail>\p{Lu}[\p{L}\p{N}&'’-]*(?:\s[\p{L}\p{N}&'’-]+){0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedTail();
}
