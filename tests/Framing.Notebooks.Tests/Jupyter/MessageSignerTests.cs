using System.Text;

using Framing.Notebooks.Jupyter.Protocol;

namespace Framing.Notebooks.Tests.Jupyter;

public class MessageSignerTests
{
    private static ReadOnlyMemory<byte>[] Frames(params string[] parts) =>
        [.. parts.Select(p => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(p))];

    [Fact]
    public void Sign_matches_rfc4231_vector_across_frames()
    {
        // RFC 4231 test case 2: HMAC-SHA256(key "Jefe", "what do ya want for nothing?"); frames are concatenated.
        var signer = new MessageSigner("Jefe");
        string signature = signer.Sign(Frames("what do ya ", "want for ", "nothing?"));
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", signature);
    }

    [Fact]
    public void Verify_accepts_signature_made_by_jupyter_client()
    {
        // Produced by jupyter_client.session.Session(key=b"secret-key").serialize(...).
        var signer = new MessageSigner("secret-key");
        ReadOnlyMemory<byte>[] frames = Frames(
            """{"msg_id": "abc123", "username": "tester", "session": "sess-1", "date": "2026-11-23T15:00:00.000000Z", "msg_type": "kernel_info_request", "version": "5.3"}""",
            "{}",
            "{}",
            "{}");
        Assert.True(signer.Verify(frames, "6a8783889abbf628625fb3548268b928a575472c017db3dccfbb8b87d8f66aca"));
    }

    [Theory]
    [InlineData("6a8783889abbf628625fb3548268b928a575472c017db3dccfbb8b87d8f66acb")] // last digit changed
    [InlineData("6a8783889abbf628625fb3548268b928")] // truncated
    [InlineData("not hex at all")]
    [InlineData("")]
    public void Verify_rejects_wrong_signatures(string signature)
    {
        var signer = new MessageSigner("secret-key");
        ReadOnlyMemory<byte>[] frames = Frames(
            """{"msg_id": "abc123", "username": "tester", "session": "sess-1", "date": "2026-11-23T15:00:00.000000Z", "msg_type": "kernel_info_request", "version": "5.3"}""",
            "{}",
            "{}",
            "{}");
        Assert.False(signer.Verify(frames, signature));
    }

    [Fact]
    public void Verify_rejects_a_different_key()
    {
        ReadOnlyMemory<byte>[] frames = Frames("{}", "{}", "{}", "{\"code\":\"1\"}");
        string signature = new MessageSigner("key-a").Sign(frames);
        Assert.False(new MessageSigner("key-b").Verify(frames, signature));
        Assert.True(new MessageSigner("key-a").Verify(frames, signature));
    }

    [Fact]
    public void Empty_key_means_unsigned()
    {
        var signer = new MessageSigner(string.Empty);
        Assert.True(signer.IsUnsigned);
        Assert.Equal(string.Empty, signer.Sign(Frames("{}")));
        Assert.True(signer.Verify(Frames("{}"), "anything"));
    }
}
