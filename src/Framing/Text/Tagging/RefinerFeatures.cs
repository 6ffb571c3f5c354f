namespace Framing.Text.Tagging;

/// <summary>
/// Feature templates of the second (refining) pass, shared by <see cref="TagRefiner"/> and
/// <see cref="RefinerTrainer"/> so that training and tagging cannot drift apart. The second pass
/// sees what the first could not: the first-pass tags of the words to the right.
/// </summary>
internal static class RefinerFeatures
{
    private const int H = TagSet.HistoryCount;

    /// <summary>Number of dense rows (tag-indexed features, no hashing).</summary>
    public const int DenseRowCount = (3 * H) + (3 * H * H);

    /// <summary>Number of dense rows <see cref="DenseRows"/> writes.</summary>
    public const int DenseCount = 6;

    /// <summary>Number of hashed keys <see cref="HashedKeys"/> writes.</summary>
    public const int HashedCount = 1;

    private const int NextTag = 0;
    private const int NextTwoTags = NextTag + H;
    private const int OwnTag = NextTwoTags + (H * H);
    private const int PreviousAndNext = OwnTag + H;
    private const int PreviousTag = PreviousAndNext + (H * H);
    private const int PreviousAndOwn = PreviousTag + H;

    private const byte WordNext = 80;

    /// <summary>
    /// Dense rows for a word whose first-pass tag is <paramref name="own"/>, whose refined left
    /// neighbour is <paramref name="previous"/> and whose right neighbours had first-pass tags
    /// <paramref name="next1"/> and <paramref name="next2"/> (<see cref="TagSet.Start"/> beyond the sentence).
    /// </summary>
    public static void DenseRows(int previous, int own, int next1, int next2, Span<int> rows)
    {
        rows[0] = NextTag + next1;
        rows[1] = NextTwoTags + (next1 * H) + next2;
        rows[2] = OwnTag + own;
        rows[3] = PreviousAndNext + (previous * H) + next1;
        rows[4] = PreviousTag + previous;
        rows[5] = PreviousAndOwn + (previous * H) + own;
    }

    /// <summary>Keys of the word-specific features: (word, next tag).</summary>
    /// <remarks>(word, previous tag, next tag) was tried as well: dev UPOS 95.63 with it, 95.70 without.</remarks>
    public static void HashedKeys(ulong word, int next1, Span<ulong> keys)
    {
        keys[0] = FeatureKeys.Combine(WordNext, word, (ulong)next1);
    }
}
