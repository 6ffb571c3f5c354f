using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Framing.Corpus.Manifest;

/// <summary>
/// Reads a corpus manifest (YAML, or JSON in a <c>.json</c> file). Every problem becomes a
/// <see cref="FramingException"/> naming the manifest, the line, the entry and the field.
/// </summary>
/// <remarks>
/// JSON is checked with System.Text.Json first (for precise syntax errors) and then walked with the
/// YAML representation model, which accepts JSON and keeps line numbers, so both formats share one code path.
/// </remarks>
internal static class ManifestReader
{
    /// <summary>The fields an entry may have.</summary>
    public static readonly ImmutableArray<string> Fields = ["id", "file", "outlet", "title", "authors", "published", "republisher", "notes"];

    /// <summary>Reads and validates the manifest at <paramref name="path"/>; files are checked against <paramref name="directory"/>.</summary>
    public static CorpusManifest Read(string path, string directory)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FramingException("The manifest cannot be read: " + ex.Message, path, hint: "Check that the file exists and is readable.", innerException: ex);
        }

        var text = TextDecoder.Decode(bytes, path).Text;
        var root = Parse(text, path);
        var entries = new SortedDictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var node in EntryNodes(root, path))
        {
            var entry = ReadEntry(node, path);
            if (entries.TryGetValue(entry.Metadata.Id, out var first))
            {
                throw new FramingException(
                    $"Entry '{entry.Metadata.Id}' appears twice (first at line {first.Line}).", path, entry.Line, "id", "Give each document one entry; ids are file stems and must be unique.");
            }

            var file = System.IO.Path.Combine(directory, entry.FileName);
            if (!File.Exists(file))
            {
                throw new FramingException(
                    $"Entry '{entry.Metadata.Id}' refers to '{entry.FileName}', which does not exist in '{directory}'.", path, entry.Line, "file", "Fix the id (the file stem) or the file name, or remove the entry.");
            }

            entries.Add(entry.Metadata.Id, entry);
        }

        return new CorpusManifest(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), entries.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    private static YamlNode? Parse(string text, string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var _ = JsonDocument.Parse(text);
            }
            catch (JsonException ex)
            {
                throw new FramingException("The manifest is not valid JSON: " + ex.Message, path, (int?)(ex.LineNumber + 1), hint: "Fix the JSON syntax.", innerException: ex);
            }
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            throw new FramingException("The manifest is not valid YAML: " + ex.Message, path, (int)ex.Start.Line, hint: "Fix the syntax (see https://yaml.org).", innerException: ex);
        }
    }

    private static IEnumerable<YamlMappingNode> EntryNodes(YamlNode? root, string path)
    {
        var list = root switch
        {
            null => new YamlSequenceNode(),
            YamlSequenceNode sequence => sequence,
            YamlMappingNode mapping => DocumentsOf(mapping, path),
            _ => throw new FramingException("The manifest must be a list of entries or a mapping with a 'documents' list.", path, (int)root.Start.Line),
        };

        foreach (var item in list)
        {
            yield return item as YamlMappingNode
                ?? throw new FramingException("Each manifest entry must be a mapping of fields (id, outlet, title, …).", path, (int)item.Start.Line);
        }
    }

    private static YamlSequenceNode DocumentsOf(YamlMappingNode mapping, string path)
    {
        YamlSequenceNode? documents = null;
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name != "documents")
            {
                throw new FramingException($"Unknown top-level field '{name}'.", path, (int)key.Start.Line, name, "The manifest has one top-level field, 'documents', holding the list of entries.");
            }

            documents = value as YamlSequenceNode
                ?? throw new FramingException("'documents' must be a list of entries.", path, (int)value.Start.Line, "documents");
        }

        return documents ?? throw new FramingException("The manifest has no 'documents' list.", path, (int)mapping.Start.Line, "documents", "Add 'documents:' followed by one entry per article.");
    }

    private static ManifestEntry ReadEntry(YamlMappingNode node, string path)
    {
        var line = (int)node.Start.Line;
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!Fields.Contains(name))
            {
                throw new FramingException(
                    $"Unknown field '{name}' in the entry starting at line {line}.", path, (int)key.Start.Line, name, "Allowed fields: " + string.Join(", ", Fields) + ".");
            }

            values[name] = value;
        }

        var id = Scalar(values, "id", path, "?")
            ?? throw new FramingException($"The entry starting at line {line} has no 'id'.", path, line, "id", "Add 'id:' with the article file's name without '.txt'.");
        if (id.Length == 0 || id.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0 || id.Contains('/', StringComparison.Ordinal) || id.Contains('\\', StringComparison.Ordinal))
        {
            throw new FramingException($"'{id}' is not a valid id.", path, (int)values["id"].Start.Line, "id", "Use the article file's name without '.txt'.");
        }

        PartialDate? published = null;
        if (Scalar(values, "published", path, id) is { Length: > 0 } dateText)
        {
            published = PartialDate.TryParse(dateText, out var date) ? date : throw new FramingException(
                $"Entry '{id}': '{dateText}' is not a date.", path, (int)values["published"].Start.Line, "published", "Write YYYY-MM-DD, or YYYY-MM when only the month is known.");
        }

        var metadata = new ArticleMetadata(
            id,
            Scalar(values, "outlet", path, id),
            Scalar(values, "title", path, id),
            Authors(values, path, id),
            published,
            Scalar(values, "republisher", path, id),
            Scalar(values, "notes", path, id))
        {
            FromManifest = true,
        };
        var file = Scalar(values, "file", path, id) ?? id + ".txt";
        return new ManifestEntry(metadata, file, line);
    }

    private static string? Scalar(Dictionary<string, YamlNode> values, string field, string path, string id)
    {
        if (!values.TryGetValue(field, out var node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            throw new FramingException($"Entry '{id}': '{field}' must be a single value, not a list or mapping.", path, (int)node.Start.Line, field);
        }

        var text = scalar.Value?.Trim();
        return string.IsNullOrEmpty(text) || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && text is "~" or "null") ? null : NormalizeNewlines(text);
    }

    private static ImmutableArray<string> Authors(Dictionary<string, YamlNode> values, string path, string id)
    {
        if (!values.TryGetValue("authors", out var node))
        {
            return [];
        }

        if (node is YamlScalarNode)
        {
            return Scalar(values, "authors", path, id) is { } single ? [single] : [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw new FramingException($"Entry '{id}': 'authors' must be a list of names.", path, (int)node.Start.Line, "authors");
        }

        var authors = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence)
        {
            var name = (item as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                throw new FramingException($"Entry '{id}': each author must be a non-empty name.", path, (int)item.Start.Line, "authors");
            }

            authors.Add(name);
        }

        return authors.ToImmutable();
    }

    private static string NormalizeNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? new StringBuilder(text).Replace("\r\n", "\n").Replace('\r', '\n').ToString() : text;
}
