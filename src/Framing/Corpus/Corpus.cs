using System.Collections.Immutable;

namespace Framing.Corpus;

/// <summary>
/// A loaded set of articles: documents ordered by id, their near-duplicate groups, the warnings
/// raised while loading, and the manifest's provenance.
/// </summary>
public sealed class Corpus
{
    private readonly ImmutableDictionary<string, string> _canonicalOf;
    private readonly ImmutableDictionary<string, CorpusDocument> _byId;

    /// <summary>Creates a corpus; <see cref="CorpusLoader"/> is the usual way to get one.</summary>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    public Corpus(
        IEnumerable<CorpusDocument> documents,
        ImmutableArray<DuplicateGroup> duplicateGroups,
        ImmutableArray<CorpusWarning> warnings,
        string? manifestPath,
        string? manifestSha256)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Documents = [.. documents.OrderBy(d => d.Id, StringComparer.Ordinal)];
        var duplicateId = Documents.Select(d => d.Id).GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicateId is not null)
        {
            throw new ArgumentException($"Two documents have the id '{duplicateId.Key}'.", nameof(documents));
        }

        _byId = Documents.ToImmutableDictionary(d => d.Id, StringComparer.Ordinal);

        DuplicateGroups = duplicateGroups.IsDefault ? [] : duplicateGroups;
        Warnings = warnings.IsDefault ? [] : warnings;
        ManifestPath = manifestPath;
        ManifestSha256 = manifestSha256;
        _canonicalOf = DuplicateGroups
            .SelectMany(g => g.Members.Select(m => KeyValuePair.Create(m, g.Canonical)))
            .ToImmutableDictionary(StringComparer.Ordinal);
        Canonical = [.. Documents.Where(d => CanonicalIdOf(d.Id) == d.Id)];
    }

    /// <summary>All documents, ordered by id (ordinal).</summary>
    public ImmutableArray<CorpusDocument> Documents { get; }

    /// <summary>
    /// The documents with each near-duplicate group reduced to its canonical member, ordered by id.
    /// Use this for per-outlet statistics so a duplicated article counts once.
    /// </summary>
    public ImmutableArray<CorpusDocument> Canonical { get; }

    /// <summary>Groups of near-duplicate documents, ordered by canonical id.</summary>
    public ImmutableArray<DuplicateGroup> DuplicateGroups { get; }

    /// <summary>Things worth knowing that did not stop loading (missing manifest entries, encoding fallbacks, empty bodies).</summary>
    public ImmutableArray<CorpusWarning> Warnings { get; }

    /// <summary>The manifest used, or null when there was none.</summary>
    public string? ManifestPath { get; }

    /// <summary>Lower-case hex SHA-256 of the manifest's bytes, or null when there was none.</summary>
    public string? ManifestSha256 { get; }

    /// <summary>The document with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    public CorpusDocument this[string id] =>
        TryGet(id, out var document) ? document : throw new KeyNotFoundException($"No document has the id '{id}'.");

    /// <summary>Finds the document with <paramref name="id"/>.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CorpusDocument? document)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out document);
    }

    /// <summary>The id of the canonical member of <paramref name="id"/>'s duplicate group, or <paramref name="id"/> itself.</summary>
    public string CanonicalIdOf(string id) => _canonicalOf.TryGetValue(id, out var canonical) ? canonical : id;

    /// <summary>True when <paramref name="id"/> is a non-canonical member of a duplicate group.</summary>
    public bool IsDuplicate(string id) => !string.Equals(CanonicalIdOf(id), id, StringComparison.Ordinal);
}
