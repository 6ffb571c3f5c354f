using System.Collections.Immutable;

using Microsoft.Data.Analysis;

namespace Framing.Reuse;

/// <summary>Options for <see cref="ReuseDetector"/>.</summary>
public sealed record ReuseOptions
{
    /// <summary>Length in words of the exact seeds (word n-grams) that start an alignment.</summary>
    public int SeedLength { get; init; } = 4;

    /// <summary>
    /// Largest run of unmatched words (in either document) bridged between two seeds, so a passage
    /// survives paraphrase or machine translation ("may give" / "could lull").
    /// </summary>
    public int MaxGap { get; init; } = 12;

    /// <summary>Shortest reported passage, in words, in each document.</summary>
    public int MinWords { get; init; } = 10;

    /// <summary>Lowest reported passage similarity (Dice over the word alignment).</summary>
    public double MinSimilarity { get; init; } = 0.5;

    /// <summary>Share of the shorter document's words that must be shared for a republication.</summary>
    public double RepublicationCoverage { get; init; } = 0.8;

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(SeedLength, 2, nameof(SeedLength));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxGap, nameof(MaxGap));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinWords, 1, nameof(MinWords));
        if (!(MinSimilarity is >= 0 and <= 1) || !(RepublicationCoverage is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinSimilarity), "MinSimilarity must lie in [0, 1] and RepublicationCoverage in (0, 1].");
        }
    }
}

/// <summary>How two documents share text.</summary>
public enum ReuseKind
{
    /// <summary>No passage shared.</summary>
    None,

    /// <summary>A quotation or partial reuse: shared passages cover only part of the shorter document.</summary>
    PartialReuse,

    /// <summary>An identical (or near-identical) republication: most of the shorter document is shared.</summary>
    Republication,
}

/// <summary>Where a shared passage lies in one document.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Start">Offset of the passage's first character in the original text.</param>
/// <param name="End">Offset one past its last character.</param>
/// <param name="Words">Words in the passage.</param>
/// <param name="Text">The passage as it appears in the original text.</param>
public sealed record PassageLocation(string DocumentId, int Start, int End, int Words, string Text);

/// <summary>A passage found in both documents.</summary>
/// <param name="A">Location in the first document.</param>
/// <param name="B">Location in the second document.</param>
/// <param name="MatchedWords">Words aligned one to one (longest common subsequence of folded words).</param>
/// <param name="Similarity">Dice similarity 2·matched / (words in A + words in B); 1 for verbatim copies.</param>
public sealed record SharedPassage(PassageLocation A, PassageLocation B, int MatchedWords, double Similarity);

/// <summary>The reuse between two documents.</summary>
/// <param name="A">First document id.</param>
/// <param name="B">Second document id.</param>
/// <param name="Kind">Republication, partial reuse or none.</param>
/// <param name="CoverageOfShorter">Matched words / words of the shorter document.</param>
/// <param name="Passages">Shared passages in order of their position in A.</param>
public sealed record ReusePair(string A, string B, ReuseKind Kind, double CoverageOfShorter, ImmutableArray<SharedPassage> Passages);

/// <summary>All pairs of a corpus that share at least one passage.</summary>
/// <param name="Pairs">Pairs in document order.</param>
public sealed record ReuseReport(ImmutableArray<ReusePair> Pairs)
{
    /// <summary>One row per shared passage, with both locations.</summary>
    public DataFrame ToDataFrame()
    {
        var passages = Pairs.SelectMany(static p => p.Passages.Select(s => (Pair: p, Passage: s))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("doc_a", passages.Select(static p => p.Pair.A)),
            new StringDataFrameColumn("doc_b", passages.Select(static p => p.Pair.B)),
            new StringDataFrameColumn("kind", passages.Select(static p => p.Pair.Kind.ToString())),
            new DoubleDataFrameColumn("coverage_of_shorter", passages.Select(static p => p.Pair.CoverageOfShorter)),
            new Int32DataFrameColumn("a_start", passages.Select(static p => p.Passage.A.Start)),
            new Int32DataFrameColumn("a_end", passages.Select(static p => p.Passage.A.End)),
            new Int32DataFrameColumn("b_start", passages.Select(static p => p.Passage.B.Start)),
            new Int32DataFrameColumn("b_end", passages.Select(static p => p.Passage.B.End)),
            new Int32DataFrameColumn("a_words", passages.Select(static p => p.Passage.A.Words)),
            new Int32DataFrameColumn("b_words", passages.Select(static p => p.Passage.B.Words)),
            new Int32DataFrameColumn("matched_words", passages.Select(static p => p.Passage.MatchedWords)),
            new DoubleDataFrameColumn("similarity", passages.Select(static p => p.Passage.Similarity)),
            new StringDataFrameColumn("a_text", passages.Select(static p => p.Passage.A.Text)),
            new StringDataFrameColumn("b_text", passages.Select(static p => p.Passage.B.Text)));
    }
}
