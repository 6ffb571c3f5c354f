using System.Security.Cryptography;
using System.Text;

using Framing.Corpus;

namespace Framing.Tests.Corpus;

public class LoadingTests
{
    private const string Headline = "Russia’s “new era” with China begins today";
    private const string Paragraph = "Russia’s leaders said on Monday that the partnership with China had “no limits” and would deepen.";
    private static readonly string Page = Headline + "\n\n" + Paragraph + "\n";

    public static TheoryData<string, byte[], string> Encodings => new()
    {
        { "utf-8", new UTF8Encoding(false).GetBytes(Page), "utf-8" },
        { "utf-8 BOM", new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Page)).ToArray(), "utf-8" },
        { "utf-16le BOM", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page)).ToArray(), "utf-16le" },
        { "utf-16be BOM", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Page)).ToArray(), "utf-16be" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decodes_utf8_and_utf16_with_the_same_text(string label, byte[] bytes, string expectedName)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", bytes);

        var document = CorpusLoader.LoadFiles([path]).Documents.Single();

        Assert.Equal(Page, document.Text);
        Assert.Equal(expectedName, document.EncodingName);
        Assert.Equal(label.Contains("BOM", StringComparison.Ordinal), document.Encoding.HasByteOrderMark);
        Assert.False(document.Encoding.IsFallback);
        Assert.Equal(Paragraph, Assert.Single(document.Body).Slice(document.Text));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.Sha256);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_and_says_so()
    {
        // 0x92 is a right single quote and 0x93/0x94 curly double quotes in Windows-1252; invalid as UTF-8.
        var bytes = Encoding.ASCII.GetBytes("Russia\u0001s leaders met today in Beijing for talks.\n\nThey called it \u0002historic\u0003 and said ties would deepen further this year.\n")
            .Select(b => b switch { 1 => (byte)0x92, 2 => (byte)0x93, 3 => (byte)0x94, _ => b })
            .ToArray();
        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", bytes);

        var corpus = CorpusLoader.LoadFiles([path]);
        var document = corpus.Documents.Single();

        Assert.Equal("windows-1252", document.EncodingName);
        Assert.True(document.Encoding.IsFallback);
        Assert.Contains("0x92 at offset 6", document.Encoding.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Russia’s leaders", document.Text, StringComparison.Ordinal);
        Assert.Contains("“historic”", document.Text, StringComparison.Ordinal);
        Assert.Contains(corpus.Warnings, w => w.Message.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_1252_table_covers_the_high_range()
    {
        var all = Enumerable.Range(0x80, 0x20).Select(i => (byte)i).ToArray();
        var text = Framing.Corpus.TextDecoder.DecodeWindows1252(all);
        Assert.Equal('€', text[0]);
        Assert.Equal('\u0081', text[1]);
        Assert.Equal('Ÿ', text[^1]);
        Assert.Equal("é", Framing.Corpus.TextDecoder.DecodeWindows1252([0xE9]));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Line_endings_are_kept_and_body_offsets_index_the_original(string newline)
    {
        var lines = new[] { "Menu Close", string.Empty, Headline, string.Empty, Paragraph, string.Empty, "A second paragraph follows with more words about the two countries today.", "Register now" };
        var text = string.Join(newline, lines);
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", text);

        var document = CorpusLoader.LoadFiles([path]).Documents.Single();

        Assert.Equal(text, document.Text);
        Assert.Equal([Paragraph, lines[6]], document.Body.Select(s => s.Slice(document.Text)));
        Assert.Equal(["Menu Close", Headline, "Register now"], document.Removed.Select(r => r.Span.Slice(document.Text)));
        Assert.DoesNotContain(document.Body.Concat(document.Removed.Select(r => r.Span)), s => s.Slice(document.Text).Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.txt", string.Empty);

        var error = Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([path]));

        Assert.Equal(path, error.File);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_only_file_is_an_error()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("blank.txt", [0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\r', (byte)'\n']);

        var error = Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([path]));

        Assert.Contains("no text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_is_an_error()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var error = Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([path]));

        Assert.Equal(path, error.File);
        Assert.Contains("NUL bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_without_bom_is_reported_as_binary_with_a_hint()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", Encoding.Unicode.GetBytes(Page));

        var error = Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([path]));

        Assert.Contains("byte order mark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_bytes_after_a_utf8_bom_are_an_error_not_a_fallback()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", [0xEF, 0xBB, 0xBF, (byte)'R', 0x92, (byte)'s']);

        var error = Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([path]));

        Assert.Contains("UTF-8 byte order mark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf32_and_truncated_utf16_are_errors()
    {
        using var folder = new TempFolder();
        var utf32 = folder.WriteBytes("a.txt", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Page)).ToArray());
        var odd = folder.WriteBytes("b.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42]);

        Assert.Contains("UTF-32", Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([utf32])).Message, StringComparison.Ordinal);
        Assert.Contains("odd number of bytes", Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([odd])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_the_configured_limit_is_an_error()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", Page);

        var error = Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([path], CorpusOptions.Default with { MaxFileBytes = 10 }));

        Assert.Contains("over the limit of 10 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxFileBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_the_default_50_MiB_is_rejected_before_reading()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            // SetLength makes a sparse file: no 50 MiB are written, and the loader must not read them.
            stream.SetLength(CorpusOptions.DefaultMaxFileBytes + 1);
        }

        var error = Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([path]));

        Assert.Equal(50L * 1024 * 1024, CorpusOptions.DefaultMaxFileBytes);
        Assert.Contains("52,428,801 bytes, over the limit of 52,428,800 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_at_exactly_the_limit_loads()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", Page);

        var corpus = CorpusLoader.LoadFiles([path], CorpusOptions.Default with { MaxFileBytes = new FileInfo(path).Length });

        Assert.Single(corpus.Documents);
    }

    [Fact]
    public void Missing_file_and_folder_are_errors()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "nope.txt");

        Assert.Equal(missing, Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([missing])).File);
        Assert.Contains("does not exist", Assert.Throws<FramingException>(() => CorpusLoader.Load(Path.Combine(folder.Path, "none"))).Message, StringComparison.Ordinal);
        Assert.Contains("no .txt files", Assert.Throws<FramingException>(() => CorpusLoader.Load(folder.Path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_with_one_stem_are_an_error()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "x"));
        var first = folder.Write("a.txt", Page);
        var second = folder.Write(Path.Combine("x", "a.txt"), Page);

        var error = Assert.Throws<FramingException>(() => CorpusLoader.LoadFiles([first, second]));

        Assert.Contains("Two files have the id 'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_are_ordered_by_id_and_convert_to_pipeline_documents()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", Page);
        folder.Write("a.txt", "Menu Close\n" + Page);

        var corpus = CorpusLoader.Load(folder.Path);

        Assert.Equal(["a", "b"], corpus.Documents.Select(d => d.Id));
        var document = corpus["a"].ToDocument();
        Assert.Equal(("a", corpus["a"].Text), (document.Id, document.Text));
        Assert.Equal<Framing.Text.TextSpan>(corpus["a"].Body, document.Regions);
        Assert.Throws<KeyNotFoundException>(() => corpus["zzz"]);
    }

    [Fact]
    public void Typographic_quotes_stay_in_the_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", Page);

        var document = CorpusLoader.LoadFiles([path]).Documents.Single();

        Assert.Contains("Russia’s", document.BodyText, StringComparison.Ordinal);
        Assert.Contains("“no limits”", document.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", Page);

        Assert.Throws<OperationCanceledException>(() => CorpusLoader.LoadFiles([path], cancellationToken: new CancellationToken(canceled: true)));
    }
}
