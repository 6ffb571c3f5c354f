using System.CommandLine;

namespace Framing.Cli;

/// <summary>
/// Runs a command body and turns exceptions into the exit-code contract: user errors print their
/// message, bugs print a short notice (the stack trace only with FRAMING_DEBUG=1).
/// </summary>
public static class CommandRunner
{
    /// <summary>Binds <paramref name="body"/> as the action of <paramref name="command"/>.</summary>
    public static void SetAction(Command command, CliEnvironment environment, Func<ParseResult, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(body);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                return await body(parseResult, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return Report(exception, environment);
            }
        });
    }

    /// <summary>Writes <paramref name="exception"/> to stderr and returns the matching exit code.</summary>
    public static int Report(Exception exception, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(environment);
        switch (exception)
        {
            case OperationCanceledException:
                environment.Error.WriteLine("framing: cancelled.");
                return ExitCodes.Cancelled;
            case FramingException or Framing.Notebooks.NotebookException or Framing.Text.Conllu.ConlluFormatException or CliUsageException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or InvalidDataException:
                environment.Error.WriteLine($"framing: error: {exception.Message}");
                return ExitCodes.UserError;
            default:
                environment.Error.WriteLine(
                    $"framing: internal error ({exception.GetType().Name}): {exception.Message}\n" +
                    "This is a bug in framing. Re-run with FRAMING_DEBUG=1 for the stack trace and report it.");
                if (Environment.GetEnvironmentVariable("FRAMING_DEBUG") == "1")
                {
                    environment.Error.WriteLine(exception.ToString());
                }

                return ExitCodes.InternalError;
        }
    }
}
