namespace Framing.Statistics;

/// <summary>
/// Raised when a statistic cannot be computed from the input (an empty corpus, an empty or unknown
/// group, no reference material). The message says what was wrong and what to do. It is a
/// <see cref="FramingException"/>, so command-line tools report it as a user error.
/// </summary>
public sealed class StatisticsException : FramingException
{
    /// <summary>Creates an exception with no message.</summary>
    public StatisticsException()
    {
    }

    /// <summary>Creates an exception with a message that explains the problem and the fix.</summary>
    public StatisticsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception that wraps <paramref name="innerException"/>.</summary>
    public StatisticsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
