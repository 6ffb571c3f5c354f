using Framing.Tests.Text.Conllu;
using Framing.Text.Conllu;
using Framing.Text.Evaluation;

namespace Framing.Tests.Text.Evaluation;

public class GoldTextTests
{
    [Fact]
    public void Text_is_rebuilt_from_forms_space_after_and_paragraph_markers()
    {
        var gold = GoldText.Build(ConlluReader.Parse(ConlluSamples.Mixed));

        // Sentence 2 continues paragraph 1 (space); the new document starts a new paragraph.
        Assert.Equal("I don't know. Sue likes coffee and Bill tea\n\nHi!", gold.Text);
        Assert.Equal(2, gold.Paragraphs.Length);
        Assert.Equal(3, gold.Sentences.Length);
        Assert.Equal("Sue likes coffee and Bill tea", gold.Text[gold.Sentences[1].Start..gold.Sentences[1].End]);
    }

    [Fact]
    public void Words_of_a_multiword_token_get_their_own_slices()
    {
        var gold = GoldText.Build(ConlluReader.Parse(ConlluSamples.Mixed));

        var words = gold.Words.Take(5).Select(w => gold.Text[w.Span.Start..w.Span.End]);

        Assert.Equal(["I", "do", "n't", "know", "."], words);
        Assert.Equal(4, gold.Tokens.Count(t => t.End <= 13));
    }

    [Fact]
    public void Words_that_do_not_spell_their_token_share_its_span()
    {
        const string text =
            "1-2\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "1\twill\twill\tAUX\tMD\t_\t0\troot\t_\t_\n" +
            "2\tnot\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n\n";

        var gold = GoldText.Build(ConlluReader.Parse(text));
        var document = gold.ToGoldTokenizedDocument("x");

        Assert.All(gold.Words, w => Assert.Equal(new Framing.Text.TextSpan(0, 5), w.Span));
        Assert.Equal("won't", Assert.Single(document.Tokens).Text);
    }
}
