using Framing.Notebooks.Model;

using Microsoft.DotNet.Interactive.Formatting;

namespace Framing.Notebooks.Formatting;

/// <summary>Turns a value into the MIME bundle of a display or result output.</summary>
internal static class DisplayValues
{
    /// <summary>
    /// Formats a value. Types whose preferred form is plain text (strings, numbers) get only text/plain,
    /// as C# notebooks did; everything else gets text/html and text/plain. A formatter that throws gives
    /// a plain-text note instead of breaking the cell.
    /// </summary>
    public static MimeBundle Format(object value)
    {
        NotebookFormatters.EnsureRegistered();
        IReadOnlyCollection<string> preferred = Formatter.GetPreferredMimeTypesFor(value.GetType());
        bool plainOnly = preferred.Count > 0 && preferred.All(m => string.Equals(m, NotebookFormatters.PlainText, StringComparison.Ordinal));
        string plain = Safe(value, NotebookFormatters.PlainText);
        if (plainOnly)
        {
            return MimeBundle.FromText(KeyValuePair.Create(NotebookFormatters.PlainText, plain));
        }

        return MimeBundle.FromText(
            KeyValuePair.Create(NotebookFormatters.Html, Safe(value, NotebookFormatters.Html)),
            KeyValuePair.Create(NotebookFormatters.PlainText, plain));
    }

    private static string Safe(object value, string mimeType)
    {
        try
        {
            return Formatter.ToDisplayString(value, mimeType);
        }
#pragma warning disable CA1031 // A broken formatter must not lose the cell's other outputs; the failure is shown instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            string message = $"[formatting {value.GetType().Name} as {mimeType} failed: {ex.GetType().Name}: {ex.Message}]";
            return string.Equals(mimeType, NotebookFormatters.Html, StringComparison.Ordinal)
                ? "<pre class=\"framing-format-error\">" + HtmlText.Escape(message) + "</pre>"
                : message;
        }
    }
}
