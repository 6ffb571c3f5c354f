namespace Framing.Corpus;

/// <summary>How a file's bytes were decoded.</summary>
/// <param name="Name">
/// <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c> or <c>windows-1252</c>.
/// </param>
/// <param name="HasByteOrderMark">True when the file started with a byte order mark (not part of the text).</param>
/// <param name="IsFallback">True when the file was not valid UTF-8 and was read as Windows-1252 instead.</param>
/// <param name="Detail">Why this encoding was chosen (for example the offset of the first invalid UTF-8 byte).</param>
public sealed record DetectedEncoding(string Name, bool HasByteOrderMark, bool IsFallback, string Detail)
{
    /// <inheritdoc/>
    public override string ToString() => HasByteOrderMark ? Name + " (BOM)" : Name;
}
