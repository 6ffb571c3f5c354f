namespace Framing.Text.Tagging;

/// <summary>
/// Perceptron weights with lazy averaging: each weight remembers when it last changed, so the
/// running total is brought up to date only when the weight is touched (Collins 2002; Daumé's trick).
/// </summary>
internal sealed class AveragedPerceptron(int size)
{
    private const int C = TagSet.Count;
    private double[] _totals = new double[size];
    private int[] _stamps = new int[size];
    private int _instances;

    /// <summary>Current (not averaged) weights, row-major with <see cref="TagSet.Count"/> per row.</summary>
    public float[] Weights { get; private set; } = new float[size];

    /// <summary>Grows the arrays (new weights are zero) when features were added during training.</summary>
    public void EnsureSize(int size)
    {
        if (size <= Weights.Length)
        {
            return;
        }

        var capacity = Math.Max(size, Weights.Length * 3 / 2);
        var weights = Weights;
        Array.Resize(ref weights, capacity);
        Weights = weights;
        Array.Resize(ref _totals, capacity);
        Array.Resize(ref _stamps, capacity);
    }

    /// <summary>Counts one training instance that needed no update.</summary>
    public void Tick() => _instances++;

    /// <summary>Counts one instance and, when <paramref name="guess"/> is wrong, moves the rows toward <paramref name="gold"/>.</summary>
    public void Update(List<int> rows, int gold, int guess)
    {
        _instances++;
        if (gold == guess)
        {
            return;
        }

        foreach (var row in rows)
        {
            Change((row * C) + gold, 1f);
            Change((row * C) + guess, -1f);
        }
    }

    /// <summary>The averaged weights over all instances so far.</summary>
    public float[] Averaged()
    {
        var result = new float[Weights.Length];
        if (_instances == 0)
        {
            return result;
        }

        for (var i = 0; i < result.Length; i++)
        {
            var total = _totals[i] + ((double)(_instances - _stamps[i]) * Weights[i]);
            result[i] = (float)(total / _instances);
        }

        return result;
    }

    private void Change(int index, float delta)
    {
        _totals[index] += (double)(_instances - _stamps[index]) * Weights[index];
        _stamps[index] = _instances;
        Weights[index] += delta;
    }
}
