using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Framing.Cli.Tests.Browser;

/// <summary>
/// Opens a file in Debian's headless Chromium and returns the DOM after scripts ran, the page's
/// console messages, and every request that tried to leave the machine. Requests are caught by
/// pointing Chromium at a local recording proxy; file:// loads never use it.
/// </summary>
internal static class HeadlessChromium
{
    /// <summary>Chromium's own background services (clock, updates, sign-in) that start even for a local file; they are not the page's requests.</summary>
    private static readonly string[] BrowserServiceHosts = ["clients2.google.com", "update.googleapis.com", "accounts.google.com", "googleapis.com", "gvt1.com"];

    public static string? ExecutablePath { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    public static async Task<PageLoad> LoadAsync(string htmlPath)
    {
        var chromium = ExecutablePath ?? throw new InvalidOperationException("Chromium is not installed.");
        using var proxy = new TcpListener(IPAddress.Loopback, 0);
        proxy.Start();
        var requests = new List<string>();
        using var stop = new CancellationTokenSource();
        var recorder = RecordAsync(proxy, requests, stop.Token);
        var profile = Directory.CreateTempSubdirectory("framing-chromium-");
        try
        {
            var port = ((IPEndPoint)proxy.LocalEndpoint).Port;
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.FullName, $"--proxy-server=http://127.0.0.1:{port}",
                "--enable-logging=stderr", "--log-level=0", "--virtual-time-budget=10000", "--dump-dom",
                new Uri(htmlPath).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            var log = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var console = (await log).Split('\n')
                .Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal))
                .ToList();
            var page = await dom;
            lock (requests)
            {
                return new PageLoad(page, console, [.. requests.Where(r => !BrowserServiceHosts.Any(h => r.Contains(h, StringComparison.Ordinal)))]);
            }
        }
        finally
        {
            await stop.CancelAsync();
            proxy.Stop();
            await recorder.ContinueWith(_ => { }, TaskScheduler.Default);
            profile.Delete(recursive: true);
        }
    }

    private static async Task RecordAsync(TcpListener proxy, List<string> requests, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            using var client = await proxy.AcceptTcpClientAsync(cancellationToken);
            var buffer = new byte[512];
            var read = await client.GetStream().ReadAsync(buffer, cancellationToken);
            lock (requests)
            {
                requests.Add(Encoding.ASCII.GetString(buffer, 0, read).Split('\r')[0]);
            }
        }
    }
}

internal sealed record PageLoad(string Dom, IReadOnlyList<string> ConsoleMessages, IReadOnlyList<string> Requests);

/// <summary>A fact that is skipped, with the reason, where Chromium is not installed.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.ExecutablePath is null)
        {
            Skip = "Headless Chromium is not installed (apt-get install chromium); the browser test of the HTML reports is skipped.";
        }
    }
}
