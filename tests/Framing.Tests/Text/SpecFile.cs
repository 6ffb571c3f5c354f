using System.Globalization;
using System.Text;

namespace Framing.Tests.Text;

/// <summary>One case of a spec file: a section title, an input and its expected lines.</summary>
internal sealed record SpecCase(string Section, int Line, string Input, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"line {Line.ToString(CultureInfo.InvariantCulture)}: {Input}";
}

/// <summary>
/// Reads the markdig-style spec files under Specs/: "## " section titles, "> " inputs and "= "
/// expected lines; "#" comments and blank lines end a case.
/// </summary>
internal static class SpecFile
{
    public static IReadOnlyList<SpecCase> Read(string name)
    {
        var path = TestPaths.Spec(name);
        var cases = new List<SpecCase>();
        var section = "";
        string? input = null;
        var inputLine = 0;
        var expected = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                Flush();
                input = Unescape(line[2..]);
                inputLine = lineNumber;
            }
            else if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                if (input is null)
                {
                    throw new FormatException($"{path}, line {lineNumber}: expected output before any input.");
                }

                expected.Add(Unescape(line[2..]));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                section = line[3..];
            }
            else if (line.Length == 0 || line[0] == '#')
            {
                Flush();
            }
            else
            {
                throw new FormatException($"{path}, line {lineNumber}: unrecognised line '{line}'.");
            }
        }

        Flush();
        return cases;

        void Flush()
        {
            if (input is not null)
            {
                if (expected.Count == 0)
                {
                    throw new FormatException($"{path}, line {inputLine}: input without expected output.");
                }

                cases.Add(new SpecCase(section, inputLine, input, [.. expected]));
            }

            input = null;
            expected = [];
        }
    }

    /// <summary>Expands \n, \r, \t, \\ and \uXXXX escapes.</summary>
    public static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                builder.Append(text[i]);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < text.Length:
                    builder.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append('\\').Append(next); break;
            }
        }

        return builder.ToString();
    }
}
