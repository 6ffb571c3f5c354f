using Framing.Actors;
using Framing.Statistics;
using Framing.Tests.Statistics;
using Framing.Text;

namespace Framing.Tests.Actors;

public class ActorTests
{
    [Fact]
    public void Roles_are_counted_per_group_and_actor_with_sentences()
    {
        static FramedSentence S(string doc, string group, int index, params ActorRole[] roles) =>
            new(doc, group, index, new TextSpan(index, index + 1), $"s{index}", 0, ["asymmetry"]) { Roles = [.. roles] };
        var sentences = new[]
        {
            S("a", "Post", 0, new ActorRole("asymmetry", "Russia", "China")),
            S("a", "Post", 1, new ActorRole("junior_partner", "Russia", null)),
            S("b", "Affairs", 0, new ActorRole("asymmetry", "China", "Russia")),
            S("b", "Affairs", 1),
        };

        var table = ActorRoleTable.Count(sentences);

        var russiaPost = Assert.Single(table.Rows, r => r.Group == "Post" && r.Actor == "Russia");
        Assert.Equal((2, 0), (russiaPost.Subordinate, russiaPost.Dominant));
        Assert.Equal(["s0", "s1"], russiaPost.SubordinateExamples.Select(e => e.SentenceText));
        var chinaPost = Assert.Single(table.Rows, r => r.Group == "Post" && r.Actor == "China");
        Assert.Equal((0, 1), (chinaPost.Subordinate, chinaPost.Dominant));
        var chinaAffairs = Assert.Single(table.Rows, r => r.Group == "Affairs" && r.Actor == "China");
        Assert.Equal((1, 0), (chinaAffairs.Subordinate, chinaAffairs.Dominant));
        Assert.Equal(["Post", "Post", "Affairs", "Affairs"], table.Rows.Select(r => r.Group));
        Assert.Equal(4, table.ToDataFrame().Rows.Count);
        Assert.Empty(ActorRoleTable.Count([]).Rows);
    }

    [Fact]
    public void Descriptors_use_tags_stay_in_the_clause_and_belong_to_the_nearest_actor()
    {
        var tags = new Dictionary<string, (string, PartOfSpeech)>(StringComparer.Ordinal)
        {
            ["isolated"] = ("isolated", PartOfSpeech.ADJ),
            ["needs"] = ("need", PartOfSpeech.VERB),
            ["cautious"] = ("cautious", PartOfSpeech.ADJ),
            ["remains"] = ("remain", PartOfSpeech.VERB),
            ["buys"] = ("buy", PartOfSpeech.VERB),
        };
        var document = TestDocuments.Make("d", "An isolated Russia needs buyers; China remains cautious. Oil flows: Europe buys less.", tags);

        var table = ActorDescriptors.Find([(document, "Outlet")]);

        var russia = table.Rows.Where(r => r.Actor == "Russia").Select(r => (r.Word, r.PartOfSpeech)).ToList();
        Assert.Equal([("isolated", PartOfSpeech.ADJ), ("need", PartOfSpeech.VERB)], russia.OrderBy(r => r.Word, StringComparer.Ordinal));
        var china = table.Rows.Where(r => r.Actor == "China").Select(r => r.Word).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["cautious", "remain"], china);
        Assert.Equal(["buy"], table.Rows.Where(r => r.Actor == "West").Select(r => r.Word));
        Assert.All(table.Rows, r => Assert.False(r.Guessed));
        var evidence = table.Rows.First(r => r.Word == "isolated").Examples[0];
        Assert.Equal("isolated", document.Text[evidence.Start..evidence.End]);
        Assert.Equal(table.Rows.Length, table.ToDataFrame().Rows.Count);
    }

    [Fact]
    public void Untagged_text_falls_back_to_the_lexicon_and_is_flagged()
    {
        var document = TestDocuments.Make("d", "A dependent Russia will rely on Beijing.");

        var table = ActorDescriptors.Find([(document, "Outlet")], [new ActorDefinition("Russia", ["Russia"])]);

        var words = table.Rows.Select(r => (r.Word, r.PartOfSpeech)).ToList();
        Assert.Contains(("dependent", PartOfSpeech.ADJ), words);
        Assert.Contains(("rely", PartOfSpeech.VERB), words);
        Assert.All(table.Rows, r => Assert.True(r.Guessed));
    }

    [Fact]
    public void Default_actors_cover_the_codebook_names()
    {
        var names = ActorDefinition.Defaults.Select(a => a.Name).ToList();

        Assert.Equal(["China", "Russia", "United States", "West"], names);
        var fromTerms = ActorDefinition.FromTerms([new KeyValuePair<string, IEnumerable<string>>("India", ["India", "New Delhi"])]);
        Assert.Equal("New Delhi", fromTerms[0].Terms[1]);
    }
}
