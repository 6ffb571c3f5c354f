using System.Collections.Immutable;

using Framing.Actors;
using Framing.Charts;
using Framing.Reuse;
using Framing.Statistics;
using Framing.Tests.Statistics;
using Framing.Text;

namespace Framing.Tests.Charts;

public class ChartTests
{
    private static readonly Document[] Documents =
    [
        TestDocuments.Make("a1", "Leverage <script>alert(1)</script> matters & decides. Leverage wins."),
        TestDocuments.Make("a2", "Leverage shapes the partnership."),
        TestDocuments.Make("b1", "Cooperation grows. Cooperation deepens."),
    ];

    private static KeynessResult Keyness() =>
        Framing.Statistics.Keyness.Compare(DocumentFeatureMatrix.Build(Documents), id => id[..1], "a", new KeynessOptions { MinTotalCount = 1 });

    [Fact]
    public void Html_is_deterministic_with_the_given_id()
    {
        var first = ChartHtml.ToHtml(FramingCharts.KeynessBars([Keyness()], alpha: 1), "keyness-a");
        var second = ChartHtml.ToHtml(FramingCharts.KeynessBars([Keyness()], alpha: 1), "keyness-a");

        Assert.Equal(first, second);
        Assert.Contains("id=\"keyness-a\"", first, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}", first);
        Assert.Throws<ArgumentException>(() => ChartHtml.ToHtml(FramingCharts.KeynessBars([Keyness()]), "1 bad id"));
    }

    [Fact]
    public void Article_text_in_hover_is_escaped_and_titles_and_axes_are_set()
    {
        var html = ChartHtml.ToHtml(FramingCharts.KeynessBars([Keyness()], alpha: 1), "k");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Key features per outlet", html, StringComparison.Ordinal);
        Assert.Contains("Log ratio", html, StringComparison.Ordinal);
        Assert.Contains("\"showlegend\":true", html, StringComparison.Ordinal);
        Assert.Contains("\"hovertext\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_chart_renders_with_title_hover_and_legend()
    {
        static FramedSentence S(string doc, int index, params string[] frames) =>
            new(doc, doc[..1], index, new TextSpan(0, 5), "Russia <needs> China", index / 2.0, [.. frames]) { Roles = [new ActorRole("asymmetry", "Russia", "China")] };
        var sentences = new[] { S("a1", 0, "asymmetry"), S("a1", 1), S("b1", 0, "alignment"), S("b1", 2, "asymmetry") };
        var collocates = Collocations.Find(Documents, NodeTerm.Of("leverage"), new CollocationOptions { MinCooccurrence = 1, MinCollocateFrequency = 1 });
        var charts = new (string Title, Plotly.NET.GenericChart Chart)[]
        {
            ("Collocates per actor", FramingCharts.Collocates([collocates])),
            ("Document similarity", FramingCharts.SimilarityHeatmap(DocumentSimilarity.TfIdfCosine(DocumentFeatureMatrix.Build(Documents)))),
            ("Where each frame occurs", FramingCharts.FrameXRay(sentences)),
            ("subordinate or dominant", FramingCharts.ActorRoleBars(ActorRoleTable.Count(sentences))),
            ("Frame rate per outlet", FramingCharts.OutletFrameHeatmap(FrameRateTable.Compute(sentences, bootstrap: new BootstrapOptions(50)))),
        };

        foreach (var (title, chart) in charts)
        {
            var html = ChartHtml.ToHtml(chart, "c");
            Assert.Contains(title, html, StringComparison.Ordinal);
            Assert.Contains("\"hovertext\"", html, StringComparison.Ordinal);
            Assert.Contains("\"xaxis\":{\"title\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<needs>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Xray_without_frames_still_renders()
    {
        var html = ChartHtml.ToHtml(FramingCharts.FrameXRay([]), "empty");

        Assert.Contains("no frames", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reuse_report_and_similarity_round_trip_to_data_frames()
    {
        var report = new ReuseReport(ImmutableArray<ReusePair>.Empty);

        Assert.Equal(0, report.ToDataFrame().Rows.Count);
        Assert.Equal(14, report.ToDataFrame().Columns.Count);
    }
}
