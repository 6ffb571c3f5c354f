using System.Collections.Immutable;

namespace Framing.Notebooks.Jupyter.Engine;

/// <summary>How a cell ended.</summary>
/// <param name="Result">The trailing expression's value, or null when the cell has none.</param>
/// <param name="Error">The error when the cell failed (compile error, exception, cancellation), else null.</param>
public sealed record KernelExecutionOutcome(DisplayBundle? Result, KernelError? Error)
{
    /// <summary>True when the cell ran to the end.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A successful outcome.</summary>
    public static KernelExecutionOutcome Success(DisplayBundle? result) => new(result, null);

    /// <summary>A failed outcome.</summary>
    public static KernelExecutionOutcome Failure(KernelError error) => new(null, error);
}

/// <summary>A Jupyter error: exception name, message and traceback lines.</summary>
/// <param name="Name">The error's name (<c>ename</c>), e.g. the exception type.</param>
/// <param name="Value">The error's message (<c>evalue</c>).</param>
/// <param name="Traceback">Lines shown to the user.</param>
public sealed record KernelError(string Name, string Value, ImmutableArray<string> Traceback);
