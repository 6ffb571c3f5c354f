namespace Framing.Text;

/// <summary>
/// A sentence: a contiguous run of tokens in a <see cref="Document"/>.
/// </summary>
/// <param name="Index">Zero-based position of the sentence in the document.</param>
/// <param name="FirstToken">Index in <see cref="Document.Tokens"/> of the sentence's first token.</param>
/// <param name="TokenCount">Number of tokens in the sentence (at least one).</param>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset one past the last character in the original text.</param>
public sealed record Sentence(int Index, int FirstToken, int TokenCount, int Start, int End)
{
    /// <summary>The span of original text this sentence covers.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
