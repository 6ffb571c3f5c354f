using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Framing.Notebooks.Jupyter.KernelSpec;

/// <summary>
/// Installs and removes the kernelspec that lets Jupyter clients (VS Code, JupyterLab, nbconvert)
/// start this kernel. The spec points at a published build of the CLI, so starting a kernel never builds.
/// </summary>
public static partial class KernelSpecInstaller
{
    /// <summary>The kernelspec name notebooks declare in <c>metadata.kernelspec.name</c>.</summary>
    public const string DefaultName = "framing-csharp";

    /// <summary>The name Jupyter clients show.</summary>
    public const string DisplayName = "C# (Framing)";

    /// <summary>
    /// Writes <c>kernel.json</c> and the logos into <c>KERNELS/name</c>, replacing an existing spec of that name.
    /// </summary>
    /// <param name="target">Where to install.</param>
    /// <param name="name">The kernelspec name: letters, digits, '.', '_' and '-'.</param>
    /// <param name="cliPath">The published <c>framing</c> apphost, or <c>Framing.Cli.dll</c> (then run with dotnet).</param>
    /// <param name="dotnetPath">The dotnet host for a dll; default: the running host, else <c>dotnet</c> on PATH.</param>
    /// <returns>The folder written.</returns>
    /// <exception cref="ArgumentException">The name is not a valid kernelspec name.</exception>
    /// <exception cref="FileNotFoundException">The CLI does not exist (publish it first).</exception>
    public static string Install(KernelSpecTarget target, string name, string cliPath, string? dotnetPath = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        CheckName(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(cliPath);
        string cli = Path.GetFullPath(cliPath);
        if (!File.Exists(cli))
        {
            throw new FileNotFoundException(
                $"The kernel command '{cli}' does not exist. Publish the CLI first (dotnet publish src/Framing.Cli -o artifacts/framing) and pass its path.",
                cli);
        }

        string folder = Path.Combine(target.KernelsDirectory, name);
        Directory.CreateDirectory(folder);
        WriteAtomically(Path.Combine(folder, "kernel.json"), KernelJson(cli, dotnetPath).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        File.WriteAllBytes(Path.Combine(folder, "logo-32x32.png"), Logo(32));
        File.WriteAllBytes(Path.Combine(folder, "logo-64x64.png"), Logo(64));
        return folder;
    }

    /// <summary>Removes the kernelspec folder; false when there was none.</summary>
    /// <exception cref="ArgumentException">The name is not a valid kernelspec name.</exception>
    public static bool Uninstall(KernelSpecTarget target, string name)
    {
        ArgumentNullException.ThrowIfNull(target);
        CheckName(name);
        string folder = Path.Combine(target.KernelsDirectory, name);
        if (!Directory.Exists(folder))
        {
            return false;
        }

        Directory.Delete(folder, recursive: true);
        return true;
    }

    /// <summary>The <c>kernel.json</c> content for a CLI path (an apphost, or a dll run by dotnet).</summary>
    public static JsonObject KernelJson(string cliPath, string? dotnetPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cliPath);
        var argv = new JsonArray();
        if (cliPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            argv.Add(dotnetPath ?? DefaultDotnet());
        }

        argv.Add(cliPath);
        argv.Add("kernel");
        argv.Add("--connection-file");
        argv.Add("{connection_file}");
        return new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = DisplayName,
            ["language"] = "csharp",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
    }

    /// <summary>A square logo: a violet tile with a lighter border, as a PNG.</summary>
    public static byte[] Logo(int size) => PngWriter.Encode(size, size, (x, y) =>
    {
        int border = Math.Max(1, size / 16);
        bool edge = x < border || y < border || x >= size - border || y >= size - border;
        return edge ? 0xB39DDB : 0x5E35B1;
    });

    private static string DefaultDotnet()
    {
        string? host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return host;
        }

        string? root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        string candidate = root is null ? string.Empty : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }

    private static void CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid kernelspec name: use letters, digits, '.', '_' and '-' only.", nameof(name));
        }
    }

    private static void WriteAtomically(string path, string text)
    {
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();
}
