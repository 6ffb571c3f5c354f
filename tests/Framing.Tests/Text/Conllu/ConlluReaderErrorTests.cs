using Framing.Text.Conllu;

namespace Framing.Tests.Text.Conllu;

public class ConlluReaderErrorTests
{
    [Fact]
    public void Wrong_column_count_names_source_and_line()
    {
        var text = "# text = a b\n1\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\n2\tb\tb\tNOUN\n\n";

        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Parse(text, "sample.conllu"));

        Assert.Equal(3, error.LineNumber);
        Assert.Equal("sample.conllu", error.Source);
        Assert.Contains("sample.conllu, line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("10 tab-separated columns", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("1-")]
    [InlineData("-1")]
    [InlineData("1.a")]
    [InlineData("")]
    public void Invalid_id_is_rejected(string id)
    {
        var text = $"{id}\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\n\n";

        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Parse(text));

        Assert.Equal(1, error.LineNumber);
        Assert.Contains("invalid ID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_form_is_rejected()
    {
        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Parse("1\t\ta\tDET\tDT\t_\t0\troot\t_\t_\n"));

        Assert.Contains("FORM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comment_after_token_lines_is_rejected()
    {
        var text = "1\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\n# late comment\n\n";

        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Parse(text));

        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void Sentence_with_comments_only_is_rejected()
    {
        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Parse("\n# sent_id = 1\n# text = x\n\n"));

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("no token lines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_says_which_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "does-not-exist-" + Guid.NewGuid().ToString("N") + ".conllu");

        var error = Assert.Throws<FileNotFoundException>(() => ConlluReader.ReadFile(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
