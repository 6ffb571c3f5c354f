namespace Framing.Corpus;

/// <summary>Something the analyst should know about that did not stop loading.</summary>
/// <param name="DocumentId">The document concerned, or null for the corpus as a whole.</param>
/// <param name="File">The file concerned, or null.</param>
/// <param name="Message">What happened and, where useful, what to do.</param>
public sealed record CorpusWarning(string? DocumentId, string? File, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        File is null ? Message : $"{File}: {Message}";
}
