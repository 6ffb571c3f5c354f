namespace Framing.Cli;

/// <summary>A command-line usage error found after parsing (for example a malformed <c>--param</c>).</summary>
public sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception with a message that says what to fix.</summary>
    public CliUsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CliUsageException()
        : base("Invalid command line.")
    {
    }
}
