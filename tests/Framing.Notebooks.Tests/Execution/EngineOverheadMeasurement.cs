using System.Diagnostics;
using System.Globalization;

using Framing.Notebooks.Execution;

using Xunit.Abstractions;

namespace Framing.Notebooks.Tests.Execution;

/// <summary>
/// Prints the engine's first-cell cost and per-cell overhead (not a timing assertion; the figures depend on
/// the machine). Run: <c>dotnet test tests/Framing.Notebooks.Tests -c Release --filter EngineOverheadMeasurement --logger "console;verbosity=detailed"</c>.
/// </summary>
public class EngineOverheadMeasurement(ITestOutputHelper output)
{
    [Fact]
    public async Task Prints_first_cell_cost_and_per_cell_overhead()
    {
        using NotebookSession session = new(new NotebookSessionOptions { WorkingDirectory = TestPaths.RepoRoot });
        Stopwatch clock = Stopwatch.StartNew();
        CellExecutionResult first = await session.Run("int x = 1;\nx");
        TimeSpan firstCell = clock.Elapsed;

        List<double> wall = [];
        List<double> cpu = [];
        for (int i = 0; i < 40; i++)
        {
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            CellExecutionResult result = await session.Run($"var v{i} = x + {i};\nv{i}");
            wall.Add(clock.Elapsed.TotalMilliseconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            Assert.Equal((1 + i).ToString(CultureInfo.InvariantCulture), result.PlainResult());
        }

        Assert.Equal("1", first.PlainResult());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first cell (Roslyn warm-up included): {firstCell.TotalMilliseconds:0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"later cells, wall: median {Median(wall):0.0} ms, min {wall.Min():0.0} ms, p90 {Percentile(wall, 0.9):0.0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"later cells, process CPU: median {Median(cpu):0.0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average: {File.ReadAllText("/proc/loadavg").Trim()}"));
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        List<double> sorted = [.. values.Order()];
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }
}
