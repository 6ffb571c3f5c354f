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

    /// <summary>Makes text safe inside a <c>&lt;script&gt;</c> element: no <c>&lt;/script</c> or <c>&lt;!--</c> can end or confuse it.</summary>
    public static string EscapeScript(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return script.Replace("</", "<\\/", StringComparison.Ordinal).Replace("<!--", "<\\!--", StringComparison.Ordinal);
    }
}
