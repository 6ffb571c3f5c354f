using System.Globalization;
using System.Text.Json.Nodes;

using Microsoft.Data.Analysis;

namespace Framing.Cli.Output;

/// <summary>Writes any result table (as a <see cref="DataFrame"/>) as a table, JSON or CSV, so every statistics command shares one output path.</summary>
public static class DataFrameOutput
{
    /// <summary>The formats every table command accepts.</summary>
    public static readonly string[] Formats = ["table", "json", "csv"];

    private const int MaxCellLength = 60;

    /// <summary>
    /// Writes <paramref name="frame"/> in <paramref name="format"/>, at most <paramref name="top"/> rows (all when null).
    /// The table format shows only <paramref name="tableColumns"/> when given, so it fits a terminal; json and csv keep every column.
    /// </summary>
    public static void Write(TextWriter writer, string title, DataFrame frame, string format, int? top = null, IReadOnlyList<string>? tableColumns = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(frame);
        var selected = format == "table" && tableColumns is not null
            ? [.. tableColumns.Select(name => frame.Columns[name])]
            : frame.Columns.ToList();
        var columns = selected.Select(c => c.Name).ToList();
        var rows = Enumerable.Range(0, (int)Math.Min(frame.Rows.Count, top ?? long.MaxValue))
            .Select(i => selected.Select(c => c[i]).ToList())
            .ToList();
        switch (format)
        {
            case "json":
                var array = new JsonArray();
                foreach (var row in rows)
                {
                    var item = new JsonObject();
                    for (var i = 0; i < columns.Count; i++)
                    {
                        item[columns[i]] = ToJson(row[i]);
                    }

                    array.Add(item);
                }

                JsonOutput.Write(writer, new JsonObject { ["title"] = title, ["rows"] = array });
                break;
            case "csv":
                CsvOutput.Write(writer, columns, rows);
                break;
            default:
                TableOutput.Write(writer, title, columns, rows.Select(r => (IReadOnlyList<string>)[.. r.Select(v => Shorten(Format(v)))]));
                if (top is not null && frame.Rows.Count > top)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({frame.Rows.Count - top} more rows; raise --top or use --format csv)"));
                }

                break;
        }
    }

    private static JsonValue? ToJson(object? value) => value switch
    {
        null => null,
        double d when double.IsNaN(d) || double.IsInfinity(d) => null,
        float f when float.IsNaN(f) || float.IsInfinity(f) => null,
        double d => JsonValue.Create(d),
        float f => JsonValue.Create(f),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>Table cells stay short enough to read; json and csv carry the full text.</summary>
    private static string Shorten(string cell) => cell.Length <= MaxCellLength ? cell : cell[..(MaxCellLength - 3)] + "...";

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
