namespace Framing.Notebooks.Jupyter.Engine;

/// <summary>Receives a running cell's outputs, in order. Safe to call from any thread.</summary>
public interface IKernelOutput
{
    /// <summary>Text written to standard output or standard error.</summary>
    void WriteStream(StreamKind stream, string text);

    /// <summary>A rich output, e.g. from <c>display(x)</c>.</summary>
    void Display(DisplayBundle bundle);
}

/// <summary>Which text stream an output belongs to.</summary>
public enum StreamKind
{
    /// <summary>Standard output.</summary>
    Stdout,

    /// <summary>Standard error.</summary>
    Stderr,
}
