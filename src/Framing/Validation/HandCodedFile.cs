using System.Collections.Immutable;
using System.Text.Json;

namespace Framing.Validation;

/// <summary>
/// Reads hand-coded sentences from JSON Lines: one object per line with <c>doc</c>, <c>frames</c>
/// and at least one of <c>start</c>+<c>end</c>, <c>text</c> or <c>textSha256</c>; optional
/// <c>subordinate</c>, <c>dominant</c>, <c>coder</c>, <c>notes</c>. Blank lines and lines starting
/// with <c>#</c> are skipped. Unknown fields are errors so that a typo cannot drop a code silently.
/// </summary>
public static class HandCodedFile
{
    private static readonly string[] Fields = ["doc", "start", "end", "text", "textSha256", "frames", "subordinate", "dominant", "coder", "notes"];

    /// <summary>Reads a JSON Lines file of hand-coded sentences.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sentences in file order.</returns>
    /// <exception cref="FramingException">The file cannot be read or a record is invalid (file, line and field in the message).</exception>
    public static ImmutableArray<HandCodedSentence> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string content;
        try
        {
            content = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FramingException($"Cannot read the hand-coded file: {e.Message}", path, hint: "Check the path.", innerException: e);
        }

        return Parse(content, path);
    }

    /// <summary>Parses JSON Lines content.</summary>
    /// <param name="content">The file content.</param>
    /// <param name="source">Name used in error messages.</param>
    /// <param name="defaultCoder">Coder id for records without <c>coder</c>; defaults to the source's file name.</param>
    /// <returns>The sentences in order.</returns>
    /// <exception cref="FramingException">A record is invalid.</exception>
    public static ImmutableArray<HandCodedSentence> Parse(string content, string source, string? defaultCoder = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        defaultCoder ??= Path.GetFileNameWithoutExtension(source);
        var result = ImmutableArray.CreateBuilder<HandCodedSentence>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            result.Add(ParseRecord(line, source, i + 1, defaultCoder));
        }

        return result.ToImmutable();
    }

    private static HandCodedSentence ParseRecord(string line, string source, int number, string defaultCoder)
    {
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(line);
            root = json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FramingException($"Not a JSON object: {e.Message}", source, number, hint: "Write one JSON object per line.", innerException: e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FramingException("Not a JSON object.", source, number, hint: "Write one JSON object per line.");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!Fields.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new FramingException($"Unknown field '{property.Name}'.", source, number, property.Name, $"Allowed fields: {string.Join(", ", Fields)}.");
            }
        }

        var doc = String(root, "doc", source, number) ?? throw Missing("doc", source, number);
        var start = Int(root, "start", source, number);
        var end = Int(root, "end", source, number);
        if (start.HasValue != end.HasValue || (start is { } s && end is { } e2 && (s < 0 || e2 <= s)))
        {
            throw new FramingException("'start' and 'end' must both be given, with 0 <= start < end.", source, number, "start", "Give both offsets or neither.");
        }

        var text = String(root, "text", source, number);
        var hash = String(root, "textSha256", source, number);
        if (start is null && text is null && hash is null)
        {
            throw new FramingException("The record does not say which sentence it codes.", source, number, "text", "Give 'start' and 'end', 'text' or 'textSha256'.");
        }

        if (!root.TryGetProperty("frames", out var framesElement) || framesElement.ValueKind != JsonValueKind.Array)
        {
            throw new FramingException("'frames' must be a list of frame ids (empty for none).", source, number, "frames", "Write for example \"frames\": [\"asymmetry\"].");
        }

        var frames = ImmutableArray.CreateBuilder<string>();
        foreach (var item in framesElement.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw new FramingException("Every frame must be a non-empty string.", source, number, "frames", "Write frame ids as strings.");
            }

            frames.Add(item.GetString()!);
        }

        return new HandCodedSentence(
            doc,
            start,
            end,
            text,
            hash,
            [.. frames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            String(root, "coder", source, number) ?? defaultCoder,
            number)
        {
            Subordinate = String(root, "subordinate", source, number),
            Dominant = String(root, "dominant", source, number),
            Notes = String(root, "notes", source, number),
        };
    }

    private static string? String(JsonElement root, string name, string source, int line)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FramingException($"'{name}' must be a string.", source, line, name, "Quote the value.");
    }

    private static int? Int(JsonElement root, string name, string source, int line)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new FramingException($"'{name}' must be a whole number.", source, line, name, "Write the offset as a number.");
    }

    private static FramingException Missing(string field, string source, int line) =>
        new($"Missing '{field}'.", source, line, field, $"Add \"{field}\" to the record.");
}
