namespace Framing.Text;

/// <summary>
/// One step of the English pipeline (tokenizer, sentence splitter, tagger, lemmatizer).
/// A step never mutates its input: it returns a new <see cref="Document"/>.
/// </summary>
public interface IPipelineStep
{
    /// <summary>Annotates <paramref name="document"/> and returns the result.</summary>
    Document Process(Document document, CancellationToken cancellationToken = default);
}
