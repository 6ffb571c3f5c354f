using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

using Framing.Notebooks.Jupyter;
using Framing.Notebooks.Jupyter.Engine;
using Framing.Notebooks.Jupyter.Protocol;

using NetMQ;
using NetMQ.Sockets;

namespace Framing.Notebooks.Tests.Jupyter;

/// <summary>
/// Runs a kernel in-process on loopback ports and talks to it over ZeroMQ, as a Jupyter client would.
/// The session is a small test double, so these tests exercise the protocol layer, not the engine
/// (the Python tests in tests/kernel drive the real engine through jupyter_client).
/// </summary>
public sealed class KernelServerTests : IAsyncLifetime, IDisposable
{
    private const string Key = "unit-test-key";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly string connectionFile = Path.Combine(Path.GetTempPath(), "framing-kernel-test-" + Guid.NewGuid().ToString("N") + ".json");
    private readonly MessageSigner signer = new(Key);
    private readonly StringWriter log = new(CultureInfo.InvariantCulture);
    private readonly CancellationTokenSource stop = new();
    private ConnectionInfo connection = null!;
    private Task<int> kernel = null!;
    private DealerSocket shell = null!;
    private DealerSocket control = null!;
    private SubscriberSocket iopub = null!;

    public Task InitializeAsync()
    {
        int[] ports = FreePorts(5);
        connection = new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], Key, "hmac-sha256");
        File.WriteAllText(connectionFile, $$"""
            {"transport": "tcp", "ip": "127.0.0.1", "key": "{{Key}}", "signature_scheme": "hmac-sha256",
             "shell_port": {{ports[0]}}, "iopub_port": {{ports[1]}}, "stdin_port": {{ports[2]}}, "control_port": {{ports[3]}}, "hb_port": {{ports[4]}}}
            """);
        kernel = JupyterKernel.RunAsync(connectionFile, new FakeSessionFactory(), TextWriter.Synchronized(log), ownsProcess: false, stop.Token);
        shell = new DealerSocket(connection.Address(connection.ShellPort));
        control = new DealerSocket(connection.Address(connection.ControlPort));
        iopub = new SubscriberSocket(connection.Address(connection.IopubPort));
        iopub.SubscribeToAnyTopic();
        WaitUntilIopubIsConnected();
        return Task.CompletedTask;
    }

    /// <summary>
    /// A subscriber misses what is published before its subscription arrives, so (like jupyter_client)
    /// ask for kernel_info until iopub shows a message, then drain what that produced.
    /// </summary>
    private void WaitUntilIopubIsConnected()
    {
        DateTime deadline = DateTime.UtcNow + Wait;
        int requests = 0;
        NetMQMessage? frames = null;
        while (!iopub.TryReceiveMultipartMessage(TimeSpan.FromMilliseconds(100), ref frames))
        {
            Assert.True(DateTime.UtcNow < deadline, "iopub never connected");
            Send(shell, "kernel_info_request", []);
            requests++;
        }

        for (int i = 0; i < requests; i++)
        {
            Receive(shell);
        }

        Thread.Sleep(200);
        while (iopub.TryReceiveMultipartMessage(TimeSpan.Zero, ref frames))
        {
        }
    }

    public async Task DisposeAsync()
    {
        await stop.CancelAsync();
        await kernel.WaitAsync(Wait);
        File.Delete(connectionFile);
    }

    public void Dispose()
    {
        shell.Dispose();
        control.Dispose();
        iopub.Dispose();
        stop.Dispose();
        log.Dispose();
    }

    [Fact]
    public void Kernel_info_is_answered_with_status_busy_and_idle()
    {
        JupyterMessage request = Send(shell, "kernel_info_request", []);
        JupyterMessage reply = Receive(shell);
        Assert.Equal("kernel_info_reply", reply.MsgType);
        Assert.Equal(request.Header.MsgId, reply.ParentHeader.GetProperty("msg_id").GetString());
        Assert.Equal("csharp", reply.Content.GetProperty("language_info").GetProperty("name").GetString());
        Assert.Equal(["busy", "idle"], StatusesFor(request));
    }

    [Fact]
    public void Wrong_signature_is_rejected_and_logged_and_kernel_keeps_serving()
    {
        JupyterMessage forged = JupyterMessage.Create("kernel_info_request", "forger", [], null, false, DateTimeOffset.UtcNow);
        var frames = new NetMQMessage();
        foreach (ReadOnlyMemory<byte> frame in WireCodec.Serialize(forged, new MessageSigner("wrong-key")))
        {
            frames.Append(frame.ToArray());
        }

        shell.SendMultipartMessage(frames);
        var garbage = new NetMQMessage();
        garbage.Append("not a jupyter message");
        shell.SendMultipartMessage(garbage);

        Send(shell, "kernel_info_request", []);
        JupyterMessage reply = Receive(shell);
        Assert.Equal("kernel_info_reply", reply.MsgType);
        Assert.NotEqual(forged.Header.MsgId, reply.ParentHeader.GetProperty("msg_id").GetString());
        string logged = log.ToString();
        Assert.Contains("signature does not match", logged, StringComparison.Ordinal);
        Assert.Contains("malformed message ignored", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_publishes_input_stream_result_and_replies_with_count()
    {
        JupyterMessage first = Send(shell, "execute_request", new JsonObject { ["code"] = "hello", ["silent"] = false });
        JupyterMessage reply = Receive(shell);
        Assert.Equal("ok", reply.Content.GetProperty("status").GetString());
        Assert.Equal(1, reply.Content.GetProperty("execution_count").GetInt32());
        List<JupyterMessage> published = IopubFor(first);
        Assert.Equal(["status", "execute_input", "stream", "execute_result", "status"], published.Select(m => m.MsgType));
        Assert.Equal("hello", published[2].Content.GetProperty("text").GetString());
        Assert.Equal("HELLO", published[3].Content.GetProperty("data").GetProperty("text/plain").GetString());

        Send(shell, "execute_request", new JsonObject { ["code"] = "throw" });
        reply = Receive(shell);
        Assert.Equal("error", reply.Content.GetProperty("status").GetString());
        Assert.Equal(2, reply.Content.GetProperty("execution_count").GetInt32());
        Assert.Equal("FakeError", reply.Content.GetProperty("ename").GetString());
    }

    [Fact]
    public void Interrupt_on_control_cancels_the_running_cell()
    {
        Send(shell, "execute_request", new JsonObject { ["code"] = "hang" });

        // An interrupt that arrives before the cell starts has nothing to cancel, so repeat it until the cell ends.
        NetMQMessage? frames = null;
        int interrupts = 0;
        DateTime deadline = DateTime.UtcNow + Wait;
        while (!shell.TryReceiveMultipartMessage(TimeSpan.FromMilliseconds(200), ref frames))
        {
            Assert.True(DateTime.UtcNow < deadline, "the cell was not interrupted");
            Send(control, "interrupt_request", []);
            interrupts++;
        }

        JupyterMessage reply = WireCodec.Parse([.. frames!.Select(f => (ReadOnlyMemory<byte>)f.ToByteArray())], signer);
        Assert.Equal("error", reply.Content.GetProperty("status").GetString());
        Assert.Equal("OperationCanceledException", reply.Content.GetProperty("ename").GetString());
        Assert.InRange(interrupts, 1, int.MaxValue);
        Assert.Equal("interrupt_reply", Receive(control).MsgType);

        Send(shell, "execute_request", new JsonObject { ["code"] = "after" });
        Assert.Equal("ok", Receive(shell).Content.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Shutdown_replies_and_ends_the_kernel_with_exit_code_zero()
    {
        Send(control, "shutdown_request", new JsonObject { ["restart"] = true });
        JupyterMessage reply = Receive(control);
        Assert.Equal("shutdown_reply", reply.MsgType);
        Assert.True(reply.Content.GetProperty("restart").GetBoolean());
        Assert.Equal(JupyterKernel.ExitOk, await kernel.WaitAsync(Wait));
    }

    [Fact]
    public async Task Unreadable_connection_file_gives_its_exit_code()
    {
        using var errors = new StringWriter(CultureInfo.InvariantCulture);
        int code = await JupyterKernel.RunAsync(connectionFile + ".missing", new FakeSessionFactory(), errors, ownsProcess: false, CancellationToken.None);
        Assert.Equal(JupyterKernel.ExitBadConnectionFile, code);
        Assert.Contains(".missing", errors.ToString(), StringComparison.Ordinal);
    }

    private JupyterMessage Send(DealerSocket socket, string type, JsonObject content)
    {
        JupyterMessage message = JupyterMessage.Create(type, "test-client", content, null, false, DateTimeOffset.UtcNow);
        var frames = new NetMQMessage();
        foreach (ReadOnlyMemory<byte> frame in WireCodec.Serialize(message, signer))
        {
            frames.Append(frame.ToArray());
        }

        socket.SendMultipartMessage(frames);
        return message;
    }

    private JupyterMessage Receive(NetMQSocket socket)
    {
        NetMQMessage? frames = null;
        Assert.True(socket.TryReceiveMultipartMessage(Wait, ref frames), "no message from the kernel");
        return WireCodec.Parse([.. frames!.Select(f => (ReadOnlyMemory<byte>)f.ToByteArray())], signer);
    }

    private List<JupyterMessage> IopubFor(JupyterMessage request)
    {
        var messages = new List<JupyterMessage>();
        while (true)
        {
            JupyterMessage message = Receive(iopub);
            if (message.ParentHeader.TryGetProperty("msg_id", out JsonElement id) && id.GetString() == request.Header.MsgId)
            {
                messages.Add(message);
                if (message.MsgType == "status" && message.Content.GetProperty("execution_state").GetString() == "idle")
                {
                    return messages;
                }
            }
        }
    }

    private string[] StatusesFor(JupyterMessage request) =>
        [.. IopubFor(request).Where(m => m.MsgType == "status").Select(m => m.Content.GetProperty("execution_state").GetString()!)];

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        int[] ports = [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    /// <summary>"hello" prints and returns upper case, "throw" fails, "hang" waits for cancellation.</summary>
    private sealed class FakeSession : IKernelSession
    {
        public KernelCompilationContext CompilationContext => new([], [], [], null);

        public async Task<KernelExecutionOutcome> ExecuteAsync(string code, IKernelOutput output, CancellationToken cancellationToken)
        {
            switch (code)
            {
                case "throw":
                    return KernelExecutionOutcome.Failure(new KernelError("FakeError", "asked to fail", ["asked to fail"]));
                case "hang":
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                    return KernelExecutionOutcome.Success(null);
                default:
                    output.WriteStream(StreamKind.Stdout, code);
                    return KernelExecutionOutcome.Success(DisplayBundle.PlainText(code.ToUpperInvariant()));
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class FakeSessionFactory : IKernelSessionFactory
    {
        public Task<IKernelSession> CreateAsync(CancellationToken cancellationToken) => Task.FromResult<IKernelSession>(new FakeSession());
    }
}
