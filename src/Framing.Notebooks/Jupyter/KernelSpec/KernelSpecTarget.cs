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

    /// <summary>Asks Python for <c>sys.prefix</c> (tries <c>python3</c>, then <c>python</c>), for <see cref="SysPrefix"/>.</summary>
    /// <exception cref="InvalidOperationException">No Python could be run; the message says to use --user or --prefix instead.</exception>
    public static string FindPythonSysPrefix()
    {
        foreach (string python in (string[])["python3", "python"])
        {
            try
            {
                using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(python, ["-c", "import sys; print(sys.prefix)"])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                });
                if (process is null)
                {
                    continue;
                }

                string output = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                if (process.ExitCode == 0 && output.Length > 0)
                {
                    return output;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under this name; try the next.
            }
        }

        throw new InvalidOperationException(
            "Cannot find Python's sys.prefix (neither python3 nor python ran). Install the kernelspec with --user or --prefix DIR instead.");
    }

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
