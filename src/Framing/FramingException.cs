using System.Globalization;
using System.Text;

namespace Framing;

/// <summary>
/// A user error: bad input that the analyst can fix (a malformed manifest, an unreadable article file,
/// a codebook typo). The message names the file, line and field when known, and says what to do.
/// Command-line tools map this type to exit code 1; any other exception is an internal error.
/// </summary>
public class FramingException : Exception
{
    /// <summary>Creates an error with a message only.</summary>
    public FramingException()
        : this("The input is invalid.")
    {
    }

    /// <summary>Creates an error with a message only.</summary>
    /// <param name="message">What is wrong and what to do about it.</param>
    public FramingException(string message)
        : this(message, file: null)
    {
    }

    /// <summary>Creates an error that wraps the exception that revealed it.</summary>
    /// <param name="message">What is wrong and what to do about it.</param>
    /// <param name="innerException">The underlying cause, for diagnostics.</param>
    public FramingException(string message, Exception? innerException)
        : this(message, file: null, innerException: innerException)
    {
    }

    /// <summary>Creates an error located in a file.</summary>
    /// <param name="problem">What is wrong (one sentence, without the location).</param>
    /// <param name="file">The file at fault, or null.</param>
    /// <param name="line">The 1-based line in <paramref name="file"/>, or null.</param>
    /// <param name="field">The entry or field at fault (for example <c>000_abc.published</c>), or null.</param>
    /// <param name="hint">What the user should do to fix it, or null.</param>
    /// <param name="innerException">The underlying cause, for diagnostics, or null.</param>
    public FramingException(
        string problem,
        string? file,
        int? line = null,
        string? field = null,
        string? hint = null,
        Exception? innerException = null)
        : base(Compose(problem, file, line, field, hint), innerException)
    {
        Problem = problem;
        File = file;
        Line = line;
        Field = field;
        Hint = hint;
    }

    /// <summary>What is wrong, without location or hint.</summary>
    public string Problem { get; } = string.Empty;

    /// <summary>The file at fault, when known.</summary>
    public string? File { get; }

    /// <summary>The 1-based line in <see cref="File"/>, when known.</summary>
    public int? Line { get; }

    /// <summary>The entry or field at fault, when known.</summary>
    public string? Field { get; }

    /// <summary>What the user should do to fix the problem, when known.</summary>
    public string? Hint { get; }

    /// <summary>Formats <c>file:line: field: problem hint</c>, leaving out the parts that are unknown.</summary>
    private static string Compose(string problem, string? file, int? line, string? field, string? hint)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var builder = new StringBuilder();
        if (file is not null)
        {
            builder.Append(file);
            if (line is not null)
            {
                builder.Append(':').Append(line.Value.ToString(CultureInfo.InvariantCulture));
            }

            builder.Append(": ");
        }
        else if (line is not null)
        {
            builder.Append("line ").Append(line.Value.ToString(CultureInfo.InvariantCulture)).Append(": ");
        }

        if (field is not null)
        {
            builder.Append("field '").Append(field).Append("': ");
        }

        builder.Append(problem);
        if (!string.IsNullOrWhiteSpace(hint))
        {
            if (!problem.EndsWith('.'))
            {
                builder.Append('.');
            }

            builder.Append(' ').Append(hint);
        }

        return builder.ToString();
    }
}
