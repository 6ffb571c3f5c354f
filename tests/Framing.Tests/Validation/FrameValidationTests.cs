using System.Collections.Immutable;

using Framing.Frames;
using Framing.Tests.Frames;
using Framing.Validation;

namespace Framing.Tests.Validation;

public sealed class FrameValidationTests
{
    private static PredictedSentence P(int start, int end, string text, params string[] frames) =>
        new("d", start, end, text, [.. frames]);

    private static readonly ImmutableArray<PredictedSentence> Predicted =
    [
        P(0, 10, "One one.", "alignment"),
        P(11, 20, "Two two.", "alignment", "restraint"),
        P(21, 30, "Three.", "asymmetry"),
        P(31, 40, "Four four.", "asymmetry"),
        P(41, 50, "Five.", "alignment"),
        P(51, 60, "Six."),
    ];

    private static readonly ImmutableArray<HandCodedSentence> Coded = HandCodedFile.Parse("""
        {"doc":"d","start":0,"end":10,"frames":["alignment"]}
        {"doc":"d","start":11,"end":20,"frames":["restraint"],"notes":"hedging"}
        {"doc":"d","text":"Three.","frames":["asymmetry"]}
        {"doc":"d","start":31,"end":40,"frames":[]}
        {"doc":"d","start":41,"end":50,"frames":["alignment","junior_partner"]}
        {"doc":"d","start":51,"end":60,"frames":["restraint"]}
        {"doc":"d","start":61,"end":70,"frames":["restraint"]}
        """, "coded.jsonl");

    [Fact]
    public void Counts_and_scores_match_the_hand_worked_table()
    {
        var report = FrameValidation.Score(Coded, Predicted, ["asymmetry", "junior_partner", "restraint", "alignment"]);

        // alignment: coded {0,41}, predicted {0,11,41}: TP 2, FP 1 (11), FN 0, TN 3.
        var alignment = report["alignment"];
        Assert.Equal((2, 1, 0, 3), (alignment.TruePositives, alignment.FalsePositives, alignment.FalseNegatives, alignment.TrueNegatives));
        Assert.Equal(2.0 / 3, alignment.Precision, 12);
        Assert.Equal(1.0, alignment.Recall, 12);
        Assert.Equal(0.8, alignment.F1, 12);
        Assert.Equal(Proportion.Wilson(2, 3), alignment.PrecisionInterval);

        // restraint: coded {11,51} (61 unmatched), predicted {11}: TP 1, FP 0, FN 1.
        var restraint = report["restraint"];
        Assert.Equal((1, 0, 1), (restraint.TruePositives, restraint.FalsePositives, restraint.FalseNegatives));
        Assert.Equal(0.5, restraint.Recall, 12);
        Assert.Equal("Six.", Assert.Single(restraint.FalseNegativeSentences).Text);

        // asymmetry: coded {21}, predicted {21,31}; junior_partner: coded {41}, never predicted.
        Assert.Equal("d[31,40)", Assert.Single(report["asymmetry"].FalsePositiveSentences).Location);
        Assert.True(double.IsNaN(report["junior_partner"].Precision));
        Assert.Equal(0.0, report["junior_partner"].Recall);
        Assert.Equal(0.0, report["junior_partner"].F1);

        // Micro: TP 2+1+1+0 = 4; predicted positives 3+1+2+0 = 6; coded positives (aligned) 2+2+1+1 = 6.
        Assert.Equal(4.0 / 6, report.MicroPrecision, 12);
        Assert.Equal(4.0 / 6, report.MicroRecall, 12);
    }

    [Fact]
    public void The_sentences_behind_errors_carry_codes_predictions_and_notes()
    {
        var report = FrameValidation.Score(Coded, Predicted, ["alignment"]);

        var error = Assert.Single(report["alignment"].FalsePositiveSentences);
        Assert.Equal("Two two.", error.Text);
        Assert.Equal(["restraint"], error.HandCoded.ToArray());
        Assert.Equal(["alignment", "restraint"], error.Predicted.ToArray());
        Assert.Equal("hedging", error.Notes);
    }

    [Fact]
    public void The_confusion_table_crosses_coded_and_predicted_labels()
    {
        var report = FrameValidation.Score(Coded, Predicted, ["asymmetry", "junior_partner", "restraint", "alignment"]);
        var table = report.Confusion;

        Assert.Equal(["asymmetry", "junior_partner", "restraint", "alignment", FrameValidation.None], table.Labels.ToArray());
        Assert.Equal(2, table["alignment", "alignment"]);
        Assert.Equal(1, table["junior_partner", "alignment"]);
        Assert.Equal(1, table["restraint", "restraint"]);
        Assert.Equal(1, table["restraint", "alignment"]);
        Assert.Equal(1, table["restraint", FrameValidation.None]);
        Assert.Equal(1, table[FrameValidation.None, "asymmetry"]);
        Assert.Equal(0, table[FrameValidation.None, FrameValidation.None]);
        Assert.Equal(8, table.Counts.Sum(r => r.Sum()));
    }

    [Fact]
    public void Unmatched_hand_coded_sentences_are_reported_with_a_reason()
    {
        var report = FrameValidation.Score(Coded, Predicted);

        var unmatched = Assert.Single(report.Unmatched);
        Assert.Equal(61, unmatched.HandCoded.Start);
        Assert.Contains("no predicted sentence at these offsets", unmatched.Reason, StringComparison.Ordinal);
        Assert.Equal(6, report.Aligned.Length);
        Assert.Equal(["alignment", "asymmetry", "junior_partner", "restraint"], report.Frames.Select(f => f.FrameId));
    }

    [Fact]
    public void Alignment_uses_offsets_then_text_then_hash_then_covering_sentences()
    {
        var predicted = new[]
        {
            P(0, 10, "Alpha  beta’s.", "alignment"),
            P(11, 20, "Gamma.", "restraint"),
            P(21, 25, "Delta", "asymmetry"),
            P(26, 30, "rest."),
            P(40, 60, "Longer sentence here."),
        };
        var coded = HandCodedFile.Parse($$"""
            {"doc":"d","start":0,"end":10,"frames":[]}
            {"doc":"d","start":1,"end":9,"text":"Alpha beta's.","frames":[]}
            {"doc":"d","textSha256":"{{SentenceAlignment.TextHash("Gamma.")}}","frames":[]}
            {"doc":"d","start":21,"end":30,"frames":[]}
            {"doc":"d","start":41,"end":50,"frames":[]}
            {"doc":"d","start":35,"end":45,"frames":[]}
            {"doc":"x","start":0,"end":10,"frames":[]}
            {"doc":"d","text":"Nowhere.","frames":[]}
            """, "c.jsonl");

        var (aligned, unmatched) = SentenceAlignment.Align(coded, predicted);

        Assert.Equal([AlignmentKind.Offsets, AlignmentKind.Text, AlignmentKind.Hash, AlignmentKind.Covered], aligned.Select(a => a.Kind));
        Assert.Equal(["asymmetry"], aligned[3].Predicted.Frames.ToArray());
        Assert.Equal("Delta rest.", aligned[3].Predicted.Text);
        Assert.Equal(4, unmatched.Length);
        Assert.Contains("inside the longer predicted sentence [40,60)", unmatched[0].Reason, StringComparison.Ordinal);
        Assert.Contains("sentence boundaries differ", unmatched[1].Reason, StringComparison.Ordinal);
        Assert.Contains("no predicted sentences for document 'x'", unmatched[2].Reason, StringComparison.Ordinal);
        Assert.Equal("no predicted sentence with this text", unmatched[3].Reason);
    }

    [Fact]
    public void Predictions_convert_from_matcher_results_with_their_evidence()
    {
        var codebook = Codebook.Parse("""
            actors: [{id: china, names: [China]}]
            frames:
              - {id: alignment, label: A, definition: d, patterns: [ally|allies], when_negated: restraint}
              - {id: restraint, label: R, definition: d, patterns: [hedge]}
            """);
        var document = TestDocuments.Create("They are not allies. China and Russia are allies.");

        var predicted = PredictedSentence.From([codebook.Match(document)]);

        Assert.Equal(2, predicted.Length);
        Assert.Equal(["restraint"], predicted[0].Frames.ToArray());
        Assert.Equal("restraint: \"allies\" (ally|allies, routed from alignment)", Assert.Single(predicted[0].Evidence));
        Assert.Equal("China and Russia are allies.", predicted[1].Text);
        Assert.Equal(document.Sentences[1].Start, predicted[1].Start);
    }

    [Fact]
    public void Reports_convert_to_data_frames()
    {
        var report = FrameValidation.Score(Coded, Predicted, ["asymmetry", "restraint", "alignment"]);

        var scores = report.ToDataFrame();
        var errors = report.ErrorsToDataFrame();

        Assert.Equal(3, scores.Rows.Count);
        Assert.Equal("alignment", scores["frame"][2]);
        Assert.Equal(1, scores["fp"][2]);
        Assert.Equal(2.0 / 3, (double)scores["precision"][2]!, 12);
        Assert.Equal(report["alignment"].PrecisionInterval.Lower, (double)scores["precision_low"][2]!, 12);
        Assert.Equal(3, errors.Rows.Count);
        Assert.Equal(["asymmetry", "restraint", "alignment"], errors["frame"].Cast<string>());
        Assert.Equal(["FP", "FN", "FP"], errors["kind"].Cast<string>());
    }

    [Fact]
    public void Scoring_accepts_matcher_results_directly()
    {
        var codebook = Codebook.Parse("""
            actors: [{id: china, names: [China]}]
            frames:
              - {id: alignment, label: A, definition: d, patterns: [allies]}
            """);
        var document = TestDocuments.Create("They are allies. They are not.");
        var coded = HandCodedFile.Parse("""
            {"doc":"test","text":"They are allies.","frames":["alignment"]}
            {"doc":"test","text":"They are not.","frames":["alignment"]}
            """, "c.jsonl");

        var report = FrameValidation.Score(coded, [codebook.Match(document)], ["alignment"]);

        Assert.Equal((1, 0, 1), (report["alignment"].TruePositives, report["alignment"].FalsePositives, report["alignment"].FalseNegatives));
    }

    [Fact]
    public void Sides_are_scored_where_the_coder_recorded_them()
    {
        PredictedSentence[] predicted =
        [
            P(0, 10, "a") with { Subordinate = "russia", Dominant = "china" },
            P(11, 20, "b") with { Subordinate = "china" },
            P(21, 30, "c"),
            P(31, 40, "d") with { Dominant = "china" },
        ];
        var coded = HandCodedFile.Parse("""
            {"doc":"d","start":0,"end":10,"frames":[],"subordinate":"russia","dominant":"china"}
            {"doc":"d","start":11,"end":20,"frames":[],"subordinate":"russia"}
            {"doc":"d","start":21,"end":30,"frames":[],"dominant":"china"}
            {"doc":"d","start":31,"end":40,"frames":[]}
            """, "c.jsonl");

        var report = FrameValidation.Score(coded, predicted);

        Assert.Equal(new RoleScore("subordinate", 2, 1, 1, 0, 0), report.Subordinate);
        Assert.Equal(new RoleScore("dominant", 2, 1, 0, 1, 1), report.Dominant);
        Assert.Equal(0.5, report.Dominant.Precision, 12);
        Assert.Equal(0.5, report.Subordinate.Recall, 12);
    }
}
