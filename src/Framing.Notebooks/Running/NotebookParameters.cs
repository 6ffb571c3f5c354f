using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

using Framing.Notebooks.Model;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Framing.Notebooks.Running;

/// <summary>
/// Parameter injection in papermill's convention: the cell tagged <c>parameters</c> declares the defaults;
/// injected values go into a new cell tagged <c>injected-parameters</c> placed right after it, as C#
/// assignments, so a rerun on another corpus needs no edit to the notebook.
/// </summary>
public static class NotebookParameters
{
    /// <summary>The tag of the cell holding the defaults.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag (and id) of the injected cell.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>Returns the notebook with an injected-parameters cell (replacing an earlier one); unchanged when there are no parameters.</summary>
    /// <exception cref="NotebookException">There is no parameters cell, a name is not a C# identifier or not declared there, or a value has an unsupported type.</exception>
    public static Notebook Inject(Notebook notebook, IEnumerable<KeyValuePair<string, object?>> parameters, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(parameters);
        List<KeyValuePair<string, object?>> values = [.. parameters];
        if (values.Count == 0)
        {
            return notebook;
        }

        List<NotebookCell> cells = [.. notebook.Cells.Where(c => !c.Tags.Contains(InjectedTag, StringComparer.Ordinal))];
        int index = cells.FindIndex(c => c.Kind == CellKind.Code && c.Tags.Contains(ParametersTag, StringComparer.Ordinal));
        if (index < 0)
        {
            throw new NotebookException(
                $"{sourceName}: no code cell is tagged '{ParametersTag}', so parameters ({string.Join(", ", values.Select(v => v.Key))}) cannot be injected. Tag the cell that declares the defaults.");
        }

        ImmutableHashSet<string> declared = DeclaredNames(cells[index].Source);
        StringBuilder source = new("// Parameters injected for this run.\n");
        foreach ((string name, object? value) in values)
        {
            ValidateName(name, sourceName);
            if (!declared.Contains(name))
            {
                throw new NotebookException(
                    $"{sourceName}: parameter '{name}' is not declared in the '{ParametersTag}' cell (declared: {string.Join(", ", declared.Order(StringComparer.Ordinal))}). Check the spelling.");
            }

            source.Append(name).Append(" = ").Append(ToCSharpLiteral(value, name)).Append(";\n");
        }

        NotebookCell injected = NotebookCell.Code(source.ToString().TrimEnd('\n'), InjectedTag) with
        {
            Metadata = JsonSerializer.SerializeToElement(new { tags = new[] { InjectedTag } }),
        };
        cells.Insert(index + 1, injected);
        return notebook.WithCells(cells);
    }

    /// <summary>
    /// Reads a command-line value the way papermill's <c>-p</c> does: <c>true</c>/<c>false</c> become bools,
    /// integers become <see cref="long"/>, other numbers <see cref="double"/>, <c>null</c> null, anything else a string.
    /// </summary>
    public static object? ParseValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text is "true" or "True")
        {
            return true;
        }

        if (text is "false" or "False")
        {
            return false;
        }

        if (text is "null")
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
        {
            return integer;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number)
            ? number
            : text;
    }

    /// <summary>Splits a <c>name=value</c> argument and parses the value with <see cref="ParseValue"/>.</summary>
    /// <exception cref="NotebookException">There is no <c>=</c> or the name is empty.</exception>
    public static KeyValuePair<string, object?> ParseAssignment(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        int equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new NotebookException($"Parameter '{argument}' must be written name=value, e.g. corpus=../my-corpus.");
        }

        return KeyValuePair.Create(argument[..equals].Trim(), ParseValue(argument[(equals + 1)..]));
    }

    /// <summary>Writes a value as a C# literal: strings quoted and escaped, numbers and bools invariant.</summary>
    /// <exception cref="NotebookException">The value's type has no literal form.</exception>
    public static string ToCSharpLiteral(object? value, string name = "value")
    {
        return value switch
        {
            null => "null",
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            bool flag => flag ? "true" : "false",
            int or long or short or byte or sbyte or ushort or uint or ulong => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
            double number when double.IsFinite(number) => DoubleLiteral(number),
            float number when float.IsFinite(number) => number.ToString("R", CultureInfo.InvariantCulture) + "f",
            decimal number => number.ToString(CultureInfo.InvariantCulture) + "m",
            _ => throw new NotebookException(
                $"Parameter '{name}' has a value of type {value.GetType().Name}, which cannot be written as a C# literal; use a string, number or bool."),
        };
    }

    private static string DoubleLiteral(double number)
    {
        string text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void ValidateName(string name, string sourceName)
    {
        if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            throw new NotebookException($"{sourceName}: parameter name '{name}' is not a valid C# identifier; use letters, digits and underscores, not starting with a digit.");
        }
    }

    private static ImmutableHashSet<string> DeclaredNames(string source)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        return tree.GetRoot().DescendantNodes()
            .OfType<VariableDeclaratorSyntax>()
            .Where(v => v.Ancestors().OfType<GlobalStatementSyntax>().Any() || v.Parent?.Parent is FieldDeclarationSyntax)
            .Select(v => v.Identifier.ValueText)
            .ToImmutableHashSet(StringComparer.Ordinal);
    }
}
