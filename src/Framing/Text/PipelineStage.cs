namespace Framing.Text;

/// <summary>
/// Where a step runs in a <see cref="Pipeline"/>. Steps run in stage order, and in the order they
/// were added within a stage, so a tagger added after the lemmatizer still runs before it.
/// </summary>
public enum PipelineStage
{
    /// <summary>Cuts text into tokens.</summary>
    Tokenize = 0,

    /// <summary>Groups tokens into sentences.</summary>
    Split = 1,

    /// <summary>Assigns part-of-speech tags.</summary>
    Tag = 2,

    /// <summary>Assigns lemmas (uses tags when present).</summary>
    Lemmatize = 3,

    /// <summary>Anything that needs the full annotation (the default for <see cref="PipelineBuilder.Use(IPipelineStep)"/>).</summary>
    Other = 4,
}
