using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Framing.Notebooks.Jupyter.Protocol;

/// <summary>
/// Converts between Jupyter messages and ZeroMQ frames:
/// <c>[identities…, "&lt;IDS|MSG&gt;", signature, header, parent_header, metadata, content, buffers…]</c>.
/// </summary>
public static class WireCodec
{
    /// <summary>The frame separating routing identities from the message.</summary>
    public static readonly ReadOnlyMemory<byte> Delimiter = "<IDS|MSG>"u8.ToArray();

    private static readonly JsonSerializerOptions CompactJson = new() { WriteIndented = false };

    /// <summary>Serializes and signs a message into frames.</summary>
    public static IReadOnlyList<ReadOnlyMemory<byte>> Serialize(JupyterMessage message, MessageSigner signer)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(signer);
        ReadOnlyMemory<byte>[] signed =
        [
            Encoding.UTF8.GetBytes(message.Header.ToJson().ToJsonString(CompactJson)),
            JsonSerializer.SerializeToUtf8Bytes(message.ParentHeader, CompactJson),
            JsonSerializer.SerializeToUtf8Bytes(message.Metadata, CompactJson),
            JsonSerializer.SerializeToUtf8Bytes(message.Content, CompactJson),
        ];
        var frames = new List<ReadOnlyMemory<byte>>(message.Identities.Length + 6 + message.Buffers.Length);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(signed)));
        frames.AddRange(signed);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Parses and verifies frames received on a socket.</summary>
    /// <exception cref="JupyterProtocolException">
    /// No delimiter, too few frames, invalid JSON, or a signature that does not match
    /// (<see cref="JupyterSignatureException"/>).
    /// </exception>
    public static JupyterMessage Parse(IReadOnlyList<ReadOnlyMemory<byte>> frames, MessageSigner signer)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(signer);
        int delimiter = -1;
        for (int i = 0; i < frames.Count; i++)
        {
            if (frames[i].Span.SequenceEqual(Delimiter.Span))
            {
                delimiter = i;
                break;
            }
        }

        if (delimiter < 0)
        {
            throw new JupyterProtocolException("The message has no '<IDS|MSG>' delimiter frame.");
        }

        if (frames.Count < delimiter + 6)
        {
            throw new JupyterProtocolException(
                $"The message has {frames.Count - delimiter - 1} frames after the delimiter; at least 5 are needed (signature, header, parent_header, metadata, content).");
        }

        string signature = Encoding.ASCII.GetString(frames[delimiter + 1].Span);
        ReadOnlyMemory<byte>[] signed = [frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5]];
        if (!signer.Verify(signed, signature))
        {
            throw new JupyterSignatureException("The message signature does not match the connection key; message rejected.");
        }

        JsonElement header = ParseObject(signed[0], "header");
        return new JupyterMessage(
            [.. frames.Take(delimiter).Select(f => (ReadOnlyMemory<byte>)f.ToArray())],
            MessageHeader.Parse(header),
            ParseObject(signed[1], "parent_header"),
            ParseObject(signed[2], "metadata"),
            ParseObject(signed[3], "content"),
            [.. frames.Skip(delimiter + 6).Select(f => (ReadOnlyMemory<byte>)f.ToArray())]);
    }

    private static JsonElement ParseObject(ReadOnlyMemory<byte> frame, string part)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(frame);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new JupyterProtocolException($"The message {part} is not a JSON object.");
            }

            return document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new JupyterProtocolException($"The message {part} is not valid JSON: {error.Message}", error);
        }
    }
}
