using System.Globalization;

namespace Framing.Cli.Output;

/// <summary>RFC 4180 CSV: comma-separated, fields with commas, quotes or line breaks are quoted.</summary>
public static class CsvOutput
{
    /// <summary>Writes a header row and one row per record.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        WriteRow(writer, header);
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }
    }

    /// <summary>Quotes <paramref name="field"/> when needed.</summary>
    public static string Escape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static void WriteRow(TextWriter writer, IEnumerable<object?> fields)
    {
        writer.Write(string.Join(',', fields.Select(f => Escape(Format(f)))));
        writer.Write("\r\n");
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
