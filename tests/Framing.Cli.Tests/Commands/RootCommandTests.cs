namespace Framing.Cli.Tests.Commands;

public sealed class RootCommandTests
{
    [Fact]
    public async Task Help_lists_the_exit_code_contract()
    {
        var run = await CliHarness.RunInRepoAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Exit codes: 0 success, 1 user error", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_is_a_user_error_with_a_message()
    {
        var run = await CliHarness.RunInRepoAsync("no-such-command");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("no-such-command", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void User_errors_map_to_exit_code_1_and_bugs_to_2_without_a_stack_trace()
    {
        using var error = new StringWriter();
        var environment = new CliEnvironment(TextWriter.Null, error, RepositoryRoot.Path, true);

        var user = CommandRunner.Report(new FramingException("Manifest entry 3 has no id.", "seeds/manifest.yaml", 12), environment);
        var bug = CommandRunner.Report(new InvalidOperationException("boom"), environment);

        Assert.Equal(ExitCodes.UserError, user);
        Assert.Equal(ExitCodes.InternalError, bug);
        var text = error.ToString();
        Assert.Contains("seeds/manifest.yaml", text, StringComparison.Ordinal);
        Assert.Contains("internal error", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
