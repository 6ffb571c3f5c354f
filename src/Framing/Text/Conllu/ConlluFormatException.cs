namespace Framing.Text.Conllu;

/// <summary>
/// A CoNLL-U file (or a model file) could not be read. The message names the source, the line
/// and what to fix.
/// </summary>
public sealed class ConlluFormatException : FormatException
{
    /// <summary>Creates an exception for <paramref name="source"/> at <paramref name="lineNumber"/>.</summary>
    /// <param name="source">File path or other name of the input.</param>
    /// <param name="lineNumber">One-based line number, or 0 when the problem is not tied to a line.</param>
    /// <param name="problem">What is wrong and what to do about it.</param>
    public ConlluFormatException(string source, int lineNumber, string problem)
        : base(lineNumber > 0 ? $"{source}, line {lineNumber}: {problem}" : $"{source}: {problem}")
    {
        Source = source;
        LineNumber = lineNumber;
    }

    /// <summary>Creates an exception with a plain message.</summary>
    public ConlluFormatException()
        : this("(unknown)", 0, "invalid CoNLL-U input")
    {
    }

    /// <summary>Creates an exception with a plain message.</summary>
    public ConlluFormatException(string message)
        : this("(unknown)", 0, message)
    {
    }

    /// <summary>Creates an exception with a plain message and an inner exception.</summary>
    public ConlluFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = "(unknown)";
    }

    /// <summary>One-based line number of the problem, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>The file path or name of the input.</summary>
    public new string Source { get; }
}
