using System.Collections.Immutable;
using System.Text.Json;

namespace Framing.Notebooks.Model;

/// <summary>Helpers for the JSON shapes nbformat uses (multi-line strings, tags).</summary>
internal static class JsonValues
{
    /// <summary>An empty JSON object.</summary>
    public static JsonElement EmptyObject { get; } = Parse("{}");

    /// <summary>Parses a JSON text into a detached element.</summary>
    public static JsonElement Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Joins a nbformat multi-line string (a string or a list of strings); null when it is neither.</summary>
    public static string? JoinText(JsonElement value)
    {
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
                string.Concat(value.EnumerateArray().Select(v => v.GetString())),
            _ => null,
        };
    }

    /// <summary>Splits text into lines that keep their line ends, as Jupyter stores sources and outputs.</summary>
    public static ImmutableArray<string> SplitLines(string text)
    {
        ImmutableArray<string>.Builder lines = ImmutableArray.CreateBuilder<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines.ToImmutable();
    }

    /// <summary>Stores text as a JSON list of lines.</summary>
    public static JsonElement ToLineArray(string text) =>
        JsonSerializer.SerializeToElement(SplitLines(text), NotebookJsonContext.Default.ImmutableArrayString);

    /// <summary>Reads metadata <c>tags</c> as strings; other values are ignored.</summary>
    public static ImmutableArray<string> ReadTags(JsonElement metadata)
    {
        if (metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("tags", out JsonElement tags)
            && tags.ValueKind == JsonValueKind.Array)
        {
            return [.. tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)];
        }

        return [];
    }

    /// <summary>Reads a string property of an object, or null.</summary>
    public static string? GetString(JsonElement element, params ReadOnlySpan<string> path)
    {
        JsonElement current = element;
        foreach (string name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.String ? current.GetString() : null;
    }
}
