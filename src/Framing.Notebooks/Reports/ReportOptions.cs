using System.Collections.Immutable;

namespace Framing.Notebooks.Reports;

/// <summary>An input whose hash goes into the report's provenance footer.</summary>
/// <param name="Label">What it is, e.g. "corpus", "manifest", "codebook".</param>
/// <param name="Path">A file, or a folder (hashed over its files' relative paths and contents).</param>
public sealed record ProvenanceInput(string Label, string Path)
{
    /// <summary>
    /// The path as the report shows it, usually relative to the workspace, so a report does not
    /// depend on where the repository was cloned. Defaults to the file name.
    /// </summary>
    public string? DisplayPath { get; init; }
}

/// <summary>Settings for <see cref="HtmlReportWriter"/>.</summary>
public sealed record ReportOptions
{
    /// <summary>Leave the code out and show only narrative and outputs.</summary>
    public bool HideCode { get; init; }

    /// <summary>Show code cells expanded; by default they are collapsed under a "Code" summary.</summary>
    public bool ExpandCode { get; init; }

    /// <summary>Inputs to hash in the footer besides the notebook itself (corpus files, manifest, codebook).</summary>
    public ImmutableArray<ProvenanceInput> Provenance { get; init; } = [];

    /// <summary>The version of the tool that made the report.</summary>
    public string ToolVersion { get; init; } = "unknown";

    /// <summary>The git commit of the workspace, as given by the caller.</summary>
    public string Commit { get; init; } = "unknown";

    /// <summary>The page title; null uses the notebook's first heading, then its file name.</summary>
    public string? Title { get; init; }
}
