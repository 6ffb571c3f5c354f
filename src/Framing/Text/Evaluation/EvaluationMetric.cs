namespace Framing.Text.Evaluation;

/// <summary>
/// One CoNLL 2018 metric: how many system units were correct against the gold and system totals.
/// </summary>
/// <param name="Name">Metric name (Tokens, Words, Sentences, UPOS, XPOS, Lemmas).</param>
/// <param name="Correct">System units that match a gold unit (and, for tags and lemmas, carry the same value).</param>
/// <param name="GoldCount">Units in the gold file.</param>
/// <param name="SystemCount">Units the system produced.</param>
/// <param name="AlignedCount">Word pairs aligned by span (the denominator of aligned accuracy).</param>
public sealed record EvaluationMetric(string Name, int Correct, int GoldCount, int SystemCount, int AlignedCount)
{
    /// <summary>Correct / system units, in percent.</summary>
    public double Precision => SystemCount == 0 ? 0 : 100.0 * Correct / SystemCount;

    /// <summary>Correct / gold units, in percent.</summary>
    public double Recall => GoldCount == 0 ? 0 : 100.0 * Correct / GoldCount;

    /// <summary>Harmonic mean of precision and recall, in percent (2·correct / (gold + system)).</summary>
    public double F1 => GoldCount + SystemCount == 0 ? 0 : 200.0 * Correct / (GoldCount + SystemCount);

    /// <summary>Correct / aligned words, in percent: the tagging accuracy that ignores tokenization errors.</summary>
    public double AlignedAccuracy => AlignedCount == 0 ? 0 : 100.0 * Correct / AlignedCount;
}
