using Framing.Text;
using Framing.Text.Tagging;

namespace Framing.Tests.Text.Tagging;

public class TrainedPipelineTests
{
    [Fact]
    public void Embedded_model_tags_a_plain_sentence()
    {
        var tags = TaggerModel.Default.Tagger.Tag(["The", "cat", "sat", "on", "the", "mat", "."]);

        Assert.Equal(
            [PartOfSpeech.DET, PartOfSpeech.NOUN, PartOfSpeech.VERB, PartOfSpeech.ADP, PartOfSpeech.DET, PartOfSpeech.NOUN, PartOfSpeech.PUNCT],
            tags.ToArray());
    }

    [Fact]
    public void Full_pipeline_annotates_every_token_with_offsets_into_the_text()
    {
        const string text = "Russia's foreign minister met his Chinese counterpart on Monday.\n\nThe talks were described as constructive.";

        var document = TrainedPipeline.Default.Process("news", text);

        Assert.Equal(2, document.Sentences.Length);
        Assert.All(document.Tokens, t =>
        {
            Assert.Equal(text[t.Start..t.End], t.Text);
            Assert.NotEqual(PartOfSpeech.None, t.Upos);
            Assert.False(string.IsNullOrEmpty(t.Lemma));
            Assert.False(string.IsNullOrEmpty(t.Xpos));
        });
        var byText = document.Tokens.ToDictionary(t => t.Text + "@" + t.Start);
        Assert.Equal(PartOfSpeech.PROPN, byText["Russia@0"].Upos);
        Assert.Equal("meet", document.Tokens.Single(t => t.Text == "met").Lemma);
        Assert.Equal("be", document.Tokens.Single(t => t.Text == "were").Lemma);
        Assert.Equal(PartOfSpeech.AUX, document.Tokens.Single(t => t.Text == "were").Upos);
        Assert.Equal("talk", document.Tokens.Single(t => t.Text == "talks").Lemma);
    }

    [Fact]
    public void Builder_extensions_put_the_trained_steps_in_the_tag_and_lemmatize_stages()
    {
        var pipeline = EnglishPipeline.CreateBuilder().UseTrainedLemmatizer().UseTrainedTagger().Build();

        Assert.Contains(pipeline.Entries, e => e.Stage == PipelineStage.Tag && e.Step == TaggerModel.Default.Tagger);
        Assert.Contains(pipeline.Entries, e => e.Stage == PipelineStage.Lemmatize && e.Step == TaggerModel.Default.Lemmatizer);
        Assert.Single(pipeline.Entries, e => e.Stage == PipelineStage.Lemmatize);
    }

    [Fact]
    public void The_fused_tag_and_lemmatize_step_annotates_exactly_like_the_two_steps_in_turn()
    {
        const string text = "“Beijing doesn't want a junior partner,” said Gabuev. Russia’s exports of oil rose 12% in 2023; China's didn't.\n\nTALKS RESUMED";
        var split = EnglishPipeline.CreateBuilder().Remove(PipelineStage.Lemmatize).Build().Process("d", text);

        var fused = TaggerModel.Default.TaggerAndLemmatizer.Process(split);
        var twoSteps = TaggerModel.Default.Lemmatizer.Process(TaggerModel.Default.Tagger.Process(split));

        // ToArray: ImmutableArray's own equality compares array references, not tokens.
        Assert.Equal(twoSteps.Tokens.ToArray(), fused.Tokens.ToArray());
        Assert.Equal(twoSteps.Tokens.ToArray(), TrainedPipeline.Default.Process("d", text).Tokens.ToArray());
        Assert.DoesNotContain(TrainedPipeline.Default.Entries, e => e.Stage == PipelineStage.Lemmatize);
    }

    [Theory]
    [InlineData("•")]
    [InlineData("‖")]
    [InlineData("——")]
    public void Unseen_punctuation_is_punctuation_whatever_its_context(string mark)
    {
        var tags = TaggerModel.Default.Tagger.Tag([mark, "The", "relationship", "is", "unbalanced", "."]);
        var afterVerb = TaggerModel.Default.Tagger.Tag(["Moscow", "depends", mark, "on", "Beijing", "."]);

        Assert.Equal(PartOfSpeech.PUNCT, tags[0]);
        Assert.Equal(PartOfSpeech.PUNCT, afterVerb[2]);
    }

    [Fact]
    public void Tagger_handles_documents_without_sentences_and_empty_documents()
    {
        var empty = new Document("e", string.Empty);
        Assert.Same(empty, TaggerModel.Default.Tagger.Process(empty));

        var tokens = new Document("t", "She likes tea.").WithTokens(
            [new Token("She", 0, 3, true), new Token("likes", 4, 9, true), new Token("tea", 10, 13, false), new Token(".", 13, 14, true)]);
        var tagged = TaggerModel.Default.Tagger.Process(tokens);

        Assert.Equal([PartOfSpeech.PRON, PartOfSpeech.VERB, PartOfSpeech.NOUN, PartOfSpeech.PUNCT], tagged.Tokens.Select(t => t.Upos));
        Assert.Equal(["PRP", "VBZ", "NN", "."], tagged.Tokens.Select(t => t.Xpos));
    }

    [Theory]
    [InlineData("was", PartOfSpeech.AUX, "be")]
    [InlineData("children", PartOfSpeech.NOUN, "child")]
    [InlineData("Running", PartOfSpeech.VERB, "run")]
    [InlineData("n't", PartOfSpeech.PART, "not")]
    [InlineData("Obama", PartOfSpeech.PROPN, "Obama")]
    [InlineData("blorfed", PartOfSpeech.VERB, "blorf")]
    public void Lemmatizer_uses_the_learned_lexicon_then_rules(string word, PartOfSpeech upos, string lemma)
    {
        Assert.Equal(lemma, TaggerModel.Default.Lemmatizer.Lemmatize(word, upos));
    }

    [Theory]
    [InlineData("her", PartOfSpeech.PRON, "PRP$", "her")]
    [InlineData("her", PartOfSpeech.PRON, "PRP", "she")]
    [InlineData("Zorblanians", PartOfSpeech.PROPN, "NNPS", "Zorblanian")]
    [InlineData("zorbanating", PartOfSpeech.VERB, "VBG", "zorbanate")]
    [InlineData("Unzorbled", PartOfSpeech.ADJ, "JJ", "unzorbled")]
    [InlineData("Zorblanian", PartOfSpeech.ADJ, "JJ", "Zorblanian")]
    [InlineData("mexico", PartOfSpeech.PROPN, "NNP", "Mexico")]
    [InlineData("Anybody", PartOfSpeech.PRON, "NN", "anybody")]
    [InlineData("Unlimited", PartOfSpeech.ADJ, "JJ", "unlimited")] // a lower-case word in the lexicon's word list
    [InlineData("Ukrainian", PartOfSpeech.ADJ, "JJ", "Ukrainian")] // written only capitalised in the word list
    [InlineData("perverted", PartOfSpeech.VERB, "VBD", "pervert")] // a WordNet verb lemma, not "perverte"
    public void Lemmatizer_uses_the_penn_tag_and_ewt_casing(string word, PartOfSpeech upos, string xpos, string lemma)
    {
        Assert.Equal(lemma, TaggerModel.Default.Lemmatizer.Lemmatize(word, upos, xpos));
    }

    [Theory]
    [InlineData("She gave her book away .", "PRP$")]
    [InlineData("I gave it to her .", "PRP")]
    public void Her_is_possessive_before_a_noun_and_an_object_elsewhere(string sentence, string expected)
    {
        var words = sentence.Split(' ');
        var tags = new PartOfSpeech[words.Length];
        var xpos = new string?[words.Length];
        TaggerModel.Default.Tagger.Tag(words, tags, xpos);

        Assert.Equal(expected, xpos[Array.IndexOf(words, "her")]);
    }
}
