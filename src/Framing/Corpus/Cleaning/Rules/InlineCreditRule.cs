using System.Text.RegularExpressions;

namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Removes a photo caption that a scraper ran into a paragraph: a parenthesised credit such as
/// <c>(Jane Doe/AP via Agency)</c> together with the caption sentence just before it. Only that
/// part of the line is removed; the paragraph around it stays.
/// </summary>
internal sealed partial class InlineCreditRule : ICleaningRule
{
    /// <summary>A caption is a sentence; when the text before the credit is longer, only the credit goes.</summary>
    private const int MaxCaptionWords = 40;

    public string Name => "InlineCaption";

    public void Apply(CleaningContext context)
    {
        foreach (var line in context.OpenLines.ToList())
        {
            foreach (Match credit in Credit().Matches(line.Text))
            {
                var start = CaptionStart(line.Text, credit.Index);
                if (LineShape.CountWords(line.Text[start..credit.Index]) > MaxCaptionWords)
                {
                    start = credit.Index;
                }

                var span = new Framing.Text.TextSpan(line.Content.Start + start, line.Content.Start + credit.Index + credit.Length);
                context.RemoveInline(span, Name, $"photo caption with the credit '{credit.Value}' inside a paragraph");
            }
        }
    }

    /// <summary>The start of the sentence that ends right before the credit.</summary>
    private static int CaptionStart(string text, int creditIndex)
    {
        var end = creditIndex - 1;
        while (end >= 0 && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        // Skip the caption's own full stop, then look back for the previous sentence end.
        for (var i = end - 1; i > 0; i--)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && i + 2 < text.Length && char.IsUpper(text[i + 2]))
            {
                return i + 2;
            }
        }

        return 0;
    }

    /// <summary>
    /// A parenthesised credit: a person's name (two to four capitalised words), a slash, an agency.
    /// A single word before the slash, as in "(Russia/China)", is running text, not a credit.
    /// </summary>
    [GeneratedRegex(@"\((?:Photo:?\s*)?\p{Lu}[\p{L}\p{M}.'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3}\s*/\s*" + CaptionRule.Names + @"\)", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
