using Framing.Text;
using Framing.Text.Lemmatization.Rules;
using Framing.Text.Sentences;
using Framing.Text.Tokenization;

namespace Framing.Tests.Text;

public class PipelineBuilderTests
{
    /// <summary>A stand-in tagger that tags every token NOUN, to check where a tag-stage step runs.</summary>
    private sealed class EverythingIsANoun : IPipelineStep
    {
        public Document Process(Document document, CancellationToken cancellationToken = default) =>
            document.WithAnnotatedTokens([.. document.Tokens.Select(t => t with { Upos = PartOfSpeech.NOUN })]);
    }

    /// <summary>Records the lemmas it sees, to check it runs after the lemmatizer.</summary>
    private sealed class LemmaRecorder : IPipelineStep
    {
        public List<string?> Seen { get; } = [];

        public Document Process(Document document, CancellationToken cancellationToken = default)
        {
            Seen.AddRange(document.Tokens.Select(t => t.Lemma));
            return document;
        }
    }

    [Fact]
    public void Rule_based_pipeline_tokenizes_splits_and_lemmatizes()
    {
        var document = EnglishPipeline.CreateRuleBased().Process("d", "The allies sold arms. Russia's women took part.");

        Assert.Equal(["The", "allies", "sold", "arms", ".", "Russia", "'s", "women", "took", "part", "."], document.Tokens.Select(t => t.Text));
        Assert.Equal(2, document.Sentences.Length);
        Assert.Equal(["the", "ally", "sell", "arms", ".", "Russia", "'s", "woman", "take", "part", "."], document.Tokens.Select(t => t.Lemma));
    }

    [Fact]
    public void A_tag_stage_step_added_last_runs_before_the_lemmatizer()
    {
        var recorder = new LemmaRecorder();
        var pipeline = EnglishPipeline.CreateBuilder().Use(recorder).Use(PipelineStage.Tag, new EverythingIsANoun()).Build();

        var document = pipeline.Process("d", "The leaves fell.");

        Assert.Equal([PipelineStage.Tokenize, PipelineStage.Split, PipelineStage.Tag, PipelineStage.Lemmatize, PipelineStage.Other], pipeline.Entries.Select(e => e.Stage));
        Assert.Equal("leaf", document.Tokens[1].Lemma); // read as a NOUN, not as the verb "leave"
        Assert.Equal(["the", "leaf", "fell", "."], recorder.Seen);
    }

    [Fact]
    public void A_linguistic_stage_holds_one_step_and_other_steps_accumulate()
    {
        var first = new LemmaRecorder();
        var second = new LemmaRecorder();
        var builder = new PipelineBuilder().UseTokenizer().UseTokenizer(new TokenizerOptions { SplitHyphenatedCompounds = false }).Use(first).Use(second);

        var pipeline = builder.Build();

        Assert.Equal(3, pipeline.Entries.Length);
        Assert.False(((Tokenizer)pipeline.Entries[0].Step).Options.SplitHyphenatedCompounds);
        Assert.Same(first, pipeline.Entries[1].Step);
        Assert.Same(second, pipeline.Entries[2].Step);
    }

    [Fact]
    public void Built_pipeline_does_not_change_when_the_builder_does()
    {
        var builder = new PipelineBuilder().UseTokenizer();
        var pipeline = builder.Build();

        builder.UseSentenceSplitter().Remove(PipelineStage.Tokenize);

        Assert.Single(pipeline.Entries);
        Assert.IsType<Tokenizer>(pipeline.Entries[0].Step);
        Assert.IsType<SentenceSplitter>(Assert.Single(builder.Entries).Step);
    }

    [Fact]
    public void Hyphen_option_keeps_compounds_whole()
    {
        var tokens = new Tokenizer(new TokenizerOptions { SplitHyphenatedCompounds = false }).Tokenize("Russia-China ties");

        Assert.Equal(["Russia-China", "ties"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Clitic_option_keeps_contractions_whole()
    {
        var tokens = new Tokenizer(new TokenizerOptions { SplitClitics = false }).Tokenize("don't");

        Assert.Equal(["don't"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Extra_abbreviations_keep_their_period()
    {
        var tokens = new Tokenizer(new TokenizerOptions { ExtraAbbreviations = ["Gaz."] }).Tokenize("the Gaz. report");

        Assert.Equal(["the", "Gaz.", "report"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Only_regions_are_tokenized_and_sentences_end_at_region_boundaries()
    {
        const string text = "Menu Close\nChina and Russia met in the U.S. capital\nSign up now";
        var body = new TextSpan(11, 51);

        var document = EnglishPipeline.Default.Process("d", text, [body, new TextSpan(52, 59)]);

        Assert.Equal("China", document.Tokens[0].Text);
        Assert.Equal(11, document.Tokens[0].Start);
        Assert.Equal(["China and Russia met in the U.S. capital", "Sign up"], document.Sentences.Select(document.TextOf));
    }

    [Fact]
    public void Bad_input_gives_clear_exceptions()
    {
        var builder = new PipelineBuilder();
        Assert.Throws<ArgumentNullException>(() => builder.Use(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Use((PipelineStage)42, new SentenceSplitter()));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Tokenizer().Tokenize("abc", [new TextSpan(1, 9)]));
        Assert.Contains("outside the text", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => EnglishPipeline.Default.Process((Document)null!));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => EnglishPipeline.Default.Process("d", "Some text.", null, source.Token));
    }

    [Fact]
    public void Lemmatizer_uses_tags_when_present()
    {
        var document = new Document("d", "better").WithTokens([new Token("better", 0, 6, true) { Upos = PartOfSpeech.ADV }]);

        var lemmatized = RuleLemmatizer.Instance.Process(document);

        Assert.Equal("well", lemmatized.Tokens[0].Lemma);
        Assert.Equal(PartOfSpeech.ADV, lemmatized.Tokens[0].Upos);
    }

    [Fact]
    public void Same_input_gives_identical_output()
    {
        const string text = "“It’s over,” said Dr. Jones — the U.S. envoy… Really?! Yes.";
        var a = EnglishPipeline.CreateRuleBased().Process("d", text);
        var b = EnglishPipeline.CreateRuleBased().Process("d", text);

        // ImmutableArray's own Equals compares array references, so compare the elements.
        Assert.Equal(a.Tokens.AsEnumerable(), b.Tokens.AsEnumerable());
        Assert.Equal(a.Sentences.AsEnumerable(), b.Sentences.AsEnumerable());
    }
}
