using System.ComponentModel;

namespace Framing.Notebooks.Execution;

/// <summary>
/// The interruption check the engine inserts at the top of every loop body and method body of cell code,
/// so a cell stuck in <c>while (true) { }</c> stops when it is interrupted or times out.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScriptInterrupt
{
    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell has been interrupted.</summary>
    public static void Poll()
    {
        CellContext? context = CellContext.Current;
        if (context is not null && context.Interrupt.IsCancellationRequested)
        {
            throw new OperationCanceledException("The cell was interrupted.", context.Interrupt);
        }
    }
}
