using System.Text.Json;

namespace Framing.Cli.Tests.Commands;

public sealed class KernelCommandTests : IDisposable
{
    private readonly DirectoryInfo _prefix = Directory.CreateTempSubdirectory("framing-kernelspec-");

    public void Dispose() => _prefix.Delete(recursive: true);

    [Fact]
    public async Task Install_writes_a_kernelspec_that_starts_this_cli_and_uninstall_removes_it()
    {
        var install = await CliHarness.RunInRepoAsync("kernel", "install", "--prefix", _prefix.FullName, "--name", "framing-test");

        Assert.Equal(ExitCodes.Success, install.ExitCode);
        var folder = Path.Combine(_prefix.FullName, "share", "jupyter", "kernels", "framing-test");
        using var spec = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "kernel.json")));
        var argv = spec.RootElement.GetProperty("argv").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Equal("C# (Framing)", spec.RootElement.GetProperty("display_name").GetString());
        Assert.Equal("csharp", spec.RootElement.GetProperty("language").GetString());
        Assert.Equal("message", spec.RootElement.GetProperty("interrupt_mode").GetString());
        Assert.Contains(argv, a => a!.EndsWith("Framing.Cli.dll", StringComparison.Ordinal) && File.Exists(a));
        Assert.Equal(["kernel", "--connection-file", "{connection_file}"], argv.TakeLast(3));
        Assert.True(File.Exists(Path.Combine(folder, "logo-64x64.png")));

        var uninstall = await CliHarness.RunInRepoAsync("kernel", "uninstall", "--prefix", _prefix.FullName, "--name", "framing-test");

        Assert.Equal(ExitCodes.Success, uninstall.ExitCode);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Uninstalling_a_missing_kernelspec_is_a_user_error()
    {
        var run = await CliHarness.RunInRepoAsync("kernel", "uninstall", "--prefix", _prefix.FullName, "--name", "nothing-here");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("nothing-here", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kernel_with_a_missing_connection_file_is_a_user_error()
    {
        var run = await CliHarness.RunInRepoAsync("kernel", "--connection-file", Path.Combine(_prefix.FullName, "none.json"));

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("none.json", run.Error, StringComparison.Ordinal);
    }
}
