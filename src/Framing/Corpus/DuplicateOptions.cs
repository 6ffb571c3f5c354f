namespace Framing.Corpus;

/// <summary>Settings for near-duplicate detection over the cleaned body text.</summary>
public sealed record DuplicateOptions
{
    /// <summary>The defaults: 5-word shingles, containment of at least 0.8.</summary>
    public static DuplicateOptions Default { get; } = new();

    /// <summary>Number of consecutive words per shingle.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>
    /// Two documents are duplicates when this share of the smaller one's shingles also occur in the
    /// other (containment), so a copy with a paragraph missing or extra still counts.
    /// </summary>
    public double MinContainment { get; init; } = 0.8;

    /// <summary>Documents with fewer shingles than this are never grouped (too short to judge).</summary>
    public int MinShingles { get; init; } = 20;
}
