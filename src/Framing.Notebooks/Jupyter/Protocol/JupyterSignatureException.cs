namespace Framing.Notebooks.Jupyter.Protocol;

/// <summary>A message whose HMAC signature does not match the connection key.</summary>
public sealed class JupyterSignatureException : JupyterProtocolException
{
    /// <summary>Creates an exception with a message.</summary>
    public JupyterSignatureException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the error that caused it.</summary>
    public JupyterSignatureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without a message (required by the analyzers).</summary>
    public JupyterSignatureException()
    {
    }
}
