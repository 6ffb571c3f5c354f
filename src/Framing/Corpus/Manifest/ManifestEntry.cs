namespace Framing.Corpus.Manifest;

/// <summary>One manifest entry: the metadata and the file it describes.</summary>
/// <param name="Metadata">The metadata read from the entry.</param>
/// <param name="FileName">The article file, relative to the manifest's folder (defaults to <c>id.txt</c>).</param>
/// <param name="Line">The 1-based line where the entry starts, for error messages.</param>
internal sealed record ManifestEntry(ArticleMetadata Metadata, string FileName, int Line);
