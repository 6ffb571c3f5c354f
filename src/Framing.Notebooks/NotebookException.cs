namespace Framing.Notebooks;

/// <summary>
/// A notebook, a cell, a reference or a parameter cannot be used as given. The message names the
/// file, the cell or the entry and says what to do.
/// </summary>
public class NotebookException : Exception
{
    /// <summary>Creates the exception with an explanatory message.</summary>
    public NotebookException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an explanatory message and the underlying cause.</summary>
    public NotebookException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public NotebookException()
        : base("The notebook cannot be used.")
    {
    }
}

/// <summary>A code cell is written in a language other than C#.</summary>
public sealed class UnsupportedLanguageException : NotebookException
{
    /// <summary>Creates the exception with an explanatory message.</summary>
    public UnsupportedLanguageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an explanatory message and the underlying cause.</summary>
    public UnsupportedLanguageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public UnsupportedLanguageException()
        : base("A code cell uses a language other than C#.")
    {
    }
}
