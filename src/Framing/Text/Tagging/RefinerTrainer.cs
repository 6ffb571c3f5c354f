using System.Globalization;

namespace Framing.Text.Tagging;

/// <summary>
/// Trains the second tagging pass (<see cref="TagRefiner"/>) with an averaged perceptron on
/// first-pass output. The first-pass output on the training sentences must come from models that
/// did not see them (jackknifing, done by <see cref="TaggerTrainer"/>): on sentences it was
/// trained on, the first pass is almost always right, and the refiner would learn to trust it.
/// </summary>
internal static class RefinerTrainer
{
    private const int C = TagSet.Count;

    /// <summary>Trains for <paramref name="epochs"/> passes and keeps the epoch best on <paramref name="dev"/> (the last when it is empty).</summary>
    public static RefinerWeights Train(IReadOnlyList<RefinerExample> train, IReadOnlyList<RefinerExample> dev, float scale, int epochs, int seed, float pruneBelow, Action<string>? log, out string summary)
    {
        var rows = new Dictionary<ulong, int>();
        var perceptron = new AveragedPerceptron(RefinerFeatures.DenseRowCount * C);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        float[]? best = null;
        var bestAccuracy = -1.0;
        var bestEpoch = 0;
        var features = new List<int>(RefinerFeatures.DenseCount + RefinerFeatures.HashedCount);
        float[] CurrentWeights()
        {
            perceptron.EnsureSize((RefinerFeatures.DenseRowCount + rows.Count) * C);
            return perceptron.Weights;
        }

        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = train[index];
                Decode(example, scale, CurrentWeights, rows, features, grow: true, (guess, i) =>
                {
                    perceptron.Update(features, example.Gold[i], guess);
                    return guess;
                });
            }

            var averaged = perceptron.Averaged();
            var accuracy = dev.Count == 0 ? epoch : Accuracy(dev, scale, averaged, rows);
            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"refiner epoch {epoch}: dev {100 * accuracy:F2}%"));
            if (accuracy > bestAccuracy)
            {
                bestAccuracy = accuracy;
                best = averaged;
                bestEpoch = epoch;
            }
        }

        summary = dev.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"refiner epoch {bestEpoch} of {epochs}")
            : string.Create(CultureInfo.InvariantCulture, $"refiner epoch {bestEpoch} of {epochs}, dev {100 * bestAccuracy:F2}%");
        var weights = Build(best ?? new float[RefinerFeatures.DenseRowCount * C], scale, rows, pruneBelow);
        summary += string.Create(CultureInfo.InvariantCulture, $", {weights.Rows.Count} word rows");
        return weights;
    }

    /// <summary>Accuracy of the refined tags on <paramref name="examples"/>.</summary>
    public static double Accuracy(IReadOnlyList<RefinerExample> examples, float scale, float[] weights, Dictionary<ulong, int> rows)
    {
        var correct = 0;
        var total = 0;
        var features = new List<int>(RefinerFeatures.DenseCount + RefinerFeatures.HashedCount);
        foreach (var example in examples)
        {
            Decode(example, scale, () => weights, rows, features, grow: false, (guess, i) =>
            {
                correct += guess == example.Gold[i] ? 1 : 0;
                return guess;
            });
            total += example.Gold.Length;
            for (var i = 0; i < example.Gold.Length; i++)
            {
                correct += example.Fixed[i] && example.First[i] == example.Gold[i] ? 1 : 0;
            }
        }

        return total == 0 ? 0 : (double)correct / total;
    }

    /// <summary>
    /// Runs the refining pass over one sentence with the weights <paramref name="currentWeights"/> returns; for each scored
    /// word, <paramref name="onGuess"/> sees the guess (with <paramref name="features"/> holding its
    /// rows) and returns the tag to carry forward as the left context.
    /// </summary>
    private static void Decode(RefinerExample example, float scale, Func<float[]> currentWeights, Dictionary<ulong, int> rows, List<int> features, bool grow, Func<int, int, int> onGuess)
    {
        Span<float> scores = stackalloc float[C];
        Span<int> dense = stackalloc int[RefinerFeatures.DenseCount];
        Span<ulong> keys = stackalloc ulong[RefinerFeatures.HashedCount];
        var n = example.Gold.Length;
        var previous = TagSet.Start;
        for (var i = 0; i < n; i++)
        {
            if (example.Fixed[i])
            {
                previous = example.First[i];
                continue;
            }

            var next1 = i + 1 < n ? example.First[i + 1] : TagSet.Start;
            var next2 = i + 2 < n ? example.First[i + 2] : TagSet.Start;
            features.Clear();
            RefinerFeatures.DenseRows(previous, example.First[i], next1, next2, dense);
            foreach (var row in dense)
            {
                features.Add(row);
            }

            RefinerFeatures.HashedKeys(example.Hashes[i], next1, keys);
            foreach (var key in keys)
            {
                if (rows.TryGetValue(key, out var row))
                {
                    features.Add(RefinerFeatures.DenseRowCount + row);
                }
                else if (grow)
                {
                    rows[key] = rows.Count;
                    features.Add(RefinerFeatures.DenseRowCount + rows.Count - 1);
                }
            }

            for (var c = 0; c < C; c++)
            {
                scores[c] = scale * example.Scores[(i * C) + c];
            }

            var weights = currentWeights();
            foreach (var row in features)
            {
                var offset = row * C;
                if (offset + C <= weights.Length)
                {
                    ScoreRows.Add(scores, weights.AsSpan(offset, C));
                }
            }

            previous = onGuess(ScoreRows.ArgMax(scores), i);
        }
    }

    private static RefinerWeights Build(float[] averaged, float scale, Dictionary<ulong, int> rows, float pruneBelow)
    {
        var dense = Array.ConvertAll(averaged[..(RefinerFeatures.DenseRowCount * C)], HalfRows.Round);
        var kept = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var (key, row) in rows.OrderBy(static p => p.Value))
        {
            var offset = (RefinerFeatures.DenseRowCount + row) * C;
            if (offset + C > averaged.Length)
            {
                continue;
            }

            var values = averaged.AsSpan(offset, C);
            var any = false;
            foreach (var value in values)
            {
                any |= Math.Abs(value) >= pruneBelow;
            }

            if (!any)
            {
                continue;
            }

            kept[key] = kept.Count;
            foreach (var value in values)
            {
                weights.Add(Math.Abs(value) >= pruneBelow ? HalfRows.Round(value) : 0f);
            }
        }

        return new RefinerWeights(scale, dense, kept, [.. weights]);
    }
}

/// <summary>One sentence as the refiner sees it: first-pass output and the gold classes.</summary>
internal sealed record RefinerExample(ulong[] Hashes, int[] First, float[] Scores, bool[] Fixed, int[] Gold);
