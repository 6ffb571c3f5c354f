using System.Collections.Immutable;
using System.Text.Json;

namespace Framing.Notebooks.Model;

/// <summary>
/// The representations of one displayed value, keyed by MIME type, in a stable order. Values are kept
/// as JSON (text types as a string or a list of lines, as nbformat stores them).
/// </summary>
public sealed class MimeBundle
{
    private MimeBundle(ImmutableArray<KeyValuePair<string, JsonElement>> entries)
    {
        Entries = entries;
    }

    /// <summary>The representations in stored order.</summary>
    public ImmutableArray<KeyValuePair<string, JsonElement>> Entries { get; }

    /// <summary>The MIME types present, in stored order.</summary>
    public IEnumerable<string> MimeTypes => Entries.Select(e => e.Key);

    /// <summary>Creates a bundle of text representations (e.g. <c>text/html</c>, <c>text/plain</c>), stored as lines like nbformat does.</summary>
    public static MimeBundle FromText(params IEnumerable<KeyValuePair<string, string>> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new MimeBundle([.. texts
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => KeyValuePair.Create(t.Key, JsonValues.ToLineArray(t.Value)))]);
    }

    /// <summary>Wraps a bundle object as read from a notebook.</summary>
    public static MimeBundle FromJson(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new NotebookException("An output's 'data' must be a JSON object of MIME type to value.");
        }

        return new MimeBundle([.. data.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone()))]);
    }

    /// <summary>The text of <paramref name="mimeType"/> (lines joined), or null when absent or not text.</summary>
    public string? GetText(string mimeType)
    {
        foreach (KeyValuePair<string, JsonElement> entry in Entries)
        {
            if (string.Equals(entry.Key, mimeType, StringComparison.Ordinal))
            {
                return JsonValues.JoinText(entry.Value);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="mimeType"/> is present.</summary>
    public bool Contains(string mimeType) => Entries.Any(e => string.Equals(e.Key, mimeType, StringComparison.Ordinal));
}
