using Framing.Text.Evaluation;
using Framing.Text.Tagging;

using Xunit.Abstractions;

namespace Framing.Tests.Text.Tagging;

/// <summary>
/// Accuracy floors of the embedded model on UD English EWT dev, a little under the measured
/// figures (gold tokenization: UPOS 95.12, XPOS 93.26, Lemmas 97.16; raw text: UPOS 94.31,
/// Lemmas 96.36). Skipped when the treebank is absent.
/// </summary>
public class EwtDevAccuracyTests(ITestOutputHelper output)
{
    private static string DevPath => Path.Combine(TestPaths.EwtDirectory!, "en_ewt-ud-dev.conllu");

    [EwtModelFact]
    public void Gold_tokenization_scores_stay_above_floor()
    {
        var report = ConlluEvaluator.Evaluate(DevPath, TrainedPipeline.CreateTaggerAndLemmatizer(), goldTokenization: true);
        output.WriteLine(report.ToString());

        Assert.True(report["UPOS"].F1 >= 94.8, $"UPOS {report["UPOS"].F1:F2} fell under 94.8");
        Assert.True(report["XPOS"].F1 >= 92.9, $"XPOS {report["XPOS"].F1:F2} fell under 92.9");
        Assert.True(report["Lemmas"].F1 >= 96.9, $"Lemmas {report["Lemmas"].F1:F2} fell under 96.9");
    }

    [EwtModelFact]
    public void Raw_text_scores_stay_above_floor()
    {
        var report = ConlluEvaluator.Evaluate(DevPath, TrainedPipeline.Default, goldTokenization: false);
        output.WriteLine(report.ToString());

        Assert.True(report["UPOS"].F1 >= 93.8, $"UPOS {report["UPOS"].F1:F2} fell under 93.8");
        Assert.True(report["Lemmas"].F1 >= 96.1, $"Lemmas {report["Lemmas"].F1:F2} fell under 96.1");
    }
}
