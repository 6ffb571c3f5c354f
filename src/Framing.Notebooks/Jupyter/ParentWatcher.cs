using System.Diagnostics;
using System.Globalization;

namespace Framing.Notebooks.Jupyter;

/// <summary>
/// Ends the kernel when the process that launched it is gone. jupyter_client passes its process id
/// in <c>JPY_PARENT_PID</c>; if the notebook server or nbconvert is killed, nobody will ever send a
/// shutdown request, and without this the kernel would linger as a stray process.
/// </summary>
internal sealed class ParentWatcher : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Process? parent;
    private readonly Timer? timer;

    private ParentWatcher(Process? parent, Action parentGone)
    {
        this.parent = parent;
        if (parent is not null)
        {
            timer = new Timer(_ => Check(parentGone), null, Interval, Interval);
        }
    }

    /// <summary>Watches the process named by <c>JPY_PARENT_PID</c>, if any, and calls <paramref name="parentGone"/> once it exits.</summary>
    public static ParentWatcher Start(Action parentGone, TextWriter log)
    {
        string? value = Environment.GetEnvironmentVariable("JPY_PARENT_PID");
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int pid) || pid <= 1)
        {
            return new ParentWatcher(null, parentGone);
        }

        try
        {
            return new ParentWatcher(Process.GetProcessById(pid), parentGone);
        }
        catch (ArgumentException)
        {
            lock (log)
            {
                log.WriteLine($"The parent process {pid} (JPY_PARENT_PID) is already gone; shutting down.");
            }

            parentGone();
            return new ParentWatcher(null, parentGone);
        }
    }

    public void Dispose()
    {
        timer?.Dispose();
        parent?.Dispose();
    }

    private void Check(Action parentGone)
    {
        try
        {
            parent!.Refresh();
            if (!parent.HasExited)
            {
                return;
            }
        }
        catch (InvalidOperationException)
        {
            // No longer associated with a running process: treat as exited.
        }

        timer?.Change(Timeout.Infinite, Timeout.Infinite);
        parentGone();
    }
}
