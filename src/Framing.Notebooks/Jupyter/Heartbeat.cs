using NetMQ;
using NetMQ.Sockets;

namespace Framing.Notebooks.Jupyter;

/// <summary>
/// Echoes heartbeat pings on its own thread, so clients see the kernel alive even while a cell runs.
/// </summary>
internal sealed class Heartbeat : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly ResponseSocket socket = new();
    private readonly Thread thread;
    private volatile bool stopping;

    public Heartbeat(string address)
    {
        socket.Options.Linger = TimeSpan.Zero;
        socket.Bind(address);
        thread = new Thread(Echo) { IsBackground = true, Name = "jupyter-heartbeat" };
    }

    public void Start() => thread.Start();

    public void Dispose()
    {
        stopping = true;
        if (thread.IsAlive)
        {
            thread.Join();
        }

        socket.Dispose();
    }

    private void Echo()
    {
        List<byte[]> frames = [];
        while (!stopping)
        {
            if (socket.TryReceiveMultipartBytes(PollInterval, ref frames))
            {
                socket.SendMultipartBytes(frames);
            }
        }
    }
}
