using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

using Plotly.NET;

namespace Framing.Notebooks.Formatting;

/// <summary>
/// The display formatters notebooks use, on top of <c>Microsoft.DotNet.Interactive.Formatting</c>
/// (the formatting C# notebooks have always used). Registration is process-wide and lives here, not in
/// the core library. The lead registers the library's result types (KWIC tables, …) through
/// <see cref="Register{T}"/>; sessions call <see cref="EnsureRegistered"/> before the first cell.
/// </summary>
public static class NotebookFormatters
{
    /// <summary>The HTML MIME type.</summary>
    public const string Html = "text/html";

    /// <summary>The plain-text MIME type.</summary>
    public const string PlainText = "text/plain";

    private static readonly Lock RegistrationLock = new();
    private static bool _registered;

    /// <summary>Registers the built-in formatters (DataFrame, Plotly charts) once per process.</summary>
    public static void EnsureRegistered()
    {
        lock (RegistrationLock)
        {
            if (_registered)
            {
                return;
            }

            Register<DataFrame>(DataFrameFormatter.ToHtml, DataFrameFormatter.ToPlainText);
            Register<GenericChart>(PlotlyFormatter.ToHtml, chart => "Plotly chart");
            Library.LibraryFormatters.RegisterAll();
            _registered = true;
        }
    }

    /// <summary>
    /// Registers how values of <typeparamref name="T"/> (and derived types) are shown. The HTML must escape
    /// every piece of text taken from the value (use <see cref="HtmlText.Escape"/>): article text is untrusted.
    /// </summary>
    /// <param name="toHtml">Produces the HTML shown in notebooks and reports.</param>
    /// <param name="toPlainText">Produces the plain-text form; null keeps the default (the value's members).</param>
    public static void Register<T>(Func<T, string> toHtml, Func<T, string>? toPlainText = null)
    {
        ArgumentNullException.ThrowIfNull(toHtml);
        Formatter.Register<T>(toHtml, Html);
        if (toPlainText is not null)
        {
            Formatter.Register<T>(toPlainText, PlainText);
        }

        Formatter.SetPreferredMimeTypesFor(typeof(T), Html, PlainText);
    }

    /// <summary>Formats <paramref name="value"/> as <paramref name="mimeType"/>, the way a notebook shows it.</summary>
    public static string Format(object? value, string mimeType)
    {
        EnsureRegistered();
        return Formatter.ToDisplayString(value, mimeType);
    }
}
