namespace Framing.Text.Tagging;

/// <summary>
/// Entry points for the trained English annotation: the embedded EWT model's tagger and
/// lemmatizer, after whatever tokenizer and sentence splitter the caller supplies.
/// </summary>
public static class TrainedPipeline
{
    /// <summary>Tagger then learned lemmatizer of <paramref name="model"/> (default: the embedded model). Input must already be tokenized (and ideally split into sentences).</summary>
    public static IPipelineStep TaggerAndLemmatizer(TaggerModel? model = null)
    {
        model ??= TaggerModel.Default;
        return new StepSequence(model.Tagger, model.Lemmatizer);
    }

    /// <summary>
    /// The full pipeline: <paramref name="tokenization"/> (tokenizer and sentence splitter), then
    /// the tagger and lemmatizer of <paramref name="model"/> (default: the embedded model).
    /// </summary>
    public static IPipelineStep Create(IPipelineStep tokenization, TaggerModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(tokenization);
        model ??= TaggerModel.Default;
        return new StepSequence(tokenization, model.Tagger, model.Lemmatizer);
    }
}
