namespace Framing.Notebooks.Jupyter.Engine;

/// <summary>
/// What the kernel needs from the notebook engine: one scripting session whose state carries from
/// execution to execution, plus what editing support needs to see the same code.
/// </summary>
public interface IKernelSession : IAsyncDisposable
{
    /// <summary>
    /// Runs one cell. Console output and <c>display(…)</c> calls go to <paramref name="output"/> while it
    /// runs. Compile errors, exceptions and cancellation come back as a failed outcome, never thrown.
    /// </summary>
    Task<KernelExecutionOutcome> ExecuteAsync(string code, IKernelOutput output, CancellationToken cancellationToken);

    /// <summary>The code executed so far and the references and imports it compiled against.</summary>
    KernelCompilationContext CompilationContext { get; }
}

/// <summary>Creates fresh sessions (one per kernel start).</summary>
public interface IKernelSessionFactory
{
    /// <summary>Creates a new, empty session.</summary>
    Task<IKernelSession> CreateAsync(CancellationToken cancellationToken);
}
