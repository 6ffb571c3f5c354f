using System.Collections.Immutable;

namespace Framing.Notebooks.Jupyter.Engine;

/// <summary>
/// One value in several representations keyed by MIME type (<c>text/plain</c>, <c>text/html</c>, …).
/// Values whose MIME type is JSON (<c>application/json</c>, <c>…+json</c>) hold JSON text and are sent as JSON.
/// </summary>
/// <param name="Data">The representations, sorted by MIME type for stable output.</param>
public sealed record DisplayBundle(ImmutableSortedDictionary<string, string> Data)
{
    /// <summary>A bundle with only plain text.</summary>
    public static DisplayBundle PlainText(string text) =>
        new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add("text/plain", text));

    /// <summary>A bundle with HTML and its plain-text fallback.</summary>
    public static DisplayBundle Html(string html, string plainText) =>
        new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal)
            .Add("text/html", html)
            .Add("text/plain", plainText));
}
