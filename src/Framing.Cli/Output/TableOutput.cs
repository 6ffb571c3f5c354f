using Spectre.Console;

namespace Framing.Cli.Output;

/// <summary>Human-readable tables through Spectre.Console, written to an injected writer without colour codes.</summary>
public static class TableOutput
{
    /// <summary>Creates a console over <paramref name="writer"/> with a fixed width so output is stable.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, int width = 140)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }

    /// <summary>Writes a titled table; every cell is plain text (markup characters are escaped).</summary>
    public static void Write(TextWriter writer, string title, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Simple };
        for (var i = 0; i < header.Count; i++)
        {
            // The first column holds identifiers, which must stay whole to be copied.
            var column = new TableColumn(Markup.Escape(header[i]));
            table.AddColumn(i == 0 ? column.NoWrap() : column);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => new Spectre.Console.Text(cell)).ToArray());
        }

        CreateConsole(writer).Write(table);
    }
}
