using System.Collections.Immutable;

using Framing.Notebooks.Jupyter.Engine;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace Framing.Notebooks.Jupyter.Editing;

/// <summary>
/// Builds a Roslyn workspace that sees the session the way its compiler does: one submission project
/// per executed cell, each referencing the previous one, and the code being edited as the last
/// submission. Completion and inspection then run on that last document.
/// </summary>
internal static class ScriptDocumentBuilder
{
    private static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Parse, SourceCodeKind.Script);

    /// <summary>The document for <paramref name="code"/>, after all executed submissions.</summary>
    public static Document Build(AdhocWorkspace workspace, KernelCompilationContext context, string code)
    {
        ImmutableArray<MetadataReference> references = XmlDocumentation.WithDocumentation(context.References);
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            usings: context.Imports,
            nullableContextOptions: NullableContextOptions.Enable);
        Solution solution = workspace.CurrentSolution;
        ProjectId? previous = null;
        DocumentId? last = null;
        int index = 0;
        foreach (string submission in context.Submissions.Append(code))
        {
            var projectId = ProjectId.CreateNewId();
            string name = "Submission" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ProjectInfo project = ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                name,
                name,
                LanguageNames.CSharp,
                compilationOptions: options,
                parseOptions: ParseOptions,
                metadataReferences: references,
                projectReferences: previous is null ? [] : [new ProjectReference(previous)],
                isSubmission: true,
                hostObjectType: context.GlobalsType);
            last = DocumentId.CreateNewId(projectId);
            solution = solution.AddProject(project).AddDocument(DocumentInfo.Create(
                last,
                name + ".csx",
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(submission), VersionStamp.Default)),
                sourceCodeKind: SourceCodeKind.Script));
            previous = projectId;
            index++;
        }

        return solution.GetDocument(last!)!;
    }

    /// <summary>A workspace whose services include the C# completion providers.</summary>
    public static AdhocWorkspace CreateWorkspace() => new(MefHostServices.DefaultHost);
}
