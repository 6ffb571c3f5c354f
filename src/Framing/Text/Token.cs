namespace Framing.Text;

/// <summary>
/// One token of a <see cref="Document"/>. Offsets index the document's original text, so
/// <c>document.Text[Start..End] == Text</c> always holds.
/// </summary>
/// <param name="Text">The token exactly as it appears in the original text.</param>
/// <param name="Start">Offset of the first UTF-16 code unit in the original text.</param>
/// <param name="End">Offset one past the last code unit.</param>
/// <param name="SpaceAfter">False when the next token follows with no whitespace (CoNLL-U <c>SpaceAfter=No</c>).</param>
public sealed record Token(string Text, int Start, int End, bool SpaceAfter)
{
    /// <summary>Dictionary form; null until a lemmatizer has run.</summary>
    public string? Lemma { get; init; }

    /// <summary>Universal part-of-speech tag; <see cref="PartOfSpeech.None"/> until a tagger has run.</summary>
    public PartOfSpeech Upos { get; init; }

    /// <summary>Language-specific (Penn Treebank) tag, when the tagger provides one.</summary>
    public string? Xpos { get; init; }

    /// <summary>The span of original text this token covers.</summary>
    public TextSpan Span => new(Start, End);
}
