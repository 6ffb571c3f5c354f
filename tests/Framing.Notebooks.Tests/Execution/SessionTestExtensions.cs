using Framing.Notebooks.Execution;
using Framing.Notebooks.Model;

namespace Framing.Notebooks.Tests.Execution;

internal static class SessionTestExtensions
{
    public static string? PlainResult(this CellExecutionResult result) =>
        result.Outputs.OfType<ExecuteResultOutput>().SingleOrDefault()?.Data.GetText("text/plain");

    public static string Stream(this CellExecutionResult result, string name) =>
        string.Concat(result.Outputs.OfType<StreamOutput>().Where(s => s.Name == name).Select(s => s.Text));

    public static async Task<CellExecutionResult> Run(this NotebookSession session, string code, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        await session.ExecuteAsync(code, new CellExecutionOptions { Timeout = timeout }, cancellationToken);
}
