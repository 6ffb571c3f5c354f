using System.Text.Json;

using Framing.Notebooks.Model;

namespace Framing.Notebooks.Tests.Model;

public class NotebookLanguageTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static Notebook CSharpNotebook(params NotebookCell[] cells) =>
        new Notebook { Metadata = Json("{\"kernelspec\": {\"language\": \"C#\", \"name\": \"x\"}}") }.WithCells(cells);

    [Fact]
    public void A_python_notebook_is_rejected_naming_the_cell_and_language()
    {
        Notebook notebook = NotebookFile.Read(TestPaths.Data("Model", "Data", "python.ipynb"));

        UnsupportedLanguageException error = Assert.Throws<UnsupportedLanguageException>(() => NotebookLanguage.EnsureCSharp(notebook, "python.ipynb"));

        Assert.Contains("cell 1 (id 'py-1')", error.Message, StringComparison.Ordinal);
        Assert.Contains("'python'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_marked_fsharp_in_a_csharp_notebook_is_rejected()
    {
        NotebookCell fsharp = NotebookCell.Code("let x = 1") with { Metadata = Json("{\"polyglot_notebook\": {\"kernelName\": \"fsharp\"}}") };
        Notebook notebook = CSharpNotebook(NotebookCell.Code("1"), fsharp);

        UnsupportedLanguageException error = Assert.Throws<UnsupportedLanguageException>(() => NotebookLanguage.EnsureCSharp(notebook, "nb"));

        Assert.Contains("cell 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("fsharp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_without_any_language_is_rejected()
    {
        Notebook notebook = new Notebook().WithCells([NotebookCell.Code("1")]);

        UnsupportedLanguageException error = Assert.Throws<UnsupportedLanguageException>(() => NotebookLanguage.EnsureCSharp(notebook, "nb"));

        Assert.Contains("no declared language", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CSharp_notebooks_and_cells_marked_csharp_pass()
    {
        NotebookCell marked = NotebookCell.Code("1") with { Metadata = Json("{\"dotnet_interactive\": {\"language\": \"csharp\"}}") };

        NotebookLanguage.EnsureCSharp(CSharpNotebook(NotebookCell.Code("1"), NotebookCell.Markdown("text")), "nb");
        NotebookLanguage.EnsureCSharp(new Notebook().WithCells([marked]), "nb");
        Assert.True(NotebookLanguage.IsCSharp("csharp"));
        Assert.False(NotebookLanguage.IsCSharp("python"));
    }
}
