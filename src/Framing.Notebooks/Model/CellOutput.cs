using System.Collections.Immutable;
using System.Text.Json;

namespace Framing.Notebooks.Model;

/// <summary>
/// One output of a code cell (nbformat <c>output_type</c>). The engine produces these and the Jupyter
/// kernel sends them as the matching messages.
/// </summary>
public abstract record CellOutput
{
    /// <summary>Properties the model does not interpret, kept unchanged.</summary>
    public ImmutableSortedDictionary<string, JsonElement> UnknownProperties { get; init; } =
        ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The order the properties had in the file, so writing keeps it.</summary>
    internal ImmutableArray<string> KeyOrder { get; init; } = [];

    /// <summary>The nbformat <c>output_type</c>.</summary>
    public abstract string OutputType { get; }
}

/// <summary>Text written to standard output or standard error.</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">The text written.</param>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    /// <summary>The stream name for standard output.</summary>
    public const string StdOut = "stdout";

    /// <summary>The stream name for standard error.</summary>
    public const string StdErr = "stderr";

    /// <inheritdoc />
    public override string OutputType => "stream";

    /// <summary>The text as it was stored (string or list of lines), to write it back the same way.</summary>
    internal JsonElement? RawText { get; init; }
}

/// <summary>A value shown with <c>display(…)</c>: one representation per MIME type.</summary>
/// <param name="Data">The representations, e.g. <c>text/html</c> and <c>text/plain</c>.</param>
public sealed record DisplayDataOutput(MimeBundle Data) : CellOutput
{
    /// <inheritdoc />
    public override string OutputType => "display_data";

    /// <summary>The output metadata object.</summary>
    public JsonElement Metadata { get; init; } = JsonValues.EmptyObject;
}

/// <summary>The value of a cell's trailing expression.</summary>
/// <param name="ExecutionCount">The execution count of the cell that produced it.</param>
/// <param name="Data">The representations, e.g. <c>text/html</c> and <c>text/plain</c>.</param>
public sealed record ExecuteResultOutput(int? ExecutionCount, MimeBundle Data) : CellOutput
{
    /// <inheritdoc />
    public override string OutputType => "execute_result";

    /// <summary>The output metadata object.</summary>
    public JsonElement Metadata { get; init; } = JsonValues.EmptyObject;
}

/// <summary>A compile error, an exception, a timeout or a cancellation.</summary>
/// <param name="EName">The error name, e.g. the exception type or <c>CompilationError</c>.</param>
/// <param name="EValue">The message, naming the cell and the line.</param>
/// <param name="Traceback">The lines of detail shown under the message.</param>
public sealed record ErrorOutput(string EName, string EValue, ImmutableArray<string> Traceback) : CellOutput
{
    /// <inheritdoc />
    public override string OutputType => "error";
}

/// <summary>An output whose type this model does not know; kept unchanged.</summary>
/// <param name="Type">The <c>output_type</c> value.</param>
/// <param name="Raw">The whole output object.</param>
public sealed record UnknownOutput(string Type, JsonElement Raw) : CellOutput
{
    /// <inheritdoc />
    public override string OutputType => Type;
}
