using System.Collections.Immutable;
using System.Text;
using System.Xml.Linq;

using Framing.Notebooks.Jupyter.Engine;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.FindSymbols;

namespace Framing.Notebooks.Jupyter.Editing;

/// <summary>
/// Completion and inspection for the code being edited, in the context of the cells already run.
/// Positions are UTF-16 offsets into <c>code</c>; the kernel converts from Jupyter's code points.
/// </summary>
public static class ScriptEditor
{
    private static readonly SymbolDisplayFormat SignatureFormat = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithMemberOptions(
            SymbolDisplayMemberOptions.IncludeParameters
            | SymbolDisplayMemberOptions.IncludeType
            | SymbolDisplayMemberOptions.IncludeContainingType
            | SymbolDisplayMemberOptions.IncludeRef)
        .WithParameterOptions(
            SymbolDisplayParameterOptions.IncludeType
            | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue
            | SymbolDisplayParameterOptions.IncludeParamsRefOut);

    /// <summary>Completions at <paramref name="position"/>, sorted the way Roslyn ranks them.</summary>
    public static async Task<CompletionResult> CompleteAsync(
        KernelCompilationContext context, string code, int position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(code);
        position = Math.Clamp(position, 0, code.Length);
        using AdhocWorkspace workspace = ScriptDocumentBuilder.CreateWorkspace();
        Document document = ScriptDocumentBuilder.Build(workspace, context, code);
        CompletionService? service = CompletionService.GetService(document);
        if (service is null)
        {
            return new CompletionResult([], position, position);
        }

        CompletionList list = await service.GetCompletionsAsync(document, position, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        int start = list.ItemsList.Count == 0 ? position : list.Span.Start;
        int end = list.ItemsList.Count == 0 ? position : Math.Max(position, list.Span.End);
        string typed = code[start..Math.Max(start, position)];
        ImmutableArray<CompletionMatch> matches =
        [
            .. list.ItemsList
                .Where(item => item.FilterText.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(item => new CompletionMatch(InsertionText(item), Kind(item)))
                .DistinctBy(m => m.Text, StringComparer.Ordinal)
                .OrderBy(m => !m.Text.StartsWith(typed, StringComparison.Ordinal))
                .ThenBy(m => m.Text, StringComparer.OrdinalIgnoreCase)
                .ThenBy(m => m.Text, StringComparer.Ordinal),
        ];
        return new CompletionResult(matches, start, end);
    }

    /// <summary>The signature and documentation summary of the symbol at <paramref name="position"/>, or null.</summary>
    public static async Task<string?> InspectAsync(
        KernelCompilationContext context, string code, int position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(code);
        position = Math.Clamp(position, 0, code.Length);
        using AdhocWorkspace workspace = ScriptDocumentBuilder.CreateWorkspace();
        Document document = ScriptDocumentBuilder.Build(workspace, context, code);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return null;
        }

        ISymbol? symbol = await FindSymbolAsync(document, model, position, cancellationToken).ConfigureAwait(false);
        if (symbol is null && position > 0)
        {
            // A cursor just after an identifier (the usual case when pressing Shift+Tab) belongs to it.
            symbol = await FindSymbolAsync(document, model, position - 1, cancellationToken).ConfigureAwait(false);
        }

        return symbol is null ? null : Describe(symbol);
    }

    private static async Task<ISymbol?> FindSymbolAsync(
        Document document, SemanticModel model, int position, CancellationToken cancellationToken)
    {
        ISymbol? symbol = await SymbolFinder.FindSymbolAtPositionAsync(model, position, document.Project.Solution.Workspace, cancellationToken)
            .ConfigureAwait(false);
        if (symbol is not null)
        {
            return symbol;
        }

        SyntaxNode root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A script document has no syntax root.");
        SyntaxToken token = root.FindToken(position);
        SyntaxNode? node = token.Parent;
        if (node is null)
        {
            return null;
        }

        SymbolInfo info = model.GetSymbolInfo(node, cancellationToken);
        return info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
    }

    private static string Describe(ISymbol symbol)
    {
        var text = new StringBuilder(symbol.ToDisplayString(SignatureFormat));
        string? summary = Summary(symbol);
        if (!string.IsNullOrWhiteSpace(summary))
        {
            text.Append("\n\n").Append(summary);
        }

        return text.ToString();
    }

    private static string? Summary(ISymbol symbol)
    {
        string? xml = (symbol.OriginalDefinition ?? symbol).GetDocumentationCommentXml(expandIncludes: true);
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            XElement? summary = XElement.Parse(xml).Element("summary");
            return summary is null ? null : Normalize(Flatten(summary));
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static string Flatten(XElement element) => string.Concat(element.Nodes().Select(node => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso" } see =>
            see.Attribute("cref")?.Value is { } cref ? CrefName(cref)
            : see.Attribute("langword")?.Value ?? see.Value,
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value ?? string.Empty,
        XElement child => Flatten(child),
        _ => string.Empty,
    }));

    private static string CrefName(string cref)
    {
        string name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        int paren = name.IndexOf('(', StringComparison.Ordinal);
        return paren >= 0 ? name[..paren] : name;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string InsertionText(CompletionItem item) =>
        item.Properties.TryGetValue("InsertionText", out string? insertion) && !string.IsNullOrEmpty(insertion)
            ? insertion
            : item.DisplayText;

    private static string Kind(CompletionItem item)
    {
        foreach (string tag in item.Tags)
        {
            switch (tag)
            {
                case "Method" or "ExtensionMethod":
                    return "function";
                case "Property" or "Field" or "Event":
                    return "property";
                case "Local" or "Parameter" or "RangeVariable":
                    return "instance";
                case "Class" or "Structure" or "Interface" or "Enum" or "Delegate" or "Record" or "RecordStruct":
                    return "class";
                case "Namespace":
                    return "module";
                case "Keyword":
                    return "keyword";
                default:
                    break;
            }
        }

        return "text";
    }
}

/// <summary>Completions to replace <c>[Start, End)</c> of the code (UTF-16 offsets).</summary>
/// <param name="Matches">The candidates, best first.</param>
/// <param name="Start">Start of the text the completion replaces.</param>
/// <param name="End">End of the text the completion replaces.</param>
public sealed record CompletionResult(ImmutableArray<CompletionMatch> Matches, int Start, int End);

/// <summary>One completion candidate.</summary>
/// <param name="Text">The text to insert.</param>
/// <param name="Type">A JupyterLab completion type: function, property, instance, class, module, keyword or text.</param>
public sealed record CompletionMatch(string Text, string Type);
