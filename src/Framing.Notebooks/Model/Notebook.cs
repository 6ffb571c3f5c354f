using System.Collections.Immutable;
using System.Text.Json;

namespace Framing.Notebooks.Model;

/// <summary>
/// A Jupyter notebook (nbformat 4). Immutable: change it with <c>with</c> expressions. Metadata and
/// properties this model does not know are kept as <see cref="JsonElement"/> values so a read and
/// write round trip gives the same bytes.
/// </summary>
public sealed record Notebook
{
    /// <summary>The major format version; 4 is the only one supported.</summary>
    public int NbFormat { get; init; } = 4;

    /// <summary>The minor format version; 5 and later carry cell ids.</summary>
    public int NbFormatMinor { get; init; } = 5;

    /// <summary>The notebook metadata object (kernelspec, language_info, …), kept as read.</summary>
    public JsonElement Metadata { get; init; } = JsonValues.EmptyObject;

    /// <summary>The cells in document order.</summary>
    public ImmutableArray<NotebookCell> Cells { get; init; } = [];

    /// <summary>Top-level properties the model does not interpret, kept unchanged.</summary>
    public ImmutableSortedDictionary<string, JsonElement> UnknownProperties { get; init; } =
        ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The order the properties had in the file, so writing keeps it.</summary>
    internal ImmutableArray<string> KeyOrder { get; init; } = [];

    /// <summary>Returns a copy with <paramref name="cells"/> as its cells.</summary>
    public Notebook WithCells(IEnumerable<NotebookCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return this with { Cells = [.. cells] };
    }
}
