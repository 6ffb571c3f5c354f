using System.Reflection;

using Plotly.NET;

namespace Framing.Notebooks.Formatting;

/// <summary>
/// The plotly.js bundle shipped inside the Plotly.NET assembly, so reports draw charts offline without a CDN.
/// </summary>
public static class PlotlyJs
{
    private static readonly Lazy<string> Bundle = new(Load);

    /// <summary>The minified plotly.js source.</summary>
    public static string Source => Bundle.Value;

    /// <summary>A <c>&lt;script&gt;</c> element carrying plotly.js inline.</summary>
    public static string ScriptTag => "<script type=\"text/javascript\">" + HtmlText.EscapeScript(Source) + "</script>";

    private static string Load()
    {
        Assembly assembly = typeof(GenericChart).Assembly;
        string name = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw new NotebookException("The Plotly.NET assembly carries no plotly.js bundle; charts cannot be drawn offline.");
        using Stream stream = assembly.GetManifestResourceStream(name)!;
        using StreamReader reader = new(stream);
        return reader.ReadToEnd();
    }
}
