using System.Collections.Immutable;
using System.Text.Json;

using Framing.Notebooks.Execution;
using Framing.Notebooks.Model;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;

namespace Framing.Notebooks.Jupyter.Engine;

/// <summary>
/// The kernel's session on the notebook engine (<see cref="NotebookSession"/>), the same engine
/// <c>framing report</c> uses, so a notebook run through Jupyter gets the same outputs.
/// </summary>
public sealed class NotebookKernelSession : IKernelSession
{
    private readonly NotebookSession session;

    /// <summary>Wraps an engine session; the kernel session owns and disposes it.</summary>
    public NotebookKernelSession(NotebookSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        this.session = session;
    }

    /// <inheritdoc />
    public KernelCompilationContext CompilationContext
    {
        get
        {
            Compilation compilation = session.LastCompilation
                ?? CSharpScript.Create(string.Empty, session.ScriptOptions, typeof(NotebookGlobals)).GetCompilation();
            return new KernelCompilationContext(
                Submissions(session.LastCompilation),
                [.. compilation.References],
                session.ScriptOptions.Imports,
                typeof(NotebookGlobals));
        }
    }

    /// <inheritdoc />
    public async Task<KernelExecutionOutcome> ExecuteAsync(string code, IKernelOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(output);
        DisplayBundle? result = null;
        KernelError? error = null;
        CellExecutionResult executed = await session.ExecuteAsync(
            code,
            new CellExecutionOptions
            {
                OnOutput = cellOutput =>
                {
                    switch (cellOutput)
                    {
                        case StreamOutput stream:
                            output.WriteStream(stream.Name == StreamOutput.StdErr ? StreamKind.Stderr : StreamKind.Stdout, stream.Text);
                            break;
                        case DisplayDataOutput display:
                            output.Display(ToBundle(display.Data));
                            break;
                        case ExecuteResultOutput value:
                            result = ToBundle(value.Data);
                            break;
                        case ErrorOutput failure:
                            error ??= new KernelError(failure.EName, failure.EValue, failure.Traceback);
                            break;
                        default:
                            break;
                    }
                },
            },
            cancellationToken).ConfigureAwait(false);
        if (!executed.Succeeded && error is null)
        {
            error = executed.Error is { } last
                ? new KernelError(last.EName, last.EValue, last.Traceback)
                : new KernelError(executed.Status.ToString(), "The cell did not complete.", []);
        }

        return error is null ? KernelExecutionOutcome.Success(result) : KernelExecutionOutcome.Failure(error);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        session.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Text representations (stored as lines) become one string; JSON ones stay JSON text.</summary>
    internal static DisplayBundle ToBundle(MimeBundle data)
    {
        ImmutableSortedDictionary<string, string>.Builder entries = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach ((string mime, JsonElement value) in data.Entries)
        {
            entries[mime] = value.ValueKind is JsonValueKind.String or JsonValueKind.Array && data.GetText(mime) is { } text
                ? text
                : value.GetRawText();
        }

        return new DisplayBundle(entries.ToImmutable());
    }

    /// <summary>The source of every submission in the compilation chain, oldest first.</summary>
    private static ImmutableArray<string> Submissions(Compilation? last)
    {
        var sources = new List<string>();
        for (Compilation? current = last; current is not null; current = current.ScriptCompilationInfo?.PreviousScriptCompilation)
        {
            sources.Add(string.Concat(current.SyntaxTrees.Select(tree => tree.ToString())));
        }

        sources.Reverse();
        return [.. sources];
    }
}

/// <summary>Creates kernel sessions on the notebook engine, warmed up so the first cell starts quickly.</summary>
/// <param name="options">Engine settings; null uses the process's working directory and no cell timeout.</param>
public sealed class NotebookKernelSessionFactory(NotebookSessionOptions? options = null) : IKernelSessionFactory
{
    /// <inheritdoc />
    public async Task<IKernelSession> CreateAsync(CancellationToken cancellationToken)
    {
        var session = new NotebookSession(options ?? new NotebookSessionOptions());
        await session.WarmUpAsync(cancellationToken).ConfigureAwait(false);
        return new NotebookKernelSession(session);
    }
}
