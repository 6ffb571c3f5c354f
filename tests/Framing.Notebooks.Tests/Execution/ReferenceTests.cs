using Framing.Notebooks.Execution;

namespace Framing.Notebooks.Tests.Execution;

public class ReferenceTests
{
    private static NotebookSession NewSession() => new(new NotebookSessionOptions { WorkingDirectory = Path.Combine(TestPaths.RepoRoot, "tests") });

    [Fact]
    public async Task A_pinned_package_from_the_cache_is_referenced_with_its_dependencies()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult result = await session.Run("#r \"nuget: Spectre.Console, 0.57.2\"\nSpectre.Console.Markup.Escape(\"[red]\")");

        Assert.Equal(CellStatus.Succeeded, result.Status);
        Assert.Equal("[[red]]", result.PlainResult());
    }

    [Fact]
    public async Task A_package_already_used_by_the_library_is_shared_not_loaded_twice()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult result = await session.Run("#r \"nuget: Markdig, 1.6.0\"\nvar markdig = typeof(Markdig.Markdown).Assembly;\nMarkdig.Markdown.ToHtml(\"*x*\").Trim()");

        Assert.Equal("<p><em>x</em></p>", result.PlainResult());
        object? loaded = session.Variables.Single(v => v.Name == "markdig").Value;
        Assert.Same(typeof(Markdig.Markdown).Assembly, loaded);
    }

    [Theory]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.0.3\"", "package 'Newtonsoft.Json' is not provided by the workspace")]
    [InlineData("#r \"nuget: Markdig, 0.1.0\"", "package 'Markdig' version 0.1.0 is not provided by the workspace")]
    [InlineData("#:package Markdig@9.0.0", "package 'Markdig' version 9.0.0 is not provided")]
    [InlineData("#r \"missing/Nothing.dll\"", "assembly 'missing/Nothing.dll' not found")]
    [InlineData("#:project ../src/NoSuchProject", "project '../src/NoSuchProject' not found")]
    [InlineData("#r nuget: Markdig", "must be in double quotes")]
    [InlineData("#:include x", "is not supported")]
    public async Task References_the_workspace_does_not_provide_fail_naming_them(string directive, string expected)
    {
        using NotebookSession session = NewSession();

        CellExecutionResult result = await session.Run(directive + "\n1");

        Assert.Equal(CellStatus.Failed, result.Status);
        Assert.Equal("ReferenceError", result.Error!.EName);
        Assert.Contains(expected, result.Error.EValue, StringComparison.Ordinal);
        Assert.StartsWith("cell [1], line 1", result.Error.EValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workspace_project_is_referenced_with_the_file_based_app_directive()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult result = await session.Run(
            "#:project ../src/Framing\nvar doc = new Framing.Text.Document(\"d1\", \"Some text\");\ndoc.Regions.Length");

        Assert.Equal(CellStatus.Succeeded, result.Status);
        Assert.Equal("1", result.PlainResult());
    }

    [Fact]
    public async Task An_assembly_file_is_referenced_by_path()
    {
        using NotebookSession session = NewSession();
        string path = typeof(ReferenceTests).Assembly.Location;

        CellExecutionResult result = await session.Run($"#r \"{path}\"\ntypeof(Framing.Notebooks.Tests.Execution.ReferenceTests).Name");

        Assert.Equal("ReferenceTests", result.PlainResult());
    }

    [Fact]
    public async Task Without_a_reference_library_types_are_unknown()
    {
        using NotebookSession session = NewSession();

        CellExecutionResult result = await session.Run("typeof(Spectre.Console.Markup)");

        Assert.Equal("CompilationError", result.Error!.EName);
    }
}
