using Framing.Text;

namespace Framing.Corpus.Cleaning;

/// <summary>One line of the page, with its shape measured once.</summary>
internal sealed class PageLine
{
    public PageLine(int index, TextSpan content, string text, int block, CleaningOptions options)
    {
        Index = index;
        Content = content;
        Text = text;
        Block = block;
        Words = LineShape.CountWords(text);
        Normalized = LineShape.Normalize(text);
        HasTerminalPunctuation = LineShape.EndsSentence(text);
        IsParagraph = Words >= options.LongLineWords || (Words >= options.ParagraphMinWords && HasTerminalPunctuation);
        IsHeadlineShaped = Words >= 1 && Words <= options.MaxHeadlineWords && !HasTerminalPunctuation;
    }

    /// <summary>0-based line number.</summary>
    public int Index { get; }

    /// <summary>The line's text trimmed of surrounding whitespace, as a span of the original text.</summary>
    public TextSpan Content { get; }

    /// <summary>The trimmed line text.</summary>
    public string Text { get; }

    /// <summary>Index of the run of non-blank lines this line belongs to (blank lines separate blocks).</summary>
    public int Block { get; }

    /// <summary>True for a line with nothing but whitespace.</summary>
    public bool IsBlank => Content.Length == 0;

    /// <summary>Number of words (runs of non-space characters holding a letter or digit).</summary>
    public int Words { get; }

    /// <summary>Lower-cased text with quotes folded to ASCII and whitespace collapsed, for comparisons.</summary>
    public string Normalized { get; }

    /// <summary>True when the line ends with sentence punctuation (. ! ? … : ;), ignoring closing quotes and brackets.</summary>
    public bool HasTerminalPunctuation { get; }

    /// <summary>True when the line looks like a paragraph of running text.</summary>
    public bool IsParagraph { get; }

    /// <summary>True when the line looks like a headline: short and without final sentence punctuation.</summary>
    public bool IsHeadlineShaped { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Index}: {Text}";
}
