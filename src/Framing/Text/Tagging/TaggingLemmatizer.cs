using Framing.Text.Lemmatization.Learned;

namespace Framing.Text.Tagging;

/// <summary>The tagger and the learned lemmatizer as one pipeline step (see <see cref="TaggerModel.TaggerAndLemmatizer"/>).</summary>
internal sealed class TaggingLemmatizer(PerceptronTagger tagger, LearnedLemmatizer lemmatizer) : IPipelineStep
{
    public Document Process(Document document, CancellationToken cancellationToken = default) =>
        tagger.Annotate(document, lemmatizer, cancellationToken);
}
