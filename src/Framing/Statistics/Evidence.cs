using System.Globalization;

namespace Framing.Statistics;

/// <summary>
/// Where a counted item occurs: the document, the item's offsets and the sentence around it.
/// All offsets index the document's original text.
/// </summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Start">Offset of the item's first character.</param>
/// <param name="End">Offset one past the item's last character.</param>
/// <param name="SentenceStart">Offset of the enclosing sentence.</param>
/// <param name="SentenceEnd">Offset one past the enclosing sentence.</param>
/// <param name="SentenceText">The enclosing sentence as it appears in the original text.</param>
public sealed record Evidence(string DocumentId, int Start, int End, int SentenceStart, int SentenceEnd, string SentenceText)
{
    /// <summary>A one-line citation: <c>doc@start-end: sentence</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{DocumentId}@{Start}-{End}: {SentenceText}");
}
