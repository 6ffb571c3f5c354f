using System.Security.Cryptography;
using System.Text;

namespace Framing.Notebooks.Jupyter.Protocol;

/// <summary>
/// Signs and verifies Jupyter messages with HMAC-SHA256 over the header, parent header, metadata
/// and content frames. An empty key means messages are unsigned (signature frame empty).
/// </summary>
public sealed class MessageSigner
{
    private readonly byte[] key;

    /// <summary>Creates a signer for the connection file's key.</summary>
    public MessageSigner(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        this.key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>True when the key is empty, so messages are neither signed nor checked.</summary>
    public bool IsUnsigned => key.Length == 0;

    /// <summary>The lowercase hex signature of the frames, or "" when unsigned.</summary>
    public string Sign(IEnumerable<ReadOnlyMemory<byte>> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (IsUnsigned)
        {
            return string.Empty;
        }

        return Convert.ToHexStringLower(ComputeMac(frames));
    }

    /// <summary>
    /// True when <paramref name="signature"/> is the signature of the frames. The comparison is
    /// constant-time so a sender cannot learn the right signature byte by byte.
    /// </summary>
    public bool Verify(IEnumerable<ReadOnlyMemory<byte>> frames, string signature)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(signature);
        if (IsUnsigned)
        {
            return true;
        }

        byte[] expected = ComputeMac(frames);
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private byte[] ComputeMac(IEnumerable<ReadOnlyMemory<byte>> frames)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (ReadOnlyMemory<byte> frame in frames)
        {
            hmac.AppendData(frame.Span);
        }

        return hmac.GetHashAndReset();
    }
}
