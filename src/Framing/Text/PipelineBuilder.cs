using System.Collections.Immutable;

using Framing.Text.Lemmatization.Rules;
using Framing.Text.Sentences;
using Framing.Text.Tokenization;

namespace Framing.Text;

/// <summary>
/// Builds a <see cref="Pipeline"/> (markdig style):
/// <c>new PipelineBuilder().UseTokenizer().UseSentenceSplitter().UseLemmatizer().Build()</c>.
/// Each step has a <see cref="PipelineStage"/>; the built pipeline runs steps by stage and then in
/// the order they were added, so extensions (for example a trained tagger, stage
/// <see cref="PipelineStage.Tag"/>) can be added in any order. Adding a step to the tokenize, split,
/// tag or lemmatize stage replaces the step already there; <see cref="PipelineStage.Other"/> steps accumulate.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<PipelineEntry> entries = [];

    /// <summary>The steps added so far, in the order they were added.</summary>
    public IReadOnlyList<PipelineEntry> Entries => entries;

    /// <summary>Adds the rule-based tokenizer (EWT conventions unless <paramref name="options"/> says otherwise).</summary>
    public PipelineBuilder UseTokenizer(TokenizerOptions? options = null) => Use(PipelineStage.Tokenize, new Tokenizer(options));

    /// <summary>Adds the rule-based sentence splitter.</summary>
    public PipelineBuilder UseSentenceSplitter() => Use(PipelineStage.Split, new SentenceSplitter());

    /// <summary>Adds the rule-based lemmatizer (uses tags when a tagger ran before it).</summary>
    public PipelineBuilder UseLemmatizer() => Use(PipelineStage.Lemmatize, RuleLemmatizer.Instance);

    /// <summary>Adds a step that runs after all linguistic annotation (<see cref="PipelineStage.Other"/>).</summary>
    public PipelineBuilder Use(IPipelineStep step) => Use(PipelineStage.Other, step);

    /// <summary>Adds <paramref name="step"/> to <paramref name="stage"/>, replacing the current step of a linguistic stage.</summary>
    public PipelineBuilder Use(PipelineStage stage, IPipelineStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (!Enum.IsDefined(stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown pipeline stage.");
        }

        if (stage != PipelineStage.Other)
        {
            entries.RemoveAll(e => e.Stage == stage);
        }

        entries.Add(new PipelineEntry(stage, step));
        return this;
    }

    /// <summary>Removes every step of <paramref name="stage"/>.</summary>
    public PipelineBuilder Remove(PipelineStage stage)
    {
        entries.RemoveAll(e => e.Stage == stage);
        return this;
    }

    /// <summary>Builds the immutable pipeline; the builder can be reused afterwards.</summary>
    public Pipeline Build()
    {
        // A stable sort: stage first, then the order of addition.
        var ordered = entries
            .Select((entry, index) => (entry, index))
            .OrderBy(x => x.entry.Stage)
            .ThenBy(x => x.index)
            .Select(x => x.entry)
            .ToImmutableArray();
        return new Pipeline(ordered);
    }
}
