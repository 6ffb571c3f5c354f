using System.Collections.Immutable;
using System.Text.Json;

namespace Framing.Notebooks.Model;

/// <summary>
/// One notebook cell. Immutable: change it with <c>with</c> expressions. Properties the model does not
/// interpret (attachments, …) are kept unchanged.
/// </summary>
public sealed record NotebookCell
{
    /// <summary>Markdown, code or raw.</summary>
    public CellKind Kind { get; init; }

    /// <summary>The cell id (nbformat 4.5), or null when the file has none.</summary>
    public string? Id { get; init; }

    /// <summary>The cell metadata object (tags, language, …), kept as read.</summary>
    public JsonElement Metadata { get; init; } = JsonValues.EmptyObject;

    /// <summary>The cell source text, lines joined.</summary>
    public string Source { get; init; } = "";

    /// <summary>For code cells, the execution count; null when not executed.</summary>
    public int? ExecutionCount { get; init; }

    /// <summary>For code cells, the outputs in the order they were produced.</summary>
    public ImmutableArray<CellOutput> Outputs { get; init; } = [];

    /// <summary>Properties the model does not interpret, kept unchanged.</summary>
    public ImmutableSortedDictionary<string, JsonElement> UnknownProperties { get; init; } =
        ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The source as it was stored (string or list of lines), to write it back the same way.</summary>
    internal JsonElement? RawSource { get; init; }

    /// <summary>The order the properties had in the file, so writing keeps it.</summary>
    internal ImmutableArray<string> KeyOrder { get; init; } = [];

    /// <summary>The cell's tags (metadata <c>tags</c>), in order; empty when there are none.</summary>
    public ImmutableArray<string> Tags => JsonValues.ReadTags(Metadata);

    /// <summary>Creates a Markdown cell.</summary>
    public static NotebookCell Markdown(string source, string? id = null) =>
        new() { Kind = CellKind.Markdown, Source = source, Id = id };

    /// <summary>Creates a raw cell.</summary>
    public static NotebookCell Raw(string source, string? id = null) =>
        new() { Kind = CellKind.Raw, Source = source, Id = id };

    /// <summary>Creates a code cell with no outputs.</summary>
    public static NotebookCell Code(string source, string? id = null) =>
        new() { Kind = CellKind.Code, Source = source, Id = id };
}
