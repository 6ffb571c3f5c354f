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
    public static async Task<int> RunAsync(
        string connectionFilePath,
        IKernelSessionFactory sessionFactory,
        TextWriter log,
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

        return ExitOk;
    }
}
