using System.Collections.Immutable;

namespace Framing.Text;

/// <summary>
/// An immutable chain of <see cref="IPipelineStep"/>s, built with <see cref="PipelineBuilder"/>.
/// Running it on a document runs each step in stage order.
/// </summary>
public sealed class Pipeline : IPipelineStep
{
    internal Pipeline(ImmutableArray<PipelineEntry> entries)
    {
        Entries = entries;
    }

    /// <summary>The steps with their stages, in the order they run.</summary>
    public ImmutableArray<PipelineEntry> Entries { get; }

    /// <summary>The steps in the order they run.</summary>
    public IEnumerable<IPipelineStep> Steps => Entries.Select(e => e.Step);

    /// <summary>Runs every step on <paramref name="document"/> and returns the annotated result.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var entry in Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = entry.Step.Process(document, cancellationToken);
        }

        return document;
    }

    /// <summary>
    /// Builds a document from <paramref name="text"/> and runs the pipeline on it.
    /// </summary>
    /// <param name="id">Document identifier.</param>
    /// <param name="text">The original text.</param>
    /// <param name="regions">The spans to analyse; null means the whole text.</param>
    /// <param name="cancellationToken">Cancels between and inside steps.</param>
    public Document Process(string id, string text, IEnumerable<TextSpan>? regions = null, CancellationToken cancellationToken = default) =>
        Process(new Document(id, text, regions), cancellationToken);
}

/// <summary>A step of a <see cref="Pipeline"/> and the stage it runs in.</summary>
/// <param name="Stage">When the step runs.</param>
/// <param name="Step">The step.</param>
public sealed record PipelineEntry(PipelineStage Stage, IPipelineStep Step);
