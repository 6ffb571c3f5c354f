using Framing.Tests.Text.Tagging;
using Framing.Text.Conllu;

namespace Framing.Tests.Text.Conllu;

public class ConlluRoundTripTests
{
    [Fact]
    public void Mixed_sample_writes_back_byte_for_byte()
    {
        var sentences = ConlluReader.Parse(ConlluSamples.Mixed);

        Assert.Equal(3, sentences.Length);
        Assert.Equal(ConlluSamples.Mixed, ConlluWriter.ToText(sentences));
    }

    [Fact]
    public void Reader_tells_words_ranges_and_empty_nodes_apart()
    {
        var sentences = ConlluReader.Parse(ConlluSamples.Mixed);

        Assert.Equal(["I", "do", "n't", "know", "."], sentences[0].Words.Select(w => w.Form));
        Assert.Equal(["I", "don't", "know", "."], sentences[0].SurfaceTokens.Select(t => t.Line.Form));
        Assert.True(sentences[0].SurfaceTokens[1].IsMultiword);
        Assert.Equal(["do", "n't"], sentences[0].SurfaceTokens[1].Words.Select(w => w.Form));
        Assert.Equal(ConlluLineKind.EmptyNode, sentences[1].Lines[5].Kind);
        Assert.Equal(6, sentences[1].Words.Length);
        Assert.DoesNotContain(sentences[1].SurfaceTokens, t => t.Line.Id == "5.1");
    }

    [Fact]
    public void Comments_give_ids_text_and_document_and_paragraph_starts()
    {
        var sentences = ConlluReader.Parse(ConlluSamples.Mixed);

        Assert.Equal("doc1-1", sentences[0].SentenceId);
        Assert.Equal("I don't know.", sentences[0].Text);
        Assert.True(sentences[0].StartsDocument);
        Assert.True(sentences[0].StartsParagraph);
        Assert.False(sentences[1].StartsDocument);
        Assert.False(sentences[1].StartsParagraph);
        Assert.True(sentences[2].StartsDocument);
    }

    [Fact]
    public void SpaceAfter_is_read_from_misc_among_other_attributes()
    {
        var sentence = ConlluReader.Parse(ConlluSamples.Mixed)[1];

        Assert.True(sentence.Words[0].SpaceAfter);
        Assert.False(sentence.Words[5].SpaceAfter); // SpaceAfter=No|Other=1
        Assert.Equal(Framing.Text.PartOfSpeech.PROPN, sentence.Words[0].PartOfSpeech);
    }

    [Fact]
    public void Missing_final_blank_line_still_gives_the_last_sentence()
    {
        var text = ConlluSamples.Mixed.TrimEnd('\n');

        var sentences = ConlluReader.Parse(text);

        Assert.Equal(3, sentences.Length);
        Assert.Equal("!", sentences[2].Words[1].Form);
    }

    [EwtModelFact]
    public void Ewt_dev_file_round_trips_exactly()
    {
        var path = Path.Combine(TestPaths.EwtDirectory!, "en_ewt-ud-dev.conllu");
        var original = File.ReadAllText(path);

        var sentences = ConlluReader.ReadFile(path);

        Assert.True(sentences.Length > 2000);
        Assert.Equal(original, ConlluWriter.ToText(sentences));
    }
}
