using Framing.Notebooks.Jupyter.Protocol;

namespace Framing.Notebooks.Tests.Jupyter;

public class ConnectionInfoTests
{
    private const string Valid = """
        {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
         "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "framing-csharp"}
        """;

    [Fact]
    public void Parses_a_connection_file_written_by_jupyter_client()
    {
        ConnectionInfo info = ConnectionInfo.Parse(Valid, "kernel-1.json");
        Assert.Equal(new ConnectionInfo("tcp", "127.0.0.1", 5001, 5002, 5003, 5004, 5005, "abc", "hmac-sha256"), info);
        Assert.Equal("tcp://127.0.0.1:5004", info.Address(info.ControlPort));
    }

    [Fact]
    public void Ipv6_addresses_are_bracketed()
    {
        ConnectionInfo info = ConnectionInfo.Parse(Valid.Replace("127.0.0.1", "::1", StringComparison.Ordinal), "k.json");
        Assert.Equal("tcp://[::1]:5001", info.Address(info.ShellPort));
    }

    [Fact]
    public void Loads_from_a_file_and_names_a_missing_one()
    {
        string path = Path.Combine(Path.GetTempPath(), "framing-connection-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Valid);
        try
        {
            Assert.Equal(5005, ConnectionInfo.Load(path).HbPort);
        }
        finally
        {
            File.Delete(path);
        }

        var error = Assert.Throws<JupyterProtocolException>(() => ConnectionInfo.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("""{"iopub_port": 1, "stdin_port": 2, "control_port": 3, "hb_port": 4}""", "'shell_port'")]
    [InlineData("""{"shell_port": 0, "iopub_port": 1, "stdin_port": 2, "control_port": 3, "hb_port": 4}""", "'shell_port' must be a port")]
    [InlineData("""{"shell_port": "5", "iopub_port": 1, "stdin_port": 2, "control_port": 3, "hb_port": 4}""", "'shell_port' must be a port")]
    [InlineData("""{"transport": "ipc", "shell_port": 5, "iopub_port": 1, "stdin_port": 2, "control_port": 3, "hb_port": 4}""", "only 'tcp'")]
    [InlineData("""{"signature_scheme": "hmac-md5", "shell_port": 5, "iopub_port": 1, "stdin_port": 2, "control_port": 3, "hb_port": 4}""", "only 'hmac-sha256'")]
    [InlineData("""{"key": 5, "shell_port": 5, "iopub_port": 1, "stdin_port": 2, "control_port": 3, "hb_port": 4}""", "'key' must be a string")]
    [InlineData("""{"ip": "", "shell_port": 5, "iopub_port": 1, "stdin_port": 2, "control_port": 3, "hb_port": 4}""", "empty 'ip'")]
    public void Bad_connection_files_are_rejected_with_the_field_named(string json, string expected)
    {
        var error = Assert.Throws<JupyterProtocolException>(() => ConnectionInfo.Parse(json, "bad.json"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }
}
