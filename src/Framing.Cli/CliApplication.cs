using System.CommandLine;

using Framing.Cli.Commands;

namespace Framing.Cli;

/// <summary>Builds and runs the <c>framing</c> command line.</summary>
public static class CliApplication
{
    /// <summary>Builds the root command with every subcommand bound to <paramref name="environment"/>.</summary>
    public static RootCommand BuildRootCommand(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = new RootCommand(
            "framing: comparative media-framing analysis over a corpus of news articles.\n" +
            "Exit codes: 0 success, 1 user error (message on stderr), 2 internal error, 130 cancelled.");
        foreach (var command in CommandCatalog.Create(environment))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var root = BuildRootCommand(environment);
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return CommandRunner.Report(exception, environment);
        }
    }
}
