namespace Framing.Notebooks.Model;

/// <summary>The kind of a notebook cell (nbformat <c>cell_type</c>).</summary>
public enum CellKind
{
    /// <summary>Narrative text in Markdown.</summary>
    Markdown,

    /// <summary>Source code the engine executes.</summary>
    Code,

    /// <summary>Raw content passed through unchanged.</summary>
    Raw,
}
