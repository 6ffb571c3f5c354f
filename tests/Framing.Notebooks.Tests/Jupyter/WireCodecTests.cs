using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;

using Framing.Notebooks.Jupyter.Protocol;

namespace Framing.Notebooks.Tests.Jupyter;

public class WireCodecTests
{
    private static readonly MessageSigner Signer = new("test-key");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 4, 49, 123, TimeSpan.Zero);

    private static JupyterMessage Request(string type, JsonObject content) =>
        JupyterMessage.Create(type, "client-session", content, parent: null, routeToParent: false, Now) with
        {
            Identities = [Encoding.ASCII.GetBytes("id-1"), new byte[] { 0, 1, 2, 255 }],
            Buffers = [new byte[] { 9, 8, 7 }],
        };

    private static ReadOnlyMemory<byte>[] Utf8(params string[] frames) =>
        [.. frames.Select(f => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(f))];

    [Fact]
    public void Serialize_then_parse_keeps_identities_header_content_and_buffers()
    {
        JupyterMessage request = Request("execute_request", new JsonObject { ["code"] = "1 + 1", ["silent"] = false });
        IReadOnlyList<ReadOnlyMemory<byte>> frames = WireCodec.Serialize(request, Signer);

        Assert.Equal(2 + 6 + 1, frames.Count);
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[2].Span));
        JupyterMessage parsed = WireCodec.Parse(frames, Signer);
        Assert.Equal(request.Identities.Select(i => i.ToArray()), parsed.Identities.Select(i => i.ToArray()));
        Assert.Equal(request.Header, parsed.Header);
        Assert.Equal("1 + 1", parsed.ContentString("code"));
        Assert.False(parsed.ContentBool("silent", true));
        Assert.Equal([9, 8, 7], parsed.Buffers.Single().ToArray());
    }

    [Fact]
    public void Reply_carries_parent_header_and_routes_to_parent()
    {
        JupyterMessage request = Request("kernel_info_request", []);
        JupyterMessage reply = JupyterMessage.Create("kernel_info_reply", "kernel-session", new JsonObject { ["status"] = "ok" }, request, routeToParent: true, Now);
        JupyterMessage parsed = WireCodec.Parse(WireCodec.Serialize(reply, Signer), Signer);

        Assert.Equal(request.Header.MsgId, parsed.ParentHeader.GetProperty("msg_id").GetString());
        Assert.Equal("kernel_info_request", parsed.ParentHeader.GetProperty("msg_type").GetString());
        Assert.Equal(request.Identities.Select(i => i.ToArray()), parsed.Identities.Select(i => i.ToArray()));
        Assert.Equal("kernel-session", parsed.Header.Session);
        Assert.Equal("5.3", parsed.Header.Version);
    }

    [Fact]
    public void Published_message_has_no_identities_and_an_empty_parent_when_unparented()
    {
        JupyterMessage status = JupyterMessage.Create("status", "s", new JsonObject { ["execution_state"] = "idle" }, null, routeToParent: false, Now);
        IReadOnlyList<ReadOnlyMemory<byte>> frames = WireCodec.Serialize(status, Signer);
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[0].Span));
        Assert.Equal("{}", Encoding.UTF8.GetString(frames[3].Span));
    }

    [Fact]
    public void Signature_is_hmac_of_the_four_json_frames()
    {
        IReadOnlyList<ReadOnlyMemory<byte>> frames = WireCodec.Serialize(Request("kernel_info_request", []), Signer);
        string signature = Encoding.ASCII.GetString(frames[3].Span);
        Assert.Matches("^[0-9a-f]{64}$", signature);
        Assert.True(Signer.Verify(frames.Skip(4).Take(4), signature));
    }

    [Fact]
    public void Tampered_content_is_rejected_as_a_signature_error()
    {
        var frames = WireCodec.Serialize(Request("execute_request", new JsonObject { ["code"] = "1" }), Signer).ToList();
        frames[^2] = Encoding.UTF8.GetBytes("""{"code":"System.IO.File.Delete(\"x\")"}""");
        Assert.Throws<JupyterSignatureException>(() => WireCodec.Parse(frames, Signer));
    }

    [Fact]
    public void Message_signed_with_another_key_is_rejected()
    {
        IReadOnlyList<ReadOnlyMemory<byte>> frames = WireCodec.Serialize(Request("kernel_info_request", []), new MessageSigner("other-key"));
        Assert.Throws<JupyterSignatureException>(() => WireCodec.Parse(frames, Signer));
    }

    [Fact]
    public void Unsigned_kernel_accepts_unsigned_messages()
    {
        var unsigned = new MessageSigner(string.Empty);
        IReadOnlyList<ReadOnlyMemory<byte>> frames = WireCodec.Serialize(Request("kernel_info_request", []), unsigned);
        Assert.Empty(frames[3].ToArray());
        Assert.Equal("kernel_info_request", WireCodec.Parse(frames, unsigned).MsgType);
    }

    [Fact]
    public void Missing_delimiter_is_malformed()
    {
        var error = Assert.Throws<JupyterProtocolException>(() => WireCodec.Parse(Utf8("id", "sig", "{}", "{}", "{}", "{}"), Signer));
        Assert.Contains("delimiter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_frames_is_malformed()
    {
        var error = Assert.Throws<JupyterProtocolException>(() => WireCodec.Parse(Utf8("<IDS|MSG>", "", "{}"), new MessageSigner(string.Empty)));
        Assert.Contains("at least 5", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", "header")]
    [InlineData("[1, 2]", "header")]
    [InlineData("""{"msg_type": "x"}""", "msg_id")]
    public void Bad_header_is_malformed(string header, string expectedInMessage)
    {
        var unsigned = new MessageSigner(string.Empty);
        var error = Assert.Throws<JupyterProtocolException>(() => WireCodec.Parse(Utf8("<IDS|MSG>", "", header, "{}", "{}", "{}"), unsigned));
        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_date_is_iso_8601_utc_with_microseconds()
    {
        var date = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)).AddTicks(1234560);
        Assert.Equal("2026-01-02T01:04:05.123456Z", MessageHeader.FormatDate(date));
        MessageHeader header = MessageHeader.Create("status", "s", date);
        Assert.Equal("2026-01-02T01:04:05.123456Z", header.ToJson()["date"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}$", header.MsgId);
        Assert.Equal("kernel", header.Username);
    }

    [Fact]
    public void Header_parse_accepts_dates_with_offsets_and_tolerates_missing_optional_fields()
    {
        var json = JupyterMessage.ToElement(JsonNode.Parse("""{"msg_id":"m","msg_type":"t","date":"2026-01-02T03:04:05.5+01:00"}""")!);
        MessageHeader header = MessageHeader.Parse(json);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 2, 4, 5, 500, TimeSpan.Zero), header.Date);
        Assert.Equal(string.Empty, header.Session);
        Assert.Equal(string.Empty, header.Version);
    }

    [Fact]
    public void Content_accessors_fall_back_on_missing_or_mistyped_fields()
    {
        JupyterMessage message = Request("complete_request", new JsonObject { ["code"] = 5, ["cursor_pos"] = "x" });
        Assert.Equal("fallback", message.ContentString("code", "fallback"));
        Assert.Equal(-1, message.ContentInt("cursor_pos", -1));
        Assert.True(message.ContentBool("absent", true));
        Assert.Equal(ImmutableArray<ReadOnlyMemory<byte>>.Empty.Length, JupyterMessage.Create("x", "s", [], null, false, Now).Identities.Length);
    }
}
