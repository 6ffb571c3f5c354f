using Framing.Corpus.Cleaning;

namespace Framing.Corpus;

/// <summary>Settings for <see cref="CorpusLoader"/>. Immutable; derive variants with <c>with</c>.</summary>
public sealed record CorpusOptions
{
    /// <summary>The default limit on an article file's size: 50 MiB.</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The defaults.</summary>
    public static CorpusOptions Default { get; } = new();

    /// <summary>
    /// The manifest to use. Null means: look for <c>manifest.yaml</c>, <c>manifest.yml</c> or
    /// <c>manifest.json</c> in the corpus folder (none is fine; every document is then inferred).
    /// </summary>
    public string? ManifestPath { get; init; }

    /// <summary>Files larger than this are rejected before being read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>How pages are cleaned.</summary>
    public CleaningOptions Cleaning { get; init; } = CleaningOptions.Default;

    /// <summary>How near-duplicate documents are found.</summary>
    public DuplicateOptions Duplicates { get; init; } = DuplicateOptions.Default;
}
