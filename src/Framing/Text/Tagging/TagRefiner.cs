namespace Framing.Text.Tagging;

/// <summary>
/// The tagger's second pass, left to right again: each word's first-pass score vector (scaled)
/// plus features of the first-pass tags to its right and the refined tag to its left. The first
/// pass decides a word before it has seen its right neighbours' tags ("to" before a verb or a
/// noun, "that" before a clause); this pass can revise it. It costs a few row additions per word,
/// because the expensive lexical features are reused from the first pass through its scores.
/// </summary>
internal sealed class TagRefiner(RefinerWeights weights)
{
    private const int C = TagSet.Count;

    private readonly RefinerWeights _weights = weights;
    private readonly FeatureTable _table = new(weights.Rows);

    /// <summary>Writes the refined classes of <paramref name="n"/> words to <paramref name="refined"/>.</summary>
    public void Refine(int n, ulong[] hashes, int[] first, float[] firstScores, bool[] isFixed, int[] refined)
    {
        Span<float> scores = stackalloc float[C];
        Span<int> dense = stackalloc int[RefinerFeatures.DenseCount];
        Span<ulong> keys = stackalloc ulong[RefinerFeatures.HashedCount];
        var scale = _weights.FirstPassScale;
        var previous = TagSet.Start;
        for (var i = 0; i < n; i++)
        {
            if (isFixed[i])
            {
                refined[i] = first[i];
                previous = first[i];
                continue;
            }

            var source = firstScores.AsSpan(i * C, C);
            for (var c = 0; c < C; c++)
            {
                scores[c] = scale * source[c];
            }

            var next1 = i + 1 < n ? first[i + 1] : TagSet.Start;
            var next2 = i + 2 < n ? first[i + 2] : TagSet.Start;
            RefinerFeatures.DenseRows(previous, first[i], next1, next2, dense);
            foreach (var row in dense)
            {
                ScoreRows.Add(scores, _weights.Dense.AsSpan(row * C, C));
            }

            RefinerFeatures.HashedKeys(hashes[i], next1, keys);
            foreach (var key in keys)
            {
                var row = _table.Find(key);
                if (row >= 0)
                {
                    ScoreRows.Add(scores, _weights.FeatureWeights.AsSpan(row * C, C));
                }
            }

            refined[i] = ScoreRows.ArgMax(scores);
            previous = refined[i];
        }
    }
}
