namespace Framing.Text;

/// <summary>Ready-made English pipelines.</summary>
public static class EnglishPipeline
{
    private static readonly Lazy<Pipeline> RuleBasedPipeline = new(CreateRuleBased);

    /// <summary>
    /// The workspace's standard pipeline: tokenizer, sentence splitter, the part-of-speech tagger
    /// trained on UD English EWT and the learned lemmatizer (the model ships inside the library and
    /// loads once, lazily). Frames, statistics, the CLI and the notebooks all use it. Shared and thread-safe.
    /// </summary>
    public static Pipeline Default => Tagging.TrainedPipeline.Default;

    /// <summary>
    /// The rule-based pipeline: tokenizer, sentence splitter and rule lemmatizer, no tagger.
    /// Shared and thread-safe; useful as a baseline.
    /// </summary>
    public static Pipeline RuleBased => RuleBasedPipeline.Value;

    /// <summary>Creates a new rule-based pipeline (tokenizer, sentence splitter, rule lemmatizer).</summary>
    public static Pipeline CreateRuleBased() =>
        new PipelineBuilder().UseTokenizer().UseSentenceSplitter().UseLemmatizer().Build();

    /// <summary>A builder preloaded with the rule-based steps, to extend (for example with a trained tagger).</summary>
    public static PipelineBuilder CreateBuilder() =>
        new PipelineBuilder().UseTokenizer().UseSentenceSplitter().UseLemmatizer();
}
