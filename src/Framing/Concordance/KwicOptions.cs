namespace Framing.Concordance;

/// <summary>Settings for <see cref="Concordancer"/>.</summary>
public sealed record KwicOptions
{
    /// <summary>The default settings.</summary>
    public static KwicOptions Default { get; } = new();

    /// <summary>
    /// The most characters of context shown on each side of the match. Context never leaves the
    /// match's sentence (so page chrome between paragraphs never shows) and is cut at a word boundary.
    /// </summary>
    public int ContextCharacters { get; init; } = 50;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ContextCharacters"/> is negative.</exception>
    public void Validate()
    {
        if (ContextCharacters < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ContextCharacters), ContextCharacters, "ContextCharacters must be zero or more.");
        }
    }
}
