namespace Framing.Text;

/// <summary>Ready-made English pipelines.</summary>
public static class EnglishPipeline
{
    private static readonly Lazy<Pipeline> RuleBased = new(CreateRuleBased);

    /// <summary>
    /// The standard rule-based pipeline: tokenizer, sentence splitter and lemmatizer, no tagger.
    /// Shared and thread-safe.
    /// </summary>
    public static Pipeline Default => RuleBased.Value;

    /// <summary>Creates a new rule-based pipeline (tokenizer, sentence splitter, rule lemmatizer).</summary>
    public static Pipeline CreateRuleBased() =>
        new PipelineBuilder().UseTokenizer().UseSentenceSplitter().UseLemmatizer().Build();

    /// <summary>A builder preloaded with the rule-based steps, to extend (for example with a trained tagger).</summary>
    public static PipelineBuilder CreateBuilder() =>
        new PipelineBuilder().UseTokenizer().UseSentenceSplitter().UseLemmatizer();
}
