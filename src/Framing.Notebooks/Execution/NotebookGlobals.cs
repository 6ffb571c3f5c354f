using Framing.Notebooks.Formatting;
using Framing.Notebooks.Model;

namespace Framing.Notebooks.Execution;

/// <summary>
/// The members cell code can use without qualification: <c>display(x)</c> and the cell's cancellation token.
/// </summary>
/// <remarks>Scripts see only instance members of the globals object, so these stay instance members.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Roslyn scripting exposes only instance members of the globals object.")]
public sealed class NotebookGlobals
{
    internal NotebookGlobals()
    {
    }

    /// <summary>Cancelled when the running cell is interrupted or times out; pass it to long library calls.</summary>
    public CancellationToken CancellationToken => CellContext.Current?.Interrupt ?? CancellationToken.None;

    /// <summary>Shows <paramref name="value"/> as an output of the running cell, formatted like a cell result.</summary>
    /// <exception cref="InvalidOperationException">Called outside a running cell (e.g. from a task that outlived its cell).</exception>
#pragma warning disable IDE1006 // Lower case on purpose: notebooks have always called display(x).
    public void display(object? value)
#pragma warning restore IDE1006
    {
        CellContext context = CellContext.Current
            ?? throw new InvalidOperationException("display() works only while a cell runs.");
        MimeBundle data = value is null
            ? MimeBundle.FromText(KeyValuePair.Create(NotebookFormatters.PlainText, "null"))
            : DisplayValues.Format(value);
        context.Sink.Add(new DisplayDataOutput(data));
    }
}
