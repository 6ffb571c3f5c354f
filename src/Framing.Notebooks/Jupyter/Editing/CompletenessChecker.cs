using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Framing.Notebooks.Jupyter.Editing;

/// <summary>Answers Jupyter's <c>is_complete_request</c> for C# script code.</summary>
public static class CompletenessChecker
{
    private static readonly CSharpParseOptions ScriptOptions =
        new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    /// <summary>
    /// Whether the code can run as typed: <c>complete</c>, <c>incomplete</c> (with the indent for the
    /// next line) or <c>invalid</c> (complete but with syntax errors).
    /// </summary>
    public static CompletenessResult Check(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            return new CompletenessResult("incomplete", new string(' ', 4 * Math.Max(1, OpenDepth(tree))));
        }

        bool hasErrors = tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
        return new CompletenessResult(hasErrors ? "invalid" : "complete", string.Empty);
    }

    /// <summary>How many brackets are still open at the end of the code (for the next line's indent).</summary>
    private static int OpenDepth(SyntaxTree tree)
    {
        int depth = 0;
        foreach (SyntaxToken token in tree.GetRoot().DescendantTokens())
        {
            if (token.IsMissing)
            {
                continue;
            }

            depth += token.Kind() switch
            {
                SyntaxKind.OpenBraceToken or SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken => 1,
                SyntaxKind.CloseBraceToken or SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken => -1,
                _ => 0,
            };
        }

        return Math.Max(0, depth);
    }
}

/// <summary>The answer to an <c>is_complete_request</c>.</summary>
/// <param name="Status"><c>complete</c>, <c>incomplete</c> or <c>invalid</c>.</param>
/// <param name="Indent">Whitespace for the next line when incomplete, else empty.</param>
public sealed record CompletenessResult(string Status, string Indent);
