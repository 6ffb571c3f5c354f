using System.Collections.Immutable;
using System.Text.Json;

namespace Framing.Notebooks.Model;

/// <summary>Writes the notebook model through <see cref="IpynbJsonWriter"/>.</summary>
internal static class NotebookSerializer
{
    public static void WriteNotebook(IpynbJsonWriter writer, Notebook notebook)
    {
        List<KeyValuePair<string, Action>> properties =
        [
            Property("cells", () => writer.WriteArray(notebook.Cells.Length, i => WriteCell(writer, notebook.Cells[i]))),
            Property("metadata", () => writer.WriteElement(notebook.Metadata)),
            Property("nbformat", () => writer.WriteNumber(notebook.NbFormat)),
            Property("nbformat_minor", () => writer.WriteNumber(notebook.NbFormatMinor)),
        ];
        AddUnknown(writer, properties, notebook.UnknownProperties);
        writer.WriteObject(properties, notebook.KeyOrder);
    }

    private static void WriteCell(IpynbJsonWriter writer, NotebookCell cell)
    {
        string type = cell.Kind switch
        {
            CellKind.Markdown => "markdown",
            CellKind.Code => "code",
            _ => "raw",
        };
        List<KeyValuePair<string, Action>> properties =
        [
            Property("cell_type", () => writer.WriteString(type)),
            Property("metadata", () => writer.WriteElement(cell.Metadata)),
            Property("source", () => WriteMultiline(writer, cell.Source, cell.RawSource)),
        ];
        if (cell.Id is not null)
        {
            properties.Add(Property("id", () => writer.WriteString(cell.Id)));
        }

        if (cell.Kind == CellKind.Code)
        {
            properties.Add(Property("execution_count", () =>
            {
                if (cell.ExecutionCount is int count)
                {
                    writer.WriteNumber(count);
                }
                else
                {
                    writer.WriteNull();
                }
            }));
            properties.Add(Property("outputs", () => writer.WriteArray(cell.Outputs.Length, i => WriteOutput(writer, cell.Outputs[i]))));
        }

        AddUnknown(writer, properties, cell.UnknownProperties);
        writer.WriteObject(properties, cell.KeyOrder);
    }

    private static void WriteOutput(IpynbJsonWriter writer, CellOutput output)
    {
        if (output is UnknownOutput unknown)
        {
            writer.WriteElement(unknown.Raw);
            return;
        }

        List<KeyValuePair<string, Action>> properties = [Property("output_type", () => writer.WriteString(output.OutputType))];
        switch (output)
        {
            case StreamOutput stream:
                properties.Add(Property("name", () => writer.WriteString(stream.Name)));
                properties.Add(Property("text", () => WriteMultiline(writer, stream.Text, stream.RawText)));
                break;
            case DisplayDataOutput display:
                properties.Add(Property("data", () => WriteBundle(writer, display.Data)));
                properties.Add(Property("metadata", () => writer.WriteElement(display.Metadata)));
                break;
            case ExecuteResultOutput result:
                properties.Add(Property("data", () => WriteBundle(writer, result.Data)));
                properties.Add(Property("metadata", () => writer.WriteElement(result.Metadata)));
                properties.Add(Property("execution_count", () =>
                {
                    if (result.ExecutionCount is int count)
                    {
                        writer.WriteNumber(count);
                    }
                    else
                    {
                        writer.WriteNull();
                    }
                }));
                break;
            case ErrorOutput error:
                properties.Add(Property("ename", () => writer.WriteString(error.EName)));
                properties.Add(Property("evalue", () => writer.WriteString(error.EValue)));
                properties.Add(Property("traceback", () => writer.WriteArray(error.Traceback.Length, i => writer.WriteString(error.Traceback[i]))));
                break;
            default:
                throw new InvalidOperationException($"Output type {output.GetType().Name} cannot be written.");
        }

        AddUnknown(writer, properties, output.UnknownProperties);
        writer.WriteObject(properties, output.KeyOrder);
    }

    private static void WriteBundle(IpynbJsonWriter writer, MimeBundle bundle)
    {
        ImmutableArray<string> order = [.. bundle.Entries.Select(e => e.Key)];
        writer.WriteObject(bundle.Entries.Select(e => Property(e.Key, () => writer.WriteElement(e.Value))), order);
    }

    /// <summary>Writes text as it was stored when unchanged; otherwise as a list of lines, like Jupyter.</summary>
    private static void WriteMultiline(IpynbJsonWriter writer, string text, JsonElement? raw)
    {
        if (raw is { } stored && string.Equals(JsonValues.JoinText(stored), text, StringComparison.Ordinal))
        {
            writer.WriteElement(stored);
            return;
        }

        ImmutableArray<string> lines = JsonValues.SplitLines(text);
        writer.WriteArray(lines.Length, i => writer.WriteString(lines[i]));
    }

    private static void AddUnknown(
        IpynbJsonWriter writer, List<KeyValuePair<string, Action>> properties, ImmutableSortedDictionary<string, JsonElement> unknown)
    {
        foreach (KeyValuePair<string, JsonElement> entry in unknown)
        {
            if (!properties.Any(p => string.Equals(p.Key, entry.Key, StringComparison.Ordinal)))
            {
                properties.Add(Property(entry.Key, () => writer.WriteElement(entry.Value)));
            }
        }
    }

    private static KeyValuePair<string, Action> Property(string name, Action write) => KeyValuePair.Create(name, write);
}
