using System.Globalization;

using Framing.Text;

namespace Framing.Tests.Text.Ewt;

/// <summary>Precision, recall and F1 of exactly matching spans (CoNLL 2018 style: same characters).</summary>
internal readonly record struct SpanScore(int Gold, int System, int Correct)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanScore Compare(IEnumerable<TextSpan> gold, IEnumerable<TextSpan> system)
    {
        var goldSet = gold.ToHashSet();
        var systemList = system.ToList();
        var correct = systemList.Count(goldSet.Contains);
        return new SpanScore(goldSet.Count, systemList.Count, correct);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P {100 * Precision:F2} R {100 * Recall:F2} F1 {100 * F1:F2} (gold {Gold}, system {System}, correct {Correct})");
}
