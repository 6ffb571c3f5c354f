using Framing.Corpus;
using Framing.Reuse;
using Framing.Statistics;

namespace Framing.Tests.Statistics;

public class CorpusAnalysisTests
{
    private static readonly Lazy<CorpusAnalysis> Seeds = new(() =>
        CorpusAnalysis.Create(CorpusLoader.Load(Path.Combine(TestDocuments.RepoRoot(), "seeds"))));

    [Fact]
    public void Seeds_group_by_outlet_with_the_duplicate_counted_once()
    {
        var analysis = Seeds.Value;

        Assert.Equal(["Foreign Affairs", "The Conversation", "The Washington Post"], analysis.Groups.Order(StringComparer.Ordinal));
        Assert.Equal(5, analysis.AllDocuments.Length);
        Assert.Equal(4, analysis.Documents.Length);
        Assert.DoesNotContain(analysis.Documents, d => d.Id.StartsWith("001", StringComparison.Ordinal));
        Assert.All(analysis.Documents, d => Assert.NotEmpty(d.Sentences));
    }

    [Fact]
    public void Keyness_for_each_outlet_runs_on_the_seeds_with_evidence()
    {
        var results = Seeds.Value.KeynessForEachGroup();

        Assert.Equal(3, results.Length);
        foreach (var result in results)
        {
            var top = result.Positive().FirstOrDefault();
            Assert.NotNull(top);
            Assert.NotEmpty(top.Examples);
            Assert.All(top.Examples, e => Assert.Contains(result.TargetDocuments, id => id == e.DocumentId));
        }

        var conversation = results.Single(r => r.TargetGroup == "The Conversation");
        Assert.Equal(2, conversation.TargetDocuments.Length);
        var post = results.Single(r => r.TargetGroup == "The Washington Post");
        Assert.Contains("one document", post.Rows[0].TargetDispersion.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Reuse_quotes_collocates_and_similarity_on_the_seeds()
    {
        var analysis = Seeds.Value;

        var reuse = analysis.Reuse();
        Assert.Contains(reuse.Pairs, p => p.A.StartsWith("000", StringComparison.Ordinal) && p.B.StartsWith("001", StringComparison.Ordinal) && p.Kind == ReuseKind.Republication);
        Assert.Contains(reuse.Pairs, p => p.A.StartsWith("003", StringComparison.Ordinal) && p.B.StartsWith("004", StringComparison.Ordinal) && p.Kind == ReuseKind.PartialReuse);
        Assert.Contains(analysis.Quotes().SpeakerCounts(), s => s.Group == "The Washington Post" && s.Speaker == "Alexander Gabuev");
        var russia = analysis.Collocates(Framing.Actors.ActorDefinition.Defaults[1].ToNode());
        Assert.True(russia.NodeFrequency > 20);
        Assert.NotEmpty(russia.Rows);
        var cosine = analysis.TfIdfCosine();
        Assert.Equal(4, cosine.Labels.Length);
        Assert.InRange(cosine[analysis.Documents[0].Id, analysis.Documents[1].Id], 0.0, 1.0);
    }

    [Fact]
    public void Unknown_group_field_and_empty_inputs_are_clear_errors()
    {
        var corpus = CorpusLoader.Load(Path.Combine(TestDocuments.RepoRoot(), "seeds"));

        var error = Assert.Throws<StatisticsException>(() => CorpusAnalysis.Create(corpus, "colour"));
        Assert.Contains("outlet", error.Message, StringComparison.Ordinal);
        Assert.Throws<StatisticsException>(() => CorpusAnalysis.FromDocuments([], static _ => "g"));
        var byAuthor = CorpusAnalysis.Create(corpus, "author");
        Assert.Contains("Marcin Kaczmarski; Natasha Kuhrt", byAuthor.Groups);
    }

    [Fact]
    public void Frame_rates_roles_and_descriptors_come_from_the_frame_matcher()
    {
        var analysis = Seeds.Value;
        var codebook = Framing.Frames.Codebook.LoadDefault();

        var sentences = analysis.FramedSentences(codebook);
        var rates = analysis.FrameRates(codebook, new BootstrapOptions(200));
        var roles = analysis.ActorRoles(codebook);
        var descriptors = analysis.Descriptors(codebook);

        Assert.Equal(analysis.Documents.Sum(d => d.Sentences.Length), sentences.Length);
        Assert.Equal(analysis.Groups.Length * codebook.Frames.Length, rates.Rows.Length);
        Assert.All(rates.Rows, r => Assert.InRange(r.Rate, r.Wilson.Lower, r.Wilson.Upper));
        Assert.Contains(roles.Rows, r => r.Actor == "Russia" && r.Subordinate > 0);
        Assert.All(roles.Rows.SelectMany(r => r.SubordinateExamples), e => Assert.Contains(analysis.Documents, d => d.Id == e.DocumentId && d.Text[e.Start..e.End] == e.SentenceText));
        Assert.Contains(descriptors.Rows, r => r.Actor == "China");
    }

    [Fact]
    public void Framed_sentences_from_matcher_results_map_roles_to_labels()
    {
        var mention = new Framing.Frames.ActorMention("russia", "Russia", 0, 6);
        var dominant = new Framing.Frames.ActorMention("china", "China", 20, 25);
        var frames = new Framing.Frames.DocumentFrames("d",
        [
            new("d", 0, 0, 30, "Russia depends on China.", ["asymmetry"], [], [], [mention, dominant], [new("asymmetry", mention, dominant, ["{sub} depends on {dom}"])]),
            new("d", 1, 31, 40, "Nothing.", [], [], [], [], []),
        ]);

        var sentences = FramedSentence.FromFrames(frames, "Outlet", id => id.ToUpperInvariant());

        Assert.Equal(2, sentences.Length);
        Assert.Equal(new ActorRole("asymmetry", "RUSSIA", "CHINA"), sentences[0].Roles.Single());
        Assert.Equal((0.0, 1.0), (sentences[0].RelativePosition, sentences[1].RelativePosition));
        Assert.Empty(sentences[1].Frames);
    }
}
