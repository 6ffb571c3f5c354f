using Framing.Corpus;

namespace Framing.Tests.Corpus;

public class NearDuplicateTests
{
    private static readonly string Story = string.Join(
        "\n\n",
        "The two governments agreed on Monday to extend a pipeline deal that had been stalled for years over price disputes.",
        "Negotiators said the new terms would be published next month after both parliaments had a chance to review them.",
        "Critics argued that the deal locked one side into selling gas below market prices for more than a decade ahead.",
        "Supporters replied that the alternative was no buyer at all, given the sanctions imposed on the seller last year.");

    private static readonly string Other = string.Join(
        "\n\n",
        "A separate report released on Friday examined how shipping routes through the northern sea have changed since 2020.",
        "It found that traffic more than doubled, driven by tankers carrying crude oil to ports in the east and the south.",
        "The authors warned that insurance costs and ice conditions still made the route risky for most commercial operators.");

    [Fact]
    public void A_copy_with_chrome_groups_with_its_original_and_the_fuller_copy_is_canonical()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Menu Close\n\nPipeline deal extended after years of talks\n\n" + Story + "\n\nRelated posts\n\nSomething else entirely\n");
        folder.Write("b.txt", Story + "\n\nA fifth paragraph adds a comment from an energy analyst who followed the talks closely for years.");
        folder.Write("c.txt", Other);

        var corpus = CorpusLoader.Load(folder.Path);

        var group = Assert.Single(corpus.DuplicateGroups);
        Assert.Equal<string>(["a", "b"], group.Members);
        Assert.Equal("b", group.Canonical);
        Assert.Equal(1.0, group.Pairs.Single().Containment);
        Assert.True(group.Pairs.Single().Jaccard is > 0.7 and < 1.0);
        Assert.Equal(["b", "c"], corpus.Canonical.Select(d => d.Id));
        Assert.Equal("b", corpus.CanonicalIdOf("a"));
        Assert.Equal("c", corpus.CanonicalIdOf("c"));
    }

    [Fact]
    public void Equal_bodies_pick_the_copy_with_less_chrome_then_the_smaller_id()
    {
        using var folder = new TempFolder();
        folder.Write("z.txt", Story);
        folder.Write("y.txt", "Menu Close\n" + Story);
        folder.Write("x.txt", Story);

        var group = Assert.Single(CorpusLoader.Load(folder.Path).DuplicateGroups);

        Assert.Equal<string>(["x", "y", "z"], group.Members);
        Assert.Equal("x", group.Canonical);
        Assert.Equal(3, group.Pairs.Length);
    }

    [Fact]
    public void Different_articles_sharing_a_quotation_are_not_duplicates()
    {
        var quote = "“" + Story.Split("\n\n")[0] + "”";
        using var folder = new TempFolder();
        folder.Write("a.txt", Story);
        folder.Write("b.txt", Other + "\n\nAs one paper put it: " + quote);

        Assert.Empty(CorpusLoader.Load(folder.Path).DuplicateGroups);
    }

    [Fact]
    public void Threshold_and_minimum_length_are_configurable()
    {
        using var folder = new TempFolder();
        var half = string.Join("\n\n", Story.Split("\n\n").Take(2));
        folder.Write("a.txt", Story);
        folder.Write("b.txt", half + "\n\n" + Other);

        Assert.Empty(CorpusLoader.Load(folder.Path).DuplicateGroups);
        var loose = CorpusOptions.Default with { Duplicates = DuplicateOptions.Default with { MinContainment = 0.4 } };
        Assert.Single(CorpusLoader.Load(folder.Path, loose).DuplicateGroups);
        var strictLength = loose with { Duplicates = loose.Duplicates with { MinShingles = 1000 } };
        Assert.Empty(CorpusLoader.Load(folder.Path, strictLength).DuplicateGroups);
    }
}
