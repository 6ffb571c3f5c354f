using System.Globalization;
using System.Text;

namespace Framing.Corpus;

/// <summary>
/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and
/// Windows-1252 when the bytes are not valid UTF-8 (old Windows exports). Line endings are left as they are.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Windows-1252 code points for bytes 0x80 to 0x9F. The five bytes the code page leaves undefined
    /// map to the C1 control with the same value, as Windows itself does.
    /// </summary>
    private static readonly char[] Windows1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="path"/>.</summary>
    /// <exception cref="FramingException">The file is empty, binary, UTF-32 or malformed UTF-16/UTF-8 after a BOM.</exception>
    public static (string Text, DetectedEncoding Encoding) Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length >= 4 && ((bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0) || (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)))
        {
            throw new FramingException("The file is UTF-32, which is not supported.", path, hint: "Save it as UTF-8.");
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            var body = bytes[3..];
            RejectNul(body, path);
            return (DecodeStrict(StrictUtf8, body, path, "UTF-8 (it starts with a UTF-8 byte order mark)"), new DetectedEncoding("utf-8", true, false, "UTF-8 byte order mark"));
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var bigEndian = bytes[0] == 0xFE;
            var body = bytes[2..];
            if (body.Length % 2 != 0)
            {
                throw new FramingException("The file has a UTF-16 byte order mark but an odd number of bytes, so it is truncated or not UTF-16.", path, hint: "Re-export it as UTF-8.");
            }

            var name = bigEndian ? "utf-16be" : "utf-16le";
            var text = DecodeStrict(bigEndian ? StrictUtf16Be : StrictUtf16Le, body, path, "UTF-16 (it starts with a UTF-16 byte order mark)");
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                throw Binary(path);
            }

            return (text, new DetectedEncoding(name, true, false, "UTF-16 byte order mark"));
        }

        RejectNul(bytes, path);
        try
        {
            return (StrictUtf8.GetString(bytes), new DetectedEncoding("utf-8", false, false, "valid UTF-8"));
        }
        catch (DecoderFallbackException)
        {
            var offset = FirstInvalidUtf8(bytes);
            var detail = string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 (first invalid byte 0x{bytes[offset]:X2} at offset {offset}); read as Windows-1252");
            return (DecodeWindows1252(bytes), new DetectedEncoding("windows-1252", false, true, detail));
        }
    }

    /// <summary>Decodes Windows-1252 by table; no global encoding provider needs registering.</summary>
    internal static string DecodeWindows1252(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string path, string expectation)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FramingException($"The file should be {expectation} but contains bytes that are not.", path, hint: "Re-export it as UTF-8.", innerException: ex);
        }
    }

    private static void RejectNul(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Contains((byte)0))
        {
            throw Binary(path);
        }
    }

    private static FramingException Binary(string path) =>
        new("The file contains NUL bytes, so it looks binary rather than text.", path, hint: "Pass only plain-text article files (UTF-16 files need a byte order mark).");

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : Math.Min(read, bytes.Length - 1);
    }
}
