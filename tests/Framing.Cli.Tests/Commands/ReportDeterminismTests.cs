using System.Diagnostics;

namespace Framing.Cli.Tests.Commands;

/// <summary>
/// Reports must be byte-identical across processes, not only within one: string hashing is randomised
/// per process, so anything that depends on hash order (for example a floating-point sum over a
/// dictionary) shows up only when two separate runs are compared.
/// </summary>
public sealed class ReportDeterminismTests : IDisposable
{
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("framing-determinism-");

    public void Dispose() => _out.Delete(recursive: true);

    [Fact]
    public async Task Two_separate_processes_write_byte_identical_reports_of_every_notebook()
    {
        var first = await RunReportProcessAsync(Path.Combine(_out.FullName, "first"));
        var second = await RunReportProcessAsync(Path.Combine(_out.FullName, "second"));

        var notebooks = Directory.GetFiles(RepositoryRoot.Combine("notebooks"), "*.ipynb").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.NotEmpty(notebooks);
        foreach (var name in notebooks)
        {
            foreach (var extension in new[] { ".html", ".ipynb" })
            {
                var a = await File.ReadAllBytesAsync(Path.Combine(first, name + extension));
                var b = await File.ReadAllBytesAsync(Path.Combine(second, name + extension));
                Assert.True(a.AsSpan().SequenceEqual(b), $"{name}{extension} differs between two runs.");
            }
        }
    }

    private static async Task<string> RunReportProcessAsync(string outDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Framing.Cli.dll"), "report", "--out", outDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await output + await error);
        return outDirectory;
    }
}
