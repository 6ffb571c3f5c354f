using System.Collections.Immutable;

using Framing.Text;
using Framing.Text.Conllu;

namespace Framing.Tests.Text.Conllu;

public class ConlluDocumentWriterTests
{
    [Fact]
    public void Document_is_written_with_ids_text_tags_and_space_after()
    {
        var text = "Hi there!\r\nBye.";
        var tokens = ImmutableArray.Create(
            new Token("Hi", 0, 2, true) { Upos = PartOfSpeech.INTJ, Xpos = "UH", Lemma = "hi" },
            new Token("there", 3, 8, false) { Upos = PartOfSpeech.ADV, Xpos = "RB", Lemma = "there" },
            new Token("!", 8, 9, true) { Upos = PartOfSpeech.PUNCT, Xpos = ".", Lemma = "!" },
            new Token("Bye", 11, 14, false),
            new Token(".", 14, 15, true));
        var document = new Document("d1", text).WithTokens(tokens).WithSentences(
            [new Sentence(0, 0, 3, 0, 9), new Sentence(1, 3, 2, 11, 15)]);

        var written = ConlluWriter.DocumentToText(document);

        var expected =
            "# newdoc id = d1\n" +
            "# sent_id = d1-1\n# text = Hi there!\n" +
            "1\tHi\thi\tINTJ\tUH\t_\t_\t_\t_\t_\n" +
            "2\tthere\tthere\tADV\tRB\t_\t_\t_\t_\tSpaceAfter=No\n" +
            "3\t!\t!\tPUNCT\t.\t_\t_\t_\t_\t_\n\n" +
            "# sent_id = d1-2\n# text = Bye.\n" +
            "1\tBye\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
            "2\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        Assert.Equal(expected, written);
    }

    [Fact]
    public void Written_document_reads_back_with_the_same_forms_and_tags()
    {
        var tokens = ImmutableArray.Create(
            new Token("Dogs", 0, 4, true) { Upos = PartOfSpeech.NOUN, Lemma = "dog" },
            new Token("bark", 5, 9, false) { Upos = PartOfSpeech.VERB, Lemma = "bark" });
        var document = new Document("x", "Dogs bark").WithTokens(tokens).WithSentences([new Sentence(0, 0, 2, 0, 9)]);

        var sentence = Assert.Single(ConlluReader.Parse(ConlluWriter.DocumentToText(document)));

        Assert.Equal(["Dogs", "bark"], sentence.Words.Select(w => w.Form));
        Assert.Equal([PartOfSpeech.NOUN, PartOfSpeech.VERB], sentence.Words.Select(w => w.PartOfSpeech));
        Assert.Equal("Dogs bark", sentence.Text);
        Assert.False(sentence.Words[1].SpaceAfter);
    }

    [Fact]
    public void Contractions_are_written_as_multiword_tokens_that_read_back()
    {
        var text = "I don't know, we can't.";
        var tokens = ImmutableArray.Create(
            new Token("I", 0, 1, true) { Upos = PartOfSpeech.PRON },
            new Token("do", 2, 4, false) { Upos = PartOfSpeech.AUX, Lemma = "do" },
            new Token("n't", 4, 7, true) { Upos = PartOfSpeech.PART, Lemma = "not" },
            new Token("know", 8, 12, false) { Upos = PartOfSpeech.VERB },
            new Token(",", 12, 13, true) { Upos = PartOfSpeech.PUNCT },
            new Token("we", 14, 16, true) { Upos = PartOfSpeech.PRON },
            new Token("ca", 17, 19, false) { Upos = PartOfSpeech.AUX },
            new Token("n't", 19, 22, false) { Upos = PartOfSpeech.PART },
            new Token(".", 22, 23, true) { Upos = PartOfSpeech.PUNCT });
        var document = new Document("c", text).WithTokens(tokens).WithSentences([new Sentence(0, 0, tokens.Length, 0, 23)]);

        var written = ConlluWriter.DocumentToText(document);
        var sentence = Assert.Single(ConlluReader.Parse(written));

        Assert.Contains("2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\t_\t_\t_\t_\t_\t_\n3\tn't\tnot\tPART", written, StringComparison.Ordinal);
        Assert.Contains("7-8\tcan't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n", written, StringComparison.Ordinal);
        Assert.Equal(["I", "don't", "know", ",", "we", "can't", "."], sentence.SurfaceTokens.Select(t => t.Line.Form));
        Assert.Equal(9, sentence.Words.Length);
        Assert.Equal(text, sentence.Text);
    }

    [Fact]
    public void A_clitic_after_a_space_stays_a_token_of_its_own()
    {
        var text = "Dogs 's x";
        var tokens = ImmutableArray.Create(
            new Token("Dogs", 0, 4, true),
            new Token("'s", 5, 7, true),
            new Token("x", 8, 9, true));
        var document = new Document("s", text).WithTokens(tokens).WithSentences([new Sentence(0, 0, 3, 0, 9)]);

        Assert.DoesNotContain("1-2", ConlluWriter.DocumentToText(document), StringComparison.Ordinal);
    }
}
