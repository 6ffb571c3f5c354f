namespace Framing.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("framing-report-");

    public void Dispose() => _out.Delete(recursive: true);

    private static string Notebook(string name) => RepositoryRoot.Combine("tests", "Framing.Cli.Tests", "TestData", "report", name);

    [Fact]
    public async Task Successful_notebook_writes_html_and_executed_ipynb_and_exits_0()
    {
        var run = await CliHarness.RunInRepoAsync("report", "--notebooks", Notebook("ok.ipynb"), "--out", _out.FullName);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error + run.Out);
        var html = await File.ReadAllTextAsync(Path.Combine(_out.FullName, "ok.html"));
        var executed = await File.ReadAllTextAsync(Path.Combine(_out.FullName, "ok.ipynb"));
        Assert.Contains("documents: 5", html, StringComparison.Ordinal);
        Assert.Contains("seeds/manifest.yaml", html, StringComparison.Ordinal);
        Assert.Contains("\"execution_count\": 3", executed, StringComparison.Ordinal);
        Assert.Contains("cell 3/3 succeeded", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_runs_give_byte_identical_reports()
    {
        var second = _out.CreateSubdirectory("second");
        await CliHarness.RunInRepoAsync("report", "--notebooks", Notebook("ok.ipynb"), "--out", _out.FullName);
        await CliHarness.RunInRepoAsync("report", "--notebooks", Notebook("ok.ipynb"), "--out", second.FullName);

        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(_out.FullName, "ok.html")),
            await File.ReadAllBytesAsync(Path.Combine(second.FullName, "ok.html")));
    }

    [Fact]
    public async Task Failing_cell_exits_1_and_the_report_still_shows_the_error()
    {
        var run = await CliHarness.RunInRepoAsync("report", "--notebooks", Notebook("failing.ipynb"), "--out", _out.FullName);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("deliberate", run.Error, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(_out.FullName, "failing.html"));
        Assert.Contains("deliberate", html, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_param_is_a_user_error()
    {
        var run = await CliHarness.RunInRepoAsync("report", "--notebooks", Notebook("ok.ipynb"), "--out", _out.FullName, "--param", "no-equals-sign");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("no-equals-sign", run.Error, StringComparison.Ordinal);
        Assert.Empty(_out.GetFiles());
    }

    [Fact]
    public async Task Missing_notebook_is_a_user_error()
    {
        var run = await CliHarness.RunInRepoAsync("report", "--notebooks", "nowhere.ipynb", "--out", _out.FullName);

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("nowhere.ipynb", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_progress_is_a_spectre_display_per_notebook_and_cell()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, RepositoryRoot.Path, IsOutputRedirected: false);

        var code = await CliApplication.RunAsync(["report", "--notebooks", Notebook("ok.ipynb"), "--out", _out.FullName], environment, CancellationToken.None);

        Assert.True(code == ExitCodes.Success, error.ToString());
        var text = System.Text.RegularExpressions.Regex.Replace(output.ToString(), "\u001b\\[[0-9;?]*[A-Za-z]", string.Empty);
        Assert.Contains("ok.ipynb ok", text, StringComparison.Ordinal);
        Assert.Contains("100%", text, StringComparison.Ordinal);
        Assert.Contains("100%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cell 1/3 succeeded", text, StringComparison.Ordinal);
    }
}
