using System.Text;

using Framing.Notebooks.Jupyter.Protocol;

using NetMQ;
using NetMQ.Sockets;

namespace Framing.Notebooks.Jupyter;

/// <summary>The four message channels of a kernel (heartbeat runs separately).</summary>
internal enum KernelChannel
{
    Shell,
    Control,
    Stdin,
    Iopub,
}

/// <summary>
/// Owns the shell, control, stdin and iopub sockets. NetMQ sockets are not thread-safe, so one poller
/// thread does all receiving and sending; other threads hand outgoing messages over through a queue.
/// </summary>
internal sealed class KernelChannels : IDisposable
{
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(1);

    private readonly RouterSocket shell = new();
    private readonly RouterSocket control = new();
    private readonly RouterSocket stdin = new();
    private readonly PublisherSocket iopub = new();
    private readonly NetMQQueue<Outgoing> outgoing = new();
    private readonly NetMQPoller poller;
    private readonly MessageSigner signer;
    private readonly TextWriter log;
    private readonly Action<KernelChannel, JupyterMessage> received;

    public KernelChannels(ConnectionInfo connection, MessageSigner signer, TextWriter log, Action<KernelChannel, JupyterMessage> received)
    {
        this.signer = signer;
        this.log = log;
        this.received = received;
        foreach (NetMQSocket socket in (NetMQSocket[])[shell, control, stdin, iopub])
        {
            socket.Options.Linger = Linger;
        }

        // Large outputs are sent as many chunks; the default limit of 1000 queued messages would drop some.
        iopub.Options.SendHighWatermark = 100_000;
        shell.Bind(connection.Address(connection.ShellPort));
        control.Bind(connection.Address(connection.ControlPort));
        stdin.Bind(connection.Address(connection.StdinPort));
        iopub.Bind(connection.Address(connection.IopubPort));
        shell.ReceiveReady += (_, e) => Receive(KernelChannel.Shell, e.Socket);
        control.ReceiveReady += (_, e) => Receive(KernelChannel.Control, e.Socket);
        stdin.ReceiveReady += (_, e) => Receive(KernelChannel.Stdin, e.Socket);
        outgoing.ReceiveReady += (_, e) => DrainOutgoing(e.Queue);
        poller = [shell, control, stdin, outgoing];
    }

    /// <summary>Queues a message for sending; callable from any thread.</summary>
    public void Send(KernelChannel channel, JupyterMessage message) => outgoing.Enqueue(new Outgoing(channel, message));

    /// <summary>Stops the poller once every message queued before this call has been sent.</summary>
    public void StopAfterPendingSends() => outgoing.Enqueue(new Outgoing(KernelChannel.Iopub, null));

    /// <summary>Receives and sends on the calling thread until stopped.</summary>
    public void Run() => poller.Run();

    /// <summary>Stops the poller at once (pending messages may be lost).</summary>
    public void StopNow()
    {
        if (poller.IsRunning)
        {
            poller.Stop();
        }
    }

    public void Dispose()
    {
        poller.Dispose();
        outgoing.Dispose();
        shell.Dispose();
        control.Dispose();
        stdin.Dispose();
        iopub.Dispose();
    }

    private void Receive(KernelChannel channel, NetMQSocket socket)
    {
        var frames = new NetMQMessage();
        while (socket.TryReceiveMultipartMessage(TimeSpan.Zero, ref frames))
        {
            JupyterMessage message;
            try
            {
                message = WireCodec.Parse([.. frames.Select(f => (ReadOnlyMemory<byte>)f.ToByteArray())], signer);
            }
            catch (JupyterSignatureException error)
            {
                Log($"[{channel}] {error.Message}");
                continue;
            }
            catch (JupyterProtocolException error)
            {
                Log($"[{channel}] malformed message ignored: {error.Message}");
                continue;
            }

            try
            {
                received(channel, message);
            }
#pragma warning disable CA1031 // One bad request must not take the kernel down; it is logged.
            catch (Exception error)
#pragma warning restore CA1031
            {
                Log($"[{channel}] error handling {message.MsgType}: {error}");
            }

            frames = new NetMQMessage();
        }
    }

    private void DrainOutgoing(NetMQQueue<Outgoing> queue)
    {
        while (queue.TryDequeue(out Outgoing item, TimeSpan.Zero))
        {
            if (item.Message is null)
            {
                poller.Stop();
                return;
            }

            NetMQSocket socket = item.Channel switch
            {
                KernelChannel.Shell => shell,
                KernelChannel.Control => control,
                KernelChannel.Stdin => stdin,
                _ => iopub,
            };
            var frames = new NetMQMessage();
            if (item.Channel == KernelChannel.Iopub)
            {
                frames.Append(Encoding.UTF8.GetBytes("kernel." + item.Message.Header.Session + "." + item.Message.MsgType));
            }

            foreach (ReadOnlyMemory<byte> frame in WireCodec.Serialize(item.Message, signer))
            {
                frames.Append(frame.ToArray());
            }

            socket.SendMultipartMessage(frames);
        }
    }

    private void Log(string line)
    {
        lock (log)
        {
            log.WriteLine(line);
            log.Flush();
        }
    }

    private readonly record struct Outgoing(KernelChannel Channel, JupyterMessage? Message);
}
