using System.Collections.Immutable;

namespace Framing.Corpus;

/// <summary>Which metadata fields were inferred from the text rather than read from the manifest.</summary>
[Flags]
public enum InferredFields
{
    /// <summary>Every field came from the manifest (or is absent).</summary>
    None = 0,

    /// <summary>The title was taken from the page's headline.</summary>
    Title = 1,

    /// <summary>The authors were taken from a byline or author-bio line.</summary>
    Authors = 2,

    /// <summary>The date was taken from a date line on the page (often the republication date).</summary>
    Published = 4,
}

/// <summary>
/// What is known about one article: from the manifest where it has an entry, otherwise inferred
/// from the page (see <see cref="Inferred"/>).
/// </summary>
/// <param name="Id">The document id (the file stem).</param>
/// <param name="Outlet">The original publisher, or null when unknown.</param>
/// <param name="Title">The headline, or null when unknown.</param>
/// <param name="Authors">The authors in byline order (may be empty).</param>
/// <param name="Published">The original publication date, or null when unknown.</param>
/// <param name="Republisher">Where this copy was scraped from, or null when unknown.</param>
/// <param name="Notes">Free-text notes from the manifest, or null.</param>
public sealed record ArticleMetadata(
    string Id,
    string? Outlet,
    string? Title,
    ImmutableArray<string> Authors,
    PartialDate? Published,
    string? Republisher,
    string? Notes)
{
    /// <summary>The fields that were inferred from the page text.</summary>
    public InferredFields Inferred { get; init; }

    /// <summary>Byline and author-bio lines found on the page, verbatim and trimmed (page order).</summary>
    public ImmutableArray<string> Credits { get; init; } = [];

    /// <summary>True when this document had an entry in the manifest.</summary>
    public bool FromManifest { get; init; }

    /// <summary>Metadata with only an id, for a file without a manifest entry.</summary>
    public static ArticleMetadata Empty(string id) => new(id, null, null, [], null, null, null);
}
