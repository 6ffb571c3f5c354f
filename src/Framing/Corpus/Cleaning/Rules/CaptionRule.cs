using System.Text.RegularExpressions;

namespace Framing.Corpus.Cleaning.Rules;

/// <summary>
/// Removes photo captions and credits. A credit is a short line shaped <c>Name/Agency</c> (or
/// starting "Photo:", "Image:", "Credit:"), or a caption sentence that ends with such a credit.
/// The caption line just above a stand-alone credit, and an alt-text line above a caption that
/// repeats most of its words, go with it; both must sit in the same block (no blank line between).
/// </summary>
internal sealed partial class CaptionRule : ICleaningRule
{
    /// <summary>A caption is a sentence or two; a longer line above a credit is article text.</summary>
    private const int MaxCaptionWords = 40;

    /// <summary>Share of words an alt-text line shares with the caption it duplicates.</summary>
    private const double AltTextOverlap = 0.5;

    /// <summary>
    /// One to six capitalised words, allowing the lower-case joiners credits use ("AFP via Getty Images"):
    /// so "Russia/China relations" is not a credit.
    /// </summary>
    internal const string Names = @"\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*|via|for|and|of|de|von|van)){0,5}";

    /// <summary>In a block of more lines than this (a page without blank lines), only a short non-sentence line above a credit is taken as its caption.</summary>
    private const int LooseBlockLines = 3;

    public string Name => "PhotoCaption";

    public void Apply(CleaningContext context)
    {
        foreach (var line in context.OpenLines.ToList())
        {
            if (!context.IsOpen(line))
            {
                continue;
            }

            if (line.Words <= 10 && (StandaloneCredit().IsMatch(line.Text) || CreditPrefix().IsMatch(line.Text)))
            {
                context.Remove(line, Name, "photo credit");
                RemoveCaptionAbove(context, line);
            }
            else if (line.Words <= MaxCaptionWords && TrailingCredit().Match(line.Text) is { Success: true } credit && LineShape.CountWords(credit.Groups["credit"].Value) <= 8)
            {
                context.Remove(line, Name, $"photo caption ending with the credit '{credit.Groups["credit"].Value.Trim()}'");
                RemoveAltText(context, line);
            }
        }
    }

    private void RemoveCaptionAbove(CleaningContext context, PageLine credit)
    {
        if (context.PreviousInBlock(credit) is { } caption && context.IsOpen(caption) && caption.Words <= MaxCaptionWords
            && (!caption.IsParagraph || context.Lines.Count(l => l.Block == credit.Block && !l.IsBlank) <= LooseBlockLines))
        {
            context.Remove(caption, Name, "photo caption (the line above a credit)");
            RemoveAltText(context, caption);
        }
    }

    private void RemoveAltText(CleaningContext context, PageLine caption)
    {
        if (context.PreviousInBlock(caption) is { } above && context.IsOpen(above) && above.Words <= MaxCaptionWords
            && LineShape.WordOverlap(above.Text, caption.Text) >= AltTextOverlap)
        {
            context.Remove(above, Name, "image alt text repeating the caption below it");
        }
    }

    /// <summary><c>Peter Hermes Furian/Shutterstock</c>, <c>AFP / Getty Images</c>: capitalised names on both sides of a slash, no sentence.</summary>
    [GeneratedRegex(@"^\(?" + Names + @"\s*/\s*" + Names + @"\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StandaloneCredit();

    [GeneratedRegex(@"^(?:Photo(?:graph)?|Image|Picture|Credit|Photo credit)s?\s*(?::|by\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditPrefix();

    /// <summary>A caption sentence followed by a <c>Name/Agency</c> credit at the end of the line.</summary>
    [GeneratedRegex(@"[.!?][""”’)]?\s+(?<credit>" + Names + @"\s*/\s*" + Names + @")$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();
}
