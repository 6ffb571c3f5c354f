namespace Framing.Cli.Tests;

/// <summary>Runs the real command-line parser and commands in-process with captured output.</summary>
internal static class CliHarness
{
    public static async Task<CliRun> RunAsync(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(output, error, workingDirectory, IsOutputRedirected: true);
        var exitCode = await CliApplication.RunAsync(args, environment, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunInRepoAsync(params string[] args) => RunAsync(RepositoryRoot.Path, args);
}

internal sealed record CliRun(int ExitCode, string Out, string Error);
