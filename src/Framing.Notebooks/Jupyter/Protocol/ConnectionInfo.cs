using System.Globalization;
using System.Text.Json;

namespace Framing.Notebooks.Jupyter.Protocol;

/// <summary>The contents of a Jupyter connection file: where to bind and how to sign.</summary>
/// <param name="Transport">Only <c>tcp</c> is supported.</param>
/// <param name="Ip">The address to bind to; the kernel binds to nothing else.</param>
/// <param name="ShellPort">ROUTER socket for requests.</param>
/// <param name="IopubPort">PUB socket for outputs and status.</param>
/// <param name="StdinPort">ROUTER socket for input requests.</param>
/// <param name="ControlPort">ROUTER socket for interrupt and shutdown.</param>
/// <param name="HbPort">REP socket that echoes heartbeats.</param>
/// <param name="Key">The HMAC key; empty means unsigned.</param>
/// <param name="SignatureScheme">Only <c>hmac-sha256</c> is supported.</param>
public sealed record ConnectionInfo(
    string Transport,
    string Ip,
    int ShellPort,
    int IopubPort,
    int StdinPort,
    int ControlPort,
    int HbPort,
    string Key,
    string SignatureScheme)
{
    /// <summary>The ZeroMQ address for a port, e.g. <c>tcp://127.0.0.1:5555</c>.</summary>
    public string Address(int port) =>
        string.Create(CultureInfo.InvariantCulture, $"{Transport}://{(Ip.Contains(':', StringComparison.Ordinal) ? "[" + Ip + "]" : Ip)}:{port}");

    /// <summary>Reads and checks a connection file.</summary>
    /// <exception cref="JupyterProtocolException">The file is missing, not JSON, or lacks or misstates a field.</exception>
    public static ConnectionInfo Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new JupyterProtocolException($"Cannot read the connection file '{path}': {error.Message}", error);
        }

        return Parse(text, path);
    }

    /// <summary>Parses connection file JSON; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="JupyterProtocolException">The text is not JSON, or lacks or misstates a field.</exception>
    public static ConnectionInfo Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new JupyterProtocolException($"The connection file '{source}' is not valid JSON: {error.Message}", error);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JupyterProtocolException($"The connection file '{source}' must hold a JSON object.");
        }

        string transport = String(root, "transport", "tcp", source);
        if (transport != "tcp")
        {
            throw new JupyterProtocolException(
                $"The connection file '{source}' asks for transport '{transport}'; only 'tcp' is supported. Start the kernel with transport tcp.");
        }

        string scheme = String(root, "signature_scheme", "hmac-sha256", source);
        if (scheme != "hmac-sha256")
        {
            throw new JupyterProtocolException(
                $"The connection file '{source}' asks for signature_scheme '{scheme}'; only 'hmac-sha256' is supported.");
        }

        string ip = String(root, "ip", "127.0.0.1", source);
        if (ip.Length == 0)
        {
            throw new JupyterProtocolException($"The connection file '{source}' has an empty 'ip'.");
        }

        return new ConnectionInfo(
            transport,
            ip,
            Port(root, "shell_port", source),
            Port(root, "iopub_port", source),
            Port(root, "stdin_port", source),
            Port(root, "control_port", source),
            Port(root, "hb_port", source),
            String(root, "key", string.Empty, source),
            scheme);
    }

    private static string String(JsonElement root, string name, string fallback, string source)
    {
        if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new JupyterProtocolException($"The connection file '{source}' field '{name}' must be a string.");
    }

    private static int Port(JsonElement root, string name, string source)
    {
        if (!root.TryGetProperty(name, out JsonElement value))
        {
            throw new JupyterProtocolException($"The connection file '{source}' has no '{name}'.");
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int port) && port is > 0 and <= 65535
            ? port
            : throw new JupyterProtocolException(
                $"The connection file '{source}' field '{name}' must be a port number between 1 and 65535.");
    }
}
