using Framing.Text.Tokenization;

namespace Framing.Tests.Text.Tokenization;

public class MultiwordTokensTests
{
    private static readonly Tokenizer Tokenizer = new();

    [Theory]
    [InlineData("I don't know", "do+n't")]
    [InlineData("Russia’s allies' plans", "Russia+’s allies+'")]
    [InlineData("We cannot, we're gonna win", "can+not we+'re gon+na")]
    [InlineData("I'm sure she'll say they've gone and he'd know", "I+'m she+'ll they+'ve he+'d")]
    [InlineData("the 'quoted' words 'here'", "")]
    [InlineData("8gb at 5pm, Russia-China, the U.S.", "")]
    public void Runs_group_the_words_split_from_one_written_word(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        var runs = MultiwordTokens.Find(tokens.AsSpan())
            .Select(r => string.Join("+", tokens.Skip(r.First).Take(r.Count).Select(t => t.Text)));

        Assert.Equal(expected, string.Join(" ", runs));
    }

    [Fact]
    public void Runs_cover_exactly_the_written_word()
    {
        const string text = "They shouldn't've";
        var tokens = Tokenizer.Tokenize(text);

        var run = Assert.Single(MultiwordTokens.Find(tokens.AsSpan()));

        Assert.Equal("shouldn't've", text[tokens[run.First].Start..tokens[run.First + run.Count - 1].End]);
    }
}
