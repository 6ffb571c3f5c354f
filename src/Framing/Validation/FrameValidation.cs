using System.Collections.Immutable;

using Microsoft.Data.Analysis;

namespace Framing.Validation;

/// <summary>A sentence behind a false positive or false negative.</summary>
/// <param name="Location">Document and offsets (or line).</param>
/// <param name="Text">The sentence text (the pipeline's), or null when only a hash was coded and nothing matched.</param>
/// <param name="HandCoded">The coder's frames.</param>
/// <param name="Predicted">The predicted frames.</param>
/// <param name="Evidence">The matches behind the prediction.</param>
/// <param name="Notes">The coder's notes.</param>
public sealed record ScoredSentence(string Location, string? Text, ImmutableArray<string> HandCoded, ImmutableArray<string> Predicted, ImmutableArray<string> Evidence, string? Notes);

/// <summary>Scores for one frame over the aligned sentences.</summary>
/// <param name="FrameId">The frame.</param>
/// <param name="TruePositives">Coded and predicted.</param>
/// <param name="FalsePositives">Predicted, not coded.</param>
/// <param name="FalseNegatives">Coded, not predicted.</param>
/// <param name="TrueNegatives">Neither.</param>
/// <param name="FalsePositiveSentences">The sentences behind <paramref name="FalsePositives"/>.</param>
/// <param name="FalseNegativeSentences">The sentences behind <paramref name="FalseNegatives"/>.</param>
public sealed record FrameScore(
    string FrameId,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    int TrueNegatives,
    ImmutableArray<ScoredSentence> FalsePositiveSentences,
    ImmutableArray<ScoredSentence> FalseNegativeSentences)
{
    /// <summary>TP / (TP + FP); NaN when nothing was predicted.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); NaN when nothing was coded.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN); NaN when the frame was neither coded nor predicted.</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>95 % Wilson interval for <see cref="Precision"/>.</summary>
    public Interval PrecisionInterval => Proportion.Wilson(TruePositives, TruePositives + FalsePositives);

    /// <summary>95 % Wilson interval for <see cref="Recall"/>.</summary>
    public Interval RecallInterval => Proportion.Wilson(TruePositives, TruePositives + FalseNegatives);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}

/// <summary>
/// A multi-label confusion table: rows are hand-coded frames, columns predicted frames, plus
/// <see cref="FrameValidation.None"/> for sentences with no frame. A sentence adds one to every
/// (coded, predicted) pair of its labels, so off-diagonal cells show which frames are mistaken for which.
/// </summary>
/// <param name="Labels">Row and column labels: the frames, then <see cref="FrameValidation.None"/>.</param>
/// <param name="Counts">Counts[row][column].</param>
public sealed record ConfusionTable(ImmutableArray<string> Labels, ImmutableArray<ImmutableArray<int>> Counts)
{
    /// <summary>The count for a coded label and a predicted label.</summary>
    /// <param name="coded">Row label.</param>
    /// <param name="predicted">Column label.</param>
    /// <returns>The count.</returns>
    public int this[string coded, string predicted] => Counts[Labels.IndexOf(coded)][Labels.IndexOf(predicted)];
}

/// <summary>
/// How well the matcher names one side (subordinate or dominant) on the sentences where the coder
/// recorded that side, and how often it names a side the coder did not record.
/// </summary>
/// <param name="Side"><c>subordinate</c> or <c>dominant</c>.</param>
/// <param name="Coded">Aligned sentences where the coder recorded the side.</param>
/// <param name="Correct">Of those, the matcher named the same actor.</param>
/// <param name="Wrong">Of those, the matcher named another actor.</param>
/// <param name="Missing">Of those, the matcher named none.</param>
/// <param name="Extra">Aligned sentences where the matcher named the side and the coder did not.</param>
public sealed record RoleScore(string Side, int Coded, int Correct, int Wrong, int Missing, int Extra)
{
    /// <summary>Correct / (Correct + Wrong + Extra): how often a named side is right; NaN when none was named.</summary>
    public double Precision => Correct + Wrong + Extra == 0 ? double.NaN : (double)Correct / (Correct + Wrong + Extra);

    /// <summary>Correct / Coded; NaN when the coder recorded none.</summary>
    public double Recall => Coded == 0 ? double.NaN : (double)Correct / Coded;
}

/// <summary>The result of scoring predictions against hand-coded sentences.</summary>
/// <param name="Frames">Per-frame scores, in the order requested.</param>
/// <param name="Confusion">The confusion table.</param>
/// <param name="Aligned">The hand-coded sentences that were found, with their predictions.</param>
/// <param name="Unmatched">Hand-coded sentences with no pipeline counterpart (not scored), with reasons.</param>
public sealed record ValidationReport(
    ImmutableArray<FrameScore> Frames,
    ConfusionTable Confusion,
    ImmutableArray<AlignedSentence> Aligned,
    ImmutableArray<UnmatchedSentence> Unmatched)
{
    /// <summary>The score of one frame.</summary>
    /// <param name="frameId">A frame id.</param>
    /// <returns>The score.</returns>
    public FrameScore this[string frameId] => Frames.First(f => f.FrameId == frameId);

    /// <summary>One row per frame: counts, precision, recall, F1 and the Wilson bounds.</summary>
    /// <returns>The table, in report order.</returns>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("frame", Frames.Select(f => f.FrameId)),
        new Int32DataFrameColumn("tp", Frames.Select(f => f.TruePositives)),
        new Int32DataFrameColumn("fp", Frames.Select(f => f.FalsePositives)),
        new Int32DataFrameColumn("fn", Frames.Select(f => f.FalseNegatives)),
        new Int32DataFrameColumn("tn", Frames.Select(f => f.TrueNegatives)),
        new DoubleDataFrameColumn("precision", Frames.Select(f => f.Precision)),
        new DoubleDataFrameColumn("precision_low", Frames.Select(f => f.PrecisionInterval.Lower)),
        new DoubleDataFrameColumn("precision_high", Frames.Select(f => f.PrecisionInterval.Upper)),
        new DoubleDataFrameColumn("recall", Frames.Select(f => f.Recall)),
        new DoubleDataFrameColumn("recall_low", Frames.Select(f => f.RecallInterval.Lower)),
        new DoubleDataFrameColumn("recall_high", Frames.Select(f => f.RecallInterval.Upper)),
        new DoubleDataFrameColumn("f1", Frames.Select(f => f.F1)));

    /// <summary>One row per error: frame, kind (<c>FP</c> or <c>FN</c>), location, text, coded and predicted frames, evidence, notes.</summary>
    /// <returns>The table: frames in report order, false positives before false negatives.</returns>
    public DataFrame ErrorsToDataFrame()
    {
        var rows = Frames.SelectMany(f => f.FalsePositiveSentences.Select(s => (Frame: f.FrameId, Kind: "FP", Sentence: s))
            .Concat(f.FalseNegativeSentences.Select(s => (Frame: f.FrameId, Kind: "FN", Sentence: s)))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("frame", rows.Select(r => r.Frame)),
            new StringDataFrameColumn("kind", rows.Select(r => r.Kind)),
            new StringDataFrameColumn("location", rows.Select(r => r.Sentence.Location)),
            new StringDataFrameColumn("text", rows.Select(r => r.Sentence.Text)),
            new StringDataFrameColumn("coded", rows.Select(r => string.Join(';', r.Sentence.HandCoded))),
            new StringDataFrameColumn("predicted", rows.Select(r => string.Join(';', r.Sentence.Predicted))),
            new StringDataFrameColumn("evidence", rows.Select(r => string.Join(" | ", r.Sentence.Evidence))),
            new StringDataFrameColumn("notes", rows.Select(r => r.Sentence.Notes)));
    }

    /// <summary>Scores for the subordinate side, over all aligned sentences.</summary>
    public RoleScore Subordinate => ScoreSide("subordinate", a => (a.HandCoded.Subordinate, a.Predicted.Subordinate));

    /// <summary>Scores for the dominant side, over all aligned sentences.</summary>
    public RoleScore Dominant => ScoreSide("dominant", a => (a.HandCoded.Dominant, a.Predicted.Dominant));

    /// <summary>Micro-averaged precision over all frames.</summary>
    public double MicroPrecision => Ratio(Frames.Sum(f => f.TruePositives), Frames.Sum(f => f.TruePositives + f.FalsePositives));

    /// <summary>Micro-averaged recall over all frames.</summary>
    public double MicroRecall => Ratio(Frames.Sum(f => f.TruePositives), Frames.Sum(f => f.TruePositives + f.FalseNegatives));

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;

    private RoleScore ScoreSide(string side, Func<AlignedSentence, (string? Coded, string? Predicted)> select)
    {
        int coded = 0, correct = 0, wrong = 0, missing = 0, extra = 0;
        foreach (var (c, p) in Aligned.Select(select))
        {
            if (c is null)
            {
                extra += p is null ? 0 : 1;
                continue;
            }

            coded++;
            if (p is null)
            {
                missing++;
            }
            else if (p == c)
            {
                correct++;
            }
            else
            {
                wrong++;
            }
        }

        return new RoleScore(side, coded, correct, wrong, missing, extra);
    }
}

/// <summary>Scores frame predictions against hand-coded sentences.</summary>
public static class FrameValidation
{
    /// <summary>The label for "no frame" in the confusion table.</summary>
    public const string None = "(none)";

    /// <summary>
    /// Aligns <paramref name="handCoded"/> with <paramref name="predicted"/> (see <see cref="SentenceAlignment"/>)
    /// and scores every frame: counts, precision, recall, F1 with Wilson intervals, the sentences behind each
    /// error, and the confusion table. Unmatched hand-coded sentences are reported, not scored.
    /// </summary>
    /// <param name="handCoded">Hand-coded sentences (one coder).</param>
    /// <param name="predicted">Pipeline sentences with predicted frames.</param>
    /// <param name="frames">Frames to score, in report order; null means every frame seen in either input, sorted.</param>
    /// <returns>The report.</returns>
    public static ValidationReport Score(IEnumerable<HandCodedSentence> handCoded, IEnumerable<PredictedSentence> predicted, IEnumerable<string>? frames = null)
    {
        ArgumentNullException.ThrowIfNull(handCoded);
        ArgumentNullException.ThrowIfNull(predicted);
        var (aligned, unmatched) = SentenceAlignment.Align(handCoded, predicted);
        var frameIds = frames?.ToImmutableArray()
            ?? [.. aligned.SelectMany(a => a.HandCoded.Frames.Concat(a.Predicted.Frames)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var scores = frameIds.Select(id => ScoreFrame(id, aligned)).ToImmutableArray();
        return new ValidationReport(scores, Confuse(frameIds, aligned), aligned, unmatched);
    }

    /// <summary>Scores matcher results directly; see <see cref="Score(IEnumerable{HandCodedSentence}, IEnumerable{PredictedSentence}, IEnumerable{string}?)"/>.</summary>
    /// <param name="handCoded">Hand-coded sentences (one coder).</param>
    /// <param name="documents">Matcher results for the coded documents.</param>
    /// <param name="frames">Frames to score, in report order; null means every frame seen, sorted.</param>
    /// <returns>The report.</returns>
    public static ValidationReport Score(IEnumerable<HandCodedSentence> handCoded, IEnumerable<Framing.Frames.DocumentFrames> documents, IEnumerable<string>? frames = null) =>
        Score(handCoded, PredictedSentence.From(documents), frames);

    private static FrameScore ScoreFrame(string frameId, ImmutableArray<AlignedSentence> aligned)
    {
        int tp = 0, tn = 0;
        var falsePositives = ImmutableArray.CreateBuilder<ScoredSentence>();
        var falseNegatives = ImmutableArray.CreateBuilder<ScoredSentence>();
        foreach (var pair in aligned)
        {
            var coded = pair.HandCoded.Frames.Contains(frameId);
            var predicted = pair.Predicted.Frames.Contains(frameId);
            if (coded && predicted)
            {
                tp++;
            }
            else if (!coded && !predicted)
            {
                tn++;
            }
            else
            {
                var sentence = new ScoredSentence(pair.HandCoded.Location, pair.Predicted.Text, pair.HandCoded.Frames, pair.Predicted.Frames, pair.Predicted.Evidence, pair.HandCoded.Notes);
                (predicted ? falsePositives : falseNegatives).Add(sentence);
            }
        }

        return new FrameScore(frameId, tp, falsePositives.Count, falseNegatives.Count, tn, falsePositives.ToImmutable(), falseNegatives.ToImmutable());
    }

    private static ConfusionTable Confuse(ImmutableArray<string> frameIds, ImmutableArray<AlignedSentence> aligned)
    {
        var labels = frameIds.Add(None);
        var counts = new int[labels.Length, labels.Length];
        foreach (var pair in aligned)
        {
            foreach (var row in LabelsOf(pair.HandCoded.Frames, frameIds))
            {
                foreach (var column in LabelsOf(pair.Predicted.Frames, frameIds))
                {
                    counts[labels.IndexOf(row), labels.IndexOf(column)]++;
                }
            }
        }

        return new ConfusionTable(labels, [.. Enumerable.Range(0, labels.Length).Select(r => Enumerable.Range(0, labels.Length).Select(c => counts[r, c]).ToImmutableArray())]);
    }

    private static List<string> LabelsOf(ImmutableArray<string> frames, ImmutableArray<string> scored)
    {
        var relevant = frames.Where(scored.Contains).ToList();
        return relevant.Count == 0 ? [None] : relevant;
    }
}
