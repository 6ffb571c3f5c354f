namespace Framing.Notebooks.Tests.Execution;

/// <summary>
/// Lets a test and the cell code it runs meet: cells reference the test assembly with <c>#r</c> and wait
/// on this event, which the test's output callback sets. Proves outputs arrive while the cell still runs.
/// </summary>
public static class CellSignal
{
    public static ManualResetEventSlim Event { get; } = new(false);
}
