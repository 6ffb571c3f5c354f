using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Framing.Notebooks.Execution;

/// <summary>
/// Rewrites cell code so it can be interrupted: a call to <see cref="ScriptInterrupt.Poll"/> goes at the
/// top of every loop body and every method, local function and lambda block. Roslyn cannot abort a
/// running submission and .NET cannot abort threads, so without this a <c>while (true) { }</c> cell
/// could never be stopped. The inserted text contains no line breaks, so every line keeps its number
/// and compile errors point at the cell's own lines.
/// </summary>
internal sealed class InterruptInjector : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax Check =
        SyntaxFactory.ParseStatement("global::Framing.Notebooks.Execution.ScriptInterrupt.Poll();");

    /// <summary>Returns the cell code with interruption checks inserted.</summary>
    public static string Inject(string code)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        return new InterruptInjector().Visit(tree.GetRoot()).ToFullString();
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        Guard((WhileStatementSyntax)base.VisitWhileStatement(node)!);

    /// <inheritdoc />
    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        Guard((DoStatementSyntax)base.VisitDoStatement(node)!);

    /// <inheritdoc />
    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        Guard((ForStatementSyntax)base.VisitForStatement(node)!);

    /// <inheritdoc />
    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        Guard((ForEachStatementSyntax)base.VisitForEachStatement(node)!);

    /// <inheritdoc />
    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
        Guard((ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!);

    /// <inheritdoc />
    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        MethodDeclarationSyntax visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return visited.Body is null ? visited : visited.WithBody(Prepend(visited.Body));
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        LocalFunctionStatementSyntax visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return visited.Body is null ? visited : visited.WithBody(Prepend(visited.Body));
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        ParenthesizedLambdaExpressionSyntax visited = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        return visited.Block is null ? visited : visited.WithBlock(Prepend(visited.Block));
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        SimpleLambdaExpressionSyntax visited = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        return visited.Block is null ? visited : visited.WithBlock(Prepend(visited.Block));
    }

    private static StatementSyntax Guard(StatementSyntax loop)
    {
        StatementSyntax body = loop switch
        {
            WhileStatementSyntax w => w.Statement,
            DoStatementSyntax d => d.Statement,
            ForStatementSyntax f => f.Statement,
            CommonForEachStatementSyntax f => f.Statement,
            _ => throw new ArgumentException("Not a loop.", nameof(loop)),
        };
        StatementSyntax guarded = body is BlockSyntax block
            ? Prepend(block)
            : SyntaxFactory.Block(Check, body.WithoutTrivia()).WithTriviaFrom(body);
        return loop.ReplaceNode(body, guarded);
    }

    private static BlockSyntax Prepend(BlockSyntax block) => block.WithStatements(block.Statements.Insert(0, Check));
}
