using Framing.Statistics;
using Framing.Text;

namespace Framing.Tests.Statistics;

public class FallbackPartOfSpeechTests
{
    [Theory]
    [InlineData("depend", "depends", PartOfSpeech.VERB)]
    [InlineData("dependent", "dependent", PartOfSpeech.ADJ)]
    [InlineData("aggressive", "aggressive", PartOfSpeech.ADJ)]
    [InlineData("will", "willing", PartOfSpeech.ADJ)]
    [InlineData("prioritize", "prioritize", PartOfSpeech.VERB)]
    [InlineData("president", "president", PartOfSpeech.NOUN)]
    [InlineData("proposal", "proposal", PartOfSpeech.NOUN)]
    [InlineData("survive", "survive", PartOfSpeech.VERB)]
    [InlineData("climate", "climate", PartOfSpeech.X)]
    [InlineData("Massive", "Massive", PartOfSpeech.X)]
    public void Untagged_tokens_are_guessed_from_the_lexicon_then_suffixes(string lemma, string surface, PartOfSpeech expected)
    {
        var token = new Token(surface, 0, surface.Length, true) { Lemma = lemma };

        Assert.Equal(expected, FallbackPartOfSpeech.Of(token));
        Assert.True(FallbackPartOfSpeech.IsGuessed(token));
    }

    [Fact]
    public void Tagged_tokens_keep_their_tag()
    {
        var token = new Token("proposal", 0, 8, true) { Upos = PartOfSpeech.VERB };

        Assert.Equal(PartOfSpeech.VERB, FallbackPartOfSpeech.Of(token));
        Assert.False(FallbackPartOfSpeech.IsGuessed(token));
    }
}
