using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

using Framing.Notebooks.Jupyter.KernelSpec;

namespace Framing.Notebooks.Tests.Jupyter;

public sealed class KernelSpecTests : IDisposable
{
    private readonly string prefix = Path.Combine(Path.GetTempPath(), "framing-kernelspec-" + Guid.NewGuid().ToString("N"));
    private readonly string cli;

    public KernelSpecTests()
    {
        Directory.CreateDirectory(prefix);
        cli = Path.Combine(prefix, "framing");
        File.WriteAllText(cli, "stand-in for the published apphost");
    }

    public void Dispose() => Directory.Delete(prefix, recursive: true);

    [Fact]
    public void Install_writes_kernel_json_and_logos_under_prefix()
    {
        string folder = KernelSpecInstaller.Install(KernelSpecTarget.Prefix(prefix), "framing-csharp", cli);

        Assert.Equal(Path.Combine(prefix, "share", "jupyter", "kernels", "framing-csharp"), folder);
        JsonNode spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;
        Assert.Equal(
            [cli, "kernel", "--connection-file", "{connection_file}"],
            spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("C# (Framing)", spec["display_name"]!.GetValue<string>());
        Assert.Equal("csharp", spec["language"]!.GetValue<string>());
        Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());
        AssertPng(File.ReadAllBytes(Path.Combine(folder, "logo-32x32.png")), 32);
        AssertPng(File.ReadAllBytes(Path.Combine(folder, "logo-64x64.png")), 64);
    }

    [Fact]
    public void A_dll_is_started_with_dotnet()
    {
        JsonObject spec = KernelSpecInstaller.KernelJson("/opt/framing/Framing.Cli.dll", "/usr/bin/dotnet");
        Assert.Equal(
            ["/usr/bin/dotnet", "/opt/framing/Framing.Cli.dll", "kernel", "--connection-file", "{connection_file}"],
            spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public void Reinstall_replaces_and_uninstall_removes()
    {
        var target = KernelSpecTarget.Prefix(prefix);
        KernelSpecInstaller.Install(target, "k1", cli);
        string folder = KernelSpecInstaller.Install(target, "k1", cli);
        Assert.True(File.Exists(Path.Combine(folder, "kernel.json")));
        Assert.False(File.Exists(Path.Combine(folder, "kernel.json.tmp")));

        Assert.True(KernelSpecInstaller.Uninstall(target, "k1"));
        Assert.False(Directory.Exists(folder));
        Assert.False(KernelSpecInstaller.Uninstall(target, "k1"));
    }

    [Fact]
    public void Sys_prefix_uses_the_python_prefix()
    {
        Assert.Equal(
            Path.Combine(prefix, "share", "jupyter", "kernels"),
            KernelSpecTarget.SysPrefix(prefix).KernelsDirectory);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("../escape")]
    [InlineData("")]
    public void Bad_names_are_rejected(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => KernelSpecInstaller.Install(KernelSpecTarget.Prefix(prefix), name, cli));
        Assert.Contains("kernelspec name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_cli_says_to_publish()
    {
        var error = Assert.Throws<FileNotFoundException>(() =>
            KernelSpecInstaller.Install(KernelSpecTarget.Prefix(prefix), "k", Path.Combine(prefix, "missing")));
        Assert.Contains("dotnet publish", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, PngWriter.Crc32("123456789"u8));
    }

    [Fact]
    public void Logo_bytes_are_deterministic()
    {
        Assert.Equal(KernelSpecInstaller.Logo(32), KernelSpecInstaller.Logo(32));
    }

    /// <summary>Checks the PNG structure: signature, chunk CRCs, IHDR size and decompressed pixel data size.</summary>
    private static void AssertPng(byte[] png, int size)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        int at = 8;
        var chunks = new List<string>();
        byte[]? pixels = null;
        while (at < png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = Encoding.ASCII.GetString(png, at + 4, 4);
            byte[] data = png[(at + 8)..(at + 8 + length)];
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(PngWriter.Crc32(png.AsSpan(at + 4, 4 + length)), crc);
            if (type == "IHDR")
            {
                Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(data));
                Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4)));
            }
            else if (type == "IDAT")
            {
                using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
                using var raw = new MemoryStream();
                zlib.CopyTo(raw);
                pixels = raw.ToArray();
            }

            chunks.Add(type);
            at += 12 + length;
        }

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks);
        Assert.NotNull(pixels);
        Assert.Equal(size * (1 + (3 * size)), pixels.Length);
    }
}
