using System.Collections.Immutable;

namespace Framing.Text.Tagging;

/// <summary>Runs pipeline steps one after another (for example tagger then lemmatizer).</summary>
public sealed class StepSequence : IPipelineStep
{
    /// <summary>Creates a sequence of <paramref name="steps"/>, run in the given order.</summary>
    public StepSequence(params IPipelineStep[] steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Any(static s => s is null))
        {
            throw new ArgumentException("A pipeline step is null.", nameof(steps));
        }

        Steps = [.. steps];
    }

    /// <summary>The steps in run order.</summary>
    public ImmutableArray<IPipelineStep> Steps { get; }

    /// <summary>Runs every step on the output of the previous one.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var step in Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = step.Process(document, cancellationToken);
        }

        return document;
    }
}
