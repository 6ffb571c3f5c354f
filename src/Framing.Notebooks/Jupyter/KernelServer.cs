using System.Text.Json.Nodes;
using System.Threading.Channels;

using Framing.Notebooks.Jupyter.Engine;
using Framing.Notebooks.Jupyter.Protocol;

using NetMQ;

namespace Framing.Notebooks.Jupyter;

/// <summary>
/// One running kernel. Shell requests are handled one at a time, in order, by a worker; control
/// requests (interrupt, shutdown) are handled at once on the socket thread so they can stop a cell.
/// </summary>
internal sealed partial class KernelServer : IAsyncDisposable
{
    private readonly KernelChannels channels;
    private readonly Heartbeat heartbeat;
    private readonly IKernelSessionFactory sessionFactory;
    private readonly TextWriter log;
    private readonly string session = Guid.NewGuid().ToString("N");
    private readonly Channel<JupyterMessage> shellQueue = Channel.CreateUnbounded<JupyterMessage>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource shutdown = new();
    private readonly Lock runningGate = new();
    private CancellationTokenSource? running;
    private Task<IKernelSession>? sessionTask;
    private int executionCount;

    public KernelServer(ConnectionInfo connection, IKernelSessionFactory sessionFactory, TextWriter log)
    {
        this.sessionFactory = sessionFactory;
        this.log = log;
        channels = new KernelChannels(connection, new MessageSigner(connection.Key), log, OnReceived);
        try
        {
            heartbeat = new Heartbeat(connection.Address(connection.HbPort));
        }
        catch (NetMQException)
        {
            channels.Dispose();
            throw;
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Off the calling thread: engine warm-up compiles synchronously and must not delay binding.
        sessionTask = Task.Run(() => sessionFactory.CreateAsync(shutdown.Token));
        heartbeat.Start();
        using CancellationTokenRegistration stopOnCancel = cancellationToken.Register(BeginShutdown);
        Task worker = Task.Factory.StartNew(
            ServeShellAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        Log($"Kernel listening (session {session}).");
        await Task.Factory.StartNew(
            channels.Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        BeginShutdown();
        await worker.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        heartbeat.Dispose();
        channels.Dispose();
        if (sessionTask is { IsCompletedSuccessfully: true })
        {
            await sessionTask.Result.DisposeAsync().ConfigureAwait(false);
        }

        shutdown.Dispose();
        NetMQConfig.Cleanup(block: false);
    }

    /// <summary>Runs on the socket thread: queue shell work, act on control requests at once.</summary>
    private void OnReceived(KernelChannel channel, JupyterMessage message)
    {
        switch (channel)
        {
            case KernelChannel.Shell:
                if (!shellQueue.Writer.TryWrite(message))
                {
                    Log($"[Shell] {message.MsgType} ignored: the kernel is shutting down.");
                }

                break;
            case KernelChannel.Control:
                HandleControl(message);
                break;
            default:
                Log($"[{channel}] {message.MsgType} ignored: this kernel does not request input.");
                break;
        }
    }

    private void HandleControl(JupyterMessage request)
    {
        Publish(request, "status", new JsonObject { ["execution_state"] = "busy" });
        switch (request.MsgType)
        {
            case "interrupt_request":
                CancelRunningCell();
                Reply(KernelChannel.Control, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                CancelRunningCell();
                Reply(KernelChannel.Control, request, "shutdown_reply", new JsonObject
                {
                    ["status"] = "ok",
                    ["restart"] = request.ContentBool("restart", false),
                });
                Publish(request, "status", new JsonObject { ["execution_state"] = "idle" });
                BeginShutdown();
                return;
            case "kernel_info_request":
                Reply(KernelChannel.Control, request, "kernel_info_reply", KernelInfo.Content());
                break;
            default:
                Log($"[Control] unsupported message type '{request.MsgType}' ignored.");
                break;
        }

        Publish(request, "status", new JsonObject { ["execution_state"] = "idle" });
    }

    private void CancelRunningCell()
    {
        lock (runningGate)
        {
            running?.Cancel();
        }
    }

    /// <summary>
    /// Stops taking requests and lets the socket thread send what is queued, then stop. A restart
    /// request ends the process too: Jupyter clients restart a kernel by starting a new process.
    /// </summary>
    private void BeginShutdown()
    {
        if (shutdown.IsCancellationRequested)
        {
            return;
        }

        shutdown.Cancel();
        CancelRunningCell();
        shellQueue.Writer.TryComplete();
        channels.StopAfterPendingSends();
    }

    private async Task ServeShellAsync()
    {
        await foreach (JupyterMessage request in shellQueue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            Publish(request, "status", new JsonObject { ["execution_state"] = "busy" });
            try
            {
                await HandleShellAsync(request).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A failing handler is logged; the kernel keeps serving.
            catch (Exception error)
#pragma warning restore CA1031
            {
                Log($"[Shell] error handling {request.MsgType}: {error}");
                ReplyWithError(request, error);
            }
            finally
            {
                Publish(request, "status", new JsonObject { ["execution_state"] = "idle" });
            }
        }
    }

    /// <summary>Answers a request whose handler failed, so the client is not left waiting.</summary>
    private void ReplyWithError(JupyterMessage request, Exception error)
    {
        if (!request.MsgType.EndsWith("_request", StringComparison.Ordinal))
        {
            return;
        }

        Reply(KernelChannel.Shell, request, request.MsgType[..^"_request".Length] + "_reply", new JsonObject
        {
            ["status"] = "error",
            ["ename"] = error.GetType().Name,
            ["evalue"] = error.Message,
            ["traceback"] = new JsonArray(),
        });
    }

    private void Reply(KernelChannel channel, JupyterMessage request, string msgType, JsonObject content, JsonObject? metadata = null) =>
        channels.Send(channel, JupyterMessage.Create(msgType, session, content, request, routeToParent: true, DateTimeOffset.UtcNow, metadata));

    private void Publish(JupyterMessage parent, string msgType, JsonObject content) =>
        channels.Send(KernelChannel.Iopub, JupyterMessage.Create(msgType, session, content, parent, routeToParent: false, DateTimeOffset.UtcNow));

    private void Log(string line)
    {
        lock (log)
        {
            log.WriteLine(line);
            log.Flush();
        }
    }
}
