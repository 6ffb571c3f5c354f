using System.IO.Compression;

namespace Framing.Text;

/// <summary>Reads a whole Brotli-compressed payload (a model or lexicon file) into memory in one go, so its reader then does many tiny reads from memory, not from Brotli.</summary>
internal static class BrotliPayload
{
    /// <summary>The decompressed bytes of <paramref name="stream"/> (left open).</summary>
    /// <exception cref="InvalidOperationException">The data is not valid Brotli.</exception>
    public static byte[] Read(Stream stream)
    {
        using var raw = new MemoryStream();
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            brotli.CopyTo(raw);
        }

        return raw.ToArray();
    }
}
