namespace Framing.Notebooks.Execution;

/// <summary>
/// What the running cell's code can reach without a reference to the session: where its output goes,
/// the token that interrupts it, and the session's display ids. Flows with the execution context, so
/// tasks and threads the cell starts write to the same cell.
/// </summary>
internal sealed class CellContext(OutputSink sink, Func<string, string> nextDisplayId, CancellationToken interrupt)
{
    private static readonly AsyncLocal<CellContext?> CurrentContext = new();

    /// <summary>The context of the cell running on this flow, or null outside cells.</summary>
    public static CellContext? Current
    {
        get => CurrentContext.Value;
        set => CurrentContext.Value = value;
    }

    /// <summary>Where the cell's outputs go.</summary>
    public OutputSink Sink { get; } = sink;

    /// <summary>Cancelled when the cell is interrupted or times out.</summary>
    public CancellationToken Interrupt { get; } = interrupt;

    /// <summary>Returns a new element id, unique within the session, for a display of the given kind.</summary>
    public string NextDisplayId(string kind) => nextDisplayId(kind);
}
