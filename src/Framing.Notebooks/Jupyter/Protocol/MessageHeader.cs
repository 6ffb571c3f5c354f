using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Framing.Notebooks.Jupyter.Protocol;

/// <summary>The header of a Jupyter message (protocol 5.3).</summary>
/// <param name="MsgId">Unique id of the message.</param>
/// <param name="Session">Id of the sending session.</param>
/// <param name="Username">User name of the sender.</param>
/// <param name="Date">When the message was created (ISO 8601 on the wire).</param>
/// <param name="MsgType">The message type, e.g. <c>execute_request</c>.</param>
/// <param name="Version">The protocol version, e.g. <c>5.3</c>.</param>
public sealed record MessageHeader(
    string MsgId,
    string Session,
    string Username,
    DateTimeOffset Date,
    string MsgType,
    string Version)
{
    /// <summary>The protocol version this kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    /// <summary>Creates a fresh header from this kernel.</summary>
    public static MessageHeader Create(string msgType, string session, DateTimeOffset date) =>
        new(Guid.NewGuid().ToString("N"), session, "kernel", date, msgType, ProtocolVersion);

    /// <summary>Formats a date the way Jupyter expects: ISO 8601, UTC, microseconds.</summary>
    public static string FormatDate(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The header as a JSON object.</summary>
    public JsonObject ToJson() => new()
    {
        ["msg_id"] = MsgId,
        ["session"] = Session,
        ["username"] = Username,
        ["date"] = FormatDate(Date),
        ["msg_type"] = MsgType,
        ["version"] = Version,
    };

    /// <summary>Reads a header; <c>msg_id</c> and <c>msg_type</c> are required, the rest is lenient.</summary>
    /// <exception cref="JupyterProtocolException">The JSON is not an object or lacks a required field.</exception>
    public static MessageHeader Parse(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new JupyterProtocolException("The message header is not a JSON object.");
        }

        string msgId = RequiredString(json, "msg_id");
        string msgType = RequiredString(json, "msg_type");
        string session = OptionalString(json, "session");
        string username = OptionalString(json, "username");
        string version = OptionalString(json, "version");
        DateTimeOffset date = DateTimeOffset.TryParse(
            OptionalString(json, "date"),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out DateTimeOffset parsed)
            ? parsed
            : DateTimeOffset.UnixEpoch;
        return new MessageHeader(msgId, session, username, date, msgType, version);
    }

    private static string RequiredString(JsonElement json, string name) =>
        json.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new JupyterProtocolException($"The message header has no string field '{name}'.");

    private static string OptionalString(JsonElement json, string name) =>
        json.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : string.Empty;
}
