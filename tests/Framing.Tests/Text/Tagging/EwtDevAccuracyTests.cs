using Framing.Text.Evaluation;
using Framing.Text.Tagging;

using Xunit.Abstractions;

namespace Framing.Tests.Text.Tagging;

/// <summary>
/// Accuracy floors of the embedded model on UD English EWT dev, a little under the measured
/// figures (gold tokenization: UPOS 95.69, XPOS 93.68, Lemmas 97.34; raw text: UPOS 94.85,
/// Lemmas 96.55). Skipped when the treebank is absent.
/// </summary>
public class EwtDevAccuracyTests(ITestOutputHelper output)
{
    private static string DevPath => Path.Combine(TestPaths.EwtDirectory!, "en_ewt-ud-dev.conllu");

    [EwtModelFact]
    public void Gold_tokenization_scores_stay_above_floor()
    {
        var report = ConlluEvaluator.Evaluate(DevPath, TrainedPipeline.CreateTaggerAndLemmatizer(), goldTokenization: true);
        output.WriteLine(report.ToString());

        Assert.True(report["UPOS"].F1 >= 95.4, $"UPOS {report["UPOS"].F1:F2} fell under 95.4");
        Assert.True(report["XPOS"].F1 >= 93.3, $"XPOS {report["XPOS"].F1:F2} fell under 93.3");
        Assert.True(report["Lemmas"].F1 >= 97.1, $"Lemmas {report["Lemmas"].F1:F2} fell under 97.1");
    }

    [EwtModelFact]
    public void Raw_text_scores_stay_above_floor()
    {
        var report = ConlluEvaluator.Evaluate(DevPath, TrainedPipeline.Default, goldTokenization: false);
        output.WriteLine(report.ToString());

        Assert.True(report["UPOS"].F1 >= 94.5, $"UPOS {report["UPOS"].F1:F2} fell under 94.5");
        Assert.True(report["Lemmas"].F1 >= 96.3, $"Lemmas {report["Lemmas"].F1:F2} fell under 96.3");
    }
}
