using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;

using Framing.Notebooks.Model;

namespace Framing.Notebooks.Execution;

/// <summary>
/// Collects one cell's outputs in order and hands each to the caller's callback as it happens.
/// Console text is batched: a chunk is passed on at a line end once 50 ms have passed since the last
/// chunk, when 64 KiB are pending, before any other output, and at the end of the cell, so a cell
/// printing a million lines does not make a million messages.
/// </summary>
internal sealed class OutputSink(Action<CellOutput>? callback)
{
    private const int MaxPendingChars = 64 * 1024;
    private static readonly TimeSpan ChunkInterval = TimeSpan.FromMilliseconds(50);

    [ThreadStatic]
    private static bool t_inCallback;

    private readonly Lock _lock = new();
    private readonly List<CellOutput> _outputs = [];
    private readonly StringBuilder _pending = new();
    private readonly Stopwatch _sinceChunk = Stopwatch.StartNew();
    private Action<CellOutput>? _callback = callback;
    private string? _pendingStream;
    private bool _closed;

    /// <summary>True while this thread runs an output callback: console writes then go to the real console, not back into the cell.</summary>
    public static bool InCallback => t_inCallback;

    /// <summary>The first exception the callback threw, if any; the callback is not called again after it.</summary>
    public Exception? CallbackFailure { get; private set; }

    /// <summary>Appends console text; false when the cell has already ended (the caller then writes elsewhere).</summary>
    public bool TryWriteStream(string stream, string text)
    {
        lock (_lock)
        {
            if (_closed)
            {
                return false;
            }

            if (_pendingStream is not null && !string.Equals(_pendingStream, stream, StringComparison.Ordinal))
            {
                FlushPending();
            }

            _pendingStream = stream;
            _pending.Append(text);
            if (_pending.Length >= MaxPendingChars || (text.Contains('\n', StringComparison.Ordinal) && _sinceChunk.Elapsed >= ChunkInterval))
            {
                FlushPending();
            }

            return true;
        }
    }

    /// <summary>Passes pending console text on now.</summary>
    public void FlushStreams()
    {
        lock (_lock)
        {
            FlushPending();
        }
    }

    /// <summary>Adds a display, result or error output after any pending console text.</summary>
    /// <exception cref="InvalidOperationException">The cell has already ended.</exception>
    public void Add(CellOutput output)
    {
        lock (_lock)
        {
            if (_closed)
            {
                throw new InvalidOperationException("The cell that owns this output has already finished; display() works only while its cell runs.");
            }

            FlushPending();
            Emit(output);
        }
    }

    /// <summary>Ends the cell: passes pending text on and returns all outputs, adjacent stream chunks merged.</summary>
    public ImmutableArray<CellOutput> Close()
    {
        lock (_lock)
        {
            FlushPending();
            _closed = true;
            return Merge(_outputs);
        }
    }

    private static ImmutableArray<CellOutput> Merge(List<CellOutput> outputs)
    {
        ImmutableArray<CellOutput>.Builder merged = ImmutableArray.CreateBuilder<CellOutput>(outputs.Count);
        for (int i = 0; i < outputs.Count; i++)
        {
            if (outputs[i] is not StreamOutput stream)
            {
                merged.Add(outputs[i]);
                continue;
            }

            StringBuilder text = new(stream.Text);
            while (i + 1 < outputs.Count && outputs[i + 1] is StreamOutput next && string.Equals(next.Name, stream.Name, StringComparison.Ordinal))
            {
                text.Append(next.Text);
                i++;
            }

            merged.Add(new StreamOutput(stream.Name, text.ToString()));
        }

        return merged.ToImmutable();
    }

    private void FlushPending()
    {
        if (_pending.Length == 0 || _pendingStream is null)
        {
            return;
        }

        StreamOutput chunk = new(_pendingStream, _pending.ToString());
        _pending.Clear();
        _sinceChunk.Restart();
        Emit(chunk);
    }

    private void Emit(CellOutput output)
    {
        _outputs.Add(output);
        if (_callback is null)
        {
            return;
        }

        t_inCallback = true;
        try
        {
            _callback(output);
        }
#pragma warning disable CA1031 // The host's callback must not break the user's code; its failure is reported at the end of the cell.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            CallbackFailure = ex;
            _callback = null;
        }
        finally
        {
            t_inCallback = false;
        }
    }
}
