namespace Framing.Notebooks.Jupyter.KernelSpec;

/// <summary>Where a kernelspec is installed, as in <c>jupyter kernelspec install --user|--sys-prefix|--prefix</c>.</summary>
public sealed record KernelSpecTarget
{
    private KernelSpecTarget(string kernelsDirectory) => KernelsDirectory = kernelsDirectory;

    /// <summary>The <c>kernels</c> folder that holds one folder per kernelspec.</summary>
    public string KernelsDirectory { get; }

    /// <summary>
    /// The user's Jupyter data folder, as jupyter_core finds it: <c>JUPYTER_DATA_DIR</c>, else
    /// <c>~/.local/share/jupyter</c> (or <c>$XDG_DATA_HOME/jupyter</c>) on Linux,
    /// <c>~/Library/Jupyter</c> on macOS, <c>%APPDATA%\jupyter</c> on Windows.
    /// </summary>
    public static KernelSpecTarget User() => new(Path.Combine(UserDataDirectory(), "kernels"));

    /// <summary>The Python environment's folder: <c>SYS_PREFIX/share/jupyter/kernels</c>.</summary>
    /// <param name="sysPrefix">Python's <c>sys.prefix</c> (e.g. from <c>python3 -c "import sys; print(sys.prefix)"</c>).</param>
    public static KernelSpecTarget SysPrefix(string sysPrefix) => Prefix(sysPrefix);

    /// <summary>A prefix folder: <c>PREFIX/share/jupyter/kernels</c>.</summary>
    public static KernelSpecTarget Prefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        return new(Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels"));
    }

    private static string UserDataDirectory()
    {
        string? configured = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured);
        }

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }

        string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return string.IsNullOrEmpty(xdg)
            ? Path.Combine(home, ".local", "share", "jupyter")
            : Path.Combine(xdg, "jupyter");
    }
}
