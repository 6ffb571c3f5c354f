using System.Text.Json;

namespace Framing.Notebooks.Model;

/// <summary>
/// Decides the language of code cells and rejects anything that is not C#. The notebook's kernelspec
/// or language_info gives the default; a cell's <c>dotnet_interactive.language</c> or
/// <c>polyglot_notebook.kernelName</c> overrides it (the way C# notebooks in VS Code mark cells).
/// </summary>
public static class NotebookLanguage
{
    /// <summary>Checks that every code cell is C#.</summary>
    /// <param name="notebook">The notebook to check.</param>
    /// <param name="sourceName">The notebook's path or name, for messages.</param>
    /// <exception cref="UnsupportedLanguageException">A code cell is in another language, or no language is declared; the message names the cell.</exception>
    public static void EnsureCSharp(Notebook notebook, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        string? notebookLanguage = JsonValues.GetString(notebook.Metadata, "kernelspec", "language")
            ?? JsonValues.GetString(notebook.Metadata, "language_info", "name");
        for (int i = 0; i < notebook.Cells.Length; i++)
        {
            NotebookCell cell = notebook.Cells[i];
            if (cell.Kind != CellKind.Code)
            {
                continue;
            }

            string? language = CellLanguage(cell.Metadata) ?? notebookLanguage;
            if (language is null)
            {
                throw new UnsupportedLanguageException(
                    $"{sourceName}: {NotebookFile.DescribeCell(i, cell)} has no declared language. Set the notebook's kernelspec language to 'csharp' (or the cell's polyglot_notebook.kernelName).");
            }

            if (!IsCSharp(language))
            {
                throw new UnsupportedLanguageException(
                    $"{sourceName}: {NotebookFile.DescribeCell(i, cell)} is written in '{language}', which is not supported; only C# code cells can run. Convert the cell to C# or make it a Markdown or raw cell.");
            }
        }
    }

    /// <summary>True for the names C# goes by in notebook metadata (<c>csharp</c>, <c>C#</c>, …).</summary>
    public static bool IsCSharp(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Trim().ToUpperInvariant() is "CSHARP" or "C#" or ".NET-CSHARP" or "CS";
    }

    private static string? CellLanguage(JsonElement metadata) =>
        JsonValues.GetString(metadata, "polyglot_notebook", "kernelName")
        ?? JsonValues.GetString(metadata, "dotnet_interactive", "language")
        ?? JsonValues.GetString(metadata, "vscode", "languageId");
}
