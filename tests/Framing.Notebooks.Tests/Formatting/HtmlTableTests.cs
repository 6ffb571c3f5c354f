using Framing.Notebooks.Formatting;

namespace Framing.Notebooks.Tests.Formatting;

public class HtmlTableTests
{
    [Fact]
    public void Highlight_escapes_every_part_and_marks_the_match()
    {
        string html = HtmlText.Highlight("<b>China</b> & Russia", 3, 5);

        Assert.Equal("&lt;b&gt;<mark>China</mark>&lt;/b&gt; &amp; Russia", html);
        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlText.Highlight("abc", 2, 5));
    }

    [Fact]
    public void Tables_escape_headers_and_notes_and_pad_short_rows()
    {
        string html = HtmlTable.Render(["<left>", "match"], [["a", HtmlText.Highlight("x y", 2, 1)], ["only"]], note: "2 of <3>");

        Assert.Equal(
            "<div class=\"framing-table\"><table><thead><tr><th>&lt;left&gt;</th><th>match</th></tr></thead><tbody>"
            + "<tr><td>a</td><td>x <mark>y</mark></td></tr><tr><td>only</td><td></td></tr></tbody></table>"
            + "<p class=\"framing-note\">2 of &lt;3&gt;</p></div>",
            html);
    }
}
