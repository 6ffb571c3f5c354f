using System.Globalization;

using Framing.Tests.Frames;
using Framing.Validation;

using Xunit.Abstractions;

namespace Framing.Tests.Validation;

public sealed class AgreementTests(ITestOutputHelper output)
{
    // Krippendorff (2011), "Computing Krippendorff's alpha-reliability", binary example with two observers.
    private static readonly string[] ObserverA = ["0", "1", "0", "0", "0", "0", "0", "0", "1", "0"];
    private static readonly string[] ObserverB = ["1", "1", "1", "0", "0", "1", "0", "0", "0", "0"];

    [Fact]
    public void Cohens_kappa_matches_the_hand_worked_value()
    {
        // p_o = 6/10; A says 1 twice, B four times: p_e = 0.2*0.4 + 0.8*0.6 = 0.56; kappa = 0.04 / 0.44.
        Assert.Equal(0.04 / 0.44, Agreement.CohensKappa(ObserverA, ObserverB), 12);
    }

    [Fact]
    public void Krippendorffs_alpha_matches_the_hand_worked_value()
    {
        // 20 pairable values: n_0 = 14, n_1 = 6; o_01 = o_10 = 4. D_o = 8/20, D_e = 2*14*6/(20*19) = 168/380.
        // alpha = 1 - 0.4 / (168/380) = 16/168 = 0.0952 (Krippendorff reports 0.095).
        Assert.Equal(16.0 / 168.0, Agreement.KrippendorffAlpha(ObserverA, ObserverB), 12);
    }

    [Fact]
    public void Krippendorffs_alpha_handles_several_coders_and_missing_values()
    {
        // Krippendorff (2011), nominal example: 4 observers, 12 units, missing values; published alpha = 0.743.
        string?[][] observers =
        [
            ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null],
            ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"],
            [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null],
            ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null],
        ];
        var units = Enumerable.Range(0, 12).Select(u => (IReadOnlyList<string?>)[.. observers.Select(o => o[u])]).ToList();

        Assert.Equal(0.743, Agreement.KrippendorffAlpha(units), 3);
    }

    [Fact]
    public void Perfect_agreement_gives_one_and_systematic_disagreement_goes_negative()
    {
        string[] a = ["yes", "no", "yes", "no"];
        string[] flipped = ["no", "yes", "no", "yes"];

        Assert.Equal(1.0, Agreement.CohensKappa(a, a), 12);
        Assert.Equal(1.0, Agreement.KrippendorffAlpha(a, a), 12);
        Assert.Equal(-1.0, Agreement.CohensKappa(a, flipped), 12);
        Assert.True(Agreement.KrippendorffAlpha(a, flipped) < -0.5);
    }

    [Fact]
    public void Statistics_are_undefined_when_nobody_ever_used_a_second_category()
    {
        string[] allNo = ["no", "no", "no"];

        Assert.True(double.IsNaN(Agreement.CohensKappa(allNo, allNo)));
        Assert.True(double.IsNaN(Agreement.KrippendorffAlpha(allNo, allNo)));
        Assert.True(double.IsNaN(Agreement.KrippendorffAlpha<string>([["a", null], [null, "b"]])));
    }

    [Fact]
    public void Unpaired_inputs_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Agreement.CohensKappa(["a"], ["a", "b"]));
        Assert.Throws<ArgumentException>(() => Agreement.KrippendorffAlpha(Array.Empty<string>(), Array.Empty<string>()));
    }

    [Fact]
    public void Compare_pairs_sentences_by_offsets_or_text_and_lists_the_rest()
    {
        var a = HandCodedFile.Parse("""
            {"doc":"d","start":0,"end":5,"frames":["alignment"]}
            {"doc":"d","text":"Second  one.","frames":[]}
            {"doc":"d","start":20,"end":30,"frames":["restraint"]}
            """, "a.jsonl");
        var b = HandCodedFile.Parse("""
            {"doc":"d","start":0,"end":5,"frames":["alignment","restraint"]}
            {"doc":"d","text":"Second one.","frames":["alignment"]}
            {"doc":"e","start":0,"end":5,"frames":[]}
            """, "b.jsonl");

        var report = Agreement.Compare(a, b, ["alignment", "restraint"]);

        Assert.Equal(2, report.Units);
        Assert.Equal(20, Assert.Single(report.OnlyInA).Start);
        Assert.Equal("e", Assert.Single(report.OnlyInB).DocumentId);
        Assert.Equal(1, report["alignment"].Agreements);
        Assert.Equal(1, report["alignment"].PositivesA);
        Assert.Equal(2, report["alignment"].PositivesB);
        Assert.Equal(0.5, report["restraint"].PercentAgreement, 12);
        var table = report.ToDataFrame();
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(2, table["positives_b"][0]);
        Assert.Equal(report["restraint"].Kappa, (double)table["kappa"][1]!, 12);
    }

    [Fact]
    public void Agreement_between_the_two_seed_coding_passes()
    {
        var first = SeedSet.HandCoded("seeds.jsonl");
        var second = SeedSet.HandCoded("seeds.coder-b.jsonl");

        var report = Agreement.Compare(first, second, SeedSet.FrameIds);

        Assert.Equal(51, report.Units);
        Assert.Empty(report.OnlyInB);
        foreach (var frame in report.Frames)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{frame.FrameId,-15} units {frame.Units} agree {frame.PercentAgreement:P0} A+ {frame.PositivesA} B+ {frame.PositivesB} kappa {frame.Kappa:F3} alpha {frame.Alpha:F3}"));
            Assert.True(frame.PositivesA > 0 && frame.PositivesB > 0, $"{frame.FrameId} needs positives from both coders");
            Assert.InRange(frame.Kappa, 0.8, 1.0);
            Assert.InRange(frame.Alpha, 0.8, 1.0);
        }
    }
}
