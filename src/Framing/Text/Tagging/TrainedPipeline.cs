namespace Framing.Text.Tagging;

/// <summary>
/// The trained English pipeline: the rule-based tokenizer and sentence splitter, then the
/// averaged-perceptron tagger and learned lemmatizer of the model trained on UD English EWT
/// (embedded in the library; nothing to train or download).
/// </summary>
public static class TrainedPipeline
{
    private static readonly Lazy<Pipeline> Shared = new(() => Create(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared trained pipeline (tokenize, split, tag, lemmatize); thread-safe.</summary>
    public static Pipeline Default => Shared.Value;

    /// <summary>Creates the trained pipeline with <paramref name="model"/> (default: the embedded EWT model).</summary>
    /// <remarks>Tagging and lemmatisation run as one step (<see cref="TaggerModel.TaggerAndLemmatizer"/>), so the lemmatize stage is empty.</remarks>
    public static Pipeline Create(TaggerModel? model = null) =>
        EnglishPipeline.CreateBuilder().Remove(PipelineStage.Lemmatize).Use(PipelineStage.Tag, (model ?? TaggerModel.Default).TaggerAndLemmatizer).Build();

    /// <summary>Only the tagger and lemmatizer, for documents that are already tokenized and split (for example gold CoNLL-U tokens).</summary>
    public static Pipeline CreateTaggerAndLemmatizer(TaggerModel? model = null) =>
        new PipelineBuilder().Use(PipelineStage.Tag, (model ?? TaggerModel.Default).TaggerAndLemmatizer).Build();

    /// <summary>Adds the trained tagger (UPOS and XPOS) as the builder's tag stage.</summary>
    public static PipelineBuilder UseTrainedTagger(this PipelineBuilder builder, TaggerModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(PipelineStage.Tag, (model ?? TaggerModel.Default).Tagger);
    }

    /// <summary>Adds the learned lemmatizer as the builder's lemmatize stage (replacing the rule lemmatizer).</summary>
    public static PipelineBuilder UseTrainedLemmatizer(this PipelineBuilder builder, TaggerModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(PipelineStage.Lemmatize, (model ?? TaggerModel.Default).Lemmatizer);
    }
}
