namespace Framing.Cli;

/// <summary>Entry point of the <c>framing</c> command.</summary>
public static class CliApplication
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return 0;
    }
}
