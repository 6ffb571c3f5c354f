using Framing.Reuse;
using Framing.Tests.Statistics;

namespace Framing.Tests.Reuse;

public class ReuseDetectorTests
{
    [Fact]
    public void Seeds_004_quotes_the_closing_lines_of_003_with_small_differences()
    {
        var pair = ReuseDetector.Compare(TestDocuments.Seed("003"), TestDocuments.Seed("004"));

        // 004 interrupts the quotation with "wrote Alexander Gabuev, director of …", so the
        // closing lines come back as two passages, each with both locations.
        Assert.Equal(ReuseKind.PartialReuse, pair.Kind);
        Assert.Equal(2, pair.Passages.Length);
        var first = pair.Passages[0];
        Assert.StartsWith("Russia", first.A.Text, StringComparison.Ordinal);
        Assert.Contains("could lull", first.A.Text, StringComparison.Ordinal);
        Assert.Contains("may give", first.B.Text, StringComparison.Ordinal);
        Assert.EndsWith("relationship with Beijing", first.B.Text, StringComparison.Ordinal);
        Assert.InRange(first.Similarity, 0.6, 0.99);
        var second = pair.Passages[1];
        Assert.StartsWith("But the durability", second.A.Text, StringComparison.Ordinal);
        Assert.Contains("unforeseeable", second.B.Text, StringComparison.Ordinal);
        Assert.Contains("how to manage", second.B.Text, StringComparison.Ordinal);
        Assert.InRange(second.Similarity, 0.6, 0.99);
        var a = TestDocuments.Seed("003");
        var b = TestDocuments.Seed("004");
        Assert.All(pair.Passages, p => Assert.Equal(p.A.Text, a.Text[p.A.Start..p.A.End]));
        Assert.All(pair.Passages, p => Assert.Equal(p.B.Text, b.Text[p.B.Start..p.B.End]));
        Assert.True(pair.CoverageOfShorter < 0.2);
    }

    [Fact]
    public void Seeds_000_and_001_are_a_republication()
    {
        var pair = ReuseDetector.Compare(TestDocuments.Seed("000"), TestDocuments.Seed("001"));

        Assert.Equal(ReuseKind.Republication, pair.Kind);
        Assert.True(pair.CoverageOfShorter > 0.9, pair.CoverageOfShorter.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Unrelated_documents_share_nothing_and_short_common_phrases_are_ignored()
    {
        var a = TestDocuments.Make("a", "China and Russia held talks in Beijing on trade. The ministers met for two days.");
        var b = TestDocuments.Make("b", "Officials said China and Russia held talks about energy, while analysts doubted any deal.");

        var pair = ReuseDetector.Compare(a, b);

        Assert.Equal(ReuseKind.None, pair.Kind);
        Assert.Empty(pair.Passages);
    }

    [Fact]
    public void A_verbatim_passage_has_similarity_one_and_exact_offsets()
    {
        const string shared = "the durability of this relationship will depend on the ability to manage a weakening partner over many years";
        var a = TestDocuments.Make("a", "Opening words here. " + shared + ". Closing remark follows here with more words.");
        var b = TestDocuments.Make("b", "A different start entirely, as they wrote: " + shared + " and then something else.");

        var pair = ReuseDetector.Compare(a, b);

        var passage = Assert.Single(pair.Passages);
        Assert.Equal(1.0, passage.Similarity);
        Assert.Equal(shared, passage.A.Text);
        Assert.Equal(shared, passage.B.Text);
        Assert.Equal(a.Text.IndexOf(shared, StringComparison.Ordinal), passage.A.Start);
        Assert.Equal(b.Text.IndexOf(shared, StringComparison.Ordinal), passage.B.Start);
        Assert.Equal(18, passage.A.Words);
    }

    [Fact]
    public void Typographic_apostrophes_and_case_do_not_break_a_match()
    {
        var a = TestDocuments.Make("a", "Beijing’s Support For Moscow Has Limits That Officials Rarely Admit In Public Statements Today.");
        var b = TestDocuments.Make("b", "beijing's support for moscow has limits that officials rarely admit in public statements today.");

        var pair = ReuseDetector.Compare(a, b);

        Assert.Equal(ReuseKind.Republication, pair.Kind);
        Assert.Equal(1.0, Assert.Single(pair.Passages).Similarity);
    }

    [Fact]
    public void FindAll_over_the_seeds_reports_republication_and_quotation_only()
    {
        var seeds = new[] { "000", "001", "002", "003", "004" }.Select(TestDocuments.Seed).ToList();

        var report = ReuseDetector.FindAll(seeds);

        var republication = Assert.Single(report.Pairs, p => p.Kind == ReuseKind.Republication);
        Assert.Equal(("000_88d14470abd3f9f4", "001_85b69c5587809e8f"), (republication.A, republication.B));
        Assert.Contains(report.Pairs, p => p.A.StartsWith("003", StringComparison.Ordinal) && p.B.StartsWith("004", StringComparison.Ordinal) && p.Kind == ReuseKind.PartialReuse);
        var frame = report.ToDataFrame();
        Assert.Equal(report.Pairs.Sum(p => p.Passages.Length), frame.Rows.Count);
    }

    [Fact]
    public void Bad_options_are_rejected()
    {
        var a = TestDocuments.Make("a", "one two three");
        Assert.Throws<ArgumentOutOfRangeException>(() => ReuseDetector.Compare(a, a, new ReuseOptions { SeedLength = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReuseDetector.Compare(a, a, new ReuseOptions { MinSimilarity = 2 }));
    }
}
