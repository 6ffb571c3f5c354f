using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;

using Framing.Notebooks.Formatting;
using Framing.Notebooks.Model;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Framing.Notebooks.Execution;

/// <summary>
/// One scripting session, like one kernel: cells run in order on a single Roslyn <see cref="ScriptState"/>
/// chain, so variables, types and references carry from cell to cell. Outputs stream through
/// <see cref="CellExecutionOptions.OnOutput"/> as they happen.
/// </summary>
/// <remarks>
/// <para>Cells of all sessions in the process run one at a time (the working directory is process-wide).
/// Each cell runs on its own thread; its console output is routed to it through an async-local, so the
/// console is never swapped per cell.</para>
/// <para>Interruption: the engine inserts an interruption check at the top of every loop and method body,
/// so a cancelled or timed-out cell (even <c>while (true) { }</c>) stops at once and the session stays
/// usable; a cell blocked in <c>Thread.Sleep</c>, a wait or a join on its thread is woken with
/// <see cref="Thread.Interrupt"/>. Code blocked elsewhere (a read from a pipe, a loop inside a library)
/// cannot be stopped; if it has not stopped within
/// <see cref="NotebookSessionOptions.InterruptGracePeriod"/>, its thread is abandoned and the session is
/// marked broken (<see cref="IsBroken"/>): later cells fail with a message asking for a restart.</para>
/// </remarks>
public sealed class NotebookSession : IDisposable
{
    private static readonly SemaphoreSlim ExecutionGate = new(1, 1);

    private readonly NotebookSessionOptions _options;
    private readonly NotebookGlobals _globals = new();
    private readonly ReferenceResolver _resolver;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _cellLabels = new(StringComparer.Ordinal);
    private ScriptOptions _scriptOptions;
    private ScriptState<object>? _state;
    private int _executionCount;
    private int _displayCount;
    private bool _running;
    private bool _disposed;

    /// <summary>Creates a session; nothing is compiled until the first cell (or <see cref="WarmUpAsync"/>).</summary>
    public NotebookSession(NotebookSessionOptions? options = null)
    {
        _options = options ?? new NotebookSessionOptions();
        string workingDirectory = Path.GetFullPath(_options.WorkingDirectory ?? Environment.CurrentDirectory);
        _resolver = new ReferenceResolver(workingDirectory, _options.WorkspaceRoot, _options.PackageCache);
        _scriptOptions = ScriptOptions.Default
            .WithReferences(ScriptReferences.Default)
            .WithImports(_options.Imports)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Debug);
    }

    /// <summary>The number of cells executed so far (the last cell's execution count).</summary>
    public int ExecutionCount => _executionCount;

    /// <summary>True when a cell could not be stopped and the session must be restarted.</summary>
    public bool IsBroken => BrokenReason is not null;

    /// <summary>Why the session is broken, or null.</summary>
    public string? BrokenReason { get; private set; }

    /// <summary>The variables defined so far (latest value per name), for inspection and completion.</summary>
    public ImmutableArray<ScriptVariable> Variables => _state is null
        ? []
        : [.. _state.Variables.GroupBy(v => v.Name, StringComparer.Ordinal).Select(g => g.Last())];

    /// <summary>The compilation of the last successful cell (its symbols include all earlier cells), for completion; null before the first cell.</summary>
    public Compilation? LastCompilation => _state?.Script.GetCompilation();

    /// <summary>The options the next cell compiles with (references and imports so far).</summary>
    public ScriptOptions ScriptOptions => _scriptOptions;

    /// <summary>True when <paramref name="code"/> is a complete submission (no unclosed braces, strings or statements).</summary>
    public static bool IsCompleteSubmission(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        return SyntaxFactory.IsCompleteSubmission(tree);
    }

    /// <summary>Compiles and runs a throwaway script so Roslyn's first-use cost is paid before the first cell.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        Script<object> script = CSharpScript.Create("System.Linq.Enumerable.Range(0, 2).Sum()", _scriptOptions, typeof(NotebookGlobals));
        await script.RunAsync(new NotebookGlobals(), cancellationToken).ConfigureAwait(false);
        NotebookFormatters.EnsureRegistered();
        _ = DisplayValues.Format(new { Warm = 1 });
    }

    /// <summary>
    /// Executes one cell. Never throws for problems in the cell: compile errors, unresolved references,
    /// exceptions, timeouts and cancellation all end as an <see cref="ErrorOutput"/> with a matching status.
    /// </summary>
    /// <param name="code">The cell source, reference directives at the top.</param>
    /// <param name="options">Label, timeout and output callback for this cell.</param>
    /// <param name="cancellationToken">Interrupts the cell (the kernel's interrupt).</param>
    /// <exception cref="InvalidOperationException">Another cell of this session is still running.</exception>
    public async Task<CellExecutionResult> ExecuteAsync(string code, CellExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ObjectDisposedException.ThrowIf(_disposed, this);
        options ??= new CellExecutionOptions();
        lock (_lock)
        {
            if (_running)
            {
                throw new InvalidOperationException("A cell of this session is still running; execute cells one at a time.");
            }

            _running = true;
        }

        int count = ++_executionCount;
        string label = options.CellLabel ?? $"cell [{count.ToString(CultureInfo.InvariantCulture)}]";
        OutputSink sink = new(options.OnOutput);
        Stopwatch clock = Stopwatch.StartNew();
        try
        {
            CellStatus status = await RunGatedAsync(code, label, count, options, sink, cancellationToken).ConfigureAwait(false);
            if (sink.CallbackFailure is { } failure)
            {
                sink.Add(new ErrorOutput("OutputCallbackError", $"{label}: the output callback failed: {failure.Message}", [failure.ToString()]));
            }

            return new CellExecutionResult(count, status, sink.Close(), clock.Elapsed);
        }
        finally
        {
            lock (_lock)
            {
                _running = false;
            }
        }
    }

    /// <summary>Marks the session disposed; a cell thread that had to be abandoned is left to the runtime.</summary>
    public void Dispose()
    {
        _disposed = true;
        _state = null;
    }

    private async Task<CellStatus> RunGatedAsync(
        string code, string label, int count, CellExecutionOptions options, OutputSink sink, CancellationToken cancellationToken)
    {
        if (BrokenReason is not null)
        {
            sink.Add(CellErrors.Broken(label, BrokenReason));
            return CellStatus.Failed;
        }

        try
        {
            await ExecutionGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            sink.Add(CellErrors.Interrupted(label, timedOut: false, null));
            return CellStatus.Cancelled;
        }

        string previousDirectory = Environment.CurrentDirectory;
        try
        {
            ConsoleRouter.EnsureInstalled();
            NotebookFormatters.EnsureRegistered();
            if (_options.WorkingDirectory is not null)
            {
                Environment.CurrentDirectory = Path.GetFullPath(_options.WorkingDirectory);
            }

            return await CompileAndRunAsync(code, label, count, options, sink, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!string.Equals(Environment.CurrentDirectory, previousDirectory, StringComparison.Ordinal))
            {
                Environment.CurrentDirectory = previousDirectory;
            }

            ExecutionGate.Release();
        }
    }

    private async Task<CellStatus> CompileAndRunAsync(
        string code, string label, int count, CellExecutionOptions options, OutputSink sink, CancellationToken cancellationToken)
    {
        string cellFile = CellFileName(label);
        _cellLabels[cellFile] = label;
        string source;
        try
        {
            (ImmutableArray<CellDirective> directives, string body) = CellDirectives.Extract(code, label);
            IEnumerable<MetadataReference> added = directives
                .SelectMany(d => _resolver.Resolve(d, $"{label}, line {d.Line.ToString(CultureInfo.InvariantCulture)}"))
                .Select(ScriptReferences.ForFile)
                .Where(r => !_scriptOptions.MetadataReferences.Contains(r));
            _scriptOptions = _scriptOptions.AddReferences(added);
            source = InterruptInjector.Inject(body);
        }
        catch (NotebookException ex)
        {
            sink.Add(CellErrors.Reference(label, ex));
            return CellStatus.Failed;
        }

        ScriptOptions cellOptions = _scriptOptions.WithFilePath(cellFile);
        Script<object> script = _state is null
            ? CSharpScript.Create(source, cellOptions, typeof(NotebookGlobals))
            : _state.Script.ContinueWith(source, cellOptions);
        ImmutableArray<Diagnostic> errors;
        try
        {
            errors = [.. script.Compile(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error)];
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            sink.Add(CellErrors.Interrupted(label, timedOut: false, null));
            return CellStatus.Cancelled;
        }

        if (!errors.IsEmpty)
        {
            sink.Add(CellErrors.Compilation(label, errors));
            return CellStatus.Failed;
        }

        TimeSpan? timeout = options.Timeout ?? _options.CellTimeout;
        using CancellationTokenSource interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
        {
            interrupt.CancelAfter(limit);
        }

        CellContext context = new(sink, NextDisplayId, interrupt.Token);
        (Task<ScriptState<object>> run, Thread thread) = StartOnDedicatedThread(script, context, label);
        await Task.WhenAny(run, Task.Delay(Timeout.Infinite, interrupt.Token)).ConfigureAwait(false);
        bool timedOut = !cancellationToken.IsCancellationRequested;
        if (!run.IsCompleted)
        {
            // Loops and methods stop at their interruption checks; a cell blocked in Sleep, Wait or Join on
            // its own thread is woken by Thread.Interrupt (a ThreadInterruptedException in the cell).
            thread.Interrupt();
            await Task.WhenAny(run, Task.Delay(_options.InterruptGracePeriod, CancellationToken.None)).ConfigureAwait(false);
            if (!run.IsCompleted)
            {
                ErrorOutput abandoned = CellErrors.Abandoned(label, timedOut, _options.InterruptGracePeriod);
                BrokenReason = abandoned.EValue;
                sink.Add(abandoned);
                return timedOut ? CellStatus.TimedOut : CellStatus.Cancelled;
            }
        }

        ScriptState<object> state;
        try
        {
            state = await run.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            sink.Add(CellErrors.Interrupted(label, timedOut, timeout));
            return timedOut ? CellStatus.TimedOut : CellStatus.Cancelled;
        }
        catch (CompilationErrorException ex)
        {
            sink.Add(CellErrors.Compilation(label, ex.Diagnostics));
            return CellStatus.Failed;
        }

        _state = state;
        if (state.Exception is OperationCanceledException or ThreadInterruptedException && interrupt.IsCancellationRequested)
        {
            sink.Add(CellErrors.Interrupted(label, timedOut, timeout));
            return timedOut ? CellStatus.TimedOut : CellStatus.Cancelled;
        }

        if (state.Exception is { } exception)
        {
            sink.Add(CellErrors.Exception(label, exception, cellFile, _cellLabels));
            return CellStatus.Failed;
        }

        if (state.ReturnValue is { } value)
        {
            CellContext.Current = context;
            sink.Add(new ExecuteResultOutput(count, DisplayValues.Format(value)));
            CellContext.Current = null;
        }

        return CellStatus.Succeeded;
    }

    /// <summary>
    /// Starts the submission on a new thread, so a cell that never yields cannot hold a thread-pool thread
    /// or the caller, and the caller can stop waiting for it. The returned task completes with the state.
    /// </summary>
    private (Task<ScriptState<object>> Run, Thread Thread) StartOnDedicatedThread(Script<object> script, CellContext context, string label)
    {
        TaskCompletionSource<ScriptState<object>> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        ScriptState<object>? previous = _state;
        Thread thread = new(
            () =>
            {
                CellContext.Current = context;
                try
                {
                    Task<ScriptState<object>> task = previous is null
                        ? script.RunAsync(_globals, static _ => true, context.Interrupt)
                        : script.RunFromAsync(previous, static _ => true, context.Interrupt);
                    _ = task.ContinueWith(
                        t =>
                        {
                            if (t.IsCanceled)
                            {
                                completion.TrySetCanceled();
                            }
                            else if (t.Exception is { } error)
                            {
                                completion.TrySetException(error.InnerExceptions);
                            }
                            else
                            {
                                completion.TrySetResult(t.Result);
                            }
                        },
                        CancellationToken.None,
                        TaskContinuationOptions.ExecuteSynchronously,
                        TaskScheduler.Default);
                }
#pragma warning disable CA1031 // Everything the submission throws is handed to the awaiting caller.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    completion.TrySetException(ex);
                }
            },
            maxStackSize: 16 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "notebook " + label,
        };
        thread.Start();
        return (completion.Task, thread);
    }

    private string NextDisplayId(string kind) =>
        $"{_options.DisplayIdPrefix}-{kind}-{Interlocked.Increment(ref _displayCount).ToString(CultureInfo.InvariantCulture)}";

    private static string CellFileName(string label)
    {
        StringBuilder name = new();
        foreach (char c in label)
        {
            name.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return name.Append(".csx").ToString();
    }
}
