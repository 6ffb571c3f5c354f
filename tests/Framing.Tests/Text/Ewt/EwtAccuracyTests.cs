using Xunit.Abstractions;

namespace Framing.Tests.Text.Ewt;

/// <summary>
/// Accuracy floors of the rule-based pipeline on UD English EWT dev (raw text rebuilt from the
/// treebank). The floors sit a little under the measured figures; the figures are printed.
/// Skipped when the treebank is not present (set FRAMING_UD_EWT to its folder).
/// </summary>
public class EwtAccuracyTests(ITestOutputHelper output)
{
    private const string Dev = "en_ewt-ud-dev.conllu";

    [EwtFact]
    public void Word_segmentation_on_dev_stays_above_floor()
    {
        var measurement = EwtMeasurement.For(Dev)!;
        output.WriteLine($"Words:  {measurement.Words}");
        output.WriteLine($"Tokens: {measurement.Tokens}");
        foreach (var error in measurement.WordErrors(60))
        {
            output.WriteLine(error);
        }

        Assert.True(measurement.Words.F1 >= WordFloor, $"word F1 {measurement.Words.F1:P2} fell under {WordFloor:P2}");
        Assert.True(measurement.Tokens.F1 >= TokenFloor, $"token F1 {measurement.Tokens.F1:P2} fell under {TokenFloor:P2}");
    }

    [EwtFact]
    public void Sentence_splitting_on_dev_stays_above_floor()
    {
        var measurement = EwtMeasurement.For(Dev)!;
        output.WriteLine($"Sentences: {measurement.Sentences}");
        foreach (var error in measurement.SentenceErrors(40))
        {
            output.WriteLine(error);
        }

        Assert.True(measurement.Sentences.F1 >= SentenceFloor, $"sentence F1 {measurement.Sentences.F1:P2} fell under {SentenceFloor:P2}");
    }

    [EwtFact]
    public void Rule_lemmas_from_gold_form_and_tag_stay_above_floor()
    {
        var measurement = EwtMeasurement.For(Dev)!;
        var tagged = measurement.LemmaAccuracy(useTags: true);
        var untagged = measurement.LemmaAccuracy(useTags: false);
        output.WriteLine($"Lemma accuracy with gold UPOS: {tagged:P2}; without tags: {untagged:P2}");
        foreach (var error in measurement.LemmaErrors(30, useTags: true).Concat(measurement.LemmaErrors(50, useTags: false)))
        {
            output.WriteLine(error);
        }

        Assert.True(tagged >= TaggedLemmaFloor, $"lemma accuracy {tagged:P2} fell under {TaggedLemmaFloor:P2}");
        Assert.True(untagged >= UntaggedLemmaFloor, $"untagged lemma accuracy {untagged:P2} fell under {UntaggedLemmaFloor:P2}");
    }

    [EwtFact]
    public void Test_set_meets_the_issue_targets_for_tokens_and_sentences()
    {
        // Reported once, never tuned on: the targets come from the issue (Tokens >= 98.5, Sentences >= 80).
        var measurement = EwtMeasurement.For("en_ewt-ud-test.conllu")!;
        output.WriteLine($"Test words:     {measurement.Words}");
        output.WriteLine($"Test tokens:    {measurement.Tokens}");
        output.WriteLine($"Test sentences: {measurement.Sentences}");
        output.WriteLine($"Test lemmas with gold UPOS: {measurement.LemmaAccuracy(useTags: true):P2}");
        Assert.True(measurement.Tokens.F1 >= 0.985, $"token F1 {measurement.Tokens.F1:P2} is under the 98.5 target");
        Assert.True(measurement.Sentences.F1 >= 0.80, $"sentence F1 {measurement.Sentences.F1:P2} is under the 80 target");
    }

    // Floors a little under the figures measured on dev (words 99.11, tokens 99.52, sentences 86.15,
    // lemmas 97.63 with gold UPOS and 92.95 without tags).
    private const double WordFloor = 0.989;
    private const double TokenFloor = 0.993;
    private const double SentenceFloor = 0.85;
    private const double TaggedLemmaFloor = 0.973;
    private const double UntaggedLemmaFloor = 0.925;
}

/// <summary>A fact that is skipped when the UD English EWT treebank is not available.</summary>
internal sealed class EwtFactAttribute : FactAttribute
{
    public EwtFactAttribute()
    {
        if (TestPaths.EwtDirectory is null)
        {
            Skip = "UD English EWT not found: set FRAMING_UD_EWT to the folder holding en_ewt-ud-dev.conllu.";
        }
    }
}
