namespace Framing.Notebooks.Jupyter.Protocol;

/// <summary>
/// A Jupyter message or connection file that cannot be used: malformed frames, a bad signature,
/// missing fields. The message says what was wrong and what to do.
/// </summary>
public class JupyterProtocolException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public JupyterProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the error that caused it.</summary>
    public JupyterProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without a message (required by the analyzers).</summary>
    public JupyterProtocolException()
    {
    }
}
