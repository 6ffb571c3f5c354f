namespace Framing.Cli;

/// <summary>
/// The exit-code contract of the <c>framing</c> command. Scripts may rely on these values.
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The input was wrong (bad option, missing file, malformed manifest or codebook, failing notebook cell). The message on stderr says what to fix.</summary>
    public const int UserError = 1;

    /// <summary>A bug in the tool. The message on stderr says so; set FRAMING_DEBUG=1 for the stack trace.</summary>
    public const int InternalError = 2;

    /// <summary>The command was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
