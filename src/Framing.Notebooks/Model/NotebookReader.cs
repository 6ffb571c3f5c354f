using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Framing.Notebooks.Model;

/// <summary>Builds the notebook model from parsed JSON, keeping what it does not interpret.</summary>
internal static class NotebookReader
{
    private static readonly string[] NotebookKeys = ["nbformat", "nbformat_minor", "metadata", "cells"];
    private static readonly string[] CellKeys = ["cell_type", "id", "metadata", "source", "execution_count", "outputs"];

    public static Notebook ReadNotebook(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new NotebookException($"{source}: not a notebook (the top level must be a JSON object).");
        }

        int format = ReadInt(root, "nbformat", source) ?? throw new NotebookException($"{source}: 'nbformat' is missing; this is not a Jupyter notebook.");
        if (format != 4)
        {
            throw new NotebookException(
                $"{source}: nbformat {format.ToString(CultureInfo.InvariantCulture)} is not supported; convert it with 'jupyter nbconvert --to notebook --nbformat 4'.");
        }

        if (!root.TryGetProperty("cells", out JsonElement cells) || cells.ValueKind != JsonValueKind.Array)
        {
            throw new NotebookException($"{source}: 'cells' is missing or is not a list.");
        }

        return new Notebook
        {
            NbFormat = format,
            NbFormatMinor = ReadInt(root, "nbformat_minor", source) ?? 0,
            Metadata = ReadObject(root, "metadata", source),
            Cells = [.. cells.EnumerateArray().Select((c, i) => ReadCell(c, i, source))],
            UnknownProperties = Unknown(root, NotebookKeys),
            KeyOrder = NotebookFile.Order(root),
        };
    }

    private static NotebookCell ReadCell(JsonElement cell, int index, string source)
    {
        string where = $"{source}: cell {(index + 1).ToString(CultureInfo.InvariantCulture)}";
        if (cell.ValueKind != JsonValueKind.Object)
        {
            throw new NotebookException($"{where} is not a JSON object.");
        }

        string type = JsonValues.GetString(cell, "cell_type") ?? throw new NotebookException($"{where} has no 'cell_type'.");
        CellKind kind = type switch
        {
            "markdown" => CellKind.Markdown,
            "code" => CellKind.Code,
            "raw" => CellKind.Raw,
            _ => throw new NotebookException($"{where} has cell_type '{type}'; only markdown, code and raw cells exist in nbformat 4."),
        };
        JsonElement? rawSource = cell.TryGetProperty("source", out JsonElement s) ? s.Clone() : null;
        string text = rawSource is { } r ? JsonValues.JoinText(r) ?? throw new NotebookException($"{where}: 'source' must be a string or a list of strings.") : "";
        ImmutableArray<CellOutput> outputs = [];
        if (kind == CellKind.Code && cell.TryGetProperty("outputs", out JsonElement o))
        {
            if (o.ValueKind != JsonValueKind.Array)
            {
                throw new NotebookException($"{where}: 'outputs' must be a list.");
            }

            outputs = [.. o.EnumerateArray().Select(output => ReadOutput(output, where))];
        }

        return new NotebookCell
        {
            Kind = kind,
            Id = JsonValues.GetString(cell, "id"),
            Metadata = ReadObject(cell, "metadata", where),
            Source = text,
            RawSource = rawSource,
            ExecutionCount = kind == CellKind.Code ? ReadInt(cell, "execution_count", where) : null,
            Outputs = outputs,
            UnknownProperties = Unknown(cell, kind == CellKind.Code ? CellKeys : CellKeys[..4]),
            KeyOrder = NotebookFile.Order(cell),
        };
    }

    private static CellOutput ReadOutput(JsonElement output, string where)
    {
        string type = output.ValueKind == JsonValueKind.Object
            ? JsonValues.GetString(output, "output_type") ?? throw new NotebookException($"{where}: an output has no 'output_type'.")
            : throw new NotebookException($"{where}: an output is not a JSON object.");
        ImmutableArray<string> order = NotebookFile.Order(output);
        switch (type)
        {
            case "stream":
                JsonElement text = output.TryGetProperty("text", out JsonElement t) ? t.Clone() : JsonValues.Parse("\"\"");
                return new StreamOutput(JsonValues.GetString(output, "name") ?? StreamOutput.StdOut, JsonValues.JoinText(text) ?? "")
                {
                    RawText = text,
                    KeyOrder = order,
                    UnknownProperties = Unknown(output, ["output_type", "name", "text"]),
                };
            case "display_data":
                return new DisplayDataOutput(ReadData(output, where))
                {
                    Metadata = ReadObject(output, "metadata", where),
                    KeyOrder = order,
                    UnknownProperties = Unknown(output, ["output_type", "data", "metadata"]),
                };
            case "execute_result":
                return new ExecuteResultOutput(ReadInt(output, "execution_count", where), ReadData(output, where))
                {
                    Metadata = ReadObject(output, "metadata", where),
                    KeyOrder = order,
                    UnknownProperties = Unknown(output, ["output_type", "data", "metadata", "execution_count"]),
                };
            case "error":
                ImmutableArray<string> traceback = output.TryGetProperty("traceback", out JsonElement tb) && tb.ValueKind == JsonValueKind.Array
                    ? [.. tb.EnumerateArray().Select(l => l.ValueKind == JsonValueKind.String ? l.GetString()! : l.GetRawText())]
                    : [];
                return new ErrorOutput(JsonValues.GetString(output, "ename") ?? "", JsonValues.GetString(output, "evalue") ?? "", traceback)
                {
                    KeyOrder = order,
                    UnknownProperties = Unknown(output, ["output_type", "ename", "evalue", "traceback"]),
                };
            default:
                return new UnknownOutput(type, output.Clone());
        }
    }

    private static MimeBundle ReadData(JsonElement output, string where)
    {
        if (!output.TryGetProperty("data", out JsonElement data))
        {
            return MimeBundle.FromJson(JsonValues.EmptyObject);
        }

        return data.ValueKind == JsonValueKind.Object
            ? MimeBundle.FromJson(data)
            : throw new NotebookException($"{where}: an output's 'data' is not a JSON object.");
    }

    private static JsonElement ReadObject(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out JsonElement value))
        {
            return JsonValues.EmptyObject;
        }

        return value.ValueKind == JsonValueKind.Object
            ? value.Clone()
            : throw new NotebookException($"{where}: '{name}' must be a JSON object.");
    }

    private static int? ReadInt(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number)
            ? number
            : throw new NotebookException($"{where}: '{name}' must be an integer.");
    }

    private static ImmutableSortedDictionary<string, JsonElement> Unknown(JsonElement element, string[] known) =>
        element.EnumerateObject()
            .Where(p => !known.Contains(p.Name, StringComparer.Ordinal))
            .ToImmutableSortedDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
}
