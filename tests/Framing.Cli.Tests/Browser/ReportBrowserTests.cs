using System.Text.RegularExpressions;

namespace Framing.Cli.Tests.Browser;

/// <summary>
/// Generates the workspace's reports with <c>framing report</c> and opens each in headless Chromium:
/// every chart is drawn, nothing is logged to the console, nothing is fetched from the network, and
/// article text that contains a script tag shows as text without running.
/// </summary>
public sealed partial class ReportBrowserTests : IClassFixture<ReportBrowserTests.GeneratedReports>
{
    private readonly GeneratedReports _reports;

    public ReportBrowserTests(GeneratedReports reports) => _reports = reports;

    [ChromiumFact]
    public async Task Every_report_draws_its_charts_offline_without_console_messages()
    {
        Assert.True(_reports.ExitCode == ExitCodes.Success, _reports.Error);
        var reports = Directory.GetFiles(_reports.Folder, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Directory.GetFiles(RepositoryRoot.Combine("notebooks"), "*.ipynb").Length, reports.Count);
        var charts = 0;
        foreach (var report in reports)
        {
            var source = await File.ReadAllTextAsync(report);
            // Inline scripts (plotly.js) are checked by the request recorder; the markup must not load anything remote.
            Assert.DoesNotMatch(RemoteResource(), ScriptBody().Replace(source, "<script>"));
            var page = await HeadlessChromium.LoadAsync(report);
            var expected = Regex.Count(source, "Plotly\\.newPlot\\(");
            var drawn = Regex.Count(page.Dom, "class=\"main-svg\"") / 2;
            Assert.True(drawn >= expected, $"{Path.GetFileName(report)}: {expected} charts in the source but {drawn} drawn.");
            Assert.True(page.ConsoleMessages.Count == 0, $"{Path.GetFileName(report)} logged: {string.Join("\n", page.ConsoleMessages)}");
            Assert.True(page.Requests.Count == 0, $"{Path.GetFileName(report)} requested: {string.Join("\n", page.Requests)}");
            charts += expected;
        }

        Assert.True(charts > 0, "No report holds a chart.");
    }

    [ChromiumFact]
    public async Task Article_text_with_a_script_tag_shows_as_text_and_does_not_run()
    {
        Assert.True(_reports.InjectionExitCode == ExitCodes.Success, _reports.Error);
        var page = await HeadlessChromium.LoadAsync(Path.Combine(_reports.Folder, "injection", "script-injection.html"));

        Assert.DoesNotContain("data-pwned=\"1\"", page.Dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page.Dom, StringComparison.Ordinal);
        Assert.Empty(page.ConsoleMessages);
    }

    [GeneratedRegex("""(src|href)\s*=\s*["']?(https?:)?//|url\(\s*["']?https?:""", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteResource();

    [GeneratedRegex("<script\\b[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptBody();

    /// <summary>Runs <c>framing report</c> once for all tests of the class.</summary>
    public sealed class GeneratedReports : IAsyncLifetime
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("framing-browser-").FullName;

        public int ExitCode { get; private set; }

        public int InjectionExitCode { get; private set; }

        public string Error { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            if (HeadlessChromium.ExecutablePath is null)
            {
                return;
            }

            var run = await CliHarness.RunInRepoAsync("report", "--out", Folder);
            var injection = await CliHarness.RunInRepoAsync(
                "report",
                "--notebooks",
                RepositoryRoot.Combine("tests", "Framing.Cli.Tests", "TestData", "report", "script-injection.ipynb"),
                "--out",
                Path.Combine(Folder, "injection"));
            (ExitCode, InjectionExitCode, Error) = (run.ExitCode, injection.ExitCode, run.Error + injection.Error);
        }

        public Task DisposeAsync()
        {
            Directory.Delete(Folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
