using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Framing.Notebooks.Model;

/// <summary>Reads and writes <c>.ipynb</c> files (nbformat 4), keeping unknown content unchanged.</summary>
public static class NotebookFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookException">The file is missing, is not JSON or is not an nbformat 4 notebook.</exception>
    public static Notebook Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new NotebookException($"Notebook '{path}' does not exist. Check the path.");
        }

        return Parse(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Parses notebook JSON; <paramref name="sourceName"/> names the source in error messages.</summary>
    /// <exception cref="NotebookException">The text is not JSON or not an nbformat 4 notebook.</exception>
    public static Notebook Parse(string json, string sourceName = "notebook")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonElement root;
        try
        {
            root = JsonValues.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new NotebookException(
                $"{sourceName}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message} Fix the file or re-save it from Jupyter.", ex);
        }

        return NotebookReader.ReadNotebook(root, sourceName);
    }

    /// <summary>Serializes a notebook the way Jupyter writes it (one-space indent, trailing newline).</summary>
    public static string Serialize(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        IpynbJsonWriter writer = new();
        NotebookSerializer.WriteNotebook(writer, notebook);
        return writer + "\n";
    }

    /// <summary>Writes a notebook atomically (temporary file in the same folder, then a rename).</summary>
    public static void Write(Notebook notebook, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text = Serialize(notebook);
        AtomicFile.Write(path, stream => stream.Write(Utf8NoBom.GetBytes(text)));
    }

    /// <summary>Formats a cell reference for messages: its 1-based position and its id when it has one.</summary>
    public static string DescribeCell(int index, NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        string number = (index + 1).ToString(CultureInfo.InvariantCulture);
        return cell.Id is null ? $"cell {number}" : $"cell {number} (id '{cell.Id}')";
    }

    /// <summary>The property names of a JSON object in file order.</summary>
    internal static ImmutableArray<string> Order(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? [.. element.EnumerateObject().Select(p => p.Name)] : [];
}
