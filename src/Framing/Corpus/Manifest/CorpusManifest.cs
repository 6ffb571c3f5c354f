using System.Collections.Immutable;

namespace Framing.Corpus.Manifest;

/// <summary>A parsed manifest: entries by id, plus the file's path and hash for provenance.</summary>
/// <param name="Path">The manifest file.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the manifest's bytes.</param>
/// <param name="Entries">Entries keyed by document id (ordinal).</param>
internal sealed record CorpusManifest(string Path, string Sha256, ImmutableSortedDictionary<string, ManifestEntry> Entries);
