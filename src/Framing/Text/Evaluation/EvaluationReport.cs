using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Framing.Text.Evaluation;

/// <summary>The result of <see cref="ConlluEvaluator"/>: CoNLL 2018-style scores and speed.</summary>
/// <param name="GoldPath">The gold file (or its name).</param>
/// <param name="GoldTokenization">True when the system was given the gold tokens and sentences.</param>
/// <param name="Metrics">Tokens, Words, Sentences, UPOS, XPOS, Lemmas, in that order.</param>
/// <param name="TokenCount">Tokens the system produced.</param>
/// <param name="Elapsed">Time spent in the system (reading and scoring excluded).</param>
public sealed record EvaluationReport(
    string GoldPath,
    bool GoldTokenization,
    ImmutableArray<EvaluationMetric> Metrics,
    int TokenCount,
    TimeSpan Elapsed)
{
    /// <summary>System tokens per second of <see cref="Elapsed"/>.</summary>
    public double TokensPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : TokenCount / Elapsed.TotalSeconds;

    /// <summary>The metric called <paramref name="name"/> (ordinal, case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such metric.</exception>
    public EvaluationMetric this[string name] =>
        Metrics.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No metric '{name}'. Known: {string.Join(", ", Metrics.Select(static m => m.Name))}.");

    /// <summary>A fixed-width table in the layout of the CoNLL 2018 evaluation script, plus speed.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        builder.Append(culture, $"Gold: {GoldPath} ({(GoldTokenization ? "gold tokenization" : "raw text")})\n");
        builder.Append("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n");
        builder.Append("-----------+-----------+-----------+-----------+-----------\n");
        foreach (var metric in Metrics)
        {
            var aligned = metric.AlignedCount > 0 ? metric.AlignedAccuracy.ToString("F2", culture).PadLeft(9) : new string(' ', 9);
            builder.Append(culture, $"{metric.Name,-10} | {metric.Precision,9:F2} | {metric.Recall,9:F2} | {metric.F1,9:F2} | {aligned}\n");
        }

        builder.Append(culture, $"Speed: {TokenCount} tokens in {Elapsed.TotalSeconds:F3} s = {TokensPerSecond:F0} tokens/s\n");
        return builder.ToString();
    }
}
