namespace Framing.Tests.Corpus;

public class FramingExceptionTests
{
    [Fact]
    public void Message_names_file_line_field_problem_and_hint()
    {
        var error = new FramingException("'April' is not a date", "seeds/manifest.yaml", 12, "published", "Write YYYY-MM.");

        Assert.Equal("seeds/manifest.yaml:12: field 'published': 'April' is not a date. Write YYYY-MM.", error.Message);
        Assert.Equal(("seeds/manifest.yaml", 12, "published", "Write YYYY-MM."), (error.File, error.Line, error.Field, error.Hint));
        Assert.Equal("'April' is not a date", error.Problem);
    }

    [Fact]
    public void Unknown_parts_are_left_out()
    {
        Assert.Equal("Something is wrong.", new FramingException("Something is wrong.").Message);
        Assert.Equal("a.txt: The file is empty.", new FramingException("The file is empty.", "a.txt").Message);
        Assert.Equal("line 3: Bad pattern.", new FramingException("Bad pattern.", file: null, line: 3).Message);
    }

    [Fact]
    public void Keeps_the_inner_exception()
    {
        var inner = new IOException("disk");

        Assert.Same(inner, new FramingException("Cannot read.", "a.txt", innerException: inner).InnerException);
        Assert.Same(inner, new FramingException("Cannot read.", inner).InnerException);
    }
}
