namespace Framing.Corpus.Cleaning;

/// <summary>
/// A phrase that, at the start of a line, marks the line as page chrome. Matching ignores case,
/// typographic versus ASCII quotes and runs of whitespace.
/// </summary>
/// <param name="Text">The line prefix, for example <c>Sign up</c>.</param>
/// <param name="Kind">What kind of chrome it announces.</param>
public sealed record ChromePhrase(string Text, ChromeKind Kind);
