using System.Text;

namespace Framing.Notebooks.Execution;

/// <summary>
/// Console redirection is process-wide, so the engine installs one router for standard output and one
/// for standard error, once, and never swaps them per cell. Each write goes to the output sink of the
/// cell running on the writer's flow (an async-local), or to the original console when no cell is
/// running. Concurrent sessions and late writes from background tasks therefore never mix up.
/// </summary>
internal sealed class ConsoleRouter : TextWriter
{
    private static readonly Lock InstallLock = new();
    private static TextWriter? _installedOut;
    private static TextWriter? _installedError;

    private readonly TextWriter _fallback;
    private readonly string _stream;

    private ConsoleRouter(TextWriter fallback, string stream)
    {
        _fallback = fallback;
        _stream = stream;
    }

    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Makes sure the routers are the console's writers (re-installs them if someone replaced them).</summary>
    public static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (!ReferenceEquals(Console.Out, _installedOut))
            {
                Console.SetOut(new ConsoleRouter(Console.Out, Model.StreamOutput.StdOut));
                _installedOut = Console.Out;
            }

            if (!ReferenceEquals(Console.Error, _installedError))
            {
                Console.SetError(new ConsoleRouter(Console.Error, Model.StreamOutput.StdErr));
                _installedError = Console.Error;
            }
        }
    }

    /// <inheritdoc />
    public override void Write(char value) => Write(value.ToString());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        OutputSink? sink = OutputSink.InCallback ? null : CellContext.Current?.Sink;
        if (sink is null || !sink.TryWriteStream(_stream, value))
        {
            _fallback.Write(value);
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
        CellContext? context = CellContext.Current;
        if (context is null)
        {
            _fallback.Flush();
        }
        else
        {
            context.Sink.FlushStreams();
        }
    }
}
