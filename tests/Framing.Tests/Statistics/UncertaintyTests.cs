using System.Collections.Immutable;

using Framing.Statistics;
using Framing.Text;

namespace Framing.Tests.Statistics;

public class UncertaintyTests
{
    // Wilson, 95% (z = 1.959963984540054), 3 of 10: p = 0.3, z² = 3.8414588;
    // centre = (0.3 + 0.19207/1)/(1.38414588) = 0.355567; half = z·√(0.021 + 0.0096037)/1.38414588 = 0.247822;
    // interval (0.10779126740630099, 0.6032218525388546).
    [Fact]
    public void Wilson_interval_matches_the_hand_computation()
    {
        var interval = Uncertainty.Wilson(3, 10);

        Assert.Equal(0.3, interval.Estimate, 1e-15);
        Assert.Equal(0.10779126740630099, interval.Lower, 1e-12);
        Assert.Equal(0.6032218525388546, interval.Upper, 1e-12);
    }

    [Fact]
    public void Wilson_interval_at_the_edges_stays_inside_zero_and_one()
    {
        var none = Uncertainty.Wilson(0, 10);
        var all = Uncertainty.Wilson(10, 10);

        Assert.Equal(0, none.Lower);
        Assert.Equal(0.2775327998628892, none.Upper, 1e-12);
        Assert.Equal(0.7224672001371107, all.Lower, 1e-12);
        Assert.Equal(1, all.Upper);
        Assert.Throws<StatisticsException>(() => Uncertainty.Wilson(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Uncertainty.Wilson(11, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Uncertainty.Wilson(1, 10, 1.0));
    }

    [Fact]
    public void Bootstrap_is_deterministic_for_a_seed_and_brackets_the_estimate()
    {
        var units = Enumerable.Range(0, 40).Select(static i => i % 4 == 0).ToList();

        var first = Uncertainty.BootstrapRate(units, new BootstrapOptions(1000, 7));
        var second = Uncertainty.BootstrapRate(units, new BootstrapOptions(1000, 7));
        var other = Uncertainty.BootstrapRate(units, new BootstrapOptions(1000, 8));

        Assert.Equal(first, second);
        Assert.Equal(0.25, first.Estimate);
        Assert.InRange(first.Lower, 0.05, 0.25);
        Assert.InRange(first.Upper, 0.25, 0.5);
        Assert.InRange(other.Lower, 0.05, 0.25);
        Assert.InRange(other.Upper, 0.25, 0.5);
    }

    [Fact]
    public void Bootstrap_edge_cases()
    {
        var all = Uncertainty.BootstrapRate([true, true, true], new BootstrapOptions(100));

        Assert.Equal((1.0, 1.0), (all.Lower, all.Upper));
        Assert.Throws<StatisticsException>(() => Uncertainty.BootstrapRate([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Uncertainty.BootstrapRate([true], new BootstrapOptions(0)));
    }

    [Fact]
    public void Frame_rates_per_group_with_intervals_and_examples()
    {
        static FramedSentence S(string doc, string group, int index, params string[] frames) =>
            new(doc, group, index, new TextSpan(index * 10, (index * 10) + 9), $"sentence {index}", index / 3.0, [.. frames]);
        var sentences = new[]
        {
            S("a", "A", 0, "asymmetry"), S("a", "A", 1), S("a", "A", 2, "asymmetry", "restraint"), S("a", "A", 3),
            S("b", "B", 0, "alignment"), S("b", "B", 1),
        };

        var table = FrameRateTable.Compute(sentences, bootstrap: new BootstrapOptions(200));

        Assert.Equal(["alignment", "asymmetry", "restraint"], table.Frames.ToArray());
        Assert.Equal(0.5, table["A", "asymmetry"].Rate);
        Assert.Equal(2, table["A", "asymmetry"].Examples.Length);
        Assert.Equal(0, table["B", "asymmetry"].Rate);
        Assert.Equal(0, table["B", "asymmetry"].Wilson.Lower);
        Assert.Equal(6, table.Rows.Length);
        Assert.Equal(6, table.ToDataFrame().Rows.Count);
        Assert.Throws<StatisticsException>(() => FrameRateTable.Compute([]));
        Assert.Throws<StatisticsException>(() => table["C", "asymmetry"]);
    }

    [Fact]
    public void Framed_sentences_from_a_document_have_relative_positions()
    {
        var document = TestDocuments.Make("d", "First one. Second one. Third one.");

        var sentences = FramedSentence.FromDocument(document, "G", s => (s.Index == 1 ? ["restraint", "restraint"] : [], ImmutableArray<ActorRole>.Empty));

        Assert.Equal([0.0, 0.5, 1.0], sentences.Select(s => s.RelativePosition));
        Assert.Equal(["restraint"], sentences[1].Frames.ToArray());
        Assert.Equal("Second one.", sentences[1].Text);
    }
}
