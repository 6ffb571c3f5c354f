using Framing.Frames;

namespace Framing.Tests.Frames;

public sealed class FrameTablesTests
{
    [Fact]
    public void Tables_have_one_row_per_sentence_and_per_match()
    {
        var codebook = Codebook.Parse("""
            actors: [{id: china, names: [China]}, {id: russia, names: [Russia]}]
            frames:
              - id: asymmetry
                label: A
                definition: d
                patterns: [depend*]
                roles: ["{sub} *{0,3} depend* on {dom}"]
              - {id: alignment, label: B, definition: d, patterns: [allies, partners], when_negated: asymmetry}
            """);
        var results = codebook.Match(TestDocuments.Create("Russia depends on China. Nothing here. They are not allies but partners."));

        var sentences = FrameTables.Sentences([results]);
        var matches = FrameTables.Matches([results]);

        Assert.Equal(3, sentences.Rows.Count);
        Assert.Equal("asymmetry", sentences["frames"][0]);
        Assert.Equal("russia", sentences["subordinate"][0]);
        Assert.Equal("china", sentences["dominant"][0]);
        Assert.Equal("russia;china", sentences["actors"][0]);
        Assert.Equal(string.Empty, sentences["frames"][1]);
        Assert.Equal("asymmetry;alignment", sentences["frames"][2]);
        Assert.Equal(3, matches.Rows.Count);
        Assert.Equal(["depends", "allies", "partners"], matches["text"].Cast<string>());
        Assert.Equal([false, true, false], matches["negated"].Cast<bool>());
        Assert.Equal("alignment", matches["routed_from"][1]);
    }
}
