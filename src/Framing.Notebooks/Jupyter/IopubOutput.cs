using System.Text;
using System.Text.Json.Nodes;

using Framing.Notebooks.Jupyter.Engine;

namespace Framing.Notebooks.Jupyter;

/// <summary>
/// Publishes one cell's outputs on iopub. Stream text is buffered and sent in chunks (when a chunk
/// fills, the stream changes, a rich output follows, every <see cref="FlushInterval"/>, and at the
/// end), so a cell printing megabytes sends a few hundred messages rather than millions, and a
/// slow cell's prints still show up promptly.
/// </summary>
internal sealed class IopubOutput : IKernelOutput, IDisposable
{
    /// <summary>Largest stream message, in UTF-16 code units.</summary>
    public const int ChunkSize = 64 * 1024;

    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(50);

    private readonly Action<string, JsonObject> publish;
    private readonly StringBuilder buffer = new();
    private readonly Timer timer;
    private readonly Lock gate = new();
    private StreamKind bufferedStream;

    /// <param name="publish">Sends one iopub message (type, content) parented to the running request.</param>
    public IopubOutput(Action<string, JsonObject> publish)
    {
        this.publish = publish;
        timer = new Timer(_ => Flush(), null, FlushInterval, FlushInterval);
    }

    public void WriteStream(StreamKind stream, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (gate)
        {
            if (buffer.Length > 0 && stream != bufferedStream)
            {
                FlushLocked();
            }

            bufferedStream = stream;
            buffer.Append(text);
            while (buffer.Length >= ChunkSize)
            {
                int size = ChunkSize;
                if (char.IsHighSurrogate(buffer[size - 1]))
                {
                    size--; // never split a surrogate pair across messages
                }

                Publish(buffer.ToString(0, size));
                buffer.Remove(0, size);
            }
        }
    }

    public void Display(DisplayBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        lock (gate)
        {
            FlushLocked();
            publish("display_data", new JsonObject
            {
                ["data"] = MimeData.ToJson(bundle),
                ["metadata"] = new JsonObject(),
                ["transient"] = new JsonObject(),
            });
        }
    }

    /// <summary>Sends whatever stream text is buffered.</summary>
    public void Flush()
    {
        lock (gate)
        {
            FlushLocked();
        }
    }

    public void Dispose()
    {
        timer.Dispose();
        Flush();
    }

    private void FlushLocked()
    {
        if (buffer.Length == 0)
        {
            return;
        }

        Publish(buffer.ToString());
        buffer.Clear();
    }

    private void Publish(string text) => publish("stream", new JsonObject
    {
        ["name"] = bufferedStream == StreamKind.Stderr ? "stderr" : "stdout",
        ["text"] = text,
    });
}
