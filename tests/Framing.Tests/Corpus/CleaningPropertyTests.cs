using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Framing.Tests.Corpus;

public class CleaningPropertyTests
{
    /// <summary>Lines mixing article-like sentences, chrome, dates, captions and odd whitespace.</summary>
    private static readonly string[] LinePool =
    [
        "The minister arrived in the capital on Tuesday for two days of talks on trade and energy.",
        "Officials described the meeting as productive but gave few details.",
        "Menu Close", "Sign up for our newsletter", "Related posts", "sitename", "28 C", "New York",
        "Thursday, June 13, 2024", "165views", "By Jane Doe and John Roe", "Jane Smith/Reuters", "A map of the region.",
        "Key officials sit out the talks with both neighbours, documents show", "a cautious partner", "Who pays?",
        "The leaders met in 2020. (Jane Roe/AP via Newsource) Then they left.", "", " ", "\t", "\u00A0", "“Quoted headline”",
    ];

    private static readonly string[] Newlines = ["\n", "\r\n", "\r"];

    public static Arbitrary<string> Pages() =>
        Gen.ListOf(Gen.Elements(LinePool))
            .SelectMany(lines => Gen.Elements(Newlines), (lines, newline) => string.Join(newline, lines))
            .ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(CleaningPropertyTests)])]
    public void Body_and_removed_spans_partition_the_non_space_text(string page)
    {
        var result = CleaningAssert.Clean(page);

        CleaningInvariants.Check(page, result.Body, result.Removed);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(CleaningPropertyTests)])]
    public void Line_endings_do_not_change_what_is_kept(string page)
    {
        var crlf = page.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\r\n", StringComparison.Ordinal);
        var lf = crlf.Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal(CleaningAssert.Clean(lf).Kept(lf), CleaningAssert.Clean(crlf).Kept(crlf));
    }
}
