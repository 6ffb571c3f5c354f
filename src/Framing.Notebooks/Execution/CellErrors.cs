using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;

using Framing.Notebooks.Model;

using Microsoft.CodeAnalysis;

namespace Framing.Notebooks.Execution;

/// <summary>Builds the Jupyter error outputs: each names the cell and, where known, the cell's own line.</summary>
internal static class CellErrors
{
    /// <summary>The error name of compile errors.</summary>
    public const string CompilationError = "CompilationError";

    public static ErrorOutput Compilation(string label, IEnumerable<Diagnostic> errors)
    {
        List<Diagnostic> ordered = [.. errors
            .OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
            .ThenBy(d => d.Id, StringComparer.Ordinal)];
        ImmutableArray<string> lines = [.. ordered.Select(d => $"{label}, {Where(d)}: error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}")];
        return new ErrorOutput(CompilationError, lines[0], lines);
    }

    /// <summary>
    /// An exception: the message names the cell and its line; when the exception was thrown in code from
    /// an earlier cell (a helper it defined), that cell and line are named too.
    /// </summary>
    public static ErrorOutput Exception(string label, Exception exception, string cellFile, IReadOnlyDictionary<string, string> cellLabels)
    {
        List<(string File, int Line)> frames = [.. new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .Select(f => (File: Path.GetFileName(f.GetFileName()) ?? "", Line: f.GetFileLineNumber()))
            .Where(f => f.Line > 0 && cellLabels.ContainsKey(f.File))];
        int? line = frames.Where(f => string.Equals(f.File, cellFile, StringComparison.Ordinal)).Select(f => (int?)f.Line).FirstOrDefault();
        string where = line is int l ? $"{label}, line {l.ToString(CultureInfo.InvariantCulture)}" : label;
        if (frames.Count > 0 && !string.Equals(frames[0].File, cellFile, StringComparison.Ordinal))
        {
            where += $" (thrown in {cellLabels[frames[0].File]}, line {frames[0].Line.ToString(CultureInfo.InvariantCulture)})";
        }

        string value = $"{where}: {exception.Message}";
        ImmutableArray<string> traceback =
        [
            $"{exception.GetType().FullName}: {value}",
            .. (exception.StackTrace ?? "").Split('\n')
                .Select(f => f.TrimEnd('\r'))
                .Where(f => f.Length > 0 && !IsEngineFrame(f)),
        ];
        return new ErrorOutput(exception.GetType().FullName ?? exception.GetType().Name, value, traceback);
    }

    public static ErrorOutput Reference(string label, NotebookException exception) =>
        new(exception is UnsupportedLanguageException ? "UnsupportedLanguage" : "ReferenceError",
            exception.Message.StartsWith(label, StringComparison.Ordinal) ? exception.Message : $"{label}: {exception.Message}",
            [exception.Message]);

    public static ErrorOutput Interrupted(string label, bool timedOut, TimeSpan? timeout)
    {
        string value = timedOut
            ? $"{label}: timed out after {timeout.GetValueOrDefault().TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s and was stopped. Make the cell faster or raise the cell timeout."
            : $"{label}: cancelled.";
        return new ErrorOutput(timedOut ? "TimeoutError" : "OperationCanceledException", value, [value]);
    }

    public static ErrorOutput Abandoned(string label, bool timedOut, TimeSpan grace)
    {
        string value = $"{label}: {(timedOut ? "timed out" : "was cancelled")} and did not stop within {grace.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s "
            + "(it is blocked in code that does not check for interruption). The session has been abandoned: restart it to run more cells.";
        return new ErrorOutput(timedOut ? "TimeoutError" : "OperationCanceledException", value, [value]);
    }

    public static ErrorOutput Broken(string label, string reason)
    {
        string value = $"{label}: not run, because the session is no longer usable: {reason}";
        return new ErrorOutput("SessionBroken", value, [value]);
    }

    private static string Where(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return span.IsValid
            ? "line " + (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture)
            : "no line";
    }

    private static bool IsEngineFrame(string frame) =>
        frame.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)
        || frame.Contains("System.Runtime.CompilerServices", StringComparison.Ordinal)
        || frame.Contains("System.Runtime.ExceptionServices", StringComparison.Ordinal)
        || frame.Contains("--- End of stack trace", StringComparison.Ordinal)
        || frame.Contains("Framing.Notebooks.Execution.ScriptInterrupt", StringComparison.Ordinal);
}
