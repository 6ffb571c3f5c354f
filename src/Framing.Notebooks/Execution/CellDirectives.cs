using System.Collections.Immutable;
using System.Text;

namespace Framing.Notebooks.Execution;

/// <summary>The kind of a reference directive.</summary>
internal enum DirectiveKind
{
    /// <summary><c>#r "nuget: Name, Version"</c> or <c>#:package Name@Version</c>.</summary>
    Package,

    /// <summary><c>#r "path.dll"</c>.</summary>
    Assembly,

    /// <summary><c>#:project ../src/Framing</c>.</summary>
    Project,
}

/// <summary>One reference directive found at the top of a cell.</summary>
/// <param name="Kind">What is referenced.</param>
/// <param name="Value">The package name, assembly path or project path.</param>
/// <param name="Version">The package version, when given.</param>
/// <param name="Line">The 1-based line in the cell.</param>
internal sealed record CellDirective(DirectiveKind Kind, string Value, string? Version, int Line);

/// <summary>
/// Finds the reference directives at the top of a cell (<c>#r</c>, <c>#:project</c>, <c>#:package</c>,
/// and a <c>#!csharp</c> language marker) and blanks their lines, so the code Roslyn compiles keeps the
/// cell's line numbers. Scanning stops at the first line that is not blank, a comment or a directive.
/// </summary>
internal static class CellDirectives
{
    /// <summary>Splits a cell into its directives and the code to compile.</summary>
    /// <exception cref="NotebookException">A directive is malformed or names another language; the message gives the line.</exception>
    public static (ImmutableArray<CellDirective> Directives, string Code) Extract(string cell, string cellLabel)
    {
        string[] lines = cell.Split('\n');
        ImmutableArray<CellDirective>.Builder directives = ImmutableArray.CreateBuilder<CellDirective>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            CellDirective? directive = Parse(line, i + 1, cellLabel, out bool isDirective);
            if (!isDirective)
            {
                break;
            }

            if (directive is not null)
            {
                directives.Add(directive);
            }

            lines[i] = lines[i].EndsWith('\r') ? "\r" : "";
        }

        return (directives.ToImmutable(), string.Join('\n', lines));
    }

    private static CellDirective? Parse(string line, int number, string cellLabel, out bool isDirective)
    {
        isDirective = true;
        string where = $"{cellLabel}, line {number}";
        if (line.StartsWith("#!", StringComparison.Ordinal))
        {
            string language = line[2..].Trim();
            return Model.NotebookLanguage.IsCSharp(language)
                ? null
                : throw new UnsupportedLanguageException($"{where}: '{line}' switches to another language; only C# is supported.");
        }

        if (line.StartsWith("#r ", StringComparison.Ordinal) || line.StartsWith("#r\t", StringComparison.Ordinal))
        {
            string argument = Unquote(line[2..].Trim(), where);
            if (argument.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
            {
                string[] parts = argument["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries);
                if (parts.Length is < 1 or > 2 || parts[0].Length == 0)
                {
                    throw new NotebookException($"{where}: '{line}' is not a package reference; write #r \"nuget: Name, Version\".");
                }

                return new CellDirective(DirectiveKind.Package, parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null, number);
            }

            return new CellDirective(DirectiveKind.Assembly, argument, null, number);
        }

        if (line.StartsWith("#:project", StringComparison.Ordinal))
        {
            string path = line["#:project".Length..].Trim().Trim('"');
            return path.Length > 0
                ? new CellDirective(DirectiveKind.Project, path, null, number)
                : throw new NotebookException($"{where}: '#:project' needs a path, e.g. #:project ../src/Framing.");
        }

        if (line.StartsWith("#:package", StringComparison.Ordinal))
        {
            string[] parts = line["#:package".Length..].Trim().Split('@', StringSplitOptions.TrimEntries);
            return parts.Length is 1 or 2 && parts[0].Length > 0
                ? new CellDirective(DirectiveKind.Package, parts[0], parts.Length == 2 ? parts[1] : null, number)
                : throw new NotebookException($"{where}: '{line}' is not a package reference; write #:package Name@Version.");
        }

        if (line.StartsWith("#:", StringComparison.Ordinal))
        {
            throw new NotebookException($"{where}: '{line}' is not supported; use #:project or #:package.");
        }

        isDirective = false;
        return null;
    }

    private static string Unquote(string text, string where)
    {
        return text.Length >= 2 && text[0] == '"' && text[^1] == '"'
            ? text[1..^1].Trim()
            : throw new NotebookException($"{where}: the #r argument must be in double quotes, e.g. #r \"nuget: Markdig, 1.6.0\".");
    }

    /// <summary>Describes a directive for messages.</summary>
    public static string Describe(CellDirective directive)
    {
        StringBuilder text = new(directive.Value);
        if (directive.Version is not null)
        {
            text.Append(' ').Append(directive.Version);
        }

        return text.ToString();
    }
}
