using Framing.Notebooks.Jupyter.Engine;
using Framing.Notebooks.Jupyter.Protocol;

using NetMQ;

namespace Framing.Notebooks.Jupyter;

/// <summary>Entry point of <c>framing kernel --connection-file FILE</c>.</summary>
public static class JupyterKernel
{
    /// <summary>Exit code after a shutdown request or cancellation.</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code when the connection file cannot be used.</summary>
    public const int ExitBadConnectionFile = 2;

    /// <summary>Exit code when a socket cannot be bound (e.g. port in use).</summary>
    public const int ExitBindFailed = 3;

    /// <summary>Serves the protocol on the notebook engine (see <see cref="NotebookKernelSessionFactory"/>).</summary>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(string connectionFilePath, TextWriter log, CancellationToken cancellationToken) =>
        RunAsync(connectionFilePath, new NotebookKernelSessionFactory(), log, cancellationToken);

    /// <summary>
    /// Serves the Jupyter protocol described by the connection file until a <c>shutdown_request</c>
    /// arrives or <paramref name="cancellationToken"/> is cancelled. Diagnostics go to
    /// <paramref name="log"/> (pass standard error: the kernel's stdout may be captured by cells).
    /// </summary>
    /// <returns>The process exit code: <see cref="ExitOk"/>, <see cref="ExitBadConnectionFile"/> or <see cref="ExitBindFailed"/>.</returns>
    public static Task<int> RunAsync(
        string connectionFilePath,
        IKernelSessionFactory sessionFactory,
        TextWriter log,
        CancellationToken cancellationToken) =>
        RunAsync(connectionFilePath, sessionFactory, log, ownsProcess: true, cancellationToken);

    /// <param name="connectionFilePath">The connection file Jupyter wrote.</param>
    /// <param name="sessionFactory">Creates the engine session.</param>
    /// <param name="log">Where diagnostics go.</param>
    /// <param name="ownsProcess">
    /// True in a kernel process: standard input is detached (a cell calling <c>Console.ReadLine()</c> gets
    /// null instead of blocking on a terminal nobody types into), and at the end NetMQ's context is
    /// terminated so queued replies (the shutdown reply) are delivered before the process exits.
    /// Tests that keep client sockets in the same process pass false.
    /// </param>
    /// <param name="cancellationToken">Stops the kernel like a shutdown request.</param>
    internal static async Task<int> RunAsync(
        string connectionFilePath,
        IKernelSessionFactory sessionFactory,
        TextWriter log,
        bool ownsProcess,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connectionFilePath);
        ArgumentNullException.ThrowIfNull(sessionFactory);
        ArgumentNullException.ThrowIfNull(log);
        ConnectionInfo connection;
        try
        {
            connection = ConnectionInfo.Load(connectionFilePath);
        }
        catch (JupyterProtocolException error)
        {
            await log.WriteLineAsync(error.Message).ConfigureAwait(false);
            return ExitBadConnectionFile;
        }

        if (ownsProcess)
        {
            Console.SetIn(TextReader.Null);
        }

        KernelServer server;
        try
        {
            server = new KernelServer(connection, sessionFactory, log);
        }
        catch (NetMQException error)
        {
            await log.WriteLineAsync(
                $"Cannot bind the kernel's sockets on {connection.Ip} (ports {connection.ShellPort}, {connection.IopubPort}, {connection.StdinPort}, {connection.ControlPort}, {connection.HbPort}): {error.Message}. Is another kernel using them?")
                .ConfigureAwait(false);
            return ExitBindFailed;
        }

        await using (server.ConfigureAwait(false))
        {
            await server.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        if (ownsProcess)
        {
            await FlushAndTerminateNetMqAsync(log).ConfigureAwait(false);
        }

        return ExitOk;
    }

    /// <summary>
    /// Terminating the context waits for each closed socket's linger, so the last replies reach the
    /// client; bounded, so a socket that was somehow left open cannot keep the process alive.
    /// </summary>
    private static async Task FlushAndTerminateNetMqAsync(TextWriter log)
    {
        try
        {
            await Task.Run(() => NetMQConfig.Cleanup(block: true)).WaitAsync(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await log.WriteLineAsync("NetMQ did not finish sending within 3 s; exiting anyway.").ConfigureAwait(false);
        }
    }
}
