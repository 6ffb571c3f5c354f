using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Framing.Notebooks.Jupyter.Protocol;

/// <summary>One Jupyter message, as routed over a socket (protocol 5.3).</summary>
/// <param name="Identities">ZeroMQ routing identities that precede the delimiter (empty on iopub).</param>
/// <param name="Header">The message header.</param>
/// <param name="ParentHeader">The header of the request this message answers, or an empty object.</param>
/// <param name="Metadata">The metadata object.</param>
/// <param name="Content">The content object.</param>
/// <param name="Buffers">Extra binary buffers after the content.</param>
public sealed record JupyterMessage(
    ImmutableArray<ReadOnlyMemory<byte>> Identities,
    MessageHeader Header,
    JsonElement ParentHeader,
    JsonElement Metadata,
    JsonElement Content,
    ImmutableArray<ReadOnlyMemory<byte>> Buffers)
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>The message type from the header.</summary>
    public string MsgType => Header.MsgType;

    /// <summary>
    /// Creates a message answering <paramref name="parent"/> (or unparented when null), routed back to
    /// the parent's identities when <paramref name="routeToParent"/> is true, with optional metadata.
    /// </summary>
    public static JupyterMessage Create(
        string msgType,
        string session,
        JsonObject content,
        JupyterMessage? parent,
        bool routeToParent,
        DateTimeOffset now,
        JsonObject? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new JupyterMessage(
            routeToParent && parent is not null ? parent.Identities : [],
            MessageHeader.Create(msgType, session, now),
            parent is null ? EmptyObject : ToElement(parent.Header.ToJson()),
            metadata is null ? EmptyObject : ToElement(metadata),
            ToElement(content),
            []);
    }

    /// <summary>Reads a string field of the content, or <paramref name="fallback"/> when absent or not a string.</summary>
    public string ContentString(string name, string fallback = "") =>
        Content.ValueKind == JsonValueKind.Object
        && Content.TryGetProperty(name, out JsonElement value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : fallback;

    /// <summary>Reads a boolean field of the content, or <paramref name="fallback"/> when absent.</summary>
    public bool ContentBool(string name, bool fallback) =>
        Content.ValueKind == JsonValueKind.Object && Content.TryGetProperty(name, out JsonElement value)
            ? value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => fallback,
            }
            : fallback;

    /// <summary>Reads an integer field of the content, or <paramref name="fallback"/> when absent.</summary>
    public int ContentInt(string name, int fallback) =>
        Content.ValueKind == JsonValueKind.Object
        && Content.TryGetProperty(name, out JsonElement value)
        && value.ValueKind == JsonValueKind.Number
        && value.TryGetInt32(out int number)
            ? number
            : fallback;

    /// <summary>Converts a JSON object into an immutable element.</summary>
    public static JsonElement ToElement(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();
    }
}
