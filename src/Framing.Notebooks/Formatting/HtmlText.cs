using System.Text;

namespace Framing.Notebooks.Formatting;

/// <summary>HTML escaping for text that comes from values or articles (never trusted).</summary>
public static class HtmlText
{
    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c> so the text shows as text in element content and attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder escaped = new(text.Length + 16);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Escapes <paramref name="text"/> and wraps the span [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>)
    /// in <c>&lt;mark&gt;</c>, e.g. the match in a keyword-in-context line.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside the text.</exception>
    public static string Highlight(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length, nameof(length));
        return Escape(text[..start]) + "<mark>" + Escape(text.Substring(start, length)) + "</mark>" + Escape(text[(start + length)..]);
    }

    /// <summary>Makes text safe inside a <c>&lt;script&gt;</c> element: no <c>&lt;/script</c> or <c>&lt;!--</c> can end or confuse it.</summary>
    public static string EscapeScript(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return script.Replace("</", "<\\/", StringComparison.Ordinal).Replace("<!--", "<\\!--", StringComparison.Ordinal);
    }
}
