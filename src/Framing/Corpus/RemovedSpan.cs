using Framing.Text;

namespace Framing.Corpus;

/// <summary>A span of page chrome that cleaning left out of the article body.</summary>
/// <param name="Span">The removed range of the original text (trimmed of surrounding whitespace).</param>
/// <param name="Rule">The name of the cleaning rule that removed it (for example <c>DateLine</c>).</param>
/// <param name="Reason">A short human explanation (for example <c>date header</c>).</param>
public sealed record RemovedSpan(TextSpan Span, string Rule, string Reason);
