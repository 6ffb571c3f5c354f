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
}
